"""Provider queue consumer: rate limit, circuit breaker, provider call, task token answer."""

from typing import Any

from hirehound.enrich import clients, worker
from hirehound.enrich.events import ProviderBatchEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="enrichment", stage="provider_worker", model=ProviderBatchEvent, record=False)
def handler(event: ProviderBatchEvent) -> dict[str, Any]:
    return worker.process_batch(event.records, providers=clients.provider, port=clients.task_port())
