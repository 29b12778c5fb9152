"""Maintenance stage 'enqueue_liveness': one liveness-queue message per active posting."""

from typing import Any

from hirehound.maintenance import liveness
from hirehound.maintenance.events import EnqueueLivenessEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="maintenance", stage="enqueue_liveness", model=EnqueueLivenessEvent)
def handler(event: EnqueueLivenessEvent) -> dict[str, Any]:
    return liveness.enqueue(event.queue_url)
