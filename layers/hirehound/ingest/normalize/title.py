"""Title cleanup and seniority.

``normalize_title`` removes noise and keeps meaning: gender markers ("(m/w/d)", "(H/F)"), requisition
ids ("(Req #12345)", "[JR-1234]", "R0012345"), shouting ("URGENT!!", "Hiring now:"), trailing work-mode or
place suffixes ("- Remote", "(Hybrid)", "| London", "- Austin, TX"), emoji and stray punctuation; an
all-caps title is title-cased with acronyms kept; "Sr."/"Jr."/"Mgr" are spelled out.

``seniority`` reads the title. Decisions: the highest rung named wins ("Senior Engineering Manager" is a
manager); "Staff" is ``lead`` (the first IC rung above senior, alongside "Lead"/"Tech Lead"), while
"Principal", "Distinguished" and "Fellow" are ``principal``; "I"/"II"/"III" are junior/mid/senior and
"IV"+ principal; "Head of" and "Director" are director; "VP", "Chief", "C?O" and "President" are executive.
"Product/Project/Program/Account ... Manager" are IC roles: that "manager" is not a rung. No cue: ``None``.
"""

from __future__ import annotations

import re

from hirehound.ingest.models import Seniority
from hirehound.ingest.normalize._common import Parsed, fold

__all__ = ["normalize_title", "parse_seniority"]

_GENDER = re.compile(
    r"\(\s*(?:[mwfdhxi]\s*[/|,*]\s*){1,3}[mwfdhxi]\s*\)|\b(?:[mwfd]\s*/\s*){2}[mwfdx]\b|\(\s*(?:gn|all\s+genders?|"
    r"w/m/div|m/w/div|d/f/m|f/m/d|m/f/x|h/f|f/h|e)\s*\*?\s*\)|\(\s*[mwf]\s*/\s*[mwf]\s*\)",
    re.IGNORECASE,
)
_REQ_ID = re.compile(
    r"[\(\[]\s*(?:req(?:uisition)?\.?|job|ref(?:erence)?|id)?\s*(?:id|no\.?|number)?\s*[#:]?\s*[A-Z]{0,4}[-_]?\d{3,}"
    r"[\w-]*\s*[\)\]]|\b(?:req(?:uisition)?|job|ref(?:erence)?)\.?\s*(?:id|no\.?|number)?\s*[#:]\s*[\w-]*\d[\w-]*"
    r"|#\s*\d{3,}\b|\b(?:R|JR|REQ|JOB)[-_]?\d{4,}\b|\s[-|\u2013]\s*\d{4,}[\w-]*\s*$",
    re.IGNORECASE,
)
_SHOUT = re.compile(
    r"\b(?:urgent(?:ly)?|immediate(?:ly)?\s+(?:start|hire|hiring)|hiring\s+now|now\s+hiring|we'?re\s+hiring|"
    r"new|hot\s+job|apply\s+(?:now|today))\b\s*[!:]*\s*[-|:]?|!{1,}",
    re.IGNORECASE,
)
_MODE_SUFFIX = re.compile(
    r"\s*(?:[-\u2013\u2014|/,:]\s*|\(\s*|\[\s*)(?:100%\s+|fully\s+)?(?:remote|hybrid|on[\s-]?site|in[\s-]office|wfh|"
    r"work\s+from\s+home|telecommute)(?:\s*[-\u2013,(]?\s*[\w .,]{0,30}?)?\s*[)\]]?\s*$",
    re.IGNORECASE,
)
_MODE_PREFIX = re.compile(r"^\s*[(\[]?(?:remote|hybrid)[)\]]?\s*[-\u2013|:]\s*", re.IGNORECASE)
_PLACE_SUFFIX = re.compile(
    r"\s*(?:\s[-\u2013\u2014|]\s|\()\s*(?P<place>[^()\-\u2013\u2014|]{2,40}?)\s*\)?\s*$"
)
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F*]+")
_ABBREVIATIONS = [
    (re.compile(r"\bSr\.?(?=\s|$)", re.IGNORECASE), "Senior"),
    (re.compile(r"\bSnr\.?(?=\s|$)", re.IGNORECASE), "Senior"),
    (re.compile(r"\bJr\.?(?=\s|$)", re.IGNORECASE), "Junior"),
    (re.compile(r"\bMgr\.?(?=\s|$)", re.IGNORECASE), "Manager"),
]
_ACRONYM_LIST = (
    "AI ML QA UX UI HR IT SRE VP SVP EVP CEO CTO CFO COO CIO CMO CPO CISO API AWS GCP SQL ETL PHP iOS "
    "DevOps MLOps SDET SaaS B2B B2C CRM ERP SAP BI GIS NLP LLM GTM PR SEO SEM R&D EMEA APAC US UK EU RN "
    "LPN CNC HVAC CDL IC II III IV VI .NET C++ C# JS TS"
)
_ACRONYMS = {a.upper(): a for a in _ACRONYM_LIST.split(" ")}
_LOWER_WORDS = {"of", "and", "for", "the", "in", "to", "at", "a", "an", "with", "on", "or", "de", "und"}


def _fix_caps(title: str) -> str:
    letters = [ch for ch in title if ch.isalpha()]
    if len(letters) < 5 or sum(ch.isupper() for ch in letters) / len(letters) < 0.8:
        return title
    words = []
    for index, word in enumerate(title.split(" ")):
        core = word.strip("()[],.:;-/")
        if core.upper() in _ACRONYMS:
            words.append(word.replace(core, _ACRONYMS[core.upper()]))
        elif index and word.lower() in _LOWER_WORDS:
            words.append(word.lower())
        else:
            words.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(words)


_SPACES = re.compile(r"\s+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_SPACE_BEFORE_CLOSE = re.compile(r"\s+([,)\]])")


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _EMPTY_BRACKETS.sub("", text)
    text = _SPACE_BEFORE_CLOSE.sub(r"\1", text)
    return text.strip(" -\u2013\u2014|/,:;·*")


def _is_place(candidate: str) -> bool:
    from hirehound.ingest.normalize.location import parse_location  # the gazetteer loads only if needed

    found = parse_location(candidate).value
    if found is None:
        return False
    if "," in candidate or found.city is None:
        return True  # "Austin, TX", "Germany", "California"
    return _big_city(candidate)


def _big_city(name: str) -> bool:
    from hirehound.ingest.normalize import location

    cities = location._gazetteer().by_name.get(fold(name), [])
    return bool(cities) and cities[0].population >= 500_000


def normalize_title(title: str) -> str:
    """The title without noise, in readable case; meaning (level, specialty) is kept."""
    text = _EMOJI.sub(" ", title.replace("\u00a0", " "))
    text = _GENDER.sub(" ", text)
    text = _REQ_ID.sub(" ", text)
    text = _SHOUT.sub(" ", text)
    text = _MODE_PREFIX.sub("", text)
    for _ in range(2):
        text = _tidy(_MODE_SUFFIX.sub("", text))
        text = _GENDER.sub(" ", text)
        place = _PLACE_SUFFIX.search(text)
        if place and place.start() > 0 and _is_place(place.group("place")):
            text = _tidy(text[: place.start()])
    for pattern, full in _ABBREVIATIONS:
        text = pattern.sub(full, text)
    text = _fix_caps(_tidy(text))
    return text or " ".join(title.split())


_RUNGS: list[tuple[Seniority, re.Pattern[str]]] = [
    (s, re.compile(rx, re.IGNORECASE))
    for s, rx in [
        (Seniority.EXECUTIVE, r"$^"),  # matched case-sensitively in parse_seniority
        (Seniority.DIRECTOR, r"\b(?:director|head\s+of|head|leiter\w*\s+(?:der|des)|bereichsleiter\w*)\b"),
        (Seniority.MANAGER, r"\b(?<!product\s)(?<!project\s)(?<!program\s)(?<!programme\s)(?<!account\s)"
                            r"(?<!case\s)(?<!property\s)(?<!community\s)(?<!office\s)(?<!territory\s)"
                            r"(?<!relationship\s)(?<!portfolio\s)manager\b|\bteamleiter\w*|\bmanaging\b"),
        (Seniority.PRINCIPAL, r"\b(?:principal|distinguished|fellow)\b|\b(?:IV|V|VI)\s*$"),
        (Seniority.LEAD, r"\b(?:staff|lead(?!\s+generation)|tech\s+lead|team\s+lead)\b"),
        (Seniority.SENIOR, r"\b(?:senior|sr|snr)\b\.?|\bIII\s*$"),
        (Seniority.MID, r"\b(?:mid[\s-]?level|mid[\s-]?senior|intermediate|mid)\b|\bII\s*$"),
        (Seniority.JUNIOR, r"\b(?:junior|jr|entry[\s-]level|graduate|new\s+grad|trainee|"
                           r"berufseinsteiger\w*)\b|\bI\s*$"),
        (Seniority.INTERN, r"\b(?:intern(?:ship)?|werkstudent\w*|working\s+student|praktikant\w*|praktikum|"
                           r"co-?op|apprentice(?:ship)?)\b"),
    ]
]  # fmt: skip
_CASE_SENSITIVE_EXEC = re.compile(r"\b(?:C[A-Z]{1,2}O|VP|SVP|EVP)\b")
_EXECUTIVE = re.compile(
    r"\b(?:chief\s+\w+(?:\s+\w+)?\s+officer|vice[\s-]president|president|geschäftsführer\w*|"
    r"managing\s+partner)\b",
    re.IGNORECASE,
)
_HEAD_NOT_OF = re.compile(r"\bhead\b(?!\s+of)", re.IGNORECASE)
_DIRECTOR = re.compile(r"\bdirector\b", re.IGNORECASE)


def parse_seniority(title: str, *, normalized: str | None = None) -> Parsed[Seniority]:
    """The highest rung the title names (see the module docstring for the mapping); ``normalized`` is
    ``normalize_title(title)`` when the caller has it already."""
    text = normalize_title(title) if normalized is None else normalized
    for rung, pattern in _RUNGS:
        if rung is Seniority.EXECUTIVE:
            if _CASE_SENSITIVE_EXEC.search(text) or _EXECUTIVE.search(text):
                return Parsed.ok(rung)
            continue
        if rung is Seniority.DIRECTOR and _HEAD_NOT_OF.search(text) and not _DIRECTOR.search(text):
            continue  # "Head Chef", "Head Teacher": a job, not a rung
        if pattern.search(text):
            return Parsed.ok(rung)
    return Parsed.fail(f"no seniority cue in {text!r}")
