"""Raw pages: the hash and location of every scraped page, stored before anything else."""

from __future__ import annotations

from datetime import datetime

from hirehound.db.pool import Connection


def upsert(
    conn: Connection,
    *,
    url: str,
    source: str,
    body_sha256: str,
    bucket: str,
    object_key: str,
    size_bytes: int,
    charset: str | None,
    fetched_at: datetime | None = None,
) -> int:
    """The page's id; the same URL with the same bytes seen again maps to the same row (which keeps
    its first fetch time; without one from the scraper, the time it was first stored)."""
    row = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes, charset,"
        " fetched_at) VALUES (%s, %s, %s, %s, %s, %s, %s, COALESCE(%s, now()))"
        " ON CONFLICT (url, body_sha256)"
        " DO UPDATE SET charset = COALESCE(EXCLUDED.charset, raw_pages.charset)"
        " RETURNING id",
        (url, source, body_sha256, bucket, object_key, size_bytes, charset, fetched_at),
    ).fetchone()
    assert row is not None
    return int(row["id"])
