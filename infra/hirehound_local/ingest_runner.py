"""Ingest pages through the IngestionBatch state machine of a LocalCloud, with progress reporting."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hirehound_local.cloud import Execution, LocalCloud
from hirehound_local.corpus import SamplePage
from hirehound_local.status import persist_executions

Progress = Callable[[int, int], None]


@dataclass
class IngestReport:
    batches: list[Execution] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def outcomes(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for batch in self.batches:
            for status, count in (batch.output or {}).get("outcomes", {}).items():
                total[status] = total.get(status, 0) + count
        return total


#: Every page's Ingestion execution ends in exactly one of these functions succeeding.
_TERMINAL_FUNCTIONS = frozenset({"IngestPublish", "RecordDeadLetter"})


def finished_pages(cloud: LocalCloud) -> int:
    """Pages whose ingestion has ended, read from the Lambda router's invocation log. (Listing
    executions instead races moto's execution creation: a new one briefly has no status.)"""
    return sum(
        1
        for call in list(cloud.router.invocations)
        if call.function in _TERMINAL_FUNCTIONS and call.error is None
    )


def ingest_pages(
    cloud: LocalCloud,
    pages: Sequence[SamplePage],
    *,
    batch_size: int = 50,
    timeout_s: float = 900.0,
    progress: Progress | None = None,
) -> IngestReport:
    """Upload the pages as the scraper would, then run one IngestionBatch execution per chunk."""
    refs: list[dict[str, Any]] = [cloud.put_page(page.url, page.body()) for page in pages]
    report = IngestReport()
    started = time.perf_counter()
    already = finished_pages(cloud)
    arns = [
        cloud.start(
            "IngestionBatch", {"batch_id": f"batch-{uuid.uuid4().hex[:8]}", "pages": refs[i : i + batch_size]}
        )
        for i in range(0, len(refs), batch_size)
    ]
    deadline = time.monotonic() + timeout_s
    for arn in arns:
        while True:
            if progress:
                progress(min(finished_pages(cloud) - already, len(refs)), len(refs))
            try:
                report.batches.append(cloud.wait(arn, timeout_s=0.5))
                break
            except TimeoutError:
                if time.monotonic() > deadline:
                    raise
    if progress:
        progress(len(refs), len(refs))
    report.seconds = time.perf_counter() - started
    persist_executions(cloud)  # moto forgets them with the process; status and the dashboard need them
    return report
