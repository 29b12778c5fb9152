"""The duplicate decision's signatures live in posting_signatures: a decision never writes postings."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from hirehound.db import duplicates
from hirehound.db.migrate import available_migrations
from hirehound.db.pool import transaction
from hirehound.ingest.duplicates import deduplicate
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

pytestmark = pytest.mark.integration

TEXT = "We are hiring a data engineer to build pipelines in Python and SQL for our payments team."


def _posting(conn: psycopg.Connection[Any], n: int, text: str = TEXT) -> int:
    page = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes)"
        " VALUES (%s, 'test', md5(%s), 'raw', md5(%s), 1) RETURNING id",
        (f"https://a.example/{n}", str(n), str(n)),
    ).fetchone()
    assert page is not None
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title, description_text)"
        " VALUES (%s, %s, 'test', 'jsonld', %s, 'Data Engineer', %s) RETURNING id",
        (page["id"], f"https://a.example/{n}", Jsonb({"company_name": "Acme"}), text),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def _version(conn: psycopg.Connection[Any], table: str, key: str, posting_id: int) -> str | None:
    """The row version (xmin) of the table's row for the posting: it changes with every write."""
    row = conn.execute(f"SELECT xmin::text FROM {table} WHERE {key} = %s", (posting_id,)).fetchone()
    return None if row is None else str(row["xmin"])


def test_a_decision_signs_the_posting_without_writing_its_row_and_again_changes_nothing(db: str) -> None:
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        first, copy = _posting(conn, 1), _posting(conn, 2)
        before = _version(conn, "postings", "id", first)

        assert deduplicate(first)["candidate_id"] is None  # nothing signed yet to match
        assert _version(conn, "postings", "id", first) == before
        signed, bands = _version(conn, "posting_signatures", "posting_id", first), _bands(conn, first)
        assert signed is not None and len(bands) == 16

        assert deduplicate(first)["candidate_id"] is None  # at-least-once: the same signatures
        assert _version(conn, "posting_signatures", "posting_id", first) == signed
        assert _bands(conn, first) == bands  # not one row written again

        verdict = deduplicate(copy)
        assert (verdict["candidate_id"], verdict["kind"]) == (first, "exact")


def test_a_changed_description_is_signed_again(db: str) -> None:
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        posting = _posting(conn, 1)
        deduplicate(posting)
        before, bands = _signature(conn, posting), _bands(conn, posting)
        conn.execute(
            "UPDATE postings SET description_text = 'A different job: a nurse.' WHERE id = %s", (posting,)
        )
        deduplicate(posting)
        after = _signature(conn, posting)
        assert after["content_hash"] != before["content_hash"] and after["minhash"] != before["minhash"]
        changed = _bands(conn, posting)
        assert len(changed) == 16 and [key for key, _ in changed] != [key for key, _ in bands]


def _signature(conn: psycopg.Connection[Any], posting_id: int) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM posting_signatures WHERE posting_id = %s", (posting_id,)).fetchone()
    assert row is not None
    return dict(row)


def _bands(conn: psycopg.Connection[Any], posting_id: int) -> list[tuple[str, str]]:
    """(band_key, row version) of the posting's bands, in band order."""
    rows = conn.execute(
        "SELECT band_key, xmin::text AS version FROM posting_lsh_bands WHERE posting_id = %s ORDER BY band",
        (posting_id,),
    ).fetchall()
    return [(row["band_key"], row["version"]) for row in rows]


def test_an_unsigned_posting_is_no_candidate_and_a_duplicate_is_none_either(db: str) -> None:
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        unsigned, duplicate, probe = _posting(conn, 1), _posting(conn, 2), _posting(conn, 3)
        assert deduplicate(duplicate)["candidate_id"] is None
        with transaction() as tx:
            duplicates.mark_duplicate(tx, duplicate, duplicate_of=unsigned, kind="exact")
        assert deduplicate(probe)["candidate_id"] is None  # the one signed copy is a duplicate itself
        assert deduplicate(unsigned)["candidate_id"] == probe


def test_the_migration_moves_the_signatures_out_of_postings(db: str) -> None:
    (migration,) = [m for m in available_migrations() if m.name == "posting_signatures"]
    with psycopg.connect(db, autocommit=True, row_factory=dict_row) as conn:
        conn.execute("DROP TABLE posting_signatures")  # the schema before the migration
        conn.execute("ALTER TABLE postings ADD content_hash text, ADD minhash bigint[]")
        conn.execute("CREATE INDEX postings_content_hash_idx ON postings (content_hash)")
        signed, _unsigned = _posting(conn, 1), _posting(conn, 2)
        conn.execute("UPDATE postings SET content_hash = 'h1', minhash = '{1,2,3}' WHERE id = %s", (signed,))

        conn.execute(migration.sql.encode())

        moved = conn.execute("SELECT posting_id, content_hash, minhash FROM posting_signatures").fetchall()
        assert moved == [{"posting_id": signed, "content_hash": "h1", "minhash": [1, 2, 3]}]
        columns = conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'postings'"
        ).fetchall()
        assert not {"content_hash", "minhash"} & {c["column_name"] for c in columns}
        indexes = conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'postings'").fetchall()
        assert "postings_content_hash_idx" not in {i["indexname"] for i in indexes}
