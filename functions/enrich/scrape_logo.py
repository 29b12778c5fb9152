"""Enrichment stage 'scrape_logo'."""

from typing import Any

from hirehound.enrich import site
from hirehound.enrich.events import CompanyEvent
from hirehound.observability import stage_handler


@stage_handler(workflow="enrichment", stage="scrape_logo", model=CompanyEvent)
def handler(event: CompanyEvent) -> dict[str, Any]:
    return site.scrape_logo(event.company_id)
