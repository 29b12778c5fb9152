"""Records a workflow's caught failure in the dead-letter table."""

from typing import Any

from hirehound import failures
from hirehound.observability import stage_handler


@stage_handler(workflow="shared", stage="record_dead_letter", model=failures.FailureEvent, record=False)
def handler(event: failures.FailureEvent) -> dict[str, Any]:
    return {"dead_letter_id": failures.record(event), "stage": event.stage, "reason": failures.reason(event)}
