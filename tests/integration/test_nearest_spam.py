"""The spam stage's closest known scam (postings.nearest_spam_similarity): the exact cosine to the nearest
posting judged spam, never the posting itself, and read through the spam rows' own graph (migration
0155) rather than a scan of every posting."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import psycopg
import pytest
from hirehound.db import postings

pytestmark = pytest.mark.integration

Conn = psycopg.Connection[dict[str, Any]]
RNG = np.random.default_rng(7)


def _unit(vector: np.ndarray) -> np.ndarray:
    unit: np.ndarray = vector / np.linalg.norm(vector)
    return unit


def _insert(conn: Conn, vector: np.ndarray | None, verdict: str | None) -> int:
    page = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
        " VALUES (gen_random_uuid()::text, 's', 'x', 'b', 'k', 1) RETURNING id"
    ).fetchone()
    assert page is not None
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, embedding, spam_verdict)"
        " VALUES (%s, 'u', 's', 'generic', '{}', %s, %s) RETURNING id",
        (page["id"], None if vector is None else json.dumps([float(x) for x in vector]), verdict),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def test_the_nearest_spam_is_measured_exactly_and_never_the_posting_itself(conn: Conn) -> None:
    query = _unit(RNG.standard_normal(384))
    near = _unit(query + 0.3 * _unit(RNG.standard_normal(384)))
    nearer_but_legit = _unit(query + 0.05 * _unit(RNG.standard_normal(384)))
    posting = _insert(conn, query, "spam")  # judged spam on an earlier run: it must not find itself
    _insert(conn, near, "spam")
    _insert(conn, nearer_but_legit, "ok")
    for _ in range(30):
        _insert(conn, _unit(RNG.standard_normal(384)), "spam")

    similarity = postings.nearest_spam_similarity(conn, posting)

    assert similarity == pytest.approx(float(query @ near), abs=1e-6)  # the exact cosine, not the half one


def test_no_known_spam_or_no_vector_gives_none(conn: Conn) -> None:
    posting = _insert(conn, _unit(RNG.standard_normal(384)), None)
    _insert(conn, _unit(RNG.standard_normal(384)), "ok")
    assert postings.nearest_spam_similarity(conn, posting) is None

    _insert(conn, _unit(RNG.standard_normal(384)), "spam")
    without_vector = _insert(conn, None, None)
    assert postings.nearest_spam_similarity(conn, without_vector) is None
    assert postings.nearest_spam_similarity(conn, posting) is not None


def test_the_lookup_reads_the_spam_graph_not_every_posting(conn: Conn) -> None:
    posting = _insert(conn, _unit(RNG.standard_normal(384)), None)
    for index in range(200):
        _insert(conn, _unit(RNG.standard_normal(384)), "spam" if index % 20 == 0 else "ok")
    conn.execute("ANALYZE postings")
    with conn.transaction():
        conn.execute("SET LOCAL enable_seqscan = off")  # a tiny table: ask which index the plan can use
        plan = "\n".join(
            str(row["QUERY PLAN"]) for row in conn.execute(b"EXPLAIN " + postings.NEAREST_SPAM, (posting,))
        )
    assert "postings_spam_embedding_half_idx" in plan
    assert "Seq Scan on postings" not in plan
