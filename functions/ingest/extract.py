"""Ingestion stage 'extract'."""

from typing import Any

from hirehound.ingest import stages
from hirehound.ingest.events import PageEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="extract", model=PageEvent)
def handler(event: PageEvent) -> dict[str, Any]:
    return stages.extract(event.page)
