"""Local and AWS views agree: the CloudWatch dashboard graphs exactly the metrics (name + dimension
set) that the code emits, and both equal the catalogue in `hirehound.metric_catalog`; the AWS service
metrics it graphs are exactly `hirehound_infra.metric_names.AWS_METRICS` (the Express-only ones only
when a machine is Express)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hirehound.enrich import worker
from hirehound.express import RunResult
from hirehound.ingest import intake
from hirehound.metric_catalog import DIMENSIONS, NAMESPACE, MetricName
from hirehound.observability import StageEvent, emit_publication_metric, stage_handler
from hirehound_infra import metric_names
from hirehound_infra.metric_names import AWS_METRICS, EXPRESS_ONLY, AwsMetric
from hirehound_local.lambda_context import LambdaContext

from tests.infra.conftest import Synth, dashboard_body, graphed

pytestmark = pytest.mark.infra

Catalogue = set[tuple[str, frozenset[str]]]
CATALOGUE: Catalogue = {(str(name), frozenset(map(str, dims))) for name, dims in DIMENSIONS.items()}


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    return []


def dashboard_metrics(synth: Synth) -> Catalogue:
    """(metric, dimension set) of every SEARCH expression on the dashboard."""
    (board,) = synth.of_type("AWS::CloudWatch::Dashboard").values()
    body = "".join(_strings(board["Properties"]["DashboardBody"]))
    found = re.findall(r"\{" + NAMESPACE + r",([\w,]+)\} MetricName=\\*\"(\w+)\\*\"", body)
    assert found, body[:500]
    return {(name, frozenset(dims.split(","))) for dims, name in found}


class _Event(StageEvent):
    fail: bool = False


@stage_handler(workflow="wf", stage="st", model=_Event, record=False)
def _stage(event: _Event) -> dict[str, Any]:
    if event.fail:
        raise ValueError("boom")
    return {}


class _Runner:
    """A synchronous Express run that published its page."""

    def run(self, name: str, payload: dict[str, Any]) -> RunResult:
        arn = f"arn:aws:states:us-east-1:123456789012:express:Ingestion:{name}:1"
        return RunResult(arn, "SUCCEEDED", {"posting_id": 1, "status": "published"}, billed_ms=800)


INTAKE_RECORD = {
    "messageId": "m-1",
    "receiptHandle": "r-1",
    "body": json.dumps({"url": "https://acme.example/jobs/1", "key": "pages/1.html"}),
    "attributes": {"ApproximateReceiveCount": "1"},
    "messageAttributes": {},
    "md5OfBody": "x",
    "eventSource": "aws:sqs",
    "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:Hirehound-Ingestion-IngestPages",
    "awsRegion": "us-east-1",
}


def emitted_metrics(capsys: pytest.CaptureFixture[str]) -> Catalogue:
    """Run every kind of emitter (a stage that succeeds, one that fails, a rate-limit hit, an SQS
    consumer's batch, a publish decision) and read the EMF records they print."""
    context = LambdaContext("Probe", 128, "arn:aws:lambda:us-east-1:123456789012:function:Probe", 3)
    capsys.readouterr()
    _stage({}, context)
    with pytest.raises(ValueError, match="boom"):
        _stage({"fail": True}, context)
    worker.record_rate_limit_hit("clearbit")
    intake.process_batch([INTAKE_RECORD], runner=_Runner(), visibility=None, default_bucket="raw")  # type: ignore[arg-type]
    emit_publication_metric("acme.example", "published")  # publishing.publish's call (needs a database)
    found: Catalogue = set()
    for line in capsys.readouterr().out.splitlines():
        if '"_aws"' not in line:
            continue
        for directive in json.loads(line)["_aws"]["CloudWatchMetrics"]:
            assert directive["Namespace"] == NAMESPACE
            for dims in directive["Dimensions"]:
                found |= {(m["Name"], frozenset(dims)) for m in directive["Metrics"]}
    return found


def test_the_dashboard_graphs_every_metric_in_the_catalogue_and_nothing_else(synth: Synth) -> None:
    assert dashboard_metrics(synth) == CATALOGUE


def aws_metrics(body: dict[str, Any]) -> set[AwsMetric]:
    """(namespace, metric, dimension) of every AWS service metric on a dashboard body."""
    return {
        AwsMetric(row[0], row[1], row[2])
        for widget in body["widgets"]
        for row in graphed(widget)
        if isinstance(row[0], str) and row[0].startswith("AWS/")
    }


def test_the_dashboard_graphs_every_aws_metric_in_the_catalogue_and_nothing_else(synth: Synth) -> None:
    types = {
        m["Properties"].get("StateMachineType", "STANDARD")
        for m in synth.of_type("AWS::StepFunctions::StateMachine").values()
    }
    expected = AWS_METRICS if "EXPRESS" in types else AWS_METRICS - EXPRESS_ONLY
    assert aws_metrics(synth.dashboard()) == expected


def test_an_express_machine_adds_exactly_the_express_only_metrics() -> None:
    import aws_cdk as cdk
    from aws_cdk import aws_cloudwatch as cw
    from aws_cdk import aws_stepfunctions as sfn
    from aws_cdk.assertions import Template
    from hirehound_infra.monitoring import workflow_widgets

    def metrics_of(kind: sfn.StateMachineType) -> set[AwsMetric]:
        stack = cdk.Stack(cdk.App(), "Kind")
        machine = sfn.StateMachine(
            stack,
            "M",
            definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "P")),
            state_machine_type=kind,
        )
        cw.Dashboard(stack, "Board", widgets=[workflow_widgets({"M": machine})])
        (board,) = Template.from_stack(stack).find_resources("AWS::CloudWatch::Dashboard").values()
        return aws_metrics(dashboard_body(board))

    standard, express = metrics_of(sfn.StateMachineType.STANDARD), metrics_of(sfn.StateMachineType.EXPRESS)
    assert express - standard == EXPRESS_ONLY and standard <= AWS_METRICS and express <= AWS_METRICS


def test_the_code_emits_every_metric_in_the_catalogue_and_nothing_else(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """(`db`: the intake consumer records the page it runs.)"""
    monkeypatch.delenv("POWERTOOLS_METRICS_DISABLED", raising=False)
    assert emitted_metrics(capsys) == CATALOGUE


def test_every_metric_has_a_dimension_set_and_the_infra_names_are_the_catalogue() -> None:
    assert set(DIMENSIONS) == set(MetricName)
    assert metric_names.MetricName is MetricName and metric_names.NAMESPACE == NAMESPACE
    assert worker.RATE_LIMIT_HITS == MetricName.RATE_LIMIT_HITS


def test_the_consumers_read_each_queues_topology_name_off_its_deployed_name(synth: Synth) -> None:
    from hirehound.metric_catalog import queue_name
    from hirehound_infra import topology

    names = {
        props["QueueName"]
        for props in (q.get("Properties", {}) for q in synth.of_type("AWS::SQS::Queue").values())
        if isinstance(props.get("QueueName"), str)
    }
    arn = "arn:aws:sqs:us-east-1:123456789012:"
    assert {queue_name(arn + n) for n in names} == {q.name for q in topology.QUEUES}
