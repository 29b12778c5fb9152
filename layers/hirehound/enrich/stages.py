"""The enrichment workflow's Lambda stages: load, call the domain logic, store. Each is idempotent."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import httpx

from hirehound.companies.matching import CompanyCandidate, match_company
from hirehound.db import enrichment as repo
from hirehound.db.pool import transaction
from hirehound.embeddings import get_embedder
from hirehound.enrich import geo, industry, logo, size
from hirehound.enrich.merge import ProviderOutcome, merge, value
from hirehound.errors import PermanentError

SITE_TIMEOUT = httpx.Timeout(10.0, connect=3.0)
USER_AGENT = "HirehoundBot/0.1 (+https://hirehound.example/bot)"
COMPANY_EMBEDDER = "hashing"
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


def scrape_logo(company_id: int, client: httpx.Client | None = None) -> dict[str, Any]:
    """The logo from the company's site, else the merged provider logo; `found` says which."""
    with transaction() as conn:
        company = repo.load(conn, company_id)
    found: logo.Logo | None = None
    if company["website"]:
        own = client or httpx.Client(timeout=SITE_TIMEOUT, headers={"User-Agent": USER_AGENT})
        try:
            found = logo.scrape_logo(own, company["website"])
        except PermanentError:
            found = None
        finally:
            if client is None:
                own.close()
    if found is None and (provider_logo := value(company["profile"], "logo_url")):
        found = logo.Logo(url=provider_logo, kind="provider")
    with transaction() as conn:
        if found is not None:
            repo.save_logo(conn, company_id, found.url, found.width, found.height)
    return {"found": found is not None, "kind": found.kind if found else None}


def classify_industry(company_id: int) -> dict[str, Any]:
    with transaction() as conn:
        company = repo.load(conn, company_id)
        fields = company["profile"].get("fields", {})
        labels = [
            v
            for v in [
                value(company["profile"], "industry"),
                *fields.get("industry", {}).get("alternatives", {}).values(),
            ]
            if v
        ]
        text = " ".join(filter(None, [company["name"], value(company["profile"], "description")]))
        result = industry.classify(labels, text, get_embedder())  # the configured (semantic) one
        repo.save_industry(conn, company_id, result.industry, result.model_dump(mode="json"))
    return {"industry": result.industry, "confidence": result.confidence, "method": result.method}


def estimate_size(company_id: int) -> dict[str, Any]:
    with transaction() as conn:
        company = repo.load(conn, company_id)
        entry = company["profile"].get("fields", {}).get("employee_count", {})
        counts = [int(v) for v in [entry.get("value"), *entry.get("alternatives", {}).values()] if v]
        result = size.estimate(counts, repo.job_count(conn, company_id))
        repo.save_size(conn, company_id, result.size_range, result.confidence, result.model_dump(mode="json"))
    return {"size_range": result.size_range, "confidence": result.confidence}


def geocode_hq(company_id: int) -> dict[str, Any]:
    with transaction() as conn:
        company = repo.load(conn, company_id)
        city = value(company["profile"], "hq_city") or company["hq_city"]
        country = value(company["profile"], "hq_country") or company["hq_country_code"]
        place = geo.geocode(city, country)
        if place is not None:
            repo.save_location(
                conn, company_id, place.city, place.country_code, place.latitude, place.longitude
            )
        elif city:
            repo.save_location(conn, company_id, city, geo.country_code(country), None, None)
    return {"found": place is not None, "city": place.city if place else city}


def embed(company_id: int) -> dict[str, Any]:
    """The company vector (name, industry, size, HQ, description) with the configured company embedder."""
    with transaction() as conn:
        company = repo.load(conn, company_id)
        text = ". ".join(
            filter(
                None,
                [
                    company["name"],
                    company["industry"],
                    company["size_range"],
                    company["hq_city"],
                    value(company["profile"], "description"),
                ],
            )
        )
        embedder = get_embedder(os.environ.get("HIREHOUND_COMPANY_EMBEDDER", COMPANY_EMBEDDER))
        repo.save_embedding(conn, company_id, embedder.embed([text])[0])
    return {"model": embedder.model_id}


def propagate(company_id: int) -> dict[str, Any]:
    with transaction() as conn:
        changed = repo.propagate(conn, company_id)
    return {"postings_updated": changed}
