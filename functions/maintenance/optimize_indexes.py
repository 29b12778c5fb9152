"""Maintenance stage 'optimize_indexes': ANALYZE / REINDEX CONCURRENTLY where measured bloat says so."""

from typing import Any

from hirehound.maintenance import indexes
from hirehound.maintenance.events import MaintenanceEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="maintenance", stage="optimize_indexes", model=MaintenanceEvent)
def handler(event: MaintenanceEvent) -> dict[str, Any]:
    return indexes.run()
