"""Company name normalization and the company's own domain from a URL or e-mail address.

``normalize_company_name`` is the key companies are matched and de-duplicated on
(``companies.normalized_name``): first the page-title framing a careers page puts around the name is
removed (:func:`strip_page_title`: "ACME Careers", "Jobs at ACME", "Karriere bei ACME", "ACME |
Stellenangebote"), then legal-form terms with cleanco (its term list covers a few hundred legal forms in
~60 jurisdictions: "Inc.", "GmbH & Co. KG", "S.A.", "K.K.", "Pvt. Ltd.", "OOO", ...; plus "N.A.", a
trailing "& Co"/"and Co", "(publ)", "gGmbH", "S/A", and bracketed forms: "(Pty) Ltd", "(Private) Limited",
"(S) Pte Ltd"), then accents are folded, the text casefolded, "&" spelled "and", a leading
"The" dropped and punctuation removed.

``ats_board`` names the job board an ATS hosts for one employer ("greenhouse.io/acme",
"myworkdayjobs.com/acme"): one account, one employer, so it identifies the company as a domain does.
``own_site_domain`` takes the page's own domain as the company's when the page is on the company's site
(not a job board or ATS) and the domain spells the company's name ("careers.acme-corp.com" for "Acme").

``company_domain`` uses tldextract with its bundled Public Suffix List snapshot only: no suffix-list
download and no disk cache, so it works offline and on Lambda's read-only file system.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, cast
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    import tldextract


def _words(text: str) -> list[str]:
    return text.split()


# Letters NFKD does not decompose into a base letter + accent.
_UNDECOMPOSED = str.maketrans(
    dict(zip("ßẞæÆœŒøØłŁđĐðÐþÞ\u0131", _words("ss SS ae AE oe OE o O l L d D d D th TH i"), strict=True))
)
# Removed without a trace: "McDonald's" -> "mcdonalds", "I.B.M." -> "ibm".
_APOSTROPHES_AND_DOTS = re.compile("['\u2019\u2018`\u00b4.]")
_NON_WORD = re.compile(r"[\W_]+")
_LEADING_THE = re.compile(r"^the(?:\s+|$)")
_WEB_SUFFIX = re.compile(r"(?<=\w)\.(?:com|net|org|io|ai|co|app|dev)$", re.IGNORECASE)  # "Booking.com"
_LEADING_SAINT = re.compile(r"^(?:the\s+)?st\s+(?=\w)")
# Words companies add to their brand that do not tell two companies apart.
_DESCRIPTORS = frozenset(
    _words("group groups holding holdings international intl worldwide global company companies")
)
_MAX_LEGAL_PASSES = 3  # "Acme Co., Ltd." needs two
# Legal forms cleanco does not know: "Pinecrest Bank, N.A." (a US national bank), a trailing "& Co", a
# Swedish public company's "(publ)", a German non-profit's "gGmbH"/"gUG", a Brazilian "S/A", the
# "Proprietary" of a South African "(Proprietary) Limited".
_EXTRA_LEGAL = re.compile(
    r"(?:,?\s+(?:n\.\s?a\.?|&\s*co\.?|and\s+co\.?|und\s+co\.?|\(?publ\)?|ggmbh|gug|s/a|proprietary))+\s*$",
    re.IGNORECASE,
)
# Legal-form words written in brackets before the rest of the form ("Acme (Pty) Ltd", "Acme (Pvt) Ltd",
# "Acme (Private) Limited", Singapore's "Acme (S) Pte Ltd"): without the brackets cleanco knows them.
_BRACKETED_LEGAL = re.compile(
    r"\s*\((pty|proprietary|pvt|private)\)(?=\s+(?:ltd|limited)\b)|\s*\(s\)(?=\s+pte\b)", re.IGNORECASE
)
_TRAILING_AND = re.compile(r"(?<=\w)\s*(?:&|\band|\bund|\bet|\by)\s*$", re.IGNORECASE)

# Page-title framing around an employer's name on its careers pages, in English, German, French and
# Spanish: a prefix ("Jobs at X", "Karriere bei X", "Offres d'emploi chez X"), a suffix ("X Careers",
# "X - Jobs", "X | Stellenangebote", "X Careers Page"), or both ("Careers | X").
_JOB_WORDS = (
    r"(?:careers?(?:\s+(?:page|site|portal|hub|centre|center))?|jobs?(?:\s+(?:page|board|portal))?|"
    r"job\s+openings|openings|open\s+(?:positions|roles)|current\s+(?:openings|vacancies)|vacanc(?:y|ies)|"
    r"work\s+with\s+us|join\s+(?:us|our\s+team)|we\s*(?:'|\u2019)?re\s+hiring|"
    r"karriere(?:portal|seite)?|stellenangebote|stellenanzeigen|stellen|offres?\s+d(?:'|\u2019)emploi|"
    r"carri[eè]res?|empleos?|ofertas\s+de\s+(?:empleo|trabajo)|trabaja\s+con\s+nosotros|vacatures|"
    r"werken\s+bij)"
)
_TITLE_PREFIX = re.compile(
    rf"^\s*(?:{_JOB_WORDS}|work|working|life|careers?\s+and\s+jobs?)\s+"
    rf"(?:at|@|with|for|bei|chez|en|dans|à|a|in|im|de|by)\s+(?=\S)",
    re.IGNORECASE,
)
_TITLE_JOIN = re.compile(r"^\s*join\s+(?:the\s+)?(?P<name>.+?)(?:\s+team)?\s*[.!]?\s*$", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(
    rf"(?<=\S)\s*(?:[-\u2013\u2014|:\u00b7\u2022,]\s*)?{_JOB_WORDS}"
    rf"(?:\s*(?:[-\u2013\u2014|&/+]|and|und|et|y)\s*{_JOB_WORDS})*\s*[.!]?\s*$",
    re.IGNORECASE,
)
_TITLE_SEPARATED = re.compile(
    rf"^\s*{_JOB_WORDS}(?:\s*(?:[&/+]|and|und|et|y)\s*{_JOB_WORDS})*\s*[-\u2013\u2014|:\u00b7\u2022]\s*(?=\S)",
    re.IGNORECASE,
)  # "Careers | Acme", "Jobs - Acme"

# Registered domains used only to host other companies' job boards or listings: never a company's domain.
JOB_HOSTING_DOMAINS = frozenset(
    _words(
        """
    myworkdayjobs.com myworkdaysite.com applytojob.com jazz.co indeed.com
    linkedin.com glassdoor.com ziprecruiter.com monster.com careerbuilder.com simplyhired.com
    dice.com wellfound.com angel.co ycombinator.com builtin.com otta.com welcometothejungle.com
    stepstone.de seek.com.au reed.co.uk totaljobs.com naukri.com hired.com remoteok.com
    weworkremotely.com jobs.ch xing.com
        """
    )
)
# ATS vendors whose own site is the apex ("greenhouse.io") while every subdomain but www is a customer's job
# board ("boards.greenhouse.io", "jobs.lever.co", "acme.bamboohr.com", "acme.wd5.myworkdayjobs.com").
ATS_VENDOR_DOMAINS = frozenset(
    _words(
        """
    greenhouse.io lever.co ashbyhq.com smartrecruiters.com workable.com bamboohr.com recruitee.com
    teamtailor.com breezy.hr jobvite.com icims.com taleo.net successfactors.com successfactors.eu
    personio.de personio.com pinpointhq.com workday.com ultipro.com paylocity.com paycomonline.net
    rippling.com dover.com gem.com comeet.com homerun.co join.com jobscore.com applicantpro.com
    hirebridge.com theapplicantmanager.com zohorecruit.com freshteam.com polymer.co adp.com
        """
    )
)
# Mailbox providers: an address there says nothing about the employer.
FREE_MAIL_DOMAINS = frozenset(
    _words(
        """
    gmail.com googlemail.com yahoo.com yahoo.co.uk ymail.com hotmail.com hotmail.co.uk outlook.com
    live.com msn.com aol.com icloud.com me.com mail.com gmx.com gmx.net gmx.de web.de proton.me
    protonmail.com yandex.com yandex.ru mail.ru zoho.com qq.com 163.com 126.com naver.com
        """
    )
)


type _Terms = dict[str, list[tuple[int, list[str]]]]

# Legal forms written before the name, in cleanco's spelling: Russian OOO/OAO/ZAO/PAO (in Cyrillic and
# Latin letters), Ukrainian TOV/FOP, Indonesian PT/UD, Lithuanian UAB, Latvian SIA. Everywhere else a
# form comes after the name, and a leading "Company", "Corporation", "Co", "NV", "SE" or "PC" is a word
# of the name ("Company Shop", "NV Energy", "SE Ranking", "PC Connection").
_PREFIX_FORMS = frozenset(
    _words("ooo оао ооо пао oao zao 3ao zat tov fop pt ud uab sia")  # noqa: RUF001 - Cyrillic letters, as written
)


@cache
def _legal_basename() -> Callable[[str], str]:
    """cleanco's ``basename(name, prefix=True, suffix=True, middle=False)``, its term loops indexed.

    cleanco compares every one of its 321 terms with the name's end, then with its start, in its term
    order (longest first), dropping each that matches; here only the terms ending (starting) with the
    name's current last (first) word are compared, in the same order, so the same terms go, without 640
    list comparisons a name. At the start only the forms written before the name are dropped
    (``_PREFIX_FORMS``): cleanco drops any term there ("Corporation Bank" -> "Bank", "Co-op Group" ->
    "Group", "NV Energy" -> "Energy")."""
    from cleanco.clean import (  # type: ignore[import-untyped]  # no type information shipped
        basename,
        normalized,
        strip_punct,
        strip_tail,
    )

    by_last: _Terms = {}
    by_first: _Terms = {}
    for order, (_, parts) in enumerate(basename.keywords["terms"]):
        by_last.setdefault(parts[-1], []).append((order, parts))
        if parts[0] in _PREFIX_FORMS:
            by_first.setdefault(parts[0], []).append((order, parts))

    def strip_legal(name: str) -> str:
        name = cast("str", strip_tail(name))
        words = name.split()
        keys = [cast("str", strip_punct(part)) for part in cast("str", normalized(name)).split()]
        _drop_terms(words, keys, by_last, at_end=True)
        _drop_terms(words, keys, by_first, at_end=False)
        return cast("str", strip_tail(" ".join(words)))

    return strip_legal


def _drop_terms(words: list[str], keys: list[str], terms: _Terms, *, at_end: bool) -> None:
    """Drop from ``words`` (and their normalized ``keys``) each term, in term order, that the keys end (start)
    with at its turn, as cleanco's loop over all its terms does."""
    turn = 0  # terms before this one have had their turn
    while keys:
        hit = next(
            (
                (order, len(parts))
                for order, parts in terms.get(keys[-1] if at_end else keys[0], ())
                if order >= turn and (keys[-len(parts) :] if at_end else keys[: len(parts)]) == parts
            ),
            None,
        )
        if hit is None:
            return
        turn, size = hit[0] + 1, hit[1]
        if at_end:
            del keys[-size:], words[-size:]
        else:
            del keys[:size], words[:size]


def fold_accents(text: str) -> str:
    """``"Société Générale"`` -> ``"Societe Generale"``; ``ß`` -> ``ss``, ``ø`` -> ``o``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_legal_forms(name: str) -> str:
    """Remove legal-form terms ("Inc.", "GmbH", "S.A.", "PT", "N.A.", "& Co", "(Pty) Ltd") at the ends;
    never to nothing. A conjunction left dangling ("Bramble and" from "Bramble and Co") goes too."""
    strip = _legal_basename()
    name = _BRACKETED_LEGAL.sub(lambda bracketed: f" {bracketed[1] or ''}", name)
    for _ in range(_MAX_LEGAL_PASSES):
        stripped = _TRAILING_AND.sub("", _EXTRA_LEGAL.sub("", strip(name))).strip(" ,;")
        if not stripped or stripped == name:
            break
        name = stripped
    return name


_TITLE_FRAMES = ((_TITLE_SEPARATED, ""), (_TITLE_PREFIX, ""), (_TITLE_JOIN, r"\g<name>"), (_TITLE_SUFFIX, ""))
_FRAME_PUNCTUATION = " -\u2013\u2014|:\u00b7\u2022,"


def strip_page_title(name: str) -> str:
    """The employer's name without a careers page's framing: ``"ACME Corporation Careers"`` ->
    ``"ACME Corporation"``, ``"Jobs at Initech"`` -> ``"Initech"``, ``"Karriere bei Stark Logistics"``,
    ``"Umbrella Health | Stellenangebote"``, ``"Careers | Globex"``; never to nothing ("Jobs" stays)."""
    text = " ".join(name.split())
    for _ in range(2):  # "Join us - Careers at Acme"
        for pattern, keep in _TITLE_FRAMES:
            stripped = pattern.sub(keep, text).strip(_FRAME_PUNCTUATION)
            if stripped and stripped != text and re.search(r"\w", stripped):
                text = stripped
    return text


@lru_cache(maxsize=16384)
def normalize_company_name(name: str) -> str:
    """The matching key of a company name: ``"The Home Depot, Inc."`` -> ``"home depot"``.

    Legal forms are stripped, accents folded, case folded, ``&`` -> ``and``, a leading "The" dropped,
    apostrophes and dots removed and other punctuation collapsed to single spaces; a web suffix
    ("Booking.com") is dropped. A name made only of removable parts ("The Company") keeps them rather than
    becoming empty.
    """
    text = strip_page_title(unicodedata.normalize("NFKC", name).strip())
    for candidate in (_WEB_SUFFIX.sub("", strip_legal_forms(text)), text):
        folded = _fold(candidate)
        without_the = _LEADING_THE.sub("", folded)
        if without_the:
            return without_the
    return _fold(text)


def _fold(text: str) -> str:
    text = fold_accents(text).casefold().replace("&", " and ")
    text = _NON_WORD.sub(" ", _APOSTROPHES_AND_DOTS.sub("", text)).strip()
    return _LEADING_SAINT.sub("saint ", text)  # "St. Aldric" = "Saint Aldric"


def core_name(normalized_name: str) -> str:
    """The normalized name without trailing descriptors ("wildflower media group" -> "wildflower media",
    "acme holdings" -> "acme"), for fuzzy comparison; never below one word of four letters."""
    words = normalized_name.split()
    while len(words) > 1 and words[-1] in _DESCRIPTORS and len("".join(words[:-1])) >= _MIN_PREFIX:
        words.pop()
    return " ".join(words)


@cache
def _extractor() -> tldextract.TLDExtract:
    import tldextract

    # suffix_list_urls=() -> never fetch the list; cache_dir=None -> never read or write a disk cache.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def _host_of(url_or_email: str) -> str:
    value = url_or_email.strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :].split("?", 1)[0]
    if "@" in value and "://" not in value and "/" not in value.split("@", 1)[0]:
        value = value.rsplit("@", 1)[1]  # an e-mail address: the part after the last @
    return value


def company_domain(url_or_email: str) -> str | None:
    """The registered domain of a company URL or e-mail address, or ``None`` when it is not the company's.

    ``"https://careers.acme.co.uk/jobs"`` and ``"jane@acme.co.uk"`` give ``"acme.co.uk"``. ``None`` for job
    boards and ATS-hosted boards (``boards.greenhouse.io``, ``jobs.lever.co``, ``*.myworkdayjobs.com``),
    free mail providers, IP addresses, and anything without a public suffix.
    """
    host = _host_of(url_or_email)
    if not host:
        return None
    parts = _extractor()(host)
    domain = parts.top_domain_under_public_suffix.lower()
    if not domain:
        return None
    if domain in JOB_HOSTING_DOMAINS or domain in FREE_MAIL_DOMAINS:
        return None
    if domain in ATS_VENDOR_DOMAINS and parts.subdomain.lower() not in {"", "www"}:
        return None
    return domain


# ATS vendors whose job boards name the employer's account: in the first path segment of these hosts
# (``boards.greenhouse.io/acme``), or in the first label of any other host under the vendor's domain
# (``acme.wd5.myworkdayjobs.com``, ``acme.teamtailor.com``, ``acme.jobs.personio.de``).
_BOARD_IN_PATH: dict[str, frozenset[str]] = {
    "greenhouse.io": frozenset({"boards", "job-boards", "boards.eu", "job-boards.eu"}),
    "lever.co": frozenset({"jobs", "jobs.eu"}),
    "ashbyhq.com": frozenset({"jobs"}),
    "workable.com": frozenset({"apply"}),
    "smartrecruiters.com": frozenset({"jobs", "careers"}),
    "jobvite.com": frozenset({"jobs"}),
    "myworkdaysite.com": frozenset(),  # wd3.myworkdaysite.com/recruiting/<tenant>/...
}
_BOARD_IN_SUBDOMAIN = frozenset(
    _words(
        """
    myworkdayjobs.com teamtailor.com personio.de personio.com breezy.hr bamboohr.com recruitee.com
    pinpointhq.com applytojob.com homerun.co workable.com jobvite.com smartrecruiters.com freshteam.com
    zohorecruit.com
        """
    )
)
# One vendor under several domains: one account name space.
_VENDOR_NAMES = {"myworkdaysite.com": "myworkdayjobs.com", "personio.com": "personio.de"}
_NOT_A_TENANT = frozenset({"", "www", "jobs", "careers", "apply", "boards", "job-boards", "embed", "en-us"})
_NAME_STOPWORDS = frozenset({"and", "the", "of", "und", "et", "y", "de"})
_MIN_PREFIX = 4  # a domain label and a name that start alike must share at least this much


def ats_board(url: str) -> str | None:
    """The employer's account on an ATS job board, as ``"<vendor domain>/<tenant>"``, or ``None``.

    ``"https://boards.greenhouse.io/acme/jobs/1"`` -> ``"greenhouse.io/acme"``;
    ``"https://acme.wd5.myworkdayjobs.com/en-US/External"`` -> ``"myworkdayjobs.com/acme"``.
    """
    split = urlsplit(url if "://" in url else f"https://{url}")
    parts = _extractor()(split.hostname or "")
    vendor = parts.top_domain_under_public_suffix.lower()
    subdomain = parts.subdomain.lower()
    segments = [s for s in split.path.split("/") if s]
    tenant: str | None = None
    if vendor == "myworkdaysite.com" and len(segments) >= 2 and segments[0] == "recruiting":
        tenant = segments[1]
    elif vendor in _BOARD_IN_PATH and subdomain in _BOARD_IN_PATH[vendor]:
        embed = parse_qs(split.query).get("for")
        tenant = embed[0] if segments[:1] == ["embed"] and embed else (segments[0] if segments else None)
    elif vendor in _BOARD_IN_SUBDOMAIN:
        tenant = subdomain.split(".", 1)[0]
    if tenant is None or tenant.lower() in _NOT_A_TENANT:
        return None
    return f"{_VENDOR_NAMES.get(vendor, vendor)}/{tenant.lower()}"


def domain_fits_name(domain: str, normalized_name: str) -> bool:
    """The domain spells the company's name: ``"acme-corp.com"`` for ``"acme"``, ``"copperline.net"``
    for ``"copperline telecom"``, ``"staldric.org"`` for ``"st aldric medical center"``,
    ``"mueller-soehne.de"`` for ``"muller and sohne"``; ``"careerpilot.ca"`` for ``"hooli"`` is not."""
    label = domain_label(domain)
    words = [w for w in normalized_name.split() if w not in _NAME_STOPWORDS]
    if words and words[0] == "saint":
        return domain_fits_name(domain, " ".join(["st", *words[1:]])) or _fits(label, words)
    return _fits(label, words)


def _fits(label: str, words: list[str]) -> bool:
    if not label or not words:
        return False
    whole = "".join(words)
    spellings = {label, label.replace("ae", "a").replace("oe", "o").replace("ue", "u")}
    names = {whole, words[0]} if len(words[0]) >= _MIN_PREFIX else {whole}
    if len(words) >= 2:
        names.add("".join(w[0] for w in words))
    for spelling in spellings:
        for name in names:
            if spelling == name:
                return True
            shorter = min(len(spelling), len(name))
            if shorter >= _MIN_PREFIX and (spelling.startswith(name) or name.startswith(spelling)):
                return True
    return False


def domain_label(domain: str) -> str:
    """The registered name of a domain, letters and digits only: ``"acme-corp.co.uk"`` -> ``"acmecorp"``."""
    return re.sub(r"[^a-z0-9]", "", _extractor()(domain).domain.lower())


def board_handle(board: str) -> str:
    """The account name of an ATS board, letters and digits only: ``"lever.co/delta-faucet"`` ->
    ``"deltafaucet"``; an employer's board handle equal to its domain's label is the same handle."""
    return re.sub(r"[^a-z0-9]", "", board.rsplit("/", 1)[-1].lower())


def own_site_domain(page_url: str, normalized_name: str) -> str | None:
    """The page's registered domain when the page is on the company's own site: not a job board, an ATS
    or a mail host, and the domain spells the company's name (``domain_fits_name``)."""
    domain = company_domain(page_url)
    if domain is None or not normalized_name or not domain_fits_name(domain, normalized_name):
        return None
    return domain
