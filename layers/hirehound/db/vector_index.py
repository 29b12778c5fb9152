"""How queries search the HNSW graphs of ``postings.embedding`` (pgvector >= 0.8).

The graphs index the embedding at half precision (``halfvec``, migration 0150): a graph tuple is about
half the size (1,129 MiB against 1,896 at 1,000,000 postings), so more of the graphs fit a buffer cache
beside the table, where a decision read ~2,500 full-precision graph pages from outside
``shared_buffers``. A query orders by :func:`distance` (the indexed expression, so the planner
uses the graph) and re-checks the exact ``embedding <=> query`` distance on the candidates it keeps.

Chosen from ``benchmarks/scale.py`` (docs/scale.md): ``EF_SEARCH`` is the size
of the candidate list of one pass; with ``hnsw.iterative_scan = relaxed_order`` a scan whose rows are
filtered out (duplicates, other companies, other countries) goes on until the LIMIT is filled, instead
of silently returning fewer rows, up to ``hnsw.max_scan_tuples`` (20,000 by default). Callers re-sort
by distance, so the relaxed order costs nothing.
"""

from __future__ import annotations

from hirehound.db.pool import Connection

EF_SEARCH = 100
"""recall@10 of the k-NN query at 200,000 postings (m 16, ef_construction 64; two builds): 0.887-0.897
at pgvector's default of 40, 0.931-0.935 at 64, 0.948-0.965 at 100, 0.959-0.975 at 200. Recall at a
fixed setting falls as the table grows; with the denser graph (m 24, ef_construction 128, migration
0110) it is 0.968-0.981 at 100 at 1,000,000 postings, and the duplicate decision, the main caller,
decides every planted case right at 100 there. The half-precision graph (0150): 0.964 at 100 at 200,000
and 0.966 at 1,000,000, every planted case still right."""

HALF = "halfvec(384)"
"""The graphs' vector type: the embedding (``vector(384)``) at half precision."""
OPS = "halfvec_cosine_ops"


def indexed(alias: str = "p") -> str:
    """The indexed expression for the postings row ``alias``."""
    return f"({alias}.embedding::{HALF})"


def distance(alias: str, query: str) -> str:
    """SQL ordering rows of ``alias`` by cosine distance to ``query`` (a ``vector`` SQL expression or
    placeholder) through the half-precision graph."""
    return f"{indexed(alias)} <=> ({query})::{HALF}"


def scan_settings(conn: Connection) -> None:
    """Apply the settings until the end of the current transaction (call it inside one)."""
    conn.execute(
        "SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true),"
        " set_config('hnsw.ef_search', %s, true)",
        (str(EF_SEARCH),),
    )
