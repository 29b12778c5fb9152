"""The deployed queues, schedules and rules: a poison message ends in its SQS DLQ, the EventBridge
schedules have topology's expressions and inputs (CompanyCreated: test_ingestion)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator

import pytest
from hirehound_infra import topology

from tests.localstack.conftest import Client, Stack

pytestmark = pytest.mark.localstack

LIVENESS = "Hirehound-localstack-MaintenanceLiveness"
POISON = "this is not a liveness task"
#: For the poison test only: 50 receives 360 s apart would take five hours.
FAST = {"maxReceiveCount": 2, "VisibilityTimeout": 5}


@pytest.fixture
def fast_liveness_queue(aws: Callable[[str], Client]) -> Iterator[tuple[str, str]]:
    """The liveness queue as deployed (checked), then briefly with FAST redrive and visibility."""
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
    fast_policy = json.dumps({**policy, "maxReceiveCount": FAST["maxReceiveCount"]})
    sqs.set_queue_attributes(
        QueueUrl=url,
        Attributes={"RedrivePolicy": fast_policy, "VisibilityTimeout": str(FAST["VisibilityTimeout"])},
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


def test_a_poison_message_lands_in_the_sqs_dlq(
    aws: Callable[[str], Client], fast_liveness_queue: tuple[str, str]
) -> None:
    url, dlq_url = fast_liveness_queue
    sqs = aws("sqs")
    sent = sqs.send_message(QueueUrl=url, MessageBody=POISON)
    deadline = time.monotonic() + 300
    while True:  # the event source mapping hands it to MaintenanceCheckLiveness, which fails it, twice
        got = sqs.receive_message(QueueUrl=dlq_url, MaxNumberOfMessages=10, WaitTimeSeconds=5)
        poison = [m for m in got.get("Messages", []) if m["MessageId"] == sent["MessageId"]]
        if poison:
            break
        assert time.monotonic() < deadline, "the poison message did not reach the DLQ in 300 s"
    assert poison[0]["Body"] == POISON  # nothing lost: the body as sent
    sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=poison[0]["ReceiptHandle"])
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
