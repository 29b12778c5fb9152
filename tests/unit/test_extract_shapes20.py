"""The page classifier's borderline cases that ``samples/shapes20`` showed (issue 13): a live posting whose
closing words are conditional ("If you have not heard from us …, please assume the position has been
filled"), a Japanese ad that says when it will close, a posting without an ``h1`` under a careers-page
``<title>``; and pages of kinds not covered before that are not postings (career advice and HR templates, a
hiring-process page, a call for speakers or for a programme, an appointment announced, a board's page for
advertisers, a privacy notice).

Each test is a small page written here (invented employers); every one fails on the code before this work
(d564e45) but the guards, which say what must stay as it is. The last test checks every page of
``samples/shapes20`` against its label.
"""

from __future__ import annotations

import pytest
from hirehound.ingest.extract import NotAJobPageError, extract_posting

from benchmarks.accuracy import ROOT, evaluate
from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit
SHAPES20 = ROOT / "samples" / "shapes20"
URL = "https://www.larchmere.example/jobs/depot-operative"


def rejection(html: str, url: str = URL) -> str:
    with pytest.raises(NotAJobPageError) as raised:
        extract_posting(html, url)
    return raised.value.kind


def _posting(title: str, extra: str) -> str:
    return page(f"<title>{title} | Larchmere Depots</title>", f"<h1>{title}</h1>{DUTIES}<p>{extra}</p>")


# ---------------------------------------------------------------------- closing words in a conditional clause


@pytest.mark.parametrize(
    "sentence",
    [
        "Only shortlisted applicants will be contacted. If you have not heard from us within 14 days, please "
        "assume the position has been filled.",
        "Shortlisting will take place after the vacancy has closed.",
        "We keep your details for six months after the job has closed, then delete them.",
        "The advert will be removed when the position has been filled, so apply early.",
        "Wir melden uns bei dir, sobald die Bewerbungsfrist abgelaufen ist.",
        "Nous reviendrons vers vous une fois l'offre clôturée.",
        "Una vez que el proceso está cerrado, contactaremos a los candidatos seleccionados.",
        "Zodra de vacature is gesloten, nodigen we kandidaten uit voor een gesprek.",
        "募集人数に達し次第、募集を終了します。",
    ],
)
def test_a_closing_phrase_in_a_conditional_clause_is_a_live_posting(sentence: str) -> None:
    assert extract_posting(_posting("Depot Operative", sentence), URL).title == "Depot Operative"


@pytest.mark.parametrize(
    "notice",
    [
        "This job has expired.",
        "Sorry, this position has been filled.",
        "Diese Stelle ist leider nicht mehr verfügbar.",
        "この求人の募集を終了しました。",
        "Unfortunately this vacancy has closed. If you would like to hear about new jobs, sign up below.",
    ],
)
def test_a_closing_notice_still_rejects_the_page(notice: str) -> None:
    """Guard: a notice stated as a fact, also with a conditional sentence after it."""
    html = page("<title>Depot Operative</title>", f"<h1>Depot Operative</h1><p>{notice}</p>{DUTIES}")
    assert rejection(html) == "expired"


# ------------------------------------------------------------------------------ a posting without an h1


def test_a_posting_without_h1_under_a_careers_title_takes_its_first_h2() -> None:
    html = page(
        "<title>Jobs at Larchmere Depots</title><meta property='og:site_name' content='Larchmere Depots'>",
        f"<p class='eyebrow'>Jobs at Larchmere</p><h2 class='job-heading'>Depot Operative</h2>{DUTIES}",
    )
    assert extract_posting(html, URL).title == "Depot Operative"


def test_a_title_that_is_the_sites_name_whole_yields_to_the_h1() -> None:
    head = (
        "<title>Werken bij Zorggroep Delta</title>"
        "<meta property='og:title' content='Werken bij Zorggroep Delta'>"
        "<meta property='og:site_name' content='Werken bij Zorggroep Delta'>"
    )
    html = page(head, f"<h1>Verzorgende IG</h1>{DUTIES}")
    url = "https://www.zorggroepdelta.nl/vacatures/verzorgende-ig"
    assert extract_posting(html, url).title == "Verzorgende IG"


def test_a_current_vacancy_heading_is_not_the_title() -> None:
    head = (
        "<title>Careers | Hollins & Weir Electrical</title>"
        "<meta property='og:site_name' content='Hollins & Weir Electrical'>"
    )
    body = f"<h1>Careers</h1><h2>Current vacancy</h2><h3>Approved Electrician</h3>{DUTIES}"
    assert extract_posting(page(head, body), URL).title == "Approved Electrician"


def test_a_page_without_a_title_whose_first_h2_is_a_section_has_no_title() -> None:
    """Guard: no ``<title>`` and no ``h1``, the ``h2``s are the description's sections."""
    sections = "<h2>Our company</h2><p>We make scheduling software.</p><h2>What we believe</h2>"
    html = page("", f"{sections}{DUTIES}")
    with pytest.raises(Exception, match="no job title"):
        extract_posting(html, URL)


# ------------------------------------------------------------------------------ pages that are not postings


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Barista Interview Questions (With Sample Answers)", "career-advice"),
        ("Warehouse Operative job description template", "career-advice"),
        ("Nurse CV examples", "career-advice"),
        ("Die 20 häufigsten Fragen im Vorstellungsgespräch", "career-advice"),
        ("Modèle de fiche de poste : préparateur de commandes", "career-advice"),
        ("How we hire", "company-page"),
        ("Our hiring process | Larchmere Depots", "company-page"),
        ("Unser Bewerbungsprozess", "company-page"),
        ("Call for Speakers", "call-for-proposals"),
        ("Call for Papers \u2013 LogiConf 2027", "call-for-proposals"),
        ("Appel à candidatures \u2013 Promotion 2027", "call-for-proposals"),
        ("Larchmere Depots appoints new Chief Operating Officer", "announcement"),
        ("Larchmere ernennt Jana Weber zur Geschäftsführerin", "announcement"),
        ("Post a job on Depotjobs", "employer-page"),
        ("Stellenanzeige schalten ab 199 €", "employer-page"),
        ("Candidate privacy notice", "policy"),
        ("Datenschutzhinweise für Bewerberinnen und Bewerber", "policy"),
    ],
)
def test_a_page_whose_headline_names_another_kind_of_page_is_rejected(headline: str, kind: str) -> None:
    """Its text reads like a posting (duties, requirements, pay); its headline says what it is."""
    html = page(f"<title>{headline}</title>", f"<h1>{headline}</h1>{DUTIES}")
    assert rejection(html, "https://www.larchmere.example/resources/page") == kind


@pytest.mark.parametrize(
    "title",
    [
        "Appointed Person (Lifting Operations)",
        "Appel à candidatures : Chargé de mission accompagnement des startups",
        "Hiring Process Coordinator",
        "Data Privacy Officer",
        "Interview Scheduler",
        "Recruitment Process Outsourcing Consultant",
    ],
)
def test_a_job_title_near_those_headlines_is_a_posting(title: str) -> None:
    """Guard: job titles that share words with those headlines."""
    assert extract_posting(_posting(title, "Apply with your CV."), URL).title == title


# ------------------------------------------------------------------------------ the set


def test_shapes20_pages_as_labelled() -> None:
    """Every page of ``samples/shapes20`` is accepted or rejected as its label says, and extracted field by
    field as labelled but the known misses (see its README)."""
    report = evaluate(SHAPES20 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected, [result.label["file"] for result in wrong]) == (10, 10, [])
    assert report.misses() == KNOWN_MISSES


# Titles, places, employers, pay and employment type are other engineers' fields (the set's README says what
# fails there); every page is accepted or rejected as labelled.
KNOWN_MISSES = {
    ("pages/assume-position-filled-if-not-heard-au.html", "city"),
    ("pages/bewerbungsfrist-fuehrerschein-abgelaufen-de.html", "employment_type"),
    ("pages/board-search-filters-visible-de.html", "city"),
    ("pages/classified-two-lines-bricklayer-uk.html", "city"),
    ("pages/classified-two-lines-bricklayer-uk.html", "company"),
    ("pages/classified-two-lines-bricklayer-uk.html", "country"),
    ("pages/classified-two-lines-bricklayer-uk.html", "salary"),
    ("pages/classified-two-lines-bricklayer-uk.html", "salary_period"),
    ("pages/classified-two-lines-bricklayer-uk.html", "title"),
    ("pages/js-shell-jsonld-only-ca.html", "remote"),
    ("pages/title-jobs-at-company-posting-us.html", "employment_type"),
    ("pages/title-jobs-at-company-posting-us.html", "salary"),
    ("pages/title-jobs-at-company-posting-us.html", "salary_period"),
    ("pages/vacature-sluit-op-future-nl.html", "employment_type"),
}
