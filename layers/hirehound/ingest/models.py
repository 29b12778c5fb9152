"""The values that flow between ingestion stages.

Each stage takes the previous stage's model and returns its own; handlers (de)serialize them as JSON.
A field the stage could not determine stays ``None`` and, for normalization, gets a reason in
``NormalizedPosting.unparsed`` — values are never guessed.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from hirehound import limits


class Model(BaseModel):
    """Frozen, strict-ish base for stage values."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class ExtractionMethod(StrEnum):
    JSON_LD = "json-ld"
    MICRODATA = "microdata"
    GREENHOUSE = "greenhouse"
    LEVER = "lever"
    WORKDAY = "workday"
    ASHBY = "ashby"
    WORKABLE = "workable"
    TEAMTAILOR = "teamtailor"
    PERSONIO = "personio"
    SMARTRECRUITERS = "smartrecruiters"
    JOBVITE = "jobvite"
    BREEZY = "breezy"
    LINKEDIN = "linkedin"
    INDEED = "indeed"
    SEEK = "seek"
    EMBEDDED_JSON = "embedded-json"
    LABELLED = "labelled"
    GENERIC = "generic"


class PageSignals(Model):
    """What the page shows about the ad besides its fields (:mod:`hirehound.ingest.page_signals`)."""

    logo: bool = Field(
        False, description="a company logo: JSON-LD/microdata ``logo`` or an ``<img>`` named logo"
    )
    company_profile: str | None = Field(None, description="the 'About us' text, when the page has one")
    questions: bool = Field(
        False, description="the application asks screening questions beyond contact fields"
    )
    structured_text: str | None = Field(
        None, description="JSON-LD text fields besides the description: qualifications, benefits, ..."
    )


class RawPosting(Model):
    """What extraction found on the page, as text, before any interpretation."""

    url: str
    source: str = Field(description="job board / ATS host the page came from, e.g. 'boards.greenhouse.io'")
    method: ExtractionMethod
    external_id: str | None = None
    title: str | None = None
    company_name: str | None = None
    company_url: str | None = None
    description_html: str | None = None
    location_text: str | None = None
    remote_text: str | None = Field(None, description="e.g. JSON-LD jobLocationType or a 'Remote' badge")
    employment_type_text: str | None = None
    salary_text: str | None = None
    date_posted_text: str | None = None
    valid_through_text: str | None = None
    language: str | None = Field(
        None, description="the page's language tag (<html lang>, og:locale), e.g. 'es-CL'"
    )
    signals: PageSignals | None = Field(
        None, description="None for postings extracted before signals existed"
    )

    @field_validator("*", mode="after")
    @classmethod
    def _storable(cls, value: object) -> object:
        """Page text may hold NUL or (through a JSON escape) lone surrogates, which cannot be stored."""
        return limits.storable(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _within_limits(self) -> RawPosting:
        """BadInputError (not a ValidationError: pydantic lets it through) for an oversized field."""
        for name, value in self:
            if isinstance(value, str):
                limits.check_length(f"extracted {name}", value, _RAW_LIMITS.get(name, limits.MAX_FIELD_CHARS))
        return self


#: Per-field limits of a RawPosting (others: MAX_FIELD_CHARS); the raw description is a piece of the
#: page, bounded by MAX_PAGE_BYTES, and is checked once cleaned.
_RAW_LIMITS = {
    "url": limits.MAX_URL_CHARS,
    "company_url": limits.MAX_URL_CHARS,
    "title": limits.MAX_TITLE_CHARS,
    "description_html": limits.MAX_PAGE_BYTES,
}


class CleanPosting(Model):
    """The raw posting with its description sanitized (allow-list) and as plain text."""

    raw: RawPosting
    description_html: str = ""
    description_text: str = ""

    @model_validator(mode="after")
    def _within_limits(self) -> CleanPosting:
        limits.check_length("cleaned description HTML", self.description_html, limits.MAX_DESCRIPTION_CHARS)
        limits.check_length("cleaned description text", self.description_text, limits.MAX_DESCRIPTION_CHARS)
        return self


class Seniority(StrEnum):
    INTERN = "intern"
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    LEAD = "lead"
    PRINCIPAL = "principal"
    MANAGER = "manager"
    DIRECTOR = "director"
    EXECUTIVE = "executive"


class EmploymentType(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    CONTRACT = "contract"
    TEMPORARY = "temporary"
    INTERNSHIP = "internship"


class RemoteMode(StrEnum):
    REMOTE = "remote"
    HYBRID = "hybrid"
    ONSITE = "onsite"


class SalaryPeriod(StrEnum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Location(Model):
    city: str | None = None
    region: str | None = Field(None, description="ISO 3166-2 subdivision code where known, e.g. 'US-CA'")
    country_code: str | None = Field(None, description="ISO 3166-1 alpha-2, e.g. 'US'")
    latitude: float | None = None
    longitude: float | None = None


class Salary(Model):
    minimum: float
    maximum: float
    currency: str = Field(description="ISO 4217, e.g. 'USD'")
    period: SalaryPeriod
    annual_minimum: float
    annual_maximum: float


class NormalizedPosting(Model):
    title: str
    title_normalized: str
    seniority: Seniority | None = None
    employment_type: EmploymentType | None = None
    remote_mode: RemoteMode | None = None
    location: Location | None = None
    salary: Salary | None = None
    posted_on: date | None = None
    expires_on: date | None = None
    unparsed: dict[str, str] = Field(
        default_factory=dict, description="field name -> why it stayed null (e.g. 'no salary text')"
    )

    @model_validator(mode="after")
    def _within_limits(self) -> NormalizedPosting:
        """Expanding abbreviations ("Sr." → "Senior") can lengthen a title that was just within its limit."""
        limits.check_length("normalized title", self.title_normalized, limits.MAX_TITLE_CHARS)
        return self
