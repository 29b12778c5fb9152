"""`hirehound maintenance {expiry,revalidation,daily}`: run one scheduled workflow now, locally."""

from __future__ import annotations

import argparse
import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from hirehound_local.console import console, database, print_rows

#: command -> (state machine, the input its schedule passes)
WORKFLOWS = {
    "expiry": ("MaintenanceExpiry", {"task": "expiry"}),
    "revalidation": ("MaintenanceRevalidation", {"task": "revalidation"}),
    "daily": ("MaintenanceDaily", {"task": "daily"}),
}
LIVENESS_QUEUE = "MaintenanceLiveness"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("maintenance", help=run.__doc__)
    parser.add_argument("workflow", choices=sorted(WORKFLOWS), help="which scheduled workflow to run")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run a maintenance workflow once (as its schedule would) and print the outcome."""
    from hirehound.db import stats
    from hirehound.db.pool import transaction

    from hirehound_local.cloud import LocalCloud

    url = database(Path(args.home))
    machine, payload = WORKFLOWS[args.workflow]
    console.print(f"database: {url}\nrunning {machine} …")
    quiet = {"POWERTOOLS_LOG_LEVEL": "ERROR", "POWERTOOLS_METRICS_DISABLED": "true"}
    logging.getLogger("moto").setLevel(logging.CRITICAL)
    with LocalCloud(env={"DATABASE_URL": url, **quiet}) as cloud:
        execution = cloud.run(machine, payload, timeout_s=1800)
        checked = cloud.drain(LIVENESS_QUEUE, timeout_s=1800) if args.workflow == "daily" else 0
    console.print(f"{machine}: {execution.status}")
    if execution.status != "SUCCEEDED":
        console.print(f"[red]{execution.error}: {execution.cause}[/red]")
    output = {k: v for k, v in (execution.output or {}).items() if k != "task"}
    console.print_json(json.dumps(output, default=str))
    if args.workflow == "daily":
        console.print(f"liveness messages processed: {checked}")
        with transaction() as conn:
            print_rows("Today's stats snapshot", stats.load(conn, datetime.now(UTC).date()))
    return 0 if execution.status == "SUCCEEDED" else 1
