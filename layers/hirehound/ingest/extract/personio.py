"""Personio job pages (``<company>.jobs.personio.de/job/<id>``, ``.personio.com``): JSON-LD, an ``h1``, a
details line "<schedule> · <contract> · <office>" (``.job-details-line``; the React layout's
``job-detail_subtitle__<hash>``) and the description sections; the application form
(``#apply``) is part of the same page.
"""

from __future__ import annotations

from hirehound.ingest.extract import atspaths
from hirehound.ingest.extract.dom import Fields, attr, inner_html
from hirehound.ingest.extract.page import Page

_SEPARATOR = "\u00b7"


def detect(page: Page) -> bool:
    return atspaths.detects("personio", page.host, page.url, marked=False)


def extract(page: Page) -> Fields:
    line = page.first(".job-details-line", "[class*=job-detail_subtitle]", "[class*=subtitle]")
    details = [part.strip() for part in (line or "").split(_SEPARATOR)]
    details = [part for part in details if part]
    return {
        "title": page.first("h1.job-title", "h1"),
        "company_name": attr(page.node("img.company-logo"), "alt"),
        "employment_type_text": ", ".join(details[:-1]) or None,
        "location_text": details[-1] if details else None,
        "description_html": inner_html(page.node(".job-description")),
    }
