"""Hybrid search on seeded postings: ranking, every filter, and each side (keywords, meaning) on its own.

Postings are indexed as the pipeline does it: skills via ``skills.replace_posting_skills``, the
full-text document via ``postings.update_search_document``, embeddings from the local MiniLM model.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hirehound.db import postings, skills
from hirehound.db.pool import Connection, transaction
from hirehound.db.search import tagged_document
from hirehound.embeddings import MiniLMEmbedder
from hirehound.search import SearchFilters, SearchHit, search

pytestmark = pytest.mark.integration

JOBS: list[dict[str, Any]] = [
    {
        "key": "py-berlin",
        "title": "Senior Python Backend Engineer",
        "company": "Acme Corp",
        "description": "Build backend services in Python and Django on PostgreSQL; design REST APIs.",
        "city": "Berlin",
        "country": "DE",
        "remote": "remote",
        "employment": "full_time",
        "seniority": "senior",
        "salary": (70000, 90000, "EUR"),
        "skills": ["Python", "Django", "PostgreSQL"],
    },
    {
        "key": "py-munich",
        "title": "Python Developer",
        "company": "Globex",
        "description": "Maintain internal tools and data scripts written in Python. Office-based team.",
        "city": "Munich",
        "country": "DE",
        "remote": "onsite",
        "employment": "full_time",
        "seniority": "mid",
        "salary": (50000, 58000, "EUR"),
        "skills": ["Python"],
    },
    {
        "key": "go-london",
        "title": "Backend Engineer (Go)",
        "company": "Initech",
        "description": "Write backend microservices in Go with Kubernetes and PostgreSQL.",
        "city": "London",
        "country": "GB",
        "remote": "hybrid",
        "employment": "contract",
        "seniority": "senior",
        "salary": (80000, 95000, "GBP"),
        "skills": ["Go", "Kubernetes", "PostgreSQL"],
    },
    {
        "key": "nurse",
        "title": "Registered Nurse",
        "company": "Umbrella Health",
        "description": "Provide patient care on a busy hospital ward: administer medication, monitor"
        " vital signs and work with physicians on treatment plans.",
        "city": "Austin",
        "country": "US",
        "remote": "onsite",
        "employment": "part_time",
        "seniority": "mid",
        "salary": None,
        "skills": [],
    },
    {
        "key": "chef",
        "title": "Sous Chef",
        "company": "Bistro Verde",
        "description": "Run the kitchen line, prepare seasonal menus and train junior cooks.",
        "city": "Austin",
        "country": "US",
        "remote": "onsite",
        "employment": "full_time",
        "seniority": "senior",
        "salary": (52000, 60000, "USD"),
        "skills": [],
    },
    {
        "key": "py-draft",
        "title": "Python Backend Engineer",
        "company": "Acme Corp",
        "description": "Python backend engineer (not yet published).",
        "city": "Berlin",
        "country": "DE",
        "remote": "remote",
        "employment": "full_time",
        "seniority": "senior",
        "salary": (70000, 90000, "EUR"),
        "skills": ["Python"],
        "status": "processing",
    },
]


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def _seed(conn: Connection, job: dict[str, Any], embedder: MiniLMEmbedder) -> int:
    company = conn.execute(
        "INSERT INTO companies (name, normalized_name, blocking_key) VALUES (%s, lower(%s), %s)"
        " ON CONFLICT (normalized_name) WHERE domain IS NULL DO UPDATE SET name = EXCLUDED.name"
        " RETURNING id",
        (job["company"], job["company"], job["company"][:3].lower()),
    ).fetchone()
    assert company is not None
    url = f"https://jobs.example.com/{job['key']}"
    page = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
        " VALUES (%s, 'jobs.example.com', %s, 'b', %s, 1) RETURNING id",
        (url, job["key"], job["key"]),
    ).fetchone()
    assert page is not None
    low, high, currency = job["salary"] or (None, None, None)
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title, description_text,"
        " company_id, city, country_code, remote_mode, employment_type, seniority, salary_annual_min,"
        " salary_annual_max, salary_currency, status)"
        " VALUES (%s, %s, 'jobs.example.com', 'generic', '{}', %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
        " %s, %s) RETURNING id",
        (
            page["id"],
            url,
            job["title"],
            job["description"],
            company["id"],
            job["city"],
            job["country"],
            job["remote"],
            job["employment"],
            job["seniority"],
            low,
            high,
            currency,
            job.get("status", "published"),
        ),
    ).fetchone()
    assert row is not None
    posting_id = int(row["id"])
    skills.replace_posting_skills(conn, posting_id, [(name, "technology", 1) for name in job["skills"]])
    postings.update_search_document(conn, posting_id)
    vector = embedder.embed([f"{job['title']}\n{job['description']}"])[0]
    postings.save_embedding(conn, posting_id, vector)
    return posting_id


@pytest.fixture
def seeded(db: str, minilm: MiniLMEmbedder) -> Iterator[tuple[Connection, dict[int, str]]]:
    with transaction() as conn:
        ids = {_seed(conn, job, minilm): job["key"] for job in JOBS}
    with transaction() as conn:
        yield conn, ids


def _keys(hits: list[SearchHit], ids: dict[int, str]) -> list[str]:
    return [ids[hit.id] for hit in hits]


def test_ranking_puts_the_posting_matching_keywords_and_meaning_first(
    seeded: tuple[Connection, dict[int, str]], minilm: MiniLMEmbedder
) -> None:
    conn, ids = seeded
    hits = search(conn, "python backend", embedder=minilm)
    keys = _keys(hits, ids)
    assert keys[0] == "py-berlin"
    assert hits[0].text_rank == 1 and hits[0].vector_rank == 1
    assert keys.index("py-munich") < keys.index("nurse")
    assert keys.index("go-london") < keys.index("chef")
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert "py-draft" not in keys  # only published postings


def test_each_filter_restricts_the_hits(
    seeded: tuple[Connection, dict[int, str]], minilm: MiniLMEmbedder
) -> None:
    conn, ids = seeded

    def found(**filters: Any) -> set[str]:
        return set(_keys(search(conn, "engineer", SearchFilters(**filters), embedder=minilm), ids))

    everything = found()
    assert {"py-berlin", "py-munich", "go-london", "nurse", "chef"} <= everything
    assert found(country_code="de") == {"py-berlin", "py-munich"}
    assert found(city="austin") == {"nurse", "chef"}
    assert found(remote_mode="remote") == {"py-berlin"}
    assert found(employment_type="contract") == {"go-london"}
    assert found(seniority="senior") == {"py-berlin", "go-london", "chef"}
    assert found(min_salary=60000) == {"py-berlin", "go-london", "chef"}
    assert found(min_salary=60000, currency="eur") == {"py-berlin"}
    assert found(skills=["postgresql"]) == {"py-berlin", "go-london"}
    assert found(skills=["PostgreSQL", "Django"]) == {"py-berlin"}
    assert found(company="acme") == {"py-berlin"}
    assert found(country_code="DE", remote_mode="remote", min_salary=60000) == {"py-berlin"}
    assert found(company="100%_off") == set()  # LIKE wildcards in the filter are literal


def test_the_vector_side_finds_meaning_without_shared_words_and_the_text_side_exact_terms(
    seeded: tuple[Connection, dict[int, str]], minilm: MiniLMEmbedder
) -> None:
    conn, ids = seeded
    # No word of this query occurs in any posting: only the embedding can find the nurse.
    semantic = search(conn, "caring for sick people in a clinic", embedder=minilm)
    assert semantic[0].id in ids and ids[semantic[0].id] == "nurse"
    assert semantic[0].text_rank is None and semantic[0].vector_rank == 1

    exact = search(conn, "Django", embedder=minilm)
    assert ids[exact[0].id] == "py-berlin"
    assert exact[0].text_rank == 1
    assert [hit for hit in exact if hit.text_rank is not None] == [exact[0]]


def test_a_blank_query_finds_nothing(seeded: tuple[Connection, dict[int, str]]) -> None:
    conn, _ = seeded
    assert search(conn, "   ") == []


def test_the_cli_prints_a_table(
    seeded: tuple[Connection, dict[int, str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    from hirehound_local.cli import main
    from hirehound_local.console import console

    monkeypatch.setenv("HIREHOUND_EMBEDDER", "local")
    monkeypatch.setattr(console, "width", 200)  # no wrapped titles, whatever the terminal
    assert main(["--home", str(tmp_path), "search", "python backend", "--country", "DE", "--remote"]) == 0
    out = capsys.readouterr().out
    assert "Senior Python Backend Engineer" in out
    assert "Python Developer" not in out  # on-site in Munich: filtered out


def test_the_text_side_is_served_by_the_gin_index(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute("SET enable_seqscan = off")
        plan = "\n".join(
            str(row[0])
            for row in conn.execute(
                f"EXPLAIN SELECT id FROM postings p"
                f" WHERE {tagged_document()} @@ websearch_to_tsquery('english', 'x')".encode()
            )
        )
    assert "postings_search_country_idx" in plan


def test_the_search_document_stays_in_the_row_and_a_long_description_goes_to_toast(
    db: str, minilm: MiniLMEmbedder
) -> None:
    # Migration 0140: the text side reads every candidate's document (its @@ test when it walks the
    # published postings newest first, ts_rank_cd on its pool); out of line, each read was a TOAST fetch.
    duties = (
        "Own the data platform roadmap with product and analytics stakeholders.",
        "Design streaming pipelines in Kafka and Flink, batch jobs in Spark and dbt models on Snowflake.",
        "Review pull requests, mentor two junior engineers and run the on-call rotation every sixth week.",
        "Keep the warehouse costs in check and write the quarterly capacity plan for finance.",
    )
    job = JOBS[0] | {"key": "long-ad", "title": "Staff Data Platform Engineer"}
    job["description"] = " ".join(f"{duty} (Team {n})" for n in range(12) for duty in duties)
    with transaction() as conn:
        posting_id = _seed(conn, job, minilm)
        row = conn.execute(
            "SELECT pg_column_toast_chunk_id(search_document) AS document_chunk,"
            " pg_column_toast_chunk_id(description_text) AS description_chunk,"
            " pg_column_size(search_document) AS document_bytes FROM postings WHERE id = %s",
            (posting_id,),
        ).fetchone()
    assert row is not None and row["document_bytes"] > 1000  # large enough that TOAST would take it
    assert row["document_chunk"] is None
    assert row["description_chunk"] is not None
