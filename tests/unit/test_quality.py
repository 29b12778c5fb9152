"""Quality score: completeness of the fields and richness of the description, with a reason per criterion."""

from __future__ import annotations

from datetime import date

import pytest
from hirehound.ingest.models import (
    CleanPosting,
    EmploymentType,
    ExtractionMethod,
    Location,
    NormalizedPosting,
    RawPosting,
    RemoteMode,
    Salary,
    SalaryPeriod,
)
from hirehound.ingest.quality import QualityScore, score_quality

pytestmark = pytest.mark.unit

RICH_TEXT = """About the role
Northwind Health is hiring a data engineer to build the pipelines behind our clinical dashboards.

What you'll do
- Design batch and streaming pipelines in Python, Airflow and Kafka.
- Model data in our Postgres warehouse and keep it documented and tested.
- Work with analysts and clinicians to understand what the numbers mean.
- Review pull requests and help run our on-call rotation once a month.

Requirements
- Three or more years of data engineering experience in production.
- Strong SQL and Python; experience with dbt is a plus.
- Clear written communication and care for data privacy.

Benefits
- Medical, dental and vision insurance from day one.
- A 401(k) with a 5% match, 25 days of paid leave and a yearly learning budget.
- Hybrid work from our Boston office two days a week.
"""


def posting(text: str = RICH_TEXT, *, company: str | None = "Northwind Health") -> CleanPosting:
    raw = RawPosting(
        url="https://jobs.example.com/1",
        source="jobs.example.com",
        method=ExtractionMethod.JSON_LD,
        title="Data Engineer",
        company_name=company,
    )
    return CleanPosting(raw=raw, description_text=text)


def normalized(**changes: object) -> NormalizedPosting:
    full = NormalizedPosting(
        title="Data Engineer",
        title_normalized="data engineer",
        employment_type=EmploymentType.FULL_TIME,
        remote_mode=RemoteMode.HYBRID,
        location=Location(city="Boston", region="US-MA", country_code="US"),
        salary=Salary(
            minimum=120_000,
            maximum=140_000,
            currency="USD",
            period=SalaryPeriod.YEAR,
            annual_minimum=120_000,
            annual_maximum=140_000,
        ),
        posted_on=date(2025, 1, 6),
        expires_on=date(2025, 2, 6),
    )
    return full.model_copy(update=changes)


def reason(result: QualityScore, criterion: str):
    return next(r for r in result.reasons if r.criterion == criterion)


def test_a_complete_rich_posting_scores_100() -> None:
    result = score_quality(posting(), normalized(), skills_count=7)
    assert result.score == 100.0
    assert result.missing == []
    assert all(r.points == r.max_points for r in result.reasons)


def test_the_weights_add_up_to_100() -> None:
    result = score_quality(posting(), normalized(), skills_count=0)
    assert sum(r.max_points for r in result.reasons) == 100.0
    assert len({r.criterion for r in result.reasons}) == len(result.reasons)


def test_a_bare_posting_scores_low_and_says_what_is_missing() -> None:
    bare = normalized(
        employment_type=None, remote_mode=None, location=None, salary=None, posted_on=None, expires_on=None
    )
    result = score_quality(posting("Call us.", company=None), bare, skills_count=0)
    assert result.score < 20  # publication rejects it
    assert set(result.missing) >= {
        "company",
        "location",
        "salary",
        "employment_type",
        "dates",
        "description_length",
        "responsibilities",
        "requirements",
        "benefits",
        "skills",
        "readable_length",
    }
    assert reason(result, "salary").detail == "missing a salary"
    assert reason(result, "dates").detail == "missing posting date and expiry date"


@pytest.mark.parametrize(
    ("change", "criterion", "lost"),
    [
        ({"salary": None}, "salary", 10.0),
        ({"employment_type": None}, "employment_type", 5.0),
        ({"location": None}, "location", 8.0),
        ({"expires_on": None}, "dates", 3.0),
        ({"posted_on": None}, "dates", 4.0),
        ({"title": "  "}, "title", 10.0),
    ],
)
def test_each_missing_field_costs_its_weight(change: dict[str, object], criterion: str, lost: float) -> None:
    result = score_quality(posting(), normalized(**change), skills_count=5)
    assert result.score == 100.0 - lost
    assert reason(result, criterion).points == reason(result, criterion).max_points - lost


def test_a_remote_job_needs_no_location() -> None:
    result = score_quality(
        posting(), normalized(location=None, remote_mode=RemoteMode.REMOTE), skills_count=5
    )
    assert reason(result, "location").points == 8.0


def test_missing_company_is_named() -> None:
    result = score_quality(posting(company=None), normalized(), skills_count=5)
    assert "company" in result.missing
    assert result.score == 90.0


def test_description_length_gives_partial_then_full_points() -> None:
    assert reason(score_quality(posting("x " * 50), normalized(), 0), "description_length").points == 0
    assert reason(score_quality(posting("word " * 60), normalized(), 0), "description_length").points == 5
    assert reason(score_quality(posting("word " * 130), normalized(), 0), "description_length").points == 10


def test_skills_earn_two_points_each_up_to_five() -> None:
    points = [
        reason(score_quality(posting(), normalized(), n), "skills").points for n in (0, 1, 3, 5, 12, -1)
    ]
    assert points == [0, 2, 6, 10, 10, 0]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Responsibilities:\n- ship code", {"responsibilities"}),
        (
            "Key responsibilities: X. Qualifications: a degree. Perks: free lunch.",
            {"responsibilities", "requirements", "benefits"},
        ),
        (
            "## What you will do\nthings\n## What we're looking for\nstuff\n## What we offer\ncash",
            {"responsibilities", "requirements", "benefits"},
        ),
        (
            "Your role\nBuild.\nAbout you\nCurious.\nCompensation & benefits\nGood.",
            {"responsibilities", "requirements", "benefits"},
        ),
        (
            "We have great benefits and you will be responsible for many duties in this long sentence that "
            "runs on "
            "and on without any heading at all.",
            set(),
        ),
    ],
)
def test_sections_are_found_by_their_headings(text: str, found: set[str]) -> None:
    result = score_quality(posting(text), normalized(), 0)
    present = {c for c in ("responsibilities", "requirements", "benefits") if reason(result, c).points > 0}
    assert present == found


def test_shouting_loses_points_but_acronyms_do_not() -> None:
    shouting = score_quality(posting(RICH_TEXT.upper()), normalized(), 5)
    acronyms = score_quality(
        posting(RICH_TEXT + "\nTools: AWS, SQL, ETL, CI/CD, REST, API, GCP, K8S."), normalized(), 5
    )
    assert reason(shouting, "not_shouting").points == 0
    assert "(shouting)" in reason(shouting, "not_shouting").detail
    assert reason(acronyms, "not_shouting").points == 4


def test_readable_length_has_both_bounds() -> None:
    assert reason(score_quality(posting(RICH_TEXT), normalized(), 0), "readable_length").points == 4
    assert reason(score_quality(posting("word " * 50), normalized(), 0), "readable_length").points == 0
    too_long = score_quality(posting("word " * 2500), normalized(), 0)
    assert reason(too_long, "readable_length").points == 0
    assert "outside 120..2000" in reason(too_long, "readable_length").detail


def test_score_is_json_serializable_for_the_reasons_column() -> None:
    dumped = score_quality(posting(), normalized(), 2).model_dump(mode="json")
    assert 0 <= dumped["score"] <= 100
    assert {"criterion", "points", "max_points", "detail"} == set(dumped["reasons"][0])
