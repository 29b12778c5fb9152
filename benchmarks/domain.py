"""The pure domain path of ingestion on one core: every stage but the embedder and the database.

    .venv/bin/python -m benchmarks.domain [--repeat 5] [--baseline REV | --no-baseline] [--profile 15]
                                          [--clock wall|cpu]
    .venv/bin/python -m benchmarks.domain --check REV

Over the sample corpus (`samples/`), repeated: decode → extract → clean → normalize → company
matching (name normalization, blocking key, scoring against the companies seen so far with the same
key, as `companies.candidates` fetches them) → skills → quality → spam (with no known-spam
similarity: that one is a database query). Prints postings/s per stage and in total, the best of
`--repeat` passes, and the top functions of a cProfile of one pass.

**The baseline is measured in the same run**: the same loop runs in two long-lived subprocesses, one
on this tree's domain library (`layers/`) and one on git revision `--baseline`'s (default `BASELINE`,
the code the issue measured: 159 postings/s on an idle core on 2026-12-01; `git archive` into a
temporary directory), their passes interleaved so both see the same load. On a shared, loaded
machine absolute figures swing from minute to minute; the ratio of interleaved passes much less, and
`--clock cpu` (each process's CPU time instead of elapsed time) still less.

`--check REV` proves a speed-up changed nothing: it runs every stage on every page of the labelled
sets (`CHECKED_SETS`) with this tree's library and with `REV`'s, each in its own process, and prints
every output that differs (extracted, cleaned and normalized postings, company keys and match,
skills, quality, spam, or the error a page is rejected with). Exit status 1 when any differs.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import pstats
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: The commit before this benchmark's optimisations (express-in, 2026-12-01).
BASELINE = "24ecd94e6dc52f54ceae339c26ffca51d0a9992b"
CHECKED_SETS = ("labels.json", "shapes/labels.json", "holdout/labels.json", "holdout2/labels.json")
#: `--clock`: what a stage's seconds are.
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.thread_time}
STAGES = ("extract", "clean", "normalize", "match_company", "skills", "quality", "spam")
TODAY = date(2026, 12, 1)


def corpus() -> list[tuple[str, bytes]]:
    labels = json.loads((ROOT / "samples" / "labels.json").read_text(encoding="utf-8"))
    return [(entry["url"], (ROOT / "samples" / entry["file"]).read_bytes()) for entry in labels]


def pipeline(
    clock: Callable[[], float] = time.perf_counter,
) -> Callable[[list[tuple[str, bytes]], dict[str, float]], int]:
    """One pass over the pages, adding each stage's seconds to `seconds`; returns postings made.
    Imports happen here, after `sys.path` points at the library to measure."""
    from hirehound.companies import matching
    from hirehound.companies.names import company_domain, normalize_company_name
    from hirehound.ingest import spam
    from hirehound.ingest.clean import clean_posting
    from hirehound.ingest.decode import decode_page
    from hirehound.ingest.extract import extract_posting
    from hirehound.ingest.normalize import location, normalize_posting
    from hirehound.ingest.quality import score_quality
    from hirehound.ingest.skills import extract_skills

    per_input_caches = (normalize_company_name, getattr(location, "_parse", None))

    def run(pages: list[tuple[str, bytes]], seconds: dict[str, float]) -> int:
        # Per-input caches start empty every pass: a name seen twice within a pass is a hit, a page
        # seen again in the next pass is not (a repeated corpus would make every lookup one).
        for cached in per_input_caches:
            getattr(cached, "cache_clear", lambda: None)()
        known: dict[str, list[Any]] = defaultdict(list)  # blocking key -> companies, as the DB holds them
        made = 0
        for url, body in pages:
            t0 = clock()
            try:
                raw = extract_posting(decode_page(body, None), url)
            except Exception:  # a page the pipeline dead-letters: counted as time, not as a posting
                seconds["extract"] += clock() - t0
                continue
            t1 = clock()
            clean = clean_posting(raw)
            t2 = clock()
            normalized = normalize_posting(clean, today=TODAY)
            t3 = clock()
            name = (raw.company_name or "").strip() or url
            key_name = normalize_company_name(name) or name.casefold()
            domain = company_domain(raw.company_url) if raw.company_url else None
            key = matching.blocking_key(key_name)
            result = matching.match_company(name, domain, known[key])
            if result.candidate_id is None:
                known[key].append(
                    matching.CompanyCandidate(id=made + 1, normalized_name=key_name, domain=domain)
                )
            t4 = clock()
            text = clean.description_text
            title = normalized.title or ""  # what the stages read back: the normalized title
            skills = extract_skills(f"{title}\n{text or ''}")
            t5 = clock()
            score_quality(clean, normalized, len(skills))
            t6 = clock()
            if hasattr(spam, "assess_posting"):  # what DetectSpam calls since the EMSCAD-trained model
                spam.assess_posting(clean, normalized)
            else:  # the baseline revision's API
                from hirehound.ingest.analysis import EMAIL  # type: ignore[attr-defined]

                spam.assess_spam(
                    text or "",
                    title=title,
                    company_name=raw.company_name,
                    salary_annual_max=normalized.salary.annual_maximum if normalized.salary else None,
                    contact_emails=EMAIL.findall(text or ""),
                    known_spam_similarity=None,
                )
            t7 = clock()
            for stage, (start, end) in zip(
                STAGES, ((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6), (t6, t7)), strict=True
            ):
                seconds[stage] += end - start
            made += 1
        return made

    return run


def labelled_pages() -> list[tuple[str, str, bytes]]:
    """(file, url, body) of every page of `CHECKED_SETS`."""
    pages = []
    for name in CHECKED_SETS:
        labels = ROOT / "samples" / name
        for entry in json.loads(labels.read_text(encoding="utf-8")):
            file = labels.parent / entry["file"]
            pages.append((str(file.relative_to(ROOT)), entry["url"], file.read_bytes()))
    return pages


def dump() -> None:
    """`--dump`: every stage's output on every labelled page, one JSON line per page, in order."""
    from hirehound.companies import matching
    from hirehound.companies.identity import company_keys
    from hirehound.ingest import spam
    from hirehound.ingest.clean import clean_posting
    from hirehound.ingest.decode import decode_page
    from hirehound.ingest.extract import extract_posting
    from hirehound.ingest.normalize import normalize_posting
    from hirehound.ingest.quality import score_quality
    from hirehound.ingest.skills import extract_skills

    known: dict[str, list[Any]] = defaultdict(list)
    for made, (file, url, body) in enumerate(labelled_pages()):
        out: dict[str, Any] = {"file": file}
        try:
            raw = extract_posting(decode_page(body, None), url)
            out["raw"] = raw.model_dump(mode="json")
            clean = clean_posting(raw)
            out["clean"] = clean.model_dump(mode="json", exclude={"raw"})
            normalized = normalize_posting(clean, today=TODAY)
            out["normalized"] = normalized.model_dump(mode="json")
            keys = company_keys(
                raw.company_name, company_url=raw.company_url, page_url=url, source=raw.source
            )
            out["company_keys"] = dataclasses.asdict(keys)
            result = matching.match_company(keys.name, keys.domain, known[keys.blocking_key])
            out["company_match"] = result.model_dump(mode="json")
            if result.candidate_id is None:
                known[keys.blocking_key].append(
                    matching.CompanyCandidate(
                        id=made + 1, normalized_name=keys.normalized_name, domain=keys.domain
                    )
                )
            skills = extract_skills(f"{normalized.title or ''}\n{clean.description_text or ''}")
            out["skills"] = [hit.model_dump(mode="json") for hit in skills]
            out["quality"] = score_quality(clean, normalized, len(skills)).model_dump(mode="json")
            out["spam"] = spam.assess_posting(clean, normalized).model_dump(mode="json")
        except Exception as error:  # a rejected page: its error is an output too
            out["error"] = f"{type(error).__name__}: {error}"
            out["error_kind"] = getattr(error, "kind", None)
        print(json.dumps(out, sort_keys=True), flush=True)


def _env(layers: Path) -> dict[str, str]:
    """A subprocess's environment on `layers`, with one fixed string-hash seed for both libraries: with
    random seeds, set and dict layouts differ between the two processes and so does their speed."""
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(layers), str(ROOT)]),
        "PYTHONHASHSEED": "0",
    }


def _dumped(layers: Path) -> list[dict[str, Any]]:
    found = subprocess.run(
        [sys.executable, "-m", "benchmarks.domain", "--dump"],
        check=True,
        capture_output=True,
        env=_env(layers),
        cwd=layers.parent,
        text=True,
    ).stdout
    return [json.loads(line) for line in found.splitlines()]


def check(revision: str) -> int:
    """Diff every stage's outputs on the labelled pages between this tree and `revision`; 1 if any differ."""
    with tempfile.TemporaryDirectory(prefix="domain-check-") as tmp:
        before = _dumped(baseline_layers(revision, Path(tmp)))
    after = _dumped(ROOT / "layers")
    differing = 0
    for old, new in zip(before, after, strict=True):
        keys = sorted(set(old) | set(new))
        changed = [key for key in keys if old.get(key) != new.get(key)]
        if changed:
            differing += 1
            print(f"{new['file']}: differs in {', '.join(changed)}")
            for key in changed:
                print(f"  {revision[:12]}: {json.dumps(old.get(key))[:600]}")
                print(f"  this tree:    {json.dumps(new.get(key))[:600]}")
    print(f"{len(after)} pages, {differing} with outputs differing from {revision}")
    return 1 if differing else 0


def serve(clock: str) -> None:
    """`--serve`: warm up, say so, then one pass per line read from stdin, its seconds as JSON."""
    pages = corpus()
    run = pipeline(CLOCKS[clock])
    run(pages, defaultdict(float))  # warm-up: lazy loads (taxonomy, model, gazetteer) are cold starts
    print(json.dumps({"pages": len(pages)}), flush=True)
    for _ in sys.stdin:
        seconds: dict[str, float] = defaultdict(float)
        made = run(pages, seconds)
        print(json.dumps({"postings": made, "seconds": seconds}), flush=True)


class Measured:
    """A `--serve` process on one domain library (`layers` directory): its passes' best seconds."""

    def __init__(self, layers: Path, clock: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.domain", "--serve", "--clock", clock],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_env(layers),
            cwd=layers.parent,
            text=True,
        )
        self.pages = int(json.loads(self._line())["pages"])
        self.postings = 0
        self.best: dict[str, float] = {}

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline()

    def one_pass(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        result = json.loads(self._line())
        self.postings = result["postings"]
        seconds = result["seconds"]
        seconds["total"] = sum(seconds.values())
        for stage, value in seconds.items():
            self.best[stage] = min(self.best.get(stage, float("inf")), value)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(30)

    def rate(self, stage: str) -> float:
        return self.postings / self.best[stage]


def baseline_layers(revision: str, into: Path) -> Path:
    """`revision`'s `layers/` extracted under `into` (git archive)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "layers"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "layers"


def profile_top(limit: int) -> str:
    pages = corpus()
    run = pipeline()
    run(pages, defaultdict(float))
    profiler = cProfile.Profile()
    profiler.enable()
    run(pages, defaultdict(float))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus each (best kept)")
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare with")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--profile", type=int, default=15, help="top functions to print (0: none)")
    parser.add_argument("--check", metavar="REV", help="diff every output on the labelled pages with REV's")
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="wall: elapsed time (the figure on an idle machine); cpu: the process's CPU time, which other"
        " processes on a busy machine inflate much less",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.clock)
        return
    if args.dump:
        dump()
        return
    if args.check:
        sys.exit(check(args.check))

    print(f"one core per library, {args.clock} clock, load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(prefix="domain-baseline-") as tmp:
        now = Measured(ROOT / "layers", args.clock)
        base = None if args.no_baseline else Measured(baseline_layers(args.baseline, Path(tmp)), args.clock)
        for index in range(args.repeat):  # interleaved, taking turns to go first: both see the same load
            pair = (now, base) if index % 2 == 0 else (base, now)
            for measured in pair:
                if measured:
                    measured.one_pass()
        now.close()
        if base:
            base.close()
    print(f"{now.postings} postings from {now.pages} pages per pass, best of {args.repeat} passes each")
    header = f"{'stage':<14}{'postings/s':>12}{'ms/posting':>12}"
    if base:
        header += f"{'baseline/s':>12}{'ratio':>8}"
    print(header)
    for stage in (*STAGES, "total"):
        line = f"{stage:<14}{now.rate(stage):>12,.0f}{1000 / now.rate(stage):>12.3f}"
        if base:
            line += f"{base.rate(stage):>12,.0f}{now.rate(stage) / base.rate(stage):>7.2f}x"
        print(line)
    if base:
        print(
            f"baseline: {args.baseline[:12]}'s layers/, passes interleaved with these"
            f" (load average now {os.getloadavg()[0]:.1f})"
        )
    if args.profile:
        print(f"top {args.profile} functions by own time, one pass of this tree:")
        print(profile_top(args.profile))


if __name__ == "__main__":
    main()
