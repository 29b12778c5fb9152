"""Finished Step Functions executions into `workflow_executions`, whatever reports them.

`record` is the one entry point: a `FinishedExecution` (status and timing) plus, when there is one, its
history (per-state outcomes for the dashboard's graph). Its feeds:

- in AWS, the EventBridge rule on "Step Functions Execution Status Change" (Standard machines) and
  `functions/maintenance/record_execution.py`, which reads the history with GetExecutionHistory;
- locally, `hirehound_local.status.persist_executions`, reading moto before it forgets;
- Express machines send no such events: their feed would be their CloudWatch Logs (log level ALL
  writes the same history events) through a subscription, or the workflow recording its own end,
  each building a `FinishedExecution` and calling `record` the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator

from hirehound import workflow_history
from hirehound.db import status as db_status
from hirehound.observability import StageEvent

TERMINAL_STATUSES = frozenset({"SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"})
#: `workflow_executions.cause` keeps this much of an error's cause.
CAUSE_CHARS = 2000


def workflow_of(state_machine_arn: str) -> str:
    """The topology name of a state machine from its ARN: the last `-`-separated part of its name
    (locally the machine is named exactly that; CDK names it `<stack>-<topology name>`)."""
    return state_machine_arn.rsplit(":", 1)[-1].rsplit("-", 1)[-1]


class FinishedExecution(BaseModel):
    """What every feed knows about an execution that ended."""

    model_config = ConfigDict(frozen=True)

    execution_arn: str
    name: str
    state_machine_arn: str
    status: str
    started_at: datetime
    stopped_at: datetime | None = None
    error: str | None = None
    cause: str | None = None

    @property
    def workflow(self) -> str:
        return workflow_of(self.state_machine_arn)


class HistoryPort(Protocol):
    """An execution's history events (GetExecutionHistory's shape), oldest first."""

    def events(self, execution_arn: str) -> Iterable[Mapping[str, Any]]: ...


class SfnHistory:
    """`HistoryPort` over the Step Functions API (boto3), without inputs and outputs."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @classmethod
    def from_environment(cls) -> SfnHistory:
        import boto3

        return cls(boto3.client("stepfunctions"))

    def events(self, execution_arn: str) -> Iterable[Mapping[str, Any]]:
        pages = self._client.get_paginator("get_execution_history").paginate(
            executionArn=execution_arn, includeExecutionData=False, PaginationConfig={"PageSize": 1000}
        )
        for page in pages:
            yield from page["events"]


def record(execution: FinishedExecution, history: HistoryPort | None = None) -> dict[str, Any]:
    """Insert or refresh the execution's row (idempotent on its ARN: a redelivered event or a redriven
    run rewrites it); with a history, each state's outcome too. Returns what was written."""
    if execution.status not in TERMINAL_STATUSES:
        raise ValueError(f"{execution.execution_arn} has not finished (status {execution.status})")
    states = workflow_history.summarize(history.events(execution.execution_arn)) if history else {}
    db_status.record_execution(
        execution_arn=execution.execution_arn,
        name=execution.name,
        workflow=execution.workflow,
        status=execution.status,
        started_at=execution.started_at,
        stopped_at=execution.stopped_at,
        error=execution.error,
        cause=(execution.cause or "")[:CAUSE_CHARS] or None,
        states={name: outcome.model_dump() for name, outcome in states.items()},
    )
    return {
        "execution_arn": execution.execution_arn,
        "workflow": execution.workflow,
        "status": execution.status,
        "states": len(states),
    }


def _from_epoch_ms(value: Any) -> Any:
    """EventBridge gives Step Functions dates as epoch milliseconds."""
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, UTC)
    return value


class StatusChangeDetail(BaseModel):
    """The `detail` of a "Step Functions Execution Status Change" event (input/output are ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    execution_arn: str = Field(alias="executionArn")
    state_machine_arn: str = Field(alias="stateMachineArn")
    name: str
    status: str
    start_date: datetime = Field(alias="startDate")
    stop_date: datetime | None = Field(None, alias="stopDate")
    error: str | None = None
    cause: str | None = None

    _dates = field_validator("start_date", "stop_date", mode="before")(_from_epoch_ms)


class StatusChangeEvent(StageEvent):
    """The EventBridge event RecordExecution receives (the envelope's other fields are ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    source: str
    detail_type: str = Field(alias="detail-type")
    detail: StatusChangeDetail

    def item_key(self) -> str | None:
        return self.detail.execution_arn

    def finished(self) -> FinishedExecution:
        d = self.detail
        return FinishedExecution(
            execution_arn=d.execution_arn,
            name=d.name,
            state_machine_arn=d.state_machine_arn,
            status=d.status,
            started_at=d.start_date,
            stopped_at=d.stop_date,
            error=d.error,
            cause=d.cause,
        )
