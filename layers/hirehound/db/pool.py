"""The process-wide psycopg 3 connection pool, with pgvector types registered on every connection.

Built lazily on first use (never at import), so a cold start that does not touch the database pays
nothing. In AWS the URL comes from the Secrets Manager secret that points at the RDS Proxy endpoint.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from hirehound.config import get_settings
from hirehound.errors import TransientError

Connection = psycopg.Connection[dict[str, Any]]

_lock = threading.Lock()
_pool: ConnectionPool[Connection] | None = None


def _configure(conn: Connection) -> None:
    try:
        register_vector(conn)
    except psycopg.ProgrammingError:
        # The vector type does not exist before the first migration has run.
        conn.rollback()
    else:
        conn.commit()


def database_url() -> str:
    """The URL from settings, or from the Secrets Manager secret: RDS-style fields (the RDS Proxy in
    AWS, TLS required) or a `postgresql://` URL as the whole secret (any PostgreSQL: the localstack stage)."""
    settings = get_settings()
    if settings.database_url:
        return settings.database_url
    if settings.database_secret_arn:
        from aws_lambda_powertools.utilities.parameters import get_secret

        raw = str(get_secret(settings.database_secret_arn, max_age=300))
        if raw.startswith(("postgresql://", "postgres://")):
            return raw
        secret = json.loads(raw)
        return psycopg.conninfo.make_conninfo(
            host=secret["host"],
            port=secret.get("port", 5432),
            user=secret["username"],
            password=secret["password"],
            dbname=secret.get("dbname", "hirehound"),
            sslmode="require",
        )
    raise RuntimeError("set DATABASE_URL or HIREHOUND_DATABASE_SECRET_ARN")


def get_pool() -> ConnectionPool[Connection]:
    """The shared pool, opened on first call."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = ConnectionPool(
                database_url(),
                min_size=1,
                max_size=get_settings().pool_max_size,
                kwargs={"row_factory": dict_row},
                configure=_configure,
                connection_class=psycopg.Connection,
                open=True,
                name="hirehound",
            )
        return _pool


def close_pool() -> None:
    """Close the pool and forget the settings (tests and local runs switch databases)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.close()
            _pool = None
        get_settings.cache_clear()


@contextmanager
def transaction() -> Iterator[Connection]:
    """A pooled connection inside one transaction: committed on success, rolled back on error.

    Deadlocks, serialization failures, lock timeouts, lost connections (psycopg's OperationalError
    family) and an exhausted pool surface as `TransientError`, which the state machines retry."""
    try:
        with get_pool().connection() as conn, conn.transaction():
            yield conn
    except (psycopg.OperationalError, PoolTimeout) as exc:
        raise TransientError(f"database: {type(exc).__name__}: {exc}") from exc
