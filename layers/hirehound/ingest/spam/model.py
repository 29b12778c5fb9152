"""The exported classifier, run with numpy: TF-IDF word n-grams (each block L2-normalized) -> logistic
regression -> a margin; then Platt scaling with the page facts as extra inputs,
``P = sigmoid(a * margin + facts @ c + b)``. :mod:`hirehound.ml.train_spam` fits both with scikit-learn
and writes the JSON this reads; the analyzers re-implement scikit-learn's exactly, so the probabilities
match.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

MODEL_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "spam_model.json"
MODEL_FORMAT = "hirehound-spam-linear/2"

_WHITE_SPACES = re.compile(r"\s\s+")


def word_ngrams(pattern: re.Pattern[str], ngram_range: tuple[int, int]) -> Callable[[str], list[str]]:
    """scikit-learn's ``word`` analyzer (lowercase, ``token_pattern``, n-grams joined by a space)."""
    min_n, max_n = ngram_range

    def analyze(doc: str) -> list[str]:
        tokens: list[str] = pattern.findall(doc.lower())
        grams = list(tokens) if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n, len(tokens)) + 1):
            grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        return grams

    return analyze


def char_wb_ngrams(ngram_range: tuple[int, int]) -> Callable[[str], list[str]]:
    """scikit-learn's ``char_wb`` analyzer: n-grams inside space-padded words, a short word counted once."""
    min_n, max_n = ngram_range

    def analyze(doc: str) -> list[str]:
        grams: list[str] = []
        for word in _WHITE_SPACES.sub(" ", doc.lower()).split():
            padded = f" {word} "
            for n in range(min_n, max_n + 1):
                if len(padded) <= n:
                    grams.append(padded)
                    break
                grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
        return grams

    return analyze


@dataclass(frozen=True)
class _Block:
    """One TF-IDF vectorizer of the feature union, with the classifier's coefficients for its columns."""

    analyze: Callable[[str], list[str]]
    index: dict[str, int]
    idf: npt.NDArray[np.float64]
    coef: npt.NDArray[np.float64]
    sublinear_tf: bool

    def decision(self, doc: str) -> float:
        counts = Counter(t for t in self.analyze(doc) if t in self.index)
        if not counts:
            return 0.0
        columns = np.fromiter((self.index[t] for t in counts), dtype=np.intp, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        if self.sublinear_tf:
            tf = np.log(tf) + 1.0
        values = tf * self.idf[columns]
        return float(values @ self.coef[columns]) / float(np.sqrt(values @ values))


@dataclass(frozen=True)
class Thresholds:
    """Verdict thresholds on the combined score, chosen by cross-validation."""

    spam: float
    suspicious: float


class SpamModel:
    """``probability(text, facts)`` equals scikit-learn's calibrated probability for the same example."""

    def __init__(self, spec: dict[str, Any]) -> None:
        if spec.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} model: {spec.get('format')!r}")
        self.intercept = float(spec["intercept"])
        self.blocks = tuple(self._block(b) for b in spec["blocks"])
        calibration = spec["calibration"]
        self.margin_coef = float(calibration["margin"])
        self.calibration_intercept = float(calibration["intercept"])
        self.facts = tuple(str(name) for name in calibration["facts"])
        self.fact_coef = np.asarray(calibration["fact_coef"], dtype=np.float64)
        self.thresholds = Thresholds(
            spam=float(spec["thresholds"]["spam"]), suspicious=float(spec["thresholds"]["suspicious"])
        )
        if not 0.0 < self.thresholds.suspicious < self.thresholds.spam <= 1.0:
            raise ValueError(f"thresholds out of order: {self.thresholds}")

    @staticmethod
    def _block(spec: dict[str, Any]) -> _Block:
        ngram_range = (int(spec["ngram_range"][0]), int(spec["ngram_range"][1]))
        if spec["analyzer"] == "word":
            analyze = word_ngrams(re.compile(spec["token_pattern"]), ngram_range)
        elif spec["analyzer"] == "char_wb":
            analyze = char_wb_ngrams(ngram_range)
        else:
            raise ValueError(f"unsupported analyzer {spec['analyzer']!r}")
        terms: list[str] = spec["terms"]
        return _Block(
            analyze=analyze,
            index={t: i for i, t in enumerate(terms)},
            idf=np.asarray(spec["idf"], dtype=np.float64),
            coef=np.asarray(spec["coef"], dtype=np.float64),
            sublinear_tf=bool(spec["sublinear_tf"]),
        )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> SpamModel:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def fact_vector(self, facts: Mapping[str, float]) -> npt.NDArray[np.float64]:
        return np.array([float(facts.get(name, 0.0)) for name in self.facts], dtype=np.float64)

    def decision(self, text: str) -> float:
        """The text logistic regression's margin for a classifier text."""
        return self.intercept + sum(block.decision(text) for block in self.blocks)

    def probability(self, text: str, facts: Mapping[str, float] | None = None) -> float:
        """Calibrated P(spam) from the text's margin and the page facts (missing facts count as 0)."""
        logit = self.margin_coef * self.decision(text) + self.calibration_intercept
        if facts:
            logit += float(self.fact_vector(facts) @ self.fact_coef)
        return 1.0 / (1.0 + math.exp(-logit))

    def probabilities(
        self, texts: Sequence[str], facts: Sequence[Mapping[str, float]]
    ) -> npt.NDArray[np.float64]:
        return np.array([self.probability(t, f) for t, f in zip(texts, facts, strict=True)], dtype=np.float64)


@cache
def default_model() -> SpamModel:
    """The shipped model, loaded once per process (Lambda container)."""
    return SpamModel.load()
