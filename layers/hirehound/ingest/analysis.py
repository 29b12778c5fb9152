"""Ingestion units after normalization: company matching, skills, embeddings, duplicates, clusters,
indexing, quality, spam. Each loads what it needs, calls the pure logic, saves, and is idempotent."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import numpy as np

from hirehound.companies import matching
from hirehound.companies.names import company_domain, normalize_company_name
from hirehound.config import get_settings
from hirehound.db import companies, duplicates, postings, skills
from hirehound.db.pool import transaction
from hirehound.embeddings import get_embedder
from hirehound.ingest import dedup
from hirehound.ingest.models import Location
from hirehound.ingest.quality import score_quality
from hirehound.ingest.skills import extract_skills as find_skills
from hirehound.ingest.spam import assess_spam
from hirehound.observability import logger

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def match_company(posting_id: int) -> dict[str, Any]:
    """Attach the posting to its company, creating the company (and announcing it) when new."""
    with transaction() as conn:
        raw = postings.load_raw(conn, posting_id)
        name = (raw.company_name or "").strip() or raw.source
        normalized = normalize_company_name(name) or name.casefold()
        domain = company_domain(raw.company_url) if raw.company_url else None
        key = matching.blocking_key(normalized)
        found = companies.candidates(conn, blocking_key=key, domain=domain)
        result = matching.match_company(
            name,
            domain,
            [
                matching.CompanyCandidate(
                    id=r["id"], normalized_name=r["normalized_name"], domain=r["domain"]
                )
                for r in found
            ],
        )
        created = False
        if result.candidate_id is None:
            company_id, created = companies.create(
                conn,
                name=name,
                normalized_name=normalized,
                domain=domain,
                blocking_key=key,
                website=raw.company_url,
            )
        else:
            company_id = result.candidate_id
            companies.fill_domain(conn, company_id, domain)
        postings.set_company(conn, posting_id, company_id)
    if created:
        announce_company(company_id)
    return {"company_id": company_id, "decision": "new" if created else str(result.decision)}


@cache
def _events() -> Any:
    import boto3

    return boto3.client("events")


def announce_company(company_id: int) -> None:
    """Tell the enrichment workflow about a new company: an event, not a direct call."""
    _events().put_events(
        Entries=[
            {
                "Source": "hirehound.ingest",
                "DetailType": "CompanyCreated",
                "Detail": json.dumps({"company_id": company_id}),
                "EventBusName": get_settings().enrichment_event_bus,
            }
        ]
    )


def extract_skills(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        row = postings.load(conn, posting_id)
        hits = find_skills(f"{row['title'] or ''}\n{row['description_text'] or ''}")
        # Sorted: concurrent postings then insert new skill names in one order and cannot deadlock on
        # the skills.name unique index (seen on the corpus: two pages, two new skills, opposite orders).
        rows = sorted((h.name, str(h.category), h.count) for h in hits)
        skills.replace_posting_skills(conn, posting_id, rows)
    return {"posting_id": posting_id, "skills": sorted(h.name for h in hits)}


def embed(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        row = postings.load(conn, posting_id)
    text = f"{row['title'] or ''}\n{row['description_text'] or ''}".strip()
    vector = get_embedder().embed([text])[0] if text else None
    usable = vector is not None and bool(np.any(vector))  # an all-zero vector has no direction
    with transaction() as conn:
        postings.save_embedding(conn, posting_id, vector if usable else None)
    return {"posting_id": posting_id, "embedded": usable}


#: Nearest neighbours (overall, and of the same company) looked at for a semantic duplicate.
SEMANTIC_NEIGHBOURS = 10


def deduplicate(posting_id: int) -> dict[str, Any]:
    """Exact hash, then near-duplicate text (MinHash LSH), then semantic neighbours; a verdict.

    The semantic candidate is the nearest neighbour whose company, title, location and salary agree
    (:func:`dedup.metadata_conflicts`): the embedding ranks, the metadata blocks.
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
        near = max(
            (
                (r["id"], dedup.estimated_jaccard(signature, r["minhash"]))
                for r in duplicates.near_candidates(conn, posting_id, band_keys)
            ),
            key=lambda pair: pair[1],
            default=None,
        )
        semantic = None
        if row["embedding"] is not None:
            me = posting_meta(postings.dedup_facts(conn, posting_id))
            semantic = next(
                (
                    (int(r["id"]), float(r["cosine"]))
                    for r in postings.semantic_candidates(
                        conn, posting_id, row["embedding"], row["company_id"], SEMANTIC_NEIGHBOURS
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
        if candidate_id is None:
            cluster_id = duplicates.start_cluster(conn, posting_id)
            duplicates.mark_duplicate(conn, posting_id, duplicate_of=None, kind=None)
        else:
            cluster_id = duplicates.start_cluster(conn, candidate_id)
            duplicates.join_cluster(conn, cluster_id, posting_id, kind or "duplicate", similarity)
            duplicates.mark_duplicate(conn, posting_id, duplicate_of=candidate_id, kind=kind)
    return {"posting_id": posting_id, "cluster_id": cluster_id, "duplicate": candidate_id is not None}


def index(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        postings.update_search_document(conn, posting_id)
    return {"posting_id": posting_id, "indexed": True}


def score(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        row = postings.load(conn, posting_id)
        result = score_quality(
            postings.clean_from_row(row),
            postings.normalized_from_row(row),
            len(skills.skill_names(conn, posting_id)),
        )
        postings.save_quality(
            conn, posting_id, result.score, [reason.model_dump(mode="json") for reason in result.reasons]
        )
    return {"posting_id": posting_id, "score": result.score}


def detect_spam(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        row = postings.load(conn, posting_id)
        similarity = postings.nearest_spam_similarity(conn, posting_id)
        text = row["description_text"] or ""
        result = assess_spam(
            text,
            title=row["title"] or "",
            company_name=row["raw"].get("company_name"),
            salary_annual_max=float(row["salary_annual_max"])
            if row["salary_annual_max"] is not None
            else None,
            contact_emails=EMAIL.findall(text),
            known_spam_similarity=similarity,
        )
        postings.save_spam(
            conn,
            posting_id,
            result.score,
            str(result.verdict),
            [reason.model_dump(mode="json") for reason in result.reasons],
        )
    logger.debug("spam assessed", extra={"score": result.score, "verdict": str(result.verdict)})
    return {"posting_id": posting_id, "verdict": str(result.verdict), "score": result.score}
