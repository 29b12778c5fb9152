"""benchmarks/scale.py at 50,000 postings: the figures are produced and plausible (no timing asserts),
and the benchmark's fast MinHash path signs exactly as ingestion does."""

from __future__ import annotations

import math

import numpy as np
import psycopg
import pytest
from hirehound.ingest import dedup

from benchmarks import scale
from benchmarks.scale_corpus import Corpus


@pytest.mark.unit
def test_corpus_signatures_and_hashes_equal_the_ingestion_ones() -> None:
    corpus = Corpus(5_000)
    postings = [corpus.posting(i) for i in range(400)]
    assert {"fresh", "exact", "near", "semantic"} <= {p.kind for p in postings}
    for posting, (signature, content_hash) in zip(postings, corpus.signed(postings), strict=True):
        assert signature.tolist() == dedup.minhash_signature(posting.description)
        title = f"{posting.seniority} {posting.title}".strip()
        assert content_hash == dedup.content_hash(title, posting.company.name, posting.description)


@pytest.mark.unit
def test_planted_duplicates_are_what_they_claim() -> None:
    corpus = Corpus(5_000)
    postings = [corpus.posting(i) for i in range(600)]
    vectors = np.zeros((600, 384), dtype=np.float32)
    vectors[:] = corpus.vectors(postings, vectors)
    signatures = corpus.signatures(postings)
    for posting in postings:
        if posting.original is None:
            continue
        original = corpus.posting(posting.original)
        assert original.kind == "fresh"
        jaccard = dedup.estimated_jaccard(
            signatures[posting.index].tolist(), signatures[original.index].tolist()
        )
        cosine = float(vectors[posting.index] @ vectors[original.index])
        if posting.kind == "exact":
            assert posting.description == original.description and cosine == pytest.approx(1.0)
        elif posting.kind == "near":
            assert jaccard >= dedup.NEAR_DUPLICATE_JACCARD and cosine > 0.95
        else:
            assert jaccard < 0.5 and dedup.SEMANTIC_POSSIBLE_COSINE < cosine < 0.95


@pytest.mark.unit
@pytest.mark.parametrize("size", [50_000, 200_000, 1_000_000])
def test_the_warm_up_probes_copy_other_originals_than_the_timed_ones(size: int) -> None:
    # a timed near copy whose original a warm-up probe copied too finds that twin first (an exact match)
    corpus = Corpus(size)
    timed = scale.plan_probes(corpus, 200)
    warmup = scale.plan_probes(corpus, scale.WARMUP, scale._WARMUP_SET)
    assert {p.kind for p in warmup} == {"exact", "near", "semantic", "fresh"}
    originals = {p.original for p in timed if p.original is not None}
    assert originals.isdisjoint(p.original for p in warmup if p.original is not None)
    assert {p.index for p in timed}.isdisjoint(p.index for p in warmup)


@pytest.mark.integration
@pytest.mark.timeout(900)
def test_scale_benchmark_at_50k_postings(db: str) -> None:
    report = scale.run(db, 50_000, probes=40, queries=40, maintenance_mem="512MB")
    scale.print_report(report)  # shown with -s, or when an assert fails

    assert report.load_seconds > 0 and report.table_bytes > 50_000 * 1000
    built = {build.name: build for build in report.builds}
    assert {
        scale.GRAPH,
        "posting_lsh_bands_key_idx",
        "postings_search_country_idx",
        "posting_signatures_content_hash_idx",
    } <= set(built)
    assert built[scale.GRAPH].bytes > 50_000 * 384 * 2  # every vector is in the graph, at half precision

    assert len(report.dedup_ms) == 40 and all(ms > 0 for ms in report.dedup_ms)
    assert report.dedup_found["exact"] == (10, 10)
    assert report.dedup_found["near"] == (10, 10)
    assert report.dedup_found["semantic"][0] >= 8
    assert report.dedup_found["fresh"][0] >= 8
    assert report.dedup_seq_scans == 0  # every lookup of the decision went through an index

    assert report.knn_uses_index
    assert set(report.recall) == set(scale.EF_SEARCH)
    assert all(0.5 <= recall <= 1.0 and math.isfinite(p95) for recall, p95 in report.recall.values())
    assert max(recall for recall, _ in report.recall.values()) >= 0.9

    assert len(report.search_ms) == 40 and report.search_hits >= 40 * 5

    # --measure-only on the kept database: the vectors read back, the probes of the run above removed
    again = scale.run(db, 50_000, probes=8, queries=8, loaded=True)
    assert again.builds == [] and len(again.dedup_ms) == 8
    assert again.dedup_found["exact"] == (2, 2) and again.dedup_found["near"] == (2, 2)
    assert again.recall[100][0] == pytest.approx(report.recall[100][0], abs=0.1)
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT count(*), max(id) FROM postings").fetchone() == (50_000, 50_000)
        assert conn.execute("SELECT count(*) FROM posting_signatures").fetchone() == (50_000,)
