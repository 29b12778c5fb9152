"""Deferring SQS messages: exponential backoff with full jitter after a TransientError, and the one
ChangeMessageVisibility port every consumer defers through.

A consumer that reports a message as a batch item failure leaves it invisible for the queue's
visibility timeout, the same for every attempt. `defer` instead sets the message's visibility from its
`ApproximateReceiveCount` (1, 2, 4, 8 … x `base_s`, capped, uniformly jittered), so retries spread out
and back off; after the queue's maxReceiveCount receives SQS moves it to the DLQ. Any consumer can use
it; the enrichment worker and the liveness consumer defer for a known rate-limit wait through
`SqsVisibility` too.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any, Protocol

#: SQS's own limit for a message's visibility timeout.
MAX_VISIBILITY_S = 43_200
#: The longest one deferral lasts by default (the consumers' rate-limit waits use the same ceiling).
MAX_BACKOFF_S = 900.0


def backoff_seconds(
    receive_count: int,
    *,
    base_s: float = 2.0,
    cap_s: float = MAX_BACKOFF_S,
    rng: Callable[[], float] = random.random,
) -> int:
    """Full jitter: uniform in [1, min(cap, base x 2^(receive_count-1))] whole seconds."""
    exponent = min(max(receive_count, 1) - 1, 32)
    ceiling = min(cap_s, base_s * 2**exponent, MAX_VISIBILITY_S)
    return int(max(1, min(math.ceil(ceiling), math.ceil(rng() * ceiling))))


class VisibilityPort(Protocol):
    """Changes a received message's visibility (SQS ChangeMessageVisibility in AWS)."""

    def change_visibility(self, queue_arn: str, receipt_handle: str, seconds: int) -> None: ...


class SqsVisibility:
    """:class:`VisibilityPort` on a boto3 SQS client; queue URLs are looked up once per ARN."""

    def __init__(self, sqs: Any) -> None:
        self._sqs = sqs
        self._urls: dict[str, str] = {}

    def url(self, queue_arn: str) -> str:
        if queue_arn not in self._urls:
            _, _, _, _, account, name = queue_arn.split(":", 5)
            self._urls[queue_arn] = self._sqs.get_queue_url(QueueName=name, QueueOwnerAWSAccountId=account)[
                "QueueUrl"
            ]
        return self._urls[queue_arn]

    def change_visibility(self, queue_arn: str, receipt_handle: str, seconds: int) -> None:
        self._sqs.change_message_visibility(
            QueueUrl=self.url(queue_arn), ReceiptHandle=receipt_handle, VisibilityTimeout=seconds
        )


def defer(
    port: VisibilityPort,
    *,
    queue_arn: str,
    receipt_handle: str,
    receive_count: int,
    base_s: float = 2.0,
    cap_s: float = MAX_BACKOFF_S,
    rng: Callable[[], float] = random.random,
) -> int:
    """Hide the message for its backoff delay; returns the seconds chosen. The caller still reports it
    as a batch item failure so the event source mapping does not delete it."""
    seconds = backoff_seconds(receive_count, base_s=base_s, cap_s=cap_s, rng=rng)
    port.change_visibility(queue_arn, receipt_handle, seconds)
    return seconds
