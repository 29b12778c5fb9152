"""The enrichment workflow's Lambda stages: load, call the domain logic, store. Each is idempotent."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from hirehound.companies.matching import CompanyCandidate, match_company
from hirehound.db import enrichment as repo
from hirehound.db.pool import transaction
from hirehound.enrich import size
from hirehound.enrich.merge import ProviderOutcome, merge, value

PROVIDER_TASK_TIMEOUT_S = 1800
PROVIDER_TASK_HEARTBEAT_S = 600


def deduplicate(company_id: int) -> dict[str, Any]:
    """Merge the company into an older live one it matches (domain, exact or fuzzy name); the workflow
    then enriches the survivor. Returns the surviving id and the query the providers are asked."""
    with transaction() as conn:
        company = repo.load(conn, company_id)
        survivor = company
        if company["merged_into"] is not None:
            survivor = repo.load(conn, company["merged_into"])
        else:
            candidates = [CompanyCandidate(**row) for row in repo.match_candidates(conn, company)]
            older = [c for c in candidates if c.id < company_id]
            match = match_company(company["name"], company["domain"], older)
            if match.candidate_id is not None:
                repo.mark_merged(conn, company_id, match.candidate_id)
                survivor = repo.load(conn, match.candidate_id)
    return {
        "company_id": survivor["id"],
        "merged_from": company_id if survivor["id"] != company_id else None,
        "query": {"company_id": survivor["id"], "name": survivor["name"], "domain": survivor["domain"]},
        "provider_wait": provider_wait(),
    }


def provider_wait() -> dict[str, int]:
    """How long the fan-out waits for a provider worker's answer (``TimeoutSecondsPath``) and for its
    heartbeat (``HeartbeatSecondsPath``); a worker that died with the token costs at most that. From
    ``HIREHOUND_PROVIDER_TASK_TIMEOUT_S`` / ``..._HEARTBEAT_S``; the heartbeat stays below the timeout."""
    timeout = max(2, int(os.environ.get("HIREHOUND_PROVIDER_TASK_TIMEOUT_S", PROVIDER_TASK_TIMEOUT_S)))
    heartbeat = int(os.environ.get("HIREHOUND_PROVIDER_TASK_HEARTBEAT_S", PROVIDER_TASK_HEARTBEAT_S))
    return {"timeout_s": timeout, "heartbeat_s": max(1, min(heartbeat, timeout - 1))}


def merge_providers(company_id: int, outcomes: Sequence[ProviderOutcome]) -> dict[str, Any]:
    with transaction() as conn:
        company = repo.load(conn, company_id)
        profile = merge(outcomes, company)
        website = value(profile, "website") or (f"https://{company['domain']}" if company["domain"] else None)
        repo.save_profile(conn, company_id, profile, website)
    return {
        "fields": sorted(profile["fields"]),
        "sources": {k: v["status"] for k, v in profile["sources"].items()},
    }


def estimate_size(company_id: int) -> dict[str, Any]:
    with transaction() as conn:
        company = repo.load(conn, company_id)
        entry = company["profile"].get("fields", {}).get("employee_count", {})
        counts = [int(v) for v in [entry.get("value"), *entry.get("alternatives", {}).values()] if v]
        result = size.estimate(counts, repo.job_count(conn, company_id))
        repo.save_size(conn, company_id, result.size_range, result.confidence, result.model_dump(mode="json"))
    return {"size_range": result.size_range, "confidence": result.confidence}


def propagate(company_id: int) -> dict[str, Any]:
    with transaction() as conn:
        changed = repo.propagate(conn, company_id)
    return {"postings_updated": changed}
