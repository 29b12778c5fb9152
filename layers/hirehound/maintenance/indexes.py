"""Index optimization decided by measured bloat: ANALYZE a table whose statistics are stale; when a
large share of its rows are dead tuples, VACUUM (ANALYZE) it and REINDEX its B-tree indexes
CONCURRENTLY (the vacuum also makes the next measurement show the table healthy). Then the partial
HNSW index per large country (:mod:`hirehound.db.country_indexes`): built for a country that reached
``country_index_min_published`` published postings, dropped when it fell below half of that. Last the
partial GIN index of the newest published postings that hybrid search's text side asks first
(:mod:`hirehound.db.recent_search`): rebuilt with a horizon ``search_recent_window`` postings back once
twice that many were published since its horizon.

Measured with `pg_stat_user_tables` (live, dead and changed-since-analyze rows); `pgstattuple` would be
exact but is not in every PostgreSQL build (not in the embedded one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hirehound.config import get_settings
from hirehound.db import country_indexes, index_maintenance, recent_search
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


@dataclass(frozen=True)
class CountryIndexes:
    create: tuple[str, ...]
    drop: tuple[str, ...]


def country_index_plan(
    published: dict[str, int], existing: dict[str, bool], *, min_published: int, max_share: float
) -> CountryIndexes:
    """Which country indexes to build and drop. Wanted: a country with ``min_published`` published
    postings (fewer are read fast enough by the country's b-tree) that are at most ``max_share`` of
    all published ones (a filter that passes that often costs the whole graph little). Build a wanted
    one that has no valid index; drop an invalid one (a failed build: rebuilt if still wanted) and
    one no longer wanted with a margin (below half of ``min_published``, or above ``1.5 x
    max_share``), so a country near a line is not built and dropped in turn."""
    total = sum(published.values()) or 1

    def within(country: str, low: float, high: float) -> bool:
        n = published.get(country, 0)
        return n >= low and n / total <= high

    create = [c for c in published if within(c, min_published, max_share) and not existing.get(c, False)]
    drop = [
        c for c, valid in existing.items() if not valid or not within(c, min_published / 2, max_share * 1.5)
    ]
    return CountryIndexes(tuple(sorted(create)), tuple(sorted(drop)))


def recent_search_plan(
    published: int, since_horizon: int | None, *, window: int, min_published: int
) -> str | None:
    """``"create_index"`` (build, or rebuild with a newer horizon), ``"drop_index"`` or ``None``.

    Wanted once ``min_published`` postings are published (in a smaller table the whole GIN index is
    as cheap), kept down to half of that. ``since_horizon``: the published postings at or after the
    index's horizon (``None``: no index); rebuilt when they reached twice ``window``, so the index
    holds between one and two windows of postings."""
    if since_horizon is None:
        return "create_index" if published >= min_published else None
    if published < min_published / 2:
        return "drop_index"
    return "create_index" if since_horizon >= 2 * window else None


def _recent_search(conn: Any, *, window: int, min_published: int, build_memory: str) -> list[str]:
    horizon = recent_search.horizon(conn)
    published = recent_search.published(conn)
    since = None if horizon is None else recent_search.published(conn, horizon)
    action = recent_search_plan(published, since, window=window, min_published=min_published)
    new_horizon: datetime | None = None
    if action == "create_index":
        new_horizon = recent_search.newest_horizon(conn, window)
        if new_horizon is None:
            return []
        recent_search.rebuild(conn, new_horizon, build_memory=build_memory)
    elif action == "drop_index":
        recent_search.drop(conn)
    else:
        return []
    index_maintenance.log(
        conn,
        relation=recent_search.INDEX,
        action=action,
        live_rows=published,
        dead_rows=0,
        changed_rows=0,
        dead_ratio=0.0,
        reason=f"{published} published, {since} since the horizon {horizon}"
        + (f"; new horizon {new_horizon.isoformat()}" if new_horizon else ""),
    )
    return [action]


def _country_indexes(
    conn: Any, *, min_published: int, max_share: float, build_memory: str
) -> dict[str, list[str]]:
    published = country_indexes.published_by_country(conn)
    decided = country_index_plan(
        published, country_indexes.existing(conn), min_published=min_published, max_share=max_share
    )
    done: dict[str, list[str]] = {"create_index": [], "drop_index": []}
    steps = [("drop_index", c) for c in decided.drop] + [("create_index", c) for c in decided.create]
    for action, country in steps:
        if action == "drop_index":
            country_indexes.drop(conn, country)
        else:
            country_indexes.create(conn, country, build_memory=build_memory)
        name = country_indexes.index_name(country)
        done[action].append(name)
        index_maintenance.log(
            conn,
            relation=name,
            action=action,
            live_rows=published.get(country, 0),
            dead_rows=0,
            changed_rows=0,
            dead_ratio=0.0,
            reason=f"{published.get(country, 0)} published in {country}"
            f" (wanted from {min_published}, up to {max_share:.0%} of all)",
        )
    return done


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
        countries = _country_indexes(
            conn,
            min_published=settings.country_index_min_published,
            max_share=settings.country_index_max_share,
            build_memory=settings.country_index_build_memory,
        )
        recent = _recent_search(
            conn,
            window=settings.search_recent_window,
            min_published=settings.search_recent_min_published,
            build_memory=settings.country_index_build_memory,
        )
    return {
        "tables": len(measured),
        "analyzed": done["analyze"],
        "vacuumed": done["vacuum_analyze"],
        "reindexed": done["reindex"],
        "country_indexes_built": countries["create_index"],
        "country_indexes_dropped": countries["drop_index"],
        "recent_search_index": recent,
    }
