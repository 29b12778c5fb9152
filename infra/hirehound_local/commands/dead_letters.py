"""`hirehound dead-letters list|show|redrive`: look at permanent failures and restart them."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hirehound_local.console import console, database, print_rows

if TYPE_CHECKING:
    from hirehound.db.dead_letters import DeadLetter

    from hirehound_local.cloud import LocalCloud


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("dead-letters", help="list, show and redrive dead letters")
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="open dead letters (or --state any)")
    listing.add_argument("--stage")
    listing.add_argument("--workflow")
    listing.add_argument("--state", default="open", choices=["open", "redriven", "resolved", "any"])
    listing.set_defaults(func=run_list)
    show = actions.add_parser("show", help="one dead letter with its payload and redrive trail")
    show.add_argument("id", type=int)
    show.set_defaults(func=run_show)
    redrive = actions.add_parser("redrive", help="restart dead letters' workflows with their payload")
    redrive.add_argument("ids", type=int, nargs="*", help="dead letter ids")
    redrive.add_argument("--stage")
    redrive.add_argument("--workflow")
    redrive.add_argument("--all", action="store_true", dest="every", help="every open dead letter")
    redrive.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the runs")
    redrive.set_defaults(func=run_redrive)


def _summary(letter: DeadLetter) -> dict[str, Any]:
    return {
        "id": letter.id,
        "workflow": letter.workflow,
        "stage": letter.stage,
        "item": letter.item_key[:60],
        "error": f"{letter.error_type}: {letter.error_message}"[:90],
        "failures": letter.occurrences,
        "attempts": letter.attempts,
        "state": letter.state.value,
        "first failed": f"{letter.created_at:%Y-%m-%d %H:%M}",
        "last failed": f"{letter.last_failed_at:%Y-%m-%d %H:%M}",
    }


def run_list(args: argparse.Namespace) -> int:
    """Print the dead letters of a state, stage and workflow."""
    from hirehound.db import dead_letters

    database(Path(args.home))
    state = None if args.state == "any" else dead_letters.State(args.state)
    letters = dead_letters.list_letters(state=state, workflow=args.workflow, stage=args.stage)
    print_rows(f"Dead letters ({args.state})", [_summary(letter) for letter in letters])
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print one dead letter, its payload, its latest failures and its redrives."""
    from hirehound.db import dead_letters

    database(Path(args.home))
    letter = dead_letters.get(args.id)
    if letter is None:
        console.print(f"[red]no dead letter {args.id}[/red]")
        return 1
    print_rows(f"Dead letter {letter.id}", [_summary(letter)])
    console.print(f"[bold]error[/bold]: {letter.error_type}: {letter.error_message}")
    console.print(f"[bold]execution[/bold]: {letter.execution_id}")
    console.print("[bold]payload[/bold]:", json.dumps(letter.payload, indent=2)[:4000], markup=False)
    failures = [o.model_dump(exclude={"dead_letter_id"}) for o in dead_letters.occurrences(letter.id)]
    print_rows(f"Failures (newest {dead_letters.MAX_OCCURRENCES} of {letter.occurrences})", failures)
    trail = [r.model_dump(exclude={"dead_letter_id"}) for r in dead_letters.redrives(letter.id)]
    print_rows("Redrives", trail)
    return 0


def _restore_sample_pages(cloud: LocalCloud, letters: list[DeadLetter]) -> None:
    """The local S3 lives only as long as this process: put back the bundled pages letters refer to."""
    from hirehound_local.corpus import load_corpus

    bodies = {page.url: page for page in load_corpus()}
    for letter in letters:
        page = letter.payload.get("page")
        if isinstance(page, dict) and page.get("url") in bodies and page.get("key"):
            cloud.put_page(page["url"], bodies[page["url"]].body(), key=str(page["key"]))


def run_redrive(args: argparse.Namespace) -> int:
    """Restart the named dead letters' workflows, wait for them and print how each ended."""
    from hirehound import redrive

    from hirehound_local.cloud import LocalCloud

    url = database(Path(args.home))
    try:
        letters = redrive.select(ids=args.ids, stage=args.stage, workflow=args.workflow, every=args.every)
    except ValueError as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    logging.getLogger("moto").setLevel(logging.CRITICAL)
    quiet = {"POWERTOOLS_LOG_LEVEL": "ERROR", "POWERTOOLS_METRICS_DISABLED": "true"}
    with LocalCloud(env={"DATABASE_URL": url, **quiet}) as cloud:
        _restore_sample_pages(cloud, letters)
        port = redrive.SfnExecutions(cloud.client("stepfunctions"))  # as the Lambda does
        results = redrive.redrive(letters, port, workers=4)  # Express runs return when they end
        for result in results:
            if result.execution_arn:
                cloud.wait(result.execution_arn, timeout_s=args.timeout)
        counts = redrive.settle(port)
    from hirehound.db import dead_letters

    ended = {r.dead_letter_id: dead_letters.get(r.dead_letter_id) for r in results}
    print_rows(
        "Redrives",
        [
            {
                "id": r.dead_letter_id,
                "outcome": r.outcome.value,
                "execution": r.execution_name,
                "run": (letter.redrive_outcome or "") if (letter := ended[r.dead_letter_id]) else "",
                "letter": letter.state.value if letter else "",
                "detail": r.detail,
            }
            for r in results
        ],
    )
    console.print(f"settled: {counts}")
    return 0
