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


def _embedding_index(conn: psycopg.Connection[tuple[object, ...]]) -> tuple[object, ...] | None:
    return conn.execute(
        "SELECT c.oid, c.reloptions FROM pg_class c WHERE c.relname = 'postings_embedding_idx'"
    ).fetchone()


def test_the_denser_embedding_graph_replaces_the_default_one_once(db: str) -> None:
    (denser,) = [m for m in available_migrations() if m.name == "denser_embedding_graph"]
    with psycopg.connect(db, autocommit=True) as conn:
        built = _embedding_index(conn)
        assert built is not None and built[1] == ["m=24", "ef_construction=128"]

        conn.execute(denser.sql.encode())  # already dense: a no-op, the same index stays
        assert _embedding_index(conn) == built

        conn.execute("DROP INDEX postings_embedding_idx")  # a database before the migration
        conn.execute(
            "CREATE INDEX postings_embedding_idx ON postings USING hnsw (embedding vector_cosine_ops)"
        )
        default = _embedding_index(conn)
        assert default is not None and default[1] is None
        conn.execute(denser.sql.encode())
        rebuilt = _embedding_index(conn)
        assert rebuilt is not None and rebuilt[0] != default[0]
        assert rebuilt[1] == ["m=24", "ef_construction=128"]
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'postings'")}
    assert "postings_embedding_denser_idx" not in names
