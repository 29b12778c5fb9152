"""Network, Aurora PostgreSQL (pgvector) behind RDS Proxy, the raw page bucket, and migrations.

Network: two AZs; Lambdas in private subnets with egress, the database in isolated subnets. Egress is
a NAT gateway (1 in dev, one per AZ in prod) because the enrichment workers and the logo scraper call
the internet anyway; interface endpoints for the AWS APIs we use (Secrets Manager, Step Functions,
SQS, EventBridge, X-Ray, Logs) would cost ~6 x 2 AZ x $7/month, more than one NAT. S3 (page bodies,
the bulk of the traffic) goes through the free gateway endpoint.

Database access: RDS Proxy, not the Data API — the code uses psycopg (a real PostgreSQL connection,
pgvector types, transactions across statements); the Data API would need a different driver. The
proxy pools connections across many short-lived Lambda environments.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from aws_cdk import CfnParameter, CustomResource, Duration, FileSystem, RemovalPolicy, SecretValue, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_logs as logs
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import custom_resources as cr
from constructs import Construct

from hirehound_infra.lambdas import CODE_EXCLUDE, FunctionFactory
from hirehound_infra.nag import acknowledge, logical_id
from hirehound_infra.settings import StageSettings
from hirehound_infra.topology import LAYERS_DIR, FunctionSpec

ENGINE_VERSION = (
    rds.AuroraPostgresEngineVersion.VER_16_11
)  # pgvector 0.8; 16.1-16.8 are deprecated for new clusters
DATABASE_NAME = "hirehound"
ADMIN_USER = "hirehound_admin"
APP_USER = "hirehound_app"
PORT = 5432
MIGRATION_HANDLER_DIR = Path(__file__).resolve().parent / "migration_handler"
MIGRATION_HANDLER = "handler.on_event"
MIGRATIONS_DIR = LAYERS_DIR / "hirehound" / "db" / "migrations"
#: The company name rules: when they change, the migration resource re-keys the companies.
COMPANY_RULES_DIR = LAYERS_DIR / "hirehound" / "companies"
#: The deploy parameter of the `database` swap: the URL of the PostgreSQL to use.
URL_PARAMETER = "DatabaseUrl"


class Network(Construct):
    """VPC with public (NAT), private-with-egress (functions, proxy) and isolated (database) subnets."""

    def __init__(self, scope: Construct, construct_id: str, *, settings: StageSettings) -> None:
        super().__init__(scope, construct_id)
        self.vpc = ec2.Vpc(
            self,
            "Vpc",
            max_azs=2,
            nat_gateways=settings.nat_gateways,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
                ec2.SubnetConfiguration(
                    name="App", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=20
                ),
                ec2.SubnetConfiguration(
                    name="Data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24
                ),
            ],
            gateway_endpoints={
                "S3": ec2.GatewayVpcEndpointOptions(service=ec2.GatewayVpcEndpointAwsService.S3)
            },
        )
        flow_logs = logs.LogGroup(
            self, "FlowLogs", retention=settings.log_retention, removal_policy=settings.removal
        )
        self.vpc.add_flow_log(
            "RejectedFlows",
            destination=ec2.FlowLogDestination.to_cloud_watch_logs(flow_logs),
            traffic_type=ec2.FlowLogTrafficType.REJECT,
        )
        self.app_subnets = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
        self.data_subnets = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)
        self.functions_sg = ec2.SecurityGroup(
            self, "FunctionsSg", vpc=self.vpc, description="Hirehound functions", allow_all_outbound=True
        )


class Database(Construct):
    """Aurora PostgreSQL Serverless v2, its admin and app secrets, and the RDS Proxy in front of it.

    Only the proxy reaches the cluster from the functions (functions SG -> proxy SG -> cluster SG on
    5432); the migration function and the secret rotation Lambda connect to the cluster directly.
    """

    def __init__(
        self, scope: Construct, construct_id: str, *, network: Network, settings: StageSettings
    ) -> None:
        super().__init__(scope, construct_id)
        vpc = network.vpc
        self.proxy_sg = ec2.SecurityGroup(
            self, "ProxySg", vpc=vpc, description="RDS Proxy", allow_all_outbound=False
        )
        self.cluster_sg = ec2.SecurityGroup(
            self, "ClusterSg", vpc=vpc, description="Aurora cluster", allow_all_outbound=False
        )
        self.proxy_sg.add_ingress_rule(network.functions_sg, ec2.Port.tcp(PORT), "functions to proxy")
        self.proxy_sg.add_egress_rule(self.cluster_sg, ec2.Port.tcp(PORT), "proxy to cluster")
        self.cluster_sg.add_ingress_rule(self.proxy_sg, ec2.Port.tcp(PORT), "proxy to cluster")

        self.admin_secret = rds.DatabaseSecret(self, "AdminSecret", username=ADMIN_USER)
        # host/port/dbname are written by the migration function (the proxy references this secret).
        self.app_secret = secretsmanager.Secret(
            self,
            "AppSecret",
            description="Hirehound functions' database login (through RDS Proxy)",
            generate_secret_string=secretsmanager.SecretStringGenerator(
                secret_string_template=json.dumps(
                    {"username": APP_USER, "dbname": DATABASE_NAME, "port": PORT}
                ),
                generate_string_key="password",
                exclude_punctuation=True,
                password_length=32,
            ),
            removal_policy=settings.removal,
        )
        self.cluster = rds.DatabaseCluster(
            self,
            "Cluster",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=ENGINE_VERSION),
            credentials=rds.Credentials.from_secret(self.admin_secret),
            default_database_name=DATABASE_NAME,
            writer=rds.ClusterInstance.serverless_v2("Writer"),
            readers=[
                rds.ClusterInstance.serverless_v2(f"Reader{i + 1}", scale_with_writer=True)
                for i in range(settings.readers)
            ],
            serverless_v2_min_capacity=settings.min_acu,
            serverless_v2_max_capacity=settings.max_acu,
            vpc=vpc,
            vpc_subnets=network.data_subnets,
            security_groups=[self.cluster_sg],
            port=PORT,
            storage_encrypted=True,
            iam_authentication=True,
            deletion_protection=settings.is_production,
            backup=rds.BackupProps(retention=Duration.days(14 if settings.is_production else 1)),
            removal_policy=settings.database_removal,
        )
        if not settings.is_production:
            acknowledge(
                self.cluster,
                "AwsSolutions-RDS10",
                reason="Deletion protection is on in prod; dev stacks are torn down and rebuilt.",
            )
        self.cluster.add_rotation_single_user(
            automatically_after=Duration.days(30), vpc_subnets=network.app_subnets
        )
        self.proxy = self.cluster.add_proxy(
            "Proxy",
            secrets=[self.admin_secret, self.app_secret],
            vpc=vpc,
            vpc_subnets=network.app_subnets,
            security_groups=[self.proxy_sg],
            require_tls=True,
            borrow_timeout=Duration.seconds(30),
        )
        acknowledge(
            self.cluster,
            "AwsSolutions-RDS11",
            reason="The default port is fine: the cluster is only reachable from the proxy's and"
            " the migration/rotation functions' security groups in isolated subnets.",
        )
        acknowledge(
            self.app_secret,
            "AwsSolutions-SMG4",
            reason="The app role's password is set by the migration function from this secret;"
            " rotating it needs the multi-user rotation (tracked in docs/deploy.md). The admin"
            " secret rotates every 30 days.",
        )

    def allow_migration_from(self, sg: ec2.ISecurityGroup) -> None:
        self.cluster.connections.allow_default_port_from(sg, "migration function to cluster")

    def migration_environment(self) -> dict[str, str]:
        """The migration runs as admin on the cluster, then provisions the app role behind the proxy."""
        return {
            "HIREHOUND_DATABASE_SECRET_ARN": self.admin_secret.secret_arn,
            "HIREHOUND_APP_SECRET_ARN": self.app_secret.secret_arn,
            "HIREHOUND_PROXY_ENDPOINT": self.proxy.endpoint,
            "HIREHOUND_DBNAME": DATABASE_NAME,
        }

    def dependables(self) -> list[Construct]:
        return [self.cluster, self.proxy]


class UrlDatabase(Construct):
    """The `database` swap (hirehound_infra.swaps): any PostgreSQL with pgvector, given by its URL.

    The URL is the deploy parameter `DatabaseUrl` (NoEcho), kept in one Secrets Manager secret that
    the functions read (`HIREHOUND_DATABASE_SECRET_ARN`) and the migration runs as; no cluster, no
    proxy, no role provisioning (the URL's user is the one the functions use).
    """

    def __init__(self, scope: Construct, construct_id: str, *, settings: StageSettings) -> None:
        super().__init__(scope, construct_id)
        self.url = CfnParameter(
            Stack.of(self),
            URL_PARAMETER,
            type="String",
            no_echo=True,
            description="postgresql:// URL of a PostgreSQL with pgvector (the localstack stage's database)",
        )
        self.app_secret = secretsmanager.Secret(
            self,
            "UrlSecret",
            description="Hirehound's database URL (any PostgreSQL with pgvector)",
            secret_string_value=SecretValue.cfn_parameter(self.url),
            removal_policy=settings.removal,
        )
        self.admin_secret = self.app_secret
        acknowledge(
            self.app_secret,
            "AwsSolutions-SMG4",
            reason="The URL is the deploy parameter of a database outside the stack; it rotates there.",
        )

    def allow_migration_from(self, sg: ec2.ISecurityGroup) -> None:
        """Nothing to open: the database is outside the stack."""

    def migration_environment(self) -> dict[str, str]:
        return {"HIREHOUND_DATABASE_SECRET_ARN": self.app_secret.secret_arn}

    def dependables(self) -> list[Construct]:
        return [self.app_secret]


class RawPageBucket(Construct):
    """Scraped page bodies, content-addressed; to Infrequent Access after 30 days and Glacier Instant
    Retrieval after 90 (still millisecond reads, so re-extraction keeps working)."""

    def __init__(self, scope: Construct, construct_id: str, *, settings: StageSettings) -> None:
        super().__init__(scope, construct_id)
        self.bucket = s3.Bucket(
            self,
            "Bucket",
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            removal_policy=settings.removal,
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="age-out-raw-pages",
                    abort_incomplete_multipart_upload_after=Duration.days(7),
                    transitions=[
                        s3.Transition(
                            storage_class=s3.StorageClass.INFREQUENT_ACCESS,
                            transition_after=Duration.days(30),
                        ),
                        s3.Transition(
                            storage_class=s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
                            transition_after=Duration.days(90),
                        ),
                    ],
                )
            ],
        )
        acknowledge(
            self.bucket,
            "AwsSolutions-S1",
            reason="Only the pipeline's own roles read or write this private bucket; CloudTrail"
            " records the API calls, server access logs would add a second bucket for no reader.",
        )


def migrations_fingerprint() -> str:
    """Changes when a migration, the company name rules or the migration handler change, so the custom
    resource re-runs (it migrates, then re-keys the companies)."""
    digest = hashlib.sha256()
    for path in (MIGRATIONS_DIR, COMPANY_RULES_DIR, MIGRATION_HANDLER_DIR):
        digest.update(FileSystem.fingerprint(str(path), exclude=CODE_EXCLUDE).encode())
    return digest.hexdigest()


class SchemaMigration(Construct):
    """A custom resource that runs `hirehound.db.migrate.migrate` (CREATE EXTENSION vector and the
    schema), re-keys the companies (`hirehound.db.company_rekey`) and provisions the app role, on create
    and whenever the migrations or the company name rules change."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        factory: FunctionFactory,
        network: Network | None,
        database: Database | UrlDatabase,
        always: bool = False,
    ) -> None:
        super().__init__(scope, construct_id)
        sg = None
        if network is not None:
            sg = ec2.SecurityGroup(
                self, "Sg", vpc=network.vpc, description="schema migration", allow_all_outbound=True
            )
            database.allow_migration_from(sg)
        self.function = factory.build(
            self,
            FunctionSpec("Migrate", "handler", timeout_s=600, memory_mb=512, description="schema migrations"),
            code_dir=MIGRATION_HANDLER_DIR,
            handler=MIGRATION_HANDLER,
            security_group=sg,
            environment=database.migration_environment(),
        )
        database.admin_secret.grant_read(self.function)
        if isinstance(database, Database):  # it provisions the app role and writes its secret
            database.app_secret.grant_read(self.function)
            database.app_secret.grant_write(self.function)
        provider = cr.Provider(self, "Provider", on_event_handler=self.function)
        acknowledge(
            provider,
            f"AwsSolutions-IAM5[Resource::<{logical_id(self.function)}.Arn>:*]",
            reason="CDK's provider framework may invoke any version of its own handler function.",
        )
        properties = {"Fingerprint": migrations_fingerprint()}
        if always:
            properties["DeployedAt"] = str(time.time_ns())
        self.resource = CustomResource(
            self,
            "Schema",
            service_token=provider.service_token,
            properties=properties,
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.resource.node.add_dependency(*database.dependables())
