"""The enrichment stage that fetches the company's site: its logo. Idempotent."""

from __future__ import annotations

from typing import Any

import httpx

from hirehound.config import USER_AGENT
from hirehound.db import enrichment as repo
from hirehound.db.pool import transaction
from hirehound.enrich import logo
from hirehound.enrich.merge import value
from hirehound.errors import PermanentError

SITE_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


def scrape_logo(company_id: int, client: httpx.Client | None = None) -> dict[str, Any]:
    """The logo from the company's site, else the merged provider logo; `found` says which."""
    with transaction() as conn:
        company = repo.load(conn, company_id)
    found: logo.Logo | None = None
    if company["website"]:
        own = client or httpx.Client(timeout=SITE_TIMEOUT, headers={"User-Agent": USER_AGENT})
        try:
            found = logo.scrape_logo(own, company["website"])
        except PermanentError:
            found = None
        finally:
            if client is None:
                own.close()
    if found is None and (provider_logo := value(company["profile"], "logo_url")):
        found = logo.Logo(url=provider_logo, kind="provider")
    with transaction() as conn:
        if found is not None:
            repo.save_logo(conn, company_id, found.url, found.width, found.height)
    return {"found": found is not None, "kind": found.kind if found else None}
