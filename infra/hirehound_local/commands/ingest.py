"""`hirehound ingest SOURCE…`: your own scraped pages through the local pipeline, the way production
takes them in (raw bucket, `IngestPages`, `IngestStart`, `Ingestion` runs)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console

from hirehound_local.console import (
    add_source_arguments,
    console,
    database,
    local_cloud,
    page_progress,
    print_inputs,
    print_run_summary,
    runtime_line,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ingest = sub.add_parser(
        "ingest",
        help=run.__doc__,
        description=f"{run.__doc__} Exit status 1 when an input was refused (the summary names it).",
    )
    add_source_arguments(ingest)
    ingest.add_argument(
        "--batch-size", type=int, default=20, help="pages sent per round, which also run at once (20)"
    )
    ingest.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Ingest HTML files, directories, JSON Lines manifests or WARC archives through the local pipeline."""
    from hirehound_local.intake_runner import ingest_items
    from hirehound_local.page_sources import PageReader, Tally

    url = database(Path(args.home))
    reader = PageReader(url_prefix=args.url_prefix)
    total = sum(1 for _ in Tally().pages(reader.read(args.sources), args.limit))  # reads once to count
    out = Console(stderr=True) if args.json else console
    out.print(f"database: {url}\ningesting {total} pages through IngestPages …")
    with local_cloud(url) as cloud, page_progress(out) as bar:
        task = bar.add_task("pages", total=total)
        report = ingest_items(
            cloud,
            reader.read(args.sources),
            batch_size=args.batch_size,
            limit=args.limit,
            progress=lambda done: bar.update(task, completed=min(done, total)),
        )
        bar.update(task, completed=len(report.sent))
        runtime = runtime_line(cloud)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print_inputs(report, len(report.sent))
        print_run_summary(report.seconds, report.outcomes, runtime)
    return 1 if report.refused else 0
