"""Shared test helpers: run the real `lhh` in a child process against loopback sites."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run_lhh(*args: str, env: dict | None = None, timeout: float = 240, cwd=None) -> Run:
    """`python -m crawler ARGS` in a child process (Scrapy's reactor can't restart)."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("LHH_DB", "LHH_NOW")}
    full_env.update({"PYTHONPATH": str(ROOT), **(env or {})})
    done = subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        capture_output=True, text=True, timeout=timeout, env=full_env, cwd=cwd or ROOT,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def write_sites(path: Path, sites: list[dict]) -> Path:
    import yaml

    path.write_text(yaml.safe_dump({"sites": sites}, allow_unicode=True), encoding="utf-8")
    return path


def path_of(url: str) -> str:
    """A URL's path and query, as the fixture sites' gold labels write them."""
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def query(db, sql, params=()) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


@pytest.fixture
def lhh():
    return run_lhh
