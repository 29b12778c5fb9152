"""Page signals: logo, company profile, screening questions and JSON-LD's extra text, as extraction sees
the page (fixtures written here, modelled on how job boards mark these up)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import PageSignals
from hirehound.ingest.page_signals import page_signals
from selectolax.lexbor import LexborHTMLParser

pytestmark = pytest.mark.unit

PROFILE = (
    "Northwind Analytics builds forecasting software for regional grocers. We are 80 people in Leeds and "
    "Lisbon and have been profitable since 2019."
)


def signals(body: str, json_ld: Mapping[str, Any] | None = None) -> PageSignals:
    return page_signals(LexborHTMLParser(f"<html><body>{body}</body></html>"), json_ld)


def test_json_ld_organization_gives_logo_and_profile() -> None:
    posting = {
        "@type": "JobPosting",
        "title": "Analyst",
        "hiringOrganization": {
            "@type": "Organization",
            "logo": "https://x.example/logo.png",
            "description": PROFILE,
        },
        "qualifications": "<ul><li>SQL</li></ul>",
        "jobBenefits": "Pension &amp; 30 days off",
    }
    found = signals("<h1>Analyst</h1>", posting)
    assert found.logo
    assert found.company_profile == PROFILE
    assert found.structured_text == "SQL\nPension & 30 days off"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<header><img class="company-logo" src="/l.png" alt=""></header>', True),
        ('<div id="logo"><a href="/"><img src="/assets/n.png" alt="Northwind"></a></div>', True),
        ('<img src="/l.png" alt="Northwind Analytics logo">', True),
        ('<span itemprop="logo" content="/l.png"></span>', True),
        ('<img src="/team.jpg" alt="Our team at the summer party">', False),
        ('<footer><img src="/logo.svg" alt="Board logo"></footer>', False),
        (
            '<p><a href="https://ats.example">Jobs powered by <img alt="ATS logo" src="/ats.svg"></a></p>',
            False,
        ),
    ],
)
def test_logo(body: str, expected: bool) -> None:
    assert signals(body).logo is expected


@pytest.mark.parametrize(
    "body",
    [
        f"<h2>About us</h2><p>{PROFILE}</p><h2>The role</h2><p>Build dashboards.</p>",
        f"<p><strong>About Northwind</strong></p><p>{PROFILE}</p>",
        f'<aside class="company-profile"><h3>Who we are</h3><p>{PROFILE}</p></aside>',
        f"<dl><dt>Company description</dt><dd>{PROFILE}</dd><dt>Location</dt><dd>Leeds</dd></dl>",
        f"<h3>Company</h3><p>{PROFILE}</p><h3>Job description</h3><p>Build dashboards.</p>",
        f"<h2>The employer</h2><p>{PROFILE}</p>",
    ],
)
def test_company_profile_under_its_heading(body: str) -> None:
    found = signals(body).company_profile
    assert found is not None and PROFILE in found
    assert "Build dashboards" not in found and "Leeds\n" not in found


@pytest.mark.parametrize(
    "body",
    [
        f"<h2>About the job</h2><p>{PROFILE}</p>",  # LinkedIn's heading for the posting itself
        f"<h2>About you</h2><p>{PROFILE}</p>",
        "<h2>About us</h2><p>Short.</p>",
        "<h3>Company</h3><p>Northwind Analytics</p>",  # the employer's name is no profile
    ],
)
def test_job_or_candidate_sections_are_no_company_profile(body: str) -> None:
    assert signals(body).company_profile is None


def _form(*fields: str) -> str:
    return f'<form method="post">{"".join(fields)}<input type="submit" value="Apply"></form>'


def test_contact_fields_are_no_questions() -> None:
    form = _form(
        '<label for="fn">First name</label><input id="fn" name="first_name">',
        '<label for="em">Email</label><input id="em" type="email" name="email">',
        '<label for="ph">Phone</label><input id="ph" name="phone">',
        '<label>Resume/CV<input type="file" name="resume"></label>',
        '<label for="li">LinkedIn profile</label><input id="li" name="answers[0]">',
        '<input type="hidden" name="token" value="abc">',
        '<label><input type="checkbox" name="gdpr"> I agree to the privacy policy</label>',
    )
    assert not signals(form).questions


@pytest.mark.parametrize(
    "body",
    [
        _form(
            '<label for="q1">Are you authorised to work in the UK?</label><select id="q1" name="q1"></select>'
        ),
        _form('<label>Why do you want to join us?<textarea name="cover_note"></textarea></label>'),
        "<h3>Screening questions</h3><ol><li>Do you hold a forklift licence?</li></ol>",
    ],
)
def test_screening_questions(body: str) -> None:
    assert signals(body).questions


def test_extraction_carries_the_signals_even_though_it_strips_forms_and_headers() -> None:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Data Analyst",
        "description": "<p>Build dashboards for our grocers.</p>",
        "hiringOrganization": {"@type": "Organization", "name": "Northwind Analytics"},
    }
    page = (
        f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body>'
        '<header><img class="logo" src="/n.png" alt="Northwind"></header><h1>Data Analyst</h1>'
        f"<h2>About us</h2><p>{PROFILE}</p>"
        + _form('<label for="q">How many years of SQL?</label><input id="q" name="q_sql">')
        + "</body></html>"
    )
    raw = extract_posting(page, "https://careers.northwind.example/jobs/12")
    assert raw.signals is not None
    assert raw.signals.logo and raw.signals.questions
    assert raw.signals.company_profile == PROFILE


@pytest.mark.parametrize(
    "body",
    [
        '<IMAGE SRC="/static/acme-logo.png">',  # the parser reads <image> as <img>
        '<div ITEMPROP="hiringOrganization"><p ITEMPROP="description">' + PROFILE + "</p></div>",
        '<span itemprop="logo">Acme</span>',
        '<FORM><label for="q">Years of Python?</label><input id="q" name="q"></FORM>',
        "<p>No logo, no profile, no form.</p>",
    ],
)
def test_the_lower_cased_html_only_skips_searches_that_find_nothing(body: str) -> None:
    """Given the lower-cased HTML, elements it does not spell are not searched for: the same signals."""
    html = f"<html><body>{body}</body></html>"
    assert page_signals(LexborHTMLParser(html), html_lower=html.lower()) == signals(body)
