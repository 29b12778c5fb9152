"""Turning a state machine's caught failure into a dead-letter row (shared by every workflow)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hirehound.db import dead_letters, stage_runs
from hirehound.observability import StageEvent

#: How much of a rejected message body a dead letter keeps (SQS bodies are at most 256 KiB).
MAX_KEPT_BODY = 64 * 1024


class CaughtError(BaseModel):
    """What a Catch puts at its ResultPath."""

    model_config = ConfigDict(populate_by_name=True, frozen=True)

    error: str = Field(alias="Error")
    cause: str | None = Field(None, alias="Cause")

    def message(self) -> str:
        """The Lambda runtime's `errorMessage` when the cause is its error payload, else the cause."""
        try:
            payload = json.loads(self.cause or "")
        except ValueError:
            return self.cause or self.error
        if isinstance(payload, dict):
            return str(payload.get("errorMessage") or payload)
        return str(payload)


class FailureEvent(StageEvent):
    """The dead-letter task's payload: `failure` holds one key, the stage that failed."""

    workflow: str
    input: dict[str, Any]
    failure: dict[str, CaughtError] = Field(min_length=1, max_length=1)

    def item_key(self) -> str:
        return item_key_of(self.input)

    @property
    def stage(self) -> str:
        return next(iter(self.failure))


def item_key_of(payload: dict[str, Any]) -> str:
    """A readable key for what the workflow input is about: a page URL, a posting or a company."""
    page = payload.get("page")
    if isinstance(page, dict) and page.get("url"):
        return str(page["url"])
    for key in ("posting_id", "company_id", "batch_id", "task"):
        if key in payload:
            return f"{key}={payload[key]}"
    return json.dumps(payload, sort_keys=True)[:200]


def execution_name(execution_id: str) -> str:
    """The name part of an execution ARN: `arn:aws:states:…:execution:<machine>:<name>` (Standard) or
    `arn:aws:states:…:express:<machine>:<name>:<run id>` (Express)."""
    parts = execution_id.split(":")
    return parts[7] if len(parts) > 7 else parts[-1]


def record(event: FailureEvent) -> int:
    """Record the failure in its item's dead letter; the payload kept is the workflow input, which is
    what a redrive sends. When the failed execution was itself a redrive, its letter is reopened with
    the failure as a new occurrence, instead of a second letter. Returns the letter's id."""
    caught = event.failure[event.stage]
    attempts = stage_runs.attempts(event.execution_id, event.stage) if event.execution_id else 0
    if event.execution_id:
        name = execution_name(event.execution_id)
        redriven = dead_letters.redrive_of(name)
        if redriven is not None:
            folded = dead_letters.finish_redrive(
                name,
                succeeded=False,
                error=reason(event),
                failure=(event.stage, caught.error, caught.message(), max(attempts, 1)),
            )
            return folded or redriven
    return dead_letters.record(
        workflow=event.workflow,
        stage=event.stage,
        item_key=event.item_key(),
        payload=event.input,
        error_type=caught.error,
        error_message=caught.message(),
        attempts=max(attempts, 1),
        execution_id=event.execution_id,
    )


def reason(event: FailureEvent) -> str:
    """One line for the execution's failure cause: stage, error type and message."""
    caught = event.failure[event.stage]
    return f"{event.stage}: {caught.error}: {caught.message()}"[:1000]


def validation_reason(exc: ValidationError, whole: str = "body") -> str:
    """A pydantic error as one readable line: `field: problem; …` (the offending values left out;
    `whole` names the object itself)."""
    return "; ".join(
        f"{'.'.join(str(p) for p in error['loc']) or whole}: {error['msg']}" for error in exc.errors()
    )[:1000]


def record_failed_run(
    *,
    workflow: str,
    payload: dict[str, Any],
    execution_arn: str | None,
    error: str,
    message: str,
    attempts: int,
) -> int:
    """Dead-letter a workflow input whose runs ended outside the workflow's own dead-letter path
    (timed out, a runtime error): stage `execution`, redriven like any other letter of `workflow`."""
    return dead_letters.record(
        workflow=workflow,
        stage="execution",
        item_key=item_key_of(payload),
        payload=payload,
        error_type=error,
        error_message=message[:1000],
        attempts=attempts,
        execution_id=execution_arn,
    )


def record_rejected_message(
    *, workflow: str, stage: str, message_id: str, body: str, item_key: str | None, error: Exception
) -> int:
    """Dead-letter a queue message that can never start its workflow (unparsable, wrong shape).
    The item is `item_key` (e.g. the page URL) or the message id; the occurrence is keyed by the
    message id, so a redelivered copy adds nothing."""
    return dead_letters.record(
        workflow=workflow,
        stage=stage,
        item_key=item_key or f"message_id={message_id}",
        payload={"message_id": message_id, "body": body[:MAX_KEPT_BODY]},
        error_type=type(error).__name__,
        error_message=str(error)[:1000],
        attempts=1,
        execution_id=f"sqs:{message_id}",
    )
