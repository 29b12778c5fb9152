"""`hirehound`: run the pipelines locally and look at what they stored."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hirehound.db.migrate import migrate
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from hirehound_local.postgres import DEFAULT_HOME, create_database, start_embedded

console = Console()


def database(home: Path) -> str:
    """DATABASE_URL if set, else the embedded server's `hirehound` database (created, migrated)."""
    url = os.environ.get("DATABASE_URL") or create_database(start_embedded(home / "pgdata"), "hirehound")
    migrate(url)
    os.environ["DATABASE_URL"] = url
    return url


def print_rows(title: str, rows: list[dict[str, Any]]) -> None:
    table = Table(title=title, title_justify="left")
    if not rows:
        console.print(f"[bold]{title}[/bold]: none")
        return
    for column in rows[0]:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row.values()))
    console.print(table)


def cmd_demo(args: argparse.Namespace) -> int:
    """Ingest the bundled sample pages end to end and print what was stored."""
    from hirehound.db import reports

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
    print_rows("Dead letters by reason", reports.dead_letters_by_reason())
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    console.print(f"migrated {database(Path(args.home))}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hirehound", description=__doc__)
    parser.add_argument("--home", default=str(DEFAULT_HOME), help="where the embedded database lives")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help=cmd_demo.__doc__)
    demo.add_argument("--limit", type=int, default=0, help="only the first N pages")
    demo.add_argument("--batch-size", type=int, default=50)
    demo.set_defaults(func=cmd_demo)
    sub.add_parser("migrate", help="create/upgrade the schema").set_defaults(func=cmd_migrate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
