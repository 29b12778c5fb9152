"""Ingestion stage 'detect_spam'."""

from typing import Any

from hirehound.ingest import analysis
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="detect_spam", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return analysis.detect_spam(event.posting_id)
