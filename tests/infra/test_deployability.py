"""Limits AWS enforces at deploy or run time that test_stack.py does not pin down.

Each test reads the synthesized template (or topology) and checks a rule that CloudFormation, Lambda,
SQS or Step Functions would otherwise only reject, or silently mis-handle, in a real account.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hirehound_infra import topology
from hirehound_infra.lambdas import ARCHITECTURE, RUNTIME
from hirehound_infra.layer import PLATFORM, PYTHON_VERSION

from tests.infra.conftest import Synth

pytestmark = pytest.mark.infra

# Lambda: event source mapping MaximumConcurrency is 2..1000; timeout at most 900 s.
EXPRESS_MAX_S = 300  # Express executions run at most 5 minutes
ESM_MIN_CONCURRENCY, ESM_MAX_CONCURRENCY = 2, 1000
LAMBDA_MAX_TIMEOUT_S = 900
# AWS guidance for SQS event sources: visibility timeout at least six times the function timeout.
VISIBILITY_PER_TIMEOUT = 6
# Queues whose consumer calls a rate-limited third party: they must be throttled.
THROTTLED_CONSUMERS = {"EnrichProviderWorker", "MaintenanceCheckLiveness"}


def _functions(s: Synth) -> dict[str, dict[str, Any]]:
    return {k: v["Properties"] for k, v in s.of_type("AWS::Lambda::Function").items()}


def _topology_functions(s: Synth) -> dict[str, dict[str, Any]]:
    return {f.name: s.props(f"{f.area.capitalize()}/{f.name}/Resource") for f in topology.FUNCTIONS}


@pytest.mark.parametrize("spec", [q for q in topology.QUEUES if q.consumer], ids=lambda q: q.name)
def test_queue_consumer_limits(synth: Synth, spec: topology.QueueSpec) -> None:
    consumer = topology.function(str(spec.consumer))
    assert spec.visibility_timeout_s >= VISIBILITY_PER_TIMEOUT * consumer.timeout_s
    if spec.max_concurrency is not None:
        assert ESM_MIN_CONCURRENCY <= spec.max_concurrency <= ESM_MAX_CONCURRENCY
    if consumer.name in THROTTLED_CONSUMERS:
        assert spec.max_concurrency is not None, f"{spec.name} feeds a rate-limited consumer"
    if consumer.reserved_concurrency is not None and spec.max_concurrency is not None:
        # Otherwise Lambda throttles the mapping and each throttled batch burns a receive.
        feeding = [q.max_concurrency or 0 for q in topology.QUEUES if q.consumer == consumer.name]
        assert sum(feeding) <= consumer.reserved_concurrency


def test_throttled_consumers_exist_in_topology() -> None:
    names = {f.name for f in topology.FUNCTIONS}
    assert names >= THROTTLED_CONSUMERS
    consumers = {q.consumer for q in topology.QUEUES}
    assert consumers >= THROTTLED_CONSUMERS


def test_dlqs_keep_messages_longer_than_their_source_queue(synth: Synth) -> None:
    queues = synth.of_type("AWS::SQS::Queue")
    sources = {k: q["Properties"] for k, q in queues.items() if "RedrivePolicy" in q["Properties"]}
    assert len(sources) >= len(topology.QUEUES)
    for props in sources.values():
        dlq = queues[props["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][0]]["Properties"]
        source_retention = props.get("MessageRetentionPeriod", 4 * 24 * 3600)  # SQS default: 4 days
        assert dlq["MessageRetentionPeriod"] > source_retention
        assert dlq["SqsManagedSseEnabled"] is True


def test_every_function_fits_lambda_limits_and_is_traced(synth: Synth) -> None:
    functions = _functions(synth)
    assert len(functions) >= len(topology.FUNCTIONS)
    for props in functions.values():
        assert props["Timeout"] <= LAMBDA_MAX_TIMEOUT_S
        assert 128 <= props.get("MemorySize", 128) <= 10240


def test_every_python_function_has_powertools_settings(synth: Synth) -> None:
    """Also the migration handler, which the factory builds outside topology."""
    python = {k: p for k, p in _functions(synth).items() if str(p.get("Runtime", "")).startswith("python")}
    assert len(python) >= len(topology.FUNCTIONS) + 1
    for props in python.values():
        env = props["Environment"]["Variables"]
        assert env["POWERTOOLS_SERVICE_NAME"] == "hirehound"
        assert env["POWERTOOLS_METRICS_NAMESPACE"] == "Hirehound"
        assert env["LOG_LEVEL"] in {"DEBUG", "INFO", "WARNING", "ERROR"}
        assert props["TracingConfig"] == {"Mode": "Active"}


def test_layer_matches_the_functions_runtime_and_architecture(synth: Synth) -> None:
    layers = synth.of_type("AWS::Lambda::LayerVersion")
    assert layers
    for layer in layers.values():
        assert layer["Properties"]["CompatibleArchitectures"] == [ARCHITECTURE.name]
        assert layer["Properties"]["CompatibleRuntimes"] == [RUNTIME.name]
    for props in _topology_functions(synth).values():
        assert props["Architectures"] == [ARCHITECTURE.name]
        assert props["Runtime"] == RUNTIME.name
    # The wheels the layer build installs are for the same CPU and Python as the functions.
    assert ARCHITECTURE.name == "arm64"
    assert PLATFORM.startswith("aarch64-manylinux_2_")
    assert RUNTIME.name == f"python{PYTHON_VERSION}"


def test_every_state_machine_logs_and_traces(synth: Synth) -> None:
    machines = synth.of_type("AWS::StepFunctions::StateMachine")
    assert len(machines) == len(topology.STATE_MACHINES)
    for machine in machines.values():
        props = machine["Properties"]
        assert props["TracingConfiguration"] == {"Enabled": True}
        assert props["LoggingConfiguration"]["Level"] in {"ALL", "ERROR"}
        assert props["StateMachineType"] in {"STANDARD", "EXPRESS"}


def test_express_machines_are_started_synchronously_and_run_within_the_express_limit(synth: Synth) -> None:
    """Express allows 5 minutes and neither `.sync` nor task tokens; whoever starts one waits for it
    (StartSyncExecution) and must outlive it."""
    express = [m for m in topology.STATE_MACHINES if m.express]
    assert express
    for spec in express:
        definition = json.loads(spec.definition())
        assert definition["TimeoutSeconds"] < EXPRESS_MAX_S
        assert ".sync" not in spec.definition() and ".waitForTaskToken" not in spec.definition()
        starters = [s for s in topology.EXECUTION_STARTERS if spec.name in s.machines]
        assert starters
        for starter in starters:
            assert topology.function(starter.function).timeout_s > definition["TimeoutSeconds"]
