"""Ingestion stage 'clean'."""

from typing import Any

from hirehound.ingest import stages
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="clean", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return stages.clean(event.posting_id)
