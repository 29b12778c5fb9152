"""A posting's company keys, the rules for keeping a company's keys, and how identity is measured.

:func:`company_keys` turns what extraction found (name, company URL, page URL) into the keys the
MatchCompany stage matches on; :func:`resolve` is what the stage does with them (match, create, learn
the keys, merge the rows a posting shows to be one) against a :class:`CompanyStore`: Postgres in the
stage, :class:`MemoryCompanies` for the accuracy report and tests without a database.
:func:`pairwise_precision_recall` scores any assignment of company ids against labels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from hirehound.companies.matching import CompanyCandidate, MatchDecision, blocking_key, match_company
from hirehound.companies.names import (
    ats_board,
    company_domain,
    normalize_company_name,
    own_site_domain,
    strip_page_title,
)

__all__ = [
    "CompanyKeys",
    "CompanyStore",
    "MemoryCompanies",
    "Resolution",
    "cleaned_name",
    "company_keys",
    "pairwise_precision_recall",
    "resolve",
]


@dataclass(frozen=True, slots=True)
class CompanyKeys:
    name: str  # as written, without careers-page framing ("ACME Corporation", not "... Careers")
    normalized_name: str
    domain: str | None
    board: str | None
    blocking_key: str


def company_keys(name: str | None, *, company_url: str | None, page_url: str, source: str) -> CompanyKeys:
    """The keys of a posting's company. With no name, the page's source (its host) stands in.

    The domain is the company URL's, else the page's own when the page is on the company's site
    (:func:`~hirehound.companies.names.own_site_domain`); the board is the ATS account the page is on.
    """
    written = strip_page_title((name or "").strip()) or source
    normalized = normalize_company_name(written) or written.casefold()
    domain = company_domain(company_url) if company_url else None
    if domain is None:
        domain = own_site_domain(page_url, normalized)
    return CompanyKeys(written, normalized, domain, ats_board(page_url), blocking_key(normalized))


def cleaned_name(written: str) -> str:
    """The key :func:`company_keys` gives a stored company name under today's rules (page-title
    framing, then legal forms removed and folded; else the name casefolded)."""
    written = strip_page_title(written.strip()) or written.strip()
    return normalize_company_name(written) or written.casefold()


def pairwise_precision_recall(assigned: Iterable[tuple[Hashable, Hashable]]) -> tuple[float, float]:
    """Pairwise precision and recall of ``(predicted id, true label)`` pairs, one per posting.

    Precision: of the posting pairs given one company, the share that are labelled one company; recall:
    of the pairs labelled one company, the share given one. Counted from group sizes, not pair by pair.
    """
    pairs = list(assigned)
    same_predicted = _pairs(Counter(pred for pred, _ in pairs).values())
    same_label = _pairs(Counter(label for _, label in pairs).values())
    same_both = _pairs(Counter(pairs).values())
    precision = same_both / same_predicted if same_predicted else 1.0
    recall = same_both / same_label if same_label else 1.0
    return precision, recall


def _pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


class CompanyStore(Protocol):
    """Where companies and their keys live: Postgres (``hirehound.db.companies.PostgresCompanies``) or
    memory (:class:`MemoryCompanies`). :func:`resolve` is the one policy over both."""

    def lock(self, keys: CompanyKeys) -> None: ...

    def candidates(self, keys: CompanyKeys) -> list[CompanyCandidate]: ...

    def create(self, keys: CompanyKeys, *, website: str | None) -> tuple[int, bool]: ...

    def learn(self, company_id: int, keys: CompanyKeys, *, alias: bool) -> None: ...

    def merge(self, source_id: int, into_id: int) -> None: ...

    def live_id(self, company_id: int) -> int: ...


@dataclass(frozen=True, slots=True)
class Resolution:
    company_id: int
    created: bool
    decision: MatchDecision
    merged: tuple[int, ...] = ()  # rows merged into company_id because this posting tied them


def resolve(store: CompanyStore, keys: CompanyKeys, *, website: str | None = None) -> Resolution:
    """The posting's company: matched (:func:`match_company`), else created; its keys learnt (its board,
    its domain when the company has none, and its name when domain or board evidence made the match);
    the other rows it shows to be the same company merged into the match."""
    store.lock(keys)
    result = match_company(keys.name, keys.domain, store.candidates(keys), board=keys.board)
    if result.candidate_id is None:
        company_id, created = store.create(keys, website=website)
        return Resolution(company_id, created, MatchDecision.NEW)
    company_id = store.live_id(result.candidate_id)
    store.learn(company_id, keys, alias=result.decision in (MatchDecision.DOMAIN, MatchDecision.BOARD))
    merged = tuple(other for other in result.same_as if store.live_id(other) != company_id)
    for other in merged:
        store.merge(other, company_id)
    return Resolution(company_id, False, result.decision, merged)


@dataclass
class _Company:
    id: int
    name: str
    normalized_name: str
    domain: str | None
    names: set[str] = field(default_factory=set)
    boards: set[str] = field(default_factory=set)
    merged_into: int | None = None

    def candidate(self) -> CompanyCandidate:
        return CompanyCandidate(
            id=self.id,
            normalized_name=self.normalized_name,
            domain=self.domain,
            names=tuple(sorted(self.names - {self.normalized_name})),
            boards=tuple(sorted(self.boards)),
        )


@dataclass
class MemoryCompanies:
    """Companies in memory, with the constraints of the ``companies`` table (one row per domain, one
    row per name without a domain): the MatchCompany stage without a database."""

    companies: dict[int, _Company] = field(default_factory=dict)

    def lock(self, keys: CompanyKeys) -> None:
        """Nothing to lock: one thread."""

    def candidates(self, keys: CompanyKeys) -> list[CompanyCandidate]:
        return [
            c.candidate() for c in self.companies.values() if c.merged_into is None and self._near(c, keys)
        ]

    def create(self, keys: CompanyKeys, *, website: str | None) -> tuple[int, bool]:
        for company in self.companies.values():  # the unique indexes of the table
            if (keys.domain and company.domain == keys.domain) or (
                not keys.domain and not company.domain and company.normalized_name == keys.normalized_name
            ):
                company_id = self.live_id(company.id)
                self.learn(company_id, keys, alias=False)
                return company_id, False
        company = _Company(len(self.companies) + 1, keys.name, keys.normalized_name, keys.domain)
        self.companies[company.id] = company
        self.learn(company.id, keys, alias=True)
        return company.id, True

    def learn(self, company_id: int, keys: CompanyKeys, *, alias: bool) -> None:
        company = self.companies[company_id]
        taken = {c.domain for c in self.companies.values() if c.domain}
        if keys.domain and company.domain is None and keys.domain not in taken:
            company.domain = keys.domain
        if keys.board and not any(keys.board in c.boards for c in self.companies.values()):
            company.boards.add(keys.board)
        if alias:
            company.names.add(keys.normalized_name)

    def merge(self, source_id: int, into_id: int) -> None:
        source, into = self.companies[source_id], self.companies[into_id]
        for company in self.companies.values():
            if source_id in (company.id, company.merged_into):
                company.merged_into = into_id
        into.names |= source.names | {source.normalized_name}
        into.boards |= source.boards
        source.boards = set()
        if into.domain is None:
            into.domain, source.domain = source.domain, None

    def live_id(self, company_id: int) -> int:
        while (merged := self.companies[company_id].merged_into) is not None:
            company_id = merged
        return company_id

    def _near(self, company: _Company, keys: CompanyKeys) -> bool:
        return (
            any(blocking_key(n) == keys.blocking_key for n in company.names | {company.normalized_name})
            or (keys.domain is not None and company.domain == keys.domain)
            or (keys.board is not None and keys.board in company.boards)
        )
