"""Company identity keys (cleaned name, domain, ATS board), the matcher's evidence order, merges that make
the result independent of arrival order, and the pairwise measure (issue 13, part 4)."""

from __future__ import annotations

import json
import random
from itertools import combinations
from pathlib import Path

import pytest
from hirehound.companies.identity import (
    CompanyKeys,
    MemoryCompanies,
    company_keys,
    pairwise_precision_recall,
    resolve,
)
from hirehound.companies.matching import CompanyCandidate, MatchDecision, match_company
from hirehound.companies.names import (
    ats_board,
    domain_fits_name,
    normalize_company_name,
    own_site_domain,
    strip_page_title,
)
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# --- cleaned names: careers-page framing and legal forms ---


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("ACME Corporation Careers", "Acme Corp"),
        ("Ironbark Security Careers", "Ironbark Security Pty Ltd"),
        ("Umbrella Health Careers", "Umbrella Health, LLC"),
        ("Umbrella Health, LLC Careers", "Umbrella Health"),
        ("Copperline Communications Careers", "Copperline Communications"),
        ("Jobs at Initech", "Initech, Inc."),
        ("Initech Jobs", "Initech Inc"),
        ("Careers at Globex", "Globex Corporation"),
        ("Careers | Globex", "GLOBEX"),
        ("Globex - Jobs & Careers", "Globex Corp."),
        ("Karriere bei Stark Logistics", "Stark Logistics GmbH"),
        ("Stark Logistics GmbH Karriere", "Stark Logistics"),
        ("Stark Logistics | Stellenangebote", "Stark Logistics GmbH"),
        ("Offres d'emploi chez Saffron Foods", "Saffron Foods Co."),
        ("Trabaja con nosotros - Tagus Digital", "Tagus Digital, Lda."),
        ("Join the Hooli team", "Hooli Inc."),
        ("Work at Hooli", "Hooli"),
        ("Bramble and Co Careers", "Bramble & Co Ltd"),
        ("Bramble and Co", "Bramble & Co."),
        ("Pinecrest Bank, N.A.", "Pinecrest Bank"),
        ("St. Aldric Medical Center", "Saint Aldric Medical Center"),
        ("Quantia Technologies Pvt. Ltd. Careers", "Quantia Technologies"),
    ],
)
def test_framing_and_legal_forms_do_not_split_an_employer(left, right):
    assert normalize_company_name(left) == normalize_company_name(right)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Steve Jobs Foundation", "Steve Jobs Foundation"),  # a word inside the name stays
        ("Careers Australia", "Careers Australia"),
        ("Jobs", "Jobs"),  # never to nothing
        ("Acme Careers Page", "Acme"),
        ("We're hiring at Acme", "Acme"),
        ("Acme Talent", "Acme Talent"),  # an agency's name, not a page title
    ],
)
def test_page_title_framing_only(raw, clean):
    assert strip_page_title(raw) == clean


_BRANDS = st.builds(
    lambda a, b: f"{a} {b}",
    st.sampled_from(["Zorvex", "Quillon", "Brightmere", "Kalder", "Ostrava Data", "Mira & Sons"]),
    st.sampled_from(["Analytics", "Robotics", "Health", "Foods", "Logistics", "Studio"]),
)
_FRAMES = [
    "{} Careers", "{} Jobs", "{} - Careers", "{} | Jobs", "{} Careers Page", "Careers at {}", "Jobs at {}",
    "Careers | {}", "Karriere bei {}", "{} Karriere", "{} | Stellenangebote", "Offres d'emploi chez {}",
    "{} - Empleos", "Work at {}", "Join {}", "{} Jobs & Careers",
]  # fmt: skip
_LEGAL = ["", " Inc.", ", Inc.", " LLC", ", LLC", " Ltd", " Pty Ltd", " GmbH", " AG", " S.A.", " S.L.",
          " Pvt. Ltd.", " plc", " Corp.", " Corporation", " N.A.", " & Co."]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_BRANDS, st.sampled_from(_FRAMES), st.sampled_from(_LEGAL), st.sampled_from(_LEGAL))
def test_property_framing_and_legal_forms_leave_the_core_name(brand, frame, legal, other_legal):
    framed = frame.format(brand + legal)
    assert normalize_company_name(framed) == normalize_company_name(brand + other_legal), framed


# --- domain and board ---


@pytest.mark.parametrize(
    ("url", "board"),
    [
        ("https://boards.greenhouse.io/acme/jobs/1", "greenhouse.io/acme"),
        ("https://job-boards.greenhouse.io/acme/jobs/1", "greenhouse.io/acme"),
        ("https://boards.greenhouse.io/embed/job_app?for=acme&token=1", "greenhouse.io/acme"),
        ("https://jobs.lever.co/acme/uuid/apply", "lever.co/acme"),
        ("https://acme.wd5.myworkdayjobs.com/en-US/External/job/1", "myworkdayjobs.com/acme"),
        ("https://wd3.myworkdaysite.com/recruiting/acme/External/job/1", "myworkdayjobs.com/acme"),
        ("https://jobs.ashbyhq.com/acme/1/application", "ashbyhq.com/acme"),
        ("https://apply.workable.com/acme/j/1", "workable.com/acme"),
        ("https://jobs.smartrecruiters.com/Acme/1", "smartrecruiters.com/acme"),
        ("https://acme.teamtailor.com/jobs/1", "teamtailor.com/acme"),
        ("https://acme.jobs.personio.de/job/1", "personio.de/acme"),
        ("https://acme.breezy.hr/p/1", "breezy.hr/acme"),
        ("https://www.greenhouse.io/", None),
        ("https://jobs.lever.co/", None),
        ("https://www.acme.com/careers", None),
        ("https://www.indeed.com/viewjob?jk=1", None),
    ],
)
def test_ats_board(url, board):
    assert ats_board(url) == board


@pytest.mark.parametrize(
    ("url", "name", "domain"),
    [
        ("https://careers.acme-corp.com/jobs/1", "ACME Corporation Careers", "acme-corp.com"),
        ("https://luminalearning.com/jobs/1", "Lumina Learning", "luminalearning.com"),
        ("https://careers.copperline.net/x", "Copperline Telecom", "copperline.net"),
        ("https://careers.staldric.org/x", "St. Aldric Medical Center", "staldric.org"),
        (
            "https://www.mueller-soehne-logistik.de/x",
            "Müller & Söhne Logistik GmbH",
            "mueller-soehne-logistik.de",
        ),
        ("https://www.ibm.com/careers", "International Business Machines", "ibm.com"),
        ("https://www.careerpilot.ca/job/1", "Hooli", None),  # a job board of its own
        ("https://boards.greenhouse.io/hooli/jobs/1", "Hooli", None),  # the ATS host
        ("https://www.linkedin.com/jobs/view/1", "LinkedIn Jobs", None),
        ("https://www.acme.com/careers", "", None),
    ],
)
def test_the_pages_own_site_is_the_companys_domain_only_when_it_spells_the_name(url, name, domain):
    assert own_site_domain(url, normalize_company_name(name)) == domain


def test_domain_fits_name_needs_four_shared_letters():
    assert domain_fits_name("everfield.ag", "everfield agritech")
    assert not domain_fits_name("ev.com", "everfield")
    assert not domain_fits_name("remotestack.io", "atlas home care")


def test_company_keys_prefer_the_company_url_and_never_take_the_ats_host():
    keys = company_keys(
        "Acme Corp Careers",
        company_url="https://www.acme.io/about",
        page_url="https://careers.other.com/x",
        source="s",
    )
    assert (keys.name, keys.normalized_name, keys.domain, keys.board) == (
        "Acme Corp",
        "acme",
        "acme.io",
        None,
    )
    on_ats = company_keys(
        "Acme", company_url=None, page_url="https://jobs.lever.co/acme/1", source="jobs.lever.co"
    )
    assert (on_ats.domain, on_ats.board) == (None, "lever.co/acme")
    nameless = company_keys(
        None, company_url=None, page_url="https://jobs.example.org/1", source="jobs.example.org"
    )
    assert nameless.name == "jobs.example.org"


# --- the matcher ---


def test_the_board_identifies_the_company_whatever_its_name():
    known = [
        CompanyCandidate(id=1, normalized_name="bluewater insurance group", boards=("myworkdayjobs.com/bw",))
    ]
    result = match_company("Bluewater", None, known, board="myworkdayjobs.com/bw")
    assert (result.decision, result.candidate_id) == (MatchDecision.BOARD, 1)


def test_another_account_on_the_same_ats_rules_out_a_fuzzy_name():
    known = [CompanyCandidate(id=1, normalized_name="kestrel robotics", boards=("lever.co/kestrel",))]
    assert match_company("Kestrel Robotic", None, known).decision is MatchDecision.FUZZY
    assert (
        match_company("Kestrel Robotic", None, known, board="lever.co/kestrel-ai").decision
        is MatchDecision.NEW
    )
    # another vendor's board is no contradiction (an employer may use two ATSs)
    assert (
        match_company("Kestrel Robotic", None, known, board="greenhouse.io/k").decision is MatchDecision.FUZZY
    )


def test_fuzzy_matching_compares_core_names():
    known = [CompanyCandidate(id=1, normalized_name="wildflower media", domain="wildflowermedia.com")]
    result = match_company("Wildflower Media Group", None, known)
    assert (result.decision, result.candidate_id) == (MatchDecision.FUZZY, 1)
    assert (
        match_company(
            "Capital Group", None, [CompanyCandidate(id=2, normalized_name="capital one")]
        ).candidate_id
        is None
    )


def test_a_learnt_name_matches_exactly():
    known = [
        CompanyCandidate(id=1, normalized_name="copperline communications", names=("copperline telecom",))
    ]
    assert match_company("Copperline Telecom Careers", None, known).decision is MatchDecision.EXACT_NAME


def test_rows_the_posting_ties_together_are_reported_for_merging():
    known = [
        CompanyCandidate(id=1, normalized_name="everfield agritech", boards=("lever.co/everfield",)),
        CompanyCandidate(id=2, normalized_name="everfield", domain="everfield.ag"),
        CompanyCandidate(id=3, normalized_name="everfield", domain="everfield-bank.com"),
    ]
    result = match_company("Everfield", None, known, board="lever.co/everfield")
    # id 3 also has the name but a second domain: it cannot join both
    assert (result.decision, result.candidate_id, result.same_as) == (MatchDecision.BOARD, 1, (2,))


# --- resolution in memory: order does not matter ---

# Pages of four employers as extraction reports them: (name, company URL, page URL, employer).
_PAGES = [
    ("Everfield Agritech", None, "https://jobs.lever.co/everfield/1", "everfield"),
    ("Everfield", "https://everfield.ag", "https://www.jobs-example.net/1", "everfield"),
    ("Everfield Careers", None, "https://everfield.ag/jobs/2", "everfield"),
    ("Everfield", None, "https://jobs.lever.co/everfield/3", "everfield"),
    ("Acme Corp", "https://acme-corp.com", "https://www.jobs-example.net/4", "acme"),
    ("ACME Corporation Careers", None, "https://careers.acme-corp.com/5", "acme"),
    ("ACME Corporation", None, "https://boards.greenhouse.io/acme/jobs/6", "acme"),
    ("Acme Robotics", None, "https://boards.greenhouse.io/acmerobotics/jobs/7", "acme robotics"),
    ("Delta", "https://delta.com", "https://www.jobs-example.net/8", "delta"),
    ("Delta", "https://deltafaucet.com", "https://www.jobs-example.net/9", "delta faucet"),
    ("Delta Faucet Company", None, "https://deltafaucet.wd5.myworkdayjobs.com/x/10", "delta faucet"),
    ("Delta Faucet", None, "https://deltafaucet.wd5.myworkdayjobs.com/x/11", "delta faucet"),
]


def _keys(page: tuple[str, str | None, str, str]) -> CompanyKeys:
    return company_keys(page[0], company_url=page[1], page_url=page[2], source="test")


def _partition(pages: list[tuple[str, str | None, str, str]]) -> set[frozenset[str]]:
    store = MemoryCompanies()
    ids = [resolve(store, _keys(page)).company_id for page in pages]
    groups: dict[int, set[str]] = {}
    for company_id, page in zip(ids, pages, strict=True):
        groups.setdefault(store.live_id(company_id), set()).add(page[2])
    return {frozenset(group) for group in groups.values()}


_TRUTH = {frozenset(p[2] for p in _PAGES if p[3] == employer) for employer in {p[3] for p in _PAGES}}


@settings(max_examples=200, deadline=None)
@given(st.permutations(_PAGES))
def test_property_the_companies_do_not_depend_on_arrival_order(pages):
    assert _partition(list(pages)) == _TRUTH


# --- the measure ---


def test_pairwise_precision_and_recall():
    assigned = [(1, "a"), (1, "a"), (2, "a"), (3, "b"), (3, "c")]
    # predicted pairs: (0,1) (3,4) -> 2; labelled pairs: (0,1) (0,2) (1,2) -> 3; both: (0,1) -> 1
    assert pairwise_precision_recall(assigned) == (0.5, 1 / 3)
    assert pairwise_precision_recall([]) == (1.0, 1.0)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from("abcd")), max_size=30))
def test_property_pairwise_counts_equal_a_pair_by_pair_count(assigned):
    both = pred = truth = 0
    for (id_a, label_a), (id_b, label_b) in combinations(assigned, 2):
        both += id_a == id_b and label_a == label_b
        pred += id_a == id_b
        truth += label_a == label_b
    expected = (both / pred if pred else 1.0, both / truth if truth else 1.0)
    assert pairwise_precision_recall(assigned) == pytest.approx(expected)


def test_bundled_corpus_company_identity_in_any_order():
    """The corpus through decode -> extract and the MatchCompany policy in memory, in five orders."""
    from hirehound.ingest.decode import decode_page
    from hirehound.ingest.extract import extract_posting

    labels = json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))
    postings = []
    for label in labels:
        if label["expect"] == "dead_letter":
            continue
        raw = extract_posting(decode_page((SAMPLES / label["file"]).read_bytes()), label["url"])
        keys = company_keys(
            raw.company_name, company_url=raw.company_url, page_url=raw.url, source=raw.source
        )
        postings.append((keys, label["company"]))
    for seed in range(5):
        order = postings[:]
        random.Random(seed).shuffle(order)
        store = MemoryCompanies()
        ids = [resolve(store, keys).company_id for keys, _ in order]
        precision, recall = pairwise_precision_recall(
            (store.live_id(i), company) for i, (_, company) in zip(ids, order, strict=True)
        )
        assert precision >= 0.99, (seed, precision)
        assert recall >= 0.95, (seed, recall)
