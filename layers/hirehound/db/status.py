"""What the status command and the local dashboard read from Postgres: stage runs, executions, dead
letters, circuit breakers, rate-limit hits and batches. Windows are `interval` strings/seconds."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from hirehound.db import circuit_breakers, rate_limits, reports
from hirehound.db.pool import transaction


def stage_stats(window_s: float) -> list[dict[str, Any]]:
    """Per workflow and stage over the window: runs, failures, failure rate, p50/p95 duration (ms)."""
    return reports.rows(
        "SELECT workflow, stage, count(*) AS runs, count(*) FILTER (WHERE outcome <> 'ok') AS failures,"
        " round(100.0 * count(*) FILTER (WHERE outcome <> 'ok') / count(*), 1)::float AS failure_pct,"
        " round(percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms)::numeric, 1)::float AS p50_ms,"
        " round(percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms)::numeric, 1)::float AS p95_ms"
        " FROM stage_runs WHERE started_at > now() - make_interval(secs => %s)"
        " GROUP BY 1, 2 ORDER BY 1, min(started_at), 2",
        (window_s,),
    )


def executions_by_status(window_s: float) -> list[dict[str, Any]]:
    """Per state machine: executions started in the window, by status."""
    return reports.rows(
        "SELECT workflow, status, count(*) AS executions FROM workflow_executions"
        " WHERE started_at > now() - make_interval(secs => %s) GROUP BY 1, 2 ORDER BY 1, 2",
        (window_s,),
    )


def dead_letters_by_stage(window_s: float | None = None) -> list[dict[str, Any]]:
    """Open dead letters by workflow, stage, error type and reason (the latest message's first 70
    characters), optionally only those that failed recently: `letters` counts failing items (one
    letter each), `failures` their occurrences."""
    return reports.rows(
        "SELECT workflow, stage, error_type, left(error_message, 70) AS reason, count(*) AS letters,"
        " sum(occurrences)::int AS failures FROM dead_letters WHERE state = 'open'"
        " AND (%(w)s::float IS NULL OR last_failed_at > now() - make_interval(secs => %(w)s))"
        " GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1, 2, 3, 4",
        {"w": window_s},
    )


def breakers() -> list[dict[str, Any]]:
    with transaction() as conn:
        return [
            {
                k: row[k]
                for k in ("provider", "state", "consecutive_failures", "failure_threshold", "last_error")
            }
            for row in circuit_breakers.status(conn)
        ]


def rate_limit_hits() -> list[dict[str, Any]]:
    with transaction() as conn:
        return [
            {k: row[k] for k in ("provider", "granted", "hits", "capacity", "refill_per_s")}
            for row in rate_limits.status(conn)
        ]


def batches(window_s: float) -> dict[str, Any]:
    """Ingestion batches completed in the window: how many, their pages and summed outcomes."""
    rows = reports.rows(
        "SELECT pages, outcomes FROM ingest_batches WHERE completed_at > now() - make_interval(secs => %s)",
        (window_s,),
    )
    outcomes: dict[str, int] = {}
    for row in rows:
        for key, count in row["outcomes"].items():
            outcomes[key] = outcomes.get(key, 0) + int(count)
    return {"batches": len(rows), "pages": sum(int(r["pages"]) for r in rows), "outcomes": outcomes}


# -- workflow executions ------------------------------------------------------------------------------
def record_execution(
    *,
    execution_arn: str,
    name: str,
    workflow: str,
    status: str,
    started_at: datetime,
    stopped_at: datetime | None,
    error: str | None,
    cause: str | None,
    states: dict[str, Any],
) -> None:
    """Insert or refresh one execution (idempotent on its ARN)."""
    with transaction() as conn:
        conn.execute(
            "INSERT INTO workflow_executions (execution_arn, name, workflow, status, started_at,"
            " stopped_at, error, cause, states) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (execution_arn) DO UPDATE SET status = EXCLUDED.status,"
            " stopped_at = EXCLUDED.stopped_at, error = EXCLUDED.error, cause = EXCLUDED.cause,"
            " states = EXCLUDED.states, recorded_at = now()",
            (execution_arn, name, workflow, status, started_at, stopped_at, error, cause, Jsonb(states)),
        )


def recorded_arns(arns: list[str]) -> set[str]:
    """Those of `arns` already recorded in a terminal status."""
    rows = reports.rows(
        "SELECT execution_arn FROM workflow_executions WHERE execution_arn = ANY(%s) AND status <> 'RUNNING'",
        (arns,),
    )
    return {r["execution_arn"] for r in rows}


def recent_executions(limit: int = 20, workflow: str | None = None) -> list[dict[str, Any]]:
    """The latest executions, newest first."""
    return reports.rows(
        "SELECT execution_arn, workflow, status, started_at, stopped_at,"
        " round(extract(epoch FROM stopped_at - started_at)::numeric * 1000)::float AS duration_ms, error"
        " FROM workflow_executions WHERE (%(wf)s::text IS NULL OR workflow = %(wf)s)"
        " ORDER BY started_at DESC, execution_arn LIMIT %(limit)s",
        {"wf": workflow, "limit": limit},
    )


def execution(execution_arn: str) -> dict[str, Any] | None:
    rows = reports.rows("SELECT * FROM workflow_executions WHERE execution_arn = %s", (execution_arn,))
    return rows[0] if rows else None
