"""Decide which known company a posting's company is: same domain, same normalized name, or a close name.

The caller fetches the candidates (companies sharing the :func:`blocking_key`, plus the one with the domain)
and passes them in; :func:`match_company` is pure.

Order of evidence: an exact domain match wins outright. Otherwise a candidate whose domain is known and
differs from the posting's known domain is ruled out (two "Delta"s with different sites are different
companies), then an exact normalized name wins, then the best fuzzy name score at or above
:data:`FUZZY_THRESHOLD`; else the company is new.

Fuzzy score (0-100): the larger of rapidfuzz's ``token_sort_ratio`` (word order does not matter) and the
plain Indel ``ratio`` of the names with spaces removed ("pricewaterhouse coopers" = "pricewaterhousecoopers").
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import Field
from rapidfuzz import fuzz

from hirehound.companies.names import normalize_company_name
from hirehound.ingest.models import Model

# Chosen on the labelled pairs in tests/unit/test_company_names.py (40 same-company, 40 look-alike pairs).
# At 93 no look-alike pair merges and 31/40 same-company pairs do; at 92 "marvell"/"marvel" and
# "sanofi"/"santofi" (92.3) merge. One edit in a name of six letters or fewer scores below 93, so short names
# must match exactly while long names tolerate a typo or a missing letter. A wrong merge puts postings under
# the wrong employer; a missed one leaves a duplicate company that can be merged later, so precision wins.
FUZZY_THRESHOLD = 93.0
BLOCKING_KEY_LENGTH = 3


class MatchDecision(StrEnum):
    DOMAIN = "domain"
    EXACT_NAME = "exact_name"
    FUZZY = "fuzzy"
    NEW = "new"


class CompanyCandidate(Model):
    """A known company as the matcher needs it (a ``companies`` row)."""

    id: int
    normalized_name: str
    domain: str | None = None


class MatchResult(Model):
    decision: MatchDecision
    candidate_id: int | None = Field(None, description="the matched company; None when decision is 'new'")
    score: float = Field(
        ge=0.0,
        le=100.0,
        description="100 for a domain/exact match, else the best fuzzy score (also for 'new')",
    )
    normalized_name: str = Field(description="the posting company's normalized name, for a new row")


def blocking_key(normalized_name: str) -> str:
    """The first three characters of the normalized name without spaces: the DB fetches candidates by it.

    Names that differ in their first three letters are never compared, a deliberate recall cost that keeps
    the candidate set per lookup small.
    """
    return normalized_name.replace(" ", "")[:BLOCKING_KEY_LENGTH]


def name_similarity(left: str, right: str) -> float:
    """0-100 similarity of two normalized names (see the module docstring)."""
    return max(
        fuzz.token_sort_ratio(left, right, processor=None),
        fuzz.ratio(left.replace(" ", ""), right.replace(" ", ""), processor=None),
    )


def match_company(
    name: str,
    domain: str | None,
    candidates: Sequence[CompanyCandidate],
    *,
    threshold: float = FUZZY_THRESHOLD,
) -> MatchResult:
    """Match a posting's company (raw name, registered domain or None) against known companies.

    Ties go to the earliest candidate in ``candidates``.
    """
    normalized = normalize_company_name(name)
    domain = domain.lower() if domain else None
    if domain is not None:
        for candidate in candidates:
            if candidate.domain is not None and candidate.domain.lower() == domain:
                return MatchResult(
                    decision=MatchDecision.DOMAIN,
                    candidate_id=candidate.id,
                    score=100.0,
                    normalized_name=normalized,
                )
    compatible = [c for c in candidates if domain is None or c.domain is None or c.domain.lower() == domain]
    best_score = 0.0
    if normalized:
        for candidate in compatible:
            if candidate.normalized_name == normalized:
                return MatchResult(
                    decision=MatchDecision.EXACT_NAME,
                    candidate_id=candidate.id,
                    score=100.0,
                    normalized_name=normalized,
                )
        best: CompanyCandidate | None = None
        for candidate in compatible:
            score = name_similarity(normalized, candidate.normalized_name)
            if score > best_score:
                best, best_score = candidate, score
        if best is not None and best_score >= threshold:
            return MatchResult(
                decision=MatchDecision.FUZZY,
                candidate_id=best.id,
                score=round(best_score, 2),
                normalized_name=normalized,
            )
    return MatchResult(
        decision=MatchDecision.NEW, candidate_id=None, score=round(best_score, 2), normalized_name=normalized
    )
