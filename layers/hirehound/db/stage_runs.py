"""Stage runs: one row per handler invocation."""

from __future__ import annotations

from hirehound.db.pool import transaction


def record(
    *,
    workflow: str,
    stage: str,
    item_key: str | None,
    execution_id: str | None,
    attempt: int,
    outcome: str,
    error: str | None,
    duration_ms: float,
) -> None:
    with transaction() as conn:
        conn.execute(
            "INSERT INTO stage_runs (workflow, stage, item_key, execution_id, attempt, outcome, error,"
            " duration_ms) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (workflow, stage, item_key, execution_id, attempt, outcome, error, duration_ms),
        )


def attempts(execution_id: str, stage: str) -> int:
    """How many times `stage` ran in this execution (retries included)."""
    with transaction() as conn:
        row = conn.execute(
            "SELECT count(*) AS n FROM stage_runs WHERE execution_id = %s AND stage = %s",
            (execution_id, stage),
        ).fetchone()
    return int(row["n"]) if row else 0
