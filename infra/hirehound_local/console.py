"""What every `hirehound` command shares: the console, the database it works on, table output."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from hirehound.db.migrate import migrate
from rich.console import Console
from rich.table import Table

from hirehound_local.postgres import create_database, start_embedded

console = Console()


def database(home: Path, *, read_only: bool = False) -> str:
    """DATABASE_URL if set, else the embedded server's `hirehound` database (created, migrated).

    `read_only` commands (status, dashboard) leave a DATABASE_URL database as it is: a deployed one
    (Aurora, reached as the app role, which may not run DDL) is migrated by its deploy."""
    given = os.environ.get("DATABASE_URL")
    url = given or create_database(start_embedded(home / "pgdata"), "hirehound")
    if not (read_only and given):
        migrate(url)
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
