"""The bundled corpus end to end, checked against its labels, along both ways in: through
IngestionBatch (what `demo` runs) and, as a WARC written with warcio, through `hirehound ingest` (raw
bucket, IngestPages, IngestStart, one Ingestion run per page). Each path runs in a database of its own;
this is the suite's one full-corpus comparison of the two. IngestionBatch runs twice, as `make demo` run
twice does: the second pass must change nothing (issue 17: 6 open letters, not 12).

Pages run concurrently, so which copy of a job becomes canonical is not fixed: clusters are compared
as groups, not by which member is canonical. The floors below are what the pipeline reaches today
(see the issue notes); a regression under them fails. Between the two paths, everything that does not
depend on that order is equal: the pages dead-lettered (with their stage and reason), the pages
rejected, and the jobs published.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hirehound.companies.identity import pairwise_precision_recall
from hirehound.db.pool import close_pool
from hirehound_local.cli import main
from hirehound_local.cloud import LocalCloud
from hirehound_local.corpus import SamplePage, load_corpus
from hirehound_local.ingest_runner import ingest_pages
from hirehound_local.postgres import create_database
from psycopg import sql
from psycopg.rows import dict_row

from tests.conftest import TEMPLATE
from tests.fakes.warc import write_pages

# Three full passes in the module's first test: 6-12 minutes here on a quiet machine, more under load.
pytestmark = [pytest.mark.e2e, pytest.mark.timeout(2400)]

PATHS = ("IngestionBatch", "ingest WARC")

# Per page (url + bytes: four URLs of the corpus were scraped twice with different bytes), in label order.
PAGE_ROWS = """
SELECT i.n, p.id AS posting_id, p.status::text AS status, m.cluster_id,
       coalesce(c.merged_into, c.id) AS company_id,
       (SELECT d.stage || ': ' || d.error_message FROM dead_letters d
         WHERE d.workflow = 'ingestion' AND d.item_key = i.url ORDER BY d.id LIMIT 1) AS dead_letter
FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS i(url, sha, n)
LEFT JOIN raw_pages r ON r.url = i.url AND r.body_sha256 = i.sha
LEFT JOIN postings p ON p.raw_page_id = r.id
LEFT JOIN companies c ON c.id = p.company_id
LEFT JOIN cluster_members m ON m.posting_id = p.id AND m.left_at IS NULL
ORDER BY i.n
"""


OPEN_LETTERS = "SELECT item_key, stage, occurrences FROM dead_letters WHERE state = 'open' ORDER BY item_key"
POSTINGS = (
    "SELECT p.id, p.status::text AS status, p.company_id, m.cluster_id FROM postings p"
    " LEFT JOIN cluster_members m ON m.posting_id = p.id AND m.left_at IS NULL ORDER BY p.id"
)

INTAKE_RUNS = "SELECT page_key, runs FROM intake_pages ORDER BY page_key"


def snapshot(url: str) -> dict[str, list[dict[str, Any]]]:
    """Open dead letters, postings (with company and cluster) and intake's runs per page as they stand."""
    with psycopg.connect(url, row_factory=dict_row) as conn:
        return {
            "letters": conn.execute(OPEN_LETTERS).fetchall(),
            "postings": conn.execute(POSTINGS).fetchall(),
            "intake": conn.execute(INTAKE_RUNS).fetchall(),
        }


@dataclass(frozen=True)
class Run:
    """One path's result: per page (label order) its outcome, cluster and dead letter; and the counts
    the run itself reported."""

    outcome: list[str]
    cluster: list[int | None]
    dead_letter: list[str | None]
    company: list[int | None]
    reported: dict[str, int]
    #: For a path run twice: the snapshot after the first pass, after the second, and the second's counts.
    rerun: tuple[dict[str, Any], dict[str, Any], dict[str, int]] | None = None


def stored(url: str, pages: list[SamplePage], reported: dict[str, int]) -> Run:
    with psycopg.connect(url, row_factory=dict_row) as conn:
        rows = conn.execute(
            PAGE_ROWS.encode(),
            ([p.url for p in pages], [hashlib.sha256(p.body()).hexdigest() for p in pages]),
        ).fetchall()
    outcome = [
        "dead_letter"
        if r["dead_letter"] and r["status"] in (None, "processing")
        else r["status"] or "missing"
        for r in rows
    ]
    return Run(
        outcome,
        [r["cluster_id"] for r in rows],
        [r["dead_letter"] for r in rows],
        [r["company_id"] for r in rows],
        reported,
    )


def through_ingestion_batch_twice(url: str, pages: list[SamplePage], _: Path) -> Run:
    with LocalCloud(env={"DATABASE_URL": url, "POWERTOOLS_METRICS_NAMESPACE": "Hirehound"}) as cloud:
        report = ingest_pages(cloud, pages, batch_size=50, timeout_s=1800)
        first = snapshot(url)
        again = ingest_pages(cloud, pages, batch_size=50, timeout_s=1800)
    assert all(batch.status == "SUCCEEDED" for batch in [*report.batches, *again.batches])
    run = stored(url, pages, report.outcomes)
    return replace(run, rerun=(first, snapshot(url), again.outcomes))


def through_ingest_command(url: str, pages: list[SamplePage], workdir: Path) -> Run:
    warc = workdir / "samples.warc.gz"
    write_pages(warc, [(page.url, page.body()) for page in pages])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["ingest", "--json", str(warc)])
    summary = json.loads(out.getvalue())
    assert code == 0 and summary["refused"] == [] and summary["pages"] == len(pages)
    assert summary["skipped"] == {"request record": len(pages)}
    return stored(url, pages, dict(summary["outcomes"]))


@pytest.fixture(scope="module")
def runs(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    pages = load_corpus()
    results: dict[str, Run] = {}
    names: list[str] = []
    with pytest.MonkeyPatch.context() as env:
        for path, run in zip(PATHS, (through_ingestion_batch_twice, through_ingest_command), strict=True):
            names.append(f"corpus_{uuid.uuid4().hex[:12]}")
            url = create_database(pg_server, names[-1], template=TEMPLATE)
            env.setenv("DATABASE_URL", url)
            close_pool()
            results[path] = run(url, pages, tmp_path_factory.mktemp("corpus"))
            close_pool()
    yield results
    with psycopg.connect(pg_server, autocommit=True) as conn:
        for name in names:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.mark.parametrize("path", PATHS)
def test_the_corpus_ends_in_clusters_and_verdicts_that_match_its_labels(
    runs: dict[str, Run], path: str
) -> None:
    run = runs[path]
    labels = [page.labels for page in load_corpus()]
    outcome = run.outcome

    # Nothing is lost: every page ends published, duplicate, rejected or dead-lettered, as reported.
    assert set(outcome) <= {"published", "duplicate", "rejected", "dead_letter"}
    assert run.reported == Counter(outcome)
    # Broken pages, and only they, are dead letters.
    assert [i for i, o in enumerate(outcome) if o == "dead_letter"] == [
        i for i, label in enumerate(labels) if label["expect"] == "dead_letter"
    ]

    # Duplicate clusters: a labelled duplicate shares the DB cluster of its labelled canonical page.
    canonical = {
        label["cluster"]: i
        for i, label in enumerate(labels)
        if label["duplicate_kind"] is None and not label["broken"]
    }
    found: dict[str, list[bool]] = defaultdict(list)
    for i, label in enumerate(labels):
        if label["duplicate_kind"] and not label["spam"]:
            mine, theirs = run.cluster[i], run.cluster[canonical[label["cluster"]]]
            found[label["duplicate_kind"]].append(mine == theirs is not None)
    rate = {kind: sum(hits) / len(hits) for kind, hits in found.items()}
    assert rate["exact"] == 1.0
    assert rate["near"] >= 0.9
    # 15 of 15 measured (2 of 15 before the deep check blocked neighbours on company, title and place);
    # the floor leaves room for the order in which concurrent pages meet their duplicates.
    assert rate["semantic"] >= 0.8

    # No two different labelled jobs share a cluster (no false merges).
    members: dict[int, set[str]] = defaultdict(set)
    for i, label in enumerate(labels):
        cluster = run.cluster[i]
        if label["expect"] != "dead_letter" and cluster is not None:
            members[cluster].add(label["cluster"])
    assert all(len(jobs) == 1 for jobs in members.values())

    # Spam: nothing legitimate is rejected; most spam is.
    spam = [i for i, label in enumerate(labels) if label["spam"]]
    ham = [i for i, label in enumerate(labels) if not label["spam"] and label["expect"] != "dead_letter"]
    assert not [labels[i]["file"] for i in ham if outcome[i] == "rejected"]
    assert sum(outcome[i] == "rejected" for i in spam) / len(spam) >= 0.7

    # Published: one per distinct legitimate job, minus the duplicates the pipeline did not catch. A page
    # scraped again from the same URL with the same bytes is the same page (one raw page, one posting).
    pages = [(p.url, p.body()) for p in load_corpus()]
    published = sum(o == "published" and pages[i] not in pages[:i] for i, o in enumerate(outcome))
    jobs = len({labels[i]["cluster"] for i in ham})
    missed = sum(len(hits) - sum(hits) for hits in found.values())
    assert published == jobs + missed + sum(outcome[i] == "published" for i in spam)

    # Company identity: pairwise against the labelled companies (58 labelled; before issue 13 they
    # became 90 rows, recall 0.70). Spam pages count too: their companies are matched before detection.
    kept = [i for i, label in enumerate(labels) if label["expect"] != "dead_letter"]
    assigned = [(run.company[i], labels[i]["company"]) for i in kept if run.company[i] is not None]
    assert len(assigned) == len(kept)
    precision, recall = pairwise_precision_recall(assigned)
    assert precision >= 0.99, precision
    assert recall >= 0.95, recall


def test_the_demo_run_twice_changes_nothing_and_keeps_one_letter_per_broken_page(
    runs: dict[str, Run],
) -> None:
    """Issue 17: the 6 broken pages leave 6 open letters after two runs (12 before). The second run is
    answered by intake (issue 14): every page's run had finished, so none runs again and each letter keeps
    its one occurrence (repeat failures as occurrences: test_ingestion_workflow, test_dead_letters)."""
    run = runs["IngestionBatch"]
    assert run.rerun is not None
    first, second, again = run.rerun
    broken = sorted(page.url for page in load_corpus() if page.labels["expect"] == "dead_letter")
    assert len(broken) == 6
    assert [letter["item_key"] for letter in first["letters"]] == broken
    assert [letter["item_key"] for letter in second["letters"]] == broken  # 6 letters, not 12
    assert {letter["occurrences"] for letter in second["letters"]} == {1}
    assert second["intake"] == first["intake"]  # no page was run a second time
    assert second["postings"] == first["postings"]
    assert again == run.reported


def test_the_corpus_as_a_warc_through_ingest_ends_as_it_does_through_the_demo(runs: dict[str, Run]) -> None:
    demo, ingest = runs["IngestionBatch"], runs["ingest WARC"]
    labels = [page.labels for page in load_corpus()]

    def pages(run: Run, outcome: str) -> list[str]:
        return [labels[i]["file"] for i, o in enumerate(run.outcome) if o == outcome]

    def published_jobs(run: Run) -> set[str]:
        return {labels[i]["cluster"] for i, o in enumerate(run.outcome) if o == "published"}

    assert pages(ingest, "dead_letter") == pages(demo, "dead_letter")
    assert [d for d in ingest.dead_letter if d] == [d for d in demo.dead_letter if d]  # stage and reason
    assert pages(ingest, "rejected") == pages(demo, "rejected")
    assert published_jobs(ingest) == published_jobs(demo)
    # What depends on the order in which concurrent pages meet (which copy is canonical, a near
    # duplicate that raced its original) is bounded by the floors above, for both paths.
