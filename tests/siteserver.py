"""A real HTTP server on loopback (port 0) serving a fixture site, with a request log.

Routes map a path (with its query string, exactly as requested) to a `Response`, or to
a function of the `Request` returning one. A response with an `etag` or
`last_modified` answers conditional requests with 304, as a real server does. The
routes can be swapped between two crawls (`server.routes = ...`) to make a site change
overnight. Runs in a thread of the test process; the crawl under test runs in a child
process, so the two never share a reactor.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


@dataclass
class Response:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None  # an HTTP date


@dataclass
class Request:
    method: str
    path: str  # path and query, as sent
    headers: dict[str, str]  # lower-case names
    body: bytes = b""

    @property
    def form(self) -> dict[str, str]:
        """An application/x-www-form-urlencoded POST body, one value per field."""
        parsed = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {k: v[-1] for k, v in parsed.items()}


@dataclass
class Logged:
    method: str
    path: str
    status: int
    headers: dict[str, str]
    form: dict[str, str]
    at: float = 0.0  # time.monotonic() when it arrived


Route = Response | Callable[[Request], Response]


class SiteServer:
    """`with SiteServer(routes) as server:` serves on `server.url` until the block ends."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1",
                 answer_delay: float = 0.0):
        self.routes: dict[str, Route] = dict(routes or {})
        self.log: list[Logged] = []
        self.answer_delay = answer_delay  # seconds each answer takes: requests overlap
        self.busy = 0
        self.max_busy = 0  # the most requests the server was answering at once
        self._lock = threading.Lock()
        self._httpd = _QuietServer((host, 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def paths(self, method: str | None = None) -> list[str]:
        """Requested paths in order (optionally of one method)."""
        return [r.path for r in self.log if method is None or r.method == method]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    def reset(self) -> None:
        """Forget the log and the peak of requests at once (a new crawl is measured)."""
        with self._lock:
            self.log.clear()
            self.max_busy = self.busy

    def respond(self, request: Request) -> Response:
        route = self.routes.get(request.path)
        if route is None and "*" in self.routes:
            route = self.routes["*"]
        if route is None:
            return Response("<html><body><h1>404 Not Found</h1></body></html>", status=404)
        response = route(request) if callable(route) else route
        if response is None:
            return Response("<html><body><h1>404 Not Found</h1></body></html>", status=404)
        return response

    def _record(self, request: Request, status: int) -> None:
        form = request.form if request.method == "POST" else {}
        with self._lock:
            self.log.append(
                Logged(request.method, request.path, status, request.headers, form, time.monotonic()))


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A crawler that drops a connection (a response over its size cap) is normal here.
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def _handler_for(server: SiteServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 (http.server's naming)
            self._serve(b"")

        def do_HEAD(self):  # noqa: N802
            self._serve(b"", head=True)

        def do_POST(self):  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            self._serve(self.rfile.read(length))

        def _serve(self, body: bytes, head: bool = False):
            with server._lock:
                server.busy += 1
                server.max_busy = max(server.max_busy, server.busy)
            try:
                if server.answer_delay:
                    time.sleep(server.answer_delay)
                status, headers, payload = self._answer(body)
            finally:
                # Done before the first byte goes out: once a client has the answer it may
                # send its next request at once, and a starved server thread that counted
                # itself done only after writing would count the two as overlapping.
                with server._lock:
                    server.busy -= 1
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            if not head and payload:
                self.wfile.write(payload)

        def _answer(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
            headers = {k.lower(): v for k, v in self.headers.items()}
            request = Request(self.command, self.path, headers, body)
            response = server.respond(request)
            status = response.status
            payload = response.body.encode("utf-8") if isinstance(response.body, str) else response.body
            if status == 200 and _not_modified(response, headers):
                status, payload = 304, b""
            server._record(request, status)
            out = [] if status == 304 else [("Content-Type", response.content_type)]
            if response.etag:
                out.append(("ETag", response.etag))
            if response.last_modified:
                out.append(("Last-Modified", response.last_modified))
            out += list(response.headers.items())
            out.append(("Content-Length", str(len(payload))))
            return status, out, payload

        def log_message(self, *args):  # keep test output quiet
            pass

    return Handler


def _not_modified(response: Response, headers: dict[str, str]) -> bool:
    if response.etag and headers.get("if-none-match") == response.etag:
        return True
    since = headers.get("if-modified-since")
    return bool(response.last_modified and since and since == response.last_modified)
