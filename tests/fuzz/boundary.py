"""The input boundary's rule, shared by the property tests (hypothesis) and the coverage-guided fuzzer
(atheris, `make fuzz`): any bytes either give a posting or raise `BadInputError` with a reason. No
other exception, no output over the size limits of `hirehound.limits`, nothing Postgres cannot store.

Written against the public functions only (`decode_page`, `extract_posting`, `clean_posting`,
`normalize_posting`, and the three queue consumers' parsers), so it holds whatever their insides become.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from hirehound import limits
from hirehound.companies.names import ats_board, company_domain
from hirehound.enrich import worker
from hirehound.errors import BadInputError
from hirehound.ingest import intake, runs
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import NormalizedPosting
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.stages import source_of
from hirehound.maintenance import liveness
from pydantic import BaseModel

TODAY = date(2026, 12, 1)

#: Page URLs of every shape extraction distinguishes, plus broken ones.
URLS = (
    "https://boards.greenhouse.io/acme/jobs/4012345",
    "https://jobs.lever.co/acme/0f3c2b1a-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
    "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Data-Engineer_R-12345",
    "https://www.acme.example/careers/data-engineer?utm_source=x#apply",
    "http://[::1]:8080/jobs/1",
    "https://xn--80ak6aa92e.example/вакансия/1",
    "https://",
    "not a url",
    "",
)
#: HTTP Content-Type charsets a scraper may pass on, including wrong and unknown ones.
CHARSETS = (
    None,
    "utf-8",
    "UTF8",
    "windows-1252",
    "iso-8859-1",
    "utf-16",
    "utf-16-be",
    "utf-32",
    "shift_jis",
    "koi8-r",
    "gb18030",
    "x-user-defined",
    "no-such-charset",
    "utf-8\x00",
    "",
)

_EXECUTION_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


class RuleBroken(AssertionError):
    """The boundary's rule does not hold for an input (the fuzzer reports it as a crash)."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise RuleBroken(message)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def check_storable(model: BaseModel) -> None:
    """Every string of the model can go to Postgres (no NUL, no lone surrogates) as UTF-8."""
    for text in _strings(model.model_dump(mode="json")):
        _require(limits.storable(text) == text, f"unstorable text {text[:80]!r}")
        text.encode("utf-8")


def _rejected(exc: BadInputError) -> None:
    _require(bool(str(exc).strip()), "BadInputError without a reason")


def ingest(body: bytes, url: str, charset: str | None) -> NormalizedPosting | None:
    """The four stages on one page; None when it was rejected with a reason. Raises whatever else they
    raise (which breaks the rule), or RuleBroken for an output over its limits."""
    try:
        raw = extract_posting(decode_page(body, charset), url)
        clean = clean_posting(raw)
        normalized = normalize_posting(clean, today=TODAY)
    except BadInputError as exc:
        _rejected(exc)
        return None
    for name, value in raw:
        if isinstance(value, str):
            limit = {"url": limits.MAX_URL_CHARS, "company_url": limits.MAX_URL_CHARS}.get(name)
            limit = limit or (limits.MAX_TITLE_CHARS if name == "title" else None)
            if name != "description_html":
                _require(len(value) <= (limit or limits.MAX_FIELD_CHARS), f"raw {name}: {len(value)} chars")
    for what, text in (("html", clean.description_html), ("text", clean.description_text)):
        _require(len(text) <= limits.MAX_DESCRIPTION_CHARS, f"clean description {what}: {len(text)} chars")
    _require(0 < len(normalized.title) <= limits.MAX_TITLE_CHARS, f"title: {len(normalized.title)} chars")
    _require(len(normalized.title_normalized) <= limits.MAX_TITLE_CHARS, "normalized title over limit")
    for reason in normalized.unparsed.values():
        _require(len(reason) <= limits.MAX_FIELD_CHARS, f"unparsed reason: {len(reason)} chars")
    for model in (raw, clean, normalized):
        check_storable(model)
    return normalized


def parse_messages(body: str) -> None:
    """The three queue consumers' parsers on one body: each gives its model or BadInputError."""
    try:
        message = intake.parse_message(body)
    except BadInputError as exc:
        _rejected(exc)
    else:
        page = message.page("hirehound-raw-pages")
        _require(bool(_EXECUTION_NAME.match(runs.execution_name(page))), "invalid execution name")
        _require(len(page.url) <= limits.MAX_URL_CHARS, "page url over limit")
        _require(len(page.key) <= limits.MAX_S3_KEY_CHARS, "page key over limit")
        source_of(page.url), ats_board(page.url), company_domain(page.url)  # the stages read its host
        check_storable(page)
    for parse in (liveness.parse_task, worker.parse_task):
        try:
            check_storable(parse(body))
        except BadInputError as exc:
            _rejected(exc)


def warm_up() -> None:
    """Load the lazy parts (the GeoNames gazetteer, charset models: seconds, once per process) so that
    time bounds measure inputs, not loading."""
    page = b"<html><body><h1>Data Engineer</h1><p>Location: Hamburg, Germany</p><p>Caf\xe9</p></body></html>"
    ingest(page, URLS[3], None)
    parse_messages('{"url": "https://a.example/1", "key": "k"}')


def choose(data: bytes) -> tuple[str, str | None]:
    """The URL and charset a fuzzer's input selects, from its last two bytes (so seeds stay pages)."""
    url = URLS[data[-1] % len(URLS)] if data else URLS[0]
    charset = CHARSETS[data[-2] % len(CHARSETS)] if len(data) > 1 else None
    return url, charset
