"""What every `hirehound` command shares: the console, the database it works on, table output, and
what the commands that ingest pages share: a quiet local cloud, the progress bar and the summary."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hirehound.db.company_rekey import rekey
from hirehound.db.migrate import migrate
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from hirehound_local.postgres import create_database, start_embedded

if TYPE_CHECKING:
    from hirehound_local.cloud import LocalCloud
    from hirehound_local.page_sources import Tally

console = Console()


def database(home: Path, *, read_only: bool = False) -> str:
    """DATABASE_URL if set, else the embedded server's `hirehound` database (created, migrated, its
    companies re-keyed to today's name rules).

    `read_only` commands (status, dashboard) leave a DATABASE_URL database as it is: a deployed one
    (Aurora, reached as the app role, which may not run DDL) is migrated by its deploy."""
    given = os.environ.get("DATABASE_URL")
    url = given or create_database(start_embedded(home / "pgdata"), "hirehound")
    if not (read_only and given):
        migrate(url)
        rekey(url)
    os.environ["DATABASE_URL"] = url
    return url


def print_rows(title: str, rows: list[dict[str, Any]]) -> None:
    """`rows` as a table headed `title` (or a one-line "none")."""
    if not rows:
        console.print(f"[bold]{title}[/bold]: none")
        return
    table = Table(title=title, title_justify="left")
    for column in rows[0]:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row.values()))
    console.print(table)


#: `processes` runs each function in worker processes of its own; anything else (the default,
#: `inprocess`) runs every handler in the command's own process. Opt-in until the worker runtime is
#: measured faster: under this machine's load it was not (README, "Lambda execution environments").
RUNTIME_ENV = "HIREHOUND_LOCAL_RUNTIME"


def use_processes() -> bool:
    return os.environ.get(RUNTIME_ENV, "inprocess") == "processes"


@contextmanager
def local_cloud(database_url: str, *, processes: bool | None = None) -> Iterator[LocalCloud]:
    """A LocalCloud on `database_url` whose handlers log only errors and emit no metrics; its functions
    run in worker processes if `processes` is True (None: `HIREHOUND_LOCAL_RUNTIME`). moto logs
    every failed state with its whole component tree; failures are in the tables the summary prints.
    The handlers' logger is built at import (maybe before this env is set) and writes to stdout, as
    Lambda's does; here stdout is the command's own output (`--json`), so from now on it writes to
    whatever `sys.stderr` is. The log levels are restored afterwards."""
    from hirehound.observability import logger

    from hirehound_local.cloud import LocalCloud

    moto = logging.getLogger("moto")
    levels = moto.level, logger.log_level
    if isinstance(logger.registered_handler, logging.StreamHandler):
        logger.registered_handler.setStream(_Stderr())
    moto.setLevel(logging.CRITICAL)
    logger.setLevel(logging.ERROR)
    quiet = {"POWERTOOLS_LOG_LEVEL": "ERROR", "POWERTOOLS_METRICS_DISABLED": "true"}
    try:
        with LocalCloud(
            env={"DATABASE_URL": database_url, **quiet},
            processes=use_processes() if processes is None else processes,
        ) as cloud:
            yield cloud
    finally:
        moto.setLevel(levels[0])
        logger.setLevel(levels[1])


class _Stderr:
    """Whatever `sys.stderr` is when a line is written (pytest, say, swaps it per test)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


class PagesPerSecond(ProgressColumn):
    """Pages finished per second since the task started."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = f"{task.completed / elapsed:.1f}" if elapsed > 0 else "-"
        return Text(f"{rate} pages/s", style="progress.data.speed")


def page_progress(on: Console = console) -> Progress:
    """The progress bar of a run over pages: done / total, pages/s, elapsed."""
    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        PagesPerSecond(),
        TimeElapsedColumn(),
        console=on,
    )


def runtime_line(cloud: LocalCloud) -> str:
    """Which runtime ran the handlers and, for worker processes, the cold starts per function."""
    if cloud.runtime is None:
        return "runtime: in-process (one process, one GIL)"
    starts = cloud.runtime.cold_starts
    listed = ", ".join(f"{name} {n}" for name, n in sorted(starts.items()))
    return f"runtime: worker processes; {sum(starts.values())} cold starts ({listed})"


def print_run_summary(seconds: float, outcomes: dict[str, int], runtime: str | None = None) -> None:
    """How long this run took and what its pages ended as, then what the database holds."""
    from hirehound.db import reports, status

    pages = sum(outcomes.values())
    rate = pages / seconds if seconds > 0 else 0.0
    console.print(f"done in {seconds:.1f}s ({rate:.1f} pages/s); this run's page outcomes: {outcomes}")
    if runtime:
        console.print(runtime)
    print_rows(
        "Postings by status (all runs; a page scraped again unchanged is one posting)",
        reports.postings_by_status(),
    )
    print_rows("Published postings (first 10)", reports.published_sample())
    print_rows("Companies (top 10 by postings)", reports.companies())
    print_rows("Duplicate clusters (largest 10)", reports.duplicate_clusters())
    print_rows("Open dead letters by reason", status.dead_letters_by_stage())


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    """SOURCES and the options of every command that reads scraped pages (`hirehound_local.page_sources`)."""
    parser.add_argument(
        "sources",
        nargs="+",
        type=Path,
        metavar="SOURCE",
        help="HTML files, directories, .jsonl manifests ({url, path | body, fetched_at, charset}),"
        " .warc / .warc.gz archives",
    )
    parser.add_argument(
        "--url-prefix",
        help="URL of a page that has none (no manifest/WARC URL, no canonical link or og:url):"
        " PREFIX/<its path relative to the directory or manifest>",
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--json", action="store_true", help="print a machine-readable summary only")


def print_inputs(tally: Tally, pages: int) -> None:
    """How many pages were read, what was skipped and why, and every refused input with its reason."""
    skipped = ", ".join(f"{reason}: {n}" for reason, n in tally.skipped.most_common()) or "none"
    console.print(f"pages: {pages}; skipped: {skipped}; refused: {len(tally.refused)}")
    if tally.refused:
        print_rows("Refused inputs", [{"source": r.source, "reason": r.reason} for r in tally.refused])
