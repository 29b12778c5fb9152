"""`hirehound status --aws`: a deployed stage seen through the AWS APIs, read-only.

Resources are found by the names the stack gives them (`<stack>-<topology name>`: work queues, state
machines, rules, alarms); a queue's DLQ from its redrive policy, a rule's from its target. Credentials,
region and endpoint are boto3's own settings (`AWS_PROFILE`/`--profile`, `AWS_REGION`/`--region`,
`AWS_ENDPOINT_URL`/`--endpoint-url`). Calls made, all reads: sqs:GetQueueUrl, sqs:GetQueueAttributes,
events:ListTargetsByRule, states:ListStateMachines, states:ListExecutions, cloudwatch:DescribeAlarms,
cloudwatch:GetMetricData.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
from botocore.exceptions import ClientError
from hirehound.metric_catalog import NAMESPACE, SERVICE, Dimension, MetricName
from hirehound_infra import topology

#: Open executions are counted up to this many per machine.
RUNNING_CAP = 1000
#: How far back the age of a queue's oldest message is looked up (SQS reports it every minute).
AGE_LOOKBACK = timedelta(minutes=15)
_DEPTH = ("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")


@dataclass
class Stage:
    """A deployed stack and the boto3 session that reaches it."""

    stack: str
    session: boto3.Session
    endpoint_url: str | None = None
    _clients: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def connect(
        cls,
        stack: str,
        *,
        profile: str | None = None,
        region: str | None = None,
        endpoint_url: str | None = None,
    ) -> Stage:
        return cls(stack, boto3.Session(profile_name=profile, region_name=region), endpoint_url)

    @property
    def prefix(self) -> str:
        return f"{self.stack}-"

    def client(self, service: str) -> Any:
        if service not in self._clients:
            self._clients[service] = self.session.client(service, endpoint_url=self.endpoint_url)  # type: ignore[call-overload]
        return self._clients[service]


def _depth(stage: Stage, url: str) -> tuple[int, int]:
    attributes = stage.client("sqs").get_queue_attributes(QueueUrl=url, AttributeNames=list(_DEPTH))
    return int(attributes["Attributes"][_DEPTH[0]]), int(attributes["Attributes"][_DEPTH[1]])


def _url_of(stage: Stage, queue_arn: str) -> str:
    _, _, _, _, account, name = queue_arn.split(":", 5)
    return str(stage.client("sqs").get_queue_url(QueueName=name, QueueOwnerAWSAccountId=account)["QueueUrl"])


def _latest(
    stage: Stage,
    metric: tuple[str, str],
    dimensions: dict[str, str],
    stat: str,
    *,
    lookback: timedelta = AGE_LOOKBACK,
    period: int = 60,
) -> float | None:
    """The newest datapoint of `metric` (namespace, name), None when CloudWatch has none in the window."""
    namespace, name = metric
    now = datetime.now(UTC)
    start, end = now - lookback, now + timedelta(minutes=1)  # a point stamped this second counts too
    answer = stage.client("cloudwatch").get_metric_data(
        MetricDataQueries=[
            {
                "Id": "m",
                "MetricStat": {
                    "Metric": {
                        "Namespace": namespace,
                        "MetricName": name,
                        "Dimensions": [{"Name": k, "Value": v} for k, v in dimensions.items()],
                    },
                    "Period": period,
                    "Stat": stat,
                },
            }
        ],
        StartTime=start,
        EndTime=end,
        ScanBy="TimestampDescending",
    )
    values = answer["MetricDataResults"][0]["Values"]
    return float(values[0]) if values else None


def queues(stage: Stage) -> list[dict[str, Any]]:
    """Per work queue: visible, in flight, the age of its oldest message (CloudWatch) and its DLQ's depth."""
    sqs = stage.client("sqs")
    rows = []
    for spec in topology.QUEUES:
        name = stage.prefix + spec.name
        row: dict[str, Any] = {"queue": spec.name, "depth": None, "in_flight": None, "oldest_s": None}
        row |= {"backlog_alarm_s": topology.backlog_alarm_s(spec), "dead_letters": None}
        rows.append(row)
        try:
            url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
        except ClientError:
            continue  # not deployed (or not this stage/region): left empty
        row["depth"], row["in_flight"] = _depth(stage, url)
        policy = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["RedrivePolicy"])["Attributes"]
        if "RedrivePolicy" in policy:
            dlq = json.loads(policy["RedrivePolicy"])["deadLetterTargetArn"]
            row["dead_letters"] = _depth(stage, _url_of(stage, dlq))[0]
        age = _latest(stage, ("AWS/SQS", "ApproximateAgeOfOldestMessage"), {"QueueName": name}, "Maximum")
        row["oldest_s"] = None if age is None else round(age)
    return rows


def rule_dead_letters(stage: Stage) -> list[dict[str, Any]]:
    """Per EventBridge rule: events in its target's DLQ (undeliverable, or failed in the function)."""
    events = stage.client("events")
    rows = []
    for rule in topology.RULES:
        try:
            found = events.list_targets_by_rule(Rule=stage.prefix + rule.name, EventBusName=rule.bus)[
                "Targets"
            ]
        except ClientError:
            found = []
        arns = [t["DeadLetterConfig"]["Arn"] for t in found if t.get("DeadLetterConfig", {}).get("Arn")]
        depth = sum(_depth(stage, _url_of(stage, arn))[0] for arn in arns) if arns else None
        rows.append({"rule": rule.name, "target": rule.target, "dead_letters": depth})
    return rows


def open_executions(stage: Stage) -> list[dict[str, Any]]:
    """Per state machine: RUNNING executions, counted up to `RUNNING_CAP`. An Express machine's
    cannot be listed (ListExecutions refuses them): its open runs are bounded by its starters."""
    sfn = stage.client("stepfunctions")
    arns = {
        m["name"]: m["stateMachineArn"]
        for page in sfn.get_paginator("list_state_machines").paginate()
        for m in page["stateMachines"]
    }
    rows: list[dict[str, Any]] = []
    for spec in topology.STATE_MACHINES:
        arn = arns.get(stage.prefix + spec.name)
        if arn is None:
            rows.append({"workflow": spec.name, "running": None})
            continue
        if spec.express:
            rows.append({"workflow": spec.name, "running": "not listable (Express)"})
            continue
        running = 0
        pages = sfn.get_paginator("list_executions").paginate(
            stateMachineArn=arn, statusFilter="RUNNING", PaginationConfig={"MaxItems": RUNNING_CAP}
        )
        for page in pages:
            running += len(page["executions"])
        rows.append(
            {"workflow": spec.name, "running": running if running < RUNNING_CAP else f">={RUNNING_CAP}"}
        )
    return rows


def alarms_firing(stage: Stage) -> list[dict[str, Any]]:
    """The stack's alarms in ALARM, with why and since when; the description says what to check first."""
    pages = (
        stage.client("cloudwatch")
        .get_paginator("describe_alarms")
        .paginate(
            AlarmNamePrefix=stage.prefix, StateValue="ALARM", AlarmTypes=["MetricAlarm", "CompositeAlarm"]
        )
    )
    rows = []
    for page in pages:
        for alarm in [*page.get("MetricAlarms", []), *page.get("CompositeAlarms", [])]:
            if alarm.get("StateValue") != "ALARM":  # some emulators ignore StateValue with a prefix
                continue
            rows.append(
                {
                    "alarm": alarm["AlarmName"].removeprefix(stage.prefix),
                    "since": alarm["StateUpdatedTimestamp"].isoformat(timespec="seconds"),
                    "reason": alarm.get("StateReason", "")[:100],
                    "first_check": alarm.get("AlarmDescription", ""),
                }
            )
    return sorted(rows, key=lambda r: r["alarm"])


def dead_letters_recorded(stage: Stage, window_s: float) -> float | None:
    """Dead letters RecordDeadLetter wrote in the window (its StageSucceeded count): the table itself
    is in Aurora, out of reach of the AWS APIs."""
    dims = {Dimension.SERVICE: SERVICE, Dimension.WORKFLOW: "shared", Dimension.STAGE: "record_dead_letter"}
    seconds = max(60, int(window_s) // 60 * 60)
    return _latest(
        stage,
        (NAMESPACE, MetricName.STAGE_SUCCEEDED),
        {str(k): v for k, v in dims.items()},
        "Sum",
        lookback=timedelta(seconds=seconds),
        period=seconds,
    )


def snapshot(stage: Stage, window_s: float) -> dict[str, Any]:
    """Everything `status --aws` prints."""
    return {
        "stack": stage.stack,
        "region": stage.session.region_name,
        "queues": queues(stage),
        "rule_dead_letters": rule_dead_letters(stage),
        "open_executions": open_executions(stage),
        "alarms": alarms_firing(stage),
        "dead_letters_recorded": dead_letters_recorded(stage, window_s),
        "window_s": window_s,
    }


def found_anything(snap: dict[str, Any]) -> bool:
    """False when no queue and no machine of the stack exists (wrong stage, region or account)."""
    return any(q["depth"] is not None for q in snap["queues"]) or any(
        e["running"] is not None for e in snap["open_executions"]
    )
