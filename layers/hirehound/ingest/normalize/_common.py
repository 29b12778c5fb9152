"""Small shared pieces of the normalization parsers: the result type and text folding."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_NON_WORD = re.compile(r"[\W_]+")
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_UNDECOMPOSED = str.maketrans(
    {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "\u0131": "i"}
)


@dataclass(frozen=True, slots=True)
class Parsed[T]:
    """A parser's answer: a value, or ``None`` and the reason it could not be determined.

    ``notes`` qualify a returned value (field name -> caveat), e.g. a salary whose minimum was not stated.
    """

    value: T | None
    reason: str | None = None
    notes: tuple[tuple[str, str], ...] = ()

    @classmethod
    def ok(cls, value: T) -> Parsed[T]:
        return cls(value, None)

    @classmethod
    def fail(cls, reason: str) -> Parsed[T]:
        return cls(None, reason)


def strip_accents(text: str) -> str:
    """``"München"`` -> ``"Munchen"``; ``ß`` becomes ``ss``."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)))


def fold(text: str) -> str:
    """A lookup key: accents stripped, casefolded, punctuation runs collapsed to single spaces."""
    if not text.isascii():
        text = strip_accents(text)
    return _NON_WORD.sub(" ", text.casefold()).strip()


def clip(text: str, limit: int = 60) -> str:
    """Text quoted in a reason, shortened so reasons stay small."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
