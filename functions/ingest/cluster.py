"""Ingestion stage 'cluster'."""

from typing import Any

from hirehound.ingest import duplicates
from hirehound.ingest.events import ClusterEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="cluster", model=ClusterEvent)
def handler(event: ClusterEvent) -> dict[str, Any]:
    return duplicates.cluster(event.posting_id, event.candidate_id, event.kind, event.similarity)
