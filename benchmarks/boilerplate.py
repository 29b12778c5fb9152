"""Main-text extraction measured: our block scorer against trafilatura and readability-lxml.

    .venv/bin/uv run --no-sync --with trafilatura==2.3.1 --with readability-lxml==0.9 \\
        python -m benchmarks.boilerplate [LABELS.json ...]

Pages: those of the label files (default ``samples/shapes/labels.json``) whose label names the visible
description (``description_selector``). For each extractor: token recall and precision of its text against
the labelled description (:func:`benchmarks.accuracy.token_scores`, averaged over pages) and milliseconds
per page (best of 3 passes). ``blocks`` is :func:`hirehound.ingest.extract.maintext.main_block` on the page
as extraction sees it (noise removed); ``pipeline`` is what ingestion stores: ``extract_posting`` (ATS and
schema.org sources first, the block scorer where they have no visible description) then ``clean_posting``.
trafilatura and readability-lxml are not project dependencies; ``uv run --with`` adds them for this run.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting, maintext
from hirehound.ingest.extract.page import Page
from selectolax.lexbor import LexborHTMLParser

from benchmarks.accuracy import ROOT, reference_text, token_scores

type Extractor = Callable[[str, str], str]


def _blocks(html: str, url: str) -> str:
    page = Page.parse(html, url, "bench.example")
    block = maintext.main_block(page)
    return block.text(separator=" ") if block is not None else ""


def _pipeline(html: str, url: str) -> str:
    return clean_posting(extract_posting(html, url)).description_text


def _trafilatura() -> Extractor | None:
    try:
        import trafilatura  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None

    def run(html: str, url: str) -> str:
        return str(trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or "")

    return run


def _readability() -> Extractor | None:
    try:
        from readability import Document  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None

    def run(html: str, url: str) -> str:
        summary = Document(html, url=url).summary(html_partial=True)
        return LexborHTMLParser(summary).text(separator=" ")

    return run


def measure(pages: list[tuple[str, str, str]], extractor: Extractor) -> tuple[float, float, float]:
    """(mean recall, mean precision, ms per page)."""
    scores = [token_scores(reference, extractor(html, url)) for html, url, reference in pages]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for html, url, _reference in pages:
            extractor(html, url)
        best = min(best, time.perf_counter() - started)
    n = len(pages)
    return sum(r for r, _ in scores) / n, sum(p for _, p in scores) / n, 1000 * best / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("labels", nargs="*", type=Path)
    args = parser.parse_args()
    pages = []
    for path in args.labels or [ROOT / "samples" / "shapes" / "labels.json"]:
        for label in json.loads(path.read_text(encoding="utf-8")):
            if label.get("description_selector"):
                html = decode_page((path.parent / label["file"]).read_bytes())
                pages.append((html, label["url"], reference_text(html, label["description_selector"])))
    extractors: dict[str, Extractor | None] = {
        "blocks (ours)": _blocks,
        "pipeline (ours)": _pipeline,
        "trafilatura": _trafilatura(),
        "readability-lxml": _readability(),
    }
    print(f"{len(pages)} pages with a labelled description")
    print(f"  {'extractor':<18}{'recall':>8}{'precision':>11}{'ms/page':>9}")
    for name, extractor in extractors.items():
        if extractor is None:
            print(f"  {name:<18}  not installed (see the module docstring)")
            continue
        recall, precision, ms = measure(pages, extractor)
        print(f"  {name:<18}{recall:>8.2f}{precision:>11.2f}{ms:>9.2f}")


if __name__ == "__main__":
    main()
