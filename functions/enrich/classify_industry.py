"""Enrichment stage 'classify_industry'."""

from typing import Any

from hirehound.enrich import semantic
from hirehound.enrich.events import CompanyEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="enrichment", stage="classify_industry", model=CompanyEvent)
def handler(event: CompanyEvent) -> dict[str, Any]:
    return semantic.classify_industry(event.company_id)
