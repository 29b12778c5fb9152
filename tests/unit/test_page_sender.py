"""PageSender: content-addressed uploads, SendMessageBatch in tens, resending what failed through no
fault of ours, refusing what the queue refuses, and dry runs that send nothing (fake S3/SQS clients)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from botocore.exceptions import ClientError
from hirehound.ingest.intake import parse_message
from hirehound_local.page_sender import PageSender, Sent
from hirehound_local.page_sources import Refused, ScrapedPage

pytestmark = pytest.mark.unit


class FakeS3:
    def __init__(self, fail_keys: frozenset[str] = frozenset()) -> None:
        self.objects: dict[tuple[str, str], bytes] = {}
        self.fail_keys = fail_keys

    def put_object(self, **kwargs: Any) -> dict[str, Any]:
        if kwargs["Key"] in self.fail_keys:
            raise ClientError({"Error": {"Code": "AccessDenied", "Message": "Access Denied"}}, "PutObject")
        self.objects[(kwargs["Bucket"], kwargs["Key"])] = kwargs["Body"]
        return {}


class FakeSqs:
    """Fails the entries whose body contains a marker: `flaky` ones on their first send only."""

    def __init__(self) -> None:
        self.calls: list[list[dict[str, str]]] = []
        self.bodies: list[str] = []

    def send_message_batch(self, **kwargs: Any) -> dict[str, Any]:
        entries: list[dict[str, str]] = kwargs["Entries"]
        assert kwargs["QueueUrl"] == "https://sqs.example/IngestPages" and len(entries) <= 10
        self.calls.append(entries)
        ok, failed = [], []
        for entry in entries:
            body = entry["MessageBody"]
            if "flaky" in body and sum(body == e["MessageBody"] for c in self.calls for e in c) == 1:
                failed.append({"Id": entry["Id"], "SenderFault": False, "Code": "InternalError"})
            elif "poison" in body:
                failed.append(
                    {
                        "Id": entry["Id"],
                        "SenderFault": True,
                        "Code": "InvalidMessageContents",
                        "Message": "no",
                    }
                )
            else:
                ok.append({"Id": entry["Id"], "MessageId": f"m{len(self.bodies)}"})
                self.bodies.append(body)
        return {"Successful": ok, **({"Failed": failed} if failed else {})}


def page(n: int, url: str | None = None) -> ScrapedPage:
    return ScrapedPage(f"src-{n}", url or f"https://jobs.example/{n}", f"<html>{n}</html>".encode())


def sender(s3: Any, sqs: Any, sleeps: list[float], **options: Any) -> PageSender:
    return PageSender(
        s3, sqs, bucket="raw", queue_url="https://sqs.example/IngestPages", sleep=sleeps.append, **options
    )


@pytest.mark.parametrize("threads", [1, 4])
def test_pages_are_stored_by_content_and_queued_ten_per_batch(threads: int) -> None:
    s3, sqs, sleeps = FakeS3(), FakeSqs(), list[float]()
    pages = [page(n) for n in range(23)]

    results = sender(s3, sqs, sleeps, upload_threads=threads).send(pages)

    assert [type(r) for r in results] == [Sent] * 23
    assert [len(call) for call in sqs.calls] == [10, 10, 3]
    keys = [f"pages/{hashlib.sha256(p.body).hexdigest()}.html" for p in pages]
    assert s3.objects == {("raw", key): p.body for key, p in zip(keys, pages, strict=True)}
    messages = [parse_message(body) for body in sqs.bodies]  # what IngestStart accepts
    assert [(m.url, m.bucket, m.key) for m in messages] == [
        (p.url, "raw", k) for p, k in zip(pages, keys, strict=True)
    ]
    assert sleeps == []


def test_failed_entries_are_resent_with_backoff_and_the_queues_refusals_are_named() -> None:
    s3, sqs, sleeps = FakeS3(), FakeSqs(), list[float]()
    pages = [page(1), page(2, "https://jobs.example/flaky"), page(3, "https://jobs.example/poison")]

    results = sender(s3, sqs, sleeps).send(pages)

    assert isinstance(results[0], Sent) and isinstance(results[1], Sent)
    assert results[2] == Refused("src-3", "the queue refused it: InvalidMessageContents: no")
    assert [len(call) for call in sqs.calls] == [3, 1]  # only the flaky one was sent again
    assert len(sleeps) == 1 and 1 <= sleeps[0] <= 2
    assert [json.loads(b)["url"] for b in sqs.bodies] == [
        "https://jobs.example/1",
        "https://jobs.example/flaky",
    ]


def test_an_entry_that_keeps_failing_is_refused_after_the_attempts_and_a_failed_upload_is_never_queued() -> (
    None
):
    class AlwaysFailing(FakeSqs):
        def send_message_batch(self, **kwargs: Any) -> dict[str, Any]:
            self.calls.append(kwargs["Entries"])
            failed = [
                {"Id": e["Id"], "SenderFault": False, "Code": "InternalError"} for e in kwargs["Entries"]
            ]
            return {"Successful": [], "Failed": failed}

    bad = page(2)
    s3 = FakeS3(fail_keys=frozenset({f"pages/{hashlib.sha256(bad.body).hexdigest()}.html"}))
    sqs, sleeps = AlwaysFailing(), list[float]()

    results = sender(s3, sqs, sleeps, attempts=3).send([page(1), bad])

    assert results[0] == Refused("src-1", "still failing after 3 attempts: InternalError")
    assert isinstance(results[1], Refused) and results[1].reason.startswith("upload to s3://raw/pages/")
    assert "AccessDenied" in results[1].reason
    assert len(sqs.calls) == 3 and all(len(call) == 1 for call in sqs.calls) and len(sleeps) == 2


def test_a_dry_run_stores_and_sends_nothing_but_builds_the_messages() -> None:
    s3, sqs, sleeps = FakeS3(), FakeSqs(), list[float]()
    fetched = datetime(2026, 11, 30, 9, tzinfo=UTC)
    item = ScrapedPage("x", "https://jobs.example/1", b"<html></html>", "utf-8", fetched)

    [sent] = sender(s3, sqs, sleeps, dry_run=True).send([item])

    assert s3.objects == {} and sqs.calls == []
    assert isinstance(sent, Sent)
    message = parse_message(sent.message.model_dump_json(exclude_none=True))
    assert message.page("default").model_dump() == {
        "url": "https://jobs.example/1",
        "bucket": "raw",
        "key": "pages/b633a587c652d02386c4f16f8c6f6aab7352d97f16367c3c40576214372dd628.html",
        "charset": "utf-8",
        "fetched_at": fetched,
    }
