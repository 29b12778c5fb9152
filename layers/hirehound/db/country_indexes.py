"""Partial HNSW indexes on ``postings.embedding``, one per large country's published postings.

A search filtered by country through the whole graph reads ~30 times its candidates before enough
rows pass the filter (a country holds a small share of the postings); a graph of that country's
published postings alone answers it directly (docs/scale.md). The planner uses
such an index only when the query's country is a constant at planning time, so
:func:`hirehound.db.search.hybrid_search` plans with the parameters bound (``plan_cache_mode =
force_custom_plan``). Build and drop them on an autocommit connection (``CONCURRENTLY``).
"""

from __future__ import annotations

import re
from typing import Any

from psycopg import sql

from hirehound.db import vector_index
from hirehound.db.pool import Connection

PREFIX = "postings_embedding_half_country_"
"""Half-precision graphs as ``postings_embedding_half_idx`` (migration 0150 dropped their
full-precision predecessors, ``postings_embedding_country_*``)."""
#: The same graph as ``postings_embedding_half_idx``: expression, operator class and options.
GRAPH = f"(embedding::{vector_index.HALF}) {vector_index.OPS}"
OPTIONS = "WITH (m = 24, ef_construction = 128)"
_COUNTRY = re.compile(r"[A-Z]{2}")


def index_name(country: str) -> str:
    """``postings_embedding_half_country_se`` for ``SE`` (ISO 3166-1 alpha-2 codes only)."""
    if not _COUNTRY.fullmatch(country):
        raise ValueError(f"not a country code: {country!r}")
    return PREFIX + country.lower()


def published_by_country(conn: Connection) -> dict[str, int]:
    """Published postings with an embedding, per country code."""
    rows = conn.execute(
        "SELECT country_code, count(*) AS n FROM postings"
        " WHERE status = 'published' AND embedding IS NOT NULL AND country_code ~ '^[A-Z]{2}$'"
        " GROUP BY country_code"
    ).fetchall()
    return {str(row["country_code"]): int(row["n"]) for row in rows}


def existing(conn: Connection) -> dict[str, bool]:
    """The country indexes there are: country code -> valid (a failed CONCURRENTLY build is not)."""
    rows = conn.execute(
        "SELECT ic.relname AS name, i.indisvalid AS valid FROM pg_index i"
        " JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid"
        " WHERE tc.relname = 'postings' AND tc.relnamespace = current_schema()::regnamespace"
        " AND ic.relname LIKE %s",
        (PREFIX.replace("_", r"\_") + "%",),
    ).fetchall()
    return {str(row["name"]).removeprefix(PREFIX).upper(): bool(row["valid"]) for row in rows}


def create(conn: Connection, country: str, *, build_memory: str) -> None:
    """Build the country's index without blocking writes (autocommit connection only); the graph
    should fit ``build_memory`` (about 2 KB a posting) or the build is many times slower."""
    conn.execute(sql.SQL("SET maintenance_work_mem = {}").format(sql.Literal(build_memory)))
    conn.execute(
        sql.SQL(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS {} ON postings USING hnsw (" + GRAPH + ")"
            " " + OPTIONS + " WHERE status = 'published' AND country_code = {}"
        ).format(sql.Identifier(index_name(country)), sql.Literal(country))
    )
    conn.execute("RESET maintenance_work_mem")


def drop(conn: Connection, country: str) -> None:
    """Drop the country's index without blocking reads or writes (autocommit connection only)."""
    conn.execute(sql.SQL("DROP INDEX CONCURRENTLY IF EXISTS {}").format(sql.Identifier(index_name(country))))


def size(conn: Connection, country: str) -> int:
    row: Any = conn.execute(
        "SELECT pg_relation_size(%s::regclass) AS bytes", (index_name(country),)
    ).fetchone()
    return int(row["bytes"])
