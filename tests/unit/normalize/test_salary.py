from __future__ import annotations

import pytest
from hirehound.ingest.models import SalaryPeriod
from hirehound.ingest.normalize.salary import annualize, parse_salary, parse_salary_structured
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

Y, H, M = SalaryPeriod.YEAR, SalaryPeriod.HOUR, SalaryPeriod.MONTH


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("$120,000 - $150,000 a year", None, (120_000, 150_000, "USD", Y)),
        ("$120k\u2013150k", None, (120_000, 150_000, "USD", Y)),
        ("$120-150k", None, (120_000, 150_000, "USD", Y)),
        ("\u20ac55k\u201370k", None, (55_000, 70_000, "EUR", Y)),
        ("\u00a345,000 per annum", None, (45_000, 45_000, "GBP", Y)),
        ("$60/hr", None, (60, 60, "USD", H)),
        ("USD 9,000 per month", None, (9_000, 9_000, "USD", M)),
        ("from 50.000 \u20ac brutto/Jahr", None, (50_000, 50_000, "EUR", Y)),
        ("$150,000 - $120,000", None, (120_000, 150_000, "USD", Y)),
        ("55,000-70,000 EUR", None, (55_000, 70_000, "EUR", Y)),
        ("$95,000 - $110,000 CAD", None, (95_000, 110_000, "CAD", Y)),
        ("$80,000 - $100,000", "CA", (80_000, 100_000, "CAD", Y)),
        ("USD 120000 - 150000 per YEAR", None, (120_000, 150_000, "USD", Y)),
        ("52,50 \u20ac pro Stunde", None, (52.5, 52.5, "EUR", H)),
        ("120,000 - 150,000 per year", "DE", (120_000, 150_000, "EUR", Y)),
        ("\u20b912,00,000 - \u20b918,00,000 per annum", None, (1_200_000, 1_800_000, "INR", Y)),
        ("40 000 - 50 000 kr per month", "SE", (40_000, 50_000, "SEK", M)),
        ("CHF 100'000 - 120'000", None, (100_000, 120_000, "CHF", Y)),
        ("$120,000 + 401(k) + 10% bonus", None, (120_000, 120_000, "USD", Y)),
        ("Between $45 and $55 per hour", None, (45, 55, "USD", H)),
        ('{"currency": "USD", "value": {"minValue": 1e5, "maxValue": "120000", "unitText": "YEAR"}}', None,
         (100_000, 120_000, "USD", Y)),
    ],
)  # fmt: skip
def test_parses_examples(text, hint, expected):
    result = parse_salary(text, country_hint=hint)
    assert result.value is not None, result.reason
    s = result.value
    assert (s.minimum, s.maximum, s.currency, s.period) == expected


def test_annualizes_with_documented_factors():
    assert annualize(10, SalaryPeriod.HOUR) == 20_800
    assert annualize(10, SalaryPeriod.DAY) == 2_600
    assert annualize(10, SalaryPeriod.WEEK) == 520
    assert annualize(10, SalaryPeriod.MONTH) == 120
    salary = parse_salary("$60/hr").value
    assert salary is not None
    assert salary.annual_minimum == 124_800


def test_open_bounds_are_noted_not_invented():
    up_to = parse_salary("up to $90,000")
    assert up_to.value is not None
    assert (up_to.value.minimum, up_to.value.maximum) == (90_000, 90_000)
    assert dict(up_to.notes).keys() == {"salary_minimum"}
    starting = parse_salary("$100k+")
    assert dict(starting.notes).keys() == {"salary_maximum"}


@pytest.mark.parametrize(
    ("text", "reason_start"),
    [
        (None, "no salary text"),
        ("competitive", "not stated"),
        ("DOE", "not stated"),
        ("$25 - $30", "no pay period"),
        ("120,000 - 150,000 per year", "no currency"),
        ("40 000 kr per month", "ambiguous currency"),
    ],
)
def test_unknown_stays_none_with_reason(text, reason_start):
    result = parse_salary(text)
    assert result.value is None
    assert result.reason is not None and result.reason.startswith(reason_start)


def test_structured_flat_mapping():
    result = parse_salary_structured({"min": 20, "max": 25, "currency": "GBP", "unitText": "HOUR"})
    assert result.value is not None
    assert (result.value.minimum, result.value.period, result.value.annual_maximum) == (20, H, 52_000)
    assert parse_salary_structured({"currency": "XXX", "min": 1}).value is None
    assert parse_salary_structured({"value": {"minValue": "abc"}}).value is None


# ------------------------------------------------------------------------------------------- properties

SYMBOLS = {"$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "USD ": "USD", "EUR ": "EUR", "CHF ": "CHF"}
PERIOD_WORDS = {
    SalaryPeriod.YEAR: [" per year", " a year", "/yr", " per annum", " annually"],
    SalaryPeriod.MONTH: [" per month", "/month", " monthly"],
    SalaryPeriod.WEEK: [" per week", "/week", " weekly"],
    SalaryPeriod.DAY: [" per day", "/day", " daily"],
    SalaryPeriod.HOUR: [" per hour", "/hr", " an hour", " hourly"],
}


def _format(amount: int, style: str) -> str:
    if style == "k":
        return f"{amount // 1000}k"
    grouped = f"{amount:,}"
    return {"comma": grouped, "dot": grouped.replace(",", "."), "plain": str(amount)}[style]


@st.composite
def salary_texts(draw):
    period = draw(st.sampled_from(list(PERIOD_WORDS)))
    scale = {SalaryPeriod.HOUR: 1, SalaryPeriod.DAY: 10, SalaryPeriod.WEEK: 100}.get(period, 1000)
    low = draw(st.integers(min_value=1, max_value=400)) * scale
    high = low + draw(st.integers(min_value=0, max_value=200)) * scale
    style = draw(st.sampled_from(["comma", "dot", "plain"] + (["k"] if scale == 1000 else [])))
    symbol = draw(st.sampled_from(list(SYMBOLS)))
    dash = draw(st.sampled_from(["-", " - ", "\u2013", " to ", " \u2014 "]))
    reverse = draw(st.booleans())
    a, b = (high, low) if reverse else (low, high)
    repeat = draw(st.booleans())
    body = f"{symbol}{_format(a, style)}{dash}{symbol if repeat else ''}{_format(b, style)}"
    if low == high:
        body = f"{symbol}{_format(low, style)}"
    text = body + draw(st.sampled_from(PERIOD_WORDS[period]))
    return text, low, high, SYMBOLS[symbol], period


@settings(max_examples=300, deadline=None)
@given(salary_texts())
def test_property_recovers_generated_salaries(case):
    text, low, high, currency, period = case
    result = parse_salary(text)
    assert result.value is not None, (text, result.reason)
    s = result.value
    assert (s.minimum, s.maximum, s.currency, s.period) == (low, high, currency, period), text
    assert 0 <= s.annual_minimum <= s.annual_maximum


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.sampled_from([None, "US", "CA", "SE", "ZZ"]))
def test_property_never_raises(text, hint):
    result = parse_salary(text, country_hint=hint)
    assert (result.value is None) == (result.reason is not None)
    if result.value is not None:
        assert 0 <= result.value.annual_minimum <= result.value.annual_maximum
