"""A week of nights after a first crawl, on the development sites of tests/sites/archives.py:
requests against the minimum, and how soon edits and deletions are caught; measures,
never asserts.

    python benchmarks/week.py [--count N] [--days D]

Three sites change on several nights (new articles, edits, deletions): one announcing
nothing (no sitemap, no feed, no validators), one whose server clock is a year behind
(sitemap <lastmod> and Last-Modified), one with a feed and a <lastmod> in local time
without an offset. Each night is a real `lhh crawl` in a child process with LHH_NOW set
to that night. The held-out sites (python -m tests.evalsites.measure --nights 7) are the
figures that predict unseen sites; these are the development ones.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.conftest import run_lhh, write_sites  # noqa: E402
from tests.sites.archives import build_site  # noqa: E402
from tests.siteserver import SiteServer  # noqa: E402

VARIANTS = {
    "plain": {},
    "behind": {"sitemap": "year-behind"},
    "naive": {"sitemap": "utc", "naive_lastmod": True, "feed": True},
}
NIGHTS = 8  # the first crawl, then a week


def state(db: Path) -> tuple[dict, set]:
    """{path: (gone, has a version holding the edit)} and the paths with any version."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "select a.url, a.gone, a.text, (select count(*) from article_versions v"
            " where v.article_id = a.id) from articles a").fetchall()
    out = {unquote(urlsplit(u).path): (bool(g), bool(n) and "Cập nhật ngày" in t)
           for u, g, t, n in rows}
    return out, {p for p, (_, edited) in out.items() if edited}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=60, help="articles per site (60)")
    parser.add_argument("--days", type=int, default=7, help="revalidate_days of every site")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        tmp, db = Path(tmp), Path(tmp) / "archive.db"
        servers = {name: stack.enter_context(SiteServer()) for name in VARIANTS}
        sites = write_sites(tmp / "sites.yaml", [
            {"id": n, "name": n, "url": s.url + "/", "revalidate_days": args.days}
            for n, s in servers.items()])
        changes: dict[str, tuple[str, int]] = {}  # path -> (edit|delete, night)
        caught: dict[str, int] = {}
        total_requests = total_minimum = 0
        print(f"{'night':>5} {'requests':>9} {'minimum':>8} {'ratio':>6} {'cond':>5} {'304':>4}"
              f"  {'edits caught':>13}  {'deletions caught':>17}")
        for night in range(1, NIGHTS + 1):
            built = {n: build_site(s.url, night, count=args.count, name=n, **VARIANTS[n])
                     for n, s in servers.items()}
            for n, s in servers.items():
                s.routes, _ = built[n].routes, s.clear_log()
                changes.update({p: ("edit", night) for p in built[n].edited})
                changes.update({p: ("delete", night) for p in built[n].deleted})
            now = f"2023-03-{night:02d}T02:00:00+07:00"
            run = run_lhh("crawl", "--sites", str(sites), "--db", str(db), "-s",
                          "DOWNLOAD_DELAY=0", env={"LHH_NOW": now}, timeout=1800)
            if run.code:
                print(run.stderr[-2000:], file=sys.stderr)
                return 1
            rows, _ = state(db)
            for path, (kind, _) in changes.items():
                gone, edited = rows.get(path, (False, False))
                if path not in caught and (edited if kind == "edit" else gone):
                    caught[path] = night
            log = [r for s in servers.values() for r in s.log]
            minimum = sum(2 + bool(v.get("sitemap")) + bool(v.get("feed")) + len(b.new) +
                          len(b.edited) + len(b.deleted)
                          for v, b in zip(VARIANTS.values(), built.values(), strict=True))
            conditional = [r for r in log if "if-none-match" in r.headers
                           or "if-modified-since" in r.headers]
            edits = [p for p, (k, _) in changes.items() if k == "edit"]
            deletions = [p for p, (k, _) in changes.items() if k == "delete"]
            if night > 1:
                total_requests += len(log)
                total_minimum += minimum
            print(f"{night:>5} {len(log):>9} {minimum if night > 1 else '-':>8} "
                  f"{len(log) / minimum if night > 1 else 0:>6.2f} {len(conditional):>5} "
                  f"{sum(r.status == 304 for r in conditional):>4}  "
                  f"{sum(p in caught for p in edits):>6}/{len(edits):<6}  "
                  f"{sum(p in caught for p in deletions):>8}/{len(deletions):<8}")
        stored = len(state(db)[0])
        print(f"\nweek: {total_requests} requests; news alone {total_minimum}, archive {stored}"
              f" articles: {total_requests - total_minimum} beyond the news ="
              f" {(total_requests - total_minimum) / stored:.2f} per stored article")
        for path, (kind, night) in sorted(changes.items(), key=lambda kv: kv[1][1]):
            when = f"after {caught[path] - night} d" if path in caught else "not yet"
            print(f"  {kind:6} night {night}: caught {when:10} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
