"""Sample pages through the deployed stack: raw bucket -> IngestPages -> LocalStack's event source
mapping -> IngestStart -> one Ingestion execution per page -> rows in Postgres."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import psycopg
import pytest

from tests.localstack.conftest import SAMPLES, Client, Stack, executions_with, wait_for

pytestmark = pytest.mark.localstack

#: A little of everything the corpus has: three shapes published, an exact duplicate with its
#: original, spam, an empty page (the labels in samples/labels.json say how each must end).
FILES = (
    "pages/page-001.html",  # greenhouse
    "pages/page-010.html",  # lever
    "pages/page-008.html",  # workday
    "pages/page-042.html",  # microdata, the original of 049
    "pages/page-049.html",  # its exact duplicate
    "pages/page-013.html",  # spam
    "pages/page-084.html",  # empty: a dead letter
)
PAIR = ("pages/page-042.html", "pages/page-049.html")
#: Pages reach the queue this far apart (SQS DelaySeconds), as a scraper's would: all at once, every
#: function needs one cold environment per page at the same moment, more than 2 cores start quickly.
STAGGER_S = 15
BAD_MESSAGE = '{"url": "https://boards.example/jobs/1"}'  # no key: dead-lettered at intake


def labels() -> dict[str, dict[str, Any]]:
    return {
        label["file"]: label for label in json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))
    }


@pytest.fixture(scope="module")
def ingested(
    aws: Callable[[str], Client], stack: Stack, conn: psycopg.Connection[dict[str, Any]], run_id: str
) -> dict[str, dict[str, Any]]:
    """Upload the pages, queue their messages (and one bad message), wait for every execution."""
    by_file = labels()
    keys = {f"e2e-{run_id}/{file}": by_file[file] for file in FILES}
    for key, label in keys.items():
        aws("s3").put_object(Bucket=stack.raw_bucket, Key=key, Body=(SAMPLES / label["file"]).read_bytes())
    queue = aws("sqs").get_queue_url(QueueName="Hirehound-localstack-IngestPages")["QueueUrl"]
    entries = [
        {
            "Id": str(i),
            "MessageBody": json.dumps({"url": label["url"], "key": key}),
            "DelaySeconds": i * STAGGER_S,
        }
        for i, (key, label) in enumerate(keys.items())
    ]
    sent = aws("sqs").send_message_batch(
        QueueUrl=queue, Entries=[*entries, {"Id": "bad", "MessageBody": BAD_MESSAGE}]
    )
    assert not sent.get("Failed")
    sfn = aws("stepfunctions")
    arns = executions_with(
        sfn, stack.machine_arn("Ingestion"), lambda i: i.get("page", {}).get("key") in keys, len(keys), 600
    )
    ended = wait_for(sfn, arns)
    return {json.loads(d["input"])["page"]["key"]: {**d, "label": keys[json.loads(d["input"])["page"]["key"]]}
            for d in ended.values()}  # fmt: skip


def test_every_page_started_exactly_one_execution_that_ended(ingested: dict[str, dict[str, Any]]) -> None:
    assert len(ingested) == len(FILES)
    for key, execution in ingested.items():
        dead_letter = execution["label"]["expect"] == "dead_letter"
        assert execution["status"] == ("FAILED" if dead_letter else "SUCCEEDED"), (
            key,
            execution.get("cause"),
        )
        if dead_letter:
            assert execution["error"] == "DeadLettered"


def test_postings_end_published_duplicate_or_rejected_as_labelled(
    ingested: dict[str, dict[str, Any]], conn: psycopg.Connection[dict[str, Any]]
) -> None:
    rows = {
        r["url"]: r for r in conn.execute("SELECT id, url, status::text, duplicate_of, title FROM postings")
    }
    by_file = {e["label"]["file"]: e["label"] for e in ingested.values()}
    for file, label in by_file.items():
        if file not in PAIR and label["expect"] != "dead_letter":
            assert rows[label["url"]]["status"] == label["expect"], file
            if label["expect"] == "published":
                assert rows[label["url"]]["title"] == label["title"]
    # The exact pair ran concurrently: whichever came second is the duplicate of the other.
    pair = [rows[by_file[file]["url"]] for file in PAIR]
    assert sorted(p["status"] for p in pair) == ["duplicate", "published"]
    original, duplicate = sorted(pair, key=lambda p: p["status"] != "published")
    assert duplicate["duplicate_of"] == original["id"]


def test_the_empty_page_and_the_bad_message_are_dead_letters_with_their_reasons(
    ingested: dict[str, dict[str, Any]], conn: psycopg.Connection[dict[str, Any]]
) -> None:
    letters = conn.execute(
        "SELECT workflow, stage, item_key, error_type, error_message FROM dead_letters ORDER BY id"
    ).fetchall()
    empty = next(e["label"]["url"] for e in ingested.values() if e["label"]["file"] == "pages/page-084.html")
    (page_letter,) = [d for d in letters if d["item_key"] == empty]
    assert (page_letter["workflow"], page_letter["stage"]) == ("ingestion", "extract")
    assert (
        page_letter["error_type"] == "BadInputError"
    )  # the exception class, as Lambda's Python runtime names it
    assert "empty" in page_letter["error_message"]
    (intake_letter,) = [d for d in letters if d["stage"] == "intake"]
    assert intake_letter["item_key"] == "https://boards.example/jobs/1"
    assert "key" in intake_letter["error_message"]


def test_new_companies_start_enrichment_through_the_deployed_rule(
    aws: Callable[[str], Client],
    stack: Stack,
    conn: psycopg.Connection[dict[str, Any]],
    ingested: Any,
    session_start: datetime,
) -> None:
    """Ingestion announced each new company (CompanyCreated on the default bus); the rule started one
    Enrichment per company. One more event, sent here, starts one more run."""
    companies = [r["id"] for r in conn.execute("SELECT id FROM companies ORDER BY id")]
    assert companies
    sfn, machine = aws("stepfunctions"), stack.machine_arn("Enrichment")
    announced = executions_with(
        sfn, machine, lambda i: set(i) == {"company_id"}, len(companies), 300, session_start
    )
    inputs = [json.loads(sfn.describe_execution(executionArn=a)["input"]) for a in announced]
    assert sorted(i["company_id"] for i in inputs) == companies
    detail = {"company_id": companies[0]}
    sent = aws("events").put_events(
        Entries=[{"Source": "hirehound.ingest", "DetailType": "CompanyCreated", "Detail": json.dumps(detail)}]
    )
    assert sent["FailedEntryCount"] == 0
    runs = executions_with(sfn, machine, lambda i: i == detail, 2, 120, session_start)
    assert len(set(runs) - set(announced)) == 1  # the event sent here started one more run
    for run in wait_for(sfn, [*announced, *runs]).values():
        assert run["status"] == "SUCCEEDED", run.get("cause")
        output = json.loads(run["output"])
        assert set(output["sources"]) == {"linkedin", "clearbit", "crunchbase"}
    dlq = stack.physical_id("EventRoutes/CompanyCreated/Dlq/Resource")
    assert not aws("sqs").receive_message(QueueUrl=dlq).get("Messages")  # every event was delivered


def test_finished_executions_are_recorded_through_the_status_rule(
    ingested: dict[str, dict[str, Any]], conn: psycopg.Connection[dict[str, Any]]
) -> None:
    """The deployed "Step Functions Execution Status Change" rule invokes RecordExecution, which
    keeps each finished run with its per-state outcome in workflow_executions."""
    arns = {e["executionArn"]: e for e in ingested.values()}
    deadline = time.monotonic() + 120
    while True:
        rows = {
            r["execution_arn"]: r
            for r in conn.execute(
                "SELECT execution_arn, status, error, states FROM workflow_executions"
                " WHERE execution_arn = ANY(%s)",
                (list(arns),),
            )
        }
        if len(rows) == len(arns) or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert set(rows) == set(arns)
    for arn, row in rows.items():
        assert (row["status"], row["error"]) == (arns[arn]["status"], arns[arn].get("error"))
        assert "Extract" in row["states"]


def test_the_pipeline_recorded_each_stage(conn: psycopg.Connection[dict[str, Any]], ingested: Any) -> None:
    stages = {
        r["stage"] for r in conn.execute("SELECT DISTINCT stage FROM stage_runs WHERE workflow = 'ingestion'")
    }
    assert {"extract", "clean", "normalize", "embed", "deduplicate", "publish"} <= stages
