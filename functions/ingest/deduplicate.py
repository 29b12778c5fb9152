"""Ingestion stage 'deduplicate'."""

from typing import Any

from hirehound.ingest import duplicates
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="deduplicate", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return duplicates.deduplicate(event.posting_id)
