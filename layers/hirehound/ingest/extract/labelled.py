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
    ),
    "company_name": (
        "company", "company name", "employer", "hiring company", "hiring organization", "organization",
        "organisation", "advertiser", "empresa", "compañía", "unternehmen", "arbeitgeber", "firma",
        "entreprise", "employeur", "société", "会社名", "企業名", "社名", "virksomhed", "företag",
        "arbetsgivare", "azienda", "bedrijf", "werkgever",
    ),
    "location_text": (
        "location", "locations", "job location", "job locations", "work location", "city", "based in",
        "office",
        "office location", "place of work", "physical location", "ubicación", "localidad", "lugar de trabajo",
        "ciudad", "población", "provincia",
        "arbeitsort", "standort", "einsatzort", "dienstort", "ort", "lieu de travail", "lieu",
        "localisation", "ville", "勤務地", "勤務場所", "arbejdssted", "plats", "placering", "sede",
        "luogo di lavoro", "standplaats", "locatie",
    ),
    "employment_type_text": (
        "employment type", "job type", "type", "contract type", "work type", "position type", "job status",
        "status", "schedule", "hours", "full-time/part-time", "full/part time", "time type", "employment",
        "tipo de contrato", "tipo de jornada", "jornada", "contrato", "anstellungsart", "vertragsart",
        "beschäftigungsart", "arbeitszeit", "pensum", "arbeitspensum", "type de contrat", "temps de travail",
        "contrat", "contract", "working hours", "working pattern",
        "雇用形態", "ansættelsesform", "anställningsform", "omfattning", "tipologia contrattuale",
    ),
    "salary_text": (
        "salary", "pay", "compensation", "pay range", "salary range", "wage", "wages", "rate", "pay rate",
        "hourly rate", "base salary", "remuneration", "salario", "sueldo", "retribución", "remuneración",
        "gehalt", "vergütung", "lohn", "salär", "gehaltsspanne", "salaire", "rémunération", "給与", "給料",
        "年収", "月給", "時給", "løn", "lön", "stipendio", "retribuzione", "salaris",
    ),
    "remote_text": (
        "remote", "remote working", "remote work", "work mode", "workplace type", "work model",
        "work arrangement", "remote status", "location type", "modalidad", "modalidad de trabajo",
        "teletrabajo", "trabajo remoto", "homeoffice", "home office", "remote-arbeit", "arbeitsmodell",
        "télétravail", "mode de travail", "distansarbete", "fjernarbejde", "リモートワーク", "在宅勤務",
        "telelavoro",
    ),
    "date_posted_text": (
        "posted", "date posted", "posting date", "posted date", "posted on", "publicado", "publicada",
        "fecha de publicación", "veröffentlicht", "publié le", "date de publication", "indrykket", "掲載日",
    ),
}  # fmt: skip
# A value that means nothing without its label: yes/no answers and bare numbers ("Télétravail: Non").
_NEEDS_LABEL = re.compile(r"^(?:yes|no|oui|non|ja|nein|s[ií]|possible|möglich|möjligt|nej|\d)", re.IGNORECASE)
_MAX_LABEL = 32
_MAX_VALUE = 160


def _key(label: str) -> str:
    return " ".join(label.casefold().strip(" :*\uff1a\u2022-").split())


_LABELS: dict[str, str] = {
    _key(unicodedata.normalize("NFC", label)): name
    for name, labels in _VOCABULARY.items()
    for label in labels
}
_LINE = re.compile(rf"^\s*([^\W\d_][^:\uff1a]{{0,{_MAX_LABEL - 1}}}?)\s*[:\uff1a]\s*(.*)$")


def label_of(line: str) -> str | None:
    """The field a label line names (``"Arbeitsort:"`` -> ``"location_text"``), else ``None``."""
    return _LABELS.get(_key(line))


def pairs(page: Page) -> list[tuple[str, str, str]]:
    """(field, label, value) for every labelled value on the page, in page order."""
    found: list[tuple[str, str, str]] = []
    lines = page.lines
    for index, line in enumerate(lines):
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
        if not value and index + 1 < len(lines) and label_of(lines[index + 1]) is None:
            value = lines[index + 1]
        value = value.strip()
        if value and len(value) <= _MAX_VALUE:
            found.append((name, label.strip(" :\uff1a"), value))
    return found


def detect(page: Page) -> bool:
    return True


def extract(page: Page) -> Fields:
    fields: Fields = {}
    employment: list[str] = []
    for name, label, value in pairs(page):
        if name == "employment_type_text":
            employment.append(f"{label}: {value}" if any(ch.isdigit() for ch in value) else value)
            continue
        if fields.get(name):
            continue
        fields[name] = text(
            f"{label}: {value}" if name == "remote_text" and _NEEDS_LABEL.match(value) else value
        )
    if employment:
        fields["employment_type_text"] = text(", ".join(dict.fromkeys(employment)))
    return fields
