"""Shared fixtures: one embedded Postgres per session, a fresh migrated database per test, and the
local AWS runtime wired to it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hirehound.db.migrate import migrate
from hirehound.db.pool import close_pool
from hirehound_local.cloud import LocalCloud
from hirehound_local.postgres import create_database, start_embedded
from hypothesis import settings
from psycopg import sql

TEMPLATE = "hirehound_template"

# `make test` (and so CI) runs the property tests derandomized: the same examples on every run and
# every machine, so a fresh clone passes or fails the same way. Plain `pytest` explores at random.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> str:
    """URL of a session-wide embedded server holding a migrated template database."""
    url = start_embedded(Path(tmp_path_factory.mktemp("pg")) / "data", stop_on_exit=True)
    migrate(create_database(url, TEMPLATE, replace=True))
    return url


@pytest.fixture
def db(pg_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh database copied from the migrated template; DATABASE_URL points at it."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    url = create_database(pg_server, name, template=TEMPLATE)
    monkeypatch.setenv("DATABASE_URL", url)
    close_pool()
    yield url
    close_pool()
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def cloud(db: str) -> Iterator[LocalCloud]:
    """The local AWS runtime (moto + our handlers) with every resource of the topology deployed."""
    with LocalCloud(env={"DATABASE_URL": db, "POWERTOOLS_METRICS_NAMESPACE": "Hirehound"}) as local:
        yield local


@pytest.fixture
def conn(db: str) -> Iterator[psycopg.Connection[dict[str, object]]]:
    """A direct connection for assertions (autocommit, rows as dicts)."""
    from psycopg.rows import dict_row

    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as connection:
        yield connection


SAMPLES = Path(__file__).resolve().parents[1] / "samples"
os.environ.setdefault("POWERTOOLS_DEV", "false")
