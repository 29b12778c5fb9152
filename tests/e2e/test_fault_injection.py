"""Fault injection on the ingestion intake queue: a worker killed mid-batch loses and duplicates nothing."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from hirehound.errors import TransientError
from hirehound.ingest import intake
from hirehound_local.cloud import Execution, LocalCloud

pytestmark = pytest.mark.e2e

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<script type="application/ld+json">{{
  "@context": "https://schema.org", "@type": "JobPosting", "title": "{title}",
  "description": "<p>{title}: build {topic} systems with Python and SQL at {company}.</p>",
  "datePosted": "2026-11-20", "employmentType": "FULL_TIME",
  "hiringOrganization": {{"@type": "Organization", "name": "{company}"}},
  "jobLocation": {{"@type": "Place", "address": {{"@type": "PostalAddress", "addressLocality": "Berlin",
                  "addressCountry": "DE"}}}}
}}</script></head><body><h1>{title}</h1></body></html>"""
TOPICS = ("billing", "search", "payments", "ranking", "fraud", "routing", "pricing", "logistics")
TITLES = ("Data Engineer", "Backend Developer", "Site Reliability Engineer", "Product Designer")


class WorkerKilled(BaseException):
    """The Lambda process dies: not an exception the handler or the batch processor can catch."""


class CrashAfter:
    """Wraps the real starter; the process dies once `limit` executions were started."""

    def __init__(self, inner: intake.ExecutionStarter, limit: int) -> None:
        self.inner = inner
        self.limit = limit
        self.calls: list[str] = []

    def start(self, name: str, payload: dict[str, Any]) -> bool:
        if len(self.calls) == self.limit:
            self.limit = -1  # one crash only
            raise WorkerKilled(f"killed after {len(self.calls)} starts")
        self.calls.append(name)
        return self.inner.start(name, payload)

    def running(self, at_most: int) -> int:
        return self.inner.running(at_most)


def send_pages(cloud: LocalCloud, count: int) -> list[dict[str, str]]:
    pages = []
    for i in range(count):
        body = PAGE.format(
            title=f"{TITLES[i % len(TITLES)]} {i}", topic=TOPICS[i % len(TOPICS)], company=f"Company {i}"
        )
        page = cloud.put_page(f"https://jobs.example/{i}", body.encode())
        cloud.client("sqs").send_message(
            QueueUrl=cloud.queue_url("IngestPages"), MessageBody=json.dumps(page)
        )
        pages.append(page)
    return pages


def ingestion_executions(cloud: LocalCloud) -> list[Execution]:
    sfn = cloud.client("stepfunctions")
    arn = cloud.substitutions["IngestionStateMachine"]
    listed = sfn.list_executions(stateMachineArn=arn, maxResults=1000)["executions"]
    return [cloud.wait(e["executionArn"]) for e in listed]


def short_visibility(cloud: LocalCloud, seconds: int = 1) -> None:
    cloud.client("sqs").set_queue_attributes(
        QueueUrl=cloud.queue_url("IngestPages"), Attributes={"VisibilityTimeout": str(seconds)}
    )


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(
    cloud: LocalCloud, conn: psycopg.Connection[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    short_visibility(cloud)
    pages = send_pages(cloud, 12)
    real_ports = intake.aws_ports
    crash: list[CrashAfter] = []

    def crashing_ports() -> Any:
        starter, visibility = real_ports()
        if not crash:
            crash.append(CrashAfter(starter, limit=4))
        return crash[0], visibility

    monkeypatch.setattr(intake, "aws_ports", crashing_ports)

    with pytest.raises(WorkerKilled):
        cloud.poll_once("IngestPages")
    started_before_crash = list(crash[0].calls)
    assert len(started_before_crash) == 4
    cloud.drain("IngestPages", timeout_s=60)  # the killed batch reappears after the visibility timeout

    executions = ingestion_executions(cloud)
    assert len(executions) == len(pages)
    assert all(e.status == "SUCCEEDED" for e in executions), [e.cause for e in executions]
    assert sorted(e.input["page"]["url"] for e in executions) == sorted(p["url"] for p in pages)
    # the four started before the crash were asked again after the redelivery, and not restarted
    assert all(crash[0].calls.count(name) == 2 for name in started_before_crash)
    postings = conn.execute(
        b"SELECT r.url, count(p.id) AS n FROM raw_pages r JOIN postings p ON p.raw_page_id = r.id GROUP BY 1"
    ).fetchall()
    assert {row["url"]: row["n"] for row in postings} == {p["url"]: 1 for p in pages}
    assert conn.execute(b"SELECT count(*) AS n FROM dead_letters").fetchone() == {"n": 0}


def test_a_transient_start_failure_is_backed_off_and_retried(
    cloud: LocalCloud, conn: psycopg.Connection[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    [page] = send_pages(cloud, 1)
    real_ports = intake.aws_ports
    failures = [TransientError("ThrottlingException: rate exceeded")]

    class Flaky:
        def __init__(self, inner: intake.ExecutionStarter) -> None:
            self.inner = inner

        def start(self, name: str, payload: dict[str, Any]) -> bool:
            if failures:
                raise failures.pop()
            return self.inner.start(name, payload)

        def running(self, at_most: int) -> int:
            return self.inner.running(at_most)

    monkeypatch.setattr(intake, "aws_ports", lambda: (Flaky(real_ports()[0]), real_ports()[1]))

    assert cloud.poll_once("IngestPages") == 1
    sqs = cloud.client("sqs")
    attributes = sqs.get_queue_attributes(
        QueueUrl=cloud.queue_url("IngestPages"), AttributeNames=["ApproximateNumberOfMessagesNotVisible"]
    )["Attributes"]
    assert attributes["ApproximateNumberOfMessagesNotVisible"] == "1"  # deferred, not deleted
    assert cloud.poll_once("IngestPages") == 0  # hidden for the backoff delay (1-2 s on 1st receive)
    cloud.drain("IngestPages", timeout_s=30)

    [execution] = ingestion_executions(cloud)
    assert execution.status == "SUCCEEDED" and execution.input == {"page": page}
    starts = [i for i in cloud.router.invocations if i.function == "IngestStart"]
    assert len(starts) == 2 and all(i.error is None for i in starts)
