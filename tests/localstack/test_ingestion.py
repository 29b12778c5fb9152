"""Sample pages through the deployed stack: raw bucket -> IngestPages -> LocalStack's event source
mapping -> IngestStart -> one synchronous Ingestion (Express) run per page -> rows in Postgres."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import psycopg
import pytest
from hirehound.express import is_express_execution
from hirehound_infra import topology

from tests.localstack.conftest import SAMPLES, Client, Stack, executions_with, wait_for

pytestmark = pytest.mark.localstack


@pytest.fixture(scope="module", autouse=True)
def schedules_paused(aws: Callable[[str], Client]) -> Iterator[None]:
    """The deployed schedules run for real here: MaintenanceExpiry (every 15 minutes) once expired the
    sample pair, whose dates have passed, between ingestion and the assertions on what ingestion left
    (clean-clone runs at 17:15 and 16:45). Paused while this module runs: disabled, and their targets
    taken off, since LocalStack's scheduler (2026.3) goes on firing a disabled rule's job (its job
    function sends to the rule's targets without reading the rule's state). Restored after."""
    events = aws("events")
    expressions = {spec.expression for spec in topology.SCHEDULES}
    rules = [
        r["Name"]
        for page in events.get_paginator("list_rules").paginate()
        for r in page["Rules"]
        if r.get("ScheduleExpression") in expressions
    ]
    assert len(rules) == len(expressions)
    targets = {name: events.list_targets_by_rule(Rule=name)["Targets"] for name in rules}
    for name in rules:
        events.disable_rule(Name=name)
        events.remove_targets(Rule=name, Ids=[target["Id"] for target in targets[name]])
    yield
    for name in rules:
        events.put_targets(Rule=name, Targets=targets[name])
        events.enable_rule(Name=name)


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
#: Pages reach the queue this far apart (SQS DelaySeconds), as a scraper's would. Sent at once they
#: are one IngestStart batch whose runs all need cold environments at the same moment: measured
#: 2026-12-01 (load ~23 on 2 cores), the runs took up to 205 s of the Express limit's 280 s.
STAGGER_S = 15
#: IngestionBatch: pages the queue path has finished (one of each end), and one it has not seen.
BATCH_AGAIN = ("pages/page-001.html", "pages/page-013.html", "pages/page-084.html")
BATCH_NEW = "pages/page-002.html"
BAD_MESSAGE = '{"url": "https://boards.example/jobs/1"}'  # no key: dead-lettered at intake
#: The last page is queued (len(FILES) - 1) x STAGGER_S after the first; cold starts on 2 shared cores.
INTAKE_TIMEOUT_S = 600


def labels() -> dict[str, dict[str, Any]]:
    return {
        label["file"]: label for label in json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))
    }


@pytest.fixture(scope="module")
def ingested(
    aws: Callable[[str], Client], stack: Stack, conn: psycopg.Connection[dict[str, Any]], run_id: str
) -> dict[str, dict[str, Any]]:
    """Upload the pages, queue their messages (and one bad message), wait until every page's intake
    record has finished: Ingestion is Express, its runs cannot be listed or described, IngestStart
    waits for each (StartSyncExecution) and keeps how it ended in `intake_pages`."""
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
    deadline = time.monotonic() + INTAKE_TIMEOUT_S
    while True:
        rows = conn.execute(
            "SELECT page->>'key' AS key, state, outcome, runs, execution_arn, error, posting_id"
            " FROM intake_pages WHERE page->>'key' = ANY(%s)",
            (list(keys),),
        ).fetchall()
        if sum(r["state"] == "finished" for r in rows) == len(keys):
            return {r["key"]: {**r, "label": keys[r["key"]]} for r in rows}
        assert time.monotonic() < deadline, f"intake after {INTAKE_TIMEOUT_S} s: {rows}"
        time.sleep(3)


def test_every_page_ran_once_on_express_and_ended_as_labelled(ingested: dict[str, dict[str, Any]]) -> None:
    assert len(ingested) == len(FILES)
    for key, intake in ingested.items():
        label = intake["label"]
        assert intake["runs"] == 1, (key, intake["error"])  # one synchronous run, no retry needed
        assert is_express_execution(intake["execution_arn"]), intake["execution_arn"]
        if label["file"] not in PAIR:
            assert intake["outcome"] == label["expect"], (key, intake["error"])
    assert sorted(i["outcome"] for i in ingested.values() if i["label"]["file"] in PAIR) == [
        "duplicate",
        "published",
    ]


def test_postings_end_published_duplicate_or_rejected_as_labelled(
    ingested: dict[str, dict[str, Any]], conn: psycopg.Connection[dict[str, Any]]
) -> None:
    rows = {
        r["url"]: r for r in conn.execute("SELECT id, url, status::text, duplicate_of, title FROM postings")
    }
    by_file = {e["label"]["file"]: e for e in ingested.values()}
    for file, intake in by_file.items():
        label = intake["label"]
        if file not in PAIR and label["expect"] != "dead_letter":
            assert rows[label["url"]]["status"] == label["expect"], file
            assert rows[label["url"]]["id"] == intake["posting_id"], file  # the run's output, kept
            if label["expect"] == "published":
                assert rows[label["url"]]["title"] == label["title"]
    # The exact pair may run at once: whichever came second is the duplicate of the other.
    pair = [rows[by_file[file]["label"]["url"]] for file in PAIR]
    assert sorted(p["status"] for p in pair) == ["duplicate", "published"]
    original, duplicate = sorted(pair, key=lambda p: p["status"] != "published")
    assert duplicate["duplicate_of"] == original["id"]


def test_a_batch_runs_its_new_page_on_express_and_reuses_what_intake_recorded(
    aws: Callable[[str], Client],
    stack: Stack,
    conn: psycopg.Connection[dict[str, Any]],
    ingested: dict[str, dict[str, Any]],
    run_id: str,
) -> None:
    """IngestionBatch (Standard) -> IngestRunPages -> one synchronous Ingestion run for the page intake
    has not seen; the pages the queue path finished are not run again, their outcomes are reused."""
    again = [k for k, i in ingested.items() if i["label"]["file"] in BATCH_AGAIN]
    label = labels()[BATCH_NEW]
    new_key = f"e2e-{run_id}/batch/{BATCH_NEW}"
    aws("s3").put_object(Bucket=stack.raw_bucket, Key=new_key, Body=(SAMPLES / BATCH_NEW).read_bytes())
    pages = [
        {"url": page["url"], "bucket": stack.raw_bucket, "key": key}
        for key, page in [*((k, ingested[k]["label"]) for k in again), (new_key, label)]
    ]
    sfn = aws("stepfunctions")
    started = sfn.start_execution(
        stateMachineArn=stack.machine_arn("IngestionBatch"),
        name=f"e2e-batch-{run_id}",
        input=json.dumps({"batch_id": f"e2e-{run_id}", "pages": pages}),
    )
    (batch,) = wait_for(sfn, [started["executionArn"]]).values()
    assert batch["status"] == "SUCCEEDED", batch.get("cause")
    expected = Counter(ingested[k]["outcome"] for k in again) + Counter({label["expect"]: 1})
    assert json.loads(batch["output"])["outcomes"] == dict(expected)
    (row,) = conn.execute(
        "SELECT pages, outcomes FROM ingest_batches WHERE batch_id = %s", (f"e2e-{run_id}",)
    )
    assert (row["pages"], row["outcomes"]) == (len(pages), dict(expected))
    intake = {
        r["key"]: r
        for r in conn.execute(
            "SELECT page->>'key' AS key, runs, execution_arn, outcome FROM intake_pages"
            " WHERE page->>'key' = ANY(%s)",
            ([p["key"] for p in pages],),
        )
    }
    for key in again:  # not run again: the same single run
        assert (intake[key]["runs"], intake[key]["execution_arn"]) == (1, ingested[key]["execution_arn"])
    assert intake[new_key]["runs"] == 1 and is_express_execution(intake[new_key]["execution_arn"])
    assert intake[new_key]["outcome"] == label["expect"]


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


def test_finished_standard_runs_are_recorded_through_the_status_rule(
    aws: Callable[[str], Client],
    stack: Stack,
    conn: psycopg.Connection[dict[str, Any]],
    ingested: dict[str, dict[str, Any]],
    session_start: datetime,
) -> None:
    """The deployed "Step Functions Execution Status Change" rule invokes RecordExecution, which
    keeps each finished Standard run (here: the Enrichment runs the new companies started) with its
    per-state outcome in workflow_executions. Express runs send no such events."""
    sfn = aws("stepfunctions")
    count = len(conn.execute("SELECT id FROM companies").fetchall())
    runs = executions_with(
        sfn, stack.machine_arn("Enrichment"), lambda i: "company_id" in i, count, 300, session_start
    )
    ended = wait_for(sfn, runs)
    deadline = time.monotonic() + 120
    while True:
        rows = {
            r["execution_arn"]: r
            for r in conn.execute(
                "SELECT execution_arn, status, error, states FROM workflow_executions"
                " WHERE execution_arn = ANY(%s)",
                (list(ended),),
            )
        }
        if len(rows) == len(ended) or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert set(rows) == set(ended)
    for arn, row in rows.items():
        assert (row["status"], row["error"]) == (ended[arn]["status"], ended[arn].get("error"))
        assert "Merge" in row["states"], row["states"]
    express = [i["execution_arn"] for i in ingested.values()]
    recorded = conn.execute("SELECT 1 FROM workflow_executions WHERE execution_arn = ANY(%s)", (express,))
    assert not recorded.fetchall()  # Express runs are kept by their starter, in intake_pages


def test_the_pipeline_recorded_each_stage(conn: psycopg.Connection[dict[str, Any]], ingested: Any) -> None:
    stages = {
        r["stage"] for r in conn.execute("SELECT DISTINCT stage FROM stage_runs WHERE workflow = 'ingestion'")
    }
    assert {"extract", "clean", "normalize", "embed", "deduplicate", "publish"} <= stages
