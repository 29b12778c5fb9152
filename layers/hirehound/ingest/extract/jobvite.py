"""Jobvite: ``jobs.jobvite.com/<company>/job/<id>``. The title is ``h2.jv-header``; ``.jv-job-detail-meta``
holds "<department> <separator> <location>" (the separators are empty ``span.jv-inline-separator``s); the
description is ``.jv-job-detail-description``; the employer is the logo's alt text, else the page title's
other part ("Careers at <company> - <title>").
"""

from __future__ import annotations

import re

from hirehound.ingest.extract.dom import Fields, attr, inner_html, text
from hirehound.ingest.extract.page import Page

_CAREERS = re.compile(r"^(?:careers|jobs)\s+(?:at|with)\s+|\s+(?:careers|jobs)$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[-|\u2013\u2014]\s+")


def detect(page: Page) -> bool:
    return page.host_is("jobvite.com") or page.has(".jv-job-detail-meta")


def extract(page: Page) -> Fields:
    meta = page.node(".jv-job-detail-meta")
    parts = [found for found in (text(piece) for piece in meta.text(deep=True, separator="\n").split("\n"))
             if found] if meta is not None else []  # fmt: skip
    title = page.first(".jv-job-detail h2.jv-header", ".jv-header")
    return {
        "title": title,
        "company_name": attr(page.node(".jv-logo img, .jv-page-header img"), "alt")
        or _from_title(page, title),
        "location_text": parts[-1] if len(parts) >= 2 else None,
        "description_html": inner_html(page.node(".jv-job-detail-description")),
    }


def _from_title(page: Page, title: str | None) -> str | None:
    """The employer from a page title of two parts, one the job title: "Careers at Acme - Analyst"."""
    parts = _SEPARATOR.split(page.title_tag or "")
    if not title or len(parts) != 2 or title not in parts:
        return None
    other = parts[1] if parts[0] == title else parts[0]
    return _CAREERS.sub("", other).strip() or None
