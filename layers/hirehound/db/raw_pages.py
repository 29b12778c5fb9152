"""Raw pages: the hash and location of every scraped page, stored before anything else."""

from __future__ import annotations

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
) -> int:
    """The page's id; the same URL with the same bytes seen again maps to the same row."""
    row = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes, charset)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (url, body_sha256)"
        " DO UPDATE SET charset = COALESCE(EXCLUDED.charset, raw_pages.charset)"
        " RETURNING id",
        (url, source, body_sha256, bucket, object_key, size_bytes, charset),
    ).fetchone()
    assert row is not None
    return int(row["id"])
