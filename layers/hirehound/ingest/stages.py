"""The ingestion stages as units of work: load from the database, call the pure logic, save.

Each function is what one Lambda handler does, and each is idempotent: it is keyed by the page's hash
or the posting id and overwrites its own columns, so a redelivery changes nothing.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from hirehound import storage
from hirehound.db import batches, postings, raw_pages
from hirehound.db.pool import transaction
from hirehound.ingest import publication
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.events import PageRef
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.normalize import normalize_posting
from hirehound.observability import emit_publication_metric


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
        )
    raw = extract_posting(decode_page(body, page.charset), page.url)
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
        normalized = normalize_posting(
            postings.load_clean(conn, posting_id), today=(today or datetime.now(UTC)).date()
        )
        postings.save_normalized(conn, posting_id, normalized)
    return {"posting_id": posting_id, "unparsed": sorted(normalized.unparsed)}


def publish(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        row = postings.load(conn, posting_id, lock=True)
        decision = publication.decide(
            title=row["title"],
            duplicate_of=row["duplicate_of"],
            duplicate_kind=row["duplicate_verdict"],
            spam_verdict=row["spam_verdict"],
            quality_score=row["quality_score"],
        )
        postings.set_status(conn, posting_id, decision.status, decision.reason)
    emit_publication_metric(row["source"], decision.status)
    return {"posting_id": posting_id, "status": decision.status, "reason": decision.reason}


def complete_batch(batch_id: str, results: list[dict[str, Any]]) -> dict[str, Any]:
    """The batch's completion step: count outcomes per status and record them."""
    outcomes = dict(Counter(str(result.get("status", "unknown")) for result in results))
    batches.complete(batch_id, len(results), outcomes)
    return {"batch_id": batch_id, "pages": len(results), "outcomes": outcomes}
