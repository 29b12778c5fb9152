"""Per-provider token buckets shared by every worker (`provider_rate_limits`).

`acquire` locks the provider's row (`SELECT … FOR UPDATE`), applies the pure bucket logic of
:mod:`hirehound.enrich.ratelimit` and writes the result back in the same transaction, so concurrent
workers on any number of Lambda instances never take the same token twice.
"""

from __future__ import annotations

from typing import Any

from hirehound.db.pool import Connection
from hirehound.enrich.ratelimit import Bucket, block, take

#: Used when a provider's row does not exist yet: (capacity, refill per second).
DEFAULT_LIMIT = (5.0, 5.0)


def configure(conn: Connection, provider: str, *, capacity: float, refill_per_s: float, now: float) -> None:
    """Set a provider's limit; the bucket starts full."""
    conn.execute(
        "INSERT INTO provider_rate_limits (provider, capacity, refill_per_s, tokens, refilled_at)"
        " VALUES (%s, %s, %s, %s, %s)"
        " ON CONFLICT (provider) DO UPDATE SET capacity = EXCLUDED.capacity,"
        " refill_per_s = EXCLUDED.refill_per_s, tokens = EXCLUDED.tokens,"
        " refilled_at = EXCLUDED.refilled_at, blocked_until = 0",
        (provider, capacity, refill_per_s, capacity, now),
    )


def _locked(conn: Connection, provider: str, now: float) -> Bucket:
    capacity, refill = DEFAULT_LIMIT
    conn.execute(
        "INSERT INTO provider_rate_limits (provider, capacity, refill_per_s, tokens, refilled_at)"
        " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (provider) DO NOTHING",
        (provider, capacity, refill, capacity, now),
    )
    row = conn.execute(
        "SELECT provider, capacity, refill_per_s, tokens, refilled_at, blocked_until"
        " FROM provider_rate_limits WHERE provider = %s FOR UPDATE",
        (provider,),
    ).fetchone()
    assert row is not None
    return Bucket(**row)


def _save(conn: Connection, bucket: Bucket, *, granted: int, hits: int) -> None:
    conn.execute(
        "UPDATE provider_rate_limits SET tokens = %s, refilled_at = %s, blocked_until = %s,"
        " granted = granted + %s, hits = hits + %s WHERE provider = %s",
        (bucket.tokens, bucket.refilled_at, bucket.blocked_until, granted, hits, bucket.provider),
    )


def acquire(conn: Connection, provider: str, now: float) -> float:
    """Take a token for one request to `provider`: 0.0 when granted, else the seconds to wait.

    Run it in its own short transaction (the row stays locked until commit)."""
    bucket, wait = take(_locked(conn, provider, now), now)
    _save(conn, bucket, granted=int(wait == 0.0), hits=int(wait > 0.0))
    return wait


def penalize(conn: Connection, provider: str, now: float, retry_after_s: float) -> None:
    """The provider said 429: hold every worker off until its Retry-After has passed."""
    _save(conn, block(_locked(conn, provider, now), now, retry_after_s), granted=0, hits=0)


def status(conn: Connection) -> list[dict[str, Any]]:
    """Every bucket, for the status view."""
    return conn.execute(
        "SELECT provider, capacity, refill_per_s, tokens, blocked_until, granted, hits"
        " FROM provider_rate_limits ORDER BY provider"
    ).fetchall()
