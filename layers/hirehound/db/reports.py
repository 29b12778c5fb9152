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


def page_outcomes(pages: list[tuple[str, str]]) -> list[str]:
    """What each (url, body sha256) page ended as, in order: its posting's status once decided
    (published, duplicate, rejected, expired, archived), else `dead_letter` if an ingestion dead letter
    names its URL, else `processing` (a posting not decided yet) or `missing` (nothing stored)."""
    if not pages:
        return []
    found = rows(
        "SELECT i.n, CASE"
        "  WHEN p.status <> 'processing' THEN p.status::text"
        "  WHEN EXISTS (SELECT 1 FROM dead_letters d WHERE d.workflow = 'ingestion' AND d.item_key = i.url)"
        "    THEN 'dead_letter'"
        "  WHEN p.id IS NOT NULL THEN 'processing'"
        "  ELSE 'missing' END AS outcome"
        " FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS i(url, sha, n)"
        " LEFT JOIN raw_pages r ON r.url = i.url AND r.body_sha256 = i.sha"
        " LEFT JOIN postings p ON p.raw_page_id = r.id"
        " ORDER BY i.n",
        ([url for url, _ in pages], [sha for _, sha in pages]),
    )
    return [str(row["outcome"]) for row in found]
