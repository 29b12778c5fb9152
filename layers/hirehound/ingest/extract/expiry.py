"""A posting whose JobPosting ``validThrough`` had passed when the page was fetched.

The fetch date is the scraper's ``fetched_at`` when it says; else the page's own record of being saved:
SingleFile's opening comment (``saved date: Fri Nov 27 2026 09:12:44 GMT+0000``), Save Page WE's
``<meta name="savepage-date">``, or a Wayback Machine URL's timestamp (``/web/20261127091244/``). Without
one, the footer's copyright year is a lower bound ("© 2026": served in 2026 or later, so a posting valid
through 2025 had expired); with neither, ``validThrough`` decides nothing: a page saved long ago would
otherwise read as expired today.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from hirehound.ingest.extract.dom import Json

_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
)}  # fmt: skip
# "Fri Nov 27 2026 09:12:44 GMT+0000": JavaScript's Date.toString(), as both extensions write it.
_JS_DATE = r"(?:[A-Z][a-z]{2},? )?(?P<month>[A-Z][a-z]{2}) (?P<day>\d{1,2}),? (?P<year>\d{4})"
_SAVED = (
    re.compile(rf"saved date:\s*(?:{_JS_DATE}|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"),
    re.compile(rf"<meta[^>]+name=[\"']savepage-date[\"'][^>]+content=[\"']{_JS_DATE}"),
)
_WAYBACK = re.compile(r"/web/(\d{4})(\d{2})(\d{2})\d{0,6}(?:[a-z]{2}_)?/")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d\d)\b")
# Where a saving tool writes its record: the first characters of the page.
_HEAD = 3000


def crawl_date(html: str, url: str, fetched_at: datetime | None) -> date | None:
    """When the page was fetched: the scraper's time, else the saving tool's record, else ``None``."""
    if fetched_at is not None:
        return fetched_at.date()
    head = html[:_HEAD]
    for pattern in _SAVED:
        found = pattern.search(head)
        if found and found.groupdict().get("iso"):
            return _iso(found.group("iso"))
        if found:
            month = _MONTHS.get(found.group("month").casefold(), 0)
            return _date(int(found.group("year")), month, int(found.group("day")))
    wayback = _WAYBACK.search(url)
    return _date(*(int(part) for part in wayback.groups())) if wayback else None


def rendered_since(footer_lines: list[str], today: date) -> date | None:
    """The first day of the latest year in the footer's copyright line ("© 2024-2026 Pier Nine"): a
    server renders its current year there, so the page was served no earlier (a year after ``today`` is a
    typo, not a date)."""
    years = [
        int(year)
        for line in footer_lines
        if _COPYRIGHT.search(line)
        for year in _YEAR.findall(line)
        if int(year) <= today.year
    ]
    return date(max(years), 1, 1) if years else None


def valid_through(posting: dict[str, Json]) -> date | None:
    value = posting.get("validThrough")
    return _iso(value) if isinstance(value, str) else None


def _iso(value: str) -> date | None:
    found = _ISO_DATE.match(value)
    return _date(*(int(part) for part in found.groups())) if found else None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
