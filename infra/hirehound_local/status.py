"""The status snapshot `hirehound status` prints and the dashboard serves.

What persists comes from Postgres (`hirehound.db.status`); queue depths and running executions come
from a live LocalCloud when there is one. `persist_executions` copies finished Step Functions
executions (status, timing, per-state outcome) into `workflow_executions` before moto forgets them.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hirehound import executions, workflow_history
from hirehound.db import status as db_status
from hirehound_infra import topology

from hirehound_local.cloud import REGION, LocalCloud

_TERMINAL = executions.TERMINAL_STATUSES
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_window(text: str) -> float:
    """`90s`, `30m`, `1h`, `7d` (or plain seconds) → seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not match:
        raise ValueError(f"not a window: {text!r} (use e.g. 30m, 1h, 7d)")
    return float(match.group(1)) * _UNITS[match.group(2) or "s"]


class _LocalHistory:
    """`executions.HistoryPort` over the live LocalCloud."""

    def __init__(self, cloud: LocalCloud) -> None:
        self._cloud = cloud

    def events(self, execution_arn: str) -> list[dict[str, Any]]:
        return self._cloud.history(execution_arn)


def persist_executions(cloud: LocalCloud) -> int:
    """Record every finished execution not yet recorded (through `hirehound.executions.record`, as
    the AWS recorder does); returns how many were written."""
    history = _LocalHistory(cloud)
    written = 0
    for machine in topology.STATE_MACHINES:
        done = [e for e in cloud.executions(machine.name) if e.get("status") in _TERMINAL]
        known = db_status.recorded_arns([e["executionArn"] for e in done]) if done else set()
        for listed in done:
            if listed["executionArn"] in known:
                continue
            described = cloud.describe(listed["executionArn"])
            finished = executions.FinishedExecution(
                execution_arn=described["executionArn"],
                name=described["name"],
                state_machine_arn=described["stateMachineArn"],
                status=described["status"],
                started_at=described["startDate"],
                stopped_at=described.get("stopDate"),
                error=described.get("error"),
                cause=described.get("cause"),
            )
            executions.record(finished, history)
            written += 1
    return written


def queue_depths(cloud: LocalCloud) -> list[dict[str, Any]]:
    """Per queue: visible (depth), in flight (received, not deleted) and dead-letter queue depth."""
    sqs = cloud.client("sqs")
    names = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]
    rows = []
    for queue in topology.QUEUES:
        main = sqs.get_queue_attributes(QueueUrl=cloud.queue_url(queue.name), AttributeNames=names)
        dlq = sqs.get_queue_attributes(QueueUrl=cloud.dlq_url(queue.name), AttributeNames=names[:1])
        rows.append(
            {
                "queue": queue.name,
                "depth": int(main["Attributes"][names[0]]),
                "in_flight": int(main["Attributes"][names[1]]),
                "dead_letters": int(dlq["Attributes"][names[0]]),
            }
        )
    return rows


def running_executions(cloud: LocalCloud) -> list[dict[str, Any]]:
    """Per state machine: executions the live runtime is still running."""
    rows = []
    for machine in topology.STATE_MACHINES:
        running = sum(1 for e in cloud.executions(machine.name) if e.get("status") == "RUNNING")
        if running:
            rows.append({"workflow": machine.name, "status": "RUNNING", "executions": running})
    return rows


def unfinished_executions(cloud: LocalCloud) -> int:
    """Executions of any machine that have not ended (one just created, with no status yet, counts)."""
    return sum(
        1
        for machine in topology.STATE_MACHINES
        for e in cloud.executions(machine.name)
        if e.get("status") not in _TERMINAL
    )


def execution_graph(execution_arn: str) -> dict[str, Any] | None:
    """One recorded execution with its state machine's states laid out and coloured by outcome."""
    row = db_status.execution(execution_arn)
    if row is None:
        return None
    definition = json.loads(topology.state_machine(row["workflow"]).definition())
    result: dict[str, Any] = _jsonable({**row, "graph": workflow_history.graph(definition, row["states"])})
    return result


def status_change_event(cloud: LocalCloud, execution_arn: str) -> dict[str, Any]:
    """The EventBridge "Step Functions Execution Status Change" event AWS sends when a Standard execution
    ends, built from DescribeExecution in the documented shape (dates are epoch milliseconds): what the
    deployed rule hands RecordExecution."""
    described = cloud.client("stepfunctions").describe_execution(executionArn=execution_arn)

    def ms(moment: datetime) -> int:
        return int(moment.timestamp() * 1000)

    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Step Functions Execution Status Change",
        "source": "aws.states",
        "account": "123456789012",
        "time": described["stopDate"].isoformat(),
        "region": REGION,
        "resources": [execution_arn],
        "detail": {
            "executionArn": execution_arn,
            "stateMachineArn": described["stateMachineArn"],
            "name": described["name"],
            "status": described["status"],
            "startDate": ms(described["startDate"]),
            "stopDate": ms(described["stopDate"]),
            "input": described.get("input", "{}"),
            "output": described.get("output"),
            "inputDetails": {"included": True},
            "outputDetails": {"included": True},
            "error": described.get("error"),
            "cause": described.get("cause"),
        },
    }


def snapshot(window_s: float, cloud: LocalCloud | None = None) -> dict[str, Any]:
    """Everything the status views show, JSON-able. Live sections are null without a LocalCloud."""
    executions = db_status.executions_by_status(window_s)
    recent = db_status.recent_executions()
    chosen = next((e for e in recent if e["workflow"] == "Ingestion" and e["status"] != "SUCCEEDED"), None)
    chosen = (
        chosen or next((e for e in recent if e["workflow"] == "Ingestion"), None) or next(iter(recent), None)
    )
    result: dict[str, Any] = _jsonable(
        {
            "generated_at": datetime.now(UTC),
            "window_s": window_s,
            "queues": queue_depths(cloud) if cloud else None,
            "executions": executions + (running_executions(cloud) if cloud else []),
            "stages": db_status.stage_stats(window_s),
            "dead_letters": db_status.dead_letters_by_stage(),
            "breakers": db_status.breakers(),
            "rate_limits": db_status.rate_limit_hits(),
            "batches": db_status.batches(window_s),
            "recent_executions": recent,
            "selected_execution": chosen["execution_arn"] if chosen else None,
        }
    )
    return result


def _jsonable(value: Any) -> Any:
    """Datetimes as ISO strings, decimals as floats, recursively (so `json.dumps` just works)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value
