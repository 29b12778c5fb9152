"""Teamtailor career sites (``<company>.teamtailor.com/jobs/<id>-<slug>``, also on custom domains): JSON-LD
for the posting, and a header block with the department, the locations and the remote status
("Hybrid remote", "Fully remote", or the site language's words), plus a ``<dl>`` of job attributes.
"""

from __future__ import annotations

from hirehound.ingest.extract.dom import Fields, inner_html
from hirehound.ingest.extract.page import Page


def detect(page: Page) -> bool:
    return page.host_is("teamtailor.com") or any("teamtailor" in s.body[:2000] for s in page.scripts[:3])


def extract(page: Page) -> Fields:
    return {
        "title": page.first(".block-job-header h1", "h1"),
        "location_text": page.first(".block-job-header .location", ".job-meta .location"),
        "remote_text": page.first(".block-job-header .remote-status", ".job-meta .remote-status"),
        "description_html": inner_html(page.node(".block-job-body, [data-job-body]")),
    }
