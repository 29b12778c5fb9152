"""The pydantic models of the ingestion state machine's task payloads."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from hirehound import limits
from hirehound.observability import StageEvent


def _page_url(url: str) -> str:
    if (problem := limits.page_url_problem(url)) is not None:
        raise ValueError(problem)
    return url


#: A scraped page's address: an absolute http(s) URL with a host (`limits.page_url_problem`).
PageUrl = Annotated[str, AfterValidator(_page_url)]


class PageRef(BaseModel):
    """A scraped page as the scraper stored it: its URL and where its bytes are."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: PageUrl = Field(min_length=1)
    bucket: str = Field(min_length=1)
    key: str = Field(min_length=1)
    charset: str | None = Field(None, description="charset from the HTTP Content-Type, if any")
    fetched_at: datetime | None = Field(None, description="when the scraper fetched it, if it says")


class PageEvent(StageEvent):
    page: PageRef

    def item_key(self) -> str:
        return self.page.url


class PostingEvent(StageEvent):
    posting_id: int

    def item_key(self) -> str:
        return str(self.posting_id)


class PageChunkEvent(StageEvent):
    """One chunk of an IngestionBatch's pages (the Map runs its chunks concurrently)."""

    batch_id: str
    pages: list[PageRef] = Field(max_length=50)

    def item_key(self) -> str:
        return self.batch_id


class BatchResultsEvent(StageEvent):
    """The Map's output: one `{"results": [...]}` per chunk, or the results themselves."""

    batch_id: str
    results: list[dict[str, Any]]

    def page_results(self) -> list[dict[str, Any]]:
        """One result per page, the chunks flattened."""
        flat: list[dict[str, Any]] = []
        for result in self.results:
            chunk = result.get("results")
            flat.extend(chunk if isinstance(chunk, list) else [result])
        return flat

    def item_key(self) -> str:
        return self.batch_id


class DeepCheckEvent(PostingEvent):
    candidate_id: int


class ClusterEvent(PostingEvent):
    verdict: str
    candidate_id: int | None = None
    kind: str | None = None
    similarity: float | None = None
