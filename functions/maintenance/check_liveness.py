"""Liveness queue consumer: check each posting's URL at its board's rate; partial batch failures."""

from typing import Any

from hirehound.maintenance import liveness
from hirehound.maintenance.events import LivenessBatchEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="maintenance", stage="check_liveness", model=LivenessBatchEvent, record=False)
def handler(event: LivenessBatchEvent) -> dict[str, Any]:
    return liveness.process_batch({"Records": event.records})
