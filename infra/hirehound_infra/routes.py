"""The EventBridge rules of `topology.RULES`: events that start a workflow (CompanyCreated →
Enrichment) or invoke a function (finished executions → RecordExecution), each with a dead-letter
queue and an alarm on it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aws_cdk import Duration, Stack
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_destinations as destinations
from aws_cdk import aws_sns as sns
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

from hirehound_infra import topology
from hirehound_infra.messaging import dead_letter_queue
from hirehound_infra.workflows import Workflows

#: EventBridge retries a failed delivery this often, for at most this long, then dead-letters.
TARGET_RETRY_ATTEMPTS = 8
TARGET_MAX_EVENT_AGE = Duration.hours(24)
#: A function target runs asynchronously: Lambda retries a failed invocation twice, then dead-letters.
ASYNC_RETRY_ATTEMPTS = 2
ASYNC_MAX_EVENT_AGE = Duration.hours(6)
DLQ_ALARM_PERIOD = Duration.minutes(5)


def emitting_machines(machines: Mapping[str, sfn.StateMachine]) -> dict[str, sfn.StateMachine]:
    """The machines that send "Step Functions Execution Status Change" events: Standard ones only."""
    return {n: m for n, m in machines.items() if m.state_machine_type == sfn.StateMachineType.STANDARD}


class EventRoute(Construct):
    """One `RuleSpec`: the rule (named `<stack>-<name>`), its target, a dead-letter queue for what could
    not be delivered or handled, and an alarm on that queue's depth to the alarm topic."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        spec: topology.RuleSpec,
        workflows: Workflows,
        functions: Mapping[str, lambda_.Function],
        alarm_topic: sns.ITopic,
    ) -> None:
        super().__init__(scope, construct_id)
        self.spec = spec
        self.dlq = dead_letter_queue(self)
        stack = Stack.of(self).stack_name
        detail: dict[str, Any] = {key: list(values) for key, values in spec.detail}
        if spec.own_executions:
            emitting = emitting_machines(workflows.machines)
            detail["stateMachineArn"] = [m.state_machine_arn for m in emitting.values()]
        bus = events.EventBus.from_event_bus_name(self, "Bus", spec.bus)
        self.rule = events.Rule(
            self,
            "Rule",
            rule_name=f"{stack}-{spec.name}",
            event_bus=bus,
            description=f"{spec.detail_type} from {spec.source} -> {spec.target}",
            event_pattern=events.EventPattern(
                source=[spec.source], detail_type=[spec.detail_type], detail=detail or None
            ),
            targets=[self._target(spec, workflows, functions)],
        )
        self.alarm = cw.Alarm(
            self,
            "DlqNotEmpty",
            alarm_name=f"{stack}-{spec.name}RuleDlqNotEmpty",
            metric=self.dlq.metric_approximate_number_of_messages_visible(
                period=DLQ_ALARM_PERIOD, statistic="Maximum"
            ),
            threshold=0,
            evaluation_periods=1,
            comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
            treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
            alarm_description=self._runbook(spec),
        )
        self.alarm.add_alarm_action(cw_actions.SnsAction(alarm_topic))

    def _target(
        self,
        spec: topology.RuleSpec,
        workflows: Workflows,
        functions: Mapping[str, lambda_.Function],
    ) -> events.IRuleTarget:
        if spec.state_machine is not None:
            self.role = iam.Role(
                self,
                "Role",
                assumed_by=iam.ServicePrincipal("events.amazonaws.com"),
                description=f"EventBridge rule {spec.name}: start {spec.state_machine}",
            )
            return targets.SfnStateMachine(
                workflows.machines[spec.state_machine],
                input=events.RuleTargetInput.from_event_path(spec.input_path),
                role=self.role,
                dead_letter_queue=self.dlq,
                retry_attempts=TARGET_RETRY_ATTEMPTS,
                max_event_age=TARGET_MAX_EVENT_AGE,
            )
        fn = functions[spec.target]
        # A failed invocation lands in the same queue as an undeliverable event.
        fn.configure_async_invoke(
            on_failure=destinations.SqsDestination(self.dlq),
            retry_attempts=ASYNC_RETRY_ATTEMPTS,
            max_event_age=ASYNC_MAX_EVENT_AGE,
        )
        if spec.own_executions:
            workflows.let_read_history(fn, tuple(emitting_machines(workflows.machines)))
        return targets.LambdaFunction(
            fn,
            dead_letter_queue=self.dlq,
            retry_attempts=TARGET_RETRY_ATTEMPTS,
            max_event_age=TARGET_MAX_EVENT_AGE,
        )

    @staticmethod
    def _runbook(spec: topology.RuleSpec) -> str:
        if spec.state_machine is not None:
            return (
                f"{spec.name} events that could not start {spec.state_machine}. First: read one message"
                " in the rule's DLQ (its attributes carry the error: the role, a missing machine, a"
                " throttled StartExecution); fixed, put the events again"
                f" ({spec.source}, {spec.detail_type})."
            )
        return (
            f"{spec.detail_type} events {spec.target} could not handle or receive. First: its log group"
            f" (database reachable? GetExecutionHistory throttled or denied?); every message in the"
            f" rule's DLQ holds the event (requestPayload): replay it with aws lambda invoke."
        )


class EventRoutes(Construct):
    """One `EventRoute` per `topology.RULES`; a rule naming an unknown machine or function is an error."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        workflows: Workflows,
        functions: Mapping[str, lambda_.Function],
        alarm_topic: sns.ITopic,
    ) -> None:
        super().__init__(scope, construct_id)
        self.routes: dict[str, EventRoute] = {}
        for spec in topology.RULES:
            known = workflows.machines if spec.state_machine is not None else functions
            if spec.target not in known:
                raise KeyError(f"rule {spec.name}: no target {spec.target!r} in topology")
            self.routes[spec.name] = EventRoute(
                self, spec.name, spec=spec, workflows=workflows, functions=functions, alarm_topic=alarm_topic
            )
