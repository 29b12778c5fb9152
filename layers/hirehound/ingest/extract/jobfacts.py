"""What tells a posting from a page about jobs: the facts of one job shown, or links to many postings.

A WordPress post is ``og:type`` article and a careers site's ``<title>`` may read "Trabaja con nosotros"
on every page, postings included: a page that shows one job's facts (labelled location, contract, pay;
WP Job Manager's listing markup) is a posting all the same. A careers root (``/careers``, ``/vacancies``)
that links several pages under it, or several job pages, is their index.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from hirehound.ingest.extract import generic, iconfacts, labelled
from hirehound.ingest.extract.dom import link_parts
from hirehound.ingest.extract.page import Page

_FACTS = ("location_text", "employment_type_text", "salary_text", "remote_text")
_MIN_FACTS = 2
# WP Job Manager (``single_job_listing``, ``job-listing-meta``), Simple Job Board (``sjb-``), WP Job Openings.
_JOB_MARKUP = ".single_job_listing, .job-listing-meta, [class*=sjb-job], .awsm-job-specifications"
# Kinds of work as a description names them; "permanent" sides with any (a permanent part-time post).
_KIND_WORDS = (
    r"full[- ]time|part[- ]time|permanent|fixed[- ]term|temporary|internship|freelance|vollzeit|teilzeit"
    r"|temps plein|temps partiel|jornada completa|media jornada|tiempo completo|tiempo parcial|tempo integral"
    r"|tempo pieno|tempo parziale|fuld tid|deltid|heltid|tempo inteiro|per[ií]odo integral|meio per[ií]odo"
    r"|whole[- ]time|contrato temporal|contrat temporaire|tempo determinato|a termo certo"
    r"|fuldtid|pe[lł]n[ye] etat|umow[aęy] zleceni[ea]|umow[aęy] o dzieło|partita iva|zzp|contrata[cç][aã]o pj"
    r"|\w*vikariat"
)
_KINDS = re.compile(rf"\b(?:{_KIND_WORDS})\b", re.IGNORECASE)
# Nordic compounds hold their role noun: "Fuldtidsstilling", "heltidstjänst", "deltidsjobb".
_COMPOUND_KIND = re.compile(r"\b(fuld|hel|del)tids(?:stilling|tjänst|jobb?|ansættelse)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
_TAG = re.compile(r"<[^>]*>")
_AROUND = 160
# The kind of work said of the role: "a full-time, field-based position", "Teilzeitstelle", "poste en CDI".
_ROLE_NOUNS = (
    r"position|role|job|contract|basis|post|employment|opportunity|vacancy|stelle|anstellung|festanstellung"
    r"|poste|contrat|puesto|contrato|vaga|posizione|contratto|fastansættelse|ansættelse|stilling|tjänst"
    r"|apprenticeship|traineeship|collaborazione|umow[aęy]|\w*anställning|tjänsten|stillingen"
)
# The noun first in German, the Romance and Nordic languages: "Festanstellung in Vollzeit", "Contrato
# indefinido a jornada completa", "poste à temps plein", "Fastansættelse på fuld tid"; the noun, a verb "to
# be" and the kind: "The post is full time", "Le poste est à temps partiel".
_ROLE_NOUN = re.compile(
    rf"\b(?:{_KIND_WORDS})\b[\w ,/-]{{0,30}}?\b(?:{_ROLE_NOUNS})\b"
    rf"|\b(?:{_ROLE_NOUNS})\b[\w ,/-]{{0,25}}?\b(?:in|en|a|à|de|på|på|a|na)\s+(?:{_KIND_WORDS})\b"
    rf"|\b(?:{_ROLE_NOUNS})\s+(?:is|will be|est|es|ist|è|é|er|är)\s+(?:(?:a|à|en|in|på|de)\s+)?"
    rf"(?:{_KIND_WORDS})\b",
    re.IGNORECASE,
)
# A kind that is its own noun: "Contrato temporal", "umowa zlecenie", "contratação PJ", "partita IVA",
# "ZZP", a "(sommar)vikariat" (a temporary post).
_OWN_NOUN = re.compile(r"\b(?:contrat[oa]?|umow\w*|contrata\w*|partita|zzp)\b|vikariat", re.IGNORECASE)
# A short sentence or line that opens with the kind: "Full-time, Monday to Friday with an on-call rotation.",
# "Full-time (40 hours, Monday to Friday 8:00-4:30)".
_LEADS = re.compile(rf"^\W*(?:{_KIND_WORDS})\s*[,:;(\u2013\u2014-]", re.IGNORECASE)  # "Full-time (40 hours)"
_LEAD_WORDS = 12
# The kind beside the contract's term: "contrat à durée indéterminée, temps plein", "a tempo pieno e
# indeterminato", "Regime CLT, período integral", "Permanent, whole-time".
_TERMS = (
    r"cdi|cdd|clt|permanent|fixed[- ]term|contrat à durée (?:in)?déterminée|(?:in)?determinat[oa]"
    r"|indefinid[oa]"
    r"|unbefristet\w*|befristet\w*|tillsvidare\w*|a termo certo|por tempo indeterminado"
)
_TERM_BESIDE = re.compile(
    rf"\b(?:{_TERMS})\s*(?:[,/+&\u2013\u2014\u00b7|-]\s*|\s(?:and|et|e|y|und|og|och|i|på)\s+)(?:(?:a|à|en|in)\s+)?"
    rf"(?:{_KIND_WORDS})\b"
    rf"|\b(?:{_KIND_WORDS})\s*(?:[,/+&\u2013\u2014\u00b7|-]\s*|\s(?:and|et|e|y|und|og|och|i|på)\s+)(?:{_TERMS})\b",
    re.IGNORECASE,
)
# Weekly hours said of the role ("Stillingen er på 37 timer om ugen", "20 - 24 uur per week"): the
# normalizer reads them (at most 30 a week part-time, 35 or more full-time).
_WEEKLY_HOURS = re.compile(
    r"(?<![\d.,])\d{1,2}(?:[.,]5)?(?:\s*[-\u2013]\s*\d{1,2}(?:[.,]5)?)?\s*(?:hours?|hrs?|uur|timer|timmar|std\.?"
    r"|stunden|heures|horas|ore)\s*(?:per|a|an|/|om|pro|par|por|i|em|alla|la)?\s*(?:week|woche|ugen|veckan"
    r"|semaine|semana|settimana)\b",
    re.IGNORECASE,
)
_KIND_OF = (
    (
        "full",
        re.compile(
            r"full|fuld|heltid|vollzeit|temps plein|jornada completa|tiempo completo"
            r"|tempo (?:integral|pieno|inteiro)"
            r"|per[ií]odo integral|whole|pe[lł]n[ye] etat"
        ),
    ),
    (
        "part",
        re.compile(
            r"part|deltid|teilzeit|temps partiel|media jornada|tiempo parcial|tempo parziale|meio per"
        ),
    ),
    ("temporary", re.compile(r"fixed|temporary|contrat[oa]? tempor|tempo determinato|a termo|\w*vikariat")),
    ("internship", re.compile(r"internship")),
    ("contract", re.compile(r"freelance|umow[aęy] zlec|umow[aęy] o dz|partita|zzp|contrata")),
)
_JOB_PATH = re.compile(
    r"/(?:jobs?|careers?|vacanc(?:y|ies)|positions?|openings?|stellen\w*|offres?|ofertas?|empleos?)/[\w%-]+/?$",
    re.IGNORECASE,
)


def shown(page: Page) -> bool:
    """The page shows one job's facts: two labelled ones (by a word or an icon), or a job plugin's markup."""
    found = labelled.extract(page)
    if not all(found.get(name) for name in _FACTS) and iconfacts.detect(page):
        found = {**iconfacts.extract(page), **{name: value for name, value in found.items() if value}}
    return sum(1 for name in _FACTS if found.get(name)) >= _MIN_FACTS or page.has(_JOB_MARKUP)


def employment(page: Page, description_html: str | None) -> str | None:
    """The employment type of a page whose sources gave none: the facts under its title ("Full-time"),
    else the one kind of work its description gives the role ("This is a full-time, field-based
    position", "Full-time, permanent."); "equity in all full-time offers" is not about the role, and a
    description that names two kinds ("full-time and part-time shifts") says nothing."""
    found = generic.meta_line(page).get("employment_type_text")
    if (found and _KINDS.search(found)) or not description_html:
        return found
    if not _KINDS.search(description_html) and not _COMPOUND_KIND.search(description_html):
        return found or _hours("\n".join(generic.lines_under_title(page))) or _hours(description_html)
    if not _KINDS.search(description_html):
        # "Fuldtidsstilling med pension": one compound, one kind
        compounds = {
            _COMPOUND_NAMES[hit.group(1).casefold()] for hit in _COMPOUND_KIND.finditer(description_html)
        }
        return compounds.pop() if len(compounds) == 1 else found
    words: set[str] = set()
    for match in _KINDS.finditer(description_html):  # the sentence around each mention, tags as breaks
        around = _TAG.sub("\n", description_html[max(match.start() - _AROUND, 0) : match.end() + _AROUND])
        sentence = next((part for part in _SENTENCES.split(around) if match.group(0) in part), None)
        if sentence is None:  # the mention was inside a tag (an attribute)
            continue
        if (
            _OWN_NOUN.search(match.group(0))  # "Contrato temporal de 6 meses": the kind names its noun
            or _ROLE_NOUN.search(sentence)
            or _TERM_BESIDE.search(sentence)
            or not _KINDS.sub("", sentence).strip(" ,/&-.!")
            or (_LEADS.match(sentence) and len(sentence.split()) <= _LEAD_WORDS)
        ):
            words.add(match.group(0).casefold())
    if len({_kind(word) for word in words} - {None}) != 1:
        return found
    return ", ".join([*([found] if found else []), *sorted(words)])


def _hours(description_html: str) -> str | None:
    """The weekly hours a text states (the facts under the title, the description), when every statement of
    them is the same."""
    found = {
        " ".join(hit.group(0).split()) for hit in _WEEKLY_HOURS.finditer(_TAG.sub(" ", description_html))
    }
    return found.pop() if len(found) == 1 else None


_COMPOUND_NAMES = {"fuld": "fuldtid", "hel": "heltid", "del": "deltid"}


def _kind(word: str) -> str | None:
    return next((kind for kind, pattern in _KIND_OF if pattern.match(word)), None)


def child_links(page: Page) -> set[str]:
    """Paths of the links under the page's own path, or to job pages (``/job/<slug>``), nav excluded."""
    own = urlsplit(page.url).path.rstrip("/")
    found = set()
    for node in page.css("a[href]"):
        path = link_parts(node.attributes.get("href") or "").path.rstrip("/")
        if path and path != own and (path.startswith(own + "/") or _JOB_PATH.search(path)):
            found.add(path)
    return found
