"""Pages that are not a job posting, each rejected with its reason (a dead letter, never a posting).

Kinds: ``bot-check`` (a challenge interstitial), ``expired`` (the page says the job is gone, closed or not
found, in English, German, French, Spanish or Japanese; also when it still carries its JobPosting JSON-LD),
``listing`` (search results, "3,000+ Remote Python Developer jobs", an ATS board's list of openings, a
JSON-LD ItemList of jobs; a page on an ATS's host outside its job paths that links its job pages),
``board-index`` (browse-by-category pages), ``confirmation`` ("Application submitted", "Thank you for
applying" with no posting on the page, or in the page's status block), ``open-application`` ("General
Application", "Initiativbewerbung", a talent pool: no job named) and ``not-a-job`` (a classified ad for a
bike, a page with no job vocabulary at all); the look-alikes of :mod:`~hirehound.ingest.extract.lookalikes`
(``job-alert``, ``candidate``, ``course``, ``reviews``, ``for-sale``, ``consent-wall``, ``career-advice``,
``call-for-proposals``, ``announcement``, ``employer-page``, ``policy``, a hiring-process page as
``company-page``, a programme's landing page as ``listing``). A closing phrase in a conditional or temporal
clause ("If you have not heard from us …, please assume the position has been filled") is no notice.
"""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import date, datetime
from urllib.parse import urlsplit

from hirehound.caseless import Caseless
from hirehound.errors import BadInputError
from hirehound.ingest.extract import atspaths, expiry, jobfacts, jsonld, lookalikes
from hirehound.ingest.extract.dom import node_text
from hirehound.ingest.extract.page import Page


class NotAJobPageError(BadInputError):
    """The page is not a job posting; ``kind`` says what it is instead."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


_GONE = Caseless(
    r"\b(?:no longer (?:available|open|active|accepting applications|posted|exists?|listed)"
    r"|(?:job|position|posting|vacancy|role|listing|advert) (?:has|have) (?:now )?(?:been )?"
    r"(?:filled|closed|expired|removed)"
    r"|(?:this )?(?:job|position|posting|vacancy|role|listing|ad) (?:is |has )?(?:now )?(?:closed|expired)"
    r"|applications (?:for this \w+ )?(?:are|have) (?:now )?closed"
    r"|(?<!\d )(?:page|job|posting|position) (?:was |could not be |cannot be )?(?:not )?found\b"
    r"(?<!\bbe found)"
    r"|^\s*404\b|\b404 (?:error|not found)|\berror 404|\b410 gone"
    r"|nicht mehr (?:verfügbar|aktiv|online|vorhanden|besetzbar|aktuell|gültig|ausgeschrieben)"
    r"|bewerbungsfrist (?:ist )?(?:abgelaufen|beendet|vorbei)"
    r"|(?:stellen)?(?:stelle|anzeige|angebot) (?:ist|wurde) (?:leider )?(?:bereits )?"
    r"(?:besetzt|deaktiviert|abgelaufen)"
    r"|ya no está disponible|(?:oferta|vacante) (?:ha )?(?:caducad[oa]|expirad[oa]|cerrad[oa]|finalizad[oa])"
    r"|ya no admite (?:nuevas )?(?:inscripciones|candidaturas)"
    r"|(?:proceso|oferta) (?:está )?(?:cerrad|finalizad)[oa]"
    r"|n'est plus (?:disponible|en ligne)|offre (?:a )?expir[ée]+|offre (?:est )?(?:clôturée|pourvue)"
    r"|non (?:è )?più disponibile|annuncio (?:è )?scadut[oa]|(?:opslaget|annoncen|stillingen) er udløbet"
    r"|ikke længere (?:aktiv|ledig)|(?:annonsen|tjänsten) (?:är|har) (?:utgått|tillsatt)"
    # Dutch and Swedish notices; Lever's "might have closed, or it has been removed", "couldn't find"
    r"|niet (?:meer|langer) (?:beschikbaar|actief|online)|vacature is (?:gesloten|verlopen|vervuld)"
    r"|inte längre (?:tillgänglig|aktiv|öppen)"
    r"|(?:job|position|posting|vacancy|role|listing)\b[^.]{0,40}\bmight have (?:been )?"
    r"(?:closed|removed|filled)"
    r"|(?:couldn't|could not|can't|cannot) find (?:anything here|the (?:job|page|position)\b))"
    # CJK has no word boundary before it (\b never matches between two CJK characters). A scheduled end
    # ("掲載終了予定日 2027/01/18", "募集終了日", "締め切りまであと3日") is a live ad's date, not a notice.
    # "募集を終了します" (will end: a live ad's announcement) is not "募集を終了しました" (has ended).
    r"|(?:掲載|募集|受付|公開)(?:期間)?(?:は|を|が)?(?:終了|締め切り)(?!予定|日|まで|します|いたします|する)"
    r"|(?:职位|岗位)已(?:关闭|下线|过期)",
)
# A notice's words in a conditional or temporal clause are a live posting's: "If you have not heard from us
# within 14 days, please assume the position has been filled", "Shortlisting will take place after the
# vacancy has closed", "we keep your data for 12 months after the job has closed", "募集人数に達し次第".
_CONDITIONAL = Caseless(
    r"\b(?:if|once|after|when|whenever|until|unless|assume|before|wenn|falls|sobald|nachdem|bevor"
    r"|si|une fois|dès que|lorsque|quand|après|cuando|una vez|después de|hasta que|zodra|nadat|wanneer"
    r"|indien|jeśli|jeżeli|gdy|kiedy)\b|次第|場合"
)
# The clause before a notice's words: back to the sentence's start, at most this many characters.
_CLAUSE = 120
_SENTENCE_END = re.compile(r"[.!?;:\n。]")
# Words every _GONE phrasing contains: the regex (slow: a long alternation) runs only on text with one.
# "found" only after what the pattern puts before it ("page found", "posting not found", "was found"), in
# pieces without an "i" (a dotless or dotted capital I casefolds to no "i", yet matches one): "found" alone
# is in most pages ("founded in 1998").
_GONE_WORDS = (
    "no longer", "filled", "closed", "expired", "removed", "page found", "job found", "ng found", "on found",
    "was found", "be found", "not found", "404", "410", "nicht mehr", "besetzt",
    "deaktiviert", "abgelaufen", "ya no", "caducad", "expirad", "cerrad", "n'est plus", "expir", "clôtur",
    "pourvue", "più disponibile", "scadut", "udløbet", "ikke længere", "utgått", "tillsatt", "終了",
    "finalizad", "ya no admite", "bewerbungsfrist", "niet meer", "niet langer", "gesloten", "verlopen",
    "vervuld", "inte längre", "might have", "find anything", "find the",
    "締め切り", "已关闭", "已下线", "已过期",
)  # fmt: skip
# The words of a notice that stands on its own line ("found", "closed" and "404" are too common for a line
# scan of every page): searched on casefolded text, each with ``str.find`` (a regex alternation of them is
# tried at every character, 5x slower).
_NOTICE_WORDS = (
    "no longer", "nicht mehr", "ya no ", "n'est plus", "終了", "expired", "been filled",
    *(f"{verb} {now}closed" for verb in ("is", "are", "has", "have") for now in ("", "now ")),
    "finalizad", "caducad", "cerrad", "abgelaufen", "bewerbungsfrist", "besetzt", "udløbet", "utgått",
    "scadut", "più disponibile",
)  # fmt: skip
# A line of at most this many characters, at least this share of it the notice's words.
_NOTICE_LINE = 80
_NOTICE_SHARE = 0.6
_NOTICE = "[role=alert], [class*=alert], [class*=notice], [class*=expired], [class*=closed], [id*=expired]"
_BOT = re.compile(
    r"^(?:just a moment|attention required|checking (?:your|if the site connection is) "
    r"|verify(?:ing)? (?:that )?you are (?:a )?human|are you a (?:robot|human)|access denied"
    r"|pardon our interruption|request unsuccessful|security check|one more step|please verify"
    r"|ddos protection|bot (?:check|protection)|captcha|robot or human|press & hold|please enable js"
    r"|(?:sorry, )?you have been blocked|unusual traffic|human verification|request blocked"
    r"|access to this page has been denied|before we continue|are you human)",
    re.IGNORECASE,
)
_BOT_SCRIPT = re.compile(
    r"_cf_chl_opt|cf-challenge|px-captcha|/captcha/|g-recaptcha|hcaptcha|distil_r_captcha"
)
# Interstitial-only markers (never on a posting's apply form, unlike a reCAPTCHA), searched in the raw HTML:
# PerimeterX renders its "Press & Hold" button into ``<div id="px-captcha">`` and loads ``/captcha/`` from a
# script ``src``; DataDome's challenge comes from captcha-delivery.com.
# Imperva (Incapsula) serves an iframe of ``/_Incapsula_Resource``; Cloudflare's managed challenge loads
# ``/cdn-cgi/challenge-platform/``; AWS WAF's ``awswaf`` challenge script.
_BOT_MARKUP = re.compile(
    r"px-captcha|_pxappid|_cf_chl_opt|cf-challenge|captcha-delivery\.com|_incapsula_resource"
    r"|incapsula incident id|/cdn-cgi/challenge-platform/|awswaf\.com|aws-waf-token"
)
_BOT_MAX_TEXT = 1500
# Where a page says a job has expired: its first characters (a banner above the posting).
_TOP_OF_PAGE = 600
_JOBS_WORD = (
    r"(?:jobs?|job openings|openings|vacancies|positions|stellenangebote|stellen|empleos"
    r"|ofertas(?: de (?:empleo|trabajo))?|offres(?: d'emploi)?|emplois|求人)"
)
_LISTING = re.compile(
    rf"^\s*(?:[\d.,\s]+\+?\s+(?:new\s+)?(?:[\w'\u2019./-]+\s+){{0,8}}?{_JOBS_WORD}\b"
    r"|(?:search results|job search results|current (?:job )?openings|open positions at|all (?:open )?jobs at"
    r"|stellenangebote (?:in|bei)|(?:\w+\s+){0,4}jobs in \w)"
    r"|browse (?:all )?jobs|jobs by (?:category|location|city|industry)|job categories"
    r"|showing \d+\s*(?:-|\u2013|to)\s*\d+ of|\d[\d.,]* (?:results|jobs|vacancies) (?:found|for)|求人一覧)",
    re.IGNORECASE,
)
# A result counter: "1-5 von 124 Stellenangeboten", "124 Treffer", "Mostrando 1-20 de 312 ofertas", "1,204件".
_RESULT_COUNT = re.compile(
    r"^(?:showing |zeige |mostrando |affichage )?\d[\d.,]*\s*(?:-|\u2013|to|bis|a)\s*\d[\d.,]*\s+"
    r"(?:of|von|de|sur|di|av|af|van|z)\s+\d[\d.,]*\s*\w*"
    r"|^\d[\d.,]*\s+(?:results|treffer|ergebnisse|stellenangebote\w*|jobangebote|ofertas(?: de empleo)?"
    r"|resultados|résultats|offres(?: d'emploi)?|annonces|vacatures|lediga jobb)\b|^\d[\d,]*\s*件",
    re.IGNORECASE,
)
_RESULT_LINES = 40
_PLURAL_JOBS = re.compile(
    r"\b(?:jobs|vacancies|openings|stellenangebote|stellen|empleos|ofertas de (?:empleo|trabajo)"
    r"|offres d'emploi|emplois|vacatures|lediga jobb)$|^(?:stellenangebote|empleos|ofertas de empleo)\b"
    r"|求人$",
    re.IGNORECASE,
)
_RESULT_HEADING_LINKS = 3
# A section heading only a board's browse page has ("Browse jobs by sector", "Jobs nach Kategorie").
_BROWSE = re.compile(
    r"^(?:browse|search|find) (?:all )?jobs by\b|^jobs by (?:category|sector|location|city|industry|region)\b"
    r"|^jobs nach (?:kategorie|branche|ort|region)|^(?:offres|emplois) par (?:secteur|ville|région|métier)"
    r"|^(?:empleos?|ofertas|trabajos?)(?: de (?:empleo|trabajo))? por (?:categorías?|sectores?|ciudades?"
    r"|provincias?|comunidades?|áreas?)|^(?:offres d'emploi|offres|emplois) par\b"
    r"|^(?:jobs|stellenangebote|stellen) nach (?:bundesland|bundesländern|städten|stadt|berufsfeld\w*"
    r"|branchen)|^job efter (?:kategori|område)|(?:都道府県|エリア|職種|業種|勤務地)から(?:探す|求人を探す)",
    re.IGNORECASE,
)
_INDEX = re.compile(
    r"browse|categor|by (?:city|location|industry)|kategorie|catégorie|categoría", re.IGNORECASE
)
_CONFIRMATION = re.compile(
    r"(?:application (?:submitted|received|sent|complete)|thanks? (?:you )?for (?:applying|your application)"
    r"|your application (?:has been|was) (?:received|submitted|sent)"
    r"|bewerbung (?:erfolgreich|eingegangen|versendet|gesendet)|vielen dank für (?:ihre|deine) bewerbung"
    r"|candidature (?:envoyée|reçue|transmise)|merci pour votre candidature|solicitud enviada"
    r"|gracias por (?:tu|su) (?:solicitud|candidatura|postulación)|応募(?:が)?完了"
    # Dutch, German, Italian, Portuguese, Polish, the Nordic languages, French, Japanese
    r"|bedankt voor (?:je|jouw|uw) sollicitatie"
    r"|(?:je|jouw|uw) sollicitatie is (?:verzonden|ontvangen|verstuurd)"
    r"|danke für (?:ihre|deine) bewerbung"
    r"|grazie per (?:la tua |la sua |aver inviato la (?:tua )?)?candidatura"
    r"|candidatura (?:inviata|ricevuta|enviada|recebida)|obrigad[oa] pela (?:sua )?candidatura"
    r"|dziękujemy za (?:przesłanie |złożenie )?(?:aplikacj[ięi]|zgłoszeni[ea]|twoją aplikację)"
    r"|(?:twoja )?aplikacja (?:została )?(?:wysłana|przesłana)|tack för din ansökan"
    r"|din ansökan (?:har skickats|är skickad|har tagits emot)|tak for din ansøgning"
    r"|din ansøgning er (?:sendt|modtaget)|takk for (?:din )?søknad(?:en)?"
    r"|votre candidature a (?:bien )?été (?:envoyée|reçue|transmise|enregistrée)"
    r"|応募を受け付けました|ご応募ありがとうございま)",
    re.IGNORECASE,
)
# Where an ATS shows the outcome of an application: a status region, a success or confirmation block.
_STATUS = (
    "[role=status], [data-qa*=success], [class*=application-success], [class*=application-confirmation],"
    " [class*=apply-complete], [class*=submit-success]"
)
_LOGIN = re.compile(
    r"^(?:log ?in|sign ?in|sign in to|sign ?up|einloggen|anmelden|anmeldung|registrieren|connexion"
    r"|se connecter|s'inscrire|inscrivez-vous|iniciar sesi[oó]n|inicia sesi[oó]n|reg[ií]strate|accedi"
    r"|accesso|log ind|logga in|logg inn|inloggen|zaloguj|ログイン|会員登録|登录|注册)\b"
    r"|\b(?:log ?in|sign ?in|sign ?up|einloggen|anmelden|registrieren|connexion|iniciar sesi[oó]n|log ind)"
    r"\s*(?:[|\-\u2013:]|$)"
    r"|^join (?:now|us now|[\w.]+ (?:to|and) (?:see|view|apply|read|continue))\b"
    r"|^create (?:an |your |a free )?account"
    r"|^willkommen zurück|^welcome back",
    re.IGNORECASE,
)
# A sign-in or sign-up route in place of the page asked for (LinkedIn's /authwall, /uas/login).
_AUTH_PATH = re.compile(
    r"/(?:authwall|login|log-in|signin|sign-in|signup|sign-up|uas/login|checkpoint|auth)(?:[/?#.]|$)", re.I
)
_PASSWORD_INPUT = re.compile(r"<input[^>]+type\s*=\s*[\"']?password")
# A careers page without a job: "no open positions" in the languages of the other checks.
_NO_OPENINGS = re.compile(
    r"\b(?:(?:there are |we have )?(?:currently |at the moment |at this time |at present )?no"
    r" (?:open|current) (?:positions|vacancies|roles|jobs|openings)|"
    r"we (?:don't|do not|currently don't) have any (?:open )?"
    r"(?:positions|vacancies|roles|openings)|geen (?:openstaande |open )?vacatures|"
    r"(?:derzeit|aktuell|momentan|leider) (?:leider )?keine (?:offenen |freien )?stellen|"
    r"keine offenen stellen|"
    r"aucune offre(?: d'emploi)? (?:n'est )?(?:disponible|pour le moment|actuellement)|"
    r"no (?:hay|tenemos) (?:ofertas|vacantes|puestos)(?: de empleo)? (?:disponibles|abiert[oa]s)|"
    r"nessuna posizione aperta|non ci sono posizioni aperte|(?:não há|sem) vagas (?:abertas|disponíveis)|"
    r"brak (?:aktualnych )?ofert pracy)\b",
    re.IGNORECASE,
)
_TOP_OF_PAGE_TEXT = 3000
# One page under a careers section: the section's word, then the job's slug.
_VACANCY_PATH = re.compile(
    r"/(?:jobs?|careers?|vacatures?|vacanc(?:y|ies)|stellen\w*|karriere|offres?(?:-d-emploi)?|ofertas?"
    r"(?:-de-empleo)?|empleos?|emploi|trabaja-con-nosotros|trabalhe-conosco|lavora-con-noi|lavoro|werken-bij"
    r"|praca|oferty(?:-pracy)?|recrutement|recrutamento|carreiras|carrieres|join-(?:us|our-team))/[^/]+/?$",
    re.IGNORECASE,
)
_HIRE_ANNOUNCEMENT = re.compile(
    r"^\s*(?:(?:we(?:'|\u2019)?re|we are|now) hiring|recrutement|on recrute|nous recrutons|wir suchen|"
    r"wir stellen ein|stellenangebot|se busca|buscamos|estamos contratando|vacature|cerchiamo|zatrudnimy|"
    r"poszukujemy|vi søger|vi söker|vi søker)\b(?P<sep>\s*[:\u2013\u2014-]\s*(?=\S))?",
    re.IGNORECASE,
)
_GENDER_MARKER = re.compile(r"\((?:m|w|f|h|d|x|k|v)(?:\s*/\s*(?:m|w|f|h|d|x|k|v|i|div)){1,2}\)", re.I)
_BYLINE = "[itemprop=author], [rel=author], [class*=byline], [class*=author-name], [class*=post-author]"
_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "TechArticle", "Report", "HowTo"})
# A careers landing page: its headline is about the employer, not a job.
# A careers landing page: its headline is about the employer, not a job. ("Careers at X" and "Karriere bei X"
# are left out: many sites use them as the og:title of every page, postings included.)
_COMPANY_PAGE = re.compile(
    r"^(?:life|working|culture|why (?:work|join us))\s+(?:at|with|@)\s+\S"
    r"|^(?:join (?:us|our team)|about us|our culture|our values|working here)\s*(?:[|\-\u2013:!]|$)"
    r"|^(?:arbeiten|leben)\s+(?:bei|im|in der)\s+\S|^(?:travailler|la vie)\s+(?:chez|à)\s+\S"
    r"|^trabaja con nosotros|^lavora con noi|^arbejd(?:e|sliv)? (?:hos|i)\s+\S",
    re.IGNORECASE,
)
# A careers home (".../careers", ".../karriere") with a call to see the openings: about the employer.
_CAREERS_ROOT = re.compile(
    r"/(?:careers?|jobs|karriere|join-?us|work-with-us|careers-home|life-at-\w+|empleo|trabaja-con-nosotros"
    r"|vacancies|open-positions|openings|stellenangebote|offres-d-emploi|ofertas-de-empleo"
    r"|recrutement|carrieres|carrières|vacatures|saiyo|recruit)/?$",
    re.IGNORECASE,
)
_OPEN_ROLES = re.compile(
    r"^(?:see|view|browse|explore|search|find|discover)\s+(?:all\s+)?(?:our\s+)?(?:\d+\s+)?(?:current\s+|open\s+)?"
    r"(?:roles|positions|jobs|openings|opportunities|vacancies)\b"
    r"|^(?:alle\s+)?(?:offenen\s+)?(?:stellen(?:angebote)?|jobs)\s+(?:ansehen|anzeigen|entdecken|finden)"
    r"|^(?:ver|explorar|descubre)\s+(?:las\s+|nuestras\s+)?(?:ofertas|vacantes|empleos)"
    r"|^(?:voir|découvrir)\s+(?:les|nos)\s+offres|^募集(?:職種|中の求人)(?:一覧)?を?見る",
    re.IGNORECASE,
)
_NOT_JOB_TYPES = frozenset(
    {"Product", "Offer", "Car", "Vehicle", "Residence", "Apartment", "House", "RealEstateListing",
     "Accommodation",
     "Event", "Recipe", "Book", "Movie", "MusicRecording"}
)  # fmt: skip
_FOR_SALE = re.compile(
    r"\b(?:for sale|for rent|housing|vehicles?|real estate|apartments?|se vende|en venta|zu verkaufen|"
    r"à vendre|immobilien|wohnungen|se alquila|en alquiler|alquiler|inmobiliaria|zu vermieten|à louer|"
    r"te huur|til leje|uthyres)\b",
    re.IGNORECASE,
)
_JOB_WORDS = Caseless(
    r"\b(?:responsibilit\w*|requirements?|qualifications?|experience|apply|applicants?|salary|hiring|"
    r"candidates?|full[- ]time|part[- ]time|employment|benefits|skills|role|position|vacanc\w+|career|"
    r"requisitos|experiencia|funciones|empleo|puesto|aufgaben|profil|erfahrung|bewerb\w*|stelle|"
    r"missions?|candidat\w*|poste|expérience|profil|contrat|arbetsuppgifter|erfarenhet|ansøg\w*|ervaring|"
    r"functie|vacature|sollicit\w*|esperienza|requisiti|lavoro|wymagania|doświadczenie|oferujemy|vaga|"
    # Danish, Norwegian and Swedish; Italian, Portuguese, Dutch
    r"erfaring|stilling\w*|arbejdsopgaver|arbeidsoppgaver|kvalifikation\w*|kvalifikasjoner|ansættelse|"
    r"fastansættelse|løn|lön|lønn|fuldtid|deltid|heltid|jobbet|søknad\w*|ansök\w*|tjänst\w*|"
    r"mansioni|offriamo|contratto|retribuzione|experiência|salário|benefícios|candidatar|werkervaring|"
    r"salaris|wij bieden|vollzeit|teilzeit|temps plein|jornada|"
    # the headings of a posting in English ("What the job involves", "Who you are", "What you'll do")
    r"job type|the job|who you are|what you(?:'|\u2019)?ll do|you will|we offer|"
    # Spanish and Polish section words ("Responsabilidades", "Zakres obowiązków", "Wynagrodzenie")
    r"responsabilidades|tiempo completo|obowiązk\w*|wynagrodzeni\w*|aplikuj|etat|"
    # Spanish and Portuguese offer words ("Salario fijo", "contrato indefinido", "Remuneração", "Funções")
    r"salario|contrato|buscamos|ofrecemos|vacante|funções|remuneração|oferecemos|recrutamento|candidatura|"
    # a posting's section headings in other languages ("Was dich erwartet", "¿Qué harás?", "Wat ga je doen")
    r"was (?:dich|sie) erwartet|was (?:du|sie) mitbring\w*|was wir (?:dir |ihnen )?bieten|wir bieten|"
    r"unbefristet|befristet|festanstellung|arbeitsort|einsatzort|qué harás|qué (?:te )?ofrecemos|"
    r"ce que nous (?:offrons|proposons)|nous (?:offrons|proposons)|cosa farai|wat ga je doen|"
    r"wat (?:vragen|bieden) wij|wat wij (?:vragen|bieden)|czym będziesz się zajmować|o que você vai fazer|"
    r"vi erbjuder|vi tilbyder|vi tilbyr|dine (?:opgaver|arbeidsoppgaver)|"
    # the phrases of a short ad that hires ("Vi søger en opvasker", "We're looking for", "Wir suchen")
    r"we(?:'|\u2019)?re looking for|we are looking for|(?:we(?:'|\u2019)?re|we are|now) hiring|wir suchen|"
    r"nous recherchons|cerchiamo|(?:wij|we) zoeken|poszukujemy|vi søger|vi söker|vi søker|procuramos|"
    r"estamos contratando|"
    # pay by the hour and hours a week ("Timeløn 145 kr.", "15-20 timer om ugen")
    r"timeløn|timelønn|timlön|stundenlohn|hourly (?:rate|pay|wage)|uurloon|salaire horaire|"
    r"timer om ugen|timer pr\. uge|stunden pro woche|hours (?:per|a) week|uur per week|heures par semaine|"
    r"horas semanales)\b"
    # the gender marker after a German, French, Dutch or Polish job title: "(m/w/d)", "(H/F)", "(k/m)"
    r"|\((?:m|w|f|h|d|x|k|v)(?:\s*/\s*(?:m|w|f|h|d|x|k|v|i|div)){1,2}\)"
    r"|仕事内容|応募|勤務|雇用|給与|职位|招聘|经验|채용|경력",
)
# Cyrillic letters have case equivalents ``Caseless`` cannot fold (see its docstring): a pattern of its own.
_JOB_WORDS_CYRILLIC = re.compile(
    r"\b(?:обязанност\w*|требовани\w*|услови\w*|опыт\w*|занятость|ваканси\w*|зарплат\w*)", re.IGNORECASE
)
_MIN_JOB_WORDS = 2
_MIN_TEXT_FOR_VOCABULARY = 300
_JOB_LINK = re.compile(
    r"/(?:jobs?|vacanc\w*|stellen\w*|offres?|ofertas?|empleo)/(?:view/)?[\w-]*\d|gh_jid=|/p/\w", re.I
)
_MIN_JOB_LINKS = 5
# An ATS page outside the system's job paths that links this many of its job pages is its listing.
_MIN_ATS_JOB_LINKS = 3
# A careers root (".../careers", ".../vacancies") that links this many pages under it lists them.
_MIN_CHILD_POSTINGS = 3
# A listing is mostly links: their text is at least half of the page's (a posting with ten "similar jobs"
# links is not).
_LINK_SHARE = 0.5


def reject_before_extraction(page: Page, fetched_at: datetime | None = None) -> None:
    """Bot checks, expired postings and listings: decided by the page alone and the time it was fetched
    (``fetched_at``, else the saving tool's record: see :mod:`~hirehound.ingest.extract.expiry`)."""
    _bot_check(page)
    _gone(page, [*page.headlines, page.body_text[:_TOP_OF_PAGE]])
    _gone_line(page)
    _json_ld_listing(page)
    _ats_listing(page)
    _past_valid_through(page, fetched_at)


def _ats_listing(page: Page) -> None:
    """A page on an ATS's host, at none of its job paths, that links several of its job pages: the board's
    index, a department, location or search page (:mod:`~hirehound.ingest.extract.atspaths`)."""
    system = atspaths.system_of(page.host)
    if system is None or system.job_path.search(urlsplit(page.url).path):
        return
    hrefs = [node.attributes.get("href") or "" for node in page.css("a[href]")]
    linked = atspaths.job_links(page.url, system, hrefs)
    if len(linked) >= _MIN_ATS_JOB_LINKS:
        raise NotAJobPageError(
            "listing",
            f"not a job posting (listing): a {system.name} page outside its job paths linking"
            f" {len(linked)} of its job pages",
        )


def _past_valid_through(page: Page, fetched_at: datetime | None) -> None:
    ends = [expiry.valid_through(posting) for posting in jsonld.postings(page)]
    if not ends or None in ends:
        return
    crawled = expiry.crawl_date(page.html, page.url, fetched_at)
    crawled = crawled or expiry.rendered_since(page.footer_lines, date.today())
    if crawled is not None and all(end is not None and end < crawled for end in ends):
        raise NotAJobPageError(
            "expired",
            f"job expired: its JobPosting is valid through {max(filter(None, ends))}, fetched {crawled}",
        )


def reject_after_extraction(
    page: Page, *, structured: bool, title: str | None, has_description: bool
) -> None:
    """Confirmation pages and non-job pages: decided with what extraction found (``structured``: a
    JSON-LD, microdata, ATS or embedded-state source gave the title).

    A structured page still meets the checks its structure cannot answer: an open application (an ATS
    publishes it as a posting, with a JobPosting), a confirmation (in its status block, or said by the
    ``<title>`` or ``h1``), a listing said by its headline or made mostly of job links (a board that
    carries one JobPosting or whose state an extractor reads). The others (the vocabulary, articles,
    careers pages, result counters beside a selected job) only where no source stated the title."""
    _open_application(page, title)
    _confirmation_notice(page)
    _confirmation(page, title, has_description)
    if not structured:
        _lookalike(page)
        _gone(page, [page.body_text[:3000]])
    _headline_listing(page)
    _card_listing(page)
    if not structured:
        _result_listing(page)
        _login_wall(page)
        _no_openings(page)
        _article(page)
        _careers_index(page)
        _company_page(page)
        _not_a_job(page)


def _confirmation(page: Page, title: str | None, has_description: bool) -> None:
    """The ``<title>`` or the first ``h1`` saying so is decisive (a confirmation names the job it thanks for,
    in a block that reads like a description); a lower heading only when no posting was found."""
    top = [page.title_tag, page.first("h1")]
    for heading in (*top, title, *page.headings):
        match = _CONFIRMATION.search(heading or "")
        decisive = heading in top or not (has_description and title and not _CONFIRMATION.search(title))
        if match and decisive:
            raise NotAJobPageError(
                "confirmation", f"not a job posting (application confirmation): page says {match.group(0)!r}"
            )


def _open_application(page: Page, title: str | None) -> None:
    """An open application ("General Application", "Initiativbewerbung", a talent pool) names no job."""
    said = lookalikes.open_application(title, page.first("h1"))
    if said:
        raise NotAJobPageError(
            "open-application", f"not a job posting (open application, no job named): page says {said!r}"
        )


def _confirmation_notice(page: Page) -> None:
    """A confirmation in the page's status or success block ("Application submitted!" in Lever's
    ``data-qa=msg-submit-success``, Personio's ``application-success``), also under the job's header."""
    for node in page.css(_STATUS):
        said = node_text(node) or ""
        match = _CONFIRMATION.search(said[:200])
        if match:
            raise NotAJobPageError(
                "confirmation", f"not a job posting (application confirmation): page says {match.group(0)!r}"
            )


def _lookalike(page: Page) -> None:
    """A job-alert sign-up, a candidate's profile, a course, a programme's landing page, employer reviews,
    a franchise or business for sale, a consent wall (:mod:`~hirehound.ingest.extract.lookalikes`)."""
    found = lookalikes.kind(page)
    if found:
        kind, reason = found
        raise NotAJobPageError(kind, f"not a job posting ({kind}): {reason}")


def _login_wall(page: Page) -> None:
    """A sign-in form in place of the posting (XING, LinkedIn's auth wall): a password field and a page
    titled as a login."""
    if "password" not in page.html_lower or not _PASSWORD_INPUT.search(page.html_lower):
        return
    path = urlsplit(page.url).path
    if _AUTH_PATH.search(path):
        raise NotAJobPageError("login-wall", f"not a job posting (login wall): a password form at {path!r}")
    for headline in (page.title_tag, page.first("h1"), page.og_title):
        match = _LOGIN.search(headline or "")
        if match:
            raise NotAJobPageError("login-wall", f"not a job posting (login wall): page says {headline!r}")


def _article(page: Page) -> None:
    """An article (career advice, news) that names jobs: schema.org or Open Graph says article (WordPress
    says so of every post: a post that shows a job's facts is a posting)."""
    types = _json_ld_types(page)
    og_type = (page.meta("og:type") or "").casefold()
    post = og_type == "article" and not types & _ARTICLE_TYPES
    if "JobPosting" in types or (post and (jobfacts.shown(page) or _vacancy_page(page))):
        return
    if _announces_hire(page):  # a small employer posts its vacancy as a blog or news post
        return
    if types & _ARTICLE_TYPES or og_type == "article":
        kind = ", ".join(sorted(types & _ARTICLE_TYPES)) or "og:type article"
        raise NotAJobPageError("article", f"not a job posting (article): {kind}")


def _announces_hire(page: Page) -> bool:
    """The page's headline announces one hire: "We're hiring: Part-time Barista", "Recrutement : mécanicien
    poids lourds en CDI", "Wir suchen Verkäufer (m/w/d)" (a separator or a gender marker after the
    announcement, so "We're hiring more engineers in 2027" stays an article)."""
    for headline in (page.first("h1"), page.og_title):
        match = _HIRE_ANNOUNCEMENT.match(headline or "")
        if match and (match.group("sep") or _GENDER_MARKER.search(headline or "")):
            return True
    return False


def _no_openings(page: Page) -> None:
    """A careers page that says it has no open positions ("Op dit moment hebben wij geen openstaande
    vacatures", "There are currently no open positions")."""
    match = _NO_OPENINGS.search(page.body_text[:_TOP_OF_PAGE_TEXT])
    if match:
        raise NotAJobPageError(
            "no-openings", f"not a job posting (no open positions): page says {match.group(0)!r}"
        )


def _vacancy_page(page: Page) -> bool:
    """A page of a site's careers section ("/vacatures/servicemonteur/", "/trabalhe-conosco/auxiliar/")
    with no author: a site builder's page for one job (Yoast says ``og:type`` article of every page), not a
    blog post."""
    if not _VACANCY_PATH.search(urlsplit(page.url).path):
        return False
    return not page.meta("author", "article:author") and not page.has(_BYLINE)


def _company_page(page: Page) -> None:
    """An employer's careers landing page ("Life at Tidewell", "Karriere bei ..."; a ``/careers`` page
    that asks the reader to "See open roles")."""
    h1 = page.first("h1")
    for headline in (page.og_title, h1, page.title_tag):
        if headline and _COMPANY_PAGE.match(headline) and (headline == h1 or not jobfacts.shown(page)):
            raise NotAJobPageError(
                "company-page", f"not a job posting (company careers page): page says {headline!r}"
            )
    parts = urlsplit(page.url)
    if parts.query or not _CAREERS_ROOT.search(parts.path):  # "?gh_jid=...": a posting embedded there
        return
    for node in page.css("a, button"):
        label = node.text(strip=True)
        if label and len(label) <= 60 and _OPEN_ROLES.match(label):
            raise NotAJobPageError(
                "company-page", f"not a job posting (careers landing page): it links {label!r}"
            )


def _careers_index(page: Page) -> None:
    """A careers root (".../careers", ".../vacancies") linking several postings under it or job pages."""
    parts = urlsplit(page.url)
    if parts.query or not _CAREERS_ROOT.search(parts.path):
        return
    postings = jobfacts.child_links(page)
    if len(postings) >= _MIN_CHILD_POSTINGS:
        raise NotAJobPageError(
            "listing", f"not a job posting (listing): a careers page linking {len(postings)} job pages"
        )


def bot_check(page: Page) -> None:
    """A challenge interstitial (also one with no body text left once its iframe is removed)."""
    _bot_check(page)


def _bot_check(page: Page) -> None:
    if len(page.body_text) > _BOT_MAX_TEXT:
        return
    for headline in (page.title_tag, *page.headings):
        if headline and _BOT.match(headline):
            raise NotAJobPageError(
                "bot-check", f"not a job posting (bot-check page): page says {headline[:80]!r}"
            )
    if any(_BOT_SCRIPT.search(script.body) for script in page.scripts) or _BOT_MARKUP.search(page.html_lower):
        raise NotAJobPageError(
            "bot-check", "not a job posting (bot-check page): a challenge script and no content"
        )


def _gone(page: Page, texts: list[str | None]) -> None:
    notices = page.cached("notices", lambda page: [node_text(node) for node in page.css(_NOTICE)])
    for found in (*texts, *(notice for notice in notices if notice and len(notice) <= 400)):
        folded = (found or "").casefold()
        if not any(word in folded for word in _GONE_WORDS):
            continue
        match = _notice(found or "")
        if match:
            raise NotAJobPageError(
                "expired", f"job no longer available or page not found: page says {match.group(0)!r}"
            )


def _gone_line(page: Page) -> None:
    """A short line anywhere that is, mostly, an expiry notice ("No longer accepting applications." beside
    the apply button); a description's sentence that mentions a closed position is longer than its match."""
    lines = page.lines
    folded = "\n".join(lines).casefold()  # casefolding is per character: the lines stay where they were
    for index in _lines_with(folded, _NOTICE_WORDS):
        line = lines[index]
        if len(line) > _NOTICE_LINE:
            continue
        match = _notice(line)
        if match and len(match.group(0)) >= _NOTICE_SHARE * len(line.strip(" .!")):
            raise NotAJobPageError("expired", f"job no longer available: page says {line!r}")


def _notice(text: str) -> re.Match[str] | None:
    """The first of ``text``'s expiry phrasings that is not in a conditional or temporal clause."""
    for match in _GONE.finditer(text):
        start = max(0, match.start() - _CLAUSE)
        clause = _SENTENCE_END.split(text[start : match.start()])[-1]
        if not _CONDITIONAL.search(clause):
            return match
    return None


def _lines_with(text: str, words: tuple[str, ...]) -> list[int]:
    """The numbers of the lines of ``text`` that hold one of ``words`` (none holding a line break), in
    order."""
    found: set[int] = set()
    starts: list[int] = []  # each line's offset, once a word is found
    for word in words:
        at = text.find(word)
        while at != -1:
            if not starts:
                starts = [0, *itertools.accumulate(len(line) + 1 for line in text.split("\n"))]
            line = bisect.bisect_right(starts, at) - 1
            found.add(line)
            at = text.find(word, starts[line + 1])  # the next line
    return sorted(found)


def _json_ld_types(page: Page) -> set[str]:
    return {
        kind
        for block in jsonld.blocks(page)
        for obj in jsonld.objects(block)
        for kind in jsonld.types_of(obj)
    }


def _json_ld_listing(page: Page) -> None:
    postings = jsonld.postings(page)
    types = _json_ld_types(page)
    if len(postings) >= 3 or (not postings and types & {"ItemList", "SearchResultsPage", "CollectionPage"}):
        listed = ", ".join(sorted(types & {"ItemList", "SearchResultsPage", "CollectionPage", "JobPosting"}))
        raise NotAJobPageError(
            "listing", f"not a job posting (listing): JSON-LD {listed} with {len(postings)} JobPostings"
        )


def _headline_listing(page: Page) -> None:
    for heading in page.headings:
        match = _BROWSE.match(heading)
        if match:
            raise NotAJobPageError("board-index", f"not a job posting (board-index): page says {heading!r}")
    h1 = page.first("h1")
    for headline in (h1, page.og_title) if h1 else (page.og_title, page.title_tag):
        match = _LISTING.match(headline or "")
        if match:
            kind = "board-index" if _INDEX.search(match.group(0)) else "listing"
            raise NotAJobPageError(kind, f"not a job posting ({kind}): page says {headline!r}")


def _card_listing(page: Page) -> None:
    anchors = page.css("a[href]")
    job_links = {href for href in (a.attributes.get("href") or "" for a in anchors) if _JOB_LINK.search(href)}
    if len(job_links) < _MIN_JOB_LINKS:
        return
    link_text = sum(len(a.text(strip=True)) for a in anchors)
    if link_text >= _LINK_SHARE * max(len(page.body_text), 1):
        raise NotAJobPageError("listing", f"not a job posting (listing): {len(job_links)} links to job pages")


def _result_listing(page: Page) -> None:
    """Search results: a result counter near the top, or a headline that names jobs in the plural ("Remote
    Python Developer Jobs", "Stellenangebote Pflege"), over several result headings that are links."""
    h1 = page.first("h1") or ""
    said = next(
        (line for line in page.lines[:_RESULT_LINES] if len(line) <= 80 and _RESULT_COUNT.match(line)),
        h1 if _PLURAL_JOBS.search(h1) else None,
    )
    if said is None:
        return
    linked = {a.attributes.get("href") for a in page.css("h2 a[href], h3 a[href], h4 a[href]")}
    if len(linked) >= _RESULT_HEADING_LINKS:
        raise NotAJobPageError("listing", f"not a job posting (listing): page says {said!r}")


def _not_a_job(page: Page) -> None:
    types = _json_ld_types(page)
    og_type = (page.meta("og:type") or "").casefold()
    crumbs = f"{page.title_tag or ''} {page.body_text[:300]}"
    words = _job_words(page.body_text)
    for_sale = types & _NOT_JOB_TYPES or og_type in {"product", "product.item"} or _FOR_SALE.search(crumbs)
    if for_sale and len(words) <= _MIN_JOB_WORDS:
        raise NotAJobPageError(
            "not-a-job", f"not a job posting (not-a-job): a {og_type or 'sale'} page without job terms"
        )
    wordless = len(page.body_text) >= _MIN_TEXT_FOR_VOCABULARY and len(words) < _MIN_JOB_WORDS
    if wordless and not jobfacts.shown(page):  # a small employer's page may show facts, not job words
        raise NotAJobPageError(
            "not-a-job", f"not a job posting (not-a-job): no job vocabulary ({sorted(words)})"
        )


def _job_words(text: str) -> set[str]:
    """The job words of ``text`` (casefolded), up to one more than the tests below count: the scan of a long
    alternation stops there, on a posting within its first lines."""
    words: set[str] = set()
    for pattern in (_JOB_WORDS, _JOB_WORDS_CYRILLIC):
        for match in pattern.finditer(text):
            words.add(match.group(0).casefold())
            if len(words) > _MIN_JOB_WORDS:
                return words
    return words
