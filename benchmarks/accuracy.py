"""Field accuracy of decode -> extract -> clean -> normalize on labelled page sets (no database).

    .venv/bin/python -m benchmarks.accuracy [LABELS.json ...] [--details]

Default sets: ``samples/pages`` (``samples/labels.json``), ``samples/shapes``, ``samples/shapes2``,
``samples/shapes3`` to ``samples/shapes11``, ``samples/shapes16`` to ``samples/shapes20`` and
``samples/places`` (their
``labels.json``).
A label file is a list in the format of ``samples/labels.json``; ``file`` is relative to the label file.

Scored fields, on every page labelled as a posting (``expect`` other than ``dead_letter``):

- ``title``: the normalized posting's title equals the label, casefolded, whitespace and dashes unified;
- ``company``: the extracted name and the label are the same company for the matcher
  (equal ``normalize_company_name`` keys, or a fuzzy score at the matcher's threshold);
- ``city`` and ``country``: the normalized location against ``location`` (``null`` expects none);
- ``remote``, ``employment_type`` (only where the label has the key) and ``salary`` (min, max and currency;
  ``salary_period`` is reported apart and not counted in the overall figure).

A labelled posting that extraction rejects scores every field wrong. Pages labelled ``dead_letter`` must be
rejected (``BadInputError``): the report counts them, and any posting rejected by mistake.
Company identity runs the MatchCompany policy (:func:`hirehound.companies.identity.resolve`: keys, match,
learnt keys, merges) over the extracted postings in label order against an in-memory store, as the stage
does against the database; :func:`~hirehound.companies.identity.pairwise_precision_recall` compares the
resulting company ids with the labels' ``company``.
``description`` (token recall and precision of the cleaned text against the text of the label's
``description_selector`` elements) is reported where labels have one.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hirehound.companies.identity import MemoryCompanies, company_keys, pairwise_precision_recall, resolve
from hirehound.companies.matching import FUZZY_THRESHOLD, name_similarity
from hirehound.companies.names import normalize_company_name
from hirehound.errors import BadInputError
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import CleanPosting, NormalizedPosting
from hirehound.ingest.normalize import normalize_posting
from selectolax.lexbor import LexborHTMLParser

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = (
    ROOT / "samples" / "labels.json",
    ROOT / "samples" / "shapes" / "labels.json",
    ROOT / "samples" / "shapes2" / "labels.json",
    ROOT / "samples" / "shapes3" / "labels.json",
    ROOT / "samples" / "shapes4" / "labels.json",
    ROOT / "samples" / "shapes5" / "labels.json",
    ROOT / "samples" / "shapes6" / "labels.json",
    ROOT / "samples" / "shapes7" / "labels.json",
    ROOT / "samples" / "shapes8" / "labels.json",
    ROOT / "samples" / "shapes9" / "labels.json",
    ROOT / "samples" / "shapes10" / "labels.json",
    ROOT / "samples" / "shapes11" / "labels.json",
    ROOT / "samples" / "shapes16" / "labels.json",
    ROOT / "samples" / "shapes17" / "labels.json",
    ROOT / "samples" / "shapes18" / "labels.json",
    ROOT / "samples" / "shapes19" / "labels.json",
    ROOT / "samples" / "shapes20" / "labels.json",
    ROOT / "samples" / "places" / "labels.json",
)
TODAY = date(2026, 12, 1)
OVERALL_FIELDS = ("title", "company", "city", "country", "remote", "employment_type", "salary")
REPORTED_FIELDS = (*OVERALL_FIELDS, "salary_period")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_WORDS = re.compile(r"\w+")


@dataclass
class PageResult:
    label: dict[str, Any]
    method: str | None = None
    rejected: str | None = None
    fields: dict[str, bool] = field(default_factory=dict)
    got: dict[str, Any] = field(default_factory=dict)
    description: tuple[float, float] | None = None  # (recall, precision)
    clean: CleanPosting | None = None

    @property
    def expect_rejection(self) -> bool:
        return bool(self.label.get("expect") == "dead_letter")


@dataclass
class Report:
    name: str
    pages: list[PageResult]
    seconds: float
    company_precision: float = 1.0
    company_recall: float = 1.0

    def postings(self) -> list[PageResult]:
        return [page for page in self.pages if not page.expect_rejection]

    def accuracy(self, name: str, pages: Iterable[PageResult] | None = None) -> float | None:
        hits = [
            page.fields[name] for page in (self.postings() if pages is None else pages) if name in page.fields
        ]
        return sum(hits) / len(hits) if hits else None

    def overall(self, pages: Iterable[PageResult] | None = None) -> float | None:
        hits = [
            ok
            for page in (self.postings() if pages is None else pages)
            for name, ok in page.fields.items()
            if name in OVERALL_FIELDS
        ]
        return sum(hits) / len(hits) if hits else None

    def rejections(self) -> tuple[int, int, list[PageResult]]:
        """(non-postings rejected, non-postings, postings wrongly rejected)."""
        expected = [page for page in self.pages if page.expect_rejection]
        wrong = [page for page in self.postings() if page.rejected is not None]
        return sum(page.rejected is not None for page in expected), len(expected), wrong

    def misses(self) -> set[tuple[str, str]]:
        """(page file, field) of every scored field a posting got wrong."""
        return {
            (page.label["file"], name)
            for page in self.postings()
            for name, right in page.fields.items()
            if not right
        }

    def description(self) -> tuple[float, float, int] | None:
        scored = [page.description for page in self.pages if page.description is not None]
        if not scored:
            return None
        return (
            sum(r for r, _ in scored) / len(scored),
            sum(p for _, p in scored) / len(scored),
            len(scored),
        )


def _same_text(a: str | None, b: str | None) -> bool:
    def key(text: str | None) -> str:
        return " ".join(_DASHES.sub("-", text or "").casefold().split()).strip(" .,;:|-")

    return key(a) == key(b)


def _fold(text: str | None) -> str:
    return normalize_company_name(text) if text else ""


def same_company(extracted: str | None, labelled: str | None) -> bool:
    if not extracted or not labelled:
        return not extracted and not labelled
    a, b = _fold(extracted), _fold(labelled)
    return a == b or name_similarity(a, b) >= FUZZY_THRESHOLD


def _place(text: str | None) -> str:
    from hirehound.ingest.normalize._common import fold

    return fold(text) if text else ""


def same_city(
    got: str | None, want: str | None, country: str | None, at: tuple[float, float] | None = None
) -> bool:
    """The same place: equal names, or the gazetteer reads the labelled name as the extracted city
    ("München" is stored as "Munich"), or as the gazetteer city the extraction located (``at``: its
    coordinates; "Tel Aviv-Yafo" is Tel Aviv, "Santiago" on a page paying in euros Santiago de Compostela)."""
    if _place(got) == _place(want):
        return True
    if not got or not want:
        return False
    from hirehound.ingest.normalize.location import parse_location

    parsed = parse_location(f"{want}, {country}" if country else want).value
    if parsed is None:
        return False
    return _place(parsed.city) == _place(got) or (
        at is not None and (parsed.latitude, parsed.longitude) == at
    )


def _salary_matches(got: NormalizedPosting, want: dict[str, Any] | None) -> tuple[bool, bool | None]:
    salary = got.salary
    if want is None:
        return salary is None, None
    if salary is None:
        return False, False

    def close(a: float, b: float) -> bool:
        return abs(a - b) <= 0.005 * max(abs(b), 1.0)

    amounts = (
        close(salary.minimum, float(want["min"]))
        and close(salary.maximum, float(want["max"]))
        and salary.currency == want["currency"]
    )
    return amounts, salary.period.value == want.get("period")


def _score(result: PageResult, normalized: NormalizedPosting) -> None:
    label, raw = result.label, result.clean.raw if result.clean else None
    assert raw is not None
    location = normalized.location
    want_location = label.get("location") or {}
    result.got = {
        "title": normalized.title,
        "company": raw.company_name,
        "city": location.city if location else None,
        "country": location.country_code if location else None,
        "remote": normalized.remote_mode.value if normalized.remote_mode else None,
        "employment_type": normalized.employment_type.value if normalized.employment_type else None,
        "salary": normalized.salary.model_dump() if normalized.salary else None,
    }
    result.fields["title"] = _same_text(normalized.title, label.get("title"))
    result.fields["company"] = same_company(raw.company_name, label.get("company"))
    at = None
    if location is not None and location.latitude is not None and location.longitude is not None:
        at = (location.latitude, location.longitude)
    result.fields["city"] = same_city(
        result.got["city"], want_location.get("city"), want_location.get("country_code"), at
    )
    result.fields["country"] = (result.got["country"] or None) == (want_location.get("country_code") or None)
    result.fields["remote"] = result.got["remote"] == label.get("remote")
    if "employment_type" in label:
        result.fields["employment_type"] = result.got["employment_type"] == label["employment_type"]
    amounts, period = _salary_matches(normalized, label.get("salary"))
    result.fields["salary"] = amounts
    if period is not None:
        result.fields["salary_period"] = period


def reference_text(html: str, selector: str) -> str:
    """The labelled description: the text of the elements ``selector`` names, in page order."""
    return " ".join(node.text(separator=" ") for node in LexborHTMLParser(html).css(selector))


def token_scores(reference: str, extracted: str) -> tuple[float, float]:
    """(recall, precision) of ``extracted``'s word tokens against ``reference``'s (multiset overlap)."""
    want = _WORDS.findall(reference.casefold())
    got = _WORDS.findall(extracted.casefold())
    if not want:
        return (1.0 if not got else 0.0), (1.0 if not got else 0.0)
    want_counts, got_counts = _counts(want), _counts(got)
    overlap = sum(min(n, got_counts.get(word, 0)) for word, n in want_counts.items())
    return overlap / len(want), (overlap / len(got) if got else 0.0)


def _counts(words: Sequence[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for word in words:
        counts[word] += 1
    return counts


def evaluate_page(label: dict[str, Any], body: bytes) -> PageResult:
    result = PageResult(label=label)
    rejected_fields = {name: False for name in OVERALL_FIELDS if name != "employment_type"}
    if "employment_type" in label:
        rejected_fields["employment_type"] = False
    try:
        html = decode_page(body)
        raw = extract_posting(html, label["url"])
        result.clean = clean_posting(raw)
        normalized = normalize_posting(result.clean, today=TODAY)
    except BadInputError as error:
        result.rejected = str(error)
        if not result.expect_rejection:
            result.fields = rejected_fields
        return result
    result.method = raw.method.value
    if result.expect_rejection:
        return result
    _score(result, normalized)
    if label.get("description_selector"):
        reference = reference_text(html, label["description_selector"])
        result.description = token_scores(reference, result.clean.description_text)
    return result


def _company_identity(pages: list[PageResult]) -> tuple[float, float]:
    """Pairwise precision and recall of the MatchCompany policy's company ids (in memory, label order)
    against the labelled companies."""
    store = MemoryCompanies()
    assigned: list[tuple[int, str]] = []
    for page in pages:
        if page.clean is None or page.expect_rejection:
            continue
        raw = page.clean.raw
        keys = company_keys(
            raw.company_name, company_url=raw.company_url, page_url=raw.url, source=raw.source
        )
        assigned.append((resolve(store, keys).company_id, str(page.label.get("company"))))
    return pairwise_precision_recall((store.live_id(company_id), label) for company_id, label in assigned)


def evaluate(labels_path: Path) -> Report:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    bodies = [(labels_path.parent / label["file"]).read_bytes() for label in labels]
    started = time.perf_counter()
    pages = [evaluate_page(label, body) for label, body in zip(labels, bodies, strict=True)]
    seconds = time.perf_counter() - started
    folder = labels_path.parent
    name = str(folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder)
    report = Report(name=name, pages=pages, seconds=seconds)
    report.company_precision, report.company_recall = _company_identity(pages)
    return report


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:3.0f}%"


def _group_table(report: Report, key: str) -> list[str]:
    groups: dict[str, list[PageResult]] = defaultdict(list)
    for page in report.postings():
        name = str(page.label.get("shape")) if key == "shape" else (page.method or "rejected")
        groups[name].append(page)
    lines = [
        f"  {'by ' + key:<18}{'pages':>6}{'overall':>9}  " + " ".join(f"{n[:7]:>7}" for n in OVERALL_FIELDS)
    ]
    for name in sorted(groups):
        pages = groups[name]
        cells = " ".join(f"{_pct(report.accuracy(n, pages)):>7}" for n in OVERALL_FIELDS)
        lines.append(f"  {name:<18}{len(pages):>6}{_pct(report.overall(pages)):>9}  {cells}")
    return lines


def render(report: Report, *, details: bool = False) -> str:
    rejected, expected, wrong = report.rejections()
    lines = [
        f"{report.name}: {len(report.pages)} pages ({len(report.postings())} postings), "
        f"{len(report.pages) / report.seconds:.0f} pages/s through decode+extract+clean+normalize",
        f"  overall field accuracy {_pct(report.overall())}   "
        + "   ".join(f"{name} {_pct(report.accuracy(name))}" for name in REPORTED_FIELDS),
        f"  not-a-job pages rejected {rejected}/{expected}; postings rejected by mistake {len(wrong)}"
        + "".join(f"\n    {page.label['file']}: {page.rejected}" for page in wrong),
        f"  company identity (pairwise): precision {report.company_precision:.3f}, "
        f"recall {report.company_recall:.3f}",
    ]
    description = report.description()
    if description:
        lines.append(
            f"  description tokens: recall {description[0]:.2f}, precision {description[1]:.2f}"
            f" ({description[2]} labelled pages)"
        )
    lines += _group_table(report, "shape") + _group_table(report, "method")
    if details:
        for page in report.pages:
            misses = [name for name, ok in page.fields.items() if not ok]
            if page.expect_rejection and page.rejected is None:
                lines.append(f"  ACCEPTED {page.label['file']}: method {page.method}")
            elif misses:
                lines.append(f"  {page.label['file']} [{page.method or page.rejected}]")
                for name in misses:
                    want = _wanted(page.label, name)
                    lines.append(f"      {name}: got {page.got.get(name)!r}, want {want!r}")
    return "\n".join(lines)


def _wanted(label: dict[str, Any], name: str) -> Any:
    location = label.get("location") or {}
    return {
        "city": location.get("city"),
        "country": location.get("country_code"),
        "salary_period": (label.get("salary") or {}).get("period"),
    }.get(name, label.get(name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("labels", nargs="*", type=Path, help="label files (default: the bundled sets)")
    parser.add_argument("--details", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    for path in args.labels or [path for path in DEFAULT_SETS if path.exists()]:
        print(render(evaluate(path.resolve()), details=args.details))
        print()


if __name__ == "__main__":
    main()
