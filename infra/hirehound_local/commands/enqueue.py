"""`hirehound enqueue --stage S SOURCE…`: what a scraper does, against a deployed stack: store each page
in the stack's raw bucket and send its reference to its `IngestPages` queue."""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, field
from itertools import batched
from typing import TYPE_CHECKING, Any

from rich.console import Console

from hirehound_local.console import add_source_arguments, console, page_progress, print_inputs

if TYPE_CHECKING:
    from hirehound_local.deployed import Intake
    from hirehound_local.page_sender import Sent

#: Pages read, uploaded and then queued together (their uploads run in parallel).
ROUND = 100
UPLOAD_THREADS = 8


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enqueue = sub.add_parser(
        "enqueue",
        help=run.__doc__,
        description=f"{run.__doc__} AWS settings as usual: AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL"
        " (LocalStack), AWS_RETRY_MODE (default here: adaptive, 10 attempts). Exit status 1 when an"
        " input was refused, 2 when the stack's intake cannot be found.",
    )
    add_source_arguments(enqueue)
    enqueue.add_argument("--stage", required=True, help="the deployed stage: stack Hirehound-<stage>")
    enqueue.add_argument("--profile", help="AWS profile (default: AWS_PROFILE or the default chain)")
    enqueue.add_argument("--region", help="AWS region (default: AWS_REGION / the profile's)")
    enqueue.add_argument("--bucket", help="raw bucket (default: the stack's RawBucketName output)")
    enqueue.add_argument("--queue-url", help="IngestPages URL (default: the <stack>-IngestPages queue)")
    enqueue.add_argument(
        "--dry-run", action="store_true", help="read and check everything, upload and send nothing"
    )
    enqueue.set_defaults(func=run)


@dataclass
class EnqueueReport:
    intake: Intake
    dry_run: bool
    sent: list[Sent] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self, inputs: dict[str, Any]) -> dict[str, Any]:
        return {
            "stack": self.intake.stack,
            "bucket": self.intake.bucket,
            "queue_url": self.intake.queue_url,
            "dry_run": self.dry_run,
            "pages": len(self.sent),
            "seconds": round(self.seconds, 2),
            **inputs,
            "messages": [
                {"source": s.page.source, **s.message.model_dump(mode="json", exclude_none=True)}
                for s in self.sent
            ],
        }


def run(args: argparse.Namespace) -> int:
    """Upload pages (files, directories, manifests, WARC archives) to a deployed stack and queue them."""
    import boto3

    from hirehound_local.deployed import StackLookupError, resolve, retry_config
    from hirehound_local.page_sender import PageSender, Sent
    from hirehound_local.page_sources import PageReader, Tally

    out = Console(stderr=True) if args.json else console
    session = boto3.Session(profile_name=args.profile, region_name=args.region)
    try:
        intake = resolve(session, args.stage, bucket=args.bucket, queue_url=args.queue_url)
    except StackLookupError as exc:
        out.print(f"[red]cannot find the intake of stage {args.stage!r}:[/red] {exc}")
        return 2
    sender = PageSender(
        session.client("s3", config=retry_config()),
        session.client("sqs", config=retry_config()),
        bucket=intake.bucket,
        queue_url=intake.queue_url,
        dry_run=args.dry_run,
        upload_threads=UPLOAD_THREADS,
    )
    verb = "checking (dry run)" if args.dry_run else "sending"
    out.print(f"{verb} pages to s3://{intake.bucket} and {intake.queue_url} …")
    tally, report = Tally(), EnqueueReport(intake, args.dry_run)
    started = time.perf_counter()
    with page_progress(out) as bar:
        task = bar.add_task("pages", total=None)
        for pages in batched(tally.pages(PageReader(args.url_prefix).read(args.sources), args.limit), ROUND):
            for result in sender.send(pages):
                if isinstance(result, Sent):
                    report.sent.append(result)
                else:
                    tally.refused.append(result)
            bar.update(task, completed=len(report.sent))
    report.seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps(report.to_json(tally.to_json()), indent=2))
    else:
        print_inputs(tally, len(report.sent))
        done = "would be sent" if args.dry_run else "sent"
        console.print(f"{len(report.sent)} pages {done} in {report.seconds:.1f}s")
    return 1 if tally.refused else 0
