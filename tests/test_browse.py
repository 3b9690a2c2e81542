"""`lhh browse`: Datasette metadata that matches the schema, and a real headless browser."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from crawler import browse
from crawler.cli import cli
from crawler.store import Store
from tests.browsing import CHROMIUM, chromium, serve_browse
from tests.conftest import ROOT
from tests.test_search import ARTICLES, build_archive


def test_metadata_describes_real_tables_and_columns(tmp_path):
    db = tmp_path / "news.db"
    Store.open(db).close()
    metadata = browse.metadata_for(db)
    tables = metadata["databases"]["news"]["tables"]
    store = Store.open(db)
    schema = {t: set(store.db[t].columns_dict) for t in store.db.table_names()}
    schema.update({v: set(store.db[v].columns_dict) for v in store.db.view_names()})
    store.close()
    optional = {"duplicates", "dedup_bands", "dedup_paragraphs"}  # added by the dedup stage
    for table, meta in tables.items():
        if table not in schema:
            assert table in optional, table
            continue
        assert set(meta.get("columns", {})) <= schema[table], table
        for facet in meta.get("facets", []):
            assert facet in schema[table], (table, facet)
    assert tables["articles_browse"]["facets"] == ["site", "year"]
    assert tables["articles_browse"]["fts_table"] == "articles_fts"


def test_missing_datasette_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(browse, "datasette_available", lambda: False)
    db = tmp_path / "a.db"
    Store.open(db).close()
    result = CliRunner().invoke(cli, ["browse", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: Datasette is not installed: pip install 'lhh-archive[browse]' "
        "(or: pip install datasette)"]


@pytest.fixture
def served(tmp_path):
    """`lhh browse` in a child process on a free port; yields its base URL."""
    if not browse.datasette_available():
        pytest.skip("datasette is not installed (pip install -e '.[browse]')")
    db = tmp_path / "archive.db"
    build_archive(db)
    with serve_browse(db) as url:
        yield url + "/archive"


def dump_dom(url: str, profile) -> str:
    return chromium(profile, "--dump-dom", url)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
def test_a_real_browser_searches_and_facets(served, tmp_path):
    dienbien = ARTICLES[0]["title"]
    home = dump_dom(served + "/articles_browse", tmp_path / "p1")
    assert 'id="facet-site"' in home and 'id="facet-year"' in home
    assert dienbien in home
    for query in ("dien bien", "Điện Biên"):
        page = dump_dom(f"{served}/articles_browse?_search={quote(query)}", tmp_path / "p2")
        assert "1 row where search matches" in page, query
        assert dienbien in page and ARTICLES[1]["title"] not in page
    found = dump_dom(f"{served}/search?q={quote('HOI THAO')}", tmp_path / "p3")
    titles = re.findall(r'<td class="col-title[^"]*">([^<]*)</td>', found)
    assert sorted(titles) == sorted([ARTICLES[0]["title"], ARTICLES[2]["title"]])


def test_packaged_metadata_is_valid_json():
    text = (ROOT / "crawler" / "datasette_metadata.json").read_text(encoding="utf-8")
    assert "search" in json.loads(text)["databases"]["archive"]["queries"]
