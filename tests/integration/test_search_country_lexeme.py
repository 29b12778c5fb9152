"""Migration 0170's index of the search document with the country as a lexeme: hybrid search's
whole-table text step matches through it exactly what the plain document and the country clause match,
and is planned through it."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from hirehound.db import search
from hirehound.db.search import SearchFilters

pytestmark = pytest.mark.integration

#: (country_code, text): NULL and empty codes carry no lexeme; a lower-case one still only matches its
#: own filter's upper-cased value, never a query word.
ROWS = [
    ("DE", "Senior Python engineer, data platform"),
    ("DE", "Nurse for the night shift"),
    ("SE", "Python data engineer in Stockholm"),
    ("SE", "Welder, country sg office"),
    ("SG", "Data engineer Singapore"),
    (None, "Python engineer anywhere"),
    ("", "Python engineer, empty country"),
    ("de", "Python engineer, lower-case country"),
]
QUERIES = [
    "python",
    "python engineer",
    '"data engineer"',  # a phrase: positions are the document's own
    "-python",  # negation only
    "python -data",
    "the",  # no lexemes: matches nothing
    "country sg",
    "COUNTRY=DE",
    "python or nurse",
]
COUNTRIES = [None, "DE", "de", "SE", "SG", "US", "x'y", "D\\E"]


def _seed(conn: psycopg.Connection[Any]) -> None:
    for i, (country, text) in enumerate(ROWS):
        conn.execute(
            "WITH page AS (INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
            " VALUES (%(url)s, 'test', %(url)s, 'raw', %(url)s, 1) RETURNING id, url)"
            " INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title, country_code,"
            " status, published_at, search_document)"
            " SELECT id, url, 'test', 'jsonld', '{}', %(text)s, %(country)s, 'published', now(),"
            " setweight(to_tsvector('english', %(text)s), 'A') FROM page",
            {"url": f"https://a.example/{i}", "text": text, "country": country},
        )


def _matches(conn: psycopg.Connection[Any], condition: str, params: dict[str, Any]) -> set[int]:
    query = (
        f"SELECT p.id FROM postings p, websearch_to_tsquery('english', %(text)s) q WHERE {condition}"
    ).encode()
    return {row[0] for row in conn.execute(query, params)}


def test_the_country_lexeme_matches_as_the_document_and_the_country_clause_do(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        _seed(conn)
        for text in QUERIES:
            for country in COUNTRIES:
                filters = SearchFilters(country_code=country)
                where, params = search._where(filters)
                whole, _ = search._where(filters, country=False)
                params["text"] = text
                expected = _matches(conn, f"{where} AND p.search_document @@ q", params)
                found = _matches(conn, f"{whole} AND {search._whole_table_match(filters)}", params)
                assert found == expected, (text, country)
        german = search._whole_table_match(SearchFilters(country_code="DE"))
        assert len(_matches(conn, german, {"text": "python", "country": "DE"})) == 1  # not vacuous


def test_the_whole_table_step_is_planned_through_the_country_index(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(  # 3,000 nurses in two countries, one python: a rare word, read by the GIN index
            "WITH pages AS (INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
            " SELECT 'https://b.example/' || i, 'test', i::text, 'raw', i::text, 1"
            " FROM generate_series(1, 3000) i RETURNING id, url)"
            " INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title, country_code,"
            " status, published_at, search_document)"
            " SELECT id, url, 'test', 'jsonld', '{}', 'Nurse', (ARRAY['DE', 'SE'])[id % 2 + 1], 'published',"
            " now(), to_tsvector('english', CASE WHEN id = 7 THEN 'python nurse' ELSE 'nurse' END) FROM pages"
        )
        conn.execute("ANALYZE postings")
        for filters in (SearchFilters(), SearchFilters(country_code="DE")):
            whole, params = search._where(filters, country=False)
            query = (
                "EXPLAIN SELECT p.id FROM postings p, websearch_to_tsquery('english', 'python') q"
                f" WHERE {whole} AND {search._whole_table_match(filters)}"
            )
            plan = "\n".join(str(row[0]) for row in conn.execute(query.encode(), params))
            assert "postings_search_country_idx" in plan, plan
            assert "country_code = " not in plan  # the country is a lexeme of the index scan
        # the plain document has no index of the whole table left: only the newest postings' partial
        # one can serve the first step
        indexed = conn.execute(
            "SELECT count(*) FROM pg_indexes WHERE tablename = 'postings'"
            " AND indexdef LIKE '%%gin (search_document)%%' AND indexdef NOT LIKE '%%WHERE%%'"
        ).fetchone()
        assert indexed == (0,)
