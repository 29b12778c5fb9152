"""Companies and their identity keys (names, domains, ATS boards): the Postgres store behind
:func:`hirehound.companies.identity.resolve`.

Creation is safe under concurrent workers: :meth:`PostgresCompanies.lock` takes a transaction-scoped
advisory lock per key of the posting (its name block, domain and board), in a fixed order, before the
candidates are read, so two pages of one new company that arrive at once are matched one after the
other and give one row. Lookups follow ``merged_into`` to the live company (the enrichment workflow
merges rows too, without moving keys).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import psycopg

from hirehound.companies.identity import CompanyKeys
from hirehound.companies.matching import CompanyCandidate
from hirehound.db.pool import Connection

# The live company behind a row: merged_into followed to its end (chains are short; depth-capped).
_LIVE = """
WITH RECURSIVE chain(start_id, id, merged_into, depth) AS (
    SELECT c.id, c.id, c.merged_into, 0 FROM companies c WHERE c.id = ANY(%(ids)s)
  UNION ALL
    SELECT chain.start_id, c.id, c.merged_into, chain.depth + 1
    FROM chain JOIN companies c ON c.id = chain.merged_into WHERE chain.depth < 16
)
SELECT start_id, id AS live_id FROM chain WHERE merged_into IS NULL
"""


class PostgresCompanies:
    """The ``CompanyStore`` of the MatchCompany stage, on one open transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def lock(self, keys: CompanyKeys) -> None:
        """Serialize the work of postings that share any key (advisory, released at commit)."""
        names = sorted(
            f"company:{kind}:{value}"
            for kind, value in (("block", keys.blocking_key), ("domain", keys.domain), ("board", keys.board))
            if value is not None
        )
        for name in names:
            self.conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (name,))

    def candidates(self, keys: CompanyKeys) -> list[CompanyCandidate]:
        """Live companies sharing the name block (own name or a learned one), the domain or the board."""
        rows = self.conn.execute(
            "SELECT id FROM companies WHERE blocking_key = %(block)s OR domain = %(domain)s"
            " UNION SELECT company_id FROM company_names WHERE blocking_key = %(block)s"
            " UNION SELECT company_id FROM company_domains WHERE domain = %(domain)s"
            " UNION SELECT company_id FROM company_boards WHERE board = %(board)s",
            {"block": keys.blocking_key, "domain": keys.domain, "board": keys.board},
        ).fetchall()
        live = sorted(set(self._live([r["id"] for r in rows]).values()))
        return self._load(live)

    def create(self, keys: CompanyKeys, *, website: str | None) -> tuple[int, bool]:
        """Insert the company with its keys; (id, created). A row the unique indexes already hold (same
        domain, or the same name without a domain) is returned instead, as its live company."""
        row = self.conn.execute(
            "INSERT INTO companies (name, normalized_name, domain, blocking_key, website)"
            " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING id",
            (keys.name, keys.normalized_name, keys.domain, keys.blocking_key, website),
        ).fetchone()
        if row is None:
            existing = self.conn.execute(
                "SELECT id FROM companies WHERE domain = %s OR (domain IS NULL AND %s::text IS NULL"
                " AND normalized_name = %s) ORDER BY id LIMIT 1",
                (keys.domain, keys.domain, keys.normalized_name),
            ).fetchone()
            assert existing is not None, "insert conflicted with no row"
            company_id = self._live([int(existing["id"])])[int(existing["id"])]
            self.learn(company_id, keys, alias=False)
            return company_id, False
        company_id = int(row["id"])
        self.learn(company_id, keys, alias=True)
        return company_id, True

    def learn(self, company_id: int, keys: CompanyKeys, *, alias: bool) -> None:
        """Keep the posting's keys on the company: its board, its domain when the company has none (and
        no other company has it), and with ``alias`` its cleaned name."""
        if alias:
            self.conn.execute(
                "INSERT INTO company_names (company_id, normalized_name, blocking_key) VALUES (%s, %s, %s)"
                " ON CONFLICT DO NOTHING",
                (company_id, keys.normalized_name, keys.blocking_key),
            )
        if keys.board:
            self.conn.execute(
                "INSERT INTO company_boards (board, company_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (keys.board, company_id),
            )
        if keys.domain:
            self.conn.execute(
                "INSERT INTO company_domains (domain, company_id) SELECT %(domain)s, %(id)s"
                " WHERE NOT EXISTS (SELECT 1 FROM company_domains WHERE company_id = %(id)s)"
                " ON CONFLICT DO NOTHING",
                {"domain": keys.domain, "id": company_id},
            )
            self.conn.execute(
                "UPDATE companies SET domain = %(domain)s, updated_at = now()"
                " WHERE id = %(id)s AND domain IS NULL AND NOT EXISTS (SELECT 1 FROM companies"
                " WHERE domain = %(domain)s)",
                {"domain": keys.domain, "id": company_id},
            )

    def merge(self, source_id: int, into_id: int) -> None:
        """Merge ``source_id`` into ``into_id``: the row points to the survivor (and so do rows merged
        into it), its keys and postings move there."""
        params = {"source": source_id, "into": into_id}
        self.conn.execute(
            "UPDATE companies SET merged_into = %(into)s, updated_at = now()"
            " WHERE (id = %(source)s OR merged_into = %(source)s) AND id <> %(into)s",
            params,
        )
        self.conn.execute(
            "INSERT INTO company_names (company_id, normalized_name, blocking_key)"
            " SELECT %(into)s, normalized_name, blocking_key FROM company_names WHERE company_id = %(source)s"
            " UNION SELECT %(into)s, normalized_name, blocking_key FROM companies WHERE id = %(source)s"
            " ON CONFLICT DO NOTHING",
            params,
        )
        for table in ("company_domains", "company_boards"):
            self.conn.execute(
                f"UPDATE {table} SET company_id = %(into)s WHERE company_id = %(source)s",
                params,
            )
        self.conn.execute(
            "UPDATE postings SET company_id = %(into)s, updated_at = now() WHERE company_id = %(source)s",
            params,
        )
        self._move_domain(source_id, into_id)

    def _move_domain(self, source_id: int, into_id: int) -> None:
        """The survivor takes the merged row's ``domain`` column when it has none (enrichment reads it);
        skipped, inside a savepoint, if the name index forbids the merged row going without one."""
        row = self.conn.execute(
            "SELECT s.domain FROM companies s, companies i"
            " WHERE s.id = %s AND i.id = %s AND s.domain IS NOT NULL AND i.domain IS NULL",
            (source_id, into_id),
        ).fetchone()
        if row is None:
            return
        try:
            with self.conn.transaction():
                self.conn.execute("UPDATE companies SET domain = NULL WHERE id = %s", (source_id,))
                self.conn.execute(
                    "UPDATE companies SET domain = %s, updated_at = now() WHERE id = %s",
                    (row["domain"], into_id),
                )
        except psycopg.errors.UniqueViolation:
            return

    def live_id(self, company_id: int) -> int:
        """The live company behind ``company_id``, read with a share lock so that a merge running now
        is waited for (a posting is never attached to a row that was just merged away)."""
        while True:
            row = self.conn.execute(
                "SELECT merged_into FROM companies WHERE id = %s FOR SHARE", (company_id,)
            ).fetchone()
            if row is None or row["merged_into"] is None:
                return company_id
            company_id = int(row["merged_into"])

    def _live(self, ids: Iterable[int]) -> dict[int, int]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        rows = self.conn.execute(_LIVE, {"ids": wanted}).fetchall()
        return {int(r["start_id"]): int(r["live_id"]) for r in rows}

    def _load(self, ids: list[int]) -> list[CompanyCandidate]:
        if not ids:
            return []
        rows = self.conn.execute(
            "SELECT c.id, c.normalized_name,"
            " coalesce(c.domain, (SELECT min(d.domain) FROM company_domains d WHERE d.company_id = c.id))"
            " AS domain,"
            " array(SELECT n.normalized_name FROM company_names n WHERE n.company_id = c.id"
            "  AND n.normalized_name <> c.normalized_name ORDER BY 1) AS names,"
            " array(SELECT b.board FROM company_boards b WHERE b.company_id = c.id ORDER BY 1) AS boards"
            " FROM companies c WHERE c.id = ANY(%s) ORDER BY c.id",
            (ids,),
        ).fetchall()
        return [_candidate(row) for row in rows]


def _candidate(row: dict[str, Any]) -> CompanyCandidate:
    return CompanyCandidate(
        id=row["id"],
        normalized_name=row["normalized_name"],
        domain=row["domain"],
        names=tuple(row["names"]),
        boards=tuple(row["boards"]),
    )
