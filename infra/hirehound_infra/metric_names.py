"""The metric names the dashboard reads.

Our own metrics are re-exported from `hirehound.metric_catalog`, the one source handlers emit from
(pure stdlib, so synth does not load Powertools). The AWS service metrics it graphs are listed in
`AWS_METRICS`: `tests/infra/test_metric_names.py` checks the dashboard graphs exactly these.
"""

from typing import Final, NamedTuple

from hirehound.metric_catalog import DIMENSIONS, NAMESPACE, SERVICE, Dimension, MetricName, schema

__all__ = [
    "AWS_METRICS",
    "DIMENSIONS",
    "EXPRESS_ONLY",
    "NAMESPACE",
    "SERVICE",
    "AwsMetric",
    "Dimension",
    "MetricName",
    "schema",
]

STAGE_SUCCEEDED: Final = MetricName.STAGE_SUCCEEDED
STAGE_FAILED: Final = MetricName.STAGE_FAILED
STAGE_DURATION: Final = MetricName.STAGE_DURATION
RATE_LIMIT_HITS: Final = MetricName.RATE_LIMIT_HITS


class AwsMetric(NamedTuple):
    """An AWS service metric and the one dimension the dashboard selects it by."""

    namespace: str
    name: str
    dimension: str


_CLUSTER = ("AWS/RDS", "DBClusterIdentifier")
_PROXY = ("AWS/RDS", "ProxyName")
_FUNCTION = ("AWS/Lambda", "FunctionName")
_QUEUE = ("AWS/SQS", "QueueName")
_MACHINE = ("AWS/States", "StateMachineArn")


def _metrics(where: tuple[str, str], *names: str) -> frozenset[AwsMetric]:
    return frozenset(AwsMetric(where[0], name, where[1]) for name in names)


#: Graphed for Express machines only: executions throttled and their duration (against the 5 minutes
#: an Express execution may run).
EXPRESS_ONLY: Final = _metrics(_MACHINE, "ExecutionThrottled", "ExecutionTime")

#: Every AWS metric on the dashboard: Aurora, RDS Proxy, Lambda per function, SQS per queue, Step
#: Functions per machine.
AWS_METRICS: Final = (
    _metrics(
        _CLUSTER,
        "ServerlessDatabaseCapacity",
        "ACUUtilization",
        "CPUUtilization",
        "DatabaseConnections",
        "FreeableMemory",
    )
    | _metrics(
        _PROXY,
        "ClientConnections",
        "DatabaseConnections",
        "MaxDatabaseConnectionsAllowed",
        "QueryDatabaseResponseLatency",
    )
    | _metrics(_FUNCTION, "ConcurrentExecutions", "Throttles", "Errors", "Duration")
    | _metrics(_QUEUE, "ApproximateNumberOfMessagesVisible", "ApproximateAgeOfOldestMessage")
    | _metrics(_MACHINE, "ExecutionsStarted", "ExecutionsSucceeded", "ExecutionsFailed", "ExecutionsTimedOut")
    | EXPRESS_ONLY
)
