"""A crawler's WARC archive, written with warcio's writer the way wget --warc-file or browsertrix write
one: warcinfo, request/response pairs, a chunked response, a revisit, an image, a redirect, XHTML."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

LATIN1_PAGE = "<html><head><title>Ingénieur logiciel</title></head><body>Zürich, 5 Tage</body></html>"


def http(status: str = "200 OK", content_type: str | None = "text/html", **extra: str) -> StatusAndHeaders:
    headers = [("Content-Type", content_type)] if content_type else []
    headers += [(name.replace("_", "-"), value) for name, value in extra.items()]
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def write_warc(path: Path, *, gz: bool = True) -> None:
    """warcinfo, then request + response pairs, a revisit, an image and a redirect, the way a crawler
    (wget --warc-file, browsertrix) writes them."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test-crawler/1.0"}))
        request = writer.create_warc_record(
            "https://jobs.example/1",
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET /1 HTTP/1.1", [("Host", "jobs.example")], is_http_request=True
            ),
        )
        response = writer.create_warc_record(
            "https://jobs.example/1",
            "response",
            payload=io.BytesIO(LATIN1_PAGE.encode("latin-1")),
            http_headers=http(content_type="text/html; charset=ISO-8859-1"),
            warc_headers_dict={"WARC-Date": "2026-11-30T09:15:00Z"},
        )
        writer.write_request_response_pair(request, response)
        parts = (b"<html><title>Two</title>", b"</html>\n")
        chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"
        writer.write_record(
            writer.create_warc_record(
                "https://jobs.example/2",
                "response",
                payload=io.BytesIO(chunked),
                http_headers=http(Transfer_Encoding="chunked"),
            )
        )
        writer.write_record(
            writer.create_revisit_record(
                "https://jobs.example/1",
                digest="sha1:MZ3TIFTKWOZ5MUKRT7S2GDJZPFU4XBUA",
                refers_to_uri="https://jobs.example/1",
                refers_to_date="2026-11-30T09:15:00Z",
                http_headers=http(),
            )
        )
        for url, status, content_type, body in (
            ("https://jobs.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            ("https://jobs.example/old", "301 Moved Permanently", "text/html", b""),
            ("https://jobs.example/3", "200 OK", "application/xhtml+xml", b"<html><title>3</title></html>"),
        ):
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http(status, content_type)
                )
            )


# The sample corpus's postings are dated 2025 (posted March to June, valid 45 days): a crawl of them dated
# before the first `validThrough`, so that none reads as expired (WARC-Date is the fetch time).
CORPUS_CRAWLED = "2025-04-30T09:15:00Z"


def write_pages(
    path: Path,
    pages: list[tuple[str, bytes]],
    *,
    content_type: str = "text/html",
    crawled: str = CORPUS_CRAWLED,
) -> None:
    """One response/request pair per (url, body), in gzip members, as a crawl of those pages on
    ``crawled``."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in pages:
            request = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [], is_http_request=True),
                warc_headers_dict={"WARC-Date": crawled},
            )
            response = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http(content_type=content_type),
                warc_headers_dict={"WARC-Date": crawled},
            )
            writer.write_request_response_pair(request, response)


def append_records(path: Path, revisit_of: str, last: tuple[str, bytes]) -> None:
    """Append a revisit of `revisit_of`, an image, and a last response (WARC files concatenate)."""
    with path.open("ab") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(
            writer.create_revisit_record(
                revisit_of,
                digest="sha1:MZ3TIFTKWOZ5MUKRT7S2GDJZPFU4XBUA",
                refers_to_uri=revisit_of,
                refers_to_date="2026-11-30T09:15:00Z",
                http_headers=http(),
            )
        )
        image = b"\x89PNG\r\n\x1a\n" + bytes(64)
        for url, body, content_type in (
            ("https://jobs.example/logo.png", image, "image/png"),
            (*last, "text/html"),
        ):
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http(content_type=content_type)
                )
            )
