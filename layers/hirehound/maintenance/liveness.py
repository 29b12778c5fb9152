"""Liveness re-checks of active postings: enqueue one message per posting, check each URL (HEAD, GET
when HEAD is not allowed) at a per-job-board rate, and record alive / gone / unknown.

Gone means 404, 410, or a redirect to a listing page (the posting's path cut back, or a jobs/search
page). Rate limiting uses the shared Postgres token buckets, keyed ``liveness:<host>``; a message that
must wait is made invisible for the wait and reported as a batch item failure, so SQS hands it back.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import httpx
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from hirehound import failures, limits
from hirehound.config import USER_AGENT, get_settings
from hirehound.db import liveness, rate_limits
from hirehound.db.pool import transaction
from hirehound.enrich.worker import record_rate_limit_hit
from hirehound.errors import BadInputError, TransientError
from hirehound.metric_catalog import queue_name
from hirehound.observability import emit_queue_metrics, logger
from hirehound.sqs_retry import SqsVisibility

GONE_STATUSES = frozenset({404, 410})
LISTING_SEGMENTS = frozenset({"jobs", "job", "careers", "search", "positions", "vacancies", "openings"})
DEFAULT_RETRY_AFTER_S = 60.0
MAX_DEFER_S = 900
SEND_BATCH = 10  # SQS SendMessageBatch limit
STAGE = "check_liveness"
DEAD_LETTER = "dead_letter"


class LivenessTask(BaseModel):
    """One queue message: the posting whose URL to check."""

    model_config = ConfigDict(frozen=True)

    posting_id: int = Field(ge=1, le=2**63 - 1)  # a bigint
    url: str = Field(min_length=1, max_length=limits.MAX_URL_CHARS)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if limits.has_control_characters(value):
            raise ValueError("holds control characters")
        try:
            parsed = httpx.URL(value)
        except httpx.InvalidURL as exc:
            raise ValueError(f"not a URL: {exc}") from exc
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ValueError("not an http(s) URL with a host")
        return value


def parse_task(body: str) -> LivenessTask:
    """The task in a message body; BadInputError with the reason when it is not one."""
    try:
        return LivenessTask.model_validate_json(body)
    except ValidationError as exc:
        raise BadInputError(f"invalid liveness message: {failures.validation_reason(exc)}") from exc


@dataclass(frozen=True)
class Check:
    outcome: str  # alive | gone | unknown
    http_status: int | None
    final_url: str | None
    detail: str
    retry_after_s: float | None = None


class Deferred(Exception):
    """The message must wait for its board's rate limit; SQS redelivers it."""


def bucket_key(url: str) -> str:
    """The rate-limit bucket of the URL's job board (its host, without `www.`)."""
    host = (urlsplit(url).hostname or "unknown").removeprefix("www.")
    return f"liveness:{host}"


def is_listing_redirect(original: str, final: str) -> bool:
    """The redirect target is a listing: the same board with the path cut back (``/jobs/42`` →
    ``/jobs`` or ``/``), or a jobs/search page."""
    before, after = urlsplit(original), urlsplit(final)
    segments_before = [s for s in before.path.split("/") if s]
    segments_after = [s for s in after.path.split("/") if s]
    if segments_after and segments_after[-1].casefold() in LISTING_SEGMENTS:
        return segments_after != segments_before
    same_board = (before.hostname or "").removeprefix("www.") == (after.hostname or "").removeprefix("www.")
    shorter = len(segments_after) < len(segments_before)
    return same_board and shorter and segments_before[: len(segments_after)] == segments_after


def _retry_after(value: str | None) -> float:
    try:
        return max(1.0, float(value)) if value else DEFAULT_RETRY_AFTER_S
    except ValueError:
        return DEFAULT_RETRY_AFTER_S


def classify(url: str, response: httpx.Response) -> Check:
    """The verdict of one (final) response to the posting's URL."""
    status, final = response.status_code, str(response.url)
    if status in GONE_STATUSES:
        return Check("gone", status, final, f"HTTP {status}")
    if status == 429:
        retry = _retry_after(response.headers.get("Retry-After"))
        return Check("unknown", status, final, "rate limited", retry_after_s=retry)
    if response.history and is_listing_redirect(url, final):
        return Check("gone", status, final, f"redirected to listing {final}")
    if 200 <= status < 300:
        return Check("alive", status, final, f"HTTP {status}")
    return Check("unknown", status, final, f"HTTP {status}")


def check(client: httpx.Client, url: str) -> Check:
    """HEAD the URL (following redirects), GET when HEAD is not allowed; network errors are unknown."""
    try:
        response = client.head(url)
        if response.status_code in (405, 501):
            response = client.get(url)
    except httpx.HTTPError as exc:
        return Check("unknown", None, None, f"{type(exc).__name__}: {exc}"[:500])
    return classify(url, response)


def http_client() -> httpx.Client:
    timeout = get_settings().liveness_timeout_s
    return httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(timeout, connect=min(3.0, timeout)),
        headers={"User-Agent": USER_AGENT},
    )


@cache
def sqs_client() -> Any:
    import boto3

    return boto3.client("sqs")


# -- enqueue ---------------------------------------------------------------------------------------


def enqueue(queue_url: str, *, sqs: Any = None, clock: Callable[[], float] = time.time) -> dict[str, Any]:
    """One message per active posting not checked recently; (re)sets each board's bucket to the
    configured rate. Returns the number enqueued and the boards."""
    settings = get_settings()
    sqs = sqs or sqs_client()
    with transaction() as conn:
        rows = liveness.due(conn, recheck_hours=settings.liveness_recheck_hours)
    boards = sorted({bucket_key(row["url"]) for row in rows})
    with transaction() as conn:
        for key in boards:
            rate_limits.configure(
                conn,
                key,
                capacity=settings.liveness_burst,
                refill_per_s=settings.liveness_rate_per_s,
                now=clock(),
            )
    for start in range(0, len(rows), SEND_BATCH):
        chunk = rows[start : start + SEND_BATCH]
        response = sqs.send_message_batch(
            QueueUrl=queue_url,
            Entries=[
                {
                    "Id": str(i),
                    "MessageBody": LivenessTask(posting_id=r["id"], url=r["url"]).model_dump_json(),
                }
                for i, r in enumerate(chunk)
            ],
        )
        if response.get("Failed"):
            raise TransientError(f"SQS refused {len(response['Failed'])} liveness messages")
    return {"enqueued": len(rows), "boards": len(boards)}


# -- consume ---------------------------------------------------------------------------------------


def _defer(sqs: Any, record: SQSRecord, wait_s: float) -> None:
    seconds = max(1, min(MAX_DEFER_S, math.ceil(wait_s)))
    SqsVisibility(sqs).change_visibility(record.event_source_arn, record.receipt_handle, seconds)


def check_one(
    record: SQSRecord, *, client: httpx.Client, sqs: Any, clock: Callable[[], float] = time.time
) -> str:
    """Check one message's posting within its board's rate limit; returns the outcome recorded."""
    task = parse_task(record.body)
    key = bucket_key(task.url)
    with transaction() as conn:
        wait = rate_limits.acquire(conn, key, clock())
    if wait > 0:
        record_rate_limit_hit(key)
        _defer(sqs, record, wait)
        raise Deferred(f"{key}: wait {wait:.1f}s")
    result = check(client, task.url)
    if result.retry_after_s is not None:
        with transaction() as conn:
            rate_limits.penalize(conn, key, clock(), result.retry_after_s)
        _defer(sqs, record, result.retry_after_s)
        raise Deferred(f"{key}: told to retry after {result.retry_after_s:.0f}s")
    with transaction() as conn:
        liveness.record(
            conn,
            task.posting_id,
            outcome=result.outcome,
            http_status=result.http_status,
            final_url=result.final_url,
            detail=result.detail,
        )
    return result.outcome


def handle_record(
    record: SQSRecord, *, client: httpx.Client, sqs: Any, clock: Callable[[], float] = time.time
) -> str:
    """:func:`check_one`, except that a message retrying cannot help (not a task, or failing for any
    reason but a rate-limit wait or a transient error) becomes a dead letter and is acknowledged."""
    try:
        return check_one(record, client=client, sqs=sqs, clock=clock)
    except (Deferred, TransientError):
        raise
    except Exception as exc:
        letter = failures.record_rejected_message(
            workflow="maintenance",
            stage=STAGE,
            message_id=record.message_id,
            body=record.body,
            item_key=None,
            error=exc,
        )
        log = logger.warning if isinstance(exc, BadInputError) else logger.exception
        log("liveness message dead-lettered", extra={"dead_letter_id": letter, "reason": str(exc)[:1000]})
        return DEAD_LETTER


def process_batch(
    event: dict[str, Any],
    *,
    client: httpx.Client | None = None,
    sqs: Any = None,
    clock: Callable[[], float] = time.time,
) -> dict[str, Any]:
    """Check every message of an SQS batch; returns the partial batch response (deferred and failed)."""
    processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
    own = client is None
    http = client or http_client()
    queue = sqs or sqs_client()
    counts: Counter[str] = Counter()

    def handler(record: SQSRecord) -> str:
        outcome = handle_record(record, client=http, sqs=queue, clock=clock)
        counts["dead_letter" if outcome == DEAD_LETTER else "ok"] += 1
        return outcome

    try:
        response = process_partial_response(event=event, record_handler=handler, processor=processor)
    finally:
        if own:
            http.close()
    records = event.get("Records") or []
    if records:
        counts["retry"] = len(response.get("batchItemFailures", []))
        emit_queue_metrics(queue_name(records[0]["eventSourceARN"]), counts)
    return dict(response)
