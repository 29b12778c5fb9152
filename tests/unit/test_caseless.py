"""Caseless patterns find exactly what their IGNORECASE pattern finds, at the same offsets."""

from __future__ import annotations

import re

import pytest
from hirehound.caseless import Caseless
from hirehound.ingest.extract import classify, generic
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

# Letters that IGNORECASE folds in ways of its own (dotted I, dotless i, long s, the Kelvin sign, final
# sigma), accented and upper-case letters, line breaks and the words the patterns look for.
_ALPHABET = st.sampled_from(
    [*"aAiIsSkKeEoO \n.:-", "\u0130", "\u0131", "\u017f", "\u212a", "Σ", "ß", "É", "é", "Ü", "ü"]
)
_WORDS = st.sampled_from(
    ["remote", "REMOTE", "Hybrid", "no longer", "NO LONGER AVAILABLE", "position has been filled", "Ex",
     "page not found", "Nicht mehr verfügbar", "404", "be found", "HÍBRIDO", "Télétravail", "experience",
     "Applicants", "\u017fkills", "Requirements", "On-Site", "kein", "\u0131s"]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_ALPHABET, _WORDS), max_size=40).map("".join)
_PATTERNS = [classify._GONE, classify._JOB_WORDS, generic._REMOTE_WORDS, Caseless(r"^\s*(?:is|sk)\b", re.M)]


def _spans(matches: object) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_matches_are_the_ignorecase_patterns(text: str) -> None:
    for caseless in _PATTERNS:
        pattern = caseless.pattern
        found, expected = caseless.search(text), pattern.search(text)
        assert (found and (found.span(), found.group(0))) == (
            expected and (expected.span(), expected.group(0))
        )
        assert bool(caseless.match(text)) == bool(pattern.match(text))
        assert _spans(caseless.finditer(text)) == _spans(pattern.finditer(text))


def test_unsafe_letters_take_the_ignorecase_pattern() -> None:
    # A long s is an "s" and a dotless i an "i" to IGNORECASE, not to str.lower: the twin would miss both.
    assert Caseless.lowered("Sk\u0131lls") is None
    assert Caseless(r"skills").search("\u017fkills") is not None
    assert Caseless(r"\bis\b").search("\u0131s") is not None


def test_a_pattern_must_be_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Caseless(r"Remote")
    with pytest.raises(ValueError, match="Greek"):
        Caseless("\u03c3")
    assert Caseless(r"\W\d\S").pattern.flags & re.IGNORECASE


@settings(max_examples=300, deadline=None)
@given(st.from_regex(classify._GONE.pattern, fullmatch=False))
def test_every_expiry_phrase_holds_one_of_the_words_that_let_the_pattern_run(text: str) -> None:
    """classify._gone runs _GONE only on text whose casefolded form holds one of _GONE_WORDS."""
    if classify._GONE.search(text):
        assert any(word in text.casefold() for word in classify._GONE_WORDS)
