"""The EventBridge rules of `topology.RULES` in the synthesized stack. CompanyCreated -> Enrichment:
pattern, target and input, a role that may start only that machine, an alarmed dead-letter queue.
ExecutionFinished -> RecordExecution: the pattern names the stack's Standard machines (the ones that
send the event), failed invocations and undeliverable events share the alarmed DLQ, and the function
may read those machines' execution histories and nothing more."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aws_cdk.assertions import Match
from hirehound_infra import topology
from hirehound_infra.routes import emitting_machines

from tests.infra.conftest import Synth, standard_and_express_machines

pytestmark = pytest.mark.infra

MACHINE_RULES = [r for r in topology.RULES if r.state_machine is not None]
FUNCTION_RULES = [r for r in topology.RULES if r.function is not None]


def _rule(synth: Synth, name: str) -> dict[str, Any]:
    return synth.props(f"EventRoutes/{name}/Rule/Resource")


def test_company_created_is_routed_to_enrichment_in_topology() -> None:
    (spec,) = [r for r in topology.RULES if r.name == "CompanyCreated"]
    assert spec.pattern() == {"source": ["hirehound.ingest"], "detail-type": ["CompanyCreated"]}
    assert spec.state_machine is not None and topology.state_machine(spec.state_machine).name == "Enrichment"
    assert spec.input_path == "$.detail"  # {"company_id": n}, the Enrichment input


@pytest.mark.parametrize("spec", MACHINE_RULES, ids=lambda s: s.name)
def test_the_rule_matches_the_pattern_and_starts_its_machine_with_the_detail(
    synth: Synth, spec: topology.RuleSpec
) -> None:
    rule = _rule(synth, spec.name)
    assert rule["EventPattern"] == spec.pattern() and rule["State"] == "ENABLED"
    assert rule["Name"] == f"{synth.stack_name}-{spec.name}"  # hirehound status --aws finds it by name
    assert "EventBusName" not in rule or rule["EventBusName"] == spec.bus
    (target,) = rule["Targets"]
    assert target["Arn"] == {"Ref": synth.logical_id(f"Workflows/{spec.state_machine}/Resource")}
    assert target["InputPath"] == spec.input_path
    dlq = synth.logical_id(f"EventRoutes/{spec.name}/Dlq/Resource")
    assert target["DeadLetterConfig"] == {"Arn": {"Fn::GetAtt": [dlq, "Arn"]}}
    assert target["RetryPolicy"]["MaximumRetryAttempts"] > 0
    assert target["RoleArn"] == {
        "Fn::GetAtt": [synth.logical_id(f"EventRoutes/{spec.name}/Role/Resource"), "Arn"]
    }


@pytest.mark.parametrize("spec", MACHINE_RULES, ids=lambda s: s.name)
def test_the_role_is_for_eventbridge_and_may_start_only_that_machine(
    synth: Synth, spec: topology.RuleSpec
) -> None:
    role_id = synth.logical_id(f"EventRoutes/{spec.name}/Role/Resource")
    role = synth.resources[role_id]["Properties"]
    (trust,) = role["AssumeRolePolicyDocument"]["Statement"]
    assert trust["Principal"] == {"Service": "events.amazonaws.com"}
    statements = [
        st
        for pol in synth.of_type("AWS::IAM::Policy").values()
        if {"Ref": role_id} in pol["Properties"]["Roles"]
        for st in pol["Properties"]["PolicyDocument"]["Statement"]
    ]
    machine = {"Ref": synth.logical_id(f"Workflows/{spec.state_machine}/Resource")}
    assert [(st["Action"], st["Resource"]) for st in statements] == [("states:StartExecution", machine)]


@pytest.mark.parametrize("spec", topology.RULES, ids=lambda s: s.name)
def test_the_dead_letter_queue_accepts_the_rule_and_is_alarmed(synth: Synth, spec: topology.RuleSpec) -> None:
    dlq = synth.logical_id(f"EventRoutes/{spec.name}/Dlq/Resource")
    assert synth.resources[dlq]["Properties"]["SqsManagedSseEnabled"] is True
    policies = [
        p["Properties"]["PolicyDocument"]["Statement"]
        for p in synth.of_type("AWS::SQS::QueuePolicy").values()
        if {"Ref": dlq} in p["Properties"]["Queues"]
    ]
    allowed = [
        st for sts in policies for st in sts if st["Effect"] == "Allow" and "sqs:SendMessage" in st["Action"]
    ]
    rule_arn = {"Fn::GetAtt": [synth.logical_id(f"EventRoutes/{spec.name}/Rule/Resource"), "Arn"]}
    assert [st["Condition"]["ArnEquals"]["aws:SourceArn"] for st in allowed] == [rule_arn]
    alarm = synth.props(f"EventRoutes/{spec.name}/DlqNotEmpty/Resource")
    assert json.dumps(alarm["Dimensions"]).count(dlq) == 1 and alarm["Threshold"] == 0
    topic = synth.logical_id("Monitoring/Alarms/Resource")
    assert alarm["AlarmActions"] == [{"Ref": topic}]


def _standard_machines(synth: Synth) -> list[dict[str, str]]:
    """Refs of the stack's machines that send execution events, read off their synthesized type."""
    return [
        {"Ref": logical_id}
        for logical_id, machine in synth.of_type("AWS::StepFunctions::StateMachine").items()
        if machine["Properties"].get("StateMachineType", "STANDARD") == "STANDARD"
    ]


def test_finished_executions_of_every_standard_machine_go_to_the_recorder(synth: Synth) -> None:
    (spec,) = [r for r in FUNCTION_RULES if r.name == "ExecutionFinished"]
    rule = _rule(synth, spec.name)
    assert rule["Name"] == f"{synth.stack_name}-ExecutionFinished"
    pattern = rule["EventPattern"]
    assert pattern["source"] == ["aws.states"]
    assert pattern["detail-type"] == ["Step Functions Execution Status Change"]
    assert sorted(pattern["detail"]["status"]) == ["ABORTED", "FAILED", "SUCCEEDED", "TIMED_OUT"]
    assert sorted(pattern["detail"]["stateMachineArn"], key=str) == sorted(_standard_machines(synth), key=str)
    (target,) = rule["Targets"]
    fn = synth.logical_id("Maintenance/RecordExecution/Resource")
    assert target["Arn"] == {"Fn::GetAtt": [fn, "Arn"]}
    dlq = {"Fn::GetAtt": [synth.logical_id("EventRoutes/ExecutionFinished/Dlq/Resource"), "Arn"]}
    assert target["DeadLetterConfig"] == {"Arn": dlq}
    assert target["RetryPolicy"]["MaximumRetryAttempts"] > 0
    synth.assertions.has_resource_properties(
        "AWS::Lambda::Permission",
        {
            "Action": "lambda:InvokeFunction",
            "FunctionName": {"Fn::GetAtt": [fn, "Arn"]},
            "Principal": "events.amazonaws.com",
            "SourceArn": {
                "Fn::GetAtt": [synth.logical_id("EventRoutes/ExecutionFinished/Rule/Resource"), "Arn"]
            },
        },
    )
    # A failed (asynchronous) invocation, after Lambda's retries, lands in the same DLQ.
    synth.assertions.has_resource_properties(
        "AWS::Lambda::EventInvokeConfig",
        {
            "FunctionName": {"Ref": fn},
            "MaximumRetryAttempts": 2,
            "DestinationConfig": {"OnFailure": {"Destination": dlq}},
        },
    )


def test_the_recorder_may_read_histories_of_the_stacks_machines_only(synth: Synth) -> None:
    fn = synth.resources[synth.logical_id("Maintenance/RecordExecution/Resource")]
    role = fn["Properties"]["Role"]["Fn::GetAtt"][0]
    statements = [
        st
        for pol in synth.of_type("AWS::IAM::Policy").values()
        if {"Ref": role} in pol["Properties"]["Roles"]
        for st in pol["Properties"]["PolicyDocument"]["Statement"]
    ]
    history = [st for st in statements if "states:GetExecutionHistory" in json.dumps(st["Action"])]
    (grant,) = history
    assert grant["Action"] == "states:GetExecutionHistory"
    resources = json.dumps(grant["Resource"])
    machines = [  # the Standard ones: Express executions send no events and have no history
        m["Properties"]["StateMachineName"]
        for m in synth.of_type("AWS::StepFunctions::StateMachine").values()
        if m["Properties"]["StateMachineType"] == "STANDARD"
    ]
    assert resources.count(":execution:") == len(machines)
    for name in machines:
        assert f":execution:{name}:*" in resources
    assert not any(
        a.startswith("states:") and a != "states:GetExecutionHistory"
        for st in statements
        for a in (st["Action"] if isinstance(st["Action"], list) else [st["Action"]])
    )


@pytest.mark.parametrize("spec", topology.RULES, ids=lambda s: s.name)
def test_every_rule_dlq_alarm_is_a_runbook_line_to_the_topic(synth: Synth, spec: topology.RuleSpec) -> None:
    synth.assertions.has_resource_properties(
        "AWS::CloudWatch::Alarm",
        {
            "AlarmName": f"{synth.stack_name}-{spec.name}RuleDlqNotEmpty",
            "AlarmDescription": Match.string_like_regexp(f"{spec.target}.*First: "),
            "AlarmActions": [{"Ref": synth.logical_id("Monitoring/Alarms/Resource")}],
        },
    )


def test_only_standard_machines_emit_execution_events() -> None:
    """The pattern follows each machine's type: an Express machine (no execution events) is left out."""
    _, machines = standard_and_express_machines()
    assert list(emitting_machines(machines)) == ["Std"]
