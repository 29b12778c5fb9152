"""The real ingestion state machines, run by the local runtime against the embedded Postgres."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from hirehound.errors import TransientError
from hirehound_local.cloud import LocalCloud

pytestmark = pytest.mark.e2e

JOB_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Senior Data Engineer</title>
<script type="application/ld+json">{
  "@context": "https://schema.org", "@type": "JobPosting", "title": "Senior Data Engineer",
  "description": "<p>Build our data platform with Python, SQL and Kubernetes.</p><ul><li>Own it</li></ul>",
  "datePosted": "2026-11-20", "validThrough": "2027-01-20", "employmentType": "FULL_TIME",
  "hiringOrganization": {"@type": "Organization", "name": "Acme Corp", "sameAs": "https://acme.example"},
  "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin",
                  "addressCountry": "DE"}},
  "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                 "value": {"@type": "QuantitativeValue", "minValue": 70000, "maxValue": 90000,
                           "unitText": "YEAR"}}
}</script></head><body><h1>Senior Data Engineer</h1><p>Build our data platform.</p></body></html>"""

STAGES = (
    "extract",
    "clean",
    "normalize",
    "match_company",
    "extract_skills",
    "embed",
    "deduplicate",
    "cluster",
    "index",
    "score_quality",
    "detect_spam",
    "publish",
)
NOT_A_JOB = b"<html><head></head><body>   </body></html>"


def rows(conn: psycopg.Connection[Any], query: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    return conn.execute(query.encode(), params).fetchall()


def task_outcomes(cloud: LocalCloud, arn: str, state: str) -> list[str]:
    """TaskFailed / TaskSucceeded events of one state of a sequential execution, in order."""
    current, outcomes = None, []
    for event in cloud.history(arn):
        if entered := event.get("stateEnteredEventDetails"):
            current = entered["name"]
        elif event["type"] in {"TaskFailed", "TaskSucceeded"} and current == state:
            outcomes.append(event["type"])
    return outcomes


def test_a_page_is_stored_extracted_cleaned_normalized_and_published(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    page = cloud.put_page("https://acme.example/careers/senior-data-engineer", JOB_PAGE.encode())

    execution = cloud.run("Ingestion", {"page": page})

    assert execution.status == "SUCCEEDED", execution.cause
    assert execution.output["status"] == "published"
    [raw] = rows(conn, "SELECT * FROM raw_pages")
    assert raw["object_key"] == page["key"] and raw["size_bytes"] == len(JOB_PAGE.encode())
    [posting] = rows(conn, "SELECT * FROM postings")
    assert posting["id"] == execution.output["posting_id"]
    assert posting["title"] == "Senior Data Engineer"
    assert posting["seniority"] == "senior"
    assert posting["employment_type"] == "full_time"
    assert (posting["city"], posting["country_code"]) == ("Berlin", "DE")
    assert (posting["salary_annual_min"], posting["salary_currency"]) == (70000, "EUR")
    assert "Python, SQL and Kubernetes" in posting["description_text"]
    assert posting["status"] == "published" and posting["published_at"] is not None
    stages = {r["stage"]: r["outcome"] for r in rows(conn, "SELECT stage, outcome FROM stage_runs")}
    assert stages == dict.fromkeys(STAGES, "ok")


def test_a_transient_error_is_retried_and_the_page_still_publishes(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    cloud.router.inject_faults("IngestClean", TransientError("connection reset by the proxy"))
    page = cloud.put_page("https://acme.example/careers/1", JOB_PAGE.encode())

    execution = cloud.run("Ingestion", {"page": page})

    assert execution.status == "SUCCEEDED", execution.cause
    clean_calls = [i for i in cloud.router.invocations if i.function == "IngestClean"]
    assert [call.error for call in clean_calls] == ["TransientError", None]
    assert [call.event["attempt"] for call in clean_calls] == [0, 1]
    assert task_outcomes(cloud, execution.arn, "Clean") == ["TaskFailed", "TaskSucceeded"]
    assert rows(conn, "SELECT status::text FROM postings") == [{"status": "published"}]
    assert rows(conn, "SELECT count(*) AS n FROM dead_letters") == [{"n": 0}]


def test_a_permanent_error_is_caught_into_a_dead_letter_with_its_reason(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    page = cloud.put_page("https://example.org/blank", NOT_A_JOB)

    execution = cloud.run("Ingestion", {"page": page})

    assert execution.status == "FAILED" and execution.error == "DeadLettered"
    [letter] = rows(conn, "SELECT * FROM dead_letters")
    assert letter["workflow"] == "ingestion" and letter["stage"] == "extract"
    assert letter["error_type"] == "BadInputError" and letter["error_message"]
    assert letter["item_key"] == "https://example.org/blank"
    assert letter["payload"] == {"page": page}
    assert letter["attempts"] == 1 and letter["execution_id"] == execution.arn
    assert len(rows(conn, "SELECT * FROM raw_pages")) == 1  # the page was stored before failing
    assert rows(conn, "SELECT count(*) AS n FROM postings") == [{"n": 0}]


def test_ingesting_the_same_page_twice_changes_nothing(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    page = cloud.put_page("https://acme.example/careers/2", JOB_PAGE.encode())
    first = cloud.run("Ingestion", {"page": page})
    snapshot = rows(conn, "SELECT * FROM postings")

    second = cloud.run("Ingestion", {"page": page})

    assert first.output == second.output
    after = rows(conn, "SELECT * FROM postings")
    volatile = {"updated_at", "last_seen_at"}
    assert [{k: v for k, v in r.items() if k not in volatile} for r in after] == [
        {k: v for k, v in r.items() if k not in volatile} for r in snapshot
    ]
    assert len(rows(conn, "SELECT * FROM raw_pages")) == 1


def test_a_batch_fans_out_and_its_completion_step_records_every_outcome(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    pages = [
        cloud.put_page("https://acme.example/careers/a", JOB_PAGE.encode()),
        cloud.put_page("https://acme.example/careers/b", JOB_PAGE.replace("Senior", "Junior").encode()),
        cloud.put_page("https://example.org/blank", NOT_A_JOB),
    ]

    execution = cloud.run("IngestionBatch", {"batch_id": "b-1", "pages": pages})

    assert execution.status == "SUCCEEDED", execution.cause
    assert execution.output["outcomes"] == {"published": 2, "dead_letter": 1}
    [batch] = rows(conn, "SELECT * FROM ingest_batches")
    assert batch["batch_id"] == "b-1" and batch["pages"] == 3
    assert json.loads(json.dumps(batch["outcomes"])) == {"published": 2, "dead_letter": 1}
    runs = cloud.executions("Ingestion")  # one synchronous Express run per page
    assert len(runs) == 3

    again = cloud.run("IngestionBatch", {"batch_id": "b-2", "pages": pages})

    assert again.output["outcomes"] == {"published": 2, "dead_letter": 1}  # as recorded at intake
    assert len(cloud.executions("Ingestion")) == 3  # finished pages are not run again
    assert rows(conn, "SELECT count(*) AS n FROM dead_letters") == [{"n": 1}]


def test_the_same_bad_page_ingested_three_times_is_one_open_letter_with_three_occurrences(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    """A scraper re-sending a page, a second batch, a retry: three executions, one letter per item."""
    page = cloud.put_page("https://example.org/blank", NOT_A_JOB)
    runs = [
        cloud.run("Ingestion", {"page": page}),
        cloud.run("Ingestion", {"page": page}),
        cloud.run("IngestionBatch", {"batch_id": "again", "pages": [page]}),
    ]

    assert [r.error for r in runs[:2]] == ["DeadLettered"] * 2
    assert runs[2].output["outcomes"] == {"dead_letter": 1}
    [letter] = rows(conn, "SELECT * FROM dead_letters WHERE state = 'open'")
    assert (letter["item_key"], letter["stage"], letter["occurrences"]) == (page["url"], "extract", 3)
    assert letter["attempts"] == 3 and letter["execution_id"] not in {runs[0].arn, runs[1].arn}
    history = rows(
        conn,
        "SELECT execution_id, error_type FROM dead_letter_occurrences WHERE dead_letter_id = %s ORDER BY id",
        (letter["id"],),
    )
    assert [h["execution_id"] for h in history][:2] == [runs[0].arn, runs[1].arn]
    assert len({h["execution_id"] for h in history}) == 3
    assert {h["error_type"] for h in history} == {"BadInputError"}
