"""Ingestion stage 'run_pages': one chunk of an IngestionBatch, a synchronous Ingestion run per page."""

from typing import Any

from hirehound import express
from hirehound.ingest import runs
from hirehound.ingest.events import PageChunkEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="run_pages", model=PageChunkEvent)
def handler(event: PageChunkEvent) -> dict[str, Any]:
    outcomes = runs.ingest_pages(event.pages, express.runner_for("Ingestion"))
    return {"results": [outcome.result() for outcome in outcomes]}
