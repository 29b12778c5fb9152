"""Teamtailor career sites (``<company>.teamtailor.com/jobs/<id>-<slug>``, also on custom domains, known by
their ``teamtailor-cdn.com`` assets or the ``generator`` meta): JSON-LD for the posting, and a header block
with the department, the locations and the remote status ("Hybrid remote", "Fully remote", or the site
language's words), plus a ``<dl>`` of job attributes labelled in the site's language.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from hirehound.ingest.extract.dom import Fields, inner_html, node_text
from hirehound.ingest.extract.page import Page

_LABELS = {
    "location_text": re.compile(
        r"^(?:locations?|lokasjon(?:er)?|lokation(?:er)?|plats(?:er)?|ort|standorte?|locaties?|locatie|"
        r"sijainti|lieu|ubicaci[oó]n|sede)$",
        re.IGNORECASE,
    ),
    "remote_text": re.compile(
        r"^(?:remote(?: status)?|fjernarbeid|distansarbete|fjernarbejde|hjemmekontor|etätyö|"
        r"t[ée]l[ée]travail|thuiswerken|homeoffice|remote-status)$",
        re.IGNORECASE,
    ),
    "employment_type_text": re.compile(
        r"^(?:employment(?: type)?|ansettelsesform|anst[äa]llningsform|ans[æa]ttelsesform|dienstverband|"
        r"anstellungsart|type de contrat|tipo de contrato|ty[öo]suhde)$",
        re.IGNORECASE,
    ),
}


_JOB_PATH = re.compile(r"/jobs/\d+")


def detect(page: Page) -> bool:
    """A Teamtailor job page. The site-wide signs (the host, the CDN's assets, the ``generator`` meta) are
    on every page of a Teamtailor career site, its jobs index, departments and confirmations too, and a
    claimed page skips the classifier's non-job checks: so only a job's path (``/jobs/<id>-<slug>``,
    its ``/applications/new`` tab) is claimed."""
    signed = (
        page.host_is("teamtailor.com")
        or any("teamtailor" in s.body[:2000] for s in page.scripts[:3])
        or "teamtailor-cdn.com" in page.html_lower
        or (page.meta("generator") or "").casefold() == "teamtailor"
    )
    return signed and _JOB_PATH.search(urlsplit(page.url).path) is not None


def extract(page: Page) -> Fields:
    facts = _facts(page)
    return {
        "title": page.first(".block-job-header h1", "h1"),
        "location_text": page.first(".block-job-header .location", ".job-meta .location")
        or facts.get("location_text"),
        "remote_text": page.first(".block-job-header .remote-status", ".job-meta .remote-status")
        or facts.get("remote_text"),
        "employment_type_text": facts.get("employment_type_text"),
        "description_html": inner_html(page.node(".block-job-body, [data-job-body]")),
    }


def _facts(page: Page) -> Fields:
    """The job attributes ``<dl>``: each ``<dt>`` label with the ``<dd>`` after it."""
    found: Fields = {}
    for term in page.css("dl dt"):
        label, value = node_text(term), term.next
        while value is not None and value.tag != "dd":
            value = value.next
        if not label or value is None:
            continue
        for name, pattern in _LABELS.items():
            if name not in found and pattern.match(label.rstrip(": ")):
                found[name] = node_text(value)
    return found
