"""Ingestion stage 'match_company'."""

from typing import Any

from hirehound.ingest import analysis
from hirehound.ingest.events import PostingEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="match_company", model=PostingEvent)
def handler(event: PostingEvent) -> dict[str, Any]:
    return analysis.match_company(event.posting_id)
