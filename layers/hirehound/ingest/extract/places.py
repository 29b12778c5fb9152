"""Where a page without a labelled location says where the job is, and the page's language.

Read only when no other source found a location, in this order of trust:

* a postal address in markup: schema.org ``PostalAddress`` in RDFa (``property="addressLocality"``) or in
  microdata outside a JobPosting, the microformats ``adr`` / ``h-adr`` (``locality``, ``p-locality``);
* the breadcrumb's places ("Careers > United States > Massachusetts > Cambridge > Clinical Data Manager"):
  the crumbs between the site's section and the page itself, when they are all names;
* a map link's address (Google Maps ``?q=`` / ``query=`` / ``/maps/place/…``, Apple Maps, OpenStreetMap);
* one address in the text with its national postcode: "Sydney NSW 2000", "Austin, TX 78701",
  "Hamilton, ON L8P 4R5", "Cambridge CB4 0WG", else one with the postcode before the locality (continental
  Europe, Brazil: "04155 Leipzig", "4002 WP Tiel", "31-511 Kraków"); two different ones say nothing;
* then the first of the employer's sites a sentence names: "three days a week in our Leeds office",
  "Für unsere Filiale in Ludwigsburg", "til vores butik i Aarhus" (:mod:`.placewords`, per language);
* when nothing else did (the breadcrumb and the title's place neither), on an employer's own site (not a
  board) and for a job that is not fully remote, the employer's one postal address in the footer
  (:func:`footer_place`).

Values stay page text; normalization reads them (and a place named at the end of the title, "… à Lyon").
The breadcrumb sits in the navigation that noise removal drops, so it is read before that
(:func:`breadcrumb`); the rest after (:func:`extract`).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote_plus

from selectolax.lexbor import LexborNode

from hirehound.ingest.extract import placewords
from hirehound.ingest.extract.dom import Fields, join, link_parts, node_text
from hirehound.ingest.extract.page import Page

__all__ = ["breadcrumb", "extract", "footer_place", "language"]

_RDFA = "[property*=addressLocality], [property*=addressRegion], [property*=addressCountry]"
_MICRODATA = "[itemprop=addressLocality]"
_MICROFORMAT = ".adr, .h-adr, .h-card"
_ADDRESS_PARTS = (
    ("addressLocality", ".locality, .p-locality"),
    ("addressRegion", ".region, .p-region"),
    ("addressCountry", ".country-name, .p-country-name"),
)
_CRUMBS = (
    "[itemtype*=BreadcrumbList] [itemprop=name], nav[aria-label*=readcrumb] li, [class*=breadcrumb] li,"
    " [class*=Breadcrumb] li,"
    # Yoast SEO's and Rank Math's crumbs: links in spans, the page itself last ("Home / Vacatures / Tilburg")
    " [class*=breadcrumb] span > a, [id*=breadcrumb] span > a, .breadcrumb_last, .last"
)
# A crumb that is a section of the site, not a place
_SECTION = re.compile(
    r"\b(?:home|start|jobs?|careers?|vacanc\w*|openings?|positions?|roles?|teams?|departments?|karriere|"
    r"stellen\w*|jobbörse|empleos?|ofertas?|trabaja\w*|carri[eè]res?|emplois?|offres?|vacatures?|werken|"
    r"lavora|opportunit\w*|all|search|results?|"
    # departments ("IT" would read as Italy, "HR" as Croatia)
    r"it|hr|engineering|sales|marketing|finance|operations|design|product|support|legal|data|research|"
    r"customer\w*|logistics|technology|tech|people|admin\w*|retail|healthcare|education)\b",
    re.IGNORECASE,
)
_CODE = re.compile(r"^[A-Z]{2,3}$")
_PARTICLES = frozenset({"de", "del", "la", "le", "am", "an", "der", "di", "da", "do", "sur", "upon", "of"})
_NAME = re.compile(r"^[^\W\d_][\w.'\u2019 -]{0,40}$")
_MAPS = (
    "a[href*='google.'][href*='/maps'], a[href*='maps.google.'], a[href*='maps.apple.com'],"
    " a[href*='openstreetmap.org'], a[href*='bing.com/maps']"
)
_MAP_QUERY_KEYS = ("q", "query", "address", "daddr", "destination", "where")
_MAP_PATH = re.compile(r"/maps/(?:place|search)/([^/@]+)")
_CAPITALIZED = r"[A-Z][A-Za-z\u00c0-\u017f.'-]+(?: [A-Z][A-Za-z\u00c0-\u017f.'-]+){0,2}"
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    "ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
_TEXT_ADDRESSES = (
    re.compile(rf"\b({_CAPITALIZED}),? (NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{{4}}\b"),  # Australia
    re.compile(rf"\b({_CAPITALIZED}), ({_US_STATES}) \d{{5}}(?:-\d{{4}})?\b"),  # United States
    re.compile(rf"\b({_CAPITALIZED}),? (AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),? [A-Z]\d[A-Z] ?\d[A-Z]\d\b"),
    re.compile(
        rf"\b({_CAPITALIZED}),? ((?:[AC-FHKNPRTV-Y]\d{{2}}|D6W) [0-9AC-FHKNPRTV-Y]{{4}})\b"
    ),  # Eircode
    re.compile(rf"\b({_CAPITALIZED}),? ([A-Z]{{1,2}}\d[A-Z\d]? ?\d[A-Z]{{2}})\b"),  # United Kingdom
)
_SPACE_JOINED = frozenset(_TEXT_ADDRESSES[-2:])  # "Cork T12 X2P9", "Cambridge CB4 0WG"
# Continental Europe and Brazil: the postcode before the locality, after a street line or at a line's start
# ("Lindenthaler Straße 58" / "04155 Leipzig", "Calle de Colón 14, 46004 Valencia", "4002 WP Tiel",
# "31-511 Kraków", "1950-242 Lisboa", "214 22 Malmö", "8004 Zürich"); a bare 19xx/20xx may be a year.
_POSTCODE_FIRST = re.compile(
    r"(?:^|(?P<sep>[,\u00b7|\u2013\u2014]\s*|\s-\s))"
    r"(?:[A-Z]{1,2}-)?(?:\d{5}(?:-\d{3})?|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2}"
    r"|(?!19|20)\d{4})\s+"
    r"(?P<city>[A-ZÀ-ÞØÅÆ][\w\u00c0-\u017f'.-]+(?:\s(?:[a-z]{1,3}\s)?[A-ZÀ-ÞØÅÆ][\w\u00c0-\u017f'.-]+){0,2})"
    r"(?:\s(?:C|K|V|N|S|Ø|SV|NV|SØ|NØ))?"  # a Danish postal district: "5000 Odense C"
    r"(?=\s*(?:$|[,.;()\u00b7|]|\s-\s|\s\())"
)
# Inside a line, the postcode follows a street line's house number ("Torvet 1, 4600 Køge", "Colón 14, 2.º,")
_HOUSE_NUMBER_BEFORE = re.compile(r"\d{1,4}[a-zA-Z]?\.?[ºª]?\s*$")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def language(page: Page) -> str | None:
    """The page's language tag: ``<html lang>``, else ``og:locale``, else the Content-Language meta."""
    root = page.tree.css_first("html")
    found = (root.attributes.get("lang") if root is not None else None) or page.meta("og:locale")
    if not found:
        node = page.tree.css_first("meta[http-equiv][content]")
        if node is not None and (node.attributes.get("http-equiv") or "").casefold() == "content-language":
            found = node.attributes.get("content")
    found = (found or "").strip().split(",")[0].strip()
    return found if _LANGUAGE_TAG.match(found) else None


def breadcrumb(page: Page) -> str | None:
    """The places of the breadcrumb, smallest first ("Cambridge, Massachusetts, United States")."""
    if "readcrumb" not in page.html_lower and "breadcrumblist" not in page.html_lower:
        return None
    crumbs = [found for found in (node_text(node) for node in page.tree.css(_CRUMBS)) if found]
    crumbs = list(dict.fromkeys(crumbs))
    if len(crumbs) < 3:
        return None
    # between the site root and the page itself; a code alone ("UX", "PR") may be a department
    places = [crumb for crumb in crumbs[1:-1] if not _SECTION.search(crumb) and not _CODE.match(crumb)]
    if not places or not all(_is_name(crumb) for crumb in places):
        return None
    return ", ".join(reversed(places))


def _is_name(text: str) -> bool:
    words = [word for word in re.split(r"[\s-]+", text) if word and word.casefold() not in _PARTICLES]
    return bool(_NAME.match(text)) and bool(words) and all(word[0].isupper() for word in words)


def extract(page: Page) -> Fields:
    """A location for a page that no other source gave one."""
    return {"location_text": address(page) or map_address(page) or text_address(page) or office_city(page)}


def office_city(page: Page) -> str | None:
    """The first town a sentence names as the employer's site the job is at ("three days a week in our
    Leeds office", "Für unsere Filiale in Ludwigsburg", "til vores butik i Aarhus": :mod:`.placewords`);
    normalization keeps the name only if it is a place."""
    return placewords.sentence_place(page.lines)


def address(page: Page) -> str | None:
    """The first postal address in RDFa, microdata or microformat markup: locality, region, country."""
    if page.has(_RDFA):
        node = page.node(_RDFA)
        scope = node.parent if node is not None else None
        while scope is not None and scope.css_first("[property*=addressLocality]") is None:
            scope = scope.parent
        if scope is not None:
            return join(_first(scope, f"[property*={name}]") for name, _ in _ADDRESS_PARTS)
    if page.has(_MICRODATA):
        node = page.node(_MICRODATA)
        scope = node.parent if node is not None else None
        if scope is not None:
            return join(_first(scope, f"[itemprop={name}]") for name, _ in _ADDRESS_PARTS)
    for scope in page.css(_MICROFORMAT):
        found = join(_first(scope, selector) for _, selector in _ADDRESS_PARTS)
        if found:
            return found
    return None


def _first(scope: LexborNode, selector: str) -> str | None:
    node = scope.css_first(selector)
    if node is None:
        return None
    return node.attributes.get("content") or node_text(node)


def map_address(page: Page) -> str | None:
    """The address a map link asks for ("Keizersgracht 174, 1016 DW Amsterdam")."""
    for node in page.css(_MAPS):
        parts = link_parts(node.attributes.get("href") or "")
        query = parse_qs(parts.query)
        for key in _MAP_QUERY_KEYS:
            value = (query.get(key) or [""])[0].strip()
            if value and not _is_coordinates(value):
                return " ".join(value.split())
        if match := _MAP_PATH.search(parts.path):
            value = unquote_plus(match[1]).strip()
            if value and not _is_coordinates(value):
                return value
    return None


def _is_coordinates(value: str) -> bool:
    return bool(re.fullmatch(r"[-+\d.,\s]+", value))


def text_address(page: Page) -> str | None:
    """The one place an address with its national postcode names in the page's text (line by line)."""
    return _one_address(page.lines)


def _one_address(all_lines: list[str]) -> str | None:
    places: dict[str, None] = {}
    lines = [line for line in all_lines if any(char.isdigit() for char in line)]
    for pattern in _TEXT_ADDRESSES:
        for match in (found for line in lines for found in pattern.finditer(line)):
            places[f"{match[1]} {match[2]}" if pattern in _SPACE_JOINED else f"{match[1]}, {match[2]}"] = None
    if not places:
        for line in lines:
            for match in _POSTCODE_FIRST.finditer(line):
                if match["sep"] is None or _HOUSE_NUMBER_BEFORE.search(line[: match.start()]):
                    places[match["city"]] = None
    return next(iter(places)) if len(places) == 1 else None


def footer_place(page: Page) -> str | None:
    """The place of the employer's one postal address in the site's footer, for a page that states no other:
    an address with its national postcode ("Head office: 41 Robertson Drive, Bunbury WA 6230"), else the town
    beside a postcode that the job's own text names as well ("dans nos bureaux du quai des Chartrons à
    Bordeaux" above "48 quai des Chartrons · 33000 Bordeaux"). The footer goes with the noise: its lines are
    read with the page (:attr:`Page.footer_text_lines`)."""
    found = _one_address(page.footer_text_lines)
    if found:
        return found
    towns = dict.fromkeys(town for line in page.footer_text_lines for town in _addressed_towns(line))
    body = "\n".join(page.lines)
    named = [town for town in towns if re.search(rf"(?<!\w){re.escape(town)}(?!\w)", body)]
    return named[0] if len(named) == 1 else None


def _addressed_towns(line: str) -> list[str]:
    """The towns that postcodes stand beside in one line of text ("Via Stalingrado 45 · 40128 Bologna")."""
    towns = [match[1] for pattern in _TEXT_ADDRESSES for match in pattern.finditer(line)]
    return towns + [match["city"] for match in _POSTCODE_FIRST.finditer(line)]
