"""Infra helpers that need no synth: stage settings, layer bundling, ordering, queue areas."""

from __future__ import annotations

import json
import platform
import subprocess
import tomllib
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
ROOT = Path(__file__).resolve().parents[2]
CDK_JSON = ROOT / "cdk.json"


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


def test_the_localstack_stage_is_dev_plus_its_swaps(monkeypatch: pytest.MonkeyPatch) -> None:
    dev, local = _settings(), _settings(stage="localstack")
    assert local.swaps == {"database", "vpc", "host-platform"} and not dev.swaps
    same = ("min_acu", "max_acu", "readers", "nat_gateways", "log_retention_days", "removal_policy")
    assert all(getattr(local, name) == getattr(dev, name) for name in same)
    assert dev.platform == layer.ARM64
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    assert local.platform == layer.X86_64
    monkeypatch.setattr(platform, "machine", lambda: "arm64")  # Apple silicon
    assert local.platform == layer.ARM64


def test_an_unknown_swap_is_an_error() -> None:
    base = json.loads(CDK_JSON.read_text(encoding="utf-8"))["context"]
    base["stages"]["odd"] = {"base": "dev", "swaps": ["database", "kinesis"]}
    base["stage"] = "odd"
    with pytest.raises(ValueError, match="unknown swap 'kinesis'"):
        StageSettings.from_context(cdk.App(context=base).node)


def test_the_host_platforms_layers_are_built_apart_from_the_arm64_ones() -> None:
    assert layer.X86_64.uv_platform == "x86_64-manylinux_2_34"
    assert layer.X86_64.markers["platform_machine"] == "x86_64"
    assert layer.staging_dir(layer.ARM64) == layer.STAGING_DIR
    assert layer.staging_dir(layer.X86_64) == layer.STAGING_DIR.with_name("layer-build-x86_64")
    digests = {layer.build_digest(["numpy"], LOCKED, p) for p in (layer.ARM64, layer.X86_64)}
    assert len(digests) == 2  # another asset hash, so CDK never reuses the other platform's zip


def test_unknown_stage_is_an_error() -> None:
    with pytest.raises(ValueError, match="no settings for stage 'qa'"):
        _settings(stage="qa")


def test_layer_requirements_are_the_project_dependencies() -> None:
    reqs = layer.layer_requirements()
    assert any(r.startswith("psycopg[") for r in reqs) and any(r.startswith("pgvector") for r in reqs)


def test_the_layers_install_exactly_the_runtime_pins_of_uv_lock() -> None:
    with (ROOT / "uv.lock").open("rb") as f:
        lock = {pkg["name"]: pkg["version"] for pkg in tomllib.load(f)["package"] if "version" in pkg}
    pins = layer.locked_versions(layer.locked_requirements())
    assert pins and all(lock[name] == version for name, version in pins.items())
    assert {"numpy", "psycopg", "selectolax", "onnxruntime"} <= set(pins)
    assert not {"pytest", "moto", "aws-cdk-lib", "scikit-learn"} & set(pins)  # extras stay out


def test_a_staged_distribution_at_another_version_than_the_lock_is_drift(tmp_path: Path) -> None:
    _fake_wheel(tmp_path, "pydantic", {"pydantic/__init__.py": ""})  # installs version 1.0
    _fake_wheel(tmp_path, "stray", {"stray/__init__.py": ""})
    assert layer.version_drift(tmp_path, LOCKED) == {"stray": ("1.0", None)}
    assert layer.version_drift(tmp_path, LOCKED.replace("pydantic==1.0", "pydantic==1.1")) == {
        "pydantic": ("1.0", "1.1"),
        "stray": ("1.0", None),
    }


def _fake_wheel(target: Path, name: str, files: dict[str, str]) -> None:
    """What pip leaves in `--target` for one distribution: its files, METADATA and RECORD."""
    info = target / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    for rel, text in files.items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text(text, encoding="utf-8")
    record = [*files, f"{info.name}/METADATA", f"{info.name}/RECORD"]
    (info / "RECORD").write_text("".join(f"{rel},,\n" for rel in record), encoding="utf-8")


LOCKED = (
    "pydantic==1.0 \\\n    --hash=sha256:aa\n"
    "selectolax==1.0 ; sys_platform == 'linux' \\\n    --hash=sha256:bb\n"
)


def test_stage_installs_the_locked_aarch64_wheels_then_splits_them_into_layers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []

    def fake_uv(argv: list[str], check: bool) -> None:
        calls.append(argv)
        req = Path(argv[argv.index("-r") + 1])
        assert req.read_text(encoding="utf-8") == LOCKED
        target = Path(argv[argv.index("--target") + 1])
        _fake_wheel(target, "pydantic", {"pydantic/__init__.py": "", "pydantic/tests/test_x.py": ""})
        _fake_wheel(target, "selectolax", {"selectolax/__init__.py": "", "selectolax/lexbor.so": "elf"})
        (target / "bin").mkdir()
        (target / "bin" / "some-script").write_text("#!", encoding="utf-8")

    monkeypatch.setattr(subprocess, "run", fake_uv)
    package = tmp_path / "src" / "hirehound"
    (package / "__pycache__").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "__pycache__" / "x.pyc").write_bytes(b"")

    staged = layer.stage(tmp_path / "out", ["pydantic>=0.9", "selectolax>=1"], LOCKED, package)

    (argv,) = calls
    assert argv[1:3] == ["pip", "install"]
    assert argv[argv.index("--python-platform") + 1] == "aarch64-manylinux_2_34"
    assert argv[argv.index("--python-version") + 1] == "3.12"
    assert {"--no-deps", "--require-hashes"} <= set(argv)
    assert argv[argv.index("--only-binary") + 1] == ":all:"
    assert staged.layout[layer.CORE] == {"pydantic"} and staged.layout["html"] == {"selectolax"}
    core, html = tmp_path / "core", tmp_path / "html"
    staged.copy(layer.CORE, core)
    staged.copy("html", html)
    assert sorted(p.relative_to(core).as_posix() for p in core.rglob("*") if p.is_file()) == [
        "hirehound/__init__.py",  # no __pycache__
        "pydantic-1.0.dist-info/METADATA",
        "pydantic-1.0.dist-info/RECORD",
        "pydantic/__init__.py",  # pydantic/tests was pruned
    ]
    assert (html / "selectolax" / "lexbor.so").read_text(encoding="utf-8") == "elf"
    assert not (html / "hirehound").exists()
    assert staged.sizes()["html"] == layer.tree_size(html)
    assert [p.as_posix() for p in staged.unclaimed()] == ["bin/some-script"]


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


def test_the_staging_build_is_reused_while_its_digest_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[Path] = []

    def fake_stage(
        out: Path, roots: list[str], locked: str, package_dir: Path = layer.PACKAGE_DIR, **_: Any
    ) -> Any:
        builds.append(out)
        _fake_wheel(out / "python", "pydantic", {"pydantic/__init__.py": ""})
        return layer.StagedLayers(
            (out / "python").resolve(), {name: frozenset() for name in layer.LAYER_NAMES}
        )

    monkeypatch.setattr(layer, "STAGING_DIR", tmp_path / "staging")
    monkeypatch.setattr(layer, "stage", fake_stage)
    monkeypatch.setattr(layer, "layer_requirements", lambda: ["pydantic>=2"])
    monkeypatch.setattr(layer, "locked_requirements", lambda: "pydantic==2.0\n")
    monkeypatch.setattr(layer, "_staged", {})

    layer.staged_layers()
    monkeypatch.setattr(layer, "_staged", {})  # a new process: only the directory is left
    again = layer.staged_layers()
    assert len(builds) == 1
    assert again.layout[layer.CORE] == {"pydantic"}  # partitioned from what the directory holds

    monkeypatch.setattr(layer, "_staged", {})
    monkeypatch.setattr(layer, "locked_requirements", lambda: "pydantic==2.1\n")  # relocked: another digest
    layer.staged_layers()
    assert len(builds) == 2
