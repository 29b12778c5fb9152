"""The monthly bill: what the stack deploys (template facts) x what each unit of work uses (counted
inputs) x the price list, at a given number of pages a day.

Volumes drive the workloads: pages (the `page` workload), the scheduled maintenance runs (`run:<machine>`,
as often as the template's schedules say) and RecordExecution (`record`: once per finished execution of
every machine the ExecutionFinished rule covers). Storage that grows (S3 pages, the database, logs) is
billed as it stands after `Assumptions.months` of operation.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from hirehound_infra.cost.inputs import InputSet, MetricSeries, Workload
from hirehound_infra.cost.prices import PriceBook
from hirehound_infra.cost.stack import StackFacts, express_memory_mb

GIB = 2**30
WRITE_IO_BYTES = 4096  # Aurora counts WAL writes in 4 KB units
LOG_EVENT_OVERHEAD = 26  # bytes of metadata CloudWatch Logs stores per event
TRACE_RESERVOIR_PER_S = 1.0  # X-Ray's default sampling rule: the first request each second ...
TRACE_RATE = 0.05  # ... and 5 % of the rest
INTAKE_FUNCTIONS = frozenset({"IngestStart", "IngestRunPages"})


@dataclass(frozen=True)
class Assumptions:
    """What the model cannot count and takes as given (each printed with the bill)."""

    months: int = 12  # age of the stack for storage that grows
    sources: int | None = None  # distinct posting sources a month (None: as many as the corpus has)
    acu_per_vcpu: float = 4.0  # one busy vCPU of an r-family instance is about 4 ACU
    pollers: int = 5  # idle long-polling connections Lambda keeps per SQS event source
    poll_wait_s: int = 20
    page_bytes: float | None = None  # raw page size (None: the sample corpus's mean)
    companies_per_page: float | None = None  # new companies (Enrichment runs) a page (None: as measured)


@dataclass(frozen=True)
class Line:
    service: str
    item: str
    usd: float
    detail: str
    orchestration: bool = False  # part of orchestrating the per-page ingestion


@dataclass
class Bill:
    pages_per_day: float
    lines: list[Line]
    notes: list[str] = field(default_factory=list)
    free_tier_usd: float = 0.0

    @property
    def total(self) -> float:
        return sum(line.usd for line in self.lines)

    def usd(self, service: str, item: str) -> float:
        return sum(line.usd for line in self.lines if (line.service, line.item) == (service, item))

    @property
    def page_step_functions(self) -> float:
        """The Step Functions charges of the per-page machines: the line the Express change is about."""
        return sum(line.usd for line in self.lines if line.service == "Step Functions" and line.orchestration)

    @property
    def orchestration(self) -> float:
        return sum(line.usd for line in self.lines if line.orchestration)


@dataclass
class _Charge:
    key: str
    service: str
    item: str
    quantity: float
    unit: str
    orchestration: bool


class _Ledger:
    """Quantities per price; tiers and minimums apply to a price's monthly total, shared out."""

    def __init__(self, prices: PriceBook) -> None:
        self.prices = prices
        self.charges: list[_Charge] = []

    def add(
        self, key: str, service: str, item: str, quantity: float, unit: str, *, orchestration: bool = False
    ) -> None:
        self.charges.append(_Charge(key, service, item, quantity, unit, orchestration))

    def lines(self) -> tuple[list[Line], float]:
        """The bill's lines (charges of one service and item merged) and what the always-free tiers
        would take off."""
        totals: dict[str, float] = defaultdict(float)
        for c in self.charges:
            totals[c.key] += c.quantity
        cost = {k: self.prices[k].cost(q) for k, q in totals.items()}
        free = 0.0
        for key, quantity in totals.items():
            tier = self.prices.free_tiers.get(key)
            if tier and tier.always:
                free += cost[key] - self.prices[key].cost(max(0.0, quantity - tier.monthly))
        merged: dict[tuple[str, str], list[_Charge]] = defaultdict(list)
        for c in self.charges:
            merged[(c.service, c.item)].append(c)
        lines = []
        for (service, item), charges in merged.items():
            usd = sum(cost[c.key] * c.quantity / totals[c.key] for c in charges if totals[c.key])
            by_unit: dict[str, float] = defaultdict(float)
            for c in charges:
                by_unit[c.unit] += c.quantity
            detail = " + ".join(f"{_amount(q)} {unit}" for unit, q in by_unit.items())
            lines.append(Line(service, item, usd, detail, any(c.orchestration for c in charges)))
        return lines, free


def _amount(quantity: float) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(quantity) >= limit:
            return (
                f"{quantity / limit:,.2f} {suffix}".replace(" G", "G").replace(" M", "M").replace(" k", "k")
            )
    return f"{quantity:,.2f}" if quantity % 1 else f"{quantity:,.0f}"


def monthly_units(
    facts: StackFacts, inputs: InputSet, pages_per_day: float, hours: float, a: Assumptions
) -> dict[str, float]:
    """Units of each workload a month, and RecordExecution's per recorded machine (`record:<machine>`):
    pages; new companies (one Enrichment run each: CompanyCreated); scheduled runs as the template's
    schedules say."""
    units = {"page": pages_per_day * hours / 24}
    if "company" in inputs.workloads:
        rate = a.companies_per_page if a.companies_per_page is not None else inputs.companies_per_page
        units["company"] = units["page"] * rate
    for key in inputs.workloads:
        if key.startswith("run:"):
            units[key] = facts.schedules.get(key.removeprefix("run:"), 0.0) * hours
    for machine in sorted(facts.recorded_machines):
        units[f"record:{machine}"] = sum(
            units.get(key, 0.0) * w.machines[machine].executions
            for key, w in inputs.workloads.items()
            if machine in w.machines
        )
    return units


def _workload(inputs: InputSet, key: str) -> Workload | None:
    return inputs.workloads.get("record" if key.startswith("record:") else key)


def _lambda_item(key: str, function: str, page_machines: set[str]) -> tuple[str, bool]:
    if function in INTAKE_FUNCTIONS:
        return "intake: starts the page runs", True
    if key.startswith("record:"):
        page = key.removeprefix("record:") in page_machines
        return ("RecordExecution: page runs", True) if page else ("RecordExecution: other runs", False)
    if key == "page":
        return "ingestion stages", False
    if key == "company":
        return "enrichment", False
    return "maintenance", False


@dataclass
class _Usage:
    """What the workloads add up to beyond their ledger lines: inputs of the derived lines."""

    machine_runs: dict[str, list[tuple[float, Workload]]] = field(default_factory=lambda: defaultdict(list))
    lambda_log_bytes: float = 0.0
    lambda_log_events: float = 0.0
    db_cpu_s: float = 0.0
    write_ios: float = 0.0
    read_ios: float = 0.0
    db_growth: float = 0.0
    trace_roots: float = 0.0


def _workloads(
    ledger: _Ledger,
    facts: StackFacts,
    inputs: InputSet,
    units: dict[str, float],
    page_machines: set[str],
    notes: list[str],
) -> _Usage:
    """Each workload's Lambda, queue, event, S3 and NAT use, times its units a month."""
    u = _Usage()
    for key, count in units.items():
        w = _workload(inputs, key)
        if w is None or not count:
            continue
        if not key.startswith("record:"):
            for name in w.machines:
                u.machine_runs[name].append((count, w))
        for name, use in w.functions.items():
            fact = facts.functions.get(name)
            if fact is None:
                notes.append(f"{name} is not in the template: priced at its measured {use.memory_mb} MB")
            memory_mb = fact.memory_mb if fact else use.memory_mb
            item, orchestration = _lambda_item(key, name, page_machines)
            invocations = count * use.invocations
            gb_s = invocations * use.duration_ms / 1000 * memory_mb / 1024
            ledger.add(
                "lambda.arm64.request", "Lambda", item, invocations, "requests", orchestration=orchestration
            )
            ledger.add("lambda.arm64.duration", "Lambda", item, gb_s, "GB-s", orchestration=orchestration)
            u.lambda_log_events += invocations * 3
            u.lambda_log_bytes += invocations * inputs.lambda_platform_bytes
        u.lambda_log_bytes += count * w.log_bytes
        u.lambda_log_events += count * w.log_events
        ledger.add("sqs.standard.request", "SQS", "requests", count * w.sqs_requests, "requests")
        ledger.add("events.custom.event", "EventBridge", "custom events", count * w.events, "events")
        ledger.add("s3.put", "S3", "requests", count * w.s3_puts, "PUT")
        ledger.add("s3.get", "S3", "requests", count * w.s3_gets, "GET")
        ledger.add("ec2.nat.gb", "VPC", "NAT gateway data", count * w.nat_bytes / GIB, "GB")
        if w.database:
            u.db_cpu_s += count * w.database.cpu_s
            u.write_ios += count * max(w.database.commits, math.ceil(w.database.wal_bytes / WRITE_IO_BYTES))
            u.read_ios += count * w.database.blocks_read
            u.db_growth += count * w.database.bytes_stored
        u.trace_roots += count  # one trace per page, company, scheduled run and recorded execution
    return u


def bill(
    facts: StackFacts,
    inputs: InputSet,
    prices: PriceBook,
    pages_per_day: float,
    assumptions: Assumptions | None = None,
) -> Bill:
    """The itemized monthly bill of one configuration at `pages_per_day`."""
    a = assumptions or Assumptions()
    hours = prices.hours_per_month
    days = hours / 24
    horizon_days = a.months * days
    units = monthly_units(facts, inputs, pages_per_day, hours, a)
    page_machines = set(inputs.workloads["page"].machines)
    ledger = _Ledger(prices)
    notes: list[str] = []
    u = _workloads(ledger, facts, inputs, units, page_machines, notes)
    _step_functions(ledger, facts, u.machine_runs, page_machines)
    _logs(ledger, facts, inputs, u, horizon_days, days, page_machines)
    _metrics(ledger, facts, inputs, units, a)
    _database(ledger, facts, u, hours, a, notes)
    _fixed(ledger, facts, hours, a)
    _s3_storage(ledger, facts, inputs, pages_per_day, horizon_days, days, a)
    rate = u.trace_roots / (hours * 3600)
    sampled = min(rate, TRACE_RESERVOIR_PER_S) + TRACE_RATE * max(0.0, rate - TRACE_RESERVOIR_PER_S)
    ledger.add("xray.trace", "X-Ray", "traces recorded", sampled * hours * 3600, "traces")
    if any(not f.in_vpc for f in facts.functions.values()):
        notes.append("some functions are outside the VPC: their API traffic is counted as NAT data anyway")
    lines, free = ledger.lines()
    return Bill(pages_per_day, lines, sorted(set(notes)), free)


def _step_functions(
    ledger: _Ledger, facts: StackFacts, runs: dict[str, list[tuple[float, Workload]]], page_machines: set[str]
) -> None:
    """Standard machines bill transitions; Express ones requests and GB-hours at their billed memory."""
    for name, entries in runs.items():
        fact = facts.machines[name]
        page = name in page_machines
        item = "scheduled maintenance" if name in facts.schedules else name
        for units, w in entries:
            use = w.machines[name]
            n = units * use.executions
            if fact.type == "STANDARD":
                ledger.add(
                    "states.standard.transition",
                    "Step Functions",
                    item,
                    n * use.transitions,
                    "transitions",
                    orchestration=page,
                )
                continue
            gb_h = n * use.billed_ms / 1000 / 3600 * express_memory_mb(fact, use.payload_bytes) / 1024
            ledger.add("states.express.request", "Step Functions", item, n, "requests", orchestration=page)
            ledger.add("states.express.duration", "Step Functions", item, gb_h, "GB-h", orchestration=page)


def _logs(
    ledger: _Ledger,
    facts: StackFacts,
    inputs: InputSet,
    u: _Usage,
    horizon_days: float,
    days: float,
    page_machines: set[str],
) -> None:
    """Ingestion of handler and state-machine logs, and what is archived after the horizon."""
    retention = [f.log_retention_days for f in facts.functions.values() if f.log_retention_days]
    kept_days = min(max(retention, default=horizon_days), horizon_days)
    stored = (
        (u.lambda_log_bytes * inputs.log_gzip_ratio + u.lambda_log_events * LOG_EVENT_OVERHEAD)
        * kept_days
        / days
    )
    ledger.add("logs.ingestion", "CloudWatch Logs", "Lambda logs", u.lambda_log_bytes / GIB, "GB")
    for name, entries in u.machine_runs.items():
        fact = facts.machines[name]
        if fact.log_level == "OFF":
            continue
        level = fact.log_level + ("+data" if fact.include_data else "")
        raw = sum(
            u * w.machines[name].executions * w.machines[name].log_bytes.get(level, 0.0) for u, w in entries
        )
        count = sum(
            u * w.machines[name].executions * w.machines[name].log_events.get(fact.log_level, 0.0)
            for u, w in entries
        )
        page = name in page_machines
        item = "Step Functions logs: page runs" if page else "Step Functions logs: other runs"
        ledger.add("logs.ingestion", "CloudWatch Logs", item, raw / GIB, "GB", orchestration=page)
        kept = min(fact.log_retention_days or horizon_days, horizon_days)
        stored += (raw * inputs.log_gzip_ratio + count * LOG_EVENT_OVERHEAD) * kept / days
    ledger.add("logs.storage", "CloudWatch Logs", "storage", stored / GIB, "GB-month")


def _series(series: list[MetricSeries], sources: int | None) -> float:
    """Metrics billed: every name x dimension values; per-source ones scaled to `sources`."""
    fixed = {(s.name, tuple(sorted(s.dimensions.items()))) for s in series if "source" not in s.dimensions}
    per_source = {(s.name, tuple(sorted(s.dimensions.items()))) for s in series if "source" in s.dimensions}
    seen = {s.dimensions["source"] for s in series if "source" in s.dimensions}
    scale = (sources / len(seen)) if (sources is not None and seen) else 1.0
    return len(fixed) + len(per_source) * scale


def _metrics(
    ledger: _Ledger, facts: StackFacts, inputs: InputSet, units: dict[str, float], a: Assumptions
) -> None:
    series = [
        s for key, count in units.items() if count and (w := _workload(inputs, key)) for s in w.metric_series
    ]
    ledger.add(
        "cloudwatch.metric", "CloudWatch", "custom metrics (EMF)", _series(series, a.sources), "metrics"
    )
    ledger.add("cloudwatch.alarm_metric", "CloudWatch", "alarms", facts.alarm_metrics, "alarm metrics")
    ledger.add("cloudwatch.dashboard", "CloudWatch", "dashboards", facts.dashboards, "dashboards")


def _database(
    ledger: _Ledger, facts: StackFacts, u: _Usage, hours: float, a: Assumptions, notes: list[str]
) -> None:
    """Aurora Serverless v2 sized by CPU: the writer needs `acu_per_vcpu` ACU per busy vCPU, bounded by
    the stage's min/max; readers in promotion tier 0-1 follow it, others idle at the minimum."""
    aurora = facts.aurora
    if aurora is None:
        return
    needed = u.db_cpu_s / (hours * 3600) * a.acu_per_vcpu
    writer = min(max(needed, aurora.min_acu), aurora.max_acu)
    if needed > aurora.max_acu:
        notes.append(f"Aurora would need {needed:.1f} ACU by CPU, over the stage's max of {aurora.max_acu:g}")
    acu = writer * aurora.following_writer + aurora.min_acu * (aurora.instances - aurora.following_writer)
    optimized = aurora.storage_type == "aurora-iopt1"
    ledger.add(
        "aurora.iopt.acu_hour" if optimized else "aurora.acu_hour", "Aurora", "capacity", acu * hours, "ACU-h"
    )
    ledger.add(
        "aurora.iopt.storage" if optimized else "aurora.storage",
        "Aurora",
        "storage",
        u.db_growth * a.months / GIB,
        "GB-month",
    )
    if not optimized:
        ledger.add("aurora.io", "Aurora", "I/O", u.write_ios + u.read_ios, "I/Os")
    if facts.proxy:  # billed on the instances' ACUs, at least the price's minimum
        minimum = ledger.prices["rdsproxy.acu_hour"].minimum_units
        ledger.add("rdsproxy.acu_hour", "RDS Proxy", "capacity", max(acu, minimum) * hours, "ACU-h")


def _fixed(ledger: _Ledger, facts: StackFacts, hours: float, a: Assumptions) -> None:
    polls = len(facts.consumers) * a.pollers * 3600 / a.poll_wait_s * hours
    ledger.add("sqs.standard.request", "SQS", "idle long polling", polls, "requests")
    ledger.add("ec2.nat.hour", "VPC", "NAT gateways", facts.nat_gateways * hours, "hours")
    ledger.add("ec2.public_ipv4.hour", "VPC", "public IPv4 (NAT)", facts.public_ips * hours, "address-hours")
    ledger.add("secretsmanager.secret", "Secrets Manager", "secrets", facts.secrets, "secrets")
    ledger.add("kms.key", "KMS", "customer managed keys", facts.kms_keys, "keys")


def _s3_storage(
    ledger: _Ledger,
    facts: StackFacts,
    inputs: InputSet,
    pages_per_day: float,
    horizon_days: float,
    days: float,
    a: Assumptions,
) -> None:
    """Raw pages after the horizon, by age band of the bucket's lifecycle; objects under 128 KB are
    never transitioned (S3's default minimum size for lifecycle transitions)."""
    size = a.page_bytes if a.page_bytes is not None else inputs.page_bytes
    eligible = (1.0 if size >= 128 * 1024 else 0.0) if a.page_bytes is not None else inputs.pages_over_128k
    daily = pages_per_day * size / GIB
    classes = {"STANDARD_IA": "s3.standard_ia.storage", "GLACIER_IR": "s3.glacier_ir.storage"}
    bands = [(0, "STANDARD"), *facts.bucket_transitions]
    standard = daily * (1 - eligible) * horizon_days
    for (start, cls), (end, _) in zip(bands, [*bands[1:], (math.inf, "")], strict=True):
        age = max(0.0, min(horizon_days, end) - start)
        gb = daily * eligible * age
        if cls == "STANDARD":
            standard += gb
        else:
            key = classes.get(cls)
            if key is None:
                raise ValueError(f"no price for S3 storage class {cls}")
            ledger.add(key, "S3", "page storage", gb, f"GB-month {cls}")
            if horizon_days > start:
                ledger.add(
                    f"s3.transition.{cls.lower()}",
                    "S3",
                    "lifecycle transitions",
                    pages_per_day * eligible * days,
                    "transitions",
                )
    ledger.add("s3.standard.storage", "S3", "page storage", standard, "GB-month STANDARD")
