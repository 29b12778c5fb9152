"""Ingestion units after normalization: company matching, skills, indexing, quality, spam. Each loads
what it needs, calls the pure logic, saves, and is idempotent."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from hirehound.companies.identity import company_keys, resolve
from hirehound.config import get_settings
from hirehound.db import companies, postings, skills
from hirehound.db.pool import transaction
from hirehound.ingest.quality import score_quality
from hirehound.ingest.skills import extract_skills as find_skills
from hirehound.ingest.spam import assess_posting
from hirehound.observability import logger


def match_company(posting_id: int) -> dict[str, Any]:
    """Attach the posting to its company, creating the company (and announcing it) when new."""
    with transaction() as conn:
        raw = postings.load_raw(conn, posting_id)
    keys = company_keys(raw.company_name, company_url=raw.company_url, page_url=raw.url, source=raw.source)
    with transaction() as conn:  # the key locks are held only for the lookup and the writes
        found = resolve(companies.PostgresCompanies(conn), keys, website=raw.company_url)
        postings.set_company(conn, posting_id, found.company_id)
    if found.created:
        announce_company(found.company_id)
    return {"company_id": found.company_id, "decision": str(found.decision), "merged": list(found.merged)}


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
        # Locked: two runs of one page at once (at-least-once Express) would otherwise both delete the
        # posting's skills, then collide inserting them (posting_skills_pkey).
        row = postings.load(conn, posting_id, lock=True)
        hits = find_skills(f"{row['title'] or ''}\n{row['description_text'] or ''}")
        # Sorted: concurrent postings then insert new skill names in one order and cannot deadlock on
        # the skills.name unique index (seen on the corpus: two pages, two new skills, opposite orders).
        rows = sorted((h.name, str(h.category), h.count) for h in hits)
        skills.replace_posting_skills(conn, posting_id, rows)
    return {"posting_id": posting_id, "skills": sorted(h.name for h in hits)}


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
        stored = row["embedding"]  # the Embed stage's vector, read with the posting (a pgvector Vector)
        result = assess_posting(
            postings.clean_from_row(row),
            postings.normalized_from_row(row),
            known_spam_similarity=similarity,
            embedding=None if stored is None else stored.to_numpy(),
            embedder=get_settings().embedder,  # the one that made it (every stage has the same setting)
        )
        postings.save_spam(
            conn,
            posting_id,
            result.score,
            str(result.verdict),
            [reason.model_dump(mode="json") for reason in result.reasons],
        )
    if result.embedding_note is not None and result.model_probability is not None:
        # no vector (no text) is routine; a stored one that cannot be read is not
        log = logger.info if stored is None else logger.warning
        log("spam scored without the posting's vector", extra={"reason": result.embedding_note})
    logger.debug(
        "spam assessed",
        extra={"score": result.score, "verdict": str(result.verdict), "embedding": result.embedding_used},
    )
    return {"posting_id": posting_id, "verdict": str(result.verdict), "score": result.score}
