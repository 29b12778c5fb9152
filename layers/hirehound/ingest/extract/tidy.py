"""Cleaning what the sources found: titles without the site's or employer's name around them, employer names
that are not the board's name, a logo's UI text or the job title.

Titles: "Job Application for <title> at <company>" (Greenhouse), "<company> hiring <title> in <place> |
LinkedIn", "<title> - <place> - Indeed.com", "<title> Job in <place> - SEEK", "<title> @ <company>" (Ashby),
"<company> - <title>" (Lever), "<title> | Jobs bei <company>", and any "<a> | <b> - <c>" whose parts are the
site's, the employer's or a board's name. Only parts that match a known name are dropped, so "Registered
Nurse - ICU" keeps its specialty.
"""

from __future__ import annotations

import re
from functools import cache

from hirehound.ingest.extract.page import Page

_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014:\u00b7@]\s+|\s*[\uff5c\u2502|]\s*|\s+::\s+")
_PATTERNS = (
    re.compile(
        r"^(?:job application for|apply for|application for|bewerbung als|candidature pour)\s+(?P<title>.+?)"
        r"\s+(?:at|bei|chez|en)\s+(?P<company>.+)$",
        re.I,
    ),
    re.compile(
        r"^(?P<company>.+?)\s+(?:is\s+)?hiring\s+(?:an?\s+)?(?P<title>.+?)(?:\s+in\s+.+?)?\s*\|\s*linkedin$",
        re.I,
    ),
    re.compile(r"^(?P<title>.+?)\s+job\s+in\s+.+?\s+-\s+seek$", re.I),
    re.compile(r"^(?P<title>.+?)\s+-\s+[^-]+?\s+-\s+indeed(?:\.\w+)+$", re.I),
    re.compile(
        r"^(?:job|stelle|oferta de trabajo|offre d'emploi)\s*:\s*(?P<title>.+?)(?:\s+(?:in|en|à)\s+[^|]+)?"
        r"(?:\s*\|.*)?$",
        re.I,
    ),
    re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[^|]+?)(?:\s*\|.*)?$", re.I),
)
_BOARD_WORDS = re.compile(
    r"^(?:.*\b(?:careers?|jobs?|job board|jobbörse|stellenangebote|karriere|carri[eè]res?|empleos?|"
    r"offres? d'emploi|vacatures|lediga jobb|jobopslag|vacancies|vagas|kariera|oferty pracy|求人\w*)\b.*|"
    # the careers section's call to join, not a name: "Rejoignez-nous", "Werken bij Vlietstra"
    r"rejoignez[- ]nous|join (?:us|our team)|work with us|trabaja con nosotros|lavora con noi|"
    r"trabalhe conosco|werken bij\b.*|linkedin|indeed(?:\.\w+)*|"
    r"seek(?: australia)?|"
    r"glassdoor|monster|stepstone|xing)$",
    re.I,
)
_CAREERS_SUFFIX = re.compile(
    r"\s*(?:[-|\u2013\u2014:\u00b7]\s*)?(?:careers?(?:\s+site|\s+page)?|jobs|job openings|"
    r"karriere(?:portal)?|"
    r"carri[eè]res|empleo|stellenangebote|recruiting|talent|"
    # a slogan after the name: "Brightforge - Join our team"
    r"join (?:us|our team)|work with us|we(?:'|\u2019)?re hiring|we are hiring)\s*$",
    re.I,
)
_CAREERS_PREFIX = re.compile(
    r"^(?:(?:careers?|jobs|karriere|carri[eè]res)\s+(?:at|bei|chez|with)|werken\s+bij|arbeiten\s+bei|"
    r"carreiras(?:\s+(?:na|no|da|do))?|trabalhe\s+(?:na|no)|lavora\s+con|join|"
    r"(?:kariera|praca)\s+(?:w|we|z)|trabaja\s+(?:en|con)|karriär\s+(?:på|hos)|jobb?\s+(?:hos|på))\s+",
    re.I,
)
_JOBS_AT = re.compile(r"^(?:jobs?|careers?|stellen|karriere)\s+(?:at|bei|chez|en)\s+(?P<company>.+)$", re.I)
_UI_TEXT = re.compile(
    r"^(?:careers?(?: home)?|home|logo|company logo|jobs?|job details|job description|opportunity details|"
    r"i'm interested|i am interested|"
    r"apply(?: now| for this job| to position)?|application(?: form)?|application submitted!?|"
    r"thank(?:s| you)(?: for applying)?.*|open (?:roles|positions)|search(?: jobs)?|back(?: to jobs)?|menu|"
    r"sign in|log ?in|powered by .*|overview|description|details|share|view website|website|"
    r"(?:current|open|our|latest) vacanc(?:y|ies)|all (?:jobs|positions)|current openings.*|"
    r"job search|careers - job description|bewerbung|"
    r"jetzt bewerben|postuler|inscribirme.*|skip to (?:main )?content|"
    r"job (?:opening|posting|listing|detail|announcement)s?|vacancy announcements?|"
    r"position details|vacancy|vacancies|search results|job search results|apply online|companies|"
    r"company reviews|employers?|empresas|unternehmen|firmen|entreprises|recruiters?|"
    r"employer (?:login|sign in|zone|area)|recruiter login|área (?:de )?empresas?|company|firma|empresa|"
    # the careers section's name in other languages ("Praca" is Polish for jobs)
    r"praca|empleos?|trabajo|emploi|lavoro|vacatures|vagas|emprego|stellen(?:angebote)?|kariera|"
    r"carreiras?|recrutement|recrutamento|recruitment|"
    r"karriere|carri[eè]res?|bolsa de (?:trabajo|empleo)|ofertas de (?:trabajo|empleo)|vacantes|"
    r"trabaja con nosotros|lavora con noi|werken bij|trabalhe conosco|offres d'emploi|offene stellen|"
    r"stellenmarkt|lediga jobb|ledige stillinger|jobba hos oss|jobb hos oss|kariéra|volná místa|"
    r"採用情報|(?:キャリア|中途|新卒)採用|求人情報|"
    # a site's sections, as its menu and "learn more" links name them (a link to /company/about)
    r"about(?: us)?|our (?:story|team|company|mission|values|people)|team|leadership|contact(?: us)?|press|"
    r"news(?:room)?|blog|investors?|learn more|read more|more|follow us.*|who we are|what we do|"
    r"über uns|qui sommes[- ]nous|quiénes somos|chi siamo|over ons|o nas|sobre nós|nosotros|kontakt|"
    r"contacto|"
    # an award's badge, not a name: "Top Employer 2026", "Great Place to Work"
    r"(?:top|best) employers?\b.*|great place to work.*|employer of the year.*)$",
    re.I,
)
_LOGO_WORD = re.compile(r"\s+(?:logo|career site|careers? site|home)$|^(?:logo|logotipo|logotype)\s+", re.I)
_MAX_TITLE = 160
# A board's short tag before the title: "[ア・パ]" (アルバイト・パート), "【急募】" (urgent), "[NEW]".
_LEADING_TAG = re.compile(r"^\s*[\[\u3010\uff3b][^\]\u3011\uff3d]{1,6}[\]\u3011\uff3d]\s*(?=\S)")
# A requisition number after the title: "Claims Adjuster II (2600412)", "Nurse - (REQ-00123)", "[J-1042]".
_REQUISITION = re.compile(
    r"\s*-?\s*[(\[]\s*(?:req(?:uisition)?\s*#?\s*|[A-Z]{1,4}[-_])?\d{4,}\s*[)\]]\s*$", re.IGNORECASE
)
# A sentence about the employer, not its name ("Saltbush Coffee on Hall St is looking for a barista.").
_SENTENCE = re.compile(
    r"\s(?:is|are|was|we|our|looking for|seeks?|seeking|ist|sind|suchen?|est|busca|buscamos|cerca)\s.{12,}",
)

# A stand-in for an employer the page does not name: an agency's "Empresa confidencial", "Confidential".
_PLACEHOLDER = re.compile(
    r"^(?:(?:empresa|cliente?|client|company|employer|unternehmen|société|entreprise|azienda|bedrijf|firma|"
    r"klient)\s+)?(?:confidential|confidencial|confidentiel(?:le)?|vertraulich|riservat[oa]|vertrouwelijk|"
    r"poufn[ya]|undisclosed|anonymous|anonym|anónim[oa]|anonyme)(?:\s+(?:client|company|employer))?$",
    re.I,
)


# A careers page's call to apply, shared by all its postings' ``og:title``: "We're hiring! Come build with
# us".
_SLOGAN = re.compile(
    r"\b(?:we(?:'|\u2019)?re hiring|we are hiring|now hiring|join (?:us|our team)|come (?:build|work|join)|"
    r"work with us|be part of (?:our|the) team|wir suchen dich|rejoignez[- ]nous)\b",
    re.I,
)


# A hiring announcement before the job it announces: "We're hiring: Part-time Barista", "Recrutement :
# mécanicien", "Now hiring - Line Cook" (a blog or news post of a small employer).
_ANNOUNCED = re.compile(
    r"^\s*(?:(?:we(?:'|\u2019)?re|we are|now) hiring|recrutement|on recrute|nous recrutons|wir suchen|"
    r"stellenangebot|se busca|estamos contratando|vacature|zatrudnimy|vi søger|vi söker)"
    r"\s*[:\u2013\u2014-]\s*"
    r"(?=\S)",
    re.I,
)


def without_announcement(title: str) -> str:
    """``title`` without a hiring announcement before the job ("We're hiring: Barista" is "Barista")."""
    return _ANNOUNCED.sub("", title, count=1)


def plausible_title(title: str | None) -> bool:
    if not title or len(title) > _MAX_TITLE:
        return False
    title = without_announcement(title)
    return not _UI_TEXT.match(title.strip()) and not _SLOGAN.search(title)


def known_names(page: Page, company: str | None = None) -> list[str]:
    """Names that may wrap a title: the employer's, the site's, and the host's first label."""
    names = [name for name in (company, page.site_name) if name]
    label = page.host.split(".")[-2] if page.host.count(".") >= 1 else page.host
    names.append(label)
    return names


def is_known_part(part: str, names: list[str]) -> bool:
    """``part`` of a title is one of ``names``, a board's or a careers section's word, or empty."""
    folded = fold(part)
    if not folded:
        return True
    return _BOARD_WORDS.match(part.strip()) is not None or any(
        folded == fold(name) or folded.replace(" ", "") == fold(name).replace(" ", "") for name in names
    )


def names_only(title: str, names: list[str]) -> bool:
    """``title`` is nothing but the site's names and page words: its careers section ("Careers | Cedar & Tide
    Physio"), a page word ("USAJOBS - Job Announcement"), or the site's name whole ("Werken bij Zorggroep
    Delta", the ``og:site_name`` too); it names no job."""
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return any(fold(title) == fold(name) for name in names)
    return all(is_known_part(part, names) for part in parts)


def strip_affixes(title: str, names: list[str], location: str | None = None) -> str:
    """``title`` without the site's, the board's, the employer's or the place's name around it."""
    for pattern in _PATTERNS:
        match = pattern.match(title.strip())
        if match:
            title = match.group("title")
            break
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title.strip()
    known = [*names, *([location, location.split(",")[0]] if location else [])]
    kept = [part for part in parts if not is_known_part(part, known)]
    if not kept:
        return title.strip()
    if len(kept) == len(parts):
        return title.strip()
    # Keep the original separators between the parts that remain contiguous in the title.
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else kept[0].strip()


def clean_title(title: str | None, page: Page, company: str | None, location: str | None) -> str | None:
    if not title:
        return None
    title = without_announcement(title)
    cleaned = _REQUISITION.sub("", strip_affixes(title, known_names(page, company), location))
    cleaned = _catch_phrases_dropped(_LEADING_TAG.sub("", cleaned), page)
    return cleaned or title


def _catch_phrases_dropped(title: str, page: Page) -> str:
    """A Japanese heading with catch phrases after fullwidth slashes ("<job>, slash, 自社SaaS, ...") is the
    job alone when the ``<title>`` names it so."""
    if "\uff0f" not in title or not page.title_tag:
        return title
    head = title.split("\uff0f", 1)[0].strip()
    return head if head and head in split_title(page.title_tag) else title


def clean_company(name: str | None, page: Page, title: str | None = None) -> str | None:
    """The employer's name from a candidate, or ``None`` when the candidate is UI text, the board's name,
    the job title or too long to be a name."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" ,;|·-")
    name = _CAREERS_PREFIX.sub("", _LOGO_WORD.sub("", name))
    name = _CAREERS_SUFFIX.sub("", name).strip(" ,;|·-\u2013")
    if not name or len(name) > 80 or _UI_TEXT.match(name):
        return None
    if title and fold(name) == fold(title):
        return None
    if _SENTENCE.search(name) or _PLACEHOLDER.match(name):
        return None
    if _BOARD_NAMES.search(name) or _is_service_name(name, page):
        return None
    return name


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


_VENDOR_FORM = re.compile(
    r"(?:,?\s+(?:inc|llc|ltd|gmbh|ag|corp|software|technologies|oy|ab|as|sa)\.?)+$", re.I
)


def _is_service_name(name: str, page: Page) -> bool:
    """An ATS vendor's or a job board's own name ("BambooHR", "Jobindex"), except on its own site."""
    key = _squash(_VENDOR_FORM.sub("", name))  # "Workday, Inc." in its footer is the vendor too
    own_domain = registered_domain(page.host)
    subdomain = _squash(page.host.removesuffix(own_domain))  # "workday.wd5" of workday.wd5.myworkdayjobs.com
    on_own_site = key == _squash(own_domain.split(".")[0]) and subdomain in ("", "www")
    return key in _service_names() and not on_own_site and key not in subdomain


def is_own_board_name(name: str, page: Page) -> bool:
    """On a job board, the site's own name ("Pracuj.pl", "InfoJobs Italia" on infojobs.it) in a logo, the
    ``og:site_name`` or a header: never the employer's. (A staffing agency's own postings name it in their
    JSON-LD: only page conventions are checked.)"""
    if not is_board(page):
        return False
    key = _squash(name)
    own_domain = registered_domain(page.host)
    site = {_squash(own_domain), own_domain.split(".")[0], _squash(page.site_name or "")} - {""}
    return key in site or any(len(label) >= 4 and key.startswith(label) for label in site)


@cache
def _service_names() -> frozenset[str]:
    """The first label of every ATS vendor's and job board's domain ("bamboohr", "jobindex")."""
    from hirehound.companies.names import ATS_VENDOR_DOMAINS

    domains = (ATS_VENDOR_DOMAINS | _board_domains()) - _COMMON_WORD_DOMAINS
    labels = {_squash(domain.split(".")[0]) for domain in domains}
    return frozenset(label for label in labels if len(label) >= 4) | _MORE_SERVICE_NAMES


# Domains whose first label is also an ordinary company name or word ("Dover", "Join", "Gem").
_COMMON_WORD_DOMAINS = frozenset({"dover.com", "join.com", "gem.com", "polymer.co", "homerun.co", "angel.co"})


# Vendor and board names whose domain label is not the name people write.
_MORE_SERVICE_NAMES = frozenset(
    {"breezyhr", "ukg", "ultipro", "jazzhr", "craigslist", "gumtree",
     # site builders and CMSs: "Proudly created with Wix.com", an og:site_name left at "WordPress"
     "wordpress", "squarespace", "wix", "wixcom", "webflow", "hubspot", "elementor", "jimdo", "weebly",
     "godaddy", "strikingly", "framer", "site123", "duda"}
)  # fmt: skip


_BOARD_SITE = re.compile(
    r"classified|kleinanzeigen|anuncios|annonces|job ?board|jobb[öo]rse|stellenmarkt", re.I
)
_BOARD_NAMES = re.compile(
    r"^(?:linkedin|indeed(?:\.com)?|seek(?: australia)?|glassdoor|monster|stepstone)$", re.I
)


def company_from_title(page: Page, title: str | None = None, places: list[str] | None = None) -> str | None:
    """The part of the page title that is neither the job title, the site, the board nor the place (one of
    ``places``, the locations the page states, or one of their comma-separated parts: "Madrid")."""
    raw = page.title_tag or page.og_title
    if not raw:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(raw.strip())
        if match and "company" in match.groupdict():
            return clean_company(match.group("company"), page, title)
    parts = [part.strip() for part in _SEPARATORS.split(raw)]
    if len(parts) < 2:
        jobs_at = _JOBS_AT.match(raw.strip())
        return clean_company(jobs_at.group("company"), page, title) if jobs_at else None
    heading = title or page.first("h1")
    names = known_names(page) + [part for place in places or () for part in (place, *place.split(","))]
    rest = []
    for part in parts:
        at = _JOBS_AT.match(part)
        if at:
            return clean_company(at.group("company"), page, title)
        if is_known_part(part, names) or (
            heading and (fold(heading) in fold(part) or fold(part) in fold(heading))
        ):
            continue
        rest.append(part)
    if len(rest) == 1 and len(parts) >= 3:
        return clean_company(rest[0], page, title)
    return None


def is_board(page: Page) -> bool:
    """A job board listing many employers' jobs: its own name is never the employer's."""
    return page.board_hint or is_board_site(page)


def is_board_site(page: Page) -> bool:
    """A job board by its domain or its site name (not only by a board's navigation, "For employers",
    which a recruitment agency's own site has too)."""
    return registered_domain(page.host) in _board_domains() or bool(
        page.site_name and (_BOARD_NAMES.search(page.site_name) or _BOARD_SITE.search(page.site_name))
    )


@cache
def _board_domains() -> frozenset[str]:
    from hirehound.companies.names import JOB_HOSTING_DOMAINS

    return (JOB_HOSTING_DOMAINS | _MORE_BOARDS) - _ATS_HOSTS


_MORE_BOARDS = frozenset(
    [
        "jobindex.dk",
        "jobs.ch",
        "jobup.ch",
        "infojobs.net",
        "stepstone.at",
        "stepstone.fr",
        "reed.co.uk",
        "cv-library.co.uk",
        "totaljobs.com",
        "adzuna.com",
        "adzuna.co.uk",
        "jobsdb.com",
        "jobstreet.com",
        "naukri.com",
    ]
)
# Hosts of one employer's board each (the site name there is the employer's).
_ATS_HOSTS = frozenset({"myworkdayjobs.com", "myworkdaysite.com", "applytojob.com", "jazz.co"})


def split_title(title: str) -> list[str]:
    """A page title's parts ("Job - Company | Board" -> three)."""
    return [part.strip() for part in _SEPARATORS.split(title) if part.strip()]


def registered_domain(host: str) -> str:
    """The registrable domain ("jobs.example.co.uk" -> "example.co.uk")."""
    parts = host.split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in {"co", "com", "org", "net", "ac", "gov"}:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def fold(text: str) -> str:
    """``text`` casefolded, punctuation as spaces, whitespace collapsed."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())
