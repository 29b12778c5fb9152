"""The duplicate decision runs a stage only when the ones before it decided nothing, and its
same-company block keeps to the companies' postings the metadata check could accept."""

from __future__ import annotations

from typing import Any

import numpy as np
import psycopg
import pytest
from hirehound.db import duplicates, postings
from hirehound.ingest.duplicates import deduplicate
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

pytestmark = pytest.mark.integration

TEXT = (
    "we build payment pipelines in python and sql for merchants across europe our team owns ingestion"
    " reconciliation and reporting you will design schemas review code mentor juniors and run services"
    " on aws with terraform we value tests small releases and clear writing benefits include a budget"
    " for learning flexible hours and a pension plan apply with your cv and a short note"
)
WORDS = TEXT.split()


def _posting(
    conn: psycopg.Connection[Any],
    n: int,
    text: str = TEXT,
    *,
    vector: np.ndarray[Any, Any] | None = None,
    company: int | None = None,
    country: str | None = None,
) -> int:
    page = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
        " VALUES (%s, 'test', md5(%s), 'raw', md5(%s), 1) RETURNING id",
        (f"https://a.example/{n}", str(n), str(n)),
    ).fetchone()
    assert page is not None
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title, description_text,"
        " embedding, company_id, country_code)"
        " VALUES (%s, %s, 'test', 'jsonld', %s, 'Data Engineer', %s, %s::vector, %s, %s) RETURNING id",
        (
            page["id"],
            f"https://a.example/{n}",
            Jsonb({"company_name": "Acme"}),
            text,
            None if vector is None else str(vector.tolist()),
            company,
            country,
        ),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def _unit(seed: int) -> np.ndarray[Any, Any]:
    vector = np.random.default_rng(seed).normal(size=384)
    return np.asarray(vector / np.linalg.norm(vector), dtype=np.float32)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the near and semantic stages queried the database (the real functions, counted)."""
    counted = {"near": 0, "semantic": 0}
    near, semantic = duplicates.near_candidates, postings.semantic_candidates

    def near_candidates(*args: Any) -> Any:
        counted["near"] += 1
        return near(*args)

    def semantic_candidates(*args: Any) -> Any:
        counted["semantic"] += 1
        return semantic(*args)

    monkeypatch.setattr(duplicates, "near_candidates", near_candidates)
    monkeypatch.setattr(postings, "semantic_candidates", semantic_candidates)
    return counted


def test_an_exact_copy_is_decided_without_the_near_and_semantic_stages(
    db: str, calls: dict[str, int]
) -> None:
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        original = _posting(conn, 1, vector=_unit(1))
        copy = _posting(conn, 2, vector=_unit(1))
    assert deduplicate(original)["candidate_id"] is None
    assert calls == {"near": 1, "semantic": 1}  # nothing decided: every stage ran

    verdict = deduplicate(copy)

    assert (verdict["candidate_id"], verdict["kind"], verdict["verdict"]) == (original, "exact", "exact")
    assert calls == {"near": 1, "semantic": 1}


def test_a_near_copy_is_decided_without_the_semantic_stage(db: str, calls: dict[str, int]) -> None:
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        original = _posting(conn, 1, vector=_unit(1))
        near = _posting(conn, 2, TEXT + " we reply within a week", vector=_unit(1))
    deduplicate(original)

    verdict = deduplicate(near)

    assert (verdict["candidate_id"], verdict["kind"]) == (original, "near")
    assert verdict["similarity"] >= 0.8
    assert calls == {"near": 2, "semantic": 1}


def test_a_text_short_of_near_still_gets_its_semantic_stage(db: str, calls: dict[str, int]) -> None:
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        original = _posting(conn, 1, vector=_unit(1))
        reworded = _posting(conn, 2, " ".join(reversed(WORDS)), vector=_unit(1))
    deduplicate(original)

    verdict = deduplicate(reworded)

    assert calls == {"near": 2, "semantic": 2}
    assert (verdict["candidate_id"], verdict["kind"]) == (original, "semantic")


def _near(base: np.ndarray[Any, Any], seed: int, noise: float) -> np.ndarray[Any, Any]:
    vector = base + noise * _unit(seed)
    return np.asarray(vector / np.linalg.norm(vector), dtype=np.float32)


def _block(db: str, country: str | None) -> tuple[dict[str, int], set[int]]:
    """A probe of company 1 in DE, ten other companies' postings nearest to it, and company 1's
    postings in DE, in FR (nearer than the DE one) and of no country; (those three by name, the ids
    semantic_candidates returns for the probe given ``country``)."""
    probe_vector = _unit(0)
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        for name in ("Acme", "Other"):
            conn.execute(
                "INSERT INTO companies (name, normalized_name, blocking_key) VALUES (%s, %s, %s)",
                (name, name.lower(), name.lower()[:4]),
            )
        probe = _posting(conn, 0, vector=probe_vector, company=1, country="DE")
        for n in range(1, 11):
            _posting(conn, n, vector=_near(probe_vector, n, 0.1), company=2, country="DE")
        own = {
            "de": _posting(conn, 11, vector=_near(probe_vector, 11, 2.0), company=1, country="DE"),
            "fr": _posting(conn, 12, vector=_near(probe_vector, 12, 0.5), company=1, country="FR"),
            "none": _posting(conn, 13, vector=_near(probe_vector, 13, 2.0), company=1),
        }
        conn.execute(
            "INSERT INTO posting_signatures (posting_id, content_hash, minhash)"
            " SELECT id, md5(id::text), '{1}' FROM postings WHERE id <> %s",
            (probe,),
        )
        register_vector(conn)
        with conn.transaction():
            rows = postings.semantic_candidates(conn, probe, probe_vector, 1, 10, country)
    return own, {int(r["id"]) for r in rows}


def test_the_company_block_keeps_to_the_postings_country_and_postings_of_none(db: str) -> None:
    own, found = _block(db, "DE")
    assert own["de"] in found and own["none"] in found
    assert own["fr"] not in found  # a location conflict for the deep check whatever its cosine
    assert len(found) == 12  # the ten nearest overall (the other company) and the two


def test_a_posting_of_no_country_gets_its_companys_whole_block(db: str) -> None:
    own, found = _block(db, None)
    assert set(own.values()) <= found and len(found) == 13
