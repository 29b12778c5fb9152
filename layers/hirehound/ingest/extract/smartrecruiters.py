"""SmartRecruiters: ``jobs.smartrecruiters.com/<Company>/<id>-<slug>``. Microdata ``JobPosting`` (read by the
microdata source) plus ``spl-job-location`` (``formattedaddress``, ``workplacetype``) and the ``st-*``
sections: company description, job description, qualifications and additional information (where pay,
contract and remote terms are often stated).
"""

from __future__ import annotations

from hirehound.ingest.extract import atspaths
from hirehound.ingest.extract.dom import Fields, attr, joined_html
from hirehound.ingest.extract.page import Page

_SECTIONS = "#st-jobDescription .wysiwyg, #st-qualifications .wysiwyg, #st-additionalInformation .wysiwyg"
# without the editor class: the section's own content block (``<div itemprop="description">``)
_BLOCKS = "#st-jobDescription > div, #st-qualifications > div, #st-additionalInformation > div"


def detect(page: Page) -> bool:
    marked = page.has("#st-jobDescription, spl-job-location")
    return atspaths.detects("smartrecruiters", page.host, page.url, marked)


def extract(page: Page) -> Fields:
    location = page.node("spl-job-location")
    workplace = attr(location, "workplacetype")
    return {
        "title": page.first("h1.job-title", "h1"),
        "location_text": attr(location, "formattedaddress"),
        "remote_text": f"workplace: {workplace}" if workplace else None,
        "description_html": joined_html(page.css(_SECTIONS)) or joined_html(page.css(_BLOCKS)),
        "company_name": _company(page),
    }


def _company(page: Page) -> str | None:
    alt = attr(page.node(".header-logo img, header img"), "alt")
    return alt.removesuffix(" logo").strip() or None if alt else None
