"""The real CDK CLI (`node_modules/.bin/cdk`, pinned in package.json) synthesizes the app offline.

One CLI run per session, with every AWS credential source removed and the metadata service disabled:
synth must need no account, no lookups and no STS call, and produce the same resources as the
in-process synth the other infra tests use.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.infra.conftest import APP_PY, Synth

pytestmark = pytest.mark.infra

ROOT = APP_PY.parents[1]
CDK_BIN = ROOT / "node_modules" / ".bin" / "cdk"
STACK = "Hirehound-dev"
# Environment variables through which the CLI or the SDK could find an account or credentials.
_CREDENTIAL_PREFIXES = ("AWS_", "CDK_DEFAULT_", "CDK_DEPLOY_")


@dataclass(frozen=True)
class CliSynth:
    outdir: Path
    manifest: dict[str, Any]
    template: dict[str, Any]
    output: str


def offline_env(home: Path) -> dict[str, str]:
    """The current environment without AWS settings, pointed at empty config and credential files."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_CREDENTIAL_PREFIXES)}
    env.update(
        AWS_EC2_METADATA_DISABLED="true",
        AWS_CONFIG_FILE=str(home / "no-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(home / "no-credentials"),
        CDK_DISABLE_CLI_TELEMETRY="true",
        JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION="1",
    )
    return env


@pytest.fixture(scope="session")
def cli_synth(tmp_path_factory: pytest.TempPathFactory) -> CliSynth:
    if not CDK_BIN.exists():
        pytest.fail(f"{CDK_BIN} is missing: run `npm ci` in {ROOT} (installs the CDK CLI from package.json)")
    outdir = tmp_path_factory.mktemp("cdk-cli")
    home = tmp_path_factory.mktemp("aws-home")
    proc = subprocess.run(
        [str(CDK_BIN), "synth", "--context", "bundle=false", "--no-notices", "--output", str(outdir), "-q"],
        cwd=ROOT,
        env=offline_env(home),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, f"cdk synth failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    manifest = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    template = json.loads((outdir / f"{STACK}.template.json").read_text(encoding="utf-8"))
    return CliSynth(outdir, manifest, template, proc.stdout + proc.stderr)


def test_cli_synth_writes_an_env_agnostic_stack_without_lookups(cli_synth: CliSynth) -> None:
    artifact = cli_synth.manifest["artifacts"][STACK]
    assert artifact["type"] == "aws:cloudformation:stack"
    assert artifact["environment"] == "aws://unknown-account/unknown-region"
    assert artifact["properties"]["templateFile"] == f"{STACK}.template.json"
    # A context lookup (VPC, AZs, SSM...) would be listed as missing context and need credentials.
    assert "missing" not in cli_synth.manifest
    assert not (ROOT / "cdk.context.json").exists()


def test_cli_synth_has_the_same_resources_as_the_in_process_synth(cli_synth: CliSynth, synth: Synth) -> None:
    def resource_types(template: dict[str, Any]) -> dict[str, str]:
        # The CLI turns on version reporting (one AWS::CDK::Metadata resource); the library does not.
        return {k: v["Type"] for k, v in template["Resources"].items() if v["Type"] != "AWS::CDK::Metadata"}

    cli = resource_types(cli_synth.template)
    assert len(cli) > 100
    assert cli == resource_types(synth.template)


def test_cli_synth_validation_report_has_no_errors(cli_synth: CliSynth) -> None:
    # app.py adds cdk-nag as a validation plugin; an error would also have failed the synth.
    report = json.loads((cli_synth.outdir / "validation-report.json").read_text(encoding="utf-8"))
    violations = [v for r in report["pluginReports"] for v in r["violations"]]
    assert [v for v in violations if v["severity"] == "error"] == []


def test_cli_synth_layer_asset_is_the_unbundled_layers_dir(cli_synth: CliSynth) -> None:
    assets = json.loads((cli_synth.outdir / f"{STACK}.assets.json").read_text(encoding="utf-8"))
    dirs = [cli_synth.outdir / f["source"]["path"] for f in assets["files"].values()]
    assert any((d / "hirehound" / "__init__.py").is_file() for d in dirs if d.is_dir())


def test_the_pinned_cli_reads_the_cloud_assembly_that_aws_cdk_lib_writes(tmp_path: Path) -> None:
    """aws-cdk-lib (uv.lock) names the lowest CLI that reads its cloud-assembly schema; the CLI that
    `npm ci` installs (package-lock.json) is that one or newer, and is the one that runs."""
    from aws_cdk import cloud_assembly_schema
    from packaging.version import Version

    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = lock["packages"]["node_modules/aws-cdk"]["version"]
    lowest = cloud_assembly_schema.Manifest.cli_version()
    assert lowest is not None
    assert Version(pinned) >= Version(lowest)
    proc = subprocess.run(
        [str(CDK_BIN), "--version"], env=offline_env(tmp_path), capture_output=True, text=True, check=True
    )
    assert proc.stdout.split()[0] == pinned
