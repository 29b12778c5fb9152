"""Ingestion batches: what the completion step recorded."""

from __future__ import annotations

from psycopg.types.json import Jsonb

from hirehound.db.pool import transaction


def complete(batch_id: str, pages: int, outcomes: dict[str, int]) -> None:
    with transaction() as conn:
        conn.execute(
            "INSERT INTO ingest_batches (batch_id, pages, outcomes) VALUES (%s, %s, %s)"
            " ON CONFLICT (batch_id) DO UPDATE SET pages = EXCLUDED.pages, outcomes = EXCLUDED.outcomes,"
            " completed_at = now()",
            (batch_id, pages, Jsonb(outcomes)),
        )
