"""Employment type from schema.org values or free text, in English, German, French and Spanish.

Vocabulary (matched on folded text): full time ("Full-time", "Permanent", "Vollzeit", "Festanstellung",
"unbefristet", "CDI", "temps plein", "jornada completa", "tiempo completo", "indefinido"), part time
("Teilzeit", "temps partiel", "media jornada", "jornada parcial"), contract ("Contractor", "Freelance",
"freie Mitarbeit", "indépendant", "autónomo"), temporary ("befristet", "CDD", "intérim", "Zeitarbeit",
"temporal", "seasonal") and internship ("Werkstudent", "Praktikum", "Ausbildung", "stage",
"alternance", "prácticas", "becario"); a few words of Danish/Swedish/Norwegian (fuldtid, heltid, deltid),
Italian (tempo pieno/parziale, tirocinio, "tempo determinato" temporary), Polish (pełny/niepełny etat),
Czech (plný/zkrácený úvazek, "na dobu určitou" temporary), Portuguese ("contrato a termo" temporary), Dutch,
Japanese
(正社員, パート, アルバイト, 契約社員 contract, 派遣社員 temporary), Chinese (全职, 兼职, 实习) and Russian
(полная / частичная занятость, проектная работа); a Polish "B2B" engagement is a contract, and so are the
self-employed engagements "ZZP", "partita IVA", "contratação PJ" and "umowa zlecenie"; a Danish or Swedish
"(sommer/sommar)vikariat", also as the end of a compound ("Lærervikariat"), is temporary, in the title too.

Several values are combined: a specific engagement (internship, contract, temporary) wins over the
working-time words ("Full-time, Contract" is a contract; a "Werkstudent" part-time job is an internship).
Permanence words ("Permanent", "Regular", "indefinido") beside a part-time word are not full-time ("Permanent,
part-time" is part-time). Two different specific engagements, or both full- and part-time, are ambiguous
and give ``None``.

"Contract" after the term it names is the noun, not a contractor engagement: "Fixed-term contract" and
"Tijdelijk contract" are temporary, "Permanent contract" and "Vast contract" permanent. Also temporary:
"temporaire", "tijdelijk", Swedish "visstidsanställning" and "tidsbegränsad".

**Weekly hours** ("37 hours per week", "20 - 24 uur per week", "37 timer om ugen", "20 Std./Woche",
"40h semanais", and in a title's brackets "(24 uur)", "(Teilzeit 25-30 Std.)"): at most
30 a week is part-time, 35 or more full-time, a range across the two (32-40) says nothing; "0.6 FTE" is
part-time, "1.0 FTE" full-time; Polish "1/2 etatu" and "pół etatu" part-time, "1/1 etatu" full-time.

**Workload** (Swiss and German postings: "Pensum 80-100%" (any dash), "Arbeitspensum: 60%", "Workload 100%",
"taux d'activité 80-100%", a title "Engineer (80-100%)"): a workload whose upper end is 100% is
full-time, since the post can be held at full time and Swiss boards list "80-100%" posts as full-time;
an upper end below 100% ("50%", "60-80%") is part-time. It is read like any other working-time word.

Without an employment-type field, only the title ("Intern", "(Contract)", "Teilzeit", "Stage -",
"80-100%") and an explicit labelled line in the description ("Employment type: ...", "Anstellungsart:",
"Type de contrat :", "Tipo de contrato:", "Pensum:") are read, never running text.
"""

from __future__ import annotations

import re

from hirehound.ingest.models import EmploymentType
from hirehound.ingest.normalize._common import Parsed, clip, fold

__all__ = ["parse_employment_type"]

_PATTERNS: list[tuple[EmploymentType, re.Pattern[str]]] = [
    (t, re.compile(rx))
    for t, rx in [
        (EmploymentType.INTERNSHIP, r"\b(?:intern(?:ship)?s?|werkstudent(?:in)?|working student|praktik\w*|"
                                    r"co op|apprentice(?:ship)?|ausbildung|stage|stagiaire|trainee|"
                                    r"alternance|alternant\w*|apprenti\w*|practicas|practicante|becari[oa]s?|"
                                    r"pasantia|graduate program(?:me)?|tirocini\w*|stagista|praktikant\w*|"
                                    r"praktyk\w*|estagi\w*)\b|インターン|实习"),
        (EmploymentType.CONTRACT, r"\b(?:contract(?:or|ors)?|freelanc\w*|1099|c2c|corp to corp|"
                                  r"consultant contract|self employed|auftragnehmer|freie mitarbeit\w*|"
                                  r"freiberuflich\w*|independant|auto ?entrepreneur|autonomo|"
                                  r"por cuenta propia|b2b|проектная работа|zzp(?:er)?|partita iva|"
                                  r"umow[aey] zleceni[ea]|umow[aey] o dzielo|contratacao pj|contrato pj|"
                                  r"regime pj|pessoa juridica)\b|契約社員|嘱託社員|業務委託"),
        (EmploymentType.TEMPORARY, r"\b(?:temp(?:orary)?|seasonal|fixed term|befristet\w*|per diem|cdd|"
                                   r"interim(?:aire)?|locum|maternity cover|zeitarbeit|leiharbeit|aushilfe|"
                                   r"saisonnier|temporal|eventual|duree determinee|duracion determinada|"
                                   r"sustitucion|tempo determinato|contrato a termo|"
                                   r"a termo (?:certo|incerto)|"
                                   r"(?:na )?dob[ua] urcit(?:a|ou)|временная работа|temporaire|"
                                   r"tijdelijk\w*|visstid\w*|"
                                   r"tidsbegransad\w*)\b"
                                   r"|\b\w*vikariat\w*\b|派遣社員"),
        (EmploymentType.PART_TIME, r"\b(?:part time|parttime|teilzeit|mini ?job|temps partiel|"
                                   r"media jornada|jornada parcial|tiempo parcial|medio tiempo|"
                                   r"workload part time|deltid|del tid|tempo parziale|niepelny etat|"
                                   r"meio periodo|meio tempo|tempo parcial|"
                                   r"deeltijd|zkraceny uvazek|castecny uvazek|"
                                   r"частичная занятость|неполныи день)\b|パート|アルバイト|兼职"),
        (EmploymentType.FULL_TIME, r"\b(?:full time|fulltime|permanent|regular|vollzeit|festanstellung|"
                                   r"unbefristet|cdi|temps plein|temps complet|salaried|jornada completa|"
                                   r"tiempo completo|indefinido|duree indeterminee|workload full time|"
                                   r"fuldtid|fuld tid|heltid|fastans\w+|fast stilling|tempo pieno|pelny etat|"
                                   r"tempo integral|tempo inteiro|periodo integral|whole time|voltijd|"
                                   r"plny uvazek|"
                                   r"полная занятость|полныи день)\b|"
                                   r"正社員|フルタイム|全职"),
    ]
]  # fmt: skip
# Words that say the post is permanent, not how many hours it has: beside a part-time word, it is part-time
# ("Permanent, part-time", "Regular Part-Time", "Contrato indefinido, media jornada").
_PERMANENCE = re.compile(r"\b(?:permanent|regular|festanstellung|cdi|indefinido|fastans\w+|fast stilling)\b")
_SPECIFIC = (EmploymentType.INTERNSHIP, EmploymentType.CONTRACT, EmploymentType.TEMPORARY)
# "contract" as the noun right after the term it names (read before folding: "Full-time, Contract" is two
# values) is no contractor engagement: "Fixed-term contract" and "Tijdelijk contract" are temporary,
# "Permanent contract" and "Vast contract" permanent.
_CONTRACT_NOUN = re.compile(
    r"\b(fixed[ -]term|temporary|temp|seasonal|permanent|tijdelijke?|employment)[ ]+contract\b", re.IGNORECASE
)
_PERMANENT_CONTRACT = re.compile(
    r"\b(?:vast|vaste)[ ]+(?:contract|dienstverband|aanstelling)\b", re.IGNORECASE
)
# Weekly hours in a title's brackets ("Klantenservicemedewerker (24 uur)", "Buchhalter:in (Teilzeit 25-30
# Std.)", "Support Agent (32 hours)"): Dutch and German titles state the week's hours so.
_TITLE_HOURS = re.compile(
    r"\((?:[^()]*?\s)?(\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?)\s*(?:uur|std\.?|stunden|hours|hrs|timer|timmar)\s*\)",
    re.IGNORECASE,
)

# "80-100%", "80 \u2013 100 %", "80 bis 100%", "100%", "Pensum: 60%": the upper end decides.
_WORKLOAD = re.compile(
    r"(?<![\d.,])(?P<low>\d{2,3})\s*%?\s*(?:[-\u2013\u2014]|to|bis|a|à)\s*(?P<high>\d{2,3})\s*%"
    r"|(?<![\d.,])(?P<single>\d{2,3})\s*%"
)
_WORKLOAD_LABEL = re.compile(
    r"\b(?:pensum|arbeitspensum|workload|beschaftigungsgrad|taux\s+d\W?(?:activite|occupation)|"
    r"arbeitszeit|jornada|dedicacion|stillingstype|stillingsprosent|sysselsattningsgrad|omfattning)\b",
    re.IGNORECASE,
)
_NOT_WORKLOAD = re.compile(
    r"\s*(?:remote|home\s?-?office|teletravail|télétravail|teletrabajo|remoto|travel|reise|"
    r"deplacements?|déplacements?|viajes|of\b|de\b|des\b|der\b|bonus|commission|equity|match)",
    re.IGNORECASE,
)
_FULL_LOAD = 100
# Weekly hours ("37 hours per week", "20 - 24 uur per week", "37 timer om ugen", "30 Std./Woche"): a week of
# at most 30 hours is part-time (the OECD's line), one of 35 or more full-time; a range must lie on one side.
_WEEKLY_HOURS = re.compile(
    r"(?<![\d.,])(?P<low>\d{1,2}(?:[.,]5)?)(?:\s*(?:[-\u2013\u2014]|to|bis|tot|til|till|a|à)\s*"
    r"(?P<high>\d{1,2}(?:[.,]5)?))?\s*(?:hours?|hrs?|uur|timer|timmar|tim|std\.?|stunden|stunde|heures|h|"
    r"horas|ore|godz\w*)\.?\s*(?:(?:per|a|an|/|om|pro|par|por|in\s+der|i|w|em|alla|la|each)\s*)?"
    r"(?:week|wk|woche|wochenstunden|ugen|uge|veckan|vecka|semaine|semana|semanais|semanales|semanal|"
    r"settimana|settimanali|tydzie\w+|tyg\w*)\b",
    re.IGNORECASE,
)
_PART_HOURS, _FULL_HOURS = 30, 35
# Full-time equivalents ("0.6 FTE", "1.0 FTE") and Polish fractions of a post ("1/2 etatu", "pół etatu").
_FTE = re.compile(r"(?<![\d.,])(?P<share>[01](?:[.,]\d{1,2})?)\s*(?:fte|wte)\b", re.IGNORECASE)
_ETAT = re.compile(r"\b(?:(?P<num>[1-9])\s*/\s*(?P<den>[1-9])|(?P<half>p[oó][lł]))\s*etat\w*", re.IGNORECASE)

_LABELLED = re.compile(
    r"(?:(?:employment|job|contract|position|work)\s+type|type\s+(?:de\s+contrat|d\W?emploi|de\s+poste)|"
    r"contrat|anstellungsart|beschaftigungsart|vertragsart|art\s+der\s+anstellung|"
    r"tipo\s+de\s+(?:contrato|jornada|empleo)|jornada|pensum|arbeitspensum|workload|"
    r"taux\s+d\W?activite|beschaftigungsgrad)\s*[:\-]\s*([^\n.;]{2,60})",
    re.IGNORECASE,
)
_TITLE_ONLY = re.compile(
    r"\b(?:intern(?:ship)?|werkstudent\w*|working student|part[\s-]time|contract(?:or)?|temporary|"
    r"freelance|praktik\w*|teilzeit|vollzeit|temps partiel|stagiaire|alternance|alternant\w*|"
    r"becari[oa]|pr[aá]cticas|media jornada|aushilfe|mini-?job\w*|cdd|cdi|fixed[\s-]term|befristet|"
    r"tijdelijk|temporaire)\b|"
    r"\b\w*vikariat\b|"
    r"\bstage\s*(?:[-:\u2013(]|de\b|en\b|d')|"
    r"\(\s*stage\s*\)",
    re.IGNORECASE,
)


# Words every label of ``_LABELLED`` contains: a cheap test before the pattern runs over a long text.
_LABEL_WORDS = (
    "type", "contrat", "anstellung", "beschäftigung", "beschaftigung", "vertragsart", "tipo de", "jornada",
    "pensum", "workload", "taux d",
)  # fmt: skip


def _has_label(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _LABEL_WORDS)


def _workload_words(text: str, *, labelled: bool) -> str:
    """The working-time words a workload stands for ("80-100%" -> "workload full time"), or ""."""
    words = []
    for match in _WORKLOAD.finditer(text):
        if _NOT_WORKLOAD.match(text, match.end()):
            continue  # "100% remote", "50% travel", "10% of revenue"
        if match.group("single") and not labelled:
            continue  # a bare "100%" counts only after "Pensum", "Workload", ...
        high = int(match.group("high") or match.group("single"))
        low = int(match.group("low") or high)
        if not 10 <= low <= high <= _FULL_LOAD:
            continue
        words.append("workload full time" if high == _FULL_LOAD else "workload part time")
    return " ".join(words)


def _hours_words(text: str) -> str:
    """The working-time words that weekly hours, a full-time equivalent or a share of a post stand for."""
    words = []
    for match in _WEEKLY_HOURS.finditer(text):
        low = float(match.group("low").replace(",", "."))
        high = float((match.group("high") or match.group("low")).replace(",", "."))
        if 1 <= low <= high <= 60:
            words.append("part time" if high <= _PART_HOURS else "full time" if low >= _FULL_HOURS else "")
    for match in _FTE.finditer(text):
        share = float(match.group("share").replace(",", "."))
        if 0 < share <= 1:
            words.append("full time" if share == 1 else "part time")
    for match in _ETAT.finditer(text):
        full = not match.group("half") and match.group("num") == match.group("den")
        words.append("full time" if full else "part time")
    return " ".join(word for word in words if word)


def _types(text: str, *, labelled: bool = True) -> list[EmploymentType]:
    text = _PERMANENT_CONTRACT.sub("permanent", _CONTRACT_NOUN.sub(r"\1", text))
    labelled = labelled or bool(_WORKLOAD_LABEL.search(text))
    key = f"{fold(text).replace('_', ' ')} {_workload_words(text, labelled=labelled)} {_hours_words(text)}"
    if not text.isascii():  # folding splits kana from their sound marks ("パート"): the text as written too
        key = f"{key} {text}"
    key = re.sub(r"\bunbefristet\w*", "festanstellung", key)  # contains "befristet"
    key = re.sub(r"\bduree indeterminee\b", "cdi", key)
    found = [kind for kind, pattern in _PATTERNS if pattern.search(key)]
    if EmploymentType.PART_TIME in found and EmploymentType.TEMPORARY in found and _ONLY_HELPER.search(key):
        found.remove(EmploymentType.TEMPORARY)  # "Aushilfe auf Minijob-Basis": a part-time helper
    if EmploymentType.PART_TIME in found and EmploymentType.FULL_TIME in found:
        key = _PERMANENCE.sub(" ", key)
        found = [kind for kind, pattern in _PATTERNS if pattern.search(key)]
    return found


# "Aushilfe" (a helper) is temporary only when nothing says the working time: beside "Minijob" or
# "Teilzeit" it is a part-time helper. Other temporary words still count.
_ONLY_HELPER = re.compile(
    r"^(?!.*\b(?:temp(?:orary)?|seasonal|fixed term|befristet\w*|cdd|interim(?:aire)?|zeitarbeit|"
    r"leiharbeit|saisonnier|temporal|eventual)\b).*\baushilfe\b",
    re.DOTALL,
)


def _decide(found: list[EmploymentType], text: str) -> Parsed[EmploymentType]:
    specific = [kind for kind in found if kind in _SPECIFIC]
    if EmploymentType.INTERNSHIP in specific:
        return Parsed.ok(EmploymentType.INTERNSHIP)
    if len(specific) == 1:
        return Parsed.ok(specific[0])
    if len(specific) > 1:
        return Parsed.fail(f"ambiguous: {', '.join(specific)} in {clip(text)!r}")
    if len(found) == 1:
        return Parsed.ok(found[0])
    if found:
        return Parsed.fail(f"ambiguous: {', '.join(found)} in {clip(text)!r}")
    return Parsed.fail(f"unrecognized: {clip(text)!r}")


def parse_employment_type(
    text: str | None, *, title: str | None = None, description: str | None = None
) -> Parsed[EmploymentType]:
    """Employment type from the field's text, else cues in the title or a labelled description line."""
    if text and text.strip():
        stated = _decide(_types(text), text)
        if stated.value in (EmploymentType.FULL_TIME, EmploymentType.PART_TIME) and title:
            # a fixed-term contract in the title ("Chargé(e) de recrutement - CDD 6 mois") over a field's
            # working time (JSON-LD FULL_TIME): temporary even at full-time hours
            cues = " ".join(m.group() for m in _TITLE_ONLY.finditer(title))
            if cues and _types(cues) == [EmploymentType.TEMPORARY] and not _ONLY_HELPER.search(fold(cues)):
                return Parsed.ok(EmploymentType.TEMPORARY)
        return stated
    if title:
        cues = " ".join(m.group() for m in _TITLE_ONLY.finditer(title))
        hours = " ".join(f"{m.group(1)} hours per week" for m in _TITLE_HOURS.finditer(title))
        found = _types(f"{cues} {_workload_words(title, labelled=False)} {hours}")
        if found:
            return _decide(found, title)
    if description and _has_label(description) and (labelled := _LABELLED.search(description)):
        value = labelled.group(0)
        found = _types(value)
        if found:
            return _decide(found, value)
    return Parsed.fail("no employment type text")
