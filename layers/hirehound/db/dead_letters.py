"""Dead letters: permanent failures with the payload to redrive them and their audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb
from pydantic import BaseModel

from hirehound.db.pool import transaction


class DeadLetter(BaseModel):
    id: int
    workflow: str
    stage: str
    item_key: str
    payload: dict[str, Any]
    error_type: str
    error_message: str
    attempts: int
    execution_id: str | None
    created_at: datetime
    redriven_at: datetime | None
    redrive_execution_id: str | None
    redrive_outcome: str | None


def record(
    *,
    workflow: str,
    stage: str,
    item_key: str,
    payload: dict[str, Any],
    error_type: str,
    error_message: str,
    attempts: int,
    execution_id: str | None,
) -> int:
    """Insert once per (workflow, stage, item, execution): a retried recorder changes nothing."""
    with transaction() as conn:
        row = conn.execute(
            "INSERT INTO dead_letters (workflow, stage, item_key, payload, error_type, error_message,"
            " attempts, execution_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (workflow, stage, item_key, execution_id)"
            " DO UPDATE SET attempts = GREATEST(dead_letters.attempts, EXCLUDED.attempts)"
            " RETURNING id",
            (workflow, stage, item_key, Jsonb(payload), error_type, error_message, attempts, execution_id),
        ).fetchone()
    assert row is not None
    return int(row["id"])


def list_open(*, workflow: str | None = None, stage: str | None = None) -> list[DeadLetter]:
    """Dead letters not yet redriven, oldest first."""
    with transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM dead_letters WHERE redriven_at IS NULL"
            " AND (%(workflow)s::text IS NULL OR workflow = %(workflow)s)"
            " AND (%(stage)s::text IS NULL OR stage = %(stage)s) ORDER BY id",
            {"workflow": workflow, "stage": stage},
        ).fetchall()
    return [DeadLetter.model_validate(row) for row in rows]


def get(dead_letter_id: int) -> DeadLetter | None:
    with transaction() as conn:
        row = conn.execute("SELECT * FROM dead_letters WHERE id = %s", (dead_letter_id,)).fetchone()
    return DeadLetter.model_validate(row) if row else None


def mark_redriven(dead_letter_id: int, *, execution_id: str, outcome: str) -> None:
    """Keep the audit trail: when it was redriven, by which execution, and how that ended."""
    with transaction() as conn:
        conn.execute(
            "UPDATE dead_letters SET redriven_at = now(), redrive_execution_id = %s, redrive_outcome = %s"
            " WHERE id = %s",
            (execution_id, outcome, dead_letter_id),
        )
