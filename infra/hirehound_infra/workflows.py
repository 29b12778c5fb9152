"""State machines from `statemachines/*.asl.json` and their EventBridge schedules, from topology.

Every `${Name}` placeholder is filled via `definition_substitutions`; each machine's role is granted
exactly what its file references: invoke on its functions, send on its queues, start/describe/stop on
the machines it runs with `.sync`, and task-token answers for the consumers of the queues it waits on.
Each machine's type (Standard or Express) is its topology spec's; Express machines log at the stage's
`express_log_level` (docs/deploy.md says why), Standard ones log everything.
"""

from __future__ import annotations

from collections.abc import Mapping

from aws_cdk import ArnFormat, Stack
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct
from hirehound.config import state_machine_arn_env, state_machine_type_env

from hirehound_infra import topology
from hirehound_infra.messaging import WorkQueue
from hirehound_infra.nag import acknowledge
from hirehound_infra.settings import StageSettings

SYNC_MANAGED_RULE = "StepFunctionsGetEventsForStepFunctionsExecutionManagedRule"


def _executions_finding(machine_name: str) -> str:
    """cdk-nag's id for a grant on every execution of one machine (named `machine_name`)."""
    arn = f"arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:{machine_name}:*"
    return f"AwsSolutions-IAM5[Resource::{arn}]"


def build_order(specs: tuple[topology.StateMachineSpec, ...]) -> list[topology.StateMachineSpec]:
    """Machines ordered so that one started by another is built first; a cycle is an error."""
    by_placeholder = {s.placeholder: s for s in specs}
    ordered: list[topology.StateMachineSpec] = []
    visiting: set[str] = set()

    def visit(spec: topology.StateMachineSpec) -> None:
        if spec in ordered:
            return
        if spec.name in visiting:
            raise ValueError(f"state machines start each other in a cycle through {spec.name}")
        visiting.add(spec.name)
        for placeholder in sorted(spec.placeholders()):
            if placeholder in by_placeholder and by_placeholder[placeholder] is not spec:
                visit(by_placeholder[placeholder])
        visiting.discard(spec.name)
        ordered.append(spec)

    for spec in specs:
        visit(spec)
    return ordered


class Workflows(Construct):
    """One state machine per `topology.STATE_MACHINES` (of its spec's type), one rule per
    `topology.SCHEDULES`."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        functions: Mapping[str, lambda_.Function],
        queues: Mapping[str, WorkQueue],
        raw_bucket: s3.IBucket,
        settings: StageSettings,
    ) -> None:
        super().__init__(scope, construct_id)
        self._functions = {topology.function(n).placeholder: fn for n, fn in functions.items()}
        self._queues = {w.spec.placeholder: w for w in queues.values()}
        self._functions_by_name = functions
        self._raw_bucket = raw_bucket
        self.machines: dict[str, sfn.StateMachine] = {}
        self._machines_by_placeholder: dict[str, sfn.StateMachine] = {}
        for spec in build_order(topology.STATE_MACHINES):
            machine = self._machine(spec, settings)
            self.machines[spec.name] = machine
            self._machines_by_placeholder[spec.placeholder] = machine
        self.schedules = {s.name: self._schedule(s) for s in topology.SCHEDULES}

    def machine_name(self, name: str) -> str:
        """The physical name of machine `name`: `<stack>-<name>`, known at synth, so a function can
        name a machine (and its executions) without a reference to it — the machine may invoke it."""
        return topology.physical_name(Stack.of(self).stack_name, name)

    def arn(self, name: str, *, executions: bool = False) -> str:
        """Machine `name`'s ARN, or the pattern of its executions' ARNs."""
        return Stack.of(self).format_arn(
            service="states",
            resource="execution" if executions else "stateMachine",
            resource_name=f"{self.machine_name(name)}:*" if executions else self.machine_name(name),
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )

    def let_start(self, function: lambda_.Function, starter: topology.ExecutionStarter) -> None:
        """`function` may start `starter.machines` (their ARNs and types in its environment): a
        Standard machine with StartExecution, an Express one with StartSyncExecution; with `follow`,
        it may also describe the Standard machines' executions (Express ones cannot be described)."""
        specs = [topology.state_machine(name) for name in starter.machines]
        for spec in specs:
            function.add_environment(state_machine_arn_env(spec.name), self.arn(spec.name))
            function.add_environment(state_machine_type_env(spec.name), spec.type)
        standard = [s.name for s in specs if not s.express]
        express = [s.name for s in specs if s.express]
        for action, names in (("states:StartExecution", standard), ("states:StartSyncExecution", express)):
            if names:
                function.add_to_role_policy(
                    iam.PolicyStatement(actions=[action], resources=[self.arn(n) for n in names])
                )
        if starter.follow and standard:
            function.add_to_role_policy(
                iam.PolicyStatement(
                    actions=["states:DescribeExecution"],
                    resources=[self.arn(n, executions=True) for n in standard],
                )
            )
            acknowledge(
                function,
                *(_executions_finding(self.machine_name(n)) for n in standard),
                reason="Execution names are generated per run; scoped to each machine's own executions.",
            )

    def let_read_history(self, function: lambda_.Function, names: tuple[str, ...]) -> None:
        """`function` may read the execution history of machines `names` (and nothing else of them)."""
        function.add_to_role_policy(
            iam.PolicyStatement(
                actions=["states:GetExecutionHistory"],
                resources=[self.arn(n, executions=True) for n in names],
            )
        )
        acknowledge(
            function,
            *(_executions_finding(self.machine_name(n)) for n in names),
            reason="Execution names are generated per run; scoped to each machine's own executions.",
        )

    def substitutions(self, spec: topology.StateMachineSpec) -> dict[str, str]:
        """The value (a token) for every placeholder of `spec`; an unknown one is an error."""
        values: dict[str, str] = {}
        for name in sorted(spec.placeholders()):
            if name in self._functions:
                values[name] = self._functions[name].function_arn
            elif name in self._queues:
                values[name] = self._queues[name].queue.queue_url
            elif name in self._machines_by_placeholder:
                values[name] = self._machines_by_placeholder[name].state_machine_arn
            elif name == topology.RAW_BUCKET_PLACEHOLDER:
                values[name] = self._raw_bucket.bucket_name
            else:
                raise KeyError(f"{spec.file}: placeholder ${{{name}}} names nothing in topology")
        return values

    def _machine(self, spec: topology.StateMachineSpec, settings: StageSettings) -> sfn.StateMachine:
        level = sfn.LogLevel[settings.express_log_level] if spec.express else sfn.LogLevel.ALL
        log_group = logs.LogGroup(
            self,
            f"{spec.name}Logs",
            log_group_name=f"/aws/vendedlogs/states/hirehound-{settings.stage}-{spec.name}",
            retention=settings.log_retention,
            removal_policy=settings.removal,
        )
        machine = sfn.StateMachine(
            self,
            spec.name,
            state_machine_name=self.machine_name(spec.name),
            comment=spec.description or None,
            definition_body=sfn.DefinitionBody.from_file(str(spec.path)),
            definition_substitutions=self.substitutions(spec),
            state_machine_type=sfn.StateMachineType[spec.type],
            tracing_enabled=True,
            logs=sfn.LogOptions(destination=log_group, level=level, include_execution_data=True),
        )
        if level is not sfn.LogLevel.ALL:
            acknowledge(
                machine,
                "AwsSolutions-SF1",
                reason=f"Express per-page runs log {level.value} with their data: every failed run is in"
                " the console with its input; logging every event would cost more than the runs"
                " (docs/deploy.md). Successes are counted by metrics, intake_pages and stage_runs.",
            )
        self._grant(spec, machine)
        return machine

    def _grant(self, spec: topology.StateMachineSpec, machine: sfn.StateMachine) -> None:
        text = spec.definition()
        used = spec.placeholders()
        invoked = [fn.function_arn for p, fn in self._functions.items() if p in used]
        if invoked:
            # The unqualified ARNs the definition names; not `grant_invoke`, which adds every version.
            machine.add_to_role_policy(
                iam.PolicyStatement(actions=["lambda:InvokeFunction"], resources=invoked)
            )
        for placeholder, work in self._queues.items():
            if placeholder not in used:
                continue
            work.queue.grant_send_messages(machine)
            consumer = work.spec.consumer
            if ".waitForTaskToken" in text and consumer is not None:
                machine.grant_task_response(self._functions_by_name[consumer])
        children = {m.name: self.machines[m.name] for m in topology.STATE_MACHINES if m.placeholder in used}
        if children:
            self._grant_nested(machine, children, sync="startExecution.sync" in text)

    def _grant_nested(
        self, machine: sfn.StateMachine, children: Mapping[str, sfn.StateMachine], *, sync: bool
    ) -> None:
        stack = Stack.of(self)
        for name, child in children.items():
            child.grant_start_execution(machine)
            if not sync:
                continue
            machine.add_to_role_policy(
                iam.PolicyStatement(
                    actions=["states:DescribeExecution", "states:StopExecution"],
                    resources=[self.arn(name, executions=True)],
                )
            )
            acknowledge(
                machine,
                _executions_finding(self.machine_name(name)),
                reason="Execution names are generated per run; scoped to one child machine's executions.",
            )
        if sync:
            rule = stack.format_arn(service="events", resource="rule", resource_name=SYNC_MANAGED_RULE)
            machine.add_to_role_policy(
                iam.PolicyStatement(
                    actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"], resources=[rule]
                )
            )

    def _schedule(self, spec: topology.ScheduleSpec) -> events.Rule:
        if spec.state_machine not in self.machines:
            raise KeyError(f"schedule {spec.name}: no state machine {spec.state_machine!r} in topology")
        return events.Rule(
            self,
            f"{spec.name}Schedule",
            description=f"starts {spec.state_machine} on {spec.expression}",
            schedule=events.Schedule.expression(spec.expression),
            targets=[
                targets.SfnStateMachine(
                    self.machines[spec.state_machine],
                    input=events.RuleTargetInput.from_object(spec.input),
                    retry_attempts=3,
                )
            ],
        )
