"""One page, one synchronous `Ingestion` (Express) run, made idempotent by the intake record.

Express does not deduplicate execution names, so intake rests on `intake_pages` (keyed by the page
reference's hash): a finished page is not run again, whatever delivers it again; a page whose run did
not finish is run again (every stage is idempotent, so a page run twice, even at once, stays one
posting). The caller waits for the run and keeps its outcome: an Express run cannot be described later.

A run that ends outside the workflow's own dead-letter path (timed out, a runtime error) is retried
while `retry` allows and `intake_max_runs` runs have not been spent; otherwise it becomes a dead letter
at stage `execution`, so nothing is lost.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pydantic import BaseModel

from hirehound import failures
from hirehound.config import get_settings
from hirehound.db import intake as intake_db
from hirehound.errors import TransientError
from hirehound.express import RunResult, SyncRunner
from hirehound.ingest.events import PageRef
from hirehound.observability import logger

WORKFLOW = "ingestion"
DEAD_LETTER = "dead_letter"


class PageOutcome(BaseModel):
    """How a page's intake ended: its posting's status, or dead_letter. `ran`: a run was started now
    (False: the page had finished before and was not run again)."""

    url: str
    status: str
    posting_id: int | None = None
    execution_arn: str | None = None
    ran: bool = True

    def result(self) -> dict[str, Any]:
        """The batch result shape CompleteBatch counts."""
        return {"url": self.url, "posting_id": self.posting_id, "status": self.status}


def page_key(page: PageRef) -> str:
    """The hash of the page reference (url, bucket, key, charset; not the fetch time): the same page,
    the same key."""
    identity = page.model_dump(mode="json", exclude={"fetched_at"})
    canonical = json.dumps(identity, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def execution_name(page: PageRef) -> str:
    """A readable execution name (≤ 80 chars of [A-Za-z0-9-_]); not unique by itself in Express."""
    return "page-" + page_key(page)[:48]


def ingest_page(page: PageRef, runner: SyncRunner, *, retry: bool) -> PageOutcome:
    """Run the page unless it has finished before; record and return how it ended. Raises
    TransientError when the start failed, or when the run failed and `retry` allows another."""
    key = page_key(page)
    payload = {"page": page.model_dump(mode="json", exclude_none=True)}
    row, mine = intake_db.claim(key, page.url, payload["page"])
    if not mine:
        return PageOutcome(
            url=page.url,
            status=row.outcome or "unknown",
            posting_id=row.posting_id,
            execution_arn=row.execution_arn,
            ran=False,
        )
    try:
        result = runner.run(execution_name(page), payload)
    except Exception as exc:  # not started: the page stays to be run again
        intake_db.fail(key, error=f"not started: {exc}", execution_arn=None, billed_ms=None, started=False)
        raise
    if result.succeeded or result.dead_lettered:
        return _finished(key, page, result)
    intake_db.fail(key, error=result.reason(), execution_arn=result.execution_arn, billed_ms=result.billed_ms)
    if retry and row.runs < get_settings().intake_max_runs:
        raise TransientError(f"run {row.runs} of {page.url} ended {result.reason()}")
    letter = failures.record_failed_run(
        workflow=WORKFLOW,
        payload=payload,
        execution_arn=result.execution_arn,
        error=result.error or result.status,
        message=result.cause or result.status,
        attempts=row.runs,
    )
    logger.warning("page dead-lettered after its runs failed", extra={"dead_letter_id": letter})
    intake_db.finish(
        key,
        outcome=DEAD_LETTER,
        posting_id=None,
        execution_arn=result.execution_arn,
        billed_ms=result.billed_ms,
    )
    return PageOutcome(url=page.url, status=DEAD_LETTER, execution_arn=result.execution_arn)


def _finished(key: str, page: PageRef, result: RunResult) -> PageOutcome:
    output = result.output if isinstance(result.output, dict) else {}
    status = str(output.get("status") or "unknown") if result.succeeded else DEAD_LETTER
    posting = output.get("posting_id")
    posting_id = int(posting) if isinstance(posting, int) else None
    intake_db.finish(
        key,
        outcome=status,
        posting_id=posting_id,
        execution_arn=result.execution_arn,
        billed_ms=result.billed_ms,
    )
    return PageOutcome(url=page.url, status=status, posting_id=posting_id, execution_arn=result.execution_arn)


def ingest_pages(pages: Sequence[PageRef], runner: SyncRunner) -> list[PageOutcome]:
    """Every page at once (one thread each: the runs wait on Step Functions), each to its end. A run
    that fails is dead-lettered at once (no queue to back off on); a start that fails raises (after
    the other pages have ended), for the caller's retry: the finished pages are not run again."""
    if not pages:
        return []
    with ThreadPoolExecutor(max_workers=len(pages), thread_name_prefix="ingest-page") as pool:
        return list(pool.map(lambda page: ingest_page(page, runner, retry=False), pages))
