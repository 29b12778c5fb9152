"""The maintenance schedules and their machines: in topology, in the synthesized template, and written
in the house ASL style."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from aws_cdk.assertions import Match
from hirehound_infra import topology

from tests.infra.conftest import Synth

pytestmark = pytest.mark.infra

EXPECTED = {
    "MaintenanceExpiry": "rate(15 minutes)",
    "MaintenanceRevalidation": "rate(6 hours)",
    "MaintenanceDaily": "cron(0 2 * * ? *)",
}


def _schedules() -> dict[str, topology.ScheduleSpec]:
    return {s.name: s for s in topology.SCHEDULES if s.name in EXPECTED}


def test_the_three_maintenance_schedules_start_their_machines() -> None:
    schedules = _schedules()
    assert {name: s.expression for name, s in schedules.items()} == EXPECTED
    for spec in schedules.values():
        assert topology.state_machine(spec.state_machine).path.exists()
        assert set(spec.input) == {"task"}  # what the handlers' MaintenanceEvent requires


def test_schedules_are_rules_targeting_their_machines(synth: Synth) -> None:
    for spec in _schedules().values():
        machine = {"Ref": synth.logical_id(f"Workflows/{spec.state_machine}/Resource")}
        rule = synth.assertions.get_resource_id(
            "AWS::Events::Rule",
            {
                "Properties": {
                    "ScheduleExpression": spec.expression,
                    "State": "ENABLED",
                    "Targets": [
                        Match.object_like({"Arn": machine, "Input": Match.serialized_json(spec.input)})
                    ],
                }
            },
        )
        assert rule == synth.logical_id(f"Workflows/{spec.name}Schedule/Resource")


def test_the_liveness_producer_may_send_to_its_queue_and_the_consumer_reports_partial_failures(
    synth: Synth,
) -> None:
    queue = synth.logical_id("Maintenance/MaintenanceLiveness/Queue/Resource")
    producer = synth.props("Maintenance/MaintenanceEnqueueLiveness/Resource")
    role = producer["Role"]["Fn::GetAtt"][0]
    sends = [
        st
        for pol in synth.of_type("AWS::IAM::Policy").values()
        if {"Ref": role} in pol["Properties"]["Roles"]
        for st in pol["Properties"]["PolicyDocument"]["Statement"]
        if "sqs:SendMessage" in st["Action"]
    ]
    assert [st["Resource"] for st in sends] == [{"Fn::GetAtt": [queue, "Arn"]}]
    consumer = synth.logical_id("Maintenance/MaintenanceCheckLiveness/Resource")
    (mapping,) = [
        m["Properties"]
        for m in synth.of_type("AWS::Lambda::EventSourceMapping").values()
        if m["Properties"]["FunctionName"] == {"Ref": consumer}
    ]
    assert mapping["FunctionResponseTypes"] == ["ReportBatchItemFailures"]


def _tasks(states: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, state in states.items():
        if state["Type"] == "Task":
            yield name, state
        for branch in state.get("Branches", []):
            yield from _tasks(branch["States"])


@pytest.mark.parametrize("spec", topology.MAINTENANCE_STATE_MACHINES, ids=lambda m: m.name)
def test_every_task_retries_with_jitter_and_dead_letters(spec: topology.StateMachineSpec) -> None:
    definition = json.loads(spec.definition())
    tasks = dict(_tasks(definition["States"]))
    assert tasks
    for name, task in tasks.items():
        retried = {e for r in task["Retry"] for e in r["ErrorEquals"]}
        assert {"TransientError", "Lambda.ServiceException", "Lambda.TooManyRequestsException"} <= retried
        assert all(
            r["JitterStrategy"] == "FULL" and r["BackoffRate"] > 1 and r["MaxDelaySeconds"]
            for r in task["Retry"]
        )
        if "DeadLetter" in name:
            continue
        (catch,) = task["Catch"]
        assert catch["ErrorEquals"] == ["States.ALL"]
        assert tasks[catch["Next"]]["Parameters"]["FunctionName"] == "${RecordDeadLetterFunction}"
        timeout = task["TimeoutSeconds"]
        function = topology.function(task["Parameters"]["FunctionName"][2:-1].removesuffix("Function"))
        assert timeout >= function.timeout_s
