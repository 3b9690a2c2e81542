"""National union portal in the style of vusta.vn.

Articles at /<slug>-p<N>.html; listings /<category-slug>.html?page=N (8 to a page); the
article header "Thứ ba, 03/01/2023 14:23 (GMT+7)", images whose caption block prints the
literal placeholder "tm-img-alt"; inside the article container, after the body, "Xem Thêm"
and "Tin mới" boxes whose items carry the full lead paragraph of another article (real prose
that is not this article's). Most news are cross-posts of provincial news titled
"Bình Định: …"; two are copies of aspnet_news articles ("Bình Thuận: …", same body). A
sitemap index (/sitemap.xml) with one child per year; its <lastmod> values are local time
without an offset (2026-11-12T09:30:00); some edits bump them, others do not. A "Tư liệu"
section is linked from no page: its articles are reachable only from the sitemap. One long
report is split over three pages (?page=2, ?page=3 inside the article). ETags follow the
content. Deleted articles answer 404 and leave the sitemap.
"""

from __future__ import annotations

import random
from datetime import timedelta

from tests.siteserver import Request, Response

from . import aspnet_news
from ._b_common import (
    NIGHT0,
    Counter,
    Edit,
    Router,
    Story,
    day_before,
    dmy,
    esc,
    etag_of,
    night_changes,
    now_of,
    paras_html,
    spread_dates,
    weekday,
)
from ._b_prose import Prose, slugify
from .model import EvalSite, Gold

NAME = "national_portal"
BRAND = "Liên hiệp các hội và khoa học kỹ thuật Việt Nam"
SITE_TITLE = "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"
PROVINCES = {
    "Bình Định": ["thị xã An Nhơn", "huyện Tuy Phước", "huyện Phù Cát", "thị xã Hoài Nhơn", "huyện Tây Sơn"],
    "Đắk Lắk": ["thành phố Buôn Ma Thuột", "huyện Krông Pắc", "huyện Ea Kar", "thị xã Buôn Hồ", "huyện Cư M'gar"],
    "Phú Yên": ["thành phố Tuy Hòa", "thị xã Sông Cầu", "huyện Tuy An", "huyện Đồng Xuân", "thị xã Đông Hòa"],
    "Ninh Thuận": ["thành phố Phan Rang – Tháp Chàm", "huyện Ninh Hải", "huyện Ninh Phước", "huyện Bác Ái", "huyện Thuận Nam"],
    "Quảng Trị": ["thành phố Đông Hà", "huyện Hải Lăng", "huyện Gio Linh", "huyện Hướng Hóa", "huyện Vĩnh Linh"],
    "Hà Tĩnh": ["thành phố Hà Tĩnh", "huyện Can Lộc", "huyện Thạch Hà", "thị xã Kỳ Anh", "huyện Hương Khê"],
    "Gia Lai": ["thành phố Pleiku", "thị xã An Khê", "huyện Chư Sê", "huyện Đức Cơ", "huyện Ia Grai"],
    "Long An": ["thành phố Tân An", "huyện Đức Hòa", "huyện Cần Giuộc", "thị xã Kiến Tường", "huyện Bến Lức"],
}
CATS = {
    "lien-hiep-hoi-dia-phuong": "Liên hiệp hội địa phương",
    "tu-van-phan-bien": "Tư vấn – Phản biện",
    "hoi-thanh-vien": "Hội thành viên",
    "pho-bien-kien-thuc": "Phổ biến kiến thức",
    "tu-lieu": "Tư liệu",  # linked from nowhere: sitemap only
}
MENU_CATS = [c for c in CATS if c != "tu-lieu"]
PAGE = 8
LOCAL_KINDS = ["tong_ket", "hoi_thao", "tap_huan", "hoi_thi", "thieu_nhi", "ton_vinh",
               "lam_viec", "chuyen_giao", "hoi_thao"]
NEW_PER_NIGHT = [2, 3, 1, 2, 1, 2, 2]
EDITS = [(1, True), (2, False), (4, True), (6, False), (7, True)]
DELETIONS = [3, 6]


def _stories() -> list[Story]:
    rng = random.Random(8501)
    proses = {p: Prose(8600 + i, p, places) for i, (p, places) in enumerate(PROVINCES.items())}
    proses["Bình Định"].knowledge = ["dot_quy", "rac_nhua"]
    provinces = list(PROVINCES)
    plan = ([("lien-hiep-hoi-dia-phuong", k) for k in LOCAL_KINDS * 3][:23]
            + [("tu-van-phan-bien", "phan_bien")] * 7
            + [("hoi-thanh-vien", k) for k in ["dai_hoi", "cong_dong", "tap_huan", "dai_hoi"] * 2]
            + [("pho-bien-kien-thuc", k) for k in ["kien_thuc", "chuyen_giao", "kien_thuc"]])
    rng.shuffle(plan)
    dates = spread_dates(rng, len(plan), NIGHT0.replace(year=2021, month=1, day=5),
                         NIGHT0.replace(day=9, hour=0))
    stories: list[Story] = []
    authors = ["Phương Linh", "Hà Anh", None, "Minh Khôi", "Thu Hà"]

    def add(cat: str, kind: str, when, appears: int = 0, length: str | None = None) -> Story:
        prov = rng.choice(provinces)
        prose = proses["Bình Định"] if kind == "kien_thuc" else proses[prov]
        body = prose.story(kind, when, length=length or rng.choice(["short", "normal", "normal", "long"]))
        title = body.title
        if cat in ("lien-hiep-hoi-dia-phuong", "tu-van-phan-bien") and kind != "kien_thuc":
            title = f"{prov}: {title}"
            author = rng.choice([f"Liên hiệp hội {prov}", rng.choice(authors)])
        else:
            author = rng.choice(authors)
        s = Story(0, cat, kind, when, title, body.paragraphs, author, body.captions, appears=appears)
        s.extra["prov"] = prov
        stories.append(s)
        return s

    for (cat, kind), when in zip(plan, dates, strict=True):
        add(cat, kind, when)
    # the Tư liệu section: old long pieces, in the sitemap only
    for when in spread_dates(rng, 4, NIGHT0.replace(year=2019, month=3, day=1),
                             NIGHT0.replace(year=2020, month=12, day=1)):
        add("tu-lieu", rng.choice(["tong_ket", "hoi_thao", "phan_bien"]), when, length="long")
    # a long report over three pages
    rep = add("lien-hiep-hoi-dia-phuong", "tong_ket", NIGHT0.replace(year=2025, month=1, day=14, hour=15),
              length="long")
    extra = proses[rep.extra["prov"]].story("tong_ket", rep.published, length="long").paragraphs[1:]
    rep.paragraphs = rep.paragraphs + extra
    rep.pages = 3
    # copies of two Bình Thuận articles (aspnet_news)
    for src_path, src in aspnet_news.crossposts():
        s = Story(0, "lien-hiep-hoi-dia-phuong", src.kind, src.published + timedelta(days=2, hours=1),
                  f"Bình Thuận: {src.title}", list(src.paragraphs), "Liên hiệp hội Bình Thuận",
                  list(src.captions))
        s.extra["copy_of"] = src_path
        stories.append(s)
    stories.sort(key=lambda s: s.published)
    ident = 86_120
    for s in stories:
        ident += rng.randint(3, 160)
        s.id = ident
    # the nights
    order = ["lien-hiep-hoi-dia-phuong", "lien-hiep-hoi-dia-phuong", "tu-van-phan-bien",
             "hoi-thanh-vien", "lien-hiep-hoi-dia-phuong"]
    for night, count in enumerate(NEW_PER_NIGHT, start=1):
        for j in range(count):
            cat = order[(night + j) % len(order)]
            kind = {"tu-van-phan-bien": "phan_bien", "hoi-thanh-vien": "dai_hoi"}.get(cat, rng.choice(LOCAL_KINDS))
            s = add(cat, kind, day_before(night, rng.choice([8, 10, 14, 16]), rng.randrange(60)),
                    appears=night, length=rng.choice(["short", "normal"]))
            ident += rng.randint(20, 140)
            s.id = ident
    protect = {s.id for s in stories if s.pages > 1 or "copy_of" in s.extra}
    taken = set(protect)
    any_prose = proses["Hà Tĩnh"]
    for night, signalled in EDITS:
        pool = sorted((s for s in stories if s.appears < night and s.id not in taken
                       and s.cat != "tu-lieu"), key=lambda s: s.published)
        s = rng.choice(pool[-12:] if rng.random() < 0.5 else pool[:-12])
        taken.add(s.id)
        s.edits.append(Edit(night, any_prose.paragraph(s.kind, day_before(night, 15)),
                            None if rng.random() < 0.5 else rng.randrange(1, len(s.paragraphs)),
                            signalled, hour=rng.choice([10, 16])))
    for night in DELETIONS:
        pool = [s for s in stories if s.appears < night and s.id not in taken]
        s = rng.choice(pool)
        taken.add(s.id)
        s.deleted = night
    for s in stories:
        s.extra["slug"] = slugify(s.title, 120)
    return stories


def path_of(s: Story) -> str:
    return f"/{s.extra['slug']}-p{s.id}.html"


def local(dt) -> str:
    """Sitemap time as this CMS writes it: local time, no offset."""
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


class Site:
    def __init__(self, base_url: str, night: int):
        self.base = base_url
        self.night = night
        self.now = now_of(night)
        self.stories = _stories()
        self.live = sorted((s for s in self.stories if s.live(night)),
                           key=lambda s: s.published, reverse=True)
        self.by_id = {s.id: s for s in self.live}
        self.counter = Counter(48_771_205, night, 21_000)
        self.listed = [s for s in self.live if s.cat != "tu-lieu"]

    def cat_items(self, cat: str) -> list[Story]:
        return [s for s in self.live if s.cat == cat]

    def see_also(self, s: Story) -> list[Story]:
        pool = [o for o in self.cat_items(s.cat)[:10] if o.id != s.id] if s.cat != "tu-lieu" else []
        rng = random.Random(s.id)
        return rng.sample(pool, min(2, len(pool)))

    def shell(self, title: str, main: str, *, description: str = "") -> str:
        menu = "".join(f'<li><a href="/{c}.html">{esc(CATS[c])}</a></li>' for c in MENU_CATS)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title><meta name="description" content="{esc(description)}" />
<link rel="stylesheet" href="/assets/css/app.min.css" /></head>
<body>
<div class="top-bar"><div class="container"><span class="today">{weekday(self.now)}, {dmy(self.now)}</span>
<a href="https://en.vusta.vn">English</a> <a href="/tim-kiem.html?q=">Tìm kiếm</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/assets/images/logo.png" alt="VUSTA" /></a>
<div class="brand">{BRAND}</div></div>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/gioi-thieu.html">Giới thiệu</a></li></ul></nav></header>
<main class="container">{main}</main>
<footer class="footer"><div class="container">
<p>Cơ quan chủ quản: {SITE_TITLE}</p>
<p>Giấy phép số 143/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp</p>
<p>Địa chỉ: 53 Nguyễn Du, Hai Bà Trưng, Hà Nội – Điện thoại: 024.3943.2206 – Email: <a href="mailto:vusta@vusta.vn">vusta@vusta.vn</a></p>
<p>Lượt truy cập: {self.counter.hit():,}</p></div></footer>
</body></html>"""

    def card(self, s: Story, lead: bool = False) -> str:
        text = f'<p class="sapo">{esc(s.text(self.night)[0])}</p>' if lead else ""
        return (f'<article class="story"><a class="thumb" href="{path_of(s)}"><img src="/uploads/{s.published:%Y/%m/%d}/{s.id}.jpg" alt="tm-img-alt" /></a>'
                f'<h3 class="story__title"><a href="{path_of(s)}">{esc(s.title)}</a></h3>'
                f'<span class="story__time">{dmy(s.published)}</span>{text}</article>')

    def home(self, request: Request) -> Response:
        top = self.listed[:5]
        blocks = "".join(f'<section class="box-cat"><h2><a href="/{c}.html">{esc(CATS[c])}</a></h2>'
                         + "".join(self.card(s) for s in self.cat_items(c)[:4]) + "</section>"
                         for c in MENU_CATS)
        main = (f'<section class="featured">{self.card(top[0], True)}{"".join(self.card(s) for s in top[1:])}</section>{blocks}')
        return Response(self.shell(SITE_TITLE, main), etag=etag_of("home", [(s.id, s.version(self.night)) for s in self.listed]))

    def listing(self, request: Request, cat: str, query: dict) -> Response:
        items = self.cat_items(cat)
        pages = max(1, -(-len(items) // PAGE))
        try:
            page = int(query.get("page", "1"))
        except ValueError:
            page = 1
        if page < 1 or page > pages:
            return self.not_found(request)
        chunk = items[(page - 1) * PAGE: page * PAGE]
        nav = " ".join(f'<span class="active">{i}</span>' if i == page else f'<a href="/{cat}.html?page={i}">{i}</a>'
                       for i in range(max(1, page - 3), min(pages, page + 3) + 1))
        if page < pages:
            nav += f' <a class="next" href="/{cat}.html?page={page + 1}">›</a>'
        main = (f'<h1 class="cat-title">{esc(CATS[cat])}</h1><section class="list">'
                + "".join(self.card(s, True) for s in chunk) + f'</section><div class="pagination">{nav}</div>')
        return Response(self.shell(f"{CATS[cat]} - {SITE_TITLE}", main),
                        etag=etag_of(cat, page, [(s.id, s.version(self.night)) for s in chunk]))

    def article(self, request: Request, ident: int, query: dict) -> Response:
        s = self.by_id.get(ident)
        if s is None:
            return self.not_found(request)
        parts = s.page_split(self.night)
        try:
            page = int(query.get("page", "1"))
        except ValueError:
            page = 1
        page = min(max(page, 1), len(parts))
        paras = parts[page - 1]
        first = page == 1

        def para(t: str) -> str:
            return f'<p style="text-align:justify">{esc(t)}</p>'

        def figure(cap: str, n: int) -> str:
            return (f'<figure class="tm-img"><img src="/uploads/{s.published:%Y/%m/%d}/{s.id}-{n}.jpg" alt="tm-img-alt" />'
                    f'<figcaption class="tm-img-alt">tm-img-alt</figcaption></figure>'
                    f'<p class="img-caption" style="text-align:center"><em>{esc(cap)}</em></p>')

        if first:
            sapo = f'<div class="sapo"><strong>{esc(paras[0])}</strong></div>'
            caps = [(i - 1, c) for i, c in s.captions if 1 <= i < len(paras)]
            body = paras_html(paras[1:], caps, para, figure)
        else:
            sapo = ""
            body = paras_html(paras, [], para, figure)
        pager = ""
        if len(parts) > 1:
            links = " ".join(f"<b>{i}</b>" if i == page else f'<a href="{path_of(s)}' + (f'?page={i}' if i > 1 else "") + f'">{i}</a>'
                             for i in range(1, len(parts) + 1))
            pager = f'<div class="article-pages">Trang {links}'
            if page < len(parts):
                pager += f' <a href="{path_of(s)}?page={page + 1}">Trang {page + 1} »</a>'
            pager += "</div>"
        more = "".join(f'<div class="item"><h4><a href="{path_of(o)}">{esc(o.title)}</a></h4><p>{esc(o.text(self.night)[0])}</p></div>'
                       for o in self.see_also(s))
        newest = "".join(f'<div class="item"><h4><a href="{path_of(o)}">{esc(o.title)}</a></h4><p>{esc(o.text(self.night)[0])}</p></div>'
                         for o in [o for o in self.listed[:7] if o.id != s.id][:6])
        author = f'<p class="author" style="text-align:right"><strong>{esc(s.author)}</strong></p>' if s.author and page == len(parts) else ""
        crumb = f'<a href="/{s.cat}.html">{esc(CATS[s.cat])}</a>' if s.cat != "tu-lieu" else esc(CATS[s.cat])
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › {crumb}</div>
<div class="detail">
<div class="detail__brand">{BRAND}</div>
<div class="detail__time">{weekday(s.published)}, {dmy(s.published)} {s.published:%H:%M} (GMT+7)</div>
<h1 class="detail__title">{esc(s.title)}</h1>
<div class="detail__content">
{sapo}
{body}
{pager}
{author}
<div class="box-xemthem"><h3>Xem Thêm</h3>{more}</div>
<div class="box-tinmoi"><h3>Tin mới</h3>{newest}</div>
</div>
<div class="detail__share"><a href="https://www.facebook.com/sharer/sharer.php?u={self.base}{path_of(s)}">Chia sẻ</a> <a href="javascript:window.print()">In bài</a></div>
</div>"""
        return Response(self.shell(f"{s.title} - {SITE_TITLE}", main, description=s.text(self.night)[0][:200]),
                        etag=etag_of(s.id, page, s.version(self.night)))

    def about(self, request: Request) -> Response:
        main = """<h1 class="cat-title">Giới thiệu</h1><div class="detail__content">
<p>Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (VUSTA) là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ Việt Nam, được thành lập ngày 26 tháng 3 năm 1983.</p>
<p>Hiện nay, Liên hiệp hội Việt Nam có hơn 150 hội ngành toàn quốc, 63 liên hiệp hội địa phương và hơn 500 tổ chức khoa học và công nghệ trực thuộc.</p></div>"""
        return Response(self.shell(f"Giới thiệu - {SITE_TITLE}", main))

    def sitemap_index(self, request: Request) -> Response:
        years = sorted({s.published.year for s in self.live}, reverse=True)
        rows = "".join(f"<sitemap><loc>{self.base}/sitemaps/sitemap-post-{y}.xml</loc><lastmod>{local(max(self.shown(s) for s in self.live if s.published.year == y))}</lastmod></sitemap>\n"
                       for y in years)
        rows += f"<sitemap><loc>{self.base}/sitemaps/sitemap-category.xml</loc><lastmod>{local(self.now.replace(hour=0, minute=0))}</lastmod></sitemap>\n"
        return Response('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                        + rows + "</sitemapindex>\n", content_type="application/xml; charset=utf-8")

    def shown(self, s: Story):
        return max([s.published] + [e.when() for e in s.edits if e.night <= self.night and e.signalled])

    def sitemap_year(self, request: Request, year: int) -> Response | None:
        items = [s for s in self.live if s.published.year == year]
        if not items:
            return None
        rows = "".join(f"<url><loc>{self.base}{path_of(s)}</loc><lastmod>{local(self.shown(s))}</lastmod></url>\n" for s in items)
        return Response('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                        + rows + "</urlset>\n", content_type="application/xml; charset=utf-8")

    def sitemap_cats(self, request: Request) -> Response:
        rows = "".join(f"<url><loc>{self.base}/{c}.html</loc><changefreq>hourly</changefreq></url>\n" for c in MENU_CATS)
        return Response('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                        f"<url><loc>{self.base}/</loc><changefreq>hourly</changefreq></url>\n" + rows + "</urlset>\n",
                        content_type="application/xml; charset=utf-8")

    def not_found(self, request: Request) -> Response:
        return Response(self.shell("Không tìm thấy trang", '<div class="error-404"><h1>404</h1><p>Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p><a href="/">Về trang chủ</a></div>'),
                        status=404)


def build_site(base_url: str, night: int) -> EvalSite:
    site = Site(base_url, night)
    router = Router(site.not_found)
    robots = ("User-agent: *\nDisallow: /tim-kiem.html\nDisallow: /admin/\nDisallow: /api/\n\n"
              f"Sitemap: {base_url}/sitemap.xml\n")
    router.add("/robots.txt", Response(robots, content_type="text/plain"))
    router.add("/", site.home)
    router.add("/gioi-thieu.html", site.about)
    router.add("/sitemap.xml", site.sitemap_index)
    router.add("/sitemaps/sitemap-category.xml", site.sitemap_cats)
    router.pattern(r"/sitemaps/sitemap-post-(\d{4})\.xml", lambda r, m, q: site.sitemap_year(r, int(m.group(1))))
    for c in CATS:
        router.add(f"/{c}.html", lambda r, c=c: site.listing(r, c, {}))
    router.pattern(r"/([a-z\-]+)\.html", lambda r, m, q: site.listing(r, m.group(1), q) if m.group(1) in CATS else None)
    router.pattern(r"/[a-z0-9\-]+-p(\d+)\.html", lambda r, m, q: site.article(r, int(m.group(1)), q))
    router.pattern(r"/tim-kiem\.html", lambda r, m, q: Response(site.shell("Tìm kiếm", "<p>Không có kết quả.</p>")))

    visible = {s.id for s in site.listed[:7]}
    for c in MENU_CATS:
        top = site.cat_items(c)
        visible |= {s.id for s in top[:max(PAGE, 10)]}
    golds = []
    for s in site.live:
        reach = "sitemap-only" if s.cat == "tu-lieu" else ("listing" if s.id in visible else "pager-deep")
        golds.append(Gold(path_of(s), s.title, s.published.date().isoformat(), s.author,
                          s.text(night), [], reach))
    ch = night_changes(site.stories, night, path_of, deletion_signalled=True)
    non_articles = ["/", "/gioi-thieu.html", "/tu-lieu.html"]
    for c in MENU_CATS:
        pages = max(1, -(-len(site.cat_items(c)) // PAGE))
        non_articles += [f"/{c}.html"] + [f"/{c}.html?page={i}" for i in range(2, pages + 1)]
    return EvalSite(
        name=NAME, family="national-portal", routes=router.routes(), articles=golds,
        non_articles=non_articles, disallowed=["/tim-kiem.html", "/admin/", "/api/"],
        boilerplate=["tm-img-alt", "(GMT+7)", "Xem Thêm", "Lượt truy cập:", BRAND,
                     "Giấy phép số 143/GP-TTĐT", "53 Nguyễn Du"],
        new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
