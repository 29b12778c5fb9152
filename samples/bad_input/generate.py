"""Generate the large bad-input cases at test time (they are not committed): standard library only."""

from __future__ import annotations

import random

JOB = (
    b'<!doctype html><html><head><meta charset="utf-8"><title>Data Analyst</title></head>'
    b"<body><h1>Data Analyst</h1><div class='description'><p>SQL and dashboards.</p>"
)


def huge_page(size: int = 20 * 1024 * 1024) -> bytes:
    """A real job page padded with comment bytes to `size` (20 MiB by default)."""
    head, tail = JOB + b"<!-- ", b" --></div></body></html>"
    return head + b"x" * max(0, size - len(head) - len(tail)) + tail


def binary_blob(size: int = 64 * 1024, seed: int = 5) -> bytes:
    """Seeded random bytes, as a scraper that stored an image or an archive would."""
    return random.Random(seed).randbytes(size)  # noqa: S311 - test data, not a secret


GENERATORS = {"huge_page": huge_page, "binary_blob": binary_blob}
