"""Ingestion stage 'embed'."""

from typing import Any

from hirehound.ingest import embedding
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="embed", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return embedding.embed(event.posting_id)
