"""Infra helpers that need no synth: stage settings, layer bundling, ordering, queue areas."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import RemovalPolicy
from aws_cdk import aws_logs as logs
from hirehound_infra import layer, topology
from hirehound_infra.area import queue_area
from hirehound_infra.settings import StageSettings
from hirehound_infra.workflows import build_order

pytestmark = pytest.mark.infra
CDK_JSON = Path(__file__).resolve().parents[2] / "cdk.json"


def _settings(**context: Any) -> StageSettings:
    base = json.loads(CDK_JSON.read_text(encoding="utf-8"))["context"]
    return StageSettings.from_context(cdk.App(context={**base, **context}).node)


def test_cdk_json_runs_the_app_with_the_venv_python() -> None:
    assert json.loads(CDK_JSON.read_text(encoding="utf-8"))["app"] == ".venv/bin/python infra/app.py"


def test_stage_is_switched_by_context_only() -> None:
    dev, prod = _settings(), _settings(stage="prod")
    assert dev.stage == "dev" and dev.removal == RemovalPolicy.DESTROY and not dev.is_production
    assert prod.database_removal == RemovalPolicy.SNAPSHOT and prod.removal == RemovalPolicy.RETAIN
    assert prod.max_acu > dev.max_acu and prod.readers >= 1
    assert prod.log_retention == logs.RetentionDays.ONE_YEAR
    assert dev.bundle is True
    assert _settings(bundle="false").bundle is False


def test_unknown_stage_is_an_error() -> None:
    with pytest.raises(ValueError, match="no settings for stage 'qa'"):
        _settings(stage="qa")


def test_layer_requirements_are_the_project_dependencies() -> None:
    reqs = layer.layer_requirements()
    assert any(r.startswith("psycopg[") for r in reqs) and any(r.startswith("pgvector") for r in reqs)


def test_local_bundling_pip_installs_aarch64_wheels_and_copies_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []

    def fake_run(argv: list[str], check: bool) -> None:
        calls.append(argv)
        req = Path(argv[argv.index("-r") + 1])
        assert req.read_text(encoding="utf-8").splitlines() == ["pydantic>=2"]

    monkeypatch.setattr(subprocess, "run", fake_run)
    package = tmp_path / "src" / "hirehound"
    (package / "__pycache__").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "__pycache__" / "x.pyc").write_bytes(b"")
    out = tmp_path / "out"
    assert layer.PipLayerBundling(["pydantic>=2"], package).try_bundle(str(out)) is True
    (argv,) = calls
    assert argv[argv.index("--platform") + 1] == "manylinux2014_aarch64"
    assert "--only-binary=:all:" in argv
    assert argv[argv.index("--target") + 1] == str(out / "python")
    assert (out / "python" / "hirehound" / "__init__.py").exists()
    assert not (out / "python" / "hirehound" / "__pycache__").exists()


def test_state_machines_are_built_children_first_and_cycles_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = [m.name for m in build_order(topology.STATE_MACHINES)]
    assert order.index("Ingestion") < order.index("IngestionBatch")
    monkeypatch.setattr(topology, "STATEMACHINES_DIR", tmp_path)
    (tmp_path / "a.json").write_text('{"x": "${BStateMachine}"}', encoding="utf-8")
    (tmp_path / "b.json").write_text('{"x": "${AStateMachine}"}', encoding="utf-8")
    cyclic = (topology.StateMachineSpec("A", "a.json"), topology.StateMachineSpec("B", "b.json"))
    with pytest.raises(ValueError, match="cycle"):
        build_order(cyclic)


def test_a_queue_belongs_to_its_consumers_area() -> None:
    assert queue_area(topology.QueueSpec("X", consumer="EnrichProviderWorker")) == "enrich"
    assert queue_area(topology.QueueSpec("X")) == "maintenance"
    with pytest.raises(ValueError, match=r"not in topology\.FUNCTIONS"):
        queue_area(topology.QueueSpec("X", consumer="Nope"))
