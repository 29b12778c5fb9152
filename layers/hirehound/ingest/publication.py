"""The publication decision: searchable only when every check passed, otherwise the reason why not."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    status: str  # published | duplicate | rejected
    reason: str | None


def decide(
    *,
    title: str | None,
    duplicate_of: int | None = None,
    duplicate_kind: str | None = None,
    spam_verdict: str | None = None,
    quality_score: float | None = None,
    min_quality: float = 20.0,
) -> Decision:
    """Duplicates and spam are never published; a posting without a title or with too little content
    is rejected; everything else is published."""
    if duplicate_of is not None:
        return Decision("duplicate", f"{duplicate_kind or 'duplicate'} of posting {duplicate_of}")
    if spam_verdict == "spam":
        return Decision("rejected", "spam")
    if not title:
        return Decision("rejected", "no title")
    if quality_score is not None and quality_score < min_quality:
        return Decision("rejected", f"quality {quality_score:.0f} below {min_quality:.0f}")
    return Decision("published", None)
