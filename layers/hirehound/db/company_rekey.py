"""Company keys made again after the name rules change.

When :func:`~hirehound.companies.names.normalize_company_name` learns a rule (a legal form, a careers
suffix), rows written before keep the key of the old rule, and the next page of the same employer gets
a key of its own and a second company. :func:`rekey` gives each live company whose stored name now
cleans to another key that key as a learnt name (the old one stays: keys of either rule match), then
merges into the oldest row the live companies that now share the cleaned name, unless a domain or
another account on the same ATS tells them apart (the rule of
:func:`~hirehound.companies.matching.contradicts`, as for a posting).

Idempotent: a second run finds nothing stale. Each company is its own transaction under the same key
lock as the MatchCompany stage, so it is safe beside running ingestion. Run after the migrations (the
deploy's migration resource, and every local start).
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row

from hirehound.companies.identity import CompanyKeys, cleaned_name
from hirehound.companies.matching import CompanyCandidate, blocking_key, contradicts
from hirehound.db.companies import PostgresCompanies
from hirehound.db.pool import Connection


@dataclass(frozen=True, slots=True)
class RekeyReport:
    rekeyed: int  # live companies given the key of today's rule
    merged: int  # rows merged into another that now shares its cleaned name


def rekey(conninfo: str) -> RekeyReport:
    """Re-key the companies of the database at `conninfo` (see the module docstring)."""
    rekeyed = merged = 0
    with psycopg.connect(conninfo, autocommit=True, row_factory=dict_row) as conn:
        for company_id, key in stale_keys(conn):
            with conn.transaction():
                done = _rekey_one(PostgresCompanies(conn), company_id, key)
            if done is not None:
                rekeyed += 1
                merged += done
    return RekeyReport(rekeyed, merged)


def stale_keys(conn: Connection) -> list[tuple[int, str]]:
    """(company id, today's key) of each live company whose stored name cleans to a key it lacks."""
    rows = conn.execute(
        "SELECT c.id, c.name, c.normalized_name,"
        " array(SELECT n.normalized_name FROM company_names n WHERE n.company_id = c.id) AS names"
        " FROM companies c WHERE c.merged_into IS NULL ORDER BY c.id"
    ).fetchall()
    stale: list[tuple[int, str]] = []
    for row in rows:
        key = cleaned_name(row["name"])
        if key and key != row["normalized_name"] and key not in row["names"]:
            stale.append((int(row["id"]), key))
    return stale


def _rekey_one(store: PostgresCompanies, company_id: int, key: str) -> int | None:
    """Learn `key` on the company and merge the rows it now ties; the number merged, or ``None`` when
    the company was merged away meanwhile."""
    keys = CompanyKeys(name=key, normalized_name=key, domain=None, board=None, blocking_key=blocking_key(key))
    store.lock(keys)
    if store.live_id(company_id) != company_id:
        return None
    store.learn(company_id, keys, alias=True)
    group = sorted(
        (c for c in store.candidates(keys) if key in c.all_names()),
        key=lambda c: c.id,
    )
    return _merge_compatible(store, group)


def _merge_compatible(store: PostgresCompanies, group: list[CompanyCandidate]) -> int:
    """Merge into the oldest row of `group` each later one that contradicts none merged before it."""
    if len(group) < 2:
        return 0
    survivor, *rest = group
    domain, boards = survivor.domain, list(survivor.boards)
    merged = 0
    for other in rest:
        if contradicts(other, domain, boards):
            continue
        store.merge(other.id, survivor.id)
        domain, boards = domain or other.domain, [*boards, *other.boards]
        merged += 1
    return merged
