"""A real redis-server on a free loopback port, with its append-only file in a directory
of the test's own, that can be stopped and started again on the same port and data."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest


def redis_binary() -> str:
    """redis-server, or skip (fail under CI, where .ci/run installs it)."""
    path = shutil.which("redis-server")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (.ci/run installs Debian's)")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """`with RedisServer(tmp_path) as redis:` then `redis.url`; `restart()` keeps the data."""

    def __init__(self, directory: Path, appendonly: bool = True):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.appendonly = appendonly
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        args = [redis_binary(), "--port", str(self.port), "--bind", "127.0.0.1",
                "--dir", str(self.directory), "--save", "", "--daemonize", "no",
                "--appendonly", "yes" if self.appendonly else "no",
                "--appendfsync", "everysec", "--logfile", str(self.directory / "redis.log")]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited: {self.log()[-2000:]}")
            if self._ping():
                return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not answer")

    def _ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        """As an operator stops it (SIGTERM): the append-only file is flushed first."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)

    def restart(self) -> None:
        self.stop()
        self.start()

    def log(self) -> str:
        path = self.directory / "redis.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


class LossyRelay:
    """A loopback TCP relay in front of Redis that, once `armed`, drops every `every`-th
    answer on the floor and cuts that connection, as a Redis stopping between running a
    command and answering it does: the command took effect, the client never hears so, and
    it retries. `with LossyRelay(redis.port) as relay:` then `relay.url`; `lose_next()`
    drops the next answer only."""

    def __init__(self, port: int, every: int = 25):
        self.upstream = ("127.0.0.1", port)
        self.every = every
        self.armed = False
        self.budget: int | None = None  # answers still to drop; None: no end
        self.answers = 0
        self.dropped = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._open: set[socket.socket] = set()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def __enter__(self) -> LossyRelay:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._listener.close()
        for sock in list(self._open):
            _close(sock)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self._open.update((client, server))
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, answers: bool) -> None:
        try:
            while data := source.recv(65536):
                if answers and self._drop():
                    break
                target.sendall(data)
        except OSError:
            pass
        for sock in (source, target):
            _close(sock)
            self._open.discard(sock)

    def lose_next(self) -> None:
        with self._lock:
            self.every, self.budget, self.answers, self.armed = 1, 1, 0, True

    def _drop(self) -> bool:
        with self._lock:
            if not self.armed or self.budget == 0:
                return False
            self.answers += 1
            if self.answers % self.every:
                return False
            self.dropped += 1
            if self.budget is not None:
                self.budget -= 1
            return True


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
