"""Dead letters: permanent failures with the payload to redrive them, and their redrive audit trail.

There is one unresolved letter per failing item and stage (workflow, stage, item key): the first
failure creates it, every later one (another execution of the same page, an SQS redelivery, a failed
redrive) is an *occurrence* of it: the letter adds its attempts, counts it and takes its error,
execution and payload as the latest; `dead_letter_occurrences` keeps the newest
:data:`MAX_OCCURRENCES` of them. A letter is `open`, `redriven` (an execution is restarting it) or
`resolved` (that execution succeeded); a failure after resolution starts a new letter. Every redrive is
a `dead_letter_redrives` row keyed by execution name.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from psycopg.types.json import Jsonb
from pydantic import BaseModel

from hirehound.db.pool import Connection, transaction
from hirehound.limits import storable, storable_json

#: How many of a letter's failures `dead_letter_occurrences` keeps (the newest); `occurrences` counts all.
MAX_OCCURRENCES = 20


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
    last_failed_at: datetime
    occurrences: int
    state: State
    redriven_at: datetime | None
    redrive_execution_id: str | None
    redrive_outcome: str | None
    resolved_at: datetime | None


class Occurrence(BaseModel):
    """One failure of a letter's item: which execution, at which stage, with which error."""

    id: int
    dead_letter_id: int
    stage: str
    execution_id: str | None
    error_type: str
    error_message: str
    attempts: int
    failed_at: datetime


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
    """Record a failure in the item's unresolved letter (created on its first failure); returns its id.
    A retried recorder of the same execution changes nothing. Concurrent failures of one item meet on
    the unique index and end in one letter. Text Postgres cannot hold (NUL, lone surrogates: a poison
    message may carry them) is made storable first, so a failure can always be recorded."""
    item_key, error_type, error_message = map(storable, (item_key, error_type, error_message))
    payload = storable_json(payload)
    execution_id = storable(execution_id) if execution_id else execution_id
    with transaction() as conn:
        row = conn.execute(
            "INSERT INTO dead_letters (workflow, stage, item_key, payload, error_type, error_message,"
            " attempts, occurrences, execution_id) VALUES (%s, %s, %s, %s, %s, %s, 0, 0, %s)"
            " ON CONFLICT (workflow, stage, md5(item_key)) WHERE state <> 'resolved'"
            " DO UPDATE SET workflow = EXCLUDED.workflow"  # a no-op that locks the letter and returns it
            " RETURNING id",
            (workflow, stage, item_key, Jsonb(payload), error_type, error_message, execution_id),
        ).fetchone()
        assert row is not None
        letter = int(row["id"])
        _add_occurrence(
            conn,
            letter,
            stage=stage,
            execution_id=execution_id,
            error_type=error_type,
            error_message=error_message,
            attempts=attempts,
            payload=payload,
        )
    return letter


def _add_occurrence(
    conn: Connection,
    letter: int,
    *,
    stage: str,
    execution_id: str | None,
    error_type: str,
    error_message: str,
    attempts: int,
    payload: dict[str, Any] | None = None,
) -> bool:
    """Add one failure to a (locked) letter: it becomes the letter's latest; False if this execution's
    failure was recorded already. The letter's stage is the caller's business (see `finish_redrive`)."""
    added = conn.execute(
        "INSERT INTO dead_letter_occurrences (dead_letter_id, stage, execution_id, error_type,"
        " error_message, attempts) VALUES (%s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (dead_letter_id, execution_id) DO NOTHING RETURNING id",
        (letter, stage, execution_id, error_type, error_message, attempts),
    ).fetchone()
    if added is None:
        return False
    conn.execute(
        "UPDATE dead_letters SET attempts = attempts + %s, occurrences = occurrences + 1,"
        " last_failed_at = now(), execution_id = %s, error_type = %s, error_message = %s,"
        " payload = coalesce(%s, payload) WHERE id = %s",
        (attempts, execution_id, error_type, error_message, Jsonb(payload) if payload else None, letter),
    )
    conn.execute(
        "DELETE FROM dead_letter_occurrences WHERE dead_letter_id = %(letter)s AND id NOT IN ("
        " SELECT id FROM dead_letter_occurrences WHERE dead_letter_id = %(letter)s"
        " ORDER BY failed_at DESC, id DESC LIMIT %(keep)s)",
        {"letter": letter, "keep": MAX_OCCURRENCES},
    )
    return True


def occurrences(dead_letter_id: int) -> list[Occurrence]:
    """The failures a letter keeps, oldest first (at most :data:`MAX_OCCURRENCES`)."""
    with transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM dead_letter_occurrences WHERE dead_letter_id = %s ORDER BY failed_at, id",
            (dead_letter_id,),
        ).fetchall()
    return [Occurrence.model_validate(row) for row in rows]


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
) -> int | None:
    """Close a running redrive once: success resolves the letter; anything else reopens it. Returns the
    letter's id (None when no running redrive has this name).

    `failure` = (stage, error type, message, attempts) of a redrive that failed again: an occurrence of
    the letter, which moves to that stage; when the item already has an unresolved letter there, the two
    are merged into the older one (whose id is returned)."""
    result = outcome or ("succeeded" if succeeded else "failed")
    error = storable(error) if error else error
    with transaction() as conn:
        row = conn.execute(
            "UPDATE dead_letter_redrives SET outcome = %s, error = %s, finished_at = now()"
            " WHERE execution_name = %s AND outcome = 'running' RETURNING dead_letter_id, execution_arn",
            (result, error, execution_name),
        ).fetchone()
        if row is None:
            return None
        letter = int(row["dead_letter_id"])
        if succeeded:
            conn.execute(
                "UPDATE dead_letters SET state = 'resolved', resolved_at = now(), redrive_outcome = %s"
                " WHERE id = %s",
                (result, letter),
            )
            return letter
        reopened = conn.execute(
            "UPDATE dead_letters SET state = 'open', redriven_at = NULL, redrive_outcome = %s WHERE id = %s"
            " RETURNING workflow, stage, item_key",
            (result, letter),
        ).fetchone()
        if failure is None or reopened is None:
            return letter
        stage, error_type, message, attempts = failure
        error_type, message = storable(error_type), storable(message)
        _add_occurrence(
            conn,
            letter,
            stage=stage,
            execution_id=row["execution_arn"] or execution_name,
            error_type=error_type,
            error_message=message,
            attempts=attempts,
        )
        if stage == reopened["stage"]:
            return letter
        other = conn.execute(
            "SELECT id FROM dead_letters WHERE workflow = %s AND stage = %s AND md5(item_key) = md5(%s)"
            " AND state <> 'resolved' FOR UPDATE",
            (reopened["workflow"], stage, reopened["item_key"]),
        ).fetchone()
        if other is None:
            conn.execute("UPDATE dead_letters SET stage = %s WHERE id = %s", (stage, letter))
            return letter
        survivor, merged = sorted((letter, int(other["id"])))
        merge(conn, survivor, [merged])
        return survivor


def merge(conn: Connection, survivor: int, merged: list[int]) -> None:
    """Fold `merged` letters of one item into `survivor` (the SQL function of migration 0050)."""
    conn.execute("SELECT dead_letters_merge(%s, %s, %s)", (survivor, merged, MAX_OCCURRENCES))
