"""Maintenance decisions as pure functions: expiry, liveness verdicts, index plans, canonical choice
and the revalidation match."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from hirehound.config import Settings
from hirehound.ingest import dedup
from hirehound.maintenance.expiry import expiry_reason
from hirehound.maintenance.indexes import (
    CountryIndexes,
    TableHealth,
    country_index_plan,
    plan,
    recent_search_plan,
)
from hirehound.maintenance.liveness import bucket_key, classify, is_listing_redirect
from hirehound.maintenance.revalidation import pick_canonical, still_matches

pytestmark = pytest.mark.unit
TODAY = date(2026, 11, 29)


def _expiry(**changes: Any) -> tuple[str, str] | None:
    facts: dict[str, Any] = {
        "today": TODAY,
        "expires_on": None,
        "posted_on": date(2026, 11, 1),
        "first_seen": datetime(2026, 11, 2, tzinfo=UTC),
        "liveness": "alive",
        "liveness_detail": "HTTP 200",
        "max_age_days": 60,
        **changes,
    }
    return expiry_reason(**facts)


def test_a_current_posting_does_not_expire() -> None:
    assert _expiry() is None
    assert _expiry(expires_on=TODAY) is None  # valid through its last day
    assert _expiry(posted_on=date(2026, 9, 30)) is None  # exactly 60 days


def test_expiry_by_date_liveness_and_age() -> None:
    assert _expiry(expires_on=date(2026, 11, 28)) == ("expiry_date", "expired on 2026-11-28")
    assert _expiry(liveness="gone", liveness_detail="HTTP 410") == ("gone", "gone from its board: HTTP 410")
    kind, reason = _expiry(posted_on=date(2026, 9, 29)) or ("", "")
    assert kind == "age" and "older than 60 days" in reason
    # without a posting date, the first time it was seen counts
    assert _expiry(posted_on=None, first_seen=datetime(2026, 8, 1, tzinfo=UTC)) is not None
    assert _expiry(liveness="unknown") is None  # an unreachable board is not proof of anything


@pytest.mark.parametrize(
    ("original", "final", "listing"),
    [
        ("https://b.example/jobs/42", "https://b.example/jobs", True),
        ("https://b.example/jobs/42", "https://b.example/jobs/", True),
        ("https://b.example/jobs/42", "https://b.example/", True),
        ("https://b.example/acme/jobs/42-data-engineer", "https://b.example/acme", True),
        ("https://b.example/job/42", "https://b.example/search?q=data", True),
        ("https://www.b.example/jobs/42", "https://b.example/jobs/42-data-engineer", False),
        ("http://b.example/jobs/42", "https://b.example/jobs/42", False),
        ("https://b.example/jobs/42", "https://other.example/", False),
    ],
)
def test_listing_redirects(original: str, final: str, listing: bool) -> None:
    assert is_listing_redirect(original, final) is listing


def _response(url: str, status: int, *, redirected_from: str | None = None, **headers: str) -> httpx.Response:
    history = []
    if redirected_from:
        history = [httpx.Response(302, request=httpx.Request("HEAD", redirected_from))]
    response = httpx.Response(status, headers=headers, request=httpx.Request("HEAD", url), history=history)
    return response


def test_responses_are_classified() -> None:
    url = "https://b.example/jobs/42"
    assert classify(url, _response(url, 200)).outcome == "alive"
    assert classify(url, _response(url, 404)).outcome == "gone"
    assert classify(url, _response(url, 410)).outcome == "gone"
    moved = classify(url, _response("https://b.example/jobs", 200, redirected_from=url))
    assert (moved.outcome, moved.final_url) == ("gone", "https://b.example/jobs")
    renamed = classify(url, _response(url + "-data-engineer", 200, redirected_from=url))
    assert renamed.outcome == "alive"
    assert classify(url, _response(url, 503)).outcome == "unknown"
    limited = classify(url, _response(url, 429, **{"Retry-After": "7"}))
    assert (limited.outcome, limited.retry_after_s) == ("unknown", 7.0)


def test_the_rate_limit_is_per_board_host() -> None:
    assert (
        bucket_key("https://www.b.example/jobs/1")
        == bucket_key("https://b.example/x")
        == "liveness:b.example"
    )
    assert bucket_key("https://other.example/jobs/1") != bucket_key("https://b.example/jobs/1")


def test_index_plan_follows_measured_bloat() -> None:
    thresholds: dict[str, Any] = {"min_rows": 1000, "analyze_ratio": 0.1, "reindex_ratio": 0.2}
    bloated = plan(TableHealth("postings", 1000, 600, 0), **thresholds)
    assert bloated.analyze and bloated.reindex and "dead 38%" in bloated.reason
    stale = plan(TableHealth("postings", 5000, 100, 800), **thresholds)
    assert stale.analyze and not stale.reindex
    healthy = plan(TableHealth("postings", 5000, 100, 100), **thresholds)
    assert not healthy.analyze and not healthy.reindex
    tiny = plan(TableHealth("skills", 10, 90, 90), **thresholds)
    assert not tiny.analyze and not tiny.reindex


def test_country_indexes_are_wanted_for_large_countries_that_are_a_small_share() -> None:
    published = {"US": 250_000, "DE": 90_000, "SE": 30_000, "IS": 5_000, "NO": 15_000, "FI": 9_000}
    limits: dict[str, Any] = {"min_published": 20_000, "max_share": 0.25}  # DE: 23 % of 399,000
    assert country_index_plan(published, {}, **limits) == CountryIndexes(("DE", "SE"), ())
    # built already: nothing; a failed (invalid) build is dropped and built again
    assert country_index_plan(published, {"DE": True, "SE": False}, **limits) == CountryIndexes(
        ("SE",), ("SE",)
    )
    # below the line but within the margin (NO: 15,000 >= 10,000) stays; FI fell below half; US grew
    # past 1.5 x the share (63 %); a country with no published postings left goes too
    existing = {"DE": True, "SE": True, "NO": True, "FI": True, "US": True, "XK": True}
    assert country_index_plan(published, existing, **limits) == CountryIndexes((), ("FI", "US", "XK"))
    assert country_index_plan({}, {}, **limits) == CountryIndexes((), ())


def test_the_default_limits_give_the_largest_country_of_the_scale_corpus_its_graph() -> None:
    # benchmarks/scale.py at 1,000,000 postings: the US holds 27 % of the published ones, and its
    # searches through the whole graph were the slowest vector sides (docs/scale.md)
    published = {"US": 245_155, "DE": 91_964, "GB": 91_958, "CA": 61_734, "ES": 60_746}
    published |= {c: 30_700 for c in ("IT", "SG", "DK", "CZ", "IE", "NL", "FR", "AT", "AU", "CH", "PL", "SE")}
    settings = Settings()
    limits: dict[str, Any] = {
        "min_published": settings.country_index_min_published,
        "max_share": settings.country_index_max_share,
    }
    assert country_index_plan(published, {}, **limits).create == tuple(sorted(published))
    assert country_index_plan({"US": 600_000, "DE": 100_000}, {}, **limits).create == ("DE",)  # 86 %


def test_the_recent_search_index_is_built_for_a_large_table_and_moved_on_after_two_windows() -> None:
    limits: dict[str, Any] = {"window": 100_000, "min_published": 400_000}
    assert recent_search_plan(399_999, None, **limits) is None  # small: the whole GIN index is as cheap
    assert recent_search_plan(400_000, None, **limits) == "create_index"
    assert recent_search_plan(900_000, 199_999, **limits) is None  # within two windows: kept
    assert recent_search_plan(900_000, 200_000, **limits) == "create_index"  # rebuilt, a newer horizon
    assert recent_search_plan(200_000, 150_000, **limits) is None  # kept down to half the size
    assert recent_search_plan(199_999, 150_000, **limits) == "drop_index"


def _member(
    pid: int, status: str = "duplicate", quality: float | None = 50.0, **fields: Any
) -> dict[str, Any]:
    return {
        "id": pid,
        "status": status,
        "quality_score": quality,
        "content_hash": None,
        "minhash": None,
        "embedding": None,
        **fields,
    }


def test_the_canonical_is_kept_while_live_else_the_best_live_member() -> None:
    members = [_member(1, "published", 40.0), _member(2, quality=90.0), _member(3, quality=90.0)]
    assert pick_canonical(members, 1) == 1
    members[0]["status"] = "expired"
    assert pick_canonical(members, 1) == 2  # best quality, then the oldest
    assert pick_canonical([_member(1, "expired"), _member(2, "rejected")], 1) == 1


TEXT = " ".join(f"word{i} builds pipelines for team{i % 7}" for i in range(80))


def test_match_uses_ingestions_signals_and_deep_check() -> None:
    asked: list[tuple[int, int]] = []

    def deep_check(a: int, b: int) -> bool:
        asked.append((a, b))
        return True

    canonical = _member(1, "published", content_hash="h", minhash=dedup.minhash_signature(TEXT))
    same = _member(2, content_hash="h")
    assert still_matches(same, canonical, deep_check).kind == "exact" and not asked

    near = _member(3, content_hash="x", minhash=dedup.minhash_signature(TEXT + " one more line"))
    match = still_matches(near, canonical, deep_check)
    assert match.same and match.kind == "near" and asked == [(3, 1)]

    unrelated = _member(4, content_hash="y", minhash=dedup.minhash_signature("a different job entirely"))
    assert not still_matches(unrelated, canonical, deep_check).same
    assert asked == [(3, 1)]  # not even a possible duplicate: no deep check

    assert not still_matches(near, canonical, lambda a, b: False).same
