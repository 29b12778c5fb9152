"""What a stage may swap out, in one place: the parts LocalStack's free edition cannot run.

The `localstack` stage (cdk.json) lists the swaps it makes; the constructs ask
`StageSettings.swapped(name)` and build the stand-in instead. Everything else is the same template:
`tests/infra/test_localstack_stage.py` diffs the dev and localstack templates and fails on any
difference a swap here does not own (`owns`: the resource types it takes away, and the resource
properties it changes). docs/deploy.md ("LocalStack") explains each one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Swap:
    """`replaces` in AWS becomes `instead` in a stage that swaps it, `because` of LocalStack."""

    name: str
    replaces: str
    instead: str
    because: str
    #: CloudFormation resource types only the AWS side has.
    removed_types: tuple[str, ...] = ()
    #: (resource type, property) pairs whose value may differ or be absent on the swapped side.
    changed_properties: tuple[tuple[str, str], ...] = ()


DATABASE = Swap(
    "database",
    replaces="Aurora PostgreSQL Serverless v2 behind RDS Proxy, its admin/app secrets, the Secrets"
    " Manager rotation application (SAR) and their security groups",
    instead="any PostgreSQL with pgvector: its URL is a deploy parameter (`DatabaseUrl`, NoEcho) stored"
    " in one Secrets Manager secret that the functions and the migration read",
    because="RDS (so Aurora and RDS Proxy) needs LocalStack's Base plan, the Serverless Application"
    " Repository its Ultimate plan",
    removed_types=(
        "AWS::RDS::DBCluster",
        "AWS::RDS::DBInstance",
        "AWS::RDS::DBProxy",
        "AWS::RDS::DBProxyTargetGroup",
        "AWS::RDS::DBSubnetGroup",
        "AWS::SecretsManager::SecretTargetAttachment",
        "AWS::SecretsManager::RotationSchedule",
        "AWS::SecretsManager::ResourcePolicy",
        "AWS::Serverless::Application",
    ),
)
XRAY = Swap(
    "xray",
    replaces="active X-Ray tracing on every function and state machine",
    instead="no tracing",
    because="X-Ray needs LocalStack's Ultimate plan",
    changed_properties=(
        ("AWS::Lambda::Function", "TracingConfig"),
        ("AWS::StepFunctions::StateMachine", "TracingConfiguration"),
    ),
)
HOST_PLATFORM = Swap(
    "host-platform",
    replaces="arm64 (Graviton) functions and layers built from aarch64 wheels",
    instead="functions and layers of the host's architecture (`architecture: host`), so LocalStack's"
    " host-mode executor runs them in local processes",
    because="the functions run on the machine that runs LocalStack, not on Graviton",
    changed_properties=(
        ("AWS::Lambda::Function", "Architectures"),
        ("AWS::Lambda::LayerVersion", "CompatibleArchitectures"),
    ),
)
VPC = Swap(
    "vpc",
    replaces="the VPC (public, private-with-egress and isolated subnets, the NAT gateway and its Elastic"
    " IP, the S3 gateway endpoint, rejected-flow logs), the functions' VPC attachment and security"
    " groups, and CDK's restrict-default-security-group custom resource",
    instead="functions outside any VPC (LocalStack does not isolate networks anyway)",
    because="LocalStack's CloudFormation has no AWS::EC2::EIP ('Resource type AWS::EC2::EIP is not"
    " supported but was deployed as a fallback'), so the NAT gateway fails: 'An error occurred"
    " (InvalidAllocationID.NotFound) when calling the CreateNatGateway operation: Allocation ID"
    " '['unknown']' not found.'",
)
SWAPS: tuple[Swap, ...] = (DATABASE, VPC, XRAY, HOST_PLATFORM)
BY_NAME = {s.name: s for s in SWAPS}


def named(name: str) -> str:
    """`name`, if it is a known swap."""
    if name not in BY_NAME:
        raise ValueError(f"unknown swap {name!r}; known: {sorted(BY_NAME)}")
    return name


def parse(names: Iterable[str]) -> frozenset[str]:
    """A stage's `swaps` from cdk.json, each checked."""
    return frozenset(named(str(n)) for n in names)
