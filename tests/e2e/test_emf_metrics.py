"""The EMF records the handlers print while real workflows run: names and dimensions per stage."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hirehound.metric_catalog import DIMENSIONS, NAMESPACE, MetricName
from hirehound_local.cloud import LocalCloud

from tests.e2e.test_ingestion_workflow import JOB_PAGE, NOT_A_JOB, STAGES

pytestmark = pytest.mark.e2e


def emf_records(stdout: str) -> list[dict[str, Any]]:
    """The EMF JSON lines of captured stdout (Powertools prints one object per line)."""
    records = []
    for line in stdout.splitlines():
        if line.startswith("{") and '"_aws"' in line:
            records.append(json.loads(line))
    return records


def metrics_of(record: dict[str, Any]) -> tuple[set[str], tuple[str, ...]]:
    [directive] = record["_aws"]["CloudWatchMetrics"]
    assert directive["Namespace"] == NAMESPACE
    [dimensions] = directive["Dimensions"]
    return {m["Name"] for m in directive["Metrics"]}, tuple(dimensions)


def test_every_stage_emits_duration_and_outcome_with_the_catalogue_dimensions(
    cloud: LocalCloud, capsys: pytest.CaptureFixture[str]
) -> None:
    published = cloud.run(
        "Ingestion", {"page": cloud.put_page("https://acme.example/jobs/1", JOB_PAGE.encode())}
    )
    blank = cloud.run("Ingestion", {"page": cloud.put_page("https://example.org/blank", NOT_A_JOB)})
    assert (published.status, blank.status) == ("SUCCEEDED", "FAILED")

    records = emf_records(capsys.readouterr().out)

    by_stage: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        names, dimensions = metrics_of(record)
        assert names, record
        for name in names:  # every record matches the catalogue exactly
            assert set(dimensions) == set(DIMENSIONS[MetricName(name)]), (name, dimensions)
        assert all(isinstance(record[d], str) and record[d] for d in dimensions)
        assert record["service"] == "hirehound"
        if "stage" in dimensions:
            by_stage.setdefault(record["stage"], []).append(record)
    for stage in STAGES:
        successes = [r for r in by_stage[stage] if MetricName.STAGE_SUCCEEDED in r]
        assert successes and all(r["workflow"] == "ingestion" for r in successes), stage
        assert all(ms >= 0 for r in successes for ms in r[MetricName.STAGE_DURATION])
    failed = {
        (r["stage"], r["outcome"]): r[MetricName.STAGE_FAILED]
        for records_of in by_stage.values()
        for r in records_of
        if MetricName.STAGE_FAILED in r
    }
    # The blank page fails extract for good (then the dead-letter recorder runs, with no stage_runs).
    assert failed == {("extract", "permanent_error"): [1.0]}
    durations = [r for r in by_stage["extract"] if MetricName.STAGE_DURATION in r]
    assert len(durations) == 2  # the failed invocation is timed too


def test_an_intake_batch_and_its_publish_emit_queue_and_source_metrics(
    cloud: LocalCloud, capsys: pytest.CaptureFixture[str]
) -> None:
    page = cloud.put_page("https://www.acme.example/jobs/7", JOB_PAGE.encode())
    sqs = cloud.client("sqs")
    sqs.send_message(QueueUrl=cloud.queue_url("IngestPages"), MessageBody=json.dumps(page))
    sqs.send_message(QueueUrl=cloud.queue_url("IngestPages"), MessageBody="not json")
    capsys.readouterr()
    assert cloud.drain("IngestPages") == 2
    # the consumer waited for its run (synchronous Express start): it has ended already
    assert [e["status"] for e in cloud.executions("Ingestion")] == ["SUCCEEDED"]

    records = emf_records(capsys.readouterr().out)
    queued: dict[tuple[str, str], float] = {}
    for r in records:
        if MetricName.QUEUE_MESSAGES in r:
            key = (r["queue"], r["outcome"])
            queued[key] = queued.get(key, 0) + sum(r[MetricName.QUEUE_MESSAGES])
    assert queued == {("IngestPages", "ok"): 1, ("IngestPages", "dead_letter"): 1}
    published = [
        (r["source"], r["outcome"], r[MetricName.PUBLICATION_OUTCOMES])
        for r in records
        if MetricName.PUBLICATION_OUTCOMES in r
    ]
    assert published == [("acme.example", "published", [1.0])]
