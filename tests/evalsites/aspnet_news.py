"""ASP.NET custom portal of a provincial union (Bình Thuận-like), the wrong-clock server.

Articles at /News/<cat>/<yyyy>/<mm>/<N>.aspx; the mobile version serves the same article at
/mnews.aspx?id=N. Listings /News/<cat>.aspx?page=N, 5 to a page; past the last page the
pager keeps answering the last page with a "Trang sau" link to the next number, forever.
robots.txt has `Crawl-delay: 1` and a Sitemap line. Every Last-Modified header and every
sitemap <lastmod> is ONE YEAR behind the true date (the server's clock is wrong), though
they still move when the content does; some edits do not touch the sitemap lastmod.
Static pages (Giới thiệu, Cơ cấu tổ chức) have article-shaped URLs and dates and are in the
sitemap. Deleted articles answer 410 and leave the sitemap.
"""

from __future__ import annotations

import random
import re
from datetime import timedelta

from tests.siteserver import Request, Response

from ._b_common import (
    NIGHT0,
    Counter,
    Router,
    Story,
    dmy,
    esc,
    first_sentence,
    http_date,
    make_stories,
    night_changes,
    now_of,
    paras_html,
    schedule,
    spread_dates,
    weekday,
)
from ._b_prose import Prose
from .model import EvalSite, Gold

NAME = "aspnet_news"
SITE_TITLE = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Thuận"
PLACES = ["thành phố Phan Thiết", "thị xã La Gi", "huyện Tuy Phong", "huyện Bắc Bình",
          "huyện Hàm Thuận Bắc", "huyện Hàm Thuận Nam", "huyện Hàm Tân", "huyện Đức Linh",
          "huyện Tánh Linh", "huyện Phú Quý"]
CATS = {
    "tintuc": ("Tin tức – Sự kiện", ["tong_ket", "hoi_thao", "tap_huan", "lam_viec", "hoi_thi",
                                      "thieu_nhi", "hoi_thao"]),
    "hoatdonghoi": ("Hoạt động các hội thành viên", ["dai_hoi", "chuyen_giao", "cong_dong"]),
    "tuvanphanbien": ("Tư vấn – Phản biện", ["phan_bien"]),
    "xetchontonvinhtrithuc": ("Tôn vinh trí thức", ["ton_vinh"]),
    "caulacbotrithuc": ("Câu lạc bộ trí thức", ["hoi_thao", "tap_huan"]),
}
COUNTS = {"tintuc": 24, "hoatdonghoi": 9, "tuvanphanbien": 5, "xetchontonvinhtrithuc": 3,
          "caulacbotrithuc": 3}
PAGE = 5
AUTHORS = ["Thanh Sơn", "Ngọc Hân", "Lê Hùng", "Văn phòng Liên hiệp hội", None, "Thanh Sơn"]
NEW_PER_NIGHT = [1, 2, 0, 1, 2, 1, 1]
EDITS = [(1, True), (3, False), (5, True), (6, False)]
DELETIONS = [2, 6]
CLOCK_SKEW = timedelta(days=365)
STATIC = {  # path: (title, date, paragraphs)
    "/News/gioithieu/gioithieuchung/2013/03/6.aspx": ("Giới thiệu chung", NIGHT0.replace(year=2013, month=3, day=18, hour=9), [
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Thuận được thành lập theo Quyết định số 2151/QĐ-UBND ngày 05/10/1994 của UBND tỉnh, là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ tỉnh Bình Thuận.",
        "Liên hiệp hội có nhiệm vụ tập hợp, đoàn kết, phát huy năng lực của đội ngũ trí thức; tư vấn, phản biện và giám định xã hội; phổ biến kiến thức khoa học và công nghệ; tham gia đào tạo, bồi dưỡng nhân tài; bảo vệ quyền và lợi ích hợp pháp của hội viên.",
        "Hiện nay Liên hiệp hội có 26 hội thành viên, 14 hội viên tập thể và 3 đơn vị trực thuộc với tổng số gần 19.000 hội viên.",
    ]),
    "/News/gioithieu/cocautochuc/2013/03/7.aspx": ("Cơ cấu tổ chức", NIGHT0.replace(year=2013, month=3, day=18, hour=9), [
        "Chủ tịch: TS. Lương Thanh Sơn.", "Phó Chủ tịch kiêm Tổng Thư ký: ThS. Nguyễn Văn Phú.",
        "Các ban: Văn phòng; Ban Tư vấn, phản biện và giám định xã hội; Ban Khoa học – Công nghệ và Hội thi; Ban Tổ chức – Kiểm tra.",
        "Đơn vị trực thuộc: Trung tâm Hỗ trợ phát triển cộng đồng; Trung tâm Nghiên cứu và Ứng dụng khoa học kỹ thuật; Câu lạc bộ Trí thức.",
    ]),
    "/News/gioithieu/chucnangnhiemvu/2013/03/8.aspx": ("Chức năng, nhiệm vụ", NIGHT0.replace(year=2013, month=3, day=19, hour=10), [
        "Liên hiệp hội thực hiện chức năng tập hợp, đoàn kết trí thức khoa học và công nghệ; điều hòa, phối hợp hoạt động của các hội thành viên; làm đầu mối giữa các hội thành viên với cơ quan Đảng và Nhà nước.",
        "Nhiệm vụ chủ yếu: tư vấn, phản biện và giám định xã hội; phổ biến kiến thức; tổ chức Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng; tôn vinh trí thức.",
    ]),
}


def _stories() -> list[Story]:
    rng = random.Random(5201)
    prose = Prose(5202, "Bình Thuận", PLACES)
    plan = []
    for cat, n in COUNTS.items():
        kinds = CATS[cat][1]
        plan += [(cat, kinds[i % len(kinds)]) for i in range(n)]
    rng.shuffle(plan)
    dates = spread_dates(rng, len(plan), NIGHT0.replace(year=2019, month=3, day=2),
                         NIGHT0.replace(day=9, hour=0))
    stories = make_stories(prose, rng, plan, dates, AUTHORS, first_id=1021,
                           id_step=lambda r: r.randint(4, 30))
    protect = {s.id for s in crosspost_pick(stories)}
    new_cats = ["tintuc", "hoatdonghoi", "tintuc", "tuvanphanbien", "tintuc", "caulacbotrithuc"]
    stories = schedule(rng, stories, prose, new_per_night=NEW_PER_NIGHT,
                       new_plan=lambda n, j: _new_kind(rng, new_cats[(n + j) % len(new_cats)]),
                       edits=EDITS, deletions=DELETIONS, authors=AUTHORS,
                       id_step=lambda r: r.randint(1, 4), protect=protect)
    for s in stories:
        s.extra["views"] = rng.randint(30, 1800)
    return stories


def _new_kind(rng: random.Random, cat: str) -> tuple[str, str]:
    return cat, rng.choice(CATS[cat][1])


def crosspost_pick(stories: list[Story]) -> list[Story]:
    """Two news items the national portal re-publishes as 'Bình Thuận: …'."""
    recent = [s for s in stories if s.cat == "tintuc" and s.published.year >= 2024]
    return recent[-6:-4] if len(recent) >= 6 else recent[:2]


def crossposts() -> list[tuple[str, Story]]:
    """(path on this site, story) of the cross-posted items, for national_portal."""
    stories = _stories()
    return [(path_of(s), s) for s in crosspost_pick([s for s in stories if s.appears == 0])]


def path_of(s: Story) -> str:
    return f"/News/{s.cat}/{s.published.year}/{s.published.month:02d}/{s.id}.aspx"


def _lm(dt) -> str:
    return http_date(dt - CLOCK_SKEW)


def _lastmod(dt) -> str:
    return (dt - CLOCK_SKEW).isoformat(timespec="seconds")


class Site:
    def __init__(self, base_url: str, night: int):
        self.base = base_url
        self.night = night
        self.now = now_of(night)
        self.stories = _stories()
        self.live = sorted((s for s in self.stories if s.live(night)),
                           key=lambda s: s.published, reverse=True)
        self.by_id = {s.id: s for s in self.live}
        self.gone = {s.id for s in self.stories if s.appears <= night and not s.live(night)}
        self.counter = Counter(1_204_377, night, 900)
        self.popular = [self.live[i] for i in (4, 8, 13, 21) if i < len(self.live)]

    def cat_items(self, cat: str) -> list[Story]:
        return [s for s in self.live if s.cat == cat]

    def page(self, title: str, main: str) -> str:
        menu = "".join(f'<li><a href="/News/{c}.aspx">{esc(v[0])}</a></li>' for c, v in CATS.items())
        popular = "".join(f'<li><a href="{path_of(s)}">{esc(s.title)}</a></li>' for s in self.popular)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8" /><title>{esc(title)}</title>
<link rel="stylesheet" href="/Styles/site.css" /></head>
<body>
<form method="post" action="" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEwMDUyNjYzMjhkZA==" /></div>
<div id="top"><span class="date">{weekday(self.now)}, ngày {self.now.day} tháng {self.now.month} năm {self.now.year}</span>
 <a href="/m/Default.aspx">Phiên bản di động</a> | <a href="/TimKiem.aspx">Tìm kiếm</a></div>
<div id="banner"><a href="/"><img src="/Images/banner_lhh.jpg" alt="{esc(SITE_TITLE)}" /></a></div>
<div id="nav"><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/News/gioithieu/gioithieuchung/2013/03/6.aspx">Giới thiệu</a><ul>
<li><a href="/News/gioithieu/gioithieuchung/2013/03/6.aspx">Giới thiệu chung</a></li>
<li><a href="/News/gioithieu/cocautochuc/2013/03/7.aspx">Cơ cấu tổ chức</a></li>
<li><a href="/News/gioithieu/chucnangnhiemvu/2013/03/8.aspx">Chức năng, nhiệm vụ</a></li></ul></li>
{menu}<li><a href="/LienHe.aspx">Liên hệ</a></li></ul></div>
<div id="body"><div id="left">{main}</div>
<div id="right"><div class="box"><h3>Tin đọc nhiều</h3><ul>{popular}</ul></div>
<div class="box"><h3>Thống kê truy cập</h3><p>Đang online: {random.randint(5, 60)}</p><p>Hôm nay: {900 + self.night * 13 + random.randint(0, 40)}</p><p>Đã truy cập: {self.counter.hit()}</p></div>
<div class="box"><h3>Liên kết</h3><ul><li><a href="https://vusta.vn">Liên hiệp hội Việt Nam</a></li><li><a href="http://www.binhthuan.gov.vn">Cổng thông tin tỉnh Bình Thuận</a></li></ul></div></div></div>
<div id="footer"><p>{esc(SITE_TITLE)}</p><p>Địa chỉ: 16 Nguyễn Tất Thành, Phan Thiết, Bình Thuận. ĐT: (0252) 3821 546</p>
<p>Email: <a href="mailto:lhhbinhthuan@gmail.com">lhhbinhthuan@gmail.com</a></p></div>
</form></body></html>"""

    def item(self, s: Story) -> str:
        return (f'<div class="item"><a class="title" href="{path_of(s)}">{esc(s.title)}</a>'
                f'&nbsp;&nbsp;&nbsp;<span class="date">{s.published.day}/{s.published.month}/{s.published.year}</span>'
                f'<p>{esc(first_sentence(s.text(self.night)[0]))}</p></div>')

    def home(self, request: Request) -> Response:
        latest = self.live[:8]
        boxes = "".join(
            f'<div class="catbox"><h2><a href="/News/{c}.aspx">{esc(v[0])}</a></h2><ul>'
            + "".join(f'<li><a href="{path_of(s)}">{esc(s.title)}</a></li>' for s in self.cat_items(c)[:3])
            + "</ul></div>" for c, v in CATS.items())
        main = '<h2>Tin mới</h2>' + "".join(self.item(s) for s in latest) + boxes
        lm = max(s.modified(self.night) for s in self.live)
        return Response(self.page(SITE_TITLE, main), last_modified=_lm(lm))

    def listing(self, request: Request, cat: str, query: dict) -> Response:
        items = self.cat_items(cat)
        pages = max(1, -(-len(items) // PAGE))
        try:
            asked = int(query.get("page", "1"))
        except ValueError:
            asked = 1
        asked = max(asked, 1)
        page = min(asked, pages)  # past the end: the last page again, and a link further on
        chunk = items[(page - 1) * PAGE: page * PAGE]
        nav = []
        if asked > 1:
            nav.append(f'<a href="/News/{cat}.aspx?page=1">« Đầu</a> <a href="/News/{cat}.aspx?page={asked - 1}">‹ Trước</a>')
        for i in range(1, pages + 1):
            nav.append(f"<b>{i}</b>" if i == asked else f'<a href="/News/{cat}.aspx?page={i}">{i}</a>')
        nav.append(f'<a href="/News/{cat}.aspx?page={asked + 1}">Sau ›</a> <a href="/News/{cat}.aspx?page={pages}">Cuối »</a>')
        main = (f'<div class="path"><a href="/">Trang chủ</a> » {esc(CATS[cat][0])}</div>'
                + "".join(self.item(s) for s in chunk) + f'<div class="pager">{" ".join(nav)}</div>')
        lm = max((s.modified(self.night) for s in chunk), default=NIGHT0)
        return Response(self.page(f"{CATS[cat][0]} - {SITE_TITLE}", main), last_modified=_lm(lm))

    def article(self, request: Request, cat: str, ident: int) -> Response | None:
        s = self.by_id.get(ident)
        if s is None or s.cat != cat:
            if ident in self.gone:
                return self.gone_page()
            return None

        def para(t: str) -> str:
            return f'<p style="text-align:justify">{esc(t)}</p>'

        def figure(cap: str, n: int) -> str:
            return (f'<p style="text-align:center"><img src="/Uploads/News/{s.published:%Y/%m}/{s.id}_{n}.jpg" alt="" /></p>'
                    f'<p style="text-align:center"><em>{esc(cap)}</em></p>')

        body = paras_html(s.text(self.night), s.captions, para, figure)
        author = f'<p class="author" style="text-align:right"><b>{esc(s.author)}</b></p>' if s.author else ""
        others = "".join(f'<li><a href="{path_of(o)}">{esc(o.title)}</a> ({o.published.day}/{o.published.month}/{o.published.year})</li>'
                         for o in self.cat_items(s.cat)[:6] if o.id != s.id)
        main = f"""<div class="path"><a href="/">Trang chủ</a> » <a href="/News/{s.cat}.aspx">{esc(CATS[s.cat][0])}</a></div>
<div class="detail"><h1>{esc(s.title)}&nbsp;&nbsp;&nbsp;<span class="date">{s.published.day}/{s.published.month}/{s.published.year}</span></h1>
<div class="content">
{body}
{author}
</div>
<div class="tools"><a href="/InTin.aspx?id={s.id}">In tin</a> | <a href="javascript:window.history.back();">Trở về</a> | Lượt xem: {s.extra["views"] + self.night * 5}</div>
<div class="others"><h3>Các tin khác</h3><ul>{others}</ul></div></div>"""
        return Response(self.page(f"{s.title} - {SITE_TITLE}", main),
                        last_modified=_lm(s.modified(self.night)))

    def mobile_article(self, request: Request, query: dict) -> Response | None:
        q = {k.lower(): v for k, v in query.items()}
        if not q.get("id", "").isdigit():
            return None
        ident = int(q["id"])
        s = self.by_id.get(ident)
        if s is None:
            return self.gone_page() if ident in self.gone else None
        body = "".join(f"<p>{esc(p)}</p>" for p in s.text(self.night))
        html = f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(s.title)}</title></head><body>
<div class="m-header"><a href="/m/Default.aspx">LHH Bình Thuận</a></div>
<h1>{esc(s.title)}</h1><div class="m-date">{dmy(s.published)}</div>
<div class="m-content">{body}</div>
<div class="m-author">{esc(s.author or "")}</div>
<div class="m-footer"><a href="{path_of(s)}">Xem phiên bản đầy đủ</a></div>
</body></html>"""
        return Response(html, last_modified=_lm(s.modified(self.night)))

    def mobile_home(self, request: Request) -> Response:
        items = "".join(f'<li><a href="/mnews.aspx?id={s.id}">{esc(s.title)}</a><br /><small>{dmy(s.published)}</small></li>'
                        for s in self.live[:10])
        return Response(f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>LHH Bình Thuận - Di động</title></head>
<body><div class="m-header">LHH Bình Thuận</div><ul class="m-list">{items}</ul>
<div class="m-footer"><a href="/">Phiên bản máy tính</a></div></body></html>""")

    def static(self, request: Request, path: str) -> Response:
        title, when, paras = STATIC[path]
        body = "".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in paras)
        main = (f'<div class="detail"><h1>{esc(title)}&nbsp;&nbsp;&nbsp;<span class="date">{when.day}/{when.month}/{when.year}</span></h1>'
                f'<div class="content">{body}</div></div>')
        return Response(self.page(f"{title} - {SITE_TITLE}", main), last_modified=_lm(when))

    def contact(self, request: Request) -> Response:
        main = (f"<h1>Liên hệ</h1><p>{esc(SITE_TITLE)}</p><p>Địa chỉ: 16 Nguyễn Tất Thành, Phan Thiết</p>"
                '<p>Điện thoại: (0252) 3821 546</p><p>Email: <a href="mailto:lhhbinhthuan@gmail.com">lhhbinhthuan@gmail.com</a></p>')
        return Response(self.page(f"Liên hệ - {SITE_TITLE}", main))

    def gone_page(self) -> Response:
        return Response(self.page(SITE_TITLE, "<h1>Tin này đã bị gỡ bỏ</h1><p>Nội dung bạn tìm không còn tồn tại trên hệ thống.</p>"),
                        status=410)

    def sitemap(self, request: Request) -> Response:
        urls = [(f"{self.base}/", max(s.modified(self.night) for s in self.live), "daily", "1.0")]
        urls += [(f"{self.base}/News/{c}.aspx", max((s.modified(self.night) for s in self.cat_items(c)), default=NIGHT0), "daily", "0.8")
                 for c in CATS]
        for s in self.live:
            # the CMS bumps the entry only for edits saved with "cập nhật ngày sửa"
            shown = max([s.published] + [e.when() for e in s.edits if e.night <= self.night and e.signalled])
            urls.append((f"{self.base}{path_of(s)}", shown, "monthly", "0.6"))
        urls += [(f"{self.base}{p}", when, "yearly", "0.3") for p, (_, when, _) in STATIC.items()]
        body = "".join(f"<url><loc>{esc(u)}</loc><lastmod>{_lastmod(t)}</lastmod><changefreq>{f}</changefreq><priority>{p}</priority></url>\n"
                       for u, t, f, p in urls)
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "</urlset>\n")
        return Response(xml, content_type="text/xml; charset=utf-8",
                        last_modified=_lm(max(t for _, t, _, _ in urls)))


def _not_found(request: Request) -> Response:
    return Response("<html><head><title>Không tìm thấy trang</title></head><body><h1>Lỗi 404</h1>"
                    "<p>Trang bạn yêu cầu không tồn tại.</p><a href=\"/\">Về trang chủ</a></body></html>", status=404)


def build_site(base_url: str, night: int) -> EvalSite:
    site = Site(base_url, night)
    router = Router(_not_found)
    robots = ("User-agent: *\nCrawl-delay: 1\nDisallow: /Admin/\nDisallow: /TimKiem.aspx\n"
              f"Disallow: /InTin.aspx\n\nSitemap: {base_url}/sitemap.xml\n")
    router.add("/robots.txt", Response(robots, content_type="text/plain"))
    router.add("/sitemap.xml", site.sitemap)
    for p in ("/", "/Default.aspx"):
        router.add(p, site.home)
    router.add("/m/Default.aspx", site.mobile_home)
    router.add("/LienHe.aspx", site.contact)
    for p in STATIC:
        router.add(p, lambda r, p=p: site.static(r, p))
    for c in CATS:
        router.add(f"/News/{c}.aspx", lambda r, c=c: site.listing(r, c, {}))
    router.pattern(r"/News/(\w+)\.aspx", lambda r, m, q: site.listing(r, m.group(1), q)
                   if m.group(1) in CATS else None, re.I)
    router.pattern(r"/News/(\w+)/(\d{4})/(\d{2})/(\d+)\.aspx",
                   lambda r, m, q: site.article(r, m.group(1), int(m.group(4))))
    router.pattern(r"/mnews\.aspx", lambda r, m, q: site.mobile_article(r, q), re.I)
    router.pattern(r"/TimKiem\.aspx", lambda r, m, q: Response(site.page("Tìm kiếm", "<p>Nhập từ khóa.</p>")), re.I)
    router.pattern(r"/InTin\.aspx", lambda r, m, q: Response("<html><body onload='window.print()'>In tin</body></html>"), re.I)

    visible = {s.id for s in site.live[:8]} | {s.id for s in site.popular}
    for c in CATS:
        visible |= {s.id for s in site.cat_items(c)[:max(PAGE, 6)]}
    golds = [Gold(path_of(s), s.title, s.published.date().isoformat(), s.author, s.text(night),
                  [f"/mnews.aspx?id={s.id}"], "listing" if s.id in visible else "pager-deep")
             for s in site.live]
    ch = night_changes(site.stories, night, path_of, deletion_signalled=True)
    pages_of = {c: max(1, -(-len(site.cat_items(c)) // PAGE)) for c in CATS}
    non_articles = ["/", "/Default.aspx", "/m/Default.aspx", "/LienHe.aspx", *STATIC]
    for c, n in pages_of.items():
        non_articles += [f"/News/{c}.aspx"] + [f"/News/{c}.aspx?page={i}" for i in range(1, n + 2)]
    return EvalSite(
        name=NAME, family="aspnet-custom", routes=router.routes(), articles=golds,
        non_articles=non_articles, disallowed=["/Admin/", "/TimKiem.aspx", "/InTin.aspx"],
        boilerplate=["Đã truy cập:", "Đang online:", "Tin đọc nhiều", "Phiên bản di động",
                     "Các tin khác", "In tin", "Trở về", "Lượt xem:", "Xem phiên bản đầy đủ",
                     "16 Nguyễn Tất Thành"],
        new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
