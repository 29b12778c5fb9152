"""Salary text (or a JSON-LD ``MonetaryAmount``) -> ``Salary``.

* Amounts: number tokens next to a currency, with a ``k``/``M``/lakh suffix, or joined to such a token by
  a range word ("-", "to", "bis", "and"); each token's thousands/decimal separators are read by
  price-parser ("50.000" -> 50000, "1.234,56" -> 1234.56, "100'000"). ``120-150k`` applies ``k`` to both.
  A reversed range is swapped. "up to X" / "from X" give ``minimum == maximum == X`` plus a note (the
  unstated bound is reported through ``Parsed.notes``, not invented).
* Currency: ISO 4217 codes and symbols; ``$`` is the dollar of the country hint (CA, AU, NZ, SG, HK,
  MX...), else USD; ``kr``/``¥``/``Rs`` and the rand's ``R`` ("R18,500", South Africa) likewise need the hint
  to choose; the ringgit's ``RM``, the Kenyan shilling's ``KSh`` and the peso's ``₱`` name theirs. With no
  currency at all, the hint country's currency is used; with no hint either, the result is ``None``.
* A lakh is written "lakh", "lac", "Lacs" or "LPA" ("14-20 Lacs P.A." is 1,400,000-2,000,000 a year).
* Period: from words ("per annum", "/hr", "monthly", "brutto/Jahr", "kr per time", "měsíčně", schema.org
  ``unitText``), or a count of monthly payments ("1.400 € x 14 meses", "(14 pagas)": a month). Without
  one, amounts of at least 10,000 in a major currency are read as yearly (nobody posts such hourly or
  monthly pay in those currencies), and in a Latin American currency quoted by the month by custom (BRL,
  MXN ...) a figure below a year's pay (US$15,000) as monthly ("Salário: R$ 6.500,00"); otherwise
  ``None`` with a reason.
* Annualized with the usual full-time factors: hour x 2080, day x 260, week x 52, month x 12.
* A figure whose yearly amount is implausible for its currency (under ~US$200 or over ~US$3M a year, at
  an order-of-magnitude rate) is dropped with the reason, never stored: "$ 2.800.000,00 (Mensual)" is
  Colombian pesos on a .com.co page, and without that context no salary at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from price_parser import Price

from hirehound.ingest.models import Salary, SalaryPeriod
from hirehound.ingest.normalize._common import Parsed, clip
from hirehound.ingest.normalize.salary_cjk import has_yen, parse_yen

__all__ = [
    "ANNUAL_FACTORS",
    "annualize",
    "countries_of_currency",
    "parse_salary",
    "parse_salary_in",
    "parse_salary_structured",
]

ANNUAL_FACTORS: dict[SalaryPeriod, int] = {
    SalaryPeriod.HOUR: 2080,
    SalaryPeriod.DAY: 260,
    SalaryPeriod.WEEK: 52,
    SalaryPeriod.MONTH: 12,
    SalaryPeriod.YEAR: 1,
}

_DOLLAR_BY_COUNTRY = {
    "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN", "TW": "TWD",
    "AR": "ARS", "CL": "CLP", "CO": "COP",
}  # fmt: skip
_KRONA_BY_COUNTRY = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}
_RUPEE_BY_COUNTRY = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"}
_YEN_BY_COUNTRY = {"JP": "JPY", "CN": "CNY"}
_RAND_BY_COUNTRY = {"ZA": "ZAR"}
_CURRENCY_BY_COUNTRY = {
    "US": "USD", "GB": "GBP", "IE": "EUR", "DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR",
    "BE": "EUR", "AT": "EUR", "PT": "EUR", "FI": "EUR", "GR": "EUR", "LU": "EUR", "EE": "EUR", "LV": "EUR",
    "LT": "EUR", "SK": "EUR", "SI": "EUR", "HR": "EUR", "MT": "EUR", "CY": "EUR", "CH": "CHF", "PL": "PLN",
    "CZ": "CZK", "HU": "HUF", "RO": "RON", "BG": "BGN", "JP": "JPY", "CN": "CNY", "KR": "KRW", "BR": "BRL",
    "ZA": "ZAR", "AE": "AED", "IL": "ILS", "TR": "TRY", "UA": "UAH", "PH": "PHP", "ID": "IDR", "MY": "MYR",
    "TH": "THB", "VN": "VND", "NG": "NGN", "KE": "KES", "EG": "EGP", "PE": "PEN", "SA": "SAR", "QA": "QAR",
    **_DOLLAR_BY_COUNTRY, **_KRONA_BY_COUNTRY, **_RUPEE_BY_COUNTRY,
}  # fmt: skip
_CODES = frozenset(_CURRENCY_BY_COUNTRY.values()) | {"ISK", "RUB"}
# US dollars per unit, to an order of magnitude (2025): only for the plausibility bounds, never a conversion.
_USD_PER_UNIT = {
    "USD": 1, "EUR": 1.1, "GBP": 1.3, "CHF": 1.1, "CAD": 0.73, "AUD": 0.65, "NZD": 0.6, "SGD": 0.75,
    "HKD": 0.13, "MXN": 0.055, "TWD": 0.031, "ARS": 0.001, "CLP": 0.0011, "COP": 0.00025, "SEK": 0.095,
    "NOK": 0.093, "DKK": 0.15, "ISK": 0.0072, "INR": 0.012, "PKR": 0.0036, "LKR": 0.0033, "NPR": 0.0075,
    "JPY": 0.0067, "CNY": 0.14, "KRW": 0.00072, "BRL": 0.18, "ZAR": 0.055, "AED": 0.27, "ILS": 0.27,
    "TRY": 0.03, "UAH": 0.024, "PHP": 0.017, "IDR": 0.000062, "MYR": 0.22, "THB": 0.029, "VND": 0.00004,
    "NGN": 0.00065, "KES": 0.0077, "EGP": 0.02, "PEN": 0.27, "SAR": 0.27, "QAR": 0.27, "PLN": 0.25,
    "CZK": 0.043, "HUF": 0.0027, "RON": 0.22, "BGN": 0.56, "RUB": 0.011,
}  # fmt: skip
_PLAUSIBLE_USD_A_YEAR = (200, 3_000_000)
# Currencies that say the country of the page ("€" and "Valencia" is Spain); the dollar is paid everywhere.
_COUNTRIES_BY_CURRENCY: dict[str, tuple[str, ...]] = {}
for _country, _code in _CURRENCY_BY_COUNTRY.items():
    if _code != "USD":
        _COUNTRIES_BY_CURRENCY[_code] = (*_COUNTRIES_BY_CURRENCY.get(_code, ()), _country)
# currencies in which 10,000 or more is never an hourly/daily/weekly/monthly wage
_MAJOR = frozenset({"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SGD", "DKK", "SEK", "NOK"})

_SYMBOLS: dict[str, str | dict[str, str]] = {
    "us$": "USD", "ca$": "CAD", "c$": "CAD", "au$": "AUD", "a$": "AUD", "nz$": "NZD", "s$": "SGD",
    "hk$": "HKD", "r$": "BRL", "mx$": "MXN", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "₪": "ILS", "zł": "PLN", "kč": "CZK", "fr.": "CHF", "euro": "EUR", "euros": "EUR",
    "pounds": "GBP", "pound": "GBP", "$": _DOLLAR_BY_COUNTRY, "dollars": _DOLLAR_BY_COUNTRY,
    "kr": _KRONA_BY_COUNTRY,
    "kr.": _KRONA_BY_COUNTRY, "rs": _RUPEE_BY_COUNTRY, "rs.": _RUPEE_BY_COUNTRY, "¥": _YEN_BY_COUNTRY,
    "r": _RAND_BY_COUNTRY, "rm": "MYR", "ksh": "KES", "kshs": "KES", "ksh.": "KES", "kshs.": "KES",
    "₱": "PHP",
}  # fmt: skip
_CURRENCY = re.compile(
    r"(?:US|CA|AU|NZ|HK|MX|[CASR])\$|\$|€|£|₹|₩|₽|₺|₪|zł|\bKč(?![a-z])|\bFr\.|\b(?:euros?|pounds?|dollars?)\b"
    r"|\bkr\.?(?![a-z])|\bRs\.?(?![a-z])|¥|₱|\b[A-Z]{3}\b|(?-i:\bR)(?=\s?\d)"
    r"|(?-i:\bRM)(?=\s?\d)|\bKshs?\.?(?=\s?\d)",  # the ringgit "RM 4,500", the Kenyan shilling "KSh 55,000"
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?"  # Indian grouping: 12,00,000
    r"|\d{1,3}(?:[,.'\u2019\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?"  # 120,000 / 50.000 / 100'000 / 40 000
    r"|\d+(?:[.,]\d{1,2})?)(?!\d)"
    r"(?P<suffix>\s?(?:[kK]|tsd\.?|Tsd\.?|[mM](?:io\.?|n)?|(?i:lakhs?|lacs?|lpa))(?![^\W\d_]))?"  # not "Kč"
    r"(?P<after>\s*(?:%|\(k\)))?"
)
_RANGE_JOIN = re.compile(r"^\s*(?:-|to|bis|and|und|à|a|y|through|till|do|до)\s*$", re.IGNORECASE)
_UP_TO = re.compile(r"\b(?:up\s+to|max(?:imum)?\.?|bis\s+zu|jusqu'?à|as\s+much\s+as)\s*$", re.IGNORECASE)
_FROM = re.compile(
    r"\b(?:from|starting\s+(?:at|from)|min(?:imum)?\.?|at\s+least|ab|à\s+partir\s+de|desde|od|от)\s*$",
    re.IGNORECASE,
)
# Period words in English, German, French, Spanish, Dutch (and the Nordic month and year). ``_ADJACENT``
# reads the period written right after the amount ("$30/hr", "3.500 €/mois", "15 € brutto pro Stunde",
# "20 $ la hora", "€ 3.350 bruto per maand"), also run together with the next word ("$30/hrPart-time");
# ``_ANYWHERE`` finds an unmistakable word or phrase elsewhere ("Hourly rate: $30", "Jahresgehalt 60.000 €",
# "salaire annuel").
_UNITS: dict[SalaryPeriod, str] = {  # the noun, after "per", "/", "pro", "par", "por", "la", "al" ...
    SalaryPeriod.HOUR: r"hours?|hrs?|h|stunden?|std\.?|heures?|horas?|ora|ore|uur",
    SalaryPeriod.DAY: r"days?|d|tag(?:e|es)?|jours?|journ[ée]e|d[ií]as?|giorno|dag",
    SalaryPeriod.WEEK: r"weeks?|wk|w|wochen?|semaines?|semanas?|settimana",
    SalaryPeriod.MONTH: r"months?|mo|mth|m|monat(?:s)?|mois|mes(?:es)?|mês|mese|maand|måned|månad|mnd|mies\.?"
    r"|miesiąc",
    SalaryPeriod.YEAR: r"years?|yr|y|jahr(?:es)?|an|ann[ée]e|años?|anos?|anno|jaar|år",
}
_ADJECTIVES: dict[SalaryPeriod, str] = {  # period words that stand alone
    SalaryPeriod.HOUR: r"hourly|stündlich|stundenlohn|stundensatz|horaire|por\s+hora|godzinowo|timlön|"
    r"timeløn|timelønn|(?:per|pr\.)\s+time|i\s+timen|per\s+timme|i\s+timmen|"
    r"(?:za|na)\s+godzin[ęe]|(?:за|в)\s+час",
    SalaryPeriod.DAY: r"daily|day\s+rate|täglich|tagessatz|journalier|diario",
    SalaryPeriod.WEEK: r"weekly|wöchentlich|wochenlohn|hebdomadaire|semanal(?:es)?",
    SalaryPeriod.MONTH: r"monthly|monatlich|monatl\.?|mtl\.?|monatsgehalt|monatslohn|mensuel(?:le)?s?|"
    r"mensual(?:es)?|mensualmente|mensa(?:l|is)|mensil[ei]|maandelijks|maandsalaris|miesięcznie|"
    r"měsíčně|za\s+měsíc|(?:za|na)\s+miesiąc|månedsløn|månedslønn|månadslön|"
    r"(?:за|в)\s+месяц|ежемесячно",
    SalaryPeriod.YEAR: r"yearly|annual(?:ly)?|annum|jährlich|jährl\.?|jahresgehalt|jahreslohn|"
    r"annuel(?:le)?s?|anual(?:es)?|anualmente|annu[oiea]|annuale|lpa|ctc|jaarlijks|jaarsalaris|rocznie|årsløn|årslön|"
    r"(?:за|в)\s+год",
}
_ABBREVIATIONS: dict[SalaryPeriod, str] = {  # "p.h.", "p.m.", "pm", "p.a.", "pa": only after an amount
    SalaryPeriod.HOUR: r"p\.?\s?h\.?|ph",
    SalaryPeriod.DAY: r"p\.?\s?d\.?",
    SalaryPeriod.WEEK: r"p\.?\s?w\.?|pw",
    SalaryPeriod.MONTH: r"p\.?\s?m\.?|pm",
    SalaryPeriod.YEAR: r"p\.?\s?a\.?|pa",
}
_PER = (
    r"(?:(?:/|de\s+l'|all'|l')\s*|(?:per|an?|each|every|pro|je|par|por|la|le|el|al|im|in\s+the|a\s+la|ao|pr\.)"
    r"(?:\s+|(?=(?-i:[A-Z]))))"  # "and" is not "an d" (per day); "perHour" run together still reads
)
_NOT_A_LETTER = r"(?!(?-i:[a-zà-ÿ]))"  # "hrPart-time": a capital may follow, a small letter may not
_ADJACENT = re.compile(
    r"\s*(?:[A-Z]{3}|[€$£¥₹]|fr\.|euros?|dollars?|pounds?|kr\.?|zł)?"  # the currency, when written after
    r"\s*(?:brutto|netto|gross|net|brut|bruto|neto|before\s+tax|pre-tax)?"
    r"(?:\s*\+\s*(?:VAT|MwSt\.?|IVA|TVA|BTW))?\s*(?:"  # a B2B rate "netto + VAT / mies."
    + "|".join(
        rf"(?P<{p.value}>(?:{_PER}(?:{_UNITS[p]})|{_ADJECTIVES[p]}|{_ABBREVIATIONS[p]}){_NOT_A_LETTER})"
        for p in SalaryPeriod
    )
    + ")",
    re.IGNORECASE,
)
_ANYWHERE = re.compile(
    "|".join(
        rf"(?P<{p.value}>\b(?:{_PER}(?:{_UNITS[p]})\b(?<!\b[hdwmy])|(?:{_ADJECTIVES[p]})\b))"
        for p in SalaryPeriod
    ),
    re.IGNORECASE,
)
# How often pay is paid and how long the working week is are not the rate: "paid weekly", "weekly paychecks",
# "40 hours per week", "5 days a week".
_NOT_THE_RATE = re.compile(
    r"\bpaid\s+(?:bi-?)?(?:weekly|monthly|daily)\b|\b(?:bi-?)?(?:weekly|monthly|daily)\s+(?:pay(?:checks?|ments?|outs?)|payroll)\b|"
    r"\b\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:hours?|hrs?|stunden|std|heures|horas|h|days?|tage?|jours?|d[ií]as?)"
    r"\s*(?:/|per|an?|pro|par|por|la|each)\s*(?:week|wk|woche|semaine|semana|day|tag|jour|d[ií]a|month|monat|mois|mes)\b",
    re.IGNORECASE,
)
# Pay per two weeks or twice a month has no period here: not guessed.
_BIWEEKLY = re.compile(
    r"\s*(?:[A-Z]{3}|[€$£])?\s*(?:/|per|every|each|a)?\s*(?:bi-?weekly|fortnight(?:ly)?|two\s+weeks|"
    r"semi-?monthly|vierzehntäglich|quincenal)\b",
    re.IGNORECASE,
)
_NOT_STATED = re.compile(
    r"competitive|negotiable|\bdoe\b|depend\w* on experience|commensurate|attractive|market\s+rate|"
    r"verhandlungsbasis|nach vereinbarung|not (?:disclosed|specified)|\bn/a\b|\btbd\b|unpaid|volunteer",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[\u00a0\u2007\u2009\u202f]")
_DASHES = re.compile(r"\s*[\u2010-\u2015\u2212~]\s*|\s+-\s*|\s*-\s+|(?<=[\dkK])-(?=[^\d\s]{0,3}\s*\d)")
_MULTIPLIERS = {"k": 1_000, "tsd": 1_000, "tsd.": 1_000, "m": 1_000_000, "mn": 1_000_000, "mio": 1_000_000}
_YEAR_LIKE = re.compile(r"^(?:19|20)\d\d$")


class _Amount(NamedTuple):
    value: float
    start: int
    end: int
    multiplied: bool
    money: bool  # next to a currency or with a k/M suffix


def annualize(amount: float, period: SalaryPeriod) -> float:
    """Amount per year at full time (hour x 2080, day x 260, week x 52, month x 12)."""
    return amount * ANNUAL_FACTORS[period]


def _currency_code(token: str, country_hint: str | None) -> str | None:
    mapped = _SYMBOLS.get(token.casefold())
    if isinstance(mapped, str):
        return mapped
    if isinstance(mapped, dict):
        hinted = mapped.get((country_hint or "").upper())
        if hinted:
            return hinted
        return "USD" if mapped is _DOLLAR_BY_COUNTRY else None
    upper = token.upper()
    if upper == "RMB":
        return "CNY"
    return upper if token.isupper() and upper in _CODES else None


def _find_currency(text: str, country_hint: str | None) -> tuple[str | None, list[tuple[int, int]], str]:
    """(ISO code, spans of all currency mentions, first token as written).

    An unambiguous mention ("CAD", "€") wins over an ambiguous one ("$", "kr") wherever it stands.
    """
    spans: list[tuple[int, int]] = []
    exact: str | None = None
    first = ""
    for match in _CURRENCY.finditer(text):
        token = match.group()
        if token.casefold() not in _SYMBOLS and not (token.isupper() and token.upper() in _CODES | {"RMB"}):
            continue
        spans.append(match.span())
        first = first or token
        if exact is None and not isinstance(_SYMBOLS.get(token.casefold()), dict):
            exact = _currency_code(token, country_hint)
    code = exact or (_currency_code(first, country_hint) if first else None)
    return code, spans, first


def _parse_number(raw: str) -> float | None:
    """Thousands/decimal separators as price-parser reads them ("50.000" -> 50000, "52,50" -> 52.5)."""
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?", raw):
        raw = raw.replace(",", "")
    raw = re.sub(r"[\s'\u2019\u00a0\u202f]", "", raw) if re.search(r"\d[\s'\u2019]\d{3}", raw) else raw
    amount: Decimal | None = Price.fromstring(raw).amount
    return float(amount) if amount is not None else None


def _amounts(text: str, spans: list[tuple[int, int]]) -> list[_Amount]:
    found: list[_Amount] = []
    for match in _NUMBER.finditer(text):
        if match.group("after"):
            continue  # "5%", "401(k)"
        value = _parse_number(match.group("num"))
        if value is None:
            continue
        suffix = (match.group("suffix") or "").strip().casefold()
        if suffix in ("lakh", "lakhs", "lac", "lacs", "lpa"):
            value, multiplied = value * 100_000, True
        elif suffix:
            value, multiplied = value * _MULTIPLIERS.get(suffix.rstrip("."), 1_000), True
        else:
            multiplied = False
        start, end = match.span()
        # "Grade 7: £32,000": a number that ends a label is not beside the currency after the colon
        near = any(
            0 <= start - s_end <= 3 or (0 <= s_start - end <= 3 and ":" not in text[end:s_start])
            for s_start, s_end in spans
        )
        found.append(_Amount(value, start, end, multiplied, near or multiplied))
    return found


def _joined(text: str, left: _Amount, right: _Amount, spans: list[tuple[int, int]]) -> bool:
    start = left.end
    # "$55K/yr - $65K/yr", "20 €/h - 25 €/h": each side carries the same period
    if (own := _ADJACENT.match(text, left.end, right.start)) and own.lastgroup:
        same = _ADJACENT.match(text, right.end)
        if same is not None and same.lastgroup == own.lastgroup:
            start = own.end()
    between = text[start : right.start]
    for s_start, s_end in spans:
        if start <= s_start and s_end <= right.start:
            between = between.replace(text[s_start:s_end], " ", 1)
    return bool(_RANGE_JOIN.match(between))


_LABEL = re.compile(r"^[^\W\d][^:\d\n]{0,30}:")  # "Hourly rate:", "Annual salary:" before the figures
# A period word naming the pay right before the figures: "Monthly salary of S$8,500 - S$10,000 plus an annual
# bonus", "an hourly rate of $30": that word is the rate's, whatever period words follow.
_NAMED_PAY = re.compile(
    r"(?P<word>\b[^\W\d_]+)\s+(?:base\s+|basic\s+|gross\s+|starting\s+)?(?:salary|pay|wage|rate|remuneration)"
    r"(?:\s+range)?\s+(?:of|is|from|between|at)\s+\S{0,4}$",
    re.IGNORECASE,
)


def _period(text: str, after: int, start: int = 0) -> SalaryPeriod | None:
    """The period written right after the amounts (from ``start`` to ``after``), else the one a label before
    them names ("Hourly rate:", "Monthly salary of"), else the first period word after them, else the nearest
    before them; payment frequency and working hours are not the rate."""
    if (adjacent := _ADJACENT.match(text, after)) and adjacent.lastgroup:
        return SalaryPeriod(adjacent.lastgroup)
    if (named := _NAMED_PAY.search(text, 0, start)) and (word := _ANYWHERE.fullmatch(named["word"])):
        return SalaryPeriod(word.lastgroup) if word.lastgroup else None
    masked = _NOT_THE_RATE.sub(lambda m: " " * len(m.group()), text)
    hits = [(m.start(), SalaryPeriod(m.lastgroup)) for m in _ANYWHERE.finditer(masked) if m.lastgroup]
    label = _LABEL.match(masked)
    labelled = [period for start, period in hits if label is not None and start < label.end()]
    if labelled:  # "Hourly rate: $22.40 to $25.10, plus an annual profit share": the label says the rate
        return labelled[0]
    later = [period for start, period in hits if start >= after]
    if later:
        return later[0]
    return hits[-1][1] if hits else None


def _unit_period(unit: str) -> SalaryPeriod | None:
    """schema.org ``unitText`` ("HOUR", "MONTH", "per year") -> the period."""
    unit = unit.replace("_", " ").strip()
    for period in SalaryPeriod:
        if re.fullmatch(rf"(?:{_UNITS[period]}|{_ADJECTIVES[period]})", unit, re.IGNORECASE):
            return period
    return _period(unit, 0)


def _build(
    low: float, high: float, currency: str, period: SalaryPeriod, notes: tuple[tuple[str, str], ...] = ()
) -> Parsed[Salary]:
    if low < 0 or high < 0:
        return Parsed.fail("negative amount")
    low, high = min(low, high), max(low, high)
    if not _plausible(low, high, currency, period):
        return Parsed.fail(f"implausible {low:g}-{high:g} {currency} per {period.value}")
    salary = Salary(
        minimum=low,
        maximum=high,
        currency=currency,
        period=period,
        annual_minimum=annualize(low, period),
        annual_maximum=annualize(high, period),
    )
    return Parsed(salary, None, notes)


def _plausible(low: float, high: float, currency: str, period: SalaryPeriod) -> bool:
    """The yearly amount lies within bounds for the currency (an unknown currency is not judged)."""
    rate = _USD_PER_UNIT.get(currency)
    if rate is None:
        return True
    least, most = _PLAUSIBLE_USD_A_YEAR
    return least <= annualize(low, period) * rate and annualize(high, period) * rate <= most


def countries_of_currency(text: str | None) -> tuple[str, ...]:
    """The countries of the first unambiguous currency (not the dollar) named in ``text``: "€" -> the
    eurozone, "COP" -> Colombia; the context for a place name found in several countries."""
    for match in _CURRENCY.finditer(text or ""):
        token = match.group()
        mapped = _SYMBOLS.get(token.casefold())
        code = mapped if isinstance(mapped, str) else (token if token.isupper() and token in _CODES else None)
        if code is not None:
            return _COUNTRIES_BY_CURRENCY.get(code, ())
    return ()


def parse_salary(text: str | None, *, country_hint: str | None = None) -> Parsed[Salary]:
    """Parse salary text; ``country_hint`` (ISO alpha-2) resolves "$"/"kr"/"¥" and a missing currency."""
    if text is None or not text.strip():
        return Parsed.fail("no salary text")
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError:
            data = None
        if isinstance(data, dict):
            return parse_salary_structured(data, country_hint=country_hint)
    if has_yen(stripped) and (yen := parse_yen(stripped)):  # "月給22万円": 万, and the period word before
        return _build(*yen[:2], "JPY", yen[2])
    if _OTE.search(stripped) and (base := _BASE.search(stripped)):  # "OTE £110,000 (£55,000 base + …)"
        found = parse_salary(base.group("amount") or base.group("after"), country_hint=country_hint)
        if found.value is not None:
            return found
    try:
        return _parse_text(stripped, country_hint)
    except (ArithmeticError, ValueError) as exc:  # pragma: no cover - defensive: never raise on input
        return Parsed.fail(f"unparseable {clip(text)!r}: {type(exc).__name__}")


_PERIOD_WINDOW = 40  # characters after the figures where the description states their period


def parse_salary_in(
    text: str | None, description: str | None, *, country_hint: str | None = None
) -> Parsed[Salary]:
    """:func:`parse_salary`, where a pay fact without a period ("KSh 55,000 - 75,000" in a board's tag)
    takes the period the description writes right after the same figures ("KSh 55,000 - 75,000 per month")."""
    found = parse_salary(text, country_hint=country_hint)
    if (
        found.value is not None
        or not text
        or not description
        or not (found.reason or "").startswith("no pay period")
    ):
        return found
    at = description.find(text.strip())
    if at < 0:
        return found
    stated = parse_salary(
        description[at : at + len(text.strip()) + _PERIOD_WINDOW], country_hint=country_hint
    )
    return stated if stated.value is not None else found


_Notes = tuple[tuple[str, str], ...]
# On-target earnings are base pay plus expected commission: where the base is stated beside them, the base is
# the pay ("OTE £110,000 (£55,000 base + commission)", "$60k base, $120k OTE", "base salary of $70,000").
_OTE = re.compile(r"\b(?-i:OTE)\b|on[- ]target earnings", re.IGNORECASE)
_MONEY_FIGURE = r"[€$£]?\s?\d[\d,.\u00a0 ]*\d\s?[kK]?\s?(?:[€$£]|[A-Z]{3}\b)?"
_MONEY_RANGE = rf"{_MONEY_FIGURE}(?:\s?(?:-|\u2013|to)\s?{_MONEY_FIGURE})?"
_BASE = re.compile(
    rf"(?P<amount>{_MONEY_RANGE})\s*(?:base|basic)\b"
    rf"|\b(?:base|basic)(?:\s+(?:salary|pay))?(?:\s+of|:)?\s+(?P<after>{_MONEY_RANGE})",
    re.IGNORECASE,
)


def _mark_ranges(text: str, amounts: list[_Amount], spans: list[tuple[int, int]]) -> None:
    """A range shares its currency: "55,000-70,000 EUR" makes both ends money."""
    for i in range(len(amounts) - 1):
        left, right = amounts[i], amounts[i + 1]
        if (left.money or right.money) and _joined(text, left, right, spans):
            amounts[i], amounts[i + 1] = left._replace(money=True), right._replace(money=True)


def _open_bound(text: str, amount: _Amount, spans: list[tuple[int, int]]) -> _Notes:
    """A note when a single amount is only an upper ("up to") or lower ("from", "100k+") bound."""
    before = text[: amount.start]
    for span_start, span_end in spans:  # "up to $90k": look past the currency sign
        if span_end <= amount.start and amount.start - span_end <= 3:
            before = text[:span_start]
    if _UP_TO.search(before):
        return (("salary_minimum", "only an upper bound ('up to') stated; minimum repeats it"),)
    if _FROM.search(before) or re.match(r"\+(?!\s*\w)", text[amount.end :]):
        return (("salary_maximum", "only a lower bound ('from') stated; maximum repeats it"),)
    return ()


_SIGN_PREFIX = re.compile(r"\b(?:RM|R)(?=\d)")  # "R18,500", "RM5,000": a sign written against the figure


def _parse_text(text: str, country_hint: str | None) -> Parsed[Salary]:
    text = _SIGN_PREFIX.sub(lambda sign: f"{sign.group()} ", _DASHES.sub(" - ", _SPACES.sub(" ", text)))
    code, spans, token = _find_currency(text, country_hint)
    amounts = _amounts(text, spans)
    _mark_ranges(text, amounts, spans)
    money = [a for a in amounts if a.money] or [
        a for a in amounts if not _YEAR_LIKE.match(text[a.start : a.end])
    ]
    if not money:
        reason = "not stated" if _NOT_STATED.search(text) else "no amount in"
        return Parsed.fail(
            f"{reason}: {clip(text)!r}" if reason == "not stated" else f"{reason} {clip(text)!r}"
        )
    first = money[0]
    index = amounts.index(first)
    second = amounts[index + 1] if index + 1 < len(amounts) else None
    if second is not None and not _joined(text, first, second, spans):
        second = None
    low = high = first.value
    notes: _Notes = ()
    if second is None:
        notes = _open_bound(text, first, spans)
    else:
        high = second.value
        if second.multiplied and not first.multiplied and low < 1_000:
            low *= high / _unmultiplied(text, second)  # "120-150k": the suffix applies to both
    if code is None:
        if token:
            return Parsed.fail(f"ambiguous currency {token!r} without a country")
        code = _CURRENCY_BY_COUNTRY.get((country_hint or "").upper())
        if code is None:
            return Parsed.fail(f"no currency in {clip(text)!r}")
    end = (second or first).end
    if _BIWEEKLY.match(text, end):
        return Parsed.fail(f"pay every two weeks or twice a month is not a period here: {clip(text)!r}")
    period = (
        _period(text, end, first.start)
        or _paid_months(text, end)
        or _implied_year(code, min(low, high))
        or _implied_month(code, min(low, high))
    )
    if period is None:
        return Parsed.fail(f"no pay period in {clip(text)!r}")
    return _build(low, high, code, period, notes)


# A monthly figure paid 12 to 15 times a year: "1.400 € brutos x 14 meses", "3.100 € x 14", "14 pagas".
_PAID_MONTHS = re.compile(
    r"\s*(?:[€$£]|[A-Z]{3}|euros?)?\s*(?:brut\w*|bruto\w*|gross)?\s*(?:[x\u00d7]\s*1[2-5]\b|\(?\s*(?:em\s+|en\s+)?1[2-5]\s*"
    r"(?:meses|mensalidades|mensualidades|pagas|mensilit[aà]|monatsgeh[aä]lter|gehälter|salaires))",
    re.IGNORECASE,
)
# Where pay is quoted by the month by custom (Latin America), a figure without a period too small to be a
# year's pay (under USD 15,000 a year) is a month's.
_MONTHLY_BY_CUSTOM = frozenset({"BRL", "MXN", "ARS", "CLP", "COP", "PEN"})
_LEAST_USD_A_YEAR = 15_000


def _paid_months(text: str, after: int) -> SalaryPeriod | None:
    """A month, when the amounts are followed by the number of monthly payments a year ("x 14 meses")."""
    return SalaryPeriod.MONTH if _PAID_MONTHS.match(text, after) else None


def _implied_month(currency: str, low: float) -> SalaryPeriod | None:
    """No period word, in a currency paid by the month by custom: a figure below a year's pay is monthly."""
    if currency not in _MONTHLY_BY_CUSTOM:
        return None
    return SalaryPeriod.MONTH if low * _USD_PER_UNIT[currency] < _LEAST_USD_A_YEAR else None


def _implied_year(currency: str, low: float) -> SalaryPeriod | None:
    """No period word: 10,000+ in a major currency is a yearly figure; anything else is not guessed."""
    return SalaryPeriod.YEAR if currency in _MAJOR and low >= 10_000 else None


def _unmultiplied(text: str, amount: _Amount) -> float:
    match = _NUMBER.match(text, amount.start)
    raw = _parse_number(match.group("num")) if match else None
    return raw or amount.value


# -------------------------------------------------------------------------------------------- structured


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value.strip():
        return _parse_number(value.strip())
    return None


def _first_key(data: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if data.get(key) not in (None, ""):
            return data[key]
    return None


def parse_salary_structured(value: Mapping[str, Any], *, country_hint: str | None = None) -> Parsed[Salary]:
    """Parse a JSON-LD ``MonetaryAmount`` (``{"currency", "value": {"minValue", "maxValue", "value",
    "unitText"}}``) or a flat ``{"min", "max", "currency", "unitText"}`` mapping."""
    try:
        inner = value.get("value")
        nested: Mapping[str, Any] = inner if isinstance(inner, Mapping) else {}
        merged = {**value, **nested} if nested else dict(value)
        low = _number(_first_key(merged, "minValue", "min", "minimum"))
        high = _number(_first_key(merged, "maxValue", "max", "maximum"))
        single = _number(merged.get("value")) if not nested else _number(nested.get("value"))
        if low is None and high is None:
            low = high = single
        notes: _Notes = ()
        if low is None or high is None:
            known = low if low is not None else high
            if known is None:
                return Parsed.fail("no amount in structured salary")
            note = "salary_minimum" if low is None else "salary_maximum"
            notes = ((note, "only one bound stated; the other repeats it"),)
            low = high = known
        currency_text = str(_first_key(merged, "currency", "currencyCode") or "").strip()
        code = _currency_code(currency_text, country_hint) if currency_text else None
        if code is None and currency_text.upper() in _CODES:
            code = currency_text.upper()
        if code is None:
            code = _CURRENCY_BY_COUNTRY.get((country_hint or "").upper()) if not currency_text else None
        if code is None:
            return Parsed.fail(f"unknown currency {currency_text!r}" if currency_text else "no currency")
        unit = str(_first_key(merged, "unitText", "unit", "period") or "")
        period = _unit_period(unit) if unit else None
        period = period or _implied_year(code, low)
        if period is None:
            return Parsed.fail(f"no pay period (unitText {unit!r})")
        return _build(low, high, code, period, notes)
    except (AttributeError, TypeError, ValueError, ArithmeticError) as exc:
        return Parsed.fail(f"malformed structured salary: {type(exc).__name__}")
