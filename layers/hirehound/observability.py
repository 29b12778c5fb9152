"""One home for logging, metrics and tracing, and the decorator every Lambda handler wears.

`stage_handler` applies Powertools in one fixed order (logger context → tracer →
parser), times the stage, emits the shared metric set and records a `stage_runs` row.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from functools import wraps
from typing import Any, cast

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.metrics import EphemeralMetrics, MetricUnit
from aws_lambda_powertools.metrics.functions import is_metrics_disabled
from aws_lambda_powertools.utilities.parser import parse
from pydantic import BaseModel, ConfigDict

from hirehound.errors import PermanentError, TransientError
from hirehound.metric_catalog import NAMESPACE, SERVICE, Dimension, MetricName

__all__ = [
    "NAMESPACE",
    "SERVICE",
    "Dimension",
    "MetricName",
    "emit_metrics",
    "emit_publication_metric",
    "emit_queue_metrics",
    "logger",
    "stage_handler",
    "tracer",
]

logger = Logger(service=SERVICE)
tracer = Tracer(service=SERVICE)


class StageEvent(BaseModel):
    """Fields every state-machine task passes besides its own: who runs it and which attempt."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    execution_id: str | None = None
    attempt: int = 0

    def item_key(self) -> str | None:
        """What the stage works on, for stage runs and dead letters (overridden per event)."""
        return None


def outcome_of(error: BaseException | None) -> str:
    if error is None:
        return "ok"
    if isinstance(error, TransientError):
        return "transient_error"
    if isinstance(error, PermanentError):
        return "permanent_error"
    return "error"


def _record_run(
    workflow: str, stage: str, event: StageEvent | None, outcome: str, error: str | None, duration_ms: float
) -> None:
    """Best effort: a broken database must not hide the stage's own error."""
    from hirehound.db import stage_runs

    try:
        stage_runs.record(
            workflow=workflow,
            stage=stage,
            item_key=event.item_key() if event else None,
            execution_id=event.execution_id if event else None,
            attempt=event.attempt if event else 0,
            outcome=outcome,
            error=error,
            duration_ms=duration_ms,
        )
    except Exception:
        logger.exception("could not record the stage run")


def emit_metrics(values: Mapping[str, tuple[MetricUnit, float]], dimensions: Mapping[str, str]) -> None:
    """One EMF record holding all `values` with its own dimensions (plus `service`). A fresh
    EphemeralMetrics per record: no shared, mutable metric state, so handlers sharing a process locally
    cannot mix them. Honours POWERTOOLS_METRICS_DISABLED."""
    if is_metrics_disabled() or not values:
        return
    metrics = EphemeralMetrics(namespace=NAMESPACE, service=SERVICE)
    for dimension, value in dimensions.items():
        metrics.add_dimension(name=str(dimension), value=value)
    for name, (unit, amount) in values.items():
        metrics.add_metric(name=str(name), unit=unit, value=amount)
    metrics.flush_metrics()


def emit_queue_metrics(queue: str, counts: Mapping[str, int]) -> None:
    """`QueueMessages` of one SQS batch: one record per outcome with its message count."""
    for outcome, count in counts.items():
        if count:
            emit_metrics(
                {MetricName.QUEUE_MESSAGES: (MetricUnit.Count, count)},
                {Dimension.QUEUE: queue, Dimension.OUTCOME: outcome},
            )


def emit_publication_metric(source: str, outcome: str) -> None:
    """`PublicationOutcomes`: one posting's publish decision (`outcome` = its status) per source."""
    emit_metrics(
        {MetricName.PUBLICATION_OUTCOMES: (MetricUnit.Count, 1)},
        {Dimension.SOURCE: source, Dimension.OUTCOME: outcome},
    )


def emit_stage_metrics(workflow: str, stage: str, duration_ms: float, *, outcome: str = "ok") -> None:
    """Duration and outcome of one stage invocation (`outcome` as `outcome_of` names it); a failure
    is its own record because it carries the extra `outcome` dimension (see `metric_catalog`)."""
    stage_dims: dict[str, str] = {Dimension.WORKFLOW: workflow, Dimension.STAGE: stage}
    duration: dict[str, tuple[MetricUnit, float]] = {
        MetricName.STAGE_DURATION: (MetricUnit.Milliseconds, duration_ms)
    }
    if outcome == "ok":
        emit_metrics({**duration, MetricName.STAGE_SUCCEEDED: (MetricUnit.Count, 1)}, stage_dims)
        return
    emit_metrics(duration, stage_dims)
    emit_metrics({MetricName.STAGE_FAILED: (MetricUnit.Count, 1)}, {**stage_dims, Dimension.OUTCOME: outcome})


def stage_handler[E: StageEvent](
    *, workflow: str, stage: str, model: type[E], record: bool = True
) -> Callable[[Callable[[E], dict[str, Any]]], Callable[[dict[str, Any], Any], dict[str, Any]]]:
    """Turn `fn(event: E) -> dict` into a Lambda handler with observability and event parsing."""

    def decorate(fn: Callable[[E], dict[str, Any]]) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
        @logger.inject_lambda_context
        @tracer.capture_lambda_handler(capture_response=False)
        @wraps(fn)
        def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
            # Thread-safe keys and self-contained metrics: locally several handlers share a process.
            logger.thread_safe_clear_keys()
            logger.thread_safe_append_keys(workflow=workflow, stage=stage)
            started = time.perf_counter()
            parsed: E | None = None
            failure: BaseException | None = None
            try:
                parsed = parse(event=event, model=model)
                logger.thread_safe_append_keys(item=parsed.item_key(), attempt=parsed.attempt)
                return fn(parsed)
            except BaseException as exc:
                failure = exc
                logger.warning("stage failed", extra={"error": repr(exc), "outcome": outcome_of(exc)})
                raise
            finally:
                duration_ms = (time.perf_counter() - started) * 1000
                outcome = outcome_of(failure)
                logger.info(
                    "stage finished", extra={"outcome": outcome, "duration_ms": round(duration_ms, 2)}
                )
                emit_stage_metrics(workflow, stage, duration_ms, outcome=outcome)
                if record:
                    _record_run(
                        workflow, stage, parsed, outcome, repr(failure) if failure else None, duration_ms
                    )

        return cast("Callable[[dict[str, Any], Any], dict[str, Any]]", handler)

    return decorate
