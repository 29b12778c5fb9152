"""Industry classification against the taxonomy shipped in ``data/industries.json``.

Keyword based: each taxonomy keyword found (whole words) in the providers' industry labels scores 3,
in the description and name 1; the best-scoring industry wins, confidence = its share of all points.
Provider labels weigh more because they are already a classification; the description breaks ties.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

LABEL_WEIGHT = 3.0
TEXT_WEIGHT = 1.0


class Industry(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    keywords: tuple[str, ...]


class Classification(BaseModel):
    model_config = ConfigDict(frozen=True)

    industry_id: str | None
    industry: str | None
    confidence: float
    scores: dict[str, float]


@cache
def taxonomy() -> tuple[Industry, ...]:
    text = (resources.files("hirehound") / "data" / "industries.json").read_text(encoding="utf-8")
    return tuple(Industry.model_validate(entry) for entry in json.loads(text)["industries"])


@cache
def _pattern(keyword: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(keyword)}(?!\w)", re.IGNORECASE)


def _score(industry: Industry, text: str) -> int:
    return sum(len(_pattern(k).findall(text)) for k in industry.keywords)


def classify(labels: Sequence[str], text: str) -> Classification:
    """Classify from provider industry labels and free text (description, name)."""
    joined = " | ".join(labels)
    scores: dict[str, float] = {}
    for industry in taxonomy():
        score = LABEL_WEIGHT * _score(industry, joined) + TEXT_WEIGHT * _score(industry, text)
        if score:
            scores[industry.id] = score
    if not scores:
        return Classification(industry_id=None, industry=None, confidence=0.0, scores={})
    best = max(scores, key=lambda k: scores[k])
    name = next(i.name for i in taxonomy() if i.id == best)
    return Classification(
        industry_id=best,
        industry=name,
        confidence=round(scores[best] / sum(scores.values()), 3),
        scores=scores,
    )
