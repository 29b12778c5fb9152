"""Industry classification against the taxonomy shipped in ``data/industries.json``: text AND embedding.

Two signals, each turned into a distribution over the industries, then blended:

- keywords: each taxonomy keyword found (whole words) in the providers' industry labels scores 3, in
  the description and name 1; ``keyword_share`` = an industry's points / all points. Provider labels
  weigh more because they are already a classification.
- embedding: the company text (labels, name, description) and every industry (name, description,
  keywords; the matrix is embedded once per process and model) share one vector space; the cosines
  go through a softmax at temperature ``TEMPERATURE`` (``semantic_share``). Only counted when the best
  cosine reaches ``MIN_SIMILARITY``, so an unrelated text is not forced into an industry.

Rule: ``score = KEYWORD_WEIGHT * keyword_share + SEMANTIC_WEIGHT * semantic_share`` when both signals
exist, else the one that exists; the best score wins and is the confidence. The evidence (matched
keywords, top cosines) is kept with the result.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

import numpy as np
from pydantic import BaseModel, ConfigDict

from hirehound.embeddings.base import Embedder, Vectors

LABEL_WEIGHT = 3.0
TEXT_WEIGHT = 1.0
KEYWORD_WEIGHT = 0.6
SEMANTIC_WEIGHT = 0.4
TEMPERATURE = 0.05
MIN_SIMILARITY = 0.2
EVIDENCE_TOP = 3


class Industry(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    description: str = ""
    keywords: tuple[str, ...]

    def document(self) -> str:
        """The text embedded for this industry."""
        return f"{self.name}. {self.description} {', '.join(self.keywords)}."


class Classification(BaseModel):
    model_config = ConfigDict(frozen=True)

    industry_id: str | None
    industry: str | None
    confidence: float
    scores: dict[str, float]
    method: str = "none"  # "keyword", "embedding", "keyword+embedding" or "none"
    keywords: dict[str, list[str]] = {}  # industry id -> the keywords found
    similarities: dict[str, float] = {}  # the top cosines, industry id -> cosine
    model: str | None = None


@cache
def taxonomy() -> tuple[Industry, ...]:
    text = (resources.files("hirehound") / "data" / "industries.json").read_text(encoding="utf-8")
    return tuple(Industry.model_validate(entry) for entry in json.loads(text)["industries"])


_MATRICES: dict[str, Vectors] = {}


def industry_matrix(embedder: Embedder) -> Vectors:
    """One unit row per taxonomy industry, embedded once per process and model."""
    if embedder.model_id not in _MATRICES:
        _MATRICES[embedder.model_id] = embedder.embed([i.document() for i in taxonomy()])
    return _MATRICES[embedder.model_id]


@cache
def _pattern(keyword: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(keyword)}(?!\w)", re.IGNORECASE)


def _found(industry: Industry, text: str) -> list[str]:
    return [k for k in industry.keywords for _ in _pattern(k).findall(text)]


def _keyword_share(labels: Sequence[str], text: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    joined = " | ".join(labels)
    points: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for industry in taxonomy():
        in_labels, in_text = _found(industry, joined), _found(industry, text)
        if in_labels or in_text:
            points[industry.id] = LABEL_WEIGHT * len(in_labels) + TEXT_WEIGHT * len(in_text)
            evidence[industry.id] = sorted(set(in_labels + in_text))
    total = sum(points.values())
    return {k: v / total for k, v in points.items()}, evidence


def _semantic_share(vector: Vectors, embedder: Embedder) -> tuple[dict[str, float], dict[str, float]]:
    cosines = industry_matrix(embedder) @ vector
    ids = [i.id for i in taxonomy()]
    top = {ids[j]: round(float(cosines[j]), 3) for j in np.argsort(-cosines)[:EVIDENCE_TOP]}
    if float(cosines.max()) < MIN_SIMILARITY:
        return {}, top
    weights = np.exp((cosines - cosines.max()) / TEMPERATURE)
    weights /= weights.sum()
    return {ids[j]: float(weights[j]) for j in range(len(ids))}, top


def classify(labels: Sequence[str], text: str, embedder: Embedder | None = None) -> Classification:
    """Classify from provider industry labels and free text (description, name); with an embedder the
    embedding signal is blended in (see the module docstring)."""
    keyword, found = _keyword_share(labels, text)
    semantic: dict[str, float] = {}
    top: dict[str, float] = {}
    document = " | ".join([*labels, text]).strip(" |")
    if embedder is not None and document:
        semantic, top = _semantic_share(embedder.embed([document])[0], embedder)
    if keyword and semantic:
        method = "keyword+embedding"
        ids = keyword.keys() | semantic.keys()
        scores = {
            k: KEYWORD_WEIGHT * keyword.get(k, 0.0) + SEMANTIC_WEIGHT * semantic.get(k, 0.0) for k in ids
        }
    else:
        method = "keyword" if keyword else "embedding" if semantic else "none"
        scores = keyword or semantic
    scores = {k: round(v, 3) for k, v in scores.items() if round(v, 3) > 0}
    model = embedder.model_id if embedder is not None else None
    if not scores:
        return Classification(
            industry_id=None, industry=None, confidence=0.0, scores={}, similarities=top, model=model
        )
    best = max(scores, key=lambda k: scores[k])
    return Classification(
        industry_id=best,
        industry=next(i.name for i in taxonomy() if i.id == best),
        confidence=scores[best],
        scores=scores,
        method=method,
        keywords=found,
        similarities=top,
        model=model,
    )
