"""Duplicate detection: content hashes, MinHash + LSH band keys, verdicts and the deep check."""

from __future__ import annotations

import random
import re

import pytest
from hirehound.ingest.dedup import (
    LSH_BANDS,
    LSH_ROWS,
    NUM_PERM,
    DuplicateVerdict,
    PostingMeta,
    candidate_probability,
    canonical_text,
    classify_duplicate,
    content_hash,
    deep_check,
    estimated_jaccard,
    lsh_band_keys,
    metadata_conflicts,
    minhash_signature,
    shingles,
)
from hirehound.ingest.models import Location, RemoteMode
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

JOB = """
Acme Corp is hiring a Senior Backend Engineer to join the payments platform team in Berlin.
You will design, build and operate the Python services that move money for more than 4,000 merchants
across Europe. The team owns the ledger, the payout scheduler and the reconciliation jobs, and works
closely with finance, compliance and the mobile teams.

What you will do: design APIs and data models for new payment methods; keep our PostgreSQL schemas
healthy and our queries fast; run services on AWS with Lambda, SQS and Step Functions; write tests,
review code and improve our deployment pipeline; take part in a fair on-call rotation (one week in six);
mentor two junior engineers and help us hire more.

What you bring: at least five years of backend development, most of it in Python; solid SQL and
experience with relational databases at scale; an understanding of distributed systems, idempotency and
message queues; clear written communication in English (German is a plus, not a requirement).

What we offer: a salary of 70,000 to 85,000 EUR a year, 30 days of paid vacation, a learning budget of
1,500 EUR, a hybrid setup with two office days a week, and a relocation package for candidates moving to
Berlin. Apply with your CV and a few lines about a system you are proud of; we answer every application
within ten working days.
"""

UNRELATED = [
    """Registered nurse wanted for night shifts in the intensive care unit of St. Mary's hospital.
    You monitor critically ill patients, administer medication, document care plans and coordinate
    with physicians and families. Requirements: nursing license, BLS and ACLS certification, two years
    of ICU experience. We offer shift allowances, a pension scheme and paid continuing education.""",
    """Head chef for a busy Italian restaurant in the old town. You plan seasonal menus, order
    ingredients, train a kitchen team of eight and keep food safety standards. You have run a
    professional kitchen before and love fresh pasta. Evening and weekend work, good tips, staff meals.""",
    """Globex is looking for a Senior Backend Engineer for its logistics product. You will write Go
    services running on GCP, work with Kafka and MySQL and share the on-call duty. Requirements: four
    years of backend experience, cloud knowledge, good communication. Competitive salary, remote work.""",
]


def edit_words(text: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new, 1)
    return text


EDITED = edit_words(
    JOB,
    {"two junior engineers": "three junior engineers", "30 days": "28 days", "ten working days": "a week"},
)


# --- content hash ----------------------------------------------------------------------------------


def test_content_hash_ignores_case_spacing_punctuation_and_digit_grouping() -> None:
    base = content_hash("Senior Backend Engineer", "Acme Corp", "Salary: 70,000 EUR.\nApply now!")
    assert base == content_hash(" senior  backend engineer", "ACME CORP", "salary 70000 eur apply now")
    assert base == content_hash(
        "Senior Backend-Engineer", "Acme\u00a0Corp.", "Salary — 70.000 EUR; apply\u200b now"
    )
    assert len(base) == 64
    assert int(base, 16) >= 0


def test_content_hash_keeps_words_numbers_and_field_boundaries() -> None:
    base = content_hash("Backend Engineer", "Acme", "Salary 70000 EUR")
    assert base != content_hash("Backend Engineer", "Acme", "Salary 80000 EUR")
    assert base != content_hash("Frontend Engineer", "Acme", "Salary 70000 EUR")
    assert base != content_hash("Backend Engineer", "Globex", "Salary 70000 EUR")
    assert base != content_hash("Backend", "Engineer Acme", "Salary 70000 EUR")
    assert content_hash(None, None, None) == content_hash("", " ", "\n")


WORD = st.text(
    alphabet=st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo", "Nd"]),
    min_size=1,
    max_size=12,
)
SPACE = st.text(alphabet=" \t\n\r\u00a0\u2003\u3000", min_size=1, max_size=4)
CASE = st.sampled_from([str.upper, str.lower, str.title, str.swapcase, str.casefold, str.capitalize])


@st.composite
def respaced(draw: st.DrawFn, tokens: list[str]) -> str:
    """The tokens joined by arbitrary whitespace, with arbitrary leading and trailing whitespace."""
    pieces = [draw(st.text(alphabet=" \n\t", max_size=3))]
    for token in tokens:
        pieces += [token, draw(SPACE)]
    return "".join(pieces)


@settings(max_examples=300, deadline=None)
@given(st.data(), st.lists(WORD, max_size=8), st.lists(WORD, max_size=3), st.lists(WORD, max_size=30))
def test_content_hash_is_invariant_under_whitespace_and_case(
    data: st.DataObject, title: list[str], company: list[str], description: list[str]
) -> None:
    original = content_hash(" ".join(title), " ".join(company), " ".join(description))
    change = data.draw(CASE)
    changed = content_hash(
        change(data.draw(respaced(title))),
        change(data.draw(respaced(company))),
        change(data.draw(respaced(description))),
    )
    assert changed == original


def test_canonical_text() -> None:
    assert (
        canonical_text("  Senior C++/Go Engineer (m/w/d) \u2013 \u20ac80,000!  ")
        == "senior c go engineer m w d 80000"
    )
    assert canonical_text("ＡＣＭＥ ﬁnance") == "acme finance"  # fullwidth letters, ligature  # noqa: RUF001
    assert canonical_text(None) == ""


# --- MinHash + LSH ---------------------------------------------------------------------------------


def true_jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def shared_bands(a: list[int], b: list[int]) -> int:
    return sum(x == y for x, y in zip(lsh_band_keys(a), lsh_band_keys(b), strict=True))


def test_signature_is_storable_and_deterministic() -> None:
    signature = minhash_signature(JOB)
    assert len(signature) == NUM_PERM
    assert all(isinstance(v, int) and 0 <= v < 2**32 for v in signature)  # fits bigint[]
    assert signature == minhash_signature(JOB)
    assert signature == minhash_signature(JOB.upper().replace("\n", " "))  # canonical words


def test_stored_values_do_not_drift() -> None:
    # Signatures and hashes are persisted: a library upgrade that changes them breaks every lookup.
    assert minhash_signature("Senior backend engineer for payments")[:4] == [
        356082735,
        70128993,
        3184948306,
        809084674,
    ]
    assert content_hash("Backend Engineer", "Acme", "Python, SQL.") == (
        "1f91fc7939e918827a703d4fb1e7c937a2b016de34d87597ebe90aa4d7c8d31e"
    )


def test_small_edits_keep_jaccard_high_and_lsh_finds_them() -> None:
    a, b = minhash_signature(JOB), minhash_signature(EDITED)
    assert true_jaccard(JOB, EDITED) > 0.85
    assert estimated_jaccard(a, b) == pytest.approx(true_jaccard(JOB, EDITED), abs=0.1)
    assert estimated_jaccard(a, b) >= 0.8
    assert shared_bands(a, b) >= 1


def test_lsh_finds_random_small_edits() -> None:
    rng = random.Random(7)
    tokens = JOB.split()
    base = minhash_signature(JOB)
    for _ in range(20):
        edited = list(tokens)
        for position in rng.sample(range(len(tokens)), 3):
            edited[position] = rng.choice(["alpha", "beta", "gamma", "delta"])
        assert shared_bands(base, minhash_signature(" ".join(edited))) >= 1


def test_unrelated_texts_do_not_collide() -> None:
    base = minhash_signature(JOB)
    rng = random.Random(11)
    vocabulary = re.findall(r"\w+", " ".join([JOB, *UNRELATED]))
    others = [*UNRELATED, *(" ".join(rng.choices(vocabulary, k=250)) for _ in range(30))]
    for other in others:
        signature = minhash_signature(other)
        assert estimated_jaccard(base, signature) < 0.2
        assert shared_bands(base, signature) == 0


def test_band_keys_shape_and_validation() -> None:
    signature = minhash_signature(JOB)
    keys = lsh_band_keys(signature)
    assert len(keys) == LSH_BANDS
    assert all(re.fullmatch(r"[0-9a-f]{16}", key) for key in keys)
    assert len(lsh_band_keys(signature, bands=8, rows=16)) == 8
    with pytest.raises(ValueError, match="do not fit"):
        lsh_band_keys(signature, bands=17, rows=8)


def test_empty_texts_are_nobodys_candidates() -> None:
    empty = minhash_signature("   ")
    assert lsh_band_keys(empty) == []
    assert estimated_jaccard(empty, minhash_signature("")) == 0.0
    assert estimated_jaccard(empty, minhash_signature(JOB)) == 0.0
    with pytest.raises(ValueError, match="equal length"):
        estimated_jaccard([1, 2], [1])


def test_short_texts_are_one_shingle() -> None:
    assert shingles("Backend engineer") == {"backend engineer"}
    assert (
        estimated_jaccard(minhash_signature("Backend  ENGINEER"), minhash_signature("backend engineer")) == 1
    )


def test_documented_s_curve() -> None:
    assert LSH_BANDS * LSH_ROWS == NUM_PERM
    expected = {0.5: 0.061, 0.7: 0.614, 0.8: 0.947}
    for jaccard, probability in expected.items():
        assert candidate_probability(jaccard) == pytest.approx(probability, abs=0.001)
    assert candidate_probability(0.9) > 0.999


# --- verdicts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exact", "jaccard", "cosine", "verdict"),
    [
        (True, None, None, DuplicateVerdict.EXACT),
        (True, 0.1, 0.1, DuplicateVerdict.EXACT),
        (False, 0.85, None, DuplicateVerdict.POSSIBLE),
        (False, 0.8, 0.2, DuplicateVerdict.POSSIBLE),
        (False, 0.5, 0.93, DuplicateVerdict.POSSIBLE),
        (False, None, 0.70, DuplicateVerdict.POSSIBLE),
        (False, 0.79, 0.69, DuplicateVerdict.UNIQUE),
        (False, None, None, DuplicateVerdict.UNIQUE),
    ],
)
def test_classify_duplicate(exact: bool, jaccard: float | None, cosine: float | None, verdict: str) -> None:
    assert classify_duplicate(exact, jaccard, cosine) == verdict


# --- deep check ------------------------------------------------------------------------------------

ACME = PostingMeta(
    title="Senior Backend Engineer",
    company_name="Acme Corp",
    location=Location(city="Berlin", country_code="DE"),
    remote_mode=RemoteMode.HYBRID,
)


def test_deep_check_same_job_reposted_with_edits() -> None:
    other = PostingMeta(title="Sr. Backend-Engineer", company_name="ACME Corporation", location=None)
    result = deep_check(JOB, EDITED, ACME, other)
    assert result.same_job, result.reasons
    assert result.same_company is True
    assert result.location_compatible
    assert result.text_similarity > 0.9
    assert result.reasons == ()


def test_deep_check_company_ids_then_names_then_domains() -> None:
    a = ACME.model_copy(update={"company_id": 1})
    assert deep_check(JOB, JOB, a, a.model_copy(update={"company_name": "Acme GmbH"})).same_job
    # Different ids (the company match missed a spelling): the names decide ...
    assert deep_check(JOB, JOB, a, a.model_copy(update={"company_id": 2})).same_job
    careers = a.model_copy(update={"company_id": 2, "company_name": "Acme Corp Careers"})
    assert deep_check(JOB, JOB, a, careers).same_company is True  # one name's words within the other's
    # ... unless both companies have different web domains, or the names are different.
    a_domain = a.model_copy(update={"company_domain": "acme.com"})
    b_domain = a.model_copy(update={"company_id": 2, "company_domain": "acme.de"})
    result = deep_check(JOB, JOB, a_domain, b_domain)
    assert not result.same_job
    assert result.reasons == ("different companies: Acme Corp vs Acme Corp",)
    assert not deep_check(
        JOB, JOB, a, a.model_copy(update={"company_id": 2, "company_name": "Apex"})
    ).same_job


def test_deep_check_different_company_and_text() -> None:
    globex = PostingMeta(title="Senior Backend Engineer", company_name="Globex")
    result = deep_check(JOB, UNRELATED[2], ACME, globex)
    assert not result.same_job
    assert result.same_company is False
    assert any(reason.startswith("different companies") for reason in result.reasons)
    assert any(reason.startswith("descriptions differ") for reason in result.reasons)


def test_deep_check_levels_in_titles_must_match() -> None:
    a = ACME.model_copy(update={"title": "Backend Engineer II"})
    b = ACME.model_copy(update={"title": "Backend Engineer III"})
    result = deep_check(JOB, JOB, a, b)
    assert not result.same_job
    assert result.title_similarity > 0.9
    assert result.reasons == ("different levels in titles: ii, iii",)
    junior = ACME.model_copy(update={"title": "Junior Backend Engineer"})
    assert "different levels in titles: junior, senior" in deep_check(JOB, JOB, ACME, junior).reasons


def test_deep_check_locations() -> None:
    munich = ACME.model_copy(update={"location": Location(city="Munich", country_code="DE")})
    assert deep_check(JOB, JOB, ACME, munich).reasons == ("different city: Berlin vs Munich",)
    vienna = ACME.model_copy(update={"location": Location(city="Berlin", country_code="AT")})
    assert deep_check(JOB, JOB, ACME, vienna).reasons == ("different country code: DE vs AT",)
    remote = ACME.model_copy(update={"remote_mode": RemoteMode.REMOTE})
    onsite = ACME.model_copy(update={"remote_mode": RemoteMode.ONSITE})
    assert deep_check(JOB, JOB, remote, onsite).reasons == ("one is remote, the other on-site",)
    assert deep_check(JOB, JOB, ACME, remote).same_job  # hybrid vs remote: compatible
    # ... but not for a rewrite, which is judged by meaning: a remote and a hybrid job are two jobs
    rewrite = deep_check(JOB, UNRELATED[0], ACME, remote, semantic_cosine=0.96)
    assert rewrite.reasons == ("reworded, and the work modes differ: hybrid vs remote",)
    assert deep_check(JOB, UNRELATED[0], ACME, ACME, semantic_cosine=0.96).same_job
    assert deep_check(JOB, JOB, ACME, ACME.model_copy(update={"location": None})).location_compatible


def test_deep_check_unknowns_are_reasons() -> None:
    nameless = PostingMeta(title=None, company_name=None)
    result = deep_check(JOB, JOB, ACME, nameless)
    assert not result.same_job
    assert result.same_company is None
    assert result.reasons == ("company unknown on at least one side", "title missing on at least one side")


def test_deep_check_accepts_a_reworded_text_by_embedding_cosine() -> None:
    reworded = " ".join(reversed(JOB.split()))[:800]  # same words, little of the order
    assert not deep_check(JOB, reworded, ACME, ACME).same_job
    result = deep_check(JOB, reworded, ACME, ACME, semantic_cosine=0.97)
    assert result.same_job
    assert result.semantic_cosine == 0.97
    assert not deep_check(JOB, reworded, ACME, ACME, semantic_cosine=0.9).same_job


def test_deep_check_accepts_a_rewrite_asking_for_the_same_skills() -> None:
    reworded = " ".join(reversed(JOB.split()))[:800]
    skills = frozenset({"Python", "PostgreSQL", "AWS", "AWS Lambda", "Amazon SQS"})
    a = ACME.model_copy(update={"skills": skills})
    one_fewer = ACME.model_copy(update={"skills": skills - {"Amazon SQS"}})
    result = deep_check(JOB, reworded, a, one_fewer, semantic_cosine=0.75)
    assert result.same_job, result.reasons
    assert result.skills_jaccard == 0.8
    other_skills = ACME.model_copy(update={"skills": frozenset({"Python", "Go", "Kubernetes", "Terraform"})})
    result = deep_check(JOB, reworded, a, other_skills, semantic_cosine=0.75)
    assert not result.same_job
    assert len(result.reasons) == 1
    assert result.reasons[0].startswith("descriptions differ")
    assert result.reasons[0].endswith("cosine 0.75, skills 0.12)")
    assert not deep_check(JOB, reworded, a, one_fewer, semantic_cosine=0.69).same_job
    few = ACME.model_copy(update={"skills": frozenset({"Python"})})
    assert not deep_check(JOB, reworded, few, few, semantic_cosine=0.75).same_job  # too few to compare


def test_deep_check_salaries_must_be_close() -> None:
    paid = ACME.model_copy(
        update={"salary_annual_min": 70000, "salary_annual_max": 85000, "salary_currency": "EUR"}
    )
    bumped = paid.model_copy(update={"salary_annual_min": 74000, "salary_annual_max": 90000})
    assert deep_check(JOB, JOB, paid, bumped).same_job
    single = paid.model_copy(update={"salary_annual_min": 50000, "salary_annual_max": 50000})
    raised = paid.model_copy(update={"salary_annual_min": 55000, "salary_annual_max": None})
    assert deep_check(JOB, JOB, single, raised).same_job  # a raise of 10 % on a repost
    lead = paid.model_copy(update={"salary_annual_min": 110000, "salary_annual_max": 130000})
    assert deep_check(JOB, JOB, lead, paid).reasons == (
        "salaries far apart: 70,000-85,000 vs 110,000-130,000",
    )
    assert deep_check(JOB, JOB, paid, lead.model_copy(update={"salary_currency": "USD"})).same_job
    assert deep_check(JOB, JOB, paid, ACME).same_job  # unknown salary: no conflict


def test_metadata_conflicts_ignore_the_text() -> None:
    assert metadata_conflicts(ACME, ACME.model_copy(update={"title": "Sr Backend Engineer"}))[0] == []
    reasons, similarity = metadata_conflicts(ACME, ACME.model_copy(update={"title": "Office Manager"}))
    assert similarity < 0.5
    assert reasons[0].startswith("titles differ")
