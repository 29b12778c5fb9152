"""Cluster, the stage that starts or joins duplicate clusters, run for a page and its duplicate at once:
the corpus's exact duplicate pair, ingested concurrently, once raised cluster_members_current_uq (both
transactions started the canonical posting's cluster) and the page became a dead letter."""

from __future__ import annotations

import threading
from typing import Any

import psycopg
import pytest
from hirehound.ingest.duplicates import cluster

pytestmark = pytest.mark.integration


def _posting(conn: psycopg.Connection[tuple[Any, ...]], key: str) -> int:
    page = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
        " VALUES (%s, 'jobs.example.com', %s, 'b', %s, 1) RETURNING id",
        (f"https://jobs.example.com/{key}", key, key),
    ).fetchone()
    assert page is not None
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title)"
        " VALUES (%s, %s, 'jobs.example.com', 'generic', '{}', 'Data Engineer') RETURNING id",
        (page[0], f"https://jobs.example.com/{key}"),
    ).fetchone()
    assert row is not None
    return int(row[0])


def test_a_page_and_its_duplicate_clustered_at_once_make_one_cluster(db: str) -> None:
    rounds = 20
    with psycopg.connect(db, autocommit=True) as conn:
        pairs = [(_posting(conn, f"a{n}"), _posting(conn, f"b{n}")) for n in range(rounds)]
    errors: list[BaseException] = []

    def run(posting_id: int, candidate_id: int | None, start: threading.Barrier) -> None:
        start.wait()
        try:
            cluster(
                posting_id, candidate_id, "exact" if candidate_id else None, 1.0 if candidate_id else None
            )
        except BaseException as exc:  # collected for the main thread
            errors.append(exc)

    for canonical, duplicate in pairs:
        start = threading.Barrier(2)
        threads = [
            threading.Thread(target=run, args=(canonical, None, start)),  # the original keeps its cluster
            threading.Thread(target=run, args=(duplicate, canonical, start)),  # its copy joins it
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert errors == []
    with psycopg.connect(db) as conn:
        clusters = conn.execute(
            "SELECT count(DISTINCT cluster_id), count(*) FROM cluster_members WHERE left_at IS NULL"
        ).fetchone()
    assert clusters == (rounds, 2 * rounds)
