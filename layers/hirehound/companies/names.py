"""Company name normalization and the company's own domain from a URL or e-mail address.

``normalize_company_name`` is the key companies are matched and de-duplicated on
(``companies.normalized_name``): legal-form terms are removed with cleanco (its term list covers a few
hundred legal forms in ~60 jurisdictions: "Inc.", "GmbH & Co. KG", "S.A.", "K.K.", "Pvt. Ltd.", "OOO", ...),
then accents are folded, the text casefolded, "&" spelled "and", a leading "The" dropped and punctuation
removed.

``company_domain`` uses tldextract with its bundled Public Suffix List snapshot only: no suffix-list
download and no disk cache, so it works offline and on Lambda's read-only file system.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, cast

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
_MAX_LEGAL_PASSES = 3  # "Acme Co., Ltd." needs two

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


@cache
def _legal_basename() -> Callable[[str], str]:
    from cleanco import basename  # type: ignore[import-untyped]  # no type information shipped

    def strip_legal(name: str) -> str:
        return cast("str", basename(name, prefix=True, suffix=True, middle=False))

    return strip_legal


def fold_accents(text: str) -> str:
    """``"Société Générale"`` -> ``"Societe Generale"``; ``ß`` -> ``ss``, ``ø`` -> ``o``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_legal_forms(name: str) -> str:
    """Remove legal-form terms ("Inc.", "GmbH", "S.A.", "PT", ...) at the ends; never to nothing."""
    strip = _legal_basename()
    for _ in range(_MAX_LEGAL_PASSES):
        stripped = strip(name).strip(" ,;")
        if not stripped or stripped == name:
            break
        name = stripped
    return name


def normalize_company_name(name: str) -> str:
    """The matching key of a company name: ``"The Home Depot, Inc."`` -> ``"home depot"``.

    Legal forms are stripped, accents folded, case folded, ``&`` -> ``and``, a leading "The" dropped,
    apostrophes and dots removed and other punctuation collapsed to single spaces; a web suffix
    ("Booking.com") is dropped. A name made only of removable parts ("The Company") keeps them rather than
    becoming empty.
    """
    text = unicodedata.normalize("NFKC", name).strip()
    for candidate in (_WEB_SUFFIX.sub("", strip_legal_forms(text)), text):
        folded = _fold(candidate)
        without_the = _LEADING_THE.sub("", folded)
        if without_the:
            return without_the
    return _fold(text)


def _fold(text: str) -> str:
    text = fold_accents(text).casefold().replace("&", " and ")
    return _NON_WORD.sub(" ", _APOSTROPHES_AND_DOTS.sub("", text)).strip()


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
