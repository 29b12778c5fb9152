"""`hirehound ingest` end to end: sample pages as a WARC, a scraper's directory with a manifest, and bad
input, through the production path (raw bucket, IngestPages, IngestStart, Ingestion runs)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hirehound.db import reports
from hirehound.db.pool import close_pool
from hirehound_local.cli import main
from hirehound_local.console import local_cloud
from hirehound_local.corpus import SAMPLES_DIR, SamplePage, load_corpus
from hirehound_local.ingest_runner import ingest_pages
from hirehound_local.postgres import create_database
from psycopg import sql

from tests.conftest import TEMPLATE
from tests.fakes.warc import append_records, write_pages

pytestmark = pytest.mark.e2e

# Every outcome but the order-dependent near/semantic races: a page per shape, an exact duplicate with
# its original, spam, and broken pages (empty and untitled: dead letters; bad charset, truncated: published).
SUBSET = [f"page-{n:03}.html" for n in (1, 2, 4, 8, 10, 20, 42, 49, 13, 84, 38, 21, 76)]


def subset() -> list[SamplePage]:
    by_file = {page.path.name: page for page in load_corpus()}
    return [by_file[name] for name in SUBSET]


def stored_outcomes(pages: list[SamplePage]) -> list[str]:
    return reports.page_outcomes([(p.url, hashlib.sha256(p.body()).hexdigest()) for p in pages])


def ingest(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["ingest", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def demo_outcomes(pg_server: str, db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The subset through demo's path (IngestionBatch) in a database of its own."""
    name = f"demo_{uuid.uuid4().hex[:12]}"
    url = create_database(pg_server, name, template=TEMPLATE)
    monkeypatch.setenv("DATABASE_URL", url)
    close_pool()
    with local_cloud(url) as cloud:
        report = ingest_pages(cloud, subset(), batch_size=50)
    outcomes = stored_outcomes(subset())
    assert Counter(outcomes) == report.outcomes  # what demo prints is what it stored
    close_pool()
    monkeypatch.setenv("DATABASE_URL", db)
    yield outcomes
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def test_a_warc_of_sample_pages_ends_as_demo_ends_them_and_its_cut_off_record_is_refused(
    demo_outcomes: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = subset()
    warc = tmp_path / "crawl.warc.gz"
    write_pages(warc, [(p.url, p.body()) for p in pages])  # response + request per page
    noise = b"".join(hashlib.sha256(bytes([i])).digest() for i in range(100))  # does not compress
    append_records(warc, revisit_of=pages[0].url, last=("https://jobs.example/cut", b"<html>" + noise))
    warc.write_bytes(warc.read_bytes()[:-100])  # the last response is cut off

    code, summary = ingest(str(warc), capsys=capsys)

    assert code == 1  # an input was refused
    [refused] = summary["refused"]
    assert refused["source"] == f"{warc}#{2 * len(pages) + 3}"
    assert refused["reason"].startswith("truncated: the record ends")
    assert summary["skipped"] == {
        "request record": len(pages),
        "revisit record": 1,
        "not HTML (image/png)": 1,
    }
    assert [r["url"] for r in summary["results"]] == [p.url for p in pages]
    mine = [r["outcome"] for r in summary["results"]]
    assert (
        Counter(mine)
        == Counter(demo_outcomes)
        == {"published": 9, "duplicate": 1, "rejected": 1, "dead_letter": 2}
    )
    # page by page too, but for which copy of the exact duplicate pair is the original
    pair = {SUBSET.index("page-042.html"), SUBSET.index("page-049.html")}
    assert [o for i, o in enumerate(mine) if i not in pair] == [
        o for i, o in enumerate(demo_outcomes) if i not in pair
    ]
    assert mine == stored_outcomes(pages) and summary["pages"] == len(pages)


def scraper_output(root: Path) -> Path:
    """A scraper's directory: a manifest naming two files (one binary, by mistake) and one page by body,
    an HTML file found by its canonical link, one with no URL at all, an image, a dangling link."""
    corpus = {page.path.name: page for page in load_corpus()}
    (root / "pages").mkdir()
    (root / "pages" / "a.html").write_bytes(corpus["page-004.html"].body())
    (root / "pages" / "e.html").write_bytes(corpus["page-019.html"].body())
    (root / "pages" / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(256))
    canonical = b'<head><link rel="canonical" href="https://jobs.example/c">'
    (root / "canonical.html").write_bytes(corpus["page-010.html"].body().replace(b"<head>", canonical, 1))
    (root / "nourl.html").write_text("<html><title>Somewhere</title></html>", encoding="utf-8")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "gone.html").symlink_to(root / "nowhere.html")
    entries = [
        # JobPostings valid through 2025: expired when fetched after that (a), not before (early)
        {"url": URLS["a"], "path": "pages/a.html", "fetched_at": "2026-11-30T10:00:00Z"},
        {"url": URLS["photo"], "path": "pages/photo.html"},
        {"url": URLS["body"], "body": corpus["page-020.html"].body().decode("utf-8")},
        {"url": URLS["early"], "path": "pages/e.html", "fetched_at": "2025-04-02T08:00:00Z"},
    ]
    (root / "manifest.jsonl").write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return root


URLS = {
    "a": "https://jobs.example/a",
    "photo": "https://jobs.example/photo",
    "body": "https://jobs.example/body",
    "canonical": "https://jobs.example/c",
    "early": "https://jobs.example/e",
}


def snapshot(conn: psycopg.Connection[Any]) -> dict[str, Any]:
    """What ingestion stores (stage_runs, the per-invocation log, grows with every run by design)."""
    tables = [
        r["table_name"]
        for r in conn.execute(
            b"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            b" AND table_name NOT IN ('stage_runs', 'schema_migrations') ORDER BY 1"
        ).fetchall()
    ]
    counts = {
        t: conn.execute(sql.SQL("SELECT count(*) AS n FROM {}").format(sql.Identifier(t))).fetchone()
        for t in tables
    }
    postings = conn.execute(
        b"SELECT p.id, raw_page_id, status::text, status_reason, s.content_hash, duplicate_of"
        b" FROM postings p LEFT JOIN posting_signatures s ON s.posting_id = p.id ORDER BY p.id"
    ).fetchall()
    letters = conn.execute(
        b"SELECT id, stage, item_key, error_message FROM dead_letters ORDER BY id"
    ).fetchall()
    return {"counts": counts, "postings": postings, "dead_letters": letters}


def test_a_directory_with_a_manifest_is_ingested_once_and_ingesting_it_again_changes_nothing(
    db: str, conn: psycopg.Connection[Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = scraper_output(tmp_path)

    code, first = ingest(str(root), "--batch-size", "2", capsys=capsys)

    assert code == 1
    assert first["refused"] == [
        {"source": str(root / "gone.html"), "reason": "unreadable: No such file or directory"},
        {
            "source": str(root / "nourl.html"),
            "reason": "no URL: none given, no <link rel=canonical> or og:url in the page, no --url-prefix",
        },
    ]
    assert first["skipped"] == {"not a page file (.png)": 1}
    assert [(r["url"], r["outcome"]) for r in first["results"]] == [
        (URLS["a"], "dead_letter"),  # expired by the scraper's fetch time
        (URLS["photo"], "dead_letter"),  # the pipeline says why, below
        (URLS["body"], "published"),
        (URLS["early"], "published"),
        (URLS["canonical"], "published"),
    ]
    expired, photo = conn.execute(
        b"SELECT stage, item_key, error_type, error_message FROM dead_letters ORDER BY item_key"
    ).fetchall()
    assert (expired["stage"], expired["item_key"], expired["error_type"]) == (
        "extract",
        URLS["a"],
        "NotAJobPageError",
    )
    assert expired["error_message"].startswith(
        "job expired: its JobPosting is valid through 2025-05-23, fetched 2026-11-30"
    )
    assert (photo["stage"], photo["item_key"], photo["error_type"]) == (
        "extract",
        URLS["photo"],
        "BadInputError",
    )
    assert "png" in photo["error_message"].lower()
    fetched = conn.execute(b"SELECT fetched_at FROM raw_pages WHERE url = %s", (URLS["a"],)).fetchone()
    assert fetched is not None and fetched["fetched_at"].isoformat() == "2026-11-30T10:00:00+00:00"
    before = snapshot(conn)

    code, again = ingest(str(root), capsys=capsys)

    assert code == 1 and again["results"] == first["results"] and again["refused"] == first["refused"]
    assert snapshot(conn) == before


def test_limit_takes_the_first_pages_of_the_sample_directory(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, summary = ingest(str(SAMPLES_DIR / "pages"), "--limit", "2", capsys=capsys)

    assert code == 0 and summary["pages"] == 2 and summary["refused"] == [] and summary["skipped"] == {}
    assert [r["url"] for r in summary["results"]] == [p.url for p in load_corpus()[:2]]
    assert summary["outcomes"] == {"published": 2} and summary["pages_per_s"] > 0
