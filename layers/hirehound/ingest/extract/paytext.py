"""Pay stated in a description's prose, for pages with no pay field: a "Compensation"/"Salary" section, or
the first sentence that states an amount of money and talks about pay.

Not pay: company figures ("raised $40M", "turnover of £120m"), budgets, allowances, bonuses, fees and
benefits ("learning budget of 1,000 EUR a year"), and amounts in application forms (the form is not part of
the page the extractors see).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from hirehound.ingest.extract.dom import node_text, text

_CURRENCY_CODES = r"USD|EUR|GBP|CAD|AUD|NZD|CHF|PLN|INR|SEK|NOK|DKK|JPY|SGD|BRL|MXN|ZAR|LKR|HKD|CZK|HUF|RON"
_CODES = tuple(_CURRENCY_CODES.split("|"))
# Three patterns, not one alternation: a leading \b(?:USD|EUR|...) alternation is tried at every position and
# costs ~30x the others, so the code-first form runs only on text that names a currency code at all.
_MONEY_PATTERNS = (
    re.compile(r"[$\u20ac\u00a3\u00a5\u20b9\u20b1]\s?\d|\d\s?(?:万円|円)|\b(?:RM|KShs?|Kshs?)\.?\s?\d"),
    re.compile(rf"\d[\d,.]*\s?[kK]?\s?(?:[\u20ac\u00a3]|\b(?:{_CURRENCY_CODES})\b)"),
    # the Nordic krone/krona and the złoty after the figure ("52.000 kr. pr. måned", "6 500 zł brutto")
    re.compile(r"\d\s?(?:kr\b|kr\.|z\u0142)"),
)
_ANY_MONEY = re.compile(
    r"[$\u20ac\u00a3\u00a5\u20b9\u20b1\u5186]|\d\s?(?:kr\b|kr\.|z\u0142)|\b(?:RM|KShs?|Kshs?)\.?\s?\d"
)
_SECTION_WORD = re.compile(r"compensation|salary|pay|gehalt|vergütung|salario|salaire|rémunération", re.I)
_CODE_FIRST = re.compile(rf"\b(?:{_CURRENCY_CODES})\b\s?\d")


def _money(text: str) -> list[re.Match[str]]:
    """Every place ``text`` states an amount of money, in order."""
    found = [match for pattern in _MONEY_PATTERNS for match in pattern.finditer(text)]
    if any(code in text for code in _CODES):
        found += _CODE_FIRST.finditer(text)
    return sorted(found, key=lambda match: match.start())


_PAY_WORDS = re.compile(
    r"\b(?:pay|paid|salary|salaries|compensation|wage|wages|hourly rate|pay rate|rate of pay|"
    r"remuneration|OTE|LPA|CTC|lakhs?|lacs?|"  # India's lakh per annum, cost to company
    r"base|earn|\w*gehalt|vergütung|\w*lohn|salario|sueldo|salaire|rémunération|salaris|loon|sal[áa]rio"
    r"|remunera[çc][ãa]o|mensais|wynagrodzenie|retribuzione|stipendio|superannuation"
    r"|\w*l\u00f8nn?|\w*l\u00f6n)\b"  # "månedsløn", "timlön": the Nordic pay compounds
    r"|\b(?:pr|per)\.? (?:m\u00e5ned|m\u00e5nad|time|timme|\u00e5r)\b"
    r"|\bper (?:hour|day|week|month|year|annum)\b|/\s?(?:h|hr|hour|month|mo|year|yr)\b"
    r"|\ban hour\b|\ba year\b"
    r"|\b(?:pro|par|por|per|je) (?:stunde|std|monat|jahr|heure|mois|an|hora|mes|año|uur|maand|jaar)\b"
    r"|\b(?:brutto|bruto|brut)\b",
    re.IGNORECASE,
)
_NOT_PAY = re.compile(
    r"\w*budget\w*|"  # also a compound: "Weiterbildungsbudget", "opleidingsbudget"
    r"\b(?:raised|funding|series [a-f]|revenue|turnover|valuation|valued|allowance|stipend|bonus|"
    r"reimburs\w*|insurance|401\(?k\)?|match(?:ing)?|fee|fees|deposit|cost|price|donat\w*|grant|investment|"
    r"membership|subscription|kit|estimat\w*|average|typical|median|prognose|"
    r"(?:gehalts|lohn|lohnein|ein)?sch[äa]tz\w*|"  # "Gehaltsschätzung", "schätzen wir": the board's guess
    r"customers?|projects? (?:over|worth)|contracts? (?:over|worth))\b|\d\s?(?:m|bn|b|million|billion)\b",
    re.IGNORECASE,
)
_SECTION = re.compile(
    r"^(?:compensation(?: range| package| (?:and|&) benefits)?|salary(?: range| (?:and|&) benefits)?"
    r"|pay(?: range| transparency)?|base (?:salary|pay)(?: range)?|what we pay|"
    r"gehalt|vergütung|salario|rémunération|salaire)\s*:?$",
    re.IGNORECASE,
)
_EXTRAS = re.compile(r",?\s+(?:plus|as well as|and|in addition to)\s|;\s|\s\+\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_HEADING_TAGS = "h2, h3, h4, h5, strong, b"
_MAX_SECTION_TEXT = 200


def pay_text(description_html: str) -> str | None:
    """The pay statement of a description, verbatim, or ``None``."""
    if not _ANY_MONEY.search(description_html) and not any(code in description_html for code in _CODES):
        return None
    tree = LexborHTMLParser(description_html)
    section = _section(tree) if _SECTION_WORD.search(description_html) else None
    if section:
        return section
    body = tree.body.text(separator="\n") if tree.body is not None else ""
    seen: set[int] = set()
    for money in _money(body):
        start = body.rfind("\n", 0, money.start()) + 1
        if start in seen:
            continue
        seen.add(start)
        end = body.find("\n", money.end())
        line = body[start : end if end >= 0 else len(body)]
        for sentence in _SENTENCE_END.split(line):
            amounts = _money(sentence)
            if not amounts or not _PAY_WORDS.search(sentence):
                continue
            if not _NOT_PAY.search(_pay_clause(sentence, amounts)):
                return text(sentence)
    return None


def _pay_clause(sentence: str, amounts: list[re.Match[str]]) -> str:
    """The sentence up to the extras added after its first amount ("…per year, plus pension and ferry
    allowance", "€48,000 - €55,000, plus a learning budget of €1,500 a year"): what is not pay there does
    not unsay the pay before it."""
    extras = _EXTRAS.search(sentence, amounts[0].end())
    return sentence[: extras.start()] if extras else sentence


def _section(tree: LexborHTMLParser) -> str | None:
    """The text right after a "Compensation"/"Salary" heading, when it states money."""
    for heading in tree.css(_HEADING_TAGS):
        label = node_text(heading)
        if not label or not _SECTION.match(label):
            continue
        follower = heading.next
        while follower is not None and not (follower.text(strip=True)):
            follower = follower.next
        if heading.tag in ("strong", "b") and heading.parent is not None:
            follower = heading.parent.next if follower is None else follower
        found = node_text(follower) if follower is not None else None
        if found and len(found) <= _MAX_SECTION_TEXT and _money(found):
            return found
    return None


# ------------------------------------------------------------------------------ several ranges

_CATCH_ALL = re.compile(
    r"\b(?:all other|any other|other (?:us |u\.s\. |uk |eu )?(?:locations?|states|cities|regions|areas)"
    r"|rest of|everywhere else|elsewhere|remainder of|outside (?:of )?(?:the )?(?:above|these|those))\b",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"\b(?:remote|anywhere|distributed)\b", re.IGNORECASE)
_LOCATION_PARTS = re.compile(r"\s*(?:[,/|(){}\[\]\u00b7\u2022]|\s[-\u2013\u2014]\s)\s*")
_WORK_MODE_PART = re.compile(r"^(?:hybrid|on-?site|in[- ]office|office|remote)$", re.IGNORECASE)


def choose_zone(zones: list[tuple[str, str]], location_text: str | None) -> str | None:
    """The pay of the zone that applies to the posting's location, out of ``(zone title, pay)`` pairs in
    page order (samples/README.md, "Several ranges for one posting"): the zone naming the posting's city,
    metro or state; else the catch-all zone ("All other US locations", "Rest of US"); else, for a remote
    posting or zones naming no place, the first."""
    if not zones:
        return None
    places = _places(location_text)
    if places:
        for title, pay in zones:
            if any(_names(title, place) for place in places):
                return pay
        for title, pay in zones:
            if _CATCH_ALL.search(title):
                return pay
    return zones[0][1]


def _places(location_text: str | None) -> list[str]:
    """The place names of a single, non-remote location ("San Francisco, CA (Hybrid)" -> San Francisco,
    CA); none for a remote one ("Remote - US"), where the first zone is the posting's."""
    if not location_text or _REMOTE.search(location_text):
        return []
    parts = [
        part for part in _LOCATION_PARTS.split(location_text) if part and not _WORK_MODE_PART.match(part)
    ]
    if len(parts) >= 3:  # city, state, country: the country names every zone of a national page
        parts = parts[:2]
    # a two-letter part counts only after a city ("Austin, TX"), never alone ("US")
    return [part for index, part in enumerate(parts) if len(part) > 2 or (index > 0 and part.isupper())]


def _names(title: str, place: str) -> bool:
    flags = 0 if len(place) <= 2 else re.IGNORECASE
    return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", title, flags) is not None
