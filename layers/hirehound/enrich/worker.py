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
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from hirehound import failures, limits
from hirehound.db import circuit_breakers, rate_limits
from hirehound.db.pool import transaction
from hirehound.enrich.circuit import CircuitStatus
from hirehound.enrich.providers import CompanyQuery, Provider, RateLimited
from hirehound.errors import BadInputError, PermanentError, TransientError
from hirehound.metric_catalog import queue_name
from hirehound.observability import emit_metrics, emit_queue_metrics, logger
from hirehound.sqs_retry import SqsVisibility

STAGE = "provider_worker"
RATE_LIMIT_HITS = "RateLimitHits"
CIRCUIT_OPEN = "CircuitOpen"
MAX_DEFER_S = 900


class ProviderTask(BaseModel):
    """The message body the state machine sends to a provider queue."""

    model_config = ConfigDict(frozen=True)

    task_token: str = Field(min_length=1, max_length=limits.MAX_TASK_TOKEN_CHARS)
    provider: str = Field(min_length=1, max_length=64)
    company: CompanyQuery
    execution_id: str | None = Field(None, max_length=2048)
    attempt: int = 0

    @field_validator("company")
    @classmethod
    def _bounded(cls, company: CompanyQuery) -> CompanyQuery:
        if len(company.name) > limits.MAX_FIELD_CHARS or len(company.domain or "") > limits.MAX_URL_CHARS:
            raise ValueError("company name or domain over its size limit")
        return company


def parse_task(body: str) -> ProviderTask:
    """The task in a message body; BadInputError with the reason when it is not one."""
    try:
        return ProviderTask.model_validate_json(body)
    except ValidationError as exc:
        raise BadInputError(f"invalid provider task: {failures.validation_reason(exc)}") from exc


def task_token_of(body: str) -> str | None:
    """The task token of a message that is not a valid task, if it holds a usable one: answering it
    lets the waiting workflow go on now instead of at its task timeout."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    token = data.get("task_token") if isinstance(data, dict) else None
    return token if isinstance(token, str) and 0 < len(token) <= limits.MAX_TASK_TOKEN_CHARS else None


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


def _process_or_fail(
    task: ProviderTask,
    message: SqsMessage,
    lookup: Callable[[str], Provider],
    *,
    port: TaskPort,
    clock: Callable[[], float],
) -> Outcome:
    """:func:`process`, telling the workflow about a PermanentError (e.g. an unknown provider or no
    API key) by failing its task."""
    try:
        return process(task, message, provider=lookup(task.provider), port=port, clock=clock)
    except PermanentError as exc:
        port.fail(task.task_token, "PermanentError", str(exc))
        return Outcome.ANSWERED


def process_batch(
    messages: Iterable[SqsMessage],
    *,
    providers: Mapping[str, Provider] | Callable[[str], Provider],
    port: TaskPort,
    clock: Callable[[], float] = time.time,
) -> dict[str, Any]:
    """Handle an SQS batch; returns the partial-batch response (the deferred messages). A message
    that is not a task, or whose handling crashed, is dead-lettered (its task failed with the reason)."""
    failed: list[dict[str, str]] = []
    counts: Counter[str] = Counter()  # per outcome: ok (task answered), retry (deferred), dead_letter
    queue = ""
    lookup = providers.__getitem__ if isinstance(providers, Mapping) else providers
    for message in messages:
        queue = queue_name(message.event_source_arn)
        try:
            task = parse_task(message.body)
        except BadInputError as exc:
            reject(message, exc, port)
            counts["dead_letter"] += 1
            continue
        try:
            outcome = _process_or_fail(task, message, lookup, port=port, clock=clock)
        except TransientError as exc:  # e.g. the database or Step Functions is unreachable
            logger.warning("provider task failed; SQS will redeliver it", extra={"error": str(exc)})
            outcome = Outcome.DEFERRED
        except Exception as exc:  # a bug: retrying cannot help, a crash loop would record nothing
            reject(message, exc, port)
            counts["dead_letter"] += 1
            continue
        if outcome is Outcome.DEFERRED:
            failed.append({"itemIdentifier": message.message_id})
        counts["retry" if outcome is Outcome.DEFERRED else "ok"] += 1
    if queue:
        emit_queue_metrics(queue, counts)
    return {"batchItemFailures": failed}


def reject(message: SqsMessage, error: Exception, port: TaskPort) -> int:
    """Dead-letter a message retrying cannot help, after failing its task (when it names one) with the
    reason, so the workflow merges without this provider now. Returns the letter's id."""
    reason = f"{type(error).__name__}: {error}"[:1000]
    token = task_token_of(message.body)
    if token is not None:
        try:
            port.fail(token, "PermanentError", reason)
        except Exception:  # the letter below is the record; the task times out as it would have
            logger.exception("could not fail the task of a rejected message")
    letter = failures.record_rejected_message(
        workflow="enrichment",
        stage=STAGE,
        message_id=message.message_id,
        body=message.body,
        item_key=None,
        error=error,
    )
    log = logger.warning if isinstance(error, PermanentError) else logger.exception
    log("provider message dead-lettered", extra={"dead_letter_id": letter, "reason": reason})
    return letter


class AwsTaskPort:
    """:class:`TaskPort` on Step Functions and SQS; answers for finished executions are ignored."""

    _GONE = frozenset({"TaskTimedOut", "TaskDoesNotExist", "InvalidToken"})

    def __init__(self, sfn: Any, sqs: Any) -> None:
        self._sfn = sfn
        self._visibility = SqsVisibility(sqs)

    def _answer(self, call: Callable[..., Any], **kwargs: Any) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            call(**kwargs)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code not in self._GONE:
                raise TransientError(f"Step Functions: {code}: {exc}") from exc
            logger.info("task already answered or timed out", extra={"error": str(exc)})
        except BotoCoreError as exc:
            raise TransientError(f"Step Functions unreachable: {exc}") from exc

    def succeed(self, token: str, output: dict[str, Any]) -> None:
        self._answer(self._sfn.send_task_success, taskToken=token, output=json.dumps(output))

    def fail(self, token: str, error: str, cause: str) -> None:
        self._answer(self._sfn.send_task_failure, taskToken=token, error=error, cause=cause[:32768])

    def heartbeat(self, token: str) -> None:
        self._answer(self._sfn.send_task_heartbeat, taskToken=token)

    def defer(self, queue_arn: str, receipt_handle: str, seconds: int) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self._visibility.change_visibility(queue_arn, receipt_handle, seconds)
        except (ClientError, BotoCoreError) as exc:
            raise TransientError(f"SQS ChangeMessageVisibility failed: {exc}") from exc
