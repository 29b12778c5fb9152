"""Remote / hybrid / on-site, conservatively, in English, German, French and Spanish (and a few words more).

Sources, strongest first: the remote field (schema.org ``jobLocationType``, a "Remote" badge, Workday's
remote type, a labelled "Télétravail: Non"), the location text, the title, then a few unmistakable
description phrases ("fully remote", "3 days in the office", "this is an on-site role", "100% télétravail",
"trabajo presencial"). An explicit hybrid cue anywhere wins (a remote job with office days is hybrid);
otherwise the strongest source that says anything decides. A plain city with no cue is not assumed to be
on-site: the result is ``None`` with a reason.

Vocabulary (matched on casefolded, accent-free text):

* remote: remote, 100% remote, remote-first, telecommute, work from home, WFH, Homeoffice / Home-Office
  (as the mode itself: "100% Homeoffice", "Arbeitsort: Homeoffice"), Fernarbeit, télétravail (total,
  complet, 100%), full remote, teletrabajo, remoto, en remoto, a distancia, trabajo desde casa.
* hybrid: hybrid, hybride, híbrido, partially remote, "2 days in the office", "Homeoffice möglich",
  "teilweise Homeoffice", mobiles Arbeiten, télétravail partiel/possible/occasionnel, "2 jours de
  télétravail", semipresencial, teletrabajo parcial.
* on-site: on site, on-site, onsite, in office, in-office, in person, office-based, vor Ort, Präsenz,
  im Büro, sur site, présentiel, presencial, en la oficina; and a negated remote cue: "not remote",
  "no remote", "Remote: No", "Télétravail: Non", "kein Homeoffice", "sin teletrabajo", "no remoto".
* also: Dutch "Thuiswerken: 2 dagen per week", Italian "lavoro agile" / "smart working" (hybrid; not after
  "100%"), Swedish "på distans en dag i veckan" (hybrid) and "Arbetet utförs på plats" (on-site), "a
  site-based role", "praca stacjonarna", "trabalho presencial", "jornada completa presencial", "il lavoro si
  svolge interamente in sede", "je werkt op locatie" in running text (on-site), and a negated remote cue
  with its verb first ("ist Homeoffice in dieser Position nicht möglich");
* also: Polish (praca zdalna / hybrydowa / stacjonarna, "pracujemy hybrydowo"), Russian (удалённая работа),
  "Remote möglich" and "Homeoffice an einzelnen Tagen" (hybrid), "an office-based position" (on-site),
  Italian (da remoto, ibrido, in sede), Danish
  (fjernarbejde, hybridarbejde), Dutch (thuiswerken, op kantoor), Japanese (リモート, ハイブリッド,
  週2日出社 = hybrid), Chinese (远程); "Remote job: No" and "Telework eligible: No" are on-site.
* also (running text): an office or studio and a count of days a week in one clause ("work from our Leeds
  office … three days a week"), a remote word and a count of days a week ("Remote-Arbeit ist … an zwei Tagen
  pro Woche möglich", "på distans delvis, två dagar i veckan"), remote with office presence at a regular
  interval ("da remoto, con presenza in studio una volta al mese"), "arbejde hjemme en dag om ugen", "jobbe
  hjemmefra to dager i uka", "home office jeden den v týdnu", "deels thuiswerken", "thuiswerken is
  mogelijk", "lavoro ibrido", "pracę hybrydową" (hybrid); "Remote within Canada" opening a sentence,
  "teletrabalho a 100 %" (remote); "la présence sur site est obligatoire", "on-site attendance is required",
  "le poste ne permet pas le télétravail", "thuiswerken is … niet mogelijk", "die Tätigkeit findet
  ausschließlich vor Ort statt", "office-based at the firm's Micklegate office", "un poste sur place"
  (on-site); "with one day a week working from home" (hybrid).
* also (a field): Swedish "Helt på distans" / "Distansarbete", Dutch "Volledig op afstand" (remote).
* not this job's mode (blanked before anything is read): benefits ("work from anywhere weeks", "a week of
  remote work from abroad", "remote work stipend for eligible roles"), the company's way of working ("a
  remote-first company": the job's own statement decides), another team's schedule ("a hybrid schedule for
  our Boston business team"). A field role ("field-based", "home-based", "on the road") states no mode.
* never a work mode: "remote control", "remote sensing", "remote monitoring", "remote patient",
  "remote access", "remote areas", "remote locations"; "hybrid cloud", "hybrid vehicle", "hybrid app".
"""

from __future__ import annotations

import re

from hirehound.ingest.models import RemoteMode
from hirehound.ingest.normalize._common import Parsed, strip_accents

__all__ = ["parse_remote"]


class _Folded:
    """A case-insensitive pattern for casefolded text. Casefolding left the text without a capital, so its
    case-sensitive twin finds the same matches, faster (no character is case-folded to be compared); only
    text with a dotless i (U+0131, an "i" to the case-insensitive pattern) gets the case-insensitive one."""

    def __init__(self, pattern: str) -> None:
        if re.search(r"[A-Z]", re.sub(r"\\.", "", pattern)):
            raise ValueError(f"a pattern for casefolded text has a capital letter: {pattern!r}")
        self._folding = re.compile(pattern, re.IGNORECASE)
        self._exact = re.compile(pattern)

    def on(self, key: str) -> re.Pattern[str]:
        """The pattern to run on ``key`` (casefolded text)."""
        return self._exact if "\u0131" not in key else self._folding


_NUMBER = (
    r"(?:[1-4]|one|two|three|four|ein(?:en|em)?|zwei|drei|vier|un|deux|trois|quatre|uno|dos|tres|cuatro"
    r"|to|tre|fire"  # Danish/Norwegian two, three, four ("op til to dage")
    r"|tva|twee|drie|vier|due|dwa|dwoch|trzy|dois|duas)"  # Swedish, Dutch, Italian, Polish, Portuguese
)
# "One" in Nordic and Czech ("en dag om ugen", "jeden den v týdnu"), only before a day: "en" is also French.
_ONE_OR_NUMBER = rf"(?:{_NUMBER}|en|ett|jeden|jedn[uy])"
_NO = r"(?:no|non|nein|none|not\s+(?:possible|available|allowed)|pas\s+possible|non\s+autorise|ningun[oa]?)"
_REMOTE_WORD = (
    r"(?:remote(?:\s+(?:work(?:ing)?|job|eligible))?|telework(?:\s+eligible)?|home\s?-?office|teletravail(?:ler)?"
    r"|teletrabaj(?:o|ar)|teletrabalh(?:o|ar)|remoto|work(?:ing)?\s+from\s+home|mobiles?\s+arbeiten|hjemmearbejde|hjemmekontor"
    r"|distansarbete|thuiswerk(?:en)?|lavoro\s+agile|smart[\s-]working|(?:arbeta\s+)?pa\s+distans"
    r"|arbejde\s+hjemme(?:fra)?|(?:arbeide|jobbe)\s+hjemmefra)"
)
# After the remote word, before its days: "up to", "bis zu", "jusqu'à", "an" (einem Tag), "op til" (2 dage).
_UP_TO = r"(?:bis\s+zu\s+|up\s+to\s+|jusqu'a\s+|an\s+|op\s+til\s+|upp\s+till\s+|hasta\s+|fino\s+a\s+|tot\s+)?"

# A bare "hybride"/"híbrido" names the work mode in a field; in running text only in a phrase
# ("mode hybride", "modalidad híbrida"), as "voitures hybrides" is about cars. English "hybrid" counts in
# both, past the technical uses below.
_HYBRID_IN_FIELD = _Folded(
    r"\bhybrid(?:e|es|er|en)?\b|\bhibrid[oa]s?\b|\bhybrydow\w*|\bibrid[oa]\b|\bhybridarbejde\b"
    r"|週\s*\d(?:\s*[~\uff5e\u301c-]\s*\d)?\s*日(?:程度)?出社|ハイブリッド"
    r"|リモート(?:ワーク)?(?:可|ok|あり)",  # remote work allowed, as "Homeoffice möglich"
)
_HYBRID_IN_TEXT = _Folded(
    r"\bhybrid\b|\b(?:mode|travail|modele|format|organisation|rythme|teletravail)\s+hybride\b|"
    r"\b(?:pracujemy|prac[aey]|pracujesz|tryb\w*|model\w*|system\w*)\s+hybrydow\w*|"
    r"\b(?:lavoro|modalita|modello|regime|formula)\s+ibrid[oa]\b|"
    r"\b(?:modalidad|trabajo|modelo|esquema|formato|regimen)\s+hibrid[oa]\b|"
    r"\bhybride[sn]?\s+(?:arbeiten|arbeitsmodell|arbeitsweise|modell|arbeitsplatz|werken|werkplek|werkmodel)\b"
    r"|\bhybridarbejde\b",
)
_DAYS = r"(?:days?|tage?n?|jours?|dias?|dage|dagar|dagen|dag|giorni|giorno|dni)"
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri)days?|(?:mon|diens|donners|frei)tags?|mittwochs?|"
    r"(?:lun|mar|mercre|jeu|vendre)dis?|lunes|martes|miercoles|jueves|viernes)\b"
)
# Hybrid phrases, each behind words it cannot match without (a cheap ``in`` test before the pattern).
_HYBRID: tuple[tuple[tuple[str, ...], _Folded], ...] = tuple(
    (needles, _Folded(pattern))
    for needles, pattern in (
        (("day", "tag", "jour", "dia", "dag", "giorn", "dni"),
         rf"\b{_NUMBER}\s*(?:-|to|or|bis|a|à)?\s*(?:[2-4]\s*)?{_DAYS}\s+"
         rf"(?:a\s+|per\s+|each\s+|pro\s+|par\s+|por\s+|(?:in\s+)?der\s+)?(?:week\s+|woche\s+|semaine\s+|semana\s+)?"
         rf"(?:in|at|from|im|vor|au|en|(?:de|en)\s+la|w|op|no|na|pa)\s+(?:the\s+|our\s+|unserem\s+|bureau|oficina|ort|office|hq|site"
         rf"|buro|sede|biurze|kantoor|escritorio|kontoret|studio)|"
         rf"\b{_NUMBER}\s*(?:-|to|a|à)?\s*(?:[2-4]\s*)?{_DAYS}\s+(?:of\s+|de\s+)?"
         rf"(?:remote|home\s?-?office|teletravail|teletrabajo)\b|\bin[\s-]office\s+{_NUMBER}\s+days?\b|"
         rf"\b{_REMOTE_WORD}\s*:?\s*{_UP_TO}{_NUMBER}\s*(?:-\s*[2-4]\s*)?{_DAYS}\b"),
        (("office", "home", "wfh", "remote", "studio", "hq", "headquarters"),
         rf"\b(?:office|studio|hq|headquarters)\b[^.;\n\x00]{{0,40}}?\b{_NUMBER}\s+{_DAYS}\s+(?:a|per|each)\s+week\b|"
         rf"\b{_NUMBER}\s+(?:work[\s-]from[\s-]home|wfh|remote|home[\s-]?office)\s+days?\b|"
         # "mostly based at our Caversham hub, with one day a week working from home"
         rf"\b{_NUMBER}\s+{_DAYS}\s+(?:a|per|each)\s+week\s+(?:of\s+)?(?:working\s+|work\s+)?(?:from|at)\s+home\b"),
        (("semi", "part", "remote and", "remote &"),
         r"\bsemi-?presencial\b|\bpartial(?:ly)?\s+remote\b|\bpart(?:ly|ially)?[\s-]remote\b|"
         r"\bremote\s+(?:and|&)\s+(?:in[\s-]office|on[\s-]?site)\b"),
        (("home", "remote"),
         r"(?<!%)(?<!% )\b(?:home\s?-?office|remote)\s+(?:moglich|optional|tageweise|teilweise|anteilig|"
         r"nach\s+absprache|an\s+einzelnen\s+tagen)\b|\b(?:teilweise|anteilig|tageweise)\s+(?:im\s+)?home\s?-?office\b|"
         r"\bmoglichkeit\s+(?:fur|zum|zu)\s+(?:home\s?-?office|remote|mobiles\s+arbeiten)\s+an\s+einzelnen\s+tagen\b|"
         r"\bhome\s?-?office\s+an\s+einzelnen\s+tagen\b"),
        (("mobil",), r"\bmobiles?\s+arbeiten\b"),
        # Italian agile work (days a month or a week from home by law), Swedish "på distans en dag i veckan"
        (("agile", "smart"), r"(?<!100\s%\s)(?<!100%\s)\b(?:lavoro\s+agile|smart[\s-]working)\b"),
        (("distans",), r"\bdistans\s+(?:en|ett|tva|tre|[1-4])\s+(?:dag|dagar)\b"),
        (("teletra",),
         r"\bteletravail\s*(?::\s*)?(?:partiel|possible|occasionnel|frequent|hybride|ponctuel|oui\s*,?\s*partiel)\b|"
         r"\bteletrabajo\s+(?:parcial|flexible|hibrido)\b"),
        (("flex",), r"\bflex(?:ible)?\s+(?:hybrid|working\s+model)\b|\bflexible\s+remote\b"),
        # named office days: "in our Manhattan office on Tuesdays, Wednesdays and Thursdays"
        (("office", "buro", "bureau", "oficina"),
         rf"\b(?:work|working|be|are|come|spend|join)\b[^.\n]{{0,40}}?\boffice\b[^.\n]{{0,30}}?\bon\s+{_WEEKDAY}|"
         rf"\b{_WEEKDAY}[^.\n]{{0,40}}?\b(?:in|at|im|au|en)\s+(?:the\s+|our\s+|unserem\s+|la\s+)?"
         rf"(?:office|buro|bureau|oficina)\b|\b(?:presence|presencia|travail|trabajo|asistencia)\b[^.\n]{{0,30}}?"
         rf"\b(?:bureau|oficina)\b[^.\n]{{0,30}}?\b(?:les?|los|el)\s+{_WEEKDAY}"),
        # weekdays named as the home days: "Mondays and Fridays are home days"
        (("home days", "wfh days", "remote days"),
         rf"\b{_WEEKDAY}[^.\n]{{0,40}}?\bare\s+(?:our\s+)?(?:home|wfh|remote|work[\s-]from[\s-]home)\s+days\b"),
        # a remote word and a count of days a week in one clause: "Remote-Arbeit ist nach der Einarbeitung
        # an zwei Tagen pro Woche möglich", "jobba på distans delvis, två dagar i veckan"
        (("remot", "home", "mobil", "distans", "thuis", "teletra", "hjemme", "agile", "smart", "zdaln"),
         rf"(?<!fully\s)(?<!100%\s)(?<!100\s%\s)\b{_REMOTE_WORD}[\w-]*[^.;\n\x00]{{0,50}}?\b{_ONE_OR_NUMBER}\s+"
         rf"(?:{_DAYS}|den|dny|dager)\s+(?:a|per|pro|in\s+der|par|por|each|i|om|w|a\s+la|alla|na|em|v)\s+"
         rf"(?:week|woche|semaine|semana|settimana|tygodniu|veckan|ugen|uge|uka|tydnu)\b"),
        # partly remote: "deels thuiswerken", "thuiswerken is mogelijk", "på distans delvis"
        (("thuis", "distans"),
         r"\b(?:deels|gedeeltelijk|af\s+en\s+toe|soms)\s+thuis\s?werk\w*|"
         r"\bthuis\s?werk\w*\s+(?:is\s+)?(?:(?:ook\s+)?mogelijk|bespreekbaar|in\s+overleg)\b|"
         r"\bdistans\s+delvis\b|\bdelvis\s+(?:pa\s+)?distans\b"),
        # remote with the office at a regular interval: "da remoto, con presenza in studio una volta al mese"
        (("once", "twice", "volt", "einmal", "zweimal", "fois", "vez", "raz"),
         rf"(?:\b{_REMOTE_WORD}|\bfrom\s+home)\b[^.\n\x00]{{0,60}}?\b(?:presenza|presence|presencia|presenca|"
         r"in\s+(?:the\s+|our\s+)?office|in\s+sede|in\s+studio|im\s+buro|au\s+bureau|en\s+la\s+oficina|"
         r"no\s+escritorio|op\s+kantoor|w\s+biurze)\b[^.\n\x00]{0,40}?\b(?:once|twice|una\s+volta|due\s+volte|"
         r"einmal|zweimal|une\s+fois|deux\s+fois|una\s+vez|dos\s+veces|uma\s+vez|duas\s+vezes|raz|dwa\s+razy)"
         r"\s+(?:a|per|al|im|pro|par|por|in\s+a|w|ao|por|na|in\s+der)\s+(?:week|month|mese|settimana|monat|woche|"
         r"mois|semaine|mes|semana|miesiacu|tygodniu)\b"),
    )
)  # fmt: skip
_HYBRID_TECH = _Folded(
    r"\bhybri(?:d|de|do)\s+(?:cloud|apps?|mobile|vehicles?|cars?|approach|model(?:s|ing)|solutions?|"
    r"it|infrastructure|environments?|systems?|integration|architecture|warfare|energy|engine)\b",
)
_NOT_REMOTE = _Folded(
    rf"\b(?:not|no|non|kein(?:e|en)?|sin|pas\s+de|sans)[\s-]+(?:a\s+|de\s+|le\s+)?{_REMOTE_WORD}\b|"
    rf"\b{_REMOTE_WORD}\s*(?:is\s+)?(?::|-|=)?\s*{_NO}(?=\s*(?:$|[-\u2013.,;:)|/\n]))|"  # "Télétravail: Non"
    rf"\bremote\s+(?:work\s+)?(?:is\s+)?not\s+(?:possible|available|an\s+option|offered)\b|"
    # "not eligible for remote work", "ikke mulighed for hjemmearbejde", "sin posibilidad de teletrabajo"
    rf"\b(?:not\s+eligible\s+for|ineligible\s+for|ikke\s+mulighed\s+for|ingen\s+mulighed\s+for|"
    rf"keine\s+moglichkeit\s+(?:zum|fur)|sin\s+posibilidad\s+de|pas\s+de\s+possibilite\s+de)\s+{_REMOTE_WORD}\b|"
    # "mobiles Arbeiten ist in dieser Rolle nicht möglich", "remote work is sadly not possible here"
    rf"\b{_REMOTE_WORD}\s+(?:ist|is|est|es|er|ar)\b[^.;\n\x00]{{0,30}}?\b(?:nicht|not|pas|no|ikke|inte|niet)\s+"
    rf"(?:moglich|possible|posible|muligt?|mojligt|mogelijk|available|disponible|an\s+option)\b|"
    # "le poste ne permet pas le télétravail", "the role does not allow for remote work"
    rf"\b(?:ne\s+permet(?:tent)?\s+pas|n'?est\s+pas\s+compatible\s+avec|does\s+not\s+(?:allow|permit)"
    rf"(?:\s+for)?|doesn'?t\s+(?:allow|permit)(?:\s+for)?|no\s+permite|non\s+(?:consente|prevede)|"
    rf"erlaubt\s+kein(?:e|en)?|lasst\s+kein(?:e|en)?)\s+(?:le\s+|la\s+|de\s+|el\s+|il\s+|lo\s+|the\s+|any\s+)?"
    rf"{_REMOTE_WORD}\b|"
    # the verb before it ("... ist Homeoffice in dieser Position nicht möglich")
    rf"\b(?:ist|is|est|es|er|ar)\s+{_REMOTE_WORD}\b[^.;,\n\x00]{{0,30}}?\b(?:nicht|not|pas|no|ikke|inte)\s+"
    rf"(?:moglich|possible|posible|muligt?|mojligt|available|disponible)\b",
)
# A work mode named in a short field: any mention counts.
_ONSITE_FIELD = _Folded(
    r"\bon[\s_-]?site\b|\bin[\s-](?:the\s+)?(?:office|person)\b|\boffice[\s-]based\b|\bvor\s+ort\b|"
    r"\bwork(?:ing)?\s+(?:from|at)\s+(?:the\s+)?office\b|"
    r"\bpr(?:a|ae)senz\w*|\bim\s+buro\b|\bsur\s+site\b|\b(?:en\s+)?presentiel(?:le)?\b|\bpresencial\b|"
    r"\ben\s+(?:la\s+)?oficina\b|\bsite[\s-]based\b|\bpraca\s+stacjonarna\b|\bin\s+sede\b|\bpresenziale\b"
    r"|\bpa\s+kontoret\b|\bop\s+kantoor\b|\bpa\s+plats\b|\bop\s+locatie\b|出社勤務",
)
_REMOTE_FIELD = _Folded(
    r"\btelecommut\w*|\bremote\b(?![\s-]+(?:sensing|control|monitoring|patient|access|pilot|operat\w*|"
    r"areas?|locations?|sites?|regions?|villages?|communities|island|support\s+tools|desktop|server|"
    r"viewing|learning\s+environment)\b)|"
    r"\bwork(?:ing)?\s+from\s+(?:home|anywhere)\b|\bwfh\b|\bhome\s?-?office\b|\bfernarbeit\b|\bteletravail\b|"
    r"\bteletrabajo\b|\bremot[oa]\b|\ba\s+distancia\b|\bdesde\s+casa\b|\banywhere\b|\bzdaln\w+"
    r"|\bfjernarbejde\b|\bhjemmefra\b|\bthuiswerk\w*|リモート|在宅勤務|远程"
    r"|\bpa\s+distans\b|\bdistansarbete\b|\bop\s+afstand\b"  # "Helt på distans", "Volledig op afstand"
    r"|\bудаленн\w*|\bудаленно\b",  # noqa: RUF001 - Cyrillic letters, as written
)
# In running text only unmistakable phrases count.
_REMOTE_TEXT = _Folded(
    r"\b(?:fully|100\s*%|completely|entirely|full[\s-]time|full)\s+remote\b|\bremote[\s-]first\b|"
    r"\bwork\s+from\s+anywhere\b|\b(?:this|the)\s+(?:is\s+an?\s+|position\s+is\s+|role\s+is\s+)?"
    r"(?:remote\s+(?:position|role|job|opportunity))\b|\b(?:position|role|job)\s+is\s+(?:based\s+)?"
    r"(?:fully\s+)?remote(?:ly)?\b|\b(?:100\s*%|komplett|vollstandig|ausschliesslich)\s+(?:im\s+)?"
    r"(?:remote|home\s?-?office)\b|\b(?:100\s*%|full)\s+teletravail\b|\bteletravail\s+(?:total|complet|a\s+100\s*%)\b|"
    r"\b100\s*%\s+(?:en\s+)?(?:remoto|teletrabajo)\b|\b(?:trabajo|puesto|posicion)\s+(?:100\s*%\s+)?(?:en\s+)?remoto\b|"
    r"(?:^|[.:!?\n]\s*)(?:fully\s+)?remote\s+(?:within|across|anywhere\s+in|from\s+anywhere\s+in)\s|"
    r"\bteletrabalho\s+(?:a\s+)?100\s*%|\b100\s*%\s+(?:em\s+)?(?:teletrabalho|remoto)\b|"
    r"\bteletrabalho\s+(?:total|integral|completo)\b|\b(?:teletravail|teletrabajo|remoto)\s+(?:a|al)\s+100\s*%|"
    r"\b(?:полностью\s+)?удаленн(?:ая|ую)\s+работ[ау]\b",  # noqa: RUF001 - Cyrillic letters, as written
)
_ONSITE_TEXT = _Folded(
    r"\bbased\s+on[\s-]?site\b|\b(?:role|position|job)\s+is\s+(?:based\s+|located\s+)?(?:fully\s+|100\s*%\s+)?"
    r"(?:on[\s-]?site|in[\s-](?:office|person))\b|\b(?:on[\s-]?site|in[\s-]office|in[\s-]person)\s+"
    r"(?:role|position|job)\b|\bmust\s+(?:be\s+able\s+to\s+)?work\s+(?:on[\s-]?site|in[\s-](?:the\s+)?office)\b|"
    r"\b(?:5|five)\s+days\s+(?:a\s+|per\s+)?(?:week\s+)?(?:in\s+(?:the\s+)?office|on[\s-]?site)\b|"
    r"\bon[\s-]?site\s+(?:5|five)\s+days\b|"
    r"\bis\s+an?\s+(?:on[\s-]?site|in[\s-]office|in[\s-]person)(?:,?\s+[\w-]+){0,2}\s+(?:role|position|job)\b|"
    r"\b100\s*%\s+(?:on[\s-]?site|presencial|vor\s+ort|en\s+presentiel)\b|"
    r"\b(?:trabajo|puesto|modalidad|jornada)\s+presencial\b|\b(?:poste|travail)\s+(?:en\s+presentiel|sur\s+(?:site|place))\b|"
    r"\boffice[\s-]based\s+(?:role|position|job)\b|\b(?:role|position|job)\s+is\s+office[\s-]based\b|"
    # "21 hours a week over three days, office-based at the firm's Micklegate office"
    r"\boffice[\s-]based\s+(?:at|in)\s+(?:the|our|its|their|a)\b|"
    r"\bsite[\s-]based\s+(?:role|position|job|post)\b|\bpraca\s+stacjonarna\b|"
    r"\b(?:arbetet|tjansten)\s+(?:utfors|sker)\s+(?:till\s+storsta\s+delen\s+)?pa\s+plats\b|"
    r"\btrabalho\s+(?:100\s*%\s+)?presencial\b|\bjornada\s+(?:completa|parcial|intensiva)\s+presencial\b|"
    r"\b(?:interamente|completamente|esclusivamente|100\s*%)\s+in\s+sede\b|\bsi\s+svolge\s+in\s+sede\b|"
    r"\b(?:je|u)\s+werkt\s+(?:altijd\s+|volledig\s+)?op\s+locatie\b|"
    # "la présence sur site est obligatoire", "on-site attendance is required", "Anwesenheit vor Ort …"
    r"\bpresence\s+(?:sur\s+site|au\s+bureau|en\s+agence|physique)\s+(?:est\s+)?(?:obligatoire|requise|indispensable)\b|"
    r"\bpresence\s+(?:obligatoire|requise)\s+(?:sur\s+site|au\s+bureau)\b|"
    r"\b(?:on[\s-]?site|in[\s-]office|in[\s-]person)\s+(?:presence|attendance)\s+(?:is\s+)?(?:required|mandatory|essential)\b|"
    r"\banwesenheit\s+vor\s+ort\s+(?:ist\s+)?(?:erforderlich|notwendig|pflicht|vorausgesetzt)\b|"
    # "Die Tätigkeit findet ausschließlich vor Ort statt", "die Arbeit erfolgt vor Ort"
    r"\b(?:tatigkeit|arbeit|stelle|position)\s+(?:findet|erfolgt)\s+(?:ausschliesslich\s+|nur\s+|vollstandig\s+)?"
    r"vor\s+ort\b|"
    # "It cannot be done remotely", "this is not a role that can be done from home"
    r"\b(?:can\s?not|can't)\s+be\s+(?:done|performed|carried\s+out)\s+(?:remotely|from\s+home)\b|"
    r"\bnot\s+a\s+(?:role|position|job)\s+that\s+can\s+be\s+(?:done|performed)\s+(?:remotely|from\s+home)\b",
)
_FIELD_LIMIT = 200  # longer "fields" are running text
# Every phrase above contains one of these words; a window of lower-cased text around each is what
# gets read (``str.find`` over 20,000 characters is much faster than one pattern with 30 alternatives).
_TRIGGERS = (
    "hybri", "híbrid", "hibrid", "remot", "office", "télétra", "teletra", "presencial", "présentiel",
    "presentiel", "onsite", "on site", "on-site", "in person", "in-person", "vor ort", "büro", "buro",
    "bureau", "oficina", "mobiles", "telecommut", "wfh", "anywhere", "distancia", "casa", "präsenz",
    "prasenz", "fernarbeit", "hybryd", "удал", "hjemme", "distans", "eligible", "thuis", "agile", "smart",
    "site-based", "site based", "stacjonar", "plats", "in sede", "op locatie", "from home", "sur site",
    "studio", "home days", "ibrid", "présence", "presence", "anwesenheit", "sur place",
)  # fmt: skip
_WINDOW = 160


def _key(text: str) -> str:
    return strip_accents(text).casefold() if not text.isascii() else text.casefold()


_HYBRID_STEMS = ("hybri", "ibrid", "hybryd", "出社", "ハイブリッド", "リモート")


# The whole working week ("Monday - Friday, 8:30 - 5:30; in office") names no office days.
_WHOLE_WEEK = re.compile(r"\b(?:monday|mon)\s*(?:-|\u2013|to|through|thru)\s*(?:friday|fri)\b")


def _hybrid(text: str, words: _Folded) -> bool:
    """A hybrid phrase or word in ``text`` (casefolded), other than a technical "hybrid cloud"."""
    text = _WHOLE_WEEK.sub(" ", text)
    if any(stem in text for stem in _HYBRID_STEMS) and any(
        not _HYBRID_TECH.on(text).match(text, m.start()) for m in words.on(text).finditer(text)
    ):
        return True
    return any(
        any(n in text for n in needles) and pattern.on(text).search(text) for needles, pattern in _HYBRID
    )


# Work-mode words that are not this job's mode: a benefit ("work from anywhere weeks", "a week of remote work
# from abroad", "remote work stipend for eligible roles"), the company's way of working ("a remote-first
# company"), another team's schedule ("a hybrid schedule for our Boston business team").
_NOT_THE_JOBS = _Folded(
    r"\bwork(?:ing)?\s+from\s+anywhere\s+(?:weeks?|days?|months?|policy|scheme|programme|program|allowance|"
    r"budget|stipend|options?|benefit)\b|"
    r"\b(?:a|one|two|three|four|[1-9])\s+weeks?\s+(?:a\s+year\s+)?(?:of\s+)?(?:remote\s+work(?:ing)?|working\s+remotely|"
    r"work(?:ing)?\s+from\s+(?:anywhere|abroad))\b(?:\s+from\s+(?:abroad|anywhere))?|"
    r"\b(?:remote[\s-]work(?:ing)?|home[\s-]?office|work[\s-]from[\s-]home|wfh)\s+(?:stipend|allowance|budget|"
    r"equipment|kit|set-?up)\b(?:\s+(?:of\s+)?\S+)?(?:\s+for\s+eligible\s+(?:roles|positions|employees|staff))?|"
    r"\bremote[\s-]first\s+(?:company|team|organi[sz]ation|culture|business|startup|employer|studio|agency)\b|"
    r"\bhybrid\s+(?:work(?:ing)?\s+)?(?:schedules?|models?|arrangements?|options?|polic(?:y|ies))?\s*for\s+"
    r"(?:our|the|all|most|some|eligible|corporate|office|head\s+office)\b[^.;\n\x00]{0,40}?"
    r"\b(?:teams?|roles|positions|staff|employees|colleagues|functions)\b|"
    # "corporate roles there follow a hybrid schedule": other staff's schedule, stated after them
    r"\b(?:corporate|office|head\s+office|hq|headquarters|other|some|sales|support)\s+(?:roles|positions|staff|"
    r"employees|teams?|colleagues)\b[^.;\n\x00]{0,30}?\b(?:follow|work|have|are\s+on|use)\s+(?:a\s+)?hybrid\b"
    r"(?:\s+(?:schedule|model|pattern|arrangement))?",
)


def _not_the_jobs(key: str) -> str:
    """The text with work-mode words that are not this job's mode blanked."""
    return _NOT_THE_JOBS.on(key).sub(lambda m: " " * len(m.group()), key)


def _unnegated(key: str) -> tuple[str, bool]:
    """The text with negated remote phrases blanked ("kein Homeoffice möglich" names no hybrid), and
    whether there was one."""
    masked = _NOT_REMOTE.on(key).sub(lambda m: " " * len(m.group()), key)
    return masked, masked != key


def _field_mode(text: str | None) -> RemoteMode | None:
    """A short field (remote badge, location, title): any mode word counts."""
    if not text:
        return None
    if len(text) > _FIELD_LIMIT:
        return _text_mode(text)
    key, negated = _unnegated(_not_the_jobs(_key(text)))
    if _hybrid(key, _HYBRID_IN_FIELD):
        return RemoteMode.HYBRID
    if negated or (_ONSITE_FIELD.on(key).search(key) and not _REMOTE_FIELD.on(key).search(key)):
        return RemoteMode.ONSITE
    return RemoteMode.REMOTE if _REMOTE_FIELD.on(key).search(key) else None


def _windows(text: str) -> str:
    """The parts of a long text around a work-mode word, lower-cased and joined by a separator no
    pattern crosses: the phrase patterns then run on a few hundred characters, not 20,000."""
    low = text.lower()
    hits: list[tuple[int, int]] = []
    for word in _TRIGGERS:
        at = low.find(word)
        while at != -1:
            hits.append((at, at + len(word)))
            at = low.find(word, at + 1)
    spans: list[list[int]] = []
    for found, ends in sorted(hits):
        start, end = max(0, found - _WINDOW), ends + _WINDOW
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return " \x00 ".join(low[start:end] for start, end in spans)


def _text_mode(text: str | None) -> RemoteMode | None:
    """A long description: only unmistakable phrases count."""
    if not text or not (near := _windows(text)):
        return None
    key, negated = _unnegated(_not_the_jobs(_key(near)))
    if _hybrid(key, _HYBRID_IN_TEXT):
        return RemoteMode.HYBRID
    if negated or _ONSITE_TEXT.on(key).search(key):
        return RemoteMode.ONSITE
    if _REMOTE_TEXT.on(key).search(key):
        return RemoteMode.REMOTE
    return None


def parse_remote(
    remote_text: str | None = None,
    location_text: str | None = None,
    title: str | None = None,
    description: str | None = None,
) -> Parsed[RemoteMode]:
    """Combine the sources as described in the module docstring."""
    modes = [
        _field_mode(remote_text),
        _field_mode(location_text),
        _field_mode(title),
        _text_mode(description),
    ]
    if RemoteMode.HYBRID in modes:
        return Parsed.ok(RemoteMode.HYBRID)
    for mode in modes:
        if mode is not None:
            return Parsed.ok(mode)
    return Parsed.fail("no remote/hybrid/on-site cue")
