"""Liveness checks of active postings (`posting_liveness`): what to check and the latest results."""

from __future__ import annotations

from typing import Any

from hirehound.db.pool import Connection

ACTIVE = ("published", "duplicate")


def due(conn: Connection, *, recheck_hours: float) -> list[dict[str, Any]]:
    """Active postings not checked within `recheck_hours`, as (id, url), oldest check first."""
    return conn.execute(
        "SELECT p.id, p.url FROM postings p LEFT JOIN posting_liveness l ON l.posting_id = p.id"
        " WHERE p.status::text = ANY(%s)"
        " AND (l.checked_at IS NULL OR l.checked_at < now() - make_interval(secs => %s))"
        " ORDER BY l.checked_at NULLS FIRST, p.id",
        (list(ACTIVE), recheck_hours * 3600),
    ).fetchall()


def record(
    conn: Connection,
    posting_id: int,
    *,
    outcome: str,
    http_status: int | None,
    final_url: str | None,
    detail: str | None,
) -> bool:
    """Store a check's result (replacing the previous one); False when the posting no longer exists."""
    row = conn.execute(
        "INSERT INTO posting_liveness (posting_id, outcome, http_status, final_url, detail)"
        " SELECT id, %s, %s, %s, %s FROM postings WHERE id = %s"
        " ON CONFLICT (posting_id) DO UPDATE SET outcome = EXCLUDED.outcome,"
        " http_status = EXCLUDED.http_status, final_url = EXCLUDED.final_url,"
        " detail = EXCLUDED.detail, checked_at = now()"
        " RETURNING posting_id",
        (outcome, http_status, final_url, detail, posting_id),
    ).fetchone()
    return row is not None
