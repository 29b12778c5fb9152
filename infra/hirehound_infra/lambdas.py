"""The one place a Lambda function is configured: every function is built by `FunctionFactory`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from hirehound_infra import metric_names
from hirehound_infra.topology import FUNCTIONS_DIR, FunctionSpec

RUNTIME = lambda_.Runtime.PYTHON_3_12
ARCHITECTURE = lambda_.Architecture.ARM_64
CODE_EXCLUDE = ["**/__pycache__", "**/*.pyc"]


@dataclass(frozen=True)
class LambdaDefaults:
    """What every Hirehound function shares: layer, network, logging and base environment."""

    layer: lambda_.ILayerVersion
    vpc: ec2.IVpc
    subnets: ec2.SubnetSelection
    security_group: ec2.ISecurityGroup
    log_retention: logs.RetentionDays
    removal_policy: RemovalPolicy
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
    """Builds functions from `FunctionSpec`s with the shared defaults (one code asset: `functions/`)."""

    def __init__(self, defaults: LambdaDefaults) -> None:
        self.defaults = defaults
        self.code = lambda_.Code.from_asset(str(FUNCTIONS_DIR), exclude=CODE_EXCLUDE)
        self.built: dict[str, lambda_.Function] = {}

    def build(
        self,
        scope: Construct,
        spec: FunctionSpec,
        *,
        code: lambda_.Code | None = None,
        handler: str | None = None,
        environment: Mapping[str, str] | None = None,
        security_group: ec2.ISecurityGroup | None = None,
    ) -> lambda_.Function:
        """The function for `spec`, in `scope` under the id `spec.name`."""
        d = self.defaults
        log_group = logs.LogGroup(
            scope, f"{spec.name}Logs", retention=d.log_retention, removal_policy=d.removal_policy
        )
        fn = lambda_.Function(
            scope,
            spec.name,
            description=spec.description or spec.module,
            runtime=RUNTIME,
            architecture=ARCHITECTURE,
            handler=handler or spec.handler,
            code=code or self.code,
            layers=[d.layer],
            timeout=Duration.seconds(spec.timeout_s),
            memory_size=spec.memory_mb,
            reserved_concurrent_executions=spec.reserved_concurrency,
            tracing=lambda_.Tracing.ACTIVE,
            log_group=log_group,
            vpc=d.vpc,
            vpc_subnets=d.subnets,
            security_groups=[security_group or d.security_group],
            environment={**d.base_environment(), **(environment or {})},
        )
        self.built[spec.name] = fn
        return fn
