"""What a scraper does with a page: store its body in the raw bucket, then send its reference to the
`IngestPages` queue (SendMessageBatch, ten at a time).

Objects are content-addressed (`storage.page_key`), so sending the same page again rewrites the same
object with the same bytes and sends the same message, whose `Ingestion` run is then not started twice.
Throttling and 5xx answers are retried by botocore (the client's retry mode); entries a batch reports
as failed without the sender's fault are sent again with backoff; the rest become `Refused` with the
service's reason. Messages are built with the consumer's own model (`intake.PageMessage`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import batched
from typing import Any

from hirehound.ingest.intake import PageMessage
from hirehound.sqs_retry import backoff_seconds
from hirehound.storage import page_key

from hirehound_local.page_sources import Refused, ScrapedPage

#: SendMessageBatch takes at most ten entries.
SQS_BATCH = 10


@dataclass(frozen=True)
class Sent:
    """A page stored and queued (or, in a dry run, that would be)."""

    page: ScrapedPage
    message: PageMessage

    @property
    def body_sha256(self) -> str:
        return hashlib.sha256(self.page.body).hexdigest()


class PageSender:
    """Uploads pages to `bucket` and queues their messages on `queue_url` (boto3 S3 and SQS clients)."""

    def __init__(
        self,
        s3: Any,
        sqs: Any,
        *,
        bucket: str,
        queue_url: str,
        dry_run: bool = False,
        upload_threads: int = 1,
        attempts: int = 5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._s3, self._sqs = s3, sqs
        self.bucket, self.queue_url = bucket, queue_url
        self._dry_run = dry_run
        self._threads = upload_threads
        self._attempts = attempts
        self._sleep = sleep

    def send(self, pages: Sequence[ScrapedPage]) -> list[Sent | Refused]:
        """Store then queue `pages`; one result per page, in order."""
        if self._threads > 1 and len(pages) > 1:
            with ThreadPoolExecutor(self._threads) as pool:
                stored = list(pool.map(self._store, pages))
        else:
            stored = [self._store(page) for page in pages]
        queued: dict[int, Sent | Refused] = {}
        ready = [(i, item) for i, item in enumerate(stored) if isinstance(item, Sent)]
        for chunk in batched(ready, SQS_BATCH):
            queued.update(self._queue(dict(chunk)))
        return [queued.get(i, item) for i, item in enumerate(stored)]

    def _store(self, page: ScrapedPage) -> Sent | Refused:
        from botocore.exceptions import BotoCoreError, ClientError

        message = PageMessage(
            url=page.url,
            key=page_key(page.body),
            bucket=self.bucket,
            charset=page.charset,
            fetched_at=page.fetched_at,
        )
        if not self._dry_run:
            try:
                self._s3.put_object(Bucket=self.bucket, Key=message.key, Body=page.body)
            except (BotoCoreError, ClientError) as exc:
                return Refused(page.source, f"upload to s3://{self.bucket}/{message.key} failed: {exc}")
        return Sent(page, message)

    def _queue(self, pending: dict[int, Sent]) -> dict[int, Sent | Refused]:
        """SendMessageBatch for ≤ 10 messages, resending what failed through no fault of ours."""
        from botocore.exceptions import BotoCoreError, ClientError

        if self._dry_run:
            return dict(pending)
        done: dict[int, Sent | Refused] = {}
        reason = ""
        for attempt in range(1, self._attempts + 1):
            entries = [
                {"Id": str(i), "MessageBody": sent.message.model_dump_json(exclude_none=True)}
                for i, sent in pending.items()
            ]
            try:
                response = self._sqs.send_message_batch(QueueUrl=self.queue_url, Entries=entries)
            except (BotoCoreError, ClientError) as exc:  # botocore has retried what is retryable
                reason = f"SendMessageBatch failed: {exc}"
                break
            for entry in response.get("Successful", []):
                index = int(entry["Id"])
                done[index] = pending.pop(index)
            for entry in response.get("Failed", []):
                reason = ": ".join(str(part) for part in (entry.get("Code"), entry.get("Message")) if part)
                if entry.get("SenderFault"):
                    index = int(entry["Id"])
                    done[index] = Refused(pending.pop(index).page.source, f"the queue refused it: {reason}")
            if not pending:
                break
            if attempt < self._attempts:
                self._sleep(backoff_seconds(attempt, base_s=1.0, cap_s=20.0))
        else:
            reason = f"still failing after {self._attempts} attempts: {reason}"
        done.update({i: Refused(sent.page.source, reason) for i, sent in pending.items()})
        return done
