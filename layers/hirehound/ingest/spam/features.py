"""The spam model's input, computed the same way for training (EMSCAD ads rendered as pages) and in the
pipeline: one document and a few facts about the page.

The document is the title, the description and what the page shows besides it (the company profile, the
JSON-LD text fields the description lacks). For the classifier, links, e-mail addresses and phone numbers
become one placeholder each, whether the page shows a real address or EMSCAD's mask (``#URL_…#``), and
HTML entities are decoded, so an escaped and an unescaped page read alike.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from hirehound.ingest.models import CleanPosting, NormalizedPosting, PageSignals, RemoteMode

URL_PLACEHOLDER = " xurlx "
EMAIL_PLACEHOLDER = " xemailx "
PHONE_PLACEHOLDER = " xphonex "
_EMAIL = re.compile(r"#EMAIL_[0-9a-f]+#|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(  # a trailing full stop or comma ends the sentence, not the link
    r"#URL_[0-9a-f]+#|\b(?:https?://|www\.)[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]", re.IGNORECASE
)
_PHONE = re.compile(r"#PHONE_[0-9a-f]+#|\+\d[\d\s().-]{7,}\d|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_URL_RUN = re.compile(r"(?:\s*xurlx\s*)+")
_WS = re.compile(r"\s+")
_SEEN_PREFIX = 200  # characters of an extra text looked for in the description before it is appended

#: The page facts a model may use, each 0 or 1. ``signals_unknown`` marks examples without a page (the
#: project's text lines, postings extracted before signals existed): their other facts are 0.
#: ``anonymous_employer``: neither a logo nor a company profile (71% of EMSCAD's scams, 9% of its real ads).
FACTS = ("signals_unknown", "anonymous_employer", "logo", "company_profile", "questions", "remote", "salary")


@dataclass(frozen=True)
class SpamInput:
    """What the spam check reads from one posting."""

    title: str
    document: str  # description plus the page's other texts: the rules read this
    facts: dict[str, float]
    company_name: str | None = None
    salary_annual_max: float | None = None

    @property
    def classifier_text(self) -> str:
        return classifier_text(f"{self.title}\n{self.document}")


def posting_document(description_text: str, signals: PageSignals | None) -> str:
    """The description followed by the company profile and JSON-LD texts it does not already contain."""
    extras = [] if signals is None else [t for t in (signals.company_profile, signals.structured_text) if t]
    if not extras:
        return description_text
    seen = _WS.sub(" ", description_text)
    parts = [description_text, *(t for t in extras if _WS.sub(" ", t)[:_SEEN_PREFIX] not in seen)]
    return "\n\n".join(part for part in parts if part)


def classifier_text(text: str) -> str:
    """Entities decoded; every e-mail address, link and phone number replaced by its placeholder."""
    if "&" in text:
        text = html.unescape(text)
    if "@" in text or "#EMAIL_" in text:
        text = _EMAIL.sub(EMAIL_PLACEHOLDER, text)
    if "#URL_" in text or "://" in text or "www." in text or "WWW." in text:
        text = _URL_RUN.sub(URL_PLACEHOLDER, _URL.sub(URL_PLACEHOLDER, text))
    return _PHONE.sub(PHONE_PLACEHOLDER, text)


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
    return SpamInput(
        title=title,
        document=posting_document(clean.description_text, signals),
        facts=facts,
        company_name=clean.raw.company_name,
        salary_annual_max=salary.annual_maximum if salary is not None else None,
    )
