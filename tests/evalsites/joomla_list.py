"""Evaluation site: a provincial union on Joomla 4 (Cassiopeia) with category *list* views; serves, never scores.

Models a Joomla 4 site whose news categories are table lists (title, author, date, hits: no
summaries) paged with `?start=`, whose "Tin mới" and "Bài viết liên quan" modules link the
same articles through raw `index.php?option=com_content&view=article&id=…&catid=…&Itemid=…`
URLs (aliases served with 200, no canonical), per-category RSS feeds carrying the full text
(so edits of recent items show there), a JEvents-style calendar whose "Tháng sau"/"Tháng
trước" never end, a documents list with dates and .doc/.pdf files, organisation-chart and
functions pages, and an ETag that changes on every request (a broken cache plugin): a
conditional request never gets a 304. See BRIEF.md for the hard cases.
"""

from __future__ import annotations

import itertools
import random
import re
from datetime import date
from functools import lru_cache

from . import _kit_a as kit
from ._kit_a import Art, esc
from ._prose_a import Org, Writer
from .model import EvalSite

NAME = "joomla_list"
ORG = Org("Nam Định", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định", "Liên hiệp Hội tỉnh", "Nam Định",
          ["Hải Hậu", "Giao Thủy", "Xuân Trường", "Nghĩa Hưng", "Ý Yên", "Vụ Bản", "Trực Ninh", "Nam Trực", "Mỹ Lộc"],
          ["Hội Nông nghiệp và PTNT tỉnh", "Hội Y dược học tỉnh", "Hội Khoa học Kinh tế tỉnh", "Hội Thủy sản tỉnh",
           "Hội Sử học tỉnh", "Hội Nữ trí thức tỉnh", "Hội Điều dưỡng tỉnh", "Hội Kỹ thuật An toàn giao thông tỉnh"])
SITE_NAME = "Liên hiệp các Hội KH&KT tỉnh Nam Định"
CATS = {  # key -> (menu path, catid, name, Itemid)
    "lhh": ("tin-tuc/tin-lien-hiep-hoi", 21, "Tin Liên hiệp Hội", 118),
    "htv": ("tin-tuc/tin-hoi-thanh-vien", 22, "Tin Hội thành viên", 119),
    "kh": ("tin-tuc/khoa-hoc-doi-song", 24, "Khoa học & Đời sống", 121),
}
PER_PAGE = 10
BOILERPLATE = ["Viết bởi:", "Danh mục:", "Lượt xem:", "Bài viết liên quan", "Tiếp theo", "Lượt truy cập", "Ngày đăng:"]
MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]
EVENTS = [(date(2026, 11, 14), 31, "Họp Ban Thường vụ Liên hiệp Hội tỉnh mở rộng"), (date(2026, 11, 20), 32, "Hội thảo khoa học về nông nghiệp tuần hoàn"),
          (date(2026, 12, 3), 33, "Tổng kết Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng"), (date(2026, 10, 28), 29, "Tập huấn kỹ năng tư vấn, phản biện")]


@lru_cache(maxsize=1)
def _week() -> list[Art]:
    rng = random.Random(NAME)
    w = Writer(NAME, ORG)
    arts = kit.plan(w, rng, sections=[
        ("lhh", 22, ["hoi_thao", "phan_bien", "tong_ket", "ky_ket", "ton_vinh", "khao_sat"]),
        ("htv", 12, ["dai_hoi", "tap_huan", "chuyen_giao", "sang_tao"]),
        ("kh", 8, ["pho_bien", "thanh_thieu_nien", "tap_huan"])],
        start=date(2020, 1, 6), end=date(2026, 11, 6), new_per_night=[2, 0, 1, 1, 2, 0, 1],
        new_sections=["lhh", "htv", "kh", "lhh"], first_id=310, id_gap=(1, 6),
        authors=["Ban Biên tập", "Nguyễn Thu Hằng", "Trần Đức Mạnh", "Vũ Thị Hảo", "Văn phòng Liên hiệp Hội"])
    ed = Writer(NAME + "/edits", ORG)
    old = kit.pick_old(arts, newest=16)
    old.edits.append((2, ed.addendum(kit.edit_time(2))))
    recent = [a for a in arts if a.appear == 1][0]  # in its category feed: the full-text item changes
    recent.edits.append((4, ed.addendum(kit.edit_time(4))))
    recent.signalled_edit = True
    for night, idx in ((5, 5), (6, 21)):
        a = kit.pick_old(arts, newest=idx)
        a.delete, a.delete_kind = night, "404"
    return arts


def article_path(a: Art) -> str:
    return f"/index.php/{CATS[a.cat][0]}/{a.num}-{kit.slugify(a.title)[:80].strip('-')}"


def raw_path(a: Art) -> str:
    _, catid, _, itemid = CATS[a.cat]
    return f"/index.php?option=com_content&view=article&id={a.num}:{kit.slugify(a.title)[:40].strip('-')}&catid={catid}&Itemid={itemid}"


def list_path(key: str, start: int = 0) -> str:
    return f"/index.php/{CATS[key][0]}" + (f"?start={start}" if start else "")


def cal_path(y: int, m: int) -> str:
    return f"/index.php/lich-cong-tac/month.calendar/{y}/{m:02d}/-"


def _jdate(dt) -> str:
    return f"{dt.day:02d} {MONTHS[dt.month - 1]} {dt.year}"


def _hits(a: Art, night: int) -> int:
    return 25 + (a.num * 41) % 800 + night * (a.num % 4 + 1)


def _shell(night: int, *, title: str, main: str, live: list[Art], feeds: list[str] = ()) -> str:
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(raw_path(a))}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
                     for a in live[:8])
    links = "".join(f'<link href="{esc(f)}" rel="alternate" type="application/rss+xml" title="RSS 2.0">' for f in feeds)
    menu = "".join(f'<li class="nav-item"><a href="{list_path(k)}">{esc(v[2])}</a></li>' for k, v in CATS.items())
    y, m = kit.today(night).year, kit.today(night).month
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
{links}
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo"}},"system.paths":{{"root":"","base":""}}}}</script>
<script src="/media/system/js/core.min.js?4.4.2"></script>
</head>
<body class="site com_content wrapper-static">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-lhh-namdinh.png" alt="{esc(SITE_NAME)}"></a>
<div class="site-description">Đoàn kết - Sáng tạo - Hội nhập</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">
<li class="nav-item item-101 default"><a href="/">Trang chủ</a></li>
<li class="nav-item item-102 deeper parent"><a href="/index.php/gioi-thieu">Giới thiệu</a><ul class="mod-menu__sub list-unstyled small">
<li class="nav-item"><a href="/index.php/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li class="nav-item"><a href="/index.php/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li></ul></li>
<li class="nav-item deeper parent"><a href="/index.php/tin-tuc">Tin tức</a><ul class="mod-menu__sub list-unstyled small">{menu}</ul></li>
<li class="nav-item"><a href="/index.php/van-ban">Văn bản</a></li>
<li class="nav-item"><a href="{cal_path(y, m)}">Lịch công tác</a></li>
<li class="nav-item"><a href="/index.php/lien-he">Liên hệ</a></li></ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/index.php/component/finder/search?Itemid=101" method="get" role="search">
<input type="text" name="q" class="js-finder-search-query form-control" placeholder="Tìm kiếm ..."></form></div></div>
</header>
<div class="site-grid">
<div class="container-banner full-width"><div class="moduletable">Hôm nay: {kit.header_today(night)}</div></div>
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">Trang chủ</a></li></ol></nav>
<main>
{main}
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card">
<h3 class="card-header">Tin mới</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div>
<h3 class="card-header">Lịch công tác</h3><div class="card-body"><a href="{cal_path(y, m)}">Xem lịch tháng {m}/{y}</a></div>
<h3 class="card-header">Tìm kiếm</h3><div class="card-body"><a href="/index.php/component/finder/search?q=h%E1%BB%99i%20th%E1%BA%A3o&amp;Itemid=101" rel="nofollow">Tìm bài viết về hội thảo</a></div>
</div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
<p>{esc(SITE_NAME)} - 114 Hùng Vương, TP Nam Định - ĐT: 0228.3849.567 - Email: <a href="mailto:lhhkhkt.namdinh@gmail.com">lhhkhkt.namdinh@gmail.com</a></p>
<p>Lượt truy cập: {864_203 + night * 977:,}</p>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></div></footer>
</body>
</html>"""


def _article(a: Art, night: int, live: list[Art]) -> str:
    menu, catid, name, _ = CATS[a.cat]
    same = [x for x in live if x.cat == a.cat and x.num != a.num]
    related = "".join(f'<li><a href="{esc(raw_path(x))}">{esc(x.title)}</a></li>' for x in same[:4])
    idx = [x.num for x in live if x.cat == a.cat].index(a.num) if a in live else 0
    cat_items = [x for x in live if x.cat == a.cat]
    prev_a = cat_items[idx - 1] if idx > 0 else None
    next_a = cat_items[idx + 1] if idx + 1 < len(cat_items) else None
    nav = ('<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">'
           + (f'<a class="btn btn-sm btn-secondary previous" href="{article_path(prev_a)}" rel="prev"><span class="icon-chevron-left"></span> Trước</a>' if prev_a else "")
           + (f'<a class="btn btn-sm btn-secondary next" href="{article_path(next_a)}" rel="next">Tiếp theo <span class="icon-chevron-right"></span></a>' if next_a else "")
           + "</span></nav>")
    body = "".join(f"<p>{esc(p)}</p>" for p in a.paras(night))
    return f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Viết bởi: <span itemprop="name">{esc(a.author or "Quản trị")}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Danh mục: <a href="{list_path(a.cat)}" itemprop="genre">{esc(name)}</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">Ngày đăng: {_jdate(a.published)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{_hits(a, night)}">Lượt xem: {_hits(a, night)}</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">{body}</div>
{nav}
<div class="moduletable"><h3>Bài viết liên quan</h3><ul class="mod-relateditems relateditems mod-list">{related}</ul></div>
</div>"""


def _table(key: str, start: int, items: list[Art], night: int) -> str:
    menu, catid, name, _ = CATS[key]
    pages = max(1, -(-len(items) // PER_PAGE))
    eff = min(start, (pages - 1) * PER_PAGE)
    rows = "".join(f'<tr class="cat-list-row{i % 2}"><th class="list-title" scope="row"><a href="{article_path(a)}">{esc(a.title)}</a></th>'
                   f'<td class="list-author">Viết bởi: {esc(a.author or "Quản trị")}</td><td class="list-date small">{a.published:%d-%m-%Y}</td>'
                   f'<td class="list-hits"><span class="badge bg-info">Lượt xem: {_hits(a, night)}</span></td></tr>'
                   for i, a in enumerate(items[eff:eff + PER_PAGE]))
    cur = eff // PER_PAGE + 1
    pager = "".join(f'<li class="page-item{" active" if p == cur else ""}"><a class="page-link" href="{list_path(key, (p - 1) * PER_PAGE)}">{p}</a></li>' for p in range(1, pages + 1))
    nxt = f'<li class="page-item"><a class="page-link" href="{list_path(key, eff + PER_PAGE)}" aria-label="Đi tới trang tiếp">›</a></li>' if cur < pages else ""
    return (f'<div class="com-content-category category-list"><h1>{esc(name)}</h1>'
            f'<form action="{list_path(key)}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">'
            f'<div class="com-content-category__pagination btn-group float-end"><label for="limit" class="visually-hidden">Hiển thị #</label>'
            f'<select id="limit" name="limit" class="form-select" onchange="this.form.submit()"><option value="5">5</option><option value="10" selected="selected">10</option><option value="20">20</option><option value="0">Tất cả</option></select></div>'
            f'<table class="com-content-category__table category table table-striped table-bordered table-hover"><caption class="visually-hidden">Bài viết</caption>'
            f'<thead><tr><th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col">Tác giả</th><th scope="col">Ngày đăng</th><th scope="col">Lượt xem</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></form>'
            f'<div class="com-content-category__navigation w-100"><p class="com-content-category__counter counter float-end pt-3 pe-2">Trang {cur} / {pages}</p>'
            f'<nav class="pagination__wrapper" aria-label="Phân trang"><ul class="pagination ms-0 mb-4">{pager}{nxt}</ul></nav></div></div>')


def _calendar(y: int, m: int) -> str:
    ny, nm = (y + (m == 12), m % 12 + 1)
    py, pm = (y - (m == 1), (m - 2) % 12 + 1)
    evs = [e for e in EVENTS if e[0].year == y and e[0].month == m]
    rows = "".join(f'<li><a href="/index.php/lich-cong-tac/eventdetail/{eid}/-/{kit.slugify(t)}">{kit.dmy(d)}: {esc(t)}</a></li>' for d, eid, t in evs)
    return (f'<div id="jevents"><div class="jev_toprow"><h2>Lịch công tác {MONTHS[m - 1]} {y}</h2></div>'
            f'<div class="jev_navigation"><a href="{cal_path(py, pm)}" title="Tháng trước">« Tháng trước</a> | '
            f'<a href="{cal_path(ny, nm)}" title="Tháng sau">Tháng sau »</a></div>'
            f'<ul class="jev_month">{rows or "<li>Không có sự kiện nào trong tháng này.</li>"}</ul></div>')


def build_site(base_url: str, night: int) -> EvalSite:
    base = base_url.rstrip("/")
    arts = _week()
    live = kit.live(arts, night)
    routes: dict = {}
    non_articles: list[str] = []
    feeds = [f"{list_path(k)}?format=feed&type=rss" for k in CATS]

    def route(body: str):
        serial = itertools.count(1)

        def answer(request):  # a new ETag on every request: conditional requests never match
            return kit.Response(body, etag=f'"{night:x}{next(serial):05x}{len(body):x}"')
        return answer

    def add(path, main, title, *, article=False, with_feeds=()):
        routes[path] = route(_shell(night, title=title, main=main, live=live, feeds=list(with_feeds)))
        if not article:
            non_articles.append(path)

    featured = live[:3]
    home = ('<div class="blog-featured"><h2>Tin nổi bật</h2>' + "".join(
        f'<div class="blog-item"><h2 class="item-title"><a href="{article_path(a)}">{esc(a.title)}</a></h2>'
        f'<p>{esc(a.paragraphs[0])}</p><p class="readmore"><a class="btn btn-secondary" href="{article_path(a)}">Đọc thêm …</a></p></div>'
        for a in featured) + "</div>")
    add("/", home, f"Trang chủ - {SITE_NAME}", with_feeds=feeds)
    add("/index.php/tin-tuc", '<div class="com-content-categories categories-list"><h1>Tin tức</h1>' + "".join(
        f'<div class="com-content-categories__items"><h3><a href="{list_path(k)}">{esc(v[2])}</a></h3><span class="badge bg-info">Số bài viết: {len([a for a in live if a.cat == k])}</span></div>'
        for k, v in CATS.items()) + "</div>", f"Tin tức - {SITE_NAME}")

    reach = {a.num: "listing" for a in live[:8] + featured}
    by_cat = {k: [a for a in live if a.cat == k] for k in CATS}
    for key, items in by_cat.items():
        pages = max(1, -(-len(items) // PER_PAGE))
        for p in range(pages):
            for a in items[p * PER_PAGE:(p + 1) * PER_PAGE]:
                reach.setdefault(a.num, "listing" if p == 0 else "pager-deep")
            add(list_path(key, p * PER_PAGE), _table(key, p * PER_PAGE, items, night), f"{CATS[key][2]} - {SITE_NAME}",
                with_feeds=[f"{list_path(key)}?format=feed&type=rss"])
        feed_items = [{"title": a.title, "link": base + article_path(a), "guid": base + article_path(a), "pubDate": a.published,
                       "creator": a.author or "Quản trị", "category": [CATS[key][2]],
                       "description": "".join(f"<p>{esc(p)}</p>" for p in a.paras(night))} for a in items[:10]]
        routes[f"{list_path(key)}?format=feed&type=rss"] = kit.xml(kit.rss(f"{CATS[key][2]} - {SITE_NAME}", base + list_path(key), feed_items,
                                                                           description=CATS[key][2]), )
    for a in live:
        add(article_path(a), _article(a, night, live), f"{a.title} - {SITE_NAME}", article=True)
        add(raw_path(a), _article(a, night, live), f"{a.title} - {SITE_NAME}", article=True)

    # the calendar: any month answers, and each links the next and the previous
    cal_rx = re.compile(r"^/index\.php/lich-cong-tac/month\.calendar/(\d{4})/(\d{2})/-$")
    today = kit.today(night)
    non_articles.append(cal_path(today.year, today.month))
    for d, eid, t in EVENTS:
        add(f"/index.php/lich-cong-tac/eventdetail/{eid}/-/{kit.slugify(t)}",
            f'<div id="jevents"><h2>{esc(t)}</h2><p>Thời gian: {kit.dmy(d)}, 8h00</p><p>Địa điểm: Hội trường Liên hiệp Hội tỉnh</p>'
            f'<p>Thành phần: Thường trực, các ban chuyên môn.</p><p><a href="{cal_path(d.year, d.month)}">Quay lại lịch tháng</a></p></div>', f"{t} - {SITE_NAME}")

    # documents list, organisation chart, functions, contact
    docs = [("56/KH-LHH", date(2026, 10, 30), "Kế hoạch tổ chức Hội thảo khoa học về nông nghiệp tuần hoàn", "ke-hoach-56-kh-lhh.doc"),
            ("51/QĐ-LHH", date(2026, 9, 18), "Quyết định thành lập Hội đồng tư vấn, phản biện năm 2026", "qd-51-lhh.pdf"),
            ("44/TB-LHH", date(2026, 8, 2), "Thông báo tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng lần thứ 19", "tb-44-lhh.pdf"),
            ("30/BC-LHH", date(2026, 6, 25), "Báo cáo sơ kết hoạt động 6 tháng đầu năm 2026", "bc-30-lhh.doc"),
            ("12/KH-LHH", date(2026, 2, 10), "Kế hoạch hoạt động năm 2026 của Liên hiệp Hội tỉnh", "kh-12-lhh.pdf")]
    add("/index.php/van-ban", '<div class="com-content-article"><h1>Văn bản</h1><table class="table table-bordered"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>'
        + "".join(f'<tr><td>{esc(n)}</td><td>{kit.dmy(d)}</td><td>{esc(s)}</td><td><a href="/images/van-ban/{f}">{f}</a></td></tr>' for n, d, s, f in docs)
        + "</tbody></table></div>", f"Văn bản - {SITE_NAME}")
    for _n, _d, s, f in docs:
        routes[f"/images/van-ban/{f}"] = kit.pdf(s) if f.endswith(".pdf") else kit.doc(s, f)
    add("/index.php/gioi-thieu", '<div class="com-content-article"><h1>Giới thiệu</h1><ul><li><a href="/index.php/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
        '<li><a href="/index.php/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li></ul></div>', f"Giới thiệu - {SITE_NAME}")
    add("/index.php/gioi-thieu/co-cau-to-chuc", '<div class="com-content-article item-page"><div class="page-header"><h1>Cơ cấu tổ chức</h1></div>'
        '<div itemprop="articleBody"><p><img src="/images/so-do-to-chuc.png" alt="Sơ đồ tổ chức"></p><table class="table"><tr><th>Chức vụ</th><th>Họ và tên</th></tr>'
        '<tr><td>Chủ tịch</td><td>TS. Đoàn Văn Hiếu</td></tr><tr><td>Phó Chủ tịch</td><td>ThS. Mai Thị Thu Trang</td></tr><tr><td>Phó Chủ tịch</td><td>BS.CKII. Phạm Ngọc Tú</td></tr>'
        '<tr><td>Chánh Văn phòng</td><td>CN. Lưu Đức Thịnh</td></tr></table></div></div>', f"Cơ cấu tổ chức - {SITE_NAME}")
    add("/index.php/gioi-thieu/chuc-nang-nhiem-vu", '<div class="com-content-article item-page"><div class="page-header"><h1>Chức năng, nhiệm vụ</h1></div><div itemprop="articleBody">'
        '<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định là tổ chức chính trị - xã hội của trí thức khoa học và công nghệ tỉnh, có chức năng tập hợp, đoàn kết, phát huy tiềm năng sáng tạo của đội ngũ trí thức.</p>'
        '<p>Nhiệm vụ chủ yếu: tư vấn, phản biện và giám định xã hội; phổ biến kiến thức khoa học và công nghệ; tổ chức các hội thi, cuộc thi sáng tạo; tôn vinh trí thức; hướng dẫn, hỗ trợ các hội thành viên.</p></div></div>',
        f"Chức năng, nhiệm vụ - {SITE_NAME}")
    add("/index.php/lien-he", '<div class="com-contact contact"><h1>Liên hệ</h1><p>114 Hùng Vương, TP Nam Định</p><p><a href="mailto:lhhkhkt.namdinh@gmail.com">lhhkhkt.namdinh@gmail.com</a></p>'
        '<form action="/index.php/lien-he" method="post" class="form-validate"><input name="jform[contact_name]"><textarea name="jform[contact_message]"></textarea><button type="submit">Gửi</button></form></div>',
        f"Liên hệ - {SITE_NAME}")

    disallowed = ["/administrator/", "/api/", "/bin/", "/cache/", "/cli/", "/components/", "/includes/", "/installation/", "/language/",
                  "/layouts/", "/libraries/", "/logs/", "/modules/", "/plugins/", "/tmp/", "/index.php/component/finder/"]
    routes["/robots.txt"] = kit.robots(["User-agent: *"] + [f"Disallow: {d}" for d in disallowed])
    not_found = _shell(night, title=f"404 - Không tìm thấy trang - {SITE_NAME}", live=live,
                       main='<div class="error"><h1>404</h1><p>Không tìm thấy bài viết</p><p><a href="/">Trang chủ</a></p></div>')
    start_rx = re.compile(r"^/index\.php/(tin-tuc/[a-z-]+)\?start=(\d+)$")
    menus = {v[0]: k for k, v in CATS.items()}

    def fallback(request):
        m = cal_rx.match(request.path)
        if m and 1 <= int(m.group(2)) <= 12:
            y, mo = int(m.group(1)), int(m.group(2))
            return kit.Response(_shell(night, title=f"Lịch công tác {MONTHS[mo - 1]} {y} - {SITE_NAME}", main=_calendar(y, mo), live=live))
        m = start_rx.match(request.path)
        if m and m.group(1) in menus:
            key = menus[m.group(1)]
            return kit.Response(_shell(night, title=f"{CATS[key][2]} - {SITE_NAME}", main=_table(key, int(m.group(2)), by_cat[key], night), live=live))
        return kit.not_found(not_found)
    routes["*"] = fallback

    ch = kit.changes(arts, night, article_path)
    gold = kit.golds(arts, night, article_path, aliases_of=lambda a: [raw_path(a)], reach_of=lambda a: reach.get(a.num, "pager-deep"))
    return EvalSite(name=NAME, family="joomla", routes=routes, articles=gold, non_articles=non_articles, disallowed=disallowed,
                    boilerplate=BOILERPLATE, new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
