"""Per-page ingestion on Express: at-least-once runs stay one posting, intake idempotency rests on
`intake_pages` (Express does not deduplicate names), and back-pressure comes from the consumer waiting
for its runs (the event source mapping's MaximumConcurrency x batch size bounds the open runs)."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from datetime import datetime
from typing import Any

import psycopg
import pytest
from hirehound_infra import topology
from hirehound_local.cloud import Execution, LocalCloud
from hirehound_local.workers import QueueWorkers

from tests.e2e.test_fault_injection import send_pages
from tests.e2e.test_ingestion_workflow import JOB_PAGE

pytestmark = pytest.mark.e2e


def rows(conn: psycopg.Connection[Any], query: str) -> list[dict[str, Any]]:
    return conn.execute(query.encode()).fetchall()


def test_one_pages_express_run_twice_at_once_stays_one_posting(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    page = cloud.put_page("https://acme.example/careers/twice", JOB_PAGE.encode())
    cloud.client("stepfunctions")  # build botocore's loaders once, before the threads race for them
    runs: list[Execution] = []
    start = threading.Barrier(2)

    def run() -> None:
        start.wait()
        runs.append(cloud.run("Ingestion", {"page": page}))  # StartSyncExecution, as IngestStart does

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)

    assert [r.status for r in runs] == ["SUCCEEDED", "SUCCEEDED"], [r.cause for r in runs]
    assert runs[0].arn != runs[1].arn
    assert runs[0].output == runs[1].output and runs[0].output["status"] == "published"
    [posting] = rows(conn, "SELECT id, status::text AS status FROM postings")
    assert posting == {"id": runs[0].output["posting_id"], "status": "published"}
    assert len(rows(conn, "SELECT * FROM raw_pages")) == 1
    assert len(rows(conn, "SELECT * FROM cluster_members WHERE left_at IS NULL")) == 1
    assert rows(conn, "SELECT count(*) AS n FROM dead_letters") == [{"n": 0}]
    executions = rows(
        conn, "SELECT count(DISTINCT execution_id) AS n FROM stage_runs WHERE stage = 'publish'"
    )
    assert executions == [{"n": 2}]  # both runs really ran every stage


def test_a_redelivered_message_starts_nothing_once_its_page_has_finished(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    [page] = send_pages(cloud, 1)
    sqs = cloud.client("sqs")
    url = cloud.queue_url("IngestPages")
    [message] = sqs.receive_message(QueueUrl=url, AttributeNames=["All"])["Messages"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    event = {
        "Records": [
            {
                "messageId": message["MessageId"],
                "receiptHandle": message["ReceiptHandle"],
                "body": message["Body"],
                "attributes": message["Attributes"],
                "messageAttributes": {},
                "md5OfBody": message["MD5OfBody"],
                "eventSource": "aws:sqs",
                "eventSourceARN": arn,
                "awsRegion": "us-east-1",
            }
        ]
    }

    # The event source mapping delivers the same message twice, its delete is lost so SQS delivers
    # it a third time, and the scraper sends the page again: only the first delivery runs the page.
    answers = [json.loads(cloud.router.invoke("IngestStart", event)[0]) for _ in range(2)]
    sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"], VisibilityTimeout=0)
    sqs.send_message(QueueUrl=url, MessageBody=json.dumps(page))
    assert cloud.drain("IngestPages") == 2

    assert answers == [{"batchItemFailures": []}] * 2
    [execution] = cloud.executions("Ingestion")
    assert execution["status"] == "SUCCEEDED"
    [intake] = rows(conn, "SELECT url, state, outcome, runs, execution_arn FROM intake_pages")
    assert intake == {
        "url": page["url"],
        "state": "finished",
        "outcome": "published",
        "runs": 1,
        "execution_arn": execution["executionArn"],
    }
    assert len(rows(conn, "SELECT * FROM postings")) == 1


def _wait_until_empty(cloud: LocalCloud, queue: str, timeout_s: float) -> None:
    """Wait (without polling the queue: the workers do) until nothing is visible or in flight."""
    names = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        attributes = cloud.client("sqs").get_queue_attributes(
            QueueUrl=cloud.queue_url(queue), AttributeNames=names
        )["Attributes"]
        if not any(int(v) for v in attributes.values()):
            return
        time.sleep(0.2)
    raise TimeoutError(f"{queue} not empty after {timeout_s}s")


def _most_at_once(executions: list[dict[str, Any]]) -> int:
    """The largest number of executions whose [start, stop] intervals overlap."""
    edges: list[tuple[datetime, int]] = []
    for e in executions:
        edges += [(e["startDate"], 1), (e["stopDate"], -1)]
    at_once = most = 0
    for _, step in sorted(edges, key=lambda edge: (edge[0], edge[1])):
        at_once += step
        most = max(most, at_once)
    return most


def test_back_pressure_open_runs_never_exceed_pollers_times_batch_size(
    cloud: LocalCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In AWS the IngestPages event source mapping runs at most MaximumConcurrency consumers; each
    returns only when its batch's runs have ended, so at most MaximumConcurrency x batch size runs are
    open (20 x 10 in topology). Here: 2 pollers x batches of 3, and 10 pages queued at once."""
    spec = dataclasses.replace(topology.queue("IngestPages"), batch_size=3)
    monkeypatch.setattr(
        topology, "QUEUES", tuple(spec if q.name == spec.name else q for q in topology.QUEUES)
    )
    send_pages(cloud, 10)

    with QueueWorkers(cloud, ["IngestPages"], threads=2) as workers:
        _wait_until_empty(cloud, "IngestPages", timeout_s=300)

    assert not workers.errors
    executions = cloud.executions("Ingestion")
    assert len(executions) == 10 and {e["status"] for e in executions} == {"SUCCEEDED"}
    assert 1 < _most_at_once(executions) <= 2 * 3
