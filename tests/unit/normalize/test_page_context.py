"""Issue 13, second round: a place name found in several countries read in the page's context, short UK
postcodes, European/Latin-American salary formats, per-side periods in a range, implausible figures."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hirehound.ingest.models import CleanPosting, ExtractionMethod, RawPosting, SalaryPeriod
from hirehound.ingest.normalize import country_of_host, normalize_posting
from hirehound.ingest.normalize._common import fold
from hirehound.ingest.normalize.location import UK_POSTCODE_AREAS, _gazetteer, parse_location
from hirehound.ingest.normalize.salary import parse_salary
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit


def _where(text: str, context: tuple[str, ...] = ()) -> tuple[str | None, str | None, str | None]:
    loc = parse_location(text, context=context).value
    assert loc is not None, text
    return (fold(loc.city) if loc.city else None, loc.region, loc.country_code)


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Valencia", ("ES",), ("valencia", None, "ES")),
        ("València", ("ES",), ("valencia", None, "ES")),
        ("Valencia, Comunidad Valenciana", ("ES",), ("valencia", None, "ES")),
        ("Córdoba", ("ES",), ("cordoba", None, "ES")),
        ("Córdoba", ("AR",), ("cordoba", None, "AR")),
        ("Toledo", ("ES",), ("toledo", None, "ES")),
        ("Cartagena", ("ES",), ("cartagena", None, "ES")),
        ("Santiago", ("CL",), ("santiago", None, "CL")),
        ("Georgia", ("US",), (None, "US-GA", "US")),
        ("Georgia", ("DE",), (None, None, "GE")),
        ("Jersey", ("GB",), (None, None, "JE")),
        # the text's own country or code wins over the context
        ("Valencia, VE", ("ES",), ("valencia", None, "VE")),
        ("Valencia, Venezuela", ("ES",), ("valencia", None, "VE")),
        ("DE", ("US",), (None, None, "DE")),
        # a small namesake in the context country does not displace a world city
        ("Paris", ("US",), ("paris", None, "FR")),
        ("Berlin", ("US",), ("berlin", None, "DE")),
    ],
)
def test_a_name_in_several_countries_is_read_in_the_pages_context(text, context, expected):
    assert _where(text, context) == expected


def test_without_context_the_largest_reading_stays():
    assert _where("Valencia")[2] == "VE"


def _shared_names() -> list[tuple[str, str]]:
    """(name, country) for large cities whose name a larger city elsewhere also has."""
    found = []
    for key, cities in _gazetteer().by_name.items():
        if (
            len({c.country for c in cities}) < 2
            or not cities[0].name.isascii()
            or fold(cities[0].name) != key
        ):
            continue
        found += [
            (c.name, c.country)
            for c in cities[1:]
            if c.population >= 100_000 and c.country != cities[0].country
        ]
    return sorted(set(found))


_SHARED = _shared_names()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_SHARED))
def test_property_context_picks_the_city_and_never_a_country(shared):
    name, country = shared
    loc = parse_location(name, context=(country,)).value
    assert loc is not None and loc.country_code == country, (name, country, loc)
    assert loc.city is not None and fold(loc.city) == fold(name), (name, country, loc)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_SHARED), st.sampled_from(["US", "DE", "ES", "AR", "GB", "IN"]))
def test_property_a_stated_country_beats_any_context(shared, context):
    name, country = shared
    loc = parse_location(f"{country}, {name}", context=(context,)).value
    assert loc is not None and loc.country_code == country, (name, country, context, loc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Manchester M1", ("manchester", "GB-ENG", "GB")),
        ("Leeds LS1", ("leeds", "GB-ENG", "GB")),
        ("London EC1A 1BB", ("london", "GB-ENG", "GB")),
        ("London EC1A", ("london", "GB-ENG", "GB")),
        ("Perth PH1", ("perth", "GB-SCT", "GB")),  # the postcode says Scotland, not Western Australia
        ("Newcastle upon Tyne NE1 4ST", ("newcastle upon tyne", "GB-ENG", "GB")),
        ("Manchester, M1", ("manchester", "GB-ENG", "GB")),
    ],
)
def test_short_uk_postcodes_are_ignored_and_say_the_country(text, expected):
    assert _where(text) == expected


@pytest.mark.parametrize(("text", "region"), [("NP, P1", "NP-P1"), ("NP, P3, 44600", "NP-P3")])
def test_a_region_code_outside_the_uk_postcode_areas_stays_a_region(text, region):
    loc = parse_location(text).value
    assert loc is not None and (loc.city, loc.region, loc.country_code) == (None, region, "NP"), loc


_GB_CITIES = sorted(
    {
        c.name
        for cities in _gazetteer().by_name.values()
        for c in cities
        if c.country == "GB" and c.population >= 50_000
    }
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(_GB_CITIES),
    st.sampled_from(UK_POSTCODE_AREAS),
    st.from_regex(r"[1-9][0-9]?( [0-9][A-Z]{2})?", fullmatch=True),
)
def test_property_a_uk_city_with_its_postcode_is_that_city(city, area, district):
    postcode = area + district
    loc = parse_location(f"{city} {postcode}").value
    assert loc is not None and loc.country_code == "GB", (city, postcode, loc)
    assert loc.city is not None and fold(loc.city) == fold(city), (city, postcode, loc)


# ------------------------------------------------------------------------------------------------ salary


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("$ 2.800.000,00 (Mensual)", "CO", (2_800_000, 2_800_000, "COP", SalaryPeriod.MONTH)),
        ("45.000 €", None, (45_000, 45_000, "EUR", SalaryPeriod.YEAR)),
        ("1.234,5 € al mes", None, (1234.5, 1234.5, "EUR", SalaryPeriod.MONTH)),
        ("2.500 € monatlich", None, (2500, 2500, "EUR", SalaryPeriod.MONTH)),
        ("52.000 € brutto/Jahr", None, (52_000, 52_000, "EUR", SalaryPeriod.YEAR)),
        ("2.100 € par mois", None, (2100, 2100, "EUR", SalaryPeriod.MONTH)),
        ("R$ 5.000,00 mensal", None, (5000, 5000, "BRL", SalaryPeriod.MONTH)),
        ("R$ 4.500 por mês", None, (4500, 4500, "BRL", SalaryPeriod.MONTH)),
        ("1.800 € lordi al mese", None, (1800, 1800, "EUR", SalaryPeriod.MONTH)),
        ("32.000 € lordi annui", None, (32_000, 32_000, "EUR", SalaryPeriod.YEAR)),
    ],
)
def test_european_and_latin_american_formats(text, hint, expected):
    found = parse_salary(text, country_hint=hint).value
    assert found is not None, text
    assert (found.minimum, found.maximum, found.currency, found.period) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$55K/yr - $65K/yr", (55_000, 65_000, SalaryPeriod.YEAR)),
        ("$55k/yr \u2013 $65k/yr", (55_000, 65_000, SalaryPeriod.YEAR)),
        ("$20/hr - $25/hr", (20, 25, SalaryPeriod.HOUR)),
        ("20 €/h - 25 €/h", (20, 25, SalaryPeriod.HOUR)),
        ("$30/hr - 40 hours a week", (30, 30, SalaryPeriod.HOUR)),  # not a range: the other side is hours
    ],
)
def test_a_range_whose_sides_carry_their_own_period(text, expected):
    found = parse_salary(text).value
    assert found is not None, text
    assert (found.minimum, found.maximum, found.period) == expected


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("$ 2.800.000,00 (Mensual)", None),  # USD 33.6M a year
        ("$ 2.800.000,00 (Mensual)", "VE"),
        ("€ 45.000 per hour", None),
        ("£3 per year", None),
    ],
)
def test_an_implausible_figure_is_dropped_with_the_reason(text, hint):
    result = parse_salary(text, country_hint=hint)
    assert result.value is None and result.reason is not None and result.reason.startswith("implausible")


def test_structured_salary_is_bounded_too():
    result = parse_salary('{"currency": "USD", "value": {"value": 2800000, "unitText": "MONTH"}}')
    assert result.value is None and (result.reason or "").startswith("implausible")


@pytest.mark.parametrize(
    ("host", "country"),
    [("www.computrabajo.com.co", "CO"), ("empleo.gob.co", "CO"), ("acme.co", None), ("jobs.ch", "CH")],
)
def test_country_of_a_national_second_level_host(host, country):
    assert country_of_host(host) == country


def _posting(source: str, **raw_fields: Any) -> CleanPosting:
    raw = RawPosting(
        url=f"https://{source}/ofertas/1", source=source, method=ExtractionMethod.LABELLED, **raw_fields
    )
    return CleanPosting(raw=raw, description_text="")


def test_a_colombian_board_page_gives_pesos_a_month():
    out = normalize_posting(
        _posting("co.computrabajo.com.co", title="Auxiliar contable", salary_text="$ 2.800.000,00 (Mensual)"),
        today=date(2026, 12, 1),
    )
    assert out.salary is not None and (out.salary.currency, out.salary.annual_minimum) == ("COP", 33_600_000)


def test_a_spanish_board_page_puts_valencia_in_spain():
    out = normalize_posting(
        _posting("www.empleo.es", title="Enfermera/o", location_text="Valencia"), today=date(2026, 12, 1)
    )
    assert out.location is not None and (out.location.city, out.location.country_code) == ("Valencia", "ES")


def test_the_salarys_currency_is_context_for_the_place():
    out = normalize_posting(
        _posting(
            "jobs.example.com", title="Enfermera/o", location_text="Córdoba", salary_text="28.000 € al año"
        ),
        today=date(2026, 12, 1),
    )
    assert out.location is not None and out.location.country_code == "ES"
