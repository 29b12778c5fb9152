"""Cluster revalidation: re-pick each cluster's canonical posting and split off the members that no
longer match it.

A member still matches when ingestion would decide the same today: the same content hash, or a near
(MinHash) or semantic (embedding) match that :func:`hirehound.ingest.dedup.classify_duplicate` calls
possible and the deep check (:func:`hirehound.ingest.duplicates.deep_check`) confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from hirehound.db import clusters, duplicates
from hirehound.db.pool import transaction
from hirehound.ingest import dedup, publishing
from hirehound.ingest import duplicates as ingest_duplicates

LIVE = frozenset({"published", "duplicate"})

DeepCheck = Callable[[int, int], bool]


@dataclass(frozen=True)
class Match:
    same: bool
    kind: str | None  # exact | near | semantic when same
    similarity: float | None


def _cosine(a: Any, b: Any) -> float | None:
    if a is None or b is None:
        return None
    return float(np.dot(a.to_numpy(), b.to_numpy()))


def confirmed_by_deep_check(posting_id: int, candidate_id: int) -> bool:
    """Ingestion's deep check of a possible duplicate against its candidate."""
    return bool(ingest_duplicates.deep_check(posting_id, candidate_id)["verdict"] == "exact")


def still_matches(member: dict[str, Any], canonical: dict[str, Any], deep_check: DeepCheck) -> Match:
    """Ingestion's duplicate decision for `member` against `canonical` (rows of `clusters.members`)."""
    if member["content_hash"] and member["content_hash"] == canonical["content_hash"]:
        return Match(True, "exact", 1.0)
    jaccard = None
    if member["minhash"] and canonical["minhash"]:
        jaccard = dedup.estimated_jaccard(member["minhash"], canonical["minhash"])
    cosine = _cosine(member["embedding"], canonical["embedding"])
    verdict = dedup.classify_duplicate(False, jaccard, cosine)
    if verdict is not dedup.DuplicateVerdict.POSSIBLE or not deep_check(member["id"], canonical["id"]):
        return Match(False, None, None)
    if jaccard is not None and jaccard >= dedup.NEAR_DUPLICATE_JACCARD:
        return Match(True, "near", round(jaccard, 4))
    return Match(True, "semantic", None if cosine is None else round(cosine, 4))


def pick_canonical(members: list[dict[str, Any]], current: int) -> int:
    """Keep the current canonical while it is live; else the live member with the best quality (then
    the oldest); the current one when none is live."""
    by_id = {m["id"]: m for m in members}
    if current in by_id and by_id[current]["status"] in LIVE:
        return current
    live = [m for m in members if m["status"] in LIVE]
    if not live:
        return current
    best = min(live, key=lambda m: (-(m["quality_score"] or 0.0), m["id"]))
    return int(best["id"])


def revalidate_cluster(cluster_id: int, deep_check: DeepCheck = confirmed_by_deep_check) -> dict[str, Any]:
    """Re-pick the canonical and split non-matching live members into clusters of their own."""
    with transaction() as conn:
        current = clusters.canonical(conn, cluster_id)
        members = clusters.members(conn, cluster_id)
    if current is None or len(members) < 2:
        return {"cluster_id": cluster_id, "canonical_changed": False, "split": []}
    canonical_id = pick_canonical(members, current)
    by_id = {m["id"]: m for m in members}
    canonical = by_id.get(canonical_id)
    if canonical is None:  # the canonical left the cluster: nothing sound to compare against
        return {"cluster_id": cluster_id, "canonical_changed": False, "split": []}
    decisions = {
        m["id"]: still_matches(m, canonical, deep_check)
        for m in members
        if m["id"] != canonical_id and m["status"] in LIVE
    }
    split = sorted(pid for pid, match in decisions.items() if not match.same)
    with transaction() as conn:
        duplicates.lock_scope(conn, canonical["company_id"])  # as ingestion's duplicate decisions do
        if clusters.canonical(conn, cluster_id, lock=True) != current:
            return {"cluster_id": cluster_id, "canonical_changed": False, "split": [], "raced": True}
        clusters.set_canonical(conn, cluster_id, canonical_id)
        duplicates.mark_duplicate(conn, canonical_id, duplicate_of=None, kind=None)
        for pid, match in decisions.items():
            if match.same:
                duplicates.mark_duplicate(conn, pid, duplicate_of=canonical_id, kind=match.kind)
            else:
                clusters.leave(conn, cluster_id, pid)
                duplicates.start_cluster(conn, pid)
                duplicates.mark_duplicate(conn, pid, duplicate_of=None, kind=None)
    for pid in [canonical_id, *decisions]:
        if by_id[pid]["status"] in LIVE:
            publishing.publish(pid)  # the publication decision again: canonical and split-off ones publish
    return {"cluster_id": cluster_id, "canonical_changed": canonical_id != current, "split": split}


def run(deep_check: DeepCheck = confirmed_by_deep_check) -> dict[str, Any]:
    """Revalidate every cluster with more than one member."""
    with transaction() as conn:
        ids = [int(row["id"]) for row in clusters.with_members(conn)]
    results = [revalidate_cluster(cluster_id, deep_check) for cluster_id in ids]
    return {
        "clusters": len(ids),
        "canonical_changed": sum(1 for r in results if r["canonical_changed"]),
        "split_postings": sum(len(r["split"]) for r in results),
    }
