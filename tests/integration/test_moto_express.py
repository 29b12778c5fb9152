"""What `moto_fixes` makes moto's Step Functions do for Express machines, as AWS (and LocalStack) do:
StartSyncExecution with the documented answer, Express ARNs without name deduplication, Express-only
definition checks, and no Describe/GetHistory/List for Express executions."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from hirehound_local import moto_fixes
from moto import mock_aws

pytestmark = pytest.mark.integration

ROLE = "arn:aws:iam::123456789012:role/sfn"
ACCOUNT, REGION = "123456789012", "us-east-1"
CHOOSE = {
    "StartAt": "Pick",
    "States": {
        "Pick": {
            "Type": "Pass",
            "Parameters": {"n.$": "$.n", "machine.$": "$$.StateMachine.Name"},
            "Next": "Odd",
        },
        "Odd": {
            "Type": "Choice",
            "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Refuse"}],
            "Default": "Done",
        },
        "Done": {"Type": "Succeed"},
        "Refuse": {"Type": "Fail", "Error": "DeadLettered", "Cause": "extract: BadInputError: blank page"},
    },
}
WAITS_FOR_TOKEN = {
    "StartAt": "Ask",
    "States": {
        "Ask": {
            "Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": {
                "QueueUrl": "https://sqs.us-east-1.amazonaws.com/1/q",
                "MessageBody.$": "$$.Task.Token",
            },
            "End": True,
        }
    },
}


@pytest.fixture
def sfn(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(key, "testing")
    moto_fixes.apply()
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        yield boto3.client("stepfunctions", region_name=REGION)


def _machine(sfn: Any, name: str, definition: dict[str, Any], kind: str = "EXPRESS") -> str:
    return str(
        sfn.create_state_machine(name=name, definition=json.dumps(definition), roleArn=ROLE, type=kind)[
            "stateMachineArn"
        ]
    )


def test_start_sync_execution_answers_with_the_runs_end_and_its_billing(sfn: Any) -> None:
    arn = _machine(sfn, "Pages", CHOOSE)

    ok = sfn.start_sync_execution(stateMachineArn=arn, name="page-1", input=json.dumps({"n": 2}))
    failed = sfn.start_sync_execution(stateMachineArn=arn, name="page-1", input=json.dumps({"n": 1}))

    assert ok["status"] == "SUCCEEDED" and json.loads(ok["output"]) == {"n": 2, "machine": "Pages"}
    assert ok["executionArn"].startswith(f"arn:aws:states:{REGION}:{ACCOUNT}:express:Pages:page-1:")
    assert ok["stopDate"] >= ok["startDate"]
    billing = ok["billingDetails"]
    assert billing["billedMemoryUsedInMB"] == 64
    assert (
        billing["billedDurationInMilliseconds"] >= 100 and billing["billedDurationInMilliseconds"] % 100 == 0
    )
    # the same name again is another run (Express does not deduplicate names); its failure is data
    assert failed["executionArn"] != ok["executionArn"]
    assert (failed["status"], failed["error"], failed["cause"]) == (
        "FAILED",
        "DeadLettered",
        "extract: BadInputError: blank page",
    )
    assert "output" not in failed
    assert [e.status for e in moto_fixes.express_executions(ACCOUNT, REGION, arn)] == ["SUCCEEDED", "FAILED"]


def test_express_executions_cannot_be_described_listed_or_asked_for_their_history(sfn: Any) -> None:
    arn = _machine(sfn, "Pages", CHOOSE)
    run = sfn.start_sync_execution(stateMachineArn=arn, input=json.dumps({"n": 2}))["executionArn"]
    started = sfn.start_execution(stateMachineArn=arn, name="async", input=json.dumps({"n": 2}))
    assert ":express:Pages:async:" in started["executionArn"]

    refusals: list[tuple[Callable[[], Any], str]] = [
        (lambda: sfn.describe_execution(executionArn=run), "InvalidArn"),
        (lambda: sfn.get_execution_history(executionArn=run), "InvalidArn"),
        (lambda: sfn.list_executions(stateMachineArn=arn), "StateMachineTypeNotSupported"),
    ]
    for call, code in refusals:
        with pytest.raises(ClientError) as refused:
            call()
        assert refused.value.response["Error"]["Code"] == code
    # the local runtime reads the run from the backend instead (AWS: the machine's log group)
    [express] = [e for e in moto_fixes.express_executions(ACCOUNT, REGION, arn) if e.execution_arn == run]
    assert moto_fixes.express_execution(ACCOUNT, REGION, run) is express
    assert express.to_history_output()["events"][0]["type"] == "ExecutionStarted"


def test_standard_machines_keep_their_api_and_refuse_synchronous_starts(sfn: Any) -> None:
    arn = _machine(sfn, "Batch", CHOOSE, kind="STANDARD")
    with pytest.raises(ClientError) as refused:
        sfn.start_sync_execution(stateMachineArn=arn, input="{}")
    assert refused.value.response["Error"]["Code"] == "StateMachineTypeNotSupported"
    run = sfn.start_execution(stateMachineArn=arn, name="b-1", input=json.dumps({"n": 2}))["executionArn"]
    assert run == f"arn:aws:states:{REGION}:{ACCOUNT}:execution:Batch:b-1"
    assert sfn.describe_execution(executionArn=run)["name"] == "b-1"
    assert [e["name"] for e in sfn.list_executions(stateMachineArn=arn)["executions"]] == ["b-1"]
    with pytest.raises(ClientError) as again:  # Standard names are deduplicated
        sfn.start_execution(stateMachineArn=arn, name="b-1", input=json.dumps({"n": 3}))
    assert again.value.response["Error"]["Code"] == "ExecutionAlreadyExists"


def test_an_express_definition_may_not_wait_for_a_task_token(sfn: Any) -> None:
    _machine(sfn, "Waits", WAITS_FOR_TOKEN, kind="STANDARD")
    with pytest.raises(ClientError) as refused:
        _machine(sfn, "WaitsExpress", WAITS_FOR_TOKEN)
    assert refused.value.response["Error"]["Code"] == "InvalidDefinition"
    assert "Express state machine does not support" in str(refused.value)


def test_the_machine_type_reaches_moto_s_interpreter(sfn: Any) -> None:
    arn = _machine(sfn, "Pages", CHOOSE)
    assert sfn.describe_state_machine(stateMachineArn=arn)["type"] == "EXPRESS"
    sfn.start_sync_execution(stateMachineArn=arn, input=json.dumps({"n": 2}))
    [run] = moto_fixes.express_executions(ACCOUNT, REGION, arn)
    assert run.sm_type == "EXPRESS" and run.exec_worker.env.is_standard_workflow() is False
