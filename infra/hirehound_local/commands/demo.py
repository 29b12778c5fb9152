"""`hirehound demo`: ingest the bundled sample pages end to end and print what was stored."""

from __future__ import annotations

import argparse
from pathlib import Path

from hirehound_local.console import (
    console,
    database,
    local_cloud,
    page_progress,
    print_run_summary,
    runtime_line,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help=run.__doc__)
    demo.add_argument("--limit", type=int, default=0, help="only the first N pages")
    demo.add_argument("--batch-size", type=int, default=50)
    demo.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Ingest the bundled sample pages end to end and print what was stored."""
    from hirehound_local.corpus import load_corpus
    from hirehound_local.ingest_runner import ingest_pages

    url = database(Path(args.home))
    pages = load_corpus()[: args.limit or None]
    console.print(f"database: {url}\ningesting {len(pages)} sample pages through IngestionBatch …")
    with local_cloud(url) as cloud, page_progress() as bar:
        task = bar.add_task("pages", total=len(pages))
        report = ingest_pages(
            cloud,
            pages,
            batch_size=args.batch_size,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
        runtime = runtime_line(cloud)
    print_run_summary(report.seconds, report.outcomes, runtime)
    return 0
