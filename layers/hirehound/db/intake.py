"""Intake pages: the idempotency record of ingestion's intake (one row per page reference).

`claim` is one upsert: a page seen for the first time, or whose last run did not finish, is claimed
for a new run (`runs` + 1); a finished page is returned as it is and must not run again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb
from pydantic import BaseModel

from hirehound.db.pool import transaction


class IntakePage(BaseModel):
    page_key: str
    url: str
    page: dict[str, Any]
    state: str
    outcome: str | None
    posting_id: int | None
    runs: int
    execution_arn: str | None
    error: str | None
    billed_ms: int | None
    started_at: datetime
    finished_at: datetime | None

    @property
    def finished(self) -> bool:
        return self.state == "finished"


def claim(page_key: str, url: str, page: dict[str, Any]) -> tuple[IntakePage, bool]:
    """(the row, True) when this caller is to run the page now; (the finished row, False) otherwise."""
    with transaction() as conn:
        row = conn.execute(
            "INSERT INTO intake_pages (page_key, url, page) VALUES (%s, %s, %s)"
            " ON CONFLICT (page_key) DO UPDATE SET state = 'running', runs = intake_pages.runs + 1,"
            " error = NULL, started_at = now(), finished_at = NULL"
            " WHERE intake_pages.state <> 'finished' RETURNING *",
            (page_key, url, Jsonb(page)),
        ).fetchone()
        if row is not None:
            return IntakePage.model_validate(row), True
        existing = conn.execute("SELECT * FROM intake_pages WHERE page_key = %s", (page_key,)).fetchone()
    assert existing is not None
    return IntakePage.model_validate(existing), False


def finish(
    page_key: str, *, outcome: str, posting_id: int | None, execution_arn: str, billed_ms: int | None
) -> None:
    """The page's run ended in `outcome` (a posting status, or dead_letter)."""
    with transaction() as conn:
        conn.execute(
            "UPDATE intake_pages SET state = 'finished', outcome = %s, posting_id = %s, execution_arn = %s,"
            " billed_ms = %s, error = NULL, finished_at = now() WHERE page_key = %s",
            (outcome, posting_id, execution_arn, billed_ms, page_key),
        )


def fail(
    page_key: str, *, error: str, execution_arn: str | None, billed_ms: int | None, started: bool = True
) -> None:
    """The page's run ended without an outcome (timed out, failed outside the dead-letter path), or
    did not start at all (`started` False: it does not count as a run)."""
    with transaction() as conn:
        conn.execute(
            "UPDATE intake_pages SET state = 'failed', error = %s, runs = runs - %s,"
            " execution_arn = COALESCE(%s, execution_arn), billed_ms = %s, finished_at = now()"
            " WHERE page_key = %s AND state = 'running'",
            (error[:2000], 0 if started else 1, execution_arn, billed_ms, page_key),
        )


def get(page_key: str) -> IntakePage | None:
    with transaction() as conn:
        row = conn.execute("SELECT * FROM intake_pages WHERE page_key = %s", (page_key,)).fetchone()
    return IntakePage.model_validate(row) if row else None
