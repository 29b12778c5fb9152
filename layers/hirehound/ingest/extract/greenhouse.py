"""Greenhouse job boards.

Classic ``boards.greenhouse.io/<board>/jobs/<id>`` (also embedded on company sites with ``gh_jid``):
``#app_body`` with ``h1.app-title``, ``.company-name`` ("at Acme"), ``.location``, ``#content`` and the
pay-transparency block (``.pay-input .title`` + ``.pay-range``). The newer React layout
``job-boards.greenhouse.io`` renders ``.job__title h1``, ``.job__location``, ``.job__description`` and
``.pay-range`` without the employer's name, which sits in the Remix loader state
(``window.__remixContext`` -> ``jobPost.company_name``) and in the page title
("Job Application for <title> at <company>").
"""

from __future__ import annotations

import re

from hirehound.ingest.extract import atspaths, embedded, paytext
from hirehound.ingest.extract.dom import Fields, attr, inner_html, node_text
from hirehound.ingest.extract.page import Page

_AT = re.compile(r"^at\s+", re.IGNORECASE)
_LOGO = re.compile(r"\s+logo$", re.IGNORECASE)


def detect(page: Page) -> bool:
    """The host, the classic ``#app_body``, or the new layout's BEM classes on a page that names Greenhouse
    (``.job__title``/``.job__description`` alone are common BEM names: CV-Library uses them too)."""
    marked = page.has("#app_body h1.app-title") or (
        "greenhouse" in page.html_lower and page.has(".job__title h1, .job__description")
    )
    return atspaths.detects("greenhouse", page.host, page.url, marked)


def extract(page: Page) -> Fields:
    state = next((blob for blob in embedded.blobs(page) if blob.name == "__remixContext"), None)
    from_state = embedded.from_blob(state.data) if state is not None else {}
    company = page.first("#app_body .company-name", ".company-name")
    if company:
        company = _AT.sub("", company) or None
    logo = page.node(".job__header img.logo, .logo-container img, #header img")
    location = page.first("#app_body .location", ".job__location", ".location") or from_state.get(
        "location_text"
    )
    pay = _pay(page, location)
    return {
        "title": page.first("#app_body h1.app-title", "h1.app-title", ".job__title h1", ".job__title"),
        "company_name": company
        or from_state.get("company_name")
        or _LOGO.sub("", attr(logo, "alt") or "")
        or None,
        "location_text": location,
        "employment_type_text": page.first(".job__tags .tag"),
        "description_html": inner_html(page.node("#content")) or inner_html(page.node(".job__description")),
        "salary_text": pay or from_state.get("salary_text"),
        "date_posted_text": from_state.get("date_posted_text"),
    }


def _pay(page: Page, location_text: str | None) -> str | None:
    """The pay-transparency range; of several zones (one ``.pay-input`` each) the one for the posting's
    location (:func:`paytext.choose_zone`)."""
    ranges = page.css(".pay-range")
    if not ranges:
        return None
    zones = [
        (node_text(zone.css_first(".title")) or "", figure)
        for zone in page.css(".pay-input")
        if (figure := node_text(zone.css_first(".pay-range")))
    ]
    if len(zones) > 1:
        return paytext.choose_zone(zones, location_text)
    label_node = page.node(".pay-input .title, .pay-range-container .body--metadata")
    label = node_text(label_node)
    figure = node_text(ranges[0])
    return f"{label}: {figure}" if label and figure else figure
