"""Crawl fixture sites with the real `lhh crawl` and print recall, non-article records and
requests per article against the labels; measures, never asserts.

    python -m tests.sites.measure [SITE ...] [--nights]

With --nights, a second crawl of night 2 on the same database follows, and its requests
are compared with the minimum (robots + 1 + new + edited + deleted).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from crawler.urls import url_shape
from tests.conftest import run_lhh, write_sites
from tests.sites import SITES, build
from tests.siteserver import SiteServer

NIGHTS = {1: "2023-03-01T02:00:00+07:00", 2: "2023-03-02T02:00:00+07:00"}


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def _score(db: Path, name: str, site) -> tuple[float, int, int]:
    with sqlite3.connect(db) as conn:
        urls = dict(conn.execute("select url, article_id from article_urls where site = ?", [name]))
        ids = {r[0] for r in conn.execute("select id from articles where site = ?", [name])}
    by_path = {_path(u): a for u, a in urls.items()}
    found = set()
    missing = 0
    for gold in site.articles:
        hits = [by_path[p] for p in [gold.path, *gold.aliases] if p in by_path]
        if hits:
            found.add(hits[0])
        else:
            missing += 1
    return 1 - missing / len(site.articles), len(ids - found), len(ids)


def crawl(servers: dict, db: Path, night: int, tmp: Path):
    sites_file = write_sites(tmp / "sites.yaml", [
        {"id": n, "name": n, "url": s.url + "/"} for n, s in servers.items()])
    start = time.monotonic()
    run = run_lhh("crawl", "--sites", str(sites_file), "--db", str(db), "-s", "DOWNLOAD_DELAY=0",
                  env={"LHH_NOW": NIGHTS[night]}, timeout=900)
    return run, time.monotonic() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="*", default=SITES)
    parser.add_argument("--nights", action="store_true")
    parser.add_argument("--paths", action="store_true", help="print the request log's URL shapes")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path, db = Path(tmp), Path(tmp) / "archive.db"
        servers = {n: SiteServer() for n in args.sites}
        for s in servers.values():
            s.__enter__()
        try:
            first = {n: build(n, s.url, 1) for n, s in servers.items()}
            for n, s in servers.items():
                s.routes = first[n].routes
            run, took = crawl(servers, db, 1, tmp_path)
            print(f"night 1: exit {run.code}, {took:.1f} s")
            if run.code:
                print(run.stderr[-2000:], file=sys.stderr)
            for n, s in servers.items():
                recall, extra, total = _score(db, n, first[n])
                req = len(s.log)
                print(f"  {n:10} recall {recall:.3f}  non-article records {extra}/{total}  "
                      f"requests {req} ({req / len(first[n].articles):.2f}/article)")
                if args.paths:
                    shapes = Counter(url_shape("http://h" + r.path) for r in s.log)
                    for shape, count in shapes.most_common(15):
                        print(f"      {count:5}  {shape}")
            if args.nights:
                second = {n: build(n, s.url, 2) for n, s in servers.items()}
                for n, s in servers.items():
                    s.clear_log()
                    s.routes = second[n].routes
                run, took = crawl(servers, db, 2, tmp_path)
                print(f"night 2: exit {run.code}, {took:.1f} s")
                for n, s in servers.items():
                    site = second[n]
                    minimum = 2 + len(site.new) + len(site.edited) + len(site.deleted)
                    recall, extra, total = _score(db, n, site)
                    conditional = sum(1 for r in s.log if r.status == 304)
                    print(f"  {n:10} requests {len(s.log)} (minimum {minimum}, "
                          f"{len(s.log) / minimum:.2f}x)  304s {conditional}  recall {recall:.3f}")
        finally:
            for s in servers.values():
                s.__exit__(None, None, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
