"""Hybrid search over published postings: full-text rank and vector distance fused by Reciprocal Rank
Fusion (RRF).

Each side ranks its own candidates with the filters applied inside it, so the HNSW index
(``postings_embedding_half_idx``) and the GIN index (``postings_search_idx``) serve them directly:

* text: ``websearch_to_tsquery('english', query)`` against ``search_document``, ranked by ``ts_rank_cd``
  (title weight A beats a mention in the description, D) among the ``TEXT_POOL`` newest matches. The
  newest postings' partial index (:mod:`hirehound.db.recent_search`) answers first; the whole table is
  read through ``postings_search_country_idx``, a GIN index of the document with the posting's country
  as one more lexeme (:func:`tagged_document`), so a country filter is a lexeme of the index scan and
  no longer a bitmap of the country's rows ANDed with every posting's matches;
* vector: ``embedding <=> query_vector`` (cosine distance), nearest first: the candidates are found in
  the half-precision graph (:mod:`hirehound.db.vector_index`) and ranked by the exact distance. With
  filters, pgvector's iterative index scan (``hnsw.iterative_scan``, pgvector >= 0.8; ignored before)
  keeps scanning until enough rows pass them instead of returning fewer than asked.

A posting's score is ``sum(1 / (RRF_K + rank))`` over the sides that found it: robust to the two
scores' incomparable scales, and a posting both sides rank well comes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hirehound.db import recent_search, vector_index
from hirehound.db.pool import Connection

#: RRF's damping constant: 60 is the value of the original paper (Cormack et al., 2009), and keeps a
#: single first place on one side from outweighing consistently good places on both.
RRF_K = 60
#: How many candidates each side contributes before fusion.
CANDIDATES = 100
TEXT_POOL = 500
"""The text side ranks the most recently published this many matches: ranking reads each match's
``search_document``, so ranking all of them costs as many matches as the query has, which grows with
the table (a common word matches a third of it). Walking ``postings_published_idx`` newest first, the
cost stays bounded whatever the table's size (``benchmarks/scale.py``)."""


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions every hit must meet; ``None`` / empty means no restriction."""

    country_code: str | None = None
    city: str | None = None
    remote_mode: str | None = None
    employment_type: str | None = None
    seniority: str | None = None
    min_salary: float | None = None
    """The posting's annual maximum reaches this (postings without a salary are left out)."""
    currency: str | None = None
    skills: Sequence[str] = field(default_factory=tuple)
    """Every one of these skills (canonical names, any case) is tagged on the posting."""
    company: str | None = None
    """A case-insensitive substring of the company's name."""


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


COUNTRY_LEXEME = "COUNTRY="
"""The prefix of the country lexeme in :func:`tagged_document`: upper case, which no text search
configuration's dictionaries produce from words (they lower-case them), so no query word can match it."""


def tagged_document(alias: str = "p") -> str:
    """The indexed expression of ``postings_search_country_idx`` (migration 0170) for the postings row
    ``alias``: ``search_document`` with one more lexeme, ``COUNTRY=<country_code>`` (none without a
    country). It matches a query of words exactly as ``search_document`` does: the lexeme has no
    position (phrases keep theirs) and equals no word."""
    return (
        f"({alias}.search_document || array_to_tsvector(array_remove("
        f"ARRAY['{COUNTRY_LEXEME}' || nullif({alias}.country_code, '')], NULL)))"
    )


#: The country filter as a ``tsquery`` of its lexeme (built from a tsvector: any text is one lexeme).
_COUNTRY_QUERY = f"array_to_tsvector(ARRAY['{COUNTRY_LEXEME}' || upper(%(country)s)])::text::tsquery"


def _where(filters: SearchFilters, *, country: bool = True) -> tuple[str, dict[str, Any]]:
    """The SQL condition on ``p`` (postings) and ``c`` (companies) and its parameters (``country``:
    with the country filter's clause; without it, the caller matches the country's lexeme)."""
    clauses = ["p.status = 'published'"]
    params: dict[str, Any] = {}
    if filters.country_code:
        if country:
            clauses.append("p.country_code = upper(%(country)s)")
        params["country"] = filters.country_code
    if filters.city:
        clauses.append("lower(p.city) = lower(%(city)s)")
        params["city"] = filters.city
    if filters.remote_mode:
        clauses.append("p.remote_mode = %(remote)s")
        params["remote"] = filters.remote_mode
    if filters.employment_type:
        clauses.append("p.employment_type = %(employment)s")
        params["employment"] = filters.employment_type
    if filters.seniority:
        clauses.append("p.seniority = %(seniority)s")
        params["seniority"] = filters.seniority
    if filters.min_salary is not None:
        clauses.append("p.salary_annual_max >= %(min_salary)s")
        params["min_salary"] = filters.min_salary
    if filters.currency:
        clauses.append("p.salary_currency = upper(%(currency)s)")
        params["currency"] = filters.currency
    if filters.skills:
        clauses.append(
            "NOT EXISTS (SELECT lower(wanted) FROM unnest(%(skills)s::text[]) AS wanted"
            " EXCEPT SELECT lower(s.name) FROM posting_skills ps JOIN skills s ON s.id = ps.skill_id"
            " WHERE ps.posting_id = p.id)"
        )
        params["skills"] = list(filters.skills)
    if filters.company:
        clauses.append("c.name ILIKE %(company)s")
        params["company"] = _like_pattern(filters.company)
    return " AND ".join(clauses), params


def _pool_query(where: str, match: str, extra: str = "") -> str:
    return (
        f"SELECT p.id, p.search_document, q FROM postings p"
        f" LEFT JOIN companies c ON c.id = p.company_id, websearch_to_tsquery('english', %(text)s) q"
        f" WHERE {where} AND {match}{extra}"
        f" ORDER BY p.published_at DESC, p.id DESC LIMIT %(pool)s"
    )


def _whole_table_match(filters: SearchFilters) -> str:
    """The text condition of a query over all postings: through ``postings_search_country_idx``, the
    country filter ANDed into the query as its lexeme (a query of no lexemes still matches nothing)."""
    if not filters.country_code:
        return f"{tagged_document()} @@ q"
    return f"{tagged_document()} @@ (q && {_COUNTRY_QUERY}) AND numnode(q) > 0"


def _text_pool(filters: SearchFilters, params: dict[str, Any]) -> str:
    """The ``text_pool`` CTE (or CTEs): the ``TEXT_POOL`` newest matches. With a horizon
    (:mod:`hirehound.db.recent_search`) first among the postings published since it, through its
    partial index (the only index of the plain ``search_document``, so the planner cannot take the
    whole table's lists for this step); the whole table only when fewer match there (a one-time
    filter: that scan is not run otherwise). The result is the same either way."""
    where, _ = _where(filters)
    whole, _ = _where(filters, country=False)
    whole_table = _pool_query(whole, _whole_table_match(filters))
    if params.get("horizon") is None:
        return f"text_pool AS ({whole_table})"
    enough = "(SELECT count(*) FROM text_recent) >= %(pool)s"
    recent = _pool_query(where, "p.search_document @@ q", " AND p.published_at >= %(horizon)s")
    return (
        f"text_recent AS MATERIALIZED ({recent}),"
        f" text_pool AS (SELECT * FROM text_recent WHERE {enough}"
        f"  UNION ALL ({_pool_query(whole, _whole_table_match(filters), f' AND NOT {enough}')}))"
    )


def hybrid_search(
    conn: Connection,
    text: str,
    embedding: np.ndarray[Any, Any] | None,
    filters: SearchFilters = SearchFilters(),
    *,
    limit: int = 10,
    candidates: int = CANDIDATES,
) -> list[dict[str, Any]]:
    """Published postings matching ``text`` (web-search syntax: quotes, ``or``, ``-word``) and/or near
    ``embedding``, best first, with their fused ``score`` and each side's rank (``None``: not found)."""
    where, params = _where(filters)
    params |= {
        "text": text,
        "vec": embedding,
        "k": RRF_K,
        "candidates": candidates,
        "limit": limit,
        "pool": TEXT_POOL,
    }
    vector_side = (
        f"SELECT p.id, row_number() OVER (ORDER BY p.distance, p.id) AS rank FROM ("
        f"  SELECT p.id, p.embedding <=> %(vec)s AS distance FROM postings p"
        f"  LEFT JOIN companies c ON c.id = p.company_id"
        f"  WHERE {where} AND p.embedding IS NOT NULL"
        f"  ORDER BY {vector_index.distance('p', '%(vec)s')} LIMIT %(candidates)s) p"
        if embedding is not None
        else "SELECT NULL::bigint AS id, NULL::bigint AS rank WHERE false"
    )
    with conn.transaction():
        params["horizon"] = recent_search.horizon(conn)
        vector_index.scan_settings(conn)
        # Planned with the filter values bound, also once psycopg has prepared the statement (after 5
        # runs Postgres may switch to a generic plan): a country filter can then use that country's
        # partial HNSW index (hirehound.db.country_indexes), and the text side the partial index of
        # the newest postings (its horizon a constant the planner can compare with the index's).
        conn.execute("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
        return conn.execute(_query(filters, params, vector_side).encode(), params).fetchall()


def _query(filters: SearchFilters, params: dict[str, Any], vector_side: str) -> str:
    return (
        f"WITH {_text_pool(filters, params)}, text_side AS ("
        f"  SELECT m.id, row_number() OVER (ORDER BY ts_rank_cd(m.search_document, m.q) DESC, m.id) AS rank"
        f"  FROM text_pool m ORDER BY rank LIMIT %(candidates)s),"
        f" vector_side AS ({vector_side}),"
        f" fused AS ("
        f"  SELECT coalesce(t.id, v.id) AS id, t.rank AS text_rank, v.rank AS vector_rank,"
        f"  coalesce(1.0 / (%(k)s + t.rank), 0) + coalesce(1.0 / (%(k)s + v.rank), 0) AS score"
        f"  FROM text_side t FULL JOIN vector_side v ON v.id = t.id)"
        f" SELECT p.id, p.title, c.name AS company, p.city, p.country_code, p.remote_mode,"
        f" p.employment_type, p.seniority, p.salary_annual_min, p.salary_annual_max, p.salary_currency,"
        f" p.url, round(f.score::numeric, 5)::float AS score, f.text_rank, f.vector_rank"
        f" FROM fused f JOIN postings p ON p.id = f.id LEFT JOIN companies c ON c.id = p.company_id"
        f" ORDER BY f.score DESC, p.id LIMIT %(limit)s"
    )
