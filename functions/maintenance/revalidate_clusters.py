"""Maintenance stage 'revalidate_clusters': re-pick canonicals, split non-matching members."""

from typing import Any

from hirehound.maintenance import revalidation
from hirehound.maintenance.events import MaintenanceEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="maintenance", stage="revalidate_clusters", model=MaintenanceEvent)
def handler(event: MaintenanceEvent) -> dict[str, Any]:
    return revalidation.run()
