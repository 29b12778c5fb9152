"""Turning a state machine's caught failure into a dead-letter row (shared by every workflow)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from hirehound.db import dead_letters, stage_runs
from hirehound.observability import StageEvent


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


def record(event: FailureEvent) -> int:
    """Write the dead letter; the payload kept is the workflow input, which is what a redrive sends.
    Returns its id."""
    caught = event.failure[event.stage]
    attempts = stage_runs.attempts(event.execution_id, event.stage) if event.execution_id else 0
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
