"""Small DOM and text helpers shared by the extractors (selectolax's Lexbor backend)."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import SplitResult, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

type Json = Any
type Fields = dict[str, str | None]
"""What one source found: ``RawPosting`` field name -> page text (``None`` or absent when not found)."""

FIELD_NAMES = (
    "title",
    "external_id",
    "company_name",
    "company_url",
    "description_html",
    "location_text",
    "remote_text",
    "employment_type_text",
    "salary_text",
    "date_posted_text",
    "valid_through_text",
)


def text(value: str | None) -> str | None:
    """Entity-decoded, whitespace-collapsed text, or ``None`` when empty."""
    if value is None:
        return None
    cleaned = " ".join(html_lib.unescape(value).split())  # split(): the whitespace of re's \s
    return cleaned or None


def node_text(node: LexborNode | None) -> str | None:
    """An element's text, whitespace-collapsed (Lexbor has decoded its entities already)."""
    if node is None:
        return None
    return " ".join(node.text(separator=" ").split()) or None


def first_text(tree: LexborHTMLParser | LexborNode, *selectors: str) -> str | None:
    """The text of the first element matching one of ``selectors`` (tried in order) that has text."""
    for selector in selectors:
        found = node_text(tree.css_first(selector))
        if found:
            return found
    return None


_REFUSED_LINK = urlsplit("")


def link_parts(href: str) -> SplitResult:
    """``urlsplit`` of a link in a page; an empty one for a link it refuses (an unclosed IPv6 bracket:
    "https://jobs.example[co/apply" raises ``ValueError``), which links nowhere."""
    try:
        return urlsplit(href)
    except ValueError:
        return _REFUSED_LINK


def attr(node: LexborNode | None, name: str) -> str | None:
    return text(node.attributes.get(name)) if node is not None else None


def inner_html(node: LexborNode | None) -> str | None:
    """An element's inner HTML when it has text, else ``None``."""
    if node is None:
        return None
    inner = node.inner_html
    return inner.strip() if inner and inner.strip() and node.text(strip=True) else None


def joined_html(nodes: Iterable[LexborNode]) -> str | None:
    parts = [part for part in (inner_html(node) for node in nodes) if part]
    return "\n".join(parts) or None


def join(parts: Iterable[str | None], sep: str = ", ") -> str | None:
    """Distinct non-empty parts joined in order, or ``None``."""
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return sep.join(seen) or None


def html_text_length(html: str | None) -> int:
    """Characters of text in an HTML fragment (tags and whitespace runs dropped), a cheap richness measure."""
    return _text_length(html) if html else 0


@lru_cache(maxsize=16)  # a page's descriptions are measured up to three times while one is chosen
def _text_length(html: str) -> int:
    return len(" ".join(_TAG.sub(" ", html).split()))


_TAG = re.compile(r"<[^>]*>")
