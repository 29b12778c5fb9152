"""Ingestion throughput: sample pages through the real IngestionBatch state machine, with and without
semantic embeddings, and the share of handler time per stage.

    .venv/bin/python -m benchmarks.ingest [--pages 60] [--batch-size 50] [--warmup 5]

Each mode gets a fresh database on a throwaway embedded Postgres. There is no "embeddings off"
setting: the baseline is ``HIREHOUND_EMBEDDER=hashing`` (feature hashing, no model: the closest to
off that still fills ``postings.embedding``). A warm-up run first pays the one-off costs (imports,
the MiniLM model load, moto's first deployment), so both modes are measured warm.

Postings/s is pages / wall time of the whole run (upload to the last batch's end). Stage shares are
each Lambda function's summed handler time over all functions' summed time, from the local Lambda
router's invocation log; pages run concurrently, so the sum exceeds wall time.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hirehound.config import get_settings
from hirehound.db import status
from hirehound.db.migrate import migrate
from hirehound.db.pool import close_pool
from hirehound.embeddings import get_embedder
from hirehound_local.cloud import LocalCloud
from hirehound_local.corpus import SamplePage, load_corpus
from hirehound_local.ingest_runner import ingest_pages
from hirehound_local.postgres import create_database, start_embedded

QUIET = {"POWERTOOLS_LOG_LEVEL": "ERROR", "POWERTOOLS_METRICS_DISABLED": "true"}


@dataclass
class Run:
    mode: str
    pages: int
    seconds: float
    outcomes: dict[str, int]
    stage_ms: dict[str, list[float]]
    dead_letters: list[str]


def cpu_model() -> str:
    """The CPU's model name (Linux), else what ``platform`` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ingest(server: str, name: str, mode: str, pages: Sequence[SamplePage], batch_size: int) -> Run:
    """Ingest ``pages`` into a fresh database ``name`` with embedder ``mode``."""
    url = create_database(server, name, replace=True)
    migrate(url)
    os.environ["DATABASE_URL"] = url
    os.environ["HIREHOUND_EMBEDDER"] = mode
    get_settings.cache_clear()
    close_pool()
    get_embedder(mode).embed(["warm up"])  # model load is a cold start, not throughput
    with LocalCloud(env={"DATABASE_URL": url, "HIREHOUND_EMBEDDER": mode, **QUIET}) as cloud:
        report = ingest_pages(cloud, pages, batch_size=batch_size, timeout_s=3600)
        stage_ms: dict[str, list[float]] = defaultdict(list)
        for call in cloud.router.invocations:
            stage_ms[call.function].append(call.duration_ms)
    dead = [
        f"{r['stage']} {r['error_type']} x{r['letters']}: {r['reason']}"
        for r in status.dead_letters_by_stage()
    ]
    close_pool()
    return Run(mode, len(pages), report.seconds, report.outcomes, dict(stage_ms), dead)


def print_runs(runs: Sequence[Run]) -> None:
    print(f"\n{'mode':<10} {'pages':>6} {'seconds':>8} {'postings/s':>11}  outcomes")
    for run in runs:
        rate = run.pages / run.seconds
        print(f"{run.mode:<10} {run.pages:>6} {run.seconds:>8.1f} {rate:>11.2f}  {run.outcomes}")
        for dead in run.dead_letters:
            print(f"{'':<10} dead letter: {dead}")
    stages = sorted({stage for run in runs for stage in run.stage_ms})
    header = "".join(f" | {run.mode + ' ms/call':>16} {'share':>6}" for run in runs)
    print(f"\nhandler time per stage (Lambda function)\n{'stage':<26}{header}")
    totals = [sum(sum(times) for times in run.stage_ms.values()) for run in runs]
    order = sorted(stages, key=lambda s: -sum(runs[-1].stage_ms.get(s, [0.0])))
    for stage in order:
        cells = ""
        for run, total in zip(runs, totals, strict=True):
            times = run.stage_ms.get(stage, [])
            mean = sum(times) / len(times) if times else 0.0
            cells += f" | {mean:>16.1f} {100 * sum(times) / total:>5.1f}%"
        print(f"{stage:<26}{cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60, help="the first N pages of samples/")
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5, help="pages of an unmeasured first run")
    args = parser.parse_args()
    logging.getLogger("moto").setLevel(logging.CRITICAL)

    corpus = load_corpus()
    pages = corpus[: args.pages]
    print(
        f"machine: {cpu_model()} | cpu_count={os.cpu_count()} | {platform.platform()}"
        f" | python {platform.python_version()}"
    )
    print(f"pages: {len(pages)} of samples/ (batch size {args.batch_size}); warm-up {args.warmup} pages")
    with tempfile.TemporaryDirectory(prefix="hirehound-bench-") as home:
        server = start_embedded(Path(home) / "pgdata", stop_on_exit=True)
        if args.warmup:
            ingest(server, "bench_warmup", "local", corpus[-args.warmup :], args.batch_size)
        runs = [
            ingest(server, f"bench_{mode}", mode, pages, args.batch_size) for mode in ("local", "hashing")
        ]
    print_runs(runs)


if __name__ == "__main__":
    main()
