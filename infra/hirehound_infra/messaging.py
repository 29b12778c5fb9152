"""An SQS work queue built from a `QueueSpec`: encrypted, HTTPS-only, always with a DLQ."""

from __future__ import annotations

from aws_cdk import Duration, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from hirehound_infra.nag import acknowledge
from hirehound_infra.topology import QueueSpec, physical_name

DLQ_RETENTION = Duration.days(14)


def dead_letter_queue(scope: Construct, construct_id: str = "Dlq") -> sqs.Queue:
    """An encrypted, HTTPS-only queue that keeps what failed for 14 days."""
    dlq = sqs.Queue(
        scope,
        construct_id,
        encryption=sqs.QueueEncryption.SQS_MANAGED,
        enforce_ssl=True,
        retention_period=DLQ_RETENTION,
    )
    acknowledge(dlq, "AwsSolutions-SQS3", reason="This queue is itself the dead-letter queue.")
    return dlq


class WorkQueue(Construct):
    """`queue` redrives to `dlq` after `spec.max_receive_count` receives."""

    def __init__(self, scope: Construct, construct_id: str, *, spec: QueueSpec) -> None:
        super().__init__(scope, construct_id)
        self.spec = spec
        self.dlq = dead_letter_queue(self)
        # `<stack>-<topology name>`: consumers read the topology name off the ARN (QueueMessages metric).
        self.queue = sqs.Queue(
            self,
            "Queue",
            queue_name=physical_name(Stack.of(self).stack_name, spec.name),
            encryption=sqs.QueueEncryption.SQS_MANAGED,
            enforce_ssl=True,
            visibility_timeout=Duration.seconds(spec.visibility_timeout_s),
            dead_letter_queue=sqs.DeadLetterQueue(max_receive_count=spec.max_receive_count, queue=self.dlq),
        )

    def _batching_window(self) -> Duration | None:
        """The spec's window; more than ten messages per batch needs one (1 s unless given)."""
        seconds = self.spec.batching_window_s or (1 if self.spec.batch_size > 10 else None)
        return Duration.seconds(seconds) if seconds else None

    def connect(self, consumer: lambda_.Function, consumer_timeout_s: int) -> None:
        """Event source mapping to `consumer` with partial batch failures and the spec's concurrency."""
        if self.spec.visibility_timeout_s < consumer_timeout_s:
            raise ValueError(
                f"queue {self.spec.name}: visibility timeout {self.spec.visibility_timeout_s}s is shorter"
                f" than its consumer's timeout {consumer_timeout_s}s"
            )
        consumer.add_event_source(
            sources.SqsEventSource(
                self.queue,
                batch_size=self.spec.batch_size,
                max_batching_window=self._batching_window(),
                report_batch_item_failures=True,
                max_concurrency=self.spec.max_concurrency,
            )
        )
