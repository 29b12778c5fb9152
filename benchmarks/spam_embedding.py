"""The posting's sentence embedding as a third spam margin, cross-validated: the alternatives to the RBF
SVM the model ships (README "Spam detection"; ``benchmarks.spam`` prints the shipped model's figures).

    .venv/bin/python -m benchmarks.spam_embedding [--emscad PATH] [--seeds 4] [--model svc|logistic|knn]
                                                  [--C 4]

Every training example is embedded as the Embed stage embeds a posting (title + cleaned description, the
local MiniLM embedder on one thread, ~80 s CPU). In each fold of ``hirehound.ml.train_spam``'s cross-
validation a model on the 384-d vectors (an RBF SVM or a logistic regression, class-balanced, or the
vote of the ``--C`` nearest neighbours) gives an out-of-fold margin, calibrated with the two text
margins and the page facts as the shipped model's two are (Platt, one calibration per fold). Prints, for
the near-duplicate folds and the employer folds of ``--seeds`` fold seeds: ROC AUC, recall at FPR 1 % and
2 %, and ``spam``-or-``suspicious`` recall / FPR at the folds' own thresholds, with the two text margins
alone, with the third margin, and with it alone. Needs scikit-learn and EMSCAD.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from hirehound.embeddings import MiniLMEmbedder, posting_text
from hirehound.errors import BadInputError
from hirehound.ml import emscad, train_spam
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,import-not-found,unused-ignore]
from sklearn.neighbors import KNeighborsClassifier  # type: ignore[import-untyped,import-not-found,unused-ignore]
from sklearn.svm import SVC  # type: ignore[import-untyped,import-not-found,unused-ignore]

type Matrix = npt.NDArray[np.float64]


def embedding_texts(emscad_path: Path, examples: Sequence[train_spam.Example]) -> list[str]:
    """What the Embed stage embeds for each example: the title and the cleaned description."""
    texts: dict[str, str] = {}
    for ad in emscad.load(emscad_path):
        for form in emscad.PageForm:
            try:
                clean, normalized = emscad.through_pipeline(ad, form)
            except BadInputError:
                continue
            texts[f"emscad:{ad.job_id}:{form}"] = posting_text(normalized.title, clean.description_text)
    return [
        texts[f"{e.key}:{e.form}"] if e.origin == "emscad" else posting_text(e.item.title, e.item.document)
        for e in examples
    ]


def embedding_margins(
    vectors: Matrix,
    labels: npt.NDArray[np.int64],
    cv: train_spam.CrossValidation,
    model: str,
    c: float,
    seed: int,
) -> Matrix:
    """The out-of-fold margin of a model on the vectors, in ``cv``'s folds."""
    margins = np.zeros(len(labels))
    for train_idx, test_idx in cv.folds:
        if model == "knn":  # the log-odds of the distance-weighted vote of the ``c`` nearest
            knn = KNeighborsClassifier(n_neighbors=int(c), metric="cosine", weights="distance")
            votes = knn.fit(vectors[train_idx], labels[train_idx]).predict_proba(vectors[test_idx])[:, 1]
            votes = np.clip(votes, 0.01, 0.99)
            margins[test_idx] = np.log(votes / (1 - votes))
            continue
        fitted: Any = (
            SVC(C=c, kernel="rbf", class_weight="balanced", random_state=seed)
            if model == "svc"
            else LogisticRegression(C=c, solver="liblinear", class_weight="balanced", random_state=seed)
        )
        fitted.fit(vectors[train_idx], labels[train_idx])
        margins[test_idx] = fitted.decision_function(vectors[test_idx])
    return margins


def figures(
    margins: Matrix,
    examples: Sequence[train_spam.Example],
    cv: train_spam.CrossValidation,
    seed: int,
) -> dict[str, Any]:
    """The EMSCAD figures of ``margins`` (one column each) calibrated with the page facts, as train_spam's."""
    labels = np.array([e.label for e in examples], dtype=np.int64)
    facts = train_spam.fact_matrix(examples)
    probabilities = np.zeros(len(examples))
    for train_idx, test_idx in cv.folds:
        fold = train_spam.Calibration(seed).fit(
            margins[train_idx], facts[train_idx], labels[train_idx].tolist()
        )
        probabilities[test_idx] = fold.probabilities(margins[test_idx], facts[test_idx])
    scores = train_spam.combined(probabilities, cv.rules)
    real = np.array([e.origin == "emscad" for e in examples])
    thresholds = {
        "spam": train_spam.threshold_at_fpr(scores[real], labels[real], train_spam.SPAM_FPR),
        "suspicious": train_spam.threshold_at_fpr(scores[real], labels[real], train_spam.SUSPICIOUS_FPR),
    }
    return train_spam.metrics(labels[real], scores[real], cv.strong[real], probabilities[real], thresholds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--emscad", type=Path, default=train_spam.EMSCAD_DATA)
    parser.add_argument("--seeds", type=int, default=4, help="employer folds: this many fold seeds")
    parser.add_argument("--model", choices=("svc", "logistic", "knn"), default="svc")
    parser.add_argument("--C", type=float, default=4.0, help="the embedding model's C (knn: the neighbours)")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}; {args.model} C={args.C:g} on the 384-d MiniLM vectors")
    examples = train_spam.load_examples(args.emscad)
    started = time.process_time()
    vectors = np.asarray(
        MiniLMEmbedder(threads=1).embed(embedding_texts(args.emscad, examples)), dtype=np.float64
    )
    print(f"{len(examples)} examples embedded in {time.process_time() - started:.0f} s CPU")
    labels = np.array([e.label for e in examples], dtype=np.int64)
    rows: dict[str, list[dict[str, Any]]] = {"text margins": [], "+ embedding": [], "embedding alone": []}
    seeds = [train_spam.SEED, *range(train_spam.SEED, train_spam.SEED + args.seeds)]
    for n, seed in enumerate(seeds):
        by_company = n > 0
        cv = train_spam.cross_validate(
            examples, train_spam.near_duplicate_groups(examples, by_company=by_company), seed
        )
        third = embedding_margins(vectors, labels, cv, args.model, args.C, seed)
        variants = {
            "text margins": cv.margins,
            "+ embedding": np.column_stack([cv.margins, third]),
            "embedding alone": third[:, None],
        }
        name = f"employer folds, seed {seed}" if by_company else "near-duplicate folds"
        for variant, margins in variants.items():
            m = figures(margins, examples, cv, seed)
            if by_company:
                rows[variant].append(m)
            flagged = m["at_spam_or_suspicious"]
            print(
                f"  {name:28s} {variant:16s} ROC AUC {m['roc_auc']:.3f}"
                f"  recall@FPR1% {m['recall_at_fpr_1pct']:.3f}  recall@FPR2% {m['recall_at_fpr_2pct']:.3f}"
                f"  spam|suspicious: recall {flagged['recall']:.3f} FPR {flagged['fpr']:.3f}",
                flush=True,
            )
    for variant, table in rows.items():
        auc = [m["roc_auc"] for m in table]
        at_1, at_2 = ([m[f"recall_at_fpr_{n}pct"] for m in table] for n in (1, 2))
        flagged = [m["at_spam_or_suspicious"]["recall"] for m in table]
        print(
            f"employer folds over {args.seeds} seeds, {variant:16s}: ROC AUC mean {np.mean(auc):.3f} "
            f"({min(auc):.3f}-{max(auc):.3f}), recall@FPR1% {np.mean(at_1):.3f}, recall@FPR2% "
            f"{np.mean(at_2):.3f}, spam|suspicious recall {np.mean(flagged):.3f} (FPR at most "
            f"{max(m['at_spam_or_suspicious']['fpr'] for m in table):.3f})"
        )


if __name__ == "__main__":
    main()
