"""Field accuracy floors on four labelled page sets (``make accuracy`` prints the full report).

Floors sit a little under what was measured when they were set (samples/pages: 97% overall, company 80%;
samples/shapes: 93% overall, title 100%, company 94%; samples/holdout after tuning on it: 88% overall,
title 99%, company 92%, every non-posting rejected; samples/holdout3 after tuning on it: 94% overall;
samples/holdout4 after tuning on it: 96% overall; samples/shapes5, company career sites, after the employer
work: 80% overall, company 100%; samples/shapes6 after the work on it: 94% overall), so a regression in
extraction fails here while the location and company parsers can still improve underneath.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.accuracy import ROOT, Report, evaluate, same_company

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def pages() -> Report:
    return evaluate(ROOT / "samples" / "labels.json")


@pytest.fixture(scope="module")
def shapes() -> Report:
    return evaluate(ROOT / "samples" / "shapes" / "labels.json")


@pytest.fixture(scope="module")
def holdout() -> Report:
    return evaluate(ROOT / "samples" / "holdout" / "labels.json")


def _floor(report: Report, name: str) -> float:
    value = report.accuracy(name)
    assert value is not None
    return value


def test_demo_corpus_floors(pages: Report) -> None:
    rejected, expected, wrong = pages.rejections()
    assert (rejected, expected, [page.label["file"] for page in wrong]) == (6, 6, [])
    assert (pages.overall() or 0) >= 0.95
    assert _floor(pages, "title") >= 0.99
    assert _floor(pages, "company") >= 0.75
    assert min(_floor(pages, name) for name in ("city", "country", "remote", "salary")) >= 0.98
    assert pages.company_precision >= 0.99
    assert pages.company_recall >= 0.75


def test_real_shape_fixture_floors(shapes: Report) -> None:
    rejected, expected, wrong = shapes.rejections()
    assert (rejected, expected, [page.label["file"] for page in wrong]) == (8, 8, [])
    assert (shapes.overall() or 0) >= 0.90
    assert _floor(shapes, "title") >= 0.95
    assert _floor(shapes, "company") >= 0.88
    assert min(_floor(shapes, name) for name in ("city", "country", "remote", "employment_type")) >= 0.80
    assert _floor(shapes, "salary") >= 0.88
    description = shapes.description()
    assert description is not None
    assert description[0] >= 0.9
    assert description[1] >= 0.9


def test_independent_holdout_floors(holdout: Report) -> None:
    """``samples/holdout`` was written by someone who had not read the extractors; it has since been tuned
    on (see its README), so these floors guard the classes fixed, not generalization."""
    assert (holdout.overall() or 0) >= 0.85
    assert _floor(holdout, "title") >= 0.96
    assert _floor(holdout, "company") >= 0.89
    assert min(_floor(holdout, name) for name in ("remote", "employment_type")) >= 0.88
    assert min(_floor(holdout, name) for name in ("city", "country", "salary")) >= 0.72
    rejected, not_jobs, wrongly_rejected = holdout.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def holdout3() -> Report:
    return evaluate(ROOT / "samples" / "holdout3" / "labels.json")


def test_holdout3_development_floors(holdout3: Report) -> None:
    """``samples/holdout3`` was blind until the session of 2026-12-02 tuned on it (94 % overall, title 100 %,
    company 90 %, city 90 %, country 92 %, remote 98 %, employment 92 %, salary 98 %, every non-posting
    rejected; see its README): these floors guard the classes fixed there, not generalization."""
    assert (holdout3.overall() or 0) >= 0.91
    assert _floor(holdout3, "title") >= 0.97
    assert min(_floor(holdout3, name) for name in ("company", "city", "country", "employment_type")) >= 0.87
    assert min(_floor(holdout3, name) for name in ("remote", "salary")) >= 0.95
    rejected, not_jobs, wrongly_rejected = holdout3.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def holdout4() -> Report:
    return evaluate(ROOT / "samples" / "holdout4" / "labels.json")


def test_holdout4_development_floors(holdout4: Report) -> None:
    """``samples/holdout4`` was blind until a later session of 2026-12-02 tuned on it (89 % -> 96 % overall,
    title 100 %, company 92 %, city 93 %, country 92 %, remote 100 %, employment 98 %, salary 98 %, every
    non-posting rejected and no posting; see its README): these floors guard the classes fixed there."""
    assert (holdout4.overall() or 0) >= 0.93
    assert _floor(holdout4, "title") >= 0.97
    assert min(_floor(holdout4, name) for name in ("company", "city", "country")) >= 0.89
    assert min(_floor(holdout4, name) for name in ("remote", "employment_type", "salary")) >= 0.95
    rejected, not_jobs, wrongly_rejected = holdout4.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def shapes5() -> Report:
    return evaluate(ROOT / "samples" / "shapes5" / "labels.json")


def test_career_site_floors(shapes5: Report) -> None:
    """``samples/shapes5`` (company career sites built with a CMS or site builder): 67 % on arrival, company
    56 %, 4 postings rejected; after the employer work 80 %, title 97 %, company 100 %, none rejected; after
    the text work and the lead's on-site, place and icon-list rules 88 %."""
    assert (shapes5.overall() or 0) >= 0.85
    assert _floor(shapes5, "title") >= 0.94
    assert _floor(shapes5, "company") >= 0.97
    rejected, not_jobs, wrongly_rejected = shapes5.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def shapes6() -> Report:
    return evaluate(ROOT / "samples" / "shapes6" / "labels.json")


def test_shapes6_floors(shapes6: Report) -> None:
    """``samples/shapes6`` (work mode, employment type, pay and place in running text on pages without
    usable JSON-LD): 67 % on arrival, 94 % after the work on it (city 94 %, country 91 %, remote 97 %,
    employment 94 %, salary 94 %); these floors guard the text rules fixed there."""
    assert (shapes6.overall() or 0) >= 0.91
    assert min(_floor(shapes6, name) for name in ("city", "country", "employment_type", "salary")) >= 0.88
    assert _floor(shapes6, "remote") >= 0.94
    rejected, not_jobs, wrongly_rejected = shapes6.rejections()
    assert (rejected, not_jobs) == (0, 0) and wrongly_rejected == []


@pytest.fixture(scope="module")
def shapes8() -> Report:
    return evaluate(ROOT / "samples" / "shapes8" / "labels.json")


def test_shapes8_floors(shapes8: Report) -> None:
    """``samples/shapes8`` (pay, work mode and employment type on ATS and JSON-LD pages): 88 % on arrival,
    salary 68 %; after the work on it 95 %, salary 86 %, remote 97 %, employment type 95 %; these floors
    guard the rules fixed there."""
    assert (shapes8.overall() or 0) >= 0.92
    assert _floor(shapes8, "salary") >= 0.83
    assert min(_floor(shapes8, name) for name in ("remote", "employment_type")) >= 0.92
    rejected, not_jobs, wrongly_rejected = shapes8.rejections()
    assert (rejected, not_jobs) == (0, 0) and wrongly_rejected == []


@pytest.fixture(scope="module")
def shapes9() -> Report:
    return evaluate(ROOT / "samples" / "shapes9" / "labels.json")


def test_shapes9_floors(shapes9: Report) -> None:
    """``samples/shapes9`` (borderline postings and look-alike pages for the page classifier): 67 % on
    arrival, 5 postings rejected and 5 of 22 non-job pages accepted; after the classifier work 83 %, none
    rejected, every non-job page rejected."""
    assert (shapes9.overall() or 0) >= 0.80
    rejected, not_jobs, wrongly_rejected = shapes9.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def shapes11() -> Report:
    return evaluate(ROOT / "samples" / "shapes11" / "labels.json")


def test_shapes11_floors(shapes11: Report) -> None:
    """``samples/shapes11`` (not-a-posting pages on ATS hosts and structured pages, with postings on the
    same hosts): 14 of 28 non-job pages rejected on arrival; after the work every one, no posting."""
    assert (shapes11.overall() or 0) >= 0.95
    rejected, not_jobs, wrongly_rejected = shapes11.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def shapes20() -> Report:
    return evaluate(ROOT / "samples" / "shapes20" / "labels.json")


def test_shapes20_floors(shapes20: Report) -> None:
    """``samples/shapes20`` (the page classifier's borderline postings and non-job pages of new kinds): 72 %
    on arrival, 4 of 24 postings rejected and 7 of 10 non-job pages accepted; after the classifier work
    86 %, none rejected, every non-job page rejected."""
    assert (shapes20.overall() or 0) >= 0.84
    rejected, not_jobs, wrongly_rejected = shapes20.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def shapes7() -> Report:
    return evaluate(ROOT / "samples" / "shapes7" / "labels.json")


def test_shapes7_floors(shapes7: Report) -> None:
    """``samples/shapes7`` (where the job is on company career sites): 73 % on arrival, city 42 %, country
    42 %, one posting rejected; 94 % after the careerplace work (city and country 97 %, company 89 %)."""
    assert (shapes7.overall() or 0) >= 0.90
    assert min(_floor(shapes7, name) for name in ("city", "country")) >= 0.90
    assert _floor(shapes7, "company") >= 0.85


@pytest.fixture(scope="module")
def shapes10() -> Report:
    return evaluate(ROOT / "samples" / "shapes10" / "labels.json")


def test_shapes10_floors(shapes10: Report) -> None:
    """``samples/shapes10`` (work mode and employment type in running text, on pages without a structured
    field): 74 % on arrival, remote 60 %, employment type 69 %; after the work on it 84 %, remote and
    employment type 100 % (its other misses are places, employers and pay)."""
    assert (shapes10.overall() or 0) >= 0.82
    assert min(_floor(shapes10, name) for name in ("remote", "employment_type")) >= 0.94
    rejected, not_jobs, wrongly_rejected = shapes10.rejections()
    assert (rejected, not_jobs) == (0, 0) and wrongly_rejected == []


@pytest.fixture(scope="module")
def shapes16() -> Report:
    return evaluate(ROOT / "samples" / "shapes16" / "labels.json")


def test_shapes16_floors(shapes16: Report) -> None:
    """``samples/shapes16`` (English company career sites without an ATS): 77 % on arrival (city 53 %,
    employment type 73 %); after the work on it 99 % (one employer left), both non-job pages rejected."""
    assert (shapes16.overall() or 0) >= 0.96
    assert min(_floor(shapes16, name) for name in ("title", "city", "remote", "salary")) >= 0.93
    rejected, not_jobs, wrongly_rejected = shapes16.rejections()
    assert (rejected, not_jobs) == (2, 2) and wrongly_rejected == []


@pytest.fixture(scope="module")
def shapes17() -> Report:
    return evaluate(ROOT / "samples" / "shapes17" / "labels.json")


def test_shapes17_floors(shapes17: Report) -> None:
    """``samples/shapes17`` (company career sites outside the English-speaking world, local labels and
    wording): 75 % on arrival, one posting rejected; 99 % after the work on it, both non-job pages
    rejected."""
    assert (shapes17.overall() or 0) >= 0.95
    assert min(_floor(shapes17, name) for name in ("title", "company", "remote", "salary")) >= 0.95
    rejected, not_jobs, wrongly_rejected = shapes17.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def shapes18() -> Report:
    return evaluate(ROOT / "samples" / "shapes18" / "labels.json")


def test_shapes18_floors(shapes18: Report) -> None:
    """``samples/shapes18`` (18 postings on 18 job boards, a search page and a company profile): 86 % on
    arrival (city 72 %, salary 72 %, the USAJOBS title and agency missed); 98 % after the board work (title,
    company, salary 100 %), both non-job pages rejected and no posting."""
    assert (shapes18.overall() or 0) >= 0.95
    assert min(_floor(shapes18, name) for name in ("title", "company", "salary")) >= 0.94
    rejected, not_jobs, wrongly_rejected = shapes18.rejections()
    assert (rejected, wrongly_rejected) == (not_jobs, [])


@pytest.fixture(scope="module")
def shapes19() -> Report:
    return evaluate(ROOT / "samples" / "shapes19" / "labels.json")


def test_shapes19_floors(shapes19: Report) -> None:
    """``samples/shapes19`` (hosted ATS job and apply pages: work-mode fields, several locations, apply tabs
    with the header only, employment type in DE/FR/ES/SV/NL): 95 % on arrival (remote and employment type
    88 %); 100 % after the work on it (one country left)."""
    assert (shapes19.overall() or 0) >= 0.97
    assert min(_floor(shapes19, name) for name in ("remote", "employment_type", "city")) >= 0.95
    rejected, not_jobs, wrongly_rejected = shapes19.rejections()
    assert (rejected, not_jobs) == (0, 0) and wrongly_rejected == []


def test_every_shape_page_is_labelled_and_every_label_has_its_page() -> None:
    import json

    labels = json.loads((ROOT / "samples" / "shapes" / "labels.json").read_text(encoding="utf-8"))
    files = {Path(label["file"]).name for label in labels}
    assert files == {path.name for path in (ROOT / "samples" / "shapes" / "pages").glob("*.html")}
    assert all(label["expect"] in {"published", "dead_letter"} for label in labels)


def test_company_comparison_is_the_matchers() -> None:
    assert same_company("Acme, Inc.", "ACME")
    assert not same_company("Acme", "Globex")
    assert not same_company(None, "Acme")
