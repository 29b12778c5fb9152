"""Enrichment stage 'merge': provider answers -> one profile with provenance."""

from typing import Any

from hirehound.enrich import stages
from hirehound.enrich.events import MergeEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="enrichment", stage="merge", model=MergeEvent)
def handler(event: MergeEvent) -> dict[str, Any]:
    return stages.merge_providers(event.company_id, event.providers)
