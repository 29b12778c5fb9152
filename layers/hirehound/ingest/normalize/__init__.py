"""Normalization: a cleaned posting's text fields -> typed values (``NormalizedPosting``).

Each parser returns a value or ``None`` with the reason, which lands in ``NormalizedPosting.unparsed``;
nothing is guessed. The location's country is the hint for ambiguous currency signs ("$" in Toronto is CAD);
the page's ccTLD and its salary's currency are the context for a place name found in several countries
("Valencia" on a .es page or beside "€" is in Spain).
"""

from __future__ import annotations

from datetime import date

from hirehound.errors import BadInputError
from hirehound.ingest.models import CleanPosting, Location, NormalizedPosting, RemoteMode
from hirehound.ingest.normalize._common import Parsed
from hirehound.ingest.normalize.dates import parse_date
from hirehound.ingest.normalize.employment import parse_employment_type
from hirehound.ingest.normalize.location import parse_location
from hirehound.ingest.normalize.place_context import implied_country, place_context, place_in_title
from hirehound.ingest.normalize.remote import parse_remote
from hirehound.ingest.normalize.salary import countries_of_currency, parse_salary_in
from hirehound.ingest.normalize.title import normalize_title, parse_seniority

__all__ = ["country_of_host", "normalize_posting"]


# Country-code top-level domains that sites use for their letters, not their country (.io, .co, .ai ...),
# unless under a national second level ("computrabajo.com.co", "empleo.gob.co").
_GENERIC_CCTLDS = frozenset({"io", "co", "ai", "me", "tv", "ly", "fm", "gg", "so", "to", "cc", "ws", "app"})
_NATIONAL_SECOND_LEVEL = frozenset({"com", "org", "net", "gov", "gob", "edu", "ac", "mil", "nom"})


def country_of_host(host: str) -> str | None:
    """The country of a host's ccTLD ("seek.com.au" -> "AU", "jobs.ch" -> "CH", "reed.co.uk" -> "GB",
    "computrabajo.com.co" -> "CO"): a currency hint for "$" and a location's context, never a location."""
    labels = host.casefold().rstrip(".").split(".")
    tld = labels[-1]
    if len(tld) != 2 or not tld.isalpha():
        return None
    if tld in _GENERIC_CCTLDS and not (len(labels) >= 3 and labels[-2] in _NATIONAL_SECOND_LEVEL):
        return None
    return "GB" if tld == "uk" else tld.upper()


def normalize_posting(clean: CleanPosting, *, today: date) -> NormalizedPosting:
    """Run every parser over ``clean``; raises ``BadInputError`` only when the posting has no title."""
    raw = clean.raw
    if raw.title is None or not raw.title.strip():
        raise BadInputError(f"posting has no title: {raw.url}")
    title = " ".join(raw.title.split())
    unparsed: dict[str, str] = {}

    title_normalized = normalize_title(title)
    seniority = parse_seniority(title, normalized=title_normalized)
    employment = parse_employment_type(
        raw.employment_type_text, title=title, description=clean.description_text
    )
    remote = parse_remote(raw.remote_text, raw.location_text, title, clean.description_text)
    host_country = country_of_host(raw.source)
    location = _location(clean, title, host_country, remote.value)
    country = location.value.country_code if location.value else None
    salary = parse_salary_in(raw.salary_text, clean.description_text, country_hint=country or host_country)
    posted = parse_date(raw.date_posted_text, today=today)
    expires = parse_date(raw.valid_through_text, today=today, expiry=True)

    for name, result in (
        ("seniority", seniority),
        ("employment_type", employment),
        ("remote_mode", remote),
        ("location", location),
        ("salary", salary),
        ("posted_on", posted),
        ("expires_on", expires),
    ):
        if result.value is None:
            unparsed[name] = result.reason or "unknown"
        unparsed.update(result.notes)

    return NormalizedPosting(
        title=title,
        title_normalized=title_normalized,
        seniority=seniority.value,
        employment_type=employment.value,
        remote_mode=remote.value,
        location=location.value,
        salary=salary.value,
        posted_on=posted.value,
        expires_on=expires.value,
        unparsed=unparsed,
    )


def _location(
    clean: CleanPosting, title: str, host_country: str | None, remote: RemoteMode | None
) -> Parsed[Location]:
    """The location text read in the page's context; without one, a place the title ends with, when the
    gazetteer knows it ("Comptable fournisseurs en CDI à Lyon"); without any place, an on-site or hybrid
    posting's country when two signals name it (:func:`~.place_context.implied_country`)."""
    raw = clean.raw
    currency = countries_of_currency(raw.salary_text)
    context, within = place_context(
        host_country=host_country,
        currency_countries=currency,
        language=raw.language,
        text=clean.description_text,
    )
    location = parse_location(raw.location_text, context=context, within=within)
    if raw.location_text is None and (named := place_in_title(title)):
        from_title = parse_location(named, context=context, within=within)
        if from_title.value is not None and from_title.value.latitude is not None:
            return from_title
    if raw.location_text is None and remote is not RemoteMode.REMOTE:
        country = implied_country(
            host_country=host_country,
            currency_countries=currency,
            language=raw.language,
            text=clean.description_text,
        )
        if country is not None:
            return Parsed.ok(Location(country_code=country))
    return location
