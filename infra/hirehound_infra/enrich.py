"""Company enrichment (`functions/enrich/`): the stages, the per-provider worker queues, and the
EventBridge rules (`topology.RULES`) that start the enrichment workflow when ingestion announces a company.

The workers' task-token permissions are granted by `Workflows`, which knows which machine waits on
which queue.
"""

from __future__ import annotations

from collections.abc import Mapping

from aws_cdk import Duration
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

from hirehound_infra import topology
from hirehound_infra.area import BusinessArea
from hirehound_infra.messaging import dead_letter_queue

#: EventBridge retries a failed StartExecution this often, for at most this long, then dead-letters.
TARGET_RETRY_ATTEMPTS = 8
TARGET_MAX_EVENT_AGE = Duration.hours(24)
DLQ_ALARM_PERIOD = Duration.minutes(5)


class EnrichArea(BusinessArea):
    """Enrichment functions and the provider queues their worker consumes."""

    area = "enrich"


class EventRoute(Construct):
    """One `RuleSpec`: the rule, the role EventBridge starts the machine with (that machine only), a
    dead-letter queue for events it could not deliver, and an alarm on that queue's depth."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        spec: topology.RuleSpec,
        machine: sfn.IStateMachine,
        alarm_topic: sns.ITopic,
    ) -> None:
        super().__init__(scope, construct_id)
        self.spec = spec
        self.dlq = dead_letter_queue(self)
        self.role = iam.Role(
            self,
            "Role",
            assumed_by=iam.ServicePrincipal("events.amazonaws.com"),
            description=f"EventBridge rule {spec.name}: start {spec.state_machine}",
        )
        bus = events.EventBus.from_event_bus_name(self, "Bus", spec.bus)
        self.rule = events.Rule(
            self,
            "Rule",
            event_bus=bus,
            description=f"{spec.detail_type} from {spec.source} starts {spec.state_machine}",
            event_pattern=events.EventPattern(source=[spec.source], detail_type=[spec.detail_type]),
            targets=[
                targets.SfnStateMachine(
                    machine,
                    input=events.RuleTargetInput.from_event_path(spec.input_path),
                    role=self.role,
                    dead_letter_queue=self.dlq,
                    retry_attempts=TARGET_RETRY_ATTEMPTS,
                    max_event_age=TARGET_MAX_EVENT_AGE,
                )
            ],
        )
        self.alarm = cw.Alarm(
            self,
            "DlqNotEmpty",
            metric=self.dlq.metric_approximate_number_of_messages_visible(
                period=DLQ_ALARM_PERIOD, statistic="Maximum"
            ),
            threshold=0,
            evaluation_periods=1,
            comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
            treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
            alarm_description=f"{spec.name} events that could not start {spec.state_machine}",
        )
        self.alarm.add_alarm_action(cw_actions.SnsAction(alarm_topic))


class EventRoutes(Construct):
    """One `EventRoute` per `topology.RULES`; a rule naming an unknown state machine is an error."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        machines: Mapping[str, sfn.IStateMachine],
        alarm_topic: sns.ITopic,
    ) -> None:
        super().__init__(scope, construct_id)
        self.routes: dict[str, EventRoute] = {}
        for spec in topology.RULES:
            if spec.state_machine not in machines:
                raise KeyError(f"rule {spec.name}: no state machine {spec.state_machine!r} in topology")
            self.routes[spec.name] = EventRoute(
                self, spec.name, spec=spec, machine=machines[spec.state_machine], alarm_topic=alarm_topic
            )
