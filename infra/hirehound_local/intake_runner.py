"""Scraped pages through a LocalCloud the way production takes them in.

Each page is stored in the raw bucket and its reference sent to `IngestPages` by the same
`PageSender` a scraper (`hirehound enqueue`) uses; `LocalCloud.drain` plays the queue's event source
mapping, so `IngestStart` starts the `Ingestion` runs however it starts them; then the run waits until
no execution is open. Pages go in rounds of `batch_size`, which also bounds how many run at once. Each
page's outcome is read from what the pipeline stored (`db.reports.page_outcomes`), not from how its
run was started.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import batched
from typing import Any

from hirehound.db import reports

from hirehound_local.cloud import LocalCloud
from hirehound_local.ingest_runner import finished_pages
from hirehound_local.page_sender import PageSender, Sent
from hirehound_local.page_sources import Item, Tally
from hirehound_local.status import persist_executions, unfinished_executions

QUEUE = "IngestPages"
Progress = Callable[[int], None]


@dataclass
class IntakeReport(Tally):
    """What one run sent and what its pages ended as (`page_outcomes` follows `sent`)."""

    sent: list[Sent] = field(default_factory=list)
    page_outcomes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def outcomes(self) -> dict[str, int]:
        return dict(Counter(self.page_outcomes))

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": len(self.sent),
            "seconds": round(self.seconds, 2),
            "pages_per_s": round(len(self.sent) / self.seconds, 2) if self.seconds else None,
            "outcomes": self.outcomes,
            **super().to_json(),
            "results": [
                {"source": s.page.source, "url": s.page.url, "key": s.message.key, "outcome": outcome}
                for s, outcome in zip(self.sent, self.page_outcomes, strict=True)
            ],
        }


def ingest_items(
    cloud: LocalCloud,
    items: Iterable[Item],
    *,
    batch_size: int = 20,
    limit: int = 0,
    round_timeout_s: float = 900.0,
    progress: Progress | None = None,
) -> IntakeReport:
    """Send the pages among `items` through IngestPages in rounds and wait for their runs to end;
    TimeoutError if a round's runs have not ended after `round_timeout_s`."""
    sender = PageSender(
        cloud.client("s3"), cloud.client("sqs"), bucket=cloud.raw_bucket, queue_url=cloud.queue_url(QUEUE)
    )
    report = IntakeReport()
    started = time.perf_counter()
    already = finished_pages(cloud)

    def tick() -> None:
        if progress:
            progress(finished_pages(cloud) - already)

    for pages in batched(report.pages(items, limit), batch_size):
        deadline = time.monotonic() + round_timeout_s
        for result in sender.send(pages):
            if isinstance(result, Sent):
                report.sent.append(result)
            else:
                report.refused.append(result)
        cloud.drain(QUEUE, timeout_s=max(1.0, deadline - time.monotonic()))
        wait_until_idle(cloud, deadline, tick)
    report.seconds = time.perf_counter() - started
    persist_executions(cloud)  # moto forgets them with the process; status and the dashboard need them
    report.page_outcomes = reports.page_outcomes([(s.page.url, s.body_sha256) for s in report.sent])
    return report


def wait_until_idle(
    cloud: LocalCloud, deadline: float, tick: Callable[[], None], poll_s: float = 0.25
) -> None:
    """Until no execution is open; TimeoutError past `deadline` (a `time.monotonic()` value)."""
    while True:
        tick()
        open_runs = unfinished_executions(cloud)
        if not open_runs:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"{open_runs} executions still open when the run's time was up")
        time.sleep(poll_s)
