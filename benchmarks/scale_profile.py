"""Where a duplicate decision spends: every statement of ``deduplicate`` under EXPLAIN (ANALYZE, BUFFERS).

    nice -n 10 .venv/bin/python -m benchmarks.scale_profile --url URL --postings 1000000 [--probes 200]

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
from hirehound.ingest.duplicates import deduplicate

from benchmarks.scale import insert_probes, loaded_vectors, percentile, remove_probes
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


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="a database benchmarks.scale --keep loaded")
    parser.add_argument("--postings", type=int, required=True)
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--slowest", type=int, default=10)
    parser.add_argument("--json", type=Path, help="write every decision's statements here")
    args = parser.parse_args(argv)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    corpus = Corpus(args.postings)
    decisions = profile(args.url, corpus, loaded_vectors(args.url, args.postings), args.probes)
    print_profile(decisions, args.slowest)
    if args.json:
        args.json.write_text(
            json.dumps([d.__dict__ | {"statements": [s.__dict__ for s in d.statements]} for d in decisions])
        )
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
