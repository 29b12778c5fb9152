"""Merging provider answers into one profile with field-level provenance.

Source precedence (first provider with a non-empty value wins; the others are kept as alternatives):

- name, domain, website, hq_city, hq_country: clearbit > linkedin > crunchbase  (Clearbit is keyed by
  domain, so its identity and address data belong to exactly the company asked about);
- industry, employee_count: linkedin > clearbit > crunchbase  (LinkedIn's staff count is live, its
  industry list is the one job seekers know; Crunchbase reports head count as a coarse range);
- description: crunchbase > clearbit > linkedin  (a curated short description);
- logo_url: clearbit > linkedin > crunchbase.

A provider whose worker never answered (the task timed out: ``States.Timeout`` or
``States.HeartbeatTimeout``) is ``missing``; one that answered with a failure is ``failed``. Both keep
the error and its cause.

Values the company already has (from ingestion) are used only when no provider has the field
(source ``internal``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from hirehound.enrich.providers import ProviderResult

MISSING_ERRORS = frozenset({"States.Timeout", "States.HeartbeatTimeout"})
IDENTITY = ("clearbit", "linkedin", "crunchbase")
WORKFORCE = ("linkedin", "clearbit", "crunchbase")
PRECEDENCE: dict[str, tuple[str, ...]] = {
    "name": IDENTITY,
    "domain": IDENTITY,
    "website": IDENTITY,
    "hq_city": IDENTITY,
    "hq_country": IDENTITY,
    "industry": WORKFORCE,
    "employee_count": WORKFORCE,
    "description": ("crunchbase", "clearbit", "linkedin"),
    "logo_url": ("clearbit", "linkedin", "crunchbase"),
}


class ProviderOutcome(BaseModel):
    """One fan-out branch's output: a result, or why there is none."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    provider: str
    ok: bool
    result: ProviderResult | None = None
    error: str | None = None
    failure: dict[str, Any] | None = None  # the Catch's {"Error", "Cause"}

    def status(self) -> dict[str, Any]:
        """``ok``, or ``missing``/``failed`` with the error and cause."""
        if self.ok:
            return {"status": "ok"}
        cause = (self.failure or {}).get("Cause")
        status = "missing" if self.error in MISSING_ERRORS else "failed"
        return {"status": status, "error": self.error, "cause": cause}


def merge(outcomes: Sequence[ProviderOutcome], existing: Mapping[str, Any]) -> dict[str, Any]:
    """The profile: ``fields`` (value, source, alternatives), ``sources`` (status per provider) and the
    precedence used."""
    results = {o.provider: o.result for o in outcomes if o.ok and o.result is not None}
    fields: dict[str, dict[str, Any]] = {}
    for field, order in PRECEDENCE.items():
        candidates = {p: getattr(results[p], field) for p in order if p in results}
        present = {p: v for p, v in candidates.items() if v not in (None, "")}
        if present:
            source = next(p for p in order if p in present)
            fields[field] = {
                "value": present[source],
                "source": source,
                "alternatives": {p: v for p, v in present.items() if p != source},
            }
        elif existing.get(field) not in (None, ""):
            fields[field] = {"value": existing[field], "source": "internal", "alternatives": {}}
    sources = {o.provider: o.status() for o in outcomes}
    return {"fields": fields, "sources": sources, "precedence": {k: list(v) for k, v in PRECEDENCE.items()}}


def value(profile: Mapping[str, Any], field: str) -> Any:
    """A merged field's value, or None."""
    entry = profile.get("fields", {}).get(field)
    return entry.get("value") if isinstance(entry, dict) else None
