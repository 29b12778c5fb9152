"""Companies: candidates for matching, creation that is safe under concurrent workers."""

from __future__ import annotations

from typing import Any

from hirehound.db.pool import Connection


def candidates(conn: Connection, *, blocking_key: str, domain: str | None) -> list[dict[str, Any]]:
    """Companies that could be this one: same domain or same blocking key (not merged away)."""
    return conn.execute(
        "SELECT id, name, normalized_name, domain FROM companies"
        " WHERE merged_into IS NULL AND (blocking_key = %s OR (%s::text IS NOT NULL AND domain = %s))"
        " ORDER BY id",
        (blocking_key, domain, domain),
    ).fetchall()


def create(
    conn: Connection,
    *,
    name: str,
    normalized_name: str,
    domain: str | None,
    blocking_key: str,
    website: str | None,
) -> tuple[int, bool]:
    """Insert the company unless another worker just did; returns (id, created)."""
    if domain:
        row = conn.execute(
            "INSERT INTO companies (name, normalized_name, domain, blocking_key, website)"
            " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (domain) DO NOTHING RETURNING id",
            (name, normalized_name, domain, blocking_key, website),
        ).fetchone()
        if row:
            return int(row["id"]), True
        existing = conn.execute("SELECT id FROM companies WHERE domain = %s", (domain,)).fetchone()
    else:
        row = conn.execute(
            "INSERT INTO companies (name, normalized_name, blocking_key, website) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (normalized_name) WHERE domain IS NULL DO NOTHING RETURNING id",
            (name, normalized_name, blocking_key, website),
        ).fetchone()
        if row:
            return int(row["id"]), True
        existing = conn.execute(
            "SELECT id FROM companies WHERE normalized_name = %s AND domain IS NULL", (normalized_name,)
        ).fetchone()
    assert existing is not None
    return int(existing["id"]), False


def fill_domain(conn: Connection, company_id: int, domain: str | None) -> None:
    """Learn a company's domain when a later posting reveals it (never overwrite one)."""
    if domain:
        conn.execute(
            "UPDATE companies SET domain = %s, updated_at = now() WHERE id = %s AND domain IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM companies WHERE domain = %s)",
            (domain, company_id, domain),
        )
