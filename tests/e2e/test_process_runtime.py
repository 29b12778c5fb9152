"""The local runtime's execution environments (`LocalCloud(processes=True)`): one function's
invocations in processes of its own, warm reuse after one cold start, a crash that Retry and Catch
see as Lambda's `Runtime.ExitError`, and the same outcomes as the single-process runtime."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections import Counter
from typing import Any

import psycopg
import pytest
from hirehound.db import reports
from hirehound.db.pool import close_pool
from hirehound_infra.topology import FunctionSpec
from hirehound_local.cloud import LocalCloud
from hirehound_local.lambda_context import LambdaContext
from hirehound_local.lambda_runtime import Crash, ProcessRuntime
from hirehound_local.postgres import create_database
from psycopg import sql

from tests.conftest import TEMPLATE
from tests.e2e.test_ingest_command import subset

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

PROBES = [FunctionSpec(name, "tests.fakes.lambda_probe", timeout_s=60) for name in ("ProbeA", "ProbeB")]


def invoke(runtime: ProcessRuntime, spec: FunctionSpec, crash: Crash | None = None) -> tuple[Any, str | None]:
    context = LambdaContext(
        spec.name, spec.memory_mb, f"arn:aws:lambda:::function:{spec.name}", spec.timeout_s
    )
    payload, error, _, _ = runtime.invoke(spec, {}, context, crash=crash)
    return json.loads(payload), error


@pytest.fixture
def runtime() -> Any:
    runtime = ProcessRuntime(lambda spec: {**os.environ, "AWS_LAMBDA_FUNCTION_NAME": spec.name})
    yield runtime
    runtime.close()


def test_two_functions_run_in_processes_of_their_own_with_their_own_globals(runtime: ProcessRuntime) -> None:
    a, b = PROBES
    first_a, _ = invoke(runtime, a)
    first_b, _ = invoke(runtime, b)
    again_a, _ = invoke(runtime, a)

    assert first_a["pid"] != first_b["pid"] != os.getpid()
    assert again_a["pid"] == first_a["pid"]  # warm: the same environment, its module imported once
    assert [first_a["calls"], first_b["calls"], again_a["calls"]] == [1, 1, 2]
    assert (first_a["env_function"], first_b["env_function"]) == ("ProbeA", "ProbeB")
    assert (first_a["keyed_as"], first_b["keyed_as"]) == ("ProbeA", "ProbeB")
    # Powertools' keys are process-global: in one process ProbeB's name would be left for ProbeA.
    assert again_a["left_by"] == "ProbeA"
    assert runtime.cold_starts == Counter({"ProbeA": 1, "ProbeB": 1})


def test_a_crashed_environment_answers_runtime_exit_error_and_is_replaced(runtime: ProcessRuntime) -> None:
    probe = PROBES[0]
    before, _ = invoke(runtime, probe)
    crashed, error = invoke(runtime, probe, crash=Crash(3))
    after, _ = invoke(runtime, probe)

    assert error == crashed["errorType"] == "Runtime.ExitError"
    assert "Runtime exited with error: exit status 3" in crashed["errorMessage"]
    assert after["pid"] != before["pid"] and after["calls"] == 1  # a new environment, cold
    assert runtime.cold_starts["ProbeA"] == 2


def test_retry_and_catch_handle_a_crash_of_a_function_in_a_state_machine(db: str) -> None:
    """A Task whose environment crashes twice: retried once on Runtime.ExitError, then caught."""
    with LocalCloud(env={"DATABASE_URL": db}, processes=True) as cloud:
        arn = cloud.substitutions["IngestCompleteBatchFunction"]
        definition = {
            "StartAt": "Call",
            "States": {
                "Call": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": arn, "Payload": {}},
                    "Retry": [{"ErrorEquals": ["Runtime.ExitError"], "IntervalSeconds": 1, "MaxAttempts": 1}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Caught"}],
                    "End": True,
                },
                "Caught": {"Type": "Pass", "End": True},
            },
        }
        sfn = cloud.client("stepfunctions")
        machine = sfn.create_state_machine(
            name="CrashProbe",
            definition=json.dumps(definition),
            roleArn="arn:aws:iam::123456789012:role/hirehound-local",
        )["stateMachineArn"]
        cloud.router.inject_faults("IngestCompleteBatch", Crash(1), Crash(1))
        execution = sfn.start_execution(stateMachineArn=machine, input="{}")["executionArn"]
        ended = cloud.wait(execution, timeout_s=300)
        calls = [call for call in cloud.router.invocations if call.function == "IngestCompleteBatch"]
        assert cloud.runtime is not None
        cold_starts = cloud.runtime.cold_starts["IngestCompleteBatch"]

    assert ended.status == "SUCCEEDED"
    assert ended.output["error"]["Error"] == "Runtime.ExitError"
    assert [call.error for call in calls] == ["Runtime.ExitError", "Runtime.ExitError"]
    assert cold_starts == 2  # each crash ended its environment


def test_the_process_runtime_ends_pages_as_the_single_process_runtime(pg_server: str) -> None:
    """The same pages through IngestionBatch in both runtimes, each in a database of its own."""
    from hirehound_local.ingest_runner import ingest_pages

    pages = subset()
    outcomes: dict[bool, list[str]] = {}
    reported: dict[bool, dict[str, int]] = {}
    names = []
    with pytest.MonkeyPatch.context() as env:
        for processes in (False, True):
            names.append(f"runtime_{uuid.uuid4().hex[:12]}")
            url = create_database(pg_server, names[-1], template=TEMPLATE)
            env.setenv("DATABASE_URL", url)
            close_pool()
            with LocalCloud(env={"DATABASE_URL": url}, processes=processes) as cloud:
                report = ingest_pages(cloud, pages, batch_size=50)
            reported[processes] = report.outcomes
            outcomes[processes] = reports.page_outcomes(
                [(p.url, hashlib.sha256(p.body()).hexdigest()) for p in pages]
            )
            close_pool()
    with psycopg.connect(pg_server, autocommit=True) as conn:
        for name in names:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    assert set(reported[True]) == {"published", "duplicate", "rejected", "dead_letter"}
    # rejected and dead_letter counts equal; published + duplicate too. Which of two concurrent copies of
    # one job is caught as the duplicate depends on the order they meet, in either runtime (as in AWS).
    for count in (reported[True], reported[False]):
        count["kept"] = count.pop("published", 0) + count.pop("duplicate", 0)
    assert reported[True] == reported[False]

    def pages_ending(processes: bool, outcome: str) -> list[int]:
        return [i for i, o in enumerate(outcomes[processes]) if o == outcome]

    # Page by page where the order of concurrent pages does not decide (which copy of the exact
    # duplicate pair is the canonical one does): the same pages dead-lettered and rejected.
    for outcome in ("dead_letter", "rejected"):
        assert pages_ending(True, outcome) == pages_ending(False, outcome)
