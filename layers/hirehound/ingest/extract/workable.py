"""Workable: ``apply.workable.com/<account>/j/<shortcode>/`` and its ``/apply/`` tab
(``<account>.workable.com`` for older boards). The header uses ``data-ui`` attributes: ``job-title``,
``job-location``, ``job-type``, ``job-workplace``, ``job-department``; the job page adds
``job-description``, ``job-requirements`` and ``job-benefits`` sections (and JSON-LD, which the JSON-LD
source reads first).
"""

from __future__ import annotations

from hirehound.ingest.extract import atspaths
from hirehound.ingest.extract.dom import Fields, attr, joined_html
from hirehound.ingest.extract.page import Page


def detect(page: Page) -> bool:
    return atspaths.detects("workable", page.host, page.url, page.has("[data-ui=job-title]"))


def extract(page: Page) -> Fields:
    sections = page.css("[data-ui=job-description], [data-ui=job-requirements], [data-ui=job-benefits]")
    return {
        "title": page.first("[data-ui=job-title]", "h1"),
        "company_name": attr(page.node("[data-ui=company-logo]"), "alt"),
        "location_text": page.first("[data-ui=job-location]"),
        "employment_type_text": page.first("[data-ui=job-type]"),
        "remote_text": page.first("[data-ui=job-workplace]"),
        "description_html": joined_html(sections),
    }
