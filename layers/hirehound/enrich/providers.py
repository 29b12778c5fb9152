"""External company-data providers behind one interface: ``fetch(CompanyQuery) -> ProviderResult``.

Each client maps its provider's own JSON to :class:`ProviderResult`. Errors are classified once, here:
429 -> :class:`RateLimited` (with the Retry-After), 5xx / timeouts / connection errors ->
:class:`ProviderUnavailable` (both ``TransientError``), any other 4xx -> :class:`ProviderRejected`
(``PermanentError``; 404 is :class:`CompanyNotFound`).

Configuration per provider (``NAME`` = LINKEDIN, CLEARBIT, CRUNCHBASE): ``HIREHOUND_PROVIDER_<NAME>_URL``,
and the API key in ``HIREHOUND_PROVIDER_<NAME>_API_KEY`` or, in AWS, a Secrets Manager secret named by
``HIREHOUND_PROVIDER_<NAME>_SECRET_ARN`` (read through Powertools' cached parameter provider).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar, Protocol

import httpx
from pydantic import BaseModel, ConfigDict

from hirehound.errors import PermanentError, TransientError

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=3.0)
PROVIDER_NAMES = ("linkedin", "clearbit", "crunchbase")


class CompanyQuery(BaseModel):
    """What a provider is asked about."""

    model_config = ConfigDict(frozen=True)

    company_id: int
    name: str
    domain: str | None = None


class ProviderResult(BaseModel):
    """One provider's answer in the common shape; every field is optional."""

    model_config = ConfigDict(frozen=True)

    provider: str
    name: str | None = None
    domain: str | None = None
    website: str | None = None
    industry: str | None = None
    employee_count: int | None = None
    hq_city: str | None = None
    hq_country: str | None = None  # ISO 3166 alpha-2 code or a country name
    logo_url: str | None = None
    description: str | None = None


class ProviderUnavailable(TransientError):
    """5xx, timeout or connection failure: counts against the provider's circuit breaker."""


class RateLimited(TransientError):
    """The provider answered 429; do not call it again for `retry_after` seconds."""

    def __init__(self, provider: str, retry_after: float) -> None:
        super().__init__(f"{provider} rate limited us; retry after {retry_after:.1f}s")
        self.provider = provider
        self.retry_after = retry_after


class ProviderRejected(PermanentError):
    """A 4xx other than 429: the request itself is wrong (bad key, bad query)."""


class CompanyNotFound(ProviderRejected):
    """The provider does not know the company (404)."""


class Provider(Protocol):
    @property
    def name(self) -> str: ...

    def fetch(self, company: CompanyQuery) -> ProviderResult: ...


def retry_after_seconds(value: str | None, *, now: datetime | None = None, default: float = 1.0) -> float:
    """A Retry-After header (delta-seconds or HTTP date) in seconds; `default` when absent or unreadable."""
    if not value:
        return default
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _env_key(name: str, suffix: str) -> str:
    return f"HIREHOUND_PROVIDER_{name.upper()}_{suffix}"


def api_key_for(name: str, env: Mapping[str, str] | None = None) -> str:
    """The provider's API key: the environment, else the Secrets Manager secret it names."""
    env = os.environ if env is None else env
    if key := env.get(_env_key(name, "API_KEY")):
        return key
    if arn := env.get(_env_key(name, "SECRET_ARN")):
        from aws_lambda_powertools.utilities.parameters import get_secret

        return str(get_secret(arn, max_age=300))
    raise ProviderRejected(f"no API key configured for {name}")


class HttpProvider:
    """Shared request/response handling; subclasses build the request and map the JSON."""

    name: ClassVar[str]
    default_url: ClassVar[str]

    def __init__(self, client: httpx.Client, base_url: str, api_key: str) -> None:
        self._client = client
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key

    @classmethod
    def from_env(cls, client: httpx.Client, env: Mapping[str, str] | None = None) -> HttpProvider:
        env = os.environ if env is None else env
        return cls(client, env.get(_env_key(cls.name, "URL"), cls.default_url), api_key_for(cls.name, env))

    def fetch(self, company: CompanyQuery) -> ProviderResult:
        raise NotImplementedError

    def _get(self, path: str, *, params: dict[str, str], headers: dict[str, str]) -> dict[str, Any]:
        url = f"{self._base_url}{path}"
        try:
            response = self._client.get(url, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise ProviderUnavailable(f"{self.name}: timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise ProviderUnavailable(f"{self.name}: {type(exc).__name__}: {exc}") from exc
        status = response.status_code
        if status == 429:
            raise RateLimited(self.name, retry_after_seconds(response.headers.get("Retry-After")))
        if status >= 500:
            raise ProviderUnavailable(f"{self.name}: HTTP {status}")
        if status == 404:
            raise CompanyNotFound(f"{self.name}: company not found")
        if status >= 400:
            raise ProviderRejected(f"{self.name}: HTTP {status}: {response.text[:200]}")
        try:
            body = response.json()
        except ValueError as exc:
            raise ProviderUnavailable(f"{self.name}: response is not JSON") from exc
        if not isinstance(body, dict):
            raise ProviderUnavailable(f"{self.name}: unexpected response shape")
        return body


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


class LinkedInProvider(HttpProvider):
    """LinkedIn Marketing API organization lookup (by vanity name or domain), OAuth bearer token."""

    name = "linkedin"
    default_url = "https://api.linkedin.com"

    def fetch(self, company: CompanyQuery) -> ProviderResult:
        params = (
            {"q": "emailDomain", "emailDomain": company.domain}
            if company.domain
            else {
                "q": "vanityName",
                "vanityName": re.sub(r"[^a-z0-9]+", "-", company.name.lower()).strip("-"),
            }
        )
        body = self._get(
            "/v2/organizationLookup",
            params=params,
            headers={"Authorization": f"Bearer {self._api_key}", "X-Restli-Protocol-Version": "2.0.0"},
        )
        hq: dict[str, Any] = next(
            (
                loc.get("address", {})
                for loc in body.get("locations", [])
                if loc.get("locationType") == "HEADQUARTERS"
            ),
            {},
        )
        industries = body.get("industries") or []
        return ProviderResult(
            provider=self.name,
            name=body.get("localizedName"),
            website=body.get("localizedWebsite"),
            industry=industries[0] if industries else None,
            employee_count=_int(body.get("staffCount")),
            hq_city=hq.get("city"),
            hq_country=hq.get("country"),
            logo_url=(body.get("logoV2") or {}).get("original"),
            description=body.get("localizedDescription"),
        )


class ClearbitProvider(HttpProvider):
    """Clearbit Company API: find by domain, bearer key."""

    name = "clearbit"
    default_url = "https://company.clearbit.com"

    def fetch(self, company: CompanyQuery) -> ProviderResult:
        if not company.domain:
            raise ProviderRejected("clearbit: looks companies up by domain only")
        body = self._get(
            "/v2/companies/find",
            params={"domain": company.domain},
            headers={"Authorization": f"Bearer {self._api_key}"},
        )
        geo, category, metrics = body.get("geo") or {}, body.get("category") or {}, body.get("metrics") or {}
        site = body.get("site") or {}
        return ProviderResult(
            provider=self.name,
            name=body.get("name"),
            domain=body.get("domain"),
            website=site.get("url") or (f"https://{body['domain']}" if body.get("domain") else None),
            industry=category.get("industry"),
            employee_count=_int(metrics.get("employees")),
            hq_city=geo.get("city"),
            hq_country=geo.get("countryCode"),
            logo_url=body.get("logo"),
            description=body.get("description"),
        )


# Crunchbase reports head count as a range enum; its midpoint stands for the count.
_CRUNCHBASE_RANGE = re.compile(r"c_0*(\d+)_0*(\d+|max)")


def crunchbase_employees(enum: str | None) -> int | None:
    """``"c_00101_00250"`` -> 175; ``"c_10001_max"`` -> 10001."""
    match = _CRUNCHBASE_RANGE.fullmatch(enum or "")
    if not match:
        return None
    low, high = match.groups()
    return int(low) if high == "max" else (int(low) + int(high)) // 2


class CrunchbaseProvider(HttpProvider):
    """Crunchbase API v4 organization entity by permalink, user key header."""

    name = "crunchbase"
    default_url = "https://api.crunchbase.com"

    def fetch(self, company: CompanyQuery) -> ProviderResult:
        permalink = re.sub(r"[^a-z0-9]+", "-", company.name.lower()).strip("-")
        body = self._get(
            f"/api/v4/entities/organizations/{permalink}",
            params={
                "field_ids": "name,website_url,categories,num_employees_enum,location_identifiers,"
                "short_description,image_url"
            },
            headers={"X-cb-user-key": self._api_key},
        )
        props = body.get("properties") or {}
        locations = {
            loc.get("location_type"): loc.get("value") for loc in props.get("location_identifiers", [])
        }
        categories = props.get("categories") or []
        website = props.get("website_url")
        return ProviderResult(
            provider=self.name,
            name=props.get("name"),
            website=website,
            industry=categories[0].get("value") if categories else None,
            employee_count=crunchbase_employees(props.get("num_employees_enum")),
            hq_city=locations.get("city"),
            hq_country=locations.get("country"),
            logo_url=props.get("image_url"),
            description=props.get("short_description"),
        )


PROVIDER_CLASSES: dict[str, type[HttpProvider]] = {
    cls.name: cls for cls in (LinkedInProvider, ClearbitProvider, CrunchbaseProvider)
}


def provider_from_env(name: str, client: httpx.Client, env: Mapping[str, str] | None = None) -> HttpProvider:
    """The configured client for provider `name`; PermanentError for an unknown one."""
    try:
        cls = PROVIDER_CLASSES[name]
    except KeyError:
        raise ProviderRejected(f"unknown provider {name!r}") from None
    return cls.from_env(client, env)
