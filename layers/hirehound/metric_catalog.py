"""The metric catalogue: every custom metric's name and dimension set, in one place.

Handlers emit these (via `hirehound.observability`), the CloudWatch dashboard graphs them
(`hirehound_infra.monitoring`) and the local status view uses the same words. Pure stdlib, so the CDK
app can import it without loading Powertools.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

NAMESPACE: Final = "Hirehound"
SERVICE: Final = "hirehound"


class Dimension(StrEnum):
    """Dimension names shared by every metric and by the local status view's columns."""

    SERVICE = "service"
    WORKFLOW = "workflow"
    STAGE = "stage"
    OUTCOME = "outcome"
    PROVIDER = "provider"
    QUEUE = "queue"
    SOURCE = "source"


class MetricName(StrEnum):
    """Custom metric names (namespace `Hirehound`)."""

    STAGE_SUCCEEDED = "StageSucceeded"
    STAGE_FAILED = "StageFailed"
    STAGE_DURATION = "StageDuration"
    RATE_LIMIT_HITS = "RateLimitHits"
    QUEUE_MESSAGES = "QueueMessages"
    PUBLICATION_OUTCOMES = "PublicationOutcomes"


_STAGE = (Dimension.SERVICE, Dimension.WORKFLOW, Dimension.STAGE)

#: The exact dimension set of each metric (a SEARCH schema must name all of them; order is free).
#: Powertools adds `service` to every EMF record. A new metric must be added here (a test checks).
DIMENSIONS: Final[dict[MetricName, tuple[Dimension, ...]]] = {
    MetricName.STAGE_SUCCEEDED: _STAGE,
    MetricName.STAGE_DURATION: _STAGE,
    MetricName.STAGE_FAILED: (*_STAGE, Dimension.OUTCOME),
    MetricName.RATE_LIMIT_HITS: (Dimension.SERVICE, Dimension.PROVIDER),
    MetricName.QUEUE_MESSAGES: (Dimension.SERVICE, Dimension.QUEUE, Dimension.OUTCOME),
    MetricName.PUBLICATION_OUTCOMES: (Dimension.SERVICE, Dimension.SOURCE, Dimension.OUTCOME),
}


def queue_name(queue_arn: str) -> str:
    """The topology name of a queue from its ARN: the last `-`-separated part of the queue's name
    (locally the queue is named exactly that; CDK names it `<stack>-<topology name>`)."""
    return queue_arn.rsplit(":", 1)[-1].rsplit("-", 1)[-1]


def schema(metric: MetricName) -> str:
    """The CloudWatch SEARCH schema of a metric: `{Hirehound,dim1,dim2,…}`."""
    return "{" + ",".join((NAMESPACE, *DIMENSIONS[metric])) + "}"
