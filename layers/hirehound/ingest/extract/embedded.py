"""Server-rendered shells of JS apps: the posting sits in embedded application state, not in the DOM.

Read: ``<script type="application/json">`` (Next.js ``__NEXT_DATA__``, Nuxt, Remix), and inline
assignments ``window.X = {...}`` (``__INITIAL_STATE__``, ``__APOLLO_STATE__``, ``__appData``,
``__remixContext``, ``_initialData``, ``*_REDUX_DATA``...). Apollo/Relay references (``{"__ref": "Type:1"}``)
are resolved against the blob's top level. The job is the object that looks most like one: a string title
beside description, location, company, employment-type or pay keys; its fields are mapped by name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from hirehound.ingest.extract import appstate, jsdata
from hirehound.ingest.extract.dom import Fields, Json, join, text
from hirehound.ingest.extract.page import Page

_ASSIGNMENT = re.compile(
    r"(?:(?:window|self|globalThis)\s*(?:\.\s*|\[\s*[\"'])|\b(?:var|let|const)\s+)([A-Za-z_$][\w$]*)[\"']?\s*\]?"
    r"\s*=\s*(?=[{\[]|JSON\.parse\(\s*[\"']|\(\s*function\s*\()"
)
# An object literal handed to a constructor (UltiPro's ``new US.Opportunity.CandidateOpportunityDetail({})``).
_CONSTRUCTED = re.compile(r"\bnew\s+([A-Za-z_$][\w$.]*)\s*\(\s*(?=\{)")
_PASCAL = re.compile(r"^[A-Z][a-z]\w*$")
_JSON_PARSE = re.compile(r"JSON\.parse\(\s*")
_JS_ESCAPE = re.compile(r"\\(.)|\"", re.DOTALL)


def _requote(match: re.Match[str]) -> str:
    """One escape of a single-quoted JS string as JSON wants it: ``\\'`` -> ``'``, a bare ``"`` escaped."""
    escaped = match.group(1)
    if escaped is None:
        return '\\"'
    return "'" if escaped == "'" else match.group(0)


_DECODER = json.JSONDecoder(strict=False)
_MAX_NODES = 20_000
_MAX_DEPTH = 14

TITLE_KEYS = ("title", "jobTitle", "job_title", "positionTitle", "positionName", "postingTitle", "name")
DESCRIPTION_KEYS = (
    "descriptionHtml", "description_html", "jobDescription", "job_description", "description", "content",
    "descriptionPlain", "body",
)  # fmt: skip
COMPANY_KEYS = (
    "companyName", "company_name", "hiringOrganization", "hiringCompany", "employerName", "company",
    "employer", "advertiser", "organization", "organisation", "organizationName", "brand", "brandName",
)  # fmt: skip
LOCATION_KEYS = (
    "locationName", "job_post_location", "formattedLocation", "jobLocation", "location", "locations",
    "office", "offices", "address", "city", "local",
)  # fmt: skip
EMPLOYMENT_KEYS = (
    "employmentType", "employment_type", "commitment", "jobType", "job_type", "contractType", "workType",
    "workTypes", "timeType", "schedule",
)  # fmt: skip
REMOTE_KEYS = (
    "workplaceType",
    "workMode",
    "work_mode",
    "workArrangement",
    "remoteStatus",
    "workplace_type",
    "workplace",
    "remoteType",
    "locationType",
    "remote",
    "isRemote",
)
SALARY_KEYS = (
    "compensationTierSummary", "scrapeableCompensationSalarySummary", "salaryText", "salary", "salaryRange",
    "payRange", "pay_ranges", "payRanges", "compensation", "baseSalary",
)  # fmt: skip
DATE_KEYS = (
    "datePosted",
    "publishedDate",
    "published_at",
    "postedAt",
    "postedDate",
    "listingDate",
    "createdAt",
)
# Apps name their fields freely ("positionName", "companyInfo", "workLocation", "payDescription",
# "summaryHtml"): a key not listed above is read by the stems its name contains (lowercased).
# Apps built for one country name their fields in its language (the Arbeitsagentur's
# ``stellenangebotsTitel``/``firma``/``verguetung``, an Italian site's ``titolo``/``azienda``/``sede``):
# stems in German, Italian, Spanish, French and Dutch, read like the English ones.
_FOREIGN: dict[str, tuple[str, ...]] = {
    "title": ("titel", "titolo", "titulo", "título", "titre", "intitule", "intitulé"),
    "description": (
        "beschreibung", "descrizione", "descripcion", "descripción", "descriptif", "omschrijving",
        "descricao", "descrição",
    ),
    "company": (
        "firma", "arbeitgeber", "unternehmen", "azienda", "empresa", "entreprise", "employeur", "werkgever",
        "bedrijf",
    ),
    "location": (
        "lokation", "standort", "arbeitsort", "einsatzort", "adresse", "indirizzo", "direccion", "dirección",
        "ubicacion", "ubicación", "localidad", "localita", "località", "lieu", "sede", "werklocatie",
        "endereco", "endereço", "cidade", "localizacao", "localização",
    ),
    "employment": (
        "contratto", "contrato", "contrat", "orario", "jornada", "vertragsart", "anstellungsart",
        "beschaeftigungsart", "dienstverband",
    ),
    "salary": (
        "gehalt", "verguetung", "vergütung", "lohn", "retribuzione", "stipendio", "salario", "sueldo",
        "salaire", "rémunération", "salaris",
    ),
    "remote": (
        "modalit", "modalidad", "homeoffice", "teletrabajo", "telelavoro", "télétravail", "teletravail",
        "thuiswerk", "modelotrabalho", "modelodetrabalho", "modelo_trabalho",
    ),
}  # fmt: skip
_STEMS: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {  # keys -> (stems, not these)
    TITLE_KEYS: (
        ("title", "positionname", "jobname", "vacancyname", "openingname", *_FOREIGN["title"]),
        ("subtitle", "page", "seo", "meta", "untertitel", "sottotitolo", "subtitulo"),
    ),
    DESCRIPTION_KEYS: (
        ("description", "summaryhtml", "bodyhtml", "contenthtml", *_FOREIGN["description"]),
        ("meta", "seo"),
    ),
    COMPANY_KEYS: (
        ("company", "employer", "organization", "organisation", "advertiser", *_FOREIGN["company"]),
        ("id", "logo", "url", "darstellung", "beschreibung", "descrizione", "profil"),
    ),
    LOCATION_KEYS: (
        ("location", "address", "city", "suburb", "workplace", *_FOREIGN["location"]),
        ("type", "id", "remote"),
    ),
    EMPLOYMENT_KEYS: (
        ("employment", "worktype", "jobtype", "contract", "timetype", *_FOREIGN["employment"]),
        ("id",),
    ),
    SALARY_KEYS: (
        ("salary", "pay", "compensation", "wage", "remuneration", *_FOREIGN["salary"]),
        ("id", "currency", "period", "valuta", "waehrung", "moneda"),
    ),
    REMOTE_KEYS: (_FOREIGN["remote"], ()),
}
_SIGNAL_GROUPS = (DESCRIPTION_KEYS, COMPANY_KEYS, LOCATION_KEYS, EMPLOYMENT_KEYS, SALARY_KEYS, REMOTE_KEYS)
# Scoring every object of a large blob must stay cheap: each key name maps once to the signal groups it
# belongs to (by position in _SIGNAL_GROUPS), listed or by stem.
_LISTED: dict[str, frozenset[int]] = {}
for _index, _group in enumerate(_SIGNAL_GROUPS):
    for _key in _group:
        _LISTED[_key] = _LISTED.get(_key, frozenset()) | {_index}
_JOB_TYPENAMES = re.compile(r"job|posting|vacanc|position|opening", re.IGNORECASE)
_NAME_KEYS = (
    "name",
    "label",
    "displayName",
    "title",
    "formattedAddress",
    "text",
    "nome",
    "nombre",
    "nom",
    "naam",
)


@dataclass
class Blob:
    name: str
    data: Json


def blobs(page: Page) -> list[Blob]:
    """Every JSON object embedded in the page's scripts (JSON-LD excluded: it has its own source)."""
    return page.cached("embedded", _parse_blobs)


def _parse_blobs(page: Page) -> list[Blob]:
    found: list[Blob] = []
    for script in page.scripts:
        body = script.body.strip()
        if not body or script.kind.startswith("application/ld+json"):
            continue
        if script.kind.endswith("json"):
            try:
                data = json.loads(body, strict=False)
            except ValueError:
                data = appstate.angular_state(body)
                if data is None:
                    continue
            found.append(
                Blob(
                    script.id or script.kind, jsdata.unflatten(data) if jsdata.looks_devalued(data) else data
                )
            )
        elif not script.kind or "javascript" in script.kind or script.kind == "module":
            for match in _ASSIGNMENT.finditer(body):
                data = _value_at(body, match.end())
                if data is not None:
                    found.append(Blob(match.group(1), data))
            for match in _CONSTRUCTED.finditer(body):
                data = _value_at(body, match.end())
                if data is not None:
                    found.append(Blob(match.group(1), _camel_keys(data)))
    found += [Blob(name, data) for name, data in appstate.attribute_blobs(page)]
    found += [Blob("__next_f", row) for row in appstate.flight_rows(page)]
    document = appstate.json_document(page)
    if document is not None:
        found.append(Blob("document", document))
    return found


def _camel_keys(data: Json) -> Json:
    """.NET serializers write ``PascalCase`` keys (``Title``, ``Locations``, ``Address.City``): an object
    whose keys all start upper-case is read with the first letter lowered, as the key lists spell them."""
    if isinstance(data, list):
        return [_camel_keys(item) for item in data]
    if not isinstance(data, dict):
        return data
    pascal = bool(data) and all(_PASCAL.match(key) for key in data)
    return {(key[:1].lower() + key[1:] if pascal else key): _camel_keys(value) for key, value in data.items()}


def _value_at(body: str, start: int) -> Json | None:
    """The JSON value assigned at ``start``: a literal, or the string given to ``JSON.parse("...")``."""
    if body.startswith("(", start):
        return jsdata.nuxt_iife(body, start)
    try:
        parse = _JSON_PARSE.match(body, start)
        if parse is None:
            return _DECODER.raw_decode(body, start)[0]
        at = parse.end()
        if body[at] == "'":  # a single-quoted JS string: re-quoted as a JSON string
            end = body.index("')", at + 1)
            literal = json.loads('"' + _JS_ESCAPE.sub(_requote, body[at + 1 : end]) + '"', strict=False)
        else:
            literal = _DECODER.raw_decode(body, at)[0]
        return json.loads(literal, strict=False) if isinstance(literal, str) else None
    except (ValueError, IndexError):
        return None


def detect(page: Page) -> bool:
    return bool(blobs(page))


def extract(page: Page) -> Fields:
    best: tuple[int, Fields] = (0, {})
    for blob in blobs(page):
        found = from_blob(blob.data)
        score = sum(1 for value in found.values() if value)
        if found.get("title") and score > best[0]:
            best = (score, found)
    fields = best[1]
    if fields and not fields.get("company_name"):
        fields["company_name"] = _company_blob(blobs(page))
    return fields


def _company_blob(found: list[Blob]) -> str | None:
    """The employer from a blob of its own (Comeet's ``var COMPANY_DATA = {"name": ...}``)."""
    for blob in found:
        if "company" in blob.name.casefold() and isinstance(blob.data, dict):
            name = _first_string(blob.data, ("name", "companyName", "displayName"), {})
            if name:
                return name
    return None


def from_blob(data: Json) -> Fields:
    """The fields of the most job-like object in ``data`` (``{}`` when nothing looks like a job)."""
    refs = data if isinstance(data, dict) else {}
    best: tuple[float, dict[str, Json] | None] = (0.0, None)
    for obj in _dicts(data, refs):
        score = _job_score(obj)
        if score > best[0]:
            best = (score, obj)
    job = best[1]
    if job is None:
        return {}
    fields = job_fields(job, refs)
    if not fields.get("company_name") and isinstance(data, dict | list):
        roots = [data] if isinstance(data, dict) else [item for item in data[:8] if isinstance(item, dict)]
        fields["company_name"] = next(filter(None, (_root_company(root, refs) for root in roots)), None)
    return fields


def job_fields(job: dict[str, Json], refs: dict[str, Json] | None = None) -> Fields:
    refs = refs or {}
    description = _first_string(job, DESCRIPTION_KEYS, refs)
    return {
        "title": _first_string(job, TITLE_KEYS, refs),
        "company_name": _named(_first(job, COMPANY_KEYS, refs), refs),
        "company_url": _first_string(job, ("companyUrl", "company_url", "website", "publicWebsite"), refs),
        "description_html": _unescape_html(description),
        "location_text": _location(_first(job, LOCATION_KEYS, refs), refs),
        "remote_text": _remote(job, refs),
        "employment_type_text": _employment(job, refs),
        "salary_text": salary_text(_first(job, SALARY_KEYS, refs), refs)
        or split_salary(job, refs)
        or _entry_salary(_first(job, EMPLOYMENT_KEYS, refs), refs),
        "date_posted_text": _first_string(job, DATE_KEYS, refs),
    }


# ------------------------------------------------------------------------------------------- walking


def _deref(value: Json, refs: dict[str, Json]) -> Json:
    for _ in range(3):
        if isinstance(value, dict) and set(value) <= {"__ref", "__typename", "id"} and "__ref" in value:
            value = refs.get(str(value["__ref"]), value)
        else:
            break
    return value


def _dicts(data: Json, refs: dict[str, Json]) -> Iterator[dict[str, Json]]:
    stack: list[tuple[Json, int]] = [(data, 0)]
    seen = 0
    while stack and seen < _MAX_NODES:
        value, depth = stack.pop()
        seen += 1
        if isinstance(value, dict):
            yield value
            if depth < _MAX_DEPTH:
                stack.extend((child, depth + 1) for child in value.values() if isinstance(child, dict | list))
        elif isinstance(value, list) and depth < _MAX_DEPTH:
            stack.extend((child, depth + 1) for child in value[:200] if isinstance(child, dict | list))


def _job_score(obj: dict[str, Json]) -> float:
    title = next((obj[key] for key in TITLE_KEYS if isinstance(obj.get(key), str) and obj[key].strip()), None)
    if title is None:
        title = _first(obj, TITLE_KEYS, {})
    if not isinstance(title, str) or len(title) > 200:
        return 0.0
    groups: set[int] = set()
    for key, value in obj.items():
        if value not in (None, "", [], {}):
            groups |= _LISTED.get(key) or _signal_groups_of(key)
    signals = len(groups)
    if signals < 2:
        return 0.0
    typename = str(obj.get("__typename") or obj.get("@type") or "")
    description = _first_string(obj, DESCRIPTION_KEYS, {})
    return signals + (2.0 if _JOB_TYPENAMES.search(typename) else 0.0) + (1.0 if description else 0.0)


@lru_cache(maxsize=8192)
def _groups_of(key: str) -> tuple[tuple[str, ...], ...]:
    """The key groups of ``_STEMS`` whose stems ``key`` holds, without their unwanted words (keys repeat
    across the objects of a blob: each is classified once)."""
    low = key.casefold()
    return tuple(
        keys
        for keys, (stems, unwanted) in _STEMS.items()
        if key not in keys and any(stem in low for stem in stems) and not any(bad in low for bad in unwanted)
    )


@lru_cache(maxsize=8192)
def _signal_groups_of(key: str) -> frozenset[int]:
    groups = _groups_of(key)
    return frozenset(index for index, group in enumerate(_SIGNAL_GROUPS) if group in groups)


def _keys(obj: dict[str, Json], keys: tuple[str, ...]) -> Iterator[str]:
    """``keys`` in order, then the object's other keys that name the same thing (see ``_STEMS``)."""
    yield from keys
    if keys in _STEMS:
        yield from (key for key in obj if keys in _groups_of(key))


def _first(obj: dict[str, Json], keys: tuple[str, ...], refs: dict[str, Json]) -> Json:
    for key in _keys(obj, keys):
        value = _deref(obj.get(key), refs)
        if value not in (None, "", [], {}):
            return value
    return None


def _first_string(obj: dict[str, Json], keys: tuple[str, ...], refs: dict[str, Json]) -> str | None:
    for key in _keys(obj, keys):
        value = _deref(obj.get(key), refs)
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _named(value: Json, refs: dict[str, Json]) -> str | None:
    """A string, or an object's name/label, or a list of those joined."""
    value = _deref(value, refs)
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict):
        found = _first_string(value, _NAME_KEYS, refs)
        if found is None:  # {"companyName": ...}, {"displayLabel": ...}
            key = next((k for k in value if k.casefold().endswith(("name", "label"))), None)
            found = _first_string(value, (key,), refs) if key else None
        return found
    if isinstance(value, list):
        return join(_named(item, refs) for item in value[:5])
    return None


_ADDRESS_KEYS = ("address", "adresse", "indirizzo", "direccion", "dirección")


def _location(value: Json, refs: dict[str, Json]) -> str | None:
    value = _deref(value, refs)
    if isinstance(value, list):
        return join(_location(item, refs) for item in value[:5])
    if not isinstance(value, dict):
        return _named(value, refs)
    address = next((value[key] for key in _ADDRESS_KEYS if isinstance(value.get(key), dict)), None)
    if address is not None:
        return _location(address, refs)
    parts = [
        _named(value.get(key), refs)
        for key in (
            "city", "cityName", "suburb", "town", "addressLocality", "locality", "region", "state",
            "stateCode", "prefecture", "province", "addressRegion", "country", "countryName", "countryCode",
            "addressCountry", "ort", "stadt", "citta", "città", "ciudad", "cidade", "ville", "uf", "estado",
            "land", "paese", "pais", "país", "pays",
        )
    ]  # fmt: skip
    return join(parts) or _named(value, refs)


def _remote(job: dict[str, Json], refs: dict[str, Json]) -> str | None:
    for key in _keys(job, REMOTE_KEYS):
        value = _deref(job.get(key), refs)
        if value is True:
            return "Remote"
        if isinstance(value, str) and value.strip() and not value.strip().isdigit():  # BambooHR's "0"
            return text(value)
        if isinstance(value, dict):
            return _named(value, refs)
    return next((mode for key, mode in _MODE_FLAGS if job.get(key) is True), None)


def _employment(job: dict[str, Json], refs: dict[str, Json]) -> str | None:
    """Every schedule and contract value (an Italian ``contratto: "Tempo indeterminato"`` beside
    ``orario: "Full-time"``), else a schedule flag set true (UltiPro's ``FullTime``, the Arbeitsagentur's
    ``arbeitszeitVollzeit``)."""
    values = (_named(_deref(job.get(key), refs), refs) for key in dict.fromkeys(_keys(job, EMPLOYMENT_KEYS)))
    found = join(values)
    if found:
        return found
    flags = (key.casefold() for key, value in job.items() if value is True)
    return next((mode for flag in flags for ending, mode in _SCHEDULE_FLAGS if flag.endswith(ending)), None)


_SCHEDULE_FLAGS = (
    ("fulltime", "Full-time"),
    ("vollzeit", "Vollzeit"),
    ("parttime", "Part-time"),
    ("teilzeit", "Teilzeit"),
)


# Work-mode flags beside ``remote: false`` (Recruitee: ``hybrid``, ``onSite``).
_MODE_FLAGS = (("hybrid", "Hybrid"), ("isHybrid", "Hybrid"), ("onSite", "On-site"), ("onsite", "On-site"))


# Portuguese, Spanish and German apps write "de"/"ate", "desde"/"hasta", "von"/"bis".
_LOW_KEYS = (
    "min", "minimum", "minValue", "min_value", "from", "salaryMin", "min_cents", "rangeStart", "de", "desde",
    "von",
)  # fmt: skip
_HIGH_KEYS = (
    "max", "maximum", "maxValue", "max_value", "to", "salaryMax", "max_cents", "rangeEnd", "ate", "até",
    "hasta", "bis",
)  # fmt: skip


_CURRENCY_KEYS = (
    "currency",
    "currency_type",
    "currencyCode",
    "currency_code",
    "valuta",
    "waehrung",
    "währung",
    "moneda",
    "moeda",
    "devise",
)


def salary_text(value: Json, refs: dict[str, Json] | None = None) -> str | None:
    """A pay value as text: strings as is; ``{min, max, currency, period}``-like objects spelled out."""
    refs = refs or {}
    value = _deref(value, refs)
    if isinstance(value, list):
        return salary_text(value[0], refs) if value else None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return text(str(value))
    if not isinstance(value, dict):
        return None
    low = _first_string(value, _LOW_KEYS, refs)
    high = _first_string(value, _HIGH_KEYS, refs)
    if low is None and high is None:
        return _first_string(
            value, ("label", "text", "summary", "formatted", "display", "texto", "testo"), refs
        )
    if "min_cents" in value or "max_cents" in value:
        low, high = (str(int(float(x)) // 100) if x else None for x in (low, high))
    currency = _first_string(value, _CURRENCY_KEYS, refs)
    period = _first_string(
        value, ("period", "interval", "unit", "unitText", "frequency", "per", "periodo", "período"), refs
    )
    if currency and len(currency) == _CODE_LENGTH:
        currency = currency.upper()  # "pln"
    figure = f"{low} - {high}" if low and high and low != high else (low or high)
    period = period.casefold().removeprefix("per_").removeprefix("per ") if period else None
    return " ".join(part for part in (currency, figure, f"per {period}" if period else None) if part)


_CODE_LENGTH = 3


def _entry_salary(entries: Json, refs: dict[str, Json]) -> str | None:
    """Pay given per kind of engagement (a Polish board's ``employmentTypes: [{type, from, to, currency,
    unit}]``): the first entry with figures."""
    for entry in entries if isinstance(entries, list) else [entries]:
        if isinstance(entry, dict) and any(key in entry for key in (*_LOW_KEYS, *_HIGH_KEYS)):
            return salary_text(entry, refs)
    return None


def split_salary(job: dict[str, Json], refs: dict[str, Json]) -> str | None:
    """Pay spread over sibling keys (JOIN: ``salaryAmountFrom: {amount, currency}``, ``salaryAmountTo``,
    ``salaryFrequency``), as ``salary_text`` spells a range."""
    parts: dict[str, Json] = {}
    for key, found in job.items():
        low = key.casefold()
        if not any(stem in low for stem in ("salary", "pay", "compensation")):
            continue
        value = _deref(found, refs)
        if isinstance(value, dict):
            parts.setdefault("currency", _first_string(value, ("currency", "currencyCode"), refs))
            value = _first_string(value, ("amount", "value"), refs)
        if low.endswith(("from", "min", "minimum")):
            parts["min"] = value
        elif low.endswith(("to", "max", "maximum")):
            parts["max"] = value
        elif low.endswith(("frequency", "period", "interval", "unit")):
            parts["period"] = value
        elif low.endswith("currency"):
            parts["currency"] = value
    return salary_text(parts, refs) if parts.get("min") or parts.get("max") else None


def _root_company(data: dict[str, Json], refs: dict[str, Json]) -> str | None:
    """An organization named near the top of the blob (Ashby's ``organization``, a board's ``board``)."""
    for obj in (data, *[v for v in data.values() if isinstance(v, dict)]):
        for key in ("organization", "company", "companyName", "hiringOrganization", "employer", "board"):
            name = _named(obj.get(key), refs)
            if name:
                return name
    return None


def _unescape_html(value: str | None) -> str | None:
    if value and "<" not in value and "&lt;" in value:
        import html as html_lib

        return html_lib.unescape(value)
    return value
