"""Ingestion stage 'index'."""

from typing import Any

from hirehound.ingest import analysis
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="index", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return analysis.index(event.posting_id)
