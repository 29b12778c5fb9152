# ruff: noqa: RUF001  (page text: the typographic dashes real pages carry)
"""Classes of pages that ``samples/shapes16`` showed (issue 13): English company career sites without an ATS
(WordPress builders, Drupal, Joomla, Squarespace, Wix, Webflow, HubSpot, Next.js, Adobe AEM, Sitecore,
Umbraco, hand-built), where title, employer, place, work mode, employment type and pay are stated in the
site's own markup and running text.

Each class test is a small text or page written here (invented employers); each fails on the code before
this work (cf9374d) but the guards, which say what must stay as it is. The last test checks every page of
``samples/shapes16`` against its label.
"""

from __future__ import annotations

import pytest
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.extract import extract_posting, placewords
from hirehound.ingest.extract.page import Page
from hirehound.ingest.extract.paytext import pay_text
from hirehound.ingest.models import EmploymentType, NormalizedPosting, RemoteMode, SalaryPeriod
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.normalize.location import parse_location
from hirehound.ingest.normalize.remote import parse_remote
from hirehound.ingest.normalize.salary import parse_salary

from benchmarks.accuracy import ROOT, TODAY, evaluate

pytestmark = pytest.mark.unit
SHAPES16 = ROOT / "samples" / "shapes16"
_JOB_TEXT = (
    "<p>We look after the accounts of 300 small firms across the region and are growing the team.</p>"
    "<h2>What you'll do</h2><ul><li>Post invoices and reconcile the bank accounts</li>"
    "<li>Prepare VAT returns and year-end files</li><li>Answer clients' questions by phone</li></ul>"
    "<h2>About you</h2><ul><li>Three years in a similar role</li><li>Good spreadsheet skills</li></ul>"
    "<p>Send your CV to jobs@example.com.</p>"
)


def _posting(html: str, url: str = "https://www.example.com/careers/bookkeeper") -> NormalizedPosting:
    return normalize_posting(clean_posting(extract_posting(html, url)), today=TODAY)


def _page(body: str, title: str = "Bookkeeper | Example Ltd", head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{body}</body></html>"
    )


# ------------------------------------------------------------------------ Adobe AEM's Core Components


def _aem_page(banner: str = "") -> str:
    return _page(
        f'{banner}<div class="root container responsivegrid"><div class="cmp-container">'
        '<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">Bookkeeper</h1></div></div>'
        '<div class="text"><div class="cmp-text"><p><b>Pay:</b> $27.40/hour</p>'
        f"{_JOB_TEXT}<p>This is an on-site position at our plant.</p></div></div></div></div>"
    )


def test_aem_core_components_are_the_page_not_a_consent_manager() -> None:
    """AEM names every block ``cmp-<component>``; the consent managers' ``cmp-`` prefix read them as a
    banner and dropped the whole description."""
    posting = _posting(_aem_page())
    assert posting.salary is not None and posting.salary.minimum == 27.4
    assert posting.salary.period == SalaryPeriod.HOUR
    assert posting.remote_mode == RemoteMode.ONSITE


def test_a_consent_managers_cmp_banner_still_goes() -> None:
    """Guard for the banner (it went before); the AEM text beside it is kept now."""
    banner = '<div class="cmp-banner"><p>We use cookies. Hybrid remote consent. £99 per hour.</p></div>'
    html = _aem_page(banner)
    page = Page.read(html, "https://www.example.com/careers/bookkeeper", "example.com")
    page.strip_noise()
    assert "cookies" not in page.body_text and "$27.40/hour" in page.body_text


# ------------------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("title", "body", "url"),
    [
        (  # Wix: every heading a styled div, the job in an h4 under "Join our team"
            "Careers | Cedar Grove Physio",
            '<h2 class="font_2">Join our team</h2><h4 class="font_4">Clinic Office Manager (Part-Time)</h4>',
            "https://www.cedargrovephysio.ca/careers",
        ),
        (  # hand-built: "Careers" in an h2, the job in an h3
            "Careers - Dufferin Millwork",
            "<h2>Careers</h2><p>We are always interested in hearing from cabinetmakers.</p>"
            '<hr><h3 class="job">Clinic Office Manager (Part-Time)</h3>',
            "https://www.dufferinmillwork.ca/careers.html",
        ),
    ],
)
def test_a_careers_section_title_yields_to_the_jobs_lower_heading(title: str, body: str, url: str) -> None:
    html = _page(f"<main>{body}{_JOB_TEXT}</main>", title=title)
    assert extract_posting(html, url).title == "Clinic Office Manager (Part-Time)"


def test_a_job_title_in_the_title_tag_still_wins() -> None:  # guard
    head = '<meta property="og:site_name" content="Example Ltd">'
    html = _page(f"<main><h2>Our team</h2><h3>Clinic Office Manager</h3>{_JOB_TEXT}</main>", head=head)
    assert extract_posting(html, "https://www.example.com/careers/bookkeeper").title == "Bookkeeper"


# ------------------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("You'll start each day from our Breakwater depot in Geelong, with jobs to Torquay.", "Geelong"),
        ("Three days a week at our Indiranagar office in Bengaluru, two from home.", "Bengaluru"),
        ("You'll work from our Leeds office in Park Square three days a week.", "Leeds"),  # guard
        ("Three days a week in our Leeds office.", "Leeds"),  # guard
    ],
)
def test_a_district_site_in_a_town_is_in_the_town(sentence: str, city: str) -> None:
    found = placewords.sentence_place([sentence])
    assert found is not None
    location = parse_location(found).value
    assert location is not None and location.city == city


@pytest.mark.parametrize(
    ("fact", "town"),
    [
        ("Bristol studio / home", "Bristol"),
        ("Leeds office", "Leeds"),
        ("Head office", None),
        ("London", None),
    ],
)
def test_a_location_fact_naming_the_site_is_its_town(fact: str, town: str | None) -> None:
    assert placewords.site_town(fact) == town


def _facts_page(facts: str, footer: str = "") -> str:
    return _page(
        f"<main><h1>Pastry Cook</h1><p>{facts}</p><h3>What you'll do</h3>"
        "<ul><li>Laminate, shape and bake croissant, danish and morning buns</li><li>Prep fillings</li></ul>"
        f"{_JOB_TEXT}</main><footer>{footer}</footer>",
        title="Pastry Cook — Hollow Elm Bakery",
    )


def test_a_start_date_and_a_task_list_are_no_place() -> None:
    raw = extract_posting(
        _facts_page("Full time · $19–$22/hour + tips · Starts January"),
        "https://www.example.com/jobs/pastry-cook",
    )
    assert raw.location_text is None


@pytest.mark.parametrize(
    ("footer", "city"),
    [
        ("<p>Hollow Elm Bakery · 3316 SE Division St, Portland, OR 97202</p>", "Portland"),
        ("<p>Head office: 41 Robertson Drive, Bunbury WA 6230</p>", "Bunbury"),
        ("<p>Coalhill Warehouse, 2 Coalhill, Edinburgh EH6 6PZ</p>", "Edinburgh"),
        # two addresses say nothing (guard)
        ("<p>Portland, OR 97202</p><p>Seattle, WA 98101</p>", None),
    ],
)
def test_the_employers_one_footer_address_is_where_a_placeless_posting_is(
    footer: str, city: str | None
) -> None:
    posting = _posting(
        _facts_page("Full time · $19–$22/hour", footer), "https://www.example.com/jobs/pastry-cook"
    )
    assert (posting.location.city if posting.location else None) == city


def test_a_place_the_page_states_beats_the_footer() -> None:  # guard
    html = _facts_page("Full time · Seattle, WA · $19–$22/hour", "<p>Portland, OR 97202</p>")
    posting = _posting(html, "https://www.example.com/jobs/pastry-cook")
    assert posting.location is not None and posting.location.city == "Seattle"


# ---------------------------------------------------------------------------------- work mode


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "<p>We're together in the studio on Tuesdays, Wednesdays and Thursdays; Mondays and Fridays are "
            "home days.</p>",
            RemoteMode.HYBRID,
        ),
        (
            "<p>This is an on-site position at the plant.</p><p>Our headquarters are in Chicago; corporate "
            "roles there follow a hybrid schedule.</p>",
            RemoteMode.ONSITE,
        ),
        (
            "<p>Some of our office staff work a hybrid pattern, and this role is hybrid too.</p>",
            RemoteMode.HYBRID,
        ),
    ],
)
def test_home_days_and_other_staffs_schedule(text: str, mode: RemoteMode) -> None:
    assert parse_remote(description=text).value == mode


# ---------------------------------------------------------------------------------------- pay


def test_a_period_word_naming_the_pay_before_it_is_the_rate() -> None:
    salary = parse_salary("Monthly salary of S$8,500 – S$10,000 plus an annual variable bonus.").value
    assert salary is not None and salary.period == SalaryPeriod.MONTH and salary.currency == "SGD"


def test_later_period_words_still_decide_without_such_a_label() -> None:  # guard
    salary = parse_salary("Salary £24,500 – £27,000 per annum, reviewed monthly.").value
    assert salary is not None and salary.period == SalaryPeriod.YEAR


def test_lakh_per_annum_in_prose_is_pay() -> None:
    found = pay_text("<h2>Compensation and location</h2><p>₹18 – 24 LPA fixed, plus ESOPs.</p><p>Hybrid.</p>")
    assert found is not None
    salary = parse_salary(found).value
    assert salary is not None and (salary.minimum, salary.maximum, salary.currency) == (
        1_800_000,
        2_400_000,
        "INR",
    )


# ---------------------------------------------------------------------------------- employment type


def test_a_tag_row_over_the_title_gives_the_employment_type() -> None:
    """Webflow: the tags over the ``h1`` are one short line each, outside the rich-text description."""
    body = (
        '<section class="section-job"><a href="/careers" class="back-link">← All roles</a>'
        '<div class="job-tag-row"><div class="job-tag">Engineering</div><div class="job-tag">Austin, TX</div>'
        '<div class="job-tag">Full-time</div></div><h1 class="job-title">Bookkeeper</h1>'
        f'<div class="job-rich-text w-richtext">{_JOB_TEXT}</div>'
        '<a href="/careers/apply" class="button-primary w-button">Apply for this role</a></section>'
    )
    assert _posting(_page(body)).employment_type == EmploymentType.FULL_TIME


def test_a_line_opening_with_the_kind_and_its_hours_in_brackets() -> None:
    line = "<p><b>Full-time (40 hours, Monday to Friday 8:00-4:30)</b></p>"
    body = f"<main><h1>Bookkeeper</h1>{_JOB_TEXT}{line}</main>"
    assert _posting(_page(body)).employment_type == EmploymentType.FULL_TIME


# ------------------------------------------------------------------------------------- the set


def test_every_shapes16_page_reads_as_labelled() -> None:
    report = evaluate(SHAPES16 / "labels.json")
    rejected, not_jobs, wrongly_rejected = report.rejections()
    assert (rejected, not_jobs, wrongly_rejected) == (2, 2, [])
    assert report.misses() == KNOWN_MISSES


# The one miss left: the employer's fuller name is only in the logo's alt ("Kilbrack Moran Chartered
# Accountants" over an og:site_name, JSON-LD and copyright "Kilbrack Moran"); taking logo alts as fuller names
# also took "Wappen der Stadt …", "… crest" and a descriptor over a legal form on other sets.
KNOWN_MISSES = {("pages/divi-audit-senior-branches-cork-ie.html", "company")}
