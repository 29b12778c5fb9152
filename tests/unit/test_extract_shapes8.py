"""Pay, work mode and employment type on ATS and JSON-LD pages (issue 13): the classes ``samples/shapes8``
showed. The last tests check every page of ``samples/shapes8`` against its label.
"""

from __future__ import annotations

import json

import pytest
from hirehound.ingest.extract import NotAJobPageError, extract_posting
from hirehound.ingest.extract.paytext import choose_zone, pay_text
from hirehound.ingest.models import EmploymentType, RawPosting, RemoteMode, SalaryPeriod
from hirehound.ingest.normalize.employment import parse_employment_type
from hirehound.ingest.normalize.remote import parse_remote
from hirehound.ingest.normalize.salary import parse_salary
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.accuracy import ROOT, evaluate
from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit
SHAPES8 = ROOT / "samples" / "shapes8"


def extracted(html: str, url: str) -> RawPosting:
    return extract_posting(html, url)


def _pay(text: str | None, country: str) -> tuple[float, float, str, SalaryPeriod] | None:
    found = parse_salary(text, country_hint=country).value
    return (found.minimum, found.maximum, found.currency, found.period) if found else None


# ------------------------------------------------------------------------------ several ranges

ZONES = [
    ("Zone A (San Francisco, New York City, Seattle)", "A"),
    ("Zone B (all other US locations)", "B"),
]


@pytest.mark.parametrize(
    ("location", "zone"),
    [
        ("Seattle, WA", "A"),
        ("San Francisco, CA (Hybrid)", "A"),
        ("Austin, TX", "B"),  # named by no zone: the catch-all
        ("Chicago, IL, United States", "B"),
        ("Remote - US", "A"),  # a remote posting: the first zone
        (None, "A"),
    ],
)
def test_the_zone_for_the_postings_location(location: str | None, zone: str) -> None:
    assert choose_zone(ZONES, location) == zone


@given(st.sampled_from(["Denver, CO", "Boise, ID", "Raleigh, NC", "Omaha, NE"]), st.booleans())
def test_a_location_no_zone_names_takes_the_catch_all_wherever_it_is_listed(
    location: str, first: bool
) -> None:
    zones = [("Rest of US", "rest"), ("Seattle, San Francisco, New York", "metro")]
    assert choose_zone(zones if first else zones[::-1], location) == "rest"


def test_without_a_catch_all_an_unnamed_location_takes_the_first_zone() -> None:
    assert choose_zone([("Tier 1", "one"), ("Tier 2", "two")], "Austin, TX") == "one"


def test_greenhouse_pay_inputs_give_the_postings_zone() -> None:
    zones = "".join(
        f'<div class="pay-input"><div class="title">{title}</div><div class="pay-range"><span>{low}</span>'
        f'<span class="divider">&mdash;</span><span>{high} USD</span></div></div>'
        for title, low, high in [
            ("Zone A (San Francisco, New York City, Seattle)", "$150,000", "$175,000"),
            ("Zone B (all other US locations)", "$135,000", "$158,000"),
        ]
    )
    html = page(
        "<title>Job Application for Data Engineer at Prairiewind</title>",
        '<div id="app_body"><div id="header"><h1 class="app-title">Data Engineer</h1>'
        '<span class="company-name">at Prairiewind</span><div class="location">Austin, TX</div></div>'
        f'<div id="content">{DUTIES}<div class="content-pay-transparency">{zones}</div></div></div>',
    )
    found = extracted(html, "https://boards.greenhouse.io/prairiewind/jobs/4410001")
    assert _pay(found.salary_text, "US") == (135000, 158000, "USD", SalaryPeriod.YEAR)


def test_ashby_titled_tiers_give_the_postings_zone_not_their_envelope() -> None:
    state = {
        "organization": {"name": "Gullwing"},
        "posting": {
            "title": "Site Reliability Engineer",
            "locationName": "Seattle, WA",
            "descriptionHtml": DUTIES,
            "compensationTierSummary": "$153K \u2013 $200K \u2022 Offers Equity",
            "compensationTiers": [
                {"title": "Rest of US", "tierSummary": "$153K \u2013 $180K \u2022 Offers Equity"},
                {
                    "title": "Seattle, San Francisco, New York",
                    "tierSummary": "$170K \u2013 $200K \u2022 Offers Equity",
                },
            ],
        },
    }
    html = page(
        "<title>Site Reliability Engineer @ Gullwing</title>",
        f'<div id="root"></div><script>window.__appData = {json.dumps(state)};</script>',
    )
    found = extracted(html, "https://jobs.ashbyhq.com/gullwing/2f7c1a90-4d3e-48b6-a1c5-e9d0b7f26a13")
    assert _pay(found.salary_text, "US") == (170000, 200000, "USD", SalaryPeriod.YEAR)


# ------------------------------------------------------------------------------ pay forms


@pytest.mark.parametrize(
    ("text", "country", "pay"),
    [
        ("Compensation: OTE £110,000 (£55,000 base + uncapped commission)", "GB", (55000, 55000, "GBP")),
        ("$60k base, $120k OTE", "US", (60000, 60000, "USD")),
        ("OTE of $150,000 with a base salary of $75,000", "US", (75000, 75000, "USD")),
        ("Base: $80,000 - $95,000 plus commission (OTE $160,000)", "US", (80000, 95000, "USD")),
        ("OTE €90,000", "DE", (90000, 90000, "EUR")),  # no base stated: the OTE is all the page says
    ],
)
def test_the_base_beside_on_target_earnings_is_the_pay(
    text: str, country: str, pay: tuple[float, float, str]
) -> None:
    assert _pay(text, country) == (*pay, SalaryPeriod.YEAR)


@given(st.integers(8, 40).map(lambda n: n * 1000), st.sampled_from(["/ mies.", "/mies.", "miesięcznie"]))
def test_a_b2b_rate_net_plus_vat_keeps_its_period(amount: int, period: str) -> None:
    text = f"B2B: {amount:,} zł netto + VAT {period}".replace(",", " ")
    assert _pay(text, "PL") == (amount, amount, "PLN", SalaryPeriod.MONTH)


def test_krone_amounts_in_a_closing_paragraph_are_pay_text() -> None:
    html = (
        "<div>Vi tilbyder en fastansættelse på fuld tid med en løn på 52.000 - 60.000 kr. pr. måned, hertil"
        " 10 % pension.</div>"
    )
    assert _pay(pay_text(html), "DK") == (52000, 60000, "DKK", SalaryPeriod.MONTH)
    assert _pay(pay_text("<ul><li>Lønn: 850 000 - 950 000 kr per år</li></ul>"), "NO") == (
        850000,
        950000,
        "NOK",
        SalaryPeriod.YEAR,
    )


def test_a_krone_figure_that_is_not_pay_stays_out() -> None:
    assert pay_text("<p>Vi giver også et årligt kursusbudget på 15.000 kr.</p>") is None


def test_pay_in_the_visible_block_beside_a_json_ld_teaser() -> None:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Werkstudent (m/w/d) Vertrieb",
        "description": "Lindenquell ist ein Getränkehersteller.",
        "employmentType": "PART_TIME",
        "hiringOrganization": {"@type": "Organization", "name": "Lindenquell GmbH"},
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "München", "addressCountry": "DE"}},
    }
    html = page(
        f'<title>Werkstudent (m/w/d) Vertrieb</title><script type="application/ld+json">{json.dumps(posting)}'
        "</script>",
        "<main><h1>Werkstudent (m/w/d) Vertrieb</h1><section><h3>Deine Aufgaben</h3>"
        f"{DUTIES}</section><section><h3>Wir bieten</h3><ul><li>16 € - 18 € pro Stunde</li>"
        "<li>Homeoffice an bis zu zwei Tagen pro Woche</li></ul></section></main>",
    )
    found = extracted(html, "https://lindenquell.jobs.personio.de/job/1908001")
    assert _pay(found.salary_text, "DE") == (16, 18, "EUR", SalaryPeriod.HOUR)


# ------------------------------------------------------------------------------ work mode


@pytest.mark.parametrize(
    ("field", "description", "mode"),
    [
        ("På plats", None, RemoteMode.ONSITE),  # Workable's Swedish workplace badge
        ("Op locatie", None, RemoteMode.ONSITE),
        (
            None,
            "You will be based at our depot; this is not a role that can be done from home.",
            RemoteMode.ONSITE,
        ),
        (None, "This role is on our warehouse floor. It cannot be done remotely.", RemoteMode.ONSITE),
        (None, "Poste sur site, en équipe du matin ou d'après-midi.", RemoteMode.ONSITE),
        (None, "Some of our support work can be done from home.", None),  # no statement about this post
    ],
)
def test_on_site_words(field: str | None, description: str | None, mode: RemoteMode | None) -> None:
    assert parse_remote(field, None, "Warehouse Associate", description).value == mode


# ------------------------------------------------------------------------------ employment type


@pytest.mark.parametrize(
    ("field", "title", "kind"),
    [
        ("FULL_TIME", "Chargé(e) de recrutement - CDD 6 mois", EmploymentType.TEMPORARY),
        ("Full-time", "Payroll Administrator (fixed-term, 12 months)", EmploymentType.TEMPORARY),
        ("FULL_TIME", "Contract Manager", EmploymentType.FULL_TIME),  # a job's name, not its terms
        ("PART_TIME", "Aushilfe Kasse (m/w/d)", EmploymentType.PART_TIME),
        (None, "Aushilfe Lager (m/w/d) auf Minijob-Basis", EmploymentType.PART_TIME),
        ("Minijob", None, EmploymentType.PART_TIME),
        ("Aushilfe, befristet", None, EmploymentType.TEMPORARY),
    ],
)
def test_fixed_term_titles_and_minijobs(field: str | None, title: str | None, kind: EmploymentType) -> None:
    assert parse_employment_type(field, title=title).value == kind


# ------------------------------------------------------------------------------ the ATS pages


def test_a_teamtailor_site_on_its_own_domain_gives_its_job_facts() -> None:
    html = page(
        '<title>Prosjektleder - Fjellvik Bygg</title><meta name="generator" content="Teamtailor">',
        f"<h1>Prosjektleder</h1>{DUTIES}"
        '<dl class="job-ad-facts"><dt>Avdeling</dt><dd>Prosjekt</dd><dt>Lokasjon</dt><dd>Bergen</dd>'
        "<dt>Fjernarbeid</dt><dd>Hybrid remote</dd></dl>",
    )
    found = extracted(html, "https://karriere.fjellvik.no/jobs/4410021-prosjektleder")
    assert (found.location_text, found.remote_text) == ("Bergen", "Hybrid remote")


def test_a_teamtailor_sites_jobs_index_is_not_claimed_as_a_posting() -> None:
    """The site-wide signs (the CDN's assets, the generator meta) are on a Teamtailor site's jobs index too;
    claimed by the ATS source, it skipped the classifier's non-job checks and was published."""
    cards = "".join(
        f'<li class="job-card"><a href="/jobs/44100{n}-{slug}"><span>{title}</span>'
        f"<span>Bergen · Heltid</span></a></li>"
        for n, (slug, title) in enumerate(
            [
                ("prosjektleder", "Prosjektleder"),
                ("tomrer", "Tømrer"),
                ("elektriker", "Elektriker"),
                ("kalkulator", "Kalkulator"),
                ("baseleder", "Baseleder"),
                ("innkjoper", "Innkjøper"),
            ]
        )
    )
    html = page(
        '<title>Ledige stillinger - Fjellvik Bygg</title><meta name="generator" content="Teamtailor">'
        '<link rel="stylesheet" href="https://assets.teamtailor-cdn.com/assets/careersite.css">',
        f'<h1>Ledige stillinger</h1><p>6 ledige stillinger</p><ul class="jobs">{cards}</ul>',
    )
    with pytest.raises(NotAJobPageError):
        extracted(html, "https://karriere.fjellvik.no/jobs")


def test_smartrecruiters_sections_without_the_editor_class() -> None:
    html = page(
        "<title>Field Agent | Kestrel Pay</title>",
        '<h1 class="job-title">Field Agent</h1>'
        f'<section id="st-jobDescription"><h2>Job Description</h2><div itemprop="description">{DUTIES}</div>'
        '</section><section id="st-additionalInformation"><h2>Additional Information</h2><div>'
        "<ul><li>This role is on-site at our Ubi office</li></ul></div></section>",
    )
    found = extracted(html, "https://jobs.smartrecruiters.com/KestrelPay/744000998877001-field-agent")
    assert "on-site at our Ubi office" in (found.description_html or "")


def test_a_breezy_position_header() -> None:
    html = page(
        "<title>Préparateur de commandes | Rhodanie Logistique</title>",
        '<div class="position-header"><h1>Préparateur de commandes</h1><ul class="meta">'
        '<li class="location"><span>Lyon, FR</span></li><li class="type"><span>Intérim</span></li>'
        '<li class="salary"><span>12,50 € à 13,20 € / heure</span></li></ul></div>'
        f'<div class="description">{DUTIES}</div>',
    )
    found = extracted(html, "https://rhodanie.breezy.hr/p/7b21c9e04f3a-preparateur-de-commandes")
    assert (found.employment_type_text, found.salary_text) == ("Intérim", "12,50 € à 13,20 € / heure")


@pytest.mark.parametrize(
    ("page_title", "company"),
    [
        ("Careers at Irwell Power - Apprentice Fitter", "Irwell Power"),
        ("Apprentice Fitter | Irwell Power Careers", "Irwell Power"),
        ("Apprentice Fitter - Manchester - Irwell Power", None),  # three parts: which one is not said
    ],
)
def test_a_jobvite_employer_from_its_page_title(page_title: str, company: str | None) -> None:
    html = page(
        f"<title>{page_title}</title>",
        '<div class="jv-job-detail"><h2 class="jv-header">Apprentice Fitter</h2>'
        '<p class="jv-job-detail-meta">Apprenticeships<span class="jv-inline-separator"></span>Manchester</p>'
        f'<div class="jv-job-detail-description">{DUTIES}</div></div>',
    )
    found = extracted(html, "https://jobs.jobvite.com/irwellpower/job/oQ1x8fwA")
    assert found.company_name == company


# ------------------------------------------------------------------------------ the full pages


def test_shapes8_pages_as_labelled() -> None:
    """Every page of ``samples/shapes8`` is extracted as its label says, field by field, but the known
    misses (see its README)."""
    report = evaluate(SHAPES8 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected, [result.label["file"] for result in wrong]) == (0, 0, [])
    assert report.misses() == KNOWN_MISSES


# Left (see the README): an employer in a shorter form than the footer's legal name (Workable); a JSON-LD
# minValue below the visible range, or a unit that contradicts the visible period (iCIMS); a Minijob's
# monthly ceiling beside its hourly rate; BambooHR's sidebar label/value pairs; an Italian "rimborso spese"
# stipend; Teamtailor's "Fast stilling, heltid" in prose.
KNOWN_MISSES = {
    ("pages/bamboohr-hourly-in-office-denver.html", "city"),
    ("pages/bamboohr-hourly-in-office-denver.html", "country"),
    ("pages/bamboohr-hourly-in-office-denver.html", "employment_type"),
    ("pages/bamboohr-hourly-in-office-denver.html", "remote"),
    ("pages/bamboohr-hourly-in-office-denver.html", "salary"),
    ("pages/bamboohr-hourly-in-office-denver.html", "salary_period"),
    ("pages/icims-jsonld-unit-contradicts-seattle.html", "salary"),
    ("pages/icims-jsonld-unit-contradicts-seattle.html", "salary_period"),
    ("pages/personio-es-teletrabajo-madrid.html", "salary"),
    ("pages/personio-minijob-leipzig.html", "salary"),
    ("pages/personio-minijob-leipzig.html", "salary_period"),
    ("pages/recruitee-stage-bologna.html", "salary"),
    ("pages/recruitee-stage-bologna.html", "salary_period"),
    ("pages/teamtailor-nok-hybrid-oslo.html", "employment_type"),
    ("pages/workable-jsonld-value-string-lisboa.html", "company"),
}
