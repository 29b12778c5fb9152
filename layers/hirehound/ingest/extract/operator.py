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

from hirehound.ingest.extract import jsonld, tidy
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
    """``chosen``, unless it is the site's identity and another candidate is not."""
    if not chosen or not is_site_identity(chosen, page):
        return chosen
    return next((name for name in candidates if not is_site_identity(name, page)), chosen)
