"""Synthesize the app once per session (jsii makes synth slow), with layer bundling off."""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest
from aws_cdk.assertions import Template
from hirehound_infra import topology

os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
APP_PY = Path(__file__).resolve().parents[2] / "infra" / "app.py"

# Specs that topology will grow; a second synth proves new entries just work.
EXTRA_QUEUE = topology.QueueSpec(
    "MaintenanceSweep",
    consumer="RecordDeadLetter",
    batch_size=20,
    max_concurrency=3,
    max_receive_count=7,
    visibility_timeout_s=240,
)
EXTRA_SCHEDULES = (
    topology.ScheduleSpec("IngestEvery15Min", "rate(15 minutes)", "Ingestion", {"page": {"url": "u"}}),
    topology.ScheduleSpec(
        "Nightly", "cron(0 2 * * ? *)", "IngestionBatch", {"batch_id": "nightly", "pages": []}
    ),
)


def load_app() -> Any:
    spec = importlib.util.spec_from_file_location("hirehound_app", APP_PY)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Synth:
    """A synthesized stack: its template and the cloud assembly directory."""

    template: dict[str, Any]
    outdir: Path
    stack_name: str
    by_path: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for logical_id, res in self.resources.items():
            path = res.get("Metadata", {}).get("aws:cdk:path")
            if path:
                self.by_path[path.split("/", 1)[1]] = logical_id

    @property
    def resources(self) -> dict[str, dict[str, Any]]:
        return self.template["Resources"]  # type: ignore[no-any-return]

    @cached_property
    def assertions(self) -> Template:
        """The template for `aws_cdk.assertions` (matchers, counts)."""
        return Template.from_json(self.template)

    def of_type(self, cfn_type: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.resources.items() if v["Type"] == cfn_type}

    def logical_id(self, path: str) -> str:
        """Logical id of the resource at construct path `path` (without the stack name)."""
        return self.by_path[path]

    def props(self, path: str) -> dict[str, Any]:
        return self.resources[self.logical_id(path)]["Properties"]  # type: ignore[no-any-return]

    def dashboard(self) -> dict[str, Any]:
        """The dashboard body as JSON, each CloudFormation token inside it written `{Ref:Id}` or
        `{GetAtt:Id.Attribute}` (so a metric's dimension value names the resource it belongs to)."""
        (board,) = self.of_type("AWS::CloudWatch::Dashboard").values()
        return dashboard_body(board)


def dashboard_body(board: Mapping[str, Any]) -> dict[str, Any]:
    """An `AWS::CloudWatch::Dashboard` resource's body as JSON (tokens as in `Synth.dashboard`)."""
    return json.loads(_joined(board["Properties"]["DashboardBody"]))  # type: ignore[no-any-return]


def _joined(node: Any) -> str:
    """A `Fn::Join` of strings and tokens as one string, tokens written as placeholders."""
    if isinstance(node, str):
        return node
    if "Fn::Join" in node:
        separator, parts = node["Fn::Join"]
        return str(separator).join(_joined(part) for part in parts)
    if "Ref" in node:
        return "{Ref:" + str(node["Ref"]) + "}"
    if "Fn::GetAtt" in node:
        return "{GetAtt:" + ".".join(node["Fn::GetAtt"]) + "}"
    return "{token}"


def graphed(widget: dict[str, Any]) -> list[list[Any]]:
    """The metric rows of one dashboard widget (`[namespace, name, dim, value, ..., {options}]`; math
    expressions are `[{expression, ...}]`)."""
    return list(widget.get("properties", {}).get("metrics", []))


def standard_and_express_machines() -> tuple[Any, dict[str, Any]]:
    """A bare stack holding a one-state Standard machine ("Std") and an Express one ("Exp")."""
    import aws_cdk as cdk
    from aws_cdk import aws_stepfunctions as sfn

    stack = cdk.Stack(cdk.App(), "Types")
    machines = {
        name: sfn.StateMachine(
            stack,
            name,
            definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, f"{name}Pass")),
            state_machine_type=kind,
        )
        for name, kind in (("Std", sfn.StateMachineType.STANDARD), ("Exp", sfn.StateMachineType.EXPRESS))
    }
    return stack, machines


def _synth(outdir: Path, *, nag: bool = True, stage: str = "dev") -> Synth:
    app, stack = load_app().build_app(
        {"bundle": "false", "aws:cdk:enable-path-metadata": True, "stage": stage}, outdir=str(outdir), nag=nag
    )
    assembly = app.synth()
    artifact = assembly.get_stack_by_name(stack.stack_name)
    return Synth(template=artifact.template, outdir=Path(assembly.directory), stack_name=stack.stack_name)


@pytest.fixture(scope="session")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The dev stack from the real topology, with cdk-nag (synth fails on an unacknowledged error)."""
    return _synth(tmp_path_factory.mktemp("cdk-dev"))


@pytest.fixture(scope="session")
def prod_synth(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The prod stack, with cdk-nag."""
    return _synth(tmp_path_factory.mktemp("cdk-prod"), stage="prod")


@pytest.fixture(scope="session")
def localstack_synth(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The localstack stage (dev plus the swaps of hirehound_infra.swaps), with cdk-nag."""
    return _synth(tmp_path_factory.mktemp("cdk-localstack"), stage="localstack")


@pytest.fixture(scope="session")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The stack with a synthetic extra queue and two schedules patched into topology (only while
    synthesizing: the patch must not leak into other tests)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(topology, "QUEUES", (*topology.QUEUES, EXTRA_QUEUE))
        mp.setattr(topology, "SCHEDULES", EXTRA_SCHEDULES)
        return _synth(tmp_path_factory.mktemp("cdk-grown"), nag=False)


@pytest.fixture(scope="session")
def cdk_context() -> dict[str, Any]:
    return json.loads((APP_PY.parents[1] / "cdk.json").read_text(encoding="utf-8"))["context"]  # type: ignore[no-any-return]
