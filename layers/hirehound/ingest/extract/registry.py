"""The one ordered table of sources: which extractor runs on which page, and which one wins.

A source is a detector (cheap: the host or one selector) ahead of an extractor (a pure ``Page`` ->
``Fields`` function). Sources run in table order; for every field the first source that found a value wins,
so the order is the precedence: schema.org data first (the site's own statement), then the ATS layout or
board convention the page shows, then embedded application state, labelled values and finally the generic
page conventions. The description is the exception: the richest one wins, and the page's main text
competes only with descriptions read from data (JSON-LD, app state), never with an ATS's own markup
(:func:`hirehound.ingest.extract.choose_description`). ``method`` is the first source that gave a title.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hirehound.ingest.extract import (
    ashby,
    breezy,
    embedded,
    generic,
    greenhouse,
    iconfacts,
    indeed,
    jobvite,
    jsonld,
    labelled,
    lever,
    linkedin,
    microdata,
    personio,
    seek,
    smartrecruiters,
    teamtailor,
    workable,
    workday,
)
from hirehound.ingest.extract.dom import Fields
from hirehound.ingest.extract.page import Page
from hirehound.ingest.models import ExtractionMethod as M


@dataclass(frozen=True)
class Source:
    method: M
    detect: Callable[[Page], bool]
    extract: Callable[[Page], Fields]
    structured: bool = True  # its title is the page's own statement (not a heuristic guess)
    visible: bool = True  # its description is read from the page's visible markup (not from data)


SOURCES: tuple[Source, ...] = (
    Source(M.JSON_LD, jsonld.detect, jsonld.extract, visible=False),
    Source(M.MICRODATA, microdata.detect, microdata.extract),
    Source(M.GREENHOUSE, greenhouse.detect, greenhouse.extract),
    Source(M.LEVER, lever.detect, lever.extract),
    Source(M.ASHBY, ashby.detect, ashby.extract, visible=False),
    Source(M.WORKABLE, workable.detect, workable.extract),
    Source(M.WORKDAY, workday.detect, workday.extract),
    Source(M.TEAMTAILOR, teamtailor.detect, teamtailor.extract),
    Source(M.PERSONIO, personio.detect, personio.extract),
    Source(M.SMARTRECRUITERS, smartrecruiters.detect, smartrecruiters.extract),
    Source(M.BREEZY, breezy.detect, breezy.extract),
    Source(M.JOBVITE, jobvite.detect, jobvite.extract),
    Source(M.LINKEDIN, linkedin.detect, linkedin.extract),
    Source(M.INDEED, indeed.detect, indeed.extract),
    Source(M.SEEK, seek.detect, seek.extract),
    Source(M.EMBEDDED_JSON, embedded.detect, embedded.extract, visible=False),
    Source(M.GENERIC, generic.detect, generic.extract_confirmed_title, structured=False),
    Source(M.LABELLED, labelled.detect, labelled.extract, structured=False),
    Source(M.LABELLED, iconfacts.detect, iconfacts.extract, structured=False),
    Source(M.GENERIC, generic.detect, generic.extract, structured=False),
)
