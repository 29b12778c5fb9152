"""The payloads the maintenance state machines and the liveness queue hand to the handlers."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from hirehound.observability import StageEvent


class RedriveEvent(StageEvent):
    """What `MaintenanceRedrive` is asked: dead letters by id, stage or workflow, or every open one.
    Nothing named (the 15-minute schedule): only settle the redrives whose executions have ended."""

    ids: tuple[int, ...] = ()
    stage: str | None = None
    workflow: str | None = None
    every: bool = False

    def names_letters(self) -> bool:
        return bool(self.ids) or self.stage is not None or self.workflow is not None or self.every


class MaintenanceEvent(StageEvent):
    """A scheduled job: `task` names it (the schedule's input)."""

    task: str

    def item_key(self) -> str:
        return f"task={self.task}"


class EnqueueLivenessEvent(MaintenanceEvent):
    queue_url: str = Field(min_length=1)


class LivenessBatchEvent(StageEvent):
    """An SQS batch from the liveness queue, kept raw for Powertools' batch processor."""

    records: list[dict[str, Any]] = Field(alias="Records")
