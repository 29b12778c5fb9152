"""Exponential backoff with full jitter for SQS messages, and the intake consumer's record handling."""

from __future__ import annotations

import json
import random
import re
import threading
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError
from hirehound import failures, sqs_retry
from hirehound.errors import BadInputError, PermanentError, TransientError
from hirehound.express import RunResult, SfnSyncRunner
from hirehound.ingest import intake, runs
from hirehound.ingest.events import PageRef

pytestmark = pytest.mark.unit

QUEUE_ARN = "arn:aws:sqs:eu-west-1:111122223333:IngestPages"


class RecordingVisibility:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, int]] = []

    def change_visibility(self, queue_arn: str, receipt_handle: str, seconds: int) -> None:
        self.calls.append((queue_arn, receipt_handle, seconds))


class FakeRunner:
    """Synchronous Express runs: each page publishes, unless an error is queued (raised in order);
    the records of a batch run at once, so it is thread-safe."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.runs: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def run(self, name: str, payload: dict[str, Any]) -> RunResult:
        with self._lock:
            if self.errors:
                raise self.errors.pop(0)
            self.runs.append(payload)
            number = len(self.runs)
        arn = f"arn:aws:states:eu-west-1:1:express:Ingestion:{name}:{number}"
        return RunResult(arn, "SUCCEEDED", {"posting_id": number, "status": "published"}, billed_ms=900)


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
    named = intake.parse_message(json.dumps({"url": "https://jobs.example/1", "key": "k", "bucket": "b"}))
    assert named.page("raw").bucket == "b"


def test_execution_names_are_deterministic_valid_and_distinct_per_page() -> None:
    a = PageRef(url="https://x.example/1", bucket="b", key="k1")
    same = PageRef(url="https://x.example/1", bucket="b", key="k1")
    other = PageRef(url="https://x.example/1", bucket="b", key="k2")
    assert runs.execution_name(a) == runs.execution_name(same) != runs.execution_name(other)
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,80}", runs.execution_name(a))
    assert runs.page_key(a) == runs.page_key(same) != runs.page_key(other)


def test_a_batch_runs_each_page_once_and_a_redelivery_runs_nothing(db: str) -> None:
    runner, visibility = FakeRunner(), RecordingVisibility()
    records = [record(page_body(i), f"m-{i}") for i in range(3)]

    first = intake.process_batch(records, runner=runner, visibility=visibility, default_bucket="raw")
    again = intake.process_batch(records, runner=runner, visibility=visibility, default_bucket="raw")

    assert first == again == {"batchItemFailures": []}
    assert len(runner.runs) == 3
    assert {p["page"]["url"] for p in runner.runs} == {f"https://jobs.example/{i}" for i in range(3)}
    assert all(p["page"]["bucket"] == "raw" for p in runner.runs)
    assert visibility.calls == []


def test_a_transient_failure_fails_only_its_record_and_backs_it_off(db: str) -> None:
    runner = FakeRunner(TransientError("throttled"))
    visibility = RecordingVisibility()
    records = [record(page_body(1), "m-1", receives=4)]

    response = intake.process_batch(records, runner=runner, visibility=visibility, default_bucket="raw")
    then = intake.process_batch(
        [record(page_body(2), "m-2")], runner=runner, visibility=visibility, default_bucket="raw"
    )

    assert response == {"batchItemFailures": [{"itemIdentifier": "m-1"}]}
    assert then == {"batchItemFailures": []}
    [(arn, handle, seconds)] = visibility.calls
    assert (arn, handle) == (QUEUE_ARN, "rh-m-1") and 1 <= seconds <= 16
    assert [p["page"]["url"] for p in runner.runs] == ["https://jobs.example/2"]


def test_every_record_failing_is_reported_not_raised(db: str) -> None:
    runner = FakeRunner(TransientError("a"), TransientError("b"))
    records = [record(page_body(1), "m-1"), record(page_body(2), "m-2")]
    response = intake.process_batch(
        records, runner=runner, visibility=RecordingVisibility(), default_bucket="r"
    )
    assert sorted(response["batchItemFailures"], key=str) == [
        {"itemIdentifier": "m-1"},
        {"itemIdentifier": "m-2"},
    ]


def test_bad_messages_are_dead_lettered_while_the_good_ones_run(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    letters: list[str] = []

    def record_rejected_message(**kwargs: Any) -> int:
        letters.append(kwargs["body"])
        return 7

    monkeypatch.setattr(failures, "record_rejected_message", record_rejected_message)
    runner = FakeRunner()
    records = [record(page_body(1), "m-1"), record("not json", "m-2"), record(page_body(3), "m-3")]

    response = intake.process_batch(
        records, runner=runner, visibility=RecordingVisibility(), default_bucket="raw"
    )

    assert response == {"batchItemFailures": []}
    assert letters == ["not json"]
    assert sorted(p["page"]["url"] for p in runner.runs) == [
        "https://jobs.example/1",
        "https://jobs.example/3",
    ]


def _client_error(code: str) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": code}}, "StartSyncExecution")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_client_error("ThrottlingException"), TransientError),
        (_client_error("ServiceUnavailable"), TransientError),
        (EndpointConnectionError(endpoint_url="https://sync-states.example"), TransientError),
        (_client_error("InvalidExecutionInput"), PermanentError),
        (_client_error("StateMachineTypeNotSupported"), PermanentError),
    ],
)
def test_the_sync_runner_classifies_start_sync_execution_errors(error: Exception, expected: type) -> None:
    class Sfn:
        def start_sync_execution(self, **kwargs: Any) -> None:
            raise error

    with pytest.raises(expected):
        SfnSyncRunner(Sfn(), "arn:aws:states:eu-west-1:1:stateMachine:Ingestion").run("n", {})


def test_the_sync_runner_returns_a_failed_run_as_data() -> None:
    class Sfn:
        def start_sync_execution(self, **kwargs: Any) -> dict[str, Any]:
            assert kwargs == {"stateMachineArn": "arn:m", "name": "n", "input": '{"page": {}}'}
            return {
                "executionArn": "arn:aws:states:eu-west-1:1:express:Ingestion:n:1",
                "status": "FAILED",
                "error": "DeadLettered",
                "cause": "extract: BadInputError: blank",
                "billingDetails": {"billedMemoryUsedInMB": 64, "billedDurationInMilliseconds": 1300},
            }

    result = SfnSyncRunner(Sfn(), "arn:m").run("n", {"page": {}})
    assert result.dead_lettered and not result.succeeded and result.output is None
    assert (
        result.billed_ms == 1300 and result.reason() == "FAILED: DeadLettered: extract: BadInputError: blank"
    )
