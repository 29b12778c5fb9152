"""Spam / scam assessment of a posting: named mechanism rules, then a calibrated classifier.

Flow: every rule that matches adds a named reason with a weight; weights combine as a noisy-OR
(``1 - prod(1 - w)``). Strong rules (weight >= :data:`STRONG_RULE`) name scam mechanisms, so they set a
floor on the verdict by policy: two of them make it spam without running the classifier, one makes it at
least suspicious, and one with a classifier that alone reaches the ``suspicious`` threshold (independent
evidence, :func:`evidence_count`) makes it spam. Otherwise the classifier's calibrated probability and
the similarity to known spam (computed elsewhere from pgvector, passed in as a number) join the noisy-OR,
and the score's verdict comes from the model's two thresholds.

The classifier (:mod:`.model`) is trained on real ads (EMSCAD, rendered as pages and run through the
pipeline) and the project's own examples by :mod:`hirehound.ml.train_spam`; its input (:mod:`.features`)
is the posting's text plus page facts such as a company logo or profile, and the posting's MiniLM vector
when it has one from that embedder (a third margin under a second calibration with its own thresholds;
without a usable vector the score is the text model's alone, and the assessment says why). Its
probability is Platt-calibrated on the training mix (about 57% spam); the thresholds were chosen on
cross-validated false positive rates, which do not depend on that mix.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from enum import StrEnum

import numpy as np
from pydantic import Field

from hirehound.ingest.models import CleanPosting, Model, NormalizedPosting
from hirehound.ingest.spam.features import SpamInput, classifier_text, page_facts, spam_input
from hirehound.ingest.spam.model import MODEL_FORMAT, MODEL_PATH, SpamModel, Thresholds, default_model
from hirehound.ingest.spam.rules import SpamReason, rule_reasons

__all__ = [
    "MODEL_FORMAT",
    "MODEL_PATH",
    "SpamAssessment",
    "SpamInput",
    "SpamModel",
    "SpamReason",
    "SpamVerdict",
    "Thresholds",
    "assess",
    "assess_posting",
    "assess_spam",
    "classifier_text",
    "default_model",
    "evidence_count",
    "input_reasons",
    "noisy_or",
    "rule_reasons",
    "similarity_evidence",
    "strong_rules",
    "verdict_for",
]

# Cosine similarity to the nearest known-spam embedding. Below the floor two job ads on the same role are
# routinely this similar (all-MiniLM-class embeddings put same-role ads at ~0.7-0.85), so it is no evidence;
# from the floor it rises linearly to full evidence at near-copy similarity. A prior until labelled pairs
# exist.
SIMILARITY_FLOOR = 0.85
SIMILARITY_SATURATION = 0.97
# A classifier probability at or above this is listed among the reasons.
CLASSIFIER_REASON_MIN = 0.5
# The rules' own verdicts, independent of the classifier's calibration: two strong rules (two mechanisms,
# e.g. a fee and a Telegram contact) are spam, one is at least suspicious. Weak rules (pressure, MLM
# wording, capitals) only add to the score: together they fired on a real legitimate EMSCAD ad.
STRONG_RULE = 0.50


class SpamVerdict(StrEnum):
    SPAM = "spam"
    SUSPICIOUS = "suspicious"
    CLEAN = "clean"


class SpamAssessment(Model):
    score: float = Field(ge=0.0, le=1.0)
    verdict: SpamVerdict
    reasons: list[SpamReason]
    rules_score: float = Field(ge=0.0, le=1.0)
    model_probability: float | None = Field(None, description="None when the rules were decisive")
    # not stored with the posting (the handler logs them): whether the classifier read the vector, and why not
    embedding_used: bool = Field(False, exclude=True)
    embedding_note: str | None = Field(None, exclude=True)


def noisy_or(weights: Iterable[float]) -> float:
    """Combine independent evidence: ``1 - prod(1 - w)``."""
    return 1.0 - math.prod(1.0 - min(max(w, 0.0), 1.0) for w in weights)


def similarity_evidence(similarity: float | None) -> float:
    """Map cosine similarity to known spam onto 0..1 evidence (0 below the floor, 1 at saturation)."""
    if similarity is None:
        return 0.0
    span = SIMILARITY_SATURATION - SIMILARITY_FLOOR
    return min(max((similarity - SIMILARITY_FLOOR) / span, 0.0), 1.0)


def strong_rules(reasons: Iterable[SpamReason]) -> int:
    return sum(r.weight >= STRONG_RULE for r in reasons)


def evidence_count(strong: int, probability: float | None, thresholds: Thresholds) -> int:
    """Independent scam evidence: the strong rules, plus the classifier when its probability alone reaches
    the ``suspicious`` threshold. (On EMSCAD no real ad has a strong rule, so one rule and the classifier
    together cost no measured false positive.)"""
    return strong + int(probability is not None and probability >= thresholds.suspicious)


def verdict_for(score: float, thresholds: Thresholds, evidence: int = 0) -> SpamVerdict:
    """The score's verdict, or the verdict of ``evidence`` (:func:`evidence_count`) when that is stronger:
    two pieces are spam, one is at least suspicious."""
    if score >= thresholds.spam or evidence >= 2:
        return SpamVerdict.SPAM
    if score >= thresholds.suspicious or evidence >= 1:
        return SpamVerdict.SUSPICIOUS
    return SpamVerdict.CLEAN


def input_reasons(item: SpamInput, contact_emails: Sequence[str] = ()) -> list[SpamReason]:
    """The mechanism rules that fire on one posting's :class:`SpamInput`."""
    return rule_reasons(
        item.document,
        title=item.title,
        company_name=item.company_name,
        salary_annual_max=item.salary_annual_max,
        contact_emails=contact_emails,
    )


def assess(
    item: SpamInput,
    *,
    contact_emails: Sequence[str] = (),
    known_spam_similarity: float | None = None,
    embedding: object = None,
    embedder: str | None = None,
    model: SpamModel | None = None,
) -> SpamAssessment:
    """Score one posting's :class:`SpamInput`; ``embedding`` is its stored vector, made by the embedder
    configured as ``embedder`` (``Settings.embedder``; used only when it is the one the model was trained
    on)."""
    model = model or default_model()
    reasons = input_reasons(item, contact_emails)
    rules_score = noisy_or(r.weight for r in reasons)
    strong = strong_rules(reasons)
    if strong >= 2:
        return SpamAssessment(
            score=rules_score,
            verdict=SpamVerdict.SPAM,
            reasons=reasons,
            rules_score=rules_score,
            model_probability=None,
        )
    note = model.vector_problem(embedding, embedder)
    vector = None if note is not None else np.asarray(embedding, dtype=np.float64)
    probability = model.probability(item.classifier_text, item.facts, item.profile_text, vector)
    thresholds = model.thresholds_for(vector is not None)
    similarity = similarity_evidence(known_spam_similarity)
    if probability >= CLASSIFIER_REASON_MIN:
        reasons.append(
            SpamReason(code="classifier", weight=probability, evidence=f"p(spam)={probability:.3f}")
        )
    if similarity > 0:
        reasons.append(
            SpamReason(
                code="similar_to_known_spam",
                weight=similarity,
                evidence=f"cosine {known_spam_similarity:.3f}",
            )
        )
    score = noisy_or([rules_score, probability, similarity])
    return SpamAssessment(
        score=score,
        verdict=verdict_for(score, thresholds, evidence_count(strong, probability, thresholds)),
        reasons=reasons,
        rules_score=rules_score,
        model_probability=probability,
        embedding_used=vector is not None,
        embedding_note=note,
    )


def assess_posting(
    clean: CleanPosting,
    normalized: NormalizedPosting | None,
    *,
    known_spam_similarity: float | None = None,
    embedding: object = None,
    embedder: str | None = None,
    model: SpamModel | None = None,
) -> SpamAssessment:
    """Score a posting from its cleaned and normalized values and its stored vector (what the DetectSpam
    stage does; see :func:`assess`)."""
    return assess(
        spam_input(clean, normalized),
        known_spam_similarity=known_spam_similarity,
        embedding=embedding,
        embedder=embedder,
        model=model,
    )


def assess_spam(
    text: str,
    *,
    title: str,
    company_name: str | None = None,
    salary_annual_max: float | None = None,
    contact_emails: Sequence[str] = (),
    known_spam_similarity: float | None = None,
    model: SpamModel | None = None,
) -> SpamAssessment:
    """Score a plain-text description without its page: the page facts count as unknown (as for the
    project's text examples in training). Prefer :func:`assess_posting` for a scraped posting."""
    item = SpamInput(
        title=title,
        document=text,
        facts=page_facts(None),
        company_name=company_name,
        salary_annual_max=salary_annual_max,
    )
    return assess(
        item,
        contact_emails=contact_emails,
        known_spam_similarity=known_spam_similarity,
        model=model,
    )
