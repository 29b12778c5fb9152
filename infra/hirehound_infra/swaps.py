"""What a stage may swap out, in one place: the parts LocalStack's free edition cannot deploy or run.

The `localstack` stage (cdk.json: dev plus `swaps`) names the swaps it makes; the constructs ask
`StageSettings.swapped(name)` and build the stand-in. Everything else is the same template:
`tests/infra/test_localstack_stage.py` diffs the dev and localstack templates and fails on any
difference that no swap here owns. A swap owns its `footprint`: the resources under its construct
paths, its resource types, the properties it changes, list items that mention its strings (IAM
statements, managed policies) and its top-level template entries. docs/deploy.md ("LocalStack")
explains each swap with the exact LocalStack error behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Footprint:
    """Where a swap may change the template (construct paths are without the stack's name)."""

    #: Construct-path prefixes of resources that exist on one side only, or differ as a whole.
    paths: tuple[str, ...] = ()
    #: Resource types the AWS side has and the swapped side must not (a trailing "::" is a prefix).
    types: tuple[str, ...] = ()
    #: (resource type or construct path, property) pairs that may differ or be absent.
    properties: tuple[tuple[str, str], ...] = ()
    #: List items (statements, managed policy ARNs, ...) that mention one of these exist on one side only.
    mentions: tuple[str, ...] = ()
    #: Top-level template entries as JSON pointers: a section ("/Transform") or the keys of a section
    #: that start with a prefix ("/Mappings/DatabaseCluster").
    entries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Swap:
    """`replaces` in AWS becomes `instead` in a stage that swaps it, `because` of LocalStack."""

    name: str
    replaces: str
    instead: str
    because: str
    footprint: Footprint = field(default_factory=Footprint)


DATABASE = Swap(
    "database",
    replaces="Aurora PostgreSQL Serverless v2 behind RDS Proxy (TLS), its admin and app secrets, the admin"
    " secret's rotation application, the migration's provisioning of the app role, and the Aurora and"
    " RDS Proxy alarms and dashboard rows",
    instead="any PostgreSQL with pgvector: its URL is the deploy parameter `DatabaseUrl` (NoEcho), kept in"
    " one Secrets Manager secret that the functions read and the migration runs as",
    because="RDS (so Aurora and RDS Proxy) needs LocalStack's Base plan and the rotation application"
    " (AWS::Serverless::Application) its Ultimate plan",
    footprint=Footprint(
        # The database itself, and the Aurora and RDS Proxy alarms (and dashboard rows) that watch it.
        paths=("Database/", "Monitoring/AuroraAtMaxCapacity/", "Monitoring/ProxyConnectionsSaturated/"),
        types=("AWS::RDS::", "AWS::Serverless::Application", "AWS::SecretsManager::RotationSchedule"),
        properties=(
            ("Migration/Migrate/Resource", "Environment"),
            ("Migration/Migrate/ServiceRole/DefaultPolicy/Resource", "PolicyDocument"),
            ("Monitoring/Dashboard/Resource", "DashboardBody"),
        ),
        entries=(
            "/Outputs/ProxyEndpoint",
            "/Parameters/DatabaseUrl",
            "/Transform",  # the rotation application's SAM transform
            "/Mappings/DatabaseCluster",  # its Serverless Application Repository ids
        ),
    ),
)
VPC = Swap(
    "vpc",
    replaces="the VPC (public, private-with-egress and isolated subnets, the NAT gateway and its Elastic"
    " IP, the S3 gateway endpoint, rejected-flow logs), the functions' VPC attachment and security"
    " groups, and CDK's custom resource that restricts the default security group",
    instead="functions outside any VPC (LocalStack does not isolate networks anyway)",
    because="LocalStack's CloudFormation has no AWS::EC2::EIP ('Resource type AWS::EC2::EIP is not"
    " supported but was deployed as a fallback'), so the NAT gateway fails: 'An error occurred"
    " (InvalidAllocationID.NotFound) when calling the CreateNatGateway operation: Allocation ID"
    " '['unknown']' not found.'",
    footprint=Footprint(
        paths=("Network/", "Migration/Sg/", "Custom::VpcRestrictDefaultSGCustomResourceProvider/"),
        types=("AWS::EC2::", "Custom::VpcRestrictDefaultSG"),
        properties=(("AWS::Lambda::Function", "VpcConfig"),),
        mentions=("AWSLambdaVPCAccessExecutionRole",),
    ),
)
HOST_PLATFORM = Swap(
    "host-platform",
    replaces="arm64 (Graviton) functions and layers built from aarch64 wheels",
    instead="functions and layers of the synthesizing host's architecture (x86_64 here, arm64 on Apple"
    " silicon), so LocalStack's executor runs them on that host",
    because="the functions run on the machine that runs LocalStack, not on Graviton",
    footprint=Footprint(
        properties=(
            ("AWS::Lambda::Function", "Architectures"),
            ("AWS::Lambda::LayerVersion", "CompatibleArchitectures"),
        ),
    ),
)
SWAPS: tuple[Swap, ...] = (DATABASE, VPC, HOST_PLATFORM)
BY_NAME = {s.name: s for s in SWAPS}


def named(name: str) -> str:
    """`name`, if it is a known swap."""
    if name not in BY_NAME:
        raise ValueError(f"unknown swap {name!r}; known: {sorted(BY_NAME)}")
    return name


def parse(names: Iterable[str]) -> frozenset[str]:
    """A stage's `swaps` from cdk.json, each checked."""
    return frozenset(named(str(n)) for n in names)
