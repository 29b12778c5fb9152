"""Ingestion stage 'score_quality'."""

from typing import Any

from hirehound.ingest import analysis
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="score_quality", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return analysis.score(event.posting_id)
