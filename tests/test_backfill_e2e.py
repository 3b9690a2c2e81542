"""End to end: a first crawl finds every article, archives only articles, finishes its
backfill across kills, stays within 2 connections per host, and gives up on a site that
asks to be left alone for an hour, without waiting for it (real crawls in child
processes against loopback servers; the development site of tests/sites/archives.py)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import ExitStack
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import ROOT, run_lhh, write_sites
from tests.sites.archives import build_site
from tests.siteserver import Response, SiteServer

pytestmark = pytest.mark.e2e
NIGHT = "2023-03-01T02:00:00+07:00"


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return unquote(parts.path) + ("?" + parts.query if parts.query else "")


def archived(db, site: str | None = None) -> set[str]:
    """Paths of every article record (by its own URL), of one site or all."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select url from articles" + (" where site = ?" if site else ""),
                            [site] if site else [])
        return {path_of(u) for (u,) in rows}


def records(db, site: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select url, text, gone, version from articles where site = ?"
                            " order by url", [site]).fetchall()


def sites_yaml(tmp_path, entries: dict[str, str]):
    return write_sites(tmp_path / "sites.yaml",
                       [{"id": name, "name": name, "url": url} for name, url in entries.items()])


def crawl(tmp_path, entries: dict[str, str], db, *extra: str):
    return run_lhh("crawl", "--sites", str(sites_yaml(tmp_path, entries)), "--db", str(db),
                   "-s", "DOWNLOAD_DELAY=0", "-s", "LHH_RETRY_BACKOFF=0.2", *extra,
                   env={"LHH_NOW": NIGHT})


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("archives")
    with SiteServer() as server:
        site = build_site(server.url)
        server.routes = site.routes
        run = crawl(tmp, {"archives": server.url + "/"}, tmp / "archive.db")
        requested = [unquote(p) for p in server.paths()]
    return run, tmp / "archive.db", site, requested


def test_older_news_behind_a_category_that_repeats_the_homepage_is_found(first):
    run, db, site, requested = first
    assert run.code == 0, run.stderr[-2000:]
    got = archived(db)
    missing = [g.path for g in site.articles if g.path not in got]
    assert not missing, missing
    # The homepage lists exactly page 1 of the news category: only its pager reveals
    # the rest, and the pager past its last page (which repeats it) is left alone soon.
    pages = sum(p.startswith("/tin-tuc/page/") for p in site.routes) - 1  # 2 past the end
    assert f"/tin-tuc/page/{pages}/" in requested
    assert sum(p.startswith("/tin-tuc/page/") for p in requested) <= pages + 1
    assert "backfill" in run.stdout and "done" in run.stdout


def test_archives_with_long_excerpts_portal_lists_and_menu_pages_are_not_articles(first):
    _, db, site, requested = first
    extra = archived(db) - {g.path for g in site.articles}
    assert not extra, sorted(extra)
    # The tag, author and month archives were there to be mistaken: some were fetched.
    assert any(p.startswith(("/tag/", "/author/")) for p in requested)


def test_first_crawl_costs_few_requests_per_article(first):
    _, _, site, requested = first
    assert len(requested) / len(site.articles) <= 1.6, sorted(set(requested))


def test_kill_9_during_a_first_crawl_then_ordinary_runs_finish_the_backfill(tmp_path):
    with SiteServer(answer_delay=0.01) as server:
        site = build_site(server.url)
        server.routes = site.routes
        entries = {"archives": server.url + "/"}
        reference = tmp_path / "reference.db"
        assert crawl(tmp_path, entries, reference).code == 0
        uninterrupted = len(server.log)
        db = tmp_path / "killed.db"
        sites_file = sites_yaml(tmp_path, entries)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "LHH_NOW": NIGHT}
        for share in (0.15, 0.35, 0.55, 0.75):  # of an uninterrupted crawl's requests
            server.clear_log()
            child = subprocess.Popen(
                [sys.executable, "-m", "crawler", "crawl", "--sites", str(sites_file), "--db",
                 str(db), "-s", "DOWNLOAD_DELAY=0"], env=env, start_new_session=True,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            while len(server.log) < share * uninterrupted and child.poll() is None \
                    and time.monotonic() < deadline:
                time.sleep(0.01)
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            with sqlite3.connect(db) as conn:
                assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        runs = []
        for _ in range(2):  # ordinary runs until the backfill says it is done
            run = crawl(tmp_path, entries, db)
            runs.append(run)
            if "done" in run.stdout:
                break
    assert "done" in runs[-1].stdout, [r.stdout for r in runs]
    want = {g.path for g in site.articles}
    assert archived(db) == archived(reference) == want
    with sqlite3.connect(db) as conn:  # one record per article, however often it was seen
        assert conn.execute("select count(*) from articles").fetchone()[0] == len(want)


def test_sites_sharing_a_host_share_its_two_connections(tmp_path):
    with SiteServer(answer_delay=0.03) as server:
        routes = {}
        for prefix in ("/lhh/", "/hoi/"):
            routes.update(build_site(server.url, prefix=prefix, count=24).routes)
        server.routes = routes
        run = crawl(tmp_path, {"lhh": server.url + "/lhh/", "hoi": server.url + "/hoi/"},
                    tmp_path / "archive.db")
    assert run.code == 0, run.stderr[-2000:]
    assert server.max_busy == 2  # both sites at once, never more than the host allows
    assert server.paths().count("/robots.txt") == 1  # one host, one robots.txt
    lhh, hoi = archived(tmp_path / "archive.db", "lhh"), archived(tmp_path / "archive.db", "hoi")
    assert lhh and hoi and all(p.startswith("/lhh/") for p in lhh) \
        and all(p.startswith("/hoi/") for p in hoi)


def test_a_site_asking_for_an_hour_is_down_without_holding_up_the_run(tmp_path):
    unavailable = Response("<html><body>Bảo trì hệ thống</body></html>", status=503,
                           headers={"Retry-After": "3600"})
    with ExitStack() as stack:
        healthy = stack.enter_context(SiteServer(answer_delay=0.01))
        healthy.routes = build_site(healthy.url, count=24).routes
        sick = stack.enter_context(SiteServer())
        sick.routes = build_site(sick.url, prefix="/", count=12).routes
        both = {"healthy": healthy.url + "/", "sick": sick.url + "/"}
        first = tmp_path / "first.db"
        assert crawl(tmp_path, both, first).code == 0
        before = records(first, "sick")
        assert len(before) == 12
        alone_db, both_db = tmp_path / "alone.db", tmp_path / "both.db"
        shutil.copy(first, alone_db)
        shutil.copy(first, both_db)
        sick.routes = {"*": unavailable}  # the next night it asks to be left alone an hour
        sick.clear_log()
        started = time.monotonic()
        alone = crawl(tmp_path, {"healthy": healthy.url + "/"}, alone_db)
        alone_s = time.monotonic() - started
        started = time.monotonic()
        run = crawl(tmp_path, both, both_db)
        both_s = time.monotonic() - started
        asked = len(sick.log)
    assert alone.code == 0 and run.code == 1  # a down site makes the run say so
    assert "down" in run.stdout and "Retry-After 3600" in run.stdout
    assert records(both_db, "sick") == before  # not gone, not touched
    assert records(both_db, "healthy") == records(alone_db, "healthy")
    assert asked <= 3  # robots.txt and the homepage, not a retry every few minutes
    # Against the same night without the sick site, on this machine, now.
    assert both_s <= 1.5 * alone_s + 5, (both_s, alone_s)
