"""Job expiry: an active posting expires past its expiry date, when its board says it is gone, or when
it is older than the maximum age."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from hirehound.config import get_settings
from hirehound.db import expiry
from hirehound.db.pool import transaction


def expiry_reason(
    *,
    today: date,
    expires_on: date | None,
    posted_on: date | None,
    first_seen: datetime,
    liveness: str | None,
    liveness_detail: str | None,
    max_age_days: int,
) -> tuple[str, str] | None:
    """(kind, reason) when the posting has expired: kind is `expiry_date`, `gone` or `age`; None while
    it is still current."""
    if expires_on is not None and expires_on < today:
        return "expiry_date", f"expired on {expires_on.isoformat()}"
    if liveness == "gone":
        return "gone", f"gone from its board: {liveness_detail or 'unknown reason'}"
    since = posted_on or first_seen.date()
    if (today - since).days > max_age_days:
        return "age", f"older than {max_age_days} days (since {since.isoformat()})"
    return None


def run(today: date | None = None) -> dict[str, Any]:
    """Expire every active posting that has a reason to; returns the counts per kind of reason."""
    today = today or datetime.now(UTC).date()
    max_age = get_settings().posting_max_age_days
    with transaction() as conn:
        rows = expiry.active_postings(conn)
    by_kind: dict[str, int] = {}
    expired: list[int] = []
    for row in rows:
        found = expiry_reason(
            today=today,
            expires_on=row["expires_on"],
            posted_on=row["posted_on"],
            first_seen=row["created_at"],
            liveness=row["liveness"],
            liveness_detail=row["liveness_detail"],
            max_age_days=max_age,
        )
        if found is None:
            continue
        kind, reason = found
        with transaction() as conn:
            changed = expiry.expire(conn, row["id"], reason)
        if changed:
            expired.append(row["id"])
            by_kind[kind] = by_kind.get(kind, 0) + 1
    return {"checked": len(rows), "expired": len(expired), "by_reason": by_kind}
