"""Find the posting on a job page: JSON-LD, then microdata, then known ATS layouts, then generic heuristics.

The first source that yields a title decides :attr:`RawPosting.method`; fields it lacks are filled from the
later sources. Values are kept as page text (whitespace collapsed, entities decoded); interpreting them is
normalization's job. Parsing uses selectolax's Lexbor backend.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeGuard
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from hirehound.errors import BadInputError
from hirehound.ingest.models import ExtractionMethod, RawPosting

type Json = Any
type Fields = dict[str, str | None]

_WS = re.compile(r"\s+")
_GONE = re.compile(
    r"\b(?:no longer (?:available|open|active|accepting applications|posted|exists?)"
    r"|(?:job|position|posting|vacancy|role|listing) (?:has|have) (?:been )?(?:filled|closed|expired|removed)"
    r"|(?:job|position|posting|vacancy|role|listing) (?:is )?(?:closed|expired)"
    r"|(?:page|job|posting|position) (?:was |could not be |cannot be )?(?:not )?found\b(?<!\bbe found)"
    r"|^\s*404\b|\b404 (?:error|not found)|\berror 404|\b410 gone)\b",
    re.IGNORECASE,
)
_GREENHOUSE_ID = re.compile(r"/jobs/(\d+)")
_LEVER_ID = re.compile(r"/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", re.IGNORECASE)
_WORKDAY_ID = re.compile(r"_([A-Za-z]{0,6}[-_]?\d[\w-]*)$")
_LABELLED = {
    "location_text": re.compile(r"^(?:job )?location(?:s)?$|^based in$|^office$", re.IGNORECASE),
    "salary_text": re.compile(r"^(?:salary|compensation|pay|pay range|salary range|wage)$", re.IGNORECASE),
    "employment_type_text": re.compile(r"^(?:employment type|job type|contract type|type)$", re.IGNORECASE),
}
_LABEL_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,24}?)\s*[:\uff1a]\s*(.*)$")
_NOISE_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form")
_BLOCK_TAGS = frozenset({"p", "li", "h2", "h3", "h4", "dd", "pre", "blockquote"})
_POSITIVE_HINT = re.compile(r"description|posting|job|content|article|main|body", re.IGNORECASE)
_NEGATIVE_HINT = re.compile(r"comment|sidebar|footer|nav|menu|related|share|cookie|banner", re.IGNORECASE)
_CURRENCY_CODES = r"USD|EUR|GBP|CAD|AUD|NZD|CHF|PLN|INR|SEK|NOK|DKK|JPY|SGD|BRL|MXN|ZAR"
_MONEY = re.compile(
    rf"(?:[$\u20ac\u00a3\u00a5\u20b9]|\b(?:{_CURRENCY_CODES})\b)\s?\d|\d[\d,.]*\s?[kK]?\s?(?:[\u20ac\u00a3]|\b(?:{_CURRENCY_CODES})\b)"
)
_PAY_WORDS = re.compile(
    r"\b(?:pay|salary|salaries|compensation|wage|wages|rate|range|remuneration|stipend|OTE|base)\b"
    r"|\bper (?:hour|day|week|month|year|annum)\b|/\s?(?:h|hr|hour|month|mo|year|yr)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_MAX_JSON_DEPTH = 8
_WORKDAY_HOSTS = ("myworkdayjobs.com", "myworkdaysite.com")


def extract_posting(html: str, url: str) -> RawPosting:
    """Extract a :class:`RawPosting` from a decoded job page fetched from ``url``.

    Raises:
        BadInputError: the URL has no host, the page is empty, says the job is gone / not found, or has
            no job title anywhere.
    """
    source = _source(url)
    if not html.strip():
        raise BadInputError("empty page")
    tree = LexborHTMLParser(html)
    if tree.body is None or not (tree.body.text(strip=True) or tree.css_first("script")):
        raise BadInputError("empty page: no body content")

    method: ExtractionMethod | None = None
    fields: Fields = {}
    for name, extractor in _extractors(source, tree):
        found = extractor(tree)
        if method is None and found.get("title"):
            method = name
        for key, value in found.items():
            if value and not fields.get(key):
                fields[key] = value
    # Generic heuristics: the last resort for the title, a filler for fields the structured sources lack.
    generic = _from_generic(tree, need_description=not fields.get("description_html"))
    if method is None and generic.get("title"):
        method = ExtractionMethod.GENERIC
    for key, value in generic.items():
        if value and not fields.get(key):
            fields[key] = value

    if not fields.get("salary_text") and fields.get("description_html"):
        fields["salary_text"] = _pay_sentence(fields["description_html"] or "")
    _reject_gone(tree, fields, method)
    if method is None or not fields.get("title"):
        raise BadInputError("no job title found on page")
    url_id = _id_from_url(url, source)
    if url_id:
        fields["external_id"] = url_id
    return RawPosting(url=url, source=source, method=method, **fields)


# ---------------------------------------------------------------------------------------------- helpers


def _extractors(
    host: str, tree: LexborHTMLParser
) -> list[tuple[ExtractionMethod, Callable[[LexborHTMLParser], Fields]]]:
    """Structured sources in order of trust: JSON-LD, microdata, then the ATS layout that the host implies
    or, for an ATS page embedded on a company domain, that the DOM shows."""
    extractors: list[tuple[ExtractionMethod, Callable[[LexborHTMLParser], Fields]]] = [
        (ExtractionMethod.JSON_LD, _from_json_ld),
        (ExtractionMethod.MICRODATA, _from_microdata),
    ]
    if host.endswith("greenhouse.io") or tree.css_first("#app_body h1.app-title") is not None:
        extractors.append((ExtractionMethod.GREENHOUSE, _from_greenhouse))
    elif host.endswith("lever.co") or tree.css_first(".posting-headline h2") is not None:
        extractors.append((ExtractionMethod.LEVER, _from_lever))
    elif host.endswith(_WORKDAY_HOSTS) or tree.css_first('[data-automation-id="jobPostingHeader"]'):
        extractors.append((ExtractionMethod.WORKDAY, _from_workday))
    return extractors


def _source(url: str) -> str:
    """The page's host, lowercased, without ``www.``."""
    host = urlsplit(url.strip()).hostname
    if not host:
        raise BadInputError(f"url has no host: {url!r}")
    return host.removeprefix("www.")


def _text(value: str | None) -> str | None:
    """Entity-decoded, whitespace-collapsed text, or ``None`` when empty."""
    if value is None:
        return None
    text = _WS.sub(" ", html_lib.unescape(value)).strip()
    return text or None


def _node_text(node: LexborNode | None) -> str | None:
    return _text(node.text(separator=" ")) if node is not None else None


def _first_text(tree: LexborHTMLParser | LexborNode, *selectors: str) -> str | None:
    for selector in selectors:
        text = _node_text(tree.css_first(selector))
        if text:
            return text
    return None


def _inner_html(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    inner = node.inner_html
    return inner.strip() if inner and inner.strip() and node.text(strip=True) else None


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"]') or tree.css_first(f'meta[name="{name}"]')
        if node is not None:
            text = _text(node.attributes.get("content"))
            if text:
                return text
    return None


def _id_from_url(url: str, host: str) -> str | None:
    """The ATS's own job id from the URL: Greenhouse numeric id, Lever UUID, Workday requisition id."""
    parts = urlsplit(url)
    gh_jid = parse_qs(parts.query).get("gh_jid")  # Greenhouse, also when embedded on a company site
    if gh_jid and gh_jid[0].isdigit():
        return gh_jid[0]
    if host.endswith("greenhouse.io"):
        match = _GREENHOUSE_ID.search(parts.path)
        return match.group(1) if match else None
    if host.endswith("lever.co"):
        match = _LEVER_ID.search(parts.path)
        return match.group(1).lower() if match else None
    if host.endswith(_WORKDAY_HOSTS):
        match = _WORKDAY_ID.search(parts.path.rstrip("/"))
        return match.group(1) if match else None
    return None


def _reject_gone(tree: LexborHTMLParser, fields: Fields, method: ExtractionMethod | None) -> None:
    """Raise if the page says the job is gone or not found (title, headline, or a generic page's body)."""
    candidates = [
        _first_text(tree, "title"),
        _first_text(tree, "h1"),
        _meta(tree, "og:title"),
        fields.get("title"),
    ]
    if method in (None, ExtractionMethod.GENERIC):
        body_text = _node_text(tree.body) or ""
        candidates.append(body_text[:3000])
    for text in candidates:
        match = _GONE.search(text or "")
        if match:
            raise BadInputError(f"job no longer available or page not found: page says {match.group(0)!r}")


# ---------------------------------------------------------------------------------------------- JSON-LD


def _from_json_ld(tree: LexborHTMLParser) -> Fields:
    for posting in _json_ld_postings(tree):
        fields = _json_ld_fields(posting)
        if fields.get("title"):
            return fields
    return {}


def _json_ld_postings(tree: LexborHTMLParser) -> Iterator[dict[str, Json]]:
    """Every JobPosting object in the page's JSON-LD scripts; unparseable scripts are skipped."""
    for script in tree.css("script"):
        kind = (script.attributes.get("type") or "").strip().lower()
        if not kind.startswith("application/ld+json"):
            continue
        data = _load_json(script.text())
        if data is not None:
            yield from _find_postings(data, 0)


def _load_json(text: str) -> Json | None:
    """Parse JSON-LD leniently: CDATA/comment wrappers, raw control characters, trailing commas."""
    text = text.strip()
    text = re.sub(r"^(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)$", "", text).strip()
    for candidate in (text, re.sub(r",\s*([}\]])", r"\1", text)):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return None


def _is_job_posting(obj: dict[str, Json]) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and re.split(r"[/:#]", kind)[-1] == "JobPosting" for kind in kinds)


def _find_postings(data: Json, depth: int) -> Iterator[dict[str, Json]]:
    if depth > _MAX_JSON_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _find_postings(item, depth + 1)
    elif isinstance(data, dict):
        if _is_job_posting(data):
            yield data
            return
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item"):
            if key in data:
                yield from _find_postings(data[key], depth + 1)


def _as_list(value: Json) -> list[Json]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _scalar(value: Json) -> str | None:
    """A JSON-LD value as text: strings and numbers as is, ``{"@value"|"value"|"name": ...}`` unwrapped."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str | int | float):
        return _text(str(value))
    if isinstance(value, dict):
        for key in ("@value", "value", "name", "@id"):
            if key in value:
                return _scalar(value[key])
    if isinstance(value, list):
        return _join(_scalar(item) for item in value)
    return None


def _join(parts: Iterator[str | None] | list[str | None], sep: str = ", ") -> str | None:
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return sep.join(seen) or None


def _json_ld_fields(posting: dict[str, Json]) -> Fields:
    organization = posting.get("hiringOrganization")
    company_url = None
    if isinstance(organization, dict):
        company_url = _scalar(organization.get("sameAs")) or _scalar(organization.get("url"))
        if company_url and "," in company_url:
            company_url = company_url.split(",")[0].strip()
    return {
        "title": _scalar(posting.get("title")) or _scalar(posting.get("name")),
        "external_id": _scalar(posting.get("identifier")),
        "company_name": _scalar(organization),
        "company_url": company_url,
        "description_html": _description(posting.get("description")),
        "location_text": _join(_place(place) for place in _as_list(posting.get("jobLocation")))
        or _join(_place(place) for place in _as_list(posting.get("applicantLocationRequirements"))),
        "remote_text": _scalar(posting.get("jobLocationType")),
        "employment_type_text": _scalar(posting.get("employmentType")),
        "salary_text": _salary(posting.get("baseSalary")) or _salary(posting.get("estimatedSalary")),
        "date_posted_text": _scalar(posting.get("datePosted")),
        "valid_through_text": _scalar(posting.get("validThrough")),
    }


def _description(value: Json) -> str | None:
    """The description as HTML; an entity-escaped description (``&lt;p&gt;``) is unescaped once."""
    if isinstance(value, list):
        value = " ".join(item for item in value if isinstance(item, str))
    if not isinstance(value, str) or not value.strip():
        return None
    text: str = value.strip()
    for _ in range(2):  # escaped once or, seen in the wild, twice (&amp;lt;p&amp;gt;)
        if "<" in text or not re.search(r"&(?:amp;)?lt;/?[a-zA-Z]", text):
            break
        text = html_lib.unescape(text)
    return text


def _place(place: Json) -> str | None:
    """``Place``/``PostalAddress``/``Country`` as "Locality, Region, Country"."""
    if isinstance(place, str):
        return _text(place)
    if not isinstance(place, dict):
        return None
    address = place.get("address", place)
    if isinstance(address, str):
        return _text(address)
    if not isinstance(address, dict):
        return None
    parts = [
        _scalar(address.get(key))
        for key in ("addressLocality", "addressRegion", "addressCountry")
        if address.get(key)
    ]
    return _join(parts) or _scalar(place.get("name"))


def _salary(value: Json) -> str | None:
    """``MonetaryAmount`` as text like ``"USD 120000 - 150000 per YEAR"``; plain strings pass through."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return _text(str(value))
    if not isinstance(value, dict):
        return None
    currency = _scalar(value.get("currency"))
    amount = value.get("value")
    unit = None
    if isinstance(amount, dict):
        unit = _scalar(amount.get("unitText"))
        low, high = _scalar(amount.get("minValue")), _scalar(amount.get("maxValue"))
        single = _scalar(amount.get("value"))
        figure = f"{low} - {high}" if low and high else (low or high or single)
    else:
        figure = _scalar(amount)
        low, high = _scalar(value.get("minValue")), _scalar(value.get("maxValue"))
        if not figure and (low or high):
            figure = f"{low} - {high}" if low and high else (low or high)
    unit = unit or _scalar(value.get("unitText"))
    if not figure:
        return None
    return " ".join(part for part in (currency, figure, f"per {unit}" if unit else None) if part)


# -------------------------------------------------------------------------------------------- microdata


def _from_microdata(tree: LexborHTMLParser) -> Fields:
    for scope in tree.css("[itemscope][itemtype]"):
        if not (scope.attributes.get("itemtype") or "").rstrip("/").endswith("JobPosting"):
            continue
        props = _item_props(scope)
        organization = _first(props, "hiringOrganization")
        org_props = _item_props(organization) if _is_scope(organization) else {}
        description = _first(props, "description")
        fields: Fields = {
            "title": _prop_text(props, "title") or _prop_text(props, "name"),
            "external_id": _prop_text(props, "identifier"),
            "company_name": _prop_text(org_props, "name") or _prop_value(organization),
            "company_url": _prop_text(org_props, "sameAs") or _prop_text(org_props, "url"),
            "description_html": _inner_html(description),
            "location_text": _join(_microdata_place(node) for node in props.get("jobLocation", [])),
            "remote_text": _prop_text(props, "jobLocationType"),
            "employment_type_text": _join(_prop_value(node) for node in props.get("employmentType", [])),
            "salary_text": _microdata_salary(_first(props, "baseSalary")),
            "date_posted_text": _prop_text(props, "datePosted"),
            "valid_through_text": _prop_text(props, "validThrough"),
        }
        if fields["title"]:
            return fields
    return {}


def _is_scope(node: LexborNode | None) -> TypeGuard[LexborNode]:
    return node is not None and "itemscope" in node.attributes


def _item_props(scope: LexborNode) -> dict[str, list[LexborNode]]:
    """The item's properties: ``itemprop`` descendants that are not inside a nested ``itemscope``."""
    props: dict[str, list[LexborNode]] = {}
    stack = list(scope.iter())
    stack.reverse()
    while stack:
        node = stack.pop()
        for name in (node.attributes.get("itemprop") or "").split():
            props.setdefault(name, []).append(node)
        if "itemscope" not in node.attributes:
            stack.extend(reversed(list(node.iter())))
    return props


def _first(props: dict[str, list[LexborNode]], name: str) -> LexborNode | None:
    nodes = props.get(name)
    return nodes[0] if nodes else None


def _prop_value(node: LexborNode | None) -> str | None:
    """A property's value per the microdata spec: ``content``, URL attributes, ``datetime``, else text."""
    if node is None:
        return None
    attrs = node.attributes
    for attr in ("content", "datetime", "value"):
        if attrs.get(attr):
            return _text(attrs[attr])
    if node.tag in ("a", "link", "area") and attrs.get("href"):
        return _text(attrs["href"])
    if node.tag in ("img", "source", "iframe", "embed") and attrs.get("src"):
        return _text(attrs["src"])
    return _node_text(node)


def _prop_text(props: dict[str, list[LexborNode]], name: str) -> str | None:
    return _prop_value(_first(props, name))


def _microdata_place(node: LexborNode) -> str | None:
    if not _is_scope(node):
        return _prop_value(node)
    props = _item_props(node)
    address = _first(props, "address")
    if _is_scope(address):
        props = _item_props(address)
    elif address is not None:
        return _prop_value(address)
    return _join(
        [_prop_text(props, key) for key in ("addressLocality", "addressRegion", "addressCountry")]
    ) or _prop_text(props, "name")


def _microdata_salary(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    if not _is_scope(node):
        return _prop_value(node)
    props = _item_props(node)
    value = _first(props, "value")
    if _is_scope(value):
        inner = _item_props(value)
        low, high = _prop_text(inner, "minValue"), _prop_text(inner, "maxValue")
        figure = f"{low} - {high}" if low and high else (low or high or _prop_text(inner, "value"))
        unit = _prop_text(inner, "unitText")
    else:
        figure, unit = _prop_value(value), None
    unit = unit or _prop_text(props, "unitText")
    currency = _prop_text(props, "currency")
    if not figure:
        return _node_text(node)
    return " ".join(part for part in (currency, figure, f"per {unit}" if unit else None) if part)


# ------------------------------------------------------------------------------------------ ATS layouts


def _from_greenhouse(tree: LexborHTMLParser) -> Fields:
    """Classic boards.greenhouse.io (``#app_body``) and the newer job-boards layout (``.job__title``)."""
    company = _first_text(tree, "#app_body .company-name", ".company-name")
    if company:
        company = re.sub(r"^at\s+", "", company, flags=re.IGNORECASE) or None
    pay = _first_text(tree, ".pay-range")
    pay_label = _first_text(tree, ".pay-input .title")
    return {
        "salary_text": f"{pay_label}: {pay}" if pay and pay_label else pay,
        "title": _first_text(tree, "#app_body h1.app-title", "h1.app-title", ".job__title h1", ".job__title"),
        "company_name": company,
        "location_text": _first_text(tree, "#app_body .location", ".job__location", ".location"),
        "description_html": _inner_html(tree.css_first("#content"))
        or _inner_html(tree.css_first(".job__description")),
    }


def _from_lever(tree: LexborHTMLParser) -> Fields:
    sections = [
        _inner_html(node)
        for node in tree.css(".section-wrapper .section")
        if not node.css_matches(".posting-header, .last-section-apply")
        and node.css_first(".posting-headline, .postings-btn, .postings-btn-wrapper") is None
    ]
    description = (
        _join(sections, "\n")
        or _inner_html(tree.css_first("[data-qa=job-description]"))
        or _inner_html(tree.css_first(".section-wrapper"))
    )
    logo = tree.css_first(".main-header-logo img")
    title = _first_text(tree, ".posting-headline h2", ".posting-headline h1")
    company = _text(logo.attributes.get("alt")) if logo is not None else None
    if company:
        company = re.sub(r"\s+logo$", "", company, flags=re.IGNORECASE) or None
    page_title = _first_text(tree, "title")
    if not company and title and page_title and page_title.endswith(f" - {title}"):
        company = page_title.removesuffix(f" - {title}").strip() or None
    return {
        "title": title,
        "company_name": company,
        "location_text": _first_text(tree, ".posting-categories .location"),
        "employment_type_text": _first_text(tree, ".posting-categories .commitment"),
        "remote_text": _first_text(tree, ".posting-categories .workplaceTypes"),
        "salary_text": _first_text(tree, "[data-qa=salary-range]"),
        "description_html": description,
    }


def _from_workday(tree: LexborHTMLParser) -> Fields:
    def automation(name: str) -> str | None:
        node = tree.css_first(f'[data-automation-id="{name}"]')
        if node is None:
            return None
        value = node.css_first("dd")
        return _node_text(value) if value is not None else _node_text(node)

    logo = tree.css_first('img[data-automation-id="logo"]')
    return {
        "company_name": _text(logo.attributes.get("alt")) if logo is not None else None,
        "title": automation("jobPostingHeader"),
        "description_html": _inner_html(tree.css_first('[data-automation-id="jobPostingDescription"]')),
        "location_text": automation("locations"),
        "employment_type_text": automation("time"),
        "date_posted_text": automation("postedOn"),
        "external_id": automation("requisitionId"),
        "remote_text": automation("remoteType"),
    }


# ---------------------------------------------------------------------------------------------- generic


def _strip_noise(tree: LexborHTMLParser) -> None:
    """Drop elements that never hold the posting (run after the structured extractors read scripts)."""
    tree.strip_tags(list(_NOISE_TAGS), recursive=True)


def _from_generic(tree: LexborHTMLParser, *, need_description: bool) -> Fields:
    page_title = _first_text(tree, "title")
    site = _meta(tree, "og:site_name")
    title = _meta(tree, "og:title", "twitter:title") or _first_text(tree, "h1") or page_title
    if title and site:
        title = re.sub(rf"\s*[|\-\u2013\u2014:]\s*{re.escape(site)}$", "", title) or title
    fields: Fields = {"title": title, "company_name": site}
    _strip_noise(tree)
    block = _largest_block(tree) if need_description else None
    if block is not None:
        fields["description_html"] = _inner_html(block)
    fields.update(_labelled_values(tree))
    if not fields.get("location_text"):
        location = _first_text(tree, ".job-location", ".location", "[class*=location]")
        fields["location_text"] = location if location and len(location) <= 100 else None
    return fields


def _largest_block(tree: LexborHTMLParser) -> LexborNode | None:
    """The element whose paragraphs and list items hold the most text (a readability-style score)."""
    if tree.body is None:
        return None
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for node in tree.body.traverse():
        if node.tag not in _BLOCK_TAGS:
            continue
        length = len(node.text(strip=True))
        if length < 20:
            continue
        parent = node.parent
        for weight in (1.0, 0.5):
            if parent is None or parent.tag in ("html", None):
                break
            key = parent.mem_id
            nodes[key] = parent
            scores[key] = scores.get(key, 0.0) + weight * length
            parent = parent.parent
    if not scores:
        return None
    for key, node in nodes.items():
        hint = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _NEGATIVE_HINT.search(hint):
            scores[key] *= 0.5
        elif _POSITIVE_HINT.search(hint):
            scores[key] *= 1.25
        if node.tag in ("ul", "ol"):
            scores[key] *= 0.5  # prefer the container that also holds the prose around the list
    best = max(scores, key=lambda key: scores[key])
    return nodes[best]


def _pay_sentence(description_html: str) -> str | None:
    """The first description sentence that states an amount of money and talks about pay, verbatim."""
    text = LexborHTMLParser(description_html).text(separator="\n")
    for line in text.splitlines():
        if not _MONEY.search(line):
            continue
        for sentence in _SENTENCE_END.split(line):
            if _MONEY.search(sentence) and _PAY_WORDS.search(sentence):
                return _text(sentence)
    return None


def _labelled_values(tree: LexborHTMLParser) -> Fields:
    """Location, salary and employment type from ``Label: value`` lines or ``<dt>``/``<dd>`` pairs."""
    found: Fields = {}
    if tree.body is None:
        return found
    lines = [line.strip() for line in tree.body.text(separator="\n").splitlines()]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        match = _LABEL_LINE.match(line)
        if match:
            label, value = match.group(1).strip(), match.group(2).strip()
        else:
            label, value = line.rstrip(":\uff1a"), ""
        if len(label) > 25:
            continue
        if not value and index + 1 < len(lines):
            value = lines[index + 1]
        if not value or len(value) > 120:
            continue
        for key, pattern in _LABELLED.items():
            if key not in found and pattern.match(label):
                found[key] = _text(value)
    return found
