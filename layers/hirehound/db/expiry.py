"""Posting expiry: the facts the decision needs for every active posting, and the compare-and-set."""

from __future__ import annotations

from typing import Any

from hirehound.db.liveness import ACTIVE
from hirehound.db.pool import Connection


def active_postings(conn: Connection) -> list[dict[str, Any]]:
    """Every active posting with its dates and latest liveness outcome."""
    return conn.execute(
        "SELECT p.id, p.expires_on, p.posted_on, p.created_at, l.outcome AS liveness,"
        " l.http_status, l.detail AS liveness_detail"
        " FROM postings p LEFT JOIN posting_liveness l ON l.posting_id = p.id"
        " WHERE p.status::text = ANY(%s) ORDER BY p.id",
        (list(ACTIVE),),
    ).fetchall()


def expire(conn: Connection, posting_id: int, reason: str) -> bool:
    """Mark the posting expired if it is still active; True when this call changed it."""
    row = conn.execute(
        "UPDATE postings SET status = 'expired', status_reason = %s, updated_at = now()"
        " WHERE id = %s AND status::text = ANY(%s) RETURNING id",
        (reason, posting_id, list(ACTIVE)),
    ).fetchone()
    return row is not None
