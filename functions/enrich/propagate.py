"""Enrichment stage 'propagate'."""

from typing import Any

from hirehound.enrich import stages
from hirehound.enrich.events import CompanyEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="enrichment", stage="propagate", model=CompanyEvent)
def handler(event: CompanyEvent) -> dict[str, Any]:
    return stages.propagate(event.company_id)
