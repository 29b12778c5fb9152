"""Ingestion stage 'deep_check'."""

from typing import Any

from hirehound.ingest import duplicates
from hirehound.ingest.events import DeepCheckEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="deep_check", model=DeepCheckEvent)
def handler(event: DeepCheckEvent) -> dict[str, Any]:
    return duplicates.deep_check(event.posting_id, event.candidate_id)
