"""`hirehound`: run the pipelines locally and look at what they stored."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from hirehound_local import commands
from hirehound_local.postgres import DEFAULT_HOME


def build_parser() -> argparse.ArgumentParser:
    """The parser with every subcommand module under `hirehound_local.commands` registered."""
    parser = argparse.ArgumentParser(prog="hirehound", description=__doc__)
    parser.add_argument("--home", default=str(DEFAULT_HOME), help="where the embedded database lives")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{module.name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
