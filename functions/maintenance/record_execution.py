"""Records a finished Step Functions execution (EventBridge "Step Functions Execution Status Change")."""

from typing import Any

from hirehound import executions
from hirehound.observability import stage_handler


@stage_handler(workflow="shared", stage="record_execution", model=executions.StatusChangeEvent, record=False)
def handler(event: executions.StatusChangeEvent) -> dict[str, Any]:
    return executions.record(event.finished(), executions.SfnHistory.from_environment())
