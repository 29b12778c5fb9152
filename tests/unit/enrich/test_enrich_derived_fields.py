"""Merge precedence with provenance, industry, size, geocoding and Retry-After parsing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hirehound.enrich import geo, industry, size
from hirehound.enrich.merge import ProviderOutcome, merge
from hirehound.enrich.providers import ProviderResult, crunchbase_employees, retry_after_seconds

pytestmark = pytest.mark.unit


def outcome(provider: str, **fields: object) -> ProviderOutcome:
    return ProviderOutcome(provider=provider, ok=True, result=ProviderResult(provider=provider, **fields))


def test_merge_follows_the_precedence_and_keeps_alternatives_and_failures() -> None:
    profile = merge(
        [
            outcome("linkedin", name="Acme", employee_count=180, description="LI"),
            outcome("clearbit", name="Acme Corp", employee_count=None, description="CB"),
            ProviderOutcome(provider="crunchbase", ok=False, error="CircuitOpen"),
        ],
        {"hq_city": "Paris", "name": "acme"},
    )
    fields = profile["fields"]
    assert fields["name"] == {
        "value": "Acme Corp",
        "source": "clearbit",
        "alternatives": {"linkedin": "Acme"},
    }
    assert fields["employee_count"] == {"value": 180, "source": "linkedin", "alternatives": {}}
    assert fields["description"]["source"] == "clearbit"  # crunchbase, first choice, did not answer
    assert fields["hq_city"] == {"value": "Paris", "source": "internal", "alternatives": {}}
    assert profile["sources"]["crunchbase"] == {"status": "failed", "error": "CircuitOpen", "cause": None}


def test_a_timed_out_provider_is_missing_and_failures_keep_their_cause() -> None:
    timed_out = {"Error": "States.Timeout", "Cause": None}
    failed = {"Error": "TransientError", "Cause": "clearbit: HTTP 503"}
    profile = merge(
        [
            outcome("linkedin", name="Acme"),
            ProviderOutcome(provider="crunchbase", ok=False, error="States.Timeout", failure=timed_out),
            ProviderOutcome(provider="clearbit", ok=False, error="TransientError", failure=failed),
        ],
        {},
    )
    assert profile["sources"] == {
        "linkedin": {"status": "ok"},
        "crunchbase": {"status": "missing", "error": "States.Timeout", "cause": None},
        "clearbit": {"status": "failed", "error": "TransientError", "cause": "clearbit: HTTP 503"},
    }
    assert profile["fields"]["name"]["source"] == "linkedin"


def test_industry_prefers_provider_labels_over_description_words() -> None:
    result = industry.classify(["Banking"], "We build software for banks and a data platform.")
    assert result.industry_id == "fintech" and 0 < result.confidence < 1
    assert industry.classify([], "").industry is None


@pytest.mark.parametrize(
    ("counts", "jobs", "expected"),
    [
        ([180, 200, 175], 3, ("51-200", 0.9)),
        ([40, 400], 3, ("201-500", 0.7)),
        ([], 12, ("51-200", 0.3)),
        ([], 0, (None, 0.0)),
    ],
)
def test_size_estimate(counts: list[int], jobs: int, expected: tuple[str | None, float]) -> None:
    result = size.estimate(counts, jobs)
    assert (result.size_range, result.confidence) == expected


def test_geocoding_is_offline_and_takes_codes_or_names() -> None:
    berlin = geo.geocode("Berlin", "Germany")
    assert berlin is not None and berlin.country_code == "DE"
    assert geo.geocode("München", "DEU") is not None
    assert geo.geocode("Nowhere-upon-Sea", "GB") is None
    assert geo.geocode("Berlin", "US") is None or geo.geocode("Berlin", "US").country_code == "US"  # type: ignore[union-attr]


def test_retry_after_and_crunchbase_ranges() -> None:
    now = datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Sun, 29 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("soon", default=2.0) == 2.0
    assert crunchbase_employees("c_00101_00250") == 175
    assert crunchbase_employees("c_10001_max") == 10001
    assert crunchbase_employees(None) is None


def test_the_provider_wait_comes_from_the_environment_and_heartbeats_inside_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hirehound.enrich.stages import provider_wait

    assert provider_wait() == {"timeout_s": 1800, "heartbeat_s": 600}
    monkeypatch.setenv("HIREHOUND_PROVIDER_TASK_TIMEOUT_S", "3")
    assert provider_wait() == {"timeout_s": 3, "heartbeat_s": 2}
