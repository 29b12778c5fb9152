"""Jobvite: ``jobs.jobvite.com/<company>/job/<id>``. The title is ``h2.jv-header``; ``.jv-job-detail-meta``
holds "<department> <separator> <location>" (the separators are empty ``span.jv-inline-separator``s); the
description is ``.jv-job-detail-description``; the employer is the logo's alt text.
"""

from __future__ import annotations

from hirehound.ingest.extract.dom import Fields, attr, inner_html, text
from hirehound.ingest.extract.page import Page


def detect(page: Page) -> bool:
    return page.host_is("jobvite.com") or page.has(".jv-job-detail-meta")


def extract(page: Page) -> Fields:
    meta = page.node(".jv-job-detail-meta")
    parts = [found for found in (text(piece) for piece in meta.text(deep=True, separator="\n").split("\n"))
             if found] if meta is not None else []  # fmt: skip
    return {
        "title": page.first(".jv-job-detail h2.jv-header", ".jv-header"),
        "company_name": attr(page.node(".jv-logo img, .jv-page-header img"), "alt"),
        "location_text": parts[-1] if len(parts) >= 2 else None,
        "description_html": inner_html(page.node(".jv-job-detail-description")),
    }
