"""The LocalStack executor's sandbox: AWS's Python runtime client (and our Node.js loop) behind our
Runtime API, with Lambda's error payloads, context, timeouts, crashes, init errors and layers."""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hirehound_localstack.sandbox import InitError, Interpreters, Sandbox, merge_layers, runtime_command

pytestmark = pytest.mark.integration

HANDLERS = Path(__file__).with_name("sandbox_handlers")
ARN = "arn:aws:lambda:us-east-1:000000000000:function:Echo"


@pytest.fixture
def opt(tmp_path: Path) -> Path:
    """Two layers that both ship `layered.py`: the later one's file must win, as in Lambda's /opt."""
    for name in ("first", "second"):
        (tmp_path / name / "python").mkdir(parents=True)
        (tmp_path / name / "python" / "layered.py").write_text(f"WHO = {name!r}\n", encoding="utf-8")
    (tmp_path / "first" / "python" / "only_first.py").write_text("X = 1\n", encoding="utf-8")
    return merge_layers([tmp_path / "first", tmp_path / "second"], tmp_path / "opt")


def sandbox_for(runtime: str, handler: str, opt: Path | None, timeout_s: float = 10) -> Sandbox:
    argv, paths = runtime_command(runtime, handler, HANDLERS, opt, Interpreters(python=sys.executable))
    env = {
        "AWS_LAMBDA_FUNCTION_NAME": "Echo",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256",
        "PATH": "/usr/bin:/bin",
    }
    return Sandbox(argv, {**env, **paths, "LAMBDA_TASK_ROOT": str(HANDLERS)}, HANDLERS, timeout_s=timeout_s)


@pytest.fixture
def python_sandbox(request: pytest.FixtureRequest, opt: Path) -> Iterator[Sandbox]:
    handler, timeout_s = request.param
    box = sandbox_for("python3.12", handler, opt, timeout_s)
    box.start()
    yield box
    box.stop()


def invoke(box: Sandbox, event: object) -> tuple[Any, bool, str]:
    request_id = str(uuid.uuid4())
    outcome = box.invoke(
        request_id, json.dumps(event), ARN, "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"
    )
    assert outcome.request_id == request_id
    return json.loads(outcome.payload), outcome.is_error, outcome.logs


@pytest.mark.parametrize("python_sandbox", [("app.echo", 10)], indirect=True)
def test_result_context_env_and_layers(python_sandbox: Sandbox) -> None:
    result, is_error, logs = invoke(python_sandbox, {"url": "https://example.org/job/1"})
    assert not is_error
    assert result["event"] == {"url": "https://example.org/job/1"}
    assert result["function_name"] == result["env_function"] == "Echo"
    assert result["arn"] == ARN
    assert result["memory"] == "256"  # a string in the Python runtime, too
    assert 0 < result["remaining_ms"] <= 10_000
    assert result["trace"].startswith("Root=1-5759e988")
    assert result["layer"] == "second"  # the later layer's file won
    assert result["task_root"] == str(HANDLERS)
    assert f"START RequestId: {result['request_id']}" in logs
    assert "echo {'url': 'https://example.org/job/1'}" in logs  # the handler's own log line
    assert f"REPORT RequestId: {result['request_id']}" in logs
    assert "Init Duration:" in logs  # the first invocation after the init reports it, as Lambda does
    again, _, again_logs = invoke(python_sandbox, {"n": 2})
    assert "Init Duration:" not in again_logs
    assert again["pid"] == result["pid"]  # a warm start: the same process, init ran once
    assert again["started"] == result["started"]


@pytest.mark.parametrize("python_sandbox", [("app.fail", 10)], indirect=True)
def test_exception_is_the_python_runtimes_error_payload(python_sandbox: Sandbox) -> None:
    error, is_error, logs = invoke(python_sandbox, {"url": "https://example.org/x"})
    assert is_error
    assert error["errorType"] == "PageRejected"  # what Retry/Catch match in Step Functions
    assert error["errorMessage"] == "no posting in https://example.org/x"
    assert any("fail" in line for line in error["stackTrace"])
    assert "PageRejected" in logs


@pytest.mark.parametrize("python_sandbox", [("app.sleep", 1)], indirect=True)
def test_timeout_kills_the_process_and_the_next_invocation_reinitializes(python_sandbox: Sandbox) -> None:
    error, is_error, _ = invoke(python_sandbox, {"seconds": 5})
    assert is_error
    assert error["errorType"] == "Sandbox.Timedout"
    assert "Task timed out after 1.00 seconds" in error["errorMessage"]
    assert not python_sandbox.alive
    result, is_error, _ = invoke(python_sandbox, {"seconds": 0})
    assert not is_error
    assert result == {"slept": 0, "pid": result["pid"]}


@pytest.mark.parametrize("python_sandbox", [("app.crash", 10)], indirect=True)
def test_a_runtime_that_exits_is_runtime_exit_error(python_sandbox: Sandbox) -> None:
    error, is_error, logs = invoke(python_sandbox, {})
    assert is_error
    assert error == {
        "errorType": "Runtime.ExitError",
        "errorMessage": error["errorMessage"],
    }
    assert "exit status 3" in error["errorMessage"]
    assert "about to exit" in logs


def test_import_error_fails_the_init_with_the_runtimes_payload(opt: Path) -> None:
    box = sandbox_for("python3.12", "broken.handler", opt)
    with pytest.raises(InitError) as raised:
        box.start()
    error = json.loads(raised.value.payload)
    assert error["errorType"] == "Runtime.ImportModuleError"
    assert "module_that_does_not_exist" in error["errorMessage"]
    # The Invoke API answers such an invocation with the init error, as Lambda does.
    outcome = box.invoke("r-1", "{}", ARN)
    assert outcome.is_error
    assert json.loads(outcome.payload)["errorType"] == "Runtime.ImportModuleError"


def test_unknown_runtime_is_refused() -> None:
    with pytest.raises(ValueError, match=r"java21"):
        runtime_command("java21", "x::y", HANDLERS, None, Interpreters(python=sys.executable))


def test_node_handlers_results_callbacks_and_errors() -> None:
    results = {}
    for handler, event in (("app.echo", {"a": 1}), ("app.callback", {"n": 21}), ("app.fail", {})):
        box = sandbox_for("nodejs24.x", handler, None)
        box.start()
        try:
            results[handler] = invoke(box, event)
        finally:
            box.stop()
    echo, is_error, _ = results["app.echo"]
    assert not is_error
    assert echo["event"] == {"a": 1}
    assert echo["functionName"] == "Echo"
    assert 0 < echo["remaining"] <= 10_000
    assert results["app.callback"][:2] == ({"late": 42}, False)
    error, is_error, _ = results["app.fail"]
    assert is_error
    assert error["errorType"] == "ProviderDown"
    assert error["errorMessage"] == "clearbit answered 503"
