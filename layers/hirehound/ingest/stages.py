"""The ingestion stages as units of work: load from the database, call the pure logic, save.

Each function is what one Lambda handler does, and each is idempotent: it is keyed by the page's hash
or the posting id and overwrites its own columns, so a redelivery changes nothing.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from hirehound import storage
from hirehound.db import postings, raw_pages
from hirehound.db.pool import transaction
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.events import PageRef
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.normalize import normalize_posting


def source_of(url: str) -> str:
    host = (urlsplit(url).hostname or "unknown").lower()
    return host.removeprefix("www.")


def extract(page: PageRef) -> dict[str, Any]:
    """Store the raw page's hash and location first, then extract the posting from it."""
    body = storage.read_page(page)
    with transaction() as conn:
        raw_page_id = raw_pages.upsert(
            conn,
            url=page.url,
            source=source_of(page.url),
            body_sha256=hashlib.sha256(body).hexdigest(),
            bucket=page.bucket,
            object_key=page.key,
            size_bytes=len(body),
            charset=page.charset,
            fetched_at=page.fetched_at,
        )
    raw = extract_posting(decode_page(body, page.charset), page.url, page.fetched_at)
    with transaction() as conn:
        posting_id = postings.upsert_extracted(conn, raw_page_id=raw_page_id, raw=raw)
    return {"posting_id": posting_id, "raw_page_id": raw_page_id}


def clean(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        cleaned = clean_posting(postings.load_raw(conn, posting_id))
        postings.save_clean(conn, posting_id, cleaned)
    return {"posting_id": posting_id, "text_chars": len(cleaned.description_text)}


def normalize(posting_id: int, *, today: datetime | None = None) -> dict[str, Any]:
    with transaction() as conn:
        clean = postings.load_clean(conn, posting_id)
    # CPU only (the first call builds the gazetteer): no pooled connection is held meanwhile
    normalized = normalize_posting(clean, today=(today or datetime.now(UTC)).date())
    with transaction() as conn:
        postings.save_normalized(conn, posting_id, normalized)
    return {"posting_id": posting_id, "unparsed": sorted(normalized.unparsed)}
