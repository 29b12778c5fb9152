"""The one place a Lambda function is configured: every function is built by `FunctionFactory`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from hirehound_infra import layer, metric_names
from hirehound_infra.imports import imported_distributions
from hirehound_infra.topology import FUNCTIONS_DIR, FunctionSpec

RUNTIME = lambda_.Runtime.PYTHON_3_12
#: AWS's architecture (Graviton); the host-platform swap (hirehound_infra.swaps) builds for the host.
ARCHITECTURE = lambda_.Architecture.ARM_64
CODE_EXCLUDE = ["**/__pycache__", "**/*.pyc"]


def handler_source(code_dir: Path, handler: str) -> Path:
    """The file defining `handler` (`module.path.function`) in a code asset directory."""
    module = handler.rsplit(".", 1)[0]
    return code_dir.joinpath(*module.split(".")).with_suffix(".py")


def function_layers(
    code_dir: Path, handler: str, platform: layer.Platform = layer.ARM64
) -> layer.FunctionLayers:
    """The layers a handler's imports need (core plus groups) and its code directory."""
    imports = imported_distributions(handler_source(code_dir, handler), code_dir)
    return layer.FunctionLayers(layer.layers_for(imports, platform), code_dir, handler.rsplit(".", 1)[0])


def lambda_architecture(platform: layer.Platform) -> lambda_.Architecture:
    return lambda_.Architecture.ARM_64 if platform == layer.ARM64 else lambda_.Architecture.X86_64


class LayerSet:
    """The layers of `hirehound_infra.layer`, each created in `scope` when a function first needs it."""

    def __init__(
        self,
        scope: Construct,
        *,
        bundle: bool,
        removal_policy: RemovalPolicy,
        platform: layer.Platform = layer.ARM64,
    ) -> None:
        self.scope = scope
        self.bundle = bundle
        self.removal_policy = removal_policy
        self.platform = platform
        self.built: dict[str, lambda_.LayerVersion] = {}

    def get(self, name: str) -> lambda_.LayerVersion:
        """The layer `name` (`core` or a group)."""
        if name not in self.built:
            groups = {g.name: g.description for g in layer.GROUPS}
            self.built[name] = lambda_.LayerVersion(
                self.scope,
                f"{name.capitalize()}Layer",
                code=layer.layer_code(name, bundle=self.bundle, platform=self.platform),
                compatible_runtimes=[RUNTIME],
                compatible_architectures=[lambda_architecture(self.platform)],
                description=groups.get(name, "hirehound domain library and its core dependencies"),
                removal_policy=self.removal_policy,
            )
        return self.built[name]


@dataclass(frozen=True)
class LambdaDefaults:
    """What every Hirehound function shares: layers, network, logging and base environment."""

    layers: LayerSet
    log_retention: logs.RetentionDays
    removal_policy: RemovalPolicy
    vpc: ec2.IVpc | None = None  # None: outside any VPC (the `vpc` swap)
    subnets: ec2.SubnetSelection | None = None
    security_group: ec2.ISecurityGroup | None = None
    log_level: str = "INFO"
    environment: Mapping[str, str] = field(default_factory=dict)

    def base_environment(self) -> dict[str, str]:
        """Powertools settings plus the shared HIREHOUND_* values."""
        return {
            "POWERTOOLS_SERVICE_NAME": metric_names.SERVICE,
            "POWERTOOLS_METRICS_NAMESPACE": metric_names.NAMESPACE,
            "LOG_LEVEL": self.log_level,
            **self.environment,
        }


class FunctionFactory:
    """Builds functions from `FunctionSpec`s with the shared defaults; each gets the layers its
    handler imports (`function_layers`)."""

    def __init__(self, defaults: LambdaDefaults) -> None:
        self.defaults = defaults
        self.assets: dict[Path, lambda_.Code] = {}
        self.built: dict[str, lambda_.Function] = {}
        self.layers: dict[str, layer.FunctionLayers] = {}

    def build(
        self,
        scope: Construct,
        spec: FunctionSpec,
        *,
        code_dir: Path = FUNCTIONS_DIR,
        handler: str | None = None,
        environment: Mapping[str, str] | None = None,
        security_group: ec2.ISecurityGroup | None = None,
    ) -> lambda_.Function:
        """The function for `spec`, in `scope` under the id `spec.name`; code from `code_dir`."""
        d = self.defaults
        handler = handler or spec.handler
        needs = function_layers(code_dir, handler, d.layers.platform)
        if len(needs.layers) > layer.MAX_LAYERS:
            raise ValueError(f"{spec.name} needs {needs.layers}; Lambda allows {layer.MAX_LAYERS} layers")
        if code_dir not in self.assets:
            self.assets[code_dir] = lambda_.Code.from_asset(str(code_dir), exclude=CODE_EXCLUDE)
        log_group = logs.LogGroup(
            scope, f"{spec.name}Logs", retention=d.log_retention, removal_policy=d.removal_policy
        )
        fn = lambda_.Function(
            scope,
            spec.name,
            description=spec.description or spec.module,
            runtime=RUNTIME,
            architecture=lambda_architecture(d.layers.platform),
            handler=handler,
            code=self.assets[code_dir],
            layers=[d.layers.get(name) for name in needs.layers],
            timeout=Duration.seconds(spec.timeout_s),
            memory_size=spec.memory_mb,
            reserved_concurrent_executions=spec.reserved_concurrency,
            tracing=lambda_.Tracing.ACTIVE,
            log_group=log_group,
            vpc=d.vpc,
            vpc_subnets=d.subnets if d.vpc else None,
            security_groups=[g for g in (security_group or d.security_group,) if g] if d.vpc else None,
            environment={**d.base_environment(), **(environment or {})},
        )
        self.built[spec.name] = fn
        self.layers[spec.name] = needs
        return fn
