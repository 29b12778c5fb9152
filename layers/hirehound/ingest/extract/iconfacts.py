"""Facts labelled by an icon instead of a word: ``<i name="location"></i><span>Bordeaux</span>`` (Welcome to
the Jungle), ``<i class="fa fa-map-marker"></i> Asheville, NC``, ``<svg data-icon="...">``; or by an emoji
that starts the line ("📍 Cape Town", "💰 R28,000 - R34,000 per month": Wix, Notion, startup pages). The
icon's name says what the text beside it is; the value is the text of the icon's parent element.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode as Node

from hirehound.ingest.extract import generic
from hirehound.ingest.extract.dom import Fields, node_text
from hirehound.ingest.extract.page import Page

_ICONS = "i[name], i[class*=fa-], i[class*=icon], span[class*=icon], svg[data-icon], use[href]"
# Icon names by field; a name is read from the icon's ``name``, ``class``, ``data-icon`` or sprite ``href``.
_FIELDS = (
    ("remote_text", re.compile(r"remote|home-?office|laptop-house|wfh|teletravail", re.I)),
    ("location_text", re.compile(r"location|map-?marker|map-?pin|\bpin\b|place|geo-?alt|address", re.I)),
    ("employment_type_text", re.compile(r"contract|employment|job-?type|work-?type", re.I)),
    ("salary_text", re.compile(r"salary|money|euro|dollar|pound|wallet|coins|cash|banknote", re.I)),
)
_MAX_VALUE = 80
_WRAPPERS = 2  # empty elements around an icon before the one that holds its text


# Emoji that start a line of facts (Wix, Notion and startup pages): "📍 Cape Town", "💰 R28,000 - R34,000".
_EMOJI = {
    "\U0001f4cd": "location_text", "\U0001f30d": "location_text", "\U0001f30e": "location_text",
    "\U0001f30f": "location_text", "\U0001f3e0": "remote_text", "\U0001f3e1": "remote_text",
    "\U0001f4bb": "remote_text", "\u23f0": "employment_type_text", "\U0001f552": "employment_type_text",
    "\U0001f4bc": "employment_type_text", "\U0001f4dd": "employment_type_text", "\U0001f4b0": "salary_text",
    "\U0001f4b5": "salary_text", "\U0001f4b6": "salary_text", "\U0001f4b7": "salary_text",
    "\U0001f4b8": "salary_text",
}  # fmt: skip
_EMOJI_LINES = 60
_ANY_EMOJI = re.compile(f"[{''.join(_EMOJI)}]")


def detect(page: Page) -> bool:
    return bool(page.present(_ICONS) or _has_emoji(page.body_text))


def _has_emoji(text: str) -> bool:
    """Whether ``text`` holds one of the emoji (none is ASCII: an ASCII text is not searched)."""
    return not text.isascii() and _ANY_EMOJI.search(text) is not None


def extract(page: Page) -> Fields:
    return dict(page.cached("iconfacts", _extract))


def _extract(page: Page) -> Fields:
    fields = _emoji_facts(page) if _has_emoji(page.body_text) else {}
    kinds: list[str] = []
    for icon in page.css(_ICONS):
        name = " ".join(
            icon.attributes.get(key) or "" for key in ("name", "class", "data-icon", "href", "xlink:href")
        )
        field = next((found for found, pattern in _FIELDS if pattern.search(name)), None)
        value = _beside(icon) if field else None
        if not field or not value or len(value) > _MAX_VALUE:
            continue
        if field == "employment_type_text":  # "Feste Anstellung" beside "Vollzeit": both, if kinds of work
            if generic.EMPLOYMENT_WORDS.search(value):
                kinds.append(value)
        elif not fields.get(field):
            fields[field] = value
    if kinds:
        fields["employment_type_text"] = ", ".join(dict.fromkeys(kinds))
    return fields


def _beside(icon: Node) -> str | None:
    """The text beside the icon: its parent's, or, when the icon sits alone in a wrapper of its own
    (Elementor's ``<span class="elementor-icon-list-icon"><i …></span><span …-text>Porto</span>``), the
    wrapper's parent's, up to :data:`_WRAPPERS` levels."""
    holder = icon.parent
    while holder is not None and holder.tag in ("svg", "use"):
        holder = holder.parent
    for _ in range(_WRAPPERS + 1):
        if holder is None:
            return None
        if value := node_text(holder):
            return value
        holder = holder.parent
    return None


def _emoji_facts(page: Page) -> Fields:
    fields: Fields = {}
    for line in page.lines[:_EMOJI_LINES]:
        field = _EMOJI.get(line[0])
        value = line[1:].strip(" \ufe0f:")
        if field and value and len(value) <= _MAX_VALUE and not fields.get(field):
            fields[field] = value
    return fields
