"""Maintenance stage 'cleanup': archive, then delete, postings and raw pages past retention."""

from typing import Any

from hirehound.maintenance import cleanup
from hirehound.maintenance.events import MaintenanceEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="maintenance", stage="cleanup", model=MaintenanceEvent)
def handler(event: MaintenanceEvent) -> dict[str, Any]:
    return cleanup.run()
