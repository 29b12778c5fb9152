"""Maintenance stage 'expire': expire postings past their date, age or liveness."""

from typing import Any

from hirehound.maintenance import expiry
from hirehound.maintenance.events import MaintenanceEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="maintenance", stage="expire", model=MaintenanceEvent)
def handler(event: MaintenanceEvent) -> dict[str, Any]:
    return expiry.run()
