"""Settings read from the environment once per cold start and validated by pydantic."""

from __future__ import annotations

import os
from functools import cache

from pydantic import BaseModel, Field


def state_machine_arn_env(machine: str) -> str:
    """The environment variable holding state machine `machine`'s ARN (its topology name) in the
    functions that start it; CDK and the local runtime set it."""
    return f"HIREHOUND_{machine.upper()}_STATE_MACHINE_ARN"


def state_machine_type_env(machine: str) -> str:
    """The environment variable holding machine `machine`'s type (STANDARD or EXPRESS, from topology)
    beside its ARN: an Express machine is started synchronously and cannot be described afterwards."""
    return f"HIREHOUND_{machine.upper()}_STATE_MACHINE_TYPE"


#: The User-Agent of every request hirehound makes to a site it does not own (company sites, job boards).
USER_AGENT = "HirehoundBot/0.1 (+https://hirehound.example/bot)"


class Settings(BaseModel):
    """Everything a handler or a local run is configured with."""

    database_url: str | None = Field(None, description="libpq URL; locally the embedded server's")
    database_secret_arn: str | None = Field(
        None, description="in AWS: Secrets Manager secret with host/port/username/password/dbname"
    )
    raw_bucket: str = Field("hirehound-raw-pages", description="where scraped pages are stored")
    embedder: str = Field("local", description="'local', 'hashing' or 'bedrock'")
    enrichment_event_bus: str = Field("default", description="EventBridge bus for 'company created'")
    pool_max_size: int = Field(4, ge=1)
    intake_max_runs: int = Field(
        3,
        ge=1,
        description="runs of a page that fail outside the dead-letter path before it is dead-lettered",
    )
    # -- maintenance
    redrive_workers: int = Field(8, ge=1, description="dead letters redriven at once (Express runs wait)")
    redrive_budget_s: float = Field(
        540, gt=0, description="MaintenanceRedrive starts no redrive after this (its timeout is 900 s)"
    )
    posting_max_age_days: int = Field(60, ge=1, description="expire active postings older than this")
    posting_retention_days: int = Field(
        90, ge=0, description="keep expired/rejected postings this long after their last change"
    )
    raw_page_retention_days: int = Field(180, ge=0, description="keep raw pages without a posting")
    liveness_recheck_hours: float = Field(20, ge=0, description="skip postings checked more recently")
    liveness_rate_per_s: float = Field(1.0, gt=0, description="liveness requests per job-board host")
    liveness_burst: float = Field(5.0, ge=1, description="token-bucket capacity per job-board host")
    liveness_timeout_s: float = Field(10.0, gt=0)
    index_min_rows: int = Field(1000, ge=0, description="tables smaller than this are not optimized")
    analyze_changed_ratio: float = Field(0.1, gt=0, description="ANALYZE when this share changed")
    reindex_dead_ratio: float = Field(0.2, gt=0, description="REINDEX when this share is dead tuples")
    country_index_min_published: int = Field(
        20_000, ge=1, description="a partial HNSW index per country with this many published postings"
    )
    country_index_max_share: float = Field(
        0.3,
        gt=0,
        le=1,
        description="... and at most this share of all published postings (the US at 1M: 27 %, README)",
    )
    country_index_build_memory: str = Field("1GB", description="maintenance_work_mem of such a build")
    search_recent_window: int = Field(
        100_000, ge=1, description="the newest published postings in search's first-step text index"
    )
    search_recent_min_published: int = Field(
        400_000, ge=1, description="... kept once this many postings are published (dropped below half)"
    )


@cache
def get_settings() -> Settings:
    """The process-wide settings, from HIREHOUND_* / DATABASE_URL environment variables."""
    env = os.environ
    values: dict[str, str] = {}
    if "DATABASE_URL" in env:
        values["database_url"] = env["DATABASE_URL"]
    for field in Settings.model_fields:
        key = f"HIREHOUND_{field.upper()}"
        if key in env:
            values[field] = env[key]
    return Settings.model_validate(values)
