"""A plain association portal for the coverage tests, with a known number of articles:
news ids with gaps (drafts and deleted items never shown), no sitemap and no feed, one
news listing paged with ?page=N whose pager shows a window of five numbers and a "Cuối »"
link to the last page, and a "Tin mới" sidebar on every page. Routes only; no crawling.
"""

# ruff: noqa: E501 (HTML templates read better whole)

from __future__ import annotations

import html
import random

from tests.sites.content import StoryPlan, make_stories, make_union
from tests.siteserver import Response

PER_PAGE = 10


def _shell(title: str, body: str, latest) -> str:
    sidebar = "".join(f'<li><a href="{_path(s)}">{html.escape(s.title)}</a></li>' for s in latest)
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body><header><nav class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/gioi-thieu.html">Giới thiệu</a></nav></header>
<div class="main">{body}</div>
<aside class="sidebar"><h3>Tin mới</h3><ul>{sidebar}</ul>
<p>Lượt truy cập: 1.234.567 · Đang online: 42</p></aside>
<footer>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kiểm Thử · Địa chỉ: Số 1 đường Lê Lợi</footer></body></html>"""


def _path(story) -> str:
    return f"/tin-tuc/{story.alias}-{story.id}.html"


def _pager(page: int, last: int) -> str:
    def link(n: int, text: str | None = None) -> str:
        href = "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}"
        return f'<a href="{href}">{text or n}</a>'
    window = range(max(1, page - 2), min(last, page + 2) + 1)
    shown = " ".join(f"<b>{n}</b>" if n == page else link(n) for n in window)
    tail = f" {link(page + 1, 'Sau ›')} {link(last, 'Cuối »')}" if page < last else ""
    return f'<div class="pagination">{shown}{tail}</div>'


def build(count: int = 64, seed: str = "coverage") -> tuple[dict, list[str]]:
    """(routes, the paths of its articles), newest first."""
    union = make_union(random.Random(seed), "Kiểm Thử", ("Thành Phố", "Bắc Sơn", "Nam Hà"),
                       "lhh-kiemthu.org.vn")
    plan = StoryPlan(site=seed, cats={"tin-tuc": []}, count=count, first_id=3001,
                     authors=["Minh Thu", "Hoàng Anh"])
    stories = sorted(make_stories(plan, union)[:count], key=lambda s: -s.id)
    latest = stories[:5]
    routes: dict = {
        "/robots.txt": Response("User-agent: *\nDisallow: /admin/\n", content_type="text/plain"),
        "/gioi-thieu.html": Response(_shell("Giới thiệu", "<h1>Giới thiệu</h1><p>Liên hiệp Hội tỉnh là tổ chức chính trị - xã hội của trí thức khoa học và công nghệ.</p>", latest)),
    }
    last = (len(stories) + PER_PAGE - 1) // PER_PAGE
    for page in range(1, last + 1):
        items = stories[(page - 1) * PER_PAGE:page * PER_PAGE]
        rows = "".join(
            f'<div class="item"><h3><a href="{_path(s)}">{html.escape(s.title)}</a></h3>'
            f'<span class="date">{s.published:%d/%m/%Y}</span>'
            f"<p>{html.escape(s.paragraphs[0][:160])}…</p></div>" for s in items)
        body = f'<h1>Tin tức</h1><div class="list">{rows}</div>{_pager(page, last)}'
        routes["/tin-tuc" if page == 1 else f"/tin-tuc?page={page}"] = Response(
            _shell("Tin tức", body, latest))
    home = "".join(f'<div class="item"><h3><a href="{_path(s)}">{html.escape(s.title)}</a></h3></div>'
                   for s in stories[:6])
    routes["/"] = Response(_shell("Trang chủ", f'<h2>Tin mới nhất</h2><div class="list">{home}</div>'
                                  '<p><a href="/tin-tuc">Xem tất cả tin tức</a></p>', latest))
    for s in stories:
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in s.paragraphs)
        body = (f'<article><h1>{html.escape(s.title)}</h1><p class="date">Ngày đăng: '
                f"{s.published:%d/%m/%Y %H:%M}</p>{paragraphs}</article>")
        routes[_path(s)] = Response(_shell(s.title, body, latest))
    return routes, [_path(s) for s in stories]
