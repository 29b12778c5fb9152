"""`hirehound demo`: ingest the bundled sample pages end to end and print what was stored."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from hirehound_local.console import console, database, print_rows


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help=run.__doc__)
    demo.add_argument("--limit", type=int, default=0, help="only the first N pages")
    demo.add_argument("--batch-size", type=int, default=50)
    demo.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Ingest the bundled sample pages end to end and print what was stored."""
    from hirehound.db import reports, status

    from hirehound_local.cloud import LocalCloud
    from hirehound_local.corpus import load_corpus
    from hirehound_local.ingest_runner import ingest_pages

    url = database(Path(args.home))
    pages = load_corpus()[: args.limit or None]
    console.print(f"database: {url}\ningesting {len(pages)} sample pages through IngestionBatch …")
    quiet = {"POWERTOOLS_LOG_LEVEL": "ERROR", "POWERTOOLS_METRICS_DISABLED": "true"}
    # moto logs every failed state with its whole component tree; failures are in the tables below.
    logging.getLogger("moto").setLevel(logging.CRITICAL)
    with (
        LocalCloud(env={"DATABASE_URL": url, **quiet}) as cloud,
        Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        ) as bar,
    ):
        task = bar.add_task("pages", total=len(pages))
        report = ingest_pages(
            cloud,
            pages,
            batch_size=args.batch_size,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    console.print(f"done in {report.seconds:.1f}s; this run's outcomes: {report.outcomes}")
    print_rows("Postings by status (all runs)", reports.postings_by_status())
    print_rows("Published postings (first 10)", reports.published_sample())
    print_rows("Companies (top 10 by postings)", reports.companies())
    print_rows("Duplicate clusters (largest 10)", reports.duplicate_clusters())
    print_rows("Open dead letters by reason", status.dead_letters_by_stage())
    return 0
