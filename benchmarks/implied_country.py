"""How often the page's implied country (its ccTLD, calling codes, currency, language) decides a posting's
country, and how often that is right, on the labelled development sets (no database).

    .venv/bin/python -m benchmarks.implied_country [LABELS.json ...]

For every labelled posting the pipeline runs as in ``benchmarks.accuracy``; then three counts:

* ``context``: the location text read with the page's context gives another country than read without
  it (the context decided a name several countries have): how often, and how often right;
* ``two signals``: the posting states no place and is not remote, and the host's ccTLD and a second signal
  name one country (:func:`~hirehound.ingest.normalize.place_context.implied_country`, the rule applied);
* ``ccTLD alone``: the same postings given the host's country on the ccTLD alone (the rule not applied),
  with how many of them are labelled without a country.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hirehound.errors import BadInputError
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import RemoteMode
from hirehound.ingest.normalize import country_of_host, normalize_posting
from hirehound.ingest.normalize.location import parse_location
from hirehound.ingest.normalize.place_context import implied_country
from hirehound.ingest.normalize.salary import countries_of_currency

from benchmarks.accuracy import DEFAULT_SETS, ROOT, TODAY

# the development sets besides DEFAULT_SETS (never the blind holdout5, holdout6, holdout7)
DEVELOPMENT_HOLDOUTS = tuple(
    ROOT / "samples" / name / "labels.json" for name in ("holdout", "holdout2", "holdout3", "holdout4")
)
KEYS = ("postings", "context", "context_right", "two_signals", "two_signals_right", "alone", "alone_right")


def measure(path: Path) -> dict[str, int]:
    counts = dict.fromkeys((*KEYS, "alone_unlabelled"), 0)
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
        if raw.location_text:
            bare = parse_location(raw.location_text).value
            if got is not None and got != (bare.country_code if bare else None):
                counts["context"] += 1
                counts["context_right"] += got == want
            continue
        host = country_of_host(raw.source)
        if host is None or normalized.remote_mode is RemoteMode.REMOTE:
            continue
        counts["alone"] += 1
        counts["alone_right"] += host == want
        counts["alone_unlabelled"] += want is None
        implied = implied_country(
            host_country=host,
            currency_countries=countries_of_currency(raw.salary_text),
            language=raw.language,
            text=clean.description_text,
        )
        if implied is not None:
            counts["two_signals"] += 1
            counts["two_signals_right"] += implied == want
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("labels", nargs="*", type=Path)
    args = parser.parse_args()
    total: dict[str, int] = {}
    for path in args.labels or [p for p in (*DEFAULT_SETS, *DEVELOPMENT_HOLDOUTS) if p.exists()]:
        counts = measure(path)
        total = {key: total.get(key, 0) + value for key, value in counts.items()}
        print(f"{path.parent.name:10} " + "  ".join(f"{key} {value}" for key, value in counts.items()))
    print(f"{'all':10} " + "  ".join(f"{key} {value}" for key, value in total.items()))


if __name__ == "__main__":
    main()
