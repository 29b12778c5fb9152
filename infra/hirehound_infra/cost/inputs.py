"""The counted inputs of the cost model: what one unit of each workload uses, as measured locally.

`python -m benchmarks.cost_inputs` writes them (`benchmarks/cost_inputs.json`); one file holds one
`InputSet` per configuration of the per-page machine (`standard`, `express`), each stamped with the
machine, date and commit it was measured on. Everything is per unit of its workload (one page, one
scheduled run, one liveness check); the model multiplies by the volume.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from hirehound_infra.topology import ROOT

DEFAULT_PATH = ROOT / "benchmarks" / "cost_inputs.json"
#: Log levels a state machine can log at, and the history events each writes to CloudWatch Logs.
LOG_LEVELS = ("ALL", "ERROR", "FATAL")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FunctionUse(_Model):
    """Invocations of one function per unit and their mean handler duration: wall time on this
    machine (an upper bound: shared cores), and how much of it was the handler thread's CPU."""

    invocations: float
    errors: float = Field(0.0, description="invocations that raised, per unit (each one retried)")
    duration_ms: float
    cpu_ms: float = 0.0
    memory_mb: int = Field(description="the function's memory where it was measured (topology)")


class MachineUse(_Model):
    """Executions of one state machine per unit, from their execution histories."""

    type: str = Field(description="the type it ran as where it was measured")
    executions: float
    transitions: float = Field(description="per execution: states entered plus retries")
    duration_ms: float = Field(description="mean execution duration (local: an upper bound)")
    billed_ms: float = Field(description="mean duration rounded up to 100 ms per execution")
    payload_bytes: float = Field(description="largest state input or output seen")
    log_bytes: dict[str, float] = Field(
        description="CloudWatch Logs bytes per execution by level (ALL, ERROR, FATAL) and '+data'"
    )
    log_events: dict[str, float]


class DatabaseUse(_Model):
    """What one unit costs the database (measured on the embedded PostgreSQL)."""

    cpu_s: float = Field(description="server CPU seconds (all postgres processes)")
    wal_bytes: float = Field(description="WAL written, full-page writes off as on Aurora")
    commits: float
    blocks_read: float = Field(description="8 KB blocks read from outside shared buffers")
    bytes_stored: float = Field(description="growth of the database size")


class MetricSeries(_Model):
    name: str
    dimensions: dict[str, str]


class Workload(_Model):
    """One unit of work (a page, a scheduled run, a liveness check) and what it used."""

    unit: str
    units: int = Field(description="how many units the measurement ran")
    functions: dict[str, FunctionUse] = {}
    machines: dict[str, MachineUse] = {}
    sqs_requests: float = Field(0.0, description="billed SQS requests (64 KB chunks)")
    events: float = Field(0.0, description="billed EventBridge custom events (64 KB chunks)")
    s3_puts: float = 0.0
    s3_gets: float = 0.0
    nat_bytes: float = Field(0.0, description="HTTP bytes of calls from VPC functions to non-S3 APIs")
    log_bytes: float = Field(0.0, description="handler log output (Powertools JSON and EMF)")
    log_events: float = 0.0
    database: DatabaseUse | None = None
    metric_series: list[MetricSeries] = Field([], description="every EMF metric x dimension values seen")


class Measurement(_Model):
    date: str
    commit: str
    machine: str
    cpu_count: int
    load_average: tuple[float, float, float] = Field(description="os.getloadavg() at the start")
    load_average_end: tuple[float, float, float]
    seconds: float
    note: str = ""


class InputSet(_Model):
    """Everything measured for one configuration of the per-page `Ingestion` machine."""

    measured: Measurement
    intake: str = Field(description="how pages were started: queue (IngestPages) or batch")
    ingestion_type: str
    workloads: dict[str, Workload]
    companies_per_page: float = Field(description="CompanyCreated events per page (a fresh database)")
    published_per_page: float
    page_bytes: float = Field(description="mean raw page size")
    pages_over_128k: float = Field(description="share of pages of 128 KB or more (lifecycle-eligible)")
    log_gzip_ratio: float = Field(description="gzip-6 size / raw size of the captured logs")
    lambda_platform_bytes: float = Field(description="START/END/REPORT lines per invocation")


class CostInputs(_Model):
    configurations: dict[str, InputSet]

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> CostInputs:
        return cls.model_validate_json(path.read_text(encoding="utf-8"))

    def save(self, path: Path = DEFAULT_PATH) -> None:
        path.write_text(self.model_dump_json(indent=1) + "\n", encoding="utf-8")
