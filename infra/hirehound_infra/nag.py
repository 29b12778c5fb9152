"""cdk-nag (v3) acknowledgments: every one names the rule finding and says why."""

from __future__ import annotations

from typing import cast

from aws_cdk import Acknowledgment, CfnElement, Stack, Validations
from constructs import IConstruct


def acknowledge(scope: IConstruct, *findings: str, reason: str) -> None:
    """Acknowledge each finding id (e.g. `AwsSolutions-IAM5[Resource::*]`) on `scope` and below."""
    if not reason.strip():
        raise ValueError("a cdk-nag acknowledgment needs a reason")
    Validations.of(scope).acknowledge(*(Acknowledgment(id=f, reason=reason) for f in findings))


def logical_id(construct: IConstruct) -> str:
    """The CloudFormation logical id of an L2's resource, as cdk-nag prints it in finding ids."""
    stack = Stack.of(construct)
    element = cast("CfnElement", construct.node.default_child)
    return str(stack.resolve(stack.get_logical_id(element)))
