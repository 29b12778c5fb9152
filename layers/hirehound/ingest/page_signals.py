"""What a job page shows about the ad besides its fields: a company logo, an "About us" text, screening
questions, and JSON-LD's text fields besides the description. The spam model uses them (real scam ads
mostly come without a logo or a company profile); they are read from the parsed page as extraction saw it,
before its noise stripping removes forms, headers and footers.

Only what the page states: JSON-LD and microdata first (``hiringOrganization.logo``/``description``,
``qualifications``, ``jobBenefits`` ...), then the visible DOM (an ``<img>`` named logo, a section headed
"About us" or marked ``company-profile``, a form with fields beyond name, e-mail, phone and CV).
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from hirehound.ingest.models import PageSignals

MAX_TEXT = 5000  # characters kept of a profile or the structured text
MIN_PROFILE = 40  # shorter "About us" text is a heading or a link, not a profile

_LOGO = re.compile(r"logo", re.IGNORECASE)
_FOOTER = re.compile(r"footer|powered[-_ ]?by", re.IGNORECASE)
_POWERED_BY = re.compile(r"powered\s+by", re.IGNORECASE)
_PROFILE_HINT = re.compile(
    r"company[-_ ]?(?:profile|description|info|overview|about)|about[-_ ]?(?:us|the[-_ ]?company|company)"
    r"|employer[-_ ]?(?:profile|description|info)",
    re.IGNORECASE,
)
# Every _PROFILE_HINT match holds one of these words (within a class or an id, never across the two):
# Lexbor picks those elements out (in document order) instead of a regex on every class and id.
_PROFILE_HINTED = ", ".join(
    f"[{attribute}*={word} i]" for word in ("company", "about", "employer") for attribute in ("class", "id")
)
_ABOUT_HEADING = re.compile(
    r"^(?:about(?!\s+(?:the\s+|this\s+)?(?:job|role|position|opportunity|vacancy|you|team)\b)(?:\s+\S+){0,4}"
    r"|(?:the\s+|our\s+)?(?:company|employer|organi[sz]ation)(?:\s+(?:profile|description|overview"
    r"|info(?:rmation)?|background|details))?|who\s+we\s+are|our\s+story)\s*:?$",
    re.IGNORECASE,
)
# The letters an _ABOUT_HEADING match can start with (about, the, our, company, employer, organisation, who).
_ABOUT_FIRST_LETTERS = frozenset("aAtToOcCeEwW")
_QUESTIONS_HEADING = re.compile(
    r"\b(?:screening|application|applicant|additional|pre-?screening|employer)\s+questions?\b"
    r"|\bquestionnaire\b",
    re.IGNORECASE,
)
# Form fields every application form has: asking them is no screening question.
_CONTACT_FIELD = re.compile(
    r"name|e-?mail|phone|mobile|tel\b|resume|r[ée]sum[ée]|\bcv\b|cover|linked\s?in|website|portfolio|url"
    r"|github|twitter|address|city|location|country|zip|postal|file|attach|upload|captcha|token|csrf|submit"
    r"|consent|agree|privacy|terms|gdpr|newsletter|search|keyword",
    re.IGNORECASE,
)
_FIELDS = "input, textarea, select"
_SKIPPED_INPUTS = frozenset({"hidden", "submit", "button", "file", "image", "reset", "search"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADING_SELECTOR = "h1, h2, h3, h4, h5, h6"
_SECTION_ENDS = frozenset({"form", "nav", "header", "footer", "aside", "button"})
_STRUCTURED_FIELDS = ("responsibilities", "qualifications", "skills", "jobBenefits", "incentiveCompensation")


def page_signals(
    tree: LexborHTMLParser, json_ld: Mapping[str, Any] | None = None, *, html_lower: str | None = None
) -> PageSignals:
    """The signals of one parsed page; ``json_ld`` is its schema.org ``JobPosting`` object, if any;
    ``html_lower``: the page's HTML lower-cased, when the caller has it (elements and attributes it does
    not spell are not searched for: neither a tag nor an attribute name can be written with entities)."""
    organization = json_ld.get("hiringOrganization") if json_ld else None
    organization = organization if isinstance(organization, Mapping) else {}
    description = json_ld.get("description") if json_ld else None
    return PageSignals(
        logo=bool(organization.get("logo")) or _has_logo(tree, html_lower),
        company_profile=_plain(organization.get("description"), MIN_PROFILE)
        or _profile(tree, html_lower)
        or (_profile(LexborHTMLParser(description)) if isinstance(description, str) else None),
        questions=_has_questions(tree, html_lower),
        structured_text=_structured_text(json_ld or {}),
    )


def _plain(value: Any, min_length: int = 1) -> str | None:
    """A JSON value or an element's HTML as collapsed plain text, cut to :data:`MAX_TEXT`; None when shorter
    than ``min_length``."""
    if isinstance(value, list):
        value = "\n".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" in value:
        body = LexborHTMLParser(value).body
        value = body.text(separator=" ") if body is not None else ""
    text = " ".join(html_lib.unescape(value).split())[:MAX_TEXT]  # split(): the whitespace of re's \s
    return text if len(text) >= min_length else None


def _node_text(node: LexborNode) -> str:
    return " ".join(node.text(separator=" ").split())


def _names(node: LexborNode) -> str:
    attrs = node.attributes
    return " ".join(
        attrs.get(key) or "" for key in ("class", "id", "alt", "src", "itemprop", "data-automation-id")
    )


def _ancestors(node: LexborNode, depth: int) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None and depth > 0 and parent.tag not in ("body", "html"):
        yield parent
        parent, depth = parent.parent, depth - 1


def _spells(html_lower: str | None, word: str) -> bool:
    """Whether the page's HTML may hold ``word`` (a tag's start, an attribute name)."""
    return html_lower is None or word in html_lower


def _has_logo(tree: LexborHTMLParser, html_lower: str | None = None) -> bool:
    """An image named logo (itself or its two nearest ancestors), not in a footer or a "powered by" link."""
    if _spells(html_lower, "itemprop") and tree.css_first('[itemprop="logo"]') is not None:
        return True
    # "<image" is read as "<img" too
    for image in tree.css("img") if _spells(html_lower, "<im") else ():
        around = list(_ancestors(image, 2))
        if not _LOGO.search(" ".join([_names(image), *(_names(a) for a in around)])):
            continue
        if any(a.tag == "footer" or _FOOTER.search(_names(a)) for a in _ancestors(image, 6)):
            continue
        if around and _POWERED_BY.search(around[0].text()):
            continue
        return True
    return False


def _profile(tree: LexborHTMLParser, html_lower: str | None = None) -> str | None:
    """Microdata's organization description, an element marked as the company profile, or the text under an
    "About us" heading (up to the next heading of the same or a higher level)."""
    node = (
        tree.css_first('[itemprop="hiringOrganization"] [itemprop="description"]')
        if _spells(html_lower, "itemprop")
        else None
    )
    if node is not None and (text := _plain(node.html, MIN_PROFILE)):
        return text
    for node in tree.css(_PROFILE_HINTED):
        hint = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _PROFILE_HINT.search(hint) and (text := _plain(node.html, MIN_PROFILE)):
            return text
    for heading in tree.css(f"{_HEADING_SELECTOR}, dt, strong, b"):
        raw = heading.text(separator=" ").lstrip()
        if not raw or raw[0] not in _ABOUT_FIRST_LETTERS or not _ABOUT_HEADING.match(" ".join(raw.split())):
            continue
        text = _text_after(heading)
        if text:
            return text
    return None


def _text_after(heading: LexborNode) -> str | None:
    """The text of the siblings after ``heading`` up to the next heading; a bold label that is a paragraph
    of its own (``<p><strong>About us</strong></p>``) counts as a heading."""
    start = heading
    parent = heading.parent
    if heading.tag in ("strong", "b") and parent is not None and parent.tag in ("p", "div"):
        start = parent if _node_text(parent) == _node_text(heading) else heading
    parts: list[str] = []
    sibling = start.next
    while sibling is not None and sibling.tag not in _HEADINGS and not (sibling.tag == "dt" == heading.tag):
        if sibling.tag == "-text":
            parts.append(sibling.text())
        elif sibling.tag in _SECTION_ENDS or sibling.css_first(_HEADING_SELECTOR) is not None:
            break
        elif sibling.tag not in ("script", "style", "-comment"):
            parts.append(sibling.text(separator=" "))
        sibling = sibling.next
    return _plain(" ".join(parts), MIN_PROFILE)


def _field_label(form: LexborNode, field: LexborNode) -> str:
    attrs = field.attributes
    label = None
    if attrs.get("id"):  # compared, not put in a selector: an id may hold quotes or markup (make fuzz)
        label = next(
            (node for node in form.css("label[for]") if node.attributes.get("for") == attrs["id"]), None
        )
    if label is None:
        label = next((a for a in _ancestors(field, 3) if a.tag == "label"), None)
    text = _node_text(label) if label is not None else ""
    return text or " ".join(attrs.get(k) or "" for k in ("aria-label", "placeholder", "name"))


def _may_say_question(tree: LexborHTMLParser) -> bool:
    """Whether the page's text has "question" in it, as every _QUESTIONS_HEADING match has (lower-cased,
    with the letters that re.IGNORECASE also takes for "s" and "i": U+017F, U+0130 and U+0131)."""
    text = tree.root.text() if tree.root is not None else ""
    return "question" in text.replace("\u0130", "i").lower().replace("\u017f", "s").replace("\u0131", "i")


def _has_questions(tree: LexborHTMLParser, html_lower: str | None = None) -> bool:
    """A heading that announces screening questions, or a form field that is not a contact field."""
    if _may_say_question(tree):
        for node in tree.css("h1, h2, h3, h4, h5, h6, legend, label, p, strong"):
            text = _node_text(node)
            if len(text) <= 80 and _QUESTIONS_HEADING.search(text):
                return True
    for form in tree.css("form") if _spells(html_lower, "<form") else ():
        for field in form.css(_FIELDS):
            kind = (field.attributes.get("type") or "text").lower()
            if field.tag == "input" and kind in _SKIPPED_INPUTS:
                continue
            label = _field_label(form, field).strip()
            if label and not _CONTACT_FIELD.search(label):
                return True
    return False


def _structured_text(posting: Mapping[str, Any]) -> str | None:
    parts = [_plain(posting.get(name)) for name in _STRUCTURED_FIELDS]
    text = "\n".join(part for part in parts if part)[:MAX_TEXT]
    return text or None
