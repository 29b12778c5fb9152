"""What tells a posting from a page about jobs: the facts of one job shown, or links to many postings.

A WordPress post is ``og:type`` article and a careers site's ``<title>`` may read "Trabaja con nosotros"
on every page, postings included: a page that shows one job's facts (labelled location, contract, pay;
WP Job Manager's listing markup) is a posting all the same. A careers root (``/careers``, ``/vacancies``)
that links several pages under it, or several job pages, is their index.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from hirehound.ingest.extract import labelled
from hirehound.ingest.extract.page import Page

_FACTS = ("location_text", "employment_type_text", "salary_text", "remote_text")
_MIN_FACTS = 2
# WP Job Manager (``single_job_listing``, ``job-listing-meta``), Simple Job Board (``sjb-``), WP Job Openings.
_JOB_MARKUP = ".single_job_listing, .job-listing-meta, [class*=sjb-job], .awsm-job-specifications"
_JOB_PATH = re.compile(
    r"/(?:jobs?|careers?|vacanc(?:y|ies)|positions?|openings?|stellen\w*|offres?|ofertas?|empleos?)/[\w%-]+/?$",
    re.IGNORECASE,
)


def shown(page: Page) -> bool:
    """The page shows one job's facts: two labelled ones, or a job plugin's markup."""
    found = labelled.extract(page)
    return sum(1 for name in _FACTS if found.get(name)) >= _MIN_FACTS or page.has(_JOB_MARKUP)


def child_links(page: Page) -> set[str]:
    """Paths of the links under the page's own path, or to job pages (``/job/<slug>``), nav excluded."""
    own = urlsplit(page.url).path.rstrip("/")
    found = set()
    for node in page.css("a[href]"):
        path = urlsplit(node.attributes.get("href") or "").path.rstrip("/")
        if path and path != own and (path.startswith(own + "/") or _JOB_PATH.search(path)):
            found.add(path)
    return found
