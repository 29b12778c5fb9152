"""Index optimization keeps a partial HNSW index per large country, and country-filtered hybrid search
uses it, also once psycopg has prepared the statement."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import psycopg
import pytest
from hirehound.config import get_settings
from hirehound.db import country_indexes
from hirehound.db.search import SearchFilters, hybrid_search
from hirehound.maintenance import indexes
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row

pytestmark = pytest.mark.integration

Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("HIREHOUND_COUNTRY_INDEX_MIN_PUBLISHED", "250")
    monkeypatch.setenv("HIREHOUND_COUNTRY_INDEX_MAX_SHARE", "0.6")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _postings(conn: Conn, country: str, count: int, rng: np.random.Generator) -> None:
    vectors = rng.normal(size=(count, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    with conn.cursor() as cur:
        for vector in vectors:
            cur.execute(
                "WITH page AS (INSERT INTO raw_pages"
                " (url, source, body_sha256, bucket, object_key, size_bytes)"
                " VALUES ('https://a.example/' || gen_random_uuid(), 'test', gen_random_uuid()::text, 'raw',"
                " gen_random_uuid()::text, 1) RETURNING id, url)"
                " INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title,"
                " country_code, status, published_at, embedding, search_document)"
                " SELECT id, url, 'test', 'jsonld', '{}', 'Data Engineer', %s, 'published', now(), %s,"
                " to_tsvector('english', 'data engineer') FROM page",
                (country, vector),
            )


def _index_scans(conn: Conn, name: str) -> int:
    conn.execute("SELECT pg_stat_clear_snapshot()")
    row = conn.execute(
        "SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = %s", (name,)
    ).fetchone()
    return int(row["idx_scan"]) if row else -1


def test_a_large_country_gets_its_own_graph_which_its_searches_use(db: str, settings: None) -> None:
    rng = np.random.default_rng(7)
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        register_vector(conn)
        _postings(conn, "SE", 300, rng)
        _postings(conn, "DE", 200, rng)  # below the 250 wanted
        conn.execute("ANALYZE postings")

        done = indexes.run()
        assert done["country_indexes_built"] == ["postings_embedding_half_country_se"]
        assert country_indexes.existing(conn) == {"SE": True}
        log = conn.execute("SELECT relation, action, live_rows FROM index_maintenance_log").fetchall()
        assert {
            "relation": "postings_embedding_half_country_se",
            "action": "create_index",
            "live_rows": 300,
        } in log
        assert indexes.run()["country_indexes_built"] == []  # built already

        name = country_indexes.index_name("SE")
        before = _index_scans(conn, name)
        query = rng.normal(size=384).astype(np.float32)
        with psycopg.connect(db, autocommit=True, row_factory=dict_row) as searcher:
            register_vector(searcher)
            # this small a table is best read whole and sorted: leave the planner the two graphs
            searcher.execute("SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off")
            for _ in range(
                12
            ):  # psycopg prepares it from the 5th run, Postgres plans it generic after 5 more
                hits = hybrid_search(searcher, "engineer", query, SearchFilters(country_code="se"))
                assert len(hits) == 10 and {h["country_code"] for h in hits} == {"SE"}
            hybrid_search(searcher, "engineer", query, SearchFilters(country_code="DE"))
            searcher.execute("SELECT pg_stat_force_next_flush()")
        deadline = time.monotonic() + 10
        while _index_scans(conn, name) < before + 12:
            assert time.monotonic() < deadline, (
                f"{name} scanned {_index_scans(conn, name) - before} times, not 12"
            )
            time.sleep(0.2)
        time.sleep(1.5)
        assert _index_scans(conn, name) == before + 12  # not by the search in DE

        conn.execute(
            "UPDATE postings SET status = 'expired' WHERE id IN"
            " (SELECT id FROM postings WHERE country_code = 'SE' ORDER BY id LIMIT 200)"
        )
        assert indexes.run()["country_indexes_dropped"] == [name]  # 100 left: below half of 250
        assert country_indexes.existing(conn) == {}


def test_a_country_index_name_takes_only_a_country_code() -> None:
    assert country_indexes.index_name("GB") == "postings_embedding_half_country_gb"
    with pytest.raises(ValueError, match="not a country code"):
        country_indexes.index_name("gb; DROP TABLE postings")
