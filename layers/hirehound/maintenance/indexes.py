"""Index optimization decided by measured bloat: ANALYZE a table whose statistics are stale; when a
large share of its rows are dead tuples, VACUUM (ANALYZE) it and REINDEX its B-tree indexes
CONCURRENTLY (the vacuum also makes the next measurement show the table healthy).

Measured with `pg_stat_user_tables` (live, dead and changed-since-analyze rows); `pgstattuple` would be
exact but is not in every PostgreSQL build (not in the embedded one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hirehound.config import get_settings
from hirehound.db import index_maintenance
from hirehound.db.pool import transaction


@dataclass(frozen=True)
class TableHealth:
    table: str
    live_rows: int
    dead_rows: int
    changed_rows: int

    @property
    def dead_ratio(self) -> float:
        total = self.live_rows + self.dead_rows
        return self.dead_rows / total if total else 0.0

    @property
    def changed_ratio(self) -> float:
        return self.changed_rows / max(self.live_rows, 1)


@dataclass(frozen=True)
class Plan:
    analyze: bool
    reindex: bool
    reason: str


def plan(health: TableHealth, *, min_rows: int, analyze_ratio: float, reindex_ratio: float) -> Plan:
    """What the table needs; tables below `min_rows` (live + dead) need nothing."""
    if health.live_rows + health.dead_rows < min_rows:
        return Plan(False, False, "too small")
    reindex = health.dead_ratio >= reindex_ratio
    analyze = reindex or health.changed_ratio >= analyze_ratio
    reason = (
        f"dead {health.dead_ratio:.0%} (>= {reindex_ratio:.0%})"
        if reindex
        else f"changed {health.changed_ratio:.0%} since analyze (>= {analyze_ratio:.0%})"
    )
    return Plan(analyze, reindex, reason if analyze else "healthy")


def _actions(conn: Any, health: TableHealth, decided: Plan) -> list[tuple[str, str]]:
    """(action, relation) in order: a bloated table is vacuumed (dead index entries go too), then its
    B-tree indexes are rebuilt compactly; a merely stale one is analyzed."""
    if decided.reindex:
        indexes = index_maintenance.btree_indexes(conn, health.table)
        return [("vacuum_analyze", health.table), *(("reindex", index) for index in indexes)]
    return [("analyze", health.table)] if decided.analyze else []


def run() -> dict[str, Any]:
    """Measure every table, act where the plan says so, and log each action."""
    settings = get_settings()
    with transaction() as conn:
        measured = [TableHealth(**row) for row in index_maintenance.table_stats(conn)]
    done: dict[str, list[str]] = {"analyze": [], "vacuum_analyze": [], "reindex": []}
    run_action = {
        "analyze": index_maintenance.analyze,
        "vacuum_analyze": index_maintenance.vacuum_analyze,
        "reindex": index_maintenance.reindex,
    }
    with index_maintenance.autocommit_connection() as conn:
        for health in measured:
            decided = plan(
                health,
                min_rows=settings.index_min_rows,
                analyze_ratio=settings.analyze_changed_ratio,
                reindex_ratio=settings.reindex_dead_ratio,
            )
            for action, relation in _actions(conn, health, decided):
                run_action[action](conn, relation)
                done[action].append(relation)
                index_maintenance.log(
                    conn,
                    relation=relation,
                    action=action,
                    live_rows=health.live_rows,
                    dead_rows=health.dead_rows,
                    changed_rows=health.changed_rows,
                    dead_ratio=round(health.dead_ratio, 4),
                    reason=decided.reason,
                )
    return {
        "tables": len(measured),
        "analyzed": done["analyze"],
        "vacuumed": done["vacuum_analyze"],
        "reindexed": done["reindex"],
    }
