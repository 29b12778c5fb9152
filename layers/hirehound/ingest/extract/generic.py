"""The last resort for any page: title, employer, location and description from page conventions.

Title: an ``h1`` (or a title-classed heading) that the page's ``og:title``/``<title>`` confirms, else a
title-classed element, else the ``og:title``/``<title>`` with the site's and employer's names removed
(:mod:`~hirehound.ingest.extract.tidy`). Employer, in order of trust: an element whose class, ``data-*``
attribute or link says company/employer/advertiser; the part of the page title that is neither the job
title, the site nor the place; then the site's own names, not on a job board (:mod:`.employers`: the
``og:site_name``, the home link's logo, the title beside the job title, the copyright line ...). Values
that are UI text ("careers home", "Job Details") are never taken.
"""

from __future__ import annotations

import itertools
import re

from selectolax.lexbor import LexborNode

from hirehound.caseless import Caseless
from hirehound.ingest.extract import appstate, employers, labelled, maintext, placewords, tidy
from hirehound.ingest.extract.dom import Fields, attr, inner_html, node_text, text
from hirehound.ingest.extract.page import Page, split_selectors

# Attribute values match case-sensitively, so the usual spellings are listed (absent ones cost nothing: see
# Page.present).
_TITLE_SELECTORS = (
    "[data-automation*=job-title], [data-automation*=opportunity-title], [data-testid*=job-title],"
    " [data-testid*=jobTitle], [data-at*=job-title], [data-qa*=job-title], [data-test*=job-title],"
    " [itemprop=title], [class*=job-title], [class*=jobtitle], [class*=jobTitle], [class*=JobTitle],"
    " [class*=job_title], [class*=posting-title], [class*=position-title], [class*=opportunity-title],"
    " [class*=postingtitle], [class*=listing-title], [class*=oferta-titulo], [class*=jobad-title],"
    " [id*=job-title], [id*=jobTitle], [id*=JobTitle], [id*=titletext],"
    " .iCIMS_Header_Title .iCIMS_Header"  # iCIMS's old header table
)
_TITLED_HEADING = "h1, h2[class*=title], h2[class*=Title]"
_LOWER_HEADINGS = "h2, h3, h4"
_COMPANY_SELECTORS = (
    "[data-automation=advertiser-name], [data-automation*=company-name], [data-company-name],"
    " [data-at*=company-name], [data-qa*=company-name], [data-test*=company-name], [data-testid*=company],"
    " [class*=CompanyName], [id*=companyName], [id*=CompanyName],"
    " [data-testid*=companyName], [data-testid*=company-name], [itemprop=hiringOrganization] [itemprop=name],"
    " [class*=company-name], [class*=companyName], [class*=company_name], [class*=employer-name],"
    " [class*=employer], [class*=hiring-company], [class*=oferta-empresa], [class*=jobad-company],"
    " [class*=listing-company], [class=company], [class*=posted-by] a, a[href*='/company/'],"
    " a[href*='/companies/'], a[href*='/firmen/'], a[href*='/empresas/'], a[href*='/cmp/'],"
    " a[href*='/virksomhed/'], a[href*='/recruiter/'], a[href*='/employer/'], [data-cy*=company-name],"
    " [data-test*=employerName], [data-test*=employer-name], [data-test*=companyName], [id*=employer],"
    " [id*=Employer], [id*=NomEmpresa], [id*=companyname], h2[class*=company], h3[class*=company],"
    " [class*=company-link], [class*=companyLink], [class*=clientName], [class*=client-name],"
    " [class*=hiring-agency], [class*=agency-name], [class$=__agency]"  # a public-sector board's agency
)
_LOCATION_SELECTORS = (
    "[data-automation*=location], [data-testid*=location], [data-at*=location], [data-qa*=location],"
    " [data-test*=location], [data-ui=job-location], .job-location, [class*=job-location],"
    " [class*=joblocation], [class*=jobLocation],"
    " [class*=JobLocation], [id*=jobLocation], .location, [class*=location], [class*=Location], .mapaddress"
)
# A container of other jobs (related, similar, more, "otras ofertas", "weitere Stellen", a listing's cards)
_OTHER_JOBS = re.compile(
    r"related|similar|other|more[-_]?jobs|recommend|otras|weitere|altre|autres|andere|job_listings\b"
    r"|job-list\b|jobs-list\b|job-cards?\b|vacancy-list\b",
    re.IGNORECASE,
)
_OTHER_JOB_DEPTH = 8
_EMPLOYMENT_SELECTORS = (
    "[data-automation*=work-type], [data-at*=contract-type], [data-at*=work-type], [data-qa*=job-type],"
    " [data-testid*=job-type], [data-testid*=jobType], [class*=employment-type], [class*=employmentType],"
    " [class*=job-type], [class*=jobType], [class*=contract-type], [class*=contractType],"
    " [data-qa*=employment-mode]"
)
_SALARY_SELECTORS = (
    "[data-automation*=salary], [data-at*=salary], [data-qa*=salary], [data-testid*=salary],"
    " [data-test*=salary], [data-test*=earning], [class*=salary],"
    " [class*=Salary], [id*=salary], [class*=compensation], [class*=pay-range]"
)
_MAX_FACT = 120
# A board's estimate, not the employer's pay: "(Glassdoor est.)", "Gehaltsschätzung", "XING Gehaltsprognose".
_ESTIMATE = re.compile(
    r"estimat|average|benchmark|insight|compar|typical|guide|\best\.|sch[äa]tzung|prognose|forecast",
    re.IGNORECASE,
)
_LOGOS = (
    "header img, [class*=logo] img, img[class*=logo], img[src*=logo], img[src*=Logo], img[alt*=Logo],"
    " img[alt*=logo], [id*=header] img, [id*=Header] img, a img"
)
# A short line of facts under the title: "Customer Experience · Austin, TX · Full-time".
_META_SEPARATOR = re.compile(r"\s+[\u00b7\u2022|\u2014]\s+|\s+/\s+")
_META_SELECTORS = (
    "[class*=meta], [class*=details-line], [class*=subtitle], [class*=job-info] p, [class*=facts]"
)
EMPLOYMENT_WORDS = re.compile(
    r"\b(?:full[- ]?time|part[- ]?time|contract(?:or)?|temporary|temp|intern(?:ship)?|permanent|freelance|"
    r"vollzeit|teilzeit|werkstudent\w*|praktikum|befristet|unbefristet|festanstellung|"
    r"temps (?:plein|partiel)|cdi|cdd|"
    r"jornada completa|media jornada|indefinido|tiempo (?:completo|parcial)|medio tiempo|"
    r"fuldtid|deltid|heltid|fastansættelse|tempo (?:pieno|parziale)|(?:pełny|niepełny) etat"
    r"|est[áa]gio|tirocinio|pr[áa]cticas|whole[- ]time|tempo (?:integral|inteiro)|voltijd|deeltijd"
    r"|tijdelijk\w*|temporaire)\b"
    r"|正社員|契約社員|アルバイト|全职|兼职",
    re.IGNORECASE,
)
_REMOTE_WORDS = Caseless(
    r"\b(?:remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|home[- ]?office|télétravail|remoto|presencial"
    r"|h[íi]brido|hybride|praca (?:zdalna|hybrydowa|stacjonarna)|teletrabajo|fjernarbejde|vor ort|ibrido"
    r"|thuiswerken|lavoro agile|smart working|op locatie|sur site|p[åa] plats)\b|リモート|远程",
)
# An element whose test hook or class names the work mode.
_MODE_MARKED = (
    "[data-qa*=remote], [data-at*=remote], [data-testid*=remote], [data-automation-id*=remote],"
    " [class*=remote-working], [class*=workplace-type], [class*=work-mode], [class*=workmode],"
    " [class*=work_mode], [class*=workMode]"
)
_MAX_MODE = 60
# A work mode with where it may be done: "Remote (UK)", "Hybrid (Leeds)", "Remote - Germany"
_MODE_PLACE = re.compile(
    r"^(?:fully\s+)?(?:remote|hybrid|on[- ]?site)\s*"
    r"(?:\(\s*[^\W\d_][\w .'-]*\)|[-\u2013\u2014:]\s*[^\W\d_][\w .'-]*)$",
    re.IGNORECASE,
)
_CITY_REGION = re.compile(
    r"^[A-Z][\w .'-]+,\s*[A-Z]{2,3}(?:\s+\d{4,5})?$|^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)* [A-Z]{2,3}$"
    r"|^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)* - [A-Z]{2}$"  # Brazil's "Belo Horizonte - MG"
)
# "Getafe, Madrid (España)", "Boise, Idaho", "Capital Federal, Buenos Aires": capitalized names, comma-joined.
_PLACE_NAMES = re.compile(
    r"^(?:[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*){0,3})(?:, ?[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*){0,3}){1,2}"
    r"(?: ?\([^\W\d_][\w .'-]*\))?$"
)
# A name with its province in brackets: "Getafe (Madrid)", "Valencia (Valencia/València)".
_QUALIFIED_NAME = re.compile(r"^[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*){0,3} ?\([^\W\d_][\w .'/-]*\)$")
# Pay in a line of facts: a currency beside a figure ("2.100 € - 2.500 € brutos/mes", "£28,000 - £31,500").
_MONEY = re.compile(
    r"[€$£¥₹₱]|\b(?:EUR|USD|GBP|CHF|JPY|AUD|CAD|NZD|SEK|NOK|DKK|PLN|AED|INR|MYR|KES|PHP)\b|円"
    r"|\b(?:RM|KShs?|Kshs?)\.?\s?\d"  # the ringgit and the Kenyan shilling before the figure
)
_MAX_MONEY_FACT = 60
_EMPLOYMENT_FACT_WORDS = 6  # "Permanent, Full Time"; not "Own the design of our contract review workspace"
_MONEY_FACT_WORDS = 6
_WORD = re.compile(r"[^\W\d_]{2,}")
# A lone capitalized name ("Hamburg", "Vejle"): a place only beside recognized facts in a "a · b · c" line.
_BARE_NAME = re.compile(r"^[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*)?$")
_DATE_WORDS = re.compile(
    r"\b(?:posted|published|ago|today|yesterday|publicad[oa]|hace|veröffentlicht|vor \d|publié|il y a"
    r"|pubblicat[oa]|indrykket|\d+ ?(?:days?|d|h|tagen?|jours?|días?)"
    r"|starts?|starting|start date)\b|:",  # "Starts January": when, not where
    re.IGNORECASE,
)
_HEADER_FACTS = 8
_MAX_MODE_FACT = 40
_MAX_TAG, _MIN_TAGS = 40, 2
_BRACKETED = re.compile(r"\s*\([^()]{0,60}\)")
# Facts that are capitalized names and no place: the US pay classes ("Non-exempt", FLSA), union status
_NOT_PLACE = re.compile(r"^(?:non[- ]?exempt|exempt|hourly|salaried|non[- ]?union|union)$", re.IGNORECASE)
# The parts of a <title>: "Retail Assistant - Toowoomba | Pantry & Pine"
_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014\u00b7]\s+|\s*\|\s*")
_EYEBROW_LINES = 2
_MAX_META_LINE = 140
_PARTICLES = frozenset(
    {"de", "del", "la", "le", "los", "las", "am", "an", "der", "di", "da", "do", "sur", "upon"}
)
_MAX_COMPANY = 80
_HEADER_LINES = 3
_LEGAL_FORM = employers.LEGAL_FORM
_MAX_LOCATION = 100


def detect(page: Page) -> bool:
    return True


def extract(page: Page) -> Fields:
    fields: Fields = {
        "title": title(page),
        "company_name": company(page),
        **meta_line(page),
    }
    fields["location_text"] = fields.get("location_text") or _short(job_location(page), _MAX_LOCATION)
    fields["employment_type_text"] = fields.get("employment_type_text") or _short(
        page.first(*split_selectors(_EMPLOYMENT_SELECTORS)), _MAX_FACT
    )
    fields["salary_text"] = _short(_money_text(page), _MAX_FACT) or fields.get("salary_text")
    return fields


def job_location(page: Page) -> str | None:
    """The first location-classed element's text that is not another job's: one inside a related-jobs
    list ("Otras ofertas": ``<li><a href=…><h3>Mozo/a</h3><div class="location">Huesca</div></a></li>``)
    names that job's place."""
    for selector in split_selectors(_LOCATION_SELECTORS):
        for node in page.css(selector):
            found = node_text(node)
            if found and not _in_other_job(node):
                return found
    return None


def _in_other_job(node: LexborNode) -> bool:
    """``node`` sits in a link (a job card) or in a container named for other jobs."""
    scope: LexborNode | None = node
    for _ in range(_OTHER_JOB_DEPTH):
        if scope is None:
            return False
        if scope.tag == "a" and scope.attributes.get("href"):
            return True
        named = f"{scope.attributes.get('class') or ''} {scope.attributes.get('id') or ''}"
        if _OTHER_JOBS.search(named):
            return True
        scope = scope.parent
    return False


def _money_text(page: Page) -> str | None:
    """A salary-classed element's text, when it states digits (a "Salary" section heading does not)."""
    for node in page.css(_SALARY_SELECTORS):
        if _ESTIMATE.search(f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"):
            continue  # a board's salary estimate or comparison widget, not the employer's statement
        found = node_text(node)
        if not found or len(found) > _MAX_FACT or _ESTIMATE.search(found):  # "(XING Gehaltsprognose)"
            continue
        if any(char.isdigit() for char in found):
            return found
    return None


def extract_confirmed_title(page: Page) -> Fields:
    """Only a heading that the page's ``og:title`` or ``<title>`` repeats: stronger than a labelled
    "Job title" cell (a classified ad's headline over its "job title: Line Cook" attribute)."""
    return {"title": _confirmed(page, _candidates(page)[0])}


def meta_line(page: Page) -> Fields:
    """Location, employment type and work mode from a short "a · b · c" line of facts (a classed line, or
    a line under the title), else from the short lines of facts under the title (one per ``li``)."""
    return dict(page.cached("meta_line", _meta_line))


def _meta_line(page: Page) -> Fields:
    lines = [found for found in (node_text(node) for node in page.css(_META_SELECTORS)) if found]
    under_title = lines_under_title(page)
    above_title = lines_above_title(page)  # an eyebrow or kicker: "Customer Success · Toronto, ON"
    found: Fields = {}
    for line in (*lines, *under_title, *above_title):
        found = _line_facts(line)
        if found:
            break
    if "location_text" not in found:  # "Full-time · Hybrid" under the title, the place in the eyebrow
        eyebrow = next((facts for line in above_title if "location_text" in (facts := _line_facts(line))), {})
        found = {**eyebrow, **found}
    kicker = next(filter(None, map(placewords.site_line, above_title)), None)  # "Geelong workshop"
    # a row of tags over the title ("Engineering", "Austin, TX", "Full-time"): its employment type
    tags = {k: v for k, v in _facts(above_title, bare_place=False).items() if k == "employment_type_text"}
    return {
        **({"location_text": kicker} if kicker else {}),
        **tags,
        **_facts(under_title, bare_place=False),
        **found,
    }


def _line_facts(line: str) -> Fields:
    """The facts of one "a · b · c" line (none for a longer line or a single part)."""
    if len(line) > _MAX_META_LINE:
        return {}
    parts = [part.strip() for part in _META_SEPARATOR.split(line) if part.strip()]
    return _facts(parts, bare_place=True) if len(parts) >= 2 else {}


def _capitalized(part: str) -> bool:
    words = [word for word in re.split(r"[\s,()]+", part) if word and word.casefold() not in _PARTICLES]
    return bool(words) and all(word[0].isupper() for word in words)


def _lowercase_words(part: str) -> int:
    return sum(1 for word in part.split() if word[0].islower() and word.casefold() not in _PARTICLES)


def _place_like(part: str) -> bool:
    """A "City, ST" line, or capitalized names comma-joined (a province may be lowercase: "Warszawa,
    mazowieckie"; a figure is no place's: "Inquadramento CCNL Cooperative Sociali, livello C2")."""
    head, *rest = part.split(",")
    named = not any(char.isdigit() for char in part) and (
        _PLACE_NAMES.match(part) or _QUALIFIED_NAME.match(part)
    )
    # a lowercase province is one word, "CO or Phoenix" one lowercase word; "Laminate, shape and bake
    # croissant, danish …" is a task
    provinces = all(_lowercase_words(name) <= 1 for name in rest)
    return bool(_CITY_REGION.match(part) or (named and provinces and _capitalized(head.split("(", 1)[0])))


def work_mode(page: Page) -> str | None:
    """The work mode the page shows in an element named for it (Reed's ``data-qa="remoteWorkingLbl"``:
    "Work from office"), under its title or beside a label ("Hybride", "Presencial", "Télétravail: Non"),
    for pages whose structured data gave everything else."""
    marked = page.first(_MODE_MARKED)
    if marked and len(marked) <= _MAX_MODE:
        return marked
    if not _REMOTE_WORDS.search(page.body_text):
        return None
    found = meta_line(page).get("remote_text")
    if found:
        return found
    return labelled.extract_remote(page)


def lines_under_title(page: Page) -> list[str]:
    """The short lines right under the page's ``h1`` (its facts, when it shows them there)."""
    heading = page.first("h1")
    lines = page.lines
    if not heading or heading not in lines:
        return []
    at = lines.index(heading)
    while at + 1 < len(lines) and lines[at + 1] == heading:  # a breadcrumb's last crumb, then the h1
        at += 1
    return [line for line in lines[at + 1 : at + 1 + _HEADER_FACTS] if len(line) <= _MAX_FACT]


def tag_place(page: Page) -> str | None:
    """The place in a row of tags under the title, one tag a line, read like an "a · b · c" line: the one
    bare name beside facts ("Eindhoven", "Fulltime (40 uur)", "Hybride" on a Webflow page). The last
    resort for a page that names its place nowhere else."""
    tags = list(itertools.takewhile(lambda line: len(line) <= _MAX_TAG, lines_under_title(page)))
    return _facts(tags, bare_place=True).get("location_text") if len(tags) >= _MIN_TAGS else None


def lines_above_title(page: Page) -> list[str]:
    """The short lines right over the page's ``h1``, nearest first (a HubSpot or Webflow eyebrow)."""
    heading = page.first("h1")
    lines = page.lines
    if not heading or heading not in lines:
        return []
    at = lines.index(heading)
    return [line for line in reversed(lines[max(at - _EYEBROW_LINES, 0) : at]) if len(line) <= _MAX_FACT]


def _facts(parts: list[str], *, bare_place: bool) -> Fields:
    found: Fields = {}
    unread = []
    for at, part in enumerate(parts):
        if _money_fact(part):
            # "Gehaltsschätzung" over the figures, "(XING Gehaltsprognose)" after them: the board's guess
            if not _ESTIMATE.search(" ".join(parts[max(at - 1, 0) : at + 2])):
                found.setdefault("salary_text", part)
        elif EMPLOYMENT_WORDS.search(part) and len(_WORD.findall(part)) <= _EMPLOYMENT_FACT_WORDS:
            found["employment_type_text"] = ", ".join(filter(None, [found.get("employment_type_text"), part]))
            if _REMOTE_WORDS.search(part):  # "Vollzeit, Homeoffice möglich": one fact for both
                found.setdefault("remote_text", part)
        elif _REMOTE_WORDS.search(part) and len(_BRACKETED.sub("", part)) <= _MAX_MODE_FACT:
            # "Modelo híbrido (2x na semana no escritório)": the days in brackets do not make it prose
            found.setdefault("remote_text", part)
            if "location_text" not in found and ("," in part or _MODE_PLACE.match(part)):
                found["location_text"] = part  # "Nashville, TN, USA (On-site)", "Remote (UK)"
        elif _DATE_WORDS.search(part) or _LEGAL_FORM.search(part) or _NOT_PLACE.match(part):
            continue
        elif "location_text" not in found and _place_like(part):
            found["location_text"] = part
        elif _BARE_NAME.match(part) and _capitalized(part):
            unread.append(part)
    if bare_place and "location_text" not in found and found and len(unread) == 1:
        found["location_text"] = unread[0]
    return found


def _money_fact(part: str) -> bool:
    """A pay figure as a fact ("2.100 € - 2.500 € brutos/mes"), not a sentence that names money."""
    if len(part) > _MAX_MONEY_FACT or part.rstrip().endswith((".", "!", "?")) or not _MONEY.search(part):
        return False
    if _ESTIMATE.search(part):  # "Typical pay $15 - $19": a board's estimate
        return False
    return any(char.isdigit() for char in part) and len(_WORD.findall(part)) <= _MONEY_FACT_WORDS


def description(page: Page) -> str | None:
    if appstate.json_document(page) is not None:  # the visible text is the JSON itself
        return None
    return inner_html(maintext.main_block(page))


def _logo_names(page: Page) -> set[str]:
    return {alt.casefold() for alt in (attr(image, "alt") for image in page.css(_LOGOS)) if alt}


def _candidates(page: Page) -> tuple[list[str], list[str]]:
    """(plausible candidates, title-classed texts), without headings that name the employer or the site."""
    names = _logo_names(page) | {page.site_name.casefold()} if page.site_name else _logo_names(page)
    headings = [found for found in (node_text(n) for n in page.css(_TITLED_HEADING)) if found]
    classed = [found for found in (node_text(n) for n in page.css(_TITLE_SELECTORS)) if found]
    candidates = [t for t in (*classed, *headings) if tidy.plausible_title(t) and t.casefold() not in names]
    return candidates, classed


def _confirmed(page: Page, candidates: list[str]) -> str | None:
    confirmations = [t.casefold() for t in (page.og_title, page.title_tag) if t]
    for candidate in candidates:
        if any(candidate.casefold() in confirmation for confirmation in confirmations):
            return candidate
    return None


def title(page: Page) -> str | None:
    candidates, classed = _candidates(page)
    confirmed = _confirmed(page, candidates)
    if confirmed:
        return confirmed
    if classed and classed[0] in candidates:
        return classed[0]
    names = tidy.known_names(page)
    og_title = tidy.strip_affixes(page.og_title, names) if page.og_title else None
    if og_title and tidy.plausible_title(og_title) and not tidy.names_only(og_title, names):
        return next((h for h in candidates if h.casefold() in og_title.casefold()), og_title)
    if candidates:
        return candidates[0]
    title_tag = tidy.strip_affixes(page.title_tag, names) if page.title_tag else None
    if title_tag and tidy.plausible_title(title_tag) and not tidy.names_only(title_tag, names):
        return title_tag
    section = any(tidy.names_only(found, names) for found in (og_title, title_tag) if found)
    return (
        (_section_heading(page, names) if section else None)
        or (og_title if og_title and tidy.plausible_title(og_title) else None)
        or (title_tag if title_tag and tidy.plausible_title(title_tag) else None)
        or _top_heading(page)
    )


def _section_heading(page: Page, names: list[str]) -> str | None:
    """The first lower heading that names a job, on a page whose ``h1`` names none and whose
    ``<title>`` is the site's careers section ("Careers | Cedar & Tide Physio" over Wix's ``h4``, "Careers"
    and a job's ``h3`` on a hand-built page)."""
    for node in page.css(_LOWER_HEADINGS):
        found = node_text(node)
        if found and tidy.plausible_title(found) and not tidy.is_known_part(found, names):
            return found
    return None


def _top_heading(page: Page) -> str | None:
    """The page's first ``h2`` when it has no ``h1`` and its ``<title>`` names only the site ("Jobs at
    Bluestem Coffee Roasters" over an ``h2`` "Production Roaster"): the heading a reader takes as the job's,
    where a posting would otherwise be rejected for having no title. A page without a ``<title>`` whose
    first ``h2`` is a section's ("Our company") has none."""
    if page.first("h1") or not (page.title_tag or page.og_title):
        return None
    heading = page.first("h2")
    names = {name.casefold() for name in tidy.known_names(page)} | _logo_names(page)
    if heading and tidy.plausible_title(heading) and heading.casefold() not in names:
        return heading
    return None


def _company_text(node: LexborNode) -> str | None:
    """The element's own text ("Wisła Finanse Sp. z o.o." before its "O firmie" link), else all of its text,
    else the alt text of the logo it wraps (a company-profile link around a logo)."""
    own = text(node.text(deep=False))
    if own and len(own) > 1:
        return own
    strong = node.css_first("strong, b")  # WP Job Manager: "<a>Website</a><strong>Name</strong>"
    return node_text(strong) or node_text(node) or attr(node.css_first("img[alt]"), "alt")


def company(page: Page) -> str | None:
    for node in page.css(_COMPANY_SELECTORS):
        found = _employer(_company_text(node), page)
        if found and len(found) <= _MAX_COMPANY:
            return found
    header = header_employer(page)
    if header:
        return header
    agency = employers.agency(page)  # "Ashdown Selection is acting as an employment agency ..."
    if agency:
        return agency
    from_title = tidy.company_from_title(page, places=_stated_places(page))
    place = title_place(page)
    if (
        from_title
        and not _CITY_REGION.match(from_title)
        and not _is_stated_place(from_title, page)
        and not (place and from_title.casefold() == place.casefold())
    ):
        return from_title
    return employers.site_employer(page)


def _employer(candidate: str | None, page: Page) -> str | None:
    found = tidy.clean_company(candidate, page)
    return None if found and tidy.is_own_board_name(found, page) else found


def _stated_places(page: Page) -> list[str]:
    places = (
        labelled.extract(page).get("location_text"),
        meta_line(page).get("location_text"),
        _short(job_location(page), _MAX_LOCATION),
    )
    return [place for place in places if place]


def _is_stated_place(name: str, page: Page) -> bool:
    """``name`` starts the location the page states ("Nantes" beside "Lieu : Nantes (44)")."""
    return any(place.casefold().startswith(name.casefold()) for place in _stated_places(page))


def title_place(page: Page) -> str | None:
    """The middle part of an employer's own ``<title>`` between the job title and the site's own name
    ("Retail Assistant - Toowoomba | Pantry & Pine", "Cozinheiro(a) - Porto | Tasca do Cais"): a name sharing
    no word with the site's names is where the job is, not the employer (on a board, "<job> - <company> |
    <board>" is the employer). Page text: normalization keeps it only if it is a place."""
    raw = page.title_tag or page.og_title
    heading = page.first("h1")
    if not raw or not heading or tidy.is_board(page):
        return None
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(raw)]
    if len(parts) != 3 or tidy.fold(heading) not in tidy.fold(parts[0]):
        return None
    names = tidy.known_names(page)
    middle = parts[1]
    if not tidy.is_known_part(parts[2], names) or tidy.is_known_part(middle, names):
        return None
    own_words = {word for name in names for word in _WORD.findall(tidy.fold(name))}
    if own_words & set(_WORD.findall(tidy.fold(middle))) or _LEGAL_FORM.search(middle):
        return None
    return middle if (_BARE_NAME.match(middle) or _place_like(middle)) and _capitalized(middle) else None


def header_employer(page: Page) -> str | None:
    """A line with a legal form ("Pampa Software S.A.", "Nordlys Logistik A/S") just under or over the
    ``h1``: boards print the employer there without a label or class that says so."""
    heading = page.first("h1")
    if not heading:
        return None
    lines = page.lines
    try:
        at = lines.index(heading)
    except ValueError:
        return None
    for line in (*lines[at + 1 : at + 1 + _HEADER_LINES], *reversed(lines[max(at - 2, 0) : at])):
        # "Reno, NV" and "Basel, AG" end like a legal form (N.V., AG): a "City, ST" line is a place.
        if len(line) <= _MAX_COMPANY and _LEGAL_FORM.search(line) and not _CITY_REGION.match(line):
            found = _employer(line, page)
            if found:
                return found
    return None


def _short(value: str | None, limit: int) -> str | None:
    return value if value and len(value) <= limit else None
