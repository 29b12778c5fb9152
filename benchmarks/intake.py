"""`hirehound ingest`'s path against `demo`'s, on the same sample pages, measured in one run.

    .venv/bin/python -m benchmarks.intake [--pages 60] [--rounds 20,50] [--demo-batch 50] [--warmup 5]

`demo` runs pages through IngestionBatch (Map → one Ingestion run per page); `ingest` uploads them,
sends them to IngestPages and lets the intake consumer start their runs (`intake_runner`), in rounds
of the given sizes. Each run gets a fresh database on a throwaway embedded Postgres, after a warm-up
that pays the one-off costs (imports, the MiniLM load). Pages/s is pages / wall time from the first
upload to the last run's end; the ratio to demo's is the figure to compare across machines and loads.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from hirehound.db import reports
from hirehound.db.migrate import migrate
from hirehound.db.pool import close_pool
from hirehound_local.cloud import LocalCloud
from hirehound_local.console import local_cloud
from hirehound_local.corpus import SamplePage, load_corpus
from hirehound_local.ingest_runner import ingest_pages
from hirehound_local.intake_runner import ingest_items
from hirehound_local.page_sources import ScrapedPage
from hirehound_local.postgres import create_database, start_embedded

from benchmarks.ingest import cpu_model

Runner = Callable[[LocalCloud, Sequence[SamplePage]], dict[str, int]]


def demo(batch_size: int) -> Runner:
    def run(cloud: LocalCloud, pages: Sequence[SamplePage]) -> dict[str, int]:
        return ingest_pages(cloud, pages, batch_size=batch_size, timeout_s=3600).outcomes

    return run


def intake(round_size: int) -> Runner:
    def run(cloud: LocalCloud, pages: Sequence[SamplePage]) -> dict[str, int]:
        items = [ScrapedPage(page.path.name, page.url, page.body()) for page in pages]
        return ingest_items(cloud, items, batch_size=round_size).outcomes

    return run


def measure(
    server: str, name: str, runner: Runner, pages: Sequence[SamplePage]
) -> tuple[float, dict[str, int], dict[str, int]]:
    """Seconds, the run's own outcome counts, and the outcomes stored for its pages."""
    url = create_database(server, name, replace=True)
    migrate(url)
    os.environ["DATABASE_URL"] = url
    close_pool()
    with local_cloud(url) as cloud:
        started = time.perf_counter()
        outcomes = runner(cloud, pages)
        seconds = time.perf_counter() - started
    stored = reports.page_outcomes([(p.url, hashlib.sha256(p.body()).hexdigest()) for p in pages])
    close_pool()
    return seconds, outcomes, dict(Counter(stored))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60, help="the first N pages of samples/")
    parser.add_argument("--rounds", default="20,50", help="ingest round sizes to measure")
    parser.add_argument("--demo-batch", type=int, default=50, help="demo's IngestionBatch size")
    parser.add_argument("--warmup", type=int, default=5, help="pages of an unmeasured first run")
    args = parser.parse_args()

    corpus = load_corpus()
    pages = corpus[: args.pages]
    runs: list[tuple[str, Runner]] = [(f"demo (IngestionBatch x{args.demo_batch})", demo(args.demo_batch))]
    runs += [(f"ingest (IngestPages, rounds of {n})", intake(int(n))) for n in args.rounds.split(",")]
    print(f"machine: {cpu_model()} | cpu_count={os.cpu_count()} | load {os.getloadavg()[0]:.1f}")
    print(
        f"python {platform.python_version()} | pages: {len(pages)} of samples/; warm-up {args.warmup} pages"
    )
    with tempfile.TemporaryDirectory(prefix="hirehound-bench-") as home:
        server = start_embedded(Path(home) / "pgdata", stop_on_exit=True)
        if args.warmup:
            measure(server, "bench_warmup", runs[0][1], corpus[-args.warmup :])
        results = [(label, *measure(server, f"bench_{i}", run, pages)) for i, (label, run) in enumerate(runs)]
    base = len(pages) / results[0][1]
    print(f"\n{'path':<36} {'seconds':>8} {'pages/s':>8} {'x demo':>7}  outcomes (run | stored)")
    for label, seconds, outcomes, stored in results:
        rate = len(pages) / seconds
        print(f"{label:<36} {seconds:>8.1f} {rate:>8.2f} {rate / base:>7.2f}  {outcomes} | {stored}")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
