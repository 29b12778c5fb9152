"""The dashboard's resource rows and the alarms of issue 18, read off the synthesized template: each
widget and alarm is checked for what it graphs or watches (metric, dimension, statistic, threshold),
and every alarm for its name, runbook description and action."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from aws_cdk import aws_cloudwatch as cw
from aws_cdk.assertions import Match, Template
from hirehound_infra import topology
from hirehound_infra.area import queue_area
from hirehound_infra.monitoring import ALARM_MAX_METRICS, workflow_widgets

from tests.infra.conftest import Synth, dashboard_body, graphed, standard_and_express_machines

pytestmark = pytest.mark.infra

CLUSTER = "Database/Cluster/Resource"
PROXY = "Database/Cluster/Proxy/Resource"


def widgets(synth: Synth) -> dict[str, dict[str, Any]]:
    return {w["properties"]["title"]: w for w in synth.dashboard()["widgets"]}


def ref(synth: Synth, path: str) -> str:
    return "{Ref:" + synth.logical_id(path) + "}"


def metric_rows(widget: dict[str, Any]) -> list[tuple[str, str, str, str, dict[str, Any]]]:
    """(namespace, metric, dimension, dimension value, options) of each plain metric in a widget."""
    return [
        (row[0], row[1], row[2], row[3], row[4] if len(row) > 4 else {})
        for row in graphed(widget)
        if isinstance(row[0], str)
    ]


def expressions(widget: dict[str, Any]) -> dict[str, str]:
    """label -> expression of each math expression in a widget."""
    return {row[0]["label"]: row[0]["expression"] for row in graphed(widget) if isinstance(row[0], dict)}


def _function_ref(synth: Synth, spec: topology.FunctionSpec) -> str:
    return ref(synth, f"{spec.area.capitalize()}/{spec.name}/Resource")


def _queue_id(synth: Synth, spec: topology.QueueSpec) -> str:
    return synth.logical_id(f"{queue_area(spec).capitalize()}/{spec.name}/Queue/Resource")


def _queue_name_attr(synth: Synth, spec: topology.QueueSpec) -> str:
    return "{GetAtt:" + _queue_id(synth, spec) + ".QueueName}"


def alarm(synth: Synth, name: str) -> dict[str, Any]:
    return synth.props(f"Monitoring/{name}/Resource")


# -- dashboard: resources ------------------------------------------------------------------------


def test_aurora_row_graphs_capacity_against_max_acu_cpu_connections_and_memory(
    synth: Synth, cdk_context: dict[str, Any]
) -> None:
    board = widgets(synth)
    cluster = ref(synth, CLUSTER)
    max_acu = cdk_context["stages"]["dev"]["max_acu"]
    capacity = board[f"Aurora capacity (ACU, max {max_acu:g})"]
    assert metric_rows(capacity)[0][:4] == (
        "AWS/RDS",
        "ServerlessDatabaseCapacity",
        "DBClusterIdentifier",
        cluster,
    )
    assert capacity["properties"]["annotations"]["horizontal"][0]["value"] == max_acu
    utilization = {r[1] for r in metric_rows(board["Aurora ACU and CPU utilization (%)"])}
    assert utilization == {"ACUUtilization", "CPUUtilization"}
    for title, metric in (
        ("Aurora database connections", "DatabaseConnections"),
        ("Aurora freeable memory (bytes)", "FreeableMemory"),
    ):
        assert [r[:4] for r in metric_rows(board[title])] == [
            ("AWS/RDS", metric, "DBClusterIdentifier", cluster)
        ]


def test_proxy_row_graphs_connections_per_minute_and_query_latency(synth: Synth) -> None:
    board = widgets(synth)
    proxy = ref(synth, PROXY)
    clients = metric_rows(board["RDS Proxy client connections"])
    used = metric_rows(board["RDS Proxy database connections (used / allowed)"])
    latency = metric_rows(board["RDS Proxy query response latency (µs)"])
    assert [r[:4] for r in clients] == [("AWS/RDS", "ClientConnections", "ProxyName", proxy)]
    assert [r[1] for r in used] == ["DatabaseConnections", "MaxDatabaseConnectionsAllowed"]
    # Gauges reported each minute by every proxy instance: the one-minute Sum is the proxy's total.
    assert all(
        r[2:4] == ("ProxyName", proxy) and r[4]["period"] == 60 and r[4]["stat"] == "Sum"
        for r in clients + used
    )
    assert {(r[1], r[4].get("stat", "Average")) for r in latency} == {  # Average is the default
        ("QueryDatabaseResponseLatency", "Average"),
        ("QueryDatabaseResponseLatency", "p99"),
    }


@pytest.mark.parametrize("area", sorted({f.area for f in topology.FUNCTIONS}))
def test_lambda_rows_per_area_cover_each_of_its_functions(synth: Synth, area: str) -> None:
    board = widgets(synth)
    specs = [f for f in topology.FUNCTIONS if f.area == area]
    refs = {_function_ref(synth, f) for f in specs}
    for title, metric, stat in (
        (f"{area}: concurrent executions", "ConcurrentExecutions", "Maximum"),
        (f"{area}: throttles", "Throttles", "Sum"),
        (f"{area}: errors", "Errors", "Sum"),
    ):
        rows = metric_rows(board[title])
        assert {r[3] for r in rows} == refs and len(rows) == len(specs), title
        assert {(r[0], r[1], r[2], r[4]["stat"]) for r in rows} == {
            ("AWS/Lambda", metric, "FunctionName", stat)
        }
    duration = board[f"{area}: p95 duration (% of timeout)"]
    shares = expressions(duration)
    hidden = {r[4]["id"]: r for r in metric_rows(duration)}
    assert set(shares) == {f.name for f in specs}
    for spec in specs:
        # 100 * <the function's p95 Duration> / <its timeout in ms, from topology>
        metric_id, timeout = re.fullmatch(r"100 \* (\w+) / (\d+)", shares[spec.name]).groups()  # type: ignore[union-attr]
        assert int(timeout) == spec.timeout_s * 1000
        assert hidden[metric_id][:4] == ("AWS/Lambda", "Duration", "FunctionName", _function_ref(synth, spec))
        assert hidden[metric_id][4]["stat"] == "p95" and hidden[metric_id][4]["visible"] is False


@pytest.mark.parametrize("spec", topology.QUEUES, ids=lambda q: q.name)
def test_each_work_queue_graphs_its_oldest_message_against_the_backlog_alarm(
    synth: Synth, spec: topology.QueueSpec
) -> None:
    widget = widgets(synth)[f"{spec.name}: age of oldest message (s)"]
    (row,) = metric_rows(widget)
    assert row[:4] == ("AWS/SQS", "ApproximateAgeOfOldestMessage", "QueueName", _queue_name_attr(synth, spec))
    assert row[4]["stat"] == "Maximum"
    (line,) = widget["properties"]["annotations"]["horizontal"]
    assert line["value"] == topology.backlog_alarm_s(spec) == alarm(synth, f"{spec.name}Backlog")["Threshold"]


@pytest.mark.parametrize("spec", topology.STATE_MACHINES, ids=lambda m: m.name)
def test_each_machine_has_its_executions_graph(synth: Synth, spec: topology.StateMachineSpec) -> None:
    title = f"{spec.name} executions" + (
        " (Express; right: p95 duration, % of 5 min)" if spec.express else ""
    )
    rows = metric_rows(widgets(synth)[title])
    machine = ref(synth, f"Workflows/{spec.name}/Resource")
    names = ["ExecutionsStarted", "ExecutionsSucceeded", "ExecutionsFailed", "ExecutionsTimedOut"]
    names += ["ExecutionThrottled", "ExecutionTime"] if spec.express else []  # Ingestion is Express
    assert [r[:4] for r in rows] == [("AWS/States", name, "StateMachineArn", machine) for name in names]


def test_an_express_machine_also_graphs_throttles_and_duration_and_a_standard_one_does_not() -> None:
    """Driven by each machine's type (another change moves Ingestion to Express)."""
    stack, machines = standard_and_express_machines()
    cw.Dashboard(stack, "Board", widgets=[workflow_widgets(machines)])
    (board,) = Template.from_stack(stack).find_resources("AWS::CloudWatch::Dashboard").values()
    graphs = {w["properties"]["title"].split(" ")[0]: w for w in dashboard_body(board)["widgets"]}
    started = ["ExecutionsStarted", "ExecutionsSucceeded", "ExecutionsFailed", "ExecutionsTimedOut"]
    assert [r[1] for r in metric_rows(graphs["Std"])] == started
    assert "right" not in json.dumps(graphs["Std"]["properties"].get("yAxis", {}))
    express = metric_rows(graphs["Exp"])
    assert [r[1] for r in express] == [*started, "ExecutionThrottled", "ExecutionTime"]
    (duration,) = [r for r in express if r[1] == "ExecutionTime"]
    assert duration[4]["stat"] == "p95" and duration[4]["visible"] is False
    assert expressions(graphs["Exp"]) == {"p95 duration %": f"100 * duration / {5 * 60 * 1000}"}


# -- alarms --------------------------------------------------------------------------------------


def test_backlog_threshold_is_the_burst_drained_at_full_timeout_plus_the_longest_deferral() -> None:
    spec = topology.QueueSpec(
        "Q", consumer="MaintenanceCheckLiveness", batch_size=10, max_concurrency=2, burst=20_000
    )
    # ceil(20000 / (2 x 10)) batches x 60 s timeout + 900 s
    assert topology.backlog_alarm_s(spec) == 1000 * 60 + 900
    unbounded = topology.QueueSpec("Q", consumer="IngestCompleteBatch", batch_size=10, burst=2001)
    # no MaximumConcurrency: the event source's starting five batches; ceil(2001 / 50) = 41
    assert topology.backlog_alarm_s(unbounded) == 41 * 30 + 900
    assert topology.backlog_alarm_s(topology.QueueSpec("Q")) is None  # no consumer, no backlog alarm


@pytest.mark.parametrize("spec", topology.QUEUES, ids=lambda q: q.name)
def test_each_work_queue_alarms_on_the_age_of_its_oldest_message(
    synth: Synth, spec: topology.QueueSpec
) -> None:
    props = alarm(synth, f"{spec.name}Backlog")
    assert props["Namespace"] == "AWS/SQS" and props["MetricName"] == "ApproximateAgeOfOldestMessage"
    assert props["Dimensions"] == [
        {"Name": "QueueName", "Value": {"Fn::GetAtt": [_queue_id(synth, spec), "QueueName"]}}
    ]
    assert (props["Statistic"], props["Period"]) == ("Maximum", 300)
    assert props["Threshold"] == topology.backlog_alarm_s(spec)
    assert props["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
    assert f"older than {topology.backlog_alarm_s(spec)} s" in props["AlarmDescription"]
    assert spec.consumer is not None and spec.consumer in props["AlarmDescription"]


def test_aurora_alarms_after_fifteen_minutes_at_max_acu(synth: Synth, cdk_context: dict[str, Any]) -> None:
    props = alarm(synth, "AuroraAtMaxCapacity")
    assert (props["Namespace"], props["MetricName"]) == ("AWS/RDS", "ServerlessDatabaseCapacity")
    assert props["Dimensions"] == [
        {"Name": "DBClusterIdentifier", "Value": {"Ref": synth.logical_id(CLUSTER)}}
    ]
    # The minimum of each 5-minute period at the maximum, three periods in a row.
    assert (props["Statistic"], props["Period"]) == ("Minimum", 300)
    assert props["EvaluationPeriods"] == props["DatapointsToAlarm"] == 3
    assert props["Threshold"] == cdk_context["stages"]["dev"]["max_acu"]
    assert props["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"


def test_proxy_alarms_when_its_database_connections_near_what_it_may_open(synth: Synth) -> None:
    props = alarm(synth, "ProxyConnectionsSaturated")
    queries = {q["Id"]: q for q in props["Metrics"]}
    assert queries["expr_1"]["Expression"] == "IF(allowed > 0, 100 * used / allowed, 0)"
    for query_id, metric in (("used", "DatabaseConnections"), ("allowed", "MaxDatabaseConnectionsAllowed")):
        stat = queries[query_id]["MetricStat"]
        assert stat["Metric"] == {
            "Namespace": "AWS/RDS",
            "MetricName": metric,
            "Dimensions": [{"Name": "ProxyName", "Value": {"Ref": synth.logical_id(PROXY)}}],
        }
        assert stat["Stat"] == "Sum"
    assert props["Threshold"] == 90 and props["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"


def test_every_function_is_in_exactly_one_throttle_alarm_of_at_most_ten_metrics(synth: Synth) -> None:
    covered: list[str] = []
    for path in synth.by_path:
        if not re.fullmatch(r"Monitoring/\w+Throttles\d*/Resource", path):
            continue
        props = synth.props(path)
        stats = [q["MetricStat"] for q in props["Metrics"] if "MetricStat" in q]
        (expression,) = [q for q in props["Metrics"] if "Expression" in q]
        assert len(stats) <= ALARM_MAX_METRICS  # CloudWatch's hard limit per metric-math alarm
        assert {(s["Metric"]["Namespace"], s["Metric"]["MetricName"], s["Stat"]) for s in stats} == {
            ("AWS/Lambda", "Throttles", "Sum")
        }
        assert expression["Expression"].count("FILL(") == len(stats)  # summed, a missing point is 0
        assert props["Threshold"] == 1 and props["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
        covered += [s["Metric"]["Dimensions"][0]["Value"]["Ref"] for s in stats]
    expected = [synth.logical_id(f"{f.area.capitalize()}/{f.name}/Resource") for f in topology.FUNCTIONS]
    assert sorted(covered) == sorted(expected)


def test_every_alarm_is_named_after_the_stack_says_what_to_check_first_and_notifies_the_topic(
    synth: Synth,
) -> None:
    topic = [{"Ref": synth.logical_id("Monitoring/Alarms/Resource")}]
    alarms = synth.of_type("AWS::CloudWatch::Alarm")
    assert len(alarms) > 60
    for props in (a["Properties"] for a in alarms.values()):
        assert props["AlarmName"].startswith(f"{synth.stack_name}-"), props["AlarmName"]
        assert "First:" in props["AlarmDescription"] and len(props["AlarmDescription"]) <= 1024
        assert props["AlarmActions"] == topic
    names = [a["Properties"]["AlarmName"] for a in alarms.values()]
    assert len(set(names)) == len(names)


def test_the_runbook_in_deploy_md_names_every_kind_of_alarm(synth: Synth) -> None:
    from hirehound_infra.topology import ROOT

    runbook = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for props in (a["Properties"] for a in synth.of_type("AWS::CloudWatch::Alarm").values()):
        suffix = props["AlarmName"].removeprefix(f"{synth.stack_name}-")
        kind = next(
            k
            for k in (
                "RuleDlqNotEmpty",
                "DlqNotEmpty",
                "Backlog",
                "ExecutionsFailed",
                "ExecutionsTimedOut",
                "ErrorRate",
                "Throttles",
                "AuroraAtMaxCapacity",
                "ProxyConnectionsSaturated",
            )
            if k in suffix
        )
        assert f"`…{kind}`" in runbook or f"`{kind}`" in runbook, kind


def test_alarm_properties_hold_for_the_grown_topology(grown: Synth) -> None:
    """A new queue gets its backlog alarm and graph without a code change."""
    from tests.infra.conftest import EXTRA_QUEUE

    grown.assertions.has_resource_properties(
        "AWS::CloudWatch::Alarm",
        {
            "AlarmName": f"{grown.stack_name}-{EXTRA_QUEUE.name}Backlog",
            "MetricName": "ApproximateAgeOfOldestMessage",
            "Threshold": topology.backlog_alarm_s(EXTRA_QUEUE),
            "AlarmDescription": Match.string_like_regexp("First: "),
        },
    )
    assert f"{EXTRA_QUEUE.name}: age of oldest message (s)" in widgets(grown)
