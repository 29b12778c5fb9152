"""Scraped pages in the forms scrapers hand them over: HTML files, directories, JSON Lines manifests
and WARC archives.

- A **file** is one page (`.jsonl` is a manifest and `.warc`/`.warc.gz` an archive, by name).
- A **directory** is read through the manifests in it (recursively) first, then its other files in
  path order: archives, and HTML files (`.html`, `.htm`, `.xhtml`) no manifest named; anything else
  is skipped.
- A **manifest** line is `{"url", "path" | "body", "fetched_at", "charset"}`; `path` is relative to the
  manifest, `body` is the page as text. Other keys are ignored.
- A **WARC** archive (read with warcio; gzip members or plain) gives its `response` records with a 2xx
  HTML payload (chunked and content encodings decoded), with the charset of the HTTP Content-Type and
  WARC-Date as the fetch time. Revisit, request, metadata and non-HTML records are skipped.

A page's URL is the manifest's or the record's, else the page's `<link rel=canonical>` or `og:url`,
else `--url-prefix` + its relative path. Every input ends as exactly one item: a `ScrapedPage`, a
`Skipped` record that is not a page, or a `Refused` input with the reason (unreadable, truncated, an
invalid manifest line, no URL). Reading never raises for bad input.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from hirehound.failures import validation_reason
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MANIFEST_SUFFIX = ".jsonl"
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class ScrapedPage:
    """One page to ingest; `source` says where it was read (a path, `manifest.jsonl:7`, `a.warc.gz#3`)."""

    source: str
    url: str
    body: bytes
    charset: str | None = None
    fetched_at: datetime | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that is not a page (a revisit record, an image, a README): counted, not ingested."""

    source: str
    reason: str


@dataclass(frozen=True)
class Refused:
    """An input that should have been a page but cannot be read as one, and why."""

    source: str
    reason: str


Item = ScrapedPage | Skipped | Refused


@dataclass
class Tally:
    """What a run left out: skipped inputs by reason, and the refused ones."""

    skipped: Counter[str] = field(default_factory=Counter)
    refused: list[Refused] = field(default_factory=list)

    def pages(self, items: Iterable[Item], limit: int = 0) -> Iterator[ScrapedPage]:
        """The pages among `items` (the first `limit`, if given), counting the rest here."""

        def pages() -> Iterator[ScrapedPage]:
            for item in items:
                if isinstance(item, ScrapedPage):
                    yield item
                elif isinstance(item, Skipped):
                    self.skipped[item.reason] += 1
                else:
                    self.refused.append(item)

        return islice(pages(), limit or None)

    def to_json(self) -> dict[str, Any]:
        return {
            "skipped": dict(self.skipped),
            "refused": [{"source": r.source, "reason": r.reason} for r in self.refused],
        }


class ManifestEntry(BaseModel):
    """One manifest line."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    url: str | None = Field(None, min_length=1)
    path: str | None = Field(None, min_length=1)
    body: str | None = None
    fetched_at: datetime | None = None
    charset: str | None = Field(None, min_length=1)

    @model_validator(mode="after")
    def _one_body(self) -> ManifestEntry:
        if (self.path is None) == (self.body is None):
            raise ValueError("give exactly one of path and body")
        return self


def kind_of(path: Path) -> str:
    """`manifest`, `archive`, `html` or `other`, by the file's name."""
    name = path.name.lower()
    if name.endswith(MANIFEST_SUFFIX):
        return "manifest"
    if name.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    return "html" if name.endswith(HTML_SUFFIXES) else "other"


@dataclass(frozen=True)
class PageReader:
    """Reads sources into items; `url_prefix` names pages that carry no URL of their own."""

    url_prefix: str | None = None

    def read(self, sources: Iterable[Path]) -> Iterator[Item]:
        for source in sources:
            if source.is_dir():
                yield from self._directory(source)
            elif not source.exists():
                yield Refused(str(source), "no such file or directory")
            elif kind_of(source) == "manifest":
                yield from self._manifest(source, claimed=set())
            elif kind_of(source) == "archive":
                yield from self._archive(source)
            else:  # a file named on the command line is a page, whatever its name
                yield self._file(source, hint=source.name)

    # -- the input forms ----------------------------------------------------------------------------
    def _directory(self, root: Path) -> Iterator[Item]:
        errors: list[OSError] = []
        files: list[Path] = []
        for folder, subfolders, names in os.walk(root, onerror=errors.append):
            subfolders.sort()
            files.extend(Path(folder) / name for name in names)
        files.sort()
        yield from (Refused(str(error.filename), f"unreadable: {error.strerror}") for error in errors)
        claimed: set[Path] = set()
        for path in files:
            if kind_of(path) == "manifest":
                yield from self._manifest(path, claimed)
        for path in files:
            kind = kind_of(path)
            if kind == "archive":
                yield from self._archive(path)
            elif kind == "html" and path.resolve() not in claimed:
                yield self._file(path, hint=path.relative_to(root).as_posix())
            elif kind == "other":
                yield Skipped(str(path), f"not a page file ({path.suffix or 'no suffix'})")

    def _file(self, path: Path, *, hint: str) -> Item:
        try:
            body = path.read_bytes()
        except OSError as exc:
            return Refused(str(path), f"unreadable: {exc.strerror}")
        return self._page(str(path), body, hint=hint)

    def _manifest(self, path: Path, claimed: set[Path]) -> Iterator[Item]:
        try:
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, start=1):
                    if line.strip():
                        yield self._entry(path, number, line, claimed)
        except (OSError, UnicodeDecodeError) as exc:
            yield Refused(str(path), f"unreadable manifest: {getattr(exc, 'strerror', None) or exc}")

    def _entry(self, manifest: Path, number: int, line: str, claimed: set[Path]) -> Item:
        source = f"{manifest}:{number}"
        try:
            entry = ManifestEntry.model_validate_json(line)
        except ValidationError as exc:
            return Refused(source, f"invalid manifest line: {validation_reason(exc, 'line')}")
        fetched_at = entry.fetched_at
        if fetched_at is not None and fetched_at.tzinfo is None:
            fetched_at = fetched_at.replace(tzinfo=UTC)  # a fetch time without a zone is read as UTC
        if entry.body is not None:  # text: whatever it was fetched as, it is UTF-8 now
            body = entry.body.encode("utf-8")
            return self._page(source, body, url=entry.url, charset="utf-8", fetched_at=fetched_at)
        assert entry.path is not None
        file = manifest.parent / entry.path
        claimed.add(file.resolve())
        try:
            body = file.read_bytes()
        except OSError as exc:
            return Refused(source, f"{entry.path}: unreadable: {exc.strerror}")
        return self._page(
            source, body, url=entry.url, charset=entry.charset, fetched_at=fetched_at, hint=entry.path
        )

    def _archive(self, path: Path) -> Iterator[Item]:
        from warcio.archiveiterator import ArchiveIterator

        try:
            file = path.open("rb")
        except OSError as exc:
            yield Refused(str(path), f"unreadable: {exc.strerror}")
            return
        with file:
            gzipped = file.read(2) == b"\x1f\x8b"
            file.seek(0)
            stream = _StopAtDamage(gzip.GzipFile(fileobj=file) if gzipped else file)
            count, last_truncated = 0, False
            try:
                for record in ArchiveIterator(stream):
                    count += 1
                    if record.format != "warc":  # warcio reads anything that is not WARC as ARC
                        yield Refused(f"{path}#{count}", f"not a WARC record ({record.format} or other data)")
                        return
                    item = self._record(record, f"{path}#{count}")
                    last_truncated = isinstance(item, Refused) and item.reason.startswith("truncated")
                    yield item
            except Exception as exc:  # warcio's parse errors have no common base; name the record
                reason = f"unreadable WARC record (cut off or malformed): {type(exc).__name__}: {exc}"
                yield Refused(f"{path}#{count + 1}", reason)
                return
            if stream.damage and not last_truncated:
                yield Refused(f"{path}#{count + 1}", f"archive damaged after record {count}: {stream.damage}")

    def _record(self, record: Any, source: str) -> Item:
        """The record's page, skip or refusal; any record its archive cut short is refused."""
        if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
            return Refused(source, "record header cut off or malformed: no Content-Length")
        item = self._record_item(record, source)
        missing = _unread(record)
        if missing:
            return Refused(source, f"truncated: the record ends {missing} bytes short of its length")
        return item

    def _record_item(self, record: Any, source: str) -> Item:
        kind = record.rec_type
        if kind != "response":
            return Skipped(source, f"{kind} record")
        http = record.http_headers
        if http is None:
            return Skipped(source, "response without HTTP headers")
        status = http.get_statuscode() or "?"
        if not status.startswith("2"):
            return Skipped(source, f"HTTP {status} response")
        content_type, charset = _content_type(http.get_header("Content-Type"))
        if content_type and content_type not in HTML_TYPES:
            return Skipped(source, f"not HTML ({content_type})")
        body = record.content_stream().read()
        return self._page(
            source,
            body,
            url=(record.rec_headers.get_header("WARC-Target-URI") or "").strip("<>") or None,
            charset=charset,
            fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        )

    # -- one page -----------------------------------------------------------------------------------
    def _page(
        self,
        source: str,
        body: bytes,
        *,
        url: str | None = None,
        charset: str | None = None,
        fetched_at: datetime | None = None,
        hint: str | None = None,
    ) -> Item:
        if url is not None and not _absolute(url):
            return Refused(source, f"URL {url!r} is not an absolute http(s) URL")
        url = url or page_url(body, charset)
        if url is None and self.url_prefix and hint:
            url = f"{self.url_prefix.rstrip('/')}/{quote(hint)}"
        if url is None:
            return Refused(
                source, "no URL: none given, no <link rel=canonical> or og:url in the page, no --url-prefix"
            )
        return ScrapedPage(source, url, body, charset, fetched_at)


def page_url(body: bytes, charset: str | None = None) -> str | None:
    """The page's own absolute URL: `<link rel=canonical>`, else `<meta property=og:url>`."""
    from hirehound.errors import BadInputError
    from hirehound.ingest.decode import decode_page
    from selectolax.lexbor import LexborHTMLParser

    try:
        tree = LexborHTMLParser(decode_page(body, charset))
    except BadInputError:  # binary or oversized: the pipeline says so, if a URL is found elsewhere
        return None
    for selector, attribute in (('link[rel~="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        value = (node.attributes.get(attribute) or "").strip() if node else ""
        if _absolute(value):
            return value
    return None


def _absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header, parsed by the standard library."""
    if not header:
        return None, None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) and charset else None


def _warc_date(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _unread(record: Any) -> int:
    """Bytes of the record's block that its Content-Length promised but the archive did not hold."""
    from warcio.limitreader import LimitReader

    raw = record.raw_stream
    while raw.read(64 * 1024):  # what the content stream left (trailing chunk data, say)
        pass
    return raw.limit if isinstance(raw, LimitReader) else 0


class _StopAtDamage:
    """A read-only stream that ends, instead of raising, where the archive is cut off or corrupt
    (gzip's EOFError / BadGzipFile), and keeps why: warcio then sees a clean end of input. Reads go
    through `read1` where there is one, so what was decompressed before the damage is not lost."""

    def __init__(self, stream: Any) -> None:
        self._read = getattr(stream, "read1", stream.read)
        self._offset = 0
        self.damage: str | None = None

    def read(self, size: int = -1) -> bytes:
        if self.damage:
            return b""
        try:
            data: bytes = self._read(size)
        except (EOFError, OSError, zlib.error) as exc:
            self.damage = f"{type(exc).__name__}: {exc}"
            return b""
        self._offset += len(data)
        return data

    def tell(self) -> int:
        return self._offset
