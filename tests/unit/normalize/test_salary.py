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
    # within the plausible yearly bounds (at most 600 units of the scale a period: 1.6M a year by the hour)
    scale = {SalaryPeriod.HOUR: 1, SalaryPeriod.DAY: 10, SalaryPeriod.WEEK: 50, SalaryPeriod.MONTH: 100}.get(
        period, 1000
    )
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


# ------------------------------------------------------------------- pay periods (issue 13, part 3)

W, D = SalaryPeriod.WEEK, SalaryPeriod.DAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$30/hrPart-timeWeekly pay", H),  # run together: the marker next to the amount wins
        ("$30/hr.Weekly", H),
        ("$30/hrFull-time", H),
        ("Weekly pay! $18/hr", H),
        ("$60 per hour, 40 hours per week", H),  # working hours are not the rate
        ("USD 5,000 per month (paid weekly)", M),  # payment frequency is not the rate
        ("$3,000 - $4,000 monthly paid biweekly", M),
        ("$700 weekly, $18/hr", W),
        ("Weekly pay of $2,800", W),
        ("\u20ac3.500/mois", M),
        ("3 500 \u20ac brut par mois", M),
        ("45k\u20ac/an", Y),
        ("30.000 - 35.000 \u20ac brut annuel", Y),
        ("400\u20ac/jour", D),
        ("500 \u20ac la semaine", W),
        ("12 \u20ac de l'heure", H),
        ("2.000\u20ac al mes", M),
        ("1.800 \u20ac mensuales", M),
        ("25.000\u20ac - 30.000\u20ac al a\u00f1o", Y),
        ("12\u20ac/hora", H),
        ("15 \u20ac/Std.", H),
        ("4.000 \u20ac monatlich brutto", M),
        ("CHF 8000 pro Monat", M),
        ("60.000 \u20ac p.a.", Y),
        ("55.000 - 65.000 EUR brutto/Jahr", Y),
        ("Stundenlohn: 18,50 \u20ac", H),
        ("Jahresgehalt 60.000 \u20ac", Y),
        ("\u00a32,000 pm", M),
    ],
)
def test_pay_period_markers_in_four_languages(text, expected):
    result = parse_salary(text)
    assert result.value is not None, result.reason
    assert result.value.period is expected


def test_pay_every_two_weeks_is_not_guessed():
    result = parse_salary("$2,500 bi-weekly")
    assert result.value is None and "two weeks" in (result.reason or "")


_ADJACENT_MARKERS = {
    SalaryPeriod.HOUR: ["/hr", "/h", " per hour", " an hour", " hourly", "/Std.", " pro Stunde",
                        " brutto pro Stunde", "/heure", " de l'heure", " por hora", "/hora", " la hora"],
    SalaryPeriod.DAY: ["/day", " per day", " a day", " daily", " pro Tag", "/Tag", "/jour", " par jour",
                       " por d\u00eda", " al d\u00eda", "/d\u00eda"],
    SalaryPeriod.WEEK: ["/wk", " per week", " weekly", " pro Woche", "/semaine", " par semaine",
                        " la semaine", " por semana", " semanal"],
    SalaryPeriod.MONTH: ["/mo", "/month", " monthly", " brutto/Monat", " pro Monat", " monatlich",
                         "/mois", " par mois", " brut mensuel", " al mes", " mensuales", " p.m."],
    SalaryPeriod.YEAR: ["/yr", " per annum", " p.a.", " a year", " annually", " brutto/Jahr", " pro Jahr",
                        " j\u00e4hrlich", "/an", " par an", " brut annuel", " al a\u00f1o", " anual"],
}  # fmt: skip
# What follows the marker in run-together or chatty text, naming another period or none.
_TRAILERS = ["", "Weekly pay", "Full-time", ". Paid monthly", " + weekly bonus", "Part-time",
             " (40 hours per week)", ", paid every Friday", "Hourly rate negotiable",
             " 5 days a week"]  # fmt: skip


# Amounts whose yearly figure is plausible (an implausible one is dropped: test_page_context.py).
_AMOUNTS = {
    SalaryPeriod.HOUR: (12, 900), SalaryPeriod.DAY: (12, 8_000), SalaryPeriod.WEEK: (12, 9_000),
    SalaryPeriod.MONTH: (20, 9_000), SalaryPeriod.YEAR: (250, 9_000),
}  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(list(_ADJACENT_MARKERS)),
    st.data(),
    st.sampled_from(["\u20ac", "EUR ", "$", "\u00a3"]),
    st.sampled_from(_TRAILERS),
)
def test_property_the_marker_next_to_the_amount_decides(period, data, symbol, trailer):
    marker = data.draw(st.sampled_from(_ADJACENT_MARKERS[period]))
    amount = data.draw(st.integers(*_AMOUNTS[period]))
    text = f"{symbol}{amount}{marker}{trailer}"
    result = parse_salary(text)
    assert result.value is not None, (text, result.reason)
    assert result.value.period is period, text
    assert result.value.minimum == amount, text
