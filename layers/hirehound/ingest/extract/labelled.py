"""Labelled values: ``Label: value`` lines, ``<dt>``/``<dd>``, ``<th>``/``<td>`` and two-cell table rows.

The class behind legacy ATS layouts (BrassRing, iCIMS, Taleo, SilkRoad, UltiPro: tables of labelled cells),
national job boards and classified ads. Labels are matched whole (case and accents folded) against the
vocabulary below, in English, Spanish, German, French, Japanese and the Nordic languages; the value is the
rest of the line or the next line. Values are kept as page text, with the label where the value alone means
nothing ("Télétravail: Non", "Pensum: 80-100%"); normalization parses them.
"""

from __future__ import annotations

import re
import unicodedata

from hirehound.ingest.extract.dom import Fields, text
from hirehound.ingest.extract.page import Page

_VOCABULARY: dict[str, tuple[str, ...]] = {
    "title": (
        "job title", "position title", "posting title", "job name", "vacancy title", "título del puesto",
        "puesto", "stellenbezeichnung", "stellentitel", "intitulé du poste", "求人タイトル", "募集職種",
        "職種",
    ),
    "company_name": (
        "company", "company name", "employer", "hiring company", "hiring organization", "advertiser",
        "employer name", "nom de l'entreprise", "ragione sociale", "empresa", "compañía", "unternehmen",
        "arbeitgeber", "firma", "事業所名",
        "entreprise", "employeur", "société", "会社名", "企業名", "社名", "virksomhed", "företag",
        "arbetsgivare", "azienda", "bedrijf", "werkgever",
    ),
    "location_text": (
        "location", "locations", "job location", "job locations", "work location", "city", "based in",
        "office", "primary location", "other locations", "località", "sede di lavoro", "local de trabalho",
        "localização", "arbetsort", "werklocatie",
        "office location", "place of work", "physical location", "ubicación", "localidad", "lugar de trabajo",
        "ciudad", "población", "provincia",
        "arbeitsort", "standort", "einsatzort", "dienstort", "ort", "lieu de travail", "lieu",
        "localisation", "ville", "勤務地", "勤務場所",
        "就業場所", "arbejdssted", "plats", "placering", "sede",
        "luogo di lavoro", "standplaats", "locatie", "miejsce pracy", "lokalizacja", "dirección", "endereço",
        "adresse", "indirizzo",
        "sted", "arbeidssted", "místo výkonu práce", "místo práce", "local",
    ),
    "employment_type_text": (
        "employment type", "job type", "type", "contract type", "work type", "position type", "job status",
        "status", "schedule", "hours", "full-time/part-time", "full/part time", "time type", "employment",
        "tipo de contrato", "tipo de jornada", "jornada", "contrato", "anstellungsart", "vertragsart",
        "beschäftigungsart", "beschäftigungsverhältnis", "arbeitszeit", "pensum", "arbeitspensum",
        "type de contrat", "temps de travail", "contrat", "contract", "working hours", "working pattern",
        "full time / part time", "full time/part time", "full-time / part-time",
        "雇用形態", "ansættelsesform", "anställningsform", "omfattning", "tipologia contrattuale",
        "work schedule", "terms of employment", "employment status", "job schedule", "orario",
        "orario di lavoro",
        "tipo di contratto", "tipo di impiego",
        "tipo de emprego", "tipo de empleo", "horario", "type d'emploi", "beschäftigungsgrad", "arbejdstid",
        "arbetstid", "dienstverband", "regime de contratação", "tipo de contratação", "appointment type",
        "rodzaj umowy", "rodzaj zatrudnienia", "wymiar etatu", "rodzaj pracy", "typ umowy", "tipo de vínculo",
        "anstellung", "anstellungsform", "beschäftigung", "vertrag",
        "horário", "tipologia di contratto", "stillingstype", "ansettelsesform", "stillingsprosent",
        "typ úvazku", "úvazek", "regime", "pracovní poměr",
    ),
    "salary_text": (
        "salary", "pay", "compensation", "pay range", "salary range", "wage", "wages", "rate", "pay rate",
        "hourly rate", "base salary", "remuneration", "salario", "sueldo", "retribución", "remuneración",
        "gehalt", "vergütung", "lohn", "salär", "gehaltsspanne", "salaire", "rémunération", "給与", "給料",
        "年収", "月給", "時給", "賃金", "løn", "lön", "stipendio", "retribuzione", "salaris",
        "stundenlohn", "monatsgehalt", "jahresgehalt", "bruttogehalt", "bruttomonatsgehalt", "timeløn",
        "månadslön", "timlön", "wynagrodzenie", "retribuzione annua lorda", "ral", "salário", "remuneração",
        "beloning", "mzda",
    ),
    "remote_text": (
        "remote", "remote working", "remote work", "work mode", "workplace type", "work model",
        "work arrangement", "remote status", "location type", "modalidad", "modalidad de trabajo",
        "teletrabajo", "trabajo remoto", "homeoffice", "home office", "remote-arbeit", "arbeitsmodell",
        "télétravail", "mode de travail", "distansarbete", "fjernarbejde", "リモートワーク", "在宅勤務",
        "telelavoro", "remote job", "telework eligible", "remote eligible", "espacio de trabajo",
        "modalità di lavoro", "modello di lavoro", "modelo de trabalho", "regime de trabalho", "arbejdsform",
        "on-site/remote", "werkplek", "werkvorm", "thuiswerken", "modalità", "tryb pracy", "model pracy",
        "forma pracy", "modelo de trabajo", "modalidade", "formato de trabalho", "work setting",
        "working model", "arbeitsweise", "формат работы",
    ),
    # Legacy ATS tables give the place in separate rows (Peopleclick: Country / State/Province / City).
    "location_region": (
        "state", "state/province", "province", "region", "county", "bundesland", "comunidad autónoma",
        "都道府県",
    ),
    "location_country": ("country", "país", "pais", "pays", "land", "国", "国・地域"),
    "date_posted_text": (
        "posted", "date posted", "posting date", "posted date", "posted on", "publicado", "publicada",
        "fecha de publicación", "veröffentlicht", "publié le", "date de publication", "indrykket", "掲載日",
    ),
}  # fmt: skip
# A value that means nothing without its label: yes/no answers and bare numbers ("Télétravail: Non").
_NEEDS_LABEL = re.compile(r"^(?:yes|no|oui|non|ja|nein|s[ií]|possible|möglich|möjligt|nej|\d)", re.IGNORECASE)
_WORK_MODE_WORD = re.compile(
    r"remote|hybri|on[- ]?site|office|büro|vor ort|présentiel|télétravail|presencial|remoto|teletrabajo|zdaln"
    r"|stacjonar|thuis|kantoor|distans|fjern|リモート|在宅|出社",
    re.IGNORECASE,
)
# An answer to a work-mode label: a share, a count of days, a degree ("teilweise", "occasionnel").
_ANSWER = re.compile(
    r"\d|möglich|possible|posible|partial|partiel|parcial|teilweise|flexib|occasion|gelegentlich|frequent"
    r"|fréquent|régulier|regular|days?\b|tage?\b|jours?\b|días?\b|week|woche|semaine|semana",
    re.IGNORECASE,
)
_MAX_LABEL = 32
_COLON_ONLY = re.compile(r"^[:\uff1a]$")
_CODE = re.compile(r"^[A-Z]{2,3}$")
# A "Work location" whose value is a work mode (Job Bank: "Work location: On site"), perhaps with a count of
# days ("Arbeitsort: Hybrid (3 Tage Büro)"; "Remote (US)" names a place as well, and stays a location).
_WORK_MODE = re.compile(
    r"^(?:on[- ]?site|in[- ]person|in[- ]office|remote|hybrid|presencial|remoto|h[íi]brido|hybride"
    r"|télétravail"
    r"|vor ort|homeoffice|praca (?:zdalna|hybrydowa|stacjonarna))(?:\s*\([^()\d]{0,20}\d[^()]{0,20}\))?$",
    re.IGNORECASE,
)
# Prose before the place ("1 vacancy in the following location: Denver, CO").
_PLACE_AFTER_PROSE = re.compile(r"^.{8,80}?\b(?:locations?|lieu|ubicación|standort)\s*:\s*(?=\S)", re.I)
# An address after the employer's name ("Groupe Verdier - Siège : 88 rue de la Villette, 69003 Lyon.").
_ADDRESS_TAIL = re.compile(r"\s+[\u2013\u2014-]\s+.*\d.*$|\s*[,;]\s*\d.*$")
# Text nodes that continue a value: brackets and their content ("(", "NS", ")"), a ", Full time" or
# "/ 35 to 40 hours per week" tail, a pay period on its own ("hourly").
_CONTINUES = re.compile(
    r"^(?:[(),/]|[,/)].{0,60}|\)|(?:hourly|daily|weekly|monthly|yearly|annually|per (?:hour|day|"
    r"week|month|year|annum)|an hour|a year|/\s*(?:hr|hour|year|yr|month|mo))\.?)$",
    re.IGNORECASE,
)
_MAX_VALUE = 160
# A schedule's degree alone ("Jornada: Completa", "Temps de travail: Partiel"), also before the days it is
# worked ("Jornada: completa, de lunes a viernes"), needs its label.
_BARE_DEGREE = re.compile(
    r"^(?:complet[ao]|compl[eè]te?|parcial|partiel(?:le)?|intensiva|voll|teil)(?:\.|\s*[,;(].*)?$",
    re.IGNORECASE,
)
# A kind of work named in a value: its label adds nothing (and "Contract" as a label is no contract).
_KIND_WORD = re.compile(
    r"\b(?:full|part)[- ]?time|\bpermanent|\bfixed[- ]term|\btemporary|\bvollzeit|\bteilzeit|\bunbefristet"
    r"|\bbefristet|\btemps (?:plein|partiel)|\btiempo (?:completo|parcial)|\bjornada (?:completa|parcial)"
    r"|\b(?:cdi|cdd)\b|\bheltid|\bdeltid|\bfuldtid|\btempo (?:pieno|parziale|integral)",
    re.IGNORECASE,
)
_POSTCODE_ONLY = re.compile(r"^\u3012\s*\d{3}-?\d{4}$")  # a Japanese postcode line


_APOSTROPHES = str.maketrans("\u2019\u2018\u02bc", "'''")  # "Type d\u2019emploi" is "type d'emploi"


def _key(label: str) -> str:
    return " ".join(label.casefold().translate(_APOSTROPHES).strip(" :*\uff1a\u2022-").split())


_LABELS: dict[str, str] = {
    _key(unicodedata.normalize("NFC", label)): name
    for name, labels in _VOCABULARY.items()
    for label in labels
}
_LINE = re.compile(rf"^\s*([^\W\d_][^:\uff1a]{{0,{_MAX_LABEL - 1}}}?)\s*[:\uff1a]\s*(.*)$")


# A fullwidth bracket after a label (Hello Work's 賃金 with "(a+b)" in fullwidth); "Remote (EU)" is a value.
_BRACKETED_TAIL = re.compile(r"\s*\uff08[^\uff08\uff09]{1,12}\uff09$")
_PLACE_FIELDS = frozenset({"location_text", "location_region", "location_country"})
_LABEL_PARTS = re.compile(r"\s*[,/&]\s*|\s+(?:and|und|y|et)\s+")


def label_of(line: str) -> str | None:
    """The field a label line names (``"Arbeitsort:"`` -> ``"location_text"``; a label joining place labels,
    ``"City, State"``, ``"Stadt/Bundesland"``, is the location), else ``None``."""
    folded = _key(line)
    key = _BRACKETED_TAIL.sub("", folded) or folded
    name = _LABELS.get(key)
    if name is None and _LABEL_PARTS.search(key):
        parts = _LABEL_PARTS.split(key)
        if all(_LABELS.get(part) in _PLACE_FIELDS for part in parts):
            return "location_text"
    return name


# A sentence that introduces the values listed after it, not a value: "Few vacancies in the following
# locations:", "Available in these cities:".
_LEAD_IN = re.compile(r"^(?:\S+\s+){2,}\S+:$")


def pairs(page: Page) -> list[tuple[str, str, str]]:
    """(field, label, value) for every labelled value on the page, in page order.

    A value may follow in later text nodes: after a lone ``:`` (Taleo puts label, colon and value in three
    spans), and continued by fragments ("Halifax", "(", "NS", ")"; "$17.75", "hourly"; ", Full time").
    A line taken as a value is not read as a label ("Advertised By" / "Employer")."""
    found: list[tuple[str, str, str]] = []
    lines = page.lines
    used = -1
    for index, line in enumerate(lines):
        if index <= used:
            continue
        colon = ":" in line or "\uff1a" in line
        if not colon and len(line) > _MAX_LABEL + 2:
            continue
        match = _LINE.match(line) if colon else None
        label, value = (match.group(1), match.group(2)) if match else (line, "")
        if len(label) > _MAX_LABEL:
            continue
        name = label_of(label)
        if name is None:
            continue
        at = index
        if not value:
            at = index + 1
            if at < len(lines) and _COLON_ONLY.match(lines[at]):
                at += 1
            if at >= len(lines) or not _value_line(lines[at], after_colon=colon):
                continue
            value = lines[at]
            if _LEAD_IN.match(value) and at + 1 < len(lines):  # "Few vacancies in the following locations:"
                at += 1
                value = lines[at]
        while at + 1 < len(lines) and len(value) <= _MAX_VALUE and _continues(value, lines[at + 1]):
            at += 1
            value = _join(value, lines[at])
        value = value.strip().lstrip("\u2013\u2014-|\u00b7 ")  # "Location", "- Asheville" (Squarespace)
        if value and len(value) <= _MAX_VALUE:
            found.append((name, label.strip(" :\uff1a"), value))
            used = at
    return found + _titled(page)


def _value_line(line: str, *, after_colon: bool) -> bool:
    """The line after an empty label is its value unless it is a label itself; after ``Label:`` a label
    word without a colon is the value ("Job Type:" / "Contract", "Location:" / "Remote")."""
    if label_of(line) is None:
        return True
    return after_colon and not line.rstrip().endswith((":", "\uff1a"))


def _continues(value: str, fragment: str) -> bool:
    if _POSTCODE_ONLY.match(value):  # "〒460-0008" <br> "愛知県名古屋市...": the address follows
        return True
    return bool(_CONTINUES.match(fragment) or (value.endswith("(") and _CODE.match(fragment)))


def _join(value: str, fragment: str) -> str:
    if fragment[0] in ",.)" or value.endswith("("):
        return value + fragment
    return f"{value} {fragment}"


def _titled(page: Page) -> list[tuple[str, str, str]]:
    """Labels in a ``title`` attribute (JazzHR: ``<li title="Location">Asheville, NC</li>``)."""
    found = []
    for node in page.css("li[title], span[title], div[title], dd[title]"):
        label = node.attributes.get("title") or ""
        name = label_of(label) if len(label) <= _MAX_LABEL else None
        value = text(node.text(separator=" ")) if name else None
        if name and value and len(value) <= _MAX_VALUE and _key(value) != _key(label):
            found.append((name, label, value))
    return found


def detect(page: Page) -> bool:
    return True


def extract(page: Page) -> Fields:
    return dict(page.cached("labelled", _extract))


def _extract(page: Page) -> Fields:
    fields: Fields = {}
    employment: list[str] = []
    for found_name, label, found_value in pairs(page):
        name, value = _refined(found_name, found_value)
        if name == "employment_type_text" and _shift_only(value):
            if _WORK_MODE_WORD.search(value):
                fields.setdefault("remote_text", text(value))
            continue  # "Horario: lunes a sábado de 7:00 a 15:00": the shift, not the kind of employment
        if name == "employment_type_text":
            # "Pensum: 80-100%" keeps its label; "Contract: Permanent, full-time (35 hours)" names its kind
            digits = any(ch.isdigit() for ch in value) and not _KIND_WORD.search(value)
            labelled = digits or _BARE_DEGREE.match(value)
            employment.append(f"{label}: {value}" if labelled else value)
            if _WORK_MODE_WORD.search(value):  # "Work Schedule: Monday - Friday, 8:30 - 5:30; in office"
                fields.setdefault("remote_text", text(value))
            continue
        if fields.get(name):
            continue
        fields[name] = text(f"{label}: {value}" if name == "remote_text" and _needs_label(value) else value)
    if employment:
        fields["employment_type_text"] = text(", ".join(dict.fromkeys(employment)))
    _place_from_parts(fields)
    return fields


_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2}|[.h]\d{2}|\s?[ap]\.?m\b)", re.IGNORECASE)
_HOURS_COUNT = re.compile(
    r"\d\s*(?:hours?|hrs?|h\b|stunden|std|horas|heures|ore|uur|timer|timmar|godz)", re.I
)


def _shift_only(value: str) -> bool:
    """Clock times with no kind of work and no hours a week: "Monday - Friday, 8:30 - 5:30"."""
    return bool(_CLOCK_TIME.search(value)) and not _KIND_WORD.search(value) and not _HOURS_COUNT.search(value)


def _needs_label(value: str) -> bool:
    """A work-mode value that means nothing without its label: "Non", "bis zu 2 Tage pro Woche möglich" (an
    answer; "About us" after an empty "Remote" label is the next heading, not one)."""
    if _NEEDS_LABEL.match(value):
        return True
    return not _WORK_MODE_WORD.search(value) and bool(_ANSWER.search(value))


def _place_from_parts(fields: Fields) -> None:
    """ "Grand Rapids" + "Michigan" + "United States" (separate rows) -> one location text."""
    region, country = fields.pop("location_region", None), fields.pop("location_country", None)
    place = fields.get("location_text")
    parts = [part for part in (place, region, country) if part]
    if len(parts) > 1 or (parts and not place):
        fields["location_text"] = ", ".join(
            part for part in parts if part == place or not place or part.casefold() not in place.casefold()
        )


def _refined(name: str, value: str) -> tuple[str, str]:
    """A work mode under a location label is the work mode; prose before a place and an address after an
    employer's name are dropped."""
    if name == "location_text" and _WORK_MODE.match(value):
        return "remote_text", value
    if name == "location_text":
        return name, _PLACE_AFTER_PROSE.sub("", value)
    if name == "company_name":
        return name, _ADDRESS_TAIL.sub("", value)
    return name, value


def extract_remote(page: Page) -> str | None:
    """Only the work mode (``extract``'s ``remote_text``)."""
    return page.cached("labelled", _extract).get("remote_text")
