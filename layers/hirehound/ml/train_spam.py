"""Train the spam classifier and export it as JSON data: ``python -m hirehound.ml.train_spam``.

Data: EMSCAD's real ads (``--emscad``, default ``../shared/data/emscad_train.csv.gz`` from the project
root; never copied into the repository), each rendered as a JSON-LD page and as a plain page and run
through decode → extract → clean → normalize (:mod:`hirehound.ml.emscad`), plus the project's own
labelled lines (``hirehound/data/spam_training.jsonl``, text without a page: their page facts are
"unknown").

Model: TF-IDF word 1-2-grams (vocabulary and IDF from one page per ad, so the two renderings of an ad do
not pass ``min_df`` alone) -> two logistic regressions (liblinear, class-balanced), one on the whole text
and one blind to the company profile (:mod:`hirehound.ingest.spam.features`) -> two margins. The blind
one carries what transfers to employers never seen in training (EMSCAD folds grouped by employer: ROC AUC
0.872 with the whole text alone, 0.880 with both); the whole one what a known employer's ads share (folds
grouped by near-duplicates: 0.953 with the blind one alone, 0.976 with both). Calibration is
Platt scaling with the page facts as extra inputs (a logistic regression on the cross-validated margins
and :data:`MODEL_FACTS`): the facts enter once, next to the text's evidence, instead of as a fixed shift
inside the text model, which put every real ad without a logo or profile above the scams' median. The
``spam``/``suspicious`` thresholds are chosen on the cross-validated combined score (rules + calibrated
classifier) of the real ads: ``suspicious`` at a false-positive rate of :data:`SUSPICIOUS_FPR`, ``spam``
at :data:`SPAM_FPR`.

Folds are grouped so near-duplicates never straddle a split: ads whose description + requirements have
MinHash Jaccard >= 0.5 (word 4-shingles, 128 permutations, datasketch LSH), and ads with an identical
company profile and title, are one group (union-find over both); the project lines are grouped the same
way. 5 stratified group folds, fixed seed. Deterministic. Needs scikit-learn (a dev dependency only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import sklearn  # type: ignore[import-untyped,import-not-found,unused-ignore]
from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped,import-not-found,unused-ignore]
from sklearn.feature_extraction.text import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
    TfidfVectorizer,
)
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,import-not-found,unused-ignore]
from sklearn.metrics import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
    average_precision_score,
    roc_auc_score,
    roc_curve,
)
from sklearn.model_selection import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
    StratifiedGroupKFold,
)

from hirehound.embeddings import posting_text
from hirehound.errors import BadInputError
from hirehound.ingest.models import PageSignals
from hirehound.ingest.spam import (
    MODEL_FORMAT,
    MODEL_PATH,
    SpamVerdict,
    Thresholds,
    evidence_count,
    input_reasons,
    noisy_or,
    strong_rules,
    verdict_for,
)
from hirehound.ingest.spam.features import SpamInput, page_facts, spam_input
from hirehound.ml import emscad, spam_vectors

ROOT = Path(__file__).resolve().parents[3]
PROJECT_DATA = MODEL_PATH.parent / "spam_training.jsonl"
EMSCAD_DATA = ROOT / emscad.DEFAULT_PATH
SEED = 20261201
FOLDS = 5
C = 16.0  # folds grouped by employer, blind text: C in {4, 16, 64} gave ROC AUC 0.879 / 0.883 / 0.884
WORD_PATTERN = r"(?u)\b\w\w+\b"
MIN_DF = 2
#: Page facts the model uses (see :data:`hirehound.ingest.spam.features.FACTS`).
MODEL_FACTS = ("signals_unknown", "anonymous_employer")
SUSPICIOUS_FPR = 0.015
SPAM_FPR = 0.0025
JACCARD = 0.5
SHINGLE = 4
PERMUTATIONS = 128


@dataclass(frozen=True)
class Example:
    """One labelled posting as the spam check sees it."""

    item: SpamInput
    label: int  # 1 = spam
    key: str  # the ad (EMSCAD job id) or the project line; both renderings of an ad share it
    origin: str  # "emscad" or "project"
    form: str | None  # the EMSCAD page form, None for project lines
    dedup_text: str  # what near-duplicates are found on
    profile: str | None  # the ad's company profile (EMSCAD's field)
    title_key: str  # the ad's title, lowercased
    embed_text: str = ""  # what the Embed stage embeds: the title and the cleaned description
    vector: npt.NDArray[np.float32] | None = field(default=None, compare=False)  # its MiniLM vector


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def emscad_examples(path: Path) -> list[Example]:
    """Both page forms of every EMSCAD ad, through the pipeline; a page that extraction rejects (as not a
    job page) never reaches the spam check, so it is no example (:func:`rejected_pages` counts them)."""
    examples = []
    for ad in emscad.load(path):
        for form in emscad.PageForm:
            try:
                clean, normalized = emscad.through_pipeline(ad, form)
            except BadInputError:
                continue
            examples.append(
                Example(
                    item=spam_input(clean, normalized),
                    label=int(ad.fraudulent),
                    key=f"emscad:{ad.job_id}",
                    origin="emscad",
                    form=str(form),
                    dedup_text=f"{ad.description} {ad.requirements}",
                    profile=ad.company_profile.strip() or None,
                    title_key=ad.title.strip().lower(),
                    embed_text=posting_text(normalized.title, clean.description_text),
                )
            )
    return examples


def project_examples(path: Path = PROJECT_DATA) -> list[Example]:
    """The project's labelled lines (``title\\ntext``): no page, so the page facts are unknown."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        if row["label"] not in ("spam", "ham"):
            raise ValueError(f"{path}:{number}: label must be spam or ham, got {row['label']!r}")
        title, _, text = str(row["text"]).partition("\n")
        examples.append(
            Example(
                item=SpamInput(title=title, document=text, facts=page_facts(None)),
                label=int(row["label"] == "spam"),
                key=f"project:{number}",
                origin="project",
                form=None,
                dedup_text=text,
                profile=None,
                title_key=title.strip().lower(),
                embed_text=posting_text(title, text),
            )
        )
    return examples


def with_vectors(examples: Sequence[Example]) -> list[Example]:
    """The examples with their MiniLM vectors (:func:`hirehound.ml.spam_vectors.embed`)."""
    vectors = spam_vectors.embed([e.embed_text for e in examples])
    return [replace(e, vector=v) for e, v in zip(examples, vectors, strict=True)]


def vector_matrix(examples: Sequence[Example]) -> npt.NDArray[np.float32] | None:
    """The examples' vectors as one matrix; None unless every example has one."""
    if not examples or any(e.vector is None for e in examples):
        return None
    return np.array([e.vector for e in examples], dtype=np.float32)


def rejected_pages(path: Path, examples: Sequence[Example]) -> int:
    """How many EMSCAD pages extraction rejected (two pages per ad, less the examples)."""
    return len(emscad.PageForm) * len(emscad.load(path)) - sum(e.origin == "emscad" for e in examples)


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}


def near_duplicate_groups(examples: Sequence[Example], *, by_company: bool = False) -> npt.NDArray[np.int64]:
    """A group number per example: the same ad, MinHash Jaccard >= :data:`JACCARD`, or the same company
    profile + title put examples in one group (transitively). ``by_company`` groups by the company profile
    alone: every ad of one employer in one fold (the figures for employers never seen in training)."""
    parent = list(range(len(examples)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    lsh = MinHashLSH(threshold=JACCARD, num_perm=PERMUTATIONS)
    first: dict[str, int] = {}
    for i, example in enumerate(examples):
        company = None
        if example.profile is not None:
            company = example.profile if by_company else f"{example.profile}\n{example.title_key}"
        for key in (example.key, company):
            if key is not None:
                if key in first:
                    union(i, first[key])
                else:
                    first[key] = i
        if first[example.key] != i:
            continue  # the other rendering of an ad already in the index
        signature = MinHash(num_perm=PERMUTATIONS, seed=1)
        for shingle in _shingles(example.dedup_text):
            signature.update(shingle.encode("utf-8"))
        for j in lsh.query(signature):
            union(i, int(j))
        lsh.insert(i, signature)
    roots = [find(i) for i in range(len(examples))]
    numbering = {root: n for n, root in enumerate(dict.fromkeys(roots))}
    return np.array([numbering[r] for r in roots], dtype=np.int64)


def whole_text(item: SpamInput) -> str:
    """What the whole-text model reads: the classifier text, then the company profile's (as at inference,
    :meth:`hirehound.ingest.spam.SpamModel.margins`)."""
    profile = item.profile_text
    return f"{item.classifier_text}\n{profile}" if profile else item.classifier_text


class Classifier:
    """TF-IDF -> two logistic regressions, fitted with scikit-learn: one on the whole text, one on the text
    without the company profile (blind to the employer's own words); one vocabulary for both."""

    def __init__(self, seed: int = SEED) -> None:
        self.vectorizer = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            token_pattern=WORD_PATTERN,
            min_df=MIN_DF,
            sublinear_tf=True,
            lowercase=True,
        )
        self.regression, self.blind = (
            LogisticRegression(
                C=C, solver="liblinear", max_iter=5000, class_weight="balanced", random_state=seed
            )
            for _ in range(2)
        )

    def _matrices(self, examples: Sequence[Example]) -> tuple[Any, Any]:
        whole = self.vectorizer.transform([whole_text(e.item) for e in examples])
        return whole, self.vectorizer.transform([e.item.classifier_text for e in examples])

    def fit(self, examples: Sequence[Example]) -> Classifier:
        seen: set[str] = set()
        vocabulary_docs = []  # one rendering per ad: the vocabulary and IDF count ads, not pages
        for example in examples:
            if example.key not in seen:
                seen.add(example.key)
                vocabulary_docs.append(whole_text(example.item))
        self.vectorizer.fit(vocabulary_docs)
        whole, blind = self._matrices(examples)
        labels = [e.label for e in examples]
        self.regression.fit(whole, labels)
        self.blind.fit(blind, labels)
        return self

    def margins(self, examples: Sequence[Example]) -> npt.NDArray[np.float64]:
        """(whole-text margin, blind margin) per example."""
        whole, blind = self._matrices(examples)
        return np.column_stack(
            [self.regression.decision_function(whole), self.blind.decision_function(blind)]
        ).astype(np.float64)


@dataclass(frozen=True)
class CrossValidation:
    margins: npt.NDArray[np.float64]  # out-of-fold (whole, blind) classifier margins, one row per example
    embedding: npt.NDArray[np.float64] | None  # out-of-fold SVM margins on the vectors (None without them)
    rules: npt.NDArray[np.float64]  # noisy-OR of the rules, one per example
    strong: npt.NDArray[np.int64]  # number of strong rules, one per example
    folds: list[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]]


def cross_validate(
    examples: Sequence[Example], groups: npt.NDArray[np.int64], seed: int = SEED
) -> CrossValidation:
    labels = np.array([e.label for e in examples])
    splitter = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    folds = list(splitter.split(np.zeros(len(examples)), labels, groups))
    margins = np.zeros((len(examples), 2))
    for train_idx, test_idx in folds:
        model = Classifier(seed).fit([examples[i] for i in train_idx])
        margins[test_idx] = model.margins([examples[i] for i in test_idx])
    vectors = vector_matrix(examples)
    embedding = None if vectors is None else spam_vectors.out_of_fold_margins(vectors, labels, folds, seed)
    rules, strong = rules_of(examples)
    return CrossValidation(margins=margins, embedding=embedding, rules=rules, strong=strong, folds=folds)


def rules_of(examples: Sequence[Example]) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """The rules' noisy-OR and number of strong rules per example, with the inputs
    :func:`hirehound.ingest.spam.assess` gives them."""
    scores, strong = [], []
    for e in examples:
        reasons = input_reasons(e.item)
        scores.append(noisy_or(r.weight for r in reasons))
        strong.append(strong_rules(reasons))
    return np.array(scores), np.array(strong, dtype=np.int64)


def fact_matrix(examples: Sequence[Example]) -> npt.NDArray[np.float64]:
    return np.array([[e.item.facts[name] for name in MODEL_FACTS] for e in examples], dtype=np.float64)


class Calibration:
    """Platt scaling with page facts: P = sigmoid(a * margin + a' * blind margin + facts @ c + b), fitted
    on CV margins."""

    def __init__(self, seed: int = SEED) -> None:
        # barely regularized: five parameters fitted on ~1,800 examples
        self.regression = LogisticRegression(C=1e4, solver="lbfgs", max_iter=1000, random_state=seed)

    @staticmethod
    def _inputs(margins: npt.NDArray[np.float64], facts: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        return np.column_stack([margins, facts])

    def fit(
        self, margins: npt.NDArray[np.float64], facts: npt.NDArray[np.float64], labels: Sequence[int]
    ) -> Calibration:
        self.regression.fit(self._inputs(margins, facts), list(labels))
        return self

    def probabilities(
        self, margins: npt.NDArray[np.float64], facts: npt.NDArray[np.float64]
    ) -> npt.NDArray[np.float64]:
        return np.asarray(self.regression.predict_proba(self._inputs(margins, facts))[:, 1], dtype=np.float64)

    def export(self) -> dict[str, Any]:
        """The coefficients; with three margins (the last the embedding's) ``embedding_margin`` too."""
        coef = self.regression.coef_[0]
        margins = len(coef) - len(MODEL_FACTS)
        return {
            "method": "platt with page facts",
            "margin": float(coef[0]),
            "blind_margin": float(coef[1]),
            **({"embedding_margin": float(coef[2])} if margins == 3 else {}),
            "facts": list(MODEL_FACTS),
            "fact_coef": [float(v) for v in coef[margins:]],
            "intercept": float(self.regression.intercept_[0]),
        }


def combined(
    probabilities: npt.NDArray[np.float64], rules: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """The score :func:`hirehound.ingest.spam.assess` gives (without known-spam similarity)."""
    return np.asarray(1.0 - (1.0 - probabilities) * (1.0 - rules), dtype=np.float64)


def threshold_at_fpr(scores: npt.NDArray[np.float64], labels: npt.NDArray[np.int64], fpr: float) -> float:
    """The lowest threshold whose false-positive rate (share of ham scoring >= it) is at most ``fpr``."""
    ham = np.sort(scores[labels == 0])[::-1]
    allowed = int(np.floor(fpr * len(ham)))  # this many ham may score at or above the threshold
    # just above the (allowed+1)-th highest ham score
    return float(np.nextafter(ham[allowed], np.inf)) if allowed < len(ham) else 0.0


def recall_at_fpr(labels: npt.NDArray[np.int64], scores: npt.NDArray[np.float64], fpr: float) -> float:
    false_pos, true_pos, _ = roc_curve(labels, scores)
    return float(true_pos[false_pos <= fpr].max())


def rates(labels: npt.NDArray[np.int64], flagged: npt.NDArray[np.bool_]) -> dict[str, float]:
    return {
        "recall": round(float(flagged[labels == 1].mean()), 4),
        "fpr": round(float(flagged[labels == 0].mean()), 4),
    }


def metrics(
    labels: npt.NDArray[np.int64],
    scores: npt.NDArray[np.float64],
    strong: npt.NDArray[np.int64],
    probabilities: npt.NDArray[np.float64],
    thresholds: dict[str, float],
) -> dict[str, Any]:
    """Ranking figures of the score, and recall/FPR of the verdicts (the rules' floors included)."""
    cut = Thresholds(spam=thresholds["spam"], suspicious=thresholds["suspicious"])
    verdicts = np.array(
        [
            verdict_for(s, cut, evidence_count(int(n), float(p), cut))
            for s, n, p in zip(scores, strong, probabilities, strict=True)
        ]
    )
    return {
        "examples": len(labels),
        "spam": int(labels.sum()),
        "roc_auc": round(float(roc_auc_score(labels, scores)), 4),
        "pr_auc": round(float(average_precision_score(labels, scores)), 4),
        "recall_at_fpr_1pct": round(recall_at_fpr(labels, scores, 0.01), 4),
        "recall_at_fpr_2pct": round(recall_at_fpr(labels, scores, 0.02), 4),
        "at_spam": rates(labels, verdicts == SpamVerdict.SPAM),
        "at_spam_or_suspicious": rates(labels, verdicts != SpamVerdict.CLEAN),
    }


def export(classifier: Classifier) -> dict[str, Any]:
    """The fitted classifier as the blocks and facts of :class:`hirehound.ingest.spam.SpamModel`."""
    regression, blind = classifier.regression, classifier.blind
    for fitted in (regression, blind):
        if list(fitted.classes_) != [0, 1]:
            raise ValueError(f"expected classes [0, 1], got {fitted.classes_}")
    coef: npt.NDArray[np.float64] = regression.coef_[0]
    vectorizer = classifier.vectorizer
    terms = list(vectorizer.get_feature_names_out())
    width = len(terms)
    if len(coef) != width:
        raise ValueError(f"{len(coef)} coefficients for {width} terms")
    return {
        "format": MODEL_FORMAT,
        "positive_label": "spam",
        "blocks": [
            {
                "name": "word",
                "analyzer": vectorizer.analyzer,
                "ngram_range": list(vectorizer.ngram_range),
                "token_pattern": vectorizer.token_pattern,
                "lowercase": vectorizer.lowercase,
                "sublinear_tf": vectorizer.sublinear_tf,
                "norm": vectorizer.norm,
                "terms": terms,
                "idf": [float(v) for v in vectorizer.idf_],
                "coef": [float(v) for v in coef[:width]],
                "blind_coef": [float(v) for v in blind.coef_[0][:width]],
            }
        ],
        "intercept": float(regression.intercept_[0]),
        "blind_intercept": float(blind.intercept_[0]),
    }


@dataclass(frozen=True)
class Training:
    spec: dict[str, Any]
    classifier: Classifier
    examples: list[Example]
    cv: CrossValidation
    cv_probabilities: npt.NDArray[np.float64]  # the calibrated classifier, out of fold
    cv_scores: npt.NDArray[np.float64]  # combined with the rules, out of fold
    side_file: bytes | None = None  # the embedding SVM's support vectors (None without vectors)
    embedding_cv_probabilities: npt.NDArray[np.float64] | None = None  # the three-margin model, out of fold
    embedding_cv_scores: npt.NDArray[np.float64] | None = None


def load_examples(
    emscad_path: Path = EMSCAD_DATA, project_path: Path = PROJECT_DATA, vectors: bool = True
) -> list[Example]:
    """EMSCAD's pages and the project's lines, with their MiniLM vectors when ``vectors``."""
    examples = emscad_examples(emscad_path) + project_examples(project_path)
    return with_vectors(examples) if vectors else examples


@dataclass(frozen=True)
class Calibrated:
    """A calibration fitted on every example's out-of-fold margins, the out-of-fold probabilities and
    scores of calibrations fitted without each fold, and the thresholds chosen on them."""

    calibration: Calibration
    probabilities: npt.NDArray[np.float64]
    scores: npt.NDArray[np.float64]
    thresholds: dict[str, float]


def calibrated(
    margins: npt.NDArray[np.float64],
    examples: Sequence[Example],
    cv: CrossValidation,
    seed: int,
) -> Calibrated:
    labels = np.array([e.label for e in examples], dtype=np.int64)
    facts = fact_matrix(examples)
    calibration = Calibration(seed).fit(margins, facts, labels.tolist())
    # The figures and thresholds use calibrations fitted without the fold they score.
    probabilities = np.zeros(len(examples))
    for train_idx, test_idx in cv.folds:
        fold = Calibration(seed).fit(margins[train_idx], facts[train_idx], labels[train_idx].tolist())
        probabilities[test_idx] = fold.probabilities(margins[test_idx], facts[test_idx])
    scores = combined(probabilities, cv.rules)
    real = np.array([e.origin == "emscad" for e in examples])
    thresholds = {
        "spam": threshold_at_fpr(scores[real], labels[real], SPAM_FPR),
        "suspicious": threshold_at_fpr(scores[real], labels[real], SUSPICIOUS_FPR),
    }
    return Calibrated(calibration, probabilities, scores, thresholds)


def figures(examples: Sequence[Example], cv: CrossValidation, fitted: Calibrated) -> dict[str, Any]:
    """The cross-validated figures of ``fitted`` on EMSCAD, each page form, and the project's lines."""
    labels = np.array([e.label for e in examples], dtype=np.int64)
    real = np.array([e.origin == "emscad" for e in examples])
    by_form = {f"emscad {f}": np.array([e.form == str(f) for e in examples]) for f in emscad.PageForm}
    return {
        name: metrics(labels[m], fitted.scores[m], cv.strong[m], fitted.probabilities[m], fitted.thresholds)
        for name, m in {"emscad": real, **by_form, "project": ~real}.items()
    }


def train(
    emscad_path: Path = EMSCAD_DATA,
    project_path: Path = PROJECT_DATA,
    seed: int = SEED,
    examples: list[Example] | None = None,
    progress: Callable[[str], None] = lambda _: None,
    by_company: bool = False,
) -> Training:
    """Cross-validate (calibration, thresholds, figures), fit on everything, and return the model spec;
    with the examples' vectors also the embedding margin, its calibration and thresholds."""
    if examples is None:
        progress("rendering EMSCAD ads as pages, running them through the pipeline and embedding them")
        examples = load_examples(emscad_path, project_path)
    labels = np.array([e.label for e in examples], dtype=np.int64)
    groups = near_duplicate_groups(examples, by_company=by_company)
    progress(
        f"{len(examples)} examples in {len(set(groups.tolist()))} near-duplicate groups; {FOLDS}-fold CV"
    )
    cv = cross_validate(examples, groups, seed)
    text_only = calibrated(cv.margins, examples, cv, seed)
    progress("fitting on every example")
    classifier = Classifier(seed).fit(examples)
    spec = export(classifier)
    spec["calibration"] = text_only.calibration.export()
    spec["thresholds"] = text_only.thresholds
    grouping = f"MinHash J>={JACCARD} on description+requirements, or identical company profile" + (
        "" if by_company else "+title"
    )
    spec["cross_validation"] = {"grouping": grouping, "folds": FOLDS, **figures(examples, cv, text_only)}
    real = np.array([e.origin == "emscad" for e in examples])
    spec["training"] = {
        "seed": seed,
        "C": C,
        "examples": len(examples),
        "emscad_ads": len({e.key for e in examples if e.origin == "emscad"}),
        "emscad_pages_rejected_by_extraction": rejected_pages(emscad_path, examples),
        "project_lines": int((~real).sum()),
        "groups": len(set(groups.tolist())),
        "terms": len(spec["blocks"][0]["terms"]),
        "scikit_learn": sklearn.__version__,
        "emscad_sha256": _digest(emscad_path),
        "project_sha256": _digest(project_path),
    }
    spec["reference"] = reference(classifier, text_only.calibration, examples)
    vectors = vector_matrix(examples)
    if vectors is None or cv.embedding is None:
        return Training(spec, classifier, examples, cv, text_only.probabilities, text_only.scores)
    progress("the embedding margin: an RBF SVM on every example's vector, a second calibration")
    with_vector = calibrated(np.column_stack([cv.margins, cv.embedding]), examples, cv, seed)
    svm = spam_vectors.fit(vectors, labels, seed)
    section, side = spam_vectors.export(svm)
    section["calibration"] = with_vector.calibration.export()
    section["thresholds"] = with_vector.thresholds
    section["cross_validation"] = {"grouping": grouping, "folds": FOLDS, **figures(examples, cv, with_vector)}
    section["reference"] = spam_vectors.reference(svm)
    spec["embedding"] = section
    return Training(
        spec,
        classifier,
        examples,
        cv,
        text_only.probabilities,
        text_only.scores,
        side_file=side,
        embedding_cv_probabilities=with_vector.probabilities,
        embedding_cv_scores=with_vector.scores,
    )


REFERENCE_FACTS = (
    page_facts(None),
    page_facts(PageSignals()),
    page_facts(PageSignals(logo=True)),
)


def reference(
    classifier: Classifier, calibration: Calibration, examples: Sequence[Example]
) -> dict[str, Any]:
    """scikit-learn's calibrated probabilities for the project's lines under a few page-fact settings, so
    the numpy inference can be checked against them without scikit-learn or EMSCAD."""
    lines = [e for e in examples if e.origin == "project"]
    facts = [REFERENCE_FACTS[n % len(REFERENCE_FACTS)] for n in range(len(lines))]
    # every third line gets the next line's text as its "company profile": the profile path is checked too
    profiles = [lines[(n + 1) % len(lines)].item.document if n % 3 == 2 else None for n in range(len(lines))]
    cases = [
        Example(
            item=SpamInput(title=e.item.title, document=e.item.document, facts=f, company_profile=profile),
            label=e.label,
            key=e.key,
            origin=e.origin,
            form=None,
            dedup_text="",
            profile=None,
            title_key="",
        )
        for e, f, profile in zip(lines, facts, profiles, strict=True)
    ]
    probabilities = calibration.probabilities(classifier.margins(cases), fact_matrix(cases))
    return {
        "data": PROJECT_DATA.name,
        "lines": [int(e.key.split(":")[1]) - 1 for e in cases],
        "facts": [dict(f) for f in facts],
        "profiles": [None if p is None else (n + 1) % len(lines) for n, p in enumerate(profiles)],
        "probabilities": [float(p) for p in probabilities],
    }


def write(spec: dict[str, Any], path: Path = MODEL_PATH, side_file: bytes | None = None) -> None:
    """The model file, and next to it the embedding SVM's side file (when the spec has an embedding)."""
    if ("embedding" in spec) != (side_file is not None):
        raise ValueError("an embedding section needs its side file, and a side file its section")
    if side_file is not None:
        (path.parent / spam_vectors.VECTORS_FILE).write_bytes(side_file)
    path.write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--emscad", type=Path, default=EMSCAD_DATA, help="EMSCAD CSV (gzip or plain)")
    parser.add_argument("--project", type=Path, default=PROJECT_DATA, help="the project's labelled lines")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    if not args.emscad.exists():
        sys.stderr.write(f"EMSCAD not found at {args.emscad} (see --emscad)\n")
        return 2

    def progress(message: str) -> None:
        sys.stderr.write(f"... {message}\n")

    result = train(args.emscad, args.project, progress=progress)
    write(result.spec, args.output, result.side_file)
    info = result.spec["training"]
    sys.stdout.write(
        f"examples={info['examples']} (EMSCAD ads={info['emscad_ads']} x 2 pages, project lines="
        f"{info['project_lines']}; {info['emscad_pages_rejected_by_extraction']} pages rejected as no job)"
        f" groups={info['groups']} terms={info['terms']}\n"
    )
    paths = [("without a vector", result.spec)]
    if "embedding" in result.spec:
        paths.append(("with the vector", result.spec["embedding"]))
    for path, section in paths:
        cut = section["thresholds"]
        sys.stdout.write(f"{path}: thresholds spam={cut['spam']:.4f} suspicious={cut['suspicious']:.4f}\n")
        for name, m in section["cross_validation"].items():
            if isinstance(m, dict):
                sys.stdout.write(f"CV {name:16s} {_line(m)}\n")
    sys.stdout.write(f"wrote {args.output}\n")
    progress("cross-validating with folds grouped by employer (company profile)")
    unseen = train(args.emscad, args.project, examples=result.examples, by_company=True)
    real = np.array([e.origin == "emscad" for e in unseen.examples])
    labels = np.array([e.label for e in unseen.examples], dtype=np.int64)[real]
    runs = [("without a vector", result.spec, unseen.spec, unseen.cv_scores, unseen.cv_probabilities)]
    if unseen.embedding_cv_scores is not None and unseen.embedding_cv_probabilities is not None:
        runs.append(
            (
                "with the vector",
                result.spec["embedding"],
                unseen.spec["embedding"],
                unseen.embedding_cv_scores,
                unseen.embedding_cv_probabilities,
            )
        )
    for path, shipped, own, scores, probabilities in runs:
        for name, cut in (("shipped", shipped["thresholds"]), ("its own", own["thresholds"])):
            m = metrics(labels, scores[real], unseen.cv.strong[real], probabilities[real], cut)
            sys.stdout.write(
                f"CV emscad, employers unseen, {path}, {name} thresholds (spam={cut['spam']:.4f} "
                f"suspicious={cut['suspicious']:.4f}): {_line(m)}\n"
            )
    return 0


def _line(m: dict[str, Any]) -> str:
    """One line of :func:`metrics`' figures."""
    return (
        f"ROC AUC={m['roc_auc']:.3f} PR AUC={m['pr_auc']:.3f} "
        f"recall@FPR1%={m['recall_at_fpr_1pct']:.3f} recall@FPR2%={m['recall_at_fpr_2pct']:.3f} "
        f"spam: recall={m['at_spam']['recall']:.3f} FPR={m['at_spam']['fpr']:.3f} "
        f"spam|suspicious: recall={m['at_spam_or_suspicious']['recall']:.3f} "
        f"FPR={m['at_spam_or_suspicious']['fpr']:.3f}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
