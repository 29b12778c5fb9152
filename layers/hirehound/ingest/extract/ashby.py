"""Ashby job boards: ``jobs.ashbyhq.com/<org>/<uuid>`` and its ``/application`` tab.

The server sends a shell; the posting is in ``window.__appData``: ``organization.name`` and ``posting``
(``title``, ``descriptionHtml``, ``locationName``, ``secondaryLocations``, ``workplaceType``,
``employmentType`` such as ``FullTime``, ``compensationTierSummary`` and the ``compensationTiers`` it sums
up, ``publishedDate``). The page title is
"<title> @ <company>".
"""

from __future__ import annotations

from hirehound.ingest.extract import atspaths, embedded, paytext
from hirehound.ingest.extract.dom import Fields, Json
from hirehound.ingest.extract.page import Page


def detect(page: Page) -> bool:
    marked = any("__appData" in script.body for script in page.scripts)
    return atspaths.detects("ashby", page.host, page.url, marked)


def extract(page: Page) -> Fields:
    data = next((blob.data for blob in embedded.blobs(page) if blob.name == "__appData"), None)
    if not isinstance(data, dict):
        return _from_title(page)
    posting: Json = data.get("posting") or {}
    organization: Json = data.get("organization") or {}
    if not isinstance(posting, dict):
        return _from_title(page)
    fields = embedded.job_fields(posting)
    if isinstance(organization, dict):
        fields["company_name"] = organization.get("name") or fields.get("company_name")
        fields["company_url"] = organization.get("publicWebsite") or fields.get("company_url")
    fields["salary_text"] = (
        _tier(posting, fields.get("location_text"))
        or posting.get("compensationTierSummary")
        or fields.get("salary_text")
    )
    fields["external_id"] = posting.get("id")
    return fields


def _tier(posting: Json, location_text: object) -> str | None:
    """Of several titled compensation tiers (zones), the one for the posting's location: the summary over
    them is their envelope ("$153K - $200K"), no one's pay."""
    tiers = posting.get("compensationTiers")
    if not isinstance(tiers, list):
        return None
    zones = [
        (str(tier.get("title") or ""), str(tier["tierSummary"]))
        for tier in tiers
        if isinstance(tier, dict) and tier.get("tierSummary")
    ]
    if len(zones) < 2:
        return None
    return paytext.choose_zone(zones, location_text if isinstance(location_text, str) else None)


def _from_title(page: Page) -> Fields:
    title, _, company = (page.title_tag or "").rpartition(" @ ")
    return {"title": title.strip() or None, "company_name": company.strip() or None} if title else {}
