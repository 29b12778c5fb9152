"""Employment type from schema.org values or free text ("FULL_TIME", "Permanent", "Werkstudent").

Several values are combined: a specific engagement (internship, contract, temporary) wins over the
working-time words ("Full-time, Contract" is a contract; a "Werkstudent" part-time job is an internship).
Two different specific engagements, or both full- and part-time, are ambiguous and give ``None``.
Without an employment-type field, only the title ("Intern", "(Contract)", "Part-Time") and an explicit
"Employment type: ..." line in the description are read.
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
                                    r"co op|apprentice(?:ship)?|ausbildung|stage|stagiaire|trainee)\b"),
        (EmploymentType.CONTRACT, r"\b(?:contract(?:or|ors)?|freelanc\w*|1099|c2c|corp to corp|"
                                  r"consultant contract|self employed|auftragnehmer)\b"),
        (EmploymentType.TEMPORARY, r"\b(?:temp(?:orary)?|seasonal|fixed term|befristet|per diem|cdd|"
                                   r"interim|locum|maternity cover)\b"),
        (EmploymentType.PART_TIME, r"\b(?:part time|parttime|teilzeit|mini ?job|temps partiel)\b"),
        (EmploymentType.FULL_TIME, r"\b(?:full time|fulltime|permanent|regular|vollzeit|festanstellung|"
                                   r"unbefristet|cdi|temps plein|salaried)\b"),
    ]
]  # fmt: skip
_SPECIFIC = (EmploymentType.INTERNSHIP, EmploymentType.CONTRACT, EmploymentType.TEMPORARY)
_LABELLED = re.compile(
    r"(?:employment|job|contract|position)\s+type\s*[:\-]\s*([^\n.;]{2,60})", re.IGNORECASE
)
_TITLE_ONLY = re.compile(r"\b(?:intern(?:ship)?|werkstudent\w*|working student|part[\s-]time|"
                         r"contract(?:or)?|temporary|freelance|praktik\w*)\b", re.IGNORECASE)  # fmt: skip


def _types(text: str) -> list[EmploymentType]:
    key = fold(text).replace("_", " ")
    key = re.sub(r"\bunbefristet\b", "festanstellung", key)  # contains "befristet"
    return [kind for kind, pattern in _PATTERNS if pattern.search(key)]


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
        return _decide(_types(text), text)
    if title and (cue := _TITLE_ONLY.search(title)):
        return _decide(_types(cue.group()), title)
    if description and (labelled := _LABELLED.search(description)):
        value = labelled.group(1)
        found = _types(value)
        if found:
            return _decide(found, value)
    return Parsed.fail("no employment type text")
