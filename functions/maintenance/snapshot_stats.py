"""Maintenance stage 'snapshot_stats': today's counts by state, source, company, skill."""

from typing import Any

from hirehound.maintenance import stats
from hirehound.maintenance.events import MaintenanceEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="maintenance", stage="snapshot_stats", model=MaintenanceEvent)
def handler(event: MaintenanceEvent) -> dict[str, Any]:
    return stats.run()
