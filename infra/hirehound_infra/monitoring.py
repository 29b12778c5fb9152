"""Alarms to one SNS topic and the operations dashboard, all from topology.

Every alarm is named `<stack>-<id>` and its description is a runbook line: what it means and what to
look at first (docs/deploy.md has the same table). The dashboard has, top to bottom: workflow
completion, stage throughput/failures/p95, queue and DLQ depth, rate limits, queue and publication
outcomes; then resources: Aurora, RDS Proxy, Lambda per business area, the age of each work queue's
oldest message, and one row of Step Functions executions per machine (Express machines also get
their throttles and duration, read from each machine's type).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import batched

from aws_cdk import Duration, Stack
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_rds as rds
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

from hirehound_infra import metric_names as m
from hirehound_infra import topology
from hirehound_infra.messaging import WorkQueue

PERIOD = Duration.minutes(5)
#: RDS Proxy reports its connection gauges every minute per proxy instance: Sum over one minute is
#: the proxy's total.
GAUGE_PERIOD = Duration.minutes(1)
ERROR_RATE_PERCENT = 5
PROXY_SATURATION_PERCENT = 90
#: "At max ACU for 15 minutes": three 5-minute periods whose minimum capacity is the maximum.
MAX_ACU_PERIODS = 3
#: CloudWatch's hard limit of metrics in one metric-math alarm.
ALARM_MAX_METRICS = 10
#: An Express execution may run at most five minutes.
EXPRESS_MAX_DURATION_MS = 300_000
GRID_WIDTH = 24


def _search(metric: m.MetricName, stat: str, label: str) -> cw.MathExpression:
    """Every dimension combination of a custom metric, so new stages and providers just appear. The
    schema (namespace + dimension set) comes from the metric catalogue the handlers emit from."""
    seconds = int(PERIOD.to_seconds())
    return cw.MathExpression(
        expression=f"SEARCH('{m.schema(metric)} MetricName=\"{metric.value}\"', '{stat}', {seconds})",
        using_metrics={},
        label=label,
        period=PERIOD,
    )


def rows(widgets: Iterable[cw.IWidget]) -> list[list[cw.IWidget]]:
    """Widgets left to right, wrapped into rows of the dashboard's 24 columns."""
    out: list[list[cw.IWidget]] = [[]]
    for widget in widgets:
        if out[-1] and sum(w.width for w in out[-1]) + widget.width > GRID_WIDTH:
            out.append([])
        out[-1].append(widget)
    return [row for row in out if row]


def is_express(machine: sfn.StateMachine) -> bool:
    return machine.state_machine_type == sfn.StateMachineType.EXPRESS


def workflow_widgets(machines: Mapping[str, sfn.StateMachine]) -> list[cw.IWidget]:
    """One graph per machine: executions started/succeeded/failed/timed out; an Express machine also
    shows its throttled executions and p95 duration as a share of the five minutes it may run."""
    widgets: list[cw.IWidget] = []
    for name, machine in machines.items():
        left: list[cw.IMetric] = [
            machine.metric_started(period=PERIOD, statistic="Sum", label="started"),
            machine.metric_succeeded(period=PERIOD, statistic="Sum", label="succeeded"),
            machine.metric_failed(period=PERIOD, statistic="Sum", label="failed"),
            machine.metric_timed_out(period=PERIOD, statistic="Sum", label="timed out"),
        ]
        right: list[cw.IMetric] = []
        title = f"{name} executions"
        if is_express(machine):
            title = f"{name} executions (Express; right: p95 duration, % of 5 min)"
            left.append(machine.metric_throttled(period=PERIOD, statistic="Sum", label="throttled"))
            right.append(
                cw.MathExpression(
                    expression=f"100 * duration / {EXPRESS_MAX_DURATION_MS}",
                    using_metrics={"duration": machine.metric_time(period=PERIOD, statistic="p95")},
                    label="p95 duration %",
                    period=PERIOD,
                )
            )
        widgets.append(cw.GraphWidget(title=title, width=8, left=left, right=right or None))
    return widgets


def lambda_widgets(functions: Mapping[str, lambda_.Function]) -> list[cw.IWidget]:
    """Per business area: concurrency, throttles, errors and p95 duration as a share of each
    function's timeout (from its topology spec)."""
    widgets: list[cw.IWidget] = []
    areas: dict[str, dict[str, lambda_.Function]] = {}
    for name, fn in functions.items():
        areas.setdefault(topology.function(name).area, {})[name] = fn
    for area, members in areas.items():
        widgets += [
            cw.GraphWidget(
                title=f"{area}: concurrent executions",
                width=6,
                left=[
                    fn.metric("ConcurrentExecutions", period=PERIOD, statistic="Maximum", label=n)
                    for n, fn in members.items()
                ],
            ),
            cw.GraphWidget(
                title=f"{area}: throttles",
                width=6,
                left=[
                    fn.metric_throttles(period=PERIOD, statistic="Sum", label=n) for n, fn in members.items()
                ],
            ),
            cw.GraphWidget(
                title=f"{area}: errors",
                width=6,
                left=[fn.metric_errors(period=PERIOD, statistic="Sum", label=n) for n, fn in members.items()],
            ),
            cw.GraphWidget(
                title=f"{area}: p95 duration (% of timeout)",
                width=6,
                left_y_axis=cw.YAxisProps(min=0, max=100),
                left=[
                    cw.MathExpression(
                        expression=f"100 * d{i} / {topology.function(n).timeout_s * 1000}",
                        using_metrics={f"d{i}": fn.metric_duration(period=PERIOD, statistic="p95")},
                        label=n,
                        period=PERIOD,
                    )
                    for i, (n, fn) in enumerate(members.items())
                ],
            ),
        ]
    return widgets


class Monitoring(Construct):
    """The alarm topic, every alarm and the dashboard."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        functions: Mapping[str, lambda_.Function],
        queues: Mapping[str, WorkQueue],
        machines: Mapping[str, sfn.StateMachine],
        cluster: rds.DatabaseCluster | None,
        proxy: rds.DatabaseProxy | None,
        max_acu: float,
        alarm_email: str | None,
        stage: str,
    ) -> None:
        super().__init__(scope, construct_id)
        key = kms.Key(self, "AlarmTopicKey", enable_key_rotation=True, description="Hirehound alarm topic")
        # CloudWatch alarms publish to an encrypted topic only if they may use its key.
        key.grant(iam.ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*")
        self.topic = sns.Topic(
            self, "Alarms", display_name=f"Hirehound {stage} alarms", master_key=key, enforce_ssl=True
        )
        if alarm_email:
            self.topic.add_subscription(subs.EmailSubscription(alarm_email))
        self._action = cw_actions.SnsAction(self.topic)
        self._stack = Stack.of(self).stack_name
        self.alarms: dict[str, cw.Alarm] = {}
        self.cluster, self.proxy, self.max_acu = cluster, proxy, max_acu

        self._queue_alarms(queues)
        self._workflow_alarms(machines)
        self._function_alarms(functions)
        if cluster is not None and proxy is not None:  # not with the database swap (a URL database)
            self._database_alarms(cluster, proxy)
        self.dashboard = self._dashboard(functions, queues, machines, stage)

    # -- alarms --------------------------------------------------------------------------------------
    def alarm(
        self,
        name: str,
        metric: cw.IMetric,
        threshold: float,
        runbook: str,
        *,
        periods: int = 1,
        datapoints: int | None = None,
    ) -> cw.Alarm:
        """Alarm `<stack>-<name>` at `metric` >= `threshold` (> for a threshold below 1) in
        `datapoints` (default: up to 2) of `periods` periods, to the topic; `runbook` is its description."""
        a = cw.Alarm(
            self,
            name,
            alarm_name=f"{self._stack}-{name}",
            metric=metric,
            threshold=threshold,
            evaluation_periods=periods,
            datapoints_to_alarm=datapoints or min(periods, 2),
            comparison_operator=cw.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD
            if threshold >= 1
            else cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
            treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
            alarm_description=runbook,
        )
        a.add_alarm_action(self._action)
        self.alarms[name] = a
        return a

    def _queue_alarms(self, queues: Mapping[str, WorkQueue]) -> None:
        for name, work in queues.items():
            spec = work.spec
            consumer = spec.consumer or "its consumer"
            self.alarm(
                f"{name}DlqNotEmpty",
                work.dlq.metric_approximate_number_of_messages_visible(period=PERIOD, statistic="Maximum"),
                0,
                f"Messages in {name}'s dead-letter queue: {consumer} gave up on them after"
                f" {spec.max_receive_count} receives. First: {consumer}'s log group for their error;"
                " fixed, start a DLQ redrive to the source queue (SQS console).",
            )
            threshold = topology.backlog_alarm_s(spec)
            if threshold is None:
                continue
            self.alarm(
                f"{name}Backlog",
                work.queue.metric_approximate_age_of_oldest_message(period=PERIOD, statistic="Maximum"),
                threshold,
                f"The oldest message in {name} is older than {threshold} s (its {spec.burst}-message"
                f" burst at {spec.max_concurrency or topology.SQS_START_CONCURRENCY} x {spec.batch_size}"
                f" per {consumer} timeout, plus the longest deferral): work is piling up. First:"
                f" {consumer}'s throttles, errors and concurrency on the dashboard and that its event"
                " source mapping is enabled"
                + (
                    "; then the open Ingestion runs (intake defers at the cap)."
                    if name == "IngestPages"
                    else "."
                ),
                periods=2,
            )

    def _workflow_alarms(self, machines: Mapping[str, sfn.StateMachine]) -> None:
        for name, machine in machines.items():
            self.alarm(
                f"{name}ExecutionsFailed",
                machine.metric_failed(period=PERIOD, statistic="Sum"),
                1,
                f"{name} executions failed (a dead-lettered run ends FAILED too). First: `hirehound"
                " dead-letters list` / the dead_letters table for the stage and reason, then the"
                " execution's history in the console; fixed, redrive with MaintenanceRedrive.",
            )
            self.alarm(
                f"{name}ExecutionsTimedOut",
                machine.metric_timed_out(period=PERIOD, statistic="Sum"),
                1,
                f"{name} executions timed out. First: the execution's history (which state waited),"
                " then the depth and age of the queue that state waits on (provider task tokens).",
            )

    def _function_alarms(self, functions: Mapping[str, lambda_.Function]) -> None:
        for name, fn in functions.items():
            rate = cw.MathExpression(
                expression="IF(invocations > 0, 100 * errors / invocations, 0)",
                using_metrics={
                    "errors": fn.metric_errors(period=PERIOD, statistic="Sum"),
                    "invocations": fn.metric_invocations(period=PERIOD, statistic="Sum"),
                },
                label=f"{name} error %",
                period=PERIOD,
            )
            self.alarm(
                f"{name}ErrorRate",
                rate,
                ERROR_RATE_PERCENT,
                f"{name} errors above {ERROR_RATE_PERCENT}% of invocations. First: its log group"
                " ('stage failed' lines carry the error and outcome) and X-Ray; transient errors point"
                " at the database (Proxy connections) or the service it calls.",
                periods=3,
            )
        areas: dict[str, list[str]] = {}
        for name in functions:
            areas.setdefault(topology.function(name).area, []).append(name)
        for area, names in areas.items():
            # One alarm per area and at most ten functions: the limit of a metric-math alarm.
            for part, chunk in enumerate(batched(names, ALARM_MAX_METRICS), start=1):
                total = cw.MathExpression(
                    expression=" + ".join(f"FILL(t{i}, 0)" for i in range(len(chunk))),
                    using_metrics={
                        f"t{i}": functions[n].metric_throttles(period=PERIOD, statistic="Sum")
                        for i, n in enumerate(chunk)
                    },
                    label=f"{area} throttles",
                    period=PERIOD,
                )
                suffix = "" if len(names) <= ALARM_MAX_METRICS else str(part)
                self.alarm(
                    f"{area.capitalize()}Throttles{suffix}",
                    total,
                    1,
                    f"Lambda throttled {', '.join(chunk)}: invocations refused at the account's"
                    " concurrency limit or a reserved concurrency. First: the dashboard's"
                    f" '{area}: concurrent executions' graph for the function, then the account's"
                    " ConcurrentExecutions against its quota (Service Quotas); throttled tasks are"
                    " retried, so lasting throttles show next as queue backlog.",
                )

    def _database_alarms(self, cluster: rds.DatabaseCluster, proxy: rds.DatabaseProxy) -> None:
        self.alarm(
            "AuroraAtMaxCapacity",
            cluster.metric_serverless_database_capacity(period=PERIOD, statistic="Minimum"),
            self.max_acu,
            f"Aurora has run at its maximum {self.max_acu:g} ACU for 15 minutes: queries queue and"
            " stages slow down. First: Aurora CPU and connections on the dashboard and Performance"
            " Insights' top SQL; then raise max_acu in cdk.json or lower HIREHOUND_INGESTION_MAX_RUNNING.",
            periods=MAX_ACU_PERIODS,
            datapoints=MAX_ACU_PERIODS,
        )
        self.alarm(
            "ProxyConnectionsSaturated",
            cw.MathExpression(
                expression="IF(allowed > 0, 100 * used / allowed, 0)",
                using_metrics={
                    "used": self._proxy_metric(proxy, "DatabaseConnections", "Sum", PERIOD),
                    "allowed": self._proxy_metric(proxy, "MaxDatabaseConnectionsAllowed", "Sum", PERIOD),
                },
                label="proxy connections used %",
                period=PERIOD,
            ),
            PROXY_SATURATION_PERCENT,
            f"RDS Proxy holds {PROXY_SATURATION_PERCENT}% or more of the database connections it may"
            " open: functions wait up to 30 s to borrow one, then fail with a pool timeout (retried)."
            " First: concurrent executions per area on the dashboard (who holds connections) and"
            " DatabaseConnectionsCurrentlySessionPinned; then lower concurrency or raise max ACU"
            " (max_connections grows with capacity).",
            periods=2,
        )

    @staticmethod
    def _proxy_metric(
        proxy: rds.DatabaseProxy, name: str, statistic: str, period: Duration, label: str | None = None
    ) -> cw.Metric:
        return cw.Metric(
            namespace="AWS/RDS",
            metric_name=name,
            dimensions_map={"ProxyName": proxy.db_proxy_name},
            statistic=statistic,
            period=period,
            label=label,
        )

    # -- dashboard -----------------------------------------------------------------------------------
    def _dashboard(
        self,
        functions: Mapping[str, lambda_.Function],
        queues: Mapping[str, WorkQueue],
        machines: Mapping[str, sfn.StateMachine],
        stage: str,
    ) -> cw.Dashboard:
        board = cw.Dashboard(
            self, "Dashboard", dashboard_name=f"hirehound-{stage}", default_interval=Duration.hours(6)
        )
        for row in (
            self._pipeline_row(machines),
            self._stage_row(),
            self._queue_row(queues),
            self._outcome_row(),
            self._aurora_row(),
            self._proxy_row(),
            lambda_widgets(functions),
            self._backlog_row(queues),
            workflow_widgets(machines),
        ):
            for r in rows(row):
                board.add_widgets(*r)  # one call per row
        return board

    @staticmethod
    def _pipeline_row(machines: Mapping[str, sfn.StateMachine]) -> Sequence[cw.IWidget]:
        return [
            cw.GraphWidget(
                title="Workflow completion rate (%)",
                width=24,
                left=[
                    cw.MathExpression(
                        # Metric ids must be unique within one graph.
                        expression=f"IF(started_{i} > 0, 100 * succeeded_{i} / started_{i}, 0)",
                        using_metrics={
                            f"succeeded_{i}": machine.metric_succeeded(period=PERIOD, statistic="Sum"),
                            f"started_{i}": machine.metric_started(period=PERIOD, statistic="Sum"),
                        },
                        label=name,
                        period=PERIOD,
                    )
                    for i, (name, machine) in enumerate(machines.items())
                ],
            )
        ]

    @staticmethod
    def _stage_row() -> Sequence[cw.IWidget]:
        return [
            cw.GraphWidget(
                title="Stage successes (processing rate)",
                width=8,
                left=[_search(m.MetricName.STAGE_SUCCEEDED, "Sum", "succeeded")],
            ),
            cw.GraphWidget(
                title="Stage failures", width=8, left=[_search(m.MetricName.STAGE_FAILED, "Sum", "failed")]
            ),
            cw.GraphWidget(
                title="Stage duration p95 (ms)",
                width=8,
                left=[_search(m.MetricName.STAGE_DURATION, "p95", "p95")],
            ),
        ]

    @staticmethod
    def _queue_row(queues: Mapping[str, WorkQueue]) -> Sequence[cw.IWidget]:
        return [
            cw.GraphWidget(
                title="Queue depth",
                width=8,
                left=[
                    w.queue.metric_approximate_number_of_messages_visible(
                        period=PERIOD, statistic="Maximum", label=n
                    )
                    for n, w in queues.items()
                ],
            ),
            cw.GraphWidget(
                title="Dead-letter queue depth",
                width=8,
                left=[
                    w.dlq.metric_approximate_number_of_messages_visible(
                        period=PERIOD, statistic="Maximum", label=n
                    )
                    for n, w in queues.items()
                ],
            ),
            cw.GraphWidget(
                title="Provider rate-limit hits",
                width=8,
                left=[_search(m.MetricName.RATE_LIMIT_HITS, "Sum", "rate-limited")],
            ),
        ]

    @staticmethod
    def _outcome_row() -> Sequence[cw.IWidget]:
        return [
            cw.GraphWidget(
                title="Queue messages per outcome",
                width=12,
                left=[_search(m.MetricName.QUEUE_MESSAGES, "Sum", "messages")],
            ),
            cw.GraphWidget(
                title="Publication outcomes per source",
                width=12,
                left=[_search(m.MetricName.PUBLICATION_OUTCOMES, "Sum", "postings")],
            ),
        ]

    def _aurora_row(self) -> Sequence[cw.IWidget]:
        c = self.cluster
        if c is None:
            return []
        return [
            cw.GraphWidget(
                title=f"Aurora capacity (ACU, max {self.max_acu:g})",
                width=6,
                left=[c.metric_serverless_database_capacity(period=PERIOD, statistic="Maximum", label="ACU")],
                left_annotations=[cw.HorizontalAnnotation(value=self.max_acu, label="max ACU")],
                left_y_axis=cw.YAxisProps(min=0),
            ),
            cw.GraphWidget(
                title="Aurora ACU and CPU utilization (%)",
                width=6,
                left=[
                    c.metric_acu_utilization(period=PERIOD, statistic="Maximum", label="ACU %"),
                    c.metric_cpu_utilization(period=PERIOD, statistic="Maximum", label="CPU %"),
                ],
                left_y_axis=cw.YAxisProps(min=0, max=100),
            ),
            cw.GraphWidget(
                title="Aurora database connections",
                width=6,
                left=[c.metric_database_connections(period=PERIOD, statistic="Maximum", label="connections")],
            ),
            cw.GraphWidget(
                title="Aurora freeable memory (bytes)",
                width=6,
                left=[c.metric_freeable_memory(period=PERIOD, statistic="Minimum", label="freeable")],
            ),
        ]

    def _proxy_row(self) -> Sequence[cw.IWidget]:
        p = self.proxy
        if p is None:
            return []
        return [
            cw.GraphWidget(
                title="RDS Proxy client connections",
                width=8,
                left=[self._proxy_metric(p, "ClientConnections", "Sum", GAUGE_PERIOD, "clients")],
            ),
            cw.GraphWidget(
                title="RDS Proxy database connections (used / allowed)",
                width=8,
                left=[
                    self._proxy_metric(p, "DatabaseConnections", "Sum", GAUGE_PERIOD, "used"),
                    self._proxy_metric(p, "MaxDatabaseConnectionsAllowed", "Sum", GAUGE_PERIOD, "allowed"),
                ],
            ),
            cw.GraphWidget(
                title="RDS Proxy query response latency (µs)",
                width=8,
                left=[
                    self._proxy_metric(p, "QueryDatabaseResponseLatency", "Average", PERIOD, "average"),
                    self._proxy_metric(p, "QueryDatabaseResponseLatency", "p99", PERIOD, "p99"),
                ],
            ),
        ]

    def _backlog_row(self, queues: Mapping[str, WorkQueue]) -> Sequence[cw.IWidget]:
        widgets: list[cw.IWidget] = []
        for name, work in queues.items():
            threshold = topology.backlog_alarm_s(work.spec)
            widgets.append(
                cw.GraphWidget(
                    title=f"{name}: age of oldest message (s)",
                    width=8,
                    left=[
                        work.queue.metric_approximate_age_of_oldest_message(
                            period=PERIOD, statistic="Maximum", label="oldest"
                        )
                    ],
                    left_annotations=[cw.HorizontalAnnotation(value=threshold, label="backlog alarm")]
                    if threshold is not None
                    else None,
                    left_y_axis=cw.YAxisProps(min=0),
                )
            )
        return widgets
