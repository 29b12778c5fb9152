"""RecordExecution, the AWS feed of `workflow_executions`: a real execution runs in the LocalCloud, the
"Step Functions Execution Status Change" event AWS would send for it (built from DescribeExecution in
the documented shape) goes through the deployed handler, which reads the history through boto3 and
writes the same row the local runner writes."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from hirehound import executions
from hirehound.db import status as db_status
from hirehound.errors import BadInputError
from hirehound_local.cloud import REGION, LocalCloud
from hirehound_local.status import execution_graph, persist_executions, status_change_event

pytestmark = pytest.mark.e2e


def test_a_finished_execution_is_recorded_with_its_states_like_the_local_runner_does(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    run = cloud.run("MaintenanceExpiry", {"task": "expiry"})
    assert run.status == "SUCCEEDED", run.cause

    payload, errored = cloud.router.invoke("RecordExecution", status_change_event(cloud, run.arn), REGION)

    assert not errored, payload
    answer = json.loads(payload)
    assert answer["workflow"] == "MaintenanceExpiry" and answer["status"] == "SUCCEEDED"
    row = db_status.execution(run.arn)
    assert row is not None
    assert (row["workflow"], row["status"], row["error"]) == ("MaintenanceExpiry", "SUCCEEDED", None)
    assert row["stopped_at"] >= row["started_at"]
    from hirehound.workflow_history import summarize

    expected = {name: o.model_dump() for name, o in summarize(cloud.history(run.arn)).items()}
    assert row["states"] == expected and answer["states"] == len(expected) > 0
    graph = execution_graph(run.arn)
    assert graph is not None and {n["outcome"] for n in graph["graph"]} <= {"succeeded", "not_run", "retried"}

    # The local runner sees it recorded and writes nothing; a redelivered event rewrites the same row.
    assert persist_executions(cloud) == 0
    cloud.router.invoke("RecordExecution", status_change_event(cloud, run.arn), REGION)
    count = conn.execute("SELECT count(*) AS n FROM workflow_executions").fetchone()
    assert count is not None and count["n"] == 1


def test_a_failed_execution_keeps_its_error_and_cause(cloud: LocalCloud) -> None:
    # A Standard machine (Express ones send no status-change events): its task fails for good.
    cloud.router.inject_faults("MaintenanceExpire", BadInputError("expiry cut-off is not a date"))
    run = cloud.run("MaintenanceExpiry", {"task": "expiry"})
    assert run.status == "FAILED" and run.error == "DeadLettered"

    payload, errored = cloud.router.invoke("RecordExecution", status_change_event(cloud, run.arn), REGION)

    assert not errored, payload
    row = db_status.execution(run.arn)
    assert row is not None and row["status"] == "FAILED"
    assert row["error"] == run.error and row["cause"] == (run.cause or "")[: executions.CAUSE_CHARS]
    assert row["states"]["RecordDeadLetter"]["exited"] == 1


def test_an_event_that_is_not_a_finished_execution_is_refused(cloud: LocalCloud) -> None:
    run = cloud.run("MaintenanceExpiry", {"task": "expiry"})
    event = status_change_event(cloud, run.arn)
    event["detail"] |= {"status": "RUNNING", "stopDate": None}

    payload, errored = cloud.router.invoke("RecordExecution", event, REGION)

    assert errored and "has not finished" in payload
    assert db_status.execution(run.arn) is None
    del event["detail"]["executionArn"]
    payload, errored = cloud.router.invoke("RecordExecution", event, REGION)
    assert errored and "executionArn" in payload  # a malformed event fails loudly (then: async DLQ)


def test_the_workflow_is_the_topology_name_in_aws_and_locally() -> None:
    arn = "arn:aws:states:eu-west-1:123456789012:stateMachine:Hirehound-prod-IngestionBatch"
    assert executions.workflow_of(arn) == "IngestionBatch"
    assert (
        executions.workflow_of("arn:aws:states:us-east-1:123456789012:stateMachine:Enrichment")
        == "Enrichment"
    )
