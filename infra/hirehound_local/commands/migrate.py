"""`hirehound migrate`: create or upgrade the schema."""

from __future__ import annotations

import argparse
from pathlib import Path

from hirehound_local.console import console, database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("migrate", help="create/upgrade the schema").set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    console.print(f"migrated {database(Path(args.home))}")
    return 0
