"""`hirehound status --aws` against the local runtime's AWS APIs: a LocalCloud named like the deployed
stack (`Hirehound-dev-…`) with real queue depths, dead letters and a running Enrichment execution.
What only CloudWatch would have (SQS's age metric, an alarm's state, our EMF counts) is put into moto's
CloudWatch by the test, as AWS would have reported it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hirehound_local import cli
from hirehound_local.aws_status import Stage, snapshot
from hirehound_local.cloud import LocalCloud

pytestmark = pytest.mark.e2e

STACK = "Hirehound-dev"


@pytest.fixture
def deployed(db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalCloud]:
    with LocalCloud(env={"DATABASE_URL": db}, rules=True, stack=STACK) as local:
        yield local
        sfn = local.client("stepfunctions")  # stop what still waits, before the database goes
        for machine in sfn.list_state_machines()["stateMachines"]:
            if machine["type"] == "EXPRESS":  # not listable; nothing is left running there
                continue
            running = sfn.list_executions(stateMachineArn=machine["stateMachineArn"], statusFilter="RUNNING")
            for execution in running["executions"]:
                sfn.stop_execution(executionArn=execution["executionArn"])


def add_company(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute(
        "INSERT INTO companies (name, normalized_name, domain, blocking_key)"
        " VALUES ('Globex', 'globex', 'globex.example', 'glo') RETURNING id"
    ).fetchone()
    assert row is not None
    return int(row["id"])


def wait_for_messages(cloud: LocalCloud, queue: str, count: int) -> None:
    import time

    deadline = time.monotonic() + 30
    sqs = cloud.client("sqs")
    while time.monotonic() < deadline:
        attributes = sqs.get_queue_attributes(
            QueueUrl=cloud.queue_url(queue), AttributeNames=["ApproximateNumberOfMessages"]
        )
        if int(attributes["Attributes"]["ApproximateNumberOfMessages"]) >= count:
            return
        time.sleep(0.1)
    raise TimeoutError(f"{queue} never held {count} messages")


def put_cloudwatch_state(cloud: LocalCloud) -> None:
    """What AWS itself would report: SQS's age metric, our EMF count, alarms of this and another stack."""
    cw = cloud.client("cloudwatch")
    now = datetime.now(UTC) - timedelta(minutes=1)  # SQS and EMF datapoints arrive a minute late
    cw.put_metric_data(
        Namespace="AWS/SQS",
        MetricData=[
            {
                "MetricName": "ApproximateAgeOfOldestMessage",
                "Dimensions": [{"Name": "QueueName", "Value": f"{STACK}-IngestPages"}],
                "Timestamp": now,
                "Value": 742,
                "Unit": "Seconds",
            }
        ],
    )
    cw.put_metric_data(
        Namespace="Hirehound",
        MetricData=[
            {
                "MetricName": "StageSucceeded",
                "Dimensions": [
                    {"Name": "service", "Value": "hirehound"},
                    {"Name": "workflow", "Value": "shared"},
                    {"Name": "stage", "Value": "record_dead_letter"},
                ],
                "Timestamp": now,
                "Value": 3,
                "Unit": "Count",
            }
        ],
    )
    for name, state in (
        (f"{STACK}-IngestPagesBacklog", "ALARM"),
        (f"{STACK}-AuroraAtMaxCapacity", "OK"),
        ("Hirehound-prod-IngestPagesBacklog", "ALARM"),  # another stage's: not ours
    ):
        cw.put_metric_alarm(
            AlarmName=name,
            AlarmDescription="The oldest message in IngestPages is old. First: IngestStart's throttles.",
            Namespace="AWS/SQS",
            MetricName="ApproximateAgeOfOldestMessage",
            Statistic="Maximum",
            Period=300,
            EvaluationPeriods=2,
            Threshold=4200,
            ComparisonOperator="GreaterThanOrEqualToThreshold",
        )
        cw.set_alarm_state(AlarmName=name, StateValue=state, StateReason=f"test: {state}")


def test_status_aws_reports_a_deployed_stage(
    deployed: LocalCloud, conn: psycopg.Connection[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    sqs = deployed.client("sqs")
    for n in range(3):
        sqs.send_message(QueueUrl=deployed.queue_url("IngestPages"), MessageBody=f'{{"n": {n}}}')
    sqs.receive_message(QueueUrl=deployed.queue_url("IngestPages"), MaxNumberOfMessages=1)
    sqs.send_message(QueueUrl=deployed.dlq_url("MaintenanceLiveness"), MessageBody='{"posting_id": 1}')
    rule_dlq = sqs.get_queue_url(QueueName=f"{STACK}-CompanyCreated-rule-dlq")["QueueUrl"]
    for _ in range(2):
        sqs.send_message(QueueUrl=rule_dlq, MessageBody='{"detail": {"company_id": 1}}')
    # A real open execution: Enrichment waits on its provider task tokens (nobody works the queues).
    enrichment = deployed.start("Enrichment", {"company_id": add_company(conn)})
    wait_for_messages(deployed, "EnrichLinkedIn", 1)
    put_cloudwatch_state(deployed)

    snap = snapshot(Stage.connect(STACK, region="us-east-1"), 3600)

    queues = {q["queue"]: q for q in snap["queues"]}
    assert (queues["IngestPages"]["depth"], queues["IngestPages"]["in_flight"]) == (2, 1)
    assert queues["IngestPages"]["oldest_s"] == 742 and queues["IngestPages"]["backlog_alarm_s"] == 4200
    assert queues["EnrichLinkedIn"]["depth"] == 1 and queues["EnrichLinkedIn"]["oldest_s"] is None
    assert queues["MaintenanceLiveness"]["dead_letters"] == 1
    assert sum(q["dead_letters"] for q in snap["queues"]) == 1
    rules = {r["rule"]: r["dead_letters"] for r in snap["rule_dead_letters"]}
    assert rules == {"CompanyCreated": 2, "ExecutionFinished": 0}
    running = {e["workflow"]: e["running"] for e in snap["open_executions"]}
    assert running["Enrichment"] == 1 and running["IngestionBatch"] == 0
    assert running["Ingestion"] == "not listable (Express)"
    assert [a["alarm"] for a in snap["alarms"]] == ["IngestPagesBacklog"]
    assert snap["alarms"][0]["first_check"].startswith("The oldest message in IngestPages")
    assert snap["dead_letters_recorded"] == 3

    assert cli.main(["status", "--aws", "--stage", "dev", "--region", "us-east-1"]) == 0
    printed = capsys.readouterr().out
    assert "Hirehound-dev" in printed and "IngestPagesBacklog" in printed and "Open executions" in printed
    assert deployed.client("stepfunctions").describe_execution(executionArn=enrichment)["status"] == "RUNNING"


def test_a_profile_picks_the_region_and_a_stage_that_is_not_there_is_an_error(
    deployed: LocalCloud, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config"
    keys = "aws_access_key_id = testing\naws_secret_access_key = testing\n"  # a named profile's own
    config.write_text(
        f"[profile here]\nregion = us-east-1\n{keys}[profile elsewhere]\nregion = eu-west-1\n{keys}"
    )
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)
    monkeypatch.delenv("AWS_REGION", raising=False)

    assert cli.main(["status", "--aws", "--profile", "here"]) == 0
    assert "us-east-1" in capsys.readouterr().out
    assert cli.main(["status", "--aws", "--profile", "elsewhere"]) == 1  # nothing deployed there
    assert "no queue or state machine of Hirehound-dev in eu-west-1" in capsys.readouterr().out
    assert cli.main(["status", "--aws", "--profile", "here", "--stage", "prod"]) == 1


def test_the_endpoint_setting_reaches_every_client() -> None:
    stage = Stage.connect(STACK, region="eu-west-1", endpoint_url="http://127.0.0.1:4566")
    for service in ("sqs", "stepfunctions", "cloudwatch", "events"):
        assert stage.client(service).meta.endpoint_url == "http://127.0.0.1:4566"
        assert stage.client(service).meta.region_name == "eu-west-1"
