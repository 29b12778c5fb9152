"""Skill extraction: find the taxonomy's skills (``data/skills.json``) in a posting's plain text.

Matching is one Aho-Corasick pass (pyahocorasick) over a lower-cased copy of the text with every alias of
every skill, then three filters on each raw hit:

* **case** - an alias flagged ``case_sensitive`` in the data must also match the original text exactly.
  The rule for the data: every purely alphabetic alias of one or two letters ("Go", "R", "C", "JS", "ML",
  "AI", "QA") and every alias that is also a common English word, place or person name ("Swift", "Helm",
  "Spark", "Excel", "Sketch") is case-sensitive, so "go to market" is not Go and "excel at" is not Excel.
  ``tests/unit/test_skills.py`` enforces the first half of the rule.
* **word boundary** - the characters just before and after a hit must not be word characters (letters,
  digits, ``_``; CJK ideographs and kana do not count, as those scripts put no spaces around Latin words).
  Symbols inside or at the edge of an alias are literal, so "C++", "C#", ".NET", "Node.js" and "CI/CD" are
  found while "JS" in "JSON", "Java" in "JavaScript" and "Go" in "Google" are not. A one-character alias
  ("C", "R") is also rejected when joined to a word by ``- & ' . +`` ("C-suite", "R&D").
* **longest wins** - overlapping hits are resolved longest first (ties: leftmost), so "Node.js" beats
  "JS" and "React Native" beats "React".

Whitespace inside the text is mapped to plain spaces (length-preserving, so offsets stay those of the input)
so multi-word aliases also match across line breaks.

Case-sensitive forms are searched as written in the original text by a second automaton, not as lower-case
keys in the folded text: the folded text holds every "c" and "r" of the prose, which would each be a hit to
check (about 40% of the matching time), while "C" and "R" are rare.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick  # type: ignore[import-not-found]  # C extension without type stubs
from pydantic import Field, field_validator

from hirehound.ingest.models import Model

TAXONOMY_PATH = Path(__file__).resolve().parent.parent / "data" / "skills.json"
TAXONOMY_FORMAT = "hirehound-skills/1"

# Characters that glue a one-character alias into a larger token: "C-suite", "R&D", "C.V.", "A+".
_JOINERS = frozenset("-&'\u2019.+")
# Whitespace but the plain space: str.isspace() is re's \s (no whitespace lies above U+3000).
_WHITESPACE = re.compile(r"[^\S ]")


class SkillCategory(StrEnum):
    LANGUAGES = "languages"
    FRAMEWORKS = "frameworks"
    CLOUD = "cloud"
    DEVOPS = "devops"
    DATA = "data"
    ML = "ml"
    DATABASES = "databases"
    DESIGN = "design"
    PRODUCT = "product"
    SALES = "sales"
    MARKETING = "marketing"
    FINANCE = "finance"
    HEALTHCARE = "healthcare"
    LOGISTICS = "logistics"
    SOFT = "soft"
    OTHER = "other"


class SkillAlias(Model):
    """One surface form of a skill; in the JSON a plain string means ``case_sensitive=False``."""

    text: str = Field(min_length=1)
    case_sensitive: bool = False


class Skill(Model):
    """A taxonomy entry. Its name is matched too, case-insensitively unless an alias with the same text
    says otherwise."""

    name: str = Field(min_length=1)
    category: SkillCategory
    aliases: tuple[SkillAlias, ...] = ()

    @field_validator("aliases", mode="before")
    @classmethod
    def _plain_strings(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return tuple({"text": item} if isinstance(item, str) else item for item in value)
        return value

    def surface_forms(self) -> tuple[SkillAlias, ...]:
        """The name (unless an alias restates it) followed by the aliases."""
        if any(alias.text == self.name for alias in self.aliases):
            return self.aliases
        return (SkillAlias(text=self.name), *self.aliases)


class SkillHit(Model):
    """A skill found in a text: how often and where first."""

    name: str
    category: SkillCategory
    count: int = Field(ge=1)
    first_offset: int = Field(ge=0, description="character offset of the first mention in the input text")


@dataclass(frozen=True, slots=True)
class SkillSpan:
    """One accepted mention: ``text[start:end]`` is a surface form of ``skill``."""

    start: int
    end: int
    skill: Skill


@dataclass(frozen=True, slots=True)
class _Pattern:
    skill_index: int
    length: int
    exact: frozenset[str] | None  # None: case-insensitive; else the accepted exact spellings
    single_char: bool


def load_taxonomy(path: Path = TAXONOMY_PATH) -> list[Skill]:
    """Read and validate the taxonomy file."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("format") != TAXONOMY_FORMAT:
        raise ValueError(f"{path}: expected format {TAXONOMY_FORMAT!r}, got {document.get('format')!r}")
    return [Skill.model_validate(entry) for entry in document["skills"]]


def _squash(text: str) -> str:
    return " ".join(text.split())


def _fold(text: str) -> str:
    """Lower-case without changing the length (``"İ".lower()`` is two characters; such letters stay)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _folds_alone(spelling: str) -> bool:
    """Whether every character of ``spelling`` lower-cases to one character whatever surrounds it, so
    ``_fold(text)[start:end] == _fold(spelling)`` wherever ``text[start:end] == spelling``."""
    return all(len(char.lower()) == 1 for char in spelling) and "\u03a3" not in spelling


def _is_word(char: str) -> bool:
    if char.isalnum():
        return not 0x3000 <= ord(char) <= 0x9FFF  # kana and CJK ideographs do not delimit with spaces
    return char == "_"


def _bounded(text: str, start: int, end: int, single_char: bool) -> bool:
    if start > 0:
        before = text[start - 1]
        if _is_word(before):
            return False
        if single_char and before in _JOINERS and start > 1 and _is_word(text[start - 2]):
            return False
    if end < len(text):
        after = text[end]
        if _is_word(after):
            return False
        if single_char and after in _JOINERS and end + 1 < len(text) and _is_word(text[end + 1]):
            return False
    return True


class SkillMatcher:
    """All surface forms of a taxonomy compiled into one automaton; build once, reuse for every text."""

    def __init__(self, skills: Iterable[Skill]) -> None:
        self.skills: tuple[Skill, ...] = tuple(skills)
        patterns: dict[str, _Pattern] = {}
        for index, skill in enumerate(self.skills):
            for alias in skill.surface_forms():
                text = _squash(alias.text)
                key = _fold(text)
                exact = frozenset({text}) if alias.case_sensitive else None
                known = patterns.get(key)
                if known is not None:
                    if known.skill_index != index:
                        other = self.skills[known.skill_index].name
                        raise ValueError(
                            f"alias {alias.text!r} of {skill.name!r} is also a form of {other!r}"
                        )
                    exact = None if known.exact is None or exact is None else known.exact | exact
                patterns[key] = _Pattern(index, len(key), exact, len(key) == 1)
        self._automaton: Any = ahocorasick.Automaton()  # case-insensitive keys, over the folded text
        self._exact: Any = ahocorasick.Automaton()  # case-sensitive spellings, over the text as written
        for key, pattern in patterns.items():
            if pattern.exact is not None and all(map(_folds_alone, pattern.exact)):
                for spelling in pattern.exact:
                    self._exact.add_word(spelling, pattern)
            else:  # a spelling whose folding depends on its context (Σ): checked against the folded text
                self._automaton.add_word(key, pattern)
        for automaton in (self._automaton, self._exact):
            if len(automaton):
                automaton.make_automaton()

    def spans(self, text: str) -> list[SkillSpan]:
        """Every accepted, non-overlapping mention in ``text``, in text order."""
        if not text:
            return []
        spaced = _WHITESPACE.sub(" ", text)
        candidates: list[tuple[int, int, int]] = []
        for automaton, searched in ((self._automaton, _fold(spaced)), (self._exact, spaced)):
            if not len(automaton):
                continue
            for last, pattern in automaton.iter(searched):
                end = last + 1
                start = end - pattern.length
                if pattern.exact is not None and spaced[start:end] not in pattern.exact:
                    continue
                if _bounded(spaced, start, end, pattern.single_char):
                    candidates.append((start, end, pattern.skill_index))
        return [SkillSpan(start, end, self.skills[index]) for start, end, index in _longest_first(candidates)]

    def extract(self, text: str) -> list[SkillHit]:
        """The skills mentioned in ``text`` with their mention count, ordered by first mention."""
        found: dict[str, tuple[Skill, list[int]]] = {}  # name -> (skill, [count, first offset])
        for span in self.spans(text):
            seen = found.get(span.skill.name)
            if seen is None:
                found[span.skill.name] = (span.skill, [1, span.start])
            else:
                seen[1][0] += 1
        # Values built here are valid by construction: skip pydantic validation (a sixth of the run time).
        return [
            SkillHit.model_construct(name=skill.name, category=skill.category, count=n, first_offset=first)
            for skill, (n, first) in found.values()
        ]


def _longest_first(candidates: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Keep the longest of overlapping candidates (ties: the leftmost); return them in text order."""
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    starts: list[int] = []
    kept: list[tuple[int, int, int]] = []  # parallel to ``starts``, sorted by start
    for candidate in candidates:
        start, end, _ = candidate
        at = bisect.bisect_left(starts, start)
        if at < len(kept) and kept[at][0] < end:
            continue
        if at > 0 and kept[at - 1][1] > start:
            continue
        starts.insert(at, start)
        kept.insert(at, candidate)
    return kept


@cache
def default_matcher() -> SkillMatcher:
    """The matcher for the shipped taxonomy, built on first use (~20 ms) and kept for the process."""
    return SkillMatcher(load_taxonomy())


def extract_skills(text: str, matcher: SkillMatcher | None = None) -> list[SkillHit]:
    """The taxonomy skills mentioned in ``text``; see the module docstring for the matching rules."""
    return (matcher or default_matcher()).extract(text)
