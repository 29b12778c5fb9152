"""Company identity in Postgres: keys, merges, and creation under real concurrency (threads, pooled
connections, the embedded server)."""

from __future__ import annotations

import threading
import time
from typing import Any

import psycopg
import pytest
from hirehound.companies.identity import CompanyKeys, company_keys, resolve
from hirehound.companies.matching import MatchDecision
from hirehound.db.companies import PostgresCompanies
from hirehound.db.pool import transaction

pytestmark = pytest.mark.integration

# Two pages of one employer: its careers site (the domain is known) and a job board that names it only.
# No unique index relates the two rows they would create; only the key lock does.
_PAGES = (
    {"name": "{} Corporation Careers", "company_url": None, "page_url": "https://careers.{}-corp.com/jobs/1"},
    {"name": "{} Corp", "company_url": None, "page_url": "https://www.jobboard.example/2"},
)


def _keys(page: dict[str, Any], brand: str) -> CompanyKeys:
    return company_keys(
        page["name"].format(brand),
        company_url=page["company_url"] and page["company_url"].format(brand.lower()),
        page_url=page["page_url"].format(brand.lower()),
        source="test",
    )


def _resolve(keys: CompanyKeys) -> int:
    with transaction() as conn:
        return resolve(PostgresCompanies(conn), keys).company_id


def _live_companies(conn: psycopg.Connection[Any], normalized: str) -> int:
    row = conn.execute(
        "SELECT count(*) AS n FROM companies WHERE merged_into IS NULL AND normalized_name = %s",
        (normalized,),
    ).fetchone()
    assert row is not None
    return int(row["n"])


def _at_once(keys: list[CompanyKeys]) -> list[int]:
    """Resolve each key set in its own thread and pooled connection, all released by one barrier."""
    start = threading.Barrier(len(keys))
    ids: list[int] = []
    errors: list[BaseException] = []

    def run(k: CompanyKeys) -> None:
        try:
            start.wait(timeout=10)
            ids.append(_resolve(k))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,)) for k in keys]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors, errors
    return ids


def test_two_pages_of_one_new_company_at_once_give_one_row(db: str, conn: psycopg.Connection[Any]) -> None:
    for round_ in range(8):
        keys = [_keys(page, f"Zenith{round_}") for page in _PAGES]
        assert keys[0].normalized_name == keys[1].normalized_name == f"zenith{round_}"
        assert (keys[0].domain, keys[1].domain) == (f"zenith{round_}-corp.com", None)
        ids = _at_once(keys)
        assert len(ids) == 2 and len(set(ids)) == 1, (round_, ids)
        assert _live_companies(conn, f"zenith{round_}") == 1


def test_a_second_page_waits_for_the_first_and_joins_its_company(db: str) -> None:
    """Deterministic interleaving: the first transaction has created the company but not committed; the
    second (same name block) must wait on the key lock, then see the committed row and match it."""
    first_keys, second_keys = (_keys(page, "Quasar") for page in _PAGES)
    created = threading.Event()
    finished: dict[str, float] = {}
    results: dict[str, Any] = {}

    def first() -> None:
        with transaction() as conn:
            results["first"] = resolve(PostgresCompanies(conn), first_keys)
            created.set()
            time.sleep(1.0)  # hold the transaction open while the second one tries
            finished["first_commit"] = time.monotonic()

    def second() -> None:
        created.wait(10)
        with transaction() as conn:
            results["second"] = resolve(PostgresCompanies(conn), second_keys)
            finished["second_resolved"] = time.monotonic()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results["first"].created and not results["second"].created
    assert results["second"].company_id == results["first"].company_id
    assert results["second"].decision is MatchDecision.EXACT_NAME
    assert finished["second_resolved"] >= finished["first_commit"]


def test_keys_are_learnt_and_a_posting_that_ties_two_rows_merges_them(
    db: str, conn: psycopg.Connection[Any]
) -> None:
    board_page = company_keys(
        "Everfield Agritech",
        company_url=None,
        page_url="https://jobs.lever.co/everfield-agritech/1",
        source="x",
    )
    site_page = company_keys(
        "Everfield", company_url="https://everfield.ag", page_url="https://www.board.example/1", source="x"
    )
    bridge = company_keys(
        "Everfield", company_url=None, page_url="https://jobs.lever.co/everfield-agritech/2", source="x"
    )
    on_board, on_site = _resolve(board_page), _resolve(site_page)
    assert on_board != on_site  # "everfield agritech" and "everfield": no evidence yet
    with transaction() as tx:
        found = resolve(PostgresCompanies(tx), bridge)
    assert (found.company_id, found.decision, found.merged) == (on_board, MatchDecision.BOARD, (on_site,))
    rows = conn.execute("SELECT id, merged_into, domain FROM companies ORDER BY id").fetchall()
    assert [(r["id"], r["merged_into"]) for r in rows] == [(on_board, None), (on_site, on_board)]
    assert rows[0]["domain"] == "everfield.ag"  # the survivor took the domain column
    # every key now leads to the survivor
    assert _resolve(site_page) == on_board
    again = company_keys("Everfield", company_url="https://everfield.ag/careers", page_url="x", source="x")
    assert _resolve(again) == on_board
    boards = conn.execute("SELECT board, company_id FROM company_boards").fetchall()
    assert [(b["board"], b["company_id"]) for b in boards] == [("lever.co/everfield-agritech", on_board)]


def test_a_different_domain_or_another_account_on_the_same_ats_is_another_company(db: str) -> None:
    delta = _resolve(company_keys("Delta", company_url="https://delta.com", page_url="x", source="x"))
    faucet = _resolve(company_keys("Delta", company_url="https://deltafaucet.com", page_url="x", source="x"))
    assert delta != faucet
    one = _resolve(
        company_keys("Orbit", company_url=None, page_url="https://jobs.lever.co/orbit/1", source="x")
    )
    other = _resolve(
        company_keys("Orbit", company_url=None, page_url="https://jobs.lever.co/orbit-labs/1", source="x")
    )
    assert one == other  # equal cleaned names without a domain share a row (the table's unique index)
    assert (
        _resolve(
            company_keys(
                "Orbit", company_url=None, page_url="https://orbit.wd5.myworkdayjobs.com/x", source="x"
            )
        )
        == one
    )


def test_lookups_follow_rows_merged_by_the_enrichment_workflow(
    db: str, conn: psycopg.Connection[Any]
) -> None:
    kept = _resolve(
        company_keys("Nimbus Labs", company_url="https://nimbuslabs.ai", page_url="x", source="x")
    )
    dup = _resolve(company_keys("Nimbus Lab Inc", company_url="https://nimbus.io", page_url="x", source="x"))
    assert kept != dup
    conn.execute("UPDATE companies SET merged_into = %s WHERE id = %s", (kept, dup))  # as enrichment does
    assert (
        _resolve(company_keys("Nimbus", company_url="https://nimbus.io/jobs", page_url="x", source="x"))
        == kept
    )
