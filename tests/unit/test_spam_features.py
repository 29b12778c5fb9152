"""The spam model's input: one document per posting and page facts, the same for EMSCAD's masked tokens
and a live page's real links, addresses and numbers."""

from __future__ import annotations

from typing import Any

import pytest
from hirehound.ingest.models import CleanPosting, ExtractionMethod, PageSignals, RawPosting
from hirehound.ingest.spam.features import (
    EMAIL_PLACEHOLDER,
    FACTS,
    PHONE_PLACEHOLDER,
    URL_PLACEHOLDER,
    classifier_text,
    page_facts,
    page_tokens,
    posting_document,
    spam_input,
    without_profile,
)
from hirehound.ml import emscad

pytestmark = pytest.mark.unit

PROFILE = "Northwind Analytics builds forecasting software for regional grocers in Leeds."


@pytest.mark.parametrize(
    ("masked", "live"),
    [
        ("Apply at #URL_0f3a9c1d2e#.", "Apply at https://www.northwind.example/jobs?id=4."),
        ("Apply at #URL_0f3a9c1d2e#.", "Apply at www.northwind.example/jobs."),
        ("Write to #EMAIL_9a8b7c6d5e4f#", "Write to jobs.hr@gmail.com"),
        ("Call #PHONE_1a2b3c4d5e#", "Call +44 20 7946 0958"),
        ("Call #PHONE_1a2b3c4d5e#", "Call (415) 555-0199"),
        ("Sales &amp; marketing", "Sales & marketing"),
    ],
)
def test_masked_and_live_tokens_give_the_same_text(masked: str, live: str) -> None:
    assert classifier_text(masked) == classifier_text(live)


def test_placeholders_and_what_stays() -> None:
    text = classifier_text(
        "Mail a@b.com or see https://x.example/a and call +1 415 555 0199. Pay 50000-60000."
    )
    assert (
        EMAIL_PLACEHOLDER.strip() in text
        and URL_PLACEHOLDER.strip() in text
        and PHONE_PLACEHOLDER.strip() in text
    )
    assert "50000-60000" in text  # a salary range is no phone number
    assert classifier_text("See http://90#URL_abc123#") == classifier_text("See https://90seconds.example")


def test_document_adds_the_profile_and_json_ld_text_the_description_lacks() -> None:
    signals = PageSignals(company_profile=PROFILE, structured_text="Pension and 30 days off")
    assert posting_document("Build dashboards.", signals) == (
        f"Build dashboards.\n\n{PROFILE}\n\nPension and 30 days off"
    )
    inside = f"About us\n\n{PROFILE}\n\nThe role: build dashboards."
    assert posting_document(inside, signals) == f"{inside}\n\nPension and 30 days off"
    assert posting_document("Build dashboards.", None) == "Build dashboards."
    respaced = PROFILE.replace(" ", "\n  ", 3)  # the description shows the profile spaced differently
    respaced_inside = f"Build dashboards.\n{respaced}"
    assert posting_document(respaced_inside, signals) == f"{respaced_inside}\n\nPension and 30 days off"
    shuffled = " ".join(reversed(PROFILE.split()))  # every word of the profile, not the profile
    assert posting_document(shuffled, signals) == f"{shuffled}\n\n{PROFILE}\n\nPension and 30 days off"


def test_page_facts() -> None:
    assert set(page_facts(None)) == set(FACTS)
    assert page_facts(None)["signals_unknown"] == 1.0
    assert sum(page_facts(None).values()) == 1.0
    anonymous = page_facts(PageSignals())
    assert anonymous["anonymous_employer"] == 1.0 and anonymous["signals_unknown"] == 0.0
    assert page_facts(PageSignals(logo=True))["anonymous_employer"] == 0.0
    assert page_facts(PageSignals(company_profile=PROFILE))["anonymous_employer"] == 0.0
    assert page_facts(PageSignals(questions=True), remote=True)["questions"] == 1.0


def test_spam_input_from_a_posting() -> None:
    raw = RawPosting(
        url="https://jobs.example/1",
        source="jobs.example",
        method=ExtractionMethod.JSON_LD,
        title="Data Analyst",
        signals=PageSignals(logo=True, company_profile=PROFILE),
    )
    item = spam_input(CleanPosting(raw=raw, description_text="Build dashboards."), None)
    assert item.title == "Data Analyst"
    assert item.document == f"Build dashboards.\n\n{PROFILE}"
    assert item.facts["logo"] == 1.0 and item.facts["company_profile"] == 1.0
    assert item.classifier_text.startswith("Data Analyst\nBuild dashboards.")
    assert "Northwind" not in item.classifier_text and item.profile_text == PROFILE  # read apart


def test_the_profile_is_cut_out_however_the_page_spaced_it() -> None:
    spaced = "Northwind Analytics builds forecasting\n  software for regional grocers in Leeds."
    assert "Northwind" not in without_profile(f"About us\n{spaced}\nThe role: build dashboards.", PROFILE)
    assert without_profile("Build dashboards.", PROFILE) == "Build dashboards."
    assert without_profile(f"{PROFILE} Build dashboards.", None).startswith("Northwind")


def test_page_tokens() -> None:
    assert page_tokens(page_facts(None), "US", "US-CA", "full_time") == "xsignalsunknownx"
    facts = page_facts(PageSignals(logo=True), salary=True)
    assert page_tokens(facts, "US", "US-CA", "full_time") == (
        "xcountryusx xregionuscax xemploymentfulltimex "
        "xlogo1x xcompanyprofile0x xquestions0x xremote0x xsalary1x"
    )
    assert page_tokens(facts, None, None, None).startswith("xnocountryx xemploymentnonex")


def made_up_ad(**flags: bool) -> emscad.Ad:
    """An ad with EMSCAD's columns, written here (no EMSCAD text), the masked tokens included."""
    values = {
        "job_id": "9001",
        "title": "Warehouse Associate",
        "location": "US, OR, Portland",
        "department": "Operations",
        "salary_range": "32000-38000",
        "company_profile": f"<p>{PROFILE}</p>",
        "description": "<p>Pick and pack orders on the day shift. Apply at #URL_0f3a9c1d2e#.</p>",
        "requirements": "<ul><li>Forklift experience</li><li>Able to lift 50 lb</li></ul>",
        "benefits": "<p>Medical and dental from day one.</p>",
        "telecommuting": False,
        "has_company_logo": True,
        "has_questions": True,
        "employment_type": "Full-time",
        "required_experience": "Entry level",
        "required_education": "High School or equivalent",
        "industry": "Logistics and Supply Chain",
        "function": "Production",
        "fraudulent": False,
    }
    return emscad.Ad(**(values | flags))  # type: ignore[arg-type]


@pytest.mark.parametrize("form", list(emscad.PageForm))
@pytest.mark.parametrize(
    "flags",
    [
        {},
        {"has_company_logo": False, "company_profile": "", "has_questions": False},
        {"has_company_logo": False},
    ],
)
def test_emscad_flags_survive_rendering_and_extraction(form: emscad.PageForm, flags: dict[str, Any]) -> None:
    """EMSCAD's logo, profile and questions columns reach the model only through the rendered page and
    extraction's page signals: each must come back as the fact the column states, in both page forms."""
    ad = made_up_ad(**flags)
    clean, normalized = emscad.through_pipeline(ad, form)
    item = spam_input(clean, normalized)
    assert item.facts["logo"] == float(ad.has_company_logo)
    assert item.facts["company_profile"] == float(bool(ad.company_profile))
    assert item.facts["anonymous_employer"] == float(not ad.has_company_logo and not ad.company_profile)
    assert item.facts["signals_unknown"] == 0.0
    if form is emscad.PageForm.PLAIN:  # the JSON-LD page's form is not read for questions
        assert item.facts["questions"] == float(ad.has_questions)
    assert "Forklift experience" in item.document and "Medical and dental" in item.document
    assert (PROFILE in item.document) == bool(ad.company_profile)
    assert URL_PLACEHOLDER.strip() in item.classifier_text
