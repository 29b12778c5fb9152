"""What the synthesized stack deploys, read from its CloudFormation template: the facts the bill needs.

Each resource is named by its construct id (the `aws:cdk:path` element before `Resource`), which is the
topology name for functions, queues and state machines. Nothing here is configured by hand: memory,
architecture, machine types, log levels and retention, alarms, dashboards, queues, secrets, keys, NAT
gateways and the Aurora/proxy settings are whatever the template says.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from hirehound_infra import topology

Resource = Mapping[str, Any]
DefinitionOf = Callable[[str], Mapping[str, Any]]


@dataclass(frozen=True)
class FunctionFact:
    name: str
    memory_mb: int
    architecture: str
    in_vpc: bool
    log_retention_days: int | None


@dataclass(frozen=True)
class MachineFact:
    name: str
    type: str  # STANDARD | EXPRESS
    log_level: str  # ALL | ERROR | FATAL | OFF
    include_data: bool
    log_retention_days: int | None
    definition_bytes: int
    fan_states: int  # Parallel + Map states: Express memory counts the payload once per such state


@dataclass(frozen=True)
class ConsumerFact:
    """An SQS event source mapping: `queue` feeds `function`."""

    queue: str
    function: str
    batch_size: int
    max_concurrency: int | None


@dataclass(frozen=True)
class AuroraFact:
    min_acu: float
    max_acu: float
    instances: int
    following_writer: int  # readers in promotion tier 0-1 scale with the writer
    storage_type: str  # aurora (Standard) | aurora-iopt1 (I/O-Optimized)


@dataclass(frozen=True)
class StackFacts:
    functions: dict[str, FunctionFact]
    machines: dict[str, MachineFact]
    consumers: tuple[ConsumerFact, ...]
    alarm_metrics: int
    alarms: int
    dashboards: int
    queues: int
    secrets: int
    kms_keys: int
    nat_gateways: int
    public_ips: int
    aurora: AuroraFact | None
    proxy: bool
    bucket_transitions: tuple[tuple[int, str], ...]  # (days, storage class), in order
    schedules: dict[str, float]  # machine -> runs per hour
    recorded_machines: frozenset[str]  # machines whose finished runs invoke RecordExecution
    log_retention_days: int | None = field(default=None)

    def with_machine_type(self, name: str, machine_type: str) -> StackFacts:
        """These facts with machine `name` deployed as `machine_type`, logging as the stack logs that
        type: Standard machines log ALL with data and announce their ends to RecordExecution."""
        machine = self.machines[name]
        if machine_type == "STANDARD":
            changed = replace(machine, type="STANDARD", log_level="ALL", include_data=True)
            recorded = self.recorded_machines | {name}
        else:
            changed = replace(machine, type=machine_type)
            recorded = self.recorded_machines - {name}
        return replace(self, machines={**self.machines, name: changed}, recorded_machines=recorded)


#: Child ids under the construct that carries the topology name (`IngestPages/Queue/Resource`).
_CHILD_IDS = frozenset({"Resource", "Queue"})


def construct_id(resource: Resource) -> str:
    """The construct id of a resource from its `aws:cdk:path` (`Stack/Area/IngestExtract/Resource`,
    `Stack/Ingest/IngestPages/Queue/Resource`): the topology name of functions, queues and machines."""
    path = str(resource.get("Metadata", {}).get("aws:cdk:path", ""))
    parts = path.split("/")
    while parts and parts[-1] in _CHILD_IDS:
        parts.pop()
    parts = [p for p in parts if p]
    if not parts:
        raise ValueError("template has no aws:cdk:path metadata (synthesize with path metadata on)")
    return parts[-1]


def _of_type(resources: Mapping[str, Resource], cfn_type: str) -> Iterator[tuple[str, Resource]]:
    return ((k, v) for k, v in resources.items() if v["Type"] == cfn_type)


def _ref(node: Any) -> str | None:
    """The logical id a `Ref` or `Fn::GetAtt` points at."""
    if isinstance(node, Mapping):
        if "Ref" in node:
            return str(node["Ref"])
        if "Fn::GetAtt" in node:
            return str(node["Fn::GetAtt"][0])
    return None


def topology_definition(name: str) -> Mapping[str, Any]:
    """A machine's ASL from `statemachines/` (the template only references the uploaded asset)."""
    return json.loads(topology.state_machine(name).definition())  # type: ignore[no-any-return]


def count_fan_states(definition: Mapping[str, Any]) -> int:
    """Parallel and Map states, nested ones included."""
    total = 0
    for state in definition.get("States", {}).values():
        if state.get("Type") in {"Parallel", "Map"}:
            total += 1
        for branch in [*state.get("Branches", []), state.get("ItemProcessor") or state.get("Iterator") or {}]:
            total += count_fan_states(branch)
    return total


def runs_per_hour(expression: str) -> float:
    """`rate(15 minutes)` -> 4.0; `cron(0 2 * * ? *)` -> 1/24 (daily crons only)."""
    rate = re.fullmatch(r"rate\((\d+) (minute|minutes|hour|hours|day|days)\)", expression)
    if rate:
        minutes = {"minute": 1, "hour": 60, "day": 1440}[rate.group(2).rstrip("s")]
        return 60 / (int(rate.group(1)) * minutes)
    cron = re.fullmatch(r"cron\((\S+) (\S+) \* \* \? \*\)", expression)
    if cron and cron.group(1).isdigit() and cron.group(2).isdigit():
        return 1 / 24
    raise ValueError(f"schedule {expression!r}: only rate(...) and daily cron(...) are understood")


def read_template(
    template: Mapping[str, Any], definition_of: DefinitionOf = topology_definition
) -> StackFacts:
    """The facts of a synthesized template (`definition_of` gives a machine's ASL when the template
    holds no inline `DefinitionString`)."""
    resources: Mapping[str, Resource] = template["Resources"]
    retention = {
        k: v["Properties"].get("RetentionInDays") for k, v in _of_type(resources, "AWS::Logs::LogGroup")
    }
    names = {k: construct_id(v) for k, v in resources.items() if "aws:cdk:path" in v.get("Metadata", {})}

    functions = {}
    for key, res in _of_type(resources, "AWS::Lambda::Function"):
        p = res["Properties"]
        if "Handler" not in p or "Architectures" not in p:
            continue  # CDK's own helper functions (custom resource providers): run at deploy time only
        log_group = _ref(p.get("LoggingConfig", {}).get("LogGroup"))
        functions[names[key]] = FunctionFact(
            name=names[key],
            memory_mb=int(p.get("MemorySize", 128)),
            architecture=str(p["Architectures"][0]),
            in_vpc="VpcConfig" in p,
            log_retention_days=retention.get(log_group) if log_group else None,
        )

    machines = {}
    for key, res in _of_type(resources, "AWS::StepFunctions::StateMachine"):
        p = res["Properties"]
        name = names[key]
        logging = p.get("LoggingConfiguration", {})
        group = _ref(
            logging.get("Destinations", [{}])[0].get("CloudWatchLogsLogGroup", {}).get("LogGroupArn")
        )
        definition = json.loads(p["DefinitionString"]) if "DefinitionString" in p else definition_of(name)
        machines[name] = MachineFact(
            name=name,
            type=str(p.get("StateMachineType", "STANDARD")),
            log_level=str(logging.get("Level", "OFF")),
            include_data=bool(logging.get("IncludeExecutionData", False)),
            log_retention_days=retention.get(group) if group else None,
            definition_bytes=len(json.dumps(definition, separators=(",", ":"))),
            fan_states=count_fan_states(definition),
        )

    consumers = tuple(
        ConsumerFact(
            queue=names[str(_ref(p["EventSourceArn"]))],
            function=names[str(_ref(p["FunctionName"]))],
            batch_size=int(p.get("BatchSize", 10)),
            max_concurrency=p.get("ScalingConfig", {}).get("MaximumConcurrency"),
        )
        for _, res in _of_type(resources, "AWS::Lambda::EventSourceMapping")
        for p in [res["Properties"]]
    )

    alarm_metrics = alarms = 0
    for _, res in _of_type(resources, "AWS::CloudWatch::Alarm"):
        alarms += 1
        metrics = res["Properties"].get("Metrics")
        alarm_metrics += sum(1 for m in metrics if "MetricStat" in m) if metrics else 1

    clusters = [res["Properties"] for _, res in _of_type(resources, "AWS::RDS::DBCluster")]
    aurora = None
    if clusters:
        (cluster,) = clusters
        scaling = cluster["ServerlessV2ScalingConfiguration"]
        instances = [
            res["Properties"]
            for _, res in _of_type(resources, "AWS::RDS::DBInstance")
            if res["Properties"].get("DBInstanceClass") == "db.serverless"
        ]
        aurora = AuroraFact(
            min_acu=float(scaling["MinCapacity"]),
            max_acu=float(scaling["MaxCapacity"]),
            instances=len(instances),
            following_writer=sum(1 for i in instances if int(i.get("PromotionTier", 1)) <= 1),
            storage_type=str(cluster.get("StorageType", "aurora")),
        )

    transitions: tuple[tuple[int, str], ...] = ()
    for _, res in _of_type(resources, "AWS::S3::Bucket"):
        for rule in res["Properties"].get("LifecycleConfiguration", {}).get("Rules", []):
            transitions += tuple(
                (int(t["TransitionInDays"]), str(t["StorageClass"])) for t in rule.get("Transitions", [])
            )

    schedules: dict[str, float] = {}
    recorded: set[str] = set()
    for _, res in _of_type(resources, "AWS::Events::Rule"):
        p = res["Properties"]
        if "ScheduleExpression" in p:
            for target in p.get("Targets", []):
                machine = names.get(str(_ref(target["Arn"])))
                if machine in machines:
                    schedules[machine] = schedules.get(machine, 0.0) + runs_per_hour(p["ScheduleExpression"])
        pattern = p.get("EventPattern")
        if isinstance(pattern, Mapping) and pattern.get("source") == ["aws.states"]:
            recorded |= {
                names[str(_ref(arn))] for arn in pattern.get("detail", {}).get("stateMachineArn", [])
            }

    def count(cfn_type: str) -> int:
        return sum(1 for _ in _of_type(resources, cfn_type))

    return StackFacts(
        functions=functions,
        machines=machines,
        consumers=consumers,
        alarm_metrics=alarm_metrics,
        alarms=alarms,
        dashboards=count("AWS::CloudWatch::Dashboard"),
        queues=count("AWS::SQS::Queue"),
        secrets=count("AWS::SecretsManager::Secret"),
        kms_keys=count("AWS::KMS::Key"),
        nat_gateways=count("AWS::EC2::NatGateway"),
        public_ips=count("AWS::EC2::EIP"),
        aurora=aurora,
        proxy=count("AWS::RDS::DBProxy") > 0,
        bucket_transitions=tuple(sorted(transitions)),
        schedules=schedules,
        recorded_machines=frozenset(recorded),
        log_retention_days=max((d for d in retention.values() if d), default=None),
    )


def express_memory_mb(machine: MachineFact, payload_bytes: float) -> int:
    """Billed Express memory: 50 MB + definition + payload x Parallel/Map states, in 64 MB chunks
    (the Step Functions pricing page's estimate)."""
    used = 50 * 1024 * 1024 + machine.definition_bytes + payload_bytes * max(1, machine.fan_states)
    return 64 * math.ceil(used / (64 * 1024 * 1024))
