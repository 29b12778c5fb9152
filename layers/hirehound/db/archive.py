"""Cleanup's archive: copy postings and raw pages past retention into `archived_*`, then delete them.

Each delete removes only rows whose archive copy exists (a join on the archive table), so a row that
was not archived is never deleted. Run archive and delete in one transaction.
"""

from __future__ import annotations

from datetime import datetime

from hirehound.db.pool import Connection

#: Postings that are no longer shown and may be archived once past retention.
FINISHED = ["expired", "rejected"]

_RETIRED = "SELECT id FROM postings WHERE status::text = ANY(%(finished)s) AND updated_at < %(cutoff)s"


def posting_candidates(conn: Connection, *, cutoff: datetime, limit: int) -> list[int]:
    """Finished postings last changed before `cutoff` that nothing still alive depends on: no live
    posting is their duplicate, and no cluster they are canonical of has a live member or was merged
    into. Locked for this transaction (others' locked rows are skipped)."""
    rows = conn.execute(
        f"SELECT p.id FROM postings p WHERE p.id IN ({_RETIRED})"
        f" AND NOT EXISTS (SELECT 1 FROM postings q WHERE q.duplicate_of = p.id AND q.id NOT IN ({_RETIRED}))"
        f" AND NOT EXISTS (SELECT 1 FROM duplicate_clusters c JOIN cluster_members m ON m.cluster_id = c.id"
        f"  WHERE c.canonical_posting_id = p.id AND m.posting_id NOT IN ({_RETIRED}))"
        f" AND NOT EXISTS (SELECT 1 FROM duplicate_clusters c JOIN duplicate_clusters c2"
        f"  ON c2.merged_into = c.id WHERE c.canonical_posting_id = p.id)"
        f" ORDER BY p.id LIMIT %(limit)s FOR UPDATE OF p SKIP LOCKED",
        {"finished": FINISHED, "cutoff": cutoff, "limit": limit},
    ).fetchall()
    return [int(row["id"]) for row in rows]


def archive_postings(conn: Connection, ids: list[int]) -> int:
    """Copy the postings (row, skills, cluster history) into `archived_postings`; returns rows added."""
    cur = conn.execute(
        "INSERT INTO archived_postings"
        " (posting_id, raw_page_id, url, source, status, posting, skills, clusters)"
        " SELECT p.id, p.raw_page_id, p.url, p.source, p.status::text,"
        "  to_jsonb(p) - 'embedding' - 'search_document'"
        "   || jsonb_build_object('content_hash', (SELECT s.content_hash FROM posting_signatures s"
        "   WHERE s.posting_id = p.id)),"
        "  coalesce((SELECT jsonb_agg(jsonb_build_object('skill', s.name, 'mentions', ps.mentions))"
        "   FROM posting_skills ps JOIN skills s ON s.id = ps.skill_id WHERE ps.posting_id = p.id), '[]'),"
        "  coalesce((SELECT jsonb_agg(to_jsonb(m) ORDER BY m.joined_at) FROM cluster_members m"
        "   WHERE m.posting_id = p.id OR m.cluster_id IN"
        "   (SELECT c.id FROM duplicate_clusters c WHERE c.canonical_posting_id = p.id)), '[]')"
        " FROM postings p WHERE p.id = ANY(%s)"
        " ON CONFLICT (posting_id) DO NOTHING",
        (ids,),
    )
    return cur.rowcount


def delete_archived_postings(conn: Connection, ids: list[int]) -> list[int]:
    """Delete those of `ids` that have an archive copy (with their cluster rows); returns the deleted."""
    archived = [
        int(row["posting_id"])
        for row in conn.execute(
            "SELECT posting_id FROM archived_postings WHERE posting_id = ANY(%s)", (ids,)
        ).fetchall()
    ]
    if not archived:
        return []
    conn.execute(
        "UPDATE postings SET duplicate_of = NULL WHERE duplicate_of = ANY(%(ids)s) AND NOT id = ANY(%(ids)s)",
        {"ids": archived},
    )
    conn.execute(
        "DELETE FROM cluster_members WHERE posting_id = ANY(%(ids)s) OR cluster_id IN"
        " (SELECT id FROM duplicate_clusters WHERE canonical_posting_id = ANY(%(ids)s))",
        {"ids": archived},
    )
    conn.execute("DELETE FROM duplicate_clusters WHERE canonical_posting_id = ANY(%s)", (archived,))
    rows = conn.execute(
        "DELETE FROM postings p USING archived_postings a"
        " WHERE a.posting_id = p.id AND p.id = ANY(%s) RETURNING p.id",
        (archived,),
    ).fetchall()
    return sorted(int(row["id"]) for row in rows)


def raw_page_candidates(conn: Connection, *, cutoff: datetime, limit: int) -> list[int]:
    """Raw pages fetched before `cutoff` that no posting refers to, locked for this transaction."""
    rows = conn.execute(
        "SELECT r.id FROM raw_pages r WHERE r.fetched_at < %s"
        " AND NOT EXISTS (SELECT 1 FROM postings p WHERE p.raw_page_id = r.id)"
        " ORDER BY r.id LIMIT %s FOR UPDATE OF r SKIP LOCKED",
        (cutoff, limit),
    ).fetchall()
    return [int(row["id"]) for row in rows]


def archive_raw_pages(conn: Connection, ids: list[int]) -> int:
    """Copy the raw page rows into `archived_raw_pages` (the bodies stay in object storage)."""
    cur = conn.execute(
        "INSERT INTO archived_raw_pages (raw_page_id, url, bucket, object_key, page)"
        " SELECT r.id, r.url, r.bucket, r.object_key, to_jsonb(r) FROM raw_pages r WHERE r.id = ANY(%s)"
        " ON CONFLICT (raw_page_id) DO NOTHING",
        (ids,),
    )
    return cur.rowcount


def delete_archived_raw_pages(conn: Connection, ids: list[int]) -> list[int]:
    """Delete those of `ids` that have an archive copy and no posting; returns the deleted."""
    rows = conn.execute(
        "DELETE FROM raw_pages r USING archived_raw_pages a WHERE a.raw_page_id = r.id AND r.id = ANY(%s)"
        " AND NOT EXISTS (SELECT 1 FROM postings p WHERE p.raw_page_id = r.id) RETURNING r.id",
        (ids,),
    ).fetchall()
    return sorted(int(row["id"]) for row in rows)
