"""Coverage end to end: real crawls (`python -m crawler crawl` in a child process) of sites
on loopback whose true article counts are known, then the `coverage` rows the crawl wrote,
`lhh stats` and its mailable HTML report.

The four CMS fixture sites (the ASP.NET one has no sitemap; its ids and NukeViet's have
gaps) and a portal without sitemap or feed are crawled to their end: every estimate must
bracket the truth and coverage match the true recall within 5 points. The portal is then
crawled again with a request budget, so only part of it is archived: coverage must follow
the true recall down, not stay at 100 %.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import ExitStack
from urllib.parse import urlsplit

import pytest

from tests.conftest import run_lhh, write_sites
from tests.coverage_site import build as build_portal
from tests.sites import SITES, build
from tests.siteserver import SiteServer

pytestmark = pytest.mark.e2e


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def crawl(tmp_path, builders: dict, max_pages: int | None = None):
    """Serve the sites `builders` make ({id: base URL -> (routes, [[path, aliases...]])}),
    crawl them all once; per site (truth, found, its coverage row)."""
    with ExitStack() as stack:
        servers, sites = {}, {}
        for name, make in builders.items():
            server = stack.enter_context(SiteServer())
            sites[name] = make(server.url)
            server.routes = sites[name][0]
            servers[name] = server
        entries = [{"id": n, "name": n, "url": s.url + "/"} for n, s in servers.items()]
        if max_pages:
            for entry in entries:
                entry["max_pages"] = max_pages
        db = tmp_path / "archive.db"
        run = run_lhh("crawl", "--sites", str(write_sites(tmp_path / "sites.yaml", entries)),
                      "--db", str(db), "-s", "DOWNLOAD_DELAY=0",
                      env={"LHH_NOW": "2023-03-01T02:00:00+07:00"})
    assert run.code == 0, run.stderr[-3000:]
    assert "coverage estimate failed" not in run.stderr
    results = {}
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        for name, (_routes, paths) in sites.items():
            urls = {_path(u) for (u,) in conn.execute(
                "select url from article_urls where site = ?", [name])}
            found = sum(1 for aliases in paths if any(p in urls for p in aliases))
            row = conn.execute("select * from coverage where site = ?", [name]).fetchone()
            results[name] = (len(paths), found, dict(row))
    return db, results


def cms_site(name: str):
    def make(base_url: str):
        fixture = build(name, base_url)
        return fixture.routes, [[g.path, *g.aliases] for g in fixture.articles]
    return make


def portal(_base_url: str):
    routes, paths = build_portal()
    return routes, [[p] for p in paths]


@pytest.fixture(scope="module")
def complete(tmp_path_factory):
    builders = {name: cms_site(name) for name in SITES}
    return crawl(tmp_path_factory.mktemp("complete"), {**builders, "portal": portal})


@pytest.mark.parametrize("name", [*SITES, "portal"])
def test_complete_crawl_brackets_the_truth(complete, name):
    _db, results = complete
    truth, found, row = results[name]
    assert row["low"] <= truth and (row["high"] is None or truth <= row["high"]), row
    assert abs(row["coverage"] - found / truth) <= 0.05, (row, found, truth)


def test_sites_without_sitemap_and_with_gaps_in_their_ids(complete):
    _db, results = complete
    for name in ("aspnet", "portal"):
        truth, _found, row = results[name]
        sources = [e["source"] for e in json.loads(row["evidence"])]
        assert "sitemap" not in sources, name
        ids = next(e for e in json.loads(row["evidence"]) if e["source"] == "ids")
        span = int(re.search(r"span of (\d+)", ids["detail"]).group(1))
        assert span > truth  # gaps: deleted items, drafts, other modules
        assert row["estimate"] < span  # ... which the estimate does not count as missed


def test_a_partial_crawl_follows_the_true_recall(tmp_path):
    _db, results = crawl(tmp_path, {"portal": portal}, max_pages=30)
    truth, found, row = results["portal"]
    recall = found / truth
    assert recall < 0.6, "the budget should stop the crawl well before the end"
    assert row["low"] <= truth and (row["high"] is None or truth <= row["high"]), row
    assert abs(row["coverage"] - recall) <= 0.05, (row, recall)


def test_stats_show_coverage_and_write_a_mailable_report(complete, tmp_path):
    db, results = complete
    report = tmp_path / "report.html"
    shown = run_lhh("stats", "--db", str(db), "--html", str(report))
    assert shown.code == 0, shown.stderr
    lines = {line.split()[0]: line for line in shown.stdout.splitlines()[-5:] if line.strip()}
    truth, found, row = results["portal"]
    assert f"{row['archived']:>8}" in lines["portal"] and "100%" in lines["portal"]
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<style>" in page
    # Self-contained: no scripts, no stylesheets or images fetched from anywhere.
    assert not re.search(r"<script|<link|<img|src=|@import|url\(", page, re.I)
    for name in [*SITES, "portal"]:
        assert f"<td>{name}<br>" in page
    data = json.loads(run_lhh("stats", "--db", str(db), "--json").stdout)
    portal = {s["site"]: s for s in data["sites"]}["portal"]
    assert portal["archived"] == row["archived"] and portal["coverage"] == row["coverage"]
    assert portal["estimated"] and {e["source"] for e in portal["evidence"]} >= {"archive", "ids"}
    bad = run_lhh("stats", "--db", str(db), "--html", str(tmp_path / "no" / "dir.html"))
    assert bad.code == 1 and bad.stderr.strip().startswith("Error: cannot write")
