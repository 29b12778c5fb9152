"""Alarms to one SNS topic and the operations dashboard."""

from __future__ import annotations

from collections.abc import Mapping

from aws_cdk import Duration
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

from hirehound_infra import metric_names as m
from hirehound_infra.messaging import WorkQueue

PERIOD = Duration.minutes(5)
ERROR_RATE_PERCENT = 5


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


class Monitoring(Construct):
    """DLQ depth, workflow failure/timeout and function error-rate alarms; one dashboard."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        functions: Mapping[str, lambda_.Function],
        queues: Mapping[str, WorkQueue],
        machines: Mapping[str, sfn.StateMachine],
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
        action = cw_actions.SnsAction(self.topic)
        self.alarms: dict[str, cw.Alarm] = {}

        def alarm(
            name: str, metric: cw.IMetric, threshold: float, description: str, periods: int = 1
        ) -> None:
            a = cw.Alarm(
                self,
                name,
                metric=metric,
                threshold=threshold,
                evaluation_periods=periods,
                datapoints_to_alarm=min(periods, 2),
                comparison_operator=cw.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD
                if threshold >= 1
                else cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
                treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
                alarm_description=description,
            )
            a.add_alarm_action(action)
            self.alarms[name] = a

        for name, work in queues.items():
            alarm(
                f"{name}DlqNotEmpty",
                work.dlq.metric_approximate_number_of_messages_visible(period=PERIOD, statistic="Maximum"),
                0,
                f"messages in {name}'s dead-letter queue",
            )
        for name, machine in machines.items():
            alarm(
                f"{name}ExecutionsFailed",
                machine.metric_failed(period=PERIOD, statistic="Sum"),
                1,
                f"{name} failed",
            )
            alarm(
                f"{name}ExecutionsTimedOut",
                machine.metric_timed_out(period=PERIOD, statistic="Sum"),
                1,
                f"{name} timed out",
            )
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
            alarm(
                f"{name}ErrorRate",
                rate,
                ERROR_RATE_PERCENT,
                f"{name} errors above {ERROR_RATE_PERCENT}%",
                periods=3,
            )

        self.dashboard = self._dashboard(queues, machines, stage)

    def _dashboard(
        self, queues: Mapping[str, WorkQueue], machines: Mapping[str, sfn.StateMachine], stage: str
    ) -> cw.Dashboard:
        board = cw.Dashboard(
            self, "Dashboard", dashboard_name=f"hirehound-{stage}", default_interval=Duration.hours(6)
        )
        board.add_widgets(
            cw.GraphWidget(
                title="Workflow completion rate (%)",
                width=12,
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
            ),
            cw.GraphWidget(
                title="Workflow executions",
                width=12,
                left=[
                    metric
                    for machine in machines.values()
                    for metric in (
                        machine.metric_succeeded(period=PERIOD, statistic="Sum"),
                        machine.metric_failed(period=PERIOD, statistic="Sum"),
                        machine.metric_timed_out(period=PERIOD, statistic="Sum"),
                    )
                ],
            ),
        )
        board.add_widgets(
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
        )
        board.add_widgets(
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
        )
        board.add_widgets(
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
        )
        return board
