"""How queries search the HNSW index on ``postings.embedding`` (pgvector >= 0.8).

Chosen from ``benchmarks/scale.py`` (README, "Dedup and search at scale"): ``EF_SEARCH`` is the size
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
fixed setting falls as the table grows: at 1,000,000 postings 0.912 at 100, 0.931 at 200, 0.950 at 400,
0.971 at 800. 100 stays: the duplicate decision, the main caller, decides every planted case right at 100
at 1M, and each doubling adds ~5-10 ms to it; a search that needs recall >= 0.95 at 1M wants 400."""


def scan_settings(conn: Connection) -> None:
    """Apply the settings until the end of the current transaction (call it inside one)."""
    conn.execute(
        "SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true),"
        " set_config('hnsw.ef_search', %s, true)",
        (str(EF_SEARCH),),
    )
