"""Redriving dead letters: restart the letter's workflow with its payload and keep the audit trail.

`redrive` claims each open letter (open → redriven), records the execution name it will use, then
starts that execution through an :class:`ExecutionPort` (boto3 in AWS, the LocalCloud locally). A
redrive that fails again is folded back into its letter by the dead-letter recorder
(:func:`hirehound.failures.record`). An Express machine's run is synchronous and cannot be described
afterwards, so its redrive is closed as soon as the run returns; `settle` closes the Standard ones
from their executions' status (SUCCEEDED resolves the letter, any other end reopens it) and reopens an
Express redrive whose end was never recorded (its starter died mid-run).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from hirehound import express
from hirehound.config import state_machine_arn_env, state_machine_type_env
from hirehound.db import dead_letters
from hirehound.db.dead_letters import DeadLetter
from hirehound.maintenance.events import RedriveEvent

#: Rejected queue messages (intake, liveness checks, provider tasks) never became a workflow input: fix
#: and resend them instead.
NOT_REDRIVABLE_STAGES = frozenset({"intake", "check_liveness", "provider_worker"})
_MACHINES = {"ingestion": "Ingestion", "enrichment": "Enrichment"}
_TERMINAL = frozenset({"SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"})
#: An Express redrive still `running` after this long lost its starter (Express runs last ≤ 5 min).
EXPRESS_LOST_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class Started:
    """A started execution; `status` (and `error`) when it has already ended (a synchronous run)."""

    execution_arn: str
    status: str | None = None
    error: str | None = None


class ExecutionPort(Protocol):
    """Starts and describes state machine executions by machine name (as in topology)."""

    def start(self, machine: str, name: str, payload: dict[str, Any]) -> Started:
        """Start the execution (an Express one runs to its end)."""
        ...

    def status(self, execution_arn: str) -> tuple[str, str | None]:
        """(status, error and cause) of a Standard execution."""
        ...


class Outcome(StrEnum):
    STARTED = "started"
    SKIPPED = "skipped"
    NOT_STARTED = "not_started"


@dataclass(frozen=True)
class RedriveResult:
    dead_letter_id: int
    outcome: Outcome
    execution_name: str | None = None
    execution_arn: str | None = None
    detail: str = ""


def machine_for(letter: DeadLetter) -> str | None:
    """The state machine that restarts `letter`, or None when it cannot be redriven."""
    if letter.stage in NOT_REDRIVABLE_STAGES:
        return None
    if letter.workflow == "maintenance":
        task = letter.payload.get("task")
        return f"Maintenance{str(task).capitalize()}" if isinstance(task, str) and task else None
    return _MACHINES.get(letter.workflow)


def select(
    *, ids: Iterable[int] = (), stage: str | None = None, workflow: str | None = None, every: bool = False
) -> list[DeadLetter]:
    """The letters a redrive command names: by id, or all open ones of a stage/workflow, or all open."""
    wanted = list(ids)
    if wanted:
        found = [dead_letters.get(i) for i in wanted]
        return [letter for letter in found if letter is not None]
    if stage is None and workflow is None and not every:
        raise ValueError("name dead letters by id, by stage or workflow, or ask for all")
    return dead_letters.list_open(workflow=workflow, stage=stage)


def redrive_one(letter: DeadLetter, port: ExecutionPort) -> RedriveResult:
    machine = machine_for(letter)
    if machine is None:
        return RedriveResult(
            letter.id, Outcome.SKIPPED, detail=f"{letter.workflow}/{letter.stage}: not redrivable"
        )
    name = f"redrive-{letter.id}-{uuid.uuid4().hex[:12]}"
    if not dead_letters.begin_redrive(letter.id, name):
        return RedriveResult(letter.id, Outcome.SKIPPED, detail=f"not open (state {letter.state})")
    try:
        started = port.start(machine, name, letter.payload)
    except Exception as exc:  # the letter stays open; the audit row says why
        dead_letters.finish_redrive(name, succeeded=False, error=str(exc)[:1000], outcome="not_started")
        return RedriveResult(letter.id, Outcome.NOT_STARTED, name, detail=str(exc))
    dead_letters.redrive_started(name, started.execution_arn)
    if started.status is not None:  # a synchronous (Express) run: it has ended already
        succeeded = started.status == "SUCCEEDED"
        dead_letters.finish_redrive(name, succeeded=succeeded, error=None if succeeded else started.error)
    return RedriveResult(letter.id, Outcome.STARTED, name, started.execution_arn)


def redrive(
    letters: Iterable[DeadLetter], port: ExecutionPort, *, workers: int = 1, budget_s: float | None = None
) -> list[RedriveResult]:
    """Redrive `letters`, `workers` at a time (a synchronous run holds its worker until it ends); a
    letter not reached within `budget_s` seconds is skipped (it stays open for the next redrive)."""
    deadline = time.monotonic() + budget_s if budget_s is not None else None

    def one(letter: DeadLetter) -> RedriveResult:
        if deadline is not None and time.monotonic() > deadline:
            return RedriveResult(letter.id, Outcome.SKIPPED, detail="time budget spent: redrive it again")
        return redrive_one(letter, port)

    letters = list(letters)
    if workers <= 1 or len(letters) <= 1:
        return [one(letter) for letter in letters]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="redrive") as pool:
        return list(pool.map(one, letters))


def settle(port: ExecutionPort) -> dict[str, int]:
    """Close every running redrive whose execution has ended; returns counts by new outcome."""
    counts: dict[str, int] = {}
    for run in dead_letters.running_redrives():
        if run.execution_arn is None:
            continue
        if express.is_express_execution(run.execution_arn):
            if datetime.now(UTC) - run.started_at < EXPRESS_LOST_AFTER:
                counts["running"] = counts.get("running", 0) + 1
                continue
            dead_letters.finish_redrive(
                run.execution_name, succeeded=False, error="the Express run's end was not recorded"
            )
            counts["lost"] = counts.get("lost", 0) + 1
            continue
        status, error = port.status(run.execution_arn)
        if status not in _TERMINAL:
            counts["running"] = counts.get("running", 0) + 1
            continue
        succeeded = status == "SUCCEEDED"
        dead_letters.finish_redrive(
            run.execution_name, succeeded=succeeded, error=None if succeeded else error
        )
        key = "succeeded" if succeeded else "failed"
        counts[key] = counts.get(key, 0) + 1
    return counts


def run(
    request: RedriveEvent, port: ExecutionPort, *, workers: int = 1, budget_s: float | None = None
) -> dict[str, Any]:
    """`MaintenanceRedrive`: settle the redrives that have ended, then redrive what `request` names."""
    settled = settle(port)
    letters = (
        select(ids=request.ids, stage=request.stage, workflow=request.workflow, every=request.every)
        if request.names_letters()
        else []
    )
    results = redrive(letters, port, workers=workers, budget_s=budget_s)
    return {
        "settled": settled,
        "redriven": [
            {"dead_letter_id": r.dead_letter_id, "outcome": r.outcome.value, "execution_arn": r.execution_arn}
            | ({"detail": r.detail} if r.detail else {})
            for r in results
        ],
    }


class SfnExecutions:
    """:class:`ExecutionPort` on boto3 Step Functions clients; each machine's ARN and type come from
    the environment (:func:`hirehound.config.state_machine_arn_env` / `state_machine_type_env`, set by
    CDK and the local runtime). An Express machine is run with StartSyncExecution on `sync_sfn`."""

    def __init__(self, sfn: Any, sync_sfn: Any | None = None) -> None:
        self._sfn = sfn
        self._sync = sync_sfn or sfn

    @classmethod
    def from_environment(cls) -> SfnExecutions:
        import boto3

        sfn = boto3.client("stepfunctions")
        return cls(sfn, express.sync_client(sfn.meta.region_name))

    def start(self, machine: str, name: str, payload: dict[str, Any]) -> Started:
        env = state_machine_arn_env(machine)
        arn = os.environ.get(env)
        if not arn:
            raise KeyError(f"no ARN known for state machine {machine} ({env} is not set)")
        if os.environ.get(state_machine_type_env(machine)) == "EXPRESS":
            result = express.SfnSyncRunner(self._sync, arn).run(name, payload)
            return Started(result.execution_arn, result.status, None if result.succeeded else result.reason())
        started = self._sfn.start_execution(stateMachineArn=arn, name=name, input=json.dumps(payload))
        return Started(str(started["executionArn"]))

    def status(self, execution_arn: str) -> tuple[str, str | None]:
        described = self._sfn.describe_execution(executionArn=execution_arn)
        error = ": ".join(x for x in (described.get("error"), described.get("cause")) if x) or None
        return str(described["status"]), error


def move_queue_messages(sqs: Any, *, dlq_url: str, source_url: str, max_messages: int = 10_000) -> int:
    """Move messages from an SQS DLQ back to its source queue; returns how many moved.

    AWS offers StartMessageMoveTask for this; moto (5.2) does not implement it, so this is the
    receive → send → delete loop that works on both. A message is deleted from the DLQ only after its
    copy was sent, so a crash in between duplicates (the consumers are idempotent) but never loses."""
    moved = 0
    while moved < max_messages:
        messages = sqs.receive_message(
            QueueUrl=dlq_url, MaxNumberOfMessages=10, MessageAttributeNames=["All"], WaitTimeSeconds=0
        ).get("Messages", [])
        if not messages:
            return moved
        sent = sqs.send_message_batch(
            QueueUrl=source_url,
            Entries=[
                {"Id": str(i), "MessageBody": m["Body"], "MessageAttributes": m.get("MessageAttributes", {})}
                for i, m in enumerate(messages)
            ],
        )
        ok = {int(entry["Id"]) for entry in sent.get("Successful", [])}
        done = [m for i, m in enumerate(messages) if i in ok]
        if done:
            sqs.delete_message_batch(
                QueueUrl=dlq_url,
                Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(done)],
            )
        moved += len(done)
        if len(done) < len(messages):
            raise RuntimeError(
                f"{len(messages) - len(done)} messages could not be sent back: {sent.get('Failed')}"
            )
    return moved
