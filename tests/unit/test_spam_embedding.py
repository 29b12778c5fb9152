"""The spam model's third margin: an RBF SVM on the posting's MiniLM vector, under its own calibration and
thresholds; without a usable vector the score is exactly the two-margin model's.

Needs only the model file and its side file (and MiniLM, which the unit suite runs offline); the
numpy-against-scikit-learn check fits an SVM on random unit vectors.
"""

from __future__ import annotations

import copy
import json
import math
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hirehound.embeddings import DIMENSIONS, get_embedder
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.spam import MODEL_PATH, SpamModel, assess, assess_posting, default_model
from hirehound.ingest.spam.embedding import EmbeddingMargin
from hirehound.ingest.spam.features import SpamInput, page_facts

pytestmark = pytest.mark.unit

SCAM = (
    "Data Entry Clerk - Work From Home",
    "Earn $500 weekly from home, no experience needed. Flexible hours, start today. Send your full name, "
    "address and phone number to our hiring manager to get your training package.",
)
REAL = (
    "Senior Backend Engineer",
    "We build payment infrastructure for European retailers. You will design Python services on "
    "PostgreSQL, review code, and mentor two engineers. Five years of backend experience; hybrid in Berlin.",
)


def spec() -> dict[str, Any]:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def text_only() -> SpamModel:
    """The shipped model without its embedding section: today's two-margin model."""
    stripped = spec()
    del stripped["embedding"]
    return SpamModel(stripped)


@pytest.fixture(scope="module")
def vectors() -> dict[str, np.ndarray]:
    embedder = get_embedder("local")
    rows = embedder.embed([f"{SCAM[0]}\n{SCAM[1]}", f"{REAL[0]}\n{REAL[1]}"])
    return {"scam": rows[0], "real": rows[1]}


def item(title: str, text: str) -> SpamInput:
    return SpamInput(title=title, document=text, facts=page_facts(None))


def test_the_shipped_model_reads_minilm_vectors() -> None:
    model = default_model()
    assert model.embedding is not None and model.embedding_thresholds is not None
    assert model.embedding.embedder == "local" and model.embedding.dimensions == DIMENSIONS
    assert get_embedder(model.embedding.embedder).model_id == model.embedding.model_id
    assert model.embedding.support_vectors.shape[0] == len(model.embedding.dual_coef) >= 100


def test_numpy_svm_reproduces_the_stored_scikit_learn_margins() -> None:
    """The model file carries scikit-learn's margins for support vectors and for normalized means of pairs
    of them, so the side file and the kernel are checked without the embedder or scikit-learn."""
    margin = default_model().embedding
    assert margin is not None
    reference = spec()["embedding"]["reference"]
    support = margin.support_vectors
    for row, expected in zip(reference["support_rows"], reference["support_margins"], strict=True):
        assert margin.margin(support[row]) == pytest.approx(expected, abs=1e-9)
    for (i, j), expected in zip(reference["pairs"], reference["pair_margins"], strict=True):
        mean = support[i] + support[j]
        assert margin.margin(mean / np.linalg.norm(mean)) == pytest.approx(expected, abs=1e-9)
    assert len(reference["pair_margins"]) >= 20
    assert min(reference["pair_margins"]) < 0 < max(reference["pair_margins"])  # both sides of the boundary


def test_numpy_svm_matches_scikit_learn_on_vectors_it_never_saw(tmp_path: Path) -> None:
    from hirehound.ml import spam_vectors

    rng = np.random.default_rng(7)
    raw = rng.normal(size=(300, DIMENSIONS)).astype(np.float32)
    raw[:150, :8] += 1.5  # the "spam" half leans one way
    unit = (raw / np.linalg.norm(raw, axis=1, keepdims=True)).astype(np.float32)
    labels = np.array([1] * 150 + [0] * 150, dtype=np.int64)
    svm = spam_vectors.fit(unit[::2], labels[::2], seed=1)
    section, data = spam_vectors.export(svm)
    (tmp_path / section["support_vectors"]["file"]).write_bytes(data)
    margin = EmbeddingMargin.from_spec(section, tmp_path)
    unseen = np.asarray(unit[1::2], dtype=np.float64)
    expected = svm.decision_function(unseen)
    actual = np.array([margin.margin(v) for v in unseen])
    assert abs(actual - expected).max() <= 1e-9
    assert (expected > 0).mean() > 0.2 and (expected < 0).mean() > 0.2
    assert spam_vectors.side_file(np.load(tmp_path / section["support_vectors"]["file"])) == data


def test_the_side_file_must_be_the_one_trained(tmp_path: Path) -> None:
    section = spec()["embedding"]
    side = MODEL_PATH.parent / section["support_vectors"]["file"]
    shutil.copy(side, tmp_path / side.name)
    assert EmbeddingMargin.from_spec(section, tmp_path).dimensions == DIMENSIONS
    vectors = np.load(side)
    vectors[0, 0] += 0.5
    np.save(tmp_path / side.name, vectors)
    with pytest.raises(ValueError, match="sha256"):
        EmbeddingMargin.from_spec(section, tmp_path)
    broken = copy.deepcopy(section)
    broken["dual_coef"] = broken["dual_coef"][:-1]
    shutil.copy(side, tmp_path / side.name)
    with pytest.raises(ValueError, match="dual coefficients"):
        EmbeddingMargin.from_spec(broken, tmp_path)


def test_without_a_vector_the_score_is_exactly_the_text_models(text_only: SpamModel) -> None:
    model = default_model()
    for title, text in (SCAM, REAL):
        with_section = assess(item(title, text), model=model)
        without = assess(item(title, text), model=text_only)
        assert with_section.score == without.score and with_section.verdict == without.verdict
        assert with_section.model_probability == without.model_probability
        assert not with_section.embedding_used
        assert with_section.embedding_note == "the posting has no stored vector"
    assert model.thresholds == text_only.thresholds  # the no-vector path keeps its own thresholds
    assert model.thresholds != model.embedding_thresholds


@pytest.mark.parametrize(
    ("vector", "embedder", "reason"),
    [
        (np.ones(DIMENSIONS - 1, dtype=np.float32), "local", "shape"),
        (np.ones((2, DIMENSIONS), dtype=np.float32), "local", "shape"),
        (np.full(DIMENSIONS, np.nan, dtype=np.float32), "local", "finite"),
        (np.zeros(DIMENSIONS, dtype=np.float32), "local", "zeros"),
        ("not a vector", "local", "shape"),
        (np.ones(DIMENSIONS, dtype=np.float32), "hashing", "'hashing'"),
        (np.ones(DIMENSIONS, dtype=np.float32), "bedrock", "'bedrock'"),
        (np.ones(DIMENSIONS, dtype=np.float32), None, "None"),
    ],
)
def test_an_unusable_vector_falls_back_to_the_text_model_with_its_reason(
    text_only: SpamModel, vector: object, embedder: str | None, reason: str
) -> None:
    result = assess(item(*SCAM), embedding=vector, embedder=embedder)
    baseline = assess(item(*SCAM), model=text_only)
    assert not result.embedding_used
    assert result.embedding_note is not None and reason in result.embedding_note
    assert (result.score, result.verdict) == (baseline.score, baseline.verdict)


def test_another_embedders_vector_is_never_read(vectors: dict[str, np.ndarray]) -> None:
    """The hashing embedder's vectors are 384-d too: only the configured name tells them apart."""
    hashed = get_embedder("hashing").embed([f"{SCAM[0]}\n{SCAM[1]}"])[0]
    assert hashed.shape == vectors["scam"].shape
    result = assess(item(*SCAM), embedding=hashed, embedder="hashing")
    assert not result.embedding_used and "hashing" in (result.embedding_note or "")


def test_with_a_vector_the_three_margin_calibration_and_its_thresholds_decide(
    vectors: dict[str, np.ndarray],
) -> None:
    model = default_model()
    assert model.embedding is not None and model.embedding_calibration is not None
    calibration = model.embedding_calibration
    assert calibration.embedding_margin is not None
    for (title, text), name in ((SCAM, "scam"), (REAL, "real")):
        example = item(title, text)
        result = assess(example, embedding=vectors[name], embedder="local")
        assert result.embedding_used and result.embedding_note is None
        whole, blind = model.margins(example.classifier_text, example.profile_text)
        logit = (
            calibration.margin * whole
            + calibration.blind_margin * blind
            + calibration.embedding_margin * model.embedding.margin(vectors[name])
            + sum(c * example.facts[f] for f, c in zip(calibration.facts, calibration.fact_coef, strict=True))
            + calibration.intercept
        )
        assert result.model_probability == pytest.approx(1 / (1 + math.exp(-logit)), rel=1e-12)
    # the vector is evidence: the scam's vector scores the same text higher than the real ad's vector
    scam_text = item(*SCAM)
    on_scam = assess(scam_text, embedding=vectors["scam"], embedder="local").model_probability
    on_real = assess(scam_text, embedding=vectors["real"], embedder="local").model_probability
    assert on_scam is not None and on_real is not None and on_scam > on_real
    assert model.embedding.margin(vectors["scam"]) > model.embedding.margin(vectors["real"])


def test_the_verdict_uses_the_thresholds_of_the_calibration_that_scored(
    vectors: dict[str, np.ndarray],
) -> None:
    """With the no-vector path's thresholds near 0 and the vector path's near 1, one posting is
    suspicious without its vector and clean with it."""
    moved = spec()
    moved["thresholds"] = {"suspicious": 1e-9, "spam": 0.99999999}
    moved["embedding"]["thresholds"] = {"suspicious": 0.99999998, "spam": 0.99999999}
    model = SpamModel(moved)
    with_vector = assess(item(*REAL), embedding=vectors["real"], embedder="local", model=model)
    without = assess(item(*REAL), model=model)
    assert with_vector.embedding_used and with_vector.score < 0.99999998
    assert (str(with_vector.verdict), str(without.verdict)) == ("clean", "suspicious")


def test_a_scraped_posting_with_its_vector_is_scored_with_it(vectors: dict[str, np.ndarray]) -> None:
    page = (
        f"<html><head><title>{SCAM[0]}</title></head><body><h1>{SCAM[0]}</h1><p>{SCAM[1]}</p>"
        "<p>Location: Austin, TX</p></body></html>"
    )
    clean = clean_posting(extract_posting(page, "https://jobs.example.com/data-entry"))
    normalized = normalize_posting(clean, today=date(2026, 12, 1))
    text = f"{normalized.title}\n{clean.description_text}".strip()
    vector = get_embedder("local").embed([text])[0]
    result = assess_posting(clean, normalized, embedding=vector, embedder="local")
    plain = assess_posting(clean, normalized)
    assert result.embedding_used and not plain.embedding_used
    assert result.model_probability != plain.model_probability


def test_the_embedding_path_was_validated_on_real_ads() -> None:
    section = spec()["embedding"]
    cv = section["cross_validation"]
    assert cv["emscad"]["roc_auc"] >= 0.90
    assert cv["emscad"]["at_spam_or_suspicious"]["fpr"] <= 0.02
    assert cv["emscad"]["at_spam_or_suspicious"]["recall"] >= 0.6
    assert section["calibration"]["embedding_margin"] > 0  # the SVM's margin counts as evidence of spam
