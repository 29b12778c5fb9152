"""Skill taxonomy data and the skill matcher: aliases, case rules, symbol-aware boundaries, longest match."""

from __future__ import annotations

import json
import string
from collections import Counter

import pytest
from hirehound.ingest.skills import (
    TAXONOMY_PATH,
    Skill,
    SkillCategory,
    SkillMatcher,
    default_matcher,
    extract_skills,
    load_taxonomy,
)
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

SKILLS = load_taxonomy()
BY_NAME = {skill.name: skill for skill in SKILLS}


def names(text: str) -> list[str]:
    return [hit.name for hit in extract_skills(text)]


def found(text: str) -> set[str]:
    return set(names(text))


# --- the data -----------------------------------------------------------------------------------------------


def test_taxonomy_is_large_and_well_formed() -> None:
    assert len(SKILLS) >= 400
    assert len(BY_NAME) == len(SKILLS), "skill names are unique"
    assert {skill.category for skill in SKILLS} == set(SkillCategory)
    document = json.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    assert document["format"] == "hirehound-skills/1"


def test_every_surface_form_belongs_to_one_skill() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for skill in SKILLS:
        for key in {alias.text.casefold() for alias in skill.surface_forms()}:
            if key in owner:
                clashes.append((key, owner[key], skill.name))
            owner[key] = skill.name
    assert clashes == []


def test_no_alias_is_listed_twice_within_a_skill() -> None:
    for skill in SKILLS:
        texts = Counter(alias.text for alias in skill.surface_forms())
        assert [t for t, n in texts.items() if n > 1] == [], skill.name
        folded = Counter(alias.text.casefold() for alias in skill.surface_forms())
        for text, n in folded.items():
            if n > 1:  # only distinct case-sensitive spellings may share a folded form
                variants = [a for a in skill.surface_forms() if a.text.casefold() == text]
                assert all(a.case_sensitive for a in variants), (skill.name, text)


def test_short_alphabetic_aliases_are_case_sensitive() -> None:
    loose = [
        (skill.name, alias.text)
        for skill in SKILLS
        for alias in skill.surface_forms()
        if alias.text.isalpha() and len(alias.text) <= 2 and not alias.case_sensitive
    ]
    assert loose == []


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("JS", "JavaScript"),
        ("TS", "TypeScript"),
        ("k8s", "Kubernetes"),
        ("Golang", "Go"),
        ("Go", "Go"),
        ("Postgres", "PostgreSQL"),
        ("PostgreSQL", "PostgreSQL"),
        ("C++", "C++"),
        ("C#", "C#"),
        (".NET", ".NET"),
        ("Node.js", "Node.js"),
        ("NodeJS", "Node.js"),
        ("React.js", "React"),
        ("ReactJS", "React"),
        ("scikit-learn", "scikit-learn"),
        ("sklearn", "scikit-learn"),
        ("CI/CD", "CI/CD"),
        ("Amazon Web Services", "AWS"),
        ("AWS", "AWS"),
        ("GCP", "GCP"),
        ("ML", "Machine Learning"),
        ("NLP", "Natural Language Processing"),
    ],
)
def test_tricky_aliases(alias: str, canonical: str) -> None:
    assert names(f"Experience with {alias} required.") == [canonical]


# --- matching rules -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We parse JSON all day", {"JSON"}),
        ("Strong JavaScript skills", {"JavaScript"}),
        ("We are a Google partner", set()),
        ("Ready to go? Go for it, go!", {"Go"}),  # known limit: a sentence-initial "Go" is the language
        ("Hands-on Go and Golang", {"Go"}),
        ("Statistics in R or SAS", {"Statistics", "R", "SAS"}),
        ("Our R&D team reports to the C-suite", set()),
        ("Fluent in C/C++ and C#", {"C", "C++", "C#"}),
        ("Writes Objective-C", {"Objective-C"}),
        ("ASP.NET Core and .NET 8", {"ASP.NET", ".NET"}),
        ("Visit acme.net for details", set()),
        ("Node.js, React Native and Vue.js", {"Node.js", "React Native", "Vue.js"}),
        ("You will excel at Excel", {"Microsoft Excel"}),
        ("TS types, tsconfig, ts", {"TypeScript"}),
        ("Pipelines with CI/CD on GitHub Actions", {"CI/CD", "GitHub Actions"}),
        ("Backend in golang-based microservices", {"Go", "Microservices"}),
        ("SQL, NoSQL, MySQL, PL/SQL", {"SQL", "NoSQL", "MySQL", "PL/SQL"}),
    ],
)
def test_matching(text: str, expected: set[str]) -> None:
    assert found(text) == expected


def test_longest_overlapping_match_wins() -> None:
    assert names("Node.js") == ["Node.js"]  # not JavaScript via "js"
    assert names("React Native") == ["React Native"]
    assert names("Apache Spark SQL") == ["Apache Spark", "SQL"]
    assert names("Big Data Engineering") == ["Data Engineering"]


def test_counts_offsets_and_order() -> None:
    text = "Python and Docker. More Python, python3 and Kubernetes (k8s)."
    hits = {hit.name: hit for hit in extract_skills(text)}
    assert [h.name for h in extract_skills(text)] == ["Python", "Docker", "Kubernetes"]
    assert hits["Python"].count == 3
    assert hits["Python"].first_offset == 0
    assert hits["Docker"].first_offset == text.index("Docker")
    assert hits["Kubernetes"].count == 2
    assert hits["Kubernetes"].category is SkillCategory.DEVOPS


def test_multi_word_alias_across_line_breaks_keeps_offsets() -> None:
    text = "Needs machine\nlearning\tand Amazon\u00a0Web Services."
    hits = extract_skills(text)
    assert [(h.name, h.first_offset) for h in hits] == [
        ("Machine Learning", text.index("machine")),
        ("AWS", text.index("Amazon")),
    ]


def test_latin_terms_inside_cjk_text() -> None:
    assert names("熟悉Python开发和Java") == ["Python", "Java"]


def test_empty_text() -> None:
    assert extract_skills("") == []


def test_default_matcher_is_built_once() -> None:
    assert default_matcher() is default_matcher()


def test_conflicting_aliases_are_rejected() -> None:
    skills = [
        Skill.model_validate({"name": "Go", "category": "languages", "aliases": ["golang"]}),
        Skill.model_validate({"name": "Golang Tools", "category": "other", "aliases": ["GoLang"]}),
    ]
    with pytest.raises(ValueError, match="also a form of"):
        SkillMatcher(skills)


def test_custom_taxonomy_and_case_sensitive_name() -> None:
    matcher = SkillMatcher(
        [
            Skill.model_validate(
                {"name": "Rust", "category": "other", "aliases": [{"text": "Rust", "case_sensitive": True}]}
            )
        ]
    )
    assert [h.name for h in matcher.extract("Rust, not rust removal")] == ["Rust"]
    assert matcher.extract("rust") == []


# --- property: hits never start or end inside a word --------------------------------------------------------

_SURFACES = sorted({alias.text for skill in SKILLS for alias in skill.surface_forms()})
_NOISE = string.ascii_letters + string.digits + " .,-/+#&'_()"


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_SURFACES), st.text(alphabet=_NOISE, max_size=4)),
        max_size=12,
    ).map("".join)
)
def test_hits_never_start_or_end_inside_a_word(text: str) -> None:
    spans = default_matcher().spans(text)
    previous_end = 0
    for span in spans:
        assert span.start >= previous_end, "non-overlapping, in text order"
        previous_end = span.end
        assert span.start == 0 or not _is_word(text[span.start - 1]), (text, span)
        assert span.end == len(text) or not _is_word(text[span.end]), (text, span)
        forms = {alias.text.lower() for alias in span.skill.surface_forms()}
        assert text[span.start : span.end].lower() in forms
