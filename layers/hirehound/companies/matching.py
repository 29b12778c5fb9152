"""Decide which known company a posting's company is: same domain, same ATS board, same cleaned name, or a
close name.

The caller fetches the candidates (companies sharing the :func:`blocking_key`, the domain or the board)
and passes them in; :func:`match_company` is pure.

Evidence, strongest first:

1. the company's **domain** (its website or the posting's own site, never an ATS or a job board);
2. its **ATS board** ("greenhouse.io/acme": one account is one employer), or a board whose account name
   is the candidate's domain name, or the other way round ("lever.co/everfield" and "everfield.ag");
3. the **cleaned name** (:func:`~hirehound.companies.names.normalize_company_name`: careers-page framing
   and legal forms removed), equal to a candidate's name or to a name the candidate was already seen
   under with domain or board evidence;
4. a **fuzzy** score of the cleaned core names at or above :data:`FUZZY_THRESHOLD`.

A candidate that contradicts the posting is ruled out for 2-4: a known domain different from the posting's
known domain (two "Delta"s with different sites are different companies), or a board of the same ATS
under another account. Everything else that the posting ties to the chosen company by equal evidence
(another candidate on the same board, or with the same cleaned name) and that contradicts neither is
reported in ``MatchResult.same_as``: the caller merges those rows, so the result does not depend on the
order in which pages arrive.

Fuzzy score (0-100), on the core names (:func:`~hirehound.companies.names.core_name`: "Group",
"Holdings", "International"... dropped from the end): the larger of rapidfuzz's ``token_sort_ratio`` (word
order does not matter) and the plain Indel ``ratio`` of the names with spaces removed
("pricewaterhouse coopers" = "pricewaterhousecoopers").
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import Field
from rapidfuzz import fuzz

from hirehound.companies.names import board_handle, core_name, domain_label, normalize_company_name
from hirehound.ingest.models import Model

# Chosen on the labelled pairs in tests/unit/test_company_names.py (40 same-company, 40 look-alike pairs).
# At 93 no look-alike pair merges and 31/40 same-company pairs do; at 92 "marvell"/"marvel" and
# "sanofi"/"santofi" (92.3) merge. One edit in a name of six letters or fewer scores below 93, so short names
# must match exactly while long names tolerate a typo or a missing letter. A wrong merge puts postings under
# the wrong employer; a missed one leaves a duplicate company that can be merged later, so precision wins.
FUZZY_THRESHOLD = 93.0
BLOCKING_KEY_LENGTH = 3
_MIN_HANDLE = 4  # shorter handles ("hr", "abc") say too little


class MatchDecision(StrEnum):
    DOMAIN = "domain"
    BOARD = "board"
    EXACT_NAME = "exact_name"
    FUZZY = "fuzzy"
    NEW = "new"


class CompanyCandidate(Model):
    """A known company as the matcher needs it (a ``companies`` row and its keys)."""

    id: int
    normalized_name: str
    domain: str | None = None
    names: tuple[str, ...] = Field((), description="other cleaned names seen with domain or board evidence")
    boards: tuple[str, ...] = Field((), description="ATS boards, e.g. 'greenhouse.io/acme'")

    def all_names(self) -> tuple[str, ...]:
        return (self.normalized_name, *self.names)


class MatchResult(Model):
    decision: MatchDecision
    candidate_id: int | None = Field(None, description="the matched company; None when decision is 'new'")
    score: float = Field(
        ge=0.0,
        le=100.0,
        description="100 for a domain/board/exact match, else the best fuzzy score (also for 'new')",
    )
    normalized_name: str = Field(description="the posting company's normalized name, for a new row")
    same_as: tuple[int, ...] = Field(
        (), description="other candidates the posting shows to be this company: to merge into candidate_id"
    )


def blocking_key(normalized_name: str) -> str:
    """The first three characters of the normalized name without spaces: the DB fetches candidates by it.

    Names that differ in their first three letters are never compared by name, a deliberate recall cost
    that keeps the candidate set per lookup small (domain and board still find them).
    """
    return normalized_name.replace(" ", "")[:BLOCKING_KEY_LENGTH]


def name_similarity(left: str, right: str) -> float:
    """0-100 similarity of two normalized names (see the module docstring), on their core names."""
    left, right = core_name(left), core_name(right)
    return max(
        fuzz.token_sort_ratio(left, right, processor=None),
        fuzz.ratio(left.replace(" ", ""), right.replace(" ", ""), processor=None),
    )


def _vendor(board: str) -> str:
    return board.split("/", 1)[0]


def contradicts(candidate: CompanyCandidate, domain: str | None, boards: Sequence[str]) -> bool:
    """The candidate has another known domain, or another account on one of the same ATS vendors."""
    if domain and candidate.domain and candidate.domain.lower() != domain.lower():
        return True
    mine = set(candidate.boards)
    return any(
        board not in mine and any(_vendor(other) == _vendor(board) for other in mine) for board in boards
    )


def same_handle(candidate: CompanyCandidate, domain: str | None, board: str | None) -> bool:
    """The ATS account and the website carry one handle ("lever.co/everfield" and "everfield.ag")."""
    if board is not None and candidate.domain is not None:
        handle = board_handle(board)
        if len(handle) >= _MIN_HANDLE and handle == domain_label(candidate.domain):
            return True
    if domain is not None and candidate.boards:
        label = domain_label(domain)
        return len(label) >= _MIN_HANDLE and any(board_handle(b) == label for b in candidate.boards)
    return False


def match_company(
    name: str,
    domain: str | None,
    candidates: Sequence[CompanyCandidate],
    *,
    board: str | None = None,
    threshold: float = FUZZY_THRESHOLD,
) -> MatchResult:
    """Match a posting's company (raw name, registered domain or None, ATS board or None) against known
    companies. Ties go to the earliest candidate in ``candidates``."""
    normalized = normalize_company_name(name)
    domain = domain.lower() if domain else None
    boards = (board,) if board else ()
    chosen, decision, score = _strongest(normalized, domain, board, candidates, threshold)
    if chosen is None:
        return MatchResult(decision=MatchDecision.NEW, score=round(score, 2), normalized_name=normalized)
    return MatchResult(
        decision=decision,
        candidate_id=chosen.id,
        score=round(score, 2),
        normalized_name=normalized,
        same_as=_same_as(chosen, normalized, domain, boards, candidates),
    )


def _strongest(
    normalized: str,
    domain: str | None,
    board: str | None,
    candidates: Sequence[CompanyCandidate],
    threshold: float,
) -> tuple[CompanyCandidate | None, MatchDecision, float]:
    if domain is not None:
        for candidate in candidates:
            if candidate.domain is not None and candidate.domain.lower() == domain:
                return candidate, MatchDecision.DOMAIN, 100.0
    boards = (board,) if board else ()
    compatible = [c for c in candidates if not contradicts(c, domain, boards)]
    for candidate in compatible:
        if (board is not None and board in candidate.boards) or same_handle(candidate, domain, board):
            return candidate, MatchDecision.BOARD, 100.0
    if not normalized:
        return None, MatchDecision.NEW, 0.0
    for candidate in compatible:
        if normalized in candidate.all_names():
            return candidate, MatchDecision.EXACT_NAME, 100.0
    best: CompanyCandidate | None = None
    best_score = 0.0
    for candidate in compatible:
        score = max(name_similarity(normalized, known) for known in candidate.all_names())
        if score > best_score:
            best, best_score = candidate, score
    if best is not None and best_score >= threshold:
        return best, MatchDecision.FUZZY, best_score
    return None, MatchDecision.NEW, best_score


def _same_as(
    chosen: CompanyCandidate,
    normalized: str,
    domain: str | None,
    boards: tuple[str, ...],
    candidates: Sequence[CompanyCandidate],
) -> tuple[int, ...]:
    """Other candidates tied to the posting by equal evidence (board, cleaned name) that contradict neither
    the posting nor the chosen company (nor each other, as they are added one by one)."""
    merged_domain = domain or chosen.domain
    merged_boards = [*chosen.boards, *boards]
    found: list[int] = []
    for candidate in candidates:
        if candidate.id == chosen.id:
            continue
        tied = (
            bool(set(boards) & set(candidate.boards))
            or same_handle(candidate, domain, boards[0] if boards else None)
            or (bool(normalized) and normalized in candidate.all_names())
        )
        if not tied or contradicts(candidate, merged_domain, merged_boards):
            continue
        found.append(candidate.id)
        merged_domain = merged_domain or candidate.domain
        merged_boards += candidate.boards
    return tuple(found)
