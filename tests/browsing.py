"""`lhh browse` served for a test, and headless Chromium to look at it."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium")


@contextmanager
def serve_browse(db):
    """`lhh browse` on `db` in a child process on a free port; yields its base URL."""
    env = {k: v for k, v in os.environ.items() if k not in ("LHH_DB", "LHH_NOW")}
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler", "browse", "--db", str(db), "--port", "0"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=ROOT, env=env,
        start_new_session=True,  # its own process group: Datasette stops with it
    )
    drain = threading.Thread(target=lambda: process.stderr.read(), daemon=True)
    try:
        url = None
        for line in process.stderr:  # ends if the child dies
            found = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", line)
            if found:
                url = found.group(1)
                break
        assert url, "lhh browse did not start Datasette"
        drain.start()  # keep reading its request log so the pipe never fills
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        if drain.is_alive():
            drain.join(timeout=30)
        process.stderr.close()


def chromium(profile, *args: str, timeout: float = 90) -> str:
    """Headless Chromium with a profile of its own and no background traffic; its stdout."""
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
