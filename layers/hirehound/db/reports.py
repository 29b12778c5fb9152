"""Read-only summaries for the CLI and the status view."""

from __future__ import annotations

from typing import Any

from hirehound.db.pool import transaction


def rows(query: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """All rows of one read-only query, as dicts."""
    with transaction() as conn:
        return conn.execute(query.encode(), params).fetchall()


def postings_by_status() -> list[dict[str, Any]]:
    return rows(
        "SELECT status::text AS status, count(*) AS postings FROM postings GROUP BY 1 ORDER BY 2 DESC"
    )


def published_sample(limit: int = 10) -> list[dict[str, Any]]:
    return rows(
        "SELECT p.id, p.title, c.name AS company, concat_ws(', ', p.city, p.country_code) AS location,"
        " p.remote_mode AS remote, p.salary_annual_min AS salary_min, p.salary_annual_max AS salary_max,"
        " p.salary_currency AS currency FROM postings p LEFT JOIN companies c ON c.id = p.company_id"
        " WHERE p.status = 'published' ORDER BY p.id LIMIT %s",
        (limit,),
    )


def companies(limit: int = 10) -> list[dict[str, Any]]:
    return rows(
        "SELECT c.name, c.domain, count(p.id) AS postings FROM companies c"
        " LEFT JOIN postings p ON p.company_id = c.id GROUP BY c.id ORDER BY 3 DESC, 1 LIMIT %s",
        (limit,),
    )


def duplicate_clusters(limit: int = 10) -> list[dict[str, Any]]:
    return rows(
        "SELECT d.id AS cluster, canon.title AS canonical, count(m.posting_id) AS members,"
        " string_agg(DISTINCT m.reason, ', ') AS reasons FROM duplicate_clusters d"
        " JOIN cluster_members m ON m.cluster_id = d.id AND m.left_at IS NULL"
        " JOIN postings canon ON canon.id = d.canonical_posting_id"
        " WHERE d.merged_into IS NULL GROUP BY d.id, canon.title HAVING count(m.posting_id) > 1"
        " ORDER BY 3 DESC, 1 LIMIT %s",
        (limit,),
    )
