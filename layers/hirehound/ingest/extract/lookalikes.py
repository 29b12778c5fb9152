"""Pages that read like a posting but are something else, each known by what its headline or its schema.org
type says it is: a job-alert sign-up, a candidate's profile, a course or programme landing page, an
employer-review page, a franchise or a business for sale, a consent wall in place of the posting, career
advice or an HR template about a job title, a careers page about the hiring process, a call for speakers
or for a programme's applicants, an appointment announced, a job board's page for advertisers, a privacy
notice.

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
_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "TechArticle", "HowTo"})
# Career advice and HR templates about a job title: "Barista Interview Questions", "Warehouse Operative job
# description template", "CV examples", "Fragen im Vorstellungsgespräch", "Modèle de fiche de poste".
_ADVICE = Caseless(
    r"\binterview questions\b|\bjob description (?:templates?|examples?|samples?)\b"
    r"|\b(?:cv|resume|résumé|cover letter) (?:templates?|examples?|samples?)\b"
    r"|\bfragen im (?:vorstellungs|bewerbungs)gespräch\b"
    r"|\b(?:vorstellungs|bewerbungs)gespräch:? (?:die )?\w* ?fragen\b"
    r"|\bstellenbeschreibung\b[^|]{0,20}\b(?:vorlage|muster)\b"
    r"|\b(?:lebenslauf|anschreiben)[- ](?:vorlage|muster)\b"
    r"|\bquestions (?:d'|d\u2019)entretien\b|\bmodèles? de (?:fiche de poste|cv|lettre de motivation)\b"
    r"|\bpreguntas (?:de|para (?:una|la)|en (?:una|la)) entrevista\b"
    r"|\bplantillas? de (?:descripción de puestos?|cv|currículum)\b"
    r"|\bsollicitatievragen\b|\bfunctieomschrijving (?:voorbeeld|template|sjabloon)\b"
    r"|\bpytania (?:na|podczas) rozmow\w* kwalifikacyjn\w*|面接(?:で|の)?(?:よく)?(?:聞かれる)?質問"
)
# A careers page about how the employer hires, the whole headline or before the site's name: "How we hire",
# "Our hiring process", "Unser Bewerbungsprozess", "Notre processus de recrutement".
_HIRING_PROCESS = Caseless(
    r"^(?:how we (?:hire|recruit|interview)"
    r"|our (?:hiring|recruitment|recruiting|interview|selection|application) process"
    r"|(?:unser )?bewerbungs(?:prozess|verfahren)|so läuft (?:deine|ihre|die) bewerbung(?: ab)?"
    r"|notre processus de (?:recrutement|sélection)|nuestro proceso de selección"
    r"|(?:ons|het) sollicitatieproces|nasz proces rekrutacji"
    r"|採用(?:の)?(?:流れ|プロセス|フロー)|選考(?:の)?(?:流れ|プロセス|フロー))"
    r"\s*(?:$|[|\u2013\u2014!?]|-\s)"
)
# A call for talks, papers or projects, or for applicants to a programme (an incubator, an accelerator, a
# prize): "Call for Speakers", "Appel à candidatures: promotion 2027". "Appel à candidatures : chargé de
# mission" is a job.
_CALL = Caseless(
    r"\bcall for (?:speakers|papers|proposals|talks|submissions|abstracts|presentations|participation"
    r"|entries)\b"
    r"|\bappels? à (?:projets|communications|propositions|contributions|intervenants|conférenciers)\b"
    r"|\bappel à candidatures?\s*[:\u2013\u2014-]?\s*(?:promotion|programme"
    r"|(?:pour |de )?(?:l'|la |le |notre )?(?:incubat|accélérat|résidence|bourse|prix\b|concours))"
    r"|\bcall for (?:applications|startups)\s*[:\u2013\u2014-]?\s*(?:(?:the |our )?[\w-]+ )?"
    r"(?:accelerator|incubator|cohort|startup programme|startup program)"
    r"|\bconvocatoria (?:de (?:ponencias|propuestas|proyectos|ayudas|subvenciones)"
    r"|para (?:ponentes|startups))\b"
    r"|\b(?:aufruf zur einreichung|einreichung von (?:vorträgen|beiträgen))\b"
)
# A news item that an appointment has been made: "Hartfield Water appoints new Chief Financial Officer",
# "… ernennt … zum", "… nomme … directrice". ("Appointed Person" is a lifting job, so not "appointed".)
_APPOINTMENT = Caseless(
    r"\b(?:appoints|has appointed|announces (?:the )?appointment of"
    r"|welcomes new (?:chief|ceo|cfo|coo|cto|chair|president|director|head|managing))\b"
    r"|\bnames\b[^|]{0,40}\b(?:as|new) (?:chief|ceo|cfo|coo|cto|chair\w*|president|director|head|managing)\b"
    r"|\bernennt\b|\bberuft\b[^|]{0,40}\b(?:zum|zur|in den vorstand)\b"
    r"|\bnomme\b[^|]{0,40}\b(?:au poste|directeur|directrice|président\w*)"
    r"|\bnombra\b[^|]{0,40}\b(?:nuevo|nueva|director\w*|consejer\w*)|\bnombramiento de\b"
    r"|\bbenoemt\b[^|]{0,40}\b(?:tot|als)\b|\bpowołuje\b|\bmianuje\b|就任のお知らせ|人事異動のお知らせ|役員人事"
)
# A job board's page for employers: "Post a job", "Stellenanzeige schalten", "Publier une offre".
_EMPLOYER_AD = Caseless(
    r"^(?:post|advertise|list|place) (?:a |an |your )?(?:jobs?|vacanc\w+|job ads?|job adverts?)\b"
    r"|^(?:jetzt )?(?:stellenanzeigen?|jobanzeigen?|stellenangebote?) (?:schalten|aufgeben|inserieren)\b"
    r"|^(?:publier|publiez|diffuser|diffusez) (?:une|vos|votre) (?:offres?|annonces?)\b"
    r"|^(?:publicar|publica|anunciar|anuncia|publique) (?:una |tu |tus |su |sus )?"
    r"(?:ofertas?|vacantes?|empleos?)\b"
    r"|^vacatures? (?:plaatsen|adverteren)\b|^(?:plaats|adverteer) (?:je|jouw|uw|een) vacature"
    r"|^(?:dodaj|opublikuj) (?:ogłoszenie|ofertę) (?:o )?prac\w*|^求人(?:掲載|広告)(?:のご案内|について)"
)
# An employer's privacy notice for applicants: "Candidate privacy notice", "Datenschutzhinweise für Bewerber".
_PRIVACY = Caseless(
    r"\bprivacy (?:notice|policy|statement)\b|\bdatenschutz(?:erklärung|hinweise?|information\w*)\b"
    r"|\bpolitique de (?:confidentialité|protection des données)\b|\bpolítica de privacidad\b"
    r"|\bprivacyverklaring\b|\bprivacybeleid\b|\bpolityka prywatności\b|\bklauzula informacyjna\b"
    r"|プライバシーポリシー|個人情報(?:保護方針|の取り扱い)"
)


def kind(page: Page) -> tuple[str, str] | None:
    """``(kind, reason)`` of a page that is one of these look-alikes, else ``None``."""
    headlines = [headline for headline in page.headlines if headline]
    types = jsonld.all_types(page)
    if "JobPosting" in types:
        return None
    for check in (
        _alert, _profile, _course, _programme, _reviews, _sale, _consent, _advice, _hiring_process, _call,
        _appointment, _employer_ad, _privacy,
    ):  # fmt: skip
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


def _said(headlines: list[str], pattern: Caseless) -> str | None:
    return next((headline for headline in headlines if pattern.search(headline)), None)


def _advice(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    """Career advice or an HR template (a page that says it is an article is left to the article rule)."""
    if (page.meta("og:type") or "").casefold() == "article" or types & _ARTICLE_TYPES:
        return None
    said = _said(headlines, _ADVICE)
    return ("career-advice", f"career advice or an HR template: page says {said!r}") if said else None


def _hiring_process(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    said = _said(headlines, _HIRING_PROCESS)
    return ("company-page", f"a careers page about the hiring process: page says {said!r}") if said else None


def _call(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    said = _said(headlines, _CALL)
    if said is None:
        return None
    return "call-for-proposals", f"a call for proposals or for a programme: page says {said!r}"


def _appointment(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    said = _said(headlines, _APPOINTMENT)
    return ("announcement", f"an appointment announced (a post filled): page says {said!r}") if said else None


def _employer_ad(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    said = _said(headlines, _EMPLOYER_AD)
    return ("employer-page", f"a job board's page for advertisers: page says {said!r}") if said else None


def _privacy(page: Page, headlines: list[str], types: set[str]) -> tuple[str, str] | None:
    said = _said(headlines, _PRIVACY)
    return ("policy", f"a privacy notice: page says {said!r}") if said else None


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
