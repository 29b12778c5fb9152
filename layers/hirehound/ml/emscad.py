"""EMSCAD ads as the job pages the pipeline sees, for training and cross-validating the spam model.

EMSCAD, the Employment Scam Aegean Dataset (University of the Aegean, public), holds real job ads labelled
fraudulent or not, with the columns listed in ``../shared/README.md``; its e-mails, URLs and phones are
masked as ``#EMAIL_…#``, ``#URL_…#``, ``#PHONE_…#``. The file is read from a path and never copied into
the repository. Each ad is rendered in memory as a page with schema.org JSON-LD or as a plain HTML page, in
a few layouts (chosen by the ad's id, so the rendering is fixed), and then goes through decode → extract →
clean → normalize like a scraped page. Half the pages show the masked tokens as written, half as the real
URLs, addresses and numbers a live page has, so both must give the same features.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import html
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from hirehound.ingest.clean import clean_posting
from hirehound.ingest.decode import decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import CleanPosting, NormalizedPosting
from hirehound.ingest.normalize import normalize_posting

DEFAULT_PATH = Path("../shared/data/emscad_train.csv.gz")
TODAY = date(2026, 12, 1)  # normalization needs a "today"; no EMSCAD field is a date
_MASK = re.compile(r"#(URL|EMAIL|PHONE)_([0-9a-f]+)#")
_SCHEMA_EMPLOYMENT = {
    "Full-time": "FULL_TIME",
    "Part-time": "PART_TIME",
    "Contract": "CONTRACTOR",
    "Temporary": "TEMPORARY",
    "Other": "OTHER",
}
_QUESTIONS = (
    ("textarea", "Why are you interested in this position?"),
    ("select", "How many years of relevant experience do you have?"),
)


class PageForm(StrEnum):
    JSON_LD = "json-ld"
    PLAIN = "plain"


@dataclass(frozen=True)
class Ad:
    """One EMSCAD row (text fields as in the file: HTML fragments with the masked tokens)."""

    job_id: str
    title: str
    location: str
    department: str
    salary_range: str
    company_profile: str
    description: str
    requirements: str
    benefits: str
    telecommuting: bool
    has_company_logo: bool
    has_questions: bool
    employment_type: str
    required_experience: str
    required_education: str
    industry: str
    function: str
    fraudulent: bool

    @property
    def seed(self) -> int:
        """A number fixed by the ad, choosing its layout variants."""
        return int.from_bytes(hashlib.sha256(self.job_id.encode()).digest()[:4], "big")


def load(path: Path = DEFAULT_PATH) -> list[Ad]:
    """The ads of an EMSCAD CSV file (gzip-compressed or not), in file order."""
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    flags = ("telecommuting", "has_company_logo", "has_questions", "fraudulent")
    ads = []
    for row in csv.DictReader(io.StringIO(raw.decode("utf-8"))):
        values: dict[str, Any] = {k: (row.get(k) or "").strip() for k in Ad.__dataclass_fields__}
        values |= {flag: values[flag] == "1" for flag in flags}
        ads.append(Ad(**values))
    return ads


def unmask(text: str, seed: int) -> str:
    """The masked tokens as a live page shows them: a URL, an e-mail address, a phone number."""

    def real(match: re.Match[str]) -> str:
        kind, digest = match.group(1), match.group(2)
        number = int(digest[:8], 16) + seed
        if kind == "URL":
            return f"https://www.site{number % 9973}.com/{digest[:6]}"
        if kind == "EMAIL":
            return f"jobs{number % 997}@company{number % 9973}.com"
        return f"+1 (555) {number % 900 + 100:03d}-{number % 10000:04d}"

    return _MASK.sub(real, text)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _location(ad: Ad) -> dict[str, Any] | None:
    parts = [p.strip() for p in ad.location.split(",")]
    country, region, city = [*parts, "", "", ""][:3]
    address = {
        k: v
        for k, v in (("addressLocality", city), ("addressRegion", region), ("addressCountry", country))
        if v
    }
    return {"@type": "Place", "address": {"@type": "PostalAddress", **address}} if address else None


def _salary(ad: Ad) -> dict[str, Any] | None:
    low, _, high = ad.salary_range.partition("-")
    if not low.strip().isdigit():
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue", "minValue": int(low)}
    if high.strip().isdigit():
        value["maxValue"] = int(high)
    return {"@type": "MonetaryAmount", "value": value}


def _sections(ad: Ad, *, profile: bool) -> str:
    parts = [("About us", ad.company_profile)] if profile else []
    parts += [("Description", ad.description), ("Requirements", ad.requirements), ("Benefits", ad.benefits)]
    return "\n".join(f"<h2>{head}</h2>\n<p>{body}</p>" for head, body in parts if body)


def _form(ad: Ad) -> str:
    fields = [
        '<label for="name">Full name</label><input type="text" id="name" name="name">',
        '<label for="email">Email</label><input type="email" id="email" name="email">',
        '<label for="cv">Resume</label><input type="file" id="cv" name="cv">',
    ]
    if ad.has_questions:
        for number, (tag, label) in enumerate(_QUESTIONS):
            field = f'<{tag} id="q{number}" name="question_{number}"></{tag}>'
            fields.append(f'<label for="q{number}">{label}</label>{field}')
    return (
        '<form class="application" method="post"><h2>Apply for this job</h2>'
        + "".join(f'<div class="field">{f}</div>' for f in fields)
        + '<input type="submit" value="Submit application"></form>'
    )


def _logo(ad: Ad) -> str:
    return f'<img class="company-logo" src="/logos/{ad.job_id}.png" alt="Company logo">'


def json_ld_page(ad: Ad) -> str:
    """A job board page with a schema.org JobPosting; the description either holds every section or only
    the description, with requirements and benefits in ``qualifications``/``jobBenefits``."""
    variant = ad.seed % 2
    organization: dict[str, Any] = {"@type": "Organization"}
    if ad.has_company_logo:
        organization["logo"] = f"https://jobs.example.com/logos/{ad.job_id}.png"
    posting: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": ad.title,
        "hiringOrganization": organization,
        "identifier": ad.job_id,
    }
    if variant == 0:
        posting["description"] = f"<p>{ad.description}</p>" if ad.description else ""
        if ad.requirements:
            posting["qualifications"] = ad.requirements
        if ad.benefits:
            posting["jobBenefits"] = ad.benefits
        if ad.company_profile:
            organization["description"] = ad.company_profile
    else:
        posting["description"] = _sections(ad, profile=True)
    optional = {
        "employmentType": _SCHEMA_EMPLOYMENT.get(ad.employment_type),
        "experienceRequirements": ad.required_experience,
        "educationRequirements": ad.required_education,
        "industry": ad.industry,
        "occupationalCategory": ad.function,
        "jobLocation": _location(ad),
        "jobLocationType": "TELECOMMUTE" if ad.telecommuting else None,
        "baseSalary": _salary(ad),
    }
    posting |= {k: v for k, v in optional.items() if v}
    script = json.dumps(posting, ensure_ascii=False).replace("</", "<\\/")
    visible = (
        f'<div class="job-description">{posting["description"]}</div>{_form(ad)}' if variant == 0 else ""
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_esc(ad.title)}</title>"
        f'<script type="application/ld+json">{script}</script></head>'
        f'<body><header class="site"><a href="/">Jobs</a></header>'
        f"<main><h1>{_esc(ad.title)}</h1>{visible}</main>"
        "<footer>&copy; Jobs</footer></body></html>"
    )


def plain_page(ad: Ad) -> str:
    """A careers page without structured data: the logo in the header, a facts list, the sections under
    headings (the company profile inside the posting or in a side box), and the application form."""
    variant = ad.seed % 2
    facts = [
        ("Location", ad.location.strip(", ")),
        ("Department", ad.department),
        ("Employment type", ad.employment_type),
        ("Experience", ad.required_experience),
        ("Education", ad.required_education),
        ("Industry", ad.industry),
        ("Function", ad.function),
        ("Salary", ad.salary_range),
    ]
    facts_html = "".join(f"<li>{k}: {_esc(v)}</li>" for k, v in facts if v)
    if ad.telecommuting:
        facts_html += '<li class="remote">Remote</li>'
    header = (
        f'<header><div class="logo">{_logo(ad)}</div></header>'
        if ad.has_company_logo
        else "<header></header>"
    )
    if variant == 0:
        body = (
            f'<article class="job"><h1>{_esc(ad.title)}</h1><ul class="facts">{facts_html}</ul>'
            f"{_sections(ad, profile=True)}</article>"
        )
    else:
        profile = (
            f'<aside class="company-profile"><h3>About the company</h3><p>{ad.company_profile}</p></aside>'
            if ad.company_profile
            else ""
        )
        body = (
            f'<h1>{_esc(ad.title)}</h1><ul class="facts">{facts_html}</ul>'
            f'<div class="job-description">{_sections(ad, profile=False)}</div>{profile}'
        )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_esc(ad.title)}</title></head>"
        f"<body>{header}<main>{body}{_form(ad)}</main><footer>&copy; Careers</footer></body></html>"
    )


def page(ad: Ad, form: PageForm, *, unmasked: bool | None = None) -> str:
    """The ad as a page of ``form``; ``unmasked`` (default: decided by the ad) shows real tokens."""
    text = json_ld_page(ad) if form is PageForm.JSON_LD else plain_page(ad)
    if unmasked is None:
        unmasked = ad.seed // 2 % 2 == 1
    return unmask(text, ad.seed) if unmasked else text


def url(ad: Ad, form: PageForm) -> str:
    host = "jobs.example.com" if form is PageForm.JSON_LD else "careers.example.org"
    return f"https://{host}/jobs/{ad.job_id}"


def through_pipeline(ad: Ad, form: PageForm) -> tuple[CleanPosting, NormalizedPosting]:
    """Decode → extract → clean → normalize the ad's page, as the ingestion stages do."""
    text = decode_page(page(ad, form).encode("utf-8"), "utf-8")
    clean = clean_posting(extract_posting(text, url(ad, form)))
    return clean, normalize_posting(clean, today=TODAY)
