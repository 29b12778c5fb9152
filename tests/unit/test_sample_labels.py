"""Every labelled page set under ``samples/`` is well-formed: each label names a page that exists, each page
is labelled once, and every scored field has a value the scorer (``benchmarks.accuracy``) can compare.

``samples/bad_input/labels.json`` has its own format (cases, not pages) and its own test
(tests/e2e/test_bad_input.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hirehound.ingest.models import EmploymentType, RemoteMode, SalaryPeriod
from selectolax.lexbor import LexborHTMLParser

ROOT = Path(__file__).resolve().parents[2]
PAGE_SETS = sorted(
    path for path in (ROOT / "samples").glob("**/labels.json") if path.parent.name != "bad_input"
)
EXPECTS = {"published", "duplicate", "rejected", "dead_letter"}
REQUIRED = {"file", "url", "source", "shape", "company", "title", "expect", "salary", "location", "remote"}
_COUNTRY = re.compile(r"[A-Z]{2}")
_CURRENCY = re.compile(r"[A-Z]{3}")


def _labels(path: Path) -> list[dict[str, Any]]:
    labels = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(labels, list) and labels
    return labels


def _field_problems(label: dict[str, Any]) -> list[str]:
    problems = [f"missing key {key!r}" for key in sorted(REQUIRED - label.keys())]
    expect, title = label.get("expect"), label.get("title")
    if expect not in EXPECTS:
        problems.append(f"expect {expect!r}")
    if not str(label.get("url", "")).startswith(("https://", "http://")):
        problems.append("url is not absolute")
    if expect == "dead_letter" and not label.get("reason") and not label.get("broken"):
        problems.append("a dead_letter label says neither broken nor reason")
    if expect == "published" and not (isinstance(title, str) and title.strip()):
        problems.append("a posting without a title")
    if label.get("remote") not in {None, *RemoteMode}:
        problems.append(f"remote {label.get('remote')!r}")
    if "employment_type" in label and label["employment_type"] not in {None, *EmploymentType}:
        problems.append(f"employment_type {label['employment_type']!r}")
    return problems


def _location_and_salary_problems(label: dict[str, Any]) -> list[str]:
    problems = []
    location = label.get("location")
    if location is not None:
        country = location.get("country_code")
        if set(location) - {"city", "country_code", "region"} or (
            country and not _COUNTRY.fullmatch(country)
        ):
            problems.append(f"location {location!r}")
    salary = label.get("salary")
    if salary is not None:
        amounts = (salary.get("min"), salary.get("max"))
        if not all(isinstance(a, int | float) and a > 0 for a in amounts) or amounts[0] > amounts[1]:
            problems.append(f"salary amounts {amounts!r}")
        if not _CURRENCY.fullmatch(str(salary.get("currency"))):
            problems.append(f"salary currency {salary.get('currency')!r}")
        if salary.get("period") not in {None, *SalaryPeriod}:
            problems.append(f"salary period {salary.get('period')!r}")
    return problems


def _page_problems(label: dict[str, Any], base: Path) -> list[str]:
    page, selector = base / str(label.get("file")), label.get("description_selector")
    if not page.is_file():
        return ["page file does not exist"]
    if selector and not any(
        node.text(strip=True) for node in LexborHTMLParser(page.read_bytes()).css(selector)
    ):
        return [f"description_selector {selector!r} matches no text"]
    return []


def _problems(label: dict[str, Any], base: Path) -> list[str]:
    return [*_field_problems(label), *_location_and_salary_problems(label), *_page_problems(label, base)]


def test_the_page_sets_are_found() -> None:
    names = {path.parent.relative_to(ROOT).as_posix() for path in PAGE_SETS}
    assert {
        "samples",
        "samples/shapes",
        "samples/shapes5",
        "samples/holdout2",
        "samples/holdout4",
        "samples/holdout5",
        "samples/holdout6",
        "samples/holdout7",
        "samples/shapes6",
        "samples/shapes7",
        "samples/shapes8",
        "samples/shapes9",
        "samples/shapes10",
        "samples/shapes11",
        "samples/shapes18",
    } <= names


@pytest.mark.parametrize("path", PAGE_SETS, ids=lambda path: path.parent.relative_to(ROOT).as_posix())
def test_labels_are_well_formed(path: Path) -> None:
    problems = {
        str(label.get("file")): found for label in _labels(path) if (found := _problems(label, path.parent))
    }
    assert problems == {}


@pytest.mark.parametrize("path", PAGE_SETS, ids=lambda path: path.parent.relative_to(ROOT).as_posix())
def test_every_page_is_labelled_once(path: Path) -> None:
    files = [(path.parent / label["file"]).resolve() for label in _labels(path)]
    assert len(files) == len(set(files)), "a page is labelled twice"
    folders = {file.parent for file in files}
    pages = {page.resolve() for folder in folders for page in folder.glob("*.html")}
    assert pages == set(files)
