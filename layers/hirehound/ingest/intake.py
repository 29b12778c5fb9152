"""The ingestion intake queue's consumer: one SQS message = one scraped page = one `Ingestion` run.

Per record (Powertools batch processing, partial batch failure reporting; the records of a batch run
at once, each in its own thread):

- the body is parsed as a :class:`PageMessage`; invalid JSON, a missing URL/key or a field over its
  size limit (:mod:`hirehound.limits`) is permanent: the message becomes a dead letter with the reason
  and is acknowledged (so is any other error that is not transient: a poison message must not loop
  through its receives unrecorded);
- the page runs synchronously on the Express `Ingestion` machine through :mod:`hirehound.ingest.runs`,
  whose intake record makes a redelivered (or twice sent) message start nothing once the page has
  finished; the fetch time is not part of the page's identity;
- a transient error (throttling, 5xx, network, a run that timed out) hides the message for a backoff
  delay (:mod:`hirehound.sqs_retry`) and reports it as a batch item failure; a page whose runs keep
  failing is dead-lettered after `intake_max_runs` runs, and a message that cannot even start lands in
  the SQS DLQ after the queue's maxReceiveCount;
- back-pressure: the consumer returns only when its batch's runs have ended, so the event source
  mapping's MaximumConcurrency x batch size bounds the open runs; the rest wait in the queue.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from functools import cache, partial
from typing import Any

from aws_lambda_powertools.utilities.batch import (
    AsyncBatchProcessor,
    EventType,
    async_process_partial_response,
)
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from hirehound import express, failures, limits, sqs_retry
from hirehound.errors import BadInputError, PermanentError, TransientError
from hirehound.ingest import runs
from hirehound.ingest.events import PageRef, PageUrl
from hirehound.metric_catalog import queue_name
from hirehound.observability import StageEvent, emit_queue_metrics, logger

WORKFLOW = "ingestion"
STAGE = "intake"
MACHINE = "Ingestion"


class PageMessage(BaseModel):
    """An IngestPages message body: the page the scraper stored (bucket defaults to the raw bucket)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: PageUrl = Field(min_length=1, max_length=limits.MAX_URL_CHARS)
    key: str = Field(min_length=1, max_length=limits.MAX_S3_KEY_CHARS)
    bucket: str | None = Field(None, min_length=1, max_length=limits.MAX_BUCKET_CHARS)
    charset: str | None = Field(None, max_length=limits.MAX_CHARSET_CHARS)
    fetched_at: datetime | None = None

    @field_validator("url", "key", "bucket", "charset")
    @classmethod
    def _no_control_characters(cls, value: str | None) -> str | None:
        if value is not None and limits.has_control_characters(value):
            raise ValueError("holds control characters")
        return value

    def page(self, default_bucket: str) -> PageRef:
        return PageRef(
            url=self.url,
            bucket=self.bucket or default_bucket,
            key=self.key,
            charset=self.charset,
            fetched_at=self.fetched_at,
        )


class IntakeBatchEvent(StageEvent):
    """An SQS batch from the IngestPages queue (records are parsed one by one by the processor)."""

    records: list[dict[str, Any]] = Field(alias="Records")


def parse_message(body: str) -> PageMessage:
    """The page message in `body`; BadInputError with a readable reason otherwise."""
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise BadInputError(f"message body is not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise BadInputError("message body is JSON nested too deeply") from exc
    if not isinstance(data, dict):
        raise BadInputError(f"message body is JSON {type(data).__name__}, not an object")
    try:
        return PageMessage.model_validate(data)
    except ValidationError as exc:
        raise BadInputError(f"invalid page message: {failures.validation_reason(exc)}") from exc


def _url_of(body: str) -> str | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and 0 < len(url) <= limits.MAX_URL_CHARS else None


def handle_record(
    record: SQSRecord,
    *,
    runner: express.SyncRunner,
    visibility: sqs_retry.VisibilityPort,
    default_bucket: str,
) -> dict[str, Any]:
    """Run the page to its end, dead-letter a bad message, or defer and raise on a transient error."""
    try:
        page = parse_message(record.body).page(default_bucket)
        outcome = runs.ingest_page(page, runner, retry=True)
    except TransientError:
        receives = int(record.attributes.approximate_receive_count or 1)
        delay = sqs_retry.defer(
            visibility,
            queue_arn=record.event_source_arn,
            receipt_handle=record.receipt_handle,
            receive_count=receives,
        )
        logger.warning("page message deferred", extra={"receive_count": receives, "delay_s": delay})
        raise
    except Exception as exc:  # bad input, or a failure retrying cannot fix: recorded, acknowledged
        letter = failures.record_rejected_message(
            workflow=WORKFLOW,
            stage=STAGE,
            message_id=record.message_id,
            body=record.body,
            item_key=_url_of(record.body),
            error=exc,
        )
        log = logger.warning if isinstance(exc, PermanentError) else logger.exception
        log("page message dead-lettered", extra={"dead_letter_id": letter, "reason": str(exc)[:1000]})
        return {"dead_letter_id": letter}
    return outcome.model_dump()


def process_batch(
    records: list[dict[str, Any]],
    *,
    runner: express.SyncRunner,
    visibility: sqs_retry.VisibilityPort,
    default_bucket: str,
) -> dict[str, Any]:
    """The SQS batch → the partial batch response (`batchItemFailures`), every record at once."""
    processor = AsyncBatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
    handle = partial(handle_record, runner=runner, visibility=visibility, default_bucket=default_bucket)
    counts: Counter[str] = Counter()

    with ThreadPoolExecutor(max_workers=max(1, len(records)), thread_name_prefix="intake") as pool:

        async def handler(record: SQSRecord) -> dict[str, Any]:
            result = await asyncio.get_running_loop().run_in_executor(pool, handle, record)
            counts["dead_letter" if "dead_letter_id" in result else "ok"] += 1
            return result

        response = async_process_partial_response(
            event={"Records": records}, record_handler=handler, processor=processor
        )
    counts["retry"] = len(response.get("batchItemFailures", []))
    if records:
        emit_queue_metrics(queue_name(records[0]["eventSourceARN"]), counts)
    return dict(response)


@cache
def _sqs(region: str) -> Any:
    import boto3

    return boto3.client("sqs", region_name=region)


def aws_ports() -> tuple[express.SfnSyncRunner, sqs_retry.SqsVisibility]:
    """The ports on boto3 clients (built once per process); the machine ARN comes from the environment
    (set by CDK and by the local runtime)."""
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
    return express.runner_for(MACHINE), sqs_retry.SqsVisibility(_sqs(region))
