"""Ingestion stage 'normalize'."""

from typing import Any

from hirehound.ingest import stages
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="normalize", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return stages.normalize(event.posting_id)
