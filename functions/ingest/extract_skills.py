"""Ingestion stage 'extract_skills'."""

from typing import Any

from hirehound.ingest import analysis
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="extract_skills", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return analysis.extract_skills(event.posting_id)
