from __future__ import annotations

import pytest
from hirehound.ingest.models import Seniority
from hirehound.ingest.normalize.title import normalize_title, parse_seniority

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("title", "normalized"),
    [
        ("Senior Software Engineer (m/w/d)", "Senior Software Engineer"),
        ("Backend Engineer - Remote", "Backend Engineer"),
        ("SENIOR DATA ENGINEER - URGENT!!", "Senior Data Engineer"),
        ("Sr. QA Engineer (Req #12345)", "Senior QA Engineer"),
        ("Marketing Manager [JR-12345]", "Marketing Manager"),
        ("Werkstudent Data Science (m/w/d)", "Werkstudent Data Science"),
        ("Data Analyst | London", "Data Analyst"),
        ("Software Engineer - Austin, TX", "Software Engineer"),
        ("Customer Success Manager - Remote US", "Customer Success Manager"),
        ("Ing\u00e9nieur Logiciel (H/F)", "Ing\u00e9nieur Logiciel"),
        ("\U0001f680 Frontend Developer \U0001f680", "Frontend Developer"),
        ("DevOps Engineer - Backend", "DevOps Engineer - Backend"),  # not a place: kept
        ("Java Developer - Mobile", "Java Developer - Mobile"),  # Mobile, AL is too small to assume
        ("Software Engineer II", "Software Engineer II"),
    ],
)
def test_normalize_title(title, normalized):
    assert normalize_title(title) == normalized


@pytest.mark.parametrize(
    ("title", "seniority"),
    [
        ("Software Engineering Intern", Seniority.INTERN),
        ("Werkstudent Marketing", Seniority.INTERN),
        ("Jr. Web Developer", Seniority.JUNIOR),
        ("Software Engineer I", Seniority.JUNIOR),
        ("Software Engineer II", Seniority.MID),
        ("Mid-Level UX Designer", Seniority.MID),
        ("Sr Data Scientist", Seniority.SENIOR),
        ("Software Engineer III", Seniority.SENIOR),
        ("Staff Engineer", Seniority.LEAD),
        ("Tech Lead, Payments", Seniority.LEAD),
        ("Principal Architect", Seniority.PRINCIPAL),
        ("Engineering Manager", Seniority.MANAGER),
        ("Senior Engineering Manager", Seniority.MANAGER),
        ("Senior Product Manager", Seniority.SENIOR),
        ("Head of Engineering", Seniority.DIRECTOR),
        ("Director, Product Management", Seniority.DIRECTOR),
        ("VP of Sales", Seniority.EXECUTIVE),
        ("Chief Technology Officer", Seniority.EXECUTIVE),
        ("CTO", Seniority.EXECUTIVE),
    ],
)
def test_seniority(title, seniority):
    assert parse_seniority(title).value is seniority


@pytest.mark.parametrize(
    "title", ["Software Engineer", "Product Manager", "Head Chef", "Lead Generation Specialist", "Accountant"]
)
def test_no_seniority_cue_is_none(title):
    result = parse_seniority(title)
    assert result.value is None and result.reason is not None
