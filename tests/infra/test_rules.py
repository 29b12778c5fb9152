"""The EventBridge rules of `topology.RULES` (CompanyCreated -> Enrichment) in the synthesized stack:
pattern, target and input, a role that may start only that machine, and an alarmed dead-letter queue."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hirehound_infra import topology

from tests.infra.conftest import Synth

pytestmark = pytest.mark.infra


def _rule(synth: Synth, name: str) -> dict[str, Any]:
    return synth.props(f"EventRoutes/{name}/Rule/Resource")


def test_company_created_is_routed_to_enrichment_in_topology() -> None:
    (spec,) = [r for r in topology.RULES if r.name == "CompanyCreated"]
    assert spec.pattern() == {"source": ["hirehound.ingest"], "detail-type": ["CompanyCreated"]}
    assert topology.state_machine(spec.state_machine).name == "Enrichment"
    assert spec.input_path == "$.detail"  # {"company_id": n}, the Enrichment input


@pytest.mark.parametrize("spec", topology.RULES, ids=lambda s: s.name)
def test_the_rule_matches_the_pattern_and_starts_its_machine_with_the_detail(
    synth: Synth, spec: topology.RuleSpec
) -> None:
    rule = _rule(synth, spec.name)
    assert rule["EventPattern"] == spec.pattern() and rule["State"] == "ENABLED"
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


@pytest.mark.parametrize("spec", topology.RULES, ids=lambda s: s.name)
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
