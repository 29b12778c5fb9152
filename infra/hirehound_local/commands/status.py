"""`hirehound status`: queues, executions, stage durations and failures, dead letters, breakers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hirehound_local.console import console, database, print_rows


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = sub.add_parser("status", help=run.__doc__)
    status.add_argument("--window", default="1h", help="how far back to look: 30m, 1h, 7d (default 1h)")
    status.set_defaults(func=run)


def print_snapshot(snap: dict[str, Any]) -> None:
    """The snapshot of `hirehound_local.status.snapshot` as tables."""
    seconds = float(snap["window_s"])
    unit, size = next(
        (u, n) for u, n in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)) if seconds >= n or n == 1
    )
    window = f"last {seconds / size:g}{unit}"
    if snap["queues"] is None:
        console.print(
            "[dim]queues: no live local runtime in this process (depths show under `dashboard`)[/dim]"
        )
    else:
        print_rows("Queues", snap["queues"])
    print_rows(f"Workflow executions by status ({window})", snap["executions"])
    print_rows(f"Stages: runs, failure rate and duration ({window})", snap["stages"])
    print_rows("Open dead letters by stage and reason", snap["dead_letters"])
    print_rows("Circuit breakers", snap["breakers"])
    print_rows("Rate limits (granted / hits)", snap["rate_limits"])
    batches = snap["batches"]
    console.print(
        f"[bold]Ingestion batches ({window})[/bold]: {batches['batches']} batches,"
        f" {batches['pages']} pages, outcomes {batches['outcomes']}"
    )


def run(args: argparse.Namespace) -> int:
    """Show queue depths, executions, per-stage p50/p95 and failure rates, dead letters, breakers."""
    from hirehound_local.status import parse_window, snapshot

    database(Path(args.home))
    print_snapshot(snapshot(parse_window(args.window)))
    return 0
