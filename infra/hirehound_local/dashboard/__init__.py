"""The local dashboard: one static page (charts drawn as inline SVG by `app.js`, no CDN) and two
JSON endpoints backed by `hirehound_local.status`. Standard library `http.server`, one thread per
request."""

from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlparse

from hirehound_local.cloud import LocalCloud
from hirehound_local.status import execution_graph, parse_window, snapshot

_STATIC = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/style.css": ("style.css", "text/css; charset=utf-8"),
}


class DashboardServer(ThreadingHTTPServer):
    """Serves the page; `cloud` (when given) adds live queue depths and running executions."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], *, window_s: float, cloud: LocalCloud | None = None) -> None:
        super().__init__(address, _Handler)
        self.window_s = window_s
        self.cloud = cloud

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> threading.Thread:
        """Serve in a daemon thread (tests, or next to a demo run); `shutdown()` stops it."""
        thread = threading.Thread(target=self.serve_forever, name="dashboard", daemon=True)
        thread.start()
        return thread


class _Handler(BaseHTTPRequestHandler):
    server: DashboardServer

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        try:
            if url.path in _STATIC:
                name, content_type = _STATIC[url.path]
                body = (resources.files(__package__) / name).read_bytes()
                self._send(HTTPStatus.OK, body, content_type)
            elif url.path == "/api/status":
                window = parse_window(query["window"]) if "window" in query else self.server.window_s
                self._json(snapshot(window, self.server.cloud))
            elif url.path == "/api/execution" and "arn" in query:
                found = execution_graph(query["arn"])
                self._json(found, HTTPStatus.OK if found else HTTPStatus.NOT_FOUND)
            else:
                self._json({"error": "not found"}, HTTPStatus.NOT_FOUND)
        except ValueError as exc:
            self._json({"error": str(exc)}, HTTPStatus.BAD_REQUEST)

    def _json(self, payload: Any, status: HTTPStatus = HTTPStatus.OK) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the page polls every few seconds."""
