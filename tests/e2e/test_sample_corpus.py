"""The bundled corpus end to end through IngestionBatch, twice (as `make demo` run twice), checked
against its labels.

Pages run concurrently, so which copy of a job becomes canonical is not fixed: clusters are compared
as groups, not by which member is canonical. The floors below are what the pipeline reaches today
(see the issue notes); a regression under them fails.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import psycopg
import pytest
from hirehound_local.cloud import LocalCloud
from hirehound_local.corpus import load_corpus
from hirehound_local.ingest_runner import ingest_pages

pytestmark = pytest.mark.e2e


def _open_letters(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    return conn.execute(
        "SELECT item_key, stage, occurrences FROM dead_letters WHERE state = 'open' ORDER BY item_key"
    ).fetchall()


def _postings(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    return conn.execute(
        "SELECT p.id, p.status::text AS status, p.company_id, m.cluster_id FROM postings p"
        " LEFT JOIN cluster_members m ON m.posting_id = p.id AND m.left_at IS NULL ORDER BY p.id"
    ).fetchall()


@pytest.fixture
def ingested(cloud: LocalCloud, conn: psycopg.Connection[Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The corpus ingested twice, as `make demo` run twice does; the second run must change nothing."""
    pages = load_corpus()
    report = ingest_pages(cloud, pages, batch_size=50, timeout_s=1800)
    assert all(batch.status == "SUCCEEDED" for batch in report.batches)
    first = {"letters": _open_letters(conn), "postings": _postings(conn)}
    again = ingest_pages(cloud, pages, batch_size=50, timeout_s=1800)
    assert all(batch.status == "SUCCEEDED" for batch in again.batches)
    rows = conn.execute(
        "SELECT r.url, p.id, p.status::text AS status, p.spam_verdict, m.cluster_id FROM raw_pages r"
        " LEFT JOIN postings p ON p.raw_page_id = r.id"
        " LEFT JOIN cluster_members m ON m.posting_id = p.id AND m.left_at IS NULL"
    ).fetchall()
    dead = {r["item_key"] for r in conn.execute("SELECT item_key FROM dead_letters").fetchall()}
    by_url = {r["url"]: r for r in rows}
    outcome = {
        page.url: "dead_letter" if page.url in dead else by_url.get(page.url, {}).get("status", "missing")
        for page in pages
    }
    return [page.labels for page in pages], {
        "rows": by_url,
        "outcome": outcome,
        "report": report,
        "again": again,
        "first": first,
        "second": {"letters": _open_letters(conn), "postings": _postings(conn)},
    }


def assert_the_second_run_changed_nothing(labels: list[dict[str, Any]], result: dict[str, Any]) -> None:
    """Issue 17: the 6 broken pages leave 6 open letters after two runs (12 before), 2 failures each."""
    first, second = result["first"], result["second"]
    broken = sorted(label["url"] for label in labels if label["expect"] == "dead_letter")
    assert len(broken) == 6
    assert [letter["item_key"] for letter in first["letters"]] == broken
    assert [letter["item_key"] for letter in second["letters"]] == broken  # 6 letters, not 12
    assert {letter["occurrences"] for letter in second["letters"]} == {2}  # each failed once per run
    assert second["postings"] == first["postings"]
    assert result["again"].outcomes == result["report"].outcomes


@pytest.mark.timeout(2400)  # two passes of 250 pages: 4-11 minutes on this 2-core machine
def test_the_corpus_run_twice_changes_nothing_and_ends_as_its_labels_say(
    ingested: tuple[list[dict[str, Any]], dict[str, Any]],
) -> None:
    labels, result = ingested
    assert_the_second_run_changed_nothing(labels, result)
    outcome, rows = result["outcome"], result["rows"]

    # Nothing is lost: every page ends published, duplicate, rejected or dead-lettered.
    assert set(outcome.values()) <= {"published", "duplicate", "rejected", "dead_letter"}
    assert sum(result["report"].outcomes.values()) == len(labels)
    # Broken pages, and only they, are dead letters.
    assert {u for u, o in outcome.items() if o == "dead_letter"} == {
        label["url"] for label in labels if label["expect"] == "dead_letter"
    }

    # Duplicate clusters: a labelled duplicate shares the DB cluster of its labelled canonical page.
    canonical = {
        item["cluster"]: item["url"]
        for item in labels
        if item["duplicate_kind"] is None and not item["broken"]
    }
    found: dict[str, list[bool]] = defaultdict(list)
    for label in labels:
        if label["duplicate_kind"] and not label["spam"]:
            mine, theirs = rows[label["url"]], rows[canonical[label["cluster"]]]
            found[label["duplicate_kind"]].append(mine["cluster_id"] == theirs["cluster_id"] is not None)
    rate = {kind: sum(hits) / len(hits) for kind, hits in found.items()}
    assert rate["exact"] == 1.0
    assert rate["near"] >= 0.9
    # 15 of 15 measured (2 of 15 before the deep check blocked neighbours on company, title and place);
    # the floor leaves room for the order in which concurrent pages meet their duplicates.
    assert rate["semantic"] >= 0.8

    # No two different labelled jobs share a cluster (no false merges).
    members: dict[int, set[str]] = defaultdict(set)
    for label in labels:
        if label["expect"] != "dead_letter" and rows[label["url"]]["cluster_id"] is not None:
            members[rows[label["url"]]["cluster_id"]].add(label["cluster"])
    assert all(len(jobs) == 1 for jobs in members.values())

    # Spam: nothing legitimate is rejected; most spam is.
    spam = [item for item in labels if item["spam"]]
    ham = [item for item in labels if not item["spam"] and item["expect"] != "dead_letter"]
    assert not [item["file"] for item in ham if outcome[item["url"]] == "rejected"]
    assert sum(outcome[item["url"]] == "rejected" for item in spam) / len(spam) >= 0.7

    # Published: one per distinct legitimate job, minus the duplicates the pipeline did not catch.
    published = Counter(outcome.values())["published"]
    jobs = len({item["cluster"] for item in ham})
    missed = sum(len(hits) - sum(hits) for hits in found.values())
    assert published == jobs + missed + sum(outcome[item["url"]] == "published" for item in spam)
