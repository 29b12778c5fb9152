"""Settings read from the environment once per cold start and validated by pydantic."""

from __future__ import annotations

import os
from functools import cache

from pydantic import BaseModel, Field


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
