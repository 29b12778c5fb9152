"""A real HTTP server on 127.0.0.1 playing job boards for liveness checks.

Each path is given a :class:`Route`: a status, an optional redirect target, and whether HEAD is allowed
(405 otherwise, so the checker must fall back to GET). Unknown paths answer 404. Every request is
recorded (method, host header, path, time) for assertions.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass(frozen=True)
class Route:
    status: int = 200
    location: str | None = None  # a path on this server, or an absolute URL
    head_allowed: bool = True
    retry_after: int | None = None


@dataclass(frozen=True)
class Hit:
    method: str
    host: str
    path: str
    at: float


@dataclass
class FakeJobBoard:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    def start(self) -> FakeJobBoard:
        board = self

        class Handler(BaseHTTPRequestHandler):
            def do_HEAD(self) -> None:
                board._handle(self, "HEAD")

            def do_GET(self) -> None:
                board._handle(self, "GET")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="fake-job-board", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        """The absolute URL of `path`; `host` may be `localhost` to play a second board."""
        return f"http://{host}:{self.port}/{path.lstrip('/')}"

    def add(self, path: str, route: Route) -> str:
        with self._lock:
            self.routes["/" + path.lstrip("/")] = route
        return self.url(path)

    def requests(self, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if path is None or h.path == "/" + path.lstrip("/")]

    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        path = handler.path.split("?", 1)[0]
        with self._lock:
            self.hits.append(Hit(method, handler.headers.get("Host", ""), path, time.time()))
            route = self.routes.get(path, Route(status=404))
        status = 405 if method == "HEAD" and not route.head_allowed else route.status
        body = b"" if method == "HEAD" else f"<html><body>{status}</body></html>".encode()
        handler.send_response(status)
        if route.location and status in (301, 302, 303, 307, 308):
            handler.send_header("Location", route.location)
        if route.retry_after is not None:
            handler.send_header("Retry-After", str(route.retry_after))
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body:
            handler.wfile.write(body)


@pytest.fixture
def job_board() -> Iterator[FakeJobBoard]:
    server = FakeJobBoard().start()
    yield server
    server.stop()
