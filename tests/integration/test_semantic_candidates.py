"""The duplicate decision's semantic candidates: the nearest overall and the nearest of the company."""

from __future__ import annotations

from typing import Any

import numpy as np
import psycopg
import pytest
from hirehound.db import postings
from hirehound.db.pool import transaction
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

pytestmark = pytest.mark.integration


def _unit(vector: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    unit: np.ndarray[Any, Any] = (vector / np.linalg.norm(vector)).astype(np.float32)
    return unit


def _axis(i: int) -> np.ndarray[Any, Any]:
    axis = np.zeros(384, dtype=np.float32)
    axis[i] = 1.0
    return axis


def _signed_posting(
    conn: psycopg.Connection[Any], n: int, company: int, country: str | None, vector: np.ndarray[Any, Any]
) -> int:
    url = f"https://careers.acme.example/jobs/{n}"
    page = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
        " VALUES (%s, 'acme', md5(%s), 'raw', md5(%s), 1) RETURNING id",
        (url, url, url),
    ).fetchone()
    assert page is not None
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title, description_text,"
        " company_id, country_code, embedding, status, published_at)"
        " VALUES (%s, %s, 'acme', 'jsonld', %s, 'Data Engineer', 'Build pipelines.', %s, %s, %s,"
        " 'published', now()) RETURNING id",
        (page["id"], url, Jsonb({"company_name": "Acme"}), company, country, vector),
    ).fetchone()
    assert row is not None
    conn.execute(
        "INSERT INTO posting_signatures (posting_id, content_hash, minhash) VALUES (%s, %s, '{}')",
        (row["id"], f"hash-{n}"),
    )
    return int(row["id"])


def test_the_company_block_looks_in_the_postings_country(db: str) -> None:
    """A big employer's ads in another country (never the same job) are nearer than its own reworded
    ad in this one: they fill the overall top 10, and they must not fill the company's block too."""
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        register_vector(conn)
        company = conn.execute(
            "INSERT INTO companies (name, normalized_name, blocking_key) VALUES ('Acme', 'acme', 'acm')"
            " RETURNING id"
        ).fetchone()
        assert company is not None
        query = _axis(0)
        new = _signed_posting(conn, 0, company["id"], "DE", query)
        for n in range(1, 13):  # cosine ~0.995 to the new posting
            _signed_posting(conn, n, company["id"], "FR", _unit(query + 0.1 * _axis(n)))
        reworded = _signed_posting(conn, 13, company["id"], "DE", _unit(query + 0.5 * _axis(13)))
        no_country = _signed_posting(conn, 14, company["id"], None, _unit(query + 0.6 * _axis(14)))

    with transaction() as pooled:
        found = postings.semantic_candidates(pooled, new, query, company["id"], 10, country_code="DE")
        anywhere = postings.semantic_candidates(pooled, new, query, company["id"], 10)
    ids = [row["id"] for row in found]
    assert reworded in ids and no_country in ids  # a posting without a country may still be the job
    assert sum(row["country_code"] == "FR" for row in found) == 10  # the overall nearest are kept
    assert reworded not in [row["id"] for row in anywhere]  # without the country: crowded out
