"""Reading scraped pages: WARC archives (written here with warcio's writer), manifests, directories,
and what becomes of bad input (skipped and counted, or refused by name)."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hirehound_local.corpus import SAMPLES_DIR, load_corpus
from hirehound_local.page_sources import Item, PageReader, Refused, ScrapedPage, Skipped, Tally, page_url

from tests.fakes.warc import LATIN1_PAGE, write_warc

pytestmark = pytest.mark.unit


def read(*sources: Path, url_prefix: str | None = None) -> list[Item]:
    return list(PageReader(url_prefix=url_prefix).read(sources))


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_a_warc_gives_its_html_responses_and_counts_what_it_skips(tmp_path: Path, gz: bool) -> None:
    archive = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(archive, gz=gz)
    tally = Tally()

    pages = list(tally.pages(read(archive)))

    assert [(p.url, p.source) for p in pages] == [
        ("https://jobs.example/1", f"{archive}#2"),
        ("https://jobs.example/2", f"{archive}#4"),
        ("https://jobs.example/3", f"{archive}#8"),
    ]
    first, chunked, _ = pages
    assert first.body == LATIN1_PAGE.encode("latin-1") and first.charset == "ISO-8859-1"
    assert first.fetched_at == datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
    assert chunked.body == b"<html><title>Two</title></html>\n" and chunked.charset is None
    assert tally.skipped == {
        "warcinfo record": 1,
        "request record": 1,
        "revisit record": 1,
        "not HTML (image/png)": 1,
        "HTTP 301 response": 1,
    }
    assert tally.refused == []


def test_a_truncated_plain_warc_keeps_the_complete_records_and_refuses_the_cut_one(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, gz=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:-40])  # inside the last response's payload

    items = read(cut)

    assert [i.url for i in items if isinstance(i, ScrapedPage)] == [
        "https://jobs.example/1",
        "https://jobs.example/2",
    ]
    # 40 bytes cut, of which the record's length counts all but the 4-byte record separator
    assert items[-1] == Refused(f"{cut}#8", "truncated: the record ends 36 bytes short of its length")


def test_a_truncated_gzip_warc_keeps_the_complete_members_and_says_where_it_broke(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 60])  # inside the last gzip member

    items = read(cut)

    assert [i.url for i in items if isinstance(i, ScrapedPage)] == [
        "https://jobs.example/1",
        "https://jobs.example/2",
    ]
    [refused] = [i for i in items if isinstance(i, Refused)]
    assert refused.source == f"{cut}#8"
    assert "archive damaged after record 7" in refused.reason and "Compressed file ended" in refused.reason


def test_an_archive_cut_inside_record_headers_or_not_a_warc_is_refused_by_name(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, gz=False)
    data = whole.read_bytes()
    cut, cut_late = tmp_path / "cut.warc", tmp_path / "cut-late.warc"
    cut.write_bytes(data[:30])
    cut_late.write_bytes(data[: data.rindex(b"WARC/1.0") + 40])  # the last record's WARC header
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(gzip.compress(b"this is not a web archive\n" * 10))

    [cut_item] = read(cut)
    *complete, late_item = read(cut_late)
    [garbage_item] = read(garbage)

    assert cut_item == Refused(f"{cut}#1", "record header cut off or malformed: no Content-Length")
    assert len(complete) == 7 and late_item.source == f"{cut_late}#8"
    assert isinstance(late_item, Refused) and late_item.reason.startswith("unreadable WARC record (cut off")
    assert garbage_item == Refused(f"{garbage}#1", "not a WARC record (arc or other data)")


def test_a_manifest_gives_urls_paths_bodies_fetch_times_and_charsets(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_bytes(LATIN1_PAGE.encode("cp1252"))
    lines = [
        {"url": "https://jobs.example/a", "path": "pages/a.html", "charset": "cp1252", "status": 200},
        {
            "url": "https://jobs.example/b",
            "body": "<html><title>Bé</title></html>",
            "fetched_at": "2026-11-29T08:00:00",
        },
        {"path": "pages/a.html"},  # no URL anywhere: refused
        {"url": "https://jobs.example/c", "path": "pages/missing.html"},
        {"url": "https://jobs.example/d", "path": "pages/a.html", "body": "both"},
        {"url": "ftp://jobs.example/e", "body": "<html></html>"},
    ]
    manifest = tmp_path / "crawl.jsonl"
    manifest.write_text("\n".join([*map(json.dumps, lines), "", "{not json"]) + "\n", encoding="utf-8")

    items = read(manifest)

    a, b, no_url, missing, both, ftp, bad_json = items
    assert a == ScrapedPage(f"{manifest}:1", "https://jobs.example/a", LATIN1_PAGE.encode("cp1252"), "cp1252")
    assert b == ScrapedPage(
        f"{manifest}:2",
        "https://jobs.example/b",
        "<html><title>Bé</title></html>".encode(),
        "utf-8",
        datetime(2026, 11, 29, 8, tzinfo=UTC),
    )
    assert no_url == Refused(
        f"{manifest}:3", "no URL: none given, no <link rel=canonical> or og:url in the page, no --url-prefix"
    )
    assert missing == Refused(f"{manifest}:4", "pages/missing.html: unreadable: No such file or directory")
    assert isinstance(both, Refused) and "give exactly one of path and body" in both.reason
    assert ftp == Refused(f"{manifest}:6", "URL 'ftp://jobs.example/e' is not an absolute http(s) URL")
    assert isinstance(bad_json, Refused) and bad_json.source == f"{manifest}:8"
    assert bad_json.reason.startswith("invalid manifest line: line: Invalid JSON")

    [prefixed] = [i for i in read(manifest, url_prefix="https://mirror.example/") if i.source.endswith(":3")]
    assert isinstance(prefixed, ScrapedPage) and prefixed.url == "https://mirror.example/pages/a.html"


def test_a_page_without_a_given_url_uses_its_canonical_link_then_og_url_then_the_prefix() -> None:
    canonical = b'<html><head><link rel="canonical" href="https://jobs.example/1"><meta property="og:url" content="https://other.example/1"></head></html>'
    og_only = b'<html><head><meta property="og:url" content=" https://jobs.example/2 "></head></html>'
    relative = b'<html><head><link rel="canonical" href="/jobs/3"></head></html>'

    assert page_url(canonical) == "https://jobs.example/1"
    assert page_url(og_only) == "https://jobs.example/2"
    assert page_url(relative) is None  # a relative link says nothing without a base
    assert page_url(b"\x89PNG\r\n\x1a\n" + bytes(100)) is None


def test_a_directory_reads_its_manifests_then_its_archives_and_unnamed_html_files_in_path_order(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    (site / "jobs" / "deep").mkdir(parents=True)
    (site / "jobs" / "named.html").write_text("<html><title>named</title></html>", encoding="utf-8")
    (site / "jobs" / "deep" / "b.htm").write_text(
        '<html><head><link rel="canonical" href="https://jobs.example/b"></head></html>', encoding="utf-8"
    )
    (site / "jobs" / "c.html").write_text("<html><title>c</title></html>", encoding="utf-8")
    (site / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (site / "gone.html").symlink_to(site / "nowhere.html")  # unreadable
    (site / "index.jsonl").write_text(
        json.dumps({"url": "https://jobs.example/named", "path": "jobs/named.html"}) + "\n", encoding="utf-8"
    )
    write_warc(site / "crawl.warc.gz")

    tally = Tally()
    pages = list(tally.pages(read(site, url_prefix="https://jobs.example/files")))

    assert [(p.source.removeprefix(f"{site}/"), p.url) for p in pages] == [
        ("index.jsonl:1", "https://jobs.example/named"),
        ("crawl.warc.gz#2", "https://jobs.example/1"),
        ("crawl.warc.gz#4", "https://jobs.example/2"),
        ("crawl.warc.gz#8", "https://jobs.example/3"),
        ("jobs/c.html", "https://jobs.example/files/jobs/c.html"),
        ("jobs/deep/b.htm", "https://jobs.example/b"),
    ]
    assert tally.skipped["not a page file (.png)"] == 1
    assert tally.refused == [Refused(str(site / "gone.html"), "unreadable: No such file or directory")]


def test_a_missing_source_and_a_file_named_on_the_command_line_are_what_they_say(tmp_path: Path) -> None:
    page = tmp_path / "posting.txt"
    page.write_bytes(b"<html><head><link rel=canonical href='https://jobs.example/t'></head></html>")

    assert read(tmp_path / "nope.warc") == [Refused(str(tmp_path / "nope.warc"), "no such file or directory")]
    [item] = read(page)
    assert isinstance(item, ScrapedPage) and item.url == "https://jobs.example/t"


def test_the_tally_stops_at_the_limit() -> None:
    items: list[Item] = [
        Skipped("a", "request record"),
        *(ScrapedPage(str(i), f"https://j.example/{i}", b"") for i in range(5)),
    ]
    tally = Tally()

    assert [p.source for p in tally.pages(items, limit=2)] == ["0", "1"]
    assert tally.skipped == {"request record": 1}


def test_the_sample_manifest_names_every_labelled_page_in_label_order() -> None:
    corpus = load_corpus()
    pages = read(SAMPLES_DIR / "pages")

    assert all(isinstance(p, ScrapedPage) for p in pages)
    assert [(p.url, p.body) for p in pages if isinstance(p, ScrapedPage)] == [
        (s.url, s.body()) for s in corpus
    ]
