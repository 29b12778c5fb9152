"""Indeed's job view (``indeed.com/viewjob?jk=...``, national domains too): the header title
(``.jobsearch-JobInfoHeader-title``, whose hidden "- job post" suffix is dropped), the company
(``[data-company-name]``, ``[data-testid=inlineHeader-companyName]``), the location
(``[data-testid=inlineHeader-companyLocation]``, ``[data-testid=job-location]``), pay and type in
``#salaryInfoAndJobType`` or the "Job details" section, and ``#jobDescriptionText``.
"""

from __future__ import annotations

import re

from hirehound.ingest.extract.dom import Fields, inner_html, node_text
from hirehound.ingest.extract.page import Page

_JOB_POST_SUFFIX = re.compile(r"\s*-\s*job post\s*$", re.IGNORECASE)


def detect(page: Page) -> bool:
    return page.host_is("indeed.com") or ".indeed." in f".{page.host}" or page.has("#jobDescriptionText")


def extract(page: Page) -> Fields:
    title = page.first(".jobsearch-JobInfoHeader-title", "[data-testid=jobsearch-JobInfoHeader-title]")
    details = {}
    for group in page.css("#jobDetailsSection [aria-label]"):
        label = group.attributes.get("aria-label") or ""
        value = node_text(group.css_first("li"))
        if value:
            details[label.casefold()] = value
    work_location = next((line for line in page.lines if line.casefold().startswith("work location:")), None)
    pay_and_type = page.node("#salaryInfoAndJobType")
    spans = [node_text(span) for span in pay_and_type.css("span")] if pay_and_type is not None else []
    return {
        "title": _JOB_POST_SUFFIX.sub("", title) if title else None,
        "company_name": page.first("[data-testid=inlineHeader-companyName]", "[data-company-name]"),
        "location_text": page.first(
            "[data-testid=inlineHeader-companyLocation]",
            "[data-testid=job-location]",
            ".jobsearch-JobInfoHeader-subtitle div:last-child",
        ),
        "salary_text": details.get("pay") or (spans[0] if spans else None),
        "employment_type_text": details.get("job type")
        or (spans[1].lstrip(" -") if len(spans) > 1 and spans[1] else None),
        "remote_text": work_location,
        "description_html": inner_html(page.node("#jobDescriptionText")),
    }
