"""The enrichment state machine, run locally end to end against the fake provider server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hirehound.db import circuit_breakers, rate_limits
from hirehound.db.pool import transaction
from hirehound_local.cloud import LocalCloud
from hirehound_local.workers import QueueWorkers

from tests.fakes.provider_server import CannedCompany, FakeProviderServer, Page, provider_server

pytestmark = pytest.mark.e2e
__all__ = ["provider_server"]

PROVIDER_QUEUES = ("EnrichLinkedIn", "EnrichClearbit", "EnrichCrunchbase")
SITE = """<!doctype html><html><head><title>Acme</title>
<link rel="icon" href="/favicon.ico"><meta property="og:image" content="/og.png"></head>
<body><header><a href="/"><img class="site-logo" src="static/acme-logo.svg" width="120" height="40"></a>
</header><p>Acme builds developer tools for data teams.</p></body></html>"""


@pytest.fixture
def enrich_cloud(db: str, provider_server: FakeProviderServer) -> Iterator[LocalCloud]:
    """The local cloud pointed at the fake providers."""
    env = {"DATABASE_URL": db, "HIREHOUND_PROVIDER_TIMEOUT_S": "1", **provider_server.env()}
    with LocalCloud(env=env) as local:
        yield local


def add_company(conn: psycopg.Connection[Any], name: str, domain: str | None, normalized: str) -> int:
    row = conn.execute(
        "INSERT INTO companies (name, normalized_name, domain, blocking_key)"
        " VALUES (%s, %s, %s, %s) RETURNING id",
        (name, normalized, domain, normalized.replace(" ", "")[:3]),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def add_posting(conn: psycopg.Connection[Any], company_id: int, n: int) -> int:
    page = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
        " VALUES (%s, 'test', %s, 'b', %s, 1) RETURNING id",
        (f"https://acme.example/jobs/{n}", f"sha{n}", f"k{n}"),
    ).fetchone()
    assert page is not None
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, company_id, status)"
        " VALUES (%s, %s, 'test', 'jsonld', '{}', %s, 'published') RETURNING id",
        (page["id"], f"https://acme.example/jobs/{n}", company_id),
    ).fetchone()
    assert row is not None
    return int(row["id"])


@pytest.fixture
def acme(provider_server: FakeProviderServer, conn: psycopg.Connection[Any]) -> int:
    site = provider_server.add_page("acme/", Page(SITE.encode()))
    provider_server.add_page("acme", Page(status=301, location="/sites/acme/"))
    provider_server.add_company(CannedCompany("Acme Corp", "acme.example", website=site.removesuffix("/")))
    return add_company(conn, "Acme Corp", "acme.example", "acme")


def test_a_company_is_enriched_end_to_end(
    enrich_cloud: LocalCloud, conn: psycopg.Connection[Any], acme: int, provider_server: FakeProviderServer
) -> None:
    postings = [add_posting(conn, acme, n) for n in range(3)]

    with QueueWorkers(enrich_cloud, PROVIDER_QUEUES) as workers:
        execution = enrich_cloud.run("Enrichment", {"company_id": acme}, timeout_s=60)

    assert execution.status == "SUCCEEDED", execution.cause
    assert not workers.errors
    assert execution.output["sources"] == {"linkedin": "ok", "clearbit": "ok", "crunchbase": "ok"}
    company = conn.execute("SELECT * FROM companies WHERE id = %s", (acme,)).fetchone()
    assert company is not None
    fields = company["profile"]["fields"]
    assert fields["employee_count"] == {
        "value": 180,
        "source": "linkedin",
        "alternatives": {"clearbit": 200, "crunchbase": 175},
    }
    assert fields["description"]["source"] == "crunchbase"
    assert company["logo_url"].endswith("/sites/acme/static/acme-logo.svg")
    assert (company["logo_width"], company["logo_height"]) == (120, 40)
    assert company["industry"] == "Software & Internet"
    assert (company["size_range"], company["size_confidence"]) == ("51-200", pytest.approx(0.9))
    assert (company["hq_city"], company["hq_country_code"]) == ("Berlin", "DE")
    assert company["hq_latitude"] == pytest.approx(52.52, abs=0.01)
    assert company["embedding"] is not None and company["enriched_at"] is not None
    rows = conn.execute(
        "SELECT company_name, company_industry, company_size_range, company_logo_url FROM postings"
        " WHERE id = ANY(%s)",
        (postings,),
    ).fetchall()
    assert {tuple(r.values()) for r in rows} == {
        ("Acme Corp", "Software & Internet", "51-200", company["logo_url"])
    }
    assert execution.output["postings_updated"] == 3


def test_a_provider_that_is_down_does_not_stop_the_merge(
    enrich_cloud: LocalCloud, conn: psycopg.Connection[Any], acme: int, provider_server: FakeProviderServer
) -> None:
    provider_server.set("crunchbase", mode="down")

    with QueueWorkers(enrich_cloud, PROVIDER_QUEUES):
        execution = enrich_cloud.run("Enrichment", {"company_id": acme}, timeout_s=60)

    assert execution.status == "SUCCEEDED", execution.cause
    assert execution.output["sources"] == {"linkedin": "ok", "clearbit": "ok", "crunchbase": "failed"}
    company = conn.execute("SELECT profile, industry FROM companies WHERE id = %s", (acme,)).fetchone()
    assert company is not None
    failed = company["profile"]["sources"]["crunchbase"]
    assert (failed["status"], failed["error"]) == ("failed", "TransientError")
    # the worker's reason (SendTaskFailure's cause) reaches the history and the merge
    assert failed["cause"] and "crunchbase" in failed["cause"].lower()
    causes = [
        e["taskFailedEventDetails"].get("cause")
        for e in enrich_cloud.history(execution.arn)
        if e["type"] == "TaskFailed"
    ]
    assert failed["cause"] in causes
    assert company["profile"]["fields"]["description"]["source"] == "clearbit"
    assert company["industry"] == "Software & Internet"
    # the state machine retried the transient failure, and each failure counted against the breaker
    assert len(provider_server.times("crunchbase")) == 3
    with transaction() as tx:
        assert circuit_breakers.get(tx, "crunchbase").consecutive_failures == 3


def test_a_lost_task_token_times_out_into_a_missing_provider(
    enrich_cloud: LocalCloud, conn: psycopg.Connection[Any], acme: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No Crunchbase worker runs (one died holding the token): the task times out, the merge goes on."""
    monkeypatch.setenv("HIREHOUND_PROVIDER_TASK_TIMEOUT_S", "3")

    with QueueWorkers(enrich_cloud, ("EnrichLinkedIn", "EnrichClearbit")):
        execution = enrich_cloud.run("Enrichment", {"company_id": acme}, timeout_s=60)

    assert execution.status == "SUCCEEDED", execution.cause
    assert execution.output["sources"] == {"linkedin": "ok", "clearbit": "ok", "crunchbase": "missing"}
    company = conn.execute("SELECT profile FROM companies WHERE id = %s", (acme,)).fetchone()
    assert company is not None
    assert company["profile"]["sources"]["crunchbase"]["status"] == "missing"
    assert company["profile"]["sources"]["crunchbase"]["error"] == "States.Timeout"
    assert company["profile"]["fields"]["description"]["source"] == "clearbit"
    history = enrich_cloud.history(execution.arn)
    timed_out = [e for e in history if e["type"] == "TaskTimedOut"]
    assert [e["taskTimedOutEventDetails"]["error"] for e in timed_out] == ["States.Timeout"]


def test_a_429_burst_is_spaced_to_the_limit_and_nothing_is_lost(
    enrich_cloud: LocalCloud, conn: psycopg.Connection[Any], provider_server: FakeProviderServer
) -> None:
    """Six companies at once, Clearbit allows 2 requests per second: every execution still gets
    Clearbit's answer, no second at the server sees more than 2 accepted requests, and our own bucket
    (1 token, 1 per second) keeps most requests from ever reaching a 429."""
    ids = []
    for n in range(6):
        domain = f"co{n}.example"
        provider_server.add_company(CannedCompany(f"Company {n}", domain))
        ids.append(add_company(conn, f"Company {n}", domain, f"company {n}"))
    provider_server.set("clearbit", limit=2, window_s=1.0)
    with transaction() as tx:
        rate_limits.configure(tx, "clearbit", capacity=2, refill_per_s=2, now=__import__("time").time())

    with QueueWorkers(enrich_cloud, PROVIDER_QUEUES, threads=3) as workers:
        arns = [enrich_cloud.start("Enrichment", {"company_id": i}) for i in ids]
        executions = [enrich_cloud.wait(arn, timeout_s=90) for arn in arns]

    assert not workers.errors
    assert all(e.status == "SUCCEEDED" for e in executions), [e.cause for e in executions]
    assert all(e.output["sources"]["clearbit"] == "ok" for e in executions)
    accepted = sorted(provider_server.times("clearbit", status=200))
    assert len(accepted) == 6
    assert all(later - earlier >= 0.9 for earlier, later in zip(accepted, accepted[2:], strict=False))
    with transaction() as tx:
        [bucket] = [b for b in rate_limits.status(tx) if b["provider"] == "clearbit"]
    assert bucket["hits"] > 0 and bucket["granted"] >= 6


def test_concurrent_workers_hold_the_shared_rate_limit(
    enrich_cloud: LocalCloud, conn: psycopg.Connection[Any], provider_server: FakeProviderServer
) -> None:
    """Three worker threads per queue, eight executions at once; the provider itself never refuses,
    so only our Postgres bucket (capacity 1, 2 per second) spaces the requests: in every window of one
    second the server sees at most capacity + rate x window = 3 LinkedIn requests."""
    import time

    ids = []
    for n in range(8):
        provider_server.add_company(CannedCompany(f"Firm {n}", f"firm{n}.example"))
        ids.append(add_company(conn, f"Firm {n}", f"firm{n}.example", f"firm {n}"))
    with transaction() as tx:
        rate_limits.configure(tx, "linkedin", capacity=1, refill_per_s=2, now=time.time())

    with QueueWorkers(enrich_cloud, PROVIDER_QUEUES, threads=3) as workers:
        arns = [enrich_cloud.start("Enrichment", {"company_id": i}) for i in ids]
        executions = [enrich_cloud.wait(arn, timeout_s=90) for arn in arns]

    assert not workers.errors
    assert all(e.status == "SUCCEEDED" for e in executions), [e.cause for e in executions]
    assert all(e.output["sources"]["linkedin"] == "ok" for e in executions)
    times = sorted(provider_server.times("linkedin"))
    assert len(times) == 8 and not provider_server.times("linkedin", status=429)
    tolerance = 0.05  # the workers' clock and the server's clock read at slightly different moments
    for i, start in enumerate(times):
        in_window = [t for t in times[i:] if t < start + 1.0 - tolerance]
        assert len(in_window) <= 3, times


def test_a_duplicate_company_is_merged_and_its_postings_move_to_the_survivor(
    enrich_cloud: LocalCloud, conn: psycopg.Connection[Any], acme: int, provider_server: FakeProviderServer
) -> None:
    duplicate = add_company(conn, "ACME Corporation", None, "acme corporation")
    conn.execute("UPDATE companies SET normalized_name = 'acme' WHERE id = %s", (duplicate,))
    posting = add_posting(conn, duplicate, 1)

    with QueueWorkers(enrich_cloud, PROVIDER_QUEUES):
        execution = enrich_cloud.run("Enrichment", {"company_id": duplicate}, timeout_s=60)
        again = enrich_cloud.run("Enrichment", {"company_id": duplicate}, timeout_s=60)

    assert execution.status == "SUCCEEDED", execution.cause
    assert (execution.output["company_id"], execution.output["merged_from"]) == (acme, duplicate)
    merged = conn.execute("SELECT merged_into FROM companies WHERE id = %s", (duplicate,)).fetchone()
    assert merged == {"merged_into": acme}
    row = conn.execute("SELECT company_id, company_name FROM postings WHERE id = %s", (posting,)).fetchone()
    assert row == {"company_id": acme, "company_name": "Acme Corp"}
    # a re-run (a redelivered event) enriches the survivor again and changes no posting
    assert again.status == "SUCCEEDED", again.cause
    assert (again.output["company_id"], again.output["postings_updated"]) == (acme, 0)
