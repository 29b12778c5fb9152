"""Synthetic job postings for ``benchmarks/scale.py``, built like real boards' ads (labelled synthetic).

A posting is a header line (company, title, city, salary) followed by its company's "about us"
paragraph, responsibilities and requirements drawn from its job family's pools, benefits and a
closing line: what aggregated ads share (the same boilerplate in every ad of one employer, stock
phrases per role) and what tells them apart. Companies are skewed (a few employers post thousands of
ads, most a handful). Every posting is a pure function of ``(seed, index)``, so a duplicate can
rebuild its original.

Vectors stand in for all-MiniLM-L6-v2 embeddings: the sum of a title direction, a seniority
direction, a company direction and a low-rank per-posting part, plus a little isotropic noise,
normalized. Same title means a cosine around 0.5-0.8 (measured on ``samples/``: same-title pairs have
a median of 0.74), unrelated ads about 0.

Planted duplicates: *exact* (the same ad on another board), *near* (the same ad with a line added:
MinHash Jaccard about 0.9) and *semantic* (the same job reworded: a new text, Jaccard about 0.2, same
company, title, city and salary, cosine about 0.9 to the original).

Signatures: a posting's MinHash is the element-wise minimum of its parts' signatures (cached per
distinct part) and of the shingles that span two parts, computed with the project's
:func:`dedup.shingle_signatures`, and the content hash is taken of the parts' canonical words;
``tests/integration/test_scale_benchmark.py`` checks both equal :func:`dedup.minhash_signature` and
:func:`dedup.content_hash` of the whole posting.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal

import numpy as np
from hirehound.ingest import dedup

DIMENSIONS = 384
Kind = Literal["fresh", "exact", "near", "semantic"]
#: Share of the loaded postings that are planted duplicates of an earlier posting, by kind.
DUPLICATE_SHARES: dict[Kind, float] = {"exact": 0.03, "near": 0.03, "semantic": 0.02}
POSTINGS_PER_COMPANY = 25
#: How far a planted duplicate's vector is moved from its original's (a random direction of this norm).
_NOISE: dict[Kind, float] = {"fresh": 0.0, "exact": 0.0, "near": 0.12, "semantic": 0.45}

FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # family: (titles, skills, what the work is about)
    "backend": (
        ("Backend Engineer", "Python Developer", "Java Developer", "Go Engineer", "API Engineer"),
        ("Python", "Django", "Java", "Spring Boot", "Go", "PostgreSQL", "Kafka", "gRPC", "Redis", "REST"),
        ("backend services", "public APIs", "payment flows", "event pipelines", "billing systems"),
    ),
    "frontend": (
        ("Frontend Developer", "React Engineer", "Web Developer", "UI Engineer", "Angular Developer"),
        ("React", "TypeScript", "JavaScript", "CSS", "Next.js", "Angular", "Vue", "Webpack", "GraphQL"),
        (
            "web applications",
            "design systems",
            "checkout pages",
            "customer dashboards",
            "component libraries",
        ),
    ),
    "data": (
        ("Data Engineer", "Analytics Engineer", "Data Analyst", "BI Developer", "ETL Developer"),
        ("SQL", "Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "Python", "Tableau", "Kafka", "Looker"),
        ("data pipelines", "reporting models", "the data warehouse", "KPI dashboards", "ingestion jobs"),
    ),
    "ml": (
        ("Machine Learning Engineer", "Data Scientist", "MLOps Engineer", "NLP Engineer", "AI Researcher"),
        ("PyTorch", "TensorFlow", "scikit-learn", "Python", "MLflow", "Kubernetes", "SQL", "NumPy", "LLMs"),
        (
            "ranking models",
            "forecasting models",
            "recommendation systems",
            "training pipelines",
            "evaluations",
        ),
    ),
    "devops": (
        ("DevOps Engineer", "Site Reliability Engineer", "Platform Engineer", "Cloud Engineer", "SysAdmin"),
        (
            "AWS",
            "Kubernetes",
            "Terraform",
            "Docker",
            "Linux",
            "Prometheus",
            "Ansible",
            "Azure",
            "GCP",
            "Helm",
        ),
        ("cloud infrastructure", "deployment pipelines", "monitoring", "the Kubernetes platform", "on-call"),
    ),
    "mobile": (
        ("iOS Developer", "Android Developer", "Mobile Engineer", "Flutter Developer", "React Native Dev"),
        ("Swift", "Kotlin", "Flutter", "Dart", "SwiftUI", "Jetpack Compose", "Firebase", "React Native"),
        ("mobile apps", "the iOS app", "the Android app", "offline sync", "push notifications"),
    ),
    "security": (
        ("Security Engineer", "Penetration Tester", "SOC Analyst", "Security Architect", "IAM Engineer"),
        ("SIEM", "OWASP", "ISO 27001", "Splunk", "Burp Suite", "IAM", "Python", "threat modelling", "SOC 2"),
        ("security reviews", "incident response", "access management", "vulnerability scans", "audits"),
    ),
    "qa": (
        ("QA Engineer", "Test Automation Engineer", "SDET", "QA Analyst", "Performance Tester"),
        ("Selenium", "Cypress", "Playwright", "JUnit", "pytest", "JMeter", "Postman", "CI", "Jira"),
        ("test suites", "release testing", "regression tests", "load tests", "quality gates"),
    ),
    "product": (
        ("Product Manager", "Product Owner", "Technical Product Manager", "Scrum Master", "Program Manager"),
        ("Jira", "roadmaps", "user research", "A/B testing", "SQL", "Scrum", "OKRs", "Figma", "analytics"),
        ("the product roadmap", "discovery", "the backlog", "launches", "stakeholder alignment"),
    ),
    "design": (
        ("UX Designer", "Product Designer", "UI Designer", "UX Researcher", "Visual Designer"),
        ("Figma", "Sketch", "prototyping", "user research", "design systems", "Adobe XD", "accessibility"),
        ("user journeys", "prototypes", "the design system", "usability studies", "brand assets"),
    ),
    "sales": (
        ("Account Executive", "Sales Manager", "Business Developer", "Account Manager", "SDR"),
        ("Salesforce", "HubSpot", "B2B sales", "negotiation", "SaaS", "CRM", "cold calling", "forecasting"),
        ("the sales pipeline", "key accounts", "new markets", "renewals", "partner deals"),
    ),
    "support": (
        ("Customer Support Agent", "Support Engineer", "Customer Success Manager", "Help Desk Technician"),
        ("Zendesk", "Intercom", "troubleshooting", "SLAs", "Jira", "customer onboarding", "ITIL", "English"),
        ("customer tickets", "onboarding", "the knowledge base", "escalations", "customer health"),
    ),
    "health": (
        ("Registered Nurse", "Nurse Practitioner", "Medical Assistant", "Physiotherapist", "Pharmacist"),
        ("patient care", "BLS", "ACLS", "EMR", "medication administration", "triage", "wound care"),
        ("patient care", "the ward", "clinical documentation", "treatment plans", "the outpatient clinic"),
    ),
    "logistics": (
        (
            "Warehouse Associate",
            "Logistics Coordinator",
            "Truck Driver",
            "Supply Chain Analyst",
            "Dispatcher",
        ),
        ("forklift", "SAP", "inventory", "route planning", "Excel", "WMS", "customs", "CDL"),
        ("inbound shipments", "the warehouse", "delivery routes", "stock levels", "carrier contracts"),
    ),
    "finance": (
        ("Accountant", "Financial Analyst", "Controller", "Bookkeeper", "Payroll Specialist"),
        ("Excel", "SAP", "IFRS", "GAAP", "DATEV", "financial modelling", "payroll", "tax", "NetSuite"),
        ("month-end closing", "budgets", "forecasts", "payroll runs", "audits"),
    ),
}
SENIORITY = ("Junior", "", "Senior", "Lead", "Principal")
CITIES = (
    ("Berlin", "DE", "EUR"), ("Munich", "DE", "EUR"), ("Hamburg", "DE", "EUR"), ("Vienna", "AT", "EUR"),
    ("Zurich", "CH", "CHF"), ("Amsterdam", "NL", "EUR"), ("Paris", "FR", "EUR"), ("Madrid", "ES", "EUR"),
    ("Barcelona", "ES", "EUR"), ("Milan", "IT", "EUR"), ("Warsaw", "PL", "PLN"), ("Prague", "CZ", "CZK"),
    ("Stockholm", "SE", "SEK"), ("Copenhagen", "DK", "DKK"), ("Dublin", "IE", "EUR"), ("London", "GB", "GBP"),
    ("Manchester", "GB", "GBP"), ("Edinburgh", "GB", "GBP"), ("New York", "US", "USD"),
    ("San Francisco", "US", "USD"), ("Austin", "US", "USD"), ("Seattle", "US", "USD"),
    ("Chicago", "US", "USD"), ("Boston", "US", "USD"), ("Denver", "US", "USD"), ("Atlanta", "US", "USD"),
    ("Toronto", "CA", "CAD"), ("Vancouver", "CA", "CAD"), ("Sydney", "AU", "AUD"), ("Singapore", "SG", "SGD"),
)  # fmt: skip
REMOTE = ("onsite", "onsite", "hybrid", "hybrid", "remote")
VERBS = (
    "Design", "Build", "Own", "Improve", "Maintain", "Operate", "Scale", "Plan", "Review", "Automate",
    "Document", "Support", "Lead work on", "Take care of", "Help shape", "Drive", "Monitor", "Test",
    "Modernize", "Coordinate",
)  # fmt: skip
QUALIFIERS = (
    "together with product and engineering", "for millions of customers", "across several teams",
    "in a fast-growing environment", "with a strong focus on quality", "from idea to production",
    "in close contact with our customers", "using modern tools", "as part of a small team",
    "with a lot of autonomy", "for our European markets", "while mentoring colleagues",
    "following clear standards", "in an international setting", "with measurable goals",
    "for our largest clients", "on a shared roadmap", "in a regulated industry", "at a steady pace",
    "with attention to detail",
)  # fmt: skip
BENEFITS = (
    "30 days of paid vacation.", "A yearly learning budget.", "Flexible working hours.",
    "A public transport ticket.", "A company pension plan.", "Private health insurance.",
    "Home office equipment.", "Regular team events.", "Employee stock options.", "Free lunch at the office.",
    "A gym membership.", "Parental leave on top of the legal minimum.", "Sabbaticals after three years.",
    "A modern office in the city centre.", "Bike leasing.", "Language classes.", "Mental health support.",
    "Four weeks of working from abroad.", "A referral bonus.", "Childcare allowance.",
)  # fmt: skip
CLOSINGS = (
    "Apply now with your CV, no cover letter needed.", "We look forward to your application.",
    "Send us your application and salary expectations.", "Questions? Our recruiting team is happy to help.",
    "We value diversity and welcome all applicants.", "Apply today and join us.",
    "Interviews take place online and in person.", "Applications are reviewed within two weeks.",
)  # fmt: skip
SYLLABLES = (
    "Nor", "Vel", "Tri", "Sta", "Quo", "Bri", "Zen", "Lum", "Ark", "Cor", "Dex", "Fin", "Gal", "Hex", "Ion",
    "Jar", "Kel", "Lyr", "Mon", "Nex", "Orb", "Pix", "Rad", "Sol", "Tor", "Ul", "Vox", "Wyn", "Xan", "Yor",
    "Zep", "Alt", "Bel", "Cyr", "Dor", "Eon", "Fal", "Gri", "Hal", "Ist",
)  # fmt: skip
ENDINGS = ("a", "io", "ex", "on", "ia", "ly", "ix", "um", "os", "ar", "en", "is", "o", "an", "et", "ra")
INDUSTRIES = (
    "Software", "Logistics", "Health", "Finance", "Retail", "Energy", "Media", "Mobility", "Insurance",
    "Robotics", "Travel", "Foods", "Labs", "Systems", "Analytics", "Networks",
)  # fmt: skip
LEGAL = ("GmbH", "AG", "Ltd", "Inc.", "B.V.", "SE", "LLC", "S.A.")


@dataclass(frozen=True)
class Company:
    index: int
    name: str
    domain: str


@dataclass(frozen=True)
class Posting:
    index: int
    kind: Kind
    original: int | None
    """The index of the posting this one duplicates (``None`` for a fresh one)."""
    company: Company
    family: str
    title: str
    seniority: str
    city: str
    country_code: str
    currency: str
    remote_mode: str
    salary_min: int
    salary_max: int
    parts: tuple[str, ...]
    skills: tuple[str, ...]

    @property
    def description(self) -> str:
        return "\n".join(self.parts)

    @property
    def url(self) -> str:
        return f"https://jobs.example/{self.source}/{self.index}"

    @property
    def source(self) -> str:
        return ("stepstone", "indeed", "linkedin", "greenhouse", "lever", "workday")[self.index % 6]


class Corpus:
    """``size`` loadable postings (planted duplicates included) and any number of new ones after them."""

    def __init__(self, size: int, seed: int = 7) -> None:
        self.size = size
        self.seed = seed
        self.companies = max(1, size // POSTINGS_PER_COMPANY)
        rng = np.random.default_rng(seed)
        titles = [(family, title) for family, (ts, _, _) in FAMILIES.items() for title in ts]
        self._title_index = {title: i for i, (_, title) in enumerate(titles)}
        self._title_vectors = _unit(rng.normal(size=(len(titles), DIMENSIONS)))
        self._seniority_vectors = _unit(rng.normal(size=(len(SENIORITY), DIMENSIONS)))
        self._company_vectors = _unit(rng.normal(size=(self.companies, DIMENSIONS))).astype(np.float32)
        self._basis = _unit(rng.normal(size=(24, DIMENSIONS)))

    # --- texts --------------------------------------------------------------------------------------

    def company(self, index: int) -> Company:
        a, b, c = (index // len(SYLLABLES) ** k % len(SYLLABLES) for k in range(3))
        word = f"{SYLLABLES[a]}{SYLLABLES[b].lower()}{ENDINGS[(index // 64_000) % len(ENDINGS)]}"
        if c:
            word = f"{SYLLABLES[c]}{word.lower()}"
        industry = INDUSTRIES[index % len(INDUSTRIES)]
        return Company(
            index, f"{word} {industry} {LEGAL[index % len(LEGAL)]}", f"{word.lower()}{index}.example"
        )

    def posting(self, index: int) -> Posting:
        """Posting ``index``: below ``size`` a loaded one (maybe a planted duplicate), then new ones."""
        rng = random.Random(self.seed * 1_000_003 + index)
        roll = rng.random()
        if index > 0 and index < self.size:
            for kind, share in DUPLICATE_SHARES.items():
                if roll < share:
                    return self.duplicate(self.fresh_original(rng.randrange(index)), kind, index)
                roll -= share
        return self._fresh(index, rng)

    def fresh_original(self, index: int) -> int:
        """The first posting at or before ``index`` that is not itself a duplicate."""
        while index > 0 and self.posting(index).kind != "fresh":
            index -= 1
        return index

    def duplicate(self, original: int, kind: Kind, index: int) -> Posting:
        """Posting ``index`` as a planted duplicate of posting ``original``."""
        base = self.posting(original)
        if kind == "exact":
            return replace(base, index=index, kind=kind, original=original)
        if kind == "near":
            extra = "Applications are reviewed on a rolling basis, the start date is as soon as possible."
            return replace(base, index=index, kind=kind, original=original, parts=(*base.parts, extra))
        rng = random.Random(self.seed * 7_919 + index)
        header = (
            f"Join {base.company.name} as a {_full_title(base)} in {base.city} ({base.remote_mode}),"
            f" paying {base.salary_min} to {base.salary_max} {base.currency} a year."
        )
        body = self._body(rng, base.company.index, base.family, base.skills)
        return replace(base, index=index, kind=kind, original=original, parts=(header, *body))

    def _fresh(self, index: int, rng: random.Random) -> Posting:
        company = self.company(int(self.companies * rng.random() ** 2))
        family = rng.choice(list(FAMILIES))
        titles, skills, _ = FAMILIES[family]
        title, seniority = rng.choice(titles), rng.choice(SENIORITY)
        city, country, currency = rng.choice(CITIES)
        remote = rng.choice(REMOTE)
        low = rng.randrange(30, 120) * 1000 + 10_000 * SENIORITY.index(seniority)
        high = low + rng.randrange(5, 40) * 1000
        wanted = tuple(rng.sample(skills, 4))
        full = f"{seniority} {title}".strip()
        header = f"{company.name} is hiring a {full} in {city} ({remote}). Salary {low} - {high} {currency}."
        body = self._body(rng, company.index, family, wanted)
        return Posting(
            index, "fresh", None, company, family, title, seniority, city, country, currency, remote,
            low, high, (header, *body), wanted,
        )  # fmt: skip

    def _body(self, rng: random.Random, company: int, family: str, skills: tuple[str, ...]) -> list[str]:
        _, pool, topics = FAMILIES[family]
        duties = [f"{rng.choice(VERBS)} {rng.choice(topics)} {rng.choice(QUALIFIERS)}." for _ in range(6)]
        asks = [
            f"{rng.randrange(1, 9)}+ years of experience with {skills[0]} and {skills[1]}.",
            f"Hands-on knowledge of {skills[2]} {rng.choice(QUALIFIERS)}.",
            f"Experience with {skills[3]} or {rng.choice(pool)} is a plus.",
            f"You speak English{rng.choice(('', ' and German', ' and French', ' and Spanish'))} fluently.",
        ]
        perks = rng.sample(BENEFITS, 4)
        return [_about(self.company(company)), *duties, *asks, *perks, rng.choice(CLOSINGS)]

    # --- signatures and vectors ----------------------------------------------------------------------

    def signatures(self, postings: list[Posting]) -> list[np.ndarray[Any, np.dtype[np.uint32]]]:
        """:func:`dedup.minhash_signature` of each description."""
        return [signature for signature, _ in self.signed(postings)]

    def signed(self, postings: list[Posting]) -> list[tuple[np.ndarray[Any, np.dtype[np.uint32]], str]]:
        """:func:`dedup.minhash_signature` and :func:`dedup.content_hash` of each posting, from its parts:
        the signature is the minimum of the signatures of its parts and of the shingles spanning two
        parts (both cached, they recur) and of its header; the hash is of the parts' canonical words."""
        headers, layouts, hashes = [], [], []
        for posting in postings:
            header = tuple(dedup.words(posting.parts[0]))  # unique to the posting: not cached
            rest = [_part_words(text) for text in posting.parts[1:]]
            flat, spanning = list(header), []
            for part_words in rest:
                start = len(flat)
                flat.extend(part_words)
                spanning += [" ".join(flat[i : i + 3]) for i in (start - 2, start - 1) if i >= 0]
            headers.append(_three_grams(header))
            layouts.append((posting.parts[1:], spanning))
            canonical = (
                dedup.canonical_text(_full_title(posting)),
                _canonical_name(posting.company),
                " ".join(flat),
            )
            hashes.append(hashlib.sha256("\x1f".join(canonical).encode("utf-8")).hexdigest())
        missing = {key for parts, spanning in layouts for key in (*parts, *spanning) if key not in _SIGNED}
        shingle_sets = [_three_grams(_part_words(key)) if key in _WORDS else {key} for key in missing]
        _SIGNED.update(zip(missing, dedup.shingle_signatures(shingle_sets), strict=True))
        signatures = [
            np.minimum.reduce([mine, *(_SIGNED[key] for key in (*parts, *spanning))])
            for mine, (parts, spanning) in zip(dedup.shingle_signatures(headers), layouts, strict=True)
        ]
        return list(zip(signatures, hashes, strict=True))

    def vectors(
        self, postings: list[Posting], known: np.ndarray[Any, np.dtype[np.float32]]
    ) -> np.ndarray[Any, np.dtype[np.float32]]:
        """Unit vectors of ``postings``; a planted duplicate's lies close to its original's, taken from
        ``known`` (the vectors of the loaded postings by index, those before it filled in)."""
        rng = np.random.default_rng((self.seed, postings[0].index if postings else 0))
        count = len(postings)
        fresh = (
            0.62 * self._title_vectors[[self._title_index[p.title] for p in postings]]
            + 0.12 * self._seniority_vectors[[SENIORITY.index(p.seniority) for p in postings]]
            + 0.25 * self._company_vectors[[p.company.index for p in postings]]
            + 0.40 * _unit(rng.normal(size=(count, 24)) @ self._basis)
            + 0.18 * _unit(rng.normal(size=(count, DIMENSIONS)))
        )
        noise = np.array([_NOISE[p.kind] for p in postings])[:, None] * _unit(
            rng.normal(size=(count, DIMENSIONS))
        )
        result = _unit(fresh).astype(np.float32)
        in_batch = {p.index: row for row, p in enumerate(postings)}
        for row, posting in enumerate(postings):
            if posting.original is not None:
                source = in_batch.get(posting.original)
                original = known[posting.original] if source is None else result[source]
                result[row] = _unit(original + noise[row])
        return result

    def query(self, index: int) -> tuple[str, np.ndarray[Any, np.dtype[np.float32]], str | None]:
        """A search as a job seeker types it, the vector an embedder would give it, and a country."""
        rng = random.Random(self.seed * 31 + index)
        family = rng.choice(list(FAMILIES))
        titles, skills, _ = FAMILIES[family]
        title, seniority = rng.choice(titles), rng.choice(SENIORITY)
        city, country, _ = rng.choice(CITIES)
        text = rng.choice(
            (f"{seniority} {title}".strip(), f"{title} {rng.choice(skills)}", f"{title} {city}")
        )
        noise = np.random.default_rng((self.seed, index, 2)).normal(size=24) @ self._basis
        vec = (
            0.62 * self._title_vectors[self._title_index[title]]
            + 0.12 * self._seniority_vectors[SENIORITY.index(seniority)]
            + 0.30 * _unit(noise)
        )
        return text, _unit(vec).astype(np.float32), country if rng.random() < 0.3 else None


@cache
def _canonical_name(company: Company) -> str:
    return dedup.canonical_text(company.name)


def _full_title(posting: Posting) -> str:
    return f"{posting.seniority} {posting.title}".strip()


@cache
def _about(company: Company) -> str:
    rng = random.Random(company.index)
    industry = company.name.split()[-2].lower()
    return (
        f"{company.name} builds {industry} products for {rng.randrange(2, 900)} thousand customers"
        f" from {rng.randrange(1, 40)} offices. Founded in {rng.randrange(1950, 2024)}, we are"
        f" {rng.randrange(10, 20_000)} people who care about {rng.choice(QUALIFIERS).split()[-1]}"
        f" and {rng.choice(('craft', 'trust', 'speed', 'openness', 'impact', 'fairness'))}."
    )


def _three_grams(part_words: tuple[str, ...]) -> set[str]:
    return {" ".join(part_words[i : i + 3]) for i in range(len(part_words) - 2)}


#: Canonical words of the template parts (every part but the header).
_WORDS: dict[str, tuple[str, ...]] = {}
#: Template parts and shingles spanning two parts -> the signature of the shingles inside them.
_SIGNED: dict[str, np.ndarray[Any, np.dtype[np.uint32]]] = {}


def _part_words(text: str) -> tuple[str, ...]:
    found = _WORDS.get(text)
    if found is None:
        found = _WORDS[text] = tuple(dedup.words(text))
    return found


def _unit(array: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.float64]]:
    norms = np.linalg.norm(array, axis=-1, keepdims=True)
    return np.asarray(array / norms, dtype=np.float64)
