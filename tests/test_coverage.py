"""crawler/coverage.py on archives written row by row, whose true article counts are known:
a site with gaps in its ids walked to its end, a site without sitemap crawled a third of
the way, a site whose sitemap lists what the crawl missed, and the table it writes."""

from __future__ import annotations

import json
import sqlite3
import zlib

import pytest

from crawler import coverage
from crawler.store import Store

HOST = "http://lhh.example.vn"


def listing(page: int, last: int, items: list[str]) -> str:
    """A news listing page: its headlines and a pager with a "Cuối" link."""
    rows = "".join(f'<li><a href="{u}">Tin số {u[-9:-5]}</a></li>' for u in items)
    numbers = " ".join(f'<a href="{HOST}/tin-tuc?page={n}">{n}</a>'
                       for n in range(max(1, page - 2), min(last, page + 2) + 1))
    return (f'<html><body><ul class="list">{rows}</ul><div class="pagination">{numbers}'
            f' <a href="{HOST}/tin-tuc?page={last}">Cuối »</a></div></body></html>')


class Archive:
    """Writes sites, articles, article URLs and pages straight into a real store."""

    def __init__(self, path):
        self.store = Store.open(path)
        self.db = self.store.db

    def site(self, site: str) -> None:
        self.db["sites"].insert({"id": site, "name": site, "url": HOST + "/"}, replace=True)

    def article(self, site: str, url: str) -> None:
        self.db["articles"].insert({"site": site, "url": url, "title": url, "text": "x" * 500,
                                    "text_hash": url, "gone": 0})
        article_id = self.db["articles"].last_pk
        self.db["article_urls"].insert({"url": url, "article_id": article_id, "site": site})
        self.page(site, url, "article")

    def page(self, site: str, url: str, kind: str, body: str = "", links=None) -> None:
        self.db["pages"].insert({
            "url": url, "site": site, "kind": kind, "status": 200,
            "body": zlib.compress(body.encode()) if body else None,
            "links": json.dumps(links) if links is not None else None}, replace=True)

    def estimate(self, site: str) -> coverage.Estimate:
        return coverage.estimate_site(self.db.conn, site)


def news(number: int) -> str:
    return f"{HOST}/tin-tuc/hoi-thao-khoa-hoc-{number}.html"


@pytest.fixture
def archive(tmp_path):
    a = Archive(tmp_path / "archive.db")
    yield a
    a.store.close()


def test_gaps_in_ids_are_not_missing_articles_when_every_page_was_read(archive):
    # 60 ids, 10 of them deleted or drafts: the site holds 50 and the crawl read all 5 pages.
    ids = [n for n in range(1001, 1061) if n % 6 != 0]
    assert len(ids) == 50
    archive.site("gaps")
    urls = [news(n) for n in reversed(ids)]
    for url in urls:
        archive.article("gaps", url)
    for page in range(1, 6):
        items = urls[(page - 1) * 10:page * 10]
        url = f"{HOST}/tin-tuc" + (f"?page={page}" if page > 1 else "")
        archive.page("gaps", url, "listing", listing(page, 5, items), items)
    found = archive.estimate("gaps")
    assert found.archived == 50 and found.estimate == 50 and found.coverage == 1.0
    assert found.low <= 50 <= found.high == 60  # the id span bounds it, the gaps are real
    ids_evidence = next(e for e in found.evidence if e.source == "ids")
    assert "1001–1060" in ids_evidence.detail and "10 unused" in ids_evidence.detail


def test_a_third_of_a_site_without_sitemap(archive):
    # 100 articles on 10 listing pages; the crawl read pages 1-3 and their 30 articles.
    archive.site("partial")
    urls = [news(n) for n in range(2100, 2000, -1)]
    for page in range(1, 4):
        items = urls[(page - 1) * 10:page * 10]
        for url in items:
            archive.article("partial", url)
        url = f"{HOST}/tin-tuc" + (f"?page={page}" if page > 1 else "")
        archive.page("partial", url, "listing", listing(page, 10, items), items)
    found = archive.estimate("partial")
    assert found.archived == 30
    assert found.low <= 100 and (found.high is None or found.high >= 100)
    assert abs(found.coverage - 0.30) <= 0.05, found.evidence  # the true recall is 30 %
    assert found.describe().startswith("≥ ")  # nothing bounds it from above
    pager = next(e for e in found.evidence if e.source == "pager")
    assert "7 of their pages not fetched" in pager.detail


def test_a_sitemap_lists_what_the_crawl_missed(archive):
    archive.site("mapped")
    urls = [news(n) for n in range(3001, 3041)]
    for url in urls[:25]:
        archive.article("mapped", url)
    archive.page("mapped", f"{HOST}/sitemap.xml", "sitemap", "<urlset/>",
                 urls + [f"{HOST}/gioi-thieu.html"])
    archive.page("mapped", f"{HOST}/gioi-thieu.html", "other")
    found = archive.estimate("mapped")
    assert (found.low, found.estimate, found.high) == (25, 40, 40)
    assert found.coverage == pytest.approx(25 / 40)
    sitemap = next(e for e in found.evidence if e.source == "sitemap")
    assert "41 URLs: 25 archived articles, 1 other pages, 15 not fetched" in sitemap.detail


def test_category_counts_the_site_prints(archive):
    archive.site("counted")
    for n in range(4001, 4013):
        archive.article("counted", news(n))
    widget = ('<ul><li><a href="' + HOST + '/tin-hoat-dong/">Tin hoạt động</a> (14)</li>'
              '<li><a href="' + HOST + '/hoi-thanh-vien/">Hội thành viên</a> (6)</li></ul>')
    archive.page("counted", HOST + "/", "listing", f"<html><body>{widget}</body></html>",
                 [news(n) for n in range(4001, 4013)])
    found = archive.estimate("counted")
    assert found.estimate == 20 and found.coverage == pytest.approx(12 / 20)


def test_nothing_known_is_no_coverage_and_record_writes_one_row_per_site(archive):
    archive.site("empty")
    archive.site("one")
    archive.article("one", news(5001))
    estimates = coverage.record(archive.db.conn, "run-1", ["empty", "one"])
    assert [e.coverage for e in estimates] == [None, 1.0]
    rows = archive.db.conn.execute(
        "select site, run, low, high, estimate, archived, coverage, evidence from coverage_latest"
        " order by site").fetchall()
    assert [r[:7] for r in rows] == [("empty", "run-1", 0, None, 0, 0, None),
                                     ("one", "run-1", 1, None, 1, 1, 1.0)]
    assert json.loads(rows[1][7])[0]["source"] == "archive"
    coverage.record(archive.db.conn, "run-2", ["one"])
    latest = archive.db.conn.execute("select run from coverage_latest where site = 'one'")
    assert latest.fetchone()[0] == "run-2"


def test_estimating_never_writes_anything_but_its_table(archive, tmp_path):
    archive.site("ro")
    archive.article("ro", news(6001))
    before = {t: archive.db[t].count for t in archive.db.table_names()}
    coverage.estimate_all(archive.db.conn)
    assert {t: archive.db[t].count for t in archive.db.table_names()} == before
    assert isinstance(archive.db.conn, sqlite3.Connection)
