"""Poison messages at every SQS consumer (intake, liveness, the three provider workers): a body that is
not JSON, one of the wrong shape and one of 256 KiB (SQS's maximum) each end, on their first receive,
as a dead letter with the reason; none loops through its receives into the DLQ unrecorded."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from hirehound.enrich.worker import ProviderTask
from hirehound.failures import MAX_KEPT_BODY
from hirehound_local.cloud import LocalCloud
from hirehound_local.workers import QueueWorkers

pytestmark = pytest.mark.e2e

SQS_MAX_BODY = 256 * 1024


def padded(make: Callable[[str], dict[str, Any]]) -> str:
    """The JSON of `make(padding)` with the padding chosen so that the body is exactly 256 KiB."""
    bare = json.dumps(make(""))
    body = json.dumps(make("a" * (SQS_MAX_BODY - len(bare.encode()))))
    assert len(body.encode()) == SQS_MAX_BODY
    return body


PROVIDERS = (
    ("EnrichLinkedIn", "linkedin"),
    ("EnrichClearbit", "clearbit"),
    ("EnrichCrunchbase", "crunchbase"),
)


def provider_poisons(provider: str) -> dict[str, tuple[str, str]]:
    def task(pad: str) -> dict[str, Any]:
        return {"task_token": "t", "provider": provider, "company": {"company_id": 1, "name": pad}}

    return {
        "not_json": ('{"task_token": ', "Invalid JSON"),
        "wrong_shape": (json.dumps([{"task_token": "t", "provider": provider}]), "Input should be an object"),
        "256_KiB": (padded(task), "company: Value error, company name or domain over its size limit"),
    }


# queue -> (workflow, stage, the three poison bodies with a word their reason must contain)
CONSUMERS: dict[str, tuple[str, str, dict[str, tuple[str, str]]]] = {
    "IngestPages": (
        "ingestion",
        "intake",
        {
            "not_json": ("<html>a page, not a message</html>", "not valid JSON"),
            "wrong_shape": (json.dumps({"url": 42, "bucket": ""}), "key: Field required"),
            "256_KiB": (
                padded(lambda pad: {"url": f"https://jobs.example/{pad}", "key": "pages/1.html"}),
                "url: String should have at most 8192 characters",
            ),
        },
    ),
    "MaintenanceLiveness": (
        "maintenance",
        "check_liveness",
        {
            "not_json": ("posting 7 please", "Invalid JSON"),
            "wrong_shape": (
                json.dumps({"posting_id": "seven", "url": "ftp:/x"}),
                "posting_id: Input should be",
            ),
            "256_KiB": (
                padded(lambda pad: {"posting_id": 1, "url": f"https://jobs.example/{pad}"}),
                "url: String should have at most 8192 characters",
            ),
        },
    ),
    **{queue: ("enrichment", "provider_worker", provider_poisons(provider)) for queue, provider in PROVIDERS},
}


@pytest.mark.parametrize("queue", list(CONSUMERS))
def test_poison_messages_become_dead_letters_with_their_reason_on_the_first_receive(
    cloud: LocalCloud, conn: psycopg.Connection[Any], queue: str
) -> None:
    workflow, stage, poisons = CONSUMERS[queue]
    sqs = cloud.client("sqs")
    sent = {
        sqs.send_message(QueueUrl=cloud.queue_url(queue), MessageBody=body)["MessageId"]: (case, reason)
        for case, (body, reason) in poisons.items()
    }

    received = cloud.drain(queue, timeout_s=60)  # acknowledged at once: none waits out its visibility

    assert received == 3  # one receive each: no retry loop
    dlq = sqs.get_queue_url(QueueName=f"{queue}-dlq")["QueueUrl"]
    assert sqs.receive_message(QueueUrl=dlq).get("Messages", []) == []
    letters = conn.execute(
        "SELECT * FROM dead_letters WHERE workflow = %s AND stage = %s", (workflow, stage)
    ).fetchall()
    by_message = {letter["payload"]["message_id"]: letter for letter in letters}
    assert set(by_message) == set(sent)
    for message_id, (case, reason) in sent.items():
        letter = by_message[message_id]
        assert letter["error_type"] == "BadInputError", (case, letter["error_message"])
        assert reason in letter["error_message"], (case, letter["error_message"])
        assert letter["state"] == "open" and letter["occurrences"] == 1
        assert len(letter["payload"]["body"]) <= MAX_KEPT_BODY
        assert "a" * 2000 not in letter["error_message"]  # the reason names the problem, not the value


def test_a_damaged_provider_task_with_a_live_token_is_failed_so_the_merge_goes_on_now(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    """A message whose task token is readable but whose task is not: the worker fails that task with
    the reason (the workflow does not wait out its 30-minute task timeout) and dead-letters it."""
    company = conn.execute(
        "INSERT INTO companies (name, normalized_name, domain, blocking_key)"
        " VALUES ('Acme Corp', 'acme', NULL, 'acm') RETURNING id"
    ).fetchone()
    assert company is not None
    sqs = cloud.client("sqs")
    execution = cloud.start("Enrichment", {"company_id": company["id"]})
    url = cloud.queue_url("EnrichLinkedIn")
    deadline = time.monotonic() + 60
    while not (messages := sqs.receive_message(QueueUrl=url).get("Messages", [])):
        assert time.monotonic() < deadline, "the workflow sent no LinkedIn task"
        time.sleep(0.05)
    [original] = messages
    task = ProviderTask.model_validate_json(original["Body"])
    sqs.delete_message(QueueUrl=url, ReceiptHandle=original["ReceiptHandle"])
    damaged = {"task_token": task.task_token, "provider": "linkedin", "company": {"name": None}}
    sqs.send_message(QueueUrl=url, MessageBody=json.dumps(damaged))

    with QueueWorkers(cloud, ["EnrichLinkedIn", "EnrichClearbit", "EnrichCrunchbase"]):
        ended = cloud.wait(execution, timeout_s=90)

    assert ended.status == "SUCCEEDED", ended.cause
    [letter] = conn.execute("SELECT * FROM dead_letters WHERE stage = 'provider_worker'").fetchall()
    assert "company.company_id: Field required" in letter["error_message"]
    failed = [e["taskFailedEventDetails"] for e in cloud.history(execution) if e["type"] == "TaskFailed"]
    assert [f["error"] for f in failed if "company.company_id" in f.get("cause", "")] == ["PermanentError"]
