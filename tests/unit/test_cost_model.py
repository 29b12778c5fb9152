"""The cost model's arithmetic on a small fixed template, fixed inputs and round prices, against
figures computed by hand (in the comments)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hirehound_infra.cost.inputs import (
    DatabaseUse,
    FunctionUse,
    InputSet,
    MachineUse,
    Measurement,
    MetricSeries,
    Workload,
)
from hirehound_infra.cost.model import Assumptions, Bill, bill
from hirehound_infra.cost.prices import Price, PriceBook, Tier
from hirehound_infra.cost.stack import StackFacts, read_template, runs_per_hour

pytestmark = pytest.mark.unit

GIB = 2**30
# 24,000 pages a day over 730 hours a month: 730,000 pages a month.
PAGES_PER_DAY = 24_000
PAGES = 730_000
DEFINITION = {
    "StartAt": "Stage",
    "States": {
        "Stage": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Both"},
        "Both": {
            "Type": "Parallel",
            "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}],
            "End": True,
        },
    },
}


def res(cfn_type: str, name: str, props: dict[str, Any]) -> dict[str, Any]:
    return {
        "Type": cfn_type,
        "Properties": props,
        "Metadata": {"aws:cdk:path": f"Stack/Area/{name}/Resource"},
    }


def function(name: str, memory: int) -> dict[str, Any]:
    return res(
        "AWS::Lambda::Function",
        name,
        {
            "Handler": f"{name.lower()}.handler",
            "MemorySize": memory,
            "Architectures": ["arm64"],
            "VpcConfig": {},
            "LoggingConfig": {"LogGroup": {"Ref": "Logs"}},
        },
    )


def machine(name: str) -> dict[str, Any]:
    return res(
        "AWS::StepFunctions::StateMachine",
        name,
        {
            "StateMachineType": "STANDARD",
            "DefinitionString": json.dumps(DEFINITION),
            "LoggingConfiguration": {
                "Level": "ALL",
                "IncludeExecutionData": True,
                "Destinations": [
                    {"CloudWatchLogsLogGroup": {"LogGroupArn": {"Fn::GetAtt": ["Logs", "Arn"]}}}
                ],
            },
        },
    )


TEMPLATE: dict[str, Any] = {
    "Resources": {
        "Logs": res("AWS::Logs::LogGroup", "Logs", {"RetentionInDays": 30}),
        "Stage": function("Stage", 1024),
        "Start": function("IngestStart", 256),
        "Record": function("RecordExecution", 512),
        "Expire": function("Expire", 512),
        "Merge": function("EnrichMerge", 512),
        "Helper": res("AWS::Lambda::Function", "Helper", {"Handler": "index.handler"}),  # CDK's, no arch
        "Ingestion": machine("Ingestion"),
        "Expiry": machine("MaintenanceExpiry"),
        "Enrichment": machine("Enrichment"),
        "Pages": res("AWS::SQS::Queue", "IngestPages", {}),
        "Esm": res(
            "AWS::Lambda::EventSourceMapping",
            "Esm",
            {
                "EventSourceArn": {"Fn::GetAtt": ["Pages", "Arn"]},
                "FunctionName": {"Ref": "Start"},
                "BatchSize": 10,
            },
        ),
        "Schedule": res(
            "AWS::Events::Rule",
            "Schedule",
            {"ScheduleExpression": "rate(1 hour)", "Targets": [{"Arn": {"Ref": "Expiry"}}]},
        ),
        "Finished": res(
            "AWS::Events::Rule",
            "Finished",
            {
                "EventPattern": {
                    "source": ["aws.states"],
                    "detail": {
                        "stateMachineArn": [{"Ref": "Ingestion"}, {"Ref": "Expiry"}, {"Ref": "Enrichment"}]
                    },
                }
            },
        ),
        "Alarm1": res("AWS::CloudWatch::Alarm", "Alarm1", {"MetricName": "Errors"}),
        "Alarm2": res(
            "AWS::CloudWatch::Alarm",
            "Alarm2",
            {
                "Metrics": [
                    {"Id": "e", "Expression": "a / b"},
                    {"Id": "a", "MetricStat": {}},
                    {"Id": "b", "MetricStat": {}},
                ]
            },
        ),
        "Board": res("AWS::CloudWatch::Dashboard", "Board", {}),
        "Secret": res("AWS::SecretsManager::Secret", "Secret", {}),
        "Key": res("AWS::KMS::Key", "Key", {}),
        "Nat": res("AWS::EC2::NatGateway", "Nat", {}),
        "Ip": res("AWS::EC2::EIP", "Ip", {}),
        "Cluster": res(
            "AWS::RDS::DBCluster",
            "Cluster",
            {"ServerlessV2ScalingConfiguration": {"MinCapacity": 0.5, "MaxCapacity": 4}},
        ),
        "Writer": res(
            "AWS::RDS::DBInstance", "Writer", {"DBInstanceClass": "db.serverless", "PromotionTier": 0}
        ),
        "Proxy": res("AWS::RDS::DBProxy", "Proxy", {}),
        "Bucket": res(
            "AWS::S3::Bucket",
            "Bucket",
            {
                "LifecycleConfiguration": {
                    "Rules": [{"Transitions": [{"StorageClass": "STANDARD_IA", "TransitionInDays": 30}]}]
                }
            },
        ),
    }
}


def flat(usd: float) -> Price:
    return Price(per="unit", usd=usd, source="test")


PRICES = PriceBook(
    region="test",
    currency="USD",
    retrieved="2026-12-01",
    how="round numbers for hand arithmetic",
    hours_per_month=730,
    prices={
        "states.standard.transition": flat(0.00001),
        "states.express.request": flat(0.000001),
        "states.express.duration": Price(
            per="GB-hour", tiers=(Tier(up_to=10, usd=0.06), Tier(up_to=None, usd=0.03)), source="test"
        ),
        "lambda.arm64.request": flat(0.000001),
        "lambda.arm64.duration": flat(0.00001),
        "sqs.standard.request": flat(0.000001),
        "events.custom.event": flat(0.000002),
        "cloudwatch.metric": flat(0.30),
        "cloudwatch.alarm_metric": flat(0.10),
        "cloudwatch.dashboard": flat(3.0),
        "logs.ingestion": flat(0.50),
        "logs.storage": flat(0.03),
        "aurora.acu_hour": flat(0.12),
        "aurora.iopt.acu_hour": flat(0.156),
        "aurora.storage": flat(0.10),
        "aurora.iopt.storage": flat(0.225),
        "aurora.io": flat(0.0000002),
        "rdsproxy.acu_hour": Price(per="ACU-hour", usd=0.015, minimum_units=8, source="test"),
        "ec2.nat.hour": flat(0.045),
        "ec2.nat.gb": flat(0.045),
        "ec2.public_ipv4.hour": flat(0.005),
        "s3.standard.storage": flat(0.02),
        "s3.standard_ia.storage": flat(0.01),
        "s3.glacier_ir.storage": flat(0.004),
        "s3.put": flat(0.000005),
        "s3.get": flat(0.0000004),
        "s3.transition.standard_ia": flat(0.00001),
        "s3.transition.glacier_ir": flat(0.00002),
        "secretsmanager.secret": flat(0.40),
        "secretsmanager.api": flat(0.000005),
        "kms.key": flat(1.0),
        "kms.request": flat(0.000003),
        "xray.trace": flat(0.000005),
    },
    free_tiers={},
)


def series(name: str, **dims: str) -> MetricSeries:
    return MetricSeries(name=name, dimensions=dims)


def use(invocations: float, ms: float, memory: int = 512) -> FunctionUse:
    return FunctionUse(invocations=invocations, duration_ms=ms, memory_mb=memory)


def machine_use(transitions: float, billed_ms: float = 3000.0) -> MachineUse:
    return MachineUse(
        type="STANDARD",
        executions=1.0,
        transitions=transitions,
        duration_ms=billed_ms - 50,
        billed_ms=billed_ms,
        payload_bytes=1000,
        log_bytes={"ALL+data": 10_000.0, "ALL": 6_000.0},
        log_events={"ALL": 20.0},
    )


INPUTS = InputSet(
    measured=Measurement(
        date="2026-12-01",
        commit="test",
        machine="test",
        cpu_count=2,
        load_average=(1.0, 1.0, 1.0),
        load_average_end=(1.0, 1.0, 1.0),
        seconds=1.0,
    ),
    intake="queue",
    ingestion_type="STANDARD",
    workloads={
        "page": Workload(
            unit="page",
            units=100,
            functions={"Stage": use(2, 500, 1024), "IngestStart": use(0.1, 100, 256)},
            machines={"Ingestion": machine_use(10)},
            sqs_requests=1.2,
            events=0.5,
            s3_puts=1,
            s3_gets=2,
            nat_bytes=2048,
            log_bytes=4096,
            log_events=10,
            database=DatabaseUse(cpu_s=0.01, wal_bytes=8192, commits=3, blocks_read=1, bytes_stored=10_000),
            metric_series=[
                series("StageSucceeded", stage="stage"),
                series("StageDuration", stage="stage"),
                series("PublicationOutcomes", source="a.example", outcome="published"),
                series("PublicationOutcomes", source="b.example", outcome="published"),
            ],
        ),
        "company": Workload(
            unit="new company",
            units=20,
            functions={"EnrichMerge": use(1, 300)},
            machines={"Enrichment": machine_use(20)},
            sqs_requests=6,
            nat_bytes=5000,
        ),
        "record": Workload(
            unit="finished Standard execution",
            units=100,
            functions={"RecordExecution": use(1, 200)},
            nat_bytes=10_000,
        ),
        "run:MaintenanceExpiry": Workload(
            unit="scheduled run",
            units=1,
            functions={"Expire": use(1, 1000)},
            machines={"MaintenanceExpiry": machine_use(2)},
        ),
    },
    companies_per_page=0.5,
    published_per_page=0.8,
    page_bytes=100 * 1024,
    pages_over_128k=0.0,
    log_gzip_ratio=0.1,
    lambda_platform_bytes=300,
)


@pytest.fixture(scope="module")
def facts() -> StackFacts:
    return read_template(TEMPLATE)


def test_the_template_facts_are_what_the_template_says(facts: StackFacts) -> None:
    assert set(facts.functions) == {
        "Stage",
        "IngestStart",
        "RecordExecution",
        "Expire",
        "EnrichMerge",
    }  # no CDK helper
    assert facts.functions["Stage"].memory_mb == 1024 and facts.functions["Stage"].architecture == "arm64"
    assert facts.machines["Ingestion"].type == "STANDARD" and facts.machines["Ingestion"].fan_states == 1
    assert facts.machines["Ingestion"].log_retention_days == 30
    assert facts.alarms == 2 and facts.alarm_metrics == 3  # the math alarm reads two metrics
    assert facts.schedules == {"MaintenanceExpiry": 1.0}
    assert facts.recorded_machines == {"Ingestion", "MaintenanceExpiry", "Enrichment"}
    assert [(c.queue, c.function) for c in facts.consumers] == [("IngestPages", "IngestStart")]
    assert facts.aurora and (facts.aurora.min_acu, facts.aurora.max_acu, facts.aurora.instances) == (
        0.5,
        4,
        1,
    )
    assert facts.bucket_transitions == ((30, "STANDARD_IA"),)
    assert (facts.nat_gateways, facts.public_ips, facts.secrets, facts.kms_keys) == (1, 1, 1, 1)


@pytest.mark.parametrize(
    ("expression", "per_hour"),
    [
        ("rate(15 minutes)", 4.0),
        ("rate(6 hours)", 1 / 6),
        ("rate(1 day)", 1 / 24),
        ("cron(0 2 * * ? *)", 1 / 24),
    ],
)
def test_schedules_become_runs_per_hour(expression: str, per_hour: float) -> None:
    assert runs_per_hour(expression) == pytest.approx(per_hour)


def at(facts: StackFacts, pages_per_day: float = PAGES_PER_DAY, **assume: Any) -> Bill:
    return bill(facts, INPUTS, PRICES, pages_per_day, Assumptions(**assume))


def test_standard_page_runs_bill_transitions(facts: StackFacts) -> None:
    b = at(facts)
    # 730,000 pages x 10 transitions x $0.00001
    assert b.usd("Step Functions", "Ingestion") == pytest.approx(73.00)
    # the hourly maintenance run: 730 runs x 2 transitions x $0.00001
    assert b.usd("Step Functions", "scheduled maintenance") == pytest.approx(0.0146)
    assert b.page_step_functions == pytest.approx(73.00)


def test_express_page_runs_bill_requests_and_tiered_gb_hours(facts: StackFacts) -> None:
    b = at(facts.with_machine_type("Ingestion", "EXPRESS"))
    # 730,000 requests x $0.000001 = 0.73; 50 MB + definition + 1 KB x 1 Parallel -> one 64 MB chunk:
    # 730,000 x 3 s x 0.0625 GB = 136,875 GB-s = 38.0208 GB-h: 10 at $0.06 + 28.0208 at $0.03 = 1.4406
    assert b.usd("Step Functions", "Ingestion") == pytest.approx(0.73 + 0.6 + 28.020833 * 0.03)
    # Express runs send no status-change events: RecordExecution no longer runs for them
    assert b.usd("Lambda", "RecordExecution: page runs") == 0.0


def test_lambda_is_requests_plus_gb_seconds_at_the_template_memory(facts: StackFacts) -> None:
    b = at(facts)
    # 1.46 M requests x $0.000001 + 1.46 M x 0.5 s x 1 GB x $0.00001
    assert b.usd("Lambda", "ingestion stages") == pytest.approx(1.46 + 7.30)
    # 73,000 x 0.1 s x 0.25 GB = 1,825 GB-s: 0.073 + 0.01825
    assert b.usd("Lambda", "intake: starts the page runs") == pytest.approx(0.073 + 0.01825)
    # one RecordExecution per finished Ingestion run: 730,000 x (0.000001 + 0.2 s x 0.5 GB x 0.00001)
    assert b.usd("Lambda", "RecordExecution: page runs") == pytest.approx(0.73 + 0.73)
    # 730 hourly runs: Expire 730 x (0.000001 + 1 s x 0.5 GB x 0.00001), their records likewise at 0.2 s
    assert b.usd("Lambda", "maintenance") == pytest.approx(730 * 0.000006)
    # 365,000 Enrichment runs (0.5 new companies a page): 365,000 x (0.000001 + 0.3 s x 0.5 GB x 0.00001)
    assert b.usd("Lambda", "enrichment") == pytest.approx(365_000 * 0.0000025)
    assert b.usd("Lambda", "RecordExecution: other runs") == pytest.approx((730 + 365_000) * 0.000002)


def test_each_new_company_runs_enrichment(facts: StackFacts) -> None:
    # 730,000 pages x 0.5 new companies x 20 transitions x $0.00001
    assert at(facts).usd("Step Functions", "Enrichment") == pytest.approx(73.00)
    assert at(facts, companies_per_page=0.1).usd("Step Functions", "Enrichment") == pytest.approx(14.60)


def test_queues_events_s3_requests_and_nat(facts: StackFacts) -> None:
    b = at(facts)
    assert b.usd("SQS", "requests") == pytest.approx((730_000 * 1.2 + 365_000 * 6) * 0.000001)
    # one event source, 5 pollers x 180 receives an hour x 730 hours
    assert b.usd("SQS", "idle long polling") == pytest.approx(657_000 * 0.000001)
    assert b.usd("EventBridge", "custom events") == pytest.approx(365_000 * 0.000002)
    assert b.usd("S3", "requests") == pytest.approx(730_000 * 0.000005 + 1_460_000 * 0.0000004)
    # pages 730,000 x 2,048 B + companies 365,000 x 5,000 B + records of 1,095,730 runs x 10,000 B
    nat = 730_000 * 2_048 + 365_000 * 5_000 + 1_095_730 * 10_000
    assert b.usd("VPC", "NAT gateway data") == pytest.approx(nat / GIB * 0.045)
    assert b.usd("VPC", "NAT gateways") == pytest.approx(32.85)
    assert b.usd("VPC", "public IPv4 (NAT)") == pytest.approx(3.65)


def test_database_is_sized_by_cpu_within_the_stage_bounds(facts: StackFacts) -> None:
    b = at(facts)
    # 7,300 CPU-s over 2,628,000 s is 0.0111 ACU: the 0.5 minimum holds, 365 ACU-h x $0.12
    assert b.usd("Aurora", "capacity") == pytest.approx(43.80)
    # the proxy bills at least 8 ACU: 5,840 ACU-h x $0.015
    assert b.usd("RDS Proxy", "capacity") == pytest.approx(87.60)
    # per page max(3 commits, 2 WAL units) + 1 read = 4 I/Os
    assert b.usd("Aurora", "I/O") == pytest.approx(730_000 * 4 * 0.0000002)
    # 12 months of 730,000 pages x 10,000 B
    assert b.usd("Aurora", "storage") == pytest.approx(12 * 730_000 * 10_000 / GIB * 0.10)
    # 100x the pages needs 1.11 ACU of CPU: billed as is, under the max
    assert at(facts, PAGES_PER_DAY * 100).usd("Aurora", "capacity") == pytest.approx(
        7300 * 100 / 2_628_000 * 4 * 730 * 0.12
    )
    busy = at(facts, PAGES_PER_DAY * 400)  # 4.44 ACU: capped at the max of 4, and said
    assert busy.usd("Aurora", "capacity") == pytest.approx(4 * 730 * 0.12)
    assert any("over the stage's max of 4" in n for n in busy.notes)


def test_monitoring_metrics_scale_with_sources(facts: StackFacts) -> None:
    b = at(facts)
    assert b.usd("CloudWatch", "alarms") == pytest.approx(0.30)
    assert b.usd("CloudWatch", "dashboards") == pytest.approx(3.0)
    assert b.usd("CloudWatch", "custom metrics (EMF)") == pytest.approx(4 * 0.30)
    # 2 fixed series + 1 per source x 10 sources
    assert at(facts, sources=10).usd("CloudWatch", "custom metrics (EMF)") == pytest.approx(12 * 0.30)


def test_logs_and_traces(facts: StackFacts) -> None:
    b = at(facts)
    runs = {"page": 730_000, "company": 365_000, "run": 730, "record": 730_000 + 730 + 365_000}
    invocations = runs["page"] * 2.1 + runs["company"] + runs["run"] + runs["record"]
    lambda_bytes = runs["page"] * 4096 + invocations * 300
    assert b.usd("CloudWatch Logs", "Lambda logs") == pytest.approx(lambda_bytes / GIB * 0.50)
    assert b.usd("CloudWatch Logs", "Step Functions logs: page runs") == pytest.approx(
        730_000 * 10_000 / GIB * 0.50
    )
    executions = runs["page"] + runs["company"] + runs["run"]
    # 30 days kept of the month's logs (0.986 of a month), gzip ratio 0.1, 26 B an event
    events = runs["page"] * 10 + invocations * 3 + executions * 20
    stored = (0.1 * (lambda_bytes + executions * 10_000) + 26 * events) * 30 / (730 / 24)
    assert b.usd("CloudWatch Logs", "storage") == pytest.approx(stored / GIB * 0.03)
    # one trace root per page, company, run and record: 0.834/s, all under the 1/s reservoir
    assert b.usd("X-Ray", "traces recorded") == pytest.approx(sum(runs.values()) * 0.000005)
    # at 100x that rate, the first one each second and 5 % of the rest are recorded
    busy = at(facts, PAGES_PER_DAY * 100).usd("X-Ray", "traces recorded")
    rate = (sum(runs.values()) * 100 - 100 * 730 * 2 + 730 * 2) / (730 * 3600)
    assert busy == pytest.approx((1 + 0.05 * (rate - 1)) * 730 * 3600 * 0.000005)


def test_s3_storage_follows_the_lifecycle_for_pages_of_128_kb_or_more(facts: StackFacts) -> None:
    # 100 KB pages never transition: a year (365 days) of 24,000 a day stays in Standard
    small = at(facts)
    assert small.usd("S3", "page storage") == pytest.approx(24_000 * 102_400 * 365 / GIB * 0.02)
    assert small.usd("S3", "lifecycle transitions") == 0.0
    # 200 KB pages: the first 30 days in Standard, the other 335 in Standard-IA; 730,000 transitions a month
    big = at(facts, page_bytes=200 * 1024)
    daily = 24_000 * 204_800 / GIB
    assert big.usd("S3", "page storage") == pytest.approx(daily * 30 * 0.02 + daily * 335 * 0.01)
    assert big.usd("S3", "lifecycle transitions") == pytest.approx(730_000 * 0.00001)


def test_the_floor_is_what_runs_without_pages(facts: StackFacts) -> None:
    floor = at(facts, 0)
    assert floor.usd("Step Functions", "Ingestion") == 0.0 and floor.usd("Lambda", "ingestion stages") == 0.0
    fixed = 43.80 + 87.60 + 32.85 + 3.65 + 0.30 + 3.0 + 0.40 + 1.0 + 0.657
    scheduled = 730 * (2 * 0.00001 + 0.000006 + 0.000002)
    assert floor.total == pytest.approx(fixed + scheduled, abs=0.05)  # plus the runs' few logs and traces
