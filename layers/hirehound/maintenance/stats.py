"""Daily stats: counts by posting state, source, company and skill, snapshotted per day."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from hirehound.db import stats
from hirehound.db.pool import transaction


def run(day: date | None = None) -> dict[str, Any]:
    """Replace the day's snapshot with the current counts (re-running the same day is idempotent)."""
    day = day or datetime.now(UTC).date()
    with transaction() as conn:
        keys = stats.snapshot(conn, day)
    return {"day": day.isoformat(), "keys": keys}
