"""Exponential backoff with full jitter for SQS messages, and the intake consumer's record handling."""

from __future__ import annotations

import json
import random
import re
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError
from hirehound import failures, sqs_retry
from hirehound.errors import BadInputError, PermanentError, TransientError
from hirehound.ingest import intake
from hirehound.ingest.events import PageRef

pytestmark = pytest.mark.unit

QUEUE_ARN = "arn:aws:sqs:eu-west-1:111122223333:IngestPages"


class RecordingVisibility:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, int]] = []

    def change_visibility(self, queue_arn: str, receipt_handle: str, seconds: int) -> None:
        self.calls.append((queue_arn, receipt_handle, seconds))


class FakeStarter:
    def __init__(self, *errors: Exception, open_runs: int | Exception = 0) -> None:
        self.errors = list(errors)
        self.started: dict[str, dict[str, Any]] = {}
        self.open_runs = open_runs

    def running(self, at_most: int) -> int:
        if isinstance(self.open_runs, Exception):
            raise self.open_runs
        return min(self.open_runs, at_most)

    def start(self, name: str, payload: dict[str, Any]) -> bool:
        if self.errors:
            raise self.errors.pop(0)
        if name in self.started:
            return False
        self.started[name] = payload
        return True


def record(body: str, message_id: str = "m-1", receives: int = 1) -> dict[str, Any]:
    return {
        "messageId": message_id,
        "receiptHandle": f"rh-{message_id}",
        "body": body,
        "attributes": {"ApproximateReceiveCount": str(receives)},
        "messageAttributes": {},
        "md5OfBody": "",
        "eventSource": "aws:sqs",
        "eventSourceARN": QUEUE_ARN,
        "awsRegion": "eu-west-1",
    }


def page_body(i: int = 1) -> str:
    return json.dumps({"url": f"https://jobs.example/{i}", "key": f"pages/{i}.html"})


# -- backoff -------------------------------------------------------------------------------------


def test_backoff_ceiling_doubles_per_receive_up_to_the_cap() -> None:
    ceilings = [sqs_retry.backoff_seconds(n, base_s=2, cap_s=60, rng=lambda: 1.0) for n in range(1, 9)]
    assert ceilings == [2, 4, 8, 16, 32, 60, 60, 60]


def test_backoff_is_jittered_within_one_second_and_the_ceiling() -> None:
    rng = random.Random(7)
    delays = [sqs_retry.backoff_seconds(6, base_s=2, cap_s=900, rng=rng.random) for _ in range(500)]
    assert min(delays) >= 1 and max(delays) <= 64
    assert len(set(delays)) > 30  # spread out, not one value
    assert sqs_retry.backoff_seconds(3, rng=lambda: 0.0) == 1


def test_backoff_never_exceeds_the_sqs_limit() -> None:
    assert sqs_retry.backoff_seconds(10_000, base_s=60, cap_s=10**9, rng=lambda: 1.0) == 43_200


def test_defer_hides_the_message_for_its_backoff() -> None:
    port = RecordingVisibility()
    seconds = sqs_retry.defer(
        port, queue_arn=QUEUE_ARN, receipt_handle="rh", receive_count=3, rng=lambda: 0.5
    )
    assert seconds == 4 and port.calls == [(QUEUE_ARN, "rh", 4)]


def test_sqs_visibility_resolves_the_queue_url_once_per_arn() -> None:
    class FakeSqs:
        def __init__(self) -> None:
            self.lookups: list[dict[str, str]] = []
            self.changes: list[dict[str, Any]] = []

        def get_queue_url(self, **kwargs: str) -> dict[str, str]:
            self.lookups.append(kwargs)
            return {"QueueUrl": "https://sqs.example/111122223333/IngestPages"}

        def change_message_visibility(self, **kwargs: Any) -> None:
            self.changes.append(kwargs)

    sqs = FakeSqs()
    port = sqs_retry.SqsVisibility(sqs)
    port.change_visibility(QUEUE_ARN, "a", 5)
    port.change_visibility(QUEUE_ARN, "b", 9)
    assert sqs.lookups == [{"QueueName": "IngestPages", "QueueOwnerAWSAccountId": "111122223333"}]
    assert [c["VisibilityTimeout"] for c in sqs.changes] == [5, 9]


# -- intake --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("{nope", "not valid JSON"),
        ("[1, 2]", "JSON list, not an object"),
        ('{"key": "pages/a.html"}', "url: Field required"),
        ('{"url": "https://x.example/a"}', "key: Field required"),
        ('{"url": "", "key": "k"}', "url: String should have at least 1 character"),
        ('{"url": "https://x.example/a", "key": "k", "extra": 1}', "extra: Extra inputs are not permitted"),
    ],
)
def test_bad_messages_are_bad_input_with_a_readable_reason(body: str, reason: str) -> None:
    with pytest.raises(BadInputError, match=re.escape(reason)):
        intake.parse_message(body)


def test_the_bucket_defaults_to_the_raw_bucket() -> None:
    message = intake.parse_message(page_body())
    assert message.page("raw").bucket == "raw"
    assert intake.parse_message(json.dumps({"url": "u", "key": "k", "bucket": "b"})).page("raw").bucket == "b"


def test_execution_names_are_deterministic_valid_and_distinct_per_page() -> None:
    a = PageRef(url="https://x.example/1", bucket="b", key="k1")
    same = PageRef(url="https://x.example/1", bucket="b", key="k1")
    other = PageRef(url="https://x.example/1", bucket="b", key="k2")
    assert intake.execution_name(a) == intake.execution_name(same) != intake.execution_name(other)
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,80}", intake.execution_name(a))


def test_a_batch_starts_each_page_once_and_a_redelivery_starts_nothing() -> None:
    starter, visibility = FakeStarter(), RecordingVisibility()
    records = [record(page_body(i), f"m-{i}") for i in range(3)]

    first = intake.process_batch(records, starter=starter, visibility=visibility, default_bucket="raw")
    again = intake.process_batch(records, starter=starter, visibility=visibility, default_bucket="raw")

    assert first == again == {"batchItemFailures": []}
    assert len(starter.started) == 3
    assert {p["page"]["url"] for p in starter.started.values()} == {
        f"https://jobs.example/{i}" for i in range(3)
    }
    assert all(p["page"]["bucket"] == "raw" for p in starter.started.values())
    assert visibility.calls == []


def test_a_transient_failure_fails_only_its_record_and_backs_it_off() -> None:
    starter = FakeStarter(TransientError("throttled"))
    visibility = RecordingVisibility()
    records = [record(page_body(1), "m-1", receives=4), record(page_body(2), "m-2")]

    response = intake.process_batch(records, starter=starter, visibility=visibility, default_bucket="raw")

    assert response == {"batchItemFailures": [{"itemIdentifier": "m-1"}]}
    [(arn, handle, seconds)] = visibility.calls
    assert (arn, handle) == (QUEUE_ARN, "rh-m-1") and 1 <= seconds <= 16
    assert [p["page"]["url"] for p in starter.started.values()] == ["https://jobs.example/2"]


def test_every_record_failing_is_reported_not_raised() -> None:
    starter = FakeStarter(TransientError("a"), TransientError("b"))
    records = [record(page_body(1), "m-1"), record(page_body(2), "m-2")]
    response = intake.process_batch(
        records, starter=starter, visibility=RecordingVisibility(), default_bucket="r"
    )
    assert response == {"batchItemFailures": [{"itemIdentifier": "m-1"}, {"itemIdentifier": "m-2"}]}


def test_at_the_cap_pages_are_deferred_and_bad_messages_still_dead_lettered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letters: list[str] = []

    def record_rejected_message(**kwargs: Any) -> int:  # the dead-letter table (needs a database)
        letters.append(kwargs["body"])
        return 7

    monkeypatch.setattr(failures, "record_rejected_message", record_rejected_message)
    starter, visibility = FakeStarter(open_runs=50), RecordingVisibility()
    records = [
        record(page_body(1), "m-1", receives=2),
        record("not json", "m-2"),
        record(page_body(3), "m-3"),
    ]

    response = intake.process_batch(
        records, starter=starter, visibility=visibility, default_bucket="raw", max_running=50
    )

    assert response == {"batchItemFailures": [{"itemIdentifier": "m-1"}, {"itemIdentifier": "m-3"}]}
    assert starter.started == {}
    assert [handle for _, handle, _ in visibility.calls] == ["rh-m-1", "rh-m-3"]  # backed off, not lost
    assert letters == ["not json"]


def test_below_the_cap_or_without_one_pages_start() -> None:
    for open_runs, cap in ((49, 50), (10_000, 0)):
        starter = FakeStarter(open_runs=open_runs)
        response = intake.process_batch(
            [record(page_body(1))], starter=starter, visibility=RecordingVisibility(), default_bucket="r",
            max_running=cap,
        )  # fmt: skip
        assert response == {"batchItemFailures": []} and len(starter.started) == 1


def test_when_the_runs_cannot_be_counted_pages_start() -> None:
    starter = FakeStarter(open_runs=TransientError("ListExecutions throttled"))
    response = intake.process_batch(
        [record(page_body(1))], starter=starter, visibility=RecordingVisibility(), default_bucket="r",
        max_running=5,
    )  # fmt: skip
    assert response == {"batchItemFailures": []} and len(starter.started) == 1


def _client_error(code: str) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": code}}, "StartExecution")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_client_error("ExecutionAlreadyExists"), False),
        (_client_error("ThrottlingException"), TransientError),
        (_client_error("ServiceUnavailable"), TransientError),
        (EndpointConnectionError(endpoint_url="https://states.example"), TransientError),
        (_client_error("InvalidExecutionInput"), PermanentError),
    ],
)
def test_sfn_starter_classifies_start_execution_errors(error: Exception, expected: object) -> None:
    class Sfn:
        def start_execution(self, **kwargs: Any) -> None:
            raise error

    starter = intake.SfnStarter(Sfn(), "arn:aws:states:eu-west-1:1:stateMachine:Ingestion")
    if isinstance(expected, type):
        with pytest.raises(expected):
            starter.start("n", {})
    else:
        assert starter.start("n", {}) is expected
