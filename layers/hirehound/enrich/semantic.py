"""The enrichment stages that use an embedder: the industry and the company vector. Each is idempotent."""

from __future__ import annotations

import os
from typing import Any

from hirehound.db import enrichment as repo
from hirehound.db.pool import transaction
from hirehound.embeddings import get_embedder
from hirehound.enrich import industry
from hirehound.enrich.merge import value

COMPANY_EMBEDDER = "hashing"


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
