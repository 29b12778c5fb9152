"""Cleanup: archive finished postings and orphaned raw pages past retention, then delete them, in
chunks of one transaction each (archive and delete together; only archived rows are deleted)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hirehound.config import get_settings
from hirehound.db import archive
from hirehound.db.pool import transaction

CHUNK = 500


def archive_postings(cutoff: datetime, chunk: int = CHUNK) -> int:
    """Archive and delete finished postings last changed before `cutoff`; returns how many."""
    done = 0
    while True:
        with transaction() as conn:
            ids = archive.posting_candidates(conn, cutoff=cutoff, limit=chunk)
            if not ids:
                return done
            archive.archive_postings(conn, ids)
            deleted = len(archive.delete_archived_postings(conn, ids))
        done += deleted
        if deleted < chunk:  # the last chunk (or a stuck one: never loop on it)
            return done


def archive_raw_pages(cutoff: datetime, chunk: int = CHUNK) -> int:
    """Archive and delete raw pages fetched before `cutoff` that no posting refers to."""
    done = 0
    while True:
        with transaction() as conn:
            ids = archive.raw_page_candidates(conn, cutoff=cutoff, limit=chunk)
            if not ids:
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
