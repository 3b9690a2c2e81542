"""Evaluation site: a provincial union on Drupal 9 (Bartik-like theme); serves, never scores.

Models a Drupal union site: articles at path aliases `/tin-tuc/<slug>` (pathauto, "-0" for a
taken alias) and ALSO at `/node/<N>` (200, same page, canonical to the alias); views
listings paged with zero-based `?page=` — the front page `/`, `/node` (the same view), and
`/tin-tuc` whose first page is the front page's list again; taxonomy pages
`/taxonomy/term/<N>` for categories and tags; `/rss.xml` with teasers only; field markup
(`field--name-body`), "Gửi bởi … vào T3, 10/11/2026 - 09:30"; an about page that is a
node with a date and long prose, an organisation chart, a documents view with PDFs;
`/sitemap.xml` (not announced in robots.txt) that alone lists an old "Bản tin" content
type no menu or view shows; robots.txt with `Crawl-delay: 1`; ETag + Last-Modified that
follow the node's content. See BRIEF.md for the hard cases.
"""

from __future__ import annotations

import hashlib
import random
import re
from datetime import date, datetime
from functools import lru_cache

from . import _kit_a as kit
from ._kit_a import Art, esc
from ._prose_a import Org, Writer
from .model import EvalSite

NAME = "drupal_union"
ORG = Org("Lâm Đồng", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng", "Liên hiệp Hội tỉnh", "Đà Lạt",
          ["Đức Trọng", "Lâm Hà", "Di Linh", "Bảo Lâm", "Đơn Dương", "Lạc Dương", "Đạ Huoai", "Cát Tiên", "Đam Rông"],
          ["Hội Làm vườn tỉnh", "Hội Y học tỉnh", "Hội Cà phê tỉnh", "Hội Hoa Đà Lạt", "Hội Khoa học Lịch sử tỉnh", "Hội Kiến trúc sư tỉnh",
           "Hội Bảo vệ thiên nhiên và môi trường tỉnh", "Hội Dược liệu tỉnh"])
SITE_NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng"
TERMS = {"tin-hoat-dong": (3, "Tin hoạt động"), "tu-van-phan-bien": (4, "Tư vấn - Phản biện"), "hoi-thanh-vien": (5, "Hội thành viên")}
TAGS = {11: "hội thảo", 12: "cà phê", 13: "rau hoa", 14: "sáng tạo", 15: "phản biện", 16: "trí thức", 17: "dược liệu"}
USERS = {"Nguyễn Thanh Tâm": "Nguyễn Thanh Tâm", "Lê Quốc Bảo": "Lê Quốc Bảo", None: "admin", "Phòng Tổng hợp": "Phòng Tổng hợp"}  # Drupal user names
PER_PAGE = 10
DAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
BOILERPLATE = ["Gửi bởi", "Đăng nhập để gửi ý kiến", "Chuyên mục:", "Thẻ:", "Liên kết nhanh", "Lượt truy cập", "Đọc thêm"]


@lru_cache(maxsize=1)
def _week() -> tuple[list[Art], list[Art]]:
    rng = random.Random(NAME)
    w = Writer(NAME, ORG)
    arts = kit.plan(w, rng, sections=[
        ("tin-hoat-dong", 19, ["hoi_thao", "tap_huan", "tong_ket", "khao_sat", "ky_ket", "pho_bien", "ton_vinh"]),
        ("tu-van-phan-bien", 8, ["phan_bien", "hoi_thao"]),
        ("hoi-thanh-vien", 8, ["dai_hoi", "chuyen_giao", "sang_tao", "thanh_thieu_nien"])],
        start=date(2021, 1, 11), end=date(2026, 11, 7), new_per_night=[1, 2, 1, 0, 2, 1, 1],
        new_sections=list(TERMS), first_id=180, id_gap=(2, 9), authors=list(USERS))
    for a in arts:
        a.tags = [t for t in rng.sample(sorted(TAGS), rng.choice([0, 1, 2]))]
    # the old "Bản tin" content type: imported bulletins, in the sitemap and nowhere else
    bw = Writer(NAME + "/ban-tin", ORG)
    brng = random.Random(NAME + "/ban-tin")
    bulletins = kit.plan(bw, brng, sections=[("ban-tin", 5, ["pho_bien", "chuyen_giao", "tap_huan"])], start=date(2020, 2, 1), end=date(2020, 12, 20),
                         new_per_night=[0] * 7, new_sections=["ban-tin"], first_id=60, id_gap=(3, 11), authors=[None])
    ed = Writer(NAME + "/edits", ORG)
    for night, idx in ((2, 21), (5, 1), (6, 12)):
        a = kit.pick_old(arts, newest=idx)
        a.edits.append((night, ed.addendum(kit.edit_time(night))))
        a.signalled_edit = True  # the sitemap's lastmod is the node's "changed"
    for night, idx in ((3, 6), (7, 17)):
        a = kit.pick_old(arts, newest=idx)
        a.delete, a.signalled_delete = night, True
    return arts, bulletins


@lru_cache(maxsize=1)
def _aliases() -> dict[int, str]:
    arts, bulletins = _week()
    out, used = {}, {}
    for a in sorted(arts + bulletins, key=lambda a: a.num):  # pathauto: "-0", "-1" for taken aliases
        stem = ("/ban-tin/" if a.cat == "ban-tin" else "/tin-tuc/") + kit.slugify(a.title)[:100].strip("-")
        n = used.get(stem, -1)
        out[a.num] = stem if n < 0 else f"{stem}-{n}"
        used[stem] = n + 1
    return out


def alias(a: Art) -> str:
    return a.extra.get("alias") or _aliases()[a.num]


def _submitted(dt: datetime) -> str:
    return f"{DAYS[dt.weekday()]}, {kit.dmy(dt)} - {dt:%H:%M}"


def _shell(night: int, *, title: str, main: str, canonical: str = "", shortlink: str = "", node: int | None = None) -> str:
    current = f"node\\/{node}" if node else "node"
    menu = "".join(f'<li class="menu-item"><a href="/taxonomy/term/{tid}" data-drupal-link-system-path="taxonomy/term/{tid}">{esc(n)}</a></li>'
                   for _, (tid, n) in TERMS.items())
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{f'<link rel="canonical" href="{canonical}" />' if canonical else ''}
{f'<link rel="shortlink" href="{shortlink}" />' if shortlink else ''}
<link rel="alternate" type="application/rss+xml" title="" href="/rss.xml" />
<link rel="icon" href="/core/misc/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{esc(title)} | {esc(SITE_NAME)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_h2k3Yz.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"{current}","currentLanguage":"vi"}},"user":{{"uid":0}}}}</script>
</head>
<body class="layout-one-sidebar layout-sidebar-first path-{'node' if node else 'frontpage'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner"><div class="section layout-container clearfix">
<div class="region region-secondary-menu"><nav role="navigation" aria-labelledby="block-bartik-account-menu-menu" id="block-bartik-account-menu">
<ul class="clearfix menu"><li class="menu-item"><a href="/user/login" data-drupal-link-system-path="user/login">Đăng nhập</a></li></ul></nav></div>
<div class="clearfix region region-header"><div id="block-bartik-branding" class="clearfix site-branding block block-system block-system-branding-block">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-lhh.png" alt="Trang chủ" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{esc(SITE_NAME)}</a></div><div class="site-branding__slogan">Ngày {kit.dmy(kit.today(night))}</div></div></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-bartik-main-menu" class="block block-menu navigation menu--main">
<ul class="clearfix menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li>
<li class="menu-item"><a href="/gioi-thieu" data-drupal-link-system-path="node/2">Giới thiệu</a></li>
<li class="menu-item"><a href="/co-cau-to-chuc" data-drupal-link-system-path="node/3">Cơ cấu tổ chức</a></li>
<li class="menu-item menu-item--expanded"><a href="/tin-tuc" data-drupal-link-system-path="tin-tuc">Tin tức</a><ul class="menu">{menu}</ul></li>
<li class="menu-item"><a href="/van-ban" data-drupal-link-system-path="van-ban">Văn bản</a></li>
<li class="menu-item"><a href="/lien-he" data-drupal-link-system-path="contact">Liên hệ</a></li></ul></nav></div>
</div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a></li></ol></nav></div>
<main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{main}
</div></section></main>
<div id="sidebar-first" class="column sidebar"><aside class="section" role="complementary">
<div class="search-block-form block block-search container-inline" role="search"><h2 class="visually-hidden">Tìm kiếm</h2>
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="Nhập từ khóa bạn muốn tìm." type="search" name="keys" size="15" maxlength="128" class="form-search" /><input type="submit" value="Tìm kiếm" class="button" /></form>
<a href="/search/node?keys=c%C3%A0%20ph%C3%AA">Tìm: cà phê</a></div>
<div class="block block-block-content"><h2>Liên kết nhanh</h2><ul><li><a href="https://vusta.vn">Liên hiệp Hội Việt Nam</a></li><li><a href="https://lamdong.gov.vn">Cổng TTĐT tỉnh Lâm Đồng</a></li>
<li><a href="/rss.xml" class="feed-icon">Đăng ký nhận tin RSS</a></li></ul></div>
<div class="block"><h2>Thống kê</h2><p>Lượt truy cập: {579_022 + night * 488:,}</p></div>
</aside></div>
</div></div>
<div class="site-footer"><div class="layout-container"><div class="region region-footer-fifth"><div class="block">
<p>{esc(SITE_NAME)} - 35 Trần Hưng Đạo, TP Đà Lạt. ĐT: 0263.3822.456. Email: <a href="mailto:lhh@lamdong.gov.vn">lhh@lamdong.gov.vn</a></p>
<p>Vận hành bởi <a href="https://www.drupal.org">Drupal</a></p></div></div></div></div>
</div></div></div>
<script src="/sites/default/files/js/js_9mQ3.js"></script>
</body>
</html>"""


def _teaser(a: Art) -> str:
    tid, name = TERMS.get(a.cat, (0, ""))
    return (f'<article role="article" about="{alias(a)}" class="node node--type-article node--promoted node--view-mode-teaser">'
            f'<header><h2 class="node__title"><a href="{alias(a)}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></a></h2>'
            f'<div class="node__meta"><span>Gửi bởi <span class="field field--name-uid"><span lang="" typeof="schema:Person">{esc(USERS.get(a.author, "admin"))}</span></span> vào '
            f'<span class="field field--name-created">{_submitted(a.published)}</span></span></div></header>'
            f'<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
            f'<p>{esc(a.paragraphs[0])}</p></div>'
            f'<ul class="links inline"><li class="node-readmore"><a href="{alias(a)}" rel="tag" title="{esc(a.title)}" hreflang="vi">Đọc thêm<span class="visually-hidden"> về {esc(a.title)}</span></a></li></ul></div></article>')


def _pager(path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    url = lambda p: f"{path}?page={p}"  # noqa: E731  zero-based: the second page is ?page=1
    items = []
    if page > 0:
        items += [f'<li class="pager__item pager__item--first"><a href="{url(0)}" title="Đến trang đầu tiên">« Đầu</a></li>',
                  f'<li class="pager__item pager__item--previous"><a href="{url(page - 1)}" title="Đến trang trước" rel="prev">‹ Trước</a></li>']
    for p in range(pages):
        items.append(f'<li class="pager__item is-active">Trang {p + 1}</li>' if p == page else f'<li class="pager__item"><a href="{url(p)}" title="Đến trang {p + 1}">{p + 1}</a></li>')
    if page < pages - 1:
        items += [f'<li class="pager__item pager__item--next"><a href="{url(page + 1)}" title="Đến trang kế" rel="next">Tiếp ›</a></li>',
                  f'<li class="pager__item pager__item--last"><a href="{url(pages - 1)}" title="Đến trang cuối cùng">Cuối »</a></li>']
    return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'


def _node(a: Art, night: int) -> str:
    tid, name = TERMS.get(a.cat, (0, ""))
    tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{t}" hreflang="vi">{esc(TAGS[t])}</a></div>' for t in a.tags)
    body = "".join(f"<p>{esc(p)}</p>" for p in a.paras(night))
    cat = (f'<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline"><div class="field__label">Chuyên mục:</div>'
           f'<div class="field__item"><a href="/taxonomy/term/{tid}" hreflang="vi">{esc(name)}</a></div></div>') if tid else ""
    tag_html = (f'<section class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Thẻ:</h3>'
                f'<ul class="links field__items"><li>{tags}</li></ul></section>') if tags else ""
    img = (f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/{a.published:%Y-%m}/{kit.camera_name(a.num, a.published)}.jpg" '
           f'width="640" height="427" alt="{kit.camera_name(a.num, a.published)}" typeof="foaf:Image" /></div>') if a.num % 2 else ""
    return (f'<article role="article" about="{alias(a)}" class="node node--type-{"bulletin" if a.cat == "ban-tin" else "article"} node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>'
            f'<footer class="node__meta"><div class="node__submitted">Gửi bởi <span class="field field--name-uid"><span>{esc(USERS.get(a.author, "admin"))}</span></span> vào '
            f'<span class="field field--name-created">{_submitted(a.published)}</span></div></footer>'
            f'<div class="node__content clearfix">{img}<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
            f'{cat}{tag_html}<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-form__title">Bình luận</h2>'
            f'<ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.num}%23comment-form">Đăng nhập</a> để gửi ý kiến</li></ul></section></div></article>')


def _author_of(a: Art) -> str | None:
    """The byline a reader sees: the Drupal user name; items posted from the 'admin' account have none."""
    return a.author


def build_site(base_url: str, night: int) -> EvalSite:
    base = base_url.rstrip("/")
    arts, bulletins = _week()
    live = kit.live(arts, night)
    routes: dict = {}
    non_articles: list[str] = []

    def add(path, html_, *, article=False, **kw):
        routes[path] = kit.page(html_, **kw)
        if not article:
            non_articles.append(path)

    reach: dict[int, str] = {}

    def view(path: str, items: list[Art], title: str, *, mark: bool):
        pages = max(1, -(-len(items) // PER_PAGE))
        for p in range(pages):
            chunk = items[p * PER_PAGE:(p + 1) * PER_PAGE]
            if mark:
                for a in chunk:
                    if p == 0:
                        reach[a.num] = "listing"
                    else:
                        reach.setdefault(a.num, "pager-deep")
            html_ = _shell(night, title=title, main='<div class="views-element-container"><div class="view view-frontpage view-id-frontpage"><div class="view-content">'
                           + "".join(f'<div class="views-row">{_teaser(a)}</div>' for a in chunk) + f"</div>{_pager(path if path != '/' else '/', p, pages)}</div></div>")
            add(path if p == 0 else f"{path}?page={p}", html_)
        return pages

    view("/", live, "Trang chủ", mark=True)
    view("/node", live, "Trang chủ", mark=False)
    view("/tin-tuc", live, "Tin tức", mark=True)
    for key, (tid, name) in TERMS.items():
        view(f"/taxonomy/term/{tid}", [a for a in live if a.cat == key], name, mark=True)
    for tid, name in TAGS.items():
        view(f"/taxonomy/term/{tid}", [a for a in live if tid in a.tags], name, mark=False)

    for a in live + bulletins:
        lm = a.modified(night)
        kw = {"etag": '"' + hashlib.sha1(f"{a.num}-{a.version(night)}".encode()).hexdigest()[:22] + '"', "last_modified": kit.http_date(lm)}
        html_ = _shell(night, title=a.title, main=_node(a, night), canonical=base + alias(a), shortlink=base + f"/node/{a.num}", node=a.num)
        add(alias(a), html_, article=True, **kw)
        add(f"/node/{a.num}", html_, article=True, **kw)
        non_articles.append(f"/user/login?destination=/node/{a.num}%23comment-form")
    routes["/user/login"] = kit.page(_shell(night, title="Đăng nhập", main='<form class="user-login-form" action="/user/login" method="post"><input name="name" /><input type="password" name="pass" /><input type="submit" value="Đăng nhập" /></form>'))
    non_articles.append("/user/login")

    # pages: about (a node with a date), organisation chart, documents view, contact
    about = Art(2, "Giới thiệu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng", datetime(2021, 6, 15, 10, 5, tzinfo=kit.VN), "Phòng Tổng hợp", [
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng được thành lập năm 1995, là tổ chức chính trị - xã hội của trí thức khoa học và công nghệ tỉnh Lâm Đồng, thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.",
        "Trên địa bàn có nhiều thế mạnh về nông nghiệp công nghệ cao, rau, hoa, cà phê và dược liệu, Liên hiệp Hội tỉnh xác định hoạt động tư vấn, phản biện và chuyển giao tiến bộ kỹ thuật cho nông dân là nhiệm vụ trọng tâm, gắn với phát triển bền vững vùng Tây Nguyên.",
        "Sau khi sắp xếp đơn vị hành chính năm 2025, Liên hiệp Hội tỉnh Lâm Đồng hợp nhất với các liên hiệp hội tỉnh Đắk Nông và Bình Thuận, tập hợp gần 60 hội thành viên với hơn 80.000 hội viên hoạt động trên nhiều lĩnh vực.",
        "Liên hiệp Hội tỉnh luôn mong muốn nhận được sự đồng hành của các nhà khoa học, doanh nghiệp và người dân để cùng xây dựng Lâm Đồng phát triển nhanh và bền vững."],
        cat="page", extra={"alias": "/gioi-thieu"})
    add("/gioi-thieu", _shell(night, title=about.title, main=_node(about, night).replace("node--type-article", "node--type-page"), node=2))
    add("/node/2", _shell(night, title=about.title, main=_node(about, night).replace("node--type-article", "node--type-page"), node=2))
    add("/co-cau-to-chuc", _shell(night, title="Cơ cấu tổ chức", node=3, main='<article class="node node--type-page"><h1 class="page-title">Cơ cấu tổ chức</h1>'
        '<div class="field field--name-body"><p><img src="/sites/default/files/so-do-to-chuc.jpg" alt="Sơ đồ tổ chức" /></p><table><tr><th>Chức vụ</th><th>Họ và tên</th></tr>'
        '<tr><td>Chủ tịch</td><td>TS. K\'Brơi Ha Liên</td></tr><tr><td>Phó Chủ tịch</td><td>ThS. Phan Văn Hiếu</td></tr><tr><td>Phó Chủ tịch</td><td>KS. Trần Thị Ngọc Dung</td></tr>'
        '<tr><td>Chánh Văn phòng</td><td>CN. Ma Thị Thùy</td></tr></table></div></article>'))
    docs = [("Kế hoạch hoạt động năm 2026", date(2026, 1, 20), "ke-hoach-2026.pdf"), ("Quy chế làm việc của Ban Chấp hành khóa VI", date(2025, 11, 3), "quy-che-bch-khoa-vi.pdf"),
            ("Thông báo tuyển chọn giải pháp dự thi sáng tạo kỹ thuật", date(2026, 9, 9), "thong-bao-stkt.pdf")]
    add("/van-ban", _shell(night, title="Văn bản", main='<div class="view view-van-ban"><table class="views-table"><thead><tr><th>Tên văn bản</th><th>Ngày ban hành</th><th>Tệp</th></tr></thead><tbody>'
        + "".join(f'<tr><td>{esc(t)}</td><td><time datetime="{d.isoformat()}">{kit.dmy(d)}</time></td><td><a href="/sites/default/files/van-ban/{f}" type="application/pdf">{f}</a></td></tr>' for t, d, f in docs)
        + "</tbody></table></div>"))
    for t, _d, f in docs:
        routes[f"/sites/default/files/van-ban/{f}"] = kit.pdf(t)
    add("/lien-he", _shell(night, title="Liên hệ", main='<form class="contact-message-feedback-form" action="/lien-he" method="post"><input name="name" /><input name="mail" /><textarea name="message[0][value]"></textarea><input type="submit" value="Gửi tin nhắn" /></form>'))
    add("/search/node?keys=c%C3%A0%20ph%C3%AA", _shell(night, title="Tìm kiếm", main="<h2>Kết quả tìm kiếm</h2><ol class='search-results'></ol>"))

    # feed: the front page's ten newest, teasers only
    items = [{"title": a.title, "link": base + alias(a), "guid": f"{a.num} at {base}", "pubDate": a.published, "creator": USERS.get(a.author, "admin"),
              "description": f"<p>{esc(a.paragraphs[0])}</p>"} for a in live[:10]]
    routes["/rss.xml"] = kit.xml(kit.rss(SITE_NAME, base + "/", items))
    # xmlsitemap: every node (articles, bulletins, pages), lastmod = changed
    entries = [(base + "/", kit.w3c(kit.now(night)))]
    entries += [(base + alias(a), kit.w3c(a.modified(night))) for a in live + bulletins]
    entries += [(base + "/gioi-thieu", kit.w3c(about.published)), (base + "/co-cau-to-chuc", "2021-06-15T10:12:00+07:00")]
    routes["/sitemap.xml"] = kit.xml(kit.urlset(entries))
    disallowed = ["/core/", "/profiles/", "/README.txt", "/web.config", "/admin/", "/comment/reply/", "/filter/tips", "/node/add/", "/search/",
                  "/user/register/", "/user/password/", "/user/login/", "/user/logout/", "/index.php/admin/", "/index.php/comment/reply/",
                  "/index.php/filter/tips", "/index.php/node/add/", "/index.php/search/", "/index.php/user/password/", "/index.php/user/register/",
                  "/index.php/user/login/", "/index.php/user/logout/"]
    routes["/robots.txt"] = kit.robots(["#", "# robots.txt", "#", "# This file is to prevent the crawling and indexing of certain parts",
                                        "# of your site by web crawlers and spiders run by sites like Yahoo!", "# and Google.", "#",
                                        "User-agent: *", "# Lowered from Drupal 7's 10 seconds by the site's administrator", "Crawl-delay: 1",
                                        "# CSS, JS, Images", "Allow: /core/*.css$", "Allow: /core/*.js$", "# Directories"]
                                       + [f"Disallow: {d}" for d in disallowed])
    not_found = _shell(night, title="Không tìm thấy trang", main='<h1 class="page-title">Không tìm thấy trang</h1><p>Không tìm thấy trang yêu cầu.</p>')
    page_rx = re.compile(r"^(/|/node|/tin-tuc|/taxonomy/term/\d+)\?page=(\d+)$")

    def fallback(request):
        m = page_rx.match(request.path)
        if m and m.group(2) == "0" and m.group(1) in routes:  # ?page=0 is the first page
            return routes[m.group(1)] if not callable(routes[m.group(1)]) else routes[m.group(1)](request)
        if request.path.startswith("/user/login?destination="):
            return routes["/user/login"]
        return kit.Response(not_found, status=404)
    routes["*"] = fallback

    ch = kit.changes(arts, night, alias)
    gold = kit.golds(arts, night, alias, aliases_of=lambda a: [f"/node/{a.num}"], reach_of=lambda a: reach.get(a.num, "pager-deep"))
    gold += kit.golds(bulletins, night, alias, aliases_of=lambda a: [f"/node/{a.num}"], reach_of=lambda a: "sitemap-only")
    for g in gold:  # the byline the site shows is the Drupal account
        src = next(a for a in arts + bulletins if alias(a) == g.path)
        g.author = _author_of(src)
    return EvalSite(name=NAME, family="drupal", routes=routes, articles=gold, non_articles=non_articles, disallowed=disallowed,
                    boilerplate=BOILERPLATE, new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
