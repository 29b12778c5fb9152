"""Property tests of the input boundary (the rule in `tests/fuzz/boundary.py`): any bytes either give a
posting or raise `BadInputError` with a reason, within a time bound, with no output over the size
limits; any queue body gives a message model or `BadInputError`. Also replays every input the
coverage-guided fuzzer (`make fuzz`) ever crashed on, kept in `tests/fuzz/regressions/`."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hirehound import limits
from hirehound.errors import BadInputError
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.intake import parse_message
from hirehound.ingest.models import RawPosting
from hirehound.ingest.normalize import normalize_posting
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz import boundary

pytestmark = pytest.mark.unit

REGRESSIONS = Path(__file__).resolve().parents[1] / "fuzz" / "regressions"
#: The time bound per input: generous for a 2-core machine shared by many, far under Lambda's timeouts.
PER_INPUT = settings(
    max_examples=150,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Load the lazy parts once, so the deadline times inputs, not loading."""
    boundary.warm_up()


# -- strategies: bytes, and bytes shaped like the pages extraction reads ------------------------------

#: Any text, lone surrogates and NUL included (which only JSON escapes can bring into a page).
any_text = st.text(
    st.sampled_from("\ud800\udfff\x00&<>\"'\u2028") | st.characters(exclude_categories=[]), max_size=40
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=12,
)
JOB_KEYS = (
    "@type", "title", "description", "hiringOrganization", "jobLocation", "baseSalary", "datePosted",
    "validThrough", "employmentType", "jobLocationType", "identifier", "name", "address", "@graph",
)  # fmt: skip
job_objects = st.dictionaries(st.sampled_from(JOB_KEYS), any_text | json_values, max_size=8).map(
    lambda d: {"@context": "https://schema.org", "@type": "JobPosting", **d}
)
TAGS = ("h1", "h2", "p", "div", "li", "ul", "a", "span", "table", "td", "script", "style", "svg", "br")
fragments = st.one_of(
    st.text(max_size=60),
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(("&amp;", "&#0;", "&#xd800;", "&#x110000;", "&nbsp;", "&", "<!--", "-->", "\x00")),
    st.sampled_from(('<meta charset="shift_jis">', '<meta charset="utf-16">', '<a href="javascript:x">')),
    job_objects.map(lambda d: f'<script type="application/ld+json">{json.dumps(d)}</script>'),
    st.sampled_from(("Salary: $80k - $120k per year", "Location: Berlin, DE", "Posted 3 days ago")),
)
html_text = st.lists(fragments, max_size=30).map("".join)
encodings = st.sampled_from(("utf-8", "utf-16", "cp1252", "latin-1", "shift_jis", "koi8-r", "utf-32-be"))
jsonld_pages = st.tuples(job_objects, html_text).map(
    lambda jh: (
        f'<html><head><script type="application/ld+json">{json.dumps(jh[0])}</script></head>'
        f"<body>{jh[1]}</body></html>".encode()
    )
)
pages = st.one_of(
    st.binary(max_size=4096),
    jsonld_pages,
    st.tuples(html_text, encodings).map(lambda te: te[0].encode(te[1], errors="xmlcharrefreplace")),
    st.tuples(st.sampled_from((b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF-", b"")), st.binary(max_size=512)).map(
        b"".join
    ),
)
urls = st.sampled_from(boundary.URLS) | st.text(max_size=80)
charsets = st.sampled_from(boundary.CHARSETS) | st.text(max_size=20)


@PER_INPUT
@given(body=pages, url=urls, charset=charsets)
def test_any_page_gives_a_posting_or_a_bad_input_error_with_a_reason(
    body: bytes, url: str, charset: str | None
) -> None:
    boundary.ingest(body, url, charset)


message_bodies = st.one_of(
    st.text(max_size=300),
    json_values.map(json.dumps),
    st.dictionaries(
        st.sampled_from(
            ("url", "key", "bucket", "charset", "posting_id", "task_token", "provider", "company")
        ),
        json_values,
        max_size=6,
    ).map(json.dumps),
    st.integers(1, 200_000).map(lambda depth: "[" * depth + "]" * depth),
)


@PER_INPUT
@given(body=message_bodies)
def test_any_queue_body_gives_a_message_or_a_bad_input_error(body: str) -> None:
    boundary.parse_messages(body)


# -- the regression corpus: every crash the fuzzer found, replayed ----------------------------------


@pytest.mark.parametrize("path", sorted(REGRESSIONS.iterdir()), ids=lambda p: p.name)
def test_inputs_the_fuzzer_crashed_on_keep_the_rule(path: Path) -> None:
    data = path.read_bytes()
    url, charset = boundary.choose(data)
    boundary.ingest(data, url, charset)
    boundary.parse_messages(data.decode("utf-8", errors="replace"))


# -- explicit regressions for what fuzzing the boundary turned up -------------------------------------


def jsonld(posting: dict[str, Any]) -> str:
    body = {"@context": "https://schema.org", "@type": "JobPosting", **posting}
    return f'<html><body><script type="application/ld+json">{json.dumps(body)}</script></body></html>'


def test_a_lone_surrogate_or_nul_from_a_json_escape_is_made_storable() -> None:
    """`"\\ud800"` and `"\\u0000"` in JSON-LD decode to text Postgres cannot hold (the upsert failed)."""
    raw = extract_posting(
        jsonld({"title": "Data\ud800 Engineer\x00", "description": "x\udc00"}), boundary.URLS[3]
    )
    assert raw.title == "Data\ufffd Engineer"
    boundary.check_storable(clean_posting(raw))


def test_an_extracted_field_over_its_limit_is_bad_input() -> None:
    """The limit holds in the model, whatever extraction does first (today it drops such a title)."""
    with pytest.raises(BadInputError):
        extract_posting(jsonld({"title": "T" * 501}), boundary.URLS[3])
    with pytest.raises(BadInputError, match="extracted title is 501 characters, over the 500"):
        RawPosting(url="https://a.example/1", source="a.example", method="generic", title="T" * 501)
    with pytest.raises(BadInputError, match="extracted location_text is"):
        RawPosting(url="https://a.example/1", source="a.example", method="generic", title="T",
                   location_text="x" * (limits.MAX_FIELD_CHARS + 1))  # fmt: skip


def test_a_description_that_sanitizing_inflates_over_the_limit_is_bad_input() -> None:
    """Every `<a>` gets `rel="nofollow noopener"`: 5 MiB of links sanitize to ~4x their size."""
    links = "<a href=/j>j</a>" * ((limits.MAX_DESCRIPTION_CHARS // 16) + 1)
    raw = RawPosting(url="https://a.example/1", source="a.example", method="generic", title="T",
                     description_html=links)  # fmt: skip
    with pytest.raises(
        BadInputError, match=r"cleaned description HTML is .* over the 250000-character limit"
    ):
        clean_posting(raw)


def test_deeply_nested_json_is_bad_input_not_a_recursion_error() -> None:
    with pytest.raises(BadInputError, match="nested too deeply"):
        parse_message("[" * 100_000 + "]" * 100_000)


def test_the_largest_page_still_decodes_and_one_byte_more_is_bad_input() -> None:
    assert len(decode_page(b"a" * limits.MAX_PAGE_BYTES)) == limits.MAX_PAGE_BYTES
    with pytest.raises(BadInputError, match="page too large"):
        decode_page(b"a" * (limits.MAX_PAGE_BYTES + 1))


def test_a_charset_label_with_a_nul_is_ignored_not_a_value_error() -> None:
    """Found by the property test: `codecs.lookup("\\x00")` raises ValueError, not LookupError."""
    assert decode_page(b"<p>ok</p>", "\x00") == "<p>ok</p>"


def test_a_title_that_normalizing_lengthens_over_the_limit_is_bad_input() -> None:
    """Found by `make fuzz` (kept in tests/fuzz/regressions/): a 498-character title with "Sr." became a
    501-character normalized title."""
    title = "Sr. " + "x" * (limits.MAX_TITLE_CHARS - 4)
    raw = RawPosting(url="https://a.example/1", source="a.example", method="generic", title=title)
    with pytest.raises(BadInputError, match="normalized title is 503 characters, over the 500"):
        normalize_posting(clean_posting(raw), today=boundary.TODAY)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://jobs.example[co/1", "is not a URL"),
        ("ftp://jobs.example/1", "is not an http(s) URL"),
        ("jobs.example/1", "is not an http(s) URL"),
        ("https:///jobs/1", "has no host"),
    ],
)
def test_a_page_message_whose_url_no_stage_can_read_is_bad_input(url: str, reason: str) -> None:
    with pytest.raises(BadInputError, match=re.escape(reason)):
        parse_message(json.dumps({"url": url, "key": "pages/1.html"}))
