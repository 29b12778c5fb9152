"""`hirehound status`: queues, executions, stage durations and failures, dead letters, breakers; with
`--aws`, a deployed stage through the AWS APIs (read-only)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hirehound_local.console import console, database, print_rows


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = sub.add_parser("status", help=run.__doc__)
    status.add_argument("--window", default="1h", help="how far back to look: 30m, 1h, 7d (default 1h)")
    aws = status.add_argument_group("a deployed stage (--aws): boto3's usual settings apply")
    aws.add_argument("--aws", action="store_true", help="read the deployed stage's AWS resources instead")
    aws.add_argument(
        "--stage", default="dev", help="the stage deployed as stack Hirehound-<stage> (default dev)"
    )
    aws.add_argument("--stack", help="the stack name, if not Hirehound-<stage>")
    aws.add_argument("--profile", help="AWS profile (default: AWS_PROFILE or the default profile)")
    aws.add_argument("--region", help="AWS region (default: AWS_REGION / the profile's)")
    aws.add_argument("--endpoint-url", help="another endpoint (default: AWS_ENDPOINT_URL / the profile's)")
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


def print_aws_snapshot(snap: dict[str, Any]) -> None:
    """The snapshot of `hirehound_local.aws_status.snapshot` as tables."""
    console.print(f"[bold]{snap['stack']}[/bold] in {snap['region']}")
    print_rows("Queues (oldest_s: age of the oldest message, from CloudWatch)", snap["queues"])
    print_rows("Rule dead-letter queues", snap["rule_dead_letters"])
    print_rows("Open executions", snap["open_executions"])
    print_rows("Alarms in ALARM", snap["alarms"])
    recorded = snap["dead_letters_recorded"]
    console.print(
        f"[bold]Dead letters recorded[/bold] (last {snap['window_s'] / 60:g} min, RecordDeadLetter runs):"
        f" {'no data' if recorded is None else f'{recorded:g}'}; the letters themselves are in Aurora"
        " (`hirehound dead-letters list` with DATABASE_URL)"
    )


def run(args: argparse.Namespace) -> int:
    """Show queue depths, executions, per-stage p50/p95 and failure rates, dead letters, breakers."""
    from hirehound_local.status import parse_window, snapshot

    if args.aws:
        from hirehound_local import aws_status

        stage = aws_status.Stage.connect(
            args.stack or f"Hirehound-{args.stage}",
            profile=args.profile,
            region=args.region,
            endpoint_url=args.endpoint_url,
        )
        snap = aws_status.snapshot(stage, parse_window(args.window))
        if not aws_status.found_anything(snap):
            console.print(f"[red]no queue or state machine of {stage.stack} in {snap['region']}[/red]")
            return 1
        print_aws_snapshot(snap)
        return 0
    database(Path(args.home), read_only=True)
    print_snapshot(snapshot(parse_window(args.window)))
    return 0
