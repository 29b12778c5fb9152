"""The spam model's input, computed the same way for training (EMSCAD ads rendered as pages) and in the
pipeline: one document and a few facts about the page.

The document is the title, the description and what the page shows besides it (the company profile, the
JSON-LD text fields the description lacks); the rules read it. The classifier reads it without the company
profile (an employer's own words identify the employer, not the scam: with them, employers never seen in
training scored ROC AUC 0.87 against 0.98 for seen ones) and with page tokens appended: the country, region
and employment type, and the page facts (``xlogo1x``, ``xsalary0x``, ...). Links, e-mail addresses and
phone numbers become one placeholder each, whether the page shows a real address or EMSCAD's mask
(``#URL_…#``), and HTML entities are decoded, so an escaped and an unescaped page read alike.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

from hirehound.ingest.models import CleanPosting, NormalizedPosting, PageSignals, RemoteMode

URL_PLACEHOLDER = " xurlx "
EMAIL_PLACEHOLDER = " xemailx "
PHONE_PLACEHOLDER = " xphonex "
_MASK = re.compile(r"#(?:(EMAIL)|(URL)|PHONE)_[0-9a-f]+#")  # EMSCAD's masks: one pass, a literal prefix
_MASK_PLACEHOLDERS = {1: EMAIL_PLACEHOLDER, 2: URL_PLACEHOLDER, None: PHONE_PLACEHOLDER}
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # from a word start: one try a word
_URL = re.compile(  # a trailing full stop or comma ends the sentence, not the link
    r"\b(?:https?://|www\.)[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]", re.IGNORECASE
)
# Every branch starts with "+", "(" or a digit, so the engine skips to those characters; ``\d(?<!\w\d)`` is
# ``\b\d`` written so.
_PHONE = re.compile(
    r"\+\d[\d\s().-]{7,}\d|\(\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\d(?<!\w\d)\d\d\)?[\s.-]\d{3}[\s.-]\d{4}\b"
)
_URL_RUN = re.compile(r"(?:\s*xurlx\s*)+")
_SEEN_PREFIX = 200  # characters of an extra text looked for in the description before it is appended

#: The page facts a model may use, each 0 or 1. ``signals_unknown`` marks examples without a page (the
#: project's text lines, postings extracted before signals existed): their other facts are 0.
#: ``anonymous_employer``: neither a logo nor a company profile (71% of EMSCAD's scams, 9% of its real ads).
FACTS = ("signals_unknown", "anonymous_employer", "logo", "company_profile", "questions", "remote", "salary")
TOKEN_FACTS = ("logo", "company_profile", "questions", "remote", "salary")  # as words (:func:`page_tokens`)


@dataclass(frozen=True)
class SpamInput:
    """What the spam check reads from one posting."""

    title: str
    document: str  # description plus the page's other texts: the rules read this
    facts: dict[str, float]
    company_name: str | None = None
    salary_annual_max: float | None = None

    company_profile: str | None = None  # cut out of the classifier's text
    country: str | None = None  # ISO code
    region: str | None = None  # ISO 3166-2, e.g. "US-CA"
    employment_type: str | None = None

    @property
    def classifier_text(self) -> str:
        """Title, the document without the company profile, and the page tokens."""
        document = without_profile(self.document, self.company_profile)
        tokens = page_tokens(self.facts, self.country, self.region, self.employment_type)
        return classifier_text(f"{self.title}\n{document}\n{tokens}")

    @property
    def profile_text(self) -> str:
        """The company profile's classifier text ("" without one): the whole-text model reads it too."""
        return classifier_text(self.company_profile) if self.company_profile else ""


def posting_document(description_text: str, signals: PageSignals | None) -> str:
    """The description followed by the company profile and JSON-LD texts it does not already contain."""
    extras = [] if signals is None else [t for t in (signals.company_profile, signals.structured_text) if t]
    if not extras:
        return description_text
    heads = [_flat_head(t) for t in extras]
    # the description is flattened only when a head could be in it: every piece of a head is in its text
    could = [all(piece in description_text for piece in head.split(" ")) for head in heads]
    seen = _flat(description_text) if any(could) else ""
    unseen = (t for t, head, c in zip(extras, heads, could, strict=True) if not c or head not in seen)
    parts = [description_text, *unseen]
    return "\n\n".join(part for part in parts if part)


def _flat(text: str) -> str:
    """Words joined by single spaces."""
    return " ".join(text.split())


def _flat_head(text: str) -> str:
    """``_flat(text)[:_SEEN_PREFIX]``, flattening only the text's start when that is enough."""
    head = _flat(text[: 2 * _SEEN_PREFIX])
    return (head if len(head) > _SEEN_PREFIX else _flat(text))[:_SEEN_PREFIX]


def classifier_text(text: str) -> str:
    """Entities decoded; every e-mail address, link and phone number replaced by its placeholder."""
    if "&" in text:
        text = html.unescape(text)
    if "#" in text:
        text = _MASK.sub(lambda m: _MASK_PLACEHOLDERS[m.lastindex], text)
    if "@" in text:
        text = _EMAIL.sub(EMAIL_PLACEHOLDER, text)
    if "://" in text or "www." in text or "WWW." in text:
        text = _URL.sub(URL_PLACEHOLDER, text)
    if "xurlx" in text:
        text = _URL_RUN.sub(URL_PLACEHOLDER, text)
    return _PHONE.sub(PHONE_PLACEHOLDER, text)


def without_profile(document: str, profile: str | None) -> str:
    """``document`` with the company profile cut out (also where the page spaced it differently)."""
    if not profile:
        return document
    if profile in document:
        return document.replace(profile, " ")
    spaced, flat = _flat(profile), _flat(document)
    return flat.replace(spaced, " ") if spaced and spaced in flat else document


def page_tokens(
    facts: Mapping[str, float], country: str | None, region: str | None, employment_type: str | None
) -> str:
    """The page's facts as words for the classifier: ``xsignalsunknownx`` alone for text without a page,
    else ``xcountryusx xregionuscax xemploymentfulltimex xlogo1x xcompanyprofile0x ...``."""
    if facts.get("signals_unknown"):
        return "xsignalsunknownx"
    words = [f"xcountry{country.lower()}x" if country else "xnocountryx"]
    if country and region:
        words.append(f"xregion{region.lower().replace('-', '')}x")
    words.append(f"xemployment{(employment_type or 'none').replace('_', '')}x")
    words += [f"x{name.replace('_', '')}{int(facts.get(name, 0.0))}x" for name in TOKEN_FACTS]
    return " ".join(words)


def page_facts(
    signals: PageSignals | None, *, remote: bool = False, salary: bool = False
) -> dict[str, float]:
    if signals is None:
        return {name: float(name == "signals_unknown") for name in FACTS}
    return {
        "signals_unknown": 0.0,
        "anonymous_employer": float(not signals.logo and signals.company_profile is None),
        "logo": float(signals.logo),
        "company_profile": float(signals.company_profile is not None),
        "questions": float(signals.questions),
        "remote": float(remote),
        "salary": float(salary),
    }


def spam_input(clean: CleanPosting, normalized: NormalizedPosting | None) -> SpamInput:
    """The spam check's input from a posting's cleaned and normalized values."""
    signals = clean.raw.signals
    title = normalized.title if normalized is not None else (clean.raw.title or "")
    facts = page_facts(
        signals,
        remote=normalized is not None and normalized.remote_mode is RemoteMode.REMOTE,
        salary=normalized is not None and normalized.salary is not None,
    )
    salary = normalized.salary if normalized is not None else None
    location = normalized.location if normalized is not None else None
    employment = normalized.employment_type if normalized is not None else None
    return SpamInput(
        title=title,
        document=posting_document(clean.description_text, signals),
        facts=facts,
        company_name=clean.raw.company_name,
        salary_annual_max=salary.annual_maximum if salary is not None else None,
        company_profile=signals.company_profile if signals is not None else None,
        country=location.country_code if location is not None else None,
        region=location.region if location is not None else None,
        employment_type=str(employment) if employment is not None else None,
    )
