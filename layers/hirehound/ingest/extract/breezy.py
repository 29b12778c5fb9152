"""Breezy HR: ``<company>.breezy.hr/p/<id>-<slug>`` and its ``/apply`` page. The banner holds the title
(``h1``, or ``h2.position-name`` on the apply page; a ``.position-header`` in newer themes) and ``ul.meta``
items: ``.location``, ``.type``,
``.department``, ``.salary``. The confirmation ("Application Submitted") is a hidden block on the same page,
never the title.
"""

from __future__ import annotations

from hirehound.ingest.extract import atspaths
from hirehound.ingest.extract.dom import Fields, attr, inner_html
from hirehound.ingest.extract.page import Page


def detect(page: Page) -> bool:
    return atspaths.detects("breezy", page.host, page.url, page.has(".banner ul.meta li.location"))


def extract(page: Page) -> Fields:
    return {
        "title": page.first(
            ".banner h1", ".banner .position-name", ".banner h2", ".position-header h1", ".position-header h2"
        ),
        "company_name": attr(page.node(".top-bar .brand img"), "alt") or page.site_name,
        "location_text": page.first(".banner .meta .location", "ul.meta li.location"),
        "employment_type_text": page.first(".banner .meta .type", "ul.meta li.type"),
        "salary_text": page.first(".banner .meta .salary", "ul.meta li.salary"),
        "description_html": inner_html(page.node(".description")),
    }
