"""Company size: a head-count range from provider employee counts and our own open job count.

Provider counts are combined by their median. Confidence: 0.9 when two or more providers agree on the
range, 0.7 when they disagree or only one reports, and 0.3 when only the job count is known (a company
with ``n`` open roles is assumed to employ about ``JOBS_TO_EMPLOYEES * n`` people).
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from pydantic import BaseModel, ConfigDict

RANGES: tuple[tuple[int, int | None, str], ...] = (
    (1, 10, "1-10"),
    (11, 50, "11-50"),
    (51, 200, "51-200"),
    (201, 500, "201-500"),
    (501, 1000, "501-1000"),
    (1001, 5000, "1001-5000"),
    (5001, 10000, "5001-10000"),
    (10001, None, "10001+"),
)
JOBS_TO_EMPLOYEES = 10


class SizeEstimate(BaseModel):
    model_config = ConfigDict(frozen=True)

    size_range: str | None
    employees: int | None
    confidence: float
    basis: str


def size_range(employees: int) -> str:
    for low, high, label in RANGES:
        if employees >= low and (high is None or employees <= high):
            return label
    return RANGES[0][2]


def estimate(provider_counts: Sequence[int], job_count: int) -> SizeEstimate:
    counts = [c for c in provider_counts if c > 0]
    if counts:
        employees = round(median(counts))
        agree = len(counts) >= 2 and len({size_range(c) for c in counts}) == 1
        return SizeEstimate(
            size_range=size_range(max(employees, job_count)),
            employees=employees,
            confidence=0.9 if agree else 0.7,
            basis=f"{len(counts)} provider count(s)",
        )
    if job_count > 0:
        employees = job_count * JOBS_TO_EMPLOYEES
        return SizeEstimate(
            size_range=size_range(employees),
            employees=employees,
            confidence=0.3,
            basis=f"{job_count} open job(s)",
        )
    return SizeEstimate(size_range=None, employees=None, confidence=0.0, basis="no data")
