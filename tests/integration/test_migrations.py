"""Migrations apply once, in order, and record themselves."""

from __future__ import annotations

import psycopg
import pytest
from hirehound.db.migrate import available_migrations, migrate

pytestmark = pytest.mark.integration


def test_migrate_is_idempotent_and_recorded(db: str) -> None:
    assert migrate(db) == []  # the template was migrated already
    with psycopg.connect(db) as conn:
        versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
        extension = conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'vector'").fetchone()
    assert versions == [m.version for m in available_migrations()]
    assert extension is not None


def test_every_migration_has_its_own_version() -> None:
    versions = [m.version for m in available_migrations()]
    assert len(versions) == len(set(versions)), versions  # two branches once both took 0050
