"""Posted/expiry date text -> ``date``, relative to ``today``.

* ISO 8601 dates and timestamps (the date part as written; no time-zone shifting).
* Relative text: "today", "just posted", "yesterday", "2 days ago", "3 weeks ago", "1 month ago" (30 days),
  "an hour ago"; "30+ days ago" gives the latest date it can be (today - 30).
* Written dates via python-dateutil ("Nov 3, 2026", "3 November 2026"). A missing year is the most
  recent one for a posted date (never in the future) and the next one for an expiry date. Numeric
  day/month orders that could be either ("03/04/2026") are not guessed.
* Epoch seconds/milliseconds (Lever, Workday JSON) are read as UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from dateutil import parser as dateutil_parser

from hirehound.ingest.normalize._common import Parsed, clip

__all__ = ["parse_date"]

_UNIT_DAYS = {"minute": 0, "min": 0, "hour": 0, "hr": 0, "day": 1, "week": 7, "month": 30, "year": 365}
_RELATIVE = re.compile(
    r"(?P<n>\d+|an?|one)\s*\+?\s*(?P<unit>minute|min|hour|hr|day|week|month|year)s?\+?\s+ago", re.IGNORECASE
)
_TODAY = re.compile(r"\b(?:today|just\s+posted|just\s+now|heute|new)\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\b(?:yesterday|gestern)\b", re.IGNORECASE)
_AMBIGUOUS_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\s*$")
_ISO = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_NOISE = re.compile(
    r"^\s*(?:posted(?:\s+on)?|published(?:\s+on)?|updated|date\s+posted|valid\s+through|closes?|closing)\s*:?\s*",
    re.IGNORECASE,
)
_MAX_SKEW = timedelta(days=1)


def parse_date(text: str | None, *, today: date, expiry: bool = False) -> Parsed[date]:
    """Parse a posted (or, with ``expiry=True``, an expiry) date; unknown text gives ``None`` + reason."""
    if text is None or not text.strip():
        return Parsed.fail("no date text")
    raw = _NOISE.sub("", text.strip())
    try:
        found = _parse(raw, today, expiry=expiry)
    except (ValueError, OverflowError) as exc:
        return Parsed.fail(f"unparseable {clip(text)!r}: {type(exc).__name__}")
    if isinstance(found, str):
        return Parsed.fail(found)
    if not expiry and found > today + _MAX_SKEW:
        return Parsed.fail(f"posted date {found.isoformat()} is in the future")
    return Parsed.ok(found)


def _parse(raw: str, today: date, *, expiry: bool) -> date | str:
    if _EPOCH.match(raw):
        seconds = int(raw) / (1000 if len(raw) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    if iso := _ISO.search(raw):
        return date.fromisoformat(iso.group())
    return _written(raw, today, expiry)


def _written(raw: str, today: date, expiry: bool) -> date | str:  # noqa: PLR0911 - one exit per form
    if match := _RELATIVE.search(raw):
        count = match.group("n").lower()
        n = 1 if count in ("a", "an", "one") else int(count)
        days = n * _UNIT_DAYS[match.group("unit").lower()]
        return today - timedelta(days=days)
    if _YESTERDAY.search(raw):
        return today - timedelta(days=1)
    if _TODAY.search(raw):
        return today
    if (numeric := _AMBIGUOUS_NUMERIC.match(raw)) and numeric.group(1) != numeric.group(2):
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if first <= 12 and second <= 12:
            return f"ambiguous day/month order: {clip(raw)!r}"
    if not re.search(r"\d", raw):
        return f"unrecognized: {clip(raw)!r}"
    # Parse twice with different defaults: a component that differs was missing from the text.
    one = dateutil_parser.parse(raw, default=datetime(2000, 1, 1), fuzzy=True, dayfirst=True)
    two = dateutil_parser.parse(raw, default=datetime(2004, 2, 2), fuzzy=True, dayfirst=True)
    if one.day != two.day or one.month != two.month:
        return f"no day or month in {clip(raw)!r}"
    if one.year == two.year:
        return one.date()
    candidate = one.date().replace(year=today.year)
    if expiry and candidate < today:
        candidate = candidate.replace(year=today.year + 1)
    if not expiry and candidate > today + _MAX_SKEW:
        candidate = candidate.replace(year=today.year - 1)
    return candidate
