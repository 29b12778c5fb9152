"""Re-keying companies after the name rules change (`hirehound.db.company_rekey`), on the embedded
Postgres: rows keyed by an older rule ("ironbark security pty ltd", before "(Pty) Ltd" was a legal
form) learn today's key, and the row a later page created under today's key is merged into them."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from hirehound.companies.identity import CompanyKeys, company_keys, resolve
from hirehound.companies.matching import blocking_key
from hirehound.db.companies import PostgresCompanies
from hirehound.db.company_rekey import RekeyReport, rekey
from hirehound.db.pool import transaction

pytestmark = pytest.mark.integration


def _keyed_by_an_older_rule(name: str, old_key: str, *, domain: str | None = None) -> int:
    keys = CompanyKeys(name, old_key, domain, None, blocking_key(old_key))
    with transaction() as conn:
        company_id, created = PostgresCompanies(conn).create(keys, website=None)
    assert created
    return company_id


def _page(name: str, *, company_url: str | None = None) -> int:
    keys = company_keys(name, company_url=company_url, page_url="https://www.board.example/1", source="x")
    with transaction() as conn:
        return resolve(PostgresCompanies(conn), keys).company_id


def _live(conn: psycopg.Connection[Any]) -> list[int]:
    return [r["id"] for r in conn.execute("SELECT id FROM companies WHERE merged_into IS NULL ORDER BY id")]


def test_rows_split_by_an_older_rule_are_merged_and_later_pages_join_them(
    db: str, conn: psycopg.Connection[Any]
) -> None:
    old = _keyed_by_an_older_rule("Ironbark Security (Pty) Ltd", "ironbark security pty ltd")
    split = _page("Ironbark Security")  # today's key finds no row of the old one: a second company
    assert split != old

    assert rekey(db) == RekeyReport(rekeyed=1, merged=1)

    assert _live(conn) == [old]
    merged = conn.execute("SELECT merged_into FROM companies WHERE id = %s", (split,)).fetchone()
    assert merged is not None and merged["merged_into"] == old
    assert _page("Ironbark Security Pty Ltd") == old
    assert rekey(db) == RekeyReport(rekeyed=0, merged=0)  # idempotent


def test_a_stale_key_is_learnt_without_a_merge_when_the_domains_differ(
    db: str, conn: psycopg.Connection[Any]
) -> None:
    old = _keyed_by_an_older_rule("Delta (Pty) Ltd", "delta pty ltd", domain="delta.co.za")
    other = _page("Delta", company_url="https://deltafaucet.com")
    assert rekey(db) == RekeyReport(rekeyed=1, merged=0)
    assert _live(conn) == [old, other]
    names = conn.execute("SELECT normalized_name FROM company_names WHERE company_id = %s", (old,)).fetchall()
    assert {r["normalized_name"] for r in names} >= {"delta pty ltd", "delta"}


def test_companies_keyed_by_todays_rule_are_left_alone(db: str, conn: psycopg.Connection[Any]) -> None:
    ids = {_page("Umbrella Health, LLC"), _page("Copperline Communications Careers")}
    names = "SELECT * FROM company_names ORDER BY company_id, normalized_name"
    before = conn.execute(names).fetchall()
    assert rekey(db) == RekeyReport(rekeyed=0, merged=0)
    assert set(_live(conn)) == ids
    assert conn.execute(names).fetchall() == before
