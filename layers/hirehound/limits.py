"""The input boundary's rules in one place: how large a queue message, a page and a posting may be,
and which characters text may hold to be stored.

Anything over a limit is bad input (`BadInputError` with the sizes), never truncated silently. The
figures leave wide room over real data: in the 719 real EMSCAD ads (shared data) the longest title is
96 characters and the longest description + requirements + benefits 9,718 characters of HTML.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from hirehound.errors import BadInputError

#: Largest page body accepted (5 MiB); job pages are far smaller.
MAX_PAGE_BYTES = 5 * 1024 * 1024
#: Longest URL accepted (page, company site, liveness check); servers commonly refuse more than 8 KiB.
MAX_URL_CHARS = 8192
#: An S3 object key (S3 allows 1024 bytes of UTF-8; checked here as characters).
MAX_S3_KEY_CHARS = 1024
#: S3's own limit for a bucket name.
MAX_BUCKET_CHARS = 63
#: A charset label (IANA names are at most 40 characters).
MAX_CHARSET_CHARS = 64
#: A Step Functions task token (the API allows up to 2048 characters).
MAX_TASK_TOKEN_CHARS = 2048
#: An extracted job title.
MAX_TITLE_CHARS = 500
#: Any other short extracted field: company, location, salary, employment type, dates, ids.
MAX_FIELD_CHARS = 2000
#: A cleaned description, as sanitized HTML and as text (~25x the longest real ad).
MAX_DESCRIPTION_CHARS = 250_000


def check_length(what: str, value: str | None, limit: int) -> None:
    """BadInputError when `value` is longer than `limit` characters."""
    if value is not None and len(value) > limit:
        raise BadInputError(f"{what} is {len(value)} characters, over the {limit}-character limit")


# NUL, which Postgres text and jsonb cannot hold, and lone surrogates (a JSON "\ud800" escape), which
# are not UTF-8 at all.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def has_control_characters(text: str) -> bool:
    """C0 controls, DEL or lone surrogates: never part of a URL, an S3 key or a charset label."""
    return _CONTROL.search(text) is not None


def page_url_problem(url: str) -> str | None:
    """Why `url` cannot be a scraped page's address, or ``None``: it must be an absolute http(s) URL
    with a host that ``urlsplit`` accepts (an unclosed IPv6 bracket, "https://x[y/1", raises in every
    stage that reads the host)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        return f"is not a URL ({exc})"
    if parts.scheme.lower() not in {"http", "https"}:
        return "is not an http(s) URL"
    return None if host else "has no host"


def storable(text: str) -> str:
    """`text` as Postgres can store it: NUL removed, lone surrogates replaced by U+FFFD (as a decoder
    does with bytes it cannot read)."""
    if "\x00" not in text if text.isascii() else not _UNSTORABLE.search(text):  # no surrogate is ASCII
        return text
    return _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def storable_json(value: Any) -> Any:
    """A JSON value with every string (keys too) made :func:`storable`."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {storable(str(k)): storable_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [storable_json(v) for v in value]
    return value
