"""Duplicate detection lookups and duplicate clusters (membership history is never deleted)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirehound.db.pool import Connection


def lock_scope(conn: Connection, company_id: int | None) -> None:
    """Serialize duplicate decisions per company for this transaction, so two copies of one job that
    arrive together cannot both decide they are the first."""
    conn.execute("SELECT pg_advisory_xact_lock(42, %s)", (company_id or 0,))


def save_signatures(
    conn: Connection, posting_id: int, *, content_hash: str, minhash: Sequence[int], band_keys: Sequence[str]
) -> None:
    """Store the posting's signatures and LSH band keys (it is then "signed": a canonical candidate for
    later decisions), in one statement. The postings row is not written, so a decision adds no row
    version to its indexes; a run again with the same signatures writes nothing."""
    conn.execute(
        "WITH signature AS (INSERT INTO posting_signatures (posting_id, content_hash, minhash)"
        "  VALUES (%(id)s, %(hash)s, %(minhash)s) ON CONFLICT (posting_id) DO UPDATE"
        "  SET content_hash = excluded.content_hash, minhash = excluded.minhash"
        "  WHERE (posting_signatures.content_hash, posting_signatures.minhash)"
        "  IS DISTINCT FROM (excluded.content_hash, excluded.minhash)),"
        " bands AS (INSERT INTO posting_lsh_bands (posting_id, band, band_key)"
        "  SELECT %(id)s, b.n - 1, b.key FROM unnest(%(keys)s::text[]) WITH ORDINALITY AS b (key, n)"
        "  ON CONFLICT (posting_id, band) DO UPDATE SET band_key = excluded.band_key"
        "  WHERE posting_lsh_bands.band_key <> excluded.band_key)"
        " DELETE FROM posting_lsh_bands WHERE posting_id = %(id)s AND band >= %(bands)s",
        {
            "id": posting_id,
            "hash": content_hash,
            "minhash": list(minhash),
            "keys": list(band_keys),
            "bands": len(band_keys),
        },
    )


#: A canonical candidate: another posting, not a duplicate itself, signed (its decision has run).
SIGNED = "EXISTS (SELECT 1 FROM posting_signatures s WHERE s.posting_id = p.id)"


def exact_match(conn: Connection, posting_id: int, content_hash: str) -> int | None:
    """The earliest other canonical posting with the same content hash."""
    row = conn.execute(
        "SELECT p.id FROM posting_signatures s JOIN postings p ON p.id = s.posting_id"
        " WHERE s.content_hash = %(hash)s AND p.id <> %(id)s AND p.duplicate_of IS NULL"
        " ORDER BY p.id LIMIT 1",
        {"id": posting_id, "hash": content_hash},
    ).fetchone()
    return int(row["id"]) if row else None


def near_candidates(conn: Connection, posting_id: int, band_keys: Sequence[str]) -> list[dict[str, Any]]:
    """Canonical postings sharing at least one LSH band key, with their MinHash signatures."""
    return conn.execute(
        "SELECT DISTINCT p.id, s.minhash FROM posting_lsh_bands b JOIN postings p ON p.id = b.posting_id"
        " JOIN posting_signatures s ON s.posting_id = p.id"
        " WHERE p.id <> %(id)s AND p.duplicate_of IS NULL AND (b.band, b.band_key) IN"
        " (SELECT * FROM unnest(%(bands)s::smallint[], %(keys)s::text[]))",
        {"id": posting_id, "bands": list(range(len(band_keys))), "keys": list(band_keys)},
    ).fetchall()


def current_cluster(conn: Connection, posting_id: int) -> int | None:
    row = conn.execute(
        "SELECT cluster_id FROM cluster_members WHERE posting_id = %s AND left_at IS NULL", (posting_id,)
    ).fetchone()
    return int(row["cluster_id"]) if row else None


def start_cluster(conn: Connection, canonical_posting_id: int) -> int:
    """The posting's current cluster, or a new one with it as canonical."""
    existing = current_cluster(conn, canonical_posting_id)
    if existing is not None:
        return existing
    row = conn.execute(
        "INSERT INTO duplicate_clusters (canonical_posting_id) VALUES (%s) RETURNING id",
        (canonical_posting_id,),
    ).fetchone()
    assert row is not None
    cluster_id = int(row["id"])
    conn.execute(
        "INSERT INTO cluster_members (cluster_id, posting_id, reason) VALUES (%s, %s, 'canonical')",
        (cluster_id, canonical_posting_id),
    )
    return cluster_id


def join_cluster(
    conn: Connection, cluster_id: int, posting_id: int, reason: str, similarity: float | None
) -> None:
    """Make the posting a member (closing any other membership it had: that is the history)."""
    current = current_cluster(conn, posting_id)
    if current == cluster_id:
        return
    if current is not None:
        conn.execute(
            "UPDATE cluster_members SET left_at = now() WHERE posting_id = %s AND left_at IS NULL",
            (posting_id,),
        )
    conn.execute(
        "INSERT INTO cluster_members (cluster_id, posting_id, reason, similarity) VALUES (%s, %s, %s, %s)",
        (cluster_id, posting_id, reason, similarity),
    )
    conn.execute("UPDATE duplicate_clusters SET updated_at = now() WHERE id = %s", (cluster_id,))


def mark_duplicate(conn: Connection, posting_id: int, *, duplicate_of: int | None, kind: str | None) -> None:
    conn.execute(
        "UPDATE postings SET duplicate_of = %s, duplicate_verdict = %s, updated_at = now() WHERE id = %s",
        (duplicate_of, kind, posting_id),
    )
