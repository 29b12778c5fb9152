"""The failure classes ``samples/holdout4`` showed once it became a development set, each on a small page
written here.

The pages take the structure of the class (a consent manager's dialog, a careers site's class-less sections,
a facts table whose label is a kind of work ...) with invented employers, places and wording; none is a copy
of a holdout4 page. Each test failed on the extraction at 3fd9335.
"""

# ruff: noqa: RUF001, RUF002 - the pages' own typographic apostrophes and en dashes are what is under test
from __future__ import annotations

import json
from datetime import date

import pytest
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.extract import extract_posting, linkedin
from hirehound.ingest.extract.page import Page
from hirehound.ingest.models import EmploymentType, NormalizedPosting, RawPosting, RemoteMode
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.normalize.remote import parse_remote

from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit


def normalized(raw: RawPosting) -> NormalizedPosting:
    return normalize_posting(clean_posting(raw), today=date(2026, 12, 1))


def _jsonld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "JobPosting", **fields}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


# ------------------------------------------------------------------------------------ the description


def test_a_consent_dialog_whose_id_is_capitalized_is_noise() -> None:
    """Cookiebot's ``#CybotCookiebotDialog``: a ``[id*=cookie]`` selector missed the capital C, and the
    dialog's text became the posting's description."""
    consent = (
        "<div id='CybotCookiebotDialog' role='dialog'><p>Wir verwenden Cookies, um Inhalte zu personalisieren"
        " und die Zugriffe auf unsere Website zu analysieren. Dabei geben wir Informationen an Partner"
        " weiter."
        "</p>"
        + "<p>Statistik-Cookies helfen uns zu verstehen, wie Besucher mit der Website interagieren.</p>" * 6
        + "</div>"
    )
    body = (
        consent + "<main><h1>Lagerhelfer (m/w/d)</h1><div class='job'><section><h2>Deine Aufgaben</h2>"
        "<p>Möwe Logistik sucht Verstärkung. Du kommissionierst Paletten für unsere Kunden in ganz"
        " Norddeutschland und hältst das Lager sauber.</p>"
        "</section><section><h2>Das bieten wir</h2><ul><li>Stundenlohn: 16,80 € brutto</li>"
        "<li>Ein festes Team und planbare Schichten</li></ul></section></div></main>"
    )
    html = page(
        "<title>Lagerhelfer (m/w/d) - Möwe Logistik GmbH</title>"
        + _jsonld(
            title="Lagerhelfer (m/w/d)",
            description="Möwe Logistik sucht Verstärkung.",
            hiringOrganization={"name": "Möwe Logistik GmbH"},
        ),
        body,
    )
    raw = extract_posting(html, "https://moewe-logistik.jobs.personio.de/job/77")
    assert "Cookies" not in (raw.description_html or "")
    assert "kommissionierst" in (raw.description_html or "")
    assert "Stundenlohn" in (raw.description_html or "")


def test_class_less_sections_that_open_with_a_heading_are_one_description() -> None:
    """Personio's ``<section><h2>`` blocks: the first section's prose outscored the lists of the others, and
    the description was "Sobre nosotros" alone."""
    html = page(
        "<title>Panadero/a - Horno Giralda</title>",
        "<main><h1>Panadero/a</h1><div>"
        "<section><h2>Sobre nosotros</h2><p>Somos una cadena de panaderías con doce tiendas en Sevilla y sus"
        " alrededores. En nuestro obrador de Triana buscamos a una persona para el turno de madrugada.</p>"
        "</section>"
        "<section><h2>Tus tareas</h2><ul><li>Hornear pan y bollería</li>"
        "<li>Preparar los pedidos de hoteles</li>"
        "</ul></section>"
        "<section><h2>Ofrecemos</h2><ul><li>Contrato indefinido</li>"
        "<li>Trabajo 100 % presencial en el obrador</li>"
        "</ul></section></div></main>",
    )
    raw = extract_posting(html, "https://hornogiralda.jobs.personio.com/job/12")
    assert "Hornear" in (raw.description_html or "")
    assert normalized(raw).remote_mode is RemoteMode.ONSITE


# ------------------------------------------------------------------------------------------ work mode


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        (
            "Die Arbeit findet in der Werkstatt statt, mobiles Arbeiten ist bei dieser Stelle leider nicht"
            " möglich.",
            RemoteMode.ONSITE,
        ),
        ("Remote work is sadly not possible for this role.", RemoteMode.ONSITE),
        (
            "Night shifts carry a differential. This position is not eligible for remote work.",
            RemoteMode.ONSITE,
        ),
        ("Arbejdet foregår i butikken, og der er ikke mulighed for hjemmearbejde.", RemoteMode.ONSITE),
        ("Horaires libres et la possibilité de télétravailler deux jours par semaine.", RemoteMode.HYBRID),
        ("Nach der Einarbeitung Homeoffice an einem Tag pro Woche.", RemoteMode.HYBRID),
        ("Kontor i Aarhus og hjemmearbejde op til 2 dage om ugen.", RemoteMode.HYBRID),
        ("Vi tilbyder hybridarbejde og frokostordning.", RemoteMode.HYBRID),
    ],
)
def test_work_mode_stated_in_a_sentence(sentence: str, mode: RemoteMode) -> None:
    description = f"Wir suchen Verstärkung für unser Team. {sentence} Wir freuen uns auf dich."
    assert parse_remote(description=description).value is mode


def test_a_remote_word_not_negated_is_still_read() -> None:
    """The negation patterns need the negative word: "is possible" and "is eligible" stay hybrid/remote."""
    assert parse_remote(description="Mobiles Arbeiten ist an zwei Tagen möglich.").value is RemoteMode.HYBRID
    assert parse_remote(description="This role is fully remote within Canada.").value is RemoteMode.REMOTE


# --------------------------------------------------------------------------------------- employment


@pytest.mark.parametrize(
    "benefit",
    [
        "Unbefristete Festanstellung in Vollzeit (39 Stunden) und 30 Urlaubstage",
        "Contrato indefinido a jornada completa y 23 días de vacaciones",
        "Un poste à temps plein au sein d'une équipe de huit personnes",
        "Fuldtidsstilling med pension og frokostordning",
        "Fastansættelse på fuld tid, 37 timer om ugen",
    ],
)
def test_the_kind_of_work_named_after_its_noun_is_the_employment_type(benefit: str) -> None:
    html = page(
        "<title>Platform Engineer - Kestrel Software</title>",
        "<main><h1>Platform Engineer</h1><div class='job-description'><h2>About the role</h2>"
        f"<p>Run the build farm and the deployment pipeline of a payments product.</p>{DUTIES}"
        f"<h2>What we offer</h2><ul><li>{benefit}</li><li>A yearly training budget</li></ul></div></main>",
    )
    raw = extract_posting(html, "https://kestrel.example/careers/platform-engineer")
    assert normalized(raw).employment_type is EmploymentType.FULL_TIME


def test_a_facts_row_labelled_contract_that_names_a_kind_is_that_kind() -> None:
    """ "Contract" is the label; "Permanent, full-time (37.5 hours)" is the value, not a contract."""
    html = page(
        "<title>Paralegal - Marlow & Penn LLP</title>",
        "<main><h1>Paralegal</h1><table class='vacancy-facts'>"
        "<tr><th>Location</th><td>Exeter</td></tr>"
        "<tr><th>Contract</th><td>Permanent, full-time (37.5 hours)</td></tr>"
        f"</table><div class='content'>{DUTIES}</div></main>",
    )
    raw = extract_posting(html, "https://marlowpenn.example/careers/paralegal/")
    assert normalized(raw).employment_type is EmploymentType.FULL_TIME


def test_a_label_with_a_typographic_apostrophe_is_read() -> None:
    """LinkedIn's French criteria: "Type d’emploi" (U+2019) is the employment-type label."""
    html = page(
        "<title>Maison Orme recrute Comptable H/F à Nantes | LinkedIn</title>",
        "<h1 class='top-card-layout__title'>Comptable H/F</h1>"
        "<a class='topcard__org-name-link'>Maison Orme</a><span class='topcard__flavor--bullet'>Nantes</span>"
        f"<div class='show-more-less-html__markup'>{DUTIES}</div>"
        "<ul><li class='description__job-criteria-item'><h3 class='description__job-criteria-subheader'>"
        "Type d’emploi</h3><span class='description__job-criteria-text'>Temps partiel</span></li></ul>",
    )
    criteria = linkedin.extract(
        Page.read(html, "https://fr.linkedin.com/jobs/view/comptable-123", "linkedin.com")
    )
    assert criteria["employment_type_text"] == "Temps partiel"


def test_a_wordpress_post_with_standort_and_anstellung_is_a_posting() -> None:
    """``og:type`` article (every WordPress post): "Standort:" and "Anstellung:" are the job's two facts."""
    html = page(
        "<title>Elektriker (m/w/d) – Holm Haustechnik</title><meta property='og:type' content='article'>",
        "<main><article class='job'><h1>Elektriker (m/w/d)</h1>"
        "<p><strong>Standort:</strong> 24937 Flensburg</p>"
        "<p><strong>Anstellung:</strong> Teilzeit, unbefristet</p>"
        f"<div>{DUTIES}</div></article></main>",
    )
    raw = extract_posting(html, "https://holm-haustechnik.example/karriere/elektriker/")
    assert raw.title == "Elektriker (m/w/d)"
    assert normalized(raw).employment_type is EmploymentType.PART_TIME
