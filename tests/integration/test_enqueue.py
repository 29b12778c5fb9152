"""`hirehound enqueue` against real AWS endpoints on loopback: moto's server (S3, SQS, CloudFormation)
reached through AWS_ENDPOINT_URL, as LocalStack would be, with a stack named and shaped the way the CDK
app deploys the intake (tests/infra/test_intake_names.py checks those names on the real template)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from botocore.compat import HTTPHeaders
from hirehound.ingest.intake import parse_message
from hirehound.ingest.runs import page_key
from hirehound_infra import topology
from hirehound_local.cli import main
from hirehound_local.deployed import retry_config
from hirehound_local.page_sender import PageSender
from hirehound_local.page_sources import ScrapedPage
from moto.server import ThreadedMotoServer

from tests.fakes.warc import write_warc

pytestmark = pytest.mark.integration

STAGE = "enqtest"
STACK = topology.stack_name(STAGE)
QUEUE = topology.physical_name(STACK, "IngestPages")
TEMPLATE = {  # the two resources enqueue needs, named as the deployed stack names them
    "Resources": {
        "RawPagesBucket": {"Type": "AWS::S3::Bucket"},
        "IngestPagesQueue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": QUEUE}},
    },
    "Outputs": {topology.RAW_BUCKET_OUTPUT: {"Value": {"Ref": "RawPagesBucket"}}},
}
REGION = "eu-west-1"


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    """moto's server on a free loopback port, with the stack created through CloudFormation."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    cloudformation = boto3.client(
        "cloudformation",
        endpoint_url=url,
        region_name=REGION,
        aws_access_key_id="t",
        aws_secret_access_key="t",
    )
    cloudformation.create_stack(StackName=STACK, TemplateBody=json.dumps(TEMPLATE))
    yield url
    server.stop()


@pytest.fixture
def aws(endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The standard AWS settings pointing at the server; the bucket and queue emptied afterwards."""
    for name in ("AWS_PROFILE", "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    env = {"AWS_ENDPOINT_URL": endpoint, "AWS_REGION": REGION, "AWS_DEFAULT_REGION": REGION}
    for name, value in {**env, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}.items():
        monkeypatch.setenv(name, value)
    session = boto3.Session()
    s3, sqs = session.client("s3"), session.client("sqs")
    outputs = session.client("cloudformation").describe_stacks(StackName=STACK)["Stacks"][0]["Outputs"]
    bucket = outputs[0]["OutputValue"]
    queue_url = sqs.get_queue_url(QueueName=QUEUE)["QueueUrl"]
    resources = {"s3": s3, "sqs": sqs, "bucket": bucket, "queue_url": queue_url}
    yield resources
    received(resources)  # PurgeQueue is allowed once a minute
    for listed in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
        s3.delete_object(Bucket=bucket, Key=listed["Key"])


def received(aws: dict[str, Any]) -> list[str]:
    bodies: list[str] = []
    while (
        batch := aws["sqs"].receive_message(QueueUrl=aws["queue_url"], MaxNumberOfMessages=10).get("Messages")
    ):
        bodies.extend(m["Body"] for m in batch)
        aws["sqs"].delete_message_batch(
            QueueUrl=aws["queue_url"],
            Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(batch)],
        )
    return bodies


def stored(aws: dict[str, Any]) -> dict[str, bytes]:
    listed = aws["s3"].list_objects_v2(Bucket=aws["bucket"]).get("Contents", [])
    return {o["Key"]: aws["s3"].get_object(Bucket=aws["bucket"], Key=o["Key"])["Body"].read() for o in listed}


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """A scraper's output: a WARC and a manifest naming one HTML file."""
    write_warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "extra.html").write_text("<html><title>Extra</title></html>", encoding="utf-8")
    (tmp_path / "pages.jsonl").write_text(
        json.dumps(
            {"url": "https://jobs.example/extra", "path": "extra.html", "fetched_at": "2026-11-30T10:00:00Z"}
        )
        + "\n",
        encoding="utf-8",
    )
    return tmp_path


def enqueue(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["enqueue", "--stage", STAGE, "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_enqueue_stores_each_page_and_queues_a_message_the_consumer_accepts(
    aws: dict[str, Any], crawl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, summary = enqueue(str(crawl), capsys=capsys)

    assert code == 0
    assert (summary["stack"], summary["bucket"], summary["queue_url"]) == (
        STACK,
        aws["bucket"],
        aws["queue_url"],
    )
    assert summary["pages"] == 4 and summary["refused"] == []
    assert summary["skipped"] == {
        "warcinfo record": 1,
        "request record": 1,
        "revisit record": 1,
        "not HTML (image/png)": 1,
        "HTTP 301 response": 1,
    }
    messages = [parse_message(body) for body in received(aws)]  # IngestStart's own parser
    assert sorted(m.url for m in messages) == [
        "https://jobs.example/1",
        "https://jobs.example/2",
        "https://jobs.example/3",
        "https://jobs.example/extra",
    ]
    objects = stored(aws)
    assert {m.key for m in messages} == set(objects) and all(m.bucket == aws["bucket"] for m in messages)
    by_url = {m.url: m for m in messages}
    assert by_url["https://jobs.example/1"].charset == "ISO-8859-1"
    assert objects[by_url["https://jobs.example/extra"].key] == b"<html><title>Extra</title></html>"
    assert str(by_url["https://jobs.example/extra"].fetched_at) == "2026-11-30 10:00:00+00:00"


def test_enqueueing_again_rewrites_the_same_objects_with_messages_that_start_nothing_new(
    aws: dict[str, Any], crawl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enqueue(str(crawl), capsys=capsys)
    first, objects = received(aws), stored(aws)

    enqueue(str(crawl), capsys=capsys)

    second = received(aws)
    assert stored(aws) == objects
    # The intake record's key, which makes a page that finished start nothing again (Express does not
    # deduplicate execution names).
    keys = {page_key(parse_message(body).page(aws["bucket"])) for body in first}
    assert {page_key(parse_message(body).page(aws["bucket"])) for body in second} == keys
    assert len(keys) == 4


def test_a_dry_run_checks_everything_and_sends_nothing(
    aws: dict[str, Any], crawl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (crawl / "broken.jsonl").write_text("{not json\n", encoding="utf-8")

    code, summary = enqueue("--dry-run", str(crawl), capsys=capsys)

    assert code == 1  # the broken manifest line is refused by name
    assert summary["dry_run"] is True and summary["pages"] == 4
    assert [r["source"] for r in summary["refused"]] == [f"{crawl / 'broken.jsonl'}:1"]
    assert {m["url"] for m in summary["messages"]} >= {"https://jobs.example/extra"}
    assert received(aws) == [] and stored(aws) == {}


def test_a_stage_that_is_not_deployed_is_a_clear_error(aws: dict[str, Any], crawl: Path) -> None:
    assert main(["enqueue", "--stage", "nope", str(crawl)]) == 2


def test_throttled_batches_are_retried_by_botocore(aws: dict[str, Any]) -> None:
    """The first two SendMessageBatch calls answer ThrottlingException before reaching the server."""
    sqs = boto3.client("sqs", config=retry_config())
    calls: list[float] = []

    class Body:
        def stream(self, **_: Any) -> Iterator[bytes]:
            yield b'{"__type": "com.amazonaws.sqs#ThrottlingException", "message": "Rate exceeded"}'

    def throttle(request: Any, **_: Any) -> AWSResponse | None:
        calls.append(time.monotonic())
        if len(calls) > 2:
            return None
        headers = HTTPHeaders()
        headers["x-amzn-query-error"] = "ThrottlingException;Sender"
        headers["Content-Type"] = "application/x-amz-json-1.0"
        return AWSResponse(request.url, 400, headers, Body())

    hook: Any = throttle  # a before-send hook that returns a response ends the request there
    sqs.meta.events.register("before-send.sqs.SendMessageBatch", hook)
    sender = PageSender(aws["s3"], sqs, bucket=aws["bucket"], queue_url=aws["queue_url"])

    [result] = sender.send([ScrapedPage("x", "https://jobs.example/t", b"<html></html>")])

    assert len(calls) == 3 and not hasattr(result, "reason")
    assert [parse_message(b).url for b in received(aws)] == ["https://jobs.example/t"]
