"""The Hirehound stack: data, the three business areas, workflows and monitoring, all from topology."""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnOutput, Stack
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from hirehound_infra import topology
from hirehound_infra.area import BusinessArea, SharedResources
from hirehound_infra.data import Database, Network, RawPageBucket, SchemaMigration, UrlDatabase
from hirehound_infra.enrich import EnrichArea
from hirehound_infra.ingest import IngestArea
from hirehound_infra.lambdas import FunctionFactory, LambdaDefaults, LayerSet
from hirehound_infra.layer import check_function_sizes, staged_layers
from hirehound_infra.maintenance import MaintenanceArea
from hirehound_infra.messaging import WorkQueue
from hirehound_infra.monitoring import Monitoring
from hirehound_infra.nag import acknowledge
from hirehound_infra.routes import EventRoutes
from hirehound_infra.settings import StageSettings
from hirehound_infra.workflows import Workflows

AREAS: tuple[type[BusinessArea], ...] = (IngestArea, EnrichArea, MaintenanceArea)


class HirehoundStack(Stack):
    """Everything Hirehound runs in one stage (dev or prod)."""

    def __init__(
        self, scope: Construct, construct_id: str, *, settings: StageSettings, **kwargs: Any
    ) -> None:
        super().__init__(scope, construct_id, **kwargs)
        unknown = {f.area for f in topology.FUNCTIONS} - {a.area for a in AREAS}
        if unknown:
            raise ValueError(f"functions in areas without a construct: {sorted(unknown)}")

        network = None if settings.swapped("vpc") else Network(self, "Network", settings=settings)
        database: Database | UrlDatabase
        if settings.swapped("database"):
            database = UrlDatabase(self, "Database", settings=settings)
        elif network is None:
            raise ValueError("Aurora needs the VPC: the vpc swap goes with the database swap")
        else:
            database = Database(self, "Database", network=network, settings=settings)
        raw = RawPageBucket(self, "RawPages", settings=settings)
        factory = FunctionFactory(
            LambdaDefaults(
                layers=LayerSet(
                    self, bundle=settings.bundle, removal_policy=settings.removal, platform=settings.platform
                ),
                vpc=network.vpc if network else None,
                subnets=network.app_subnets if network else None,
                security_group=network.functions_sg if network else None,
                log_retention=settings.log_retention,
                removal_policy=settings.removal,
                environment={
                    "HIREHOUND_DATABASE_SECRET_ARN": database.app_secret.secret_arn,
                    "HIREHOUND_RAW_BUCKET": raw.bucket.bucket_name,
                },
            )
        )
        shared = SharedResources(database_secret=database.app_secret, raw_bucket=raw.bucket)
        areas = [
            area(self, area.__name__.removesuffix("Area").capitalize(), factory=factory, shared=shared)
            for area in AREAS
        ]
        self.functions: dict[str, lambda_.Function] = {n: f for a in areas for n, f in a.functions.items()}
        self.queues: dict[str, WorkQueue] = {n: q for a in areas for n, q in a.queues.items()}

        self.migration = SchemaMigration(
            self,
            "Migration",
            factory=factory,
            network=network,
            database=database,
            always=bool(self.node.try_get_context("migrate_always")),
        )
        self.workflows = Workflows(
            self,
            "Workflows",
            functions=self.functions,
            queues=self.queues,
            raw_bucket=raw.bucket,
            settings=settings,
        )
        for starter in topology.EXECUTION_STARTERS:
            self.workflows.let_start(self.functions[starter.function], starter)
        self.monitoring = Monitoring(
            self,
            "Monitoring",
            functions=self.functions,
            queues=self.queues,
            machines=self.workflows.machines,
            cluster=database.cluster if isinstance(database, Database) else None,
            proxy=database.proxy if isinstance(database, Database) else None,
            max_acu=settings.max_acu,
            alarm_email=settings.alarm_email,
            stage=settings.stage,
        )
        self.event_routes = EventRoutes(  # topology.RULES: events that start workflows or invoke functions
            self,
            "EventRoutes",
            workflows=self.workflows,
            functions=self.functions,
            alarm_topic=self.monitoring.topic,
        )
        if settings.bundle:  # the real layers exist now: every function must fit with its layers
            check_function_sizes(factory.layers, staged_layers(settings.platform).sizes())
        for name, machine in self.workflows.machines.items():
            CfnOutput(self, f"{name}StateMachineArn", value=machine.state_machine_arn)
        CfnOutput(self, topology.RAW_BUCKET_OUTPUT, value=raw.bucket.bucket_name)  # for `hirehound enqueue`
        if isinstance(database, Database):
            CfnOutput(self, "ProxyEndpoint", value=database.proxy.endpoint)
        self._suppress()

    def _suppress(self) -> None:
        """Stack-wide cdk-nag findings that are deliberate, each with its reason."""
        acknowledge(
            self,
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]",
            reason="The AWS-managed minimum for logs and VPC network interfaces that CDK attaches to"
            " every function role.",
        )
        acknowledge(
            self,
            "AwsSolutions-IAM5[Resource::*]",
            reason="Only for actions that take no resource: X-Ray trace upload and Step Functions' log"
            " delivery (tests/infra asserts no other action is granted on '*').",
        )
        acknowledge(
            self,
            "AwsSolutions-L1",
            reason="Python 3.12 is pinned on purpose (pyproject requires-python, layer wheels built for"
            " cp312); the provider framework's Node runtime is chosen by CDK.",
        )
