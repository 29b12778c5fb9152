"""The maintenance state machines run locally on seeded data: expiry, cluster revalidation and the
daily job (liveness through its queue against a fake job board, stats, index optimization, cleanup)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from hirehound.db import archive, duplicates, rate_limits
from hirehound.db.pool import transaction
from hirehound.ingest import dedup
from hirehound.maintenance import indexes, liveness
from hirehound_local.cloud import LocalCloud

from tests.fakes.job_board_server import FakeJobBoard, Route, job_board

pytestmark = pytest.mark.e2e
__all__ = ["job_board"]

Conn = psycopg.Connection[Any]
TEXT = " ".join(f"step {i}: design and run data pipelines with the platform team {i % 9}" for i in range(60))


@pytest.fixture
def maint_cloud(db: str) -> Iterator[LocalCloud]:
    """The local cloud pointed at the fake job board."""
    env = {
        "DATABASE_URL": db,
        "HIREHOUND_LIVENESS_RATE_PER_S": "100",
        "HIREHOUND_LIVENESS_BURST": "100",
        "HIREHOUND_LIVENESS_TIMEOUT_S": "5",
        "POWERTOOLS_METRICS_DISABLED": "true",
    }
    with LocalCloud(env=env) as local:
        yield local


def add_page(conn: Conn, url: str, *, days_ago: int = 0) -> int:
    row = conn.execute(
        "INSERT INTO raw_pages (url, source, body_sha256, bucket, object_key, size_bytes, fetched_at)"
        " VALUES (%s, 'test', md5(%s), 'raw', md5(%s), 1, now() - make_interval(days => %s)) RETURNING id",
        (url, url, url, days_ago),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def add_posting(
    conn: Conn,
    url: str,
    *,
    status: str = "published",
    posted_days_ago: int = 1,
    expires_in_days: int | None = None,
    updated_days_ago: int = 0,
    page_days_ago: int = 0,
    quality: float = 60.0,
    company_id: int | None = None,
    source: str = "board-a",
) -> int:
    row = conn.execute(
        "INSERT INTO postings (raw_page_id, url, source, extraction_method, raw, title, status,"
        " posted_on, expires_on, quality_score, company_id, updated_at)"
        " VALUES (%s, %s, %s, 'jsonld', '{}', 'Data Engineer', %s, current_date - %s::int,"
        " current_date + %s::int, %s, %s, now() - make_interval(days => %s)) RETURNING id",
        (
            add_page(conn, url, days_ago=page_days_ago),
            url,
            source,
            status,
            posted_days_ago,
            expires_in_days,
            quality,
            company_id,
            updated_days_ago,
        ),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def add_company(conn: Conn, name: str) -> int:
    row = conn.execute(
        "INSERT INTO companies (name, normalized_name, blocking_key) VALUES (%s, %s, %s) RETURNING id",
        (name, name.lower(), name.lower()[:3]),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def statuses(conn: Conn, *ids: int) -> list[str | None]:
    rows = {r["id"]: r["status"] for r in conn.execute("SELECT id, status::text FROM postings").fetchall()}
    return [rows.get(i) for i in ids]


def cluster_of(posting_id: int, *members: tuple[int, str]) -> int:
    """A duplicate cluster with `posting_id` as canonical and `members` (id, kind) as duplicates."""
    with transaction() as conn:
        cluster_id = duplicates.start_cluster(conn, posting_id)
        for member, kind in members:
            duplicates.join_cluster(conn, cluster_id, member, kind, 1.0)
            duplicates.mark_duplicate(conn, member, duplicate_of=posting_id, kind=kind)
    return cluster_id


def sign(posting_id: int, text: str) -> None:
    """Store the description and ingestion's signatures for it."""
    signature = dedup.minhash_signature(text)
    with transaction() as conn:
        conn.execute("UPDATE postings SET description_text = %s WHERE id = %s", (text, posting_id))
        duplicates.save_signatures(
            conn,
            posting_id,
            content_hash=dedup.content_hash("Data Engineer", None, text),
            minhash=signature,
            band_keys=dedup.lsh_band_keys(signature),
        )


# -- expiry ----------------------------------------------------------------------------------------


def test_expiry_expires_by_date_age_and_liveness_once(maint_cloud: LocalCloud, conn: Conn) -> None:
    dated = add_posting(conn, "https://b.example/jobs/1", expires_in_days=-1)
    old = add_posting(conn, "https://b.example/jobs/2", posted_days_ago=90)
    gone = add_posting(conn, "https://b.example/jobs/3", status="duplicate")
    conn.execute(
        "INSERT INTO posting_liveness (posting_id, outcome, http_status, detail)"
        " VALUES (%s, 'gone', 404, 'HTTP 404')",
        (gone,),
    )
    current = add_posting(conn, "https://b.example/jobs/4", expires_in_days=10)
    rejected = add_posting(conn, "https://b.example/jobs/5", status="rejected", expires_in_days=-30)

    first = maint_cloud.run("MaintenanceExpiry", {"task": "expiry"})
    assert first.status == "SUCCEEDED", first.cause
    assert first.output["expire"]["expired"] == 3
    assert first.output["expire"]["by_reason"] == {"expiry_date": 1, "age": 1, "gone": 1}
    assert statuses(conn, dated, old, gone, current, rejected) == [
        "expired",
        "expired",
        "expired",
        "published",
        "rejected",
    ]
    reason = conn.execute("SELECT status_reason FROM postings WHERE id = %s", (gone,)).fetchone()
    assert reason is not None and reason["status_reason"] == "gone from its board: HTTP 404"

    again = maint_cloud.run("MaintenanceExpiry", {"task": "expiry"})
    assert again.status == "SUCCEEDED" and again.output["expire"]["expired"] == 0


# -- revalidation ----------------------------------------------------------------------------------


def test_revalidation_repicks_the_canonical_and_splits_members_that_no_longer_match(
    maint_cloud: LocalCloud, conn: Conn
) -> None:
    acme = add_company(conn, "Acme")
    old = add_posting(conn, "https://a.example/1", status="expired", quality=50, company_id=acme)
    best = add_posting(conn, "https://b.example/1", status="duplicate", quality=80, company_id=acme)
    reworded = add_posting(conn, "https://c.example/1", status="duplicate", quality=70, company_id=acme)
    changed = add_posting(conn, "https://d.example/1", status="duplicate", quality=30, company_id=acme)
    for pid in (old, best):
        sign(pid, TEXT)
    sign(reworded, TEXT + " Bonus: a yearly conference budget.")
    sign(changed, "Barista wanted for a busy espresso bar, early shifts, latte art a plus.")
    cluster = cluster_of(old, (best, "exact"), (reworded, "near"), (changed, "exact"))

    run = maint_cloud.run("MaintenanceRevalidation", {"task": "revalidation"})
    assert run.status == "SUCCEEDED", run.cause
    assert run.output["revalidate_clusters"] == {
        "ok": True,
        "clusters": 1,
        "canonical_changed": 1,
        "split_postings": 1,
    }

    canonical = conn.execute("SELECT canonical_posting_id FROM duplicate_clusters WHERE id = %s", (cluster,))
    assert canonical.fetchone() == {"canonical_posting_id": best}
    rows = {
        r["id"]: r
        for r in conn.execute(
            "SELECT id, status::text, duplicate_of, duplicate_verdict FROM postings"
        ).fetchall()
    }
    assert (rows[best]["status"], rows[best]["duplicate_of"]) == ("published", None)
    assert (rows[reworded]["status"], rows[reworded]["duplicate_of"]) == ("duplicate", best)
    assert rows[reworded]["duplicate_verdict"] == "near"  # confirmed by ingestion's deep check
    assert (rows[changed]["status"], rows[changed]["duplicate_of"]) == ("published", None)
    assert rows[old]["status"] == "expired"
    memberships = conn.execute(
        "SELECT cluster_id, left_at IS NULL AS current, reason FROM cluster_members WHERE posting_id = %s"
        " ORDER BY joined_at",
        (changed,),
    ).fetchall()
    assert [(m["cluster_id"] == cluster, m["current"]) for m in memberships] == [(True, False), (False, True)]
    assert memberships[1]["reason"] == "canonical"  # its own cluster now

    again = maint_cloud.run("MaintenanceRevalidation", {"task": "revalidation"})
    assert again.status == "SUCCEEDED"
    assert again.output["revalidate_clusters"] == {
        "ok": True,
        "clusters": 1,
        "canonical_changed": 0,
        "split_postings": 0,
    }


# -- daily -----------------------------------------------------------------------------------------


def _seed_liveness(conn: Conn, board: FakeJobBoard, company: int) -> dict[str, int]:
    board.add("jobs/1", Route(200))
    board.add("jobs/3", Route(302, location="/jobs"))
    board.add("jobs", Route(200))
    board.add("jobs/4", Route(200, head_allowed=False))
    board.add("jobs/5", Route(410))
    board.add("jobs/6", Route(200))
    return {
        "alive": add_posting(conn, board.url("jobs/1"), company_id=company),
        "not_found": add_posting(conn, board.url("jobs/2"), company_id=company),
        "to_listing": add_posting(conn, board.url("jobs/3"), company_id=company, source="board-b"),
        "no_head": add_posting(conn, board.url("jobs/4"), company_id=company, source="board-b"),
        "gone": add_posting(conn, board.url("jobs/5", host="localhost"), company_id=company),
    }


def _seed_cleanup(conn: Conn, board: FakeJobBoard) -> dict[str, int]:
    old: dict[str, Any] = {"updated_days_ago": 200, "page_days_ago": 400}
    ids = {
        "old_expired": add_posting(conn, "https://x.example/1", status="expired", **old),
        "recent_rejected": add_posting(conn, "https://x.example/2", status="rejected", updated_days_ago=10),
        "old_canonical": add_posting(conn, "https://x.example/3", status="expired", **old),
        "live_member": add_posting(conn, board.url("jobs/6"), status="duplicate"),
        "old_canonical2": add_posting(conn, "https://x.example/4", status="expired", **old),
        "old_member2": add_posting(conn, "https://x.example/5", status="expired", **old),
        "orphan_old_page": add_page(conn, "https://x.example/broken", days_ago=400),
        "orphan_new_page": add_page(conn, "https://x.example/broken-too", days_ago=10),
    }
    skill = conn.execute("INSERT INTO skills (name, category) VALUES ('python', 'language') RETURNING id")
    skill_id = skill.fetchone()["id"]  # type: ignore[index]
    conn.execute(
        "INSERT INTO posting_skills (posting_id, skill_id) VALUES (%s, %s)", (ids["old_expired"], skill_id)
    )
    cluster_of(ids["old_canonical"], (ids["live_member"], "exact"))
    ids["doomed_cluster"] = cluster_of(ids["old_canonical2"], (ids["old_member2"], "exact"))
    conn.execute(  # marking the duplicate touched it: make it old again
        "UPDATE postings SET updated_at = now() - interval '200 days' WHERE id = %s", (ids["old_member2"],)
    )
    return ids


def test_daily_checks_liveness_snapshots_stats_and_archives_then_expiry_uses_liveness(
    maint_cloud: LocalCloud, conn: Conn, job_board: FakeJobBoard
) -> None:
    company = add_company(conn, "Acme")
    live = _seed_liveness(conn, job_board, company)
    gone = _seed_cleanup(conn, job_board)
    conn.execute("INSERT INTO skills (name, category) VALUES ('sql', 'language')")
    conn.execute(
        "INSERT INTO posting_skills (posting_id, skill_id) SELECT %s, id FROM skills WHERE name = 'sql'",
        (live["alive"],),
    )

    daily = maint_cloud.run("MaintenanceDaily", {"task": "daily"})
    assert daily.status == "SUCCEEDED", daily.cause
    results = daily.output["results"]
    assert all(part["ok"] for part in results.values())
    assert results["liveness"] == {"ok": True, "enqueued": 6, "boards": 2}  # 127.0.0.1 and localhost
    assert maint_cloud.drain("MaintenanceLiveness") >= 6

    outcomes = {
        r["posting_id"]: (r["outcome"], r["http_status"])
        for r in conn.execute("SELECT posting_id, outcome, http_status FROM posting_liveness").fetchall()
    }
    assert outcomes[live["alive"]] == ("alive", 200)
    assert outcomes[live["not_found"]] == ("gone", 404)
    assert outcomes[live["to_listing"]] == ("gone", 200)  # redirected to the jobs listing
    assert outcomes[live["no_head"]] == ("alive", 200)
    assert outcomes[live["gone"]] == ("gone", 410)
    assert [h.method for h in job_board.requests("jobs/4")] == ["HEAD", "GET"]

    # stats: published postings by status, source, company and skill (cleanup cannot change those)
    snapshot = {
        (r["dimension"], r["key"]): r["count"]
        for r in conn.execute(
            "SELECT dimension, key, count FROM stats_snapshots WHERE day = %s", (datetime.now(UTC).date(),)
        ).fetchall()
    }
    assert snapshot[("status", "published")] == 5
    assert snapshot[("source", "board-a")] == 3 and snapshot[("source", "board-b")] == 2
    assert snapshot[("company", "Acme")] == 5
    assert snapshot[("skill", "sql")] == 1 and ("skill", "python") not in snapshot  # python's is expired

    # cleanup: archived, then deleted; what something alive depends on, or is recent, stays
    archived = {r["posting_id"]: r for r in conn.execute("SELECT * FROM archived_postings").fetchall()}
    assert set(archived) == {gone["old_expired"], gone["old_canonical2"], gone["old_member2"]}
    assert archived[gone["old_expired"]]["skills"] == [{"skill": "python", "mentions": 1}]
    assert len(archived[gone["old_canonical2"]]["clusters"]) == 2
    assert statuses(conn, *archived) == [None, None, None]
    assert statuses(conn, gone["recent_rejected"], gone["old_canonical"]) == ["rejected", "expired"]
    assert conn.execute(
        "SELECT count(*) AS n FROM duplicate_clusters WHERE id = %s", (gone["doomed_cluster"],)
    ).fetchone() == {"n": 0}
    pages = {r["raw_page_id"] for r in conn.execute("SELECT raw_page_id FROM archived_raw_pages").fetchall()}
    expected_pages = {archived[p]["raw_page_id"] for p in archived} | {gone["orphan_old_page"]}
    assert pages == expected_pages
    remaining = {r["id"] for r in conn.execute("SELECT id FROM raw_pages").fetchall()}
    assert not pages & remaining and gone["orphan_new_page"] in remaining

    expiry = maint_cloud.run("MaintenanceExpiry", {"task": "expiry"})
    assert expiry.status == "SUCCEEDED"
    assert expiry.output["expire"]["by_reason"] == {"gone": 3}
    assert statuses(conn, *live.values()) == ["published", "expired", "expired", "published", "expired"]


# -- the pieces the workflows rely on --------------------------------------------------------------


def test_delete_only_removes_postings_and_pages_that_were_archived(db: str, conn: Conn) -> None:
    kept = add_posting(conn, "https://x.example/kept", status="expired", updated_days_ago=400)
    page = add_page(conn, "https://x.example/orphan", days_ago=400)
    with transaction() as tx:
        assert archive.delete_archived_postings(tx, [kept]) == []
        assert archive.delete_archived_raw_pages(tx, [page]) == []
    assert statuses(conn, kept) == ["expired"]
    with transaction() as tx:
        archive.archive_postings(tx, [kept])
        assert archive.delete_archived_postings(tx, [kept]) == [kept]
    assert statuses(conn, kept) == [None]


def _stat(conn: Conn, table: str, column: str) -> int:
    """A counter of `pg_stat_user_tables` (-1 before the table's statistics arrived)."""
    row = conn.execute(
        f"SELECT {column} AS value FROM pg_stat_user_tables WHERE relname = %s", (table,)
    ).fetchone()
    return int(row["value"]) if row and row["value"] is not None else -1


def _flushed(conn: Conn, table: str, column: str, check: Any) -> None:
    """Flush this session's statistics and wait until the table's counter passes `check`."""
    conn.execute("SELECT pg_stat_force_next_flush()")
    _wait_for(lambda: check(_stat(conn, table, column)))


def _wait_for(predicate: Any, timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "statistics did not arrive"
        time.sleep(0.1)


def test_index_optimization_acts_on_measured_bloat_only(db: str, conn: Conn) -> None:
    for table in ("bloated_probe", "calm_probe"):
        conn.execute(
            f"CREATE TABLE {table} (id int PRIMARY KEY, label text) WITH (autovacuum_enabled = false);"
            f"CREATE INDEX {table}_label_idx ON {table} (label);"
            f"INSERT INTO {table} SELECT g, 'label ' || g FROM generate_series(1, 3000) g"
        )
        _flushed(conn, table, "n_live_tup", lambda n: n == 3000)
        conn.execute(f"ANALYZE {table}")
        _flushed(conn, table, "n_mod_since_analyze", lambda n: n == 0)
    conn.execute("DELETE FROM bloated_probe WHERE id > 1000")
    _flushed(conn, "bloated_probe", "n_dead_tup", lambda n: n >= 2000)

    done = indexes.run()
    assert "bloated_probe" in done["vacuumed"]
    assert {"bloated_probe_pkey", "bloated_probe_label_idx"} <= set(done["reindexed"])
    touched = done["analyzed"] + done["vacuumed"] + done["reindexed"]
    assert not [name for name in touched if name.startswith("calm_probe")]
    log = conn.execute(
        "SELECT relation, action, dead_rows, reason FROM index_maintenance_log"
        " WHERE relation LIKE 'bloated%%' ORDER BY id"
    ).fetchall()
    assert [r["action"] for r in log] == ["vacuum_analyze", "reindex", "reindex"]
    assert all(r["dead_rows"] >= 2000 and r["reason"].startswith("dead 67%") for r in log)

    _wait_for(lambda: _stat(conn, "bloated_probe", "n_dead_tup") == 0)
    assert "bloated_probe" not in indexes.run()["vacuumed"]  # healthy now: nothing to do twice


class FakeSqs:
    """The two SQS calls a deferral makes, recorded."""

    def __init__(self) -> None:
        self.deferred: list[tuple[str, int]] = []

    def get_queue_url(self, QueueName: str, QueueOwnerAWSAccountId: str) -> dict[str, str]:  # noqa: N803 - boto3's spelling
        return {"QueueUrl": f"https://sqs.local/{QueueName}"}

    def change_message_visibility(self, QueueUrl: str, ReceiptHandle: str, VisibilityTimeout: int) -> None:  # noqa: N803
        self.deferred.append((ReceiptHandle, VisibilityTimeout))


def _records(tasks: dict[str, tuple[int, str]]) -> dict[str, Any]:
    return {
        "Records": [
            {
                "messageId": name,
                "receiptHandle": f"rh-{name}",
                "body": json.dumps({"posting_id": pid, "url": url}),
                "attributes": {},
                "messageAttributes": {},
                "md5OfBody": "",
                "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:MaintenanceLiveness",
                "awsRegion": "us-east-1",
            }
            for name, (pid, url) in tasks.items()
        ]
    }


def test_liveness_checks_are_rate_limited_per_board(db: str, conn: Conn, job_board: FakeJobBoard) -> None:
    for path in ("jobs/a1", "jobs/a2", "jobs/b1"):
        job_board.add(path, Route(200))
    tasks = {
        "a1": job_board.url("jobs/a1"),
        "a2": job_board.url("jobs/a2"),
        "b1": job_board.url("jobs/b1", host="localhost"),
    }
    ids = {name: (add_posting(conn, url), url) for name, url in tasks.items()}
    with transaction() as tx:
        for url in tasks.values():
            rate_limits.configure(tx, liveness.bucket_key(url), capacity=1, refill_per_s=0.5, now=1000.0)
    sqs = FakeSqs()

    first = liveness.process_batch(_records(ids), sqs=sqs, clock=lambda: 1000.0)
    assert first == {"batchItemFailures": [{"itemIdentifier": "a2"}]}  # board a's one token is spent
    assert sqs.deferred == [("rh-a2", 2)]  # visible again once a token has refilled
    assert sorted(h.path for h in job_board.requests()) == ["/jobs/a1", "/jobs/b1"]

    later = liveness.process_batch(_records({"a2": ids["a2"]}), sqs=sqs, clock=lambda: 1002.5)
    assert later == {"batchItemFailures": []}
    checked = conn.execute("SELECT posting_id FROM posting_liveness ORDER BY posting_id").fetchall()
    assert [r["posting_id"] for r in checked] == sorted(pid for pid, _ in ids.values())


def test_a_boards_429_blocks_its_bucket_for_the_retry_after(
    db: str, conn: Conn, job_board: FakeJobBoard
) -> None:
    url = job_board.add("jobs/busy", Route(429, retry_after=30))
    posting = add_posting(conn, url)
    sqs = FakeSqs()
    response = liveness.process_batch(_records({"m": (posting, url)}), sqs=sqs, clock=lambda: 1000.0)
    assert response == {"batchItemFailures": [{"itemIdentifier": "m"}]}
    assert sqs.deferred == [("rh-m", 30)]
    with transaction() as tx:  # every worker now waits for the board
        assert rate_limits.acquire(tx, liveness.bucket_key(url), 1010.0) == pytest.approx(20.0)
    assert conn.execute("SELECT count(*) AS n FROM posting_liveness").fetchone() == {"n": 0}


def test_the_cli_runs_a_scheduled_workflow_on_demand(
    db: str,
    conn: Conn,
    capsys: pytest.CaptureFixture[str],
    job_board: FakeJobBoard,
) -> None:
    from hirehound_local.cli import main

    dated = add_posting(conn, "https://b.example/jobs/1", expires_in_days=-1)
    current = add_posting(conn, job_board.add("jobs/2", Route(200)))
    assert main(["maintenance", "expiry"]) == 0
    assert "MaintenanceExpiry: SUCCEEDED" in capsys.readouterr().out
    assert statuses(conn, dated, current) == ["expired", "published"]

    assert main(["maintenance", "daily"]) == 0
    out = capsys.readouterr().out
    assert "MaintenanceDaily: SUCCEEDED" in out and "liveness messages processed: 1" in out
    assert "Today's stats snapshot" in out and "published" in out
    assert conn.execute("SELECT outcome FROM posting_liveness").fetchall() == [{"outcome": "alive"}]
