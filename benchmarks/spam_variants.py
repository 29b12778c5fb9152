"""Variants of the spam model's calibration and training data, cross-validated on EMSCAD (README "Spam
detection", the table of what was measured on 2026-12-03 and not shipped).

    .venv/bin/python -m benchmarks.spam_variants [--emscad PATH] [--seeds 4] [--samples]

For the near-duplicate folds and the employer folds of ``--seeds`` fold seeds, the shipped model's three
out-of-fold margins (whole text, blind text, the SVM on the MiniLM vector; ``train_spam.cross_validate``)
are calibrated in each fold as the shipped calibration is, or as a variant: the margins standardized and
summed with equal weights, Platt weights shrunk towards equal ones, more page facts beside the margins
(the model's own, and Vidros et al. 2017's read from the EMSCAD row itself, an upper bound on what a page
could give). ``--samples`` adds the project's hand-written legitimate pages (``samples/``, not the blind
``holdout5``) as legitimate training examples, spread over the folds by company, EMSCAD's folds unchanged.
Every figure is on the EMSCAD pages only: ROC AUC, recall at FPR 1 % / 2 %, ``spam``-or-``suspicious``
recall at the folds' own thresholds. Last, where a ``suspicious`` threshold chosen on one fold assignment
puts recall and FPR on the others. Needs scikit-learn and EMSCAD.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import numpy.typing as npt
from hirehound.embeddings import posting_text
from hirehound.errors import BadInputError
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.spam.features import FACTS, spam_input
from hirehound.ml import emscad, spam_vectors, train_spam
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,import-not-found,unused-ignore]

type Matrix = npt.NDArray[np.float64]
type Folds = list[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]]
#: (train margins, train facts, train labels, test margins, test facts) -> test probabilities
type Calibrate = Callable[[Matrix, Matrix, npt.NDArray[np.int64], Matrix, Matrix], Matrix]

ROOT = Path(__file__).resolve().parents[1]
#: The labelled page sets whose legitimate postings ``--samples`` adds (holdout5 is blind, holdout6 new).
SAMPLE_SETS = ("", "shapes", "shapes2", "shapes3", "shapes4", "holdout", "holdout2", "holdout3", "holdout4")


def platt(
    mtr: Matrix, ftr: Matrix, ytr: npt.NDArray[np.int64], mte: Matrix, fte: Matrix, seed: int
) -> Matrix:
    """The shipped calibration."""
    fitted = train_spam.Calibration(seed).fit(mtr, ftr, ytr.tolist())
    return fitted.probabilities(mte, fte)


def shrunk(c: float | None) -> Calibrate:
    """Platt on the standardized margins' equal-weight sum, each margin's own weight penalized with C
    ``c`` (None: the sum alone); the sum and the facts scaled up so that their penalty is negligible."""

    def calibrate(mtr: Matrix, ftr: Matrix, ytr: npt.NDArray[np.int64], mte: Matrix, fte: Matrix) -> Matrix:
        mean, std = mtr.mean(0), mtr.std(0)

        def inputs(m: Matrix, f: Matrix) -> Matrix:
            z = (m - mean) / std
            return np.column_stack([30 * z.sum(1), *([] if c is None else [z]), 30 * f])

        fitted = LogisticRegression(C=1e4 if c is None else c, max_iter=5000).fit(inputs(mtr, ftr), ytr)
        return np.asarray(fitted.predict_proba(inputs(mte, fte))[:, 1], dtype=np.float64)

    return calibrate


class Assignments:
    """The cross-validation parts of every fold assignment: near-duplicate folds and employer folds."""

    def __init__(self, examples: list[train_spam.Example], seeds: int, samples: Sequence[train_spam.Example]):
        self.base = len(examples)
        self.examples = examples + list(samples)
        self.labels = np.array([e.label for e in self.examples], dtype=np.int64)
        self.real = np.array([e.origin == "emscad" for e in self.examples])
        runs = [("near-duplicate folds", False, train_spam.SEED)]
        runs += [
            (f"employer folds, seed {s}", True, s) for s in range(train_spam.SEED, train_spam.SEED + seeds)
        ]
        self.cv: dict[str, tuple[train_spam.CrossValidation, int]] = {}
        for name, by_company, seed in runs:
            groups = train_spam.near_duplicate_groups(examples, by_company=by_company)
            cv = train_spam.cross_validate(examples, groups, seed)
            if samples:
                cv = self._with_samples(cv, samples, seed)
            self.cv[name] = (cv, seed)
            print(f"  cross-validated {name}", flush=True)

    def _with_samples(
        self, cv: train_spam.CrossValidation, samples: Sequence[train_spam.Example], seed: int
    ) -> train_spam.CrossValidation:
        """``cv`` with the samples in the training side of every fold but their own (one company's pages
        in one fold), the EMSCAD folds unchanged; margins refitted on them."""
        groups = train_spam.near_duplicate_groups(samples, by_company=True)
        order = np.unique(groups)
        np.random.default_rng(seed).shuffle(order)
        fold_of = {int(g): n % train_spam.FOLDS for n, g in enumerate(order)}
        sample_fold = np.array([fold_of[int(g)] for g in groups])
        folds: Folds = []
        for n, (train_idx, test_idx) in enumerate(cv.folds):
            folds.append(
                (
                    np.concatenate([train_idx, self.base + np.flatnonzero(sample_fold != n)]),
                    np.concatenate([test_idx, self.base + np.flatnonzero(sample_fold == n)]),
                )
            )
        margins = np.zeros((len(self.examples), 2))
        for train_idx, test_idx in folds:
            model = train_spam.Classifier(seed).fit([self.examples[i] for i in train_idx])
            margins[test_idx] = model.margins([self.examples[i] for i in test_idx])
        vectors = train_spam.vector_matrix(self.examples)
        assert vectors is not None
        embedding = spam_vectors.out_of_fold_margins(vectors, self.labels, folds, seed)
        rules, strong = train_spam.rules_of(self.examples)
        return train_spam.CrossValidation(margins, embedding, rules, strong, folds)

    def margins(self, cv: train_spam.CrossValidation) -> Matrix:
        assert cv.embedding is not None
        return np.column_stack([cv.margins, cv.embedding])

    def scores(self, facts: Matrix, calibrate: Calibrate | None = None) -> dict[str, tuple[Matrix, Matrix]]:
        """Per assignment: the EMSCAD pages' out-of-fold combined scores and calibrated probabilities."""
        out = {}
        for name, (cv, seed) in self.cv.items():
            margins = self.margins(cv)
            probabilities = np.zeros(len(self.examples))
            for tr, te in cv.folds:
                args = (margins[tr], facts[tr], self.labels[tr], margins[te], facts[te])
                probabilities[te] = platt(*args, seed) if calibrate is None else calibrate(*args)
            scores = train_spam.combined(probabilities, cv.rules)
            out[name] = (scores[self.real], probabilities[self.real])
        return out

    def report(self, variant: str, facts: Matrix, calibrate: Calibrate | None = None) -> None:
        labels = self.labels[self.real]
        rows = []
        for name, (scores, probabilities) in self.scores(facts, calibrate).items():
            strong = self.cv[name][0].strong[self.real]
            cut = {
                "spam": train_spam.threshold_at_fpr(scores, labels, train_spam.SPAM_FPR),
                "suspicious": train_spam.threshold_at_fpr(scores, labels, train_spam.SUSPICIOUS_FPR),
            }
            m = train_spam.metrics(labels, scores, strong, probabilities, cut)
            rows.append(
                (
                    m["roc_auc"],
                    m["recall_at_fpr_1pct"],
                    m["recall_at_fpr_2pct"],
                    m["at_spam_or_suspicious"]["recall"],
                )
            )
        near, employer = np.array(rows[0]), np.array(rows[1:])
        print(
            f"{variant:44s} employer: ROC AUC {employer[:, 0].mean():.4f} "
            f"({' / '.join(f'{v:.3f}' for v in employer[:, 0])}) recall@FPR1% {employer[:, 1].mean():.3f} "
            f"@2% {employer[:, 2].mean():.3f} s|s {employer[:, 3].mean():.3f} | near-dup: ROC AUC "
            f"{near[0]:.4f} recall@FPR1% {near[1]:.3f} @2% {near[2]:.3f} s|s {near[3]:.3f}",
            flush=True,
        )

    def threshold_transfer(self, facts: Matrix) -> None:
        """``suspicious`` chosen at FPR 1.5 % / 2 % on one assignment, recall / FPR on every one."""
        scores = {name: s for name, (s, _) in self.scores(facts).items()}
        labels = self.labels[self.real]
        names = list(scores)
        for source in names[:2]:
            for fpr in (0.015, 0.02):
                cut = train_spam.threshold_at_fpr(scores[source], labels, fpr)
                cells = [
                    f"{(s[labels == 1] >= cut).mean():.2f}/{(s[labels == 0] >= cut).mean():.3f}"
                    for s in scores.values()
                ]
                print(
                    f"  suspicious at FPR {fpr:.3f} of {source} ({cut:.4f}): recall/FPR " + "  ".join(cells)
                )


def sample_examples() -> list[train_spam.Example]:
    """The legitimate postings of :data:`SAMPLE_SETS` through decode → extract → clean → normalize, with
    their MiniLM vectors; one company's pages share a group (its name as the "profile")."""
    examples = []
    for name in SAMPLE_SETS:
        base = ROOT / "samples" / name
        for row in json.loads((base / "labels.json").read_text(encoding="utf-8")):
            if row.get("spam") or row.get("expect", "published") != "published":
                continue
            try:
                text = decode_page((base / row["file"]).read_bytes())
                clean = clean_posting(extract_posting(text, row["url"]))
                normalized = normalize_posting(clean, today=date(2026, 12, 1))
            except BadInputError:
                continue
            company = str(row.get("company") or row["url"]).strip().lower()
            examples.append(
                train_spam.Example(
                    item=spam_input(clean, normalized),
                    label=0,
                    key=f"sample:{name or 'pages'}:{row.get('cluster') or row['file']}",
                    origin="sample",
                    form=name or "pages",
                    dedup_text=clean.description_text,
                    profile=f"sample company {company}",
                    title_key=normalized.title.strip().lower(),
                    embed_text=posting_text(normalized.title, clean.description_text),
                )
            )
    vectors = spam_vectors.embed([e.embed_text for e in examples])
    return [replace(e, vector=v) for e, v in zip(examples, vectors, strict=True)]


def vidros_facts(emscad_path: Path, examples: Sequence[train_spam.Example]) -> dict[str, Matrix]:
    """Vidros et al.'s empirical features, read from each ad's EMSCAD row (0 for other examples)."""
    ads = {f"emscad:{ad.job_id}": ad for ad in emscad.load(emscad_path)}
    tests: dict[str, Callable[[emscad.Ad], bool]] = {
        "no requirements": lambda a: not a.requirements,
        "no benefits": lambda a: not a.benefits,
        "no company profile": lambda a: not a.company_profile,
        "education stated": lambda a: bool(a.required_education),
        "experience stated": lambda a: bool(a.required_experience),
        "industry stated": lambda a: bool(a.industry),
        "function stated": lambda a: bool(a.function),
        "salary stated": lambda a: bool(a.salary_range),
    }
    return {
        name: np.array([float(e.origin == "emscad" and test(ads[e.key])) for e in examples])
        for name, test in tests.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--emscad", type=Path, default=train_spam.EMSCAD_DATA)
    parser.add_argument("--seeds", type=int, default=4, help="employer folds: this many fold seeds")
    parser.add_argument("--samples", action="store_true", help="the sample pages as legitimate examples")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}; figures on the EMSCAD pages only", flush=True)
    examples = train_spam.load_examples(args.emscad)
    samples = sample_examples() if args.samples else []
    if samples:
        print(f"{len(samples)} legitimate sample postings added to the training side of the folds")
    runs = Assignments(examples, args.seeds, samples)
    facts = train_spam.fact_matrix(runs.examples)
    runs.report("shipped (Platt, 3 margins + 2 facts)", facts)
    if samples:
        return
    runs.report("equal-weight sum of standardized margins", facts, shrunk(None))
    for c in (0.01, 0.1):
        runs.report(f"Platt weights shrunk to equal, C {c:g}", facts, shrunk(c))
    runs.report("no page facts", np.zeros((len(runs.examples), 0)))
    every = np.array([[e.item.facts[n] for n in FACTS] for e in runs.examples])
    runs.report("all 7 page facts", every)
    vidros = vidros_facts(args.emscad, runs.examples)
    for name, column in vidros.items():
        runs.report(f"+ {name} (from the EMSCAD row)", np.column_stack([facts, column]))
    runs.report("+ all 8 of Vidros et al.'s", np.column_stack([facts, *vidros.values()]))
    runs.threshold_transfer(facts)


if __name__ == "__main__":
    main()
