"""schema.org ``JobPosting`` in ``<script type="application/ld+json">``: plain, in lists, ``@graph``,
``mainEntity`` or ``itemListElement``; parsed leniently (CDATA/comment wrappers, raw control characters,
trailing commas)."""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator

from hirehound.ingest.extract.dom import Fields, Json, join, text
from hirehound.ingest.extract.page import Page

_MAX_DEPTH = 8
_WRAPPER = re.compile(r"^(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_ESCAPED_TAG = re.compile(r"&(?:amp;)?lt;/?[a-zA-Z]")
_TYPE_SPLIT = re.compile(r"[/:#]")
_NESTING_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item")


def load_json(body: str) -> Json | None:
    """Parse a JSON-LD block leniently; ``None`` when it is not JSON even then."""
    body = _WRAPPER.sub("", body.strip()).strip()
    for candidate in (body, _TRAILING_COMMA.sub(r"\1", body)):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return None


def blocks(page: Page) -> list[Json]:
    """Every parseable JSON-LD block of the page (parsed once per page)."""
    return page.cached("json-ld", _parse_blocks)


def _parse_blocks(page: Page) -> list[Json]:
    found = []
    for script in page.scripts:
        if script.kind.startswith("application/ld+json"):
            data = load_json(script.body)
            if data is not None:
                found.append(data)
    return found


def types_of(obj: dict[str, Json]) -> set[str]:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {_TYPE_SPLIT.split(kind)[-1] for kind in kinds if isinstance(kind, str)}


def objects(data: Json, depth: int = 0) -> Iterator[dict[str, Json]]:
    """Every typed object in a JSON-LD block, descending into the usual nesting keys."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "JobPosting" in types_of(data):
            return
        for key in _NESTING_KEYS:
            if key in data:
                yield from objects(data[key], depth + 1)


def postings(page: Page) -> list[dict[str, Json]]:
    return page.cached(
        "json-ld postings",
        lambda p: [obj for block in blocks(p) for obj in objects(block) if "JobPosting" in types_of(obj)],
    )


def all_types(page: Page) -> set[str]:
    return page.cached(
        "json-ld types",
        lambda p: {kind for block in blocks(p) for obj in objects(block) for kind in types_of(obj)},
    )


def detect(page: Page) -> bool:
    return any(script.kind.startswith("application/ld+json") for script in page.scripts)


def extract(page: Page) -> Fields:
    for posting in postings(page):
        fields = posting_fields(posting)
        if fields.get("title"):
            return fields
    return {}


def scalar(value: Json) -> str | None:
    """A JSON-LD value as text: strings and numbers as is, ``{"@value"|"value"|"name": ...}`` unwrapped."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str | int | float):
        return text(str(value))
    if isinstance(value, dict):
        for key in ("@value", "value", "name", "@id"):
            if key in value:
                return scalar(value[key])
    if isinstance(value, list):
        return join(scalar(item) for item in value)
    return None


def _as_list(value: Json) -> list[Json]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def posting_fields(posting: dict[str, Json]) -> Fields:
    organization = posting.get("hiringOrganization")
    company_url = None
    if isinstance(organization, dict):
        company_url = scalar(organization.get("sameAs")) or scalar(organization.get("url"))
        if company_url and "," in company_url:
            company_url = company_url.split(",")[0].strip()
    return {
        "title": scalar(posting.get("title")) or scalar(posting.get("name")),
        "external_id": scalar(posting.get("identifier")),
        "company_name": scalar(organization),
        "company_url": company_url,
        "description_html": description(posting.get("description")),
        "location_text": join(place(item) for item in _as_list(posting.get("jobLocation")))
        or join(place(item) for item in _as_list(posting.get("applicantLocationRequirements"))),
        "remote_text": scalar(posting.get("jobLocationType")),
        "employment_type_text": _employment(posting.get("employmentType")),
        "salary_text": salary(posting.get("baseSalary")) or salary(posting.get("estimatedSalary")),
        "date_posted_text": scalar(posting.get("datePosted")),
        "valid_through_text": scalar(posting.get("validThrough")),
    }


def description(value: Json) -> str | None:
    """The description as HTML; an entity-escaped description (``&lt;p&gt;``) is unescaped once (or twice)."""
    if isinstance(value, list):
        value = " ".join(item for item in value if isinstance(item, str))
    if not isinstance(value, str) or not value.strip():
        return None
    found: str = value.strip()
    for _ in range(2):
        if "<" in found or not _ESCAPED_TAG.search(found):
            break
        found = html_lib.unescape(found)
    return found


def place(value: Json) -> str | None:
    """``Place``/``PostalAddress``/``Country`` as "Locality, Region, Country"."""
    if isinstance(value, str):
        return text(value)
    if not isinstance(value, dict):
        return None
    address = value.get("address", value)
    if isinstance(address, str):
        return text(address)
    if not isinstance(address, dict):
        return None
    parts = [scalar(address.get(key)) for key in ("addressLocality", "addressRegion", "addressCountry")]
    return join(parts) or scalar(value.get("name"))


def salary(value: Json) -> str | None:
    """``MonetaryAmount`` as text like ``"USD 120000 - 150000 per YEAR"``; plain strings pass through."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return text(str(value))
    if not isinstance(value, dict):
        return None
    currency = scalar(value.get("currency"))
    amount = value.get("value")
    unit = None
    if isinstance(amount, dict):
        unit = scalar(amount.get("unitText"))
        low, high = scalar(amount.get("minValue")), scalar(amount.get("maxValue"))
        figure = f"{low} - {high}" if low and high else (low or high or scalar(amount.get("value")))
    else:
        figure = scalar(amount)
        low, high = scalar(value.get("minValue")), scalar(value.get("maxValue"))
        if not figure and (low or high):
            figure = f"{low} - {high}" if low and high else (low or high)
    unit = unit or scalar(value.get("unitText"))
    if not figure:
        return None
    return " ".join(part for part in (currency, figure, f"per {unit}" if unit else None) if part)


def _employment(value: Json) -> str | None:
    """schema.org's ``employmentType``; its catch-all ``OTHER`` states no kind (the page may say one)."""
    found = scalar(value)
    return None if found is not None and found.strip().upper() in ("OTHER", "OTHERS") else found
