"""The DetectSpam handler end to end on a stored posting: it reads the vector the Embed stage stored with
the posting (no payload change), scores with it when it comes from the model's embedder, and otherwise
scores exactly as without one and logs why."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import Any

import psycopg
import pytest
from hirehound.config import get_settings
from hirehound.db import postings
from hirehound.db.pool import transaction
from hirehound.ingest import embedding
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.spam import assess_posting
from hirehound_local.lambda_context import LambdaContext
from ingest import detect_spam

pytestmark = pytest.mark.integration

Conn = psycopg.Connection[dict[str, Any]]
URL = "https://jobs.example.com/data-entry"
PAGE = (
    "<html><head><title>Data Entry Clerk - Work From Home</title></head><body>"
    "<h1>Data Entry Clerk - Work From Home</h1><p>Earn $500 weekly from home, no experience needed. Flexible"
    " hours, start today. Send your full name, address and phone number to our hiring manager to get your"
    " training package.</p><p>Location: Austin, TX</p></body></html>"
)


@pytest.fixture
def embedder_setting(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.delenv("HIREHOUND_EMBEDDER", raising=False)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


def _posting(conn: Conn) -> tuple[int, Any, Any]:
    """A posting through extract, clean and normalize, saved as those stages save it."""
    clean = clean_posting(extract_posting(PAGE, URL))
    normalized = normalize_posting(clean, today=date(2026, 12, 1))
    page = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
        " VALUES (%s, 'jobs.example.com', 'x', 'b', 'k', 1) RETURNING id",
        (URL,),
    ).fetchone()
    assert page is not None
    posting_id = postings.upsert_extracted(conn, raw_page_id=int(page["id"]), raw=clean.raw)
    postings.save_clean(conn, posting_id, clean)
    postings.save_normalized(conn, posting_id, normalized)
    return posting_id, clean, normalized


def _invoke(posting_id: int) -> dict[str, Any]:
    context = LambdaContext("IngestDetectSpam", 512, "arn:aws:lambda:::function:IngestDetectSpam", 30)
    event = {"posting_id": posting_id, "execution_id": "arn:aws:states:::execution:x:1", "attempt": 0}
    return detect_spam.handler(event, context)


def _stored(conn: Conn, posting_id: int) -> dict[str, Any]:
    row = conn.execute(
        "SELECT spam_score, spam_verdict FROM postings WHERE id = %s", (posting_id,)
    ).fetchone()
    assert row is not None
    return row


def _fallback_logs(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.getMessage() == "spam scored without the posting's vector"]


def test_the_handler_scores_with_the_vector_embed_stored(
    db: str, conn: Conn, embedder_setting: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with transaction() as tx:
        posting_id, clean, normalized = _posting(tx)
    assert embedding.embed(posting_id)["embedded"]  # the Embed stage, with the configured (local) embedder
    with transaction() as tx:  # the pool's connections decode pgvector's type, as the handler's does
        vector = postings.load(tx, posting_id)["embedding"].to_numpy()
    assert vector.shape == (384,)
    caplog.clear()
    result = _invoke(posting_id)
    stored = _stored(conn, posting_id)
    expected = assess_posting(clean, normalized, embedding=vector, embedder="local")
    without = assess_posting(clean, normalized)
    assert expected.embedding_used
    assert result["score"] == pytest.approx(expected.score, abs=1e-12)
    assert stored["spam_score"] == pytest.approx(expected.score, rel=1e-6)  # a real column
    assert result["verdict"] == str(expected.verdict) == stored["spam_verdict"]
    assert expected.score != without.score  # the vector changed the score, so the handler read it
    assert _fallback_logs(caplog) == []


def test_without_a_stored_vector_the_handler_scores_as_the_text_model_and_says_why(
    db: str, conn: Conn, embedder_setting: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with transaction() as tx:
        posting_id, clean, normalized = _posting(tx)
    caplog.clear()
    result = _invoke(posting_id)
    assert result["score"] == assess_posting(clean, normalized).score
    [log] = _fallback_logs(caplog)
    assert log.levelno == logging.INFO and "no stored vector" in log.__dict__["reason"]


def test_another_embedders_vector_is_not_read_and_the_reason_is_a_warning(
    db: str, conn: Conn, embedder_setting: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    embedder_setting.setenv("HIREHOUND_EMBEDDER", "hashing")
    get_settings.cache_clear()
    with transaction() as tx:
        posting_id, clean, normalized = _posting(tx)
    assert embedding.embed(posting_id)["embedded"]  # a 384-d hashing vector: same width, another space
    caplog.clear()
    result = _invoke(posting_id)
    assert result["score"] == assess_posting(clean, normalized).score
    [log] = _fallback_logs(caplog)
    assert log.levelno == logging.WARNING and "'hashing'" in log.__dict__["reason"]
