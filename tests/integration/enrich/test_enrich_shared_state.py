"""The Postgres token bucket and circuit breaker shared by concurrent workers."""

from __future__ import annotations

import threading

import pytest
from hirehound.db import circuit_breakers, rate_limits
from hirehound.db.pool import transaction
from hirehound.enrich.circuit import CircuitStatus

pytestmark = pytest.mark.integration


def test_concurrent_acquires_never_grant_more_than_the_bucket(db: str) -> None:
    with transaction() as conn:
        rate_limits.configure(conn, "linkedin", capacity=5, refill_per_s=1, now=100.0)
    grants: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            with transaction() as conn:
                wait = rate_limits.acquire(conn, "linkedin", 100.0)  # a frozen clock: no refill
            with lock:
                grants.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sum(1 for w in grants if w == 0.0) == 5
    assert len(grants) == 20


def test_breaker_state_is_shared_and_queryable(db: str) -> None:
    with transaction() as conn:
        circuit_breakers.configure(conn, "crunchbase", failure_threshold=2, cooldown_s=10)
        circuit_breakers.record_failure(conn, "crunchbase", 0.0, "HTTP 502")
        assert circuit_breakers.record_failure(conn, "crunchbase", 1.0, "HTTP 502") is CircuitStatus.OPEN
        assert circuit_breakers.allow(conn, "crunchbase", 5.0) == (False, 6.0)
        assert circuit_breakers.allow(conn, "crunchbase", 11.0) == (True, 0.0)
        assert circuit_breakers.allow(conn, "crunchbase", 11.5)[0] is False
        circuit_breakers.record_success(conn, "crunchbase")
        [row] = circuit_breakers.status(conn)
    assert (row["provider"], row["state"], row["consecutive_failures"]) == ("crunchbase", "closed", 0)
