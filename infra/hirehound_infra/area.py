"""A business area (`functions/<area>/`): its functions and the queues they consume, from topology."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from hirehound_infra import topology
from hirehound_infra.lambdas import FunctionFactory
from hirehound_infra.messaging import WorkQueue

# Queues without a consumer (filled and drained by state machines only) live with maintenance.
DEFAULT_QUEUE_AREA = "maintenance"


def queue_area(spec: topology.QueueSpec) -> str:
    """The area of the queue's consumer; an unknown consumer is a topology error."""
    if spec.consumer is None:
        return DEFAULT_QUEUE_AREA
    known = {f.name: f for f in topology.FUNCTIONS}
    if spec.consumer not in known:
        raise ValueError(f"queue {spec.name}: consumer {spec.consumer!r} is not in topology.FUNCTIONS")
    return known[spec.consumer].area


@dataclass(frozen=True)
class SharedResources:
    """What the areas' functions are granted access to."""

    database_secret: secretsmanager.ISecret
    raw_bucket: s3.IBucket


class BusinessArea(Construct):
    """Functions of `area` (read from `topology.FUNCTIONS`) and the queues their functions consume."""

    area: ClassVar[str]

    def __init__(
        self, scope: Construct, construct_id: str, *, factory: FunctionFactory, shared: SharedResources
    ) -> None:
        super().__init__(scope, construct_id)
        self.specs = {s.name: s for s in topology.FUNCTIONS if s.area == self.area}
        self.functions: dict[str, lambda_.Function] = {}
        for spec in self.specs.values():
            fn = factory.build(self, spec)
            shared.database_secret.grant_read(fn)
            self.functions[spec.name] = fn
        self.queues: dict[str, WorkQueue] = {}
        for qspec in topology.QUEUES:
            if queue_area(qspec) != self.area:
                continue
            work = WorkQueue(self, qspec.name, spec=qspec)
            if qspec.consumer is not None:
                work.connect(self.functions[qspec.consumer], self.specs[qspec.consumer].timeout_s)
            self.queues[qspec.name] = work
        self.grant(shared)

    def grant(self, shared: SharedResources) -> None:
        """Area-specific permissions beyond the database secret (none by default)."""
