"""The exported classifier, run with numpy: TF-IDF word n-grams (each block L2-normalized) -> two logistic
regressions over one vocabulary, one on the whole text and one on the text without the company profile
(blind to the employer's own words) -> two margins; then Platt scaling with the page facts as extra
inputs, ``P = sigmoid(a * margin + a' * blind_margin + facts @ c + b)``. With the posting's MiniLM vector
a third margin (an RBF SVM on it, :mod:`.embedding`) joins them under a second calibration, with its own
thresholds; without one the score is the two-margin model's. :mod:`hirehound.ml.train_spam` fits them
with scikit-learn and writes the JSON (and the SVM's side file) this reads; the analyzers re-implement
scikit-learn's exactly, so the probabilities match.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from hirehound.ingest.spam.embedding import EmbeddingMargin

MODEL_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "spam_model.json"
# 3: the text without the profile, with page tokens; 4: an optional margin on the posting's sentence embedding
MODEL_FORMAT = "hirehound-spam-linear/4"

_WHITE_SPACES = re.compile(r"\s\s+")
# Token patterns and faster ones that find the same tokens: scikit-learn's default ``\b\w\w+\b`` is a
# maximal run of two or more word characters, which greedy ``\w\w+`` finds without the boundary tests.
_SAME_TOKENS = {r"(?u)\b\w\w+\b": r"\w\w+"}


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
    """One TF-IDF vectorizer of the feature union, with the coefficients of both text models for its
    columns: ``coef`` for the whole text, ``blind_coef`` for the text without the company profile."""

    analyze: Callable[[str], list[str]]
    index: dict[str, int]
    idf: npt.NDArray[np.float64]
    coef: npt.NDArray[np.float64]
    blind_coef: npt.NDArray[np.float64]
    sublinear_tf: bool

    def columns(self, doc: str) -> npt.NDArray[np.intp]:
        """The vocabulary column of every n-gram of ``doc`` that has one (repeats kept)."""
        found = [c for c in map(self.index.get, self.analyze(doc)) if c is not None]
        return np.array(found, dtype=np.intp)

    def column_pair(self, text: str, profile: str) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """The columns of ``text`` and of ``text`` + newline + ``profile`` (the whole text)."""
        blind = self.columns(text)
        return blind, (self.columns(f"{text}\n{profile}") if profile else blind)

    def _tf(self, counts: npt.NDArray[np.intp]) -> npt.NDArray[np.float64]:
        """Term frequencies of counts >= 1 (scikit-learn's ``1 + log(count)`` with ``sublinear_tf``)."""
        return np.log(counts) + 1.0 if self.sublinear_tf else counts.astype(np.float64)

    def share(self, columns: npt.NDArray[np.intp], coef: npt.NDArray[np.float64]) -> float:
        """This block's share of a margin: the L2-normalized TF-IDF row of ``columns`` times ``coef``."""
        if not len(columns):
            return 0.0
        unique, counts = np.unique(columns, return_counts=True)
        values = self._tf(counts) * self.idf[unique]
        return float(values @ coef[unique]) / float(np.sqrt(values @ values))

    def shares(self, text: str, profile: str = "") -> tuple[float, float]:
        """This block's share of the (whole text, blind) margins."""
        blind, whole = self.column_pair(text, profile)
        if blind is not whole:
            return self.share(whole, self.coef), self.share(blind, self.blind_coef)
        if not len(whole):
            return 0.0, 0.0
        unique, counts = np.unique(whole, return_counts=True)  # one row, both models' coefficients
        values = self._tf(counts) * self.idf[unique]
        whole_share, blind_share = (values @ self.both_coef[unique]) / float(np.sqrt(values @ values))
        return float(whole_share), float(blind_share)

    @cached_property
    def both_coef(self) -> npt.NDArray[np.float64]:
        return np.column_stack([self.coef, self.blind_coef])


@dataclass(frozen=True)
class _WordBigramBlock(_Block):
    """A word (1, 2)-gram block that finds bigrams from their two unigram columns (one array search over
    ``first * width + second`` keys) instead of joining strings, and tokenizes the text and the profile
    once for both models. Exact because a bigram's document frequency never exceeds its words', so with
    ``min_df`` alone both words of a kept bigram are kept too (checked when the block is built). Words are
    found by their string hash in a sorted array of the unigrams' hashes (56 kB, it stays in the CPU's
    cache, where a dict lookup also reads the stored word from memory): a word not in the vocabulary
    whose 64-bit hash equals a vocabulary word's would count as that word (odds ~1e-15 a token)."""

    pattern: re.Pattern[str] = re.compile("")
    unigram_hashes: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    unigram_columns: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    bigram_keys: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # sorted
    bigram_columns: npt.NDArray[np.intp] = field(default_factory=lambda: np.zeros(0, dtype=np.intp))

    def columns(self, doc: str) -> npt.NDArray[np.intp]:
        return self.column_pair(doc, "")[0]

    def column_pair(self, text: str, profile: str) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """The columns of ``text`` (the blind model's) and of ``text`` + newline + ``profile`` (the whole
        text's; the same array without a profile)."""
        tokens = self.pattern.findall(text.lower())
        blind_words = len(tokens)
        if profile:  # a newline between them: the same tokens as the joined text
            tokens += self.pattern.findall(profile.lower())
        hashes = np.fromiter(map(hash, tokens), dtype=np.int64, count=len(tokens))
        at = np.minimum(np.searchsorted(self.unigram_hashes, hashes), len(self.unigram_hashes) - 1)
        words = np.where(self.unigram_hashes[at] == hashes, self.unigram_columns[at], -1)
        known = words >= 0
        if len(words) < 2 or not len(self.bigram_keys):
            bigrams, found = np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.bool_)
        else:
            first, second = words[:-1], words[1:]
            keys = first * len(self.index) + second
            at = np.minimum(np.searchsorted(self.bigram_keys, keys), len(self.bigram_keys) - 1)
            found = (self.bigram_keys[at] == keys) & known[:-1] & known[1:]
            bigrams = self.bigram_columns[at]
        whole = np.concatenate([words[known], bigrams[found]]).astype(np.intp)
        if not profile:
            return whole, whole
        # the text's own words and bigrams (a bigram across the newline is not its own)
        pairs = max(blind_words - 1, 0)
        own_words, own_bigrams = words[:blind_words], bigrams[:pairs]
        blind = np.concatenate([own_words[known[:blind_words]], own_bigrams[found[:pairs]]]).astype(np.intp)
        return blind, whole


def _bigram_lookup(index: dict[str, int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.intp]] | None:
    """(sorted ``first * width + second`` keys of the bigrams, their columns); None when a bigram's word is
    not in the vocabulary."""
    keys, columns = [], []
    width = len(index)
    for term, column in index.items():
        first, space, second = term.partition(" ")
        if space:
            if first not in index or second not in index:
                return None
            keys.append(index[first] * width + index[second])
            columns.append(column)
    order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
    return np.array(keys, dtype=np.int64)[order], np.array(columns, dtype=np.intp)[order]


def _unigram_hashes(index: dict[str, int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] | None:
    """(sorted ``hash(word)`` of the unigrams, their columns); None without unigrams or when two hashes are
    equal (then the block looks words up by string)."""
    words = [(hash(term), column) for term, column in index.items() if " " not in term]
    table = np.array(sorted(words), dtype=np.int64).reshape(-1, 2)
    if not len(table) or bool(np.any(table[1:, 0] == table[:-1, 0])):
        return None
    return table[:, 0].copy(), table[:, 1].copy()


@dataclass(frozen=True)
class Thresholds:
    """Verdict thresholds on the combined score, chosen by cross-validation."""

    spam: float
    suspicious: float


def _thresholds(spec: Mapping[str, Any]) -> Thresholds:
    thresholds = Thresholds(spam=float(spec["spam"]), suspicious=float(spec["suspicious"]))
    if not 0.0 < thresholds.suspicious < thresholds.spam <= 1.0:
        raise ValueError(f"thresholds out of order: {thresholds}")
    return thresholds


@dataclass(frozen=True)
class Calibration:
    """Platt scaling with the page facts as extra inputs: ``sigmoid(a * margin + a' * blind_margin
    [+ e * embedding_margin] + b + facts @ c)``. The model has two, one without the embedding margin
    (``embedding_margin`` None) and one with it; both are this, read from the model file's
    ``calibration`` sections."""

    margin: float
    blind_margin: float
    embedding_margin: float | None
    facts: tuple[str, ...]
    fact_coef: tuple[float, ...]
    intercept: float

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], *, embedding: bool = False) -> Calibration:
        """A ``calibration`` section; ``embedding``: it must have the embedding margin's coefficient."""
        facts = tuple(str(name) for name in spec["facts"])
        coef = tuple(float(c) for c in spec["fact_coef"])
        if len(facts) != len(coef):
            raise ValueError(f"{len(coef)} fact coefficients for {len(facts)} facts")
        return cls(
            margin=float(spec["margin"]),
            blind_margin=float(spec["blind_margin"]),
            embedding_margin=float(spec["embedding_margin"]) if embedding else None,
            facts=facts,
            fact_coef=coef,
            intercept=float(spec["intercept"]),
        )

    def logit(
        self, whole: float, blind: float, facts: Mapping[str, float] | None, embedding: float | None = None
    ) -> float:
        """The calibrated logit of the margins (``embedding`` exactly when this calibration has its
        coefficient) and the page facts (missing ones count as 0)."""
        logit = self.margin * whole + self.blind_margin * blind
        if (embedding is None) != (self.embedding_margin is None):
            raise ValueError("an embedding margin is scored by the calibration that has its coefficient")
        if embedding is not None and self.embedding_margin is not None:
            logit += self.embedding_margin * embedding
        logit += self.intercept
        if facts:
            logit += sum(c * facts.get(name, 0.0) for name, c in zip(self.facts, self.fact_coef, strict=True))
        return logit

    def probability(
        self, whole: float, blind: float, facts: Mapping[str, float] | None, embedding: float | None = None
    ) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(whole, blind, facts, embedding)))


class SpamModel:
    """``probability(text, facts)`` equals scikit-learn's calibrated probability for the same example (and
    with ``vector``, the three-margin model's)."""

    def __init__(self, spec: dict[str, Any], directory: Path | None = None) -> None:
        """``directory`` holds the side file of the embedding margin (default: the shipped model's)."""
        if spec.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} model: {spec.get('format')!r}")
        self.intercept = float(spec["intercept"])
        self.blind_intercept = float(spec["blind_intercept"])
        self.blocks = tuple(self._block(b) for b in spec["blocks"])
        self.calibration = Calibration.from_spec(spec["calibration"])  # without a vector
        self.thresholds = _thresholds(spec["thresholds"])
        self.embedding: EmbeddingMargin | None = None
        self.embedding_calibration: Calibration | None = None
        self.embedding_thresholds: Thresholds | None = None
        if (embedding := spec.get("embedding")) is not None:
            self.embedding = EmbeddingMargin.from_spec(embedding, directory or MODEL_PATH.parent)
            self.embedding_calibration = Calibration.from_spec(embedding["calibration"], embedding=True)
            self.embedding_thresholds = _thresholds(embedding["thresholds"])

    @staticmethod
    def _block(spec: dict[str, Any]) -> _Block:
        ngram_range = (int(spec["ngram_range"][0]), int(spec["ngram_range"][1]))
        terms: list[str] = spec["terms"]
        index = {t: i for i, t in enumerate(terms)}
        idf = np.asarray(spec["idf"], dtype=np.float64)
        coef = np.asarray(spec["coef"], dtype=np.float64)
        blind = np.asarray(spec["blind_coef"], dtype=np.float64)
        sublinear = bool(spec["sublinear_tf"])
        if spec["analyzer"] == "char_wb":
            return _Block(char_wb_ngrams(ngram_range), index, idf, coef, blind, sublinear)
        if spec["analyzer"] != "word":
            raise ValueError(f"unsupported analyzer {spec['analyzer']!r}")
        pattern = re.compile(_SAME_TOKENS.get(spec["token_pattern"], spec["token_pattern"]))
        analyze = word_ngrams(pattern, ngram_range)
        lookup = _bigram_lookup(index) if ngram_range == (1, 2) else None
        unigrams = _unigram_hashes(index)
        if lookup is None or unigrams is None:
            return _Block(analyze, index, idf, coef, blind, sublinear)
        keys, columns = lookup
        hashes, unigram_columns = unigrams
        return _WordBigramBlock(
            analyze,
            index,
            idf,
            coef,
            blind,
            sublinear,
            pattern=pattern,
            unigram_hashes=hashes,
            unigram_columns=unigram_columns,
            bigram_keys=keys,
            bigram_columns=columns,
        )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> SpamModel:
        return cls(json.loads(path.read_text(encoding="utf-8")), path.parent)

    def vector_problem(self, vector: object, embedder: str | None) -> str | None:
        """Why the posting's ``vector`` (from the embedder configured as ``embedder``) cannot be scored,
        or None."""
        if self.embedding is None:
            return "the spam model has no embedding margin"
        return self.embedding.problem(vector, embedder)

    def thresholds_for(self, with_vector: bool) -> Thresholds:
        """The verdict thresholds of the calibration that scored the posting."""
        if with_vector:
            if self.embedding_thresholds is None:
                raise ValueError("the spam model has no embedding margin")
            return self.embedding_thresholds
        return self.thresholds

    def margins(self, text: str, profile: str = "") -> tuple[float, float]:
        """The two text models' margins: on ``text`` + newline + ``profile`` (the company profile's
        classifier text), and on ``text`` alone (blind to the employer's own words)."""
        whole, blind = self.intercept, self.blind_intercept
        for block in self.blocks:
            w, b = block.shares(text, profile)
            whole, blind = whole + w, blind + b
        return whole, blind

    def probability(
        self,
        text: str,
        facts: Mapping[str, float] | None = None,
        profile: str = "",
        vector: npt.ArrayLike | None = None,
    ) -> float:
        """Calibrated P(spam) from both margins and the page facts (missing facts count as 0), and with
        ``vector`` (checked by :meth:`vector_problem`) the embedding margin under its own calibration."""
        whole, blind = self.margins(text, profile)
        if vector is None:
            return self.calibration.probability(whole, blind, facts)
        if self.embedding is None or self.embedding_calibration is None:
            raise ValueError("the spam model has no embedding margin")
        return self.embedding_calibration.probability(whole, blind, facts, self.embedding.margin(vector))

    def probabilities(
        self, texts: Sequence[str], facts: Sequence[Mapping[str, float]]
    ) -> npt.NDArray[np.float64]:
        return np.array([self.probability(t, f) for t, f in zip(texts, facts, strict=True)], dtype=np.float64)


@cache
def default_model() -> SpamModel:
    """The shipped model, loaded once per process (Lambda container)."""
    return SpamModel.load()
