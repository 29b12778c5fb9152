"""Circuit breaker and token bucket state logic, with an injected clock."""

from __future__ import annotations

import pytest
from hirehound.enrich.circuit import Circuit, CircuitStatus, before_call, on_failure, on_success
from hirehound.enrich.ratelimit import Bucket, block, take

pytestmark = pytest.mark.unit


def test_circuit_opens_after_k_failures_fails_fast_then_half_opens_and_closes() -> None:
    circuit = Circuit("clearbit", failure_threshold=3, cooldown_s=30)
    for now in (0.0, 1.0):
        circuit = on_failure(circuit, now, "HTTP 503")
        assert circuit.state is CircuitStatus.CLOSED
    circuit = on_failure(circuit, 2.0, "HTTP 503")
    assert circuit.state is CircuitStatus.OPEN
    circuit, allowed = before_call(circuit, 31.9)
    assert not allowed and circuit.retry_in(31.9) == pytest.approx(0.1)
    circuit, allowed = before_call(circuit, 32.0)
    assert allowed and circuit.state is CircuitStatus.HALF_OPEN
    _, second = before_call(circuit, 32.5)
    assert not second  # only one trial
    assert on_success(circuit).state is CircuitStatus.CLOSED


def test_a_failed_trial_reopens_the_circuit() -> None:
    circuit = on_failure(Circuit("x", failure_threshold=1, cooldown_s=10), 0.0, "timeout")
    circuit, _ = before_call(circuit, 10.0)
    circuit = on_failure(circuit, 10.5, "timeout")
    assert circuit.state is CircuitStatus.OPEN and circuit.retry_in(11.0) == pytest.approx(9.5)


def test_bucket_grants_capacity_then_the_refill_rate() -> None:
    bucket = Bucket("p", capacity=2, refill_per_s=2, tokens=2, refilled_at=0.0)
    bucket, w1 = take(bucket, 0.0)
    bucket, w2 = take(bucket, 0.0)
    bucket, w3 = take(bucket, 0.0)
    assert (w1, w2) == (0.0, 0.0) and w3 == pytest.approx(0.5)
    bucket, w4 = take(bucket, 0.5)
    assert w4 == 0.0


def test_a_retry_after_blocks_the_bucket() -> None:
    bucket = block(Bucket("p", capacity=5, refill_per_s=5, tokens=5, refilled_at=0.0), 0.0, 3.0)
    _, wait = take(bucket, 1.0)
    assert wait == pytest.approx(2.0)
    _, wait = take(bucket, 3.0)
    assert wait == 0.0
