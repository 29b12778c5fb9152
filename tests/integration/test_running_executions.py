"""IngestStart's count of open Ingestion runs against the Step Functions API (moto): pagination,
the `at_most` cap, and only RUNNING executions counted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from hirehound.ingest import intake
from moto import mock_aws

pytestmark = pytest.mark.integration

WAIT_AN_HOUR = {"Wait": {"Type": "Wait", "Seconds": 3600, "End": True}}
DEFINITION = json.dumps({"StartAt": "Wait", "States": WAIT_AN_HOUR})


@pytest.fixture
def sfn(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    credentials = {"AWS_ACCESS_KEY_ID": "t", "AWS_SECRET_ACCESS_KEY": "t", "AWS_DEFAULT_REGION": "eu-west-1"}
    for key, value in credentials.items():
        monkeypatch.setenv(key, value)
    with mock_aws():  # without execute_state_machine: a started execution stays RUNNING until stopped
        yield boto3.client("stepfunctions")


def _machine(sfn: Any, name: str) -> str:
    role = "arn:aws:iam::123456789012:role/sfn"
    return str(sfn.create_state_machine(name=name, definition=DEFINITION, roleArn=role)["stateMachineArn"])


def test_running_counts_open_runs_of_its_machine_up_to_the_cap(sfn: Any) -> None:
    arn, other = _machine(sfn, "Ingestion"), _machine(sfn, "Enrichment")
    starter = intake.SfnStarter(sfn, arn)
    assert starter.running(10) == 0
    runs = [sfn.start_execution(stateMachineArn=arn, name=f"page-{i}")["executionArn"] for i in range(5)]
    sfn.start_execution(stateMachineArn=other, name="company-1")

    assert starter.running(100) == 5
    assert starter.running(5) == 5
    assert starter.running(3) == 3  # stops counting at the cap (pages of at most 3)
    sfn.stop_execution(executionArn=runs[0])
    assert starter.running(100) == 4

    saturated = intake.saturation(starter, 4)
    assert saturated is not None and "4 or more Ingestion runs are open (cap 4)" in saturated
    assert intake.saturation(starter, 5) is None
