"""A partial GIN index of the newest published postings' search documents: hybrid search's first step.

The text side ranks the ``TEXT_POOL`` newest matches (:mod:`hirehound.db.search`). Through the GIN index
of all postings that reads the posting list of every query word over the whole table and a heap block
per match, which grows with the table (docs/scale.md). This index holds only
published postings with ``published_at >=`` its *horizon*, so a search first asks for the newest matches
above the horizon, which reads a bounded part of the table; only when fewer than the pool match there
does it ask the whole table. Both steps are the same query (the second without the bound), so the
result is exactly the one-step query's: the newest matches above the horizon are the newest overall
when there are enough of them. The horizon moves forward when index optimization rebuilds the index
(:func:`hirehound.maintenance.indexes.recent_search_plan`); the index gains every posting published
after it in between. Build and drop on an autocommit connection (``CONCURRENTLY``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg import sql

from hirehound.db.pool import Connection

INDEX = "postings_search_recent_idx"
_BUILDING = "postings_search_recent_next_idx"


def horizon(conn: Connection) -> datetime | None:
    """The valid index's horizon (``None``: there is no such index)."""
    row: Any = conn.execute(
        "SELECT substring(pg_get_expr(i.indpred, i.indrelid)"
        " FROM $re$published_at >= '([^']+)'::timestamp with time zone$re$)::timestamptz AS horizon"
        " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
        " WHERE ic.relname = %s AND ic.relnamespace = current_schema()::regnamespace AND i.indisvalid",
        (INDEX,),
    ).fetchone()
    return None if row is None else row["horizon"]


def published(conn: Connection, since: datetime | None = None) -> int:
    """Published postings (with ``published_at >= since``)."""
    row: Any = conn.execute(
        "SELECT count(*) AS n FROM postings WHERE status = 'published'"
        " AND (%(since)s::timestamptz IS NULL OR published_at >= %(since)s)",
        {"since": since},
    ).fetchone()
    return int(row["n"])


def newest_horizon(conn: Connection, window: int) -> datetime | None:
    """The publication time of the ``window``-th newest published posting (``None``: fewer)."""
    row: Any = conn.execute(
        "SELECT published_at FROM postings WHERE status = 'published' AND published_at IS NOT NULL"
        " ORDER BY published_at DESC OFFSET %s LIMIT 1",
        (window - 1,),
    ).fetchone()
    return None if row is None else row["published_at"]


def rebuild(conn: Connection, since: datetime, *, build_memory: str) -> None:
    """Build the index for the horizon ``since`` beside the current one, then swap them (autocommit
    connection only: reads and writes go on during the build)."""
    conn.execute(sql.SQL("SET maintenance_work_mem = {}").format(sql.Literal(build_memory)))
    conn.execute(sql.SQL("DROP INDEX CONCURRENTLY IF EXISTS {}").format(sql.Identifier(_BUILDING)))
    conn.execute(
        sql.SQL(
            "CREATE INDEX CONCURRENTLY {} ON postings USING gin (search_document)"
            " WHERE status = 'published' AND published_at >= {}::timestamptz"
        ).format(sql.Identifier(_BUILDING), sql.Literal(since.isoformat()))
    )
    conn.execute("RESET maintenance_work_mem")
    drop(conn)
    conn.execute(
        sql.SQL("ALTER INDEX {} RENAME TO {}").format(sql.Identifier(_BUILDING), sql.Identifier(INDEX))
    )


def drop(conn: Connection) -> None:
    """Drop the index without blocking reads or writes (autocommit connection only)."""
    conn.execute(sql.SQL("DROP INDEX CONCURRENTLY IF EXISTS {}").format(sql.Identifier(INDEX)))


def size(conn: Connection) -> int:
    row: Any = conn.execute("SELECT pg_relation_size(%s::regclass) AS bytes", (INDEX,)).fetchone()
    return int(row["bytes"])
