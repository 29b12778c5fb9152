"""CompanyCreated -> Enrichment: ingestion announces a new company on EventBridge, the rule from
`topology.RULES` starts the enrichment workflow for it (locally: moto's EventBridge + moto_fixes)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hirehound_local.cloud import Execution, LocalCloud
from hirehound_local.workers import QueueWorkers

from tests.fakes.provider_server import CannedCompany, FakeProviderServer, Page, provider_server

pytestmark = pytest.mark.e2e
__all__ = ["provider_server"]

PROVIDER_QUEUES = ("EnrichLinkedIn", "EnrichClearbit", "EnrichCrunchbase")
SITE = b"""<!doctype html><html><head><link rel="icon" href="/favicon.ico"></head><body>
<header><img class="logo" src="globex-logo.png" width="64" height="64"></header></body></html>"""
PAGE = """<!doctype html><html><head><title>Backend Engineer</title>
<script type="application/ld+json">{{
  "@context": "https://schema.org", "@type": "JobPosting", "title": "Backend Engineer",
  "description": "<p>Build our payments API in Python.</p>", "datePosted": "2026-11-20",
  "hiringOrganization": {{"@type": "Organization", "name": "Globex Payments", "sameAs": "{site}"}},
  "jobLocation": {{"@type": "Place", "address": {{"@type": "PostalAddress", "addressLocality": "Berlin",
                  "addressCountry": "DE"}}}}
}}</script></head><body><h1>Backend Engineer</h1><p>Build our payments API. {n}</p></body></html>"""


@pytest.fixture
def routed_cloud(db: str, provider_server: FakeProviderServer) -> Iterator[LocalCloud]:
    """The whole topology with its EventBridge rules, the providers pointed at the fake server."""
    env = {"DATABASE_URL": db, "HIREHOUND_PROVIDER_TIMEOUT_S": "1", **provider_server.env()}
    with LocalCloud(env=env, rules=True) as local:
        yield local


def enrichments(cloud: LocalCloud, expected: int, timeout_s: float = 30.0) -> list[Execution]:
    """The Enrichment executions once `expected` exist and all have ended."""
    sfn = cloud.client("stepfunctions")
    arn = cloud.substitutions["EnrichmentStateMachine"]
    deadline = time.monotonic() + timeout_s
    while len(found := sfn.list_executions(stateMachineArn=arn)["executions"]) < expected:
        assert time.monotonic() < deadline, f"{len(found)} Enrichment executions, expected {expected}"
        time.sleep(0.1)
    return [cloud.wait(e["executionArn"], timeout_s=60) for e in found]


def test_ingesting_a_new_company_starts_its_enrichment(
    routed_cloud: LocalCloud, conn: psycopg.Connection[Any], provider_server: FakeProviderServer
) -> None:
    site = provider_server.add_page("globex/", Page(SITE))  # its website: never leave loopback
    provider_server.add_company(CannedCompany("Globex Payments", "globex.example", website=site))

    with QueueWorkers(routed_cloud, PROVIDER_QUEUES):
        for n in range(2):  # the second posting is by a known company: no second announcement
            body = PAGE.format(n=n, site=site).encode()
            page = routed_cloud.put_page(f"https://globex.example/jobs/{n}", body)
            ingestion = routed_cloud.run("Ingestion", {"page": page})
            assert ingestion.status == "SUCCEEDED", ingestion.cause
        executions = enrichments(routed_cloud, expected=1)

    (company,) = conn.execute("SELECT id, enriched_at, industry, logo_url FROM companies").fetchall()
    assert [e.input for e in executions] == [{"company_id": company["id"]}]
    (execution,) = executions
    assert execution.status == "SUCCEEDED", execution.cause
    assert execution.output["company_id"] == company["id"]
    assert set(execution.output["sources"]) == {"linkedin", "clearbit", "crunchbase"}
    assert "ok" in execution.output["sources"].values()  # the canned company was found
    assert company["enriched_at"] is not None and company["industry"] is not None
    assert company["logo_url"] == site + "globex-logo.png"
    assert not routed_cloud.client("sqs").receive_message(QueueUrl=_dlq(routed_cloud)).get("Messages")


def _dlq(cloud: LocalCloud) -> str:
    return str(cloud.client("sqs").get_queue_url(QueueName="CompanyCreated-rule-dlq")["QueueUrl"])


def test_an_event_that_cannot_start_its_machine_goes_to_the_rule_dlq(routed_cloud: LocalCloud) -> None:
    sfn = routed_cloud.client("stepfunctions")
    sfn.delete_state_machine(stateMachineArn=routed_cloud.substitutions["EnrichmentStateMachine"])
    detail = {"company_id": 7}
    routed_cloud.client("events").put_events(
        Entries=[
            {"Source": "hirehound.ingest", "DetailType": "CompanyCreated", "Detail": json.dumps(detail)},
            {"Source": "hirehound.other", "DetailType": "CompanyCreated", "Detail": json.dumps(detail)},
        ]
    )
    messages = routed_cloud.client("sqs").receive_message(QueueUrl=_dlq(routed_cloud), MaxNumberOfMessages=10)
    (message,) = messages["Messages"]  # only the matching event
    event = json.loads(message["Body"])
    assert (event["source"], event["detail"]) == ("hirehound.ingest", detail)
