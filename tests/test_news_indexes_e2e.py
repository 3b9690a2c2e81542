"""End to end, four nights on a small site whose feed lists every new article: the
homepage becomes a weekly check, except on a night whose news overflow the feed's window
(every item new), when it is read at once and nothing is missed."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import run_lhh, write_sites
from tests.siteserver import Response, SiteServer

pytestmark = pytest.mark.e2e

TOPICS = ["nước sạch nông thôn", "chuyển đổi số trong nông nghiệp", "y tế cơ sở",
          "bảo tồn di sản kiến trúc", "phòng trừ sâu bệnh hại lúa", "năng lượng mặt trời",
          "nuôi ong lấy mật", "giống cây trồng chịu hạn", "xử lý rác thải sinh hoạt",
          "du lịch cộng đồng", "khởi nghiệp sáng tạo"]
FEED_WINDOW = 3
PUBLISHED_BY = {1: 6, 2: 7, 3: 7, 4: 11}  # night -> articles the site has by then


def path(i: int) -> str:
    return f"/tin-tuc/hoi-thao-khoa-hoc-so-{i}.html"


def article(i: int) -> str:
    topic = TOPICS[i - 1]
    body = "".join(
        f"<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức hội thảo khoa học về {topic}, "
        f"phần {k}: các nhà khoa học, doanh nghiệp và hội viên trao đổi kinh nghiệm về {topic} "
        f"và đề xuất {k + i} giải pháp cho địa phương trong giai đoạn tới.</p>"
        for k in range(1, 5))
    return (f"<html><head><title>Hội thảo về {topic}</title></head><body>"
            f"<div class='menu'><a href='/'>Trang chủ</a></div>"
            f"<h1>Hội thảo khoa học về {topic}</h1><div class='date'>Thứ hai, 0{i % 9 + 1}/03/2023 "
            f"08:00</div>{body}</body></html>")


def routes(night: int) -> dict:
    count = PUBLISHED_BY[night]
    newest = list(range(count, 0, -1))
    links = "".join(f"<li><a href='{path(i)}'>Hội thảo khoa học về {TOPICS[i - 1]} của "
                    f"Liên hiệp hội</a></li>" for i in newest)
    items = "".join(f"<item><title>Hội thảo khoa học về {TOPICS[i - 1]}</title>"
                    f"<link>http://x{path(i)}</link></item>" for i in newest[:FEED_WINDOW])
    out = {
        "/robots.txt": Response("User-agent: *\nAllow: /\n", content_type="text/plain"),
        "/": Response("<html><head><link rel='alternate' type='application/rss+xml' "
                      f"href='/feed/'></head><body><h2>Tin mới</h2><ul>{links}</ul></body></html>"),
        "/feed/": Response(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Tin</title>"
                           f"{items}</channel></rss>", content_type="application/rss+xml"),
    }
    out.update({path(i): Response(article(i)) for i in newest})
    return out


def test_a_burst_of_news_longer_than_the_feed_sends_the_crawl_to_the_homepage(tmp_path):
    db = tmp_path / "archive.db"
    with SiteServer() as server:
        sites = write_sites(tmp_path / "sites.yaml",
                            [{"id": "hoi", "name": "Hội", "url": server.url + "/"}])
        home_read, archived = {}, {}
        for night in sorted(PUBLISHED_BY):
            # The feed names the site by its own address.
            server.routes = {k: Response(r.body.replace("http://x", server.url)
                                         if isinstance(r.body, str) else r.body,
                                         content_type=r.content_type)
                             for k, r in routes(night).items()}
            server.clear_log()
            run = run_lhh("crawl", "--sites", str(sites), "--db", str(db),
                          "-s", "DOWNLOAD_DELAY=0", env={"LHH_NOW": f"2023-03-1{night}T02:00:00+07:00"})
            assert run.code == 0, run.stderr[-2000:]
            home_read[night] = "/" in server.paths()
            with sqlite3.connect(db) as conn:
                archived[night] = {u.replace(server.url, "") for (u,) in
                                   conn.execute("select url from articles")}
    for night, count in PUBLISHED_BY.items():
        assert archived[night] == {path(i) for i in range(1, count + 1)}, night
    # Night 2's one new article was in the feed: night 3 skips the homepage; night 4's four
    # overflow the feed's three, which sends the crawl to the homepage for the fourth.
    assert home_read == {1: True, 2: True, 3: False, 4: True}
