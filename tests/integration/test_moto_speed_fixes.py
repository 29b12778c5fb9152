"""`moto_fixes`' speed fixes keep moto's behaviour: JSONPaths parsed once answer as before, and Lambda
tasks served by the local runtime directly answer what the mocked Lambda API answers."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from typing import Any
from unittest import mock

import boto3
import pytest
from hirehound_local import moto_fixes
from moto import mock_aws
from moto.awslambda.models import LambdaFunction
from moto.stepfunctions.parser.asl.component.state.exec.state_task import lambda_eval_utils
from moto.stepfunctions.parser.asl.utils import json_path

pytestmark = pytest.mark.integration

REGION = "us-east-1"
ROLE = "arn:aws:iam::123456789012:role/sfn"


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(key, "testing")
    moto_fixes.apply()
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        yield


def test_a_json_path_is_parsed_once_and_answers_as_before(aws: None) -> None:
    parse: Any = vars(json_path)["parse"]
    data = {"items": [{"n": 1}, {"n": 2}, {"n": 3}], "page": {"url": "https://x"}}
    before = parse.cache_info()

    assert json_path.extract_json("$.page.url", data) == "https://x"
    assert json_path.extract_json("$.page.url", {"page": {"url": "https://y"}}) == "https://y"
    assert json_path.extract_json("$.items[?(@.n > 1)].n", data) == [2, 3]  # the ext parser still
    assert json_path.extract_json("$.items[0]", data) == {"n": 1}  # AWS unpacks a singleton access

    after = parse.cache_info()
    assert after.misses - before.misses <= 3 and after.hits - before.hits >= 1
    with pytest.raises(json_path.NoSuchJsonPathError):
        json_path.extract_json("$.page.missing", data)


def test_a_cached_result_path_keeps_runs_apart(aws: None) -> None:
    """ResultPath writes through the parsed path: a second run must not see the first one's data."""
    sfn = boto3.client("stepfunctions", region_name=REGION)
    definition = {
        "StartAt": "Put",
        "States": {"Put": {"Type": "Pass", "Result": {"ok": True}, "ResultPath": "$.out.put", "End": True}},
    }
    arn = sfn.create_state_machine(
        name="Paths", definition=json.dumps(definition), roleArn=ROLE, type="EXPRESS"
    )["stateMachineArn"]

    outputs = [
        json.loads(sfn.start_sync_execution(stateMachineArn=arn, input=json.dumps(given))["output"])
        for given in ({"n": 1}, {"n": 2, "out": {"kept": 1}})
    ]

    assert outputs == [
        {"n": 1, "out": {"put": {"ok": True}}},
        {"n": 2, "out": {"kept": 1, "put": {"ok": True}}},
    ]


def _function(name: str) -> str:
    code = io.BytesIO()
    with zipfile.ZipFile(code, "w") as archive:
        archive.writestr("README", "served by the test")
    iam = boto3.client("iam", region_name=REGION)
    role = iam.create_role(RoleName=f"r-{name}", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    return str(
        boto3.client("lambda", region_name=REGION).create_function(
            FunctionName=name,
            Runtime="python3.12",
            Role=role,
            Handler="x.handler",
            Code={"ZipFile": code.getvalue()},
        )["FunctionArn"]
    )


def _handler(name: str, event: Any, region: str) -> tuple[str, bool]:
    if event.get("fail"):
        return json.dumps({"errorType": "TransientError", "errorMessage": "later"}), True
    return json.dumps({"echo": event, "by": name}), False


def test_a_direct_lambda_task_answers_what_the_api_answers(aws: None) -> None:
    arn = _function("Echo")

    def through_moto(function: Any, event: Any = None) -> tuple[str, bool, str]:
        payload, errored = _handler(function.function_name, event, REGION)
        return payload, errored, ""

    direct_calls: list[str] = []

    def direct(name: str, event: Any, region: str) -> tuple[str, bool]:
        direct_calls.append(name)
        return _handler(name, event, region)

    events = [{"n": 1, "text": "é"}, {"fail": True}]
    with mock.patch.object(LambdaFunction, "_invoke_lambda", through_moto):
        api = [_task_answer(arn, event) for event in events]
        with moto_fixes.invoke_lambdas_directly(direct, {"Echo"}):
            served = [_task_answer(arn, event) for event in events]
            by_name = _task_answer("Echo", events[0])
            with_qualifier = _task_answer(arn, events[0], Qualifier="$LATEST")

    assert direct_calls == ["Echo", "Echo", "Echo"]  # the qualified call took moto's path
    for through_api, directly in zip(api, served, strict=True):
        assert directly["Payload"] == through_api["Payload"]
        assert directly["StatusCode"] == through_api["StatusCode"] == 200
        assert bool(directly.get("FunctionError")) == bool(through_api.get("FunctionError"))
    assert served[0]["Payload"] == {"echo": events[0], "by": "Echo"} == by_name["Payload"]
    assert served[1]["Payload"]["errorType"] == "TransientError"
    assert with_qualifier["Payload"] == served[0]["Payload"]


def _task_answer(function: str, event: Any, **extra: Any) -> dict[str, Any]:
    """What the interpreter's `lambda:invoke` integration gets back for `event`."""
    parameters = {"FunctionName": function, "Payload": lambda_eval_utils.to_payload_type(event), **extra}
    invoke: Any = lambda_eval_utils._invoke_lambda_function  # the name the patch replaces
    answer: dict[str, Any] = invoke(parameters, REGION, None)
    return answer


def test_state_data_is_copied_as_json_and_other_objects_as_before(aws: None) -> None:
    from datetime import UTC, datetime

    from moto.stepfunctions.parser.asl.eval import states

    data: dict[str, Any] = {
        "a": [1, 2.5, {"b": None, "c": True}],
        "s": "x",
        "when": datetime(2026, 1, 1, tzinfo=UTC),
    }
    state_copy: Any = vars(states)["copy"]
    copied = state_copy.deepcopy(data)

    assert copied == data and copied is not data
    assert copied["a"] is not data["a"] and copied["a"][2] is not data["a"][2]
    copied["a"][2]["b"] = 1
    assert data["a"][2]["b"] is None  # independent, as deepcopy's
    assert copied["when"] == data["when"]
    assert state_copy.deepcopy is moto_fixes.copy_json
