"""One evaluation site on loopback: latency, in-flight accounting and a request log; no scoring.

`EvalServer` wraps `tests.siteserver.SiteServer` (port 0 on 127.0.0.1) and adds what the
measuring harness needs to judge a crawler from the outside:

- a realistic latency on every response (20-60 ms by default, drawn from a seeded RNG), so
  that concurrent connections really overlap and the peak concurrency means something;
- the number of requests in flight and its maximum since the last `reset()`;
- a log of every request: method, path, status, the conditional headers it carried
  (If-None-Match / If-Modified-Since), the Host header, arrival and completion times;
- the `localhost` alias: a site whose registry URL is `http://localhost:PORT/` answers every
  request whose Host header is `localhost[:PORT]` with a 301 to the same path on
  `127.0.0.1:PORT` (the "www"-style alias of real sites). The socket accepts both names.

Routes are swapped between nights with `server.set_site(site)`; the log and the peak are
kept until `reset()`. Nothing here knows about gold labels.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

try:
    from tests.siteserver import Request, Response, SiteServer
except ModuleNotFoundError:  # run from a checkout whose root is not on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.siteserver import Request, Response, SiteServer


@dataclass
class Hit:
    """One request as the server saw it."""

    method: str
    path: str
    status: int
    host: str
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str
    started: float  # time.monotonic() on arrival
    finished: float  # time.monotonic() when the response was ready
    in_flight: int  # requests in flight on this server when it arrived (itself included)

    @property
    def conditional(self) -> bool:
        return bool(self.if_none_match or self.if_modified_since)


class EvalServer(SiteServer):
    """A `SiteServer` with latency, concurrency accounting and a richer log."""

    def __init__(self, routes: dict | None = None, *, latency: tuple[float, float] = (0.02, 0.06),
                 seed: int = 0, redirect_localhost: bool = False, name: str = ""):
        super().__init__(routes)
        self.name = name
        self.latency = latency
        self.redirect_localhost = redirect_localhost
        self.hits: list[Hit] = []
        self._rng = random.Random(seed)
        self._flight_lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0

    # -- configuration -------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url_for(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}"

    def set_site(self, site) -> None:
        """Serve `site` (an EvalSite) from now on; the log is kept."""
        self.routes = dict(site.routes)
        self.redirect_localhost = getattr(site, "registry_host", "127.0.0.1") == "localhost"

    def reset(self) -> None:
        """Forget the log and the concurrency peak (between crawls)."""
        with self._flight_lock:
            self.hits.clear()
            self.max_in_flight = self.in_flight
        self.clear_log()

    # -- serving -------------------------------------------------------------------------
    def respond(self, request: Request) -> Response:
        started = time.monotonic()
        with self._flight_lock:
            self.in_flight += 1
            level = self.in_flight
            self.max_in_flight = max(self.max_in_flight, level)
            delay = self._rng.uniform(*self.latency) if self.latency else 0.0
        status = 500
        try:
            if delay:
                time.sleep(delay)
            response = self._answer(request)
            status = response.status
            if status == 200 and _not_modified(response, request.headers):
                status = 304
            return response
        finally:
            finished = time.monotonic()
            with self._flight_lock:
                self.in_flight -= 1
                self.hits.append(Hit(
                    request.method, request.path, status, request.headers.get("host", ""),
                    request.headers.get("if-none-match"), request.headers.get("if-modified-since"),
                    request.headers.get("user-agent", ""), started, finished, level))

    def _answer(self, request: Request) -> Response:
        host = request.headers.get("host", "").split(":")[0].lower()
        if self.redirect_localhost and host == "localhost":
            target = f"http://127.0.0.1:{self.port}{request.path}"
            return Response(f'<html><head><title>301 Moved Permanently</title></head><body>'
                            f'<h1>Moved Permanently</h1><p>The document has moved <a href="{target}">'
                            f'here</a>.</p></body></html>', status=301, headers={"Location": target})
        try:
            return super().respond(request)
        except Exception as exc:  # a bug in a site module: answer 500, say so on stderr
            print(f"[evalsites:{self.name}] {request.method} {request.path}: {exc!r}", file=sys.stderr)
            return Response("<html><body><h1>500 Internal Server Error</h1></body></html>", status=500)

    # -- reading the log -----------------------------------------------------------------
    def count(self) -> int:
        with self._flight_lock:
            return len(self.hits)

    def snapshot(self) -> list[Hit]:
        with self._flight_lock:
            return list(self.hits)


def _not_modified(response: Response, headers: dict[str, str]) -> bool:
    # the same rule as tests.siteserver applies when it writes the response
    if response.etag and headers.get("if-none-match") == response.etag:
        return True
    since = headers.get("if-modified-since")
    return bool(response.last_modified and since and since == response.last_modified)


def down_routes(retry_after: int = 3600) -> dict:
    """A site that answers 503 + Retry-After to every URL (robots.txt included)."""
    page = Response("<html><head><title>503 Service Unavailable</title></head><body>"
                    "<h1>Service Unavailable</h1><p>Hệ thống đang bảo trì, vui lòng quay lại sau."
                    "</p></body></html>", status=503, headers={"Retry-After": str(retry_after)})
    return {"*": page}
