"""Throughput of normalization and company keys on the bundled corpus (no database, one thread).

    .venv/bin/python -m benchmarks.normalize [--repeat 5]

The pages are decoded, extracted and cleaned once; then ``normalize_posting`` (title, seniority,
employment type, work mode, location, salary, dates) and ``company_keys`` run over every posting.
The first pass starts with empty caches (the gazetteer is built before timing); later passes show the
steady state, in which repeated location texts come from the cache.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import time
from datetime import date
from pathlib import Path

from hirehound.companies.identity import company_keys
from hirehound.errors import BadInputError
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import CleanPosting
from hirehound.ingest.normalize import location, normalize_posting

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def cleaned_corpus() -> list[CleanPosting]:
    labels = json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))
    found = []
    for label in labels:
        try:
            raw = extract_posting(decode_page((SAMPLES / label["file"]).read_bytes()), label["url"])
        except BadInputError:
            continue
        found.append(clean_posting(raw))
    return found


def _pass(postings: list[CleanPosting], today: date) -> float:
    start = time.perf_counter()
    for clean in postings:
        with contextlib.suppress(BadInputError):  # a posting without a title
            normalize_posting(clean, today=today)
        raw = clean.raw
        company_keys(raw.company_name, company_url=raw.company_url, page_url=raw.url, source=raw.source)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5, help="steady-state passes (best reported)")
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; single thread"
    )
    postings = cleaned_corpus()
    start = time.perf_counter()
    location.warm()
    print(f"gazetteer built in {time.perf_counter() - start:.2f} s (once per process)")
    today = date(2026, 12, 1)
    first = _pass(postings, today)
    best = min(_pass(postings, today) for _ in range(max(args.repeat, 1)))
    for name, seconds in (("first pass (cold caches)", first), ("steady state (best pass)", best)):
        print(
            f"{name}: {len(postings)} postings in {seconds * 1000:.0f} ms"
            f" = {len(postings) / seconds:,.0f} postings/s"
        )


if __name__ == "__main__":
    main()
