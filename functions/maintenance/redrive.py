"""Maintenance stage 'redrive': settle the redrives that have ended, then restart the named dead letters'
workflows (operators invoke it; the 15-minute expiry run calls it with nothing named, to settle)."""

from typing import Any

from hirehound import redrive
from hirehound.config import get_settings
from hirehound.maintenance.events import RedriveEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="maintenance", stage="redrive", model=RedriveEvent)
def handler(event: RedriveEvent) -> dict[str, Any]:
    settings = get_settings()
    return redrive.run(
        event,
        redrive.SfnExecutions.from_environment(),
        workers=settings.redrive_workers,
        budget_s=settings.redrive_budget_s,
    )
