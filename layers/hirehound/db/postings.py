"""Postings: one row per raw page, filled in stage by stage."""

from __future__ import annotations

from typing import Any

import numpy as np
from psycopg.types.json import Jsonb

from hirehound.db import duplicates, vector_index
from hirehound.db.pool import Connection
from hirehound.ingest.models import CleanPosting, Location, NormalizedPosting, RawPosting, Salary


class PostingNotFound(LookupError):
    pass


def upsert_extracted(conn: Connection, *, raw_page_id: int, raw: RawPosting) -> int:
    """Create the posting for a raw page, or refresh its extracted fields (same page, same row)."""
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, external_id, extraction_method, raw, title)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (raw_page_id) DO UPDATE SET raw = EXCLUDED.raw, title = EXCLUDED.title,"
        " external_id = EXCLUDED.external_id, extraction_method = EXCLUDED.extraction_method,"
        " last_seen_at = now(), updated_at = now()"
        " RETURNING id",
        (
            raw_page_id,
            raw.url,
            raw.source,
            raw.external_id,
            raw.method.value,
            Jsonb(raw.model_dump(mode="json")),
            raw.title,
        ),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def load(conn: Connection, posting_id: int, *, lock: bool = False) -> dict[str, Any]:
    """The posting's row, locked when `lock` so concurrent runs of one page serialize (FOR NO KEY
    UPDATE: what an UPDATE of the row takes; foreign-key checks of rows pointing at it still pass)."""
    query = "SELECT * FROM postings WHERE id = %s" + (" FOR NO KEY UPDATE" if lock else "")
    row = conn.execute(query.encode(), (posting_id,)).fetchone()
    if row is None:
        raise PostingNotFound(f"posting {posting_id} does not exist")
    return row


def load_raw(conn: Connection, posting_id: int) -> RawPosting:
    return RawPosting.model_validate(load(conn, posting_id)["raw"])


def save_clean(conn: Connection, posting_id: int, clean: CleanPosting) -> None:
    conn.execute(
        "UPDATE postings SET description_html = %s, description_text = %s, updated_at = now(),"
        " stages_done = array(SELECT DISTINCT unnest(stages_done || '{clean}'))"
        " WHERE id = %s",
        (clean.description_html, clean.description_text, posting_id),
    )


def load_clean(conn: Connection, posting_id: int) -> CleanPosting:
    return clean_from_row(load(conn, posting_id))


def clean_from_row(row: dict[str, Any]) -> CleanPosting:
    return CleanPosting(
        raw=RawPosting.model_validate(row["raw"]),
        description_html=row["description_html"] or "",
        description_text=row["description_text"] or "",
    )


def save_normalized(conn: Connection, posting_id: int, normalized: NormalizedPosting) -> None:
    location = normalized.location
    salary = normalized.salary
    conn.execute(
        "UPDATE postings SET title = %(title)s, title_normalized = %(title_normalized)s,"
        " seniority = %(seniority)s, employment_type = %(employment_type)s, remote_mode = %(remote)s,"
        " city = %(city)s, region = %(region)s, country_code = %(country)s,"
        " latitude = %(lat)s, longitude = %(lon)s,"
        " salary_min = %(smin)s, salary_max = %(smax)s, salary_currency = %(cur)s,"
        " salary_period = %(period)s, salary_annual_min = %(amin)s, salary_annual_max = %(amax)s,"
        " posted_on = %(posted)s, expires_on = %(expires)s, unparsed = %(unparsed)s, updated_at = now(),"
        " stages_done = array(SELECT DISTINCT unnest(stages_done || '{normalize}'))"
        " WHERE id = %(id)s",
        {
            "id": posting_id,
            "title": normalized.title,
            "title_normalized": normalized.title_normalized,
            "seniority": normalized.seniority,
            "employment_type": normalized.employment_type,
            "remote": normalized.remote_mode,
            "city": location.city if location else None,
            "region": location.region if location else None,
            "country": location.country_code if location else None,
            "lat": location.latitude if location else None,
            "lon": location.longitude if location else None,
            "smin": salary.minimum if salary else None,
            "smax": salary.maximum if salary else None,
            "cur": salary.currency if salary else None,
            "period": salary.period if salary else None,
            "amin": salary.annual_minimum if salary else None,
            "amax": salary.annual_maximum if salary else None,
            "posted": normalized.posted_on,
            "expires": normalized.expires_on,
            "unparsed": Jsonb(normalized.unparsed),
        },
    )


def set_status(conn: Connection, posting_id: int, status: str, reason: str | None) -> None:
    """Move the posting to `status`; publication time is set once, the first time it is published."""
    conn.execute(
        "UPDATE postings SET status = %s, status_reason = %s, updated_at = now(),"
        " published_at = CASE WHEN %s = 'published' THEN COALESCE(published_at, now()) END"
        " WHERE id = %s",
        (status, reason, status, posting_id),
    )


def load_normalized(conn: Connection, posting_id: int) -> NormalizedPosting:
    """The normalized fields as the model the quality score and spam check take."""
    return normalized_from_row(load(conn, posting_id))


def normalized_from_row(row: dict[str, Any]) -> NormalizedPosting:
    salary = None
    if row["salary_currency"] and row["salary_min"] is not None:
        salary = Salary(
            minimum=float(row["salary_min"]),
            maximum=float(row["salary_max"]),
            currency=row["salary_currency"],
            period=row["salary_period"],
            annual_minimum=float(row["salary_annual_min"]),
            annual_maximum=float(row["salary_annual_max"]),
        )
    location = None
    if row["city"] or row["country_code"]:
        location = Location(
            city=row["city"],
            region=row["region"],
            country_code=row["country_code"],
            latitude=row["latitude"],
            longitude=row["longitude"],
        )
    return NormalizedPosting(
        title=row["title"] or "",
        title_normalized=row["title_normalized"] or "",
        seniority=row["seniority"],
        employment_type=row["employment_type"],
        remote_mode=row["remote_mode"],
        location=location,
        salary=salary,
        posted_on=row["posted_on"],
        expires_on=row["expires_on"],
        unparsed=row["unparsed"],
    )


def set_company(conn: Connection, posting_id: int, company_id: int) -> None:
    conn.execute(
        "UPDATE postings SET company_id = %s, updated_at = now() WHERE id = %s", (company_id, posting_id)
    )


def save_embedding(conn: Connection, posting_id: int, embedding: np.ndarray[Any, Any] | None) -> None:
    conn.execute(
        "UPDATE postings SET embedding = %s, updated_at = now() WHERE id = %s", (embedding, posting_id)
    )


def save_quality(conn: Connection, posting_id: int, score: float, reasons: list[dict[str, Any]]) -> None:
    conn.execute(
        "UPDATE postings SET quality_score = %s, quality_reasons = %s, updated_at = now() WHERE id = %s",
        (score, Jsonb(reasons), posting_id),
    )


def save_spam(
    conn: Connection, posting_id: int, score: float, verdict: str, reasons: list[dict[str, Any]]
) -> None:
    conn.execute(
        "UPDATE postings SET spam_score = %s, spam_verdict = %s, spam_reasons = %s, updated_at = now()"
        " WHERE id = %s",
        (score, verdict, Jsonb(reasons), posting_id),
    )


SPAM_CANDIDATES = 10
"""Half-precision neighbours whose exact cosine is compared (half precision keeps 0.999 of the exact
top 10: docs/scale.md)."""


NEAREST_SPAM = (
    "SELECT max(1 - (n.embedding <=> p.embedding)) AS cosine FROM postings p CROSS JOIN LATERAL"
    " (SELECT s.embedding FROM postings s"
    "  WHERE s.spam_verdict = 'spam' AND s.embedding IS NOT NULL AND s.id <> p.id"
    f"  ORDER BY {vector_index.distance('s', 'p.embedding')} LIMIT {SPAM_CANDIDATES}) n"
    " WHERE p.id = %s AND p.embedding IS NOT NULL"
).encode()
"""The closest known spam to posting ``%s``: the spam rows' own graph (migration 0155) proposes the
nearest few at half precision, and the exact cosine is taken over them."""


def nearest_spam_similarity(conn: Connection, posting_id: int) -> float | None:
    """Cosine similarity to the closest posting already judged spam (None when there is none)."""
    row = conn.execute(NEAREST_SPAM, (posting_id,)).fetchone()
    return None if row is None or row["cosine"] is None else float(row["cosine"])


SEARCH_DOCUMENT = (
    "setweight(to_tsvector('english', coalesce(p.title, '')), 'A')"
    " || setweight(to_tsvector('english', coalesce(c.name, '')), 'B')"
    " || setweight(to_tsvector('english', coalesce((SELECT string_agg(s.name, ' ') FROM posting_skills ps"
    "    JOIN skills s ON s.id = ps.skill_id WHERE ps.posting_id = p.id), '')), 'B')"
    " || setweight(to_tsvector('simple', concat_ws(' ', p.city, p.country_code, p.remote_mode)), 'C')"
    " || setweight(to_tsvector('english', coalesce(p.description_text, '')), 'D')"
)
"""The search document of posting ``p`` (with its company ``c``), as SQL."""


def update_search_document(conn: Connection, posting_id: int) -> None:
    """Weighted full-text document: title (A), company and skills (B), location (C), description (D)."""
    conn.execute(
        f"UPDATE postings p SET search_document = {SEARCH_DOCUMENT}, updated_at = now()"
        " FROM postings p2 LEFT JOIN companies c ON c.id = p2.company_id"
        " WHERE p.id = %s AND p2.id = p.id".encode(),
        (posting_id,),
    )


_DEDUP_FACTS = (
    "p.id, p.title, p.raw->>'company_name' AS company_name, p.company_id, c.domain AS company_domain,"
    " p.city, p.region, p.country_code, p.remote_mode, p.salary_annual_min, p.salary_annual_max,"
    " p.salary_currency, ARRAY(SELECT s.name FROM posting_skills ps JOIN skills s ON s.id = ps.skill_id"
    " WHERE ps.posting_id = p.id) AS skills"
)


def dedup_facts(conn: Connection, posting_id: int) -> dict[str, Any]:
    """What the duplicate deep check compares besides the text: title, company (name as the page
    spells it, id, domain), location, annual salary and skill names."""
    row = conn.execute(
        f"SELECT {_DEDUP_FACTS} FROM postings p LEFT JOIN companies c ON c.id = p.company_id"
        f" WHERE p.id = %s".encode(),
        (posting_id,),
    ).fetchone()
    if row is None:
        raise PostingNotFound(f"posting {posting_id} does not exist")
    return row


def semantic_candidates(
    conn: Connection,
    posting_id: int,
    embedding: np.ndarray[Any, Any],
    company_id: int | None,
    limit: int,
    country_code: str | None = None,
) -> list[dict[str, Any]]:
    """Canonical postings (deduplicated, not duplicates themselves) nearest by embedding cosine, with
    their :func:`dedup_facts` and ``cosine``, best first: the ``limit`` nearest overall (HNSW) plus the
    ``limit`` nearest of the same company (blocking: a reworded repost of the company's own ad may
    have closer neighbours at other companies with the same role). Call it inside a transaction.

    The company block keeps to the posting's ``country_code`` (and postings of no country; all of them
    when the posting has none): another country is always a location conflict of the deep check
    (both ISO alpha-2 codes, as normalization writes them), so those rows could only take places. It
    is read by ``postings_company_country_idx`` and ranked by the exact distance, never the graph: a
    large employer's block is its rows in one country, not a filtered graph scan (README, "Dedup and
    search at scale")."""
    canonical = (
        f"p.id <> %(id)s AND p.duplicate_of IS NULL AND {duplicates.SIGNED} AND p.embedding IS NOT NULL"
    )
    order = vector_index.distance("p", "%(vec)s")  # the half-precision graph; cosine below is exact
    vector_index.scan_settings(conn)
    country = "" if country_code is None else " AND (p.country_code = %(country)s OR p.country_code IS NULL)"
    return conn.execute(
        f"WITH near AS ("
        f" (SELECT p.id FROM postings p WHERE {canonical} ORDER BY {order} LIMIT %(limit)s)"
        f" UNION (SELECT p.id FROM postings p WHERE {canonical} AND p.company_id = %(company)s{country}"
        f" ORDER BY p.embedding <=> %(vec)s LIMIT %(limit)s))"
        f" SELECT {_DEDUP_FACTS}, 1 - (p.embedding <=> %(vec)s) AS cosine FROM near"
        f" JOIN postings p ON p.id = near.id LEFT JOIN companies c ON c.id = p.company_id"
        f" ORDER BY cosine DESC, p.id".encode(),
        {"id": posting_id, "vec": embedding, "company": company_id, "limit": limit, "country": country_code},
    ).fetchall()
