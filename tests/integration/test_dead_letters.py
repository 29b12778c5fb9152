"""One unresolved dead letter per failing item and stage: repeats are occurrences, concurrent failures
meet in one letter, and migration 0050 merges the duplicates older code left behind."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hirehound import failures
from hirehound.config import get_settings
from hirehound.db import dead_letters
from hirehound.db.dead_letters import State
from hirehound.db.migrate import available_migrations
from hirehound.db.pool import close_pool
from hirehound_local.postgres import create_database
from psycopg import sql
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

pytestmark = pytest.mark.integration

URL = "https://boards.example/jobs/7"


def fail(
    execution: str, *, error: str = "no job title found on page", stage: str = "extract", attempts: int = 1
) -> int:
    return dead_letters.record(
        workflow="ingestion",
        stage=stage,
        item_key=URL,
        payload={"page": {"url": URL, "bucket": "raw", "key": f"pages/{execution}.html"}},
        error_type="BadInputError",
        error_message=error,
        attempts=attempts,
        execution_id=f"arn:aws:states:us-east-1:1:execution:Ingestion:{execution}",
    )


def test_repeat_failures_are_occurrences_of_one_letter_and_a_retried_recorder_adds_nothing(db: str) -> None:
    first = fail("run-1", attempts=2)
    assert fail("run-2") == fail("run-2") == first  # the second call retries the same execution's record
    assert fail("run-3", error="empty page") == first

    [letter] = dead_letters.list_open()
    assert (letter.id, letter.occurrences, letter.attempts) == (first, 3, 4)
    assert letter.error_message == "empty page" and letter.execution_id is not None
    assert letter.execution_id.endswith(":run-3") and letter.payload["page"]["key"] == "pages/run-3.html"
    assert letter.last_failed_at >= letter.created_at
    history = dead_letters.occurrences(first)
    assert [(o.execution_id or "").rsplit(":", 1)[-1] for o in history] == ["run-1", "run-2", "run-3"]
    # A different error is its own occurrence: the earlier message is still there.
    assert [o.error_message for o in history] == ["no job title found on page"] * 2 + ["empty page"]


def test_another_stage_or_item_is_another_letter(db: str) -> None:
    fail("run-1")
    fail("run-2", stage="normalize")
    dead_letters.record(
        workflow="ingestion", stage="extract", item_key=URL + "?page=2", payload={}, error_type="E",
        error_message="m", attempts=1, execution_id="x",
    )  # fmt: skip
    assert len(dead_letters.list_open()) == 3


def test_the_history_is_bounded_but_the_count_is_not(db: str) -> None:
    runs = dead_letters.MAX_OCCURRENCES + 5
    for n in range(runs):
        fail(f"run-{n}")
    [letter] = dead_letters.list_open()
    assert letter.occurrences == letter.attempts == runs
    history = dead_letters.occurrences(letter.id)
    assert len(history) == dead_letters.MAX_OCCURRENCES
    assert (history[0].execution_id or "").endswith(":run-5")  # the oldest five were dropped


@pytest.fixture
def pool_of_8(db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A connection pool with room for 8 concurrent transactions."""
    monkeypatch.setenv("HIREHOUND_POOL_MAX_SIZE", "8")
    get_settings.cache_clear()
    close_pool()
    yield 8
    close_pool()
    monkeypatch.delenv("HIREHOUND_POOL_MAX_SIZE")
    get_settings.cache_clear()


def test_concurrent_failures_of_one_item_end_in_one_letter(pool_of_8: int) -> None:
    """Real concurrency on the embedded Postgres: threads released together by a barrier, each with its
    own pooled connection, insert the same item's letter at the same moment."""
    workers = pool_of_8
    barrier = threading.Barrier(workers)
    ids: list[int] = []
    errors: list[BaseException] = []

    def failing(n: int) -> None:
        try:
            barrier.wait(timeout=30)
            ids.append(fail(f"concurrent-{n}"))
        except BaseException as exc:
            errors.append(exc)

    dead_letters.list_open()  # build the pool before the threads race for it
    threads = [threading.Thread(target=failing, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert errors == []
    assert len(set(ids)) == 1 and len(ids) == workers
    [letter] = dead_letters.list_letters(state=None)
    assert (letter.occurrences, letter.attempts) == (workers, workers)
    assert len(dead_letters.occurrences(letter.id)) == workers


def test_a_failure_after_resolution_opens_a_new_letter(db: str, conn: psycopg.Connection[Any]) -> None:
    first = fail("run-1")
    conn.execute("UPDATE dead_letters SET state = 'resolved', resolved_at = now() WHERE id = %s", (first,))
    second = fail("run-2")
    assert second != first
    assert [d.id for d in dead_letters.list_open()] == [second]


def test_a_redrive_failing_at_a_stage_where_the_item_has_a_letter_merges_the_two(db: str) -> None:
    extract = fail("run-1")
    normalize = fail("run-2", stage="normalize", error="posting has no title")
    name = f"redrive-{extract}-abc"
    assert dead_letters.begin_redrive(extract, name)
    dead_letters.redrive_started(name, f"arn:aws:states:us-east-1:1:execution:Ingestion:{name}")

    survivor = dead_letters.finish_redrive(
        name, succeeded=False, error="normalize: …", failure=("normalize", "BadInputError", "again", 1)
    )

    assert survivor == extract  # the older letter survives
    [letter] = dead_letters.list_letters(state=None)
    assert (letter.id, letter.stage, letter.state) == (extract, "normalize", State.OPEN)
    assert (letter.occurrences, letter.attempts, letter.error_message) == (3, 3, "again")
    assert [o.stage for o in dead_letters.occurrences(extract)] == ["extract", "normalize", "normalize"]
    assert [r.outcome for r in dead_letters.redrives(extract)] == ["failed"]
    assert dead_letters.get(normalize) is None


def test_a_redrive_failing_at_a_new_stage_moves_its_letter(db: str) -> None:
    extract = fail("run-1")
    name = f"redrive-{extract}-def"
    assert dead_letters.begin_redrive(extract, name)
    folded = dead_letters.finish_redrive(
        name, succeeded=False, failure=("normalize", "BadInputError", "posting has no title", 1)
    )
    letter = dead_letters.get(extract)
    assert folded == extract and letter is not None
    assert (letter.stage, letter.state, letter.occurrences) == ("normalize", State.OPEN, 2)


def test_rejected_queue_messages_of_one_page_share_its_letter_and_redeliveries_add_nothing(db: str) -> None:
    def reject(message_id: str) -> int:
        return failures.record_rejected_message(
            workflow="ingestion", stage="intake", message_id=message_id, body=f'{{"url": "{URL}"}}',
            item_key=URL, error=ValueError("invalid page message: key: Field required"),
        )  # fmt: skip

    assert reject("m-1") == reject("m-1") == reject("m-2")
    [letter] = dead_letters.list_open()
    assert letter.occurrences == 2


# -- migration 0050 ----------------------------------------------------------------------------------


@pytest.fixture
def before_0050(pg_server: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A database migrated up to (not including) 0050, as a deployment of the previous release."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    url = create_database(pg_server, name)
    with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
        for migration in available_migrations():
            if migration.version < 50:
                conn.execute(migration.sql.encode())
        monkeypatch.setenv("DATABASE_URL", url)
        close_pool()
        yield conn
    close_pool()
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _seed(conn: psycopg.Connection[Any], item: str, execution: str, **values: Any) -> int:
    row = conn.execute(
        "INSERT INTO dead_letters (workflow, stage, item_key, payload, error_type, error_message, attempts,"
        " execution_id, created_at, state, redriven_at, redrive_outcome)"
        " VALUES ('ingestion', %(stage)s, %(item)s, %(payload)s, 'BadInputError', %(error)s, %(attempts)s,"
        " %(execution)s, %(at)s, %(state)s, %(redriven_at)s, %(outcome)s) RETURNING id",
        {
            "stage": "extract",
            "item": item,
            "execution": execution,
            "error": "no job title found on page",
            "attempts": 1,
            "at": "2026-12-01 10:00+00",
            "state": "open",
            "redriven_at": None,
            "outcome": None,
            **values,
            "payload": Jsonb({"page": {"url": item, "key": execution}}),
        },
    ).fetchone()
    assert row is not None
    return int(row["id"])


def test_migration_0050_merges_existing_duplicates_into_the_oldest_letter(
    before_0050: psycopg.Connection[Any],
) -> None:
    conn = before_0050
    a1 = _seed(conn, "https://a.example/1", "run-1", attempts=2, at="2026-12-01 10:00+00")
    a2 = _seed(conn, "https://a.example/1", "run-2", error="empty page", at="2026-12-01 11:00+00")
    assert a2 > a1
    a3 = _seed(
        conn, "https://a.example/1", "run-3", at="2026-12-01 12:00+00", state="redriven",
        redriven_at="2026-12-01 12:30+00", outcome="running",
    )  # fmt: skip
    conn.execute(
        "INSERT INTO dead_letter_redrives (dead_letter_id, execution_name) VALUES (%s, 'redrive-x')", (a3,)
    )
    b = _seed(conn, "https://b.example/1", "run-4")
    done_1 = _seed(conn, "https://c.example/1", "run-5", state="resolved")
    done_2 = _seed(conn, "https://c.example/1", "run-6", state="resolved")
    c_open = _seed(conn, "https://c.example/1", "run-7")

    [migration] = [m for m in available_migrations() if m.version == 50]
    conn.execute(migration.sql.encode())

    letters = {r["id"]: r for r in conn.execute("SELECT * FROM dead_letters ORDER BY id").fetchall()}
    assert set(letters) == {a1, b, done_1, done_2, c_open}  # a2 and a3 folded into a1; resolved kept
    merged = letters[a1]
    assert (merged["occurrences"], merged["attempts"]) == (3, 4)
    assert merged["created_at"].isoformat().startswith("2026-12-01T10:00")
    assert merged["last_failed_at"].isoformat().startswith("2026-12-01T12:00")
    assert merged["execution_id"] == "run-3" and merged["payload"]["page"]["key"] == "run-3"
    assert (merged["state"], merged["redrive_outcome"]) == ("redriven", "running")  # its redrive runs on
    history = conn.execute(
        "SELECT execution_id, error_message FROM dead_letter_occurrences WHERE dead_letter_id = %s"
        " ORDER BY failed_at",
        (a1,),
    ).fetchall()
    assert [(h["execution_id"], h["error_message"]) for h in history] == [
        ("run-1", "no job title found on page"),
        ("run-2", "empty page"),
        ("run-3", "no job title found on page"),
    ]
    [trail] = conn.execute("SELECT dead_letter_id FROM dead_letter_redrives").fetchall()
    assert trail["dead_letter_id"] == a1
    assert all(letters[i]["occurrences"] == 1 for i in (b, done_1, done_2, c_open))
    with pytest.raises(psycopg.errors.UniqueViolation):
        _seed(conn, "https://b.example/1", "run-8")  # from now on the index holds one per item
