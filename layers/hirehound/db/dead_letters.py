"""Dead letters: permanent failures with the payload to redrive them, and their redrive audit trail.

A letter is `open` (redriven_at IS NULL), `redriven` (an execution is restarting it) or `resolved`
(that execution succeeded). Every redrive is a `dead_letter_redrives` row keyed by execution name.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from psycopg.types.json import Jsonb
from pydantic import BaseModel

from hirehound.db.pool import transaction


class State(StrEnum):
    OPEN = "open"
    REDRIVEN = "redriven"
    RESOLVED = "resolved"


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
    state: State
    redriven_at: datetime | None
    redrive_execution_id: str | None
    redrive_outcome: str | None
    resolved_at: datetime | None


class Redrive(BaseModel):
    """One audit row: the execution that restarted a letter and how it ended."""

    id: int
    dead_letter_id: int
    execution_name: str
    execution_arn: str | None
    started_at: datetime
    finished_at: datetime | None
    outcome: str
    error: str | None


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


def list_letters(
    *, state: State | None = State.OPEN, workflow: str | None = None, stage: str | None = None
) -> list[DeadLetter]:
    """Dead letters in `state` (any when None), oldest first."""
    with transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM dead_letters WHERE (%(state)s::text IS NULL OR state = %(state)s)"
            " AND (%(workflow)s::text IS NULL OR workflow = %(workflow)s)"
            " AND (%(stage)s::text IS NULL OR stage = %(stage)s) ORDER BY id",
            {"state": state.value if state else None, "workflow": workflow, "stage": stage},
        ).fetchall()
    return [DeadLetter.model_validate(row) for row in rows]


def list_open(*, workflow: str | None = None, stage: str | None = None) -> list[DeadLetter]:
    """Open dead letters, oldest first."""
    return list_letters(state=State.OPEN, workflow=workflow, stage=stage)


def get(dead_letter_id: int) -> DeadLetter | None:
    with transaction() as conn:
        row = conn.execute("SELECT * FROM dead_letters WHERE id = %s", (dead_letter_id,)).fetchone()
    return DeadLetter.model_validate(row) if row else None


def redrives(dead_letter_id: int) -> list[Redrive]:
    """The audit trail of one letter, oldest first."""
    with transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM dead_letter_redrives WHERE dead_letter_id = %s ORDER BY id", (dead_letter_id,)
        ).fetchall()
    return [Redrive.model_validate(row) for row in rows]


def running_redrives() -> list[Redrive]:
    with transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM dead_letter_redrives WHERE outcome = 'running' ORDER BY id"
        ).fetchall()
    return [Redrive.model_validate(row) for row in rows]


def begin_redrive(dead_letter_id: int, execution_name: str) -> bool:
    """Compare-and-set open → redriven and add the audit row; False when the letter is not open."""
    with transaction() as conn:
        claimed = conn.execute(
            "UPDATE dead_letters SET state = 'redriven', redriven_at = now(), redrive_outcome = 'running'"
            " WHERE id = %s AND state = 'open' RETURNING id",
            (dead_letter_id,),
        ).fetchone()
        if claimed is None:
            return False
        conn.execute(
            "INSERT INTO dead_letter_redrives (dead_letter_id, execution_name) VALUES (%s, %s)",
            (dead_letter_id, execution_name),
        )
    return True


def redrive_started(execution_name: str, execution_arn: str) -> None:
    with transaction() as conn:
        row = conn.execute(
            "UPDATE dead_letter_redrives SET execution_arn = %s WHERE execution_name = %s"
            " RETURNING dead_letter_id",
            (execution_arn, execution_name),
        ).fetchone()
        if row is not None:
            conn.execute(
                "UPDATE dead_letters SET redrive_execution_id = %s WHERE id = %s",
                (execution_arn, row["dead_letter_id"]),
            )


def redrive_of(execution_name: str) -> int | None:
    """The dead letter an execution of this name is redriving, if any."""
    with transaction() as conn:
        row = conn.execute(
            "SELECT dead_letter_id FROM dead_letter_redrives WHERE execution_name = %s", (execution_name,)
        ).fetchone()
    return int(row["dead_letter_id"]) if row else None


def finish_redrive(
    execution_name: str,
    *,
    succeeded: bool,
    error: str | None = None,
    outcome: str | None = None,
    failure: tuple[str, str, str, int] | None = None,
) -> None:
    """Close a running redrive once: success resolves the letter; anything else reopens it.

    `failure` = (stage, error type, message, attempts) of a redrive that failed again: the letter takes
    the new error and adds the attempts."""
    result = outcome or ("succeeded" if succeeded else "failed")
    with transaction() as conn:
        row = conn.execute(
            "UPDATE dead_letter_redrives SET outcome = %s, error = %s, finished_at = now()"
            " WHERE execution_name = %s AND outcome = 'running' RETURNING dead_letter_id",
            (result, error, execution_name),
        ).fetchone()
        if row is None:
            return
        letter = row["dead_letter_id"]
        if succeeded:
            conn.execute(
                "UPDATE dead_letters SET state = 'resolved', resolved_at = now(), redrive_outcome = %s"
                " WHERE id = %s",
                (result, letter),
            )
            return
        conn.execute(
            "UPDATE dead_letters SET state = 'open', redriven_at = NULL, redrive_outcome = %s WHERE id = %s",
            (result, letter),
        )
        if failure is not None:
            stage, error_type, message, attempts = failure
            conn.execute(
                "UPDATE dead_letters SET stage = %s, error_type = %s, error_message = %s,"
                " attempts = attempts + %s WHERE id = %s",
                (stage, error_type, message, attempts, letter),
            )
