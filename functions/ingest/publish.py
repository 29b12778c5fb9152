"""Ingestion stage 'publish'."""

from typing import Any

from hirehound.ingest import publishing
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="publish", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return publishing.publish(event.posting_id)
