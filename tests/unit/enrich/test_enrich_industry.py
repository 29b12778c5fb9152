"""Industry classification: the keyword path, the embedding path (real local MiniLM) and their blend."""

from __future__ import annotations

import pytest
from hirehound.embeddings import get_embedder
from hirehound.embeddings.base import Embedder
from hirehound.enrich import industry

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def minilm() -> Embedder:
    return get_embedder("local")


def test_keyword_path_without_an_embedder() -> None:
    result = industry.classify(["Banking"], "We build software for banks and a data platform.")
    assert (result.industry_id, result.method) == ("fintech", "keyword")
    assert result.keywords["fintech"] == ["banking"] and result.model is None
    assert 0 < result.confidence < 1
    assert industry.classify([], "").industry is None


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Our clinics employ doctors and nurses who treat patients every day.", "healthcare"),
        ("We grow wheat and raise dairy cows on family farms.", "food_agriculture"),
        ("We fly passengers between European cities and carry cargo on our planes.", "logistics"),
    ],
)
def test_a_description_without_taxonomy_keywords_lands_by_embedding(
    minilm: Embedder, description: str, expected: str
) -> None:
    assert industry.classify([], description).industry is None  # no keyword at all
    result = industry.classify([], description, minilm)
    assert (result.industry_id, result.method) == (expected, "embedding")
    assert result.keywords == {} and next(iter(result.similarities)) == expected
    assert result.model == minilm.model_id and 0.5 < result.confidence <= 1


def test_keywords_and_embedding_are_blended_by_the_documented_weights(minilm: Embedder) -> None:
    labels, text = ["Banking"], "We build software for banks and a data platform."
    keyword_only = industry.classify(labels, text)
    blended = industry.classify(labels, text, minilm)
    assert (blended.industry_id, blended.method) == ("fintech", "keyword+embedding")
    semantic = industry.classify([], "", minilm)  # nothing to embed: no semantic evidence
    assert semantic.industry is None
    # the blended fintech score is 0.6 x its keyword share plus 0.4 x a softmax share in [0, 1]
    low = industry.KEYWORD_WEIGHT * keyword_only.scores["fintech"]
    assert low - 0.002 <= blended.scores["fintech"] <= low + industry.SEMANTIC_WEIGHT + 0.002
    assert blended.similarities["fintech"] == max(blended.similarities.values())


def test_an_unrelated_text_is_not_forced_into_an_industry(minilm: Embedder) -> None:
    result = industry.classify([], "Acme. We make the best widgets.", minilm)
    assert result.industry is None and max(result.similarities.values()) < industry.MIN_SIMILARITY


def test_the_industry_matrix_is_embedded_once_per_model(minilm: Embedder) -> None:
    first = industry.industry_matrix(minilm)
    assert first.shape == (len(industry.taxonomy()), minilm.dimensions)
    assert industry.industry_matrix(minilm) is first
