"""IngestPages consumer: one synchronous Ingestion run per page message (partial batch failures)."""

from typing import Any

from hirehound.config import get_settings
from hirehound.ingest import intake
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="intake", model=intake.IntakeBatchEvent, record=False)
def handler(event: intake.IntakeBatchEvent) -> dict[str, Any]:
    runner, visibility = intake.aws_ports()
    return intake.process_batch(
        event.records, runner=runner, visibility=visibility, default_bucket=get_settings().raw_bucket
    )
