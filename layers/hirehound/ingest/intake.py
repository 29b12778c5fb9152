"""The ingestion intake queue's consumer: one SQS message = one scraped page = one `Ingestion` run.

Per record (Powertools `BatchProcessor`, partial batch failure reporting):

- the body is parsed as a :class:`PageMessage`; invalid JSON, a missing URL/key or a field over its
  size limit (:mod:`hirehound.limits`) is permanent: the message becomes a dead letter with the reason
  and is acknowledged (so is any other error that is not transient: a poison message must not loop
  through its receives unrecorded);
- the execution is started under a name derived from the page reference, so a redelivered (or twice
  sent) message cannot start a second one: ``ExecutionAlreadyExists`` counts as success;
- a transient error (throttling, 5xx, network) hides the message for a backoff delay
  (:mod:`hirehound.sqs_retry`) and reports it as a batch item failure; after the queue's
  maxReceiveCount it lands in the SQS DLQ;
- back-pressure: while ``max_running`` (or more) `Ingestion` runs are open, valid pages are deferred
  the same way instead of started, so a burst of pages waits in the queue, not in Lambda or Aurora.
  If the count itself fails, pages are started (the cap is a safeguard, not a gate).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from datetime import datetime
from functools import cache, partial
from typing import Any, Protocol

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from hirehound import failures, limits, sqs_retry
from hirehound.config import state_machine_arn_env
from hirehound.errors import BadInputError, PermanentError, TransientError
from hirehound.ingest.events import PageRef
from hirehound.metric_catalog import queue_name
from hirehound.observability import StageEvent, emit_queue_metrics, logger

WORKFLOW = "ingestion"
STAGE = "intake"
STATE_MACHINE_ARN_ENV = state_machine_arn_env("Ingestion")


class PageMessage(BaseModel):
    """An IngestPages message body: the page the scraper stored (bucket defaults to the raw bucket)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(min_length=1, max_length=limits.MAX_URL_CHARS)
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


class ExecutionStarter(Protocol):
    """Starts named `Ingestion` executions and counts the open ones."""

    def start(self, name: str, payload: dict[str, Any]) -> bool:
        """True if started, False if it already existed."""
        ...

    def running(self, at_most: int) -> int:
        """How many executions are running, counted up to `at_most`."""
        ...


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


def execution_name(page: PageRef) -> str:
    """Deterministic and valid as a Step Functions name (≤ 80 chars of [A-Za-z0-9-_]). The fetch time
    is not part of it: the same page reference sent again (re-fetched, same bytes) starts nothing."""
    identity = page.model_dump(mode="json", exclude={"fetched_at"})
    canonical = json.dumps(identity, sort_keys=True, separators=(",", ":"))
    return "page-" + hashlib.sha256(canonical.encode()).hexdigest()[:48]


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
    starter: ExecutionStarter,
    visibility: sqs_retry.VisibilityPort,
    default_bucket: str,
    saturated: str | None = None,
) -> dict[str, Any]:
    """Start the page's execution, dead-letter a bad message, or defer and raise on a transient error
    (or when `saturated` says why no run may start now)."""
    try:
        page = parse_message(record.body).page(default_bucket)
        if saturated:
            raise TransientError(saturated)
        name = execution_name(page)
        started = starter.start(name, {"page": page.model_dump(mode="json", exclude_none=True)})
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
    return {"execution": name, "started": started}


def process_batch(
    records: list[dict[str, Any]],
    *,
    starter: ExecutionStarter,
    visibility: sqs_retry.VisibilityPort,
    default_bucket: str,
    max_running: int = 0,
) -> dict[str, Any]:
    """The SQS batch → the partial batch response (`batchItemFailures`); `max_running` > 0 caps the
    open `Ingestion` runs (pages are deferred while the cap is reached)."""
    processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
    handle = partial(
        handle_record,
        starter=starter,
        visibility=visibility,
        default_bucket=default_bucket,
        saturated=saturation(starter, max_running),
    )
    counts: Counter[str] = Counter()

    def handler(record: SQSRecord) -> dict[str, Any]:
        result = handle(record)
        counts["dead_letter" if "dead_letter_id" in result else "ok"] += 1
        return result

    response = process_partial_response(
        event={"Records": records}, record_handler=handler, processor=processor
    )
    counts["retry"] = len(response.get("batchItemFailures", []))
    if records:
        emit_queue_metrics(queue_name(records[0]["eventSourceARN"]), counts)
    return dict(response)


def saturation(starter: ExecutionStarter, max_running: int) -> str | None:
    """Why no run may start now (`max_running` or more are open), or None."""
    if max_running <= 0:
        return None
    try:
        running = starter.running(max_running)
    except TransientError as exc:
        logger.warning("could not count running executions; starting pages", extra={"error": str(exc)})
        return None
    if running < max_running:
        return None
    return f"{running} or more Ingestion runs are open (cap {max_running}): deferred"


class SfnStarter:
    """:class:`ExecutionStarter` on a boto3 Step Functions client."""

    _ALREADY = frozenset({"ExecutionAlreadyExists"})
    _PERMANENT = frozenset({"InvalidExecutionInput", "InvalidName", "ValidationException"})

    def __init__(self, sfn: Any, state_machine_arn: str) -> None:
        self._sfn = sfn
        self._arn = state_machine_arn

    def start(self, name: str, payload: dict[str, Any]) -> bool:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self._sfn.start_execution(stateMachineArn=self._arn, name=name, input=json.dumps(payload))
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in self._ALREADY:
                return False
            if code in self._PERMANENT:
                raise PermanentError(f"StartExecution rejected the page: {code}: {exc}") from exc
            raise TransientError(f"StartExecution failed: {code}: {exc}") from exc
        except BotoCoreError as exc:
            raise TransientError(f"Step Functions unreachable: {exc}") from exc
        return True

    def running(self, at_most: int) -> int:
        """RUNNING executions of the machine, counted page by page up to `at_most`."""
        from botocore.exceptions import BotoCoreError, ClientError

        count, token = 0, None
        try:
            while count < at_most:
                page = self._sfn.list_executions(
                    stateMachineArn=self._arn,
                    statusFilter="RUNNING",
                    maxResults=min(at_most - count, 1000),
                    **({"nextToken": token} if token else {}),
                )
                count += len(page["executions"])
                token = page.get("nextToken")
                if not token:
                    break
        except (ClientError, BotoCoreError) as exc:
            raise TransientError(f"ListExecutions failed: {exc}") from exc
        return min(count, at_most)


@cache
def _client(service: str, region: str) -> Any:
    import boto3

    return boto3.client(service, region_name=region)  # type: ignore[call-overload]


def aws_ports() -> tuple[SfnStarter, sqs_retry.SqsVisibility]:
    """The ports on boto3 clients (built once per process); the machine ARN comes from the environment
    (set by CDK and by the local runtime)."""
    arn = os.environ.get(STATE_MACHINE_ARN_ENV)
    if not arn:
        raise RuntimeError(f"{STATE_MACHINE_ARN_ENV} is not set")
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
    return SfnStarter(_client("stepfunctions", region), arn), sqs_retry.SqsVisibility(_client("sqs", region))
