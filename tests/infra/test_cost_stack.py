"""The cost model reads the real synthesized stack: what it finds is what topology and cdk.json say."""

from __future__ import annotations

from typing import Any

import pytest
from hirehound_infra import topology
from hirehound_infra.cost.inputs import CostInputs
from hirehound_infra.cost.model import bill
from hirehound_infra.cost.prices import PriceBook
from hirehound_infra.cost.stack import read_template

from tests.infra.conftest import Synth

pytestmark = pytest.mark.infra


def test_the_cost_model_sees_every_function_machine_queue_and_the_database(
    synth: Synth, cdk_context: dict[str, Any]
) -> None:
    facts = read_template(synth.template)

    for fn in topology.FUNCTIONS:
        fact = facts.functions[fn.name]
        assert (fact.memory_mb, fact.architecture, fact.in_vpc) == (fn.memory_mb, "arm64", True), fn.name
        assert fact.log_retention_days == cdk_context["stages"]["dev"]["log_retention_days"]
    assert set(facts.functions) == {f.name for f in topology.FUNCTIONS} | {"Migrate"}
    for spec in topology.STATE_MACHINES:
        machine = facts.machines[spec.name]
        assert machine.type == spec.type
        assert machine.definition_bytes > 0
        # dev: Express machines log as cdk.json's express_log_level says, Standard ones everything
        level = cdk_context["stages"]["dev"]["express_log_level"] if spec.express else "ALL"
        assert (machine.log_level, machine.include_data) == (level, True), spec.name
    assert facts.machines["Ingestion"].fan_states == 2  # Analyze and Assess
    assert {c.queue: c.function for c in facts.consumers} == {q.name: q.consumer for q in topology.QUEUES}
    assert facts.schedules == pytest.approx(
        {"MaintenanceExpiry": 4.0, "MaintenanceRevalidation": 1 / 6, "MaintenanceDaily": 1 / 24}
    )
    assert facts.recorded_machines == {m.name for m in topology.STATE_MACHINES if not m.express}

    dev = cdk_context["stages"]["dev"]
    assert facts.aurora is not None
    assert (facts.aurora.min_acu, facts.aurora.max_acu) == (dev["min_acu"], dev["max_acu"])
    assert facts.aurora.instances == 1 + dev["readers"]
    assert facts.proxy and facts.nat_gateways == dev["nat_gateways"] == facts.public_ips
    assert facts.alarms == len(synth.of_type("AWS::CloudWatch::Alarm")) and facts.alarm_metrics > facts.alarms
    assert (facts.dashboards, facts.secrets, facts.kms_keys) == (1, 2, 1)
    assert facts.bucket_transitions == ((30, "STANDARD_IA"), (90, "GLACIER_IR"))


def test_prod_reads_its_own_stage_settings(prod_synth: Synth, cdk_context: dict[str, Any]) -> None:
    facts = read_template(prod_synth.template)
    prod = cdk_context["stages"]["prod"]

    assert facts.machines["Ingestion"].type == "EXPRESS"
    assert facts.machines["Ingestion"].log_level == prod["express_log_level"] == "ERROR"
    assert facts.machines["Ingestion"].log_retention_days == prod["log_retention_days"]
    assert facts.aurora is not None
    assert (facts.aurora.min_acu, facts.aurora.max_acu) == (prod["min_acu"], prod["max_acu"])
    assert facts.aurora.instances == 1 + prod["readers"]
    assert facts.nat_gateways == prod["nat_gateways"] == facts.public_ips


def test_the_before_configuration_is_the_same_stack_with_a_standard_per_page_machine(synth: Synth) -> None:
    facts = read_template(synth.template)
    before = facts.with_machine_type("Ingestion", "STANDARD")
    assert before.machines["Ingestion"].type == "STANDARD"
    assert (before.machines["Ingestion"].log_level, before.machines["Ingestion"].include_data) == (
        "ALL",
        True,
    )
    assert "Ingestion" in before.recorded_machines
    assert before.functions == facts.functions and before.aurora == facts.aurora


def test_per_page_express_is_at_least_ten_times_cheaper_to_orchestrate(prod_synth: Synth) -> None:
    """Issue 14's acceptance on the committed inputs and today's prod template, at 150k pages a day."""
    facts = read_template(prod_synth.template)
    inputs = CostInputs.load().configurations
    prices = PriceBook.load()
    before = bill(facts.with_machine_type("Ingestion", "STANDARD"), inputs["standard"], prices, 150_000)
    after = bill(facts, inputs[facts.machines["Ingestion"].type.lower()], prices, 150_000)

    assert before.page_step_functions >= 10 * after.page_step_functions > 0
    assert before.orchestration >= 10 * after.orchestration
