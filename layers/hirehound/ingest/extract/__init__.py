"""Find the posting on a job page.

``extract_posting`` parses the page once (:class:`~hirehound.ingest.extract.page.Page`), rejects what is
not a posting (:mod:`~hirehound.ingest.extract.classify`), runs the sources of
:data:`~hirehound.ingest.extract.registry.SOURCES` in order (the first value found for a field wins; the
richest description wins), cleans the title and employer (:mod:`~hirehound.ingest.extract.tidy`) and
returns a :class:`RawPosting`. Values stay page text; normalization interprets them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from hirehound.errors import BadInputError
from hirehound.ingest.extract import (
    classify,
    employers,
    generic,
    jobfacts,
    jsonld,
    operator,
    paytext,
    places,
    placewords,
    tidy,
)
from hirehound.ingest.extract.classify import NotAJobPageError
from hirehound.ingest.extract.dom import FIELD_NAMES, Fields, html_text_length
from hirehound.ingest.extract.page import Page
from hirehound.ingest.extract.registry import SOURCES, Source
from hirehound.ingest.models import ExtractionMethod, RawPosting, RemoteMode
from hirehound.ingest.normalize.remote import parse_remote
from hirehound.ingest.page_signals import page_signals

__all__ = ["NotAJobPageError", "choose_description", "extract_posting"]

_GREENHOUSE_ID = re.compile(r"/jobs/(\d+)")
_LEVER_ID = re.compile(r"/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", re.IGNORECASE)
_WORKDAY_ID = re.compile(r"_([A-Za-z]{0,6}[-_]?\d[\w-]*)$")
_WORKDAY_HOSTS = ("myworkdayjobs.com", "myworkdaysite.com")
_GENERIC_FIELDS = ("title", "company_name", "location_text")
# The visible block replaces a structured description only when it is clearly richer and the same text:
# 30% longer, holding at least 60% of the structured description's words.
_RICHER = 1.3
_SAME_TEXT = 0.6
_WORD = re.compile(r"\w+")
_TEASER = re.compile(r"(?:\.\.\.|\u2026)\s*(?:</\w+>\s*)*$")  # a description cut off with an ellipsis
# A structured description this long (characters of text) is the whole posting: the page is not searched
# for a richer block (the block scorer is the slowest part of extraction).
_FULL_DESCRIPTION = 2500


def extract_posting(html: str, url: str, fetched_at: datetime | None = None) -> RawPosting:
    """Extract a :class:`RawPosting` from a decoded job page fetched from ``url`` (at ``fetched_at``, when
    the scraper says: a JobPosting whose ``validThrough`` had passed by then is expired).

    Raises:
        NotAJobPageError: the page is a listing, an expired posting, a confirmation, a bot check or not a job.
        BadInputError: the URL has no host, the page is empty or has no job title anywhere.
    """
    source = _source(url)
    if not html.strip():
        raise BadInputError("empty page")
    page = Page.read(html, url, source)
    # A logo, a company profile, application questions: read before the noise (headers, asides, forms) goes.
    signals = page_signals(page.tree, next(iter(jsonld.postings(page)), None), html_lower=page.html_lower)
    crumbs = places.breadcrumb(page)  # the navigation goes with the noise
    board = tidy.is_board(page)
    page.strip_noise()
    if page.tree.body is None or not (page.body_text or page.scripts):
        classify.bot_check(page)  # an interstitial's challenge iframe is all its body holds
        raise BadInputError("empty page: no body content")
    classify.reject_before_extraction(page, fetched_at)

    found = _run_sources(page)
    fields = found.fields
    if not fields.get("location_text"):
        fields["location_text"] = (
            places.extract(page)["location_text"]
            or crumbs
            or generic.title_place(page)
            or generic.tag_place(page)
        )
    if stated := fields.get("location_text"):  # "Bristol studio / home": the town
        fields["location_text"] = placewords.site_town(stated) or stated
    # a board's own name ("Recruit Co., Ltd.") yields to an employer the page also names
    fields["company_name"] = operator.prefer_employer(fields.get("company_name"), found.companies, page)
    if fields["company_name"] and not found.company_stated:  # "Northpoint" in the title, the legal name
        fields["company_name"] = employers.fuller(fields["company_name"], page)  # in the footer
    if not fields.get("remote_text"):  # structured data rarely states the work mode the page shows
        fields["remote_text"] = generic.work_mode(page)
    search_visible = not found.visible_description and found.longest_description() < _FULL_DESCRIPTION
    visible = generic.description(page) if search_visible else None
    fields["description_html"] = choose_description(found.descriptions, visible)
    if not fields.get("location_text") and not board and not _fully_remote(fields):
        fields["location_text"] = places.footer_place(page)  # a remote job is not at the employer's address
    title = tidy.clean_title(
        fields.get("title"), page, fields.get("company_name"), fields.get("location_text")
    )
    fields["title"] = title

    classify.reject_after_extraction(
        page, structured=found.structured, title=title, has_description=bool(fields["description_html"])
    )
    method = found.method
    if method is None or not title:
        raise BadInputError("no job title found on page")
    if not fields.get("salary_text") and fields.get("description_html"):
        fields["salary_text"] = paytext.pay_text(fields["description_html"] or "")
    if not fields.get("salary_text") and visible and visible != fields["description_html"]:
        # a structured teaser won the description; the page's main block states the pay
        fields["salary_text"] = paytext.pay_text(visible)
    if not fields.get("employment_type_text"):
        fields["employment_type_text"] = jobfacts.employment(page, fields.get("description_html"))
    url_id = _id_from_url(url, source)
    if url_id:
        fields["external_id"] = url_id
    values = {name: fields.get(name) for name in FIELD_NAMES}
    return RawPosting(
        url=url, source=source, method=method, signals=signals, language=places.language(page), **values
    )


@dataclass
class _Found:
    fields: Fields = field(default_factory=dict)
    descriptions: list[str] = field(default_factory=list)
    method: ExtractionMethod | None = None
    structured: bool = False  # the title came from a source that states it (not a heuristic)
    visible_description: bool = False  # a description was read from the page's visible markup
    companies: list[str] = field(default_factory=list)  # every source's employer, in table order
    company_stated: bool = False  # the employer came from a source that states it (JSON-LD, an ATS's field)

    def longest_description(self) -> int:
        return max((html_text_length(found) for found in self.descriptions), default=0)

    def add(self, src: Source, found: Fields, page: Page) -> None:
        if self.method is None and found.get("title"):
            self.method, self.structured = src.method, src.structured
        description = found.pop("description_html", None)
        if description:
            self.descriptions.append(description)
            self.visible_description = self.visible_description or src.visible
        for key, value in found.items():
            checked = value
            if key == "company_name":
                checked = tidy.clean_company(value, page, self.fields.get("title") or found.get("title"))
                if checked:
                    self.companies.append(checked)
            if checked and not self.fields.get(key):
                self.fields[key] = checked
                if key == "company_name":
                    self.company_stated = src.structured


def _run_sources(page: Page) -> _Found:
    """Every source that detects the page, in table order; the generic ones only while fields are missing."""
    found = _Found()
    for src in SOURCES:
        if src.method is ExtractionMethod.GENERIC and _generic_not_needed(src, found.fields):
            continue
        if not src.detect(page):
            continue
        values = src.extract(page)
        if not tidy.plausible_title(values.get("title")):
            values["title"] = None
        found.add(src, values, page)
    return found


def _generic_not_needed(src: Source, fields: Fields) -> bool:
    if not fields.get("title"):
        return False
    return src.extract is generic.extract_confirmed_title or all(fields.get(name) for name in _GENERIC_FIELDS)


def choose_description(structured: list[str], visible: str | None) -> str | None:
    """The richest structured description, unless the page's visible main text is the same text, richer."""
    best = max(structured, key=html_text_length, default=None)
    if visible is None:
        return best
    if best is None:
        return visible
    best_length, visible_length = html_text_length(best), html_text_length(visible)
    if visible_length < _RICHER * best_length:
        return best
    if _TEASER.search(best):  # "X sucht einen Controller (m/w/d) ...": an excerpt of the visible text
        return visible
    words = set(_WORD.findall(best.casefold()))
    shared = words & set(_WORD.findall(visible.casefold()))
    return visible if words and len(shared) >= _SAME_TEXT * len(words) else best


def _fully_remote(fields: Fields) -> bool:
    """Whether the work mode the fields state is fully remote (read as normalization will read it)."""
    mode = parse_remote(fields.get("remote_text"), description=fields.get("description_html")).value
    return mode is RemoteMode.REMOTE


def _source(url: str) -> str:
    """The page's host, lowercased, without ``www.``."""
    host = urlsplit(url.strip()).hostname
    if not host:
        raise BadInputError(f"url has no host: {url!r}")
    return host.removeprefix("www.")


def _id_from_url(url: str, host: str) -> str | None:
    """The ATS's own job id from the URL: Greenhouse numeric id, Lever UUID, Workday requisition id."""
    parts = urlsplit(url)
    gh_jid = parse_qs(parts.query).get("gh_jid")  # Greenhouse, also when embedded on a company site
    if gh_jid and gh_jid[0].isdigit():
        return gh_jid[0]
    if host.endswith("greenhouse.io"):
        match = _GREENHOUSE_ID.search(parts.path)
        return match.group(1) if match else None
    if host.endswith(("lever.co", "ashbyhq.com")):
        match = _LEVER_ID.search(parts.path)
        return match.group(1).lower() if match else None
    if host.endswith(_WORKDAY_HOSTS):
        match = _WORKDAY_ID.search(parts.path.rstrip("/"))
        return match.group(1) if match else None
    return None
