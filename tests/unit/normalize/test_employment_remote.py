from __future__ import annotations

import pytest
from hirehound.ingest.models import EmploymentType, RemoteMode
from hirehound.ingest.normalize.employment import parse_employment_type
from hirehound.ingest.normalize.remote import parse_remote
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

FT, PT, C, T, INTERN = (
    EmploymentType.FULL_TIME,
    EmploymentType.PART_TIME,
    EmploymentType.CONTRACT,
    EmploymentType.TEMPORARY,
    EmploymentType.INTERNSHIP,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FULL_TIME", FT),
        ("Full-time", FT),
        ("Permanent", FT),
        ("Vollzeit, unbefristet", FT),
        ("Contract", C),
        ("CONTRACTOR", C),
        ("Full-time, Contract", C),
        ("Part time", PT),
        ("PART_TIME", PT),
        ("Internship", INTERN),
        ("INTERN", INTERN),
        ("Werkstudent", INTERN),
        ("Temporary", T),
        ("Fixed-term (befristet)", T),
        ("FULL_TIME, PART_TIME", None),
        ("VOLUNTEER", None),
    ],
)
def test_employment_type(text, expected):
    result = parse_employment_type(text)
    assert result.value is expected
    assert (result.reason is None) == (expected is not None)


def test_employment_type_fallbacks():
    assert parse_employment_type(None, title="Marketing Intern").value is INTERN
    assert parse_employment_type(None, description="Job type: Part-time\nAbout us").value is PT
    assert parse_employment_type(None, description="Join our full-time team").value is None
    assert parse_employment_type(None).reason == "no employment type text"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"remote_text": "TELECOMMUTE"}, RemoteMode.REMOTE),
        ({"location_text": "Remote - US"}, RemoteMode.REMOTE),
        ({"location_text": "Hybrid (Austin, TX)"}, RemoteMode.HYBRID),
        ({"location_text": "Austin, TX", "description": "You'll spend 3 days in office each week."},
         RemoteMode.HYBRID),
        ({"location_text": "Berlin", "description": "This role is fully remote."}, RemoteMode.REMOTE),
        ({"remote_text": "On-site"}, RemoteMode.ONSITE),
        ({"description": "This is not a remote position."}, RemoteMode.ONSITE),
        ({"description": "This position is based on-site in Munich."}, RemoteMode.ONSITE),
        ({"remote_text": "TELECOMMUTE", "description": "Hybrid: 2 days per week in the office"},
         RemoteMode.HYBRID),
        ({"title": "Backend Engineer (Remote)"}, RemoteMode.REMOTE),
        ({"title": "Remote Sensing Scientist"}, None),
        ({"location_text": "Austin, TX"}, None),
        ({"description": "We build hybrid cloud software."}, None),
    ],
)  # fmt: skip
def test_remote_mode(kwargs, expected):
    result = parse_remote(**kwargs)
    assert result.value is expected
    if expected is None:
        assert result.reason == "no remote/hybrid/on-site cue"


# ------------------------------------------------------ four languages (issue 13, part 2)

ONSITE, HYBRID, REMOTE = RemoteMode.ONSITE, RemoteMode.HYBRID, RemoteMode.REMOTE

_FIELD_VOCABULARY = {
    ONSITE: ["On Site", "In-Office", "in office", "Onsite", "On-site only", "Office-based", "In person",
             "Vor Ort", "Pr\u00e4senz", "im B\u00fcro", "sur site", "Pr\u00e9sentiel", "Presencial",
             "En la oficina", "T\u00e9l\u00e9travail: Non", "T\u00e9l\u00e9travail : non", "Remote: No",
             "Homeoffice: nein", "kein Homeoffice", "No remote", "Not remote", "sin teletrabajo",
             "pas de t\u00e9l\u00e9travail"],
    HYBRID: ["Hybrid", "hybride", "H\u00edbrido", "Semipresencial", "Partially remote",
             "Homeoffice m\u00f6glich", "teilweise Homeoffice", "Home-Office: 2 Tage pro Woche",
             "Mobiles Arbeiten", "T\u00e9l\u00e9travail partiel", "T\u00e9l\u00e9travail occasionnel",
             "Teletrabajo parcial", "3 days in the office"],
    REMOTE: ["Remote", "100% remote", "Remote-first", "Fully remote", "TELECOMMUTE", "Work from home",
             "WFH", "Homeoffice", "100% Homeoffice", "Fernarbeit", "T\u00e9l\u00e9travail total",
             "T\u00e9l\u00e9travail", "Full remote", "Teletrabajo", "En remoto", "Remoto", "A distancia",
             "Remote - No experience needed"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, mode) for mode, texts in _FIELD_VOCABULARY.items() for text in texts],
)
def test_work_mode_vocabulary_in_a_field(text, expected):
    assert parse_remote(remote_text=text).value is expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("You will work 2 days a week in the office.", HYBRID),
        ("Wir bieten 2 Tage Homeoffice pro Woche.", HYBRID),
        ("Vous b\u00e9n\u00e9ficierez de 2 jours de t\u00e9l\u00e9travail par semaine.", HYBRID),
        ("Modalidad h\u00edbrida: 3 d\u00edas en la oficina.", HYBRID),
        ("Poste en pr\u00e9sentiel \u00e0 Paris.", ONSITE),
        ("Trabajo presencial en Madrid.", ONSITE),
        ("Remote work is not possible for this role.", ONSITE),
        ("Kein Homeoffice.", ONSITE),
        ("Trabajo 100% remoto.", REMOTE),
        ("Ce poste est en t\u00e9l\u00e9travail total.", REMOTE),
        ("Die Stelle ist zu 100% Homeoffice.", REMOTE),
        ("We are remote-first.", REMOTE),
        ("We work from our Manhattan office on Tuesdays, Wednesdays and Thursdays.", HYBRID),
        ("Wir sind montags und donnerstags im B\u00fcro.", HYBRID),
        ("Pr\u00e9sence au bureau les mardis et jeudis.", HYBRID),
        ("Presencia en la oficina los lunes y jueves.", HYBRID),
        ("The office is closed on Mondays.", None),
        # running text that names no work mode
        ("We build remote control and remote monitoring systems.", None),
        ("Experience with remote sensing data and remote patient care.", None),
        ("Our hybrid cloud and hybrid vehicle platforms.", None),
        ("Offices in remote areas of Alaska.", None),
        # office-based at a named place; a day count a week from home beside the office
        ("21 hours a week over three days, office-based at the firm's Micklegate office.", ONSITE),
        ("Mostly based at our Caversham hub, with one day a week working from home.", HYBRID),
        ("You can be working from home two days a week.", HYBRID),
        ("We offer a week of working from home each year.", None),
        ("An office-based team in Leeds supports our engineers.", None),
    ],
)
def test_work_mode_in_running_text(description, expected):
    assert parse_remote(description=description).value is expected


def test_location_and_title_cues_in_other_languages():
    assert parse_remote(location_text="Paris (T\u00e9l\u00e9travail: Non)").value is ONSITE
    assert parse_remote(location_text="Madrid - H\u00edbrido").value is HYBRID
    assert parse_remote(title="Entwickler (m/w/d) \u2013 100% Homeoffice").value is REMOTE
    assert parse_remote(title="Remote Sensing Analyst").value is None


_PADDING = st.sampled_from(["", "Berlin", "Paris, France", "Madrid", "Z\u00fcrich", "(m/w/d)", "Team Data"])


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(list(_FIELD_VOCABULARY)),
    st.data(),
    _PADDING,
    _PADDING,
    st.sampled_from([", ", " - ", " | "]),
)
def test_property_a_work_mode_word_in_a_field_is_read(mode, data, before, after, sep):
    word = data.draw(st.sampled_from(_FIELD_VOCABULARY[mode]))
    text = sep.join(part for part in (before, word, after) if part)
    assert parse_remote(location_text=text).value is mode, text


_INNOCENT = [
    "We design remote control units.", "You will analyse remote sensing imagery.",
    "Our platform runs on hybrid cloud infrastructure.", "We sell hybrid vehicles.",
    "Remote monitoring of patients is our product.", "The team supports remote access tooling.",
    "We serve clients in remote areas.", "You will write Python.", "Competitive salary.",
    "Wir entwickeln Fernbedienungen.", "Nous vendons des voitures hybrides.",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_INNOCENT), min_size=1, max_size=6))
def test_property_running_text_without_a_mode_phrase_gives_none(sentences):
    assert parse_remote(description=" ".join(sentences)).value is None


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["not", "no", "non", "kein", "keine", "sin", "pas de"]),
    st.sampled_from(["remote", "Remote work", "Homeoffice", "t\u00e9l\u00e9travail", "teletrabajo"]),
    st.sampled_from(["", ".", " possible.", " for this role."]),
)
def test_property_a_negated_remote_word_is_never_remote(negation, word, tail):
    text = f"{negation} {word}{tail}"
    assert parse_remote(remote_text=text).value is RemoteMode.ONSITE, text
    assert parse_remote(description=f"Please note: {text}").value is not RemoteMode.REMOTE, text


_EMPLOYMENT_VOCABULARY = {
    FT: ["Vollzeit", "Festanstellung", "unbefristet", "CDI", "temps plein", "Temps complet",
         "jornada completa", "Tiempo completo", "Contrato indefinido", "Full-time", "Permanent"],
    PT: ["Teilzeit", "Minijob", "temps partiel", "media jornada", "Jornada parcial", "Tiempo parcial"],
    C: ["Freelance", "Freie Mitarbeit", "freiberuflich", "Ind\u00e9pendant", "Aut\u00f3nomo", "Contractor"],
    T: ["befristet", "CDD", "Contrat \u00e0 dur\u00e9e d\u00e9termin\u00e9e", "Int\u00e9rim", "Zeitarbeit",
        "Temporal", "Seasonal"],
    INTERN: ["Werkstudent", "Praktikum", "Ausbildung", "Stage", "Stagiaire", "Alternance", "Pr\u00e1cticas",
             "Becario"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, kind) for kind, texts in _EMPLOYMENT_VOCABULARY.items() for text in texts],
)
def test_employment_type_vocabulary(text, expected):
    assert parse_employment_type(text).value is expected


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"text": "Pensum 80\u2013100%"}, FT),  # upper end 100%: the post can be held full-time
        ({"text": "80-100%"}, FT),
        ({"text": "Arbeitspensum: 100 %"}, FT),
        ({"text": "60%"}, PT),
        ({"text": "Pensum: 50 - 60 %"}, PT),
        ({"text": "Festanstellung, 80-100%"}, FT),
        ({"text": "Taux d'activit\u00e9 : 80 \u00e0 100 %"}, FT),
        ({"text": None, "title": "Software Engineer (80-100%)"}, FT),
        ({"text": None, "title": "Product Owner 60\u201380%"}, PT),
        ({"text": None, "title": "Data Engineer (100% remote)"}, None),  # not a workload
        ({"text": None, "description": "Pensum: 80-100%\nIhre Aufgaben"}, FT),
        ({"text": None, "description": "Up to 50% travel. 100% remote."}, None),
        ({"text": None, "title": "Stage - D\u00e9veloppeur web"}, INTERN),
        ({"text": None, "title": "Stage Manager"}, None),  # the theatre job
        ({"text": None, "title": "Assistant (CDD 6 mois)"}, T),
        ({"text": None, "description": "Type de contrat : CDI\nMissions"}, FT),
        ({"text": None, "description": "Anstellungsart: Teilzeit"}, PT),
        ({"text": None, "description": "Tipo de contrato: Temporal"}, T),
        (
            {"text": None, "description": "Rejoignez une \u00e9quipe \u00e0 temps plein."},
            None,
        ),  # running text
    ],
)
def test_workload_and_labelled_employment_type(kwargs, expected):
    text = kwargs.pop("text")
    assert parse_employment_type(text, **kwargs).value is expected


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=10, max_value=100),
    st.integers(min_value=10, max_value=100),
    st.sampled_from(["-", "\u2013", " - ", " bis ", " to ", " \u00e0 "]),
    st.sampled_from(["", "Pensum ", "Pensum: ", "Workload ", "Arbeitspensum: "]),
    st.sampled_from(["%", " %"]),
)
def test_property_a_workload_upper_end_of_100_is_full_time(a, b, dash, label, percent):
    low, high = min(a, b), max(a, b)
    text = f"{label}{low}{dash}{high}{percent}"
    expected = FT if high == 100 else PT
    assert parse_employment_type(text).value is expected, text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(_EMPLOYMENT_VOCABULARY)), st.data(), st.sampled_from(["", "(m/w/d)", "Berlin"]))
def test_property_employment_words_are_read_in_any_case(kind, data, extra):
    word = data.draw(st.sampled_from(_EMPLOYMENT_VOCABULARY[kind]))
    variant = data.draw(st.sampled_from([word, word.upper(), word.lower()]))
    text = f"{variant}, {extra}" if extra else variant
    assert parse_employment_type(text).value is kind, text


_FOLD_ALPHABET = st.sampled_from(
    [*"aeiouskhybrdmtnfcl :-%\n", "\u0130", "\u0131", "\u017f", "\u212a", "Σ", "ß", "É", "ü", "ﬁ", "\u13a0",
     "㎓", "•", "\u2019", "週2日出社", "remote", "Hybrid", "télétravail", "home office",
     "3 days in the office", "not remote", "Remote: No", "100% remoto"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_FOLD_ALPHABET, max_size=30).map("".join))
def test_folded_patterns_match_as_their_case_insensitive_form(text: str) -> None:
    """On casefolded text the case-sensitive twin a _Folded pattern runs finds what the case-insensitive
    pattern finds (a dotless i, which only the latter takes for an "i", gets the latter)."""
    from hirehound.ingest.normalize import remote

    folded = [value for value in vars(remote).values() if isinstance(value, remote._Folded)]
    key = remote._key(text)
    for pattern in [*folded, *(hybrid for _, hybrid in remote._HYBRID)]:
        found = [(m.span(), m.group(0)) for m in pattern.on(key).finditer(key)]
        assert found == [(m.span(), m.group(0)) for m in pattern._folding.finditer(key)]
