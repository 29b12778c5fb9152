"""How often the page's implied country (its ccTLD, calling codes, currency) decides a posting's country,
and how often that is right, on labelled page sets (no database).

    .venv/bin/python -m benchmarks.implied_country [LABELS.json ...]

For every labelled posting: the location normalized as the pipeline does (with the page's context) and
again without any context. Where the two differ in country, the context decided it: counted right when
it gives the labelled country. A second figure is the rule the pipeline does **not** apply: a posting
whose text states no place at all given the host's ccTLD country, right when the label has that country.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hirehound.errors import BadInputError
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.normalize import country_of_host, normalize_posting
from hirehound.ingest.normalize.location import parse_location
from hirehound.ingest.normalize.place_context import calling_countries, speakers
from hirehound.ingest.normalize.salary import countries_of_currency

from benchmarks.accuracy import DEFAULT_SETS, ROOT, TODAY

# the development sets besides DEFAULT_SETS (never the blind holdout5, holdout6, holdout7)
DEVELOPMENT_HOLDOUTS = tuple(
    ROOT / "samples" / name / "labels.json" for name in ("holdout", "holdout2", "holdout3", "holdout4")
)


def _second_signals(language: str | None, salary: str | None, text: str) -> set[str]:
    """The countries a second signal names: the text's calling codes, a one-country currency, the page's
    language (not English)."""
    spoken = speakers(language) if language and not language.casefold().startswith("en") else frozenset()
    currency = countries_of_currency(salary)
    return {*calling_countries(text), *(currency if len(currency) == 1 else ()), *spoken}


def measure(path: Path) -> dict[str, int]:
    keys = (
        "postings",
        "decided",
        "decided_right",
        "placeless",
        "host_right",
        "host_none",
        "backed",
        "backed_right",
    )
    counts = dict.fromkeys(keys, 0)
    for label in json.loads(path.read_text()):
        if label.get("expect") == "dead_letter":
            continue
        try:
            raw = extract_posting(decode_page((path.parent / label["file"]).read_bytes()), label["url"])
            clean = clean_posting(raw)
            normalized = normalize_posting(clean, today=TODAY)
        except BadInputError:
            continue
        counts["postings"] += 1
        want = (label.get("location") or {}).get("country_code")
        got = normalized.location.country_code if normalized.location else None
        bare = parse_location(raw.location_text).value if raw.location_text else None
        if got is not None and got != (bare.country_code if bare else None):
            counts["decided"] += 1
            counts["decided_right"] += got == want
        if normalized.location is None:
            host = country_of_host(raw.source)
            if host:
                counts["placeless"] += 1
                counts["host_right"] += host == want
                counts["host_none"] += want is None
                if host in _second_signals(raw.language, raw.salary_text, clean.description_text):
                    counts["backed"] += 1
                    counts["backed_right"] += host == want
        elif want is None and country_of_host(raw.source):
            counts["none_on_cctld"] = counts.get("none_on_cctld", 0) + 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("labels", nargs="*", type=Path)
    args = parser.parse_args()
    total: dict[str, int] = {}
    for path in args.labels or [p for p in (*DEFAULT_SETS, *DEVELOPMENT_HOLDOUTS) if p.exists()]:
        counts = measure(path)
        total = {key: total.get(key, 0) + value for key, value in counts.items()}
        print(f"{path.parent.name:10} {counts}")
    print(f"{'all':10} {total}")


if __name__ == "__main__":
    main()
