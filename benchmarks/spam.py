"""Spam detection: cross-validated accuracy on real scam ads (EMSCAD), the bundled corpus, and speed.

    .venv/bin/python -m benchmarks.spam [--emscad ../shared/data/emscad_train.csv.gz] [--repeat 5]

Prints, for the shipped model and rules:
- milliseconds per posting of ``assess_posting`` (rules + classifier, one thread, CPU time) on the bundled
  corpus, without and with the posting's MiniLM vector (the embedding margin), and on the EMSCAD pages
  (longer texts), best of ``--repeat`` passes;
- the bundled corpus's verdicts against its labels (the domain path; no known-spam similarity);
- with EMSCAD: cross-validated ROC AUC, PR AUC, recall at a false-positive rate of 1% and 2%, and recall /
  FPR at the ``spam`` and ``spam``-or-``suspicious`` thresholds (the training script's own cross-
  validation, grouped by near-duplicates; then grouped by employer, for employers never seen in training),
  for postings without a vector and with one, and the employer-grouped figures over ``--seeds`` fold
  assignments (their mean and range) for both;
- how often each rule fires on real scam and legitimate ads and on the project's lines.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from hirehound.embeddings import MiniLMEmbedder, posting_text
from hirehound.errors import BadInputError
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import CleanPosting, NormalizedPosting
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.spam import SpamVerdict, assess, assess_posting, default_model, input_reasons
from hirehound.ml import train_spam
from hirehound_local.corpus import load_corpus

type Posting = tuple[CleanPosting, NormalizedPosting]


def corpus_postings() -> list[tuple[dict[str, Any], Posting]]:
    """The bundled pages that extract (broken ones are dead letters), with their labels."""
    out = []
    for page in load_corpus():
        try:
            text = decode_page(page.path.read_bytes())
            clean = clean_posting(extract_posting(text, page.url))
            out.append((page.labels, (clean, normalize_posting(clean, today=date(2026, 12, 1)))))
        except BadInputError:
            continue
    return out


def ms_per_posting(postings: Sequence[Posting], repeat: int, vectors: Sequence[Any] | None = None) -> float:
    """CPU milliseconds a posting, best of ``repeat`` passes; with ``vectors`` (one per posting, MiniLM's)
    the embedding margin runs too."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        if vectors is None:
            for clean, normalized in postings:
                assess_posting(clean, normalized)
        else:
            for (clean, normalized), vector in zip(postings, vectors, strict=True):
                assess_posting(clean, normalized, embedding=vector, embedder="local")
        best = min(best, time.process_time() - started)
    return 1000 * best / len(postings)


def corpus_verdicts(
    labelled: Sequence[tuple[dict[str, Any], Posting]], vectors: Sequence[Any] | None = None
) -> None:
    """The corpus's verdicts against its labels (with ``vectors``: scored with each posting's vector)."""
    counts: Counter[tuple[bool, str]] = Counter()
    for n, (labels, (clean, normalized)) in enumerate(labelled):
        vector = None if vectors is None else vectors[n]
        verdict = assess_posting(clean, normalized, embedding=vector, embedder="local").verdict
        counts[bool(labels["spam"]), str(verdict)] += 1
    spam = sum(v for (is_spam, _), v in counts.items() if is_spam)
    ham = sum(v for (is_spam, _), v in counts.items() if not is_spam)
    print(
        f"bundled corpus ({spam} spam, {ham} legitimate pages that extract"
        f"{', with their vectors' if vectors is not None else ''}): spam rejected "
        f"{counts[True, SpamVerdict.SPAM]}/{spam} ({counts[True, SpamVerdict.SPAM] / spam:.0%}), "
        f"suspicious {counts[True, SpamVerdict.SUSPICIOUS]}, clean {counts[True, SpamVerdict.CLEAN]}; "
        f"legitimate rejected {counts[False, SpamVerdict.SPAM]}, suspicious "
        f"{counts[False, SpamVerdict.SUSPICIOUS]}, clean {counts[False, SpamVerdict.CLEAN]}"
    )


def print_cv(name: str, figures: dict[str, Any]) -> None:
    spam, flagged = figures["at_spam"], figures["at_spam_or_suspicious"]
    print(
        f"  {name:15s} n={figures['examples']:4d} ROC AUC {figures['roc_auc']:.3f}"
        f"  PR AUC {figures['pr_auc']:.3f}  recall@FPR1% {figures['recall_at_fpr_1pct']:.3f}"
        f"  recall@FPR2% {figures['recall_at_fpr_2pct']:.3f}"
        f"  | spam: recall {spam['recall']:.3f} FPR {spam['fpr']:.3f}"
        f"  | spam|suspicious: recall {flagged['recall']:.3f} FPR {flagged['fpr']:.3f}"
    )


def rule_table(examples: Sequence[train_spam.Example]) -> None:
    columns = [("EMSCAD scam", "emscad", 1), ("EMSCAD real", "emscad", 0), ("ours spam", "project", 1)]
    columns.append(("ours ham", "project", 0))
    fired: dict[str, Counter[str]] = {}
    totals: Counter[str] = Counter()
    for example in examples:
        if example.form == "plain":
            continue  # one page per ad
        column = next(n for n, origin, label in columns if (origin, label) == (example.origin, example.label))
        totals[column] += 1
        for reason in input_reasons(example.item):
            fired.setdefault(reason.code, Counter())[column] += 1
    print("rules firing (ads or lines):    " + "  ".join(f"{n:>12s}" for n, _, _ in columns))
    print(f"  {'(total)':30s} " + "  ".join(f"{totals[n]:12d}" for n, _, _ in columns))
    for code, counts in sorted(fired.items()):
        print(f"  {code:30s} " + "  ".join(f"{counts[n]:12d}" for n, _, _ in columns))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--emscad", type=Path, default=train_spam.EMSCAD_DATA)
    parser.add_argument("--repeat", type=int, default=5, help="timing: best of this many passes")
    parser.add_argument("--seeds", type=int, default=4, help="employer folds: this many fold seeds")
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f}; Python {platform.python_version()}; single thread"
    )
    model = default_model()
    print(
        f"model: {len(model.blocks[0].index)} terms, thresholds spam={model.thresholds.spam:.4f} "
        f"suspicious={model.thresholds.suspicious:.4f}"
    )

    labelled = corpus_postings()
    corpus = [posting for _, posting in labelled]
    ms = ms_per_posting(corpus, args.repeat)
    print(f"assess_posting, bundled corpus ({len(corpus)} postings): {ms:.3f} ms/posting")
    texts = [posting_text(n.title, c.description_text) for c, n in corpus]  # what the Embed stage embeds
    vectors = list(MiniLMEmbedder(threads=1).embed(texts))
    with_vector = ms_per_posting(corpus, args.repeat, vectors)
    print(
        f"assess_posting with the posting's MiniLM vector: {with_vector:.3f} ms/posting "
        f"(load average {os.getloadavg()[0]:.1f})"
    )
    corpus_verdicts(labelled, vectors)
    corpus_verdicts(labelled)

    if not args.emscad.exists():
        print(f"EMSCAD not found at {args.emscad}: no cross-validated figures")
        return
    started = time.process_time()
    examples = train_spam.load_examples(args.emscad)
    print(f"EMSCAD rendered and run through the pipeline in {time.process_time() - started:.0f} s")
    pages = [e for e in examples if e.origin == "emscad"]
    best = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        for example in pages:
            assess(example.item)
        best = min(best, time.process_time() - started)
    words = sum(len(e.item.document.split()) for e in pages) / len(pages)
    ms = 1000 * best / len(pages)
    print(f"assess, EMSCAD pages ({len(pages)}, {words:.0f} words on average): {ms:.3f} ms/posting")

    shipped = {"spam": model.thresholds.spam, "suspicious": model.thresholds.suspicious}
    vector_cut = model.thresholds_for(True)
    shipped_with_vector = {"spam": vector_cut.spam, "suspicious": vector_cut.suspicious}
    labels = np.array([e.label for e in examples], dtype=np.int64)
    masks = {
        "emscad": np.array([e.origin == "emscad" for e in examples]),
        **{f"emscad {f}": np.array([e.form == f for e in examples]) for f in ("json-ld", "plain")},
        "project": np.array([e.origin == "project" for e in examples]),
    }
    for by_company, title in ((False, "near-duplicates"), (True, "employer")):
        result = train_spam.train(args.emscad, examples=examples, by_company=by_company)
        cv = result.spec["cross_validation"]
        chosen = result.spec["thresholds"]
        print(
            f"cross-validated, {cv['folds']} folds grouped by {title} ({cv['grouping']}); at the shipped "
            f"thresholds (these folds would choose spam={chosen['spam']:.4f} "
            f"suspicious={chosen['suspicious']:.4f})"
        )
        for name, mask in masks.items():
            print_cv(
                name,
                train_spam.metrics(
                    labels[mask],
                    result.cv_scores[mask],
                    result.cv.strong[mask],
                    result.cv_probabilities[mask],
                    shipped,
                ),
            )
        scores, probabilities = result.embedding_cv_scores, result.embedding_cv_probabilities
        if scores is None or probabilities is None:
            continue
        own = result.spec["embedding"]["thresholds"]
        print(
            f"  with the posting's vector, at its shipped thresholds (these folds would choose "
            f"spam={own['spam']:.4f} suspicious={own['suspicious']:.4f}):"
        )
        for name, mask in masks.items():
            print_cv(
                name,
                train_spam.metrics(
                    labels[mask],
                    scores[mask],
                    result.cv.strong[mask],
                    probabilities[mask],
                    shipped_with_vector,
                ),
            )
    fold_seeds(args.emscad, examples, args.seeds)
    rule_table(examples)


def fold_seeds(emscad_path: Path, examples: list[train_spam.Example], seeds: int) -> None:
    """The employer-grouped figures for ``seeds`` fold assignments: with a few dozen employers carrying
    most ads, which fold an employer lands in moves them more than most model changes do."""
    real = np.array([e.origin == "emscad" for e in examples])
    labels = np.array([e.label for e in examples], dtype=np.int64)[real]
    rows: dict[str, list[tuple[float, ...]]] = {"without a vector": [], "with the vector": []}
    for seed in range(train_spam.SEED, train_spam.SEED + seeds):
        result = train_spam.train(emscad_path, examples=examples, by_company=True, seed=seed)
        runs = [("without a vector", result.cv_scores, result.cv_probabilities, result.spec)]
        if result.embedding_cv_scores is not None and result.embedding_cv_probabilities is not None:
            runs.append(
                (
                    "with the vector",
                    result.embedding_cv_scores,
                    result.embedding_cv_probabilities,
                    result.spec["embedding"],
                )
            )
        for path, scores, probabilities, section in runs:
            m = train_spam.metrics(
                labels, scores[real], result.cv.strong[real], probabilities[real], section["thresholds"]
            )
            flagged = m["at_spam_or_suspicious"]
            row = (m["roc_auc"], m["recall_at_fpr_1pct"], m["recall_at_fpr_2pct"], flagged["recall"])
            rows[path].append((*row, flagged["fpr"]))
            print(
                f"  employer folds, seed {seed}, {path:16s}: ROC AUC {row[0]:.3f}  recall@FPR1% {row[1]:.3f}"
                f"  recall@FPR2% {row[2]:.3f}  spam|suspicious (its own thresholds): recall {row[3]:.3f}"
                f" FPR {flagged['fpr']:.3f}"
            )
    for path, found in rows.items():
        if not found:
            continue
        table = np.array(found)
        print(
            f"employer folds over {seeds} fold seeds, {path}: ROC AUC {table[:, 0].mean():.3f} "
            f"({table[:, 0].min():.3f}-{table[:, 0].max():.3f}), recall@FPR1% {table[:, 1].mean():.3f}, "
            f"recall@FPR2% {table[:, 2].mean():.3f} ({table[:, 2].min():.3f}-{table[:, 2].max():.3f}), "
            f"spam|suspicious recall {table[:, 3].mean():.3f} (FPR {table[:, 4].min():.3f}-"
            f"{table[:, 4].max():.3f})"
        )


if __name__ == "__main__":
    main()
