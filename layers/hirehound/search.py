"""Hybrid job search: the query text both as full-text keywords and as an embedding, fused by rank
(see :mod:`hirehound.db.search`), with structured filters."""

from __future__ import annotations

from typing import Any

import numpy as np
from pydantic import Field

from hirehound.db.pool import Connection
from hirehound.db.search import SearchFilters, hybrid_search
from hirehound.embeddings import Embedder, get_embedder
from hirehound.ingest.models import Model

__all__ = ["SearchFilters", "SearchHit", "search"]


class SearchHit(Model):
    """One published posting found, with why: its rank on each side (``None``: that side missed it)."""

    id: int
    title: str | None
    company: str | None
    city: str | None
    country_code: str | None
    remote_mode: str | None
    employment_type: str | None
    seniority: str | None
    salary_annual_min: float | None
    salary_annual_max: float | None
    salary_currency: str | None
    url: str
    score: float = Field(description="Reciprocal Rank Fusion score of the two sides")
    text_rank: int | None
    vector_rank: int | None


def search(
    conn: Connection,
    query: str,
    filters: SearchFilters | None = None,
    *,
    limit: int = 10,
    embedder: Embedder | None = None,
) -> list[SearchHit]:
    """Published postings for ``query``, best first.

    The query is embedded with ``embedder`` (default: the configured one, the same that embedded the
    postings: vectors of different embedders must not be compared). A blank query has no direction
    and no keywords, so it finds nothing.
    """
    if not query.strip():
        return []
    vector: Any = (embedder or get_embedder()).embed([query])[0]
    usable = vector if bool(np.any(vector)) else None
    rows = hybrid_search(conn, query, usable, filters or SearchFilters(), limit=limit)
    return [SearchHit.model_validate(row) for row in rows]
