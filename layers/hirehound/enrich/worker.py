"""The provider worker: one SQS message = one provider call for one enrichment execution.

The state machine sends each provider's message with a task token and waits. Per message the worker:

1. fails fast (``CircuitOpen``) when the provider's breaker is open;
2. takes a token from the provider's shared bucket; when it must wait it sends a heartbeat, sets the
   message's visibility to the wait and reports it as a batch item failure, so SQS hands it back then
   (nothing is lost, and a ``RateLimitHits`` metric is emitted);
3. claims the breaker (the one half-open trial), calls the provider and answers the task:
   SendTaskSuccess with the result, or SendTaskFailure with ``TransientError`` (5xx/timeout: the state
   machine retries), ``PermanentError`` (4xx) or ``CircuitOpen``. A 429 blocks the bucket for the
   Retry-After and defers the message as in 2.

Answering a token twice (a redelivered message) is harmless: the second answer is ignored.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Any, Protocol

from aws_lambda_powertools.metrics import MetricUnit
from pydantic import BaseModel, ConfigDict, Field

from hirehound.db import circuit_breakers, rate_limits
from hirehound.db.pool import transaction
from hirehound.enrich.circuit import CircuitStatus
from hirehound.enrich.providers import CompanyQuery, Provider, RateLimited
from hirehound.errors import PermanentError, TransientError
from hirehound.metric_catalog import queue_name
from hirehound.observability import emit_metrics, emit_queue_metrics, logger
from hirehound.sqs_retry import SqsVisibility

RATE_LIMIT_HITS = "RateLimitHits"
CIRCUIT_OPEN = "CircuitOpen"
MAX_DEFER_S = 900


class ProviderTask(BaseModel):
    """The message body the state machine sends to a provider queue."""

    model_config = ConfigDict(frozen=True)

    task_token: str
    provider: str
    company: CompanyQuery
    execution_id: str | None = None
    attempt: int = 0


class SqsMessage(BaseModel):
    """An SQS record as the event source mapping delivers it (the fields the worker reads)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    message_id: str = Field(alias="messageId")
    receipt_handle: str = Field(alias="receiptHandle")
    body: str
    event_source_arn: str = Field(alias="eventSourceARN")


class Outcome(StrEnum):
    ANSWERED = "answered"
    DEFERRED = "deferred"


class TaskPort(Protocol):
    """Answers task tokens and defers messages (Step Functions and SQS in AWS)."""

    def succeed(self, token: str, output: dict[str, Any]) -> None: ...

    def fail(self, token: str, error: str, cause: str) -> None: ...

    def heartbeat(self, token: str) -> None: ...

    def defer(self, queue_arn: str, receipt_handle: str, seconds: int) -> None: ...


def record_rate_limit_hit(provider: str) -> None:
    """Emit the ``RateLimitHits`` metric (dimension ``provider``) for a delayed request."""
    emit_metrics({RATE_LIMIT_HITS: (MetricUnit.Count, 1)}, {"provider": provider})


def _defer_seconds(wait: float) -> int:
    return max(1, min(MAX_DEFER_S, math.ceil(wait)))


def process(
    task: ProviderTask,
    message: SqsMessage,
    *,
    provider: Provider,
    port: TaskPort,
    clock: Callable[[], float] = time.time,
) -> Outcome:
    """Handle one message (see the module docstring)."""
    name = task.provider
    with transaction() as conn:
        circuit = circuit_breakers.get(conn, name)
    if circuit.state is CircuitStatus.OPEN and circuit.retry_in(clock()) > 0:
        port.fail(task.task_token, CIRCUIT_OPEN, f"{name} circuit open: {circuit.last_error}")
        return Outcome.ANSWERED
    with transaction() as conn:
        wait = rate_limits.acquire(conn, name, clock())
    if wait > 0:
        return _defer(task, message, port, wait)
    with transaction() as conn:
        allowed, _ = circuit_breakers.allow(conn, name, clock())
    if not allowed:
        port.fail(task.task_token, CIRCUIT_OPEN, f"{name} circuit open")
        return Outcome.ANSWERED
    return _call(task, message, provider=provider, port=port, clock=clock)


def _call(
    task: ProviderTask, message: SqsMessage, *, provider: Provider, port: TaskPort, clock: Callable[[], float]
) -> Outcome:
    """Call the provider (the breaker allowed it) and answer the task, or defer on a 429."""
    name = task.provider
    try:
        result = provider.fetch(task.company)
    except RateLimited as exc:
        with transaction() as conn:
            rate_limits.penalize(conn, name, clock(), exc.retry_after)
        return _defer(task, message, port, exc.retry_after)
    except TransientError as exc:
        with transaction() as conn:
            state = circuit_breakers.record_failure(conn, name, clock(), str(exc))
        logger.warning("provider failed", extra={"provider": name, "error": str(exc), "circuit": state})
        port.fail(task.task_token, "TransientError", str(exc))
        return Outcome.ANSWERED
    except PermanentError as exc:
        port.fail(task.task_token, "PermanentError", f"{type(exc).__name__}: {exc}")
        return Outcome.ANSWERED
    with transaction() as conn:
        circuit_breakers.record_success(conn, name)
    port.succeed(task.task_token, {"provider": name, "ok": True, "result": result.model_dump(mode="json")})
    return Outcome.ANSWERED


def _defer(task: ProviderTask, message: SqsMessage, port: TaskPort, wait: float) -> Outcome:
    record_rate_limit_hit(task.provider)
    port.heartbeat(task.task_token)
    port.defer(message.event_source_arn, message.receipt_handle, _defer_seconds(wait))
    return Outcome.DEFERRED


def process_batch(
    messages: Iterable[SqsMessage],
    *,
    providers: Mapping[str, Provider] | Callable[[str], Provider],
    port: TaskPort,
    clock: Callable[[], float] = time.time,
) -> dict[str, Any]:
    """Handle an SQS batch; returns the partial-batch response (deferred and crashed messages)."""
    failures: list[dict[str, str]] = []
    counts: Counter[str] = Counter()  # per outcome: ok (task answered), retry (deferred), dropped
    queue = ""
    lookup = providers.__getitem__ if isinstance(providers, Mapping) else providers
    for message in messages:
        queue = queue_name(message.event_source_arn)
        try:
            task = ProviderTask.model_validate(json.loads(message.body))
        except ValueError:
            logger.exception("unreadable provider task; dropped", extra={"message_id": message.message_id})
            counts["dropped"] += 1
            continue
        try:
            outcome = process(task, message, provider=lookup(task.provider), port=port, clock=clock)
        except PermanentError as exc:  # e.g. an unknown provider or no API key: tell the workflow
            port.fail(task.task_token, "PermanentError", str(exc))
            counts["ok"] += 1
            continue
        except Exception:
            logger.exception("provider task crashed; SQS will redeliver it")
            outcome = Outcome.DEFERRED
        if outcome is Outcome.DEFERRED:
            failures.append({"itemIdentifier": message.message_id})
        counts["retry" if outcome is Outcome.DEFERRED else "ok"] += 1
    if queue:
        emit_queue_metrics(queue, counts)
    return {"batchItemFailures": failures}


class AwsTaskPort:
    """:class:`TaskPort` on Step Functions and SQS; answers for finished executions are ignored."""

    _GONE = frozenset({"TaskTimedOut", "TaskDoesNotExist", "InvalidToken"})

    def __init__(self, sfn: Any, sqs: Any) -> None:
        self._sfn = sfn
        self._visibility = SqsVisibility(sqs)

    def _answer(self, call: Callable[..., Any], **kwargs: Any) -> None:
        from botocore.exceptions import ClientError

        try:
            call(**kwargs)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") not in self._GONE:
                raise
            logger.info("task already answered or timed out", extra={"error": str(exc)})

    def succeed(self, token: str, output: dict[str, Any]) -> None:
        self._answer(self._sfn.send_task_success, taskToken=token, output=json.dumps(output))

    def fail(self, token: str, error: str, cause: str) -> None:
        self._answer(self._sfn.send_task_failure, taskToken=token, error=error, cause=cause[:32768])

    def heartbeat(self, token: str) -> None:
        self._answer(self._sfn.send_task_heartbeat, taskToken=token)

    def defer(self, queue_arn: str, receipt_handle: str, seconds: int) -> None:
        self._visibility.change_visibility(queue_arn, receipt_handle, seconds)
