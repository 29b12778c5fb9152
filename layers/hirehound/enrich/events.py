"""The payloads the enrichment state machine and the provider queues hand to the handlers."""

from __future__ import annotations

from pydantic import Field

from hirehound.enrich.merge import ProviderOutcome
from hirehound.enrich.worker import SqsMessage
from hirehound.observability import StageEvent


class CompanyEvent(StageEvent):
    company_id: int

    def item_key(self) -> str:
        return f"company_id={self.company_id}"


class MergeEvent(CompanyEvent):
    providers: list[ProviderOutcome]


class ProviderBatchEvent(StageEvent):
    """An SQS batch from a provider queue."""

    records: list[SqsMessage] = Field(alias="Records")
