"""Duplicate-cluster revalidation reads and writes (joining and starting clusters is in `duplicates`)."""

from __future__ import annotations

from typing import Any

from hirehound.db.pool import Connection


def with_members(conn: Connection) -> list[dict[str, Any]]:
    """Clusters (not merged away) with more than one current member: (id, canonical_posting_id)."""
    return conn.execute(
        "SELECT c.id, c.canonical_posting_id FROM duplicate_clusters c"
        " WHERE c.merged_into IS NULL AND (SELECT count(*) FROM cluster_members m"
        "  WHERE m.cluster_id = c.id AND m.left_at IS NULL) > 1"
        " ORDER BY c.id"
    ).fetchall()


def canonical(conn: Connection, cluster_id: int, *, lock: bool = False) -> int | None:
    """The cluster's canonical posting (None if the cluster is gone); `lock` holds its row."""
    row = conn.execute(
        "SELECT canonical_posting_id FROM duplicate_clusters WHERE id = %s" + (" FOR UPDATE" if lock else ""),
        (cluster_id,),
    ).fetchone()
    return int(row["canonical_posting_id"]) if row else None


def members(conn: Connection, cluster_id: int) -> list[dict[str, Any]]:
    """The current members with what the match decision and the canonical choice need."""
    return conn.execute(
        "SELECT p.id, p.status::text AS status, p.company_id, p.quality_score, s.content_hash, s.minhash,"
        " p.embedding, p.duplicate_of, p.duplicate_verdict, m.reason"
        " FROM cluster_members m JOIN postings p ON p.id = m.posting_id"
        " LEFT JOIN posting_signatures s ON s.posting_id = p.id"
        " WHERE m.cluster_id = %s AND m.left_at IS NULL ORDER BY p.id",
        (cluster_id,),
    ).fetchall()


def set_canonical(conn: Connection, cluster_id: int, posting_id: int) -> None:
    conn.execute(
        "UPDATE duplicate_clusters SET canonical_posting_id = %s, updated_at = now()"
        " WHERE id = %s AND canonical_posting_id <> %s",
        (posting_id, cluster_id, posting_id),
    )


def leave(conn: Connection, cluster_id: int, posting_id: int) -> None:
    """Close the posting's membership of the cluster (the row stays as history)."""
    conn.execute(
        "UPDATE cluster_members SET left_at = now()"
        " WHERE cluster_id = %s AND posting_id = %s AND left_at IS NULL",
        (cluster_id, posting_id),
    )
    conn.execute("UPDATE duplicate_clusters SET updated_at = now() WHERE id = %s", (cluster_id,))
