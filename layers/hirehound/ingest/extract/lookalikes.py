"""Pages that read like a posting but are something else, each known by what its headline or its schema.org
type says it is: a job-alert sign-up, a candidate's profile, a course or programme landing page, an
employer-review page, a franchise or a business for sale, a consent wall in place of the posting.

Each rule is decided by the page's own headline (``<title>``, first ``h1``, ``og:title``) or its JSON-LD
type, never by words in its text: a posting may mention a job alert, a salary survey, reviews or a
franchise, but its headline names the job.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from hirehound.caseless import Caseless
from hirehound.ingest.extract import jsonld
from hirehound.ingest.extract.dom import link_parts
from hirehound.ingest.extract.page import Page

# "Job-Agent: Neue Jobs als … per E-Mail", "Create a job alert", "Alerte emploi", "Jobs by email".
_ALERT = Caseless(
    r"\bjob[- ]?(?:alerts?|agent(?:en)?)\b|\bjobalerts?\b|\bjobagent\w*|\bjobbevakning\w*"
    r"|^(?:get|receive|new|neue|nouvelles?|nuevas?|recibe|erhalten|ontvang|nieuwe|ricevi|nuove|receba|novas)\b.*"
    r"\b(?:jobs|stellen\w*|vacatures|ofertas|empleos|offres|emplois|vagas|oferty|offerte)\b.*"
    r"\b(?:by|per|via|par|por) e-?mail\b"
    r"|\balertes? (?:emploi|e-?mail)\b|\balertas? de (?:empleo|trabajo|ofertas|vagas)\b"
    r"|\bvacature-?alerts?\b|\be-?mail-?benachrichtigung\w*|\bpowiadomieni\w* o (?:ofertach|nowych ofertach)"
    r"|求人(?:メール|お知らせ)|新着求人メール",
)
_EMAIL_INPUT = re.compile(r"<input[^>]+(?:type\s*=\s*[\"']?email|name\s*=\s*[\"']?e-?mail)")
# The candidate speaks: "Looking for work as a welder", "Suche Arbeit als Koch", "Szukam pracy".
_SEEKING = Caseless(
    r"^(?:i am |i'm |i\u2019m )?(?:looking for|seeking) (?:work|a job|employment|a position|a role)"
    r" (?:as|in)\b"
    r"|^(?:ich )?suche (?:arbeit|eine (?:neue )?stelle|einen job|job|eine anstellung) (?:als|im|in)\b"
    r"|^busco (?:trabajo|empleo) (?:de|como)\b"
    r"|^(?:je )?(?:cherche|recherche) (?:un )?(?:emploi|poste|travail)"
    r" (?:de|comme|en tant que)\b|^szukam pracy\b|^(?:ik )?zoek werk\b|^cerco lavoro\b"
    r"|^procuro (?:emprego|trabalho)\b|^søger (?:arbejde|job) som\b|^söker (?:arbete|jobb) som\b",
)
# A course or a study programme (a bootcamp, a degree): its JSON-LD says so and names no JobPosting.
_COURSE_TYPES = frozenset({"Course", "CourseInstance", "EducationalOccupationalProgram"})
# A programme's landing page: its headline names a programme, and it links the programme's streams.
_PROGRAMME = Caseless(
    r"\b(?:graduate|trainee|early careers?|internship|apprenticeship|summer intern) (?:programmes?|programs?"
    r"|schemes?)\b|\btraineeprogramm\w*|\babsolventenprogramm\w*|\bprograma de (?:trainees?|estágios?"
    r"|prácticas|becari[oa]s)\b|\bprogramme (?:graduate|jeunes diplômés)\b|\bprogramma (?:graduate|trainee)\b"
    r"|\btraineeship\b",
)
_MIN_STREAMS = 3
_REVIEW_TYPES = frozenset({"EmployerAggregateRating", "EmployerReview"})
# "<Employer> als Arbeitgeber: 47 Bewertungen", "Acme employee reviews", "Avis des salariés".
_REVIEWS = Caseless(
    r"\b(?:reviews?|ratings?|bewertungen|erfahrungen|avis|opiniones|opinie|recensioni|avaliações|omdömen"
    r"|anmeldelser|beoordelingen|口コミ|評判)\b"
)
_REVIEWED = Caseless(
    r"\b(?:employers?|employees?|working at|arbeitgeber|mitarbeiter\w*|salariés|employés|empleados"
    r"|trabajadores|pracowni\w*|pracodaw\w*|dipendenti|funcionários|werknemers|medarbejdere|anställda"
    r"|werkgever)\b|社員"
)
# A franchise on offer, a business for sale ("Trespasse de café", "Se traspasa bar", "Nachfolger gesucht").
_FOR_SALE = Caseless(
    r"\bfranchise opportunit\w*|\bown (?:a|your own)\b[^|]{0,60}?\bfranchise\b|\bbecome a franchisee?\b"
    r"|\bfranchise (?:for sale|available|partners? wanted)\b|\bbusiness(?:es)? for sale\b"
    r"|\btrespasses?\b|\btrespassa-se\b|\btraspasos?\b|\bse traspasa\b|\boportunidad de franquicia\b"
    r"|\b(?:unternehmen|betrieb|firma|geschäft|café|restaurant) zu verkaufen\b|\bnachfolger(?:in)? gesucht\b"
    r"|\bfonds de commerce\b|\bcession de (?:fonds|commerce|bail)\b|\bbedrijf te koop\b|\bter overname\b"
    r"|\battività in vendita\b|\bcedesi\b"
)
# "Vacaturekrant Noord gebruikt cookies", "Cookies op …", "This site uses cookies": all a consent wall says.
_CONSENT = Caseless(
    r"\b(?:uses?|gebruikt|verwendet|nutzt|utilise|utiliza|usa|använder|bruger|bruker|używa)\s+(?:cookies"
    r"|kakor|informasjonskapsler|ciasteczka)\b|^cookies?\s+(?:op|on|auf|sur|en|på|w)\b|\bcookie ?wall\b"
    r"|\bprivacy ?gate\b|\b(?:cookie|privacy) (?:consent|settings|choices)\b|^(?:cookie-?)?einwilligung\b"
    r"|^consentement\b"
)
_CONSENT_MAX_TEXT = 1500


def kind(page: Page) -> tuple[str, str] | None:
    """``(kind, reason)`` of a page that is one of these look-alikes, else ``None``."""
    headlines = [headline for headline in page.headlines if headline]
    types = jsonld.all_types(page)
    if "JobPosting" in types:
        return None
    for check in (_alert, _profile, _course, _programme, _reviews, _sale, _consent):
        found = check(page, headlines, types)
        if found:
            return found
    return None


def _alert(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    if not _EMAIL_INPUT.search(page.html_lower):
        return None
    said = next((headline for headline in headlines if _ALERT.search(headline)), None)
    return ("job-alert", f"a job-alert sign-up: page says {said!r}") if said else None


def _profile(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    said = next((headline for headline in headlines if _SEEKING.search(headline)), None)
    if said:
        return "candidate", f"a candidate's profile: page says {said!r}"
    if "ProfilePage" in types and "Person" in types:
        return "candidate", "a person's profile page (schema.org ProfilePage)"
    return None


def _course(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    found = sorted(types & _COURSE_TYPES)
    return ("course", f"a course or study programme (JSON-LD {', '.join(found)})") if found else None


def _programme(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    said = next((headline for headline in headlines[:2] if _PROGRAMME.search(headline)), None)
    if said is None:
        return None
    own = urlsplit(page.url).path.rstrip("/")
    paths = (_path(node.attributes.get("href") or "") for node in page.css("a[href]"))
    streams = {path for path in paths if path.startswith(own + "/")}
    if len(streams) < _MIN_STREAMS:
        return None
    return "listing", f"a programme's landing page: {said!r} linking {len(streams)} pages under it"


def _path(href: str) -> str:
    return link_parts(href).path.rstrip("/")


def _reviews(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    if types & _REVIEW_TYPES:
        return "reviews", f"an employer-review page (JSON-LD {', '.join(sorted(types & _REVIEW_TYPES))})"
    said = next((h for h in headlines if _REVIEWS.search(h) and _REVIEWED.search(h)), None)
    return ("reviews", f"an employer-review page: page says {said!r}") if said else None


def _sale(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    said = next((headline for headline in headlines if _FOR_SALE.search(headline)), None)
    return ("for-sale", f"a franchise or business for sale: page says {said!r}") if said else None


def _consent(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    if len(page.body_text) > _CONSENT_MAX_TEXT:
        return None
    said = next((headline for headline in headlines if _CONSENT.search(headline)), None)
    return ("consent-wall", f"a consent wall in place of the page: it says {said!r}") if said else None


# An open application names no job: "General Application", "Initiativbewerbung", "Candidature spontanée",
# "Open sollicitatie", a talent pool ("Join our talent community", "Gå med i vår talangpool"). The phrase is
# the whole headline, or is followed by a separator, a gender marker or an area ("Initiativbewerbung
# Produktion"); "Talent Pool Manager" and "Open Application Engineer"-like job titles are jobs.
_OPEN_WORDS = (
    r"(?:general|open|spontaneous|unsolicited|speculative) applications?|general interest"
    r"|initiativ-?bewerbung(?:en)?|spontan-?bewerbung|blindbewerbung"
    r"|candidatures? spontanées?|candidatura (?:espontánea|espontânea|spontanea)"
    r"|(?:open|spontane) sollicitatie|öppen ansökan|spontanansökan|uopfordret ansøgning|åpen søknad"
    r"|aplikacja spontaniczna|talent ?(?:pool|community|network)|talangpool(?:en)?"
)
_OPEN_APPLICATION = Caseless(
    rf"^\s*(?:{_OPEN_WORDS})\s*(?:$|[-\u2013\u2014:|/(,]|(?:for|für|pour|para|voor|per|för|im|in|bei|at)\b"
    r"|(?!(?:manager|coordinator|lead|specialist|partner|acquisition|engineer|developer|analyst"
    r"|advisor|consultant|officer|associate)\b)\w+\s*$)"
    r"|^\s*(?:join|become part of|gå med i|bli en del av|rejoignez|únete a|werde teil|tritt)\b[^|]{0,30}?\b"
    r"(?:talent ?(?:pool|community|network)|talangpool(?:en)?|vivier de talents|talentpool)\b"
)


def open_application(title: str | None, headline: str | None) -> str | None:
    """The posting's title or the page's first ``h1`` when it names an open application, not a job."""
    for said in (title, headline):
        if said and len(said) <= 120 and _OPEN_APPLICATION.search(said):
            return said
    return None
