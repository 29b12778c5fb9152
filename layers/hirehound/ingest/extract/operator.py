"""The site's own identity, which is not the employer when the page names another organisation as one.

National boards and public employment services put their own name where a careers page puts the
employer's: ``og:site_name``, the ``<title>`` suffix, the copyright line, JSON-LD ``publisher`` or
``WebSite``, sometimes even ``hiringOrganization`` ("Recruit Co., Ltd.", "Bundesagentur für Arbeit",
"Computrabajo Colombia"). :func:`prefer_employer` swaps such a name for another candidate found in an
employer position (``hiringOrganization``, a labelled "Empresa"/"Arbeitgeber"/"会社名" cell, a company
link); with no other candidate the name stays (a company's own careers site is its own identity).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hirehound.ingest.extract import employers, jsonld, tidy
from hirehound.ingest.extract.page import Page

__all__ = ["is_site_identity", "prefer_employer"]

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-\u2013]?\s*)*([^|·©]{2,60}?)(?:\s*[|·]|\s+all rights|$)", re.I
)
_MIN_KEY = 4  # a shorter name or label ("BA", "CV") matches nothing by prefix


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _jsonld_site_names(page: Page) -> Iterable[str]:
    for block in jsonld.blocks(page):
        for obj in jsonld.objects(block):
            if jsonld.types_of(obj) & {"WebSite", "WebPage"} and (name := jsonld.scalar(obj.get("name"))):
                yield name
            publisher = obj.get("publisher")
            if isinstance(publisher, dict) and (name := jsonld.scalar(publisher.get("name"))):
                yield name


def _identity(page: Page) -> frozenset[str]:
    names: list[str] = [page.site_name or "", *_jsonld_site_names(page)]
    if page.title_tag and len(parts := tidy.split_title(page.title_tag)) >= 2:
        names.append(parts[-1])
    names += [m.group(1) for line in page.footer_lines if (m := _COPYRIGHT.search(line))]
    names.append(tidy.registered_domain(page.host).split(".")[0])
    return frozenset(key for name in names if len(key := _squash(name)) >= _MIN_KEY)


def is_site_identity(name: str, page: Page) -> bool:
    """``name`` is the site's own name: equal to one of its identity names, or one starts the other
    ("Computrabajo Colombia" on computrabajo.com.co, "Recruit Co., Ltd." beside "(C) Recruit Co.")."""
    key = _squash(name)
    if len(key) < _MIN_KEY:
        return False
    return any(key.startswith(own) or own.startswith(key) for own in page.cached("site_identity", _identity))


def prefer_employer(chosen: str | None, candidates: Iterable[str], page: Page) -> str | None:
    """``chosen``, unless it is the site's identity and another candidate is not: the sources' employers
    first, then a name with a legal form the page shows (:func:`legal_names`)."""
    if not chosen or not is_site_identity(chosen, page):
        return chosen
    others = (name for name in (*candidates, *legal_names(page)) if not is_site_identity(name, page))
    return next(others, chosen)


# A Japanese company name: the legal form before or after it, up to a bracket, a space or punctuation.
_JAPANESE_COMPANY = re.compile(
    r"(?:株式会社|有限会社|合同会社)[^\s\uff08(\u3001\u3002,\uff0c\u300c\u300d|\uff5c/]{1,30}"
    r"|[^\s\uff08(\u3001\u3002,\uff0c\u300c\u300d|\uff5c/\uff1a:]{1,30}(?:株式会社|有限会社|合同会社)"
)
_SPACED_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
_UNDER_TITLE = 3


def legal_names(page: Page) -> list[str]:
    """Employer names that carry their legal form: the part before " - " of a line under the title
    ("Ferrovía Andina S.A.S. - Cali"), then Japanese company names in the text ("株式会社みなと精工", up
    to the bracket of its address)."""
    found: list[str] = []
    lines = page.lines
    heading = page.first("h1")
    if heading in lines:
        at = lines.index(heading)
        for line in lines[at + 1 : at + 1 + _UNDER_TITLE]:
            head = _SPACED_DASH.split(line, maxsplit=1)[0].strip()
            if head != line and employers.LEGAL_FORM.search(head):
                found.append(head)
    found += [match.group(0) for match in _JAPANESE_COMPANY.finditer(page.body_text)]
    return found
