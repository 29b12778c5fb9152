"""Where a career site names its employer when no element says "company": the site's own names (its
``og:site_name``, the logo of its home link, the ``<title>`` part beside the job title, its Organization
JSON-LD), an "About <Name>" heading, the copyright line, the imprint line of the footer ("Baumann + Rüegg AG ·
Technikumstrasse 40 · 8400 Winterthur"), and a recruitment agency's statement that it advertises the job
("Ashdown Selection is acting as an employment agency in relation to this vacancy", the wording UK agencies
print on every ad).

A short name ("Vlietstra", "Northpoint", "tabernaelfaro") gives way to the fuller one the site owner states
for it in its copyright line, imprint or Organization JSON-LD ("Vlietstra Installatietechniek B.V.",
"Northpoint Freight Systems Inc.", "Taberna El Faro"), whichever source gave the short one (:func:`fuller`).
Other organisations a career site shows are never its employer: logos outside the header (customers,
investors, partners, awards), a testimonial's company, the web agency ("Website by …"), the site builder
("Proudly created with Wix.com"). An agency's site is a job board for the names on it, except when it
advertises for a client it does not name ("Empresa confidencial", "für unseren Mandanten"): then the agency
is the advertiser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hirehound.ingest.extract import jsonld, tidy
from hirehound.ingest.extract.dom import attr, link_parts
from hirehound.ingest.extract.page import Page

# Legal forms that end (or, in Japan, start) an employer's name, as boards print them.
LEGAL_FORM = re.compile(
    r"(?:\b(?:inc|llc|ltd|limited|plc|corp|gmbh|ag|sa|s\.a\.s|s\.a|s\.l|s\.r\.l|srl|spa|s\.p\.a|bv|b\.v|nv|"
    r"a/s|aps|ab|as|oy|oyj|sarl|sas|kg|se|pty ltd|pvt ltd|sp\. z o\.o|s\.a\. de c\.v|ltda|lda|co\., ltd)\.?"
    r"|\(pvt\) ltd\.?)$|^(?:株式会社|有限会社)|(?:株式会社|有限公司|有限会社)$"
    # not-for-profit forms: a foundation or association named first ("Stichting Zorgkring Eemland"), a
    # society, an e.V., a gGmbH or an Onlus last ("Harbourlight Community Pantry Society")
    r"|^(?:stichting|vereniging|fundaci[oó]n|fundaci[oó]|fondazione|fondation|fundacja|stowarzyszenie"
    r"|stiftung|stiftelsen?|fonden|foreningen)\s+[^\W\d_]"
    r"|\b(?:society|e\.\s?v|ggmbh|onlus|asbl|vzw)\.?$",
    re.IGNORECASE,
)
# The name ends at a full stop, not at the dots inside "B.V." or "S.p.A." (a dot followed by a letter)
# nor at the inner dot of an abbreviated legal form ("Pvt. Ltd.", "Co. Ltd.", "Co. KG", "Sp. z o.o.").
# Site builders write "©2026 by <Name>" ("por", "par", "von", "door", "di", "przez" in other languages).
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-\u2013]?\s*)*(?:(?:by|por|par|von|door|di|przez)\s+)?"
    r"((?:[^.|·©\u2013\u2014]|\.(?=\w)|(?:(?<=\bpvt)|(?<=\bco)|(?<=\bsp))\.(?=\s+(?:ltd|limited|kg|z)\b)"
    r"){2,60}?)"
    r"(?:\.(?!\w)(?!\s+(?:ltd|limited|kg|z)\b)|\s*[|·\u2013\u2014]|\s+-\s+|\s*,\s*(?=\d)|\s+all rights|$)",
    re.I,
)
_COPYRIGHT_SIGN = re.compile(r"\s*(?:©|\(c\)|copyright\b)", re.I)
_DOTTED_FORM = re.compile(r"\b\w(?:\.\w)+$")  # "B.V", "S.p.A": the last dot was the match's end
_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d$")  # "© Thornbury District Council 2026"
_IMPRINT_PARTS = re.compile(r"\s+[|·•\u2013\u2014-]\s+|\s*,\s+")
_AGENCY = re.compile(
    r"\b([A-Z][\w&.'\u2019-]*(?: [A-Z&][\w&.'\u2019-]*){0,4}) (?:is|are) acting as an? employment "
    r"(?:agency|business)\b"
)
_ABOUT = re.compile(r"^(?:about|über|à propos de|sobre|over|acerca de|chi è|o firmie)\s+(?P<name>.+)$", re.I)
# "About the role", "About you", "Über uns": the posting's sections, not the employer.
_NOT_A_NAME = re.compile(
    r"^(?:the|this|our|us|you|your|me|uns|dich|sie|nous|vous|nosotros|ons|het|de|la|le|el|il|l')\b", re.I
)
# An agency's client it does not name: the sentences that say so.
_UNNAMED_CLIENT = re.compile(
    r"\b(?:(?:our|my) client|on behalf of (?:a|our) client|f[üu]r unser(?:en|e)? (?:mandant|kund)\w*|"
    r"unser (?:mandant|kunde)\b|nuestro cliente|notre client|il nostro cliente|nosso cliente|"
    r"onze (?:opdrachtgever|klant)|nasz klient|empresa confidencial|confidential client)",
    re.I,
)
# A logo's alt that is its file's name ("copperleaf-logo", "maren-logo.png"), not the name it shows.
_FILE_NAME = re.compile(r"^[\w.-]+\.(?:png|svg|jpe?g|gif|webp)$|^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
# "Logo gemeente Dijkvliet, naar de homepage", "Acme - zur Startseite": the link's purpose after the name.
_LINK_PURPOSE = re.compile(
    r"\s*(?:[,\u2013\u2014-]|\s)\s*(?:(?:go |back )?to (?:the )?home ?page|(?:naar de |zur )?(?:home ?page|"
    r"startseite)|retour à l'accueil|page d'accueil|ir al inicio|página inicial)\s*$",
    re.I,
)
_GO_TO = re.compile(r"^(?:go|back|return) to (?:the )?|^(?:zur|naar|vers|ir a) ", re.I)  # "Go to X homepage"
_TAGLINE = re.compile(r"\s+[-|\u2013\u2014]\s+")
# The site's home link and its header: where its own logo sits (a logo elsewhere is someone else's).
_HOME_LOGOS = (
    "header img, [role=banner] img, [class*=header] img, [id*=header] img, [class*=navbar] img,"
    " [class*=brand] img, [class*=logo_container] img, a[rel=home] img"
)
_HOME_LINKS = "a[href]"
# Any logo-like image; one before the job title is the site's (an ATS page's logo in a table), one after it
# belongs to others: customers, investors, partners, awards.
_LOGOS = (
    "img[class*=logo], img[src*=logo], img[src*=Logo], img[alt*=Logo], img[alt*=logo], [class*=logo] img,"
    " [id*=logo] img, [data-automation-id*=logo] img, img[data-automation-id*=logo], a img"
)
_ORGANIZATION_TYPES = frozenset(
    {"Organization", "Corporation", "LocalBusiness", "NGO", "EducationalOrganization", "CollegeOrUniversity",
     "GovernmentOrganization", "MedicalOrganization", "Dentist", "Restaurant", "Store", "ProfessionalService",
     "EmploymentAgency", "HomeAndConstructionBusiness", "LodgingBusiness", "FoodEstablishment"}
)  # fmt: skip
_NOT_ORGANIZATION_TYPES = frozenset({"WebSite", "WebPage", "Person", "BreadcrumbList", "ImageObject"})
_MAX_NAME_WORDS = 5
_FULLER_WORDS = 3
_AROUND_WORDS = 2  # a name inside a fuller one: "Il Germoglio" in "Cooperativa Il Germoglio"
_MIN_KEY = 4
_TAIL_LINES = 6  # the last lines of the page: a footer in a div named in the site's language ("pie", "fuss")


def unnamed_client(page: Page) -> bool:
    """The page advertises for a client it does not name ("Our client, a …", "Für unseren Mandanten")."""
    return _UNNAMED_CLIENT.search(page.body_text) is not None


def speaks_for_itself(page: Page) -> bool:
    """The site's own names may be the employer's: not a job board, or an agency's site (its navigation
    has "For employers" like a board's) that advertises for a client it does not name."""
    return not tidy.is_board(page) or (not tidy.is_board_site(page) and unnamed_client(page))


def _tail(page: Page) -> list[str]:
    return page.lines[-_TAIL_LINES:]


def copyright_holder(page: Page) -> str | None:
    """The name after "©" in the footer ("© 2026 Kestrel Dynamics GmbH. Alle Rechte vorbehalten.")."""
    return page.cached("copyright_holder", _copyright_holder)


def _copyright_holder(page: Page) -> str | None:
    for line in (*reversed(page.footer_lines), *reversed(_tail(page))):
        match = _COPYRIGHT.search(line)
        if match:
            name = _TRAILING_YEAR.sub("", match.group(1).strip())
            found = tidy.clean_company(f"{name}." if _DOTTED_FORM.search(name) else name, page)
            if found:
                return found
    return None


def imprint(page: Page) -> str | None:
    """A footer line that starts with a name ending in a legal form, an address after it; in the page's
    last lines only with the address (a digit) after the name."""
    return page.cached("imprint", _imprint)


def _imprint(page: Page) -> str | None:
    if not speaks_for_itself(page):
        return None
    lines = [(line, False) for line in page.footer_lines] + [(line, True) for line in _tail(page)]
    for line, needs_address in lines:
        parts = _IMPRINT_PARTS.split(line.strip(), maxsplit=1)
        head = parts[0]
        if _COPYRIGHT_SIGN.match(head):  # the copyright line: :func:`copyright_holder`'s
            continue
        if needs_address and (len(parts) < 2 or not any(char.isdigit() for char in parts[1])):
            continue
        if len(head.split()) <= _MAX_NAME_WORDS + 1 and LEGAL_FORM.search(head):
            found = tidy.clean_company(head, page)
            if found:
                return found
    return None


def organizations(page: Page) -> list[str]:
    """The names of the organisations the page's JSON-LD describes outside a JobPosting (a site's
    Organization, LocalBusiness or NGO block): ``legalName`` first, then ``name``."""
    return page.cached("organizations", _organizations)


def _organizations(page: Page) -> list[str]:
    found: list[str] = []
    for block in jsonld.blocks(page):
        for obj in jsonld.objects(block):
            types = jsonld.types_of(obj)
            if "JobPosting" in types or types & _NOT_ORGANIZATION_TYPES:
                continue
            if types & _ORGANIZATION_TYPES or "address" in obj or "legalName" in obj:
                found += [name for key in ("legalName", "name") if (name := jsonld.scalar(obj.get(key)))]
    return found


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold().replace("&", "and"))


def _extends(name: str, candidate: str) -> bool:
    """``candidate`` is a fuller form of ``name``: the same name spelt with its words ("tabernaelfaro" ->
    "Taberna El Faro"), a few words more after it ("Northpoint" -> "Northpoint Freight Systems Inc.", also
    inside a compound: "Kessler Personal" -> "Kessler Personalberatung GmbH"), or around it ("Il Germoglio"
    -> "Cooperativa Il Germoglio")."""
    key, other = _squash(name), _squash(candidate)
    if key == other:
        return " " not in name.strip() and " " in candidate.strip()
    if len(key) < _MIN_KEY:
        return False
    words, fuller_words = name.casefold().split(), candidate.casefold().split()
    extra = len(fuller_words) - len(words)
    if other.startswith(key) and 0 <= extra <= _FULLER_WORDS and fuller_words[0] == words[0]:
        return True
    if not 0 < extra <= _AROUND_WORDS or not all(word.isalpha() for word in fuller_words):
        return False
    return any(fuller_words[at : at + len(words)] == words for at in range(extra + 1))


def fuller(name: str, page: Page) -> str:
    """``name``, or the fuller form of it that the site owner states: its Organization JSON-LD, its
    copyright line or its imprint (on a job board, its own names say nothing of the employer's)."""
    if not speaks_for_itself(page):
        return name
    for candidate in (*organizations(page), copyright_holder(page), imprint(page)):
        if candidate and _extends(name, candidate):
            found = tidy.clean_company(candidate, page)
            if found:
                return found
    return name


def about_heading(page: Page) -> str | None:
    """The name in an "About <Name>" heading, when every word of it is capitalized."""
    for heading in page.headings:
        match = _ABOUT.match(heading.strip())
        if not match:
            continue
        name = match.group("name").strip(" :!.")
        words = name.split()
        if _NOT_A_NAME.match(name) or not 0 < len(words) <= _MAX_NAME_WORDS:
            continue
        if all(word[0].isupper() or word[0] in "&+" or word.isdigit() for word in words):
            found = tidy.clean_company(name, page)
            if found:
                return found
    return None


def agency(page: Page) -> str | None:
    """The agency that says it is acting as an employment agency (or business) for this vacancy."""
    match = _AGENCY.search(page.body_text)
    return tidy.clean_company(match.group(1), page) if match else None


def logo_name(text: str | None, page: Page) -> str | None:
    """A logo's alt text (or its link's label) as a name: not its file's name, not "… home page", not the
    slogan after it."""
    if not text or _FILE_NAME.match(text.strip()):
        return None
    text = _GO_TO.sub("", _LINK_PURPOSE.sub("", text))
    name = _TAGLINE.split(text, maxsplit=1)[0]  # a banner's "<Name> - <slogan>"
    return tidy.clean_company(name, page)


def _is_home(href: str, page: Page) -> bool:
    parts = link_parts(href.strip())
    host = (parts.hostname or "").removeprefix("www.")
    return parts.path in ("", "/", "./", "/index.html") and not parts.query and host in ("", page.host)


def home_logos(page: Page) -> Iterator[str]:
    """What the site's own logo says: an image's alt in its header, its home link's label or image, or a
    logo above the job title."""
    for image in page.css(_HOME_LOGOS):
        if found := logo_name(attr(image, "alt"), page):
            yield found
    for link in page.css(_HOME_LINKS):
        if not _is_home(link.attributes.get("href") or "", page):
            continue
        linked = link.css_first("img[alt]")
        for label in (attr(link, "aria-label"), attr(link, "title"), attr(linked, "alt") if linked else None):
            if found := logo_name(label, page):
                yield found
    for node in page.css(f"h1, {_LOGOS}"):  # document order: the images before the first h1
        if node.tag == "h1":
            break
        if node.tag == "img" and (found := logo_name(attr(node, "alt"), page)):
            yield found


def title_name(page: Page) -> str | None:
    """The part of a two-part ``<title>`` beside the job title or a careers word ("Data Analyst — Loomwise",
    "Careers | Brightforge")."""
    heading = page.first("h1")
    if not page.title_tag or not heading:
        return None
    parts = tidy.split_title(page.title_tag)
    if len(parts) != 2:
        return None
    # the host's name is the site's own ("Loomwise" on loomwise.io): only a careers or board word is dropped
    for part, other in (parts, parts[::-1]):
        beside = tidy.fold(part) == tidy.fold(heading) or tidy.is_known_part(part, [])  # "Careers | X"
        if beside and not tidy.is_known_part(other, []) and tidy.fold(other) not in tidy.fold(heading):
            return tidy.clean_company(other, page)
    return None


def site_employer(page: Page) -> str | None:
    """A career site's own name for its employer, in this order: the ``og:site_name``, the logo of its home
    link or header, the ``<title>`` part beside the job title, the Organization JSON-LD, an "About <Name>"
    heading, the copyright line, the imprint line; made :func:`fuller` where the owner states more."""
    if not speaks_for_itself(page):
        return None
    named = tidy.clean_company(page.site_name, page) if page.site_name else None
    found = (
        named
        or next(home_logos(page), None)
        or title_name(page)
        or next((name for name in organizations(page) if tidy.clean_company(name, page)), None)
    )
    if found:
        return fuller(found, page)
    return about_heading(page) or copyright_holder(page) or imprint(page)
