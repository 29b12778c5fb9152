"""SEEK (``seek.com.au/job/<id>``, ``seek.co.nz``): fields under ``data-automation`` attributes —
``job-detail-title``, ``advertiser-name``, ``job-detail-location``, ``job-detail-work-type``,
``job-detail-salary``, ``job-detail-date`` — and the advertiser's text in ``jobAdDetails`` (often plain
``<div>``s and line breaks rather than paragraphs). The ``og:site_name`` is the board's ("SEEK Australia").
"""

from __future__ import annotations

from hirehound.ingest.extract.dom import Fields, inner_html
from hirehound.ingest.extract.page import Page


def detect(page: Page) -> bool:
    return page.host_is("seek.com.au", "seek.co.nz") or page.has("[data-automation=jobAdDetails]")


def extract(page: Page) -> Fields:
    return {
        "title": page.first("[data-automation=job-detail-title]"),
        "company_name": page.first("[data-automation=advertiser-name]"),
        "location_text": page.first("[data-automation=job-detail-location]"),
        "employment_type_text": page.first("[data-automation=job-detail-work-type]"),
        "salary_text": page.first("[data-automation=job-detail-salary]"),
        "date_posted_text": page.first("[data-automation=job-detail-date]"),
        "description_html": inner_html(page.node("[data-automation=jobAdDetails]")),
    }
