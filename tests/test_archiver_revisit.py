"""A revisited article is a new version only when its page says something new.

The site template that cuts boilerplate keeps learning: a caption printed under photos on
half of a young site's pages is boilerplate at first, and stops being so as the site shows
more pages without it. Re-cutting an unchanged page then gives a different text; that is
not an edit. Real extraction, a real archive, the archiver driven as a crawl drives it."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from crawler.archiver import Archiver
from crawler.config import Site
from crawler.policy import BACKFILL
from crawler.runs import RunReport

SITE = "http://127.0.0.1:9/"
CAPTION = "Các đại biểu chụp ảnh lưu niệm tại hội nghị"
WORDS = ("hội thảo khoa học công nghệ nông nghiệp giống cây trồng chuyển đổi số "
         "liên hiệp hội trí thức tỉnh nghiên cứu ứng dụng đề tài sáng kiến").split()


def paragraph(n: int, k: int) -> str:
    words = [WORDS[(n * 7 + k * 3 + i * (n % 5 + 1)) % len(WORDS)] for i in range(40)]
    return f"Đoạn {n}.{k}: " + " ".join(words).capitalize() + "."


def page(n: int, caption: bool, visits: int, added: str = "") -> bytes:
    photo = (f'<figure><img src="/img/{n}.jpg" alt=""><figcaption>{CAPTION}</figcaption>'
             "</figure>") if caption else ""
    body = "".join(f"<p>{paragraph(n, k)}</p>" for k in range(4))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tin số {n} – Liên hiệp hội</title></head><body>
<header><a href="/">Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh</a>
<nav><a href="/tin-tuc/">Tin tức</a> <a href="/thong-bao/">Thông báo</a></nav></header>
<main><article><h1>Hội nghị chuyên đề số {n} về khoa học và công nghệ</h1>
<div class="date">Ngày đăng: {n % 27 + 1:02d}/10/2026</div>
<div class="content">{photo}{body}{added}</div></article></main>
<footer>Lượt truy cập: {visits} · Bản quyền thuộc Liên hiệp hội</footer>
</body></html>""".encode()


def url(n: int) -> str:
    return f"{SITE}tin-tuc/hoi-nghi-chuyen-de-{n}-{1000 + n}.html"


class View:
    """The crawl's answers: the site is up and walked to its end."""

    def site_down(self, site_id):
        return None

    def mode(self, site_id):
        return BACKFILL

    def walked_to_end(self, site_id):
        return True


def night(db, when: str, pages: dict[int, bytes], monkeypatch) -> RunReport:
    monkeypatch.setenv("LHH_NOW", when)  # the clock is outside: the only thing set by hand
    report = RunReport(when)
    archiver = Archiver(db, when, 1, report, View())
    archiver.open()
    try:
        archiver.store.ensure_site(Site(id="s", name="Liên hiệp hội", url=SITE))
        archiver.begin_site("s", archiver.store.known_pages("s"))

        async def run():
            for n, body in pages.items():
                await archiver.process({"kind": "article", "site": "s", "url": url(n),
                                        "status": 200, "body": body, "headers": {}})
            await archiver.finish_sites()

        asyncio.run(run())
        archiver.finish_runs("finished")
    finally:
        archiver.shutdown_pool()
        archiver.close_store()
    return report


@pytest.fixture
def archive(tmp_path, monkeypatch):
    db = tmp_path / "archive.db"
    # A young site: half its pages carry the same photo caption, so it is boilerplate.
    night(db, "2026-10-28T02:00:00+07:00", {n: page(n, n % 2 == 0, 100 + n) for n in range(8)},
          monkeypatch)
    return db


def rows(db, sql, *args):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def test_a_caption_that_stops_being_boilerplate_is_not_an_edit(archive, monkeypatch):
    (first_text,) = rows(archive, "select text from articles where url = ?", url(0))[0]
    assert CAPTION not in first_text  # cut as boilerplate while the site was young
    added = "<p>Cập nhật: Ban tổ chức đã chọn ba sản phẩm xuất sắc gửi dự thi toàn quốc.</p>"
    # The site grows without the caption, so it no longer repeats on a fifth of its pages;
    # article 0 comes back unchanged but for its visit counter, article 1 with a paragraph.
    grown = {n: page(n, False, 500 + n) for n in range(8, 40)}
    grown[0] = page(0, True, 999)
    grown[1] = page(1, False, 998, added)
    night(archive, "2026-11-04T02:00:00+07:00", grown, monkeypatch)

    versions = dict(rows(archive, "select a.url, count(*) from article_versions v join articles a"
                                  " on a.id = v.article_id group by a.id"))
    assert versions == {url(1): 1}  # the real edit, and only it
    (text0, version0), = rows(archive, "select text, version from articles where url = ?", url(0))
    assert version0 == 1
    assert CAPTION in text0  # the better cut replaced the old one in place
    (text1,) = rows(archive, "select text from articles where url = ?", url(1))[0]
    assert "ba sản phẩm xuất sắc" in text1
