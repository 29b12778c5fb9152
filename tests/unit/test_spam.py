"""Spam assessment: the named rules, the combination, the training data and the exported classifier."""

from __future__ import annotations

import json
import math
import re

import pytest
from hirehound.ingest import spam
from hirehound.ingest.spam import (
    MODEL_PATH,
    RULES_DECISIVE,
    SPAM_THRESHOLD,
    SUSPICIOUS_THRESHOLD,
    SpamModel,
    SpamVerdict,
    assess_spam,
    noisy_or,
    rule_reasons,
    similarity_evidence,
)
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

DATA_PATH = MODEL_PATH.parent / "spam_training.jsonl"

LEGIT = (
    "Oakridge Software is hiring a data engineer in Denver. You will build batch pipelines in Airflow and "
    "dbt and keep our warehouse tidy. Three years of SQL and Python. Salary $115,000 - $135,000 plus "
    "medical, dental and a 401(k) match."
)


def codes(text: str, **kwargs: object) -> set[str]:
    return {r.code for r in rule_reasons(text, **kwargs)}  # type: ignore[arg-type]


# ---- rules ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Message our recruiter on Telegram @hire_desk to start.", "messaging_app_contact"),
        ("WhatsApp +1 (415) 555-0199 for the interview.", "messaging_app_contact"),
        ("Join t.me/remotejobs_hr now.", "messaging_app_contact"),
        ("A registration fee of $49 activates your account.", "fee_requested"),
        ("You must purchase a $120 kit before training.", "fee_requested"),
        ("Recharge your account to unlock premium tasks.", "fee_requested"),
        ("Please send your bank account and routing number today.", "bank_details_requested"),
        ("Provide your SSN so we can pay you.", "bank_details_requested"),
        ("Deposit the check and wire the balance to our vendor.", "money_transfer"),
        ("Send it via Western Union.", "money_transfer"),
        ("Send 0.01 BTC to bc1q9h7garjv5kx3sfm0lq0fpd9tq8yhmcq8z3ty6w.", "crypto_wallet"),
        ("Transfer to 0x52908400098527886E0F7030069857D2E4169EE7.", "crypto_wallet"),
        ("Commissions are paid daily in USDT.", "crypto_payment"),
        ("Inspect the items and reship them to our clients.", "reshipping"),
        ("Receive parcels at your home for our company.", "reshipping"),
        ("Be your own boss with unlimited earning potential.", "mlm_language"),
        ("Grow your downline and earn passive income.", "mlm_language"),
        ("Limited spots, 100% legit, no interview.", "pressure_language"),
        ("Earn $5,000 per week. No experience needed.", "absurd_pay_no_experience"),
        ("Make $900 a day from your phone.", "absurd_pay_no_experience"),
        ("APPLY TODAY!!! Great pay.", "excessive_exclamation"),
    ],
)
def test_each_rule_names_its_reason(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        LEGIT,
        # Legitimate uses of the same words: integrations, payroll, fraud work, package handling, high pay.
        "You will build our WhatsApp Business API and Telegram integrations in Go.",
        "Process payroll and set up direct deposit using employees' bank account details in our HRIS.",
        "Investigate reshipping and money-mule schemes that target our customers.",
        "Load trailers and scan packages at our sorting hub. No experience required. $18.75/hour.",
        "Forward packages to the right departments and prepare outbound freight paperwork.",
        "Base salary $240,000 - $290,000 plus equity for 10+ years of systems programming.",
        "State P&C license required or obtained within 60 days (we pay the exam fee).",
        "Build wallet-signing services in Rust for Ethereum custody; crypto experience preferred.",
        "Requirements: AWS, SQL and CI/CD experience with a CPA or PMP a plus.",
    ],
)
def test_legitimate_wording_trips_no_rule(text: str) -> None:
    assert rule_reasons(text, title="Engineer", company_name="Oakridge Software") == []


def test_absurd_pay_uses_the_normalized_salary_too() -> None:
    text = "Remote assistant. No experience required."
    assert "absurd_pay_no_experience" in codes(text, salary_annual_max=300_000.0)
    assert "absurd_pay_no_experience" not in codes(text, salary_annual_max=45_000.0)
    assert "absurd_pay_no_experience" not in codes("Staff engineer.", salary_annual_max=300_000.0)


def test_free_mail_contact_weighs_more_for_a_named_company() -> None:
    company = rule_reasons(
        "Apply below.", company_name="Granite Bank", contact_emails=["jobs.granite@gmail.com"]
    )
    anonymous = rule_reasons("Write to hiring.team@yahoo.com.")
    corporate = rule_reasons(
        "Apply below.", company_name="Granite Bank", contact_emails=["jobs@granitebank.com"]
    )
    assert [r.code for r in company] == ["free_mail_company_contact"]
    assert [r.code for r in anonymous] == ["free_mail_contact"]
    assert company[0].weight > anonymous[0].weight
    assert corporate == []


def test_capitals_shout_but_acronyms_do_not() -> None:
    assert "all_caps" in codes("MAKE MONEY FAST FROM HOME WITH THIS EASY JOB", title="Opportunity")
    assert "all_caps" in codes("Details inside.", title="WORK FROM HOME")
    assert "all_caps" not in codes("Experience with AWS, SQL, ETL and REST APIs in a SaaS company.")


def test_reasons_are_strongest_first_with_evidence() -> None:
    reasons = rule_reasons(
        "Limited spots! Pay the registration fee of $40 and text us on WhatsApp +1 555 010 2233."
    )
    assert [r.weight for r in reasons] == sorted((r.weight for r in reasons), reverse=True)
    assert reasons[0].code == "fee_requested"
    assert "registration fee" in reasons[0].evidence


# ---- combination ------------------------------------------------------------------------------------------


def test_noisy_or() -> None:
    assert noisy_or([]) == 0.0
    assert noisy_or([0.5, 0.5]) == pytest.approx(0.75)
    assert noisy_or([1.0, 0.1]) == 1.0
    assert noisy_or([2.0, -1.0]) == 1.0  # clamped


def test_thresholds_are_ordered() -> None:
    assert 0 < SUSPICIOUS_THRESHOLD < SPAM_THRESHOLD <= RULES_DECISIVE <= 1


def test_similarity_evidence_is_zero_below_the_floor_and_full_at_saturation() -> None:
    assert similarity_evidence(None) == 0.0
    assert similarity_evidence(spam.SIMILARITY_FLOOR - 0.1) == 0.0
    assert similarity_evidence(spam.SIMILARITY_SATURATION) == 1.0
    assert 0 < similarity_evidence((spam.SIMILARITY_FLOOR + spam.SIMILARITY_SATURATION) / 2) < 1


def test_decisive_rules_skip_the_classifier() -> None:
    result = assess_spam(
        "Pay the $60 training deposit to secure your spot, then message the manager on Telegram @hr_kelly.",
        title="Data Entry",
        model=ExplodingModel(),
    )
    assert result.verdict is SpamVerdict.SPAM
    assert result.model_probability is None
    assert result.score == result.rules_score >= RULES_DECISIVE
    assert {r.code for r in result.reasons} == {"fee_requested", "messaging_app_contact"}


class ExplodingModel(SpamModel):
    def __init__(self) -> None:
        pass

    def probability(self, doc: str) -> float:
        raise AssertionError("the classifier should not run")


class FixedModel(SpamModel):
    def __init__(self, p: float) -> None:
        self.p = p

    def probability(self, doc: str) -> float:
        return self.p


def test_classifier_probability_combines_with_rules_and_similarity() -> None:
    text = "Remote role. Message us on WhatsApp +1 555 010 2233."
    rules_only = assess_spam(text, title="Assistant", model=FixedModel(0.0))
    assert rules_only.verdict is SpamVerdict.SUSPICIOUS  # one strong rule alone is not spam
    assert rules_only.score == pytest.approx(0.5)
    with_model = assess_spam(text, title="Assistant", model=FixedModel(0.7))
    assert with_model.score == pytest.approx(1 - 0.5 * 0.3)
    assert with_model.verdict is SpamVerdict.SPAM
    assert [r.code for r in with_model.reasons] == ["messaging_app_contact", "classifier"]


def test_known_spam_similarity_alone_can_decide() -> None:
    clean = assess_spam(LEGIT, title="Data Engineer", model=FixedModel(0.05))
    near_copy = assess_spam(LEGIT, title="Data Engineer", model=FixedModel(0.05), known_spam_similarity=0.99)
    unrelated = assess_spam(LEGIT, title="Data Engineer", model=FixedModel(0.05), known_spam_similarity=0.6)
    assert clean.verdict is SpamVerdict.CLEAN
    assert near_copy.verdict is SpamVerdict.SPAM
    assert near_copy.reasons[-1].code == "similar_to_known_spam"
    assert unrelated.score == clean.score


# ---- the shipped classifier on text it never saw ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Data Engineer", LEGIT),
        (
            "Backend Engineer, Chat Channels",
            "Relaywise builds support software that connects to WhatsApp, Telegram and Instagram. You will "
            "design "
            "the delivery pipeline for outbound messages in Kotlin. Four years of backend experience. "
            "Salary EUR "
            "90,000 - 110,000, remote in Europe.",
        ),
        (
            "Principal Data Engineer",
            "Ferrous Systems Group is hiring a principal data engineer to own our lakehouse. You will lead "
            "architecture for streaming ingestion on Kafka and Iceberg. 12+ years of experience. Base pay "
            "$260,000 "
            "- $310,000 plus equity and bonus.",
        ),
        (
            "Enterprise Account Executive",
            "Oakridge Software is hiring an enterprise AE for the Northeast. You will close six-figure "
            "deals with "
            "hospital systems. Base $130,000, uncapped commission, OTE $260,000. Five years of enterprise "
            "SaaS sales.",
        ),
        (
            "ICU Nurse",
            "St. Agnes Medical Center seeks ICU nurses. 3 years ICU experience and an RN license. "
            "$48-$62 per hour and a sign-on bonus.",
        ),
    ],
)
def test_unseen_legitimate_ads_are_clean(title: str, text: str) -> None:
    result = assess_spam(text, title=title, company_name="Some Co")
    assert result.verdict is SpamVerdict.CLEAN, result


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Home Office Assistant",
            "We need a trustworthy assistant. You will receive payments from our clients into your personal "
            "account "
            "and send them on to our partners. Weekly income of $1,500. Contact Mr. Peter by text only.",
        ),
        (
            "Remote Reviewer",
            "Rate products online from home and make $400 daily. No experience needed. Message "
            "our coordinator on Telegram @reviews_hr to get started.",
        ),
        (
            "Online Assistant",
            "Easy online job. Earn $900 weekly with only 2 hours of work. Contact the manager on "
            "WhatsApp +1 555 201 8833. Registration fee of $30 applies.",
        ),
    ],
)
def test_unseen_scams_are_spam(title: str, text: str) -> None:
    assert assess_spam(text, title=title).verdict is SpamVerdict.SPAM


def test_assessment_serializes_for_the_reasons_column() -> None:
    result = assess_spam("Message us on WhatsApp +1 555 010 2233.", title="Assistant")
    dumped = json.loads(result.model_dump_json())
    assert dumped["verdict"] in {"spam", "suspicious", "clean"}
    assert 0.0 <= dumped["score"] <= 1.0
    assert {"code", "weight", "evidence"} <= set(dumped["reasons"][0])


# ---- training data and the exported model ----------------------------------------------------------------


def test_training_data_is_labelled_varied_and_about_forty_percent_spam() -> None:
    rows = [json.loads(line) for line in DATA_PATH.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300
    assert {r["label"] for r in rows} == {"spam", "ham"}
    assert set().union(*(r.keys() for r in rows)) == {"text", "label"}
    share = sum(r["label"] == "spam" for r in rows) / len(rows)
    assert 0.35 <= share <= 0.45
    assert len({r["text"] for r in rows}) == len(rows)
    assert all("\n" in r["text"] for r in rows)  # title line, then the body


def test_numpy_inference_reproduces_stored_sklearn_probabilities() -> None:
    """No scikit-learn needed: the model file carries scikit-learn's held-out probabilities."""
    spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    lines = DATA_PATH.read_text(encoding="utf-8").splitlines()
    model = SpamModel(spec)
    reference = spec["reference"]
    assert len(reference["lines"]) >= 50
    for line, expected in zip(reference["lines"], reference["probabilities"], strict=True):
        assert abs(model.probability(json.loads(lines[line])["text"]) - expected) <= 1e-9


def test_model_spec_is_validated() -> None:
    with pytest.raises(ValueError, match="not a"):
        SpamModel({"format": "something-else"})


def test_default_model_is_loaded_once() -> None:
    assert spam.default_model() is spam.default_model()


def test_probability_is_a_sigmoid_of_the_linear_decision() -> None:
    model = spam.default_model()
    doc = "Assistant\nContact us on Telegram."
    assert model.probability(doc) == pytest.approx(1 / (1 + math.exp(-model.decision(doc))))
    assert model.decision("\n") == model.intercept  # no known term: only the intercept


@pytest.fixture(scope="module")
def trained():
    """Retrains (about two seconds) with scikit-learn, a dev dependency the test suite always has."""
    from hirehound.ml import train_spam

    docs, labels = train_spam.load_examples()
    data = train_spam.split(docs, labels)
    return train_spam, data, train_spam.fit(data)


class TestAgainstScikitLearn:
    def test_numpy_inference_matches_predict_proba_on_held_out(self, trained) -> None:
        train_spam, data, pipeline = trained
        expected = pipeline.predict_proba(data.test_docs)[:, 1]
        actual = SpamModel(train_spam.export(pipeline)).probabilities(data.test_docs)
        assert abs(actual - expected).max() <= 1e-9

    def test_training_is_deterministic_and_the_shipped_model_is_current(self, trained) -> None:
        """Retraining reproduces the shipped model up to floating-point noise (BLAS and CPU decide the
        last bits), and a stale model, whose coefficients differ far beyond that, fails."""
        train_spam, data, pipeline = trained
        shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        exported = train_spam.export(pipeline)
        assert exported["intercept"] == pytest.approx(shipped["intercept"], rel=1e-9, abs=1e-12)
        for ours, theirs in zip(exported["blocks"], shipped["blocks"], strict=True):
            assert ours["terms"] == theirs["terms"]
            assert ours["coef"] == pytest.approx(theirs["coef"], rel=1e-9, abs=1e-12)
        docs = data.train_docs + data.test_docs
        retrained, current = SpamModel(exported).probabilities(docs), SpamModel(shipped).probabilities(docs)
        assert ((retrained >= 0.5) == (current >= 0.5)).all()  # the same prediction on every document
        assert abs(retrained - current).max() <= 1e-9

    def test_stratified_split_keeps_the_spam_share(self, trained) -> None:
        _, data, _ = trained
        train_share = sum(data.train_labels) / len(data.train_labels)
        test_share = sum(data.test_labels) / len(data.test_labels)
        assert abs(train_share - test_share) < 0.02

    @settings(max_examples=200, deadline=None)
    @given(text=st.text(alphabet=st.sampled_from("aBc dE\t\n'!-é1ß İ"), max_size=40))
    def test_analyzers_match_scikit_learn(self, trained, text: str) -> None:
        from sklearn.feature_extraction.text import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
            TfidfVectorizer,
        )

        word = TfidfVectorizer(analyzer="word", ngram_range=(1, 3)).build_analyzer()
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
        pattern = re.compile(r"(?u)\b\w\w+\b")
        assert spam._word_ngrams(pattern, (1, 3))(text) == word(text)
        assert spam._char_wb_ngrams((2, 5))(text) == char(text)
