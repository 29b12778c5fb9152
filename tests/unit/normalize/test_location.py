from __future__ import annotations

import pycountry
import pytest
from hirehound.ingest.normalize.location import _gazetteer, parse_location
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "city", "region", "country"),
    [
        ("San Francisco, CA", "San Francisco", "US-CA", "US"),
        ("London, UK", "London", "GB-ENG", "GB"),
        ("Berlin, Germany", "Berlin", None, "DE"),
        ("Toronto, ON, Canada", "Toronto", "CA-ON", "CA"),
        ("Remote - US", None, None, "US"),
        ("New York City", "New York", "US-NY", "US"),
        ("New York, NY", "New York", "US-NY", "US"),
        ("USA - Tennessee - Nashville", "Nashville", "US-TN", "US"),
        ("US-WA-Seattle", "Seattle", "US-WA", "US"),
        ("GBR - London", "London", "GB-ENG", "GB"),
        ("Bengaluru, India", "Bengaluru", None, "IN"),
        ("Bangalore, Karnataka, India", "Bengaluru", "IN-KA", "IN"),
        ("M\u00fcnchen", "Munich", None, "DE"),
        ("Portland", "Portland", "US-OR", "US"),
        ("Portland, ME", "Portland", "US-ME", "US"),
        ("Toronto, CA", "Toronto", "CA-ON", "CA"),
        ("London, ON", "London", "CA-ON", "CA"),
        ("Vancouver, WA", "Vancouver", "US-WA", "US"),
        ("Hybrid (Austin, TX)", "Austin", "US-TX", "US"),
        ("San Francisco, CA 94105", "San Francisco", "US-CA", "US"),
        ("Washington, DC", "Washington", "US-DC", "US"),
        ("Atlanta, Georgia", "Atlanta", "US-GA", "US"),
        ("Sydney, NSW", "Sydney", "AU-NSW", "AU"),
        ("California", None, "US-CA", "US"),
        ("Ontario, Canada", None, "CA-ON", "CA"),
        ("Singapore", "Singapore", None, "SG"),
        ("Remote (Germany)", None, None, "DE"),
        ("Anywhere in the US", None, None, "US"),
        ("Smallville, KS", "Smallville", "US-KS", "US"),
        ("San Francisco, CA, US, New York, NY, US", "San Francisco", "US-CA", "US"),
    ],
)
def test_parses_examples(text, city, region, country):
    result = parse_location(text)
    assert result.value is not None, result.reason
    loc = result.value
    assert (loc.city, loc.region, loc.country_code) == (city, region, country)


def test_known_city_has_coordinates():
    loc = parse_location("Berlin, Germany").value
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    assert abs(loc.latitude - 52.52) < 0.1 and abs(loc.longitude - 13.40) < 0.1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (None, "no location text"),
        ("Planet Mars", "unrecognized: 'Planet Mars'"),
        ("Remote", "no place in 'Remote'"),
        ("Worldwide", "no place in 'Worldwide'"),
    ],
)
def test_unknown_stays_none_with_reason(text, reason):
    result = parse_location(text)
    assert result.value is None
    assert result.reason == reason


# ------------------------------------------------------------------------------------------- properties


def _country_variants(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return [code]
    names = [getattr(country, "common_name", None) or country.name]
    return [code, country.alpha_3, *(n for n in names if "," not in n and "(" not in n)]


_CITIES = sorted(
    {
        (city.name, city.country, city.region)
        for cities in _gazetteer().by_name.values()
        for city in cities
        if city.population >= 50_000 and "(" not in city.name and "," not in city.name
    }
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_CITIES), st.booleans(), st.data())
def test_property_stated_country_is_returned(city, with_region, data):
    name, country, region = city
    variant = data.draw(st.sampled_from(_country_variants(country)))
    parts = [name]
    if with_region and region:
        parts.append(region.split("-", 1)[1])
    parts.append(variant)
    text = ", ".join(parts)
    result = parse_location(text)
    assert result.value is not None, (text, result.reason)
    assert result.value.country_code == country, text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_property_never_raises(text):
    result = parse_location(text)
    assert (result.value is None) == (result.reason is not None)
