"""`lhh stats`: per-site counts, dates, crawl health, duplicates and gone, with totals."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.store import Store
from tests.test_search import build_archive


@pytest.fixture
def archive(tmp_path, monkeypatch):
    path = tmp_path / "archive.db"
    ids = build_archive(path)
    store = Store.open(path)
    # nghean: two good nights then a failure; danang: only failures; dienbien: never crawled.
    nights = [("nghean", "ok", None), ("nghean", "ok", None), ("nghean", "failed", "timeout"),
              ("danang", "down", "connection refused"), ("danang", "failed", "HTTP 500")]
    for day, (site, status, error) in enumerate(nights, 1):
        monkeypatch.setenv("LHH_NOW", f"2025-02-{day:02d}T02:00:00+07:00")
        run_id = store.start_run(f"run{day}", site, "incremental")
        store.finish_run(run_id, status, {"pages_fetched": 3}, error)
    store.db["articles"].update(ids["nghean2"], {"gone": 1, "gone_since": "2025-02-03"})
    if "duplicates" in store.db.table_names():
        store.db["duplicates"].insert({
            "article_id": ids["nghean"], "url": "http://x.example.vn/copy", "site": "nghean",
            "text": "copy", "reason": "exact", "merged_at": "2025-02-02T00:00:00+00:00"})
    store.close()
    return path, "duplicates" in Store.open(path).db.table_names()


def stats_json(db) -> dict:
    result = CliRunner().invoke(cli, ["stats", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_per_site_figures(archive):
    db, has_duplicates = archive
    data = stats_json(db)
    sites = {row["site"]: row for row in data["sites"]}
    assert list(sites) == ["danang", "dienbien", "nghean"]
    nghean = sites["nghean"]
    assert nghean["articles"] == 2 and nghean["gone"] == 1
    assert nghean["earliest"] == nghean["latest"] == "2022-11-20"  # the undated one is not a date
    assert nghean["last_success"] == "2025-02-01T19:00:00+00:00"  # night 2, 02:00 in Vietnam
    assert nghean["failures"] == 1 and nghean["last_error"] == "timeout"
    assert nghean["duplicates"] == (1 if has_duplicates else 0)
    assert sites["danang"]["failures"] == 2 and sites["danang"]["last_success"] is None
    assert sites["danang"]["last_error"] == "HTTP 500"
    assert sites["dienbien"]["failures"] == 0 and sites["dienbien"]["articles"] == 1


def test_totals(archive):
    db, has_duplicates = archive
    total = stats_json(db)["totals"]
    assert total["sites"] == 3 and total["articles"] == 4 and total["gone"] == 1
    assert total["earliest"] == "2022-11-20" and total["latest"] == "2024-06-02T09:30:00+07:00"
    assert total["failures"] == 3 and total["duplicates"] == (1 if has_duplicates else 0)


def test_failures_count_recent_runs_only(archive, monkeypatch):
    db, _ = archive
    store = Store.open(db)
    for day in range(10, 20):  # ten good nights push the old failure out of the window
        monkeypatch.setenv("LHH_NOW", f"2025-02-{day}T02:00:00+07:00")
        store.finish_run(store.start_run(f"r{day}", "nghean", "incremental"), "ok", {}, None)
    store.close()
    nghean = {r["site"]: r for r in stats_json(db)["sites"]}["nghean"]
    assert nghean["failures"] == 0


def test_table_output(archive):
    db, _ = archive
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split()[:2] == ["site", "articles"]
    nghean = next(line for line in lines if line.startswith("nghean "))
    assert nghean.split()[1:5] == ["2", "2022-11-20", "2022-11-20", "2025-02-01"]
    assert lines[-1].startswith("total (3 sites)") and lines[-1].split()[3] == "4"


def test_empty_archive(tmp_path):
    Store.open(tmp_path / "empty.db").close()
    data = stats_json(tmp_path / "empty.db")
    assert data["sites"] == [] and data["totals"]["articles"] == 0
