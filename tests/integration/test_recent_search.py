"""Index optimization keeps a partial GIN index of the newest published postings, hybrid search's text
side asks it first and the whole table only when too few match there, and the results are the same as
without it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from hirehound.config import get_settings
from hirehound.db import recent_search, search
from hirehound.db.search import SearchFilters, hybrid_search
from hirehound.maintenance import indexes
from psycopg.rows import dict_row

pytestmark = pytest.mark.integration

Conn = psycopg.Connection[dict[str, Any]]
START = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("HIREHOUND_SEARCH_RECENT_WINDOW", "100")
    monkeypatch.setenv("HIREHOUND_SEARCH_RECENT_MIN_PUBLISHED", "400")
    monkeypatch.setattr(search, "TEXT_POOL", 20)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _postings(conn: Conn, first: int, count: int) -> None:
    """``count`` published postings, one a minute from ``START + first`` minutes; every one is a
    "nurse" job, every 7th also "python", every 40th also "welder" (too rare for the window)."""
    for i in range(first, first + count):
        words = " ".join(w for w, every in (("nurse", 1), ("python", 7), ("welder", 40)) if i % every == 0)
        conn.execute(
            "WITH page AS (INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
            " VALUES ('https://a.example/' || gen_random_uuid(), 'test', gen_random_uuid()::text, 'raw',"
            " gen_random_uuid()::text, 1) RETURNING id, url)"
            " INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title, country_code,"
            " status, published_at, search_document)"
            " SELECT id, url, 'test', 'jsonld', '{}', %(title)s, %(country)s, 'published', %(at)s,"
            " to_tsvector('english', %(title)s || ' ' || %(words)s) FROM page",
            {
                "title": f"Job {i}",
                "country": ("DE", "SE")[i % 2],
                "at": START + timedelta(minutes=i),
                "words": words,
            },
        )


def _ids(conn: Conn, text: str, country: str | None = None) -> list[int]:
    return [row["id"] for row in hybrid_search(conn, text, None, SearchFilters(country_code=country))]


def _recent_index_scans(conn: Conn) -> int:
    conn.execute("SELECT pg_stat_force_next_flush()")
    time.sleep(0.2)
    conn.execute("SELECT pg_stat_clear_snapshot()")
    row = conn.execute(
        "SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = %s", (recent_search.INDEX,)
    ).fetchone()
    return int(row["idx_scan"]) if row else -1


#: "nurse" (100 in the window, 50 of them in DE) fills the pool of 20 there; the others do not (python:
#: 14 in the window, 7 in SE; welder 3): their second step reads the whole table.
QUERIES = [
    ("nurse", None),
    ("nurse", "DE"),
    ("python", None),
    ("python", "SE"),
    ("welder", None),
    ("nurse python", "DE"),
]


def test_the_newest_postings_index_answers_first_with_the_same_results(db: str, settings: None) -> None:
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        _postings(conn, 0, 399)
        conn.execute("ANALYZE postings")
        assert indexes.run()["recent_search_index"] == []  # 399 published: below the 400 wanted

        _postings(conn, 399, 1)
        conn.execute("ANALYZE postings")
        expected = {query: _ids(conn, *query) for query in QUERIES}  # one step, the whole table
        assert indexes.run()["recent_search_index"] == ["create_index"]
        assert recent_search.horizon(conn) == START + timedelta(minutes=300)  # the 100th newest
        log = conn.execute(
            "SELECT action, live_rows FROM index_maintenance_log WHERE relation = %s", (recent_search.INDEX,)
        ).fetchall()
        assert log == [{"action": "create_index", "live_rows": 400}]
        assert indexes.run()["recent_search_index"] == []  # 100 since the horizon: kept

        # this small a table is best read whole or walked: leave the planner the bitmap scans
        conn.execute("SET enable_seqscan = off; SET enable_indexscan = off")
        before = _recent_index_scans(conn)
        for query in QUERIES:
            assert _ids(conn, *query) == expected[query], query
        assert len(expected[("nurse", None)]) == 10 and len(expected[("welder", None)]) == 10
        # the first step of every query without a filter asks the newest postings' index (a country's
        # may read that country's newest rows by its b-tree instead)
        unfiltered = sum(country is None for _, country in QUERIES)
        deadline = time.monotonic() + 10
        while _recent_index_scans(conn) < before + unfiltered:
            assert time.monotonic() < deadline, f"{_recent_index_scans(conn) - before} scans"

        _postings(conn, 400, 100)  # 200 since the horizon: two windows, a newer horizon
        conn.execute("ANALYZE postings")
        assert indexes.run()["recent_search_index"] == ["create_index"]
        assert recent_search.horizon(conn) == START + timedelta(minutes=400)
        names = {r["indexname"] for r in conn.execute("SELECT indexname FROM pg_indexes")}
        assert recent_search.INDEX in names and "postings_search_recent_next_idx" not in names
        twenty_newest = conn.execute("SELECT id FROM postings ORDER BY published_at DESC LIMIT 20").fetchall()
        assert set(_ids(conn, "nurse")) <= {row["id"] for row in twenty_newest}

        conn.execute(
            "UPDATE postings SET status = 'expired' WHERE published_at < %s",
            (START + timedelta(minutes=350),),
        )
        assert indexes.run()["recent_search_index"] == ["drop_index"]  # 150 published: below half of 400
        assert recent_search.horizon(conn) is None
