"""The one list of what Hirehound runs: functions, queues, state machines and schedules.

The CDK app builds AWS resources from it and the local runtime builds their moto twins from it, so
the two cannot drift. Pure data: no aws_cdk import here.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from hirehound.sqs_retry import MAX_BACKOFF_S

ROOT = Path(__file__).resolve().parents[2]
STATEMACHINES_DIR = ROOT / "statemachines"
FUNCTIONS_DIR = ROOT / "functions"
LAYERS_DIR = ROOT / "layers"


@dataclass(frozen=True)
class FunctionSpec:
    """A Lambda function: `module` is `<area>.<file>` under functions/, its entry point `handler`."""

    name: str
    module: str
    timeout_s: int = 30
    memory_mb: int = 512
    reserved_concurrency: int | None = None
    description: str = ""

    @property
    def area(self) -> str:
        return self.module.split(".", 1)[0]

    @property
    def handler(self) -> str:
        return f"{self.module}.handler"

    @property
    def placeholder(self) -> str:
        return f"{self.name}Function"


@dataclass(frozen=True)
class QueueSpec:
    """An SQS queue with its DLQ; `consumer` names the function its event source mapping invokes
    (batches of up to `batch_size`, gathered for up to `batching_window_s` seconds)."""

    name: str
    consumer: str | None = None
    batch_size: int = 10
    max_concurrency: int | None = None
    max_receive_count: int = 5
    visibility_timeout_s: int = 180
    batching_window_s: int | None = None
    #: The most messages the queue is meant to take in one go (a scraper run, a day's liveness checks):
    #: with the consumer's timeout and concurrency it sets the backlog alarm (`backlog_alarm_s`).
    burst: int = 1000

    @property
    def placeholder(self) -> str:
        return f"{self.name}QueueUrl"


@dataclass(frozen=True)
class StateMachineSpec:
    """A state machine from `statemachines/<file>`. `type` is how it is deployed (CDK) and run
    locally: EXPRESS runs are started synchronously (StartSyncExecution) and leave no execution
    history in Step Functions, only their CloudWatch log (docs/deploy.md)."""

    name: str
    file: str
    description: str = ""
    type: Literal["STANDARD", "EXPRESS"] = "STANDARD"

    @property
    def express(self) -> bool:
        return self.type == "EXPRESS"

    @property
    def path(self) -> Path:
        return STATEMACHINES_DIR / self.file

    @property
    def placeholder(self) -> str:
        return f"{self.name}StateMachine"

    def definition(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def placeholders(self) -> set[str]:
        """The `${Name}` substitutions the file uses."""
        return set(re.findall(r"\$\{(\w+)\}", self.definition()))


@dataclass(frozen=True)
class ScheduleSpec:
    """An EventBridge schedule that starts a state machine with a fixed input."""

    name: str
    expression: str
    state_machine: str
    input: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSpec:
    """An EventBridge rule on `bus` for events with this `source` and `detail_type` (and `detail`
    values). Its target is either `state_machine`, started with the event's `input_path` as input, or
    `function`, invoked with the whole event. A DLQ keeps what could not be delivered or handled.

    `own_executions`: match only events whose `detail.stateMachineArn` is one of the stack's state
    machines that emit them (Standard ones: Express workflows send no execution events); the ARNs
    are known only to CDK, which adds them to the pattern."""

    name: str
    source: str
    detail_type: str
    state_machine: str | None = None
    function: str | None = None
    input_path: str = "$.detail"
    bus: str = "default"
    detail: tuple[tuple[str, tuple[str, ...]], ...] = ()
    own_executions: bool = False

    def __post_init__(self) -> None:
        if (self.state_machine is None) == (self.function is None):
            raise ValueError(f"rule {self.name}: give exactly one target, a state machine or a function")

    @property
    def target(self) -> str:
        """The topology name of what the rule starts or invokes."""
        return self.state_machine or self.function or ""

    def pattern(self) -> dict[str, object]:
        """The event pattern (EventBridge JSON), without the machine ARNs of `own_executions`."""
        pattern: dict[str, object] = {"source": [self.source], "detail-type": [self.detail_type]}
        if self.detail:
            pattern["detail"] = {key: list(values) for key, values in self.detail}
        return pattern


# -- job ingestion -------------------------------------------------------------------------------
INGEST_FUNCTIONS: tuple[FunctionSpec, ...] = (
    FunctionSpec("IngestExtract", "ingest.extract", description="store the raw page, extract a posting"),
    FunctionSpec("IngestClean", "ingest.clean", description="sanitize HTML, extract text"),
    FunctionSpec("IngestNormalize", "ingest.normalize", description="title, type, location, salary"),
    FunctionSpec("IngestMatchCompany", "ingest.match_company", description="find or create the company"),
    FunctionSpec("IngestExtractSkills", "ingest.extract_skills", description="match the skill taxonomy"),
    FunctionSpec("IngestEmbed", "ingest.embed", memory_mb=2048, timeout_s=60, description="embed the text"),
    FunctionSpec("IngestDeduplicate", "ingest.deduplicate", description="exact, near, semantic duplicates"),
    FunctionSpec("IngestDeepCheck", "ingest.deep_check", description="decide a possible duplicate"),
    FunctionSpec("IngestCluster", "ingest.cluster", description="join or start a duplicate cluster"),
    FunctionSpec("IngestIndex", "ingest.index", description="full-text document (vector is indexed by HNSW)"),
    FunctionSpec("IngestScoreQuality", "ingest.score_quality", description="completeness and richness"),
    FunctionSpec("IngestDetectSpam", "ingest.detect_spam", description="rules, classifier, known spam"),
    FunctionSpec("IngestPublish", "ingest.publish", description="publish or keep the reason why not"),
    FunctionSpec("IngestCompleteBatch", "ingest.complete_batch", description="record a batch's outcome"),
    # The two intake functions wait for their pages' synchronous Express runs (at most 5 minutes, the
    # Express limit; the machine itself stops at 280 s), so their timeout is above it; they only wait,
    # hence little memory.
    FunctionSpec(
        "IngestStart",
        "ingest.start",
        timeout_s=330,
        memory_mb=256,
        description="IngestPages consumer: one synchronous Ingestion run per page",
    ),
    FunctionSpec(
        "IngestRunPages",
        "ingest.run_pages",
        timeout_s=330,
        memory_mb=256,
        description="one chunk of an IngestionBatch: a synchronous Ingestion run per page",
    ),
)
# The intake queue the scraper fills. Back-pressure: IngestStart returns only when its batch's runs
# have ended, so at most max_concurrency x batch_size (20 x 10 = 200) Ingestion runs are open. The
# 5 s batching window fills batches at low traffic (150k pages/day is ~1.7/s): one waiting invocation
# per batch, not per page. Visibility = 6x the consumer's timeout; a transient failure backs the page
# off (up to 15 min).
INGEST_QUEUES: tuple[QueueSpec, ...] = (
    QueueSpec(
        "IngestPages",
        consumer="IngestStart",
        batch_size=10,
        max_concurrency=20,
        max_receive_count=10,
        visibility_timeout_s=1980,
        batching_window_s=5,
        burst=2000,  # one scraper run
    ),
)
INGEST_STATE_MACHINES: tuple[StateMachineSpec, ...] = (
    StateMachineSpec(
        "Ingestion", "ingestion.asl.json", "one scraped page from raw HTML to publication", type="EXPRESS"
    ),
    StateMachineSpec("IngestionBatch", "ingestion_batch.asl.json", "a batch of pages, then a summary"),
)

# -- company enrichment --------------------------------------------------------------------------
ENRICH_FUNCTIONS: tuple[FunctionSpec, ...] = (
    FunctionSpec(
        "EnrichDeduplicate", "enrich.deduplicate", description="merge into a matching older company"
    ),
    FunctionSpec(
        "EnrichProviderWorker",
        "enrich.provider_worker",
        timeout_s=30,
        description="rate-limited, circuit-broken provider call; answers the task token",
    ),
    FunctionSpec("EnrichMerge", "enrich.merge", description="merge provider answers with provenance"),
    FunctionSpec("EnrichScrapeLogo", "enrich.scrape_logo", timeout_s=60, description="logo from the site"),
    FunctionSpec(  # embeds with the configured (MiniLM) model, like IngestEmbed
        "EnrichClassifyIndustry",
        "enrich.classify_industry",
        memory_mb=1024,
        timeout_s=60,
        description="industry taxonomy: keywords and embeddings",
    ),
    FunctionSpec("EnrichEstimateSize", "enrich.estimate_size", description="head-count range + confidence"),
    FunctionSpec("EnrichGeocode", "enrich.geocode", description="HQ coordinates, offline"),
    FunctionSpec("EnrichEmbed", "enrich.embed", description="company vector"),
    FunctionSpec("EnrichPropagate", "enrich.propagate", description="company fields onto its postings"),
)
# One queue per provider, so each gets its own consumer concurrency; deferrals for the shared rate limit
# count as receives, hence the high maxReceiveCount. Visibility = 6x the worker's timeout.
ENRICH_QUEUES: tuple[QueueSpec, ...] = tuple(
    QueueSpec(
        f"Enrich{provider}",
        consumer="EnrichProviderWorker",
        batch_size=5,
        max_concurrency=2,
        max_receive_count=50,
        visibility_timeout_s=180,
        burst=500,  # new companies of a large scraper run
    )
    for provider in ("LinkedIn", "Clearbit", "Crunchbase")
)
ENRICH_STATE_MACHINES: tuple[StateMachineSpec, ...] = (
    StateMachineSpec("Enrichment", "enrichment.asl.json", "one company: providers, merge, derived fields"),
)

# -- maintenance and shared failure handling -----------------------------------------------------
MAINTENANCE_FUNCTIONS: tuple[FunctionSpec, ...] = (
    FunctionSpec("RecordDeadLetter", "maintenance.record_dead_letter", description="dead-letter a failure"),
    FunctionSpec(
        "RecordExecution",
        "maintenance.record_execution",
        description="record a finished execution in workflow_executions",
    ),
    FunctionSpec("MaintenanceExpire", "maintenance.expire", timeout_s=300, description="expire postings"),
    FunctionSpec(
        "MaintenanceRevalidateClusters",
        "maintenance.revalidate_clusters",
        timeout_s=900,
        description="re-pick canonicals, split clusters",
    ),
    FunctionSpec(
        "MaintenanceEnqueueLiveness",
        "maintenance.enqueue_liveness",
        timeout_s=300,
        description="queue URL checks",
    ),
    FunctionSpec(
        "MaintenanceCheckLiveness",
        "maintenance.check_liveness",
        timeout_s=60,
        description="rate-limited HEAD/GET of posting URLs",
    ),
    FunctionSpec(
        "MaintenanceSnapshotStats", "maintenance.snapshot_stats", timeout_s=300, description="daily stats"
    ),
    FunctionSpec(
        "MaintenanceOptimizeIndexes",
        "maintenance.optimize_indexes",
        timeout_s=900,
        description="ANALYZE/REINDEX",
    ),
    FunctionSpec(
        "MaintenanceCleanup", "maintenance.cleanup", timeout_s=900, description="archive, then delete"
    ),
    FunctionSpec(
        "MaintenanceRedrive",
        "maintenance.redrive",
        timeout_s=900,  # Express redrives run synchronously; no new one starts after 540 s
        description="settle ended redrives, restart named dead letters",
    ),
)
# Deferrals for a board's rate limit count as receives, hence the high maxReceiveCount.
MAINTENANCE_QUEUES: tuple[QueueSpec, ...] = (
    QueueSpec(
        "MaintenanceLiveness",
        consumer="MaintenanceCheckLiveness",
        batch_size=10,
        max_concurrency=2,
        max_receive_count=50,
        visibility_timeout_s=360,
        burst=20_000,  # one message per active posting, once a day
    ),
)
MAINTENANCE_STATE_MACHINES: tuple[StateMachineSpec, ...] = (
    StateMachineSpec(
        "MaintenanceExpiry", "maintenance_expiry.asl.json", "expire postings (date, age, liveness)"
    ),
    StateMachineSpec(
        "MaintenanceRevalidation", "maintenance_revalidation.asl.json", "revalidate duplicate clusters"
    ),
    StateMachineSpec(
        "MaintenanceDaily", "maintenance_daily.asl.json", "liveness, stats, index optimization, cleanup"
    ),
)
SCHEDULES: tuple[ScheduleSpec, ...] = (
    ScheduleSpec("MaintenanceExpiry", "rate(15 minutes)", "MaintenanceExpiry", {"task": "expiry"}),
    ScheduleSpec(
        "MaintenanceRevalidation", "rate(6 hours)", "MaintenanceRevalidation", {"task": "revalidation"}
    ),
    ScheduleSpec("MaintenanceDaily", "cron(0 2 * * ? *)", "MaintenanceDaily", {"task": "daily"}),
)

# -- events between areas ------------------------------------------------------------------------
# `hirehound.ingest.analysis.announce_company` puts CompanyCreated on the enrichment bus; Step Functions
# announces every Standard execution that ends, and RecordExecution keeps it in workflow_executions.
RULES: tuple[RuleSpec, ...] = (
    RuleSpec(
        "CompanyCreated", source="hirehound.ingest", detail_type="CompanyCreated", state_machine="Enrichment"
    ),
    RuleSpec(
        "ExecutionFinished",
        source="aws.states",
        detail_type="Step Functions Execution Status Change",
        function="RecordExecution",
        detail=(("status", ("SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED")),),
        own_executions=True,
    ),
)

FUNCTIONS = INGEST_FUNCTIONS + ENRICH_FUNCTIONS + MAINTENANCE_FUNCTIONS
QUEUES = INGEST_QUEUES + ENRICH_QUEUES + MAINTENANCE_QUEUES
STATE_MACHINES = INGEST_STATE_MACHINES + ENRICH_STATE_MACHINES + MAINTENANCE_STATE_MACHINES

#: The machines a dead letter restarts (`hirehound.redrive.machine_for`).
REDRIVE_MACHINES = ("Ingestion", "Enrichment", *(m.name for m in MAINTENANCE_STATE_MACHINES))


@dataclass(frozen=True)
class ExecutionStarter:
    """A function that starts executions of `machines`: each machine's ARN is in its environment as
    `state_machine_arn_env(machine)` and its type as `state_machine_type_env(machine)` (CDK and the
    local runtime set both). A Standard machine is started with StartExecution, an Express one with
    StartSyncExecution (the caller waits for its end). `follow`: it also describes the executions of
    the Standard ones (an Express execution cannot be described)."""

    function: str
    machines: tuple[str, ...]
    follow: bool = False


EXECUTION_STARTERS: tuple[ExecutionStarter, ...] = (
    ExecutionStarter("IngestStart", ("Ingestion",)),
    ExecutionStarter("IngestRunPages", ("Ingestion",)),
    ExecutionStarter("MaintenanceRedrive", REDRIVE_MACHINES, follow=True),  # settles redrives
)

RAW_BUCKET_PLACEHOLDER = "RawBucket"
#: The stack output that names the raw page bucket (its name is generated by CloudFormation).
RAW_BUCKET_OUTPUT = "RawBucketName"


def stack_name(stage: str) -> str:
    """The CloudFormation stack of a stage (`dev`, `prod`, ...)."""
    return f"Hirehound-{stage}"


def physical_name(stack: str, name: str) -> str:
    """`<stack>-<topology name>`: the physical name of a work queue or a state machine, known at synth
    (so a function, the metrics or `hirehound enqueue` can name it without a reference)."""
    return f"{stack}-{name}"


#: Lambda's SQS event source starts with five concurrent batches when a queue sets no maximum and
#: scales up from there: the slowest honest drain rate, so the one the backlog alarm assumes.
SQS_START_CONCURRENCY = 5


def backlog_alarm_s(spec: QueueSpec) -> int | None:
    """How old the oldest message of `spec` may get before its backlog alarm fires (None: the queue
    has no consumer). It is the time the consumer needs to work through one full `burst` at its
    concurrency if every batch took its whole timeout, plus the longest deferral of one message:

        ceil(burst / (concurrency x batch_size)) x consumer timeout + MAX_BACKOFF_S

    Older than that, the consumer is stuck, throttled or failing, or a burst bigger than the queue
    was sized for arrived; either way someone should look."""
    if spec.consumer is None:
        return None
    concurrency = spec.max_concurrency or SQS_START_CONCURRENCY
    batches = math.ceil(spec.burst / (concurrency * spec.batch_size))
    return batches * function(spec.consumer).timeout_s + int(MAX_BACKOFF_S)


def queue(name: str) -> QueueSpec:
    return next(q for q in QUEUES if q.name == name)


def function(name: str) -> FunctionSpec:
    return next(f for f in FUNCTIONS if f.name == name)


def state_machine(name: str) -> StateMachineSpec:
    return next(m for m in STATE_MACHINES if m.name == name)


def render(spec: StateMachineSpec, substitutions: dict[str, str]) -> str:
    """The definition with `${Name}` placeholders replaced; fails on any that is not provided."""
    missing = spec.placeholders() - substitutions.keys()
    if missing:
        raise KeyError(f"{spec.file}: no value for {sorted(missing)}")
    text = re.sub(r"\$\{(\w+)\}", lambda m: substitutions[m.group(1)], spec.definition())
    json.loads(text)  # still valid JSON
    return text
