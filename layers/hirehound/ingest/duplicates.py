"""Ingestion units for duplicates: the verdict (exact, near, semantic), the deep check, the cluster."""

from __future__ import annotations

from typing import Any

import numpy as np

from hirehound.db import duplicates, postings
from hirehound.db.pool import transaction
from hirehound.ingest import dedup
from hirehound.ingest.models import Location

#: Nearest neighbours (overall, and of the same company) looked at for a semantic duplicate.
SEMANTIC_NEIGHBOURS = 10


def deduplicate(posting_id: int) -> dict[str, Any]:
    """Exact hash, then near-duplicate text (MinHash LSH), then semantic neighbours; a verdict.

    The semantic candidate is the nearest neighbour whose company, title, location and salary agree
    (:func:`dedup.metadata_conflicts`): the embedding ranks, the metadata blocks. A stage runs only
    when the ones before it decided nothing (an exact match needs no near candidates, a near duplicate
    no neighbours): its result could not change the verdict.
    """
    with transaction() as conn:
        row = postings.load(conn, posting_id)
        duplicates.lock_scope(conn, row["company_id"])
        company = row["raw"].get("company_name")
        content_hash = dedup.content_hash(row["title"], company, row["description_text"])
        signature = dedup.minhash_signature(row["description_text"])
        band_keys = dedup.lsh_band_keys(signature)
        duplicates.save_signatures(
            conn, posting_id, content_hash=content_hash, minhash=signature, band_keys=band_keys
        )
        exact = duplicates.exact_match(conn, posting_id, content_hash)
        near = None
        if exact is None:
            near = max(
                (
                    (r["id"], dedup.estimated_jaccard(signature, r["minhash"]))
                    for r in duplicates.near_candidates(conn, posting_id, band_keys)
                ),
                key=lambda pair: pair[1],
                default=None,
            )
        semantic = None
        decided = exact is not None or (near is not None and near[1] >= dedup.NEAR_DUPLICATE_JACCARD)
        if row["embedding"] is not None and not decided:
            me = posting_meta(postings.dedup_facts(conn, posting_id))
            semantic = next(
                (
                    (int(r["id"]), float(r["cosine"]))
                    for r in postings.semantic_candidates(
                        conn,
                        posting_id,
                        row["embedding"],
                        row["company_id"],
                        SEMANTIC_NEIGHBOURS,
                        row["country_code"],
                    )
                    if not dedup.metadata_conflicts(me, posting_meta(r))[0]
                ),
                None,
            )
    verdict = dedup.classify_duplicate(
        exact is not None, near[1] if near else None, semantic[1] if semantic else None
    )
    if exact is not None:
        return _verdict(verdict, exact, "exact", 1.0)
    if near and near[1] >= dedup.NEAR_DUPLICATE_JACCARD:
        return _verdict(verdict, near[0], "near", near[1])
    if semantic and verdict == dedup.DuplicateVerdict.POSSIBLE:
        return _verdict(verdict, semantic[0], "semantic", semantic[1])
    return _verdict(verdict, None, None, None)


def _verdict(
    verdict: dedup.DuplicateVerdict, candidate: int | None, kind: str | None, similarity: float | None
) -> dict[str, Any]:
    return {
        "verdict": str(verdict),
        "candidate_id": candidate,
        "kind": kind,
        "similarity": None if similarity is None else round(float(similarity), 4),
    }


def deep_check(posting_id: int, candidate_id: int) -> dict[str, Any]:
    """Decide whether a possible duplicate is the same job as its candidate."""
    with transaction() as conn:
        a, b = postings.load(conn, posting_id), postings.load(conn, candidate_id)
        meta_a = posting_meta(postings.dedup_facts(conn, posting_id))
        meta_b = posting_meta(postings.dedup_facts(conn, candidate_id))
    cosine = None
    if a["embedding"] is not None and b["embedding"] is not None:
        cosine = float(np.dot(a["embedding"].to_numpy(), b["embedding"].to_numpy()))
    result = dedup.deep_check(
        a["description_text"] or "", b["description_text"] or "", meta_a, meta_b, semantic_cosine=cosine
    )
    verdict = "exact" if result.same_job else "unique"  # 'exact' routes to the duplicate path
    kind = (
        ("near" if result.text_similarity >= dedup.TEXT_SIMILARITY_MIN else "semantic")
        if result.same_job
        else None
    )
    return {
        "verdict": verdict,
        "candidate_id": candidate_id if result.same_job else None,
        "kind": kind,
        "similarity": round(max(result.text_similarity, cosine or 0.0), 4),
        "reasons": list(result.reasons),
    }


def posting_meta(facts: dict[str, Any]) -> dedup.PostingMeta:
    """The deep check's view of a posting, from :func:`postings.dedup_facts` (or a candidate row)."""
    location = Location(city=facts["city"], region=facts["region"], country_code=facts["country_code"])
    return dedup.PostingMeta(
        title=facts["title"],
        company_name=facts["company_name"],
        company_id=facts["company_id"],
        company_domain=facts["company_domain"],
        location=location if any((location.city, location.region, location.country_code)) else None,
        remote_mode=facts["remote_mode"],
        salary_annual_min=facts["salary_annual_min"],
        salary_annual_max=facts["salary_annual_max"],
        salary_currency=facts["salary_currency"],
        skills=frozenset(facts["skills"]),
    )


def cluster(
    posting_id: int, candidate_id: int | None, kind: str | None, similarity: float | None
) -> dict[str, Any]:
    """Join the candidate's cluster as a duplicate, or start (keep) this posting's own cluster."""
    with transaction() as conn:
        # Locked, the posting and its candidate in id order: two runs of one page at once (at-least-once
        # Express), or a page and its duplicate clustered at once, would both start the same cluster
        # (cluster_members_current_uq).
        for locked in sorted({posting_id} if candidate_id is None else {posting_id, candidate_id}):
            postings.load(conn, locked, lock=True)
        if candidate_id is None:
            cluster_id = duplicates.start_cluster(conn, posting_id)
            duplicates.mark_duplicate(conn, posting_id, duplicate_of=None, kind=None)
        else:
            cluster_id = duplicates.start_cluster(conn, candidate_id)
            duplicates.join_cluster(conn, cluster_id, posting_id, kind or "duplicate", similarity)
            duplicates.mark_duplicate(conn, posting_id, duplicate_of=candidate_id, kind=kind)
    return {"posting_id": posting_id, "cluster_id": cluster_id, "duplicate": candidate_id is not None}
