"""The enrichment stage 'geocode': the company's headquarters as a known place. Idempotent."""

from __future__ import annotations

from typing import Any

from hirehound.db import enrichment as repo
from hirehound.db.pool import transaction
from hirehound.enrich import geo
from hirehound.enrich.merge import value


def geocode_hq(company_id: int) -> dict[str, Any]:
    with transaction() as conn:
        company = repo.load(conn, company_id)
        city = value(company["profile"], "hq_city") or company["hq_city"]
        country = value(company["profile"], "hq_country") or company["hq_country_code"]
        place = geo.geocode(city, country)
        if place is not None:
            repo.save_location(
                conn, company_id, place.city, place.country_code, place.latitude, place.longitude
            )
        elif city:
            repo.save_location(conn, company_id, city, geo.country_code(country), None, None)
    return {"found": place is not None, "city": place.city if place else city}
