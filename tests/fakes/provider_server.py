"""A real HTTP server on 127.0.0.1 that plays LinkedIn, Clearbit and Crunchbase, and hosts company sites.

Each provider answers in its own JSON shape from the canned companies added with :meth:`add_company`,
under ``/linkedin``, ``/clearbit`` and ``/crunchbase``. Per provider it can be told (see
:class:`Behaviour`) to answer 429 with Retry-After when more than ``limit`` requests arrive within
``window_s``, to answer 5xx, to hang, or to be down (the connection is dropped without an answer). Every
request is recorded with its time, per provider, for assertions. ``/sites/<name>/...`` serves the pages,
redirects and images given to :meth:`add_page`.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


@dataclass
class Behaviour:
    mode: str = "ok"  # ok | error | hang | down
    error_status: int = 503
    limit: int | None = None  # 429 when more than this many requests within window_s
    window_s: float = 1.0
    hang_s: float = 3.0


@dataclass(frozen=True)
class CannedCompany:
    name: str
    domain: str
    industry: str = "Software Development"
    employees: int = 180
    city: str = "Berlin"
    country: str = "DE"
    country_name: str = "Germany"
    description: str = "Developer tools for data teams."
    website: str | None = None


@dataclass(frozen=True)
class Request:
    at: float
    path: str
    status: int


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None


@dataclass
class FakeProviderServer:
    companies: dict[str, CannedCompany] = field(default_factory=dict)
    behaviour: dict[str, Behaviour] = field(default_factory=dict)
    requests: dict[str, list[Request]] = field(default_factory=dict)
    pages: dict[str, Page] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None

    # -- control --------------------------------------------------------------------------------------
    def start(self) -> FakeProviderServer:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="fake-providers", daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, provider: str) -> str:
        return f"{self.base_url}/{provider}"

    def env(self) -> dict[str, str]:
        """The environment the provider clients read, pointing at this server with fake keys."""
        values: dict[str, str] = {}
        for provider in ("linkedin", "clearbit", "crunchbase"):
            values[f"HIREHOUND_PROVIDER_{provider.upper()}_URL"] = self.url(provider)
            values[f"HIREHOUND_PROVIDER_{provider.upper()}_API_KEY"] = f"fake-{provider}-key"
        return values

    def set(self, provider: str, **changes: Any) -> None:
        with self._lock:
            current = self.behaviour.setdefault(provider, Behaviour())
            for key, value in changes.items():
                setattr(current, key, value)

    def add_company(self, company: CannedCompany) -> None:
        with self._lock:
            self.companies[company.domain] = company

    def add_page(self, path: str, page: Page) -> str:
        """Serve `page` at ``/sites/<path>``; returns its absolute URL."""
        path = "/sites/" + path.lstrip("/")
        with self._lock:
            self.pages[path] = page
        return self.base_url + path

    def times(self, provider: str, *, status: int | None = None) -> list[float]:
        with self._lock:
            return [r.at for r in self.requests.get(provider, []) if status is None or r.status == status]

    # -- serving --------------------------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        if parts.path.startswith("/sites/"):
            self._serve_page(handler, parts.path)
            return
        provider = parts.path.strip("/").split("/", 1)[0]
        now = time.time()
        with self._lock:
            behaviour = self.behaviour.get(provider, Behaviour())
            log = self.requests.setdefault(provider, [])
            recent = [r for r in log if r.status != 429 and r.at > now - behaviour.window_s]
            limited = behaviour.limit is not None and len(recent) >= behaviour.limit
            status = 429 if limited else 200
            if not limited and behaviour.mode == "error":
                status = behaviour.error_status
            log.append(Request(now, handler.path, status if behaviour.mode != "down" else 0))
        if behaviour.mode == "down":
            handler.close_connection = True
            return
        if behaviour.mode == "hang":
            self._stopping.wait(behaviour.hang_s)
        if status == 429:
            oldest = min((r.at for r in recent), default=now)
            retry = max(1, math.ceil(oldest + behaviour.window_s - now))
            self._send(handler, 429, {"message": "Too Many Requests"}, {"Retry-After": str(retry)})
            return
        if status != 200:
            self._send(handler, status, {"message": "upstream error"})
            return
        self._answer(handler, provider, parts.path, parse_qs(parts.query))

    def _answer(
        self, handler: BaseHTTPRequestHandler, provider: str, path: str, query: dict[str, list[str]]
    ) -> None:
        with self._lock:
            companies = list(self.companies.values())
        domain = next(iter(query.get("domain") or query.get("emailDomain") or []), None)
        slug = path.rsplit("/", 1)[-1]
        company = next(
            (
                c
                for c in companies
                if c.domain == domain or re.sub(r"[^a-z0-9]+", "-", c.name.lower()) == slug
            ),
            None,
        )
        if company is None:
            self._send(handler, 404, {"message": "not found"})
            return
        self._send(handler, 200, _shape(provider, company, self.base_url))

    def _serve_page(self, handler: BaseHTTPRequestHandler, path: str) -> None:
        with self._lock:
            page = self.pages.get(path) or self.pages.get(path.rstrip("/") + "/")
            self.requests.setdefault("sites", []).append(
                Request(time.time(), path, page.status if page else 404)
            )
        if page is None:
            handler.send_response(404)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_response(page.status)
        if page.location:
            location = page.location if "://" in page.location else self.base_url + page.location
            handler.send_header("Location", location)
        handler.send_header("Content-Type", page.content_type)
        handler.send_header("Content-Length", str(len(page.body)))
        handler.end_headers()
        handler.wfile.write(page.body)

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler,
        status: int,
        body: dict[str, Any],
        headers: dict[str, str] | None = None,
    ) -> None:
        data = json.dumps(body).encode()
        try:
            handler.send_response(status)
            for key, value in (headers or {}).items():
                handler.send_header(key, value)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            pass


def _shape(provider: str, c: CannedCompany, base_url: str) -> dict[str, Any]:
    """The company in the provider's own response shape. Its website defaults to a (404) page on this
    server, so nothing a test runs ever leaves the loopback interface."""
    website = c.website or f"{base_url}/sites/{c.domain}/"
    if provider == "linkedin":
        return {
            "localizedName": c.name,
            "localizedWebsite": website,
            "industries": [c.industry],
            "staffCount": c.employees,
            "locations": [
                {"locationType": "OTHER", "address": {"city": "Lisbon", "country": "PT"}},
                {"locationType": "HEADQUARTERS", "address": {"city": c.city, "country": c.country}},
            ],
            "logoV2": {"original": f"https://media.licdn.example/{c.domain}/logo.png"},
            "localizedDescription": c.description,
        }
    if provider == "clearbit":
        return {
            "name": c.name,
            "domain": c.domain,
            "site": {"url": website},
            "category": {"industry": c.industry, "sector": "Information Technology"},
            "metrics": {"employees": c.employees + 20},
            "geo": {"city": c.city, "countryCode": c.country},
            "logo": f"https://logo.clearbit.example/{c.domain}",
            "description": c.description,
        }
    return {
        "properties": {
            "name": c.name,
            "website_url": website,
            "categories": [{"value": c.industry}],
            "num_employees_enum": "c_00101_00250",
            "location_identifiers": [
                {"location_type": "city", "value": c.city},
                {"location_type": "country", "value": c.country_name},
            ],
            "short_description": c.description,
            "image_url": f"https://images.crunchbase.example/{c.domain}.png",
        }
    }


@pytest.fixture
def provider_server() -> Iterator[FakeProviderServer]:
    """A started fake provider server on a random loopback port, stopped after the test."""
    server = FakeProviderServer().start()
    try:
        yield server
    finally:
        server.stop()
