"""The circuit breaker's state machine, pure: the database module stores it, workers consult it.

closed --K consecutive failures--> open --cool-down elapsed--> half_open (one trial call)
half_open --trial succeeds--> closed;  half_open --trial fails--> open (cool-down starts again).
While open, and while a half-open trial is in flight, calls fail fast. A trial that never reports back
(a crashed worker) is given up after another cool-down and a new trial is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class CircuitStatus(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass(frozen=True)
class Circuit:
    """One provider's breaker. Times are epoch seconds from the caller's clock."""

    provider: str
    state: CircuitStatus = CircuitStatus.CLOSED
    consecutive_failures: int = 0
    failure_threshold: int = 5
    cooldown_s: float = 60.0
    opened_at: float | None = None
    trial_started_at: float | None = None
    last_error: str | None = None

    def retry_in(self, now: float) -> float:
        """Seconds until a call may be tried again (0 when one may be tried now)."""
        if self.state is CircuitStatus.OPEN and self.opened_at is not None:
            return max(0.0, self.opened_at + self.cooldown_s - now)
        if self.state is CircuitStatus.HALF_OPEN and self.trial_started_at is not None:
            return max(0.0, self.trial_started_at + self.cooldown_s - now)
        return 0.0


def before_call(circuit: Circuit, now: float) -> tuple[Circuit, bool]:
    """May a call be made now? Moves open -> half_open when the cool-down is over and claims the trial."""
    if circuit.state is CircuitStatus.CLOSED:
        return circuit, True
    if circuit.retry_in(now) > 0:
        return circuit, False
    return replace(circuit, state=CircuitStatus.HALF_OPEN, trial_started_at=now), True


def on_success(circuit: Circuit) -> Circuit:
    """A call succeeded: the breaker closes and the failure count resets."""
    return replace(
        circuit,
        state=CircuitStatus.CLOSED,
        consecutive_failures=0,
        opened_at=None,
        trial_started_at=None,
        last_error=None,
    )


def on_failure(circuit: Circuit, now: float, error: str) -> Circuit:
    """A call failed (5xx, timeout, connection error): count it; open at the threshold or on a failed
    trial."""
    failures = circuit.consecutive_failures + 1
    opens = circuit.state is CircuitStatus.HALF_OPEN or failures >= circuit.failure_threshold
    if not opens:
        return replace(circuit, consecutive_failures=failures, last_error=error)
    return replace(
        circuit,
        state=CircuitStatus.OPEN,
        consecutive_failures=failures,
        opened_at=now,
        trial_started_at=None,
        last_error=error,
    )
