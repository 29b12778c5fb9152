"""Spam / scam assessment of a posting: named rules first, then a small linear classifier.

Flow: every rule that matches adds a named reason with a weight; weights combine as a noisy-OR
(``1 - prod(1 - w)``). When that alone reaches :data:`RULES_DECISIVE` the posting is spam and the classifier
is not run. Otherwise the classifier's probability and the similarity to known spam (computed elsewhere from
pgvector, passed in as a number) join the noisy-OR, and the verdict comes from the two thresholds.

The classifier is TF-IDF (word 1-2-grams + char_wb 3-5-grams, each block L2-normalized) -> logistic
regression, trained by :mod:`hirehound.ml.train_spam` and shipped as JSON weights; inference needs only
numpy and re-implements scikit-learn's analyzers exactly.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import Field

from hirehound.ingest.models import Model

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "spam_model.json"
MODEL_FORMAT = "hirehound-spam-linear/1"

# Thresholds on the combined score. A "spam" verdict hides the posting (publication rejects it), so it is set
# for precision: two strong rules, or one strong rule (0.6) plus a classifier at >= 0.5, reach it. On the
# held-out split printed by `python -m hirehound.ml.train_spam` the highest ham scored 0.41, the lowest spam
# 0.80. "suspicious" only flags for review, so it sits at the classifier's own 0.5 decision boundary.
SPAM_THRESHOLD = 0.80
SUSPICIOUS_THRESHOLD = 0.50
# Rules alone are decisive at the spam threshold: two independent strong rules (e.g. a fee + a Telegram
# contact, 1 - 0.4 * 0.5 = 0.80) are enough; one strong rule is not and goes to the classifier.
RULES_DECISIVE = SPAM_THRESHOLD
# Cosine similarity to the nearest known-spam embedding. Below the floor two job ads on the same role are
# routinely this similar (all-MiniLM-class embeddings put same-role ads at ~0.7-0.85), so it is no evidence;
# from the floor it rises linearly to full evidence at near-copy similarity. A prior until labelled pairs
# exist.
SIMILARITY_FLOOR = 0.85
SIMILARITY_SATURATION = 0.97
# A classifier probability at or above this is listed among the reasons.
CLASSIFIER_REASON_MIN = 0.5
# Pay that is absurd for a job that asks for no experience, annualized (2080 h, 260 d, 52 w, 12 mo).
ABSURD_ANNUAL_PAY = 150_000.0

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "ymail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "outlook.com",
        "live.com",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mail.com",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "proton.me",
        "protonmail.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "zoho.com",
        "qq.com",
        "163.com",
    }
)


class SpamVerdict(StrEnum):
    SPAM = "spam"
    SUSPICIOUS = "suspicious"
    CLEAN = "clean"


class SpamReason(Model):
    """One piece of evidence: a rule, the classifier or the known-spam similarity."""

    code: str
    weight: float = Field(ge=0.0, le=1.0)
    evidence: str = Field(description="the matched text or the number behind the reason")


class SpamAssessment(Model):
    score: float = Field(ge=0.0, le=1.0)
    verdict: SpamVerdict
    reasons: list[SpamReason]
    rules_score: float = Field(ge=0.0, le=1.0)
    model_probability: float | None = Field(None, description="None when the rules were decisive")


# ---- rules -------------------------------------------------------------------------------------------------

_I = re.IGNORECASE
_MESSAGING = re.compile(
    r"\b(?:contact|message|text|reach|add|chat|dm|write|call|join|apply|msg|ping)\b[^.\n]{0,40}?"
    r"\b(?:telegram|whats\s?app|signal|wechat|viber|kik)\b"
    r"|\b(?:telegram|whats\s?app|signal|wechat|viber)\b[^.\n]{0,20}?(?:@\w{3,}|\+?\d[\d\s().-]{6,}\d)"
    r"|\bt\.me/\w+|\bwa\.me/\d+",
    _I,
)
_FEE = re.compile(
    r"\b(?:registration|training|starter|activation|processing|certification|application|onboarding|"
    r"equipment|membership)\s+(?:fee|kit|deposit)s?\b"
    r"|\b(?:you|must|need\s+to|required\s+to|have\s+to)\b[^.\n]{0,30}?\b(?:pay|send|deposit|purchase|buy)\b"
    r"[^.\n]{0,20}?[$€£]\s?\d"
    r"|\bdeposit\s+is\s+required\b|\brecharge\s+your\s+account\b|\bpayable\s+(?:by|in|with)\s+gift\s+cards?\b"
    r"|\bfor\s+a\s+small\s+fee\b",
    _I,
)
_BANK = re.compile(
    r"\b(?:send|provide|share|give|email|submit|need|require|text)\b[^.\n]{0,40}?"
    r"(?:bank\s+account|banking\s+(?:details|info|login|username|password)|routing\s+number|\bssn\b|"
    r"social\s+security|bank\s+login|online\s+banking\s+(?:username|password|login)|card\s+details)",
    _I,
)
_MONEY_MULE = re.compile(
    r"\b(?:deposit|cash)\s+(?:the|a|it|this)?\s*(?:cashier'?s\s+)?check\b|\bcashier'?s\s+check\b"
    r"|\bwire\s+the\s+(?:balance|rest|remainder)\b|\bsend\s+the\s+rest\b|\bwestern\s+union\b|\bmoneygram\b"
    r"|\b(?:receive|process)\b[^.\n]{0,40}?\bpayments?\b[^.\n]{0,40}?\b(?:your|personal)\s+account\b"
    r"|\b(?:transfer|forward)\s+(?:them|the\s+funds|funds|the\s+money)\b|\bbuy\s+gift\s+cards\b"
    r"|\b(?:send|mail)\s+you\s+a\s+(?:cashier'?s\s+)?check\b|\bpaid\s+in\s+advance\s+by\s+check\b",
    _I,
)
_CRYPTO_WALLET = re.compile(
    r"\bbc1[a-z0-9]{25,59}\b|\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b|\b0x[a-fA-F0-9]{40}\b"
    r"|\bT[1-9A-HJ-NP-Za-km-z]{33}\b"
)
_CRYPTO_PAYMENT = re.compile(
    r"\b(?:paid|pay|payments?|commissions?|salary|send|deposit|transfer|buy)\b[^.\n]{0,30}?"
    r"\b(?:bitcoin|btc|usdt|eth|crypto)\b",
    _I,
)
_RESHIP = re.compile(
    r"\bre-?ship(?:ping)?\s+(?:them|it|the|packages|parcels|items)\b|\brelabel\b|\brepackag(?:e|ing)\b"
    r"|\b(?:package|parcel)\s+forwarding\b"
    r"|\b(?:receive|accept)\s+(?:packages|parcels|deliveries|shipments)\s+at\s+(?:your|home)"
    r"|\bforward\b[^.\n]{0,30}?\b(?:overseas|international|abroad)\b"
    r"|\b(?:prepaid\s+)?labels?\s+we\s+(?:provide|email|send|give)\b",
    _I,
)
_MLM = re.compile(
    r"\bbe\s+your\s+own\s+boss\b|\bunlimited\s+(?:earning|income)\s+potential\b|\bdownline\b"
    r"|\bfinancial\s+freedom\b|\bpassive\s+income\b|\bresidual\s+income\b"
    r"|\brecruit\s+(?:your\s+)?(?:friends|family|others)\b|\bindependent\s+distributors?\b"
    r"|\bguaranteed\s+\d+\s?%\s+(?:daily|weekly|monthly)\s+returns?\b",
    _I,
)
_PRESSURE = re.compile(
    r"\blimited\s+spots\b|\bimmediate\s+hire\b|\bno\s+interview\b|\bget\s+paid\s+(?:today|tomorrow)\b"
    r"|\bnot\s+a\s+scam\b|\b100\s?%\s+legit\b|\bcopy\s+and\s+paste\b|\bact\s+now\b",
    _I,
)
_NO_EXPERIENCE = re.compile(
    r"\bno\s+(?:prior\s+)?(?:experience|skills)\b|\banyone\s+can\s+do\b|\b\d\s?-\s?\d\s+hours?\s+a\s+day\b"
    r"|\bfrom\s+your\s+phone\b|\bno\s+interview\b",
    _I,
)
_PAY = re.compile(
    r"[$€£]\s?(?P<amount>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?P<k>k)?\s*"
    r"(?:/|per|a|an|each|every)?\s*(?P<period>hour|hr|day|daily|week|weekly|wk|month|monthly|mo)\b",
    _I,
)
_PERIODS_PER_YEAR = {
    "hour": 2080,
    "hr": 2080,
    "day": 260,
    "daily": 260,
    "week": 52,
    "weekly": 52,
    "wk": 52,
    "month": 12,
    "monthly": 12,
    "mo": 12,
}
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_CAPS_WORD = re.compile(r"\b[^\W\d_]{3,}\b")


@dataclass(frozen=True)
class _Rule:
    code: str
    weight: float
    pattern: re.Pattern[str]


# Weights are the rule's own odds of a spam verdict; strong rules (0.5-0.6) name a scam mechanism, weak ones
# (0.15-0.35) are style or pressure signals that legitimate ads show sometimes.
_RULES = (
    _Rule("fee_requested", 0.60, _FEE),
    _Rule("money_transfer", 0.60, _MONEY_MULE),
    _Rule("crypto_wallet", 0.60, _CRYPTO_WALLET),
    _Rule("reshipping", 0.60, _RESHIP),
    _Rule("bank_details_requested", 0.55, _BANK),
    _Rule("messaging_app_contact", 0.50, _MESSAGING),
    _Rule("crypto_payment", 0.35, _CRYPTO_PAYMENT),
    _Rule("mlm_language", 0.35, _MLM),
    _Rule("pressure_language", 0.15, _PRESSURE),
)
ABSURD_PAY_WEIGHT = 0.50
FREE_MAIL_COMPANY_WEIGHT = 0.30  # a named company hiring through a free-mail address
FREE_MAIL_WEIGHT = 0.20
SHOUTING_WEIGHT = 0.15
EXCLAMATION_WEIGHT = 0.15


def _snippet(match: re.Match[str]) -> str:
    return match.group(0).strip()[:80]


def _annual_pay_in_text(text: str) -> tuple[float, str] | None:
    best: tuple[float, str] | None = None
    for match in _PAY.finditer(text):
        amount = float(match["amount"].replace(",", "")) * (1000 if match["k"] else 1)
        annual = amount * _PERIODS_PER_YEAR[match["period"].lower()]
        if best is None or annual > best[0]:
            best = (annual, _snippet(match))
    return best


def _absurd_pay(text: str, salary_annual_max: float | None) -> SpamReason | None:
    no_experience = _NO_EXPERIENCE.search(text)
    if no_experience is None:
        return None
    candidates = (
        [] if salary_annual_max is None else [(salary_annual_max, f"salary max {salary_annual_max:,.0f}")]
    )
    if (in_text := _annual_pay_in_text(text)) is not None:
        candidates.append(in_text)
    for annual, shown in candidates:
        if annual >= ABSURD_ANNUAL_PAY:
            return SpamReason(
                code="absurd_pay_no_experience",
                weight=ABSURD_PAY_WEIGHT,
                evidence=f"{shown} (~{annual:,.0f}/yr) with '{_snippet(no_experience)}'",
            )
    return None


def _style_reasons(text: str, title: str) -> list[SpamReason]:
    reasons = []
    words = _CAPS_WORD.findall(f"{title} {text}")
    caps = [w for w in words if w.isupper()]
    title_words = _CAPS_WORD.findall(title)
    title_shouts = len(title_words) >= 2 and all(w.isupper() for w in title_words)
    if title_shouts or (len(caps) >= 5 and len(caps) / max(len(words), 1) > 0.3):
        reasons.append(
            SpamReason(
                code="all_caps",
                weight=SHOUTING_WEIGHT,
                evidence=f"{len(caps)} of {len(words)} words in capitals",
            )
        )
    exclamations = (title + text).count("!")
    if "!!" in title + text or exclamations >= 4:
        reasons.append(
            SpamReason(
                code="excessive_exclamation",
                weight=EXCLAMATION_WEIGHT,
                evidence=f"{exclamations} exclamation marks",
            )
        )
    return reasons


def _free_mail_reason(
    text: str, contact_emails: Iterable[str], company_name: str | None
) -> SpamReason | None:
    addresses = [*contact_emails, *(m.group(0) for m in _EMAIL.finditer(text))]
    free = [a for a in addresses if a.rsplit("@", 1)[-1].lower().strip(" .>") in FREE_MAIL_DOMAINS]
    if not free:
        return None
    if company_name:
        return SpamReason(
            code="free_mail_company_contact",
            weight=FREE_MAIL_COMPANY_WEIGHT,
            evidence=f"{free[0]} for {company_name}"[:80],
        )
    return SpamReason(code="free_mail_contact", weight=FREE_MAIL_WEIGHT, evidence=free[0][:80])


def rule_reasons(
    text: str,
    *,
    title: str = "",
    company_name: str | None = None,
    salary_annual_max: float | None = None,
    contact_emails: Iterable[str] = (),
) -> list[SpamReason]:
    """Every rule that matches the title + text, strongest first."""
    full = f"{title}\n{text}"
    reasons = [
        SpamReason(code=rule.code, weight=rule.weight, evidence=_snippet(match))
        for rule in _RULES
        if (match := rule.pattern.search(full)) is not None
    ]
    extra = [_absurd_pay(full, salary_annual_max), _free_mail_reason(full, contact_emails, company_name)]
    reasons += [r for r in extra if r is not None]
    reasons += _style_reasons(text, title)
    return sorted(reasons, key=lambda r: -r.weight)


def noisy_or(weights: Iterable[float]) -> float:
    """Combine independent evidence: ``1 - prod(1 - w)``."""
    return 1.0 - math.prod(1.0 - min(max(w, 0.0), 1.0) for w in weights)


def similarity_evidence(similarity: float | None) -> float:
    """Map cosine similarity to known spam onto 0..1 evidence (0 below the floor, 1 at saturation)."""
    if similarity is None:
        return 0.0
    span = SIMILARITY_SATURATION - SIMILARITY_FLOOR
    return min(max((similarity - SIMILARITY_FLOOR) / span, 0.0), 1.0)


def verdict_for(score: float) -> SpamVerdict:
    if score >= SPAM_THRESHOLD:
        return SpamVerdict.SPAM
    if score >= SUSPICIOUS_THRESHOLD:
        return SpamVerdict.SUSPICIOUS
    return SpamVerdict.CLEAN


# ---- classifier (numpy inference) -------------------------------------------------------------------------

_WHITE_SPACES = re.compile(r"\s\s+")


def _word_ngrams(pattern: re.Pattern[str], ngram_range: tuple[int, int]) -> Callable[[str], list[str]]:
    min_n, max_n = ngram_range

    def analyze(doc: str) -> list[str]:
        tokens: list[str] = pattern.findall(doc.lower())
        grams = list(tokens) if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n, len(tokens)) + 1):
            grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        return grams

    return analyze


def _char_wb_ngrams(ngram_range: tuple[int, int]) -> Callable[[str], list[str]]:
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


class SpamModel:
    """The exported classifier: ``probability(doc)`` equals the pipeline's ``predict_proba(...)[:, 1]``."""

    def __init__(self, spec: dict[str, Any]) -> None:
        if spec.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} model: {spec.get('format')!r}")
        self.intercept = float(spec["intercept"])
        self.blocks = tuple(self._block(b) for b in spec["blocks"])

    @staticmethod
    def _block(spec: dict[str, Any]) -> _Block:
        ngram_range = (int(spec["ngram_range"][0]), int(spec["ngram_range"][1]))
        if spec["analyzer"] == "word":
            analyze = _word_ngrams(re.compile(spec["token_pattern"]), ngram_range)
        elif spec["analyzer"] == "char_wb":
            analyze = _char_wb_ngrams(ngram_range)
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

    def decision(self, doc: str) -> float:
        return self.intercept + sum(block.decision(doc) for block in self.blocks)

    def probability(self, doc: str) -> float:
        """P(spam) for one document (``title\\ntext``, as in training)."""
        return 1.0 / (1.0 + math.exp(-self.decision(doc)))

    def probabilities(self, docs: Sequence[str]) -> npt.NDArray[np.float64]:
        return np.array([self.probability(d) for d in docs], dtype=np.float64)


@cache
def default_model() -> SpamModel:
    """The shipped model, loaded once per process (Lambda container)."""
    return SpamModel.load()


def classifier_document(title: str, text: str) -> str:
    """The classifier's input, in the training data's shape: title line, then the body."""
    return f"{title}\n{text}"


# ---- the assessment ---------------------------------------------------------------------------------------


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
    """Score a posting's plain-text description for spam.

    ``contact_emails`` are addresses found elsewhere on the posting (addresses in the text are found here
    too); ``known_spam_similarity`` is the cosine similarity to the nearest known-spam posting, if looked up.
    """
    reasons = rule_reasons(
        text,
        title=title,
        company_name=company_name,
        salary_annual_max=salary_annual_max,
        contact_emails=contact_emails,
    )
    rules_score = noisy_or(r.weight for r in reasons)
    if rules_score >= RULES_DECISIVE:
        return SpamAssessment(
            score=rules_score,
            verdict=SpamVerdict.SPAM,
            reasons=reasons,
            rules_score=rules_score,
            model_probability=None,
        )
    probability = (model or default_model()).probability(classifier_document(title, text))
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
        verdict=verdict_for(score),
        reasons=reasons,
        rules_score=rules_score,
        model_probability=probability,
    )
