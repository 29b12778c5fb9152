"""Companies as the enrichment workflow reads and writes them. Every write is a plain overwrite of the
stage's own columns (re-running a stage writes the same values) or a compare-and-set."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from psycopg.types.json import Jsonb

from hirehound.db.pool import Connection


class CompanyNotFound(LookupError):
    pass


def load(conn: Connection, company_id: int) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM companies WHERE id = %s", (company_id,)).fetchone()
    if row is None:
        raise CompanyNotFound(f"company {company_id} does not exist")
    return row


def match_candidates(conn: Connection, company: dict[str, Any]) -> list[dict[str, Any]]:
    """Other live (not merged) companies sharing the blocking key or the domain, oldest first."""
    return conn.execute(
        "SELECT id, normalized_name, domain FROM companies"
        " WHERE id <> %s AND merged_into IS NULL AND (blocking_key = %s OR domain = %s) ORDER BY id",
        (company["id"], company["blocking_key"], company["domain"]),
    ).fetchall()


def mark_merged(conn: Connection, company_id: int, into: int) -> bool:
    """Compare-and-set: merge `company_id` into `into` unless it is already merged."""
    cursor = conn.execute(
        "UPDATE companies SET merged_into = %s, updated_at = now() WHERE id = %s AND merged_into IS NULL",
        (into, company_id),
    )
    return cursor.rowcount == 1


def save_profile(conn: Connection, company_id: int, profile: dict[str, Any], website: str | None) -> None:
    conn.execute(
        "UPDATE companies SET profile = %s, website = COALESCE(website, %s), updated_at = now()"
        " WHERE id = %s",
        (Jsonb(profile), website, company_id),
    )


def save_logo(
    conn: Connection, company_id: int, url: str | None, width: int | None, height: int | None
) -> None:
    conn.execute(
        "UPDATE companies SET logo_url = %s, logo_width = %s, logo_height = %s, updated_at = now()"
        " WHERE id = %s",
        (url, width, height, company_id),
    )


def save_industry(conn: Connection, company_id: int, industry: str | None, details: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE companies SET industry = %s, profile = profile || jsonb_build_object('industry', %s::jsonb),"
        " updated_at = now() WHERE id = %s",
        (industry, Jsonb(details), company_id),
    )


def save_size(
    conn: Connection, company_id: int, size_range: str | None, confidence: float, details: dict[str, Any]
) -> None:
    conn.execute(
        "UPDATE companies SET size_range = %s, size_confidence = %s,"
        " profile = profile || jsonb_build_object('size', %s::jsonb), updated_at = now() WHERE id = %s",
        (size_range, confidence, Jsonb(details), company_id),
    )


def save_location(
    conn: Connection,
    company_id: int,
    city: str | None,
    country_code: str | None,
    latitude: float | None,
    longitude: float | None,
) -> None:
    conn.execute(
        "UPDATE companies SET hq_city = %s, hq_country_code = %s, hq_latitude = %s, hq_longitude = %s,"
        " updated_at = now() WHERE id = %s",
        (city, country_code, latitude, longitude, company_id),
    )


def save_embedding(conn: Connection, company_id: int, vector: npt.NDArray[np.float32]) -> None:
    conn.execute(
        "UPDATE companies SET embedding = %s, updated_at = now() WHERE id = %s", (vector, company_id)
    )


def job_count(conn: Connection, company_id: int) -> int:
    """Postings of the company and of the companies merged into it that are not expired or archived."""
    row = conn.execute(
        "SELECT count(*) AS n FROM postings WHERE status NOT IN ('expired', 'archived') AND (company_id = %s"
        " OR company_id IN (SELECT id FROM companies WHERE merged_into = %s))",
        (company_id, company_id),
    ).fetchone()
    return int(row["n"]) if row else 0


def propagate(conn: Connection, company_id: int) -> int:
    """One idempotent UPDATE: the company's postings (and its merged duplicates') get its id and its
    current name, industry, size and logo; rows already up to date are not touched. Returns rows changed.
    Also stamps `enriched_at`."""
    cursor = conn.execute(
        "UPDATE postings p SET company_id = c.id, company_name = c.name, company_industry = c.industry,"
        " company_size_range = c.size_range, company_logo_url = c.logo_url, updated_at = now()"
        " FROM companies c WHERE c.id = %(id)s"
        " AND (p.company_id = c.id OR p.company_id IN (SELECT id FROM companies WHERE merged_into = %(id)s))"
        " AND (p.company_id, p.company_name, p.company_industry, p.company_size_range, p.company_logo_url)"
        " IS DISTINCT FROM (c.id, c.name, c.industry, c.size_range, c.logo_url)",
        {"id": company_id},
    )
    conn.execute("UPDATE companies SET enriched_at = now() WHERE id = %s", (company_id,))
    return cursor.rowcount
