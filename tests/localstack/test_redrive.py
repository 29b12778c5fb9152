"""A Catch into a dead letter, then the deployed MaintenanceRedrive function restarts it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from hirehound.express import is_express_execution

from tests.localstack.conftest import Client, Stack

pytestmark = pytest.mark.localstack

URL = "https://careers.initech.example/jobs/platform-engineer"
BLANK = b"<html><head></head><body>   </body></html>"
JOB = b"""<!doctype html><html><head><title>Platform Engineer</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",
 "title": "Platform Engineer", "description": "<p>Run our Kubernetes platform with Go and Terraform.</p>",
 "datePosted": "2026-11-20", "hiringOrganization": {"@type": "Organization", "name": "Initech"},
 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Paris",
 "addressCountry": "FR"}}}</script></head><body><h1>Platform Engineer</h1></body></html>"""


def invoke(aws: Callable[[str], Client], function: str, payload: dict[str, Any]) -> dict[str, Any]:
    answer = aws("lambda").invoke(FunctionName=function, Payload=json.dumps(payload).encode())
    body = json.loads(answer["Payload"].read())
    assert "FunctionError" not in answer, body
    return body  # type: ignore[no-any-return]


def test_a_dead_lettered_page_is_redriven_by_the_deployed_function_and_resolved(
    aws: Callable[[str], Client], stack: Stack, conn: psycopg.Connection[dict[str, Any]], run_id: str
) -> None:
    """Ingestion is Express: the page runs synchronously (StartSyncExecution, as IngestStart runs it),
    and MaintenanceRedrive's redrive of it is synchronous too, so the letter is resolved when the
    function returns, without a settling pass."""
    sfn, key = aws("stepfunctions"), f"e2e-{run_id}/redrive/platform-engineer.html"
    aws("s3").put_object(Bucket=stack.raw_bucket, Key=key, Body=BLANK)
    first = sfn.start_sync_execution(
        stateMachineArn=stack.machine_arn("Ingestion"),
        name=f"e2e-redrive-{run_id}",
        input=json.dumps({"page": {"url": URL, "bucket": stack.raw_bucket, "key": key}}),
    )
    assert (first["status"], first.get("error")) == ("FAILED", "DeadLettered")  # Catch -> RecordDeadLetter
    (letter,) = conn.execute("SELECT * FROM dead_letters WHERE item_key = %s", (URL,)).fetchall()
    assert (letter["stage"], letter["error_type"], letter["state"]) == ("extract", "BadInputError", "open")
    assert letter["payload"]["page"]["key"] == key

    aws("s3").put_object(Bucket=stack.raw_bucket, Key=key, Body=JOB)  # the scraper stored a good copy
    redrive = stack.physical_id("Maintenance/MaintenanceRedrive/Resource")
    answer = invoke(aws, redrive, {"ids": [letter["id"]]})
    (redriven,) = answer["redriven"]
    assert (redriven["dead_letter_id"], redriven["outcome"]) == (letter["id"], "started")
    assert is_express_execution(redriven["execution_arn"])

    after = conn.execute("SELECT * FROM dead_letters WHERE id = %s", (letter["id"],)).fetchone()
    assert after is not None and after["state"] == "resolved" and after["resolved_at"] is not None
    (trail,) = conn.execute("SELECT * FROM dead_letter_redrives WHERE dead_letter_id = %s", (letter["id"],))
    assert (trail["execution_arn"], trail["outcome"]) == (redriven["execution_arn"], "succeeded")
    (posting,) = conn.execute("SELECT status::text FROM postings WHERE url = %s", (URL,))
    assert posting["status"] == "published"
    # A settling pass (what the 15-minute expiry run does) leaves the resolved letter as it is.
    invoke(aws, redrive, {})
    again = conn.execute("SELECT state FROM dead_letters WHERE id = %s", (letter["id"],)).fetchone()
    assert again is not None and again["state"] == "resolved"
