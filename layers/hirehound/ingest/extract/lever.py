"""Lever postings: ``jobs.lever.co/<company>/<uuid>`` and its ``/apply`` tab.

Both carry the header: ``.posting-headline h2`` and ``.posting-categories`` (``.location``, ``.department``,
``.commitment``, ``.workplaceTypes``); the job page adds ``.section-wrapper .section`` blocks
(``[data-qa=job-description]``, lists, ``[data-qa=salary-range]``, ``[data-qa=closing-description]``).
The page title is "<company> - <title>"; the logo's alt text is "<company> logo".
"""

from __future__ import annotations

import re

from hirehound.ingest.extract import atspaths
from hirehound.ingest.extract.dom import Fields, attr, inner_html, joined_html
from hirehound.ingest.extract.page import Page

_LOGO = re.compile(r"\s+logo$", re.IGNORECASE)
_TRAILING_SLASH = re.compile(r"\s*/\s*$")


def detect(page: Page) -> bool:
    marked = page.has(".posting-headline h2, .posting-headline h1")
    return atspaths.detects("lever", page.host, page.url, marked)


def extract(page: Page) -> Fields:
    title = page.first(".posting-headline h2", ".posting-headline h1")
    company = _LOGO.sub("", attr(page.node(".main-header-logo img"), "alt") or "") or None
    if not company and title and page.title_tag and page.title_tag.endswith(f" - {title}"):
        company = page.title_tag.removesuffix(f" - {title}").strip() or None
    sections = [
        node
        for node in page.css(".section-wrapper .section")
        if not node.css_matches(
            ".posting-header, .last-section-apply, .application-header, .application-form"
        )
        and node.css_first(".posting-headline, .postings-btn, .postings-btn-wrapper") is None
    ]
    return {
        "title": title,
        "company_name": company,
        "location_text": _category(page, "location"),
        "employment_type_text": _category(page, "commitment"),
        "remote_text": _category(page, "workplaceTypes"),
        "salary_text": page.first("[data-qa=salary-range] div", "[data-qa=salary-range]"),
        "description_html": joined_html(sections) or inner_html(page.node("[data-qa=job-description]")),
    }


def _category(page: Page, name: str) -> str | None:
    found = page.first(f".posting-categories .{name}")
    return _TRAILING_SLASH.sub("", found) or None if found else None
