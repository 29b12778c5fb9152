"""Classes of generic pages that ``samples/shapes6`` showed (issue 13): work mode, employment type, pay and
place stated in running text, fact lists and headers of municipal, hospital, university, NGO, agency and
small-business pages without usable JSON-LD.

Each test is a small page or text written here (invented employers); every one fails on the code before
this work (49f24c5) but the guards, which say what must stay ``None``. The last tests check every page of
``samples/shapes6`` against its label.
"""

from __future__ import annotations

import pytest
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import EmploymentType, RawPosting, RemoteMode, SalaryPeriod
from hirehound.ingest.normalize.employment import parse_employment_type
from hirehound.ingest.normalize.location import parse_location
from hirehound.ingest.normalize.remote import parse_remote
from hirehound.ingest.normalize.salary import parse_salary
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.accuracy import ROOT, evaluate
from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit
SHAPES6 = ROOT / "samples" / "shapes6"
REQUIREMENTS = "<ul>" + "".join(f"<li>Requirement {n}: a skill we need</li>" for n in range(8)) + "</ul>"


def extracted(html: str, url: str = "https://www.example.org/jobs/vacancy-1") -> RawPosting:
    return extract_posting(html, url)


def _city(text: str, *context: str) -> tuple[str | None, str | None]:
    found = parse_location(text, context=context).value
    return (found.city, found.country_code) if found else (None, None)


# ------------------------------------------------------------------------------ working time


@given(st.integers(1, 30), st.sampled_from(["hours per week", "uur per week", "timer om ugen", "Std./Woche"]))
def test_at_most_thirty_hours_a_week_is_part_time(hours: int, unit: str) -> None:
    assert parse_employment_type(f"{hours} {unit}").value == EmploymentType.PART_TIME


@given(
    st.integers(35, 48),
    st.sampled_from(["hours per week", "uur per week", "timer om ugen", "heures par semaine"]),
)
def test_thirty_five_hours_a_week_or_more_is_full_time(hours: int, unit: str) -> None:
    assert parse_employment_type(f"{hours} {unit}").value == EmploymentType.FULL_TIME


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("20 - 24 uur per week", EmploymentType.PART_TIME),
        ("36 - 40 uur per week", EmploymentType.FULL_TIME),
        ("32-40 uur per week", None),  # a range across the line says nothing
        ("Shifts of 8 hours, 5 days a week", None),  # hours a day are not hours a week
        ("0.6 FTE (3 days per week)", EmploymentType.PART_TIME),
        ("1.0 FTE", EmploymentType.FULL_TIME),
        ("Wymiar etatu: 1/2 etatu", EmploymentType.PART_TIME),
        ("pół etatu", EmploymentType.PART_TIME),
        ("Regime CLT, período integral", EmploymentType.FULL_TIME),
        ("Contrato a tempo inteiro", EmploymentType.FULL_TIME),
    ],
)
def test_hours_shares_and_portuguese_words(text: str, kind: EmploymentType | None) -> None:
    assert parse_employment_type(text).value == kind


def test_weekly_hours_in_running_text_give_the_working_time() -> None:
    html = page(
        "<title>Socialrådgiver</title>",
        f"<h1>Socialrådgiver</h1>{DUTIES}<h2>Løn og ansættelse</h2><p>Stillingen er på 37 timer om ugen.</p>",
    )
    assert extracted(html).employment_type_text == "37 timer om ugen"


def test_the_kind_after_is_and_beside_the_contracts_term() -> None:
    """ "The post is full time", "contrat à durée indéterminée, temps plein", "a tempo pieno e
    indeterminato"."""
    for sentence, want in [
        ("The post is full time, 37 hours per week, and permanent.", "full time"),
        ("Poste à pourvoir en contrat à durée indéterminée, temps plein (37 h 30).", "temps plein"),
        ("Selezione per un posto a tempo pieno e indeterminato presso l'Area Tecnica.", "tempo pieno"),
    ]:
        html = page("<title>Officer</title>", f"<h1>Officer</h1>{DUTIES}<p>{sentence}</p>")
        assert want in (extracted(html).employment_type_text or "")


def test_a_temporary_contract_in_running_text() -> None:
    html = page(
        "<title>Técnico</title>", f"<h1>Técnico</h1>{DUTIES}<ul><li>Contrato temporal de 6 meses</li></ul>"
    )
    found = extracted(html).employment_type_text
    assert parse_employment_type(found).value == EmploymentType.TEMPORARY


def test_schema_org_other_is_no_employment_type() -> None:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",'
        '"title":"Research Analyst","employmentType":"OTHER","hiringOrganization":{"name":"Lakeside U"}}'
        "</script>"
    )
    html = page(
        f"<title>Research Analyst</title>{ld}",
        f"<h1>Research Analyst</h1>{DUTIES}<p><strong>Appointment:</strong> Full-time, benefits-eligible</p>",
    )
    assert extracted(html).employment_type_text == "Full-time, benefits-eligible"


def test_a_part_time_fact_with_its_fte_under_the_title() -> None:
    html = page(
        "<title>Practitioner</title>",
        "<h1>Practitioner</h1><ul><li>Part-time, 0.6 FTE (3 days per week)</li><li>Melbourne CBD</li></ul>"
        f"{DUTIES}",
    )
    assert parse_employment_type(extracted(html).employment_type_text).value == EmploymentType.PART_TIME


# ------------------------------------------------------------------------------ work mode


@pytest.mark.parametrize(
    ("remote", "description", "mode"),
    [
        ("Thuiswerken: 2 dagen per week", None, RemoteMode.HYBRID),  # was read as remote
        (None, "È previsto il lavoro agile fino a 8 giorni al mese.", RemoteMode.HYBRID),
        (
            None,
            "Arbetet utförs till största delen på plats, men du kan arbeta på distans en dag i veckan.",
            RemoteMode.HYBRID,
        ),
        (None, "Arbetet utförs på plats i bageriet.", RemoteMode.ONSITE),
        (None, "This is a hands-on, site-based role in the theatre department.", RemoteMode.ONSITE),
        (None, "System pracy: dwuzmianowy, praca stacjonarna.", RemoteMode.ONSITE),
        (None, "Da du beim Kunden bist, ist Homeoffice in dieser Position nicht möglich.", RemoteMode.ONSITE),
        (None, "Ist Homeoffice möglich? Ja, an zwei Tagen die Woche.", RemoteMode.HYBRID),  # no "nicht"
        (None, "Il lavoro si svolge interamente in sede, su turni diurni.", RemoteMode.ONSITE),
        (None, "La sede legale è a Milano; il colloquio si svolge in videochiamata.", None),  # no work mode
        (None, "Je werkt op locatie bij klanten in de regio Utrecht.", RemoteMode.ONSITE),
        (None, "Contrato fijo, jornada completa presencial en el hotel.", RemoteMode.ONSITE),
        (None, "Lavoriamo 100% smart working da sempre.", None),  # not "hybrid" after 100 %
        (None, "Interviews will be held remotely via MS Teams.", None),  # a remote interview is no mode
    ],
)
def test_work_mode_words(remote: str | None, description: str | None, mode: RemoteMode | None) -> None:
    assert parse_remote(remote, description=description).value == mode


def test_a_vor_ort_tag_under_the_title_is_on_site() -> None:
    html = page(
        "<title>Elektroniker</title>",
        '<h1>Elektroniker (m/w/d)</h1><div class="job-tags"><span>Vollzeit</span><span>Vor Ort</span></div>'
        f"{DUTIES}",
    )
    assert parse_remote(extracted(html).remote_text).value == RemoteMode.ONSITE


def test_an_svg_icon_labels_its_fact() -> None:
    html = page(
        "<title>Customer Success Manager</title>",
        '<h1>Customer Success Manager</h1><ul><li><svg class="icon icon-location"><use href="#pin"></use>'
        '</svg> Milano</li><li><svg><use href="#euro"></use></svg> RAL 35.000 - 42.000 €</li></ul>'
        f"{DUTIES}",
    )
    found = extracted(html)
    assert (found.location_text, found.salary_text) == ("Milano", "RAL 35.000 - 42.000 €")


# ------------------------------------------------------------------------------ pay


@pytest.mark.parametrize(
    ("text", "hint", "want"),
    [
        ("Grade 7: £32,000 - £36,000 per annum", None, (32000, 36000, "GBP", SalaryPeriod.YEAR)),
        ("6 500 - 8 000 zł brutto/mies.", None, (6500, 8000, "PLN", SalaryPeriod.MONTH)),
        ("Timlön 165 kr plus OB-tillägg", "SE", (165, 165, "SEK", SalaryPeriod.HOUR)),
        ("42.000 - 48.000 kr. pr. måned", "DK", (42000, 48000, "DKK", SalaryPeriod.MONTH)),
    ],
)
def test_pay_labels_and_period_words(
    text: str, hint: str | None, want: tuple[float, float, str, SalaryPeriod]
) -> None:
    found = parse_salary(text, country_hint=hint).value
    assert found is not None
    assert (found.minimum, found.maximum, found.currency, found.period) == want


def test_polish_and_italian_pay_labels() -> None:
    html = page(
        "<title>Magazynier</title>",
        f"<h1>Magazynier</h1>{DUTIES}<p><b>Wynagrodzenie:</b> 6 500 - 8 000 zł brutto/mies.</p>",
    )
    assert extracted(html).salary_text == "6 500 - 8 000 zł brutto/mies."
    html = page(
        "<title>Istruttore</title>",
        f"<h1>Istruttore tecnico</h1>{DUTIES}<p>Retribuzione annua lorda: € 23.212,35</p>",
    )
    assert extracted(html).salary_text == "€ 23.212,35"


def test_portuguese_pay_in_a_sentence() -> None:
    html = page(
        "<title>Analista</title>",
        f"<h1>Analista Fiscal</h1>{DUTIES}<p>Salário de R$ 8.000 mensais, plano de saúde e PLR.</p>",
    )
    found = parse_salary(extracted(html).salary_text, country_hint="BR").value
    assert found is not None and (found.minimum, found.currency, found.period) == (
        8000,
        "BRL",
        SalaryPeriod.MONTH,
    )


def test_a_form_placeholder_and_a_referral_bonus_are_no_pay() -> None:
    html = page(
        "<title>Quality Engineer</title>",
        f"<h1>Quality Engineer</h1>{DUTIES}<p>Aanbrengpremie van € 500 als je een collega aandraagt.</p>"
        '<form><label>Desired rate <input placeholder="Ex: 15.000 USD"></label><input type="file"></form>',
    )
    assert extracted(html).salary_text is None


# ------------------------------------------------------------------------------ place


@pytest.mark.parametrize(
    ("text", "context", "want"),
    [
        ("Jobcenter Egeskov, Torvet 1, 4600 Køge", ("DK",), ("Køge", "DK")),
        ("Rivierenland Zorggroep, President Kennedylaan 1, 4002 WP Tiel", ("NL",), ("Tiel", "NL")),
        (
            "Municipio, Via dei Mille 9, 40033 Casalecchio di Reno (BO)",
            ("IT",),
            ("Casalecchio di Reno", "IT"),
        ),
        ("South Bay Hospital, Ringaskiddy Road, Cork, T12 X2P9.", (), ("Cork", "IE")),
        ("Av. Paulista, 1842 - Bela Vista, São Paulo - SP, 01310-200", ("BR",), ("São Paulo", "BR")),
        ("Melbourne CBD", ("AU",), ("Melbourne", "AU")),
        ("Odense C", ("DK",), ("Odense", "DK")),
        ("Swansea, Wales, SA1 3QT", (), ("Swansea", "GB")),  # a region between the city and the postcode
        ("Austin, TX 78701", (), ("Austin", "US")),
        ("US, IL, Oak Park 60302", (), ("Oak Park", "US")),  # largest unit first: the country stays
    ],
)
def test_an_addresss_locality_is_beside_its_postcode(
    text: str, context: tuple[str, ...], want: tuple[str, str]
) -> None:
    assert _city(text, *context) == want


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Lindenthaler Straße 58<br>04155 Leipzig", "Leipzig"),
        ("Calle de Colón 14, 2.º, 46004 Valencia", "Valencia"),
        ("Elektro Brandauer GmbH · Hauptstraße 47 · 70563 Stuttgart", "Stuttgart"),
        ("Bergsgatan 31, 214 22 Malmö", "Malmö"),
        ("ul. Rakowicka 112, 31-511 Kraków", "Kraków"),
        ("Vestergade 66, 5000 Odense C", "Odense"),
        ("South Bay Hospital, Ringaskiddy Road, Cork T12 X2P9.", "Cork"),
    ],
)
def test_a_postcode_first_address_in_the_text(line: str, city: str) -> None:
    """Far from the title (not one of its facts): the address line is read for its locality."""
    html = page("<title>Officer</title>", f"<h1>Officer</h1>{DUTIES}{REQUIREMENTS}<p>{line}</p>")
    assert _city(extracted(html).location_text or "")[0] == city


def test_counts_and_years_before_a_capital_are_no_address() -> None:
    html = page(
        "<title>Officer</title>",
        f"<h1>Officer</h1>{DUTIES}"
        "<p>We have 1200 Customers, 3000 Employees and since 2019 Offices abroad.</p>",
    )
    assert extracted(html).location_text is None


def test_our_city_office_in_a_sentence() -> None:
    html = page(
        "<title>Policy Officer</title>",
        f"<h1>Policy Officer</h1>{DUTIES}"
        "<p>This is a hybrid role, three days a week in our Leeds office.</p>",
    )
    assert extracted(html).location_text == "Leeds"
    html = page("<title>Clerk</title>", f"<h1>Clerk</h1>{DUTIES}<p>You will work in our Main office.</p>")
    assert extracted(html).location_text is None


def test_several_places_under_the_title_give_the_first() -> None:
    html = page(
        "<title>HVAC Technician</title>",
        '<h1>HVAC Technician</h1><p class="where">Denver, CO or Phoenix, AZ — on-site, field-based</p>'
        f"{DUTIES}",
    )
    found = extracted(html)
    assert _city(found.location_text or "") == ("Denver", "US")
    assert parse_remote(found.remote_text).value == RemoteMode.ONSITE


def test_a_brazilian_city_and_state_in_a_header_line() -> None:
    html = page(
        "<title>Estágio</title>",
        '<h1>Estágio em Engenharia</h1><p class="resumo">Belo Horizonte - MG · Modelo híbrido · Estágio</p>'
        f"{DUTIES}",
    )
    found = extracted(html, "https://www.example.com.br/carreiras/estagio")
    assert (found.location_text, found.remote_text) == ("Belo Horizonte - MG", "Modelo híbrido")
    assert parse_employment_type(found.employment_type_text).value == EmploymentType.INTERNSHIP


# ------------------------------------------------------------------------------ the full pages


def test_shapes6_pages_as_labelled() -> None:
    """Every page of ``samples/shapes6`` is extracted as its label says, field by field, but the known
    misses (see its README)."""
    report = evaluate(SHAPES6 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected, [result.label["file"] for result in wrong]) == (0, 0, [])
    assert report.misses() == KNOWN_MISSES


# The Portuguese NGO page (accepted since the classifier knows Portuguese offer words) keeps its place,
# work mode and contract in prose the rules do not read; two employers named in a shorter form than the
# label's; "Bourgoin-Jallieu" is not in the gazetteer; "anywhere in the United States" is no location text;
# an internship stipend without a period; "Pensum 80-100 %" is full-time to the normalizer (its documented
# rule), labelled neither here.
KNOWN_MISSES = {
    ("pages/agencja-umowa-o-prace.html", "company"),
    ("pages/estagio-bolsa-hibrido-br.html", "salary"),
    ("pages/estagio-bolsa-hibrido-br.html", "salary_period"),
    ("pages/mairie-cdi-temps-plein.html", "city"),
    ("pages/mairie-cdi-temps-plein.html", "country"),
    ("pages/nonprofit-fully-remote-us.html", "country"),
    ("pages/ong-termo-certo-pt.html", "city"),
    ("pages/ong-termo-certo-pt.html", "employment_type"),
    ("pages/ong-termo-certo-pt.html", "remote"),
    ("pages/pensum-homeoffice-ch.html", "employment_type"),
    ("pages/uczelnia-pol-etatu.html", "company"),
}
