"""Fault injection on the ingestion intake queue: a worker killed mid-batch loses nothing, and a page
runs again only when its end was never recorded (and still makes one posting)."""

from __future__ import annotations

import json
import threading
from collections import Counter
from typing import Any

import psycopg
import pytest
from hirehound import express
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


class KilledWhileWaiting:
    """Wraps the real runner; the process dies while waiting for its run number `limit + 1`: that
    run goes on to its end (in AWS it does not depend on the caller), but its result is never
    recorded. Only once; the other runs of the batch go on."""

    def __init__(self, inner: express.SyncRunner, limit: int) -> None:
        self.inner = inner
        self.limit = limit
        self.calls: list[str] = []
        self.killed: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def run(self, name: str, payload: dict[str, Any]) -> express.RunResult:
        with self._lock:
            self.calls.append(name)
            dies = len(self.calls) == self.limit + 1
        result = self.inner.run(name, payload)
        if dies:
            self.killed = payload["page"]
            raise WorkerKilled(f"killed while waiting for run {len(self.calls)}")
        return result


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
    """Every Ingestion run (Express: read from the local runtime, as AWS keeps them in its log)."""
    return [cloud.wait(e["executionArn"]) for e in cloud.executions("Ingestion")]


def short_visibility(cloud: LocalCloud, seconds: int = 1) -> None:
    cloud.client("sqs").set_queue_attributes(
        QueueUrl=cloud.queue_url("IngestPages"), Attributes={"VisibilityTimeout": str(seconds)}
    )


def test_a_worker_killed_while_waiting_loses_nothing_and_reruns_only_what_it_had_not_recorded(
    cloud: LocalCloud, conn: psycopg.Connection[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    short_visibility(cloud)
    pages = send_pages(cloud, 12)
    real_ports = intake.aws_ports
    crash: list[KilledWhileWaiting] = []

    def crashing_ports() -> Any:
        runner, visibility = real_ports()
        if not crash:
            crash.append(KilledWhileWaiting(runner, limit=4))
        return crash[0], visibility

    monkeypatch.setattr(intake, "aws_ports", crashing_ports)

    with pytest.raises(WorkerKilled):
        cloud.poll_once("IngestPages")
    killed = crash[0].killed
    assert killed is not None
    first_batch = list(crash[0].calls)
    assert len(first_batch) == 10  # the whole batch ran at once; one result was never recorded
    cloud.drain("IngestPages", timeout_s=120)  # the killed batch reappears after the visibility timeout

    executions = ingestion_executions(cloud)
    assert all(e.status == "SUCCEEDED" for e in executions), [e.cause for e in executions]
    runs = Counter(e.input["page"]["url"] for e in executions)
    # the page whose end went unrecorded ran again; the others of the killed batch had finished and
    # were not run again when their messages came back
    assert runs == {p["url"]: 2 if p["url"] == killed["url"] else 1 for p in pages}
    postings = conn.execute(
        b"SELECT r.url, count(p.id) AS n FROM raw_pages r JOIN postings p ON p.raw_page_id = r.id GROUP BY 1"
    ).fetchall()
    assert {row["url"]: row["n"] for row in postings} == {p["url"]: 1 for p in pages}
    assert conn.execute(b"SELECT count(*) AS n FROM dead_letters").fetchone() == {"n": 0}
    intake_rows = conn.execute(b"SELECT url, state, runs FROM intake_pages").fetchall()
    assert {r["url"]: (r["state"], r["runs"]) for r in intake_rows} == {
        p["url"]: ("finished", 2 if p["url"] == killed["url"] else 1) for p in pages
    }


def test_a_transient_start_failure_is_backed_off_and_retried(
    cloud: LocalCloud, conn: psycopg.Connection[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    [page] = send_pages(cloud, 1)
    real_ports = intake.aws_ports
    failures = [TransientError("ThrottlingException: rate exceeded")]

    class Flaky:
        def __init__(self, inner: express.SyncRunner) -> None:
            self.inner = inner

        def run(self, name: str, payload: dict[str, Any]) -> express.RunResult:
            if failures:
                raise failures.pop()
            return self.inner.run(name, payload)

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
