"""Measure the semantic-duplicate signals on the ingested corpus: where the thresholds in
``hirehound.ingest.dedup`` come from.

    .venv/bin/hirehound demo                       # ingests samples/ into the embedded database
    .venv/bin/python samples/measure_dedup.py      # or with DATABASE_URL=... for another database

For the labelled cross-channel rewrites (``duplicate_kind == "semantic"``) against their original, and
for every pair of labelled-distinct jobs, it prints the embedding cosine, the skill-set Jaccard and
what the deep check decides on the stored postings, then the semantic recall and the false merges.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers"), str(ROOT / "infra")]

from hirehound.db import postings  # noqa: E402
from hirehound.ingest import dedup, duplicates  # noqa: E402
from hirehound_local.corpus import load_corpus  # noqa: E402
from hirehound_local.postgres import DEFAULT_HOME, create_database, start_embedded  # noqa: E402


def quantiles(label: str, values: list[float]) -> None:
    if not values:
        print(f"  {label:<52} none")
        return
    q = np.quantile(values, [0.0, 0.5, 0.9, 0.999, 1.0])
    print(f"  {label:<52} n={len(values):>6}  min {q[0]:.3f}  median {q[1]:.3f}  p90 {q[2]:.3f}", end="")
    print(f"  p99.9 {q[3]:.3f}  max {q[4]:.3f}")


def main() -> None:
    url = os.environ.get("DATABASE_URL") or create_database(
        start_embedded(DEFAULT_HOME / "pgdata"), "hirehound"
    )
    conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
    register_vector(conn)
    facts: dict[str, dict[str, Any]] = {}
    for row in conn.execute(
        "SELECT r.url, p.id, p.description_text, p.embedding FROM raw_pages r"
        " JOIN postings p ON p.raw_page_id = r.id WHERE p.embedding IS NOT NULL"
    ).fetchall():
        facts[row["url"]] = row | {"meta": duplicates.posting_meta(postings.dedup_facts(conn, row["id"]))}
    labels = [page.labels for page in load_corpus() if page.url in facts]
    ham = [label for label in labels if not label["spam"]]
    original = {label["cluster"]: label["url"] for label in ham if label["duplicate_kind"] is None}

    def cosine(a: str, b: str) -> float:
        return float(np.dot(facts[a]["embedding"].to_numpy(), facts[b]["embedding"].to_numpy()))

    def check(a: str, b: str) -> dedup.DeepCheckResult:
        fa, fb = facts[a], facts[b]
        return dedup.deep_check(
            fa["description_text"] or "",
            fb["description_text"] or "",
            fa["meta"],
            fb["meta"],
            semantic_cosine=cosine(a, b),
        )

    pairs = [
        (label["url"], original[label["cluster"]])
        for label in ham
        if label["duplicate_kind"] == "semantic" and label["cluster"] in original
    ]
    cluster = {label["url"]: label["cluster"] for label in ham}
    distinct = [(a, b) for a, b in itertools.combinations(cluster, 2) if cluster[a] != cluster[b]]
    hard = [
        (a, b)
        for a, b in distinct
        if not dedup.metadata_conflicts(
            facts[a]["meta"], facts[b]["meta"].model_copy(update={"location": None, "remote_mode": None})
        )[0]
    ]
    print(f"database: {url}\nembedding cosine (title + description, as stored):")
    quantiles("labelled semantic duplicates vs their original", [cosine(a, b) for a, b in pairs])
    quantiles("labelled-distinct jobs (any copy), all pairs", [cosine(a, b) for a, b in distinct])
    same_title = [
        (a, b)
        for a, b in distinct
        if dedup.canonical_text(facts[a]["meta"].title) == dedup.canonical_text(facts[b]["meta"].title)
    ]
    quantiles("labelled-distinct jobs with the same title", [cosine(a, b) for a, b in same_title])
    quantiles("labelled-distinct, same company + title (any place)", [cosine(a, b) for a, b in hard])
    print("skill-set Jaccard:")
    jaccard = [dedup.skills_jaccard(facts[a]["meta"], facts[b]["meta"]) for a, b in pairs]
    quantiles("labelled semantic duplicates", [j for j in jaccard if j is not None])
    jaccard = [dedup.skills_jaccard(facts[a]["meta"], facts[b]["meta"]) for a, b in hard]
    quantiles("labelled-distinct, same company + title (any place)", [j for j in jaccard if j is not None])

    print("deep check on the labelled semantic pairs:")
    found = 0
    for a, b in pairs:
        result = check(a, b)
        found += result.same_job
        mark = "same" if result.same_job else "DIFF"
        print(f"  {mark} cos {cosine(a, b):.3f} skills {result.skills_jaccard}  {facts[a]['meta'].title!r}")
        for reason in result.reasons:
            print(f"       - {reason}")
    merges = [(a, b) for a, b in distinct if check(a, b).same_job]
    print(f"semantic recall {found}/{len(pairs)}; false merges of labelled-distinct jobs: {len(merges)}")
    for a, b in merges:
        print(f"  MERGED {facts[a]['meta'].title!r} {a} / {b}")


if __name__ == "__main__":
    main()
