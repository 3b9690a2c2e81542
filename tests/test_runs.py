"""`lhh runs`: recent crawl runs from a real archive, and sites failing night after night.

Rows are written the way a crawl writes them (Store.start_run / finish_run) with the
clock moved through LHH_NOW, then read back through the real command.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from crawler import clock
from crawler.cli import cli
from crawler.config import Site
from crawler.store import Store
from tests.conftest import ROOT, write_sites
from tests.siteserver import Response, SiteServer

SITES = ("nghean", "quangngai", "soctrang")
FIRST_NIGHT = datetime(2026, 1, 8, 19, 0, tzinfo=timezone.utc)  # 02:00 on the 9th in Vietnam


def counts(pages, new=0, updated=0, gone=0, errors=0):
    return {"pages_fetched": pages, "articles_new": new, "articles_updated": updated,
            "articles_unchanged": 0, "articles_gone": gone, "skipped": {"trap": 1},
            "errors": errors}


def record_night(store, monkeypatch, night: int, outcomes: dict, seconds: int = 65):
    """One nightly run: every site in `outcomes` started together and finished `seconds` later.

    An outcome is (status, counts, error), or None for a run killed mid-way (left running).
    """
    start = FIRST_NIGHT + timedelta(days=night)
    monkeypatch.setenv("LHH_NOW", start.isoformat())
    run = clock.stamp()
    ids = {site: store.start_run(run, site, "incremental") for site in outcomes}
    monkeypatch.setenv("LHH_NOW", (start + timedelta(seconds=seconds)).isoformat())
    for site, outcome in outcomes.items():
        if outcome is not None:
            store.finish_run(ids[site], *outcome)
    monkeypatch.delenv("LHH_NOW")
    return run


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    store = Store.open(path)
    for site in SITES:
        store.ensure_site(Site(id=site, name=f"LHH {site}", url=f"http://{site}.example/"))
    yield path, store
    store.close()


OK = ("ok", counts(12, new=3, updated=1), None)
DOWN = ("down", counts(0, errors=4), "Connection refused by quangngai.example:80")
FAILED = ("failed", counts(5, errors=5), "no article could be extracted")


@pytest.fixture
def three_nights(archive, monkeypatch):
    """nghean fine; quangngai down the last two nights; soctrang failed twice, then recovered."""
    path, store = archive
    record_night(store, monkeypatch, 0, {"nghean": OK, "quangngai": OK, "soctrang": FAILED})
    record_night(store, monkeypatch, 1, {"nghean": OK, "quangngai": DOWN, "soctrang": FAILED})
    record_night(store, monkeypatch, 2, {"nghean": OK, "quangngai": DOWN, "soctrang": OK},
                 seconds=3 * 3600 + 120)
    return path


def runs(*args, env=None):
    result = CliRunner().invoke(cli, ["runs", *map(str, args)], env=env)
    assert result.exit_code == 0, result.output
    return result.output


def table_rows(output: str) -> list[list[str]]:
    lines = output.splitlines()
    body = lines[2:lines.index("")]
    return [line.split() for line in body if not line.lstrip().startswith("!")]


def test_table_shows_recent_runs_newest_first(three_nights):
    output = runs("--db", three_nights)
    header = output.splitlines()[0].split()
    for column in ("site", "mode", "status", "pages", "new", "upd", "gone", "err", "time"):
        assert column in header
    rows = table_rows(output)
    assert len(rows) == 9  # 3 nights x 3 sites
    # Started is shown in Vietnam time: the last night began 2026-01-10 19:00 UTC.
    assert rows[0][:2] == ["2026-01-11", "02:00"] and rows[-1][:2] == ["2026-01-09", "02:00"]
    newest = {r[2]: r for r in rows[:3]}
    assert newest["nghean"][3:] == ["incremental", "ok", "12", "3", "1", "0", "0", "3h02m"]
    assert newest["quangngai"][4:] == ["down", "0", "0", "0", "0", "4", "3h02m"]
    assert {r[-1] for r in rows[3:] if r[2] == "nghean"} == {"1m05s"}
    # The reason a site failed is printed under its row.
    assert "! Connection refused by quangngai.example:80" in output


def test_sites_failing_night_after_night_stand_out(three_nights):
    last = runs("--db", three_nights).strip().splitlines()[-1]
    assert last.startswith("! failing several runs in a row:")
    assert "quangngai ×2 (down since 2026-01-10 02:00)" in last
    # soctrang failed twice but recovered last night; nghean never failed.
    assert "soctrang" not in last and "nghean" not in last


def test_a_third_bad_night_lengthens_the_streak(three_nights, monkeypatch):
    store = Store.open(three_nights)
    try:
        record_night(store, monkeypatch, 3, {"quangngai": FAILED, "soctrang": FAILED})
    finally:
        store.close()
    last = runs("--db", three_nights).strip().splitlines()[-1]
    assert "quangngai ×3 (down/failed since 2026-01-10 02:00)" in last
    assert "soctrang" not in last  # one bad night is not a streak


def test_the_default_shows_three_runs_but_streaks_see_all(three_nights, monkeypatch):
    store = Store.open(three_nights)
    try:
        record_night(store, monkeypatch, 3, {"quangngai": DOWN})
        record_night(store, monkeypatch, 4, {"quangngai": DOWN})
    finally:
        store.close()
    output = runs("--db", three_nights)
    assert {r[0] for r in table_rows(output)} == {"2026-01-13", "2026-01-12", "2026-01-11"}
    assert "quangngai ×4 (down since 2026-01-10 02:00)" in output


def test_limit_counts_runs_not_rows(three_nights):
    rows = table_rows(runs("--db", three_nights, "--limit", 1))
    assert len(rows) == 3 and {r[0] for r in rows} == {"2026-01-11"}
    rows = table_rows(runs("--db", three_nights, "--limit", 2))
    assert {r[0] for r in rows} == {"2026-01-11", "2026-01-10"}


def test_one_site(three_nights):
    rows = table_rows(runs("--db", three_nights, "--site", "soctrang"))
    assert [r[4] for r in rows] == ["ok", "failed", "failed"]


def test_json_has_runs_and_failing_sites(three_nights):
    data = json.loads(runs("--db", three_nights, "--json", "--limit", 1))
    assert len(data["runs"]) == 3
    by_site = {r["site"]: r for r in data["runs"]}
    assert by_site["nghean"]["pages_fetched"] == 12
    assert by_site["nghean"]["seconds"] == 3 * 3600 + 120
    assert by_site["nghean"]["skipped"] == {"trap": 1}
    assert by_site["quangngai"]["started_at"] == "2026-01-10T19:00:00+00:00"
    assert data["failing"] == [{"site": "quangngai", "count": 2,
                                "since": "2026-01-09T19:00:00+00:00",
                                "statuses": ["down", "down"]}]


def test_a_killed_run_is_shown_interrupted_and_does_not_hide_a_streak(archive, monkeypatch):
    path, store = archive
    record_night(store, monkeypatch, 0, {"quangngai": DOWN})
    record_night(store, monkeypatch, 1, {"quangngai": None})  # killed mid-way
    record_night(store, monkeypatch, 2, {"quangngai": DOWN})
    record_night(store, monkeypatch, 3, {"nghean": None})  # still going (or killed just now)
    output = runs("--db", path, "--limit", 4)
    statuses = [(r[2], r[4]) for r in table_rows(output)]
    assert statuses == [("nghean", "running"), ("quangngai", "down"),
                        ("quangngai", "interrupted"), ("quangngai", "down")]
    assert "quangngai ×2" in output.strip().splitlines()[-1]


def test_no_failures_says_so(archive, monkeypatch):
    path, store = archive
    record_night(store, monkeypatch, 0, {"nghean": DOWN})
    record_night(store, monkeypatch, 1, {"nghean": OK})
    assert runs("--db", path).strip().splitlines()[-1] == "no site has failed two runs in a row"


def test_empty_archive_and_missing_archive(archive, tmp_path):
    path, _ = archive
    assert "no crawl runs recorded yet" in runs("--db", path)
    result = CliRunner().invoke(cli, ["runs", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "no archive at" in result.output
    assert not (tmp_path / "nope.db").exists()


def test_reading_the_history_changes_nothing(three_nights):
    before = hashlib.sha1(three_nights.read_bytes()).hexdigest()
    runs("--db", three_nights)
    runs("--db", three_nights, "--json")
    assert hashlib.sha1(three_nights.read_bytes()).hexdigest() == before


def test_db_comes_from_the_environment(three_nights):
    assert len(table_rows(runs(env={"LHH_DB": str(three_nights)}))) == 9


# -- end to end: a night of `lhh schedule --once` running a real crawl ------------------------


@pytest.mark.e2e
def test_a_scheduled_night_after_a_bad_one_makes_the_down_site_stand_out(tmp_path, monkeypatch):
    prose = "<p>" + ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức hội thảo khoa học "
                     "về chuyển đổi số trong nông nghiệp, thu hút đông đảo nhà khoa học. ") * 4
    home = "".join(f"<li><a href='/tin-tuc/hoi-thao-{i}.html'>Hội thảo khoa học số {i}</a></li>"
                   for i in range(3))
    routes = {
        "/": Response(f"<html><body><h1>Liên hiệp hội</h1><ul>{home}</ul></body></html>"),
        "/robots.txt": Response("User-agent: *\nAllow: /\n", content_type="text/plain"),
        **{f"/tin-tuc/hoi-thao-{i}.html": Response(
            f"<html><body><h1>Hội thảo số {i}</h1><p>Thứ ba - 1{i}/01/2026 08:30</p>"
            f"<article>{(prose + f' Bài số {i}.</p>') * 5}</article></body></html>")
           for i in range(3)},
    }
    sites = tmp_path / "sites.yaml"
    db, logs = tmp_path / "archive.db", tmp_path / "logs"
    # The night before (one crawl costs seconds, so it is recorded, not re-crawled).
    store = Store.open(db)
    try:
        for site in ("good", "bad"):
            store.ensure_site(Site(id=site, name=site, url=f"http://{site}.example/"))
        record_night(store, monkeypatch, 1, {"good": OK, "bad": DOWN})
    finally:
        store.close()
    with SiteServer(routes) as good, SiteServer({"*": Response("busy", status=503)}) as bad:
        write_sites(sites, [{"id": "good", "name": "Good", "url": good.url + "/"},
                            {"id": "bad", "name": "Bad", "url": bad.url + "/"}])
        env = {**os.environ, "PYTHONPATH": str(ROOT), "LHH_NOW": "2026-01-11T02:00:00+07:00"}
        env.pop("LHH_DB", None)
        done = subprocess.run(
            [sys.executable, "-m", "crawler", "schedule", "--once", "--sites", str(sites),
             "--db", str(db), "--log-dir", str(logs), "--timeout", "120",
             "--", "-s", "DOWNLOAD_DELAY=0", "-s", "LHH_RETRY_BACKOFF=0.2",
             "-s", "LHH_RETRY_TIMES=1"],
            capture_output=True, text=True, timeout=180, env=env, cwd=tmp_path,
        )
    # The crawl exits 1 when a site failed; --once passes its exit code on and explains it.
    assert done.returncode == 1, done.stdout + done.stderr[-2000:]
    assert "ended with exit code 1" in done.stdout
    assert "some site failed or was down" in done.stdout
    crawl_logs = list(logs.glob("crawl-*.log"))
    assert [p.name for p in crawl_logs] == ["crawl-20260110T190000Z.log"]
    assert "good" in crawl_logs[0].read_text() and "bad" in crawl_logs[0].read_text()
    data = json.loads(runs("--db", db, "--json"))
    statuses = {(r["started_at"][:10], r["site"]): r["status"] for r in data["runs"]}
    assert statuses[("2026-01-10", "good")] == statuses[("2026-01-09", "good")] == "ok"
    assert statuses[("2026-01-10", "bad")] in ("failed", "down")
    assert [(f["site"], f["count"]) for f in data["failing"]] == [("bad", 2)]
    assert "! failing several runs in a row: bad ×2" in runs("--db", db)
