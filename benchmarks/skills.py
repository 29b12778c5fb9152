"""Throughput of skill extraction on this machine.

    .venv/bin/python -m benchmarks.skills [--texts 3000] [--words 400] [--repeat 3]

Texts are synthetic job descriptions: filler words with, on average, one taxonomy surface form (or a near
miss such as "JSON", "Google", "go") every ten words, so both the automaton and the boundary/case filters
are exercised.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time

from hirehound.ingest.skills import default_matcher, load_taxonomy

_FILLER_TEXT = (
    "we are hiring a senior engineer to build and operate services for our customers you will own design "
    "review and ship features with the team years of experience strong skills we offer salary remote "
    "hybrid office learning budget equity pension apply now the a of to in and with on for"
)
_FILLER = _FILLER_TEXT.split()
_NEAR_MISSES = ["JSON", "Google", "go", "javascripts", "R&D", "C-suite", "excel", "swift", "acme.net", "rest"]


def job_texts(count: int, words: int, seed: int = 7) -> list[str]:
    """Deterministic pseudo job descriptions mixing filler, skill aliases and near misses."""
    rng = random.Random(seed)
    surfaces = [alias.text for skill in load_taxonomy() for alias in skill.surface_forms()]
    texts = []
    for _ in range(count):
        tokens = []
        for _ in range(words):
            roll = rng.random()
            if roll < 0.08:
                tokens.append(rng.choice(surfaces))
            elif roll < 0.10:
                tokens.append(rng.choice(_NEAR_MISSES))
            else:
                tokens.append(rng.choice(_FILLER))
            if rng.random() < 0.08:
                tokens[-1] += rng.choice([",", ".", ";", "\n"])
        texts.append(" ".join(tokens))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--texts", type=int, default=3000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3, help="report the best of this many passes")
    args = parser.parse_args()

    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()} ({platform.python_implementation()}); single thread"
    )
    started = time.perf_counter()
    matcher = default_matcher()
    print(f"taxonomy: {len(matcher.skills)} skills, matcher built in {time.perf_counter() - started:.3f} s")

    texts = job_texts(args.texts, args.words)
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    print(f"corpus: {len(texts)} texts, {megabytes:.2f} MB UTF-8, ~{args.words} words each")

    best = float("inf")
    mentions = skills = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        hits = [matcher.extract(text) for text in texts]
        best = min(best, time.perf_counter() - started)
        mentions = sum(hit.count for found in hits for hit in found)
        skills = sum(len(found) for found in hits)
    print(f"extract_skills: best of {args.repeat}: {best:.3f} s")
    print(f"  {len(texts) / best:,.0f} texts/s   {megabytes / best:,.2f} MB/s")
    print(f"  {mentions / best:,.0f} matches/s ({mentions} mentions, {skills} distinct skill hits per pass)")


if __name__ == "__main__":
    main()
