"""Extraction throughput: ``extract_posting`` over already-decoded pages, single thread.

    .venv/bin/python -m benchmarks.extract [--repeat 5]

Pages: the bundled ``samples/pages`` and ``samples/shapes`` sets (each decoded once, outside the timing).
Rejected pages count: rejecting is work too. Prints pages/s, the best of ``--repeat`` passes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import platform
import time
from pathlib import Path

from hirehound.errors import BadInputError
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting

ROOT = Path(__file__).resolve().parent.parent
SETS = (ROOT / "samples" / "labels.json", ROOT / "samples" / "shapes" / "labels.json")


def load(path: Path) -> list[tuple[str, str]]:
    labels = json.loads(path.read_text(encoding="utf-8"))
    return [(decode_page((path.parent / item["file"]).read_bytes()), item["url"]) for item in labels]


def passes(pages: list[tuple[str, str]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for html, url in pages:
            with contextlib.suppress(BadInputError):
                extract_posting(html, url)
        best = min(best, time.perf_counter() - started)
    return len(pages) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, {platform.machine()}, single thread, best of {args.repeat}")
    for path in SETS:
        pages = load(path)
        print(
            f"{path.parent.relative_to(ROOT)}: {len(pages)} pages, {passes(pages, args.repeat):,.0f} pages/s"
        )


if __name__ == "__main__":
    main()
