"""A token bucket, pure: `capacity` requests at once, then `refill_per_s` per second on average.

In any window of `w` seconds a bucket grants at most `capacity + refill_per_s * w` requests. The database
module keeps one bucket per provider, shared by every worker, and applies :func:`take` under a row lock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Bucket:
    provider: str
    capacity: float
    refill_per_s: float
    tokens: float
    refilled_at: float
    blocked_until: float = 0.0

    def refilled(self, now: float) -> Bucket:
        """The bucket with the tokens earned since `refilled_at` (a clock that went back earns none)."""
        elapsed = max(0.0, now - self.refilled_at)
        tokens = min(self.capacity, self.tokens + elapsed * self.refill_per_s)
        return replace(self, tokens=tokens, refilled_at=max(now, self.refilled_at))


def take(bucket: Bucket, now: float) -> tuple[Bucket, float]:
    """Take one token: returns the new bucket and 0.0, or the unchanged (refilled) bucket and the
    seconds to wait before a token will be there (or the provider's Retry-After has passed)."""
    current = bucket.refilled(now)
    if now < current.blocked_until:
        return current, current.blocked_until - now
    if current.tokens >= 1.0:
        return replace(current, tokens=current.tokens - 1.0), 0.0
    return current, (1.0 - current.tokens) / current.refill_per_s


def block(bucket: Bucket, now: float, retry_after_s: float) -> Bucket:
    """The provider answered 429: nobody calls it before `now + retry_after_s`, and the bucket empties."""
    current = bucket.refilled(now)
    return replace(current, tokens=0.0, blocked_until=max(current.blocked_until, now + retry_after_s))
