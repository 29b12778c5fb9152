"""Pages on ATS hosts and pages with structured data that are not a posting (issue 13, ``samples/shapes11``):
board indexes and filter pages outside an ATS's job paths, open applications an ATS publishes as postings
(also with a JobPosting), confirmations under the job's header, closed-job notices in Dutch and Lever's
wording; and the real postings on the same hosts that stay accepted.

Each test is a small page written here (invented employers); every one fails on the code before this work
(bf8a943) but the guards, which say what must stay as it is. The last test checks every page of
``samples/shapes11`` against its label.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from hirehound.ingest.extract import (
    NotAJobPageError,
    ashby,
    atspaths,
    breezy,
    extract_posting,
    greenhouse,
    lever,
    lookalikes,
    personio,
    smartrecruiters,
    workable,
    workday,
)
from hirehound.ingest.extract.page import Page
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.accuracy import ROOT, evaluate
from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit
SHAPES11 = ROOT / "samples" / "shapes11"
UUIDS = (
    "0b6f7a1e-3c2d-4f1a-9a70-52c1e0d4b811",
    "6ad9c4e2-81f0-4b9e-a3d5-0c7e5f2b9a14",
    "c1e80b3f-2a47-4d6c-8f19-7b3a0e6d2c55",
    "f4a2d9c0-6e13-4b8a-b2f7-19d0c3e8a6f1",
)


def rejection(html: str, url: str) -> str:
    with pytest.raises(NotAJobPageError) as raised:
        extract_posting(html, url)
    return raised.value.kind


# ------------------------------------------------------------------------------ an ATS's own listings

# (board URL, a job URL of the same board as the board links it): an ATS's board at none of its job paths
BOARDS = {
    "lever": ("https://jobs.lever.co/harbourline?team=Engineering", "/harbourline/{uuid}"),
    "ashby": ("https://jobs.ashbyhq.com/harbourline", "/harbourline/{uuid}"),
    "workable": ("https://apply.workable.com/harbourline/", "/harbourline/j/{code}/"),
    "personio": ("https://harbourline.jobs.personio.de/", "/job/{num}?language=de&display=de"),
    "smartrecruiters": (
        "https://careers.smartrecruiters.com/Harbourline",
        "https://jobs.smartrecruiters.com/Harbourline/{num}-dock-worker",
    ),
    "recruitee": ("https://harbourline.recruitee.com/", "/o/dock-worker-{num}"),
    "breezy": ("https://harbourline.breezy.hr/", "/p/{hex}-dock-worker"),
    "greenhouse": ("https://job-boards.greenhouse.io/harbourline?offices[]=12", "/harbourline/jobs/{num}"),
}


def _board(system: str, count: int) -> tuple[str, str]:
    url, pattern = BOARDS[system]
    hrefs = [
        pattern.format(uuid=UUIDS[n], code=f"A{n}B2C3D4E5", num=4400170 + n, hex=f"{n}a1b2c3d4e5f")
        for n in range(count)
    ]
    items = "".join(
        f"<li><a href='{href}'><h3>Dock Worker {n}</h3><span>Rotterdam · Full-time</span></a></li>"
        for n, href in enumerate(hrefs)
    )
    body = (
        f"<header><img alt='Harbourline logo'></header><main><h2>Open roles</h2><ul>{items}</ul>"
        f"<p>Harbourline runs container terminals.</p>{DUTIES}</main>"
    )
    return page("<title>Harbourline</title><meta property='og:title' content='Harbourline'>", body), url


@pytest.mark.parametrize("system", sorted(BOARDS))
def test_an_ats_board_outside_its_job_paths_is_a_listing(system: str) -> None:
    """Three links to the system's job pages from one of its pages that is not a job page: its board."""
    html, url = _board(system, 3)
    assert rejection(html, url) == "listing"


@pytest.mark.parametrize("system", sorted(BOARDS))
def test_a_page_linking_two_of_its_jobs_is_not_a_listing_for_that(system: str) -> None:
    """Guard: two links (a posting's "more jobs") are not a board."""
    html, url = _board(system, 2)
    try:
        extract_posting(html, url)
    except NotAJobPageError as error:
        assert "outside its job paths" not in str(error)


@given(st.sampled_from(UUIDS), st.booleans())
def test_a_lever_job_and_its_apply_tab_are_job_pages(uuid: str, apply: bool) -> None:
    url = f"https://jobs.lever.co/harbourline/{uuid}" + ("/apply" if apply else "")
    assert atspaths.is_job_page(url)
    assert not atspaths.is_job_page(f"https://jobs.lever.co/harbourline/{uuid}/thanks")
    assert not atspaths.is_job_page("https://jobs.lever.co/harbourline?location=Rotterdam")


@pytest.mark.parametrize(
    ("url", "job"),
    [
        ("https://boards.greenhouse.io/harbourline/jobs/4400170", True),
        ("https://boards.greenhouse.io/harbourline", False),
        ("https://jobs.ashbyhq.com/harbourline/0b6f7a1e-3c2d-4f1a-9a70-52c1e0d4b811/application", True),
        ("https://apply.workable.com/harbourline/j/5C2E8A41F7/apply/", True),
        ("https://harbourline.jobs.personio.de/job/1398841?language=de", True),
        ("https://harbourline.jobs.personio.de/job/1398841/success", False),
        ("https://jobs.smartrecruiters.com/Harbourline/744000012345678-dock-worker", True),
        ("https://careers.smartrecruiters.com/Harbourline", False),
        (
            "https://jobs.smartrecruiters.com/ni/Harbourline/3f0c1a2b-1111-4222-8333-444455556666-crane-operator",
            True,
        ),
        ("https://boards.greenhouse.io/embed/job_app?for=harbourline&token=4400170", True),
        ("https://boards.greenhouse.io/embed/job_board?for=harbourline", False),
        ("https://harbourline.wd3.myworkdayjobs.com/en-US/External/job/Crane-Operator_R-1042", True),
        ("https://harbourline.wd3.myworkdayjobs.com/en-US/External/details/Crane-Operator_R-1042", True),
        ("https://harbourline.recruitee.com/o/dock-worker/c/new", True),
        ("https://harbourline.recruitee.com/o/dock-worker/c/new/thanks", False),
        ("https://harbourline.teamtailor.com/jobs/5203311-dock-worker", True),
        ("https://harbourline.teamtailor.com/connect", False),
        ("https://harbourline.breezy.hr/p/7c1e9a0b2d44-dock-worker", True),
        ("https://harbourline.wd3.myworkdayjobs.com/en-US/External/job/Rotterdam/Dock-Worker_R-1042", True),
        ("https://harbourline.wd3.myworkdayjobs.com/en-US/External/login", False),
        ("https://harbourline.bamboohr.com/careers/42", True),
        ("https://harbourline.bamboohr.com/careers", False),
        ("https://careers-harbourline.icims.com/jobs/4411/dock-worker/job", True),
        ("https://careers-harbourline.icims.com/jobs/search?ss=1", False),
        ("https://www.harbourline.example/jobs/4411", False),  # not an ATS host
    ],
)
def test_the_documented_job_paths(url: str, job: bool) -> None:
    assert atspaths.is_job_page(url) is job


# ------------------------------------------------------------------------------ open applications

OPEN_TITLES = (
    "General Application",
    "Open Application",
    "Spontaneous Application",
    "Initiativbewerbung",
    "Initiativbewerbung (m/w/d)",
    "Candidature spontanée",
    "Candidatura espontánea",
    "Open sollicitatie",
    "Öppen ansökan",
    "Talent Pool",
    "Join our Talent Community",
    "Gå med i vår talangpool",
)


def _posting_with_json_ld(title: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "description": "<p>Send us your CV and tell us what you would like to do.</p>",
        "hiringOrganization": {"@type": "Organization", "name": "Harbourline B.V."},
        "jobLocation": {
            "@type": "Place",
            "address": {"addressLocality": "Rotterdam", "addressCountry": "NL"},
        },
    }
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    form = "<form><input name='cv' type='file'><button>Apply</button></form>"
    return page(f"<title>{title} | Harbourline</title>{script}", f"<h1>{title}</h1>{DUTIES}{form}")


@given(st.sampled_from(OPEN_TITLES), st.sampled_from(["", " - Operations", ": Rotterdam", " für Produktion"]))
def test_an_open_application_is_not_a_posting_even_with_a_job_posting(title: str, suffix: str) -> None:
    """An ATS publishes the open application as a job (Personio, Greenhouse, SmartRecruiters, with a
    JobPosting): it names no job."""
    html = _posting_with_json_ld(title + suffix)
    assert rejection(html, "https://harbourline.jobs.personio.de/job/1402288") == "open-application"


@pytest.mark.parametrize(
    "title",
    [
        "Talent Pool Manager",
        "Talent Acquisition Partner",
        "Talent Community Coordinator",
        "Application Support Specialist",
        "Applications Engineer",
        "General Manager",
        "Open Water Swim Coach",
    ],
)
def test_a_job_whose_title_starts_like_an_open_application_is_a_posting(title: str) -> None:
    """Guard: a job title that begins with one of the words names a job."""
    posting = extract_posting(
        _posting_with_json_ld(title), "https://harbourline.jobs.personio.de/job/1402289"
    )
    assert posting.title == title


def test_a_posting_that_links_an_open_application_is_a_posting() -> None:
    """Guard: "Nichts dabei? Schick uns eine Initiativbewerbung" under a real posting."""
    html = _posting_with_json_ld("Werkzeugmechaniker (m/w/d)").replace(
        "</body>", "<p>Nichts Passendes dabei? <a href='/job/1'>Initiativbewerbung</a></p></body>"
    )
    assert extract_posting(html, "https://harbourline.jobs.personio.de/job/1398841").title == (
        "Werkzeugmechaniker (m/w/d)"
    )


@given(st.sampled_from(OPEN_TITLES))
def test_the_open_application_vocabulary(title: str) -> None:
    assert lookalikes.open_application(title, None) == title


# ------------------------------------------------------------------------------ confirmations, closed jobs

LEVER_HEADER = (
    "<div class='posting-headline'><h2>Crane Operator</h2><div class='posting-categories'>"
    "<div class='location'>Rotterdam</div><div class='commitment'>Full-time</div></div></div>"
)


@pytest.mark.parametrize(
    "notice",
    [
        "<div class='application-confirmation'><h3 data-qa='msg-submit-success'>Application submitted!</h3>"
        "<p>Thanks for applying to Harbourline.</p></div>",
        "<section class='application-success' role='status'><h2>Bewerbung eingegangen</h2>"
        "<p>Wir melden uns innerhalb von zwei Wochen.</p></section>",
    ],
)
def test_a_confirmation_under_the_jobs_header_is_not_a_posting(notice: str) -> None:
    """An ATS (Lever, Personio) shows the confirmation under the job's own header; its status block says
    so."""
    html = page("<title>Harbourline - Crane Operator</title>", f"{LEVER_HEADER}{notice}")
    assert rejection(html, f"https://jobs.lever.co/harbourline/{UUIDS[0]}/thanks") == "confirmation"


def test_a_posting_that_thanks_its_applicants_is_a_posting() -> None:
    """Guard: "Thank you for applying" in a posting's text, outside a status block."""
    html = page(
        "<title>Harbourline - Crane Operator</title>",
        f"{LEVER_HEADER}<div data-qa='job-description'>{DUTIES}<p>Applications are reviewed on a rolling"
        " basis. Thank you for applying!</p></div><a class='postings-btn' href='apply'>Apply</a>",
    )
    assert extract_posting(html, f"https://jobs.lever.co/harbourline/{UUIDS[0]}").title == "Crane Operator"


@pytest.mark.parametrize(
    "notice",
    [
        "Deze vacature is niet meer beschikbaar.",
        "Deze vacature is gesloten.",
        "The job posting you're looking for might have closed, or it has been removed.",
        "Sorry, we couldn't find anything here",
        "Tjänsten är inte längre tillgänglig.",
    ],
)
def test_a_closed_job_notice_in_dutch_swedish_and_levers_words(notice: str) -> None:
    html = page(
        "<title>Kraanmachinist</title>", f"<h1>Kraanmachinist</h1><p><strong>{notice}</strong></p>{DUTIES}"
    )
    assert rejection(html, "https://harbourline.recruitee.com/o/kraanmachinist") == "expired"


# ------------------------------------------------------------------------------ the full pages


def test_shapes11_pages_as_labelled() -> None:
    """Every non-job page of ``samples/shapes11`` is rejected, no posting is, and every posting's fields are
    as labelled but the known misses (see its README)."""
    report = evaluate(SHAPES11 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected, [result.label["file"] for result in wrong]) == (28, 28, [])
    assert report.misses() == KNOWN_MISSES


# Outside the classifier: Recruitee's employer without the footer's "Stichting" (the legal form the
# employer work reads), BambooHR's Compensation row (the pay reading of its sidebar).
KNOWN_MISSES = {
    ("pages/bamboohr-posting-boise.html", "salary"),
    ("pages/bamboohr-posting-boise.html", "salary_period"),
    ("pages/recruitee-posting-heemstede-nl.html", "company"),
}


# ------------------------------------------------------------------------------ what a detector claims

CLAIMS = [
    ("greenhouse", "https://boards.greenhouse.io/harbourline/jobs/4400170", "https://boards.greenhouse.io/harbourline"),
    ("lever", f"https://jobs.lever.co/harbourline/{UUIDS[0]}/apply", f"https://jobs.lever.co/harbourline/{UUIDS[0]}/thanks"),
    ("ashby", f"https://jobs.ashbyhq.com/harbourline/{UUIDS[1]}", "https://jobs.ashbyhq.com/harbourline"),
    ("workable", "https://apply.workable.com/harbourline/j/5C2E8A41F7/", "https://apply.workable.com/harbourline/"),
    ("workday", "https://hl.wd3.myworkdayjobs.com/en-US/Ext/job/Rotterdam/Crane-Operator_R-1042", "https://hl.wd3.myworkdayjobs.com/en-US/Ext/login"),
    ("personio", "https://harbourline.jobs.personio.de/job/1398841", "https://harbourline.jobs.personio.de/"),
    ("smartrecruiters", "https://jobs.smartrecruiters.com/Harbourline/744000012345678-crane-operator", "https://careers.smartrecruiters.com/Harbourline"),
    ("breezy", "https://harbourline.breezy.hr/p/7c1e9a0b2d44-crane-operator", "https://harbourline.breezy.hr/"),
]  # fmt: skip


DETECTORS: dict[str, Callable[[Page], bool]] = {
    module.__name__.rsplit(".", 1)[1]: module.detect
    for module in (greenhouse, lever, ashby, workable, workday, personio, smartrecruiters, breezy)
}


@pytest.mark.parametrize(("name", "job", "other"), CLAIMS, ids=[claim[0] for claim in CLAIMS])
def test_an_ats_detector_claims_only_its_job_paths_on_its_host(name: str, job: str, other: str) -> None:
    """A claimed page is structured and skips most non-job checks: on its own host an ATS's detector claims
    its job pages (the apply tab too), never its board, confirmations or sign-in."""
    detect = DETECTORS[name]
    html = page("<title>Harbourline</title>", f"<h1>Open roles</h1>{DUTIES}")
    assert detect(Page.read(html, job, _host(job)))
    assert not detect(Page.read(html, other, _host(other)))


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


# ------------------------------------------------------------------------------ checks on structured pages


def _with_one_posting(h1: str, body: str) -> str:
    data = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Crane Operator",
            "hiringOrganization": {"@type": "Organization", "name": "Harbourline B.V."},
            "description": "<p>Operate ship-to-shore cranes at our Maasvlakte terminal.</p>"}  # fmt: skip
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    return page(f"<title>{h1}</title>{script}", f"<h1>{h1}</h1>{body}")


@pytest.mark.parametrize(
    ("h1", "kind"),
    [
        ("Application submitted", "confirmation"),
        ("Vielen Dank für deine Bewerbung!", "confirmation"),
        ("Current openings at Harbourline", "listing"),
        ("12 jobs in Rotterdam", "listing"),
    ],
)
def test_a_structured_page_whose_headline_says_it_is_no_posting_is_rejected(h1: str, kind: str) -> None:
    """A board or a confirmation that carries a JobPosting (the featured job, the job applied to) is
    what its headline says."""
    body = f"<p>Harbourline runs container terminals in Rotterdam and Antwerp.</p>{DUTIES}"
    assert rejection(_with_one_posting(h1, body), "https://www.harbourline.example/careers/4411") == kind


def test_a_structured_page_made_of_job_links_is_a_listing() -> None:
    links = "".join(f"<li><a href='/jobs/view/44{n:02d}'>Crane Operator shift {n}</a></li>" for n in range(8))
    html = _with_one_posting("Harbourline", f"<ul>{links}</ul>")
    assert rejection(html, "https://www.harbourline.example/werken-bij") == "listing"


def test_a_structured_posting_with_similar_jobs_is_a_posting() -> None:
    """Guard: a JobPosting page with a block of similar jobs."""
    links = "".join(f"<li><a href='/jobs/view/44{n:02d}'>Deckhand {n}</a></li>" for n in range(6))
    html = _with_one_posting("Crane Operator", f"{DUTIES}{DUTIES}<h2>Similar jobs</h2><ul>{links}</ul>")
    assert extract_posting(html, "https://www.harbourline.example/jobs/view/4411").title == "Crane Operator"
