"""The dashboard of `lhh browse`, served by Datasette (with datasette-dashboards) and opened
in headless Chromium: the charts are drawn (SVG) and show the archive's numbers, the
landing page leads to it, search narrows the newest articles, a screenshot is not blank,
and a table's column descriptions sit under its results."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
import zlib
from urllib.parse import quote

import pytest

from crawler import browse, coverage
from crawler.coverage import Estimate, Evidence
from crawler.dashboard import SLUG, config
from crawler.store import Store
from tests import browsing
from tests.browsing import CHROMIUM, serve_browse
from tests.test_search import ARTICLES, build_archive

needs_browser = pytest.mark.skipif(CHROMIUM is None,
                                   reason="chromium not installed (apt-get install -y chromium)")

# (night, site, status, pages, new, updated, gone)
NIGHTS = [("2025-02-01", "nghean", "ok", 31, 2, 0, 0), ("2025-02-01", "danang", "down", 0, 0, 0, 0),
          ("2025-02-01", "dienbien", "ok", 12, 1, 0, 0),
          ("2025-02-02", "nghean", "failed", 7, 0, 0, 0),
          ("2025-02-02", "danang", "ok", 44, 1, 1, 1), ("2025-02-02", "dienbien", "ok", 9, 0, 0, 0)]


def make_archive(path, monkeypatch) -> None:
    build_archive(path)
    store = Store.open(path)
    for night, site, status, pages, new, updated, gone in NIGHTS:
        monkeypatch.setenv("LHH_NOW", f"{night}T02:00:00+07:00")
        run_id = store.start_run(f"run-{night}", site, "incremental")
        store.finish_run(run_id, status, {"pages_fetched": pages, "articles_new": new,
                                          "articles_updated": updated, "articles_gone": gone},
                         None if status == "ok" else f"{status} that night")
    pager = Evidence("pager", 3, 4, None, "2 listings with pagers, 3 of their pages not fetched")
    coverage.save(store.db.conn, "run-2025-02-02", [
        Estimate("nghean", 2, 3, 4, 5, [Evidence("archive", 2, 2, None, "2 archived"), pager]),
        Estimate("danang", 1, 1, 1, 1, [Evidence("sitemap", 1, 1, 1, "sitemaps list 1 URL")]),
        Estimate("dienbien", 1, 1, 2, None, [Evidence("ids", None, None, None, "ids 7–9")]),
    ])
    store.close()


def test_every_chart_is_placed_and_queries_its_own_database():
    dashboard = config("news")[SLUG]
    placed = {name for row in dashboard["layout"] for name in row}
    assert placed == set(dashboard["charts"])
    assert len({len(row) for row in dashboard["layout"]}) == 1
    for chart in dashboard["charts"].values():
        assert chart["db"] == "news"


def test_dashboard_queries_run_on_an_empty_archive(tmp_path):
    # A fresh archive (no runs, no coverage yet) must not break any chart's SQL.
    db = tmp_path / "empty.db"
    Store.open(db).close()
    import sqlite3

    with sqlite3.connect(db) as conn:
        for name, chart in config("empty")[SLUG]["charts"].items():
            sql = re.sub(r"\[\[.*?\]\]", "", chart["query"])
            conn.execute(sql).fetchall(), name


@pytest.fixture
def served(tmp_path, monkeypatch):
    """`lhh browse` in a child process on a free port; yields its base URL."""
    if not browse.datasette_available():
        pytest.skip("datasette is not installed (pip install -e '.[browse]')")
    from crawler.browseplugin import dashboards_available

    if not dashboards_available():
        pytest.skip("datasette-dashboards is not installed (pip install -e '.[browse]')")
    db = tmp_path / "archive.db"
    make_archive(db, monkeypatch)
    with serve_browse(db) as url:
        yield url


def chromium(profile, *args: str) -> str:
    """Headless Chromium, given time to run the page's scripts (the charts fetch their data
    and draw after the page loaded)."""
    return browsing.chromium(profile, "--disable-quic", "--virtual-time-budget=15000",
                             "--hide-scrollbars", *args, timeout=120)


def card(dom: str, name: str) -> str:
    """The HTML of one dashboard card, up to the next card."""
    start = dom.index(f'id="card-{name}"')
    end = dom.find('id="card-', start + 10)
    return dom[start:end if end > 0 else len(dom)]


def texts(fragment: str) -> list[str]:
    return [t.strip() for t in re.findall(r">([^<>]+)<", fragment) if t.strip()]


def test_landing_page_goes_to_the_dashboard(served):
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None

    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.build_opener(NoRedirect).open(served + "/")
    answer.value.close()
    assert answer.value.code == 302
    assert answer.value.headers["Location"].endswith(f"/-/dashboards/{SLUG}")


@needs_browser
def test_charts_are_drawn_with_the_archive_numbers(served, tmp_path):
    dom = chromium(tmp_path / "p1", "--dump-dom", served + "/")  # the landing page
    for name in ("per_month", "nights", "coverage"):
        assert "<svg" in card(dom, name), f"{name} was not drawn"
    assert texts(card(dom, "articles"))[-1] == "4"
    assert texts(card(dom, "sites"))[-1] == "3"
    assert texts(card(dom, "last_night"))[-1] == "1"  # danang's one new article
    assert texts(card(dom, "coverage_all"))[-1] == "57 %"  # 4 archived of ~7
    # Months of the dated articles, as the per-month chart's axis labels them.
    months = set(texts(card(dom, "per_month")))
    assert {"2022-11", "2023-03", "2024-06"} <= months
    nights = texts(card(dom, "nights"))
    assert {"ok", "down", "failed"} <= set(nights) and {"2025-02-01", "2025-02-02"} <= set(nights)
    labels = texts(card(dom, "coverage"))
    assert {"2 of ~4", "1 of ~1", "1 of ~2"} <= set(labels)
    last = card(dom, "last_runs")
    assert re.search(r"nghean</td><td><b[^>]*>failed</b></td><td>7</td>", last), last[:2000]
    evidence = card(dom, "evidence")
    assert "3–5" in evidence and "3 of their pages not fetched" in evidence
    newest = re.findall(r'<a href="http://[^"]+">([^<]+)</a>', card(dom, "newest"))
    assert newest[:3] == [ARTICLES[1]["title"], ARTICLES[0]["title"], ARTICLES[2]["title"]]


@needs_browser
def test_search_narrows_the_newest_articles(served, tmp_path):
    for query in ("dien bien", "Điện Biên"):
        dom = chromium(tmp_path / "p2", "--dump-dom",
                       f"{served}/-/dashboards/{SLUG}?q={quote(query)}")
        newest = re.findall(r'<a href="http://[^"]+">([^<]+)</a>', card(dom, "newest"))
        assert newest == [ARTICLES[0]["title"]], query


@needs_browser
def test_screenshot_is_not_blank(served, tmp_path):
    shot = tmp_path / "dashboard.png"
    chromium(tmp_path / "p3", f"--screenshot={shot}", "--window-size=1280,1600", served + "/")
    width, rows = png_rows(shot.read_bytes())
    assert width == 1280 and len(rows) == 1600
    colours = {row[i:i + 3] for row in rows[::7] for i in range(0, len(row), 3 * 5)}
    # Bars, legends, status colours and text: many colours, not one background.
    assert len(colours) > 50, len(colours)
    # The charts' colours: a bar's blue (#3b7dd8) and the green of a good night (#2e9d5b).
    assert bytes.fromhex("3b7dd8") in colours and bytes.fromhex("2e9d5b") in colours


def png_rows(png: bytes) -> tuple[int, list[bytes]]:
    """(width, rows of RGB bytes) of an 8-bit RGB or RGBA PNG, unfiltered (PNG spec 9)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, data, width, height, channels = 8, b"", 0, 0, 0
    while at < len(png):
        length, kind = int.from_bytes(png[at:at + 4], "big"), png[at + 4:at + 8]
        chunk = png[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(chunk[:4], "big"), int.from_bytes(chunk[4:8], "big")
            assert chunk[8] == 8 and chunk[9] in (2, 6)
            channels = 3 if chunk[9] == 2 else 4
        elif kind == b"IDAT":
            data += chunk
        at += 12 + length
    raw, stride, rows, previous = zlib.decompress(data), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        previous = line
        rows.append(bytes(b for i in range(0, stride, channels) for b in line[i:i + 3]))
    return width, rows


@needs_browser
def test_column_descriptions_sit_under_the_results(served, tmp_path):
    dom = chromium(tmp_path / "p4", "--dump-dom", served + "/archive/articles")
    results = dom.index('class="rows-and-columns')
    folded = dom.index('class="lhh-column-descriptions"')
    assert results < folded and "<summary>Column descriptions</summary>" in dom
    assert dom.index("column-descriptions", folded) > results
