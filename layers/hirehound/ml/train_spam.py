"""Train the spam classifier and export it as JSON weights: ``python -m hirehound.ml.train_spam``.

Deterministic (fixed seed, lbfgs). Splits the labelled examples stratified 75/25, fits TF-IDF
(word 1-2-grams + char_wb 3-5-grams) -> logistic regression on the 75%, prints held-out
precision/recall/F1 for the classifier alone and for the full :func:`hirehound.ingest.spam.assess_spam`,
and writes the model fitted on the training split, so the printed numbers describe the shipped file.
Needs scikit-learn (a dev dependency only).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import sklearn  # type: ignore[import-untyped,import-not-found,unused-ignore]
from sklearn.feature_extraction.text import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
    TfidfVectorizer,
)
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,import-not-found,unused-ignore]
from sklearn.metrics import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
    precision_recall_fscore_support,
)
from sklearn.model_selection import train_test_split  # type: ignore[import-untyped,import-not-found,unused-ignore]
from sklearn.pipeline import FeatureUnion, Pipeline  # type: ignore[import-untyped,import-not-found,unused-ignore]

from hirehound.ingest.spam import (
    MODEL_FORMAT,
    MODEL_PATH,
    SpamAssessment,
    SpamModel,
    SpamVerdict,
    assess_spam,
)

DATA_PATH = MODEL_PATH.parent / "spam_training.jsonl"
SEED = 20240611
TEST_SIZE = 0.25
POSITIVE = "spam"
WORD_PATTERN = r"(?u)\b\w\w+\b"
C = 4.0  # inverse regularization; the texts are short, so light regularization


@dataclass(frozen=True)
class Split:
    train_docs: list[str]
    train_labels: list[int]
    test_docs: list[str]
    test_labels: list[int]
    test_lines: list[int]  # 0-based line numbers in the JSONL file of ``test_docs``, in the same order


def load_examples(path: Path = DATA_PATH) -> tuple[list[str], list[int]]:
    """The documents (``title\\ntext``) and labels (1 = spam) in file order."""
    docs, labels = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        if row["label"] not in ("spam", "ham"):
            raise ValueError(f"{path}:{number}: label must be spam or ham, got {row['label']!r}")
        docs.append(str(row["text"]))
        labels.append(int(row["label"] == POSITIVE))
    return docs, labels


def split(docs: list[str], labels: list[int], seed: int = SEED) -> Split:
    lines = list(range(len(docs)))
    train_idx, test_idx = train_test_split(lines, test_size=TEST_SIZE, random_state=seed, stratify=labels)
    return Split(
        train_docs=[docs[i] for i in train_idx],
        train_labels=[labels[i] for i in train_idx],
        test_docs=[docs[i] for i in test_idx],
        test_labels=[labels[i] for i in test_idx],
        test_lines=list(test_idx),
    )


def build_pipeline(seed: int = SEED) -> Any:
    features = FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    token_pattern=WORD_PATTERN,
                    min_df=2,
                    sublinear_tf=True,
                    lowercase=True,
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True, lowercase=True
                ),
            ),
        ]
    )
    classifier = LogisticRegression(
        C=C, solver="lbfgs", max_iter=2000, class_weight="balanced", random_state=seed
    )
    return Pipeline([("features", features), ("classifier", classifier)])


def fit(data: Split, seed: int = SEED) -> Any:
    pipeline = build_pipeline(seed)
    pipeline.fit(data.train_docs, data.train_labels)
    return pipeline


def export(pipeline: Any) -> dict[str, Any]:
    """The fitted pipeline as the JSON spec :class:`hirehound.ingest.spam.SpamModel` reads."""
    classifier = pipeline.named_steps["classifier"]
    if list(classifier.classes_) != [0, 1]:
        raise ValueError(f"expected classes [0, 1], got {classifier.classes_}")
    coef: npt.NDArray[np.float64] = classifier.coef_[0]
    blocks, offset = [], 0
    for name, vectorizer in pipeline.named_steps["features"].transformer_list:
        terms = list(vectorizer.get_feature_names_out())
        width = len(terms)
        blocks.append(
            {
                "name": name,
                "analyzer": vectorizer.analyzer,
                "ngram_range": list(vectorizer.ngram_range),
                "token_pattern": vectorizer.token_pattern,
                "lowercase": vectorizer.lowercase,
                "sublinear_tf": vectorizer.sublinear_tf,
                "norm": vectorizer.norm,
                "terms": terms,
                "idf": [float(v) for v in vectorizer.idf_],
                "coef": [float(v) for v in coef[offset : offset + width]],
            }
        )
        offset += width
    return {
        "format": MODEL_FORMAT,
        "positive_label": POSITIVE,
        "blocks": blocks,
        "intercept": float(classifier.intercept_[0]),
    }


def prf(truth: list[int], predicted: list[int]) -> dict[str, float]:
    precision, recall, f1, _ = precision_recall_fscore_support(
        truth, predicted, average="binary", zero_division=0
    )
    return {
        "precision": round(float(precision), 4),
        "recall": round(float(recall), 4),
        "f1": round(float(f1), 4),
    }


def assess_all(docs: list[str], model: SpamModel) -> list[SpamAssessment]:
    assessments = []
    for doc in docs:
        title, _, text = doc.partition("\n")
        assessments.append(assess_spam(text, title=title, model=model))
    return assessments


def train(data_path: Path = DATA_PATH, seed: int = SEED) -> dict[str, Any]:
    """Fit on the training split and return the model spec with its held-out metrics and reference values."""
    docs, labels = load_examples(data_path)
    data = split(docs, labels, seed)
    pipeline = fit(data, seed)
    spec = export(pipeline)
    sk_proba = [float(p) for p in pipeline.predict_proba(data.test_docs)[:, 1]]
    model = SpamModel(spec)
    assessments = assess_all(data.test_docs, model)
    verdicts = [a.verdict for a in assessments]
    ham_scores = [a.score for a, y in zip(assessments, data.test_labels, strict=True) if y == 0]
    spam_scores = [a.score for a, y in zip(assessments, data.test_labels, strict=True) if y == 1]
    by_line = dict(zip(data.test_lines, sk_proba, strict=True))
    spec["training"] = {
        "seed": seed,
        "test_size": TEST_SIZE,
        "C": C,
        "examples": len(docs),
        "train": len(data.train_docs),
        "test": len(data.test_docs),
        "scikit_learn": sklearn.__version__,
        "features": sum(len(b["terms"]) for b in spec["blocks"]),
    }
    spec["heldout_metrics"] = {
        "classifier@0.5": prf(data.test_labels, [int(p >= 0.5) for p in sk_proba]),
        "assess_spam verdict=spam": prf(data.test_labels, [int(v == SpamVerdict.SPAM) for v in verdicts]),
        "assess_spam verdict!=clean": prf(data.test_labels, [int(v != SpamVerdict.CLEAN) for v in verdicts]),
    }
    spec["heldout_scores"] = {"ham_max": round(max(ham_scores), 4), "spam_min": round(min(spam_scores), 4)}
    # scikit-learn's held-out probabilities, so the numpy inference can be checked without scikit-learn.
    spec["reference"] = {
        "data": data_path.name,
        "lines": sorted(by_line),
        "probabilities": [by_line[k] for k in sorted(by_line)],
    }
    return spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DATA_PATH)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    spec = train(args.data)
    args.output.write_text(
        json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    info = spec["training"]
    sys.stdout.write(
        f"examples={info['examples']} train={info['train']} held-out={info['test']} "
        f"features={info['features']} seed={info['seed']}\n"
    )
    for name, metrics in spec["heldout_metrics"].items():
        sys.stdout.write(
            f"held-out {name:28s} precision={metrics['precision']:.3f} "
            f"recall={metrics['recall']:.3f} f1={metrics['f1']:.3f}\n"
        )
    scores = spec["heldout_scores"]
    sys.stdout.write(
        f"held-out assess_spam score: highest ham {scores['ham_max']:.3f}, "
        f"lowest spam {scores['spam_min']:.3f}\n"
    )
    sys.stdout.write(f"wrote {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
