"""A fixture-site server whose answers take time and which counts the requests it is
answering at once: politeness seen from the server's side."""

from __future__ import annotations

import threading
import time

from tests.siteserver import Request, Response, SiteServer


class BusyServer(SiteServer):
    """`pause` seconds an answer (changeable between crawls); `peak` the most requests in
    flight at once since `reset()`."""

    def __init__(self, routes: dict | None = None, pause: float = 0.0):
        super().__init__(routes)
        self.pause = pause
        self.active = 0
        self.peak = 0
        self._count = threading.Lock()

    def respond(self, request: Request) -> Response:
        with self._count:
            self.active += 1
            self.peak = max(self.peak, self.active)
        try:
            if self.pause:
                time.sleep(self.pause)
            return super().respond(request)
        finally:
            with self._count:
                self.active -= 1

    def reset(self) -> None:
        self.clear_log()
        with self._count:
            self.peak = self.active
