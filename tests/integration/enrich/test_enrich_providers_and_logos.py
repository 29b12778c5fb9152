"""Provider clients and the logo scraper against the real local fake server (loopback only)."""

from __future__ import annotations

import httpx
import pytest
from hirehound.enrich.logo import scrape_logo
from hirehound.enrich.providers import (
    ClearbitProvider,
    CompanyNotFound,
    CompanyQuery,
    CrunchbaseProvider,
    LinkedInProvider,
    ProviderUnavailable,
    RateLimited,
)

from tests.fakes.provider_server import CannedCompany, FakeProviderServer, Page, provider_server

pytestmark = pytest.mark.integration
__all__ = ["provider_server"]
QUERY = CompanyQuery(company_id=1, name="Acme Corp", domain="acme.example")


@pytest.fixture
def client() -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(0.5))


def test_each_provider_maps_its_own_shape(provider_server: FakeProviderServer, client: httpx.Client) -> None:
    provider_server.add_company(CannedCompany("Acme Corp", "acme.example"))
    env = provider_server.env()
    results = [
        cls.from_env(client, env).fetch(QUERY)
        for cls in (LinkedInProvider, ClearbitProvider, CrunchbaseProvider)
    ]
    assert [r.employee_count for r in results] == [180, 200, 175]
    assert [r.hq_city for r in results] == ["Berlin"] * 3
    assert [r.hq_country for r in results] == ["DE", "DE", "Germany"]
    assert all(r.industry == "Software Development" for r in results)


def test_errors_are_classified(provider_server: FakeProviderServer, client: httpx.Client) -> None:
    provider = ClearbitProvider.from_env(client, provider_server.env())
    with pytest.raises(CompanyNotFound):
        provider.fetch(QUERY)
    provider_server.add_company(CannedCompany("Acme Corp", "acme.example"))
    provider_server.set("clearbit", limit=2, window_s=5)  # the 404 counts too
    provider.fetch(QUERY)
    with pytest.raises(RateLimited) as limited:
        provider.fetch(QUERY)
    assert 1 <= limited.value.retry_after <= 5
    for mode in ("error", "hang", "down"):
        provider_server.set("clearbit", mode=mode, limit=None, hang_s=2.0)
        with pytest.raises(ProviderUnavailable):
            provider.fetch(QUERY)


@pytest.mark.parametrize(
    ("html", "expected", "size"),
    [
        # a header image marked as the logo, relative URL, behind a redirect
        (
            '<html><body><header><img id="logo" src="img/brand.png" width="200" height="50"></header>',
            "/sites/one/img/brand.png",
            (200, 50),
        ),
        # only head metadata; apple-touch-icon beats og:image and icon
        (
            '<head><meta property="og:image" content="https://cdn.example/banner.jpg">'
            '<link rel="icon" href="/favicon.ico">'
            '<link rel="apple-touch-icon" sizes="180x180" href="/touch.png">',
            "/touch.png",
            (180, 180),
        ),
        # broken HTML with only icons: the largest declared size wins
        (
            '<html><head><link rel="shortcut icon" href="/fav16.png" sizes="16x16"><link rel=icon '
            'href="/fav64.png" sizes="64x64"><body><div><p>unclosed <b>tags',
            "/fav64.png",
            (64, 64),
        ),
    ],
)
def test_a_logo_is_found_on_differently_built_sites(
    provider_server: FakeProviderServer, client: httpx.Client, html: str, expected: str, size: tuple[int, int]
) -> None:
    provider_server.add_page("one/", Page(html.encode()))
    start = provider_server.add_page("start", Page(status=302, location="/sites/one/"))

    logo = scrape_logo(client, start)

    assert logo is not None and logo.url == provider_server.base_url + expected
    assert (logo.width, logo.height) == size
