"""Where a duplicate decision spends: every statement of ``deduplicate`` under EXPLAIN (ANALYZE, BUFFERS).

    nice -n 10 .venv/bin/python -m benchmarks.scale_profile --url URL --postings 1000000 [--probes 200]
    nice -n 10 .venv/bin/python -m benchmarks.scale_profile --url URL --postings 1000000 --search 200

With ``--search Q`` it profiles hybrid search instead: the benchmark's first ``Q`` queries are run and
timed (CPU of client and backend, as ``benchmarks.scale`` does), then the ``--slowest`` of them run
again with the search statement as EXPLAIN (ANALYZE, BUFFERS), and their plan trees are printed (each
node's time over its loops, rows, buffers hit / read).

On a database ``benchmarks.scale --keep`` loaded (``--postings`` must match), inserts the benchmark's
probes, runs :func:`hirehound.ingest.duplicates.deduplicate` for each with every statement executed as
``EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`` (a query's rows are then fetched by running it again,
untimed), and prints each statement's execution time, backend CPU and buffers (hit in
``shared_buffers`` / read from outside it), and for the slowest decisions their statements and the plan
nodes that read most. The decision is slower under EXPLAIN (timing every node); the shares are the point.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
from hirehound.db.pool import close_pool, get_pool
from hirehound.db.search import SearchFilters, hybrid_search
from hirehound.ingest.duplicates import deduplicate
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row

from benchmarks.scale import cpu_ns, insert_probes, loaded_vectors, percentile, remove_probes
from benchmarks.scale_corpus import Corpus


@dataclass
class Statement:
    label: str
    ms: float
    """Execution time EXPLAIN reports (planning excluded)."""
    plan_ms: float
    cpu_ms: float
    """Backend CPU time of the EXPLAIN statement."""
    hit: int
    read: int
    nodes: list[tuple[str, float, int, int]] = field(default_factory=list)
    """(node, total ms over its loops, buffers hit, read) of its scans and writes, slowest first."""


@dataclass
class Decision:
    posting_id: int
    kind: str
    wall_ms: float
    statements: list[Statement] = field(default_factory=list)
    commit_ms: float = 0.0


def label(query: str) -> str:
    """A short, stable name for a statement of the decision."""
    text = re.sub(r"\s+", " ", query).strip()
    for key, name in (
        ("pg_advisory_xact_lock", "lock_scope"),
        ("set_config('hnsw", "scan_settings"),
        ("INSERT INTO posting_signatures", "save_signatures"),
        ("s.content_hash =", "exact_match"),
        ("posting_lsh_bands b JOIN", "near_candidates"),
        ("WITH near AS", "semantic_candidates"),
        ("FROM postings p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id", "dedup_facts"),
        ("SELECT * FROM postings WHERE id", "load"),
    ):
        if key in text:
            return name
    return text[:60]


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def _node_name(node: dict[str, Any]) -> str:
    name = str(node["Node Type"])
    if "Index Name" in node:
        name += f" {node['Index Name']}"
    elif "Relation Name" in node:
        name += f" {node['Relation Name']}"
    return name


def _backend_cpu_ns(pid: int) -> int:
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])


@contextmanager
def explained(decision: list[Decision]) -> Iterator[None]:
    """Run every statement of the pool's connections as EXPLAIN ANALYZE, noted in ``decision[-1]``."""
    plain_execute = psycopg.Connection.execute
    plain_commit = psycopg.Connection.commit

    def execute(self: psycopg.Connection[Any], query: Any, params: Any = None, **kw: Any) -> Any:
        text = query.decode() if isinstance(query, bytes) else str(query)
        pid = self.info.backend_pid
        cpu = _backend_cpu_ns(pid)
        explain = plain_execute(self, f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {text}".encode(), params)
        cpu_ms = (_backend_cpu_ns(pid) - cpu) / 1e6
        row = explain.fetchone()
        assert row is not None
        result = (row["QUERY PLAN"] if isinstance(row, dict) else row[0])[0]
        plan = result["Plan"]
        nodes = sorted(
            (
                (
                    _node_name(n),
                    float(n.get("Actual Total Time", 0.0)) * int(n.get("Actual Loops", 1)),
                    int(n.get("Shared Hit Blocks", 0)),
                    int(n.get("Shared Read Blocks", 0)),
                )
                for n in _nodes(plan)
                if "Scan" in n["Node Type"] or n["Node Type"] == "ModifyTable"
            ),
            key=lambda node: -node[1],
        )
        decision[-1].statements.append(
            Statement(
                label(text),
                float(result["Execution Time"]),
                float(result.get("Planning Time", 0.0)),
                cpu_ms,
                int(plan.get("Shared Hit Blocks", 0)),
                int(plan.get("Shared Read Blocks", 0)),
                nodes[:4],
            )
        )
        if text.lstrip().upper().startswith(("SELECT", "WITH NEAR")) and "INSERT" not in text:
            return plain_execute(self, query, params, **kw)  # the rows, untimed (warm now)
        return explain

    def commit(self: psycopg.Connection[Any]) -> None:
        began = time.perf_counter()
        plain_commit(self)
        decision[-1].commit_ms += (time.perf_counter() - began) * 1000

    psycopg.Connection.execute = execute  # type: ignore[method-assign]
    psycopg.Connection.commit = commit  # type: ignore[method-assign]
    try:
        yield
    finally:
        psycopg.Connection.execute = plain_execute  # type: ignore[method-assign]
        psycopg.Connection.commit = plain_commit  # type: ignore[method-assign]


def profile(url: str, corpus: Corpus, vectors: np.ndarray[Any, Any], probes: int) -> list[Decision]:
    with psycopg.connect(url, autocommit=True) as conn:
        planned = insert_probes(conn, corpus, vectors, probes)
    os.environ["DATABASE_URL"] = url
    close_pool()
    get_pool()
    decisions: list[Decision] = []
    try:
        with explained(decisions):
            for posting in planned:
                decisions.append(Decision(posting.index + 1, posting.kind, 0.0))
                began = time.perf_counter()
                deduplicate(posting.index + 1)
                decisions[-1].wall_ms = (time.perf_counter() - began) * 1000
    finally:
        close_pool()
        with psycopg.connect(url, autocommit=True) as conn:
            remove_probes(conn, corpus.size)
    return decisions


def print_profile(decisions: Sequence[Decision], slowest: int) -> None:
    by_label: dict[str, list[Statement]] = defaultdict(list)
    for decision in decisions:
        for statement in decision.statements:
            by_label[statement.label].append(statement)
    total = [sum(s.ms for s in d.statements) for d in decisions]
    print(
        f"{len(decisions)} decisions; statements' execution time a decision p50 / p95"
        f" {percentile(total, 50):.1f} / {percentile(total, 95):.1f} ms"
    )
    print(f"  {'statement':<22} {'mean ms':>8} {'p95 ms':>7} {'cpu p95':>8} {'hit':>7} {'read':>6}  (means)")
    for name, items in sorted(by_label.items(), key=lambda kv: -sum(s.ms for s in kv[1])):
        ms = [s.ms for s in items]
        print(
            f"  {name:<22} {np.mean(ms):8.2f} {percentile(ms, 95):7.2f}"
            f" {percentile([s.cpu_ms for s in items], 95):8.2f}"
            f" {np.mean([s.hit for s in items]):7.0f} {np.mean([s.read for s in items]):6.0f}"
        )
    commit = [d.commit_ms for d in decisions]
    print(f"  {'commit':<22} {np.mean(commit):8.2f} {percentile(commit, 95):7.2f}")
    print(f"the {slowest} slowest decisions (by statements' execution time):")
    for decision in sorted(decisions, key=lambda d: -sum(s.ms for s in d.statements))[:slowest]:
        parts = ", ".join(
            f"{s.label} {s.ms:.1f} ms {s.hit}/{s.read}" for s in decision.statements if s.ms >= 0.5
        )
        print(f"  posting {decision.posting_id} ({decision.kind}): {parts}; commit {decision.commit_ms:.1f}")
        for statement in decision.statements:
            if statement.ms >= 2:
                print(f"    {statement.label}:")
                for node, node_ms, hit, read in statement.nodes:
                    print(f"      {node:<52} {node_ms:8.1f} ms  hit {hit:>6} read {read:>6}")


@dataclass
class Search:
    index: int
    text: str
    country: str | None
    cpu_ms: float
    wall_ms: float
    plans: list[dict[str, Any]] = field(default_factory=list)
    """EXPLAIN's result of each statement of the search that runs a ``WITH`` query."""


def plan_lines(node: dict[str, Any], depth: int = 0) -> Iterator[str]:
    """One line per plan node, indented: time over its loops, rows, buffers hit / read."""
    loops = int(node.get("Actual Loops", 1))
    ms = float(node.get("Actual Total Time", 0.0)) * loops
    rows = int(node.get("Actual Rows", 0)) * loops
    estimate = int(node.get("Plan Rows", 0))
    extra = node.get("Index Cond") or node.get("Recheck Cond") or node.get("Filter") or ""
    what = f"{_node_name(node)}{' (' + node['Subplan Name'] + ')' if 'Subplan Name' in node else ''}"
    yield (
        f"{'  ' * depth}{what:<{max(10, 60 - 2 * depth)}} {ms:8.1f} ms {rows:>7} rows (est {estimate:>6})"
        f" hit {int(node.get('Shared Hit Blocks', 0)):>6} read {int(node.get('Shared Read Blocks', 0)):>5}"
        f"{'  ' + str(extra)[:90] if extra else ''}"
    )
    for child in node.get("Plans", []):
        yield from plan_lines(child, depth + 1)


@contextmanager
def explained_searches(into: list[dict[str, Any]]) -> Iterator[None]:
    """Run the ``WITH`` statements of every connection as EXPLAIN (ANALYZE, BUFFERS), results into
    ``into``; the rows come from running the statement again (untimed)."""
    plain_execute = psycopg.Connection.execute

    def execute(self: psycopg.Connection[Any], query: Any, params: Any = None, **kw: Any) -> Any:
        text = query.decode() if isinstance(query, bytes) else str(query)
        if text.lstrip().upper().startswith("WITH"):
            explain = plain_execute(self, f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {text}".encode(), params)
            row = explain.fetchone()
            assert row is not None
            into.append((row["QUERY PLAN"] if isinstance(row, dict) else row[0])[0])
        return plain_execute(self, query, params, **kw)

    psycopg.Connection.execute = execute  # type: ignore[method-assign]
    try:
        yield
    finally:
        psycopg.Connection.execute = plain_execute  # type: ignore[method-assign]


def profile_search(url: str, corpus: Corpus, queries: int, slowest: int, passes: int = 1) -> list[Search]:
    """The benchmark's first ``queries`` searches timed (``passes`` times, the last pass kept), the
    ``slowest`` of them (CPU) explained."""
    searches: list[Search] = []
    with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
        register_vector(conn)
        pid = conn.info.backend_pid
        for i in [i for _ in range(passes) for i in range(queries)]:
            if len(searches) == queries:
                searches.clear()
            text, vector, country = corpus.query(i)
            began, cpu = time.perf_counter(), cpu_ns(pid)
            hybrid_search(conn, text, vector, SearchFilters(country_code=country))
            wall, cpu_ms = (time.perf_counter() - began) * 1000, (cpu_ns(pid) - cpu) / 1e6
            searches.append(Search(i, text, country, cpu_ms, wall))
        for search in sorted(searches, key=lambda s: -s.cpu_ms)[:slowest]:
            text, vector, country = corpus.query(search.index)
            with explained_searches(search.plans):
                hybrid_search(conn, text, vector, SearchFilters(country_code=country))
    return searches


def print_search_profile(searches: Sequence[Search]) -> None:
    cpu = [s.cpu_ms for s in searches]
    wall = [s.wall_ms for s in searches]
    print(
        f"{len(searches)} searches: CPU p50 / p95 {percentile(cpu, 50):.1f} / {percentile(cpu, 95):.1f} ms,"
        f" wall {percentile(wall, 50):.1f} / {percentile(wall, 95):.1f} ms"
    )
    explained = sorted((s for s in searches if s.plans), key=lambda s: -s.cpu_ms)
    print(f"the {len(explained)} slowest (CPU), explained:")
    for search in explained:
        for result in search.plans:
            print(
                f"query {search.index} {search.text!r} country {search.country}: CPU {search.cpu_ms:.1f} ms,"
                f" explained {float(result['Execution Time']):.1f} ms"
                f" (planning {float(result.get('Planning Time', 0.0)):.1f})"
            )
            for line in plan_lines(result["Plan"], 1):
                print(line)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="a database benchmarks.scale --keep loaded")
    parser.add_argument("--postings", type=int, required=True)
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--slowest", type=int, default=10)
    parser.add_argument("--json", type=Path, help="write every decision's statements here")
    parser.add_argument("--search", type=int, default=0, help="profile this many hybrid searches instead")
    parser.add_argument("--passes", type=int, default=1, help="of the searches; the last one is profiled")
    args = parser.parse_args(argv)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    corpus = Corpus(args.postings)
    if args.search:
        print_search_profile(profile_search(args.url, corpus, args.search, args.slowest, args.passes))
        print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        return
    decisions = profile(args.url, corpus, loaded_vectors(args.url, args.postings), args.probes)
    print_profile(decisions, args.slowest)
    if args.json:
        args.json.write_text(
            json.dumps([d.__dict__ | {"statements": [s.__dict__ for s in d.statements]} for d in decisions])
        )
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
