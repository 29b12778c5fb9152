"""The provider worker against the fake server and the embedded Postgres, with an injected clock."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hirehound.db import circuit_breakers, rate_limits
from hirehound.db.pool import transaction
from hirehound.enrich.circuit import CircuitStatus
from hirehound.enrich.providers import ClearbitProvider
from hirehound.enrich.worker import ProviderTask, SqsMessage, process_batch

from tests.fakes.provider_server import CannedCompany, FakeProviderServer, provider_server

pytestmark = pytest.mark.integration
__all__ = ["provider_server"]


class RecordingPort:
    """A TaskPort that remembers every answer and deferral."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def succeed(self, token: str, output: dict[str, Any]) -> None:
        self.calls.append(("succeed", output["result"]["name"]))

    def fail(self, token: str, error: str, cause: str) -> None:
        self.calls.append(("fail", error))

    def heartbeat(self, token: str) -> None:
        self.calls.append(("heartbeat", token))

    def defer(self, queue_arn: str, receipt_handle: str, seconds: int) -> None:
        self.calls.append(("defer", seconds))


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def message(n: int) -> SqsMessage:
    task = ProviderTask(
        task_token=f"token-{n}",
        provider="clearbit",
        company={"company_id": 1, "name": "Acme", "domain": "acme.example"},
    )
    return SqsMessage.model_validate(
        {
            "messageId": f"m{n}",
            "receiptHandle": f"r{n}",
            "body": json.dumps(task.model_dump(mode="json")),
            "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:EnrichClearbit",
        }
    )


@pytest.fixture
def clearbit(provider_server: FakeProviderServer) -> ClearbitProvider:
    provider_server.add_company(CannedCompany("Acme", "acme.example"))
    client = httpx.Client(timeout=httpx.Timeout(0.5))
    return ClearbitProvider(client, provider_server.url("clearbit"), "fake-key")


def run(n: int, clearbit: ClearbitProvider, port: RecordingPort, clock: Clock) -> dict[str, Any]:
    return process_batch([message(n)], providers={"clearbit": clearbit}, port=port, clock=clock)


def test_the_circuit_opens_fails_fast_and_recovers_after_the_cool_down(
    db: str, provider_server: FakeProviderServer, clearbit: ClearbitProvider
) -> None:
    clock, port = Clock(), RecordingPort()
    with transaction() as conn:
        circuit_breakers.configure(conn, "clearbit", failure_threshold=3, cooldown_s=30)
        rate_limits.configure(conn, "clearbit", capacity=100, refill_per_s=100, now=clock.now)
    provider_server.set("clearbit", mode="error", error_status=502)

    for n in range(3):
        run(n, clearbit, port, clock)
    assert port.calls == [("fail", "TransientError")] * 3
    with transaction() as conn:
        assert circuit_breakers.get(conn, "clearbit").state is CircuitStatus.OPEN

    provider_server.set("clearbit", mode="ok")
    clock.now += 10
    run(3, clearbit, port, clock)
    assert port.calls[-1] == ("fail", "CircuitOpen")
    assert len(provider_server.times("clearbit")) == 3  # failed fast: the provider was not called

    clock.now += 21  # cool-down over: one trial, which succeeds and closes the circuit
    run(4, clearbit, port, clock)
    assert port.calls[-1] == ("succeed", "Acme")
    with transaction() as conn:
        assert circuit_breakers.get(conn, "clearbit").state is CircuitStatus.CLOSED


def test_a_request_over_the_limit_is_deferred_and_counted(
    db: str, clearbit: ClearbitProvider, capsys: pytest.CaptureFixture[str]
) -> None:
    clock, port = Clock(), RecordingPort()
    with transaction() as conn:
        rate_limits.configure(conn, "clearbit", capacity=1, refill_per_s=0.25, now=clock.now)

    assert run(1, clearbit, port, clock) == {"batchItemFailures": []}
    assert run(2, clearbit, port, clock) == {"batchItemFailures": [{"itemIdentifier": "m2"}]}

    assert port.calls == [("succeed", "Acme"), ("heartbeat", "token-2"), ("defer", 4)]
    emitted = [json.loads(line) for line in capsys.readouterr().out.splitlines() if "RateLimitHits" in line]
    assert [(m["RateLimitHits"], m["provider"]) for m in emitted] == [([1.0], "clearbit")]
    clock.now += 4
    assert run(2, clearbit, port, clock) == {"batchItemFailures": []}


def test_a_429_holds_every_worker_off_for_the_retry_after(
    db: str, provider_server: FakeProviderServer, clearbit: ClearbitProvider
) -> None:
    clock, port = Clock(), RecordingPort()
    provider_server.set("clearbit", limit=0, window_s=3)

    assert run(1, clearbit, port, clock) == {"batchItemFailures": [{"itemIdentifier": "m1"}]}
    provider_server.set("clearbit", limit=None)
    assert run(2, clearbit, port, clock) == {"batchItemFailures": [{"itemIdentifier": "m2"}]}

    assert len(provider_server.times("clearbit")) == 1  # the second never reached the provider
    assert [seconds for kind, seconds in port.calls if kind == "defer"] == [3, 3]  # the Retry-After
