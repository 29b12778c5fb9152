"""CDK entry point: `npx cdk synth -c stage=prod` (settings per stage in cdk.json's context)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import aws_cdk as cdk
from cdk_nag import AwsSolutionsChecks
from hirehound_infra import topology
from hirehound_infra.settings import StageSettings
from hirehound_infra.stack import HirehoundStack

CDK_JSON = Path(__file__).resolve().parents[1] / "cdk.json"


def build_app(
    context: dict[str, object] | None = None, outdir: str | None = None, *, nag: bool = True
) -> tuple[cdk.App, HirehoundStack]:
    """The app with its one stack (checked by cdk-nag unless `nag` is false).

    Without the CDK CLI, cdk.json's context is read directly.
    """
    app = cdk.App(context=context, outdir=outdir)
    if app.node.try_get_context("stages") is None:
        defaults = json.loads(CDK_JSON.read_text(encoding="utf-8"))["context"]
        app = cdk.App(context={**defaults, **(context or {})}, outdir=outdir)
    settings = StageSettings.from_context(app.node)
    # Env-agnostic unless account/region are given in context: synth never calls AWS.
    account = app.node.try_get_context("account")
    region = app.node.try_get_context("region")
    env = cdk.Environment(account=str(account), region=str(region)) if account and region else None
    stack = HirehoundStack(app, topology.stack_name(settings.stage), settings=settings, env=env)
    for key, value in {"project": "hirehound", "stage": settings.stage}.items():
        # The proxy target group's CloudFormation schema has no Tags.
        cdk.Tags.of(app).add(key, value, exclude_resource_types=["AWS::RDS::DBProxyTargetGroup"])
    if nag:
        cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app, verbose=True))
    return app, stack


if __name__ == "__main__":
    build_app()[0].synth()
