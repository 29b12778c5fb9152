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


def _index(conn: psycopg.Connection[tuple[object, ...]], name: str) -> tuple[object, ...] | None:
    return conn.execute("SELECT c.oid, c.reloptions FROM pg_class c WHERE c.relname = %s", (name,)).fetchone()


def _migration(name: str) -> str:
    (found,) = [m for m in available_migrations() if m.name == name]
    return found.sql


def test_the_denser_embedding_graph_replaces_the_default_one_once(db: str) -> None:
    denser = _migration("denser_embedding_graph").encode()
    with psycopg.connect(db, autocommit=True) as conn:
        assert _index(conn, "postings_embedding_idx") is None  # migration 0150 dropped it since
        conn.execute(
            "CREATE INDEX postings_embedding_idx ON postings USING hnsw (embedding vector_cosine_ops)"
        )  # a database before the migration
        default = _index(conn, "postings_embedding_idx")
        assert default is not None and default[1] is None
        conn.execute(denser)
        rebuilt = _index(conn, "postings_embedding_idx")
        assert rebuilt is not None and rebuilt[0] != default[0]
        assert rebuilt[1] == ["m=24", "ef_construction=128"]

        conn.execute(denser)  # already dense: a no-op, the same index stays
        assert _index(conn, "postings_embedding_idx") == rebuilt
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'postings'")}
    assert "postings_embedding_denser_idx" not in names


def test_the_half_precision_graph_replaces_the_full_precision_ones_once(db: str) -> None:
    half = _migration("half_precision_graph").encode()
    with psycopg.connect(db, autocommit=True) as conn:
        built = _index(conn, "postings_embedding_half_idx")
        assert built is not None and built[1] == ["m=24", "ef_construction=128"]
        definition = conn.execute(
            "SELECT pg_get_indexdef('postings_embedding_half_idx'::regclass)"
        ).fetchone()
        assert definition is not None and "(embedding)::halfvec(384)) halfvec_cosine_ops" in str(
            definition[0]
        )

        conn.execute(half)  # built already: a no-op
        assert _index(conn, "postings_embedding_half_idx") == built

        # a database before the migration: the full-precision graph and a country graph of 0130's kind
        conn.execute(
            "CREATE INDEX postings_embedding_idx ON postings USING hnsw (embedding vector_cosine_ops)"
        )
        conn.execute(
            "CREATE INDEX postings_embedding_country_se ON postings USING hnsw (embedding vector_cosine_ops)"
            " WHERE status = 'published' AND country_code = 'SE'"
        )
        conn.execute("DROP INDEX postings_embedding_half_idx")
        conn.execute(half)
        rebuilt = _index(conn, "postings_embedding_half_idx")
        assert rebuilt is not None and rebuilt[0] != built[0]
        assert rebuilt[1] == ["m=24", "ef_construction=128"]
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'postings'")}
    assert "postings_embedding_idx" not in names and "postings_embedding_country_se" not in names


def test_the_company_country_index_replaces_the_company_index_once(db: str) -> None:
    block = _migration("company_country_block").encode()
    with psycopg.connect(db, autocommit=True) as conn:
        built = _index(conn, "postings_company_country_idx")
        assert built is not None and _index(conn, "postings_company_idx") is None

        conn.execute(block)  # built already: a no-op
        assert _index(conn, "postings_company_country_idx") == built

        # a database before the migration
        conn.execute("DROP INDEX postings_company_country_idx")
        conn.execute("CREATE INDEX postings_company_idx ON postings (company_id)")
        conn.execute(block)
        definition = conn.execute(
            "SELECT pg_get_indexdef('postings_company_country_idx'::regclass)"
        ).fetchone()
        assert definition is not None and "(company_id, country_code)" in str(definition[0])
        assert _index(conn, "postings_company_idx") is None


def test_the_country_lexeme_index_replaces_the_search_index_once(db: str) -> None:
    lexeme = _migration("search_country_lexeme").encode()
    with psycopg.connect(db, autocommit=True) as conn:
        built = _index(conn, "postings_search_country_idx")
        assert built is not None and _index(conn, "postings_search_idx") is None

        conn.execute(lexeme)  # built already: a no-op
        assert _index(conn, "postings_search_country_idx") == built

        # a database before the migration
        conn.execute("DROP INDEX postings_search_country_idx")
        conn.execute("CREATE INDEX postings_search_idx ON postings USING gin (search_document)")
        conn.execute(lexeme)
        definition = conn.execute(
            "SELECT pg_get_indexdef('postings_search_country_idx'::regclass)"
        ).fetchone()
        assert definition is not None and "'COUNTRY='::text || NULLIF(country_code" in str(definition[0])
        assert _index(conn, "postings_search_idx") is None
