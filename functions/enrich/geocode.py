"""Enrichment stage 'geocode'."""

from typing import Any

from hirehound.enrich import headquarters
from hirehound.enrich.events import CompanyEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="enrichment", stage="geocode", model=CompanyEvent)
def handler(event: CompanyEvent) -> dict[str, Any]:
    return headquarters.geocode_hq(event.company_id)
