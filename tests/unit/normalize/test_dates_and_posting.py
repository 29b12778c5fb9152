from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hirehound.errors import BadInputError
from hirehound.ingest.models import (
    CleanPosting,
    EmploymentType,
    ExtractionMethod,
    RawPosting,
    RemoteMode,
    SalaryPeriod,
    Seniority,
)
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.normalize.dates import parse_date

pytestmark = pytest.mark.unit

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-03", date(2026, 11, 3)),
        ("2026-11-03T10:00:00Z", date(2026, 11, 3)),
        ("Posted on: 2026-11-10", date(2026, 11, 10)),
        ("2 days ago", date(2026, 11, 18)),
        ("Posted 30+ days ago", date(2026, 10, 21)),
        ("an hour ago", TODAY),
        ("Posted Today", TODAY),
        ("Posted Yesterday", date(2026, 11, 19)),
        ("3 weeks ago", date(2026, 10, 30)),
        ("Nov 3, 2026", date(2026, 11, 3)),
        ("3 November 2026", date(2026, 11, 3)),
        ("Dec 25", date(2025, 12, 25)),  # no year: the latest one not in the future
        ("13/04/2026", date(2026, 4, 13)),
        ("1700000000000", date(2023, 11, 14)),
    ],
)
def test_posted_dates(text, expected):
    assert parse_date(text, today=TODAY).value == expected


def test_expiry_without_year_is_next_occurrence():
    assert parse_date("Nov 3", today=TODAY, expiry=True).value == date(2027, 11, 3)
    assert parse_date("2027-01-31", today=TODAY, expiry=True).value == date(2027, 1, 31)


@pytest.mark.parametrize(
    ("text", "reason_start"),
    [
        (None, "no date text"),
        ("03/04/2026", "ambiguous day/month order"),
        ("November 2026", "no day or month"),
        ("soon", "unrecognized"),
        ("2027-01-01", "posted date 2027-01-01 is in the future"),
        ("2026-13-45", "unparseable"),
    ],
)
def test_dates_unknown_stay_none(text, reason_start):
    result = parse_date(text, today=TODAY)
    assert result.value is None and result.reason is not None
    assert result.reason.startswith(reason_start)


def _posting(**raw_fields: Any) -> CleanPosting:
    raw = RawPosting(
        url="https://boards.example.com/jobs/1",
        source="boards.example.com",
        method=ExtractionMethod.JSON_LD,
        **raw_fields,
    )
    return CleanPosting(raw=raw, description_text=raw_fields.get("description_html") or "")


def test_normalize_posting_combines_parsers():
    posting = _posting(
        title="Sr. Backend Engineer (m/w/d) - Remote",
        location_text="Toronto, ON, Canada",
        remote_text="TELECOMMUTE",
        employment_type_text="FULL_TIME",
        salary_text="$120k-150k",
        date_posted_text="2 days ago",
        valid_through_text="2026-12-31",
    )
    out = normalize_posting(posting, today=TODAY)
    assert out.title == "Sr. Backend Engineer (m/w/d) - Remote"
    assert out.title_normalized == "Senior Backend Engineer"
    assert out.seniority is Seniority.SENIOR
    assert out.employment_type is EmploymentType.FULL_TIME
    assert out.remote_mode is RemoteMode.REMOTE
    assert out.location is not None and out.location.region == "CA-ON"
    assert out.salary is not None
    assert (out.salary.currency, out.salary.period) == ("CAD", SalaryPeriod.YEAR)  # "$" in Canada
    assert (out.posted_on, out.expires_on) == (date(2026, 11, 18), date(2026, 12, 31))
    assert out.unparsed == {}


def test_normalize_posting_records_reasons():
    out = normalize_posting(
        _posting(title="Widget Wrangler", location_text="Planet Mars", salary_text="competitive"), today=TODAY
    )
    assert out.salary is None and out.location is None and out.posted_on is None
    assert out.unparsed["salary"] == "not stated: 'competitive'"
    assert out.unparsed["location"] == "unrecognized: 'Planet Mars'"
    assert out.unparsed["posted_on"] == "no date text"
    assert set(out.unparsed) == {
        "seniority", "employment_type", "remote_mode", "location", "salary", "posted_on", "expires_on",
    }  # fmt: skip


def test_normalize_posting_notes_open_salary_bound():
    out = normalize_posting(_posting(title="Analyst", salary_text="up to $90,000"), today=TODAY)
    assert out.salary is not None and out.salary.maximum == 90_000
    assert "salary_minimum" in out.unparsed


def test_normalize_posting_without_title_is_bad_input():
    with pytest.raises(BadInputError):
        normalize_posting(_posting(title="  "), today=TODAY)
