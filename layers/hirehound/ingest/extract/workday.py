"""Workday: a rendered ``<tenant>.wd<N>.myworkdayjobs.com`` job page. Fields sit under ``data-automation-id``
(``jobPostingHeader``, ``locations``, ``remoteType``, ``time``, ``postedOn``, ``requisitionId``,
``jobPostingDescription``), each a ``<dl>`` whose ``<dd>`` is the value; the logo's alt is the employer.
"""

from __future__ import annotations

from hirehound.ingest.extract import atspaths
from hirehound.ingest.extract.dom import Fields, attr, inner_html, node_text
from hirehound.ingest.extract.page import Page

HOSTS = ("myworkdayjobs.com", "myworkdaysite.com")


def detect(page: Page) -> bool:
    marked = page.has('[data-automation-id="jobPostingHeader"]')
    return atspaths.detects("workday", page.host, page.url, marked)


def extract(page: Page) -> Fields:
    def automation(name: str) -> str | None:
        node = page.node(f'[data-automation-id="{name}"]')
        if node is None:
            return None
        value = node.css_first("dd")
        return node_text(value) if value is not None else node_text(node)

    return {
        "company_name": attr(page.node('img[data-automation-id="logo"]'), "alt"),
        "title": automation("jobPostingHeader"),
        "description_html": inner_html(page.node('[data-automation-id="jobPostingDescription"]')),
        "location_text": automation("locations"),
        "employment_type_text": automation("time"),
        "date_posted_text": automation("postedOn"),
        "external_id": automation("requisitionId"),
        "remote_text": automation("remoteType"),
    }
