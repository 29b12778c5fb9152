"""Named spam rules: each matches a scam *mechanism* (the applicant pays, hands over bank details, moves
money or parcels for the "employer", is moved to a messaging app), never an innocent word on its own.

A rule is a pattern plus an ``unless`` pattern tried on the sentence around each match: "we pay the
certification fee" or "transfer funds between company accounts" name the same words as a scam without
its mechanism. Weights are each rule's own odds of a spam verdict. Real scam ads (EMSCAD) almost never
state a mechanism this plainly — the rules fire on under 5% of them and the classifier carries those — so
the weights come from what the rules mean, checked against real ads: a rule that fires on real legitimate
ads as often as on real scams is dropped (``benchmarks/spam.py`` prints the counts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
from typing import Any

import ahocorasick  # type: ignore[import-not-found]  # C extension without type stubs
from pydantic import Field

from hirehound.ingest.models import Model

# Pay that is absurd for a job that asks for no experience, annualized (2080 h, 260 d, 52 w, 12 mo).
ABSURD_ANNUAL_PAY = 150_000.0
ABSURD_PAY_WEIGHT = 0.50
FREE_MAIL_COMPANY_WEIGHT = 0.30  # a named company hiring through a free-mail address
FREE_MAIL_WEIGHT = 0.20
# All capitals: 21 of 427 real scam ads vs 1 of 292 legitimate ones in EMSCAD's training part.
SHOUTING_WEIGHT = 0.25

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "ymail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "outlook.com",
        "live.com",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mail.com",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "proton.me",
        "protonmail.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "zoho.com",
        "qq.com",
        "163.com",
    }
)


class SpamReason(Model):
    """One piece of evidence: a rule, the classifier or the known-spam similarity."""

    code: str
    weight: float = Field(ge=0.0, le=1.0)
    evidence: str = Field(description="the matched text or the number behind the reason")


# Patterns are written in lowercase and run on the lowercased text (no IGNORECASE: the regex engine's
# prefix scans then work). Each part names substrings one of which every match contains (all groups must
# be present), so a pattern runs only on the few texts that could match: the rules cost ~0.1 ms a posting.
_APPS = r"(?:telegram|whats\s?app|wechat|viber|kik|signal\s+(?:app|messenger))"
_APP_WORDS = ("telegram", "whats", "wechat", "viber", "kik", "signal")
_MONEY_SIGNS = ("$", "€", "£")
_COINS = r"(?:bitcoin|btc|usdt|tether|eth|ethereum|crypto(?:currency)?)"
_COIN_WORDS = ("bitcoin", "btc", "usdt", "tether", "crypto", "ethereum", " eth", "\neth", "(eth")


@dataclass(frozen=True)
class _Part:
    pattern: re.Pattern[str]
    needs: tuple[frozenset[str], ...]  # every group must have a member in the text

    def may_match(self, present: frozenset[str]) -> bool:
        """``present``: the trigger words found in the text (:func:`_present`)."""
        return not any(map(present.isdisjoint, self.needs))


_VALUE = itemgetter(1)  # of an automaton match (end, value)
_TRIGGERS: Any = ahocorasick.Automaton()  # every trigger word, found in one pass over the text


def _part(pattern: str, *needs: tuple[str, ...]) -> _Part:
    for word in (word for group in needs for word in group):
        _TRIGGERS.add_word(word, word)
    return _Part(re.compile(pattern), tuple(frozenset(group) for group in needs))


def _present(low: str) -> frozenset[str]:
    """The trigger words in ``low``; a leading space lets " eth" match a text that starts with it."""
    return frozenset(map(_VALUE, _TRIGGERS.iter(f" {low}")))


_MESSAGING = (
    # "contact/text/message us ... on/via WhatsApp": being moved off the job board to a chat app
    _part(
        r"\b(?:contact|message|text|reach|add|chat|dm|msg|ping|call|apply|interview|write\s+to|talk\s+to)\b"
        rf"[^.\n]{{0,40}}?\b(?:on|via|through|using|at|over|in)\s+(?:our\s+|my\s+|the\s+)?(?:{_APPS}|signal)\b",
        _APP_WORDS,
    ),
    _part(rf"\bjoin\s+(?:our|the|my)\s+{_APPS}\s+(?:group|channel|chat)\b", ("join",), _APP_WORDS),
    # an app with a handle or a number: "WhatsApp +1 415 555 0199", "Telegram @hire_desk"
    _part(
        rf"\b(?:{_APPS}|signal)\b\s*(?:id|handle|number|no\.?)?\s*[:\-]?\s*(?:@\w{{3,}}|\+?\d[\d\s().-]{{6,}}\d)",
        _APP_WORDS,
    ),
    _part(r"\bt\.me/\w+|\bwa\.me/\d+", ("t.me/", "wa.me/")),
)
_EMPLOYER_PAYS = re.compile(
    r"\b(?:we|the\s+company|the\s+employer|our\s+company)\s+(?:will\s+)?(?:pay|cover|reimburse|waive)s?\b"
    r"|\bno\s+(?:\w+\s+)?(?:fees?|deposits?|costs?)\b|\bfree\s+of\s+charge\b|\bwaived\b"
    r"|\bpaid\s+(?:by|for\s+by)\s+(?:us|the\s+company)\b|\bnever\s+(?:ask|charge|request|require)"
)
_FEE_WORDS = ("fee", "kit", "deposit")
_FEE = (
    _part(
        r"\b(?:registration|training|starter|activation|processing|certification|application|onboarding"
        r"|equipment|membership)\s+(?:fee|kit|deposit)s?\b",
        _FEE_WORDS,
        (
            "registration",
            "training",
            "starter",
            "activation",
            "processing",
            "certification",
            "application",
            "onboarding",
            "equipment",
            "membership",
        ),
    ),
    _part(
        r"\b(?:you|must|need\s+to|required\s+to|have\s+to)\b[^.\n]{0,30}?\b(?:pay|send|deposit|purchase|buy)\b"
        r"[^.\n]{0,40}?[$€£]\s?\d",
        _MONEY_SIGNS,
        ("pay", "send", "deposit", "purchase", "buy"),
    ),
    _part(
        r"[$€£]\s?\d[\d,.]*\s+(?:one-time\s+|upfront\s+|(?:non-)?refundable\s+)?(?:fee|deposit)\b",
        _MONEY_SIGNS,
        _FEE_WORDS,
    ),
    _part(
        r"\b(?:one-time|upfront|(?:non-)?refundable|initial|activation|security)\s+(?:[$€£]\s?\d[\d,.]*\s+)?"
        r"(?:fee|deposit)\b",
        ("one-time", "upfront", "refundable", "initial", "activation", "security"),
        _FEE_WORDS,
    ),
    _part(r"\bdeposit\s+is\s+required\b", ("deposit",), ("required",)),
    _part(r"\bfor\s+a\s+small\s+fee\b", ("small",), ("fee",)),
    _part(r"\bmembership\s+(?:is|costs?)\s+(?:only\s+)?[$€£]\s?\d", ("membership",)),
    _part(r"\brecharge\s+your\s+account\b", ("recharge",)),
    # the applicant pays through a channel that cannot be reversed
    _part(
        r"\b(?:payment|pay|payable|paid)\b[^.\n]{0,30}?\b(?:via|by|with|through|using|in)\s+(?:zelle|cash\s?app"
        r"|venmo|gift\s+cards?)\b",
        ("zelle", "cash", "venmo", "gift"),
    ),
)
_BANK = (
    _part(
        r"\b(?:send|provide|share|give|email|submit|need|require|text)\b[^.\n]{0,40}?"
        r"(?:bank\s+account|bank(?:ing)?\s+(?:details|info(?:rmation)?|login|username|password)"
        r"|routing\s+number|\bssn\b|social\s+security|card\s+details)",
        ("bank", "routing", "ssn", "social", "card"),
    ),
)
# HR's own paperwork after an offer asks for these too.
_BANK_PAPERWORK = re.compile(
    r"\bbackground\s+(?:check|screening)|\bi-9\b|\be-verify\b|\bupon\s+hire\b|\bafter\s+(?:an?\s+|the\s+)?offer"
    r"|\bpayroll\b|\bonboarding\b|\bnever\s+(?:ask|request)|\bemployees'"
)
_MONEY_MULE = (
    _part(
        r"\bdeposit\s+(?:the|a|this|it|our)\s+(?:cashier'?s\s+)?(?:check|cheque)\b[^.\n]{0,80}?"
        r"\b(?:wire|send|transfer|forward|purchase|buy)\b"
        r"|\b(?:send|mail|give)\s+you\s+a\s+(?:cashier'?s\s+)?(?:check|cheque)\s+(?:to|for|and)\b"
        # the fake-check scam: a check to buy "equipment" from the scammer's "vendor"
        r"|\breceive\s+a\s+(?:cashier'?s\s+)?(?:check|cheque)\s+(?:to|for)\s+(?:purchase|buy)\b"
        r"|\bpaid\s+in\s+advance\s+by\s+(?:check|cheque)\b",
        ("check", "cheque"),
    ),
    _part(
        r"\bwire\s+the\s+(?:balance|rest|remainder|difference)\b"
        r"|\bsend\s+(?:back\s+)?the\s+(?:rest|remainder|balance|difference)\s+(?:to|back|via|by)\b",
        ("rest", "remainder", "balance", "difference"),
        ("wire", "send"),
    ),
    _part(r"\b(?:via|through|by|using|with)\s+(?:western\s+union|moneygram)\b", ("western", "moneygram")),
    _part(
        r"\b(?:receive|process)\b[^.\n]{0,40}?\bpayments?\b[^.\n]{0,40}?\b(?:your|personal)\s+(?:bank\s+)?account\b"
        r"|\b(?:transfer|forward|send)\s+(?:them|the\s+funds|funds|the\s+money|the\s+payments?)\s+(?:on\s+)?to\s+"
        r"(?:our|the|my)\s+(?:partners?|vendors?|suppliers?|clients?|manager|agents?)\b",
        ("payment", "transfer", "forward", "send"),
        ("account", "partner", "vendor", "supplier", "client", "manager", "agent"),
    ),
    _part(
        r"\b(?:buy|purchase)\s+(?:\w+\s+)?gift\s+cards?\b[^.\n]{0,60}?\b(?:send|scratch|codes?|photos?|pictures?)\b",
        ("gift",),
    ),
)
_CRYPTO_WALLET = (  # base58/bech32/hex addresses are case-sensitive: this part reads the original text
    _part(
        # ``\bbc1…\b|\b[13]…\b|…`` written with the word start as a look-behind after the first character,
        # so the engine skips to the few characters an address starts with
        r"(?:bc1(?<!\wbc1)[a-z0-9]{25,59}|[13](?<!\w[13])[a-km-zA-HJ-NP-Z1-9]{25,34}|0x(?<!\w0x)[a-fA-F0-9]{40}"
        r"|T(?<!\wT)[1-9A-HJ-NP-Za-km-z]{33})\b"
    ),
)
_CRYPTO_PAYMENT = (
    # pay arrives in crypto, or the applicant is to buy crypto and send it on
    _part(
        r"\b(?:paid|pay\s+you|payments?\s+(?:are|is|will\s+be)\s+(?:made|sent|issued)|payouts?|commissions?"
        rf"|salary|salaries|wages?|earnings|income)\b[^.\n]{{0,25}}?\b(?:in|via|with|through|using)\s+{_COINS}\b"
        rf"|\b(?:buy|purchase|deposit|send)\s+(?:[$€£]?\d[\d,.]*\s+)?(?:in\s+|of\s+)?{_COINS}\b[^.\n]{{0,40}}?"
        r"\b(?:to|into|wallet|atm)\b",
        _COIN_WORDS,
    ),
)
_RESHIP = (
    _part(
        r"\bre-?ship(?:ping)?\s+(?:them|it|the\s+(?:packages?|parcels?|items?|goods|merchandise)|packages"
        r"|parcels|items)\b",
        ("reship", "re-ship"),
    ),
    # repackaging or relabelling is a warehouse task; sending the goods on from home is the mechanism
    _part(
        r"\b(?:re-?packag(?:e|ing)|re-?label(?:l?ing)?)\b[^.\n]{0,60}?\b(?:ship|send|forward|mail)\w*\b"
        r"[^.\n]{0,40}?\b(?:overseas|abroad|internationally|address(?:es)?\s+(?:we|you\s+receive|provided))\b",
        ("packag", "label"),
        ("overseas", "abroad", "internationally", "address"),
    ),
    _part(
        r"\b(?:receive|accept)\s+(?:packages|parcels|deliveries|shipments)\s+at\s+(?:your|home)"
        r"|\b(?:forward|re-?send|re-?mail)\s+(?:them|the\s+(?:packages?|parcels?|items?|goods)|packages|parcels"
        r"|items)\b[^.\n]{0,40}?\b(?:overseas|internationally|abroad)\b",
        ("package", "parcel", "deliveries", "shipments", "them", "item", "goods"),
        ("receive", "accept", "forward", "send", "mail"),
    ),
    _part(
        r"\b(?:prepaid|shipping|postage)\s+labels?\s+(?:that\s+|which\s+)?we\s+(?:will\s+)?(?:provide|email|send"
        r"|give)",
        ("label",),
    ),
)
_MLM = (
    _part(
        r"\bbe\s+your\s+own\s+boss\b|\bunlimited\s+(?:earning|income)\s+potential\b|\bdownline\b"
        r"|\bfinancial\s+freedom\b|\bpassive\s+income\b|\bresidual\s+income\b"
        r"|\brecruit\s+(?:your\s+)?(?:friends|family|others)\b|\bindependent\s+distributors?\b"
        r"|\bguaranteed\s+\d+\s?%\s+(?:daily|weekly|monthly)\s+returns?\b",
        ("boss", "unlimited", "downline", "freedom", "income", "recruit", "distributor", "guaranteed"),
    ),
)
_PRESSURE = (
    _part(r"\blimited\s+spots\b", ("spots",)),
    _part(r"\bno\s+interview\b", ("no interview",)),  # whitespace is collapsed in the texts
    _part(r"\bget\s+paid\s+(?:today|tomorrow)\b", ("today", "tomorrow"), ("paid",)),
    _part(r"\bnot\s+a\s+scam\b|\b100\s?%\s+legit\b", ("scam", "legit")),
    _part(r"\bact\s+now\b", ("act now",)),
)
_NO_EXPERIENCE = _part(
    r"\bno\s+(?:prior\s+)?(?:experience|skills)\b|\banyone\s+can\s+do\b|\b\d\s?-\s?\d\s+hours?\s+a\s+day\b"
    r"|\bfrom\s+your\s+phone\b|\bno\s+interview\b",
    ("experience", "skills", "anyone", "hour", "phone", "interview"),
)
_PAY = _part(
    r"[$€£]\s?(?P<amount>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?P<k>k)?\s*"
    r"(?:/|per|a|an|each|every)?\s*(?P<period>hour|hr|day|daily|week|weekly|wk|month|monthly|mo)\b",
    _MONEY_SIGNS,
)
_PERIODS_PER_YEAR = {
    "hour": 2080,
    "hr": 2080,
    "day": 260,
    "daily": 260,
    "week": 52,
    "weekly": 52,
    "wk": 52,
    "month": 12,
    "monthly": 12,
    "mo": 12,
}
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# Three capitals in a row (Latin, Greek, Cyrillic): every shouted word has a run; the cheap first pass.
_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]{3,}")
_WORD = re.compile(r"(?<!\w)[^\W\d_]{3,}(?!\w)")  # ``\b[^\W\d_]{3,}\b``, found faster
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class _Rule:
    code: str
    weight: float
    parts: tuple[_Part, ...]
    unless: re.Pattern[str] | None = None
    case_sensitive: bool = False

    def match(self, text: str, low: str, present: frozenset[str]) -> re.Match[str] | None:
        """The first match whose sentence does not also say the ``unless`` part (in ``low``, the lowercased
        text, unless the rule is case-sensitive)."""
        haystack = text if self.case_sensitive else low
        for part in self.parts:
            if not part.may_match(present):
                continue
            for match in part.pattern.finditer(haystack):
                if self.unless is None or not self.unless.search(_sentence(haystack, match)):
                    return match
        return None


def _sentence(text: str, match: re.Match[str]) -> str:
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_BREAK.search(text, match.end())
    return text[start : end.start() if end else len(text)]


# Strong rules (0.5-0.6) name a scam mechanism; weak ones (0.15-0.35) are pressure or recruiting language
# that legitimate ads show sometimes.
_TRIGGERS.make_automaton()

RULES = (
    _Rule("fee_requested", 0.60, _FEE, unless=_EMPLOYER_PAYS),
    _Rule("money_transfer", 0.60, _MONEY_MULE),
    _Rule("crypto_wallet", 0.60, _CRYPTO_WALLET, case_sensitive=True),
    _Rule("reshipping", 0.60, _RESHIP),
    _Rule("bank_details_requested", 0.55, _BANK, unless=_BANK_PAPERWORK),
    _Rule("messaging_app_contact", 0.50, _MESSAGING),
    _Rule("crypto_payment", 0.35, _CRYPTO_PAYMENT),
    _Rule("mlm_language", 0.35, _MLM),
    _Rule("pressure_language", 0.15, _PRESSURE),
)


def _snippet(match: re.Match[str]) -> str:
    return match.group(0).strip()[:80]


def _annual_pay_in_text(low: str, present: frozenset[str]) -> tuple[float, str] | None:
    best: tuple[float, str] | None = None
    if not _PAY.may_match(present):
        return None
    for match in _PAY.pattern.finditer(low):
        amount = float(match["amount"].replace(",", "")) * (1000 if match["k"] else 1)
        annual = amount * _PERIODS_PER_YEAR[match["period"]]
        if best is None or annual > best[0]:
            best = (annual, _snippet(match))
    return best


def _absurd_pay(low: str, present: frozenset[str], salary_annual_max: float | None) -> SpamReason | None:
    """Absurd pay (the normalized salary's maximum first, then pay stated in the text) for a job that asks
    no experience. The pay is looked for first: few texts state any, while most name "experience"."""
    candidates = (
        [] if salary_annual_max is None else [(salary_annual_max, f"salary max {salary_annual_max:,.0f}")]
    )
    if (in_text := _annual_pay_in_text(low, present)) is not None:
        candidates.append(in_text)
    absurd = next(((annual, shown) for annual, shown in candidates if annual >= ABSURD_ANNUAL_PAY), None)
    if absurd is None or not _NO_EXPERIENCE.may_match(present):
        return None
    if (no_experience := _NO_EXPERIENCE.pattern.search(low)) is None:
        return None
    annual, shown = absurd
    return SpamReason(
        code="absurd_pay_no_experience",
        weight=ABSURD_PAY_WEIGHT,
        evidence=f"{shown} (~{annual:,.0f}/yr) with '{_snippet(no_experience)}'",
    )


def _shouting(full: str, title: str) -> SpamReason | None:
    """A title in capitals, or at least 5 words and 30% of the words in capitals (``full``: the title, a
    separator and the text)."""
    title_words = _WORD.findall(title)
    title_shouts = len(title_words) >= 2 and all(w.isupper() for w in title_words)
    if not title_shouts and next(islice(_CAPITALS.finditer(full), 4, None), None) is None:
        return None  # fewer than 5 runs of capitals, the common case: without splitting every word
    words = _WORD.findall(full)
    caps = [w for w in words if w.isupper()]
    if title_shouts or (len(caps) >= 5 and len(caps) / max(len(words), 1) > 0.3):
        return SpamReason(
            code="all_caps", weight=SHOUTING_WEIGHT, evidence=f"{len(caps)} of {len(words)} words in capitals"
        )
    return None


def _free_mail_reason(
    text: str, contact_emails: Iterable[str], company_name: str | None
) -> SpamReason | None:
    found = (m.group(0) for m in _EMAIL.finditer(text)) if "@" in text else ()
    addresses = [*contact_emails, *found]
    free = [a for a in addresses if a.rsplit("@", 1)[-1].lower().strip(" .>") in FREE_MAIL_DOMAINS]
    if not free:
        return None
    if company_name:
        return SpamReason(
            code="free_mail_company_contact",
            weight=FREE_MAIL_COMPANY_WEIGHT,
            evidence=f"{free[0]} for {company_name}"[:80],
        )
    return SpamReason(code="free_mail_contact", weight=FREE_MAIL_WEIGHT, evidence=free[0][:80])


def rule_reasons(
    text: str,
    *,
    title: str = "",
    company_name: str | None = None,
    salary_annual_max: float | None = None,
    contact_emails: Iterable[str] = (),
) -> list[SpamReason]:
    """Every rule that matches the title + text, strongest first. Evidence is quoted from the lowercased
    text (the rules read it), except for case-sensitive rules."""
    full = f"{title}\n{text}"
    low = full.lower()
    present = _present(low)
    reasons = [
        SpamReason(code=rule.code, weight=rule.weight, evidence=_snippet(match))
        for rule in RULES
        if (match := rule.match(full, low, present)) is not None
    ]
    extra = [
        _absurd_pay(low, present, salary_annual_max),
        _free_mail_reason(full, contact_emails, company_name),
        _shouting(full, title),
    ]
    reasons += [r for r in extra if r is not None]
    return sorted(reasons, key=lambda r: -r.weight)
