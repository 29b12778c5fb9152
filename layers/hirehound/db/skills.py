"""Skills of a posting: replaced as a whole, so a rerun leaves the same rows."""

from __future__ import annotations

from collections.abc import Sequence

from hirehound.db.pool import Connection


def replace_posting_skills(conn: Connection, posting_id: int, hits: Sequence[tuple[str, str, int]]) -> None:
    """`hits` are (canonical name, category, mentions)."""
    conn.execute("DELETE FROM posting_skills WHERE posting_id = %s", (posting_id,))
    for name, category, mentions in hits:
        conn.execute(
            "INSERT INTO skills (name, category) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING",
            (name, category),
        )
        conn.execute(
            "INSERT INTO posting_skills (posting_id, skill_id, mentions)"
            " SELECT %s, id, %s FROM skills WHERE name = %s",
            (posting_id, mentions, name),
        )


def skill_names(conn: Connection, posting_id: int) -> list[str]:
    rows = conn.execute(
        "SELECT s.name FROM posting_skills ps JOIN skills s ON s.id = ps.skill_id WHERE ps.posting_id = %s"
        " ORDER BY s.name",
        (posting_id,),
    ).fetchall()
    return [row["name"] for row in rows]
