"""Ingestion stage 'complete_batch'."""

from typing import Any

from hirehound.ingest import publishing
from hirehound.ingest.events import BatchResultsEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="complete_batch", model=BatchResultsEvent)
def handler(event: BatchResultsEvent) -> dict[str, Any]:
    return publishing.complete_batch(event.batch_id, event.page_results())
