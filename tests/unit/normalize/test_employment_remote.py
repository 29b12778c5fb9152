from __future__ import annotations

import pytest
from hirehound.ingest.models import EmploymentType, RemoteMode
from hirehound.ingest.normalize.employment import parse_employment_type
from hirehound.ingest.normalize.remote import parse_remote

pytestmark = pytest.mark.unit

FT, PT, C, T, INTERN = (
    EmploymentType.FULL_TIME,
    EmploymentType.PART_TIME,
    EmploymentType.CONTRACT,
    EmploymentType.TEMPORARY,
    EmploymentType.INTERNSHIP,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FULL_TIME", FT),
        ("Full-time", FT),
        ("Permanent", FT),
        ("Vollzeit, unbefristet", FT),
        ("Contract", C),
        ("CONTRACTOR", C),
        ("Full-time, Contract", C),
        ("Part time", PT),
        ("PART_TIME", PT),
        ("Internship", INTERN),
        ("INTERN", INTERN),
        ("Werkstudent", INTERN),
        ("Temporary", T),
        ("Fixed-term (befristet)", T),
        ("FULL_TIME, PART_TIME", None),
        ("VOLUNTEER", None),
    ],
)
def test_employment_type(text, expected):
    result = parse_employment_type(text)
    assert result.value is expected
    assert (result.reason is None) == (expected is not None)


def test_employment_type_fallbacks():
    assert parse_employment_type(None, title="Marketing Intern").value is INTERN
    assert parse_employment_type(None, description="Job type: Part-time\nAbout us").value is PT
    assert parse_employment_type(None, description="Join our full-time team").value is None
    assert parse_employment_type(None).reason == "no employment type text"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"remote_text": "TELECOMMUTE"}, RemoteMode.REMOTE),
        ({"location_text": "Remote - US"}, RemoteMode.REMOTE),
        ({"location_text": "Hybrid (Austin, TX)"}, RemoteMode.HYBRID),
        ({"location_text": "Austin, TX", "description": "You'll spend 3 days in office each week."},
         RemoteMode.HYBRID),
        ({"location_text": "Berlin", "description": "This role is fully remote."}, RemoteMode.REMOTE),
        ({"remote_text": "On-site"}, RemoteMode.ONSITE),
        ({"description": "This is not a remote position."}, RemoteMode.ONSITE),
        ({"description": "This position is based on-site in Munich."}, RemoteMode.ONSITE),
        ({"remote_text": "TELECOMMUTE", "description": "Hybrid: 2 days per week in the office"},
         RemoteMode.HYBRID),
        ({"title": "Backend Engineer (Remote)"}, RemoteMode.REMOTE),
        ({"title": "Remote Sensing Scientist"}, None),
        ({"location_text": "Austin, TX"}, None),
        ({"description": "We build hybrid cloud software."}, None),
    ],
)  # fmt: skip
def test_remote_mode(kwargs, expected):
    result = parse_remote(**kwargs)
    assert result.value is expected
    if expected is None:
        assert result.reason == "no remote/hybrid/on-site cue"
