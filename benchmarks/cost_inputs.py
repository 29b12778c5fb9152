"""Counted inputs of the cost model (`python -m hirehound_infra.cost`): what a page, a new company, a
recorded execution and a scheduled maintenance run use, measured on a local run of the sample corpus.

    .venv/bin/python -m benchmarks.cost_inputs [--pages 250] [--intake queue|batch] [--timed N]
                                               [--companies 20] [--out PATH]

It ingests the first `--pages` sample pages into a fresh database on a throwaway embedded Postgres
(full-page writes off, as Aurora writes none) the way production does (`queue`: one IngestPages
message per page, consumed by two event-source pollers; `batch`: IngestionBatch), enriches the first
`--companies` companies that created (Enrichment, against the tests' fake provider server: provider
calls are local, so their durations and bytes are lower bounds), sends every finished Standard
execution of the pages through RecordExecution (what the ExecutionFinished rule does in AWS) and runs
each scheduled maintenance machine once. Handler and Ingestion durations are then taken again from
the pages run one at a time on a fresh database (medians; `--timed N`: the first N). For each phase it counts,
per unit:

- Lambda invocations and mean handler duration per function (the Lambda router's log; every
  handler, moto and Postgres share this machine's two cores, so durations are an upper bound);
- executions, state transitions (states entered plus retries, from each execution's history: what
  `workflow_executions.states` records), durations, the largest payload and the CloudWatch Logs
  bytes at each log level, per state machine;
- AWS API requests by who made them (botocore's history recorder; the stack says whether a handler,
  Step Functions' own integrations, the local event-source emulation or this driver made a call):
  billed SQS requests in 64 KB chunks, EventBridge custom events, S3 PUT/GET, and the HTTP bytes
  handlers exchange with APIs other than S3 (all functions are in the VPC: that is what the NAT
  gateway processes);
- handler log output (Powertools JSON at the deployed INFO level, and EMF), its gzip-6 ratio and
  every EMF metric x dimension values seen;
- database CPU seconds (every postgres process, from /proc), WAL bytes, commits, blocks read and
  growth of the database.

The result is stored under the configuration of the per-page machine (`standard` or `express`, from
topology) in `benchmarks/cost_inputs.json`; other configurations already in the file are kept, so
the measured Standard set stays as the "before" of the Express change. Refresh it after a change to
the stages, the state machines or the intake, and commit the file.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import logging
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# The deployed functions log at INFO and emit EMF (lambdas.LambdaDefaults); set before Powertools loads.
os.environ["POWERTOOLS_LOG_LEVEL"] = "INFO"
os.environ.pop("POWERTOOLS_METRICS_DISABLED", None)

import moto
import psycopg
from botocore.history import BaseHistoryHandler, get_global_history_recorder
from hirehound import workflow_history
from hirehound.db.pool import close_pool
from hirehound_infra import topology
from hirehound_infra.cost.inputs import (
    CostInputs,
    DatabaseUse,
    FunctionUse,
    InputSet,
    MachineUse,
    Measurement,
    MetricSeries,
    Workload,
)
from hirehound_local.cloud import REGION, LocalCloud
from hirehound_local.corpus import SamplePage, load_corpus
from hirehound_local.ingest_runner import ingest_pages
from hirehound_local.lambda_router import Invocation
from hirehound_local.postgres import start_embedded
from hirehound_local.status import status_change_event
from hirehound_local.workers import QueueWorkers

from benchmarks.ingest import cpu_model
from benchmarks.orchestration import DATA_FIELDS, ERROR_SUFFIXES, WAITING, fresh_database
from tests.fakes.provider_server import CannedCompany, FakeProviderServer, Page

ROOT = topology.ROOT
CALLERS = (  # innermost frame first: the first match says who made an API call
    ("handler", (str(ROOT / "layers"), str(ROOT / "functions"))),
    ("states", (str(Path(moto.__file__).parent / "stepfunctions"),)),
    ("runtime", (str(ROOT / "infra" / "hirehound_local"),)),
    ("driver", (str(ROOT / "benchmarks"),)),
)
CHUNK = 64 * 1024
FATAL_TYPES = frozenset({"ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted"})
#: SQS calls the local event-source emulation makes that Lambda's pollers would (empty receives are
#: modelled from the template, per poller, not counted here).
ESM_OPERATIONS = frozenset(
    {"ReceiveMessage", "DeleteMessage", "DeleteMessageBatch", "ChangeMessageVisibility"}
)
TERMINAL = frozenset({"SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"})
PROVIDER_QUEUES = ("EnrichLinkedIn", "EnrichClearbit", "EnrichCrunchbase")
MAINTENANCE = (
    ("MaintenanceExpiry", {"task": "expiry"}),
    ("MaintenanceRevalidation", {"task": "revalidation"}),
    ("MaintenanceDaily", {"task": "daily"}),
)


# -- AWS API calls -------------------------------------------------------------------------------
@dataclass
class ApiCall:
    service: str
    operation: str
    caller: str
    params: dict[str, Any]
    attempts: int = 0
    request_bytes: int = 0
    response_bytes: int = 0
    received: int = 0  # SQS ReceiveMessage: messages returned


def _caller() -> str:
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        for caller, prefixes in CALLERS:
            if name.startswith(prefixes):
                return caller
        frame = frame.f_back  # type: ignore[assignment]
    return "other"


def _body_size(body: Any, headers: Any) -> int:
    if isinstance(body, bytes | bytearray | str):
        return len(body.encode() if isinstance(body, str) else body)
    length = (headers or {}).get("Content-Length") or (headers or {}).get("content-length")
    return int(length) if length else 0


def _headers_size(headers: Any) -> int:
    return sum(len(str(k)) + len(str(v)) + 4 for k, v in dict(headers or {}).items())


class ApiLog(BaseHistoryHandler):
    """Every botocore API call with its attempts and HTTP sizes (a per-thread stack: a handler's own
    calls happen inside the Lambda Invoke call moto is answering)."""

    def __init__(self) -> None:
        self.calls: list[ApiCall] = []
        self._local = threading.local()
        self._lock = threading.Lock()

    def _stack(self) -> list[ApiCall]:
        if not hasattr(self._local, "stack"):
            self._local.stack = []
        return self._local.stack  # type: ignore[no-any-return]

    def emit(self, event_type: str, payload: Any, source: str) -> None:
        stack = self._stack()
        if event_type == "API_CALL":
            call = ApiCall(payload["service"], payload["operation"], _caller(), payload.get("params") or {})
            stack.append(call)
            with self._lock:
                self.calls.append(call)
        elif not stack:
            return
        elif event_type == "HTTP_REQUEST":
            stack[-1].attempts += 1
            stack[-1].request_bytes += (
                _body_size(payload.get("body"), payload.get("headers"))
                + _headers_size(payload.get("headers"))
                + len(str(payload.get("url", "")))
                + 12
            )
        elif event_type == "HTTP_RESPONSE":
            stack[-1].response_bytes += (
                _body_size(payload.get("body"), payload.get("headers"))
                + _headers_size(payload.get("headers"))
                + 17
            )
        elif event_type == "PARSED_RESPONSE":
            call = stack.pop()
            if isinstance(payload, dict):
                call.received = len(payload.get("Messages", []))


def _chunks(size: float) -> int:
    return max(1, math.ceil(size / CHUNK))


def api_usage(calls: Sequence[ApiCall]) -> dict[str, float]:
    """Billed SQS requests and EventBridge events, S3 requests and NAT bytes of these calls."""
    sqs = events = puts = gets = nat = 0.0
    for c in calls:
        if c.service == "sqs":
            billed = (
                c.caller in {"handler", "states"}
                or (c.caller == "driver" and c.operation in {"SendMessage", "SendMessageBatch"})
                or (
                    c.caller == "runtime"
                    and c.operation in ESM_OPERATIONS
                    and (c.operation != "ReceiveMessage" or c.received)
                )
            )
            if billed:
                sqs += c.attempts * _chunks(max(c.request_bytes, c.response_bytes))
        elif c.service == "events" and c.operation == "PutEvents" and c.caller == "handler":
            events += sum(_chunks(len(json.dumps(e))) for e in c.params.get("Entries", []))
        elif c.service == "s3" and c.operation == "PutObject":
            puts += c.attempts
        elif c.service == "s3" and c.caller == "handler" and c.operation in {"GetObject", "HeadObject"}:
            gets += c.attempts
        if c.caller == "handler" and c.service != "s3":
            nat += c.request_bytes + c.response_bytes
    return {"sqs_requests": sqs, "events": events, "s3_puts": puts, "s3_gets": gets, "nat_bytes": nat}


# -- handler output -------------------------------------------------------------------------------
class LogTap(io.TextIOBase):
    """Collects what the handlers print (Powertools' log handler and EMF both write to stdout)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self._lock = threading.Lock()

    def write(self, text: str) -> int:
        with self._lock:
            self.parts.append(text)
        return len(text)

    def take(self) -> str:
        with self._lock:
            text, self.parts = "".join(self.parts), []
        return text


@contextlib.contextmanager
def tapped(tap: LogTap) -> Iterator[None]:
    from hirehound.observability import logger

    handler = logger.registered_handler
    assert isinstance(handler, logging.StreamHandler)
    previous = handler.setStream(tap)
    try:
        with contextlib.redirect_stdout(tap):
            yield
    finally:
        handler.setStream(previous)


def metric_series(text: str) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
    series = set()
    for line in text.splitlines():
        if '"_aws"' not in line:
            continue
        record = json.loads(line)
        for directive in record["_aws"]["CloudWatchMetrics"]:
            for dimensions in directive["Dimensions"]:
                values = tuple(sorted((d, str(record[d])) for d in dimensions))
                series |= {(m["Name"], values) for m in directive["Metrics"]}
    return series


def lambda_platform_bytes() -> int:
    """The START, END and REPORT lines (with the X-Ray line, tracing is active) Lambda writes per
    invocation in its Text log format (docs.aws.amazon.com/lambda/latest/dg/python-logging.html)."""
    request = str(uuid.uuid4())
    lines = (
        f"START RequestId: {request} Version: $LATEST\n",
        f"END RequestId: {request}\n",
        f"REPORT RequestId: {request}\tDuration: 102.25 ms\tBilled Duration: 103 ms\tMemory Size: 512 MB"
        f"\tMax Memory Used: 141 MB\t\nXRAY TraceId: 1-{uuid.uuid4().hex[:8]}-{uuid.uuid4().hex[:24]}"
        f"\tSegmentId: {uuid.uuid4().hex[:16]}\tSampled: true\t\n",
    )
    return sum(len(line.encode()) for line in lines)


# -- the database ---------------------------------------------------------------------------------
@dataclass
class DbSnapshot:
    cpu_s: float
    wal_lsn: str
    commits: int
    blocks_read: int
    size: int


def server_cpu_s(pgdata: Path) -> float:
    """CPU seconds of the postmaster, its reaped children and its live children."""
    pid = int((pgdata / "postmaster.pid").read_text().split()[0])
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        own = int(stat.parent.name) == pid
        if own or int(fields[1]) == pid:  # fields[1] is ppid
            times = [int(x) for x in fields[11:15]]  # utime stime cutime cstime
            total += sum(times if own else times[:2]) / tick
    return total


def db_snapshot(url: str, pgdata: Path) -> DbSnapshot:
    close_pool()  # backends exit, flushing their statistics
    time.sleep(1.0)
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT pg_current_wal_lsn()::text, xact_commit, blks_read, pg_database_size(current_database())"
            " FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()
        assert row is not None
        lsn, commits, blocks, size = row
    return DbSnapshot(server_cpu_s(pgdata), lsn, int(commits), int(blocks), int(size))


def db_use(url: str, before: DbSnapshot, after: DbSnapshot, units: int) -> DatabaseUse:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT pg_wal_lsn_diff(%s, %s)", (after.wal_lsn, before.wal_lsn)).fetchone()
        assert row is not None
    return DatabaseUse(
        cpu_s=(after.cpu_s - before.cpu_s) / units,
        wal_bytes=float(row[0]) / units,
        commits=(after.commits - before.commits) / units,
        blocks_read=(after.blocks_read - before.blocks_read) / units,
        bytes_stored=(after.size - before.size) / units,
    )


# -- executions -----------------------------------------------------------------------------------
def _log_event(event: dict[str, Any], arn: str, *, data: bool) -> int:
    """Bytes of the CloudWatch Logs event Step Functions writes for one history event."""
    details: dict[str, Any] = next((v for k, v in event.items() if k.endswith("EventDetails")), {})
    if not data:
        details = {k: v for k, v in details.items() if k not in DATA_FIELDS}
    record = {
        "id": str(event["id"]),
        "type": event["type"],
        "details": details,
        "previous_event_id": str(event.get("previousEventId", 0)),
        "event_timestamp": str(int(_moment(event["timestamp"]).timestamp() * 1000)),
        "execution_arn": arn,
        "redrive_count": "0",
    }
    return len(json.dumps(record, default=str, separators=(",", ":")).encode())


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _payload_bytes(event: dict[str, Any]) -> int:
    details: dict[str, Any] = next((v for k, v in event.items() if k.endswith("EventDetails")), {})
    return max((len(str(details.get(k, ""))) for k in ("input", "output")), default=0)


@dataclass
class ExecutionStats:
    executions: int = 0
    transitions: int = 0
    durations_ms: list[float] = field(default_factory=list)
    payload: int = 0
    log_bytes: Counter[str] = field(default_factory=Counter)
    log_events: Counter[str] = field(default_factory=Counter)
    finished: list[str] = field(default_factory=list)


def execution_stats(cloud: LocalCloud, seen: set[str]) -> dict[str, ExecutionStats]:
    """Every execution not in `seen`, per machine (and adds them to `seen`)."""
    stats: dict[str, ExecutionStats] = {}
    for machine in topology.STATE_MACHINES:
        for execution in cloud.executions(machine.name):
            if execution["executionArn"] in seen or execution.get("status") not in TERMINAL:
                continue
            seen.add(execution["executionArn"])
            s = stats.setdefault(machine.name, ExecutionStats())
            history = cloud.history(execution["executionArn"])
            outcomes = workflow_history.summarize(history)
            s.executions += 1
            s.transitions += sum(o.entered + o.retries for o in outcomes.values())
            ms = (_moment(execution["stopDate"]) - _moment(execution["startDate"])).total_seconds() * 1000
            s.durations_ms.append(ms)
            s.payload = max([s.payload, *(_payload_bytes(e) for e in history)])
            for event in history:
                kind = str(event["type"])
                levels = ["ALL"]
                if kind.endswith(ERROR_SUFFIXES):
                    levels.append("ERROR")
                if kind in FATAL_TYPES:
                    levels.append("FATAL")
                for level in levels:
                    s.log_bytes[level] += _log_event(event, execution["executionArn"], data=False)
                    s.log_bytes[f"{level}+data"] += _log_event(event, execution["executionArn"], data=True)
                    s.log_events[level] += 1
            s.finished.append(execution["executionArn"])
    return stats


def _open_executions(cloud: LocalCloud) -> int:
    """Executions not ended yet (one moto has just created may have no status: it counts as open)."""
    return sum(
        1
        for m in topology.STATE_MACHINES
        for e in cloud.executions(m.name)
        if e.get("status") not in TERMINAL
    )


def billed(ms: float) -> float:
    """Express bills duration rounded up to the next 100 ms."""
    return float(max(100, math.ceil(ms / 100) * 100))


def wait_until_idle(cloud: LocalCloud, *, queue: str | None = None, timeout_s: float = 3600) -> None:
    """Until no execution is open (and `queue` holds no message), twice in a row a second apart."""
    deadline, idle = time.monotonic() + timeout_s, 0
    while idle < 2:
        if time.monotonic() > deadline:
            raise TimeoutError(f"still busy after {timeout_s} s")
        busy = _open_executions(cloud) or (queue is not None and _queued(cloud, queue))
        idle = 0 if busy else idle + 1
        time.sleep(1.0)


# -- phases ---------------------------------------------------------------------------------------
@dataclass
class Meter:
    cloud: LocalCloud
    url: str
    pgdata: Path
    api: ApiLog
    tap: LogTap
    seen: set[str] = field(default_factory=set)
    logs: list[str] = field(default_factory=list)
    finished: list[str] = field(default_factory=list)

    @contextlib.contextmanager
    def phase(self, unit: str, units_of: Any, results: dict[str, Workload], key: str) -> Iterator[None]:
        """Measure what runs inside; `units_of()` says how many units it was."""
        calls, invocations = len(self.api.calls), len(self.cloud.router.invocations)
        before = db_snapshot(self.url, self.pgdata)
        with tapped(self.tap):
            yield
        wait_until_idle(self.cloud)
        after = db_snapshot(self.url, self.pgdata)
        text = self.tap.take()
        self.logs.append(text)
        units = int(units_of())
        executions = execution_stats(self.cloud, self.seen)
        results[key] = Workload(
            unit=unit,
            units=units,
            functions=function_uses(self.cloud.router.invocations[invocations:], units),
            machines={
                name: MachineUse(
                    type=topology.state_machine(name).type,
                    executions=s.executions / units,
                    transitions=s.transitions / s.executions,
                    duration_ms=statistics.fmean(s.durations_ms),
                    billed_ms=statistics.fmean(billed(ms) for ms in s.durations_ms),
                    payload_bytes=s.payload,
                    log_bytes={k: v / s.executions for k, v in sorted(s.log_bytes.items())},
                    log_events={k: v / s.executions for k, v in sorted(s.log_events.items())},
                )
                for name, s in sorted(executions.items())
            },
            **{k: v / units for k, v in api_usage(self.api.calls[calls:]).items()},
            log_bytes=len(text.encode()) / units,
            log_events=text.count("\n") / units,
            database=db_use(self.url, before, after, units),
            metric_series=[MetricSeries(name=n, dimensions=dict(d)) for n, d in sorted(metric_series(text))],
        )
        self.finished = [arn for s in executions.values() for arn in s.finished]


def function_uses(
    invocations: Sequence[Invocation], units: int, central: Callable[[list[float]], float] = statistics.fmean
) -> dict[str, FunctionUse]:
    by_function: dict[str, list[Invocation]] = defaultdict(list)
    for call in invocations:
        by_function[call.function].append(call)
    return {
        name: FunctionUse(
            invocations=len(calls) / units,
            errors=sum(1 for c in calls if c.error) / units,
            duration_ms=central([c.duration_ms for c in calls]),
            cpu_ms=central([c.cpu_ms for c in calls]),
            memory_mb=topology.function(name).memory_mb,
        )
        for name, calls in sorted(by_function.items())
    }


def timed(server: str, pages: Sequence[SamplePage]) -> tuple[dict[str, FunctionUse], ExecutionStats]:
    """Handler and execution durations with one page at a time (on its own database): the least
    contended figures this machine gives (the concurrent run's durations include waiting for the
    other pages' handlers, moto and Postgres on the same two cores). Medians: a single call stalls
    for seconds when other work on the machine peaks."""
    url = fresh_database(server, "cost_timing")
    with LocalCloud(env={"DATABASE_URL": url}) as cloud, tapped(LogTap()):
        for page in pages:
            cloud.run("Ingestion", {"page": cloud.put_page(page.url, page.body())}, timeout_s=600)
        stats = execution_stats(cloud, set())
        return function_uses(cloud.router.invocations, len(pages), statistics.median), stats["Ingestion"]


def with_timings(page: Workload, functions: dict[str, FunctionUse], ingestion: ExecutionStats) -> Workload:
    """The page workload with the one-at-a-time durations (counts stay the concurrent run's). A
    starter that waits for Express runs gets its concurrent duration scaled by the runs' one-at-a-time
    / concurrent ratio: it lasts as long as the slowest run of its batch."""
    timed_ms = statistics.median(ingestion.durations_ms)
    concurrent = page.machines.get("Ingestion")
    scale = timed_ms / concurrent.duration_ms if concurrent and concurrent.duration_ms else 1.0
    express = concurrent is not None and concurrent.type == "EXPRESS"
    uses = {}
    for name, use in page.functions.items():
        if (t := functions.get(name)) is not None:
            uses[name] = use.model_copy(update={"duration_ms": t.duration_ms, "cpu_ms": t.cpu_ms})
        elif express and name in WAITING:
            uses[name] = use.model_copy(
                update={"duration_ms": use.duration_ms * scale, "cpu_ms": use.cpu_ms * scale}
            )
        else:
            uses[name] = use
    machines = dict(page.machines)
    if concurrent is not None:
        machines["Ingestion"] = concurrent.model_copy(
            update={
                "duration_ms": timed_ms,
                "billed_ms": statistics.median(billed(ms) for ms in ingestion.durations_ms),
            }
        )
    return page.model_copy(update={"functions": uses, "machines": machines})


SITE = """<!doctype html><html><head><title>{name}</title><link rel="icon" href="/favicon.ico"></head>
<body><header><a href="/"><img class="site-logo" src="static/logo.svg" width="120" height="40"></a></header>
<p>{name} is hiring.</p></body></html>"""


def enrich(cloud: LocalCloud, url: str, providers: FakeProviderServer, limit: int) -> list[int]:
    """Run Enrichment for the first `limit` companies ingestion created, as the CompanyCreated rule
    would, against the fake provider server (each provider knows each company; its site has a logo),
    with one worker per provider queue. Returns the companies enriched."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT id, name, domain FROM companies ORDER BY id LIMIT %s", (limit,)
        ).fetchall()
    for company_id, name, domain in rows:
        site = domain or f"company-{company_id}.example"
        providers.add_company(CannedCompany(name, site))
        providers.add_page(f"{site}/", Page(SITE.format(name=name).encode()))
    with QueueWorkers(cloud, PROVIDER_QUEUES) as workers:
        for company_id, _, _ in rows:
            cloud.run("Enrichment", {"company_id": company_id}, timeout_s=600)
    if workers.errors:
        raise RuntimeError(f"provider worker failed: {workers.errors[0]!r}")
    return [int(r[0]) for r in rows]


def ingest_via_queue(cloud: LocalCloud, pages: Sequence[SamplePage]) -> None:
    """As a scraper does: upload each page, send its reference to IngestPages; two pollers consume it.
    (Pages with the same URL make the same reference: intake runs such a page once.)"""
    sqs = cloud.client("sqs")
    queue = cloud.queue_url("IngestPages")
    for page in pages:
        sqs.send_message(QueueUrl=queue, MessageBody=json.dumps(cloud.put_page(page.url, page.body())))
    with QueueWorkers(cloud, ["IngestPages"], threads=2) as workers:
        wait_until_idle(cloud, queue="IngestPages")
    if workers.errors:
        raise RuntimeError(f"IngestPages consumer failed: {workers.errors[0]!r}")


def _queued(cloud: LocalCloud, queue: str) -> bool:
    attributes = cloud.client("sqs").get_queue_attributes(
        QueueUrl=cloud.queue_url(queue),
        AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    )["Attributes"]
    return any(int(v) for v in attributes.values())


def measure(
    pages: Sequence[SamplePage], intake: str, timed_pages: int, companies: int, home: Path
) -> InputSet:
    pgdata = home / "pgdata"
    server = start_embedded(pgdata, stop_on_exit=True)
    with psycopg.connect(server, autocommit=True) as conn:  # Aurora writes no full-page images
        conn.execute("ALTER SYSTEM SET full_page_writes = off")
        conn.execute("SELECT pg_reload_conf()")
    url = fresh_database(server, "cost_inputs")
    api, tap = ApiLog(), LogTap()
    recorder = get_global_history_recorder()
    recorder.add_handler(api)
    recorder.enable()
    started, load, commit = time.perf_counter(), os.getloadavg(), _commit()  # the tree measured
    workloads: dict[str, Workload] = {}
    providers = FakeProviderServer().start()
    env = {"DATABASE_URL": url, **providers.env(), "HIREHOUND_PROVIDER_TIMEOUT_S": "5"}
    with LocalCloud(env=env) as cloud:
        meter = Meter(cloud, url, pgdata, api, tap)
        with meter.phase("page", lambda: len(pages), workloads, "page"):
            if intake == "queue":
                ingest_via_queue(cloud, pages)
            else:
                ingest_pages(cloud, pages, batch_size=50, timeout_s=3600)
        standard = [a for a in meter.finished if not _express(a)]
        enriched: list[int] = []
        with meter.phase("new company", lambda: len(enriched), workloads, "company"):
            enriched = enrich(cloud, url, providers, companies)
        standard += [a for a in meter.finished if not _express(a)]
        with meter.phase("finished Standard execution", lambda: len(standard), workloads, "record"):
            for arn in standard:
                cloud.router.invoke("RecordExecution", status_change_event(cloud, arn), REGION)
        for machine, payload in MAINTENANCE:
            with meter.phase("scheduled run", lambda: 1, workloads, f"run:{machine}"):
                cloud.run(machine, payload, timeout_s=1800)
        with psycopg.connect(url) as conn:
            published = conn.execute("SELECT count(*) FROM postings WHERE status = 'published'").fetchone()
    recorder.disable()
    providers.stop()
    workloads["page"] = with_timings(workloads["page"], *timed(server, pages[:timed_pages]))
    close_pool()
    text = "".join(meter.logs)
    sizes = [len(p.body()) for p in pages]
    events = [
        c for c in api.calls if c.service == "events" and c.operation == "PutEvents" and c.caller == "handler"
    ]
    return InputSet(
        measured=Measurement(
            date=datetime.now(UTC).date().isoformat(),
            commit=commit,
            machine=f"{cpu_model()} | cpu_count={os.cpu_count()} | {platform.platform()}",
            cpu_count=os.cpu_count() or 0,
            load_average=load,
            load_average_end=os.getloadavg(),
            seconds=round(time.perf_counter() - started, 1),
            note=f"{len(pages)} sample pages ({intake} intake); page handler and Ingestion durations from"
            f" the first {timed_pages} pages run one at a time; durations are wall time on this shared"
            " 2-core machine: an upper bound",
        ),
        intake=intake,
        ingestion_type=topology.state_machine("Ingestion").type,
        workloads=workloads,
        companies_per_page=sum(len(c.params.get("Entries", [])) for c in events) / len(pages),
        published_per_page=int(published[0]) / len(pages) if published else 0.0,
        page_bytes=sum(sizes) / len(sizes),
        pages_over_128k=sum(s >= 128 * 1024 for s in sizes) / len(sizes),
        log_gzip_ratio=len(gzip.compress(text.encode(), compresslevel=6)) / max(1, len(text.encode())),
        lambda_platform_bytes=lambda_platform_bytes(),
    )


def _express(execution_arn: str) -> bool:
    return ":express:" in execution_arn


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=250, help="the first N pages of samples/")
    parser.add_argument("--intake", choices=("queue", "batch"), default="queue")
    parser.add_argument(
        "--timed", type=int, help="the first N pages run one at a time for durations (default: all)"
    )
    parser.add_argument(
        "--companies", type=int, default=20, help="companies enriched (a fake provider server)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "cost_inputs.json")
    args = parser.parse_args()
    logging.getLogger("moto").setLevel(logging.CRITICAL)
    pages = load_corpus()[: args.pages]
    with tempfile.TemporaryDirectory(prefix="hirehound-cost-") as home:
        measured = measure(pages, args.intake, args.timed or len(pages), args.companies, Path(home))
    key = measured.ingestion_type.lower()
    existing = CostInputs.load(args.out).configurations if args.out.exists() else {}
    CostInputs(configurations={**existing, key: measured}).save(args.out)
    page = measured.workloads["page"]
    print(f"{key}: {len(pages)} pages in {measured.measured.seconds:.0f} s -> {args.out}", file=sys.stderr)
    for name, use in page.machines.items():
        print(
            f"  {name}: {use.executions:.2f} executions/page x {use.transitions:.2f} transitions",
            file=sys.stderr,
        )
    print(
        f"  Lambda: {sum(f.invocations for f in page.functions.values()):.2f} invocations/page; "
        f"SQS {page.sqs_requests:.2f}, events {page.events:.3f}, NAT {page.nat_bytes:.0f} B, "
        f"logs {page.log_bytes:.0f} B per page",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
