"""Daily aggregate counts (`stats_snapshots`): a day's snapshot is replaced as a whole."""

from __future__ import annotations

from datetime import date
from typing import Any

from hirehound.db.pool import Connection

#: dimension -> query of (key, count). Status covers every posting; the others published ones.
DIMENSIONS: dict[str, str] = {
    "status": "SELECT status::text AS key, count(*) AS count FROM postings GROUP BY 1",
    "source": "SELECT source AS key, count(*) AS count FROM postings WHERE status = 'published' GROUP BY 1",
    "company": (
        "SELECT coalesce(c.name, p.company_name, 'unknown') AS key, count(*) AS count FROM postings p"
        " LEFT JOIN companies c ON c.id = p.company_id WHERE p.status = 'published' GROUP BY 1"
    ),
    "skill": (
        "SELECT s.name AS key, count(*) AS count FROM posting_skills ps JOIN skills s ON s.id = ps.skill_id"
        " JOIN postings p ON p.id = ps.posting_id WHERE p.status = 'published' GROUP BY 1"
    ),
}


def snapshot(conn: Connection, day: date) -> dict[str, int]:
    """Replace `day`'s rows with the current counts; returns the number of keys per dimension."""
    conn.execute("DELETE FROM stats_snapshots WHERE day = %s", (day,))
    written: dict[str, int] = {}
    for dimension, query in DIMENSIONS.items():
        cur = conn.execute(
            f"INSERT INTO stats_snapshots (day, dimension, key, count)"
            f" SELECT %s, %s, q.key, q.count FROM ({query}) q"
            f" ON CONFLICT (day, dimension, key) DO UPDATE SET count = EXCLUDED.count, taken_at = now()",
            (day, dimension),
        )
        written[dimension] = cur.rowcount
    return written


def load(conn: Connection, day: date) -> list[dict[str, Any]]:
    """The day's snapshot rows, by dimension and count."""
    return conn.execute(
        "SELECT dimension, key, count FROM stats_snapshots WHERE day = %s"
        " ORDER BY dimension, count DESC, key",
        (day,),
    ).fetchall()
