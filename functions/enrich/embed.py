"""Enrichment stage 'embed'."""

from typing import Any

from hirehound.enrich import semantic
from hirehound.enrich.events import CompanyEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="enrichment", stage="embed", model=CompanyEvent)
def handler(event: CompanyEvent) -> dict[str, Any]:
    return semantic.embed(event.company_id)
