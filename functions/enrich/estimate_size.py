"""Enrichment stage 'estimate_size'."""

from typing import Any

from hirehound.enrich import stages
from hirehound.enrich.events import CompanyEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="enrichment", stage="estimate_size", model=CompanyEvent)
def handler(event: CompanyEvent) -> dict[str, Any]:
    return stages.estimate_size(event.company_id)
