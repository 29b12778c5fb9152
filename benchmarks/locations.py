"""Location parsing on real ads: EMSCAD's locations, scored against what each text states.

    .venv/bin/python -m benchmarks.locations [--data ../shared/data/emscad_train.csv.gz] [--details]

EMSCAD writes a location as "CC, REGION, City" ("US, NY, New York", "GB, , London", "US, KY, ").
The first part is the ISO 3166-1 country; the third part, when present, is what the ad says the city is.
Scoring (no gazetteer is used to decide what is right):

- **country**: the parsed ``country_code`` equals the first part, on every row that has one.
- **city**, on rows whose third part names a place: the parsed city equals it after folding (accents,
  case and punctuation ignored: "LOS   ANGELES" = "Los Angeles", "zurich" = "Zürich"). No synonyms
  count: "St Paul" -> "Saint Paul" or "Heraklion" -> "Irákleion" would be wrong. When the part lists
  several places ("Huddersfield/Wakefield", "Glasgow / London"), the first is expected (the parser takes
  the first place); these rows are counted apart.
- Rows whose third part is empty, a postal code ("91401") or the country's name ("DE, , Germany") are
  not scored for the city but must not get one ("invented"); a city-state's name is its city. Any other
  third part is expected as the city, even when it only restates the region ("US, CA, California",
  "GB, ABE, Scotland"): the parser gives no city there, and those rows count as misses.

The EMSCAD file is public (University of the Aegean) but not part of this repository: read it from
``../shared/data`` or give ``--data``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from hirehound.ingest.normalize._common import fold
from hirehound.ingest.normalize.location import parse_location, warm

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "emscad_train.csv.gz"
_CITY_STATES = frozenset({"SG", "HK", "MO", "MC", "VA", "SM", "GI", "LU"})  # "SG, 01, Singapore" is a city
_SHORT_NAMES = {"GB": ("uk", "united kingdom"), "US": ("usa", "united states")}
_SEVERAL = re.compile(r"\s*(?:/|;|\|)\s*")


@dataclass
class LocationScore:
    rows: int = 0
    country_right: int = 0
    cities: int = 0
    city_right: int = 0
    several_places: int = 0
    not_a_city: dict[str, int] = field(default_factory=dict)  # why the third part is not scored
    invented: int = 0
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)  # (text, expected, got)

    @property
    def country_accuracy(self) -> float:
        return self.country_right / self.rows if self.rows else 1.0

    @property
    def city_accuracy(self) -> float:
        return self.city_right / self.cities if self.cities else 1.0


def read_locations(path: Path) -> list[str]:
    """The ``location`` column of an EMSCAD CSV (gzip or plain)."""
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    with io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="") as text:
        return [row["location"] for row in csv.DictReader(text)]


def _country_names(country: str) -> set[str]:
    """Folded names of the country ("DE, , Germany" restates it: no city)."""
    names = (
        {"uk", "united kingdom"}
        if country == "GB"
        else {"usa", "united states"}
        if country == "US"
        else set()
    )
    if found := pycountry.countries.get(alpha_2=country):
        names |= {
            fold(getattr(found, a)) for a in ("name", "common_name", "official_name") if hasattr(found, a)
        }
    return names


def _not_a_city(part: str, country: str) -> str | None:
    """Why the third part names no city, or None when it is expected as the city."""
    if not part:
        return "empty"
    if not any(ch.isalpha() for ch in part):
        return "postal code or number"
    if fold(part) in _country_names(country) and country not in _CITY_STATES:
        return "the country's name"
    return None


def score(locations: Iterable[str]) -> LocationScore:
    result = LocationScore()
    for text in locations:
        parts = [p.strip() for p in text.split(",")]
        if not parts[0]:
            continue  # no location stated
        result.rows += 1
        parsed = parse_location(text).value
        got_country = parsed.country_code if parsed else None
        got_city = parsed.city if parsed else None
        result.country_right += got_country == parts[0]
        if got_country != parts[0]:
            result.misses.append((text, parts[0], got_country))
        stated = parts[2] if len(parts) >= 3 else ""
        reason = _not_a_city(stated, parts[0])
        if reason is not None:
            result.not_a_city[reason] = result.not_a_city.get(reason, 0) + 1
            result.invented += got_city is not None
            if got_city is not None:
                result.misses.append((text, "(no city)", got_city))
            continue
        places = [p for p in _SEVERAL.split(stated) if p]
        result.several_places += len(places) > 1
        expected = places[0]
        result.cities += 1
        right = got_city is not None and fold(got_city) == fold(expected)
        result.city_right += right
        if not right:
            result.misses.append((text, expected, got_city))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="EMSCAD CSV (.csv or .csv.gz)")
    parser.add_argument("--details", action="store_true", help="print every miss")
    args = parser.parse_args()

    locations = read_locations(args.data)
    start = time.perf_counter()
    warm()
    built = time.perf_counter()
    result = score(locations)
    done = time.perf_counter()
    print(f"{args.data.name}: {len(locations)} ads, {result.rows} with a location")
    print(f"country  {result.country_accuracy:7.2%}  ({result.country_right}/{result.rows})")
    print(
        f"city     {result.city_accuracy:7.2%}  ({result.city_right}/{result.cities} stating a city;"
        f" {result.several_places} of them list several places, the first expected)"
    )
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(result.not_a_city.items()))
    print(f"no city stated: {skipped}; a city invented for {result.invented} of them")
    per_row = (done - built) / max(result.rows, 1) * 1e6
    print(
        f"time: gazetteer {built - start:.2f} s once, then {per_row:.0f} µs per location"
        " (first parse of each text; repeats are cached)"
    )
    if args.details:
        for text, expected, got in result.misses:
            print(f"  miss: {text!r}: expected {expected!r}, got {got!r}")
    else:
        print(f"{len(result.misses)} misses (--details lists them)")


if __name__ == "__main__":
    main()
