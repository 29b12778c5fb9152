"""Cleanup: archive finished postings and orphaned raw pages past retention, then delete them, in
chunks of one transaction each (archive and delete together; only archived rows are deleted)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from hirehound.config import get_settings
from hirehound.db import archive
from hirehound.db.pool import Connection, transaction

CHUNK = 500


def archive_postings(cutoff: datetime, chunk: int = CHUNK) -> int:
    """Archive and delete finished postings last changed before `cutoff`; returns how many."""
    return _archive_in_chunks(
        archive.posting_candidates, archive.archive_postings, archive.delete_archived_postings, cutoff, chunk
    )


def archive_raw_pages(cutoff: datetime, chunk: int = CHUNK) -> int:
    """Archive and delete raw pages fetched before `cutoff` that no posting refers to."""
    return _archive_in_chunks(
        archive.raw_page_candidates,
        archive.archive_raw_pages,
        archive.delete_archived_raw_pages,
        cutoff,
        chunk,
    )


def _archive_in_chunks(
    candidates: Callable[..., list[int]],
    copy: Callable[[Connection, list[int]], int],
    delete: Callable[[Connection, list[int]], list[int]],
    cutoff: datetime,
    chunk: int,
) -> int:
    """Copy then delete `chunk` candidates per transaction until none are left; returns deletions."""
    done = 0
    while True:
        with transaction() as conn:
            ids = candidates(conn, cutoff=cutoff, limit=chunk)
            if not ids:
                return done
            copy(conn, ids)
            deleted = len(delete(conn, ids))
        done += deleted
        if deleted < chunk:  # the last chunk (or a stuck one: never loop on it)
            return done
            archive.archive_raw_pages(conn, ids)
            deleted = len(archive.delete_archived_raw_pages(conn, ids))
        done += deleted
        if deleted < chunk:  # the last chunk (or a stuck one: never loop on it)
            return done


def run(now: datetime | None = None) -> dict[str, Any]:
    """Postings first: their raw pages become orphans the raw-page pass can take when old enough."""
    now = now or datetime.now(UTC)
    settings = get_settings()
    postings = archive_postings(now - timedelta(days=settings.posting_retention_days))
    pages = archive_raw_pages(now - timedelta(days=settings.raw_page_retention_days))
    return {"archived_postings": postings, "archived_raw_pages": pages}
