"""Dead letters redriven back into their workflow, with the audit trail; SQS DLQ redrive; the CLI."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from hirehound import redrive
from hirehound.db import dead_letters
from hirehound.db.dead_letters import State
from hirehound_local import cli
from hirehound_local.cloud import LocalCloud
from hirehound_local.console import console
from hirehound_local.corpus import load_corpus

pytestmark = pytest.mark.e2e

JOB = b"""<!doctype html><html><head><title>Platform Engineer</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",
 "title": "Platform Engineer", "description": "<p>Run our Kubernetes platform with Go and Terraform.</p>",
 "datePosted": "2026-11-20", "hiringOrganization": {"@type": "Organization", "name": "Initech"},
 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Paris",
 "addressCountry": "FR"}}}</script></head><body><h1>Platform Engineer</h1></body></html>"""
BLANK = b"<html><head></head><body>   </body></html>"


def dead_lettered(cloud: LocalCloud, url: str) -> tuple[dict[str, str], dead_letters.DeadLetter]:
    page = cloud.put_page(url, BLANK)
    assert cloud.run("Ingestion", {"page": page}).error == "DeadLettered"
    [letter] = [d for d in dead_letters.list_open() if d.item_key == url]
    return page, letter


def redrive_and_settle(
    cloud: LocalCloud, letters: list[dead_letters.DeadLetter]
) -> list[redrive.RedriveResult]:
    port = redrive.SfnExecutions(cloud.client("stepfunctions"))
    results = redrive.redrive(letters, port)
    for result in results:
        if result.execution_arn:
            cloud.wait(result.execution_arn)
    redrive.settle(port)
    return results


def test_a_fixed_dead_letter_is_redriven_resolved_and_audited(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    page, letter = dead_lettered(cloud, "https://initech.example/jobs/1")
    cloud.put_page(page["url"], JOB, key=page["key"])  # the scraper stored a good copy meanwhile

    [result] = redrive_and_settle(cloud, [letter])

    assert result.outcome is redrive.Outcome.STARTED
    assert cloud.wait(str(result.execution_arn)).status == "SUCCEEDED"
    after = dead_letters.get(letter.id)
    assert after is not None and after.state is State.RESOLVED and after.resolved_at is not None
    [trail] = dead_letters.redrives(letter.id)
    assert (trail.outcome, trail.execution_arn) == ("succeeded", result.execution_arn)
    assert trail.finished_at is not None
    assert conn.execute(b"SELECT status::text FROM postings").fetchall() == [{"status": "published"}]
    assert dead_letters.list_open() == []
    assert redrive.redrive([after], redrive.SfnExecutions(cloud.client("stepfunctions")))[0].outcome is (
        redrive.Outcome.SKIPPED
    )


def test_a_redrive_that_fails_again_reopens_its_letter_with_the_attempt_counted(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    _, letter = dead_lettered(cloud, "https://initech.example/jobs/2")

    [result] = redrive_and_settle(cloud, [letter])

    assert cloud.wait(str(result.execution_arn)).status == "FAILED"
    after = dead_letters.get(letter.id)
    assert after is not None and after.state is State.OPEN and after.redriven_at is None
    assert after.attempts == letter.attempts + 1 and after.redrive_outcome == "failed"
    [trail] = dead_letters.redrives(letter.id)
    assert trail.outcome == "failed" and "extract" in (trail.error or "")
    assert conn.execute(b"SELECT count(*) AS n FROM dead_letters").fetchone() == {"n": 1}  # no second letter


def test_redrive_selects_by_stage_or_all_and_skips_intake_rejects(cloud: LocalCloud) -> None:
    _, extract_letter = dead_lettered(cloud, "https://initech.example/jobs/3")
    cloud.client("sqs").send_message(QueueUrl=cloud.queue_url("IngestPages"), MessageBody="{not json")
    cloud.drain("IngestPages")
    [intake_letter] = dead_letters.list_open(stage="intake")

    assert [d.id for d in redrive.select(stage="extract")] == [extract_letter.id]
    assert {d.id for d in redrive.select(every=True)} == {extract_letter.id, intake_letter.id}
    with pytest.raises(ValueError):
        redrive.select()
    results = {r.dead_letter_id: r for r in redrive_and_settle(cloud, redrive.select(every=True))}
    assert results[intake_letter.id].outcome is redrive.Outcome.SKIPPED
    assert "not redrivable" in results[intake_letter.id].detail
    assert results[extract_letter.id].outcome is redrive.Outcome.STARTED


def test_an_execution_that_cannot_start_leaves_the_letter_open_with_the_reason(cloud: LocalCloud) -> None:
    _, letter = dead_lettered(cloud, "https://initech.example/jobs/4")

    class Down(redrive.SfnExecutions):
        def start(self, machine: str, name: str, payload: dict[str, Any]) -> redrive.Started:
            raise ConnectionError("states endpoint unreachable")

    [result] = redrive.redrive([letter], Down(cloud.client("stepfunctions")))

    assert result.outcome is redrive.Outcome.NOT_STARTED
    after = dead_letters.get(letter.id)
    assert after is not None and after.state is State.OPEN
    [trail] = dead_letters.redrives(letter.id)
    assert trail.outcome == "not_started" and "unreachable" in (trail.error or "")


def test_sqs_dlq_messages_are_moved_back_to_their_queue(cloud: LocalCloud) -> None:
    sqs = cloud.client("sqs")
    source = cloud.queue_url("IngestPages")
    dlq = sqs.get_queue_url(QueueName="IngestPages-dlq")["QueueUrl"]
    bodies = [json.dumps({"n": i}) for i in range(13)]
    for body in bodies:
        sqs.send_message(QueueUrl=dlq, MessageBody=body)

    assert redrive.move_queue_messages(sqs, dlq_url=dlq, source_url=source) == 13

    received: list[str] = []
    while batch := sqs.receive_message(QueueUrl=source, MaxNumberOfMessages=10).get("Messages", []):
        received += [m["Body"] for m in batch]
    assert sorted(received) == sorted(bodies)
    assert sqs.receive_message(QueueUrl=dlq).get("Messages", []) == []


def test_cli_lists_shows_and_redrives(
    db: str,
    conn: psycopg.Connection[Any],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(console, "width", 250)  # no wrapping inside table cells
    sample = next(p for p in load_corpus() if p.labels["expect"] == "published")
    page = {"url": sample.url, "bucket": "hirehound-raw-pages", "key": "pages/sample-1.html"}
    letter_id = dead_letters.record(
        workflow="ingestion",
        stage="extract",
        item_key=sample.url,
        payload={"page": page},
        error_type="TransientError",
        error_message="S3 error 503 reading the page",
        attempts=4,
        execution_id="arn:aws:states:us-east-1:123456789012:execution:Ingestion:first",
    )
    home = ["--home", str(tmp_path)]

    assert cli.main([*home, "dead-letters", "list", "--stage", "extract"]) == 0
    assert "S3 error 503" in capsys.readouterr().out
    assert cli.main([*home, "dead-letters", "show", str(letter_id)]) == 0
    assert "pages/sample-1.html" in capsys.readouterr().out
    assert cli.main([*home, "dead-letters", "redrive", str(letter_id)]) == 0
    assert "succeeded" in capsys.readouterr().out

    after = dead_letters.get(letter_id)
    assert after is not None and after.state is State.RESOLVED
    [row] = conn.execute(b"SELECT url FROM raw_pages").fetchall()
    assert row["url"] == sample.url
    assert cli.main([*home, "dead-letters", "list"]) == 0
    assert "none" in capsys.readouterr().out


def test_the_redrive_function_closes_express_redrives_and_the_15_minute_run_settles_standard_ones(
    cloud: LocalCloud,
) -> None:
    """In AWS: operators invoke MaintenanceRedrive (its role may start the machines and describe the
    Standard ones' runs). An Ingestion (Express) run is synchronous: its letter is closed when it
    returns; a Standard run is settled by MaintenanceExpiry, every 15 minutes."""
    page, letter = dead_lettered(cloud, "https://initech.example/jobs/5")
    cloud.put_page(page["url"], JOB, key=page["key"])
    standard = dead_letters.record(
        workflow="maintenance",
        stage="revalidate",
        item_key="task=revalidation",
        payload={"task": "revalidation"},
        error_type="TransientError",
        error_message="lock timeout",
        attempts=3,
        execution_id="arn:aws:states:us-east-1:123456789012:execution:MaintenanceRevalidation:r-1",
    )

    response = cloud.client("lambda").invoke(
        FunctionName="MaintenanceRedrive", Payload=json.dumps({"every": True}).encode()
    )
    answer = json.loads(response["Payload"].read())
    assert answer["settled"] == {}
    started = {r["dead_letter_id"]: r for r in answer["redriven"]}
    assert {r["outcome"] for r in started.values()} == {"started"}
    assert ":express:" in started[letter.id]["execution_arn"]
    resolved = dead_letters.get(letter.id)
    assert resolved is not None and resolved.state is State.RESOLVED  # closed when its run returned
    assert cloud.wait(started[standard]["execution_arn"]).status == "SUCCEEDED"
    before = dead_letters.get(standard)
    assert before is not None and before.state is State.REDRIVEN  # not settled yet

    run = cloud.run("MaintenanceExpiry", {"task": "expiry"})

    assert run.status == "SUCCEEDED", run.cause
    assert run.output["redrives"] == {"ok": True, "settled": {"succeeded": 1}}
    after = dead_letters.get(standard)
    assert after is not None and after.state is State.RESOLVED
    for letter_id in (letter.id, standard):
        [trail] = dead_letters.redrives(letter_id)
        assert (trail.outcome, trail.execution_arn) == ("succeeded", started[letter_id]["execution_arn"])
    assert cloud.run("MaintenanceExpiry", {"task": "expiry"}).output["redrives"]["settled"] == {}


def test_the_redrive_function_with_nothing_named_only_settles(cloud: LocalCloud) -> None:
    _, letter = dead_lettered(cloud, "https://initech.example/jobs/6")
    response = cloud.client("lambda").invoke(FunctionName="MaintenanceRedrive", Payload=b"{}")
    assert json.loads(response["Payload"].read()) == {"settled": {}, "redriven": []}
    still = dead_letters.get(letter.id)
    assert still is not None and still.state is State.OPEN
