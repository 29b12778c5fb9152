"""What orchestration costs per page, counted from local runs: the inputs of the cost model.

    .venv/bin/python -m benchmarks.orchestration [--pages 250] [--paths batch,queue,single]
                                                 [--pollers 2] [--single 20]

Each path ingests sample pages into a fresh database on a throwaway embedded Postgres:

- ``batch``: IngestionBatch (Standard) → IngestRunPages → one synchronous Express Ingestion per page;
- ``queue``: the pages as IngestPages messages, consumed by ``--pollers`` event-source pollers
  (IngestStart waits for its batch's Express runs), the production path;
- ``single``: the first ``--single`` pages one at a time (no other page competes for the CPU).

Printed per path, from the execution histories (what the CloudWatch log would hold) and the Lambda
router's log: Standard state transitions per page (billed per transition); Express runs per page,
their duration and billed duration (rounded up to 100 ms, billed at 64 MB); Lambda invocations,
handler milliseconds and GB-seconds per page (memory from topology), with the waiting intake function
apart; and the log bytes per page at level ALL with and without execution data, and at level ERROR.
Local durations are an upper bound: every handler and the interpreter share one process (and the
GIL) on this machine; the ``single`` path is the least contended figure.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import platform
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hirehound.config import get_settings
from hirehound.db.migrate import migrate
from hirehound.db.pool import close_pool
from hirehound_infra import topology
from hirehound_local.cloud import LocalCloud
from hirehound_local.corpus import SamplePage, load_corpus
from hirehound_local.ingest_runner import ingest_pages
from hirehound_local.postgres import create_database, start_embedded
from hirehound_local.workers import QueueWorkers

from benchmarks.ingest import cpu_model

QUIET = {"POWERTOOLS_LOG_LEVEL": "ERROR", "POWERTOOLS_METRICS_DISABLED": "true"}
#: History fields that are "execution data" (left out of the log when includeExecutionData is false).
DATA_FIELDS = frozenset({"input", "output", "parameters", "cause", "error", "inputDetails", "outputDetails"})
ERROR_SUFFIXES = ("Failed", "TimedOut", "Aborted")
WAITING = frozenset({"IngestStart", "IngestRunPages"})
EXPRESS_MEMORY_GB = 64 / 1024


@dataclass
class PathRun:
    path: str
    pages: int
    seconds: float = 0.0
    outcomes: dict[str, int] = field(default_factory=dict)
    transitions: dict[str, list[int]] = field(default_factory=dict)
    express_ms: list[float] = field(default_factory=list)
    log_bytes: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lambda_ms: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))


def _without_data(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_data(v) for k, v in value.items() if k not in DATA_FIELDS}
    if isinstance(value, list):
        return [_without_data(v) for v in value]
    return value


def _size(event: Any) -> int:
    return len(json.dumps(event, default=str, separators=(",", ":")))


def measure(cloud: LocalCloud, run: PathRun) -> None:
    """Read every execution's history and the router's log into `run`."""
    for machine in topology.STATE_MACHINES:
        for listed in cloud.executions(machine.name):
            arn = listed["executionArn"]
            history = cloud.history(arn)
            entered = sum(1 for e in history if str(e.get("type", "")).endswith("StateEntered"))
            run.transitions.setdefault(machine.name, []).append(entered)
            if machine.express:
                described = cloud.describe(arn)
                elapsed = described["stopDate"] - described["startDate"]
                run.express_ms.append(elapsed.total_seconds() * 1000)
            prefix = "express" if machine.express else "standard"
            for event in history:
                run.log_bytes[f"{prefix} ALL+data"] += _size(event)
                run.log_bytes[f"{prefix} ALL"] += _size(_without_data(event))
                if str(event.get("type", "")).endswith(ERROR_SUFFIXES):
                    run.log_bytes[f"{prefix} ERROR+data"] += _size(event)
    for call in cloud.router.invocations:
        run.lambda_ms[call.function].append(call.duration_ms)


def fresh_database(server: str, name: str) -> str:
    url = create_database(server, name, replace=True)
    migrate(url)
    os.environ["DATABASE_URL"] = url
    get_settings.cache_clear()
    close_pool()
    return url


def via_batch(server: str, pages: Sequence[SamplePage]) -> PathRun:
    url = fresh_database(server, "orchestration_batch")
    run = PathRun("batch", len(pages))
    with LocalCloud(env={"DATABASE_URL": url, **QUIET}) as cloud:
        report = ingest_pages(cloud, pages, batch_size=50, timeout_s=3600)
        run.seconds = report.seconds
        run.outcomes = report.outcomes
        measure(cloud, run)
    return run


def via_queue(server: str, pages: Sequence[SamplePage], pollers: int) -> PathRun:
    url = fresh_database(server, "orchestration_queue")
    run = PathRun("queue", len(pages))
    with LocalCloud(env={"DATABASE_URL": url, **QUIET}) as cloud:
        sqs = cloud.client("sqs")
        queue = cloud.queue_url("IngestPages")
        for page in pages:
            sqs.send_message(QueueUrl=queue, MessageBody=json.dumps(cloud.put_page(page.url, page.body())))
        started = time.perf_counter()
        with QueueWorkers(cloud, ["IngestPages"], threads=pollers):
            while True:
                attributes = sqs.get_queue_attributes(
                    QueueUrl=queue,
                    AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
                )["Attributes"]
                if not any(int(v) for v in attributes.values()):
                    break
                time.sleep(0.5)
        run.seconds = time.perf_counter() - started
        run.outcomes = intake_outcomes()
        measure(cloud, run)
    return run


def intake_outcomes() -> dict[str, int]:
    """How the queued pages ended, from the intake record."""
    from hirehound.db.pool import transaction

    with transaction() as conn:
        rows = conn.execute(
            "SELECT coalesce(outcome, state) AS outcome, count(*) AS n FROM intake_pages GROUP BY 1"
        ).fetchall()
    return {str(r["outcome"]): int(r["n"]) for r in rows}


def one_at_a_time(server: str, pages: Sequence[SamplePage]) -> PathRun:
    url = fresh_database(server, "orchestration_single")
    run = PathRun("single", len(pages))
    with LocalCloud(env={"DATABASE_URL": url, **QUIET}) as cloud:
        started = time.perf_counter()
        for page in pages:
            ended = cloud.run("Ingestion", {"page": cloud.put_page(page.url, page.body())})
            outcome = (ended.output or {}).get("status") or ended.error or ended.status
            run.outcomes[outcome] = run.outcomes.get(outcome, 0) + 1
        run.seconds = time.perf_counter() - started
        measure(cloud, run)
    return run


def _stats(values: Iterable[float]) -> str:
    xs = sorted(values)
    if not xs:
        return "-"
    p95 = xs[min(len(xs) - 1, math.ceil(0.95 * len(xs)) - 1)]
    return f"mean {statistics.mean(xs):8.1f}  p50 {statistics.median(xs):8.1f}  p95 {p95:8.1f}"


def report(run: PathRun) -> None:
    n = run.pages
    print(f"\n== {run.path}: {n} pages in {run.seconds:.1f} s ({n / run.seconds:.2f} pages/s)")
    print(f"  outcomes: {dict(sorted(run.outcomes.items()))}")
    for machine, counts in run.transitions.items():
        spec = topology.state_machine(machine)
        billed = "billed per transition" if not spec.express else "not billed (Express bills duration)"
        print(
            f"  {machine:<15} {spec.type:<8} executions {len(counts):>4} ({len(counts) / n:.2f}/page)"
            f"  transitions/execution {statistics.mean(counts):6.2f}"
            f"  per page {sum(counts) / n:6.2f}  [{billed}]"
        )
    standard = sum(sum(c) for m, c in run.transitions.items() if not topology.state_machine(m).express)
    print(f"  Standard transitions per page: {standard / n:.3f}")
    if run.express_ms:
        billed_ms = [float(max(100, math.ceil(ms / 100) * 100)) for ms in run.express_ms]
        gb_s = sum(billed_ms) / 1000 * EXPRESS_MEMORY_GB
        print(f"  Express run ms      {_stats(run.express_ms)}")
        print(f"  Express billed ms   {_stats(billed_ms)}   → {gb_s / n:.4f} GB-s per page at 64 MB")
    print("  Lambda (memory from topology): function, calls/page, handler ms, GB-s/page")
    total_gb_s = waiting_gb_s = 0.0
    for function, times in sorted(run.lambda_ms.items(), key=lambda kv: -sum(kv[1])):
        memory_gb = topology.function(function).memory_mb / 1024
        gb_s = sum(times) / 1000 * memory_gb
        total_gb_s += gb_s
        waiting_gb_s += gb_s if function in WAITING else 0.0
        mark = "  (waits for Express runs)" if function in WAITING else ""
        print(f"    {function:<28} {len(times) / n:5.2f}  {_stats(times)}  {gb_s / n:.4f}{mark}")
    calls = sum(len(t) for t in run.lambda_ms.values())
    print(
        f"  Lambda per page: {calls / n:.2f} invocations, {total_gb_s / n:.4f} GB-s"
        f" ({waiting_gb_s / n:.4f} of it waiting)"
    )
    print("  log bytes per page: " + ", ".join(f"{k} {v / n:,.0f}" for k, v in sorted(run.log_bytes.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=250, help="the first N pages of samples/")
    parser.add_argument("--paths", default="batch,queue,single")
    parser.add_argument("--pollers", type=int, default=2, help="IngestPages pollers (queue path)")
    parser.add_argument("--single", type=int, default=20, help="pages of the one-at-a-time path")
    args = parser.parse_args()
    logging.getLogger("moto").setLevel(logging.CRITICAL)
    pages = load_corpus()[: args.pages]
    print(f"machine: {cpu_model()} | cpu_count={os.cpu_count()} | {platform.platform()}")
    print(f"load average at start: {os.getloadavg()}")
    with tempfile.TemporaryDirectory(prefix="hirehound-orchestration-") as home:
        server = start_embedded(Path(home) / "pgdata", stop_on_exit=True)
        for path in args.paths.split(","):
            if path == "batch":
                report(via_batch(server, pages))
            elif path == "queue":
                report(via_queue(server, pages, args.pollers))
            elif path == "single":
                report(one_at_a_time(server, pages[: args.single]))
            else:
                raise SystemExit(f"unknown path {path!r}")
            print(f"  load average after: {os.getloadavg()}")
    close_pool()


if __name__ == "__main__":
    main()
