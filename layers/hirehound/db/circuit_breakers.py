"""Per-provider circuit breakers (`provider_circuits`), applied under a row lock.

The state transitions are :mod:`hirehound.enrich.circuit`'s; this module only loads, locks and stores.
"""

from __future__ import annotations

from typing import Any

from hirehound.db.pool import Connection
from hirehound.enrich.circuit import Circuit, CircuitStatus, before_call, on_failure, on_success

_COLUMNS = (
    "provider, state, consecutive_failures, failure_threshold, cooldown_s, opened_at, trial_started_at,"
    " last_error"
)


def configure(conn: Connection, provider: str, *, failure_threshold: int, cooldown_s: float) -> None:
    """Set a provider's threshold and cool-down (the state is kept)."""
    conn.execute(
        "INSERT INTO provider_circuits (provider, failure_threshold, cooldown_s) VALUES (%s, %s, %s)"
        " ON CONFLICT (provider) DO UPDATE SET failure_threshold = EXCLUDED.failure_threshold,"
        " cooldown_s = EXCLUDED.cooldown_s, updated_at = now()",
        (provider, failure_threshold, cooldown_s),
    )


def _locked(conn: Connection, provider: str) -> Circuit:
    conn.execute(
        "INSERT INTO provider_circuits (provider) VALUES (%s) ON CONFLICT (provider) DO NOTHING", (provider,)
    )
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM provider_circuits WHERE provider = %s FOR UPDATE", (provider,)
    ).fetchone()
    assert row is not None
    return Circuit(**{**row, "state": CircuitStatus(row["state"])})


def _save(conn: Connection, circuit: Circuit) -> None:
    conn.execute(
        "UPDATE provider_circuits SET state = %s, consecutive_failures = %s, opened_at = %s,"
        " trial_started_at = %s, last_error = %s, updated_at = now() WHERE provider = %s",
        (
            circuit.state.value,
            circuit.consecutive_failures,
            circuit.opened_at,
            circuit.trial_started_at,
            circuit.last_error,
            circuit.provider,
        ),
    )


def allow(conn: Connection, provider: str, now: float) -> tuple[bool, float]:
    """(may call now, seconds until it may be tried again when not). Claims the half-open trial."""
    circuit, allowed = before_call(_locked(conn, provider), now)
    _save(conn, circuit)
    return allowed, 0.0 if allowed else circuit.retry_in(now)


def record_success(conn: Connection, provider: str) -> None:
    _save(conn, on_success(_locked(conn, provider)))


def record_failure(conn: Connection, provider: str, now: float, error: str) -> CircuitStatus:
    """Count a failure; returns the state after it."""
    circuit = on_failure(_locked(conn, provider), now, error[:500])
    _save(conn, circuit)
    return circuit.state


def get(conn: Connection, provider: str) -> Circuit:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM provider_circuits WHERE provider = %s", (provider,)
    ).fetchone()
    if row is None:
        return Circuit(provider=provider)
    return Circuit(**{**row, "state": CircuitStatus(row["state"])})


def status(conn: Connection) -> list[dict[str, Any]]:
    """Every breaker, for the status view."""
    return conn.execute(f"SELECT {_COLUMNS}, updated_at FROM provider_circuits ORDER BY provider").fetchall()
