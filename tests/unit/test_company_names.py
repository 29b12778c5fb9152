"""Company name normalization, company domains (offline) and matching a company against known ones."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from cleanco import basename  # type: ignore[import-untyped]
from cleanco.clean import custom_basename  # type: ignore[import-untyped]
from hirehound.companies import names
from hirehound.companies.matching import (
    FUZZY_THRESHOLD,
    CompanyCandidate,
    MatchDecision,
    blocking_key,
    match_company,
    name_similarity,
)
from hirehound.companies.names import company_domain, normalize_company_name
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

_TERM_WORDS = sorted({word for _, parts in basename.keywords["terms"] for word in parts})
_NAME_WORDS = st.one_of(
    st.sampled_from(_TERM_WORDS),
    st.sampled_from(_TERM_WORDS).map(str.upper).map(lambda word: word + "."),
    st.sampled_from(["Acme", "Bramble", "&", "and", "Co.", "S.A.", "GmbH,", "Ltd.", "Inc", "株式会社"]),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_NAME_WORDS, max_size=7).map(" ".join))
def test_legal_forms_go_as_cleancos_basename_drops_them(name: str) -> None:
    """The indexed term loops drop what cleanco's own loops over all its terms drop at the end, and at the
    start what its loop over the forms written before a name drops."""
    terms = basename.keywords["terms"]
    prefix_terms = [term for term in terms if term[1][0] in names._PREFIX_FORMS]
    without_suffix = custom_basename(name, terms, suffix=True, prefix=False)
    expected = (
        custom_basename(without_suffix, prefix_terms, suffix=False, prefix=True) if without_suffix else ""
    )
    assert names._legal_basename()(name) == expected


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("Corporation Bank", "corporation bank"),
        ("Co-op Group", "co op group"),
        ("Company Shop Group", "company shop group"),
        ("NV Energy", "nv energy"),
        ("SE Ranking", "se ranking"),
        ("Private Eye Ltd", "private eye"),
        ("ООО Ромашка", "ромашка"),  # noqa: RUF001 - Cyrillic letters, as written
        ("UAB Baltic Data", "baltic data"),
        ("PT Sinar Harapan", "sinar harapan"),
    ],
)
def test_a_legal_form_word_starting_a_name_stays_unless_forms_go_there(raw: str, normalized: str) -> None:
    assert normalize_company_name(raw) == normalized


# --- normalize_company_name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("The Home Depot, Inc.", "home depot"),
        ("Acme Co., Ltd.", "acme"),
        ("ACME LLC", "acme"),
        ("Acme L.L.C.", "acme"),
        ("Volkswagen GmbH & Co. KG", "volkswagen"),
        ("Société Générale SA", "societe generale"),
        ("Nestlé S.A.", "nestle"),
        ("Ørsted A/S", "orsted"),
        ("Spotify AB", "spotify"),
        ("Philips N.V.", "philips"),
        ("Mitsubishi K.K.", "mitsubishi"),
        ("Infosys Pvt. Ltd.", "infosys"),
        ("Karoo Logistics (Pty) Ltd.", "karoo logistics"),
        ("Karoo Logistics (Proprietary) Limited", "karoo logistics"),
        ("Tata Elxsi (Pvt) Ltd", "tata elxsi"),
        ("Tata Elxsi (Private) Limited", "tata elxsi"),
        ("Lion City Foods (S) Pte Ltd", "lion city foods"),
        ("Nordkap AB (publ)", "nordkap"),
        ("Lebenshilfe Werkstätten gGmbH", "lebenshilfe werkstatten"),
        ("Cosan S/A", "cosan"),
        ("Pty Ltd", "pty ltd"),  # never normalized to nothing
        ("OOO Yandex", "yandex"),
        ("Accenture plc", "accenture"),
        ("Johnson & Johnson", "johnson and johnson"),
        ("McDonald's Corporation", "mcdonalds"),
        ("L\u2019Oréal S.A.", "loreal"),
        ("I.B.M.", "ibm"),
        ("Coca-Cola Company", "coca cola"),
        ("Salesforce.com, Inc.", "salesforce"),
        ("Booking.com", "booking"),
        ("\uff21\uff23\uff2d\uff25\u3000\uff29\uff4e\uff43", "acme"),  # full-width "ACME Inc"
        ("Theranos Inc", "theranos"),
        ("The Company", "company"),  # never normalized to nothing
        ("Inc.", "inc"),
        ("   ", ""),
    ],
)
def test_normalize_company_name(raw: str, normalized: str) -> None:
    assert normalize_company_name(raw) == normalized


# --- company_domain -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "domain"),
    [
        ("https://careers.acme.co.uk/jobs/123", "acme.co.uk"),
        ("https://www.Acme.com", "acme.com"),
        ("acme.io", "acme.io"),
        ("jobs.acme.com.au/openings", "acme.com.au"),
        ("https://user:pw@www.acme.de:8443/x?y=1", "acme.de"),
        ("jane.doe@mail.acme.com", "acme.com"),
        ("mailto:hr@Acme.com?subject=Hi", "acme.com"),
        ("https://greenhouse.io", "greenhouse.io"),  # the vendor's own site
        ("https://boards.greenhouse.io/acme", None),
        ("https://job-boards.greenhouse.io/acme/jobs/1", None),
        ("https://jobs.lever.co/acme", None),
        ("https://acme.wd5.myworkdayjobs.com/en-US/External", None),
        ("https://jobs.ashbyhq.com/acme", None),
        ("acme.bamboohr.com/careers", None),
        ("https://www.linkedin.com/company/acme", None),
        ("recruiter@gmail.com", None),
        ("http://192.168.0.1/jobs", None),
        ("localhost:8080", None),
        ("not a url", None),
        ("", None),
    ],
)
def test_company_domain(value: str, domain: str | None) -> None:
    assert company_domain(value) == domain


def test_company_domain_works_offline_without_a_disk_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    names._extractor.cache_clear()
    try:
        assert company_domain("https://careers.example.co.jp/x") == "example.co.jp"
        assert company_domain("https://shop.example.xn--p1ai") == "example.xn--p1ai"
        extractor = names._extractor()
        assert extractor.suffix_list_urls == ()
        assert not extractor._cache.enabled
    finally:
        names._extractor.cache_clear()
    assert list(tmp_path.iterdir()) == []


# --- match_company ------------------------------------------------------------------------------------------

CANDIDATES = [
    CompanyCandidate(id=1, normalized_name="acme", domain="acme.com"),
    CompanyCandidate(id=2, normalized_name="acme robotics", domain=None),
    CompanyCandidate(id=3, normalized_name="marriott international", domain=None),
    CompanyCandidate(id=4, normalized_name="delta", domain="delta.com"),
]


def test_domain_match_wins_over_names() -> None:
    result = match_company("Totally Different Name", "ACME.com", CANDIDATES)
    assert (result.decision, result.candidate_id, result.score) == (MatchDecision.DOMAIN, 1, 100.0)


def test_exact_normalized_name() -> None:
    result = match_company("ACME Robotics, Inc.", None, CANDIDATES)
    assert (result.decision, result.candidate_id, result.score) == (MatchDecision.EXACT_NAME, 2, 100.0)
    assert result.normalized_name == "acme robotics"


def test_fuzzy_name_above_threshold() -> None:
    result = match_company("Marriot International", None, CANDIDATES)
    assert result.decision is MatchDecision.FUZZY
    assert result.candidate_id == 3
    assert FUZZY_THRESHOLD <= result.score < 100


def test_new_company_reports_best_score_below_threshold() -> None:
    result = match_company("Acme Analytics", None, CANDIDATES)
    assert result.decision is MatchDecision.NEW
    assert result.candidate_id is None
    assert 0 < result.score < FUZZY_THRESHOLD


def test_a_different_known_domain_rules_out_a_name_match() -> None:
    result = match_company("Delta", "deltafaucet.com", CANDIDATES)
    assert result.decision is MatchDecision.NEW
    # Without a domain on the posting the name decides.
    assert match_company("Delta", None, CANDIDATES).candidate_id == 4


def test_ties_go_to_the_first_candidate() -> None:
    twins = [CompanyCandidate(id=n, normalized_name="globex") for n in (7, 8)]
    assert match_company("Globex Corp", None, twins).candidate_id == 7


def test_no_candidates_and_empty_name() -> None:
    assert match_company("Acme", "acme.com", []).decision is MatchDecision.NEW
    assert match_company("", None, CANDIDATES).decision is MatchDecision.NEW


def test_blocking_key() -> None:
    assert blocking_key("home depot") == "hom"
    assert blocking_key("h and m") == "han"
    assert blocking_key("hp") == "hp"
    assert blocking_key("") == ""
    # The two spellings a fuzzy match must bridge share a block.
    assert blocking_key(normalize_company_name("Wal-Mart")) == blocking_key(normalize_company_name("Walmart"))


# --- the threshold, on labelled pairs -----------------------------------------------------------------------

SAME = [
    ("Acme Corp", "ACME Corporation"), ("The Home Depot", "Home Depot, Inc."),
    ("Johnson & Johnson", "Johnson and Johnson"), ("Ernst & Young LLP", "Ernst and Young"),
    ("McDonald's", "McDonalds Corporation"), ("Société Générale", "Societe Generale SA"),
    ("Coca-Cola Company", "The Coca Cola Co."), ("JPMorgan Chase & Co.", "JP Morgan Chase"),
    ("PricewaterhouseCoopers", "Pricewaterhouse Coopers"), ("Wal-Mart Stores", "Walmart Stores"),
    ("Hewlett Packard Enterprise", "Hewlett-Packard Enterprise"), ("Salesforce.com, Inc.", "Salesforce"),
    ("Accentrue", "Accenture"), ("Microsfot", "Microsoft Corporation"),
    ("Marriot International", "Marriott International, Inc."), ("Northrup Grumman", "Northrop Grumman Corp"),
    ("Capgemini", "Cap Gemini"), ("UnitedHealth Group", "United Health Group"),
    ("Lockheed Martin", "Lockheed-Martin Corp."), ("T-Mobile US", "T Mobile US, Inc."),
    ("Bristol-Myers Squibb", "Bristol Myers Squibb Company"), ("Procter & Gamble", "Procter and Gamble Co"),
    ("Goldman Sachs Group", "The Goldman Sachs Group, Inc."),
    ("Deloitte Touche Tohmatsu", "Deloitte Touche Tohmatsu Limited"),
    ("L'Oréal", "LOreal SA"), ("Nestle", "Nestlé S.A."), ("Booking.com", "Booking"),
    ("Siemens Healthineers", "Siemens Healthineers AG"),
    ("Thermo Fisher Scientific", "ThermoFisher Scientific"),
    ("Kimberly-Clark", "Kimberly Clark Corporation"), ("Anheuser-Busch InBev", "Anheuser Busch Inbev SA/NV"),
    ("Raytheon Technologies", "Raytheon Technology"), ("Boston Scientific", "Boston Scientific Corp"),
    ("Cognizant Technology Solutions", "Cognizant Technology Solution"),
    ("Tata Consultancy Services", "Tata Consulting Services"),
    ("Dell Technologies", "Dell"), ("Adobe Systems", "Adobe"), ("Ernst & Young", "EY"),
    ("Wells Fargo & Company", "Wells Fargo Bank"), ("Infosys Limited", "Infosys Ltd."),
]  # fmt: skip
DIFFERENT = [
    ("Acme Analytics", "Acme Robotics"), ("Delta Air Lines", "Delta Faucet Company"),
    ("American Express", "American Airlines"), ("Bank of America", "Bank of Montreal"),
    ("Apple", "Applied Materials"), ("Meta", "Metro"), ("Intel", "Intuit"),
    ("General Motors", "General Mills"), ("General Electric", "General Dynamics"),
    ("Capital One", "Capital Group"), ("Deloitte Digital", "Deloitte Consulting"),
    ("Blue Origin", "Blue Apron"), ("Square", "Squarespace"), ("Snap Inc.", "Snapple"),
    ("Zoom Video Communications", "ZoomInfo Technologies"), ("Stripe", "Stryker"), ("Nike", "Nikon"),
    ("Visa", "Vista"), ("Northern Trust", "Northern Tool"), ("Sony Music", "Sony Pictures"),
    ("Novartis", "Novavax"), ("HP", "HPE"), ("Citi", "Citrix"), ("Bain & Company", "Bain Capital"),
    ("Boston Consulting Group", "Boston Scientific"), ("Lyft", "Lift"), ("Kroger", "Kruger"),
    ("Marvell Technology", "Marvel Entertainment"), ("Marvell", "Marvel"), ("Sanofi", "Santofi"),
    ("Allstate", "Allstar"), ("Aon", "Avon"), ("Cigna", "Signa"), ("Humana", "Human"),
    ("Texas Instruments", "Texas Roadhouse"), ("United Airlines", "United Rentals"),
    ("Pacific Life", "Pacific Gas and Electric"), ("First Republic Bank", "First Citizens Bank"),
    ("Globe Life", "Globe Telecom"), ("Fidelity Investments", "Fidelity National Financial"),
]  # fmt: skip


def _merged(left: str, right: str, threshold: float) -> bool:
    known = [CompanyCandidate(id=1, normalized_name=normalize_company_name(right))]
    return match_company(left, None, known, threshold=threshold).decision is not MatchDecision.NEW


def precision_recall(threshold: float) -> tuple[float, float]:
    true_pos = sum(_merged(a, b, threshold) for a, b in SAME)
    false_pos = sum(_merged(a, b, threshold) for a, b in DIFFERENT)
    return true_pos / (true_pos + false_pos), true_pos / len(SAME)


def test_threshold_is_precise_on_the_labelled_pairs() -> None:
    precision, recall = precision_recall(FUZZY_THRESHOLD)
    assert precision == 1.0
    assert recall >= 0.75


def test_one_point_lower_already_merges_look_alikes() -> None:
    precision, _ = precision_recall(FUZZY_THRESHOLD - 1)
    assert precision < 1.0
    assert name_similarity("marvell", "marvel") < FUZZY_THRESHOLD
    assert name_similarity("pricewaterhousecoopers", "pricewaterhouse coopers") >= FUZZY_THRESHOLD
