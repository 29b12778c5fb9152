"""Duplicate detection, as pure functions for the three stages; the database lookups happen elsewhere.

1. **Exact**: :func:`content_hash` of title, company and description in a canonical form. Same hash =
   same posting; look it up in ``postings.content_hash``.
2. **Near**: :func:`minhash_signature` (stored in ``postings.minhash bigint[]``) and
   :func:`lsh_band_keys` (stored in ``posting_lsh_bands``): postings sharing any ``(band, band_key)``
   are candidates, confirmed with :func:`estimated_jaccard` on their signatures.
3. **Semantic**: cosine of embeddings (pgvector k-NN on ``postings.embedding``).

:func:`classify_duplicate` turns the three signals into a :class:`DuplicateVerdict`, and
:func:`deep_check` decides whether a ``possible`` pair is the same job, with its reasons.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from enum import StrEnum
from functools import cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from hirehound.companies.names import normalize_company_name
from hirehound.ingest.models import Location, Model, RemoteMode

# --- canonical text ---------------------------------------------------------------------------------

_FORMAT_CHARS = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")  # soft hyphen, zero-width chars
_THOUSANDS = re.compile(r"(?<=\d)[,.'\u2019](?=\d{3}(?!\d))")
_NON_WORD = re.compile(r"[\W_]+")


def canonical_text(text: str | None) -> str:
    """Compatibility-normalized, casefolded words and numbers separated by single spaces.

    Insensitive to case, whitespace, punctuation, symbols and digit grouping (``120,000`` = ``120000``);
    words and numbers themselves are kept.
    """
    if not text:
        return ""
    # upper() first so that letters like dotless i (U+0131) fold as their uppercase does ("I" -> "i");
    # NFKC again because case mapping can produce decomposed sequences.
    compatible = unicodedata.normalize("NFKC", _FORMAT_CHARS.sub("", text))
    folded = unicodedata.normalize("NFKC", compatible.upper().casefold())
    return _NON_WORD.sub(" ", _THOUSANDS.sub("", folded)).strip()


def words(text: str | None) -> list[str]:
    """The canonical words of ``text``."""
    canonical = canonical_text(text)
    return canonical.split(" ") if canonical else []


def content_hash(title: str | None, company: str | None, description_text: str | None) -> str:
    """sha256 (hex) of the canonical title, company and description: equal for exact duplicates."""
    canonical = "\x1f".join(canonical_text(part) for part in (title, company, description_text))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- MinHash + LSH ----------------------------------------------------------------------------------

SHINGLE_SIZE = 3
NUM_PERM = 128
MINHASH_SEED = 1
#: Pinned so stored signatures survive datasketch upgrades (its default scheme changed in 2.0).
MINHASH_SCHEME = "affine32"
NEAR_DUPLICATE_JACCARD = 0.8
LSH_BANDS = 16
LSH_ROWS = 8
"""LSH banding for ``NEAR_DUPLICATE_JACCARD``: 16 bands of 8 rows use all 128 permutations.

A pair with Jaccard ``J`` becomes a candidate with probability ``1 - (1 - J**8)**16``
(:func:`candidate_probability`)::

    J     0.5    0.7    0.8    0.9
    P    0.061  0.614  0.947  >0.999

The S-curve's midpoint, ``(1/16)**(1/8)``, is ~0.71: below the 0.8 threshold on purpose, trading
extra candidates (each cheaply rejected by :func:`estimated_jaccard`) for recall at 0.8. datasketch's
balanced optimum for 0.8 (9 bands x 13 rows) would find only ~40% of pairs at exactly J=0.8.
"""

#: A signature of no shingles at all (empty text): every slot holds the maximum hash.
_EMPTY_SLOT = (1 << 32) - 1


@cache
def _minhash_class() -> Any:
    """datasketch's ``MinHash``, imported on first use: the package pulls in scipy (a slow import)."""
    from datasketch import MinHash  # type: ignore[import-untyped, unused-ignore]

    return MinHash


@cache
def _permutations() -> Any:
    return _minhash_class()(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> set[str]:
    """Word ``size``-grams of the canonical text; a shorter non-empty text is one shingle."""
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def minhash_signature(text: str | None) -> list[int]:
    """``NUM_PERM`` MinHash values (each below 2**32, so a Postgres ``bigint[]`` holds them)."""
    return [int(value) for value in next(shingle_signatures([shingles(text)]))]


def shingle_signatures(
    shingle_sets: Iterable[Iterable[str]],
) -> Iterator[np.ndarray[Any, np.dtype[np.uint32]]]:
    """The MinHash values of each set of shingles, as arrays (one MinHash object for all of them:
    building it costs as much as hashing a few dozen shingles).

    The signature of a union is the element-wise minimum of its parts' signatures, so a text built
    from known parts can be signed from their cached signatures (``benchmarks/scale_corpus.py`` does).
    """
    minhash = _minhash_class()(
        num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME, permutations=_permutations()
    )
    for shingle_set in shingle_sets:
        minhash.clear()
        minhash.update_batch([shingle.encode("utf-8") for shingle in sorted(shingle_set)])
        yield np.array(minhash.hashvalues)


def estimated_jaccard(sig_a: list[int], sig_b: list[int]) -> float:
    """Share of equal slots: the MinHash estimate of the two shingle sets' Jaccard similarity.

    0.0 when either text had no shingles (two empty texts are not duplicates of each other).
    """
    if len(sig_a) != len(sig_b) or not sig_a:
        raise ValueError("signatures must be non-empty and of equal length")
    a = np.asarray(sig_a, dtype=np.int64)
    b = np.asarray(sig_b, dtype=np.int64)
    if bool((a == _EMPTY_SLOT).all()) or bool((b == _EMPTY_SLOT).all()):
        return 0.0
    return float(np.mean(a == b))


def lsh_band_keys(signature: list[int], bands: int = LSH_BANDS, rows: int = LSH_ROWS) -> list[str]:
    """One key per band (index = band number): 16 hex chars hashing that band's ``rows`` slots.

    Store ``(posting_id, band, key)``; two postings are candidates when any ``(band, key)`` is shared.
    An empty text's signature gets no keys, so it is nobody's candidate.
    """
    if bands < 1 or rows < 1 or bands * rows > len(signature):
        raise ValueError(f"{bands} bands x {rows} rows do not fit a {len(signature)}-slot signature")
    if all(value == _EMPTY_SLOT for value in signature):
        return []
    keys = []
    for band in range(bands):
        chunk = signature[band * rows : (band + 1) * rows]
        packed = b"".join(value.to_bytes(8, "big") for value in chunk)
        keys.append(hashlib.blake2b(packed, digest_size=8).hexdigest())
    return keys


def candidate_probability(jaccard: float, bands: int = LSH_BANDS, rows: int = LSH_ROWS) -> float:
    """Probability that a pair with this Jaccard similarity shares at least one band key."""
    return 1.0 - (1.0 - jaccard**rows) ** bands


# --- verdicts ---------------------------------------------------------------------------------------

SEMANTIC_POSSIBLE_COSINE = 0.70
"""Embedding cosine (all-MiniLM-L6-v2 of title + description) from which a neighbour is worth a deep
check, *provided* its company, title and location agree (:func:`metadata_conflicts`).

The cosine alone cannot tell a reworded repost from another employer's ad for the same role. Measured
on ``samples/`` (``samples/measure_dedup.py``): the 15 labelled cross-channel rewrites score 0.72-0.93
(median 0.86) with their original, while labelled-distinct jobs score up to 0.94 with each other (0.88
at the 99.9th percentile of ~23,000 pairs; same-title pairs median 0.74). With a 0.90 floor on the
nearest neighbour alone, 2 of 15 rewrites were found. So the metadata decides which neighbours are
candidates, and this floor only drops pairs the model sees as different texts: 0.70 sits under the
lowest labelled rewrite (0.72).
"""


class DuplicateVerdict(StrEnum):
    EXACT = "exact"
    """Same content hash: skip the posting."""
    POSSIBLE = "possible"
    """Near or semantic match: needs :func:`deep_check`."""
    UNIQUE = "unique"
    """No match: a new posting."""


def classify_duplicate(
    exact: bool, near_jaccard: float | None, semantic_cosine: float | None
) -> DuplicateVerdict:
    """Verdict from the best match of each stage (``None``: no candidate, or the stage did not run).

    ``semantic_cosine`` is that of the nearest neighbour without :func:`metadata_conflicts`."""
    if exact:
        return DuplicateVerdict.EXACT
    if near_jaccard is not None and near_jaccard >= NEAR_DUPLICATE_JACCARD:
        return DuplicateVerdict.POSSIBLE
    if semantic_cosine is not None and semantic_cosine >= SEMANTIC_POSSIBLE_COSINE:
        return DuplicateVerdict.POSSIBLE
    return DuplicateVerdict.UNIQUE


# --- deep check -------------------------------------------------------------------------------------

#: rapidfuzz ``token_sort_ratio`` / 100 of the canonical titles, from which titles are the same.
TITLE_SIMILARITY_MIN = 0.85
#: rapidfuzz ``token_sort_ratio`` / 100 of the canonical descriptions, from which texts are the same.
TEXT_SIMILARITY_MIN = 0.75
#: Embedding cosine from which two descriptions count as the same text reworded (when one is given).
SEMANTIC_SAME_TEXT_COSINE = 0.95
REWORDED_COSINE = 0.70
SKILLS_JACCARD_MIN = 0.75
"""A description under both thresholds above still counts as the same text reworded when its cosine
reaches ``REWORDED_COSINE`` and the two postings ask for the same skills: Jaccard of their canonical
skill sets (aliases such as k8s / Kubernetes already folded) at least ``SKILLS_JACCARD_MIN``, with
``SKILLS_MIN`` skills each. Measured on ``samples/`` (``samples/measure_dedup.py``): the 15 labelled
rewrites have cosine 0.72-0.93 and skills Jaccard 0.83-1.0 (a rewrite drops a bullet at most). The
skills are a guard against two openings of one company and title in one place (different teams), not
the separator of the corpus' hard cases: its 6 distinct same-company, same-title pairs score skills
0.46-0.92 and cosine 0.68-0.93, and only their different cities (:func:`metadata_conflicts`) tell them
apart.
"""
SKILLS_MIN = 3
#: Company names this similar (``token_sort_ratio`` / 100, legal suffixes removed) are the same.
COMPANY_SIMILARITY_MIN = 0.92
#: Descriptions are compared on their first characters only (rapidfuzz is quadratic-ish in length).
TEXT_COMPARE_CHARS = 6000

_LEVEL_ALIASES = {"sr": "senior", "jr": "junior", "snr": "senior", "jnr": "junior"}
_LEVEL_WORDS = frozenset(
    [
        "intern",
        "junior",
        "senior",
        "staff",
        "principal",
        "lead",
        "head",
        "chief",
        "director",
        "manager",
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "vi",
    ]
)


class PostingMeta(Model):
    """What the deep check knows about one posting besides its text."""

    title: str | None = None
    company_name: str | None = None
    company_id: int | None = None
    company_domain: str | None = None
    location: Location | None = None
    remote_mode: RemoteMode | None = None
    salary_annual_min: float | None = None
    salary_annual_max: float | None = None
    salary_currency: str | None = None
    skills: frozenset[str] | None = None
    """Canonical skill names; ``None`` when not extracted."""


class DeepCheckResult(Model):
    """Whether two possible duplicates are the same job, and why."""

    same_job: bool
    title_similarity: float
    text_similarity: float
    semantic_cosine: float | None
    skills_jaccard: float | None = None
    same_company: bool | None
    location_compatible: bool
    reasons: tuple[str, ...]


def _same_company(a: PostingMeta, b: PostingMeta) -> bool | None:
    """True/False when both sides know their company, ``None`` when either does not.

    Equal company ids are the same company. Otherwise the names decide (the company match may have
    missed a spelling: "Everfield" / "Everfield Agritech", "X Careers"): similar names, or one name's
    words all within the other's; unless both companies have a known, different web domain.
    """
    if a.company_id is not None and a.company_id == b.company_id:
        return True
    if not a.company_name or not b.company_name:
        return None if a.company_id is None or b.company_id is None else False
    if a.company_domain and b.company_domain and a.company_domain != b.company_domain:
        return False
    key_a, key_b = normalize_company_name(a.company_name), normalize_company_name(b.company_name)
    if fuzz.token_sort_ratio(key_a, key_b) / 100 >= COMPANY_SIMILARITY_MIN:
        return True
    words_a, words_b = set(words(key_a)), set(words(key_b))
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def _title_words(title: str | None) -> list[str]:
    return [_LEVEL_ALIASES.get(word, word) for word in words(title)]


def _level_difference(a: list[str], b: list[str]) -> set[str]:
    """Seniority words and level numbers in one title but not the other (``II`` vs ``III``)."""
    levels_a = {w for w in a if w in _LEVEL_WORDS or w.isdigit()}
    levels_b = {w for w in b if w in _LEVEL_WORDS or w.isdigit()}
    return levels_a ^ levels_b


def _known_modes(a: PostingMeta, b: PostingMeta) -> str | None:
    """``"remote vs hybrid"`` when both work modes are known and differ, else ``None``."""
    if a.remote_mode is None or b.remote_mode is None or a.remote_mode == b.remote_mode:
        return None
    return f"{a.remote_mode} vs {b.remote_mode}"


def _location_conflict(a: PostingMeta, b: PostingMeta) -> str | None:
    """Why the two locations cannot be the same job's, or ``None`` when they can (or are unknown)."""
    modes = {a.remote_mode, b.remote_mode}
    if modes == {RemoteMode.REMOTE, RemoteMode.ONSITE}:
        return "one is remote, the other on-site"
    if a.location is None or b.location is None:
        return None
    for field in ("country_code", "region", "city"):
        value_a, value_b = getattr(a.location, field), getattr(b.location, field)
        if value_a and value_b and canonical_text(value_a) != canonical_text(value_b):
            return f"different {field.replace('_', ' ')}: {value_a} vs {value_b}"
    return None


#: Two annual salary ranges conflict when the gap between them exceeds this share of the higher one's
#: minimum. A repost may raise the pay a little (the corpus' near duplicates nudge it ~6%, and a single
#: figure has no range to overlap); a different level or role usually differs by 20 % or more.
SALARY_GAP_MAX = 0.15


def _salary_conflict(a: PostingMeta, b: PostingMeta) -> str | None:
    """Why the two annual salaries cannot be the same job's: same currency, ranges far apart."""
    if a.salary_currency is None or a.salary_currency != b.salary_currency:
        return None
    if a.salary_annual_min is None or b.salary_annual_min is None:
        return None
    (low_a, high_a), (low_b, high_b) = sorted(
        (
            (float(a.salary_annual_min), float(a.salary_annual_max or a.salary_annual_min)),
            (float(b.salary_annual_min), float(b.salary_annual_max or b.salary_annual_min)),
        )
    )
    if low_b - high_a > SALARY_GAP_MAX * low_b:
        return f"salaries far apart: {low_a:,.0f}-{high_a:,.0f} vs {low_b:,.0f}-{high_b:,.0f}"
    return None


def skills_jaccard(a: PostingMeta, b: PostingMeta) -> float | None:
    """Jaccard similarity of the two skill sets; ``None`` when either has fewer than ``SKILLS_MIN``."""
    if a.skills is None or b.skills is None or min(len(a.skills), len(b.skills)) < SKILLS_MIN:
        return None
    return len(a.skills & b.skills) / len(a.skills | b.skills)


def metadata_conflicts(a: PostingMeta, b: PostingMeta) -> tuple[list[str], float]:
    """Reasons the two postings cannot be the same job judging by everything but their descriptions
    (company, title and its level, location, salary), and the titles' similarity."""
    reasons: list[str] = []
    same_company = _same_company(a, b)
    if same_company is None:
        reasons.append("company unknown on at least one side")
    elif not same_company:
        reasons.append(f"different companies: {a.company_name} vs {b.company_name}")

    title_a, title_b = _title_words(a.title), _title_words(b.title)
    title_similarity = fuzz.token_sort_ratio(" ".join(title_a), " ".join(title_b)) / 100
    if not title_a or not title_b:
        reasons.append("title missing on at least one side")
    else:
        if title_similarity < TITLE_SIMILARITY_MIN:
            reasons.append(f"titles differ ({title_similarity:.2f} < {TITLE_SIMILARITY_MIN})")
        if level_difference := _level_difference(title_a, title_b):
            reasons.append(f"different levels in titles: {', '.join(sorted(level_difference))}")

    for conflict in (_location_conflict(a, b), _salary_conflict(a, b)):
        if conflict:
            reasons.append(conflict)
    return reasons, title_similarity


def deep_check(
    a_text: str,
    b_text: str,
    a_meta: PostingMeta,
    b_meta: PostingMeta,
    *,
    semantic_cosine: float | None = None,
) -> DeepCheckResult:
    """Same job when the company is the same, titles match (same level), locations and salaries are
    compatible and the descriptions are similar; every failed or unknown criterion is a reason.

    Descriptions are similar when their words match (``TEXT_SIMILARITY_MIN``), or given the pair's
    embedding cosine, when it reaches ``SEMANTIC_SAME_TEXT_COSINE`` (the same ad reworded), or
    ``REWORDED_COSINE`` with the same skills asked for (``SKILLS_JACCARD_MIN``). A rewrite (words not
    matching) must also keep its work mode where both sides state one: "fully remote" and "hybrid in
    Raleigh" at one company under one title are two jobs.
    """
    reasons, title_similarity = metadata_conflicts(a_meta, b_meta)

    text_a = canonical_text(a_text)[:TEXT_COMPARE_CHARS]
    text_b = canonical_text(b_text)[:TEXT_COMPARE_CHARS]
    text_similarity = fuzz.token_sort_ratio(text_a, text_b) / 100 if text_a and text_b else 0.0
    jaccard = skills_jaccard(a_meta, b_meta)
    reworded = semantic_cosine is not None and (
        semantic_cosine >= SEMANTIC_SAME_TEXT_COSINE
        or (semantic_cosine >= REWORDED_COSINE and jaccard is not None and jaccard >= SKILLS_JACCARD_MIN)
    )
    if text_similarity < TEXT_SIMILARITY_MIN and not reworded:
        skills = "" if jaccard is None else f", skills {jaccard:.2f}"
        cosine = "" if semantic_cosine is None else f", cosine {semantic_cosine:.2f}"
        reasons.append(f"descriptions differ ({text_similarity:.2f} < {TEXT_SIMILARITY_MIN}{cosine}{skills})")
    elif text_similarity < TEXT_SIMILARITY_MIN and (modes := _known_modes(a_meta, b_meta)):
        # a rewrite is judged by its meaning, and a remote job is not the same as a hybrid one
        reasons.append(f"reworded, and the work modes differ: {modes}")

    return DeepCheckResult(
        same_job=not reasons,
        title_similarity=round(title_similarity, 4),
        text_similarity=round(text_similarity, 4),
        semantic_cosine=semantic_cosine,
        skills_jaccard=None if jaccard is None else round(jaccard, 4),
        same_company=_same_company(a_meta, b_meta),
        location_compatible=_location_conflict(a_meta, b_meta) is None,
        reasons=tuple(reasons),
    )
