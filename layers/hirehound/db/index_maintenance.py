"""Index optimization: table statistics, ANALYZE, VACUUM, REINDEX CONCURRENTLY and the log of it.

VACUUM and REINDEX CONCURRENTLY cannot run inside a transaction block: pass an autocommit connection.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from hirehound.db.pool import Connection, database_url


def table_stats(conn: Connection) -> list[dict[str, Any]]:
    """Live, dead and changed-since-analyze row counts of every table of the schema."""
    return conn.execute(
        "SELECT relname AS table, n_live_tup AS live_rows, n_dead_tup AS dead_rows,"
        " n_mod_since_analyze AS changed_rows FROM pg_stat_user_tables"
        " WHERE schemaname = current_schema() ORDER BY relname"
    ).fetchall()


def btree_indexes(conn: Connection, table: str) -> list[str]:
    """The valid B-tree indexes of `table` (HNSW and GIN are left to their own rebuild policies)."""
    rows = conn.execute(
        "SELECT ic.relname AS name FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
        " JOIN pg_class tc ON tc.oid = i.indrelid JOIN pg_am am ON am.oid = ic.relam"
        " WHERE tc.relname = %s AND tc.relnamespace = current_schema()::regnamespace"
        " AND am.amname = 'btree' AND i.indisvalid ORDER BY ic.relname",
        (table,),
    ).fetchall()
    return [str(row["name"]) for row in rows]


def autocommit_connection() -> Connection:
    """A separate connection outside any transaction, for VACUUM and REINDEX CONCURRENTLY."""
    return psycopg.connect(database_url(), autocommit=True, row_factory=dict_row)


def analyze(conn: Connection, table: str) -> None:
    conn.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(table)))


def vacuum_analyze(conn: Connection, table: str) -> None:
    """Remove dead tuples (and their index entries) and refresh statistics (autocommit only)."""
    conn.execute(sql.SQL("VACUUM (ANALYZE) {}").format(sql.Identifier(table)))


def reindex(conn: Connection, index: str) -> None:
    """Rebuild the index without blocking writes (autocommit connection only)."""
    conn.execute(sql.SQL("REINDEX INDEX CONCURRENTLY {}").format(sql.Identifier(index)))


def log(
    conn: Connection,
    *,
    relation: str,
    action: str,
    live_rows: int,
    dead_rows: int,
    changed_rows: int,
    dead_ratio: float,
    reason: str,
) -> None:
    conn.execute(
        "INSERT INTO index_maintenance_log"
        " (relation, action, live_rows, dead_rows, changed_rows, dead_ratio, reason)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (relation, action, live_rows, dead_rows, changed_rows, dead_ratio, reason),
    )
