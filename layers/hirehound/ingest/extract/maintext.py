"""The posting's main text on a page with no structured description: a readability-style block score.

Every paragraph-like element (``p``, ``li``, ``dd``, ``td``, headings, ``pre``) of 20+ characters adds its
text length to its parent (weight 1) and grandparent (0.5); a ``div`` with 20+ characters of its own text
(advertiser text between ``<br>``s) adds it to itself and its parent; containers whose class or id says
description/content/job get x1.25, and ones that say related/similar/share/sidebar/cookie x0.5 (lists x0.5:
the container around the list also holds its prose). The best-scoring container wins, or its parent when
sibling sections of the same class hold text too. It runs on the page
with its noise already removed (:mod:`hirehound.ingest.extract.page`).

Measured against trafilatura and readability-lxml on the labelled fixtures (``benchmarks/boilerplate.py``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from hirehound.ingest.extract.page import Page

_BLOCKS = "p, li, h2, h3, h4, dd, td, pre, blockquote, div"
_POSITIVE = re.compile(r"description|posting|job|content|article|main|body|details|offre|oferta|stelle", re.I)
_NEGATIVE = re.compile(
    r"comment|sidebar|footer|nav|menu|related|similar|recommend|share|social|cookie|consent|banner|breadcrumb|"
    r"modal|dialog|people-also|more-roles|other-jobs",
    re.IGNORECASE,
)
_MIN_BLOCK = 20
_HEADINGS = frozenset({"h2", "h3", "h4"})
# Sibling sections of the best block (same tag and class) holding a tenth of its text make their container
# the block.
_SECTIONS = 0.1


def main_block(page: Page) -> LexborNode | None:
    """The element whose paragraphs and list items hold the most text."""
    if page.tree.body is None:
        return None
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for node in page.tree.body.css(_BLOCKS):
        own_text = node.tag == "div"  # text written straight into a div, between line breaks
        length = len(node.text(deep=False, strip=True) if own_text else node.text(strip=True))
        if length < _MIN_BLOCK:
            continue
        parent = node if own_text else node.parent
        for weight in (1.0, 0.5):
            if parent is None or parent.tag in ("html", None):
                break
            key = parent.mem_id
            nodes[key] = parent
            scores[key] = scores.get(key, 0.0) + weight * length
            parent = parent.parent
    if not scores:
        return None
    for key, node in nodes.items():
        hint = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _NEGATIVE.search(hint):
            scores[key] *= 0.5
        elif _POSITIVE.search(hint):
            scores[key] *= 1.25
        if node.tag in ("ul", "ol", "tr", "table", "tbody"):
            scores[key] *= 0.5
    best = nodes[max(scores, key=lambda key: scores[key])]
    return _whole_sections(best, scores)


def _whole_sections(best: LexborNode, scores: dict[int, float]) -> LexborNode:
    """The container of the best block when its siblings of the same tag and class hold text too: a
    posting in sections (iCIMS's ``h2`` + ``div.iCIMS_InfoMsg_Job`` pairs) is the parent, not its first
    section. Sections without a class count when each opens with its heading (Personio's ``<section><h2>``
    blocks)."""
    parent, hint = best.parent, best.attributes.get("class")
    if parent is None or parent.tag in ("html", "body") or not (hint or _headed_section(best)):
        return best
    siblings = sum(
        scores.get(child.mem_id, 0.0)
        for child in parent.iter()
        if child.mem_id != best.mem_id
        and child.tag == best.tag
        and child.attributes.get("class") == hint
        and (hint or _headed_section(child))
    )
    return parent if siblings >= _SECTIONS * scores[best.mem_id] else best


def _headed_section(node: LexborNode) -> bool:
    """A ``section`` or ``div`` whose first element is a heading ("Sobre nosotros", "Deine Aufgaben")."""
    first = node.child
    while first is not None and first.tag in ("-text", "-comment"):
        first = first.next
    return node.tag in ("section", "article", "div") and first is not None and first.tag in _HEADINGS
