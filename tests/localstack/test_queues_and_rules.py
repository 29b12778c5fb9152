"""The deployed queues, schedules and rules: a message that keeps failing ends in its SQS DLQ, the EventBridge
schedules have topology's expressions and inputs (CompanyCreated: test_ingestion)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator

import pytest
from hirehound_infra import topology

from tests.fakes.job_board_server import FakeJobBoard, Route
from tests.localstack.conftest import Client, Stack

pytestmark = pytest.mark.localstack

LIVENESS = "Hirehound-localstack-MaintenanceLiveness"
#: For the poison test only: 50 receives, and 360 s before a received message is visible again when a
#: batch does not reach the function (seen under load), would take far too long; three and 10 s show
#: the same path.
FAST_RECEIVES = 3
FAST_VISIBILITY_S = 10


@pytest.fixture
def fast_liveness_queue(aws: Callable[[str], Client]) -> Iterator[tuple[str, str]]:
    """The liveness queue as deployed (checked against topology), then briefly with the FAST_ values."""
    sqs = aws("sqs")
    url = sqs.get_queue_url(QueueName=LIVENESS)["QueueUrl"]
    deployed = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    policy = json.loads(deployed["RedrivePolicy"])
    spec = topology.queue("MaintenanceLiveness")
    assert (int(policy["maxReceiveCount"]), int(deployed["VisibilityTimeout"])) == (
        spec.max_receive_count,
        spec.visibility_timeout_s,
    )
    dlq_url = sqs.get_queue_url(QueueName=policy["deadLetterTargetArn"].rsplit(":", 1)[1])["QueueUrl"]
    fast = json.dumps({**policy, "maxReceiveCount": FAST_RECEIVES})
    sqs.set_queue_attributes(
        QueueUrl=url, Attributes={"RedrivePolicy": fast, "VisibilityTimeout": str(FAST_VISIBILITY_S)}
    )
    try:
        yield url, dlq_url
    finally:
        sqs.set_queue_attributes(
            QueueUrl=url,
            Attributes={
                "RedrivePolicy": deployed["RedrivePolicy"],
                "VisibilityTimeout": deployed["VisibilityTimeout"],
            },
        )


@pytest.fixture
def busy_board() -> Iterator[FakeJobBoard]:
    """A job board on this host (the functions run here too) that always answers 429, Retry-After 1."""
    board = FakeJobBoard().start()
    board.add("/jobs/busy", Route(status=429, retry_after=1))
    yield board
    board.stop()


def test_a_message_that_keeps_failing_lands_in_the_sqs_dlq(
    aws: Callable[[str], Client], fast_liveness_queue: tuple[str, str], busy_board: FakeJobBoard
) -> None:
    """Unreadable messages are dead letters in the table at once (hirehound.failures); what SQS's DLQ
    catches is a message that keeps being retried: here every check is told 429, so the deployed
    MaintenanceCheckLiveness defers it (penalty, visibility) until its receives run out."""
    url, dlq_url = fast_liveness_queue
    sqs = aws("sqs")
    body = json.dumps({"posting_id": 1, "url": busy_board.url("/jobs/busy")})
    sent = sqs.send_message(QueueUrl=url, MessageBody=body)
    deadline = time.monotonic() + 300
    while True:
        got = sqs.receive_message(QueueUrl=dlq_url, MaxNumberOfMessages=10, WaitTimeSeconds=5)
        poison = [m for m in got.get("Messages", []) if m["MessageId"] == sent["MessageId"]]
        if poison:
            break
        assert time.monotonic() < deadline, "the message did not reach the DLQ in 300 s"
    assert poison[0]["Body"] == body  # nothing lost: the body as sent
    sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=poison[0]["ReceiptHandle"])
    assert busy_board.requests("/jobs/busy")  # the deployed consumer really checked it (and was told 429)
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"])
    assert attributes["Attributes"]["ApproximateNumberOfMessages"] == "0"


def test_the_schedules_are_deployed_with_topologys_expressions_and_inputs(
    aws: Callable[[str], Client], stack: Stack
) -> None:
    events = aws("events")
    rules = {r["Name"]: r for p in events.get_paginator("list_rules").paginate() for r in p["Rules"]}
    scheduled = {r["ScheduleExpression"]: r for r in rules.values() if r.get("ScheduleExpression")}
    for spec in topology.SCHEDULES:
        rule = scheduled[spec.expression]
        assert rule["State"] == "ENABLED"
        (target,) = events.list_targets_by_rule(Rule=rule["Name"])["Targets"]
        assert target["Arn"] == stack.machine_arn(spec.state_machine)
        assert json.loads(target["Input"]) == spec.input
        assert target["RoleArn"]
    assert len(scheduled) == len(topology.SCHEDULES)
