"""Ingestion units at the end of a posting and a batch: the publication decision, the batch's outcome."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hirehound.db import batches, postings
from hirehound.db.pool import transaction
from hirehound.ingest import publication
from hirehound.observability import emit_publication_metric


def publish(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        row = postings.load(conn, posting_id, lock=True)
        decision = publication.decide(
            title=row["title"],
            duplicate_of=row["duplicate_of"],
            duplicate_kind=row["duplicate_verdict"],
            spam_verdict=row["spam_verdict"],
            quality_score=row["quality_score"],
        )
        postings.set_status(conn, posting_id, decision.status, decision.reason)
    emit_publication_metric(row["source"], decision.status)
    return {"posting_id": posting_id, "status": decision.status, "reason": decision.reason}


def complete_batch(batch_id: str, results: list[dict[str, Any]]) -> dict[str, Any]:
    """The batch's completion step: count outcomes per status and record them."""
    outcomes = dict(Counter(str(result.get("status", "unknown")) for result in results))
    batches.complete(batch_id, len(results), outcomes)
    return {"batch_id": batch_id, "pages": len(results), "outcomes": outcomes}
