"""The payloads the maintenance state machines and the liveness queue hand to the handlers."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from hirehound.observability import StageEvent


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
