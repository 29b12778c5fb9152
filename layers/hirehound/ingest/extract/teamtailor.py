"""Teamtailor career sites (``<company>.teamtailor.com/jobs/<id>-<slug>``, also on custom domains, known by
their ``teamtailor-cdn.com`` assets or the ``generator`` meta): JSON-LD for the posting, and a header block
with the department, the locations and the remote status ("Hybrid remote", "Fully remote", or the site
language's words), plus a ``<dl>`` of job attributes labelled in the site's language. The line under the
title keeps Teamtailor's order, "department · locations · working time · remote status" (each part may be
missing): an application tab (``/applications/new``) shows only that line.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from hirehound.ingest.extract.dom import Fields, inner_html, node_text
from hirehound.ingest.extract.generic import EMPLOYMENT_WORDS
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
        r"^(?:employment(?: type| level)?|ansettelsesform|anst[äa]llningsform|ans[æa]ttelsesform|"
        r"dienstverband|"
        r"anstellungsart|type de contrat|tipo de contrato|ty[öo]suhde|"
        # the working time beside the form of employment ("Omfattning: Heltid", "Arbeitszeit: Vollzeit")
        r"omfattning|omfang|arbetstid|arbeidstid|arbejdstid|arbeitszeit|temps de travail|jornada|"
        r"werktijd|uren|työaika|extent)$",
        re.IGNORECASE,
    ),
}
# Several labels may give one field's parts (the form of employment and the working time): joined.
_JOINED = frozenset({"employment_type_text"})
# A remote status as Teamtailor words it, in the site's language ("Hybrid remote", "Fully Remote",
# "Helt på distans", "Volledig op afstand", "Täysin etänä", "Télétravail complet").
_REMOTE_STATUS = re.compile(
    r"\b(?:remote|hybrid|on-?site|distans|afstand|fjern\w*|et[äa]n[äa]|etätyö|t[ée]l[ée]travail|"
    r"remoto|h[íi]brido|presencial|vor ort|homeoffice|hjemmekontor|p[åa] plats|op locatie)\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_MAX_HEADER_PARTS = 5


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
    header = _header_line(page)
    return {
        "title": page.first(".block-job-header h1", "h1"),
        "location_text": page.first(".block-job-header .location", ".job-meta .location")
        or facts.get("location_text")
        or header.get("location_text"),
        "remote_text": page.first(".block-job-header .remote-status", ".job-meta .remote-status")
        or facts.get("remote_text")
        or header.get("remote_text"),
        "employment_type_text": facts.get("employment_type_text") or header.get("employment_type_text"),
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
            if not pattern.match(label.rstrip(": ")) or not (said := node_text(value)):
                continue
            if name not in found:
                found[name] = said
            elif name in _JOINED:
                found[name] = f"{found[name]}, {said}"
    return found


def _header_line(page: Page) -> Fields:
    """The remote status, the working time and the locations from the "department · locations · working
    time · remote status" line right under the title: a part that reads as a remote status or a working
    time is that, the locations are the last other part when two are left (a single part left, department
    or place, says nothing)."""
    heading = page.node("h1")
    line = heading.next if heading is not None else None
    while line is not None and line.tag == "-text":
        line = line.next
    parts = [part for part in _SEPARATOR.split(node_text(line) or "") if part]
    if not 2 <= len(parts) <= _MAX_HEADER_PARTS:
        return {}
    found: Fields = {}
    others = []
    for part in parts:
        if _REMOTE_STATUS.search(part):
            found.setdefault("remote_text", part)
        elif EMPLOYMENT_WORDS.search(part):
            found.setdefault("employment_type_text", part)
        else:
            others.append(part)
    if len(others) >= 2:  # "Operations · Hybrid remote" alone could be a department's status as well
        found["location_text"] = others[-1]
    return found
