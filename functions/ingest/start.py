"""IngestPages consumer: start one Ingestion execution per page message (partial batch failures)."""

from typing import Any

from hirehound.config import get_settings
from hirehound.ingest import intake
from hirehound.observability import stage_handler


@stage_handler(workflow="ingestion", stage="intake", model=intake.IntakeBatchEvent, record=False)
def handler(event: intake.IntakeBatchEvent) -> dict[str, Any]:
    starter, visibility = intake.aws_ports()
    settings = get_settings()
    return intake.process_batch(
        event.records,
        starter=starter,
        visibility=visibility,
        default_bucket=settings.raw_bucket,
        max_running=settings.ingestion_max_running,
    )
