"""Provincial union portal on SharePoint (Đồng Nai-like), entered by a redirecting host.

The registry URL uses host `localhost`; every request whose Host is localhost gets a 301 to
the same path on 127.0.0.1 (a `www`-style alias), and `/` then 302s to /Pages/default.aspx.
Some links are still hard-coded absolute to the localhost host. Articles at
/Pages/noi-dung-tin.aspx?NewsID=<N>&TopicID=<T>; the "Tin liên quan" box links the same
articles with the parameters the other way round (?TopicID=<T>&NewsID=<N>). Category lists
/Pages/danh-sach-tin.aspx?TopicID=<T> show title, date and a two-sentence summary per item,
paged with `&cur=2`. The list's RSS feed exists but lives under /_layouts/, which robots.txt
disallows. Static pages (Giới thiệu, Cơ cấu tổ chức, Chức năng nhiệm vụ, Liên hệ) and a
"Văn bản" documents list. No sitemap, no validators. Deleted articles answer 404.
"""

from __future__ import annotations

import random
import re

from tests.siteserver import Request, Response

from ._b_common import (
    NIGHT0,
    Counter,
    Router,
    Story,
    dmy,
    esc,
    lower_query,
    make_stories,
    night_changes,
    now_of,
    paras_html,
    pdf_response,
    schedule,
    sentences,
    spread_dates,
    token,
    weekday,
)
from ._b_prose import Prose
from .model import EvalSite, Gold

NAME = "gov_sharepoint"
SITE_TITLE = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Nai"
PLACES = ["thành phố Biên Hòa", "thành phố Long Khánh", "huyện Nhơn Trạch", "huyện Long Thành",
          "huyện Trảng Bom", "huyện Thống Nhất", "huyện Cẩm Mỹ", "huyện Xuân Lộc",
          "huyện Định Quán", "huyện Tân Phú", "huyện Vĩnh Cửu"]
TOPICS = {
    18: ("Tin hoạt động", ["tong_ket", "hoi_thao", "tap_huan", "ton_vinh", "lam_viec"], 16),
    19: ("Hoạt động hội thành viên", ["dai_hoi", "chuyen_giao", "cong_dong"], 8),
    20: ("Tư vấn – Phản biện", ["phan_bien"], 4),
    21: ("Phổ biến kiến thức", ["kien_thuc", "chuyen_giao", "kien_thuc"], 3),
    22: ("Hội thi – Giải thưởng", ["hoi_thi", "thieu_nhi"], 4),
}
PAGE = 6
LIST_GUID = "%7B6F1E2B7A-3C44-4D0B-9B7E-2A51C0D8E913%7D"
AUTHORS = ["Hoàng Lâm", "Phương Thảo", "Ban Thông tin", None, "Hoàng Lâm", "Trọng Nghĩa"]
NEW_PER_NIGHT = [2, 0, 1, 1, 2, 1, 1]
EDITS = [(1, False), (4, False), (7, False)]
DELETIONS = [2, 5]


def _stories() -> list[Story]:
    rng = random.Random(7401)
    prose = Prose(7402, "Đồng Nai", PLACES, knowledge=["ong_mat", "ca_phe"])
    plan = []
    for t, (_, kinds, n) in TOPICS.items():
        plan += [(t, kinds[i % len(kinds)]) for i in range(n)]
    rng.shuffle(plan)
    dates = spread_dates(rng, len(plan), NIGHT0.replace(year=2019, month=2, day=11),
                         NIGHT0.replace(day=9, hour=0))
    stories = make_stories(prose, rng, plan, dates, AUTHORS, first_id=212,
                           id_step=lambda r: r.randint(1, 6), lead_sentences=3)
    order = [18, 19, 18, 22, 20, 18]
    stories = schedule(rng, stories, prose, new_per_night=NEW_PER_NIGHT,
                       new_plan=lambda n, j: (t := order[(n + j) % len(order)],
                                              rng.choice([k for k in TOPICS[t][1] if k != "kien_thuc"])),
                       edits=EDITS, deletions=DELETIONS, authors=AUTHORS,
                       id_step=lambda r: r.randint(1, 3), lead_sentences=3)
    for s in stories:
        s.extra["views"] = rng.randint(15, 1300)
    return stories


def path_of(s: Story) -> str:
    return f"/Pages/noi-dung-tin.aspx?NewsID={s.id}&TopicID={s.cat}"


def swapped(s: Story) -> str:
    return f"/Pages/noi-dung-tin.aspx?TopicID={s.cat}&NewsID={s.id}"


def list_path(topic: int, cur: int = 1) -> str:
    return f"/Pages/danh-sach-tin.aspx?TopicID={topic}" + (f"&cur={cur}" if cur > 1 else "")


class Site:
    def __init__(self, base_url: str, night: int):
        self.base = base_url
        self.alias_base = base_url.replace("127.0.0.1", "localhost")
        self.night = night
        self.now = now_of(night)
        self.stories = _stories()
        self.live = sorted((s for s in self.stories if s.live(night)),
                           key=lambda s: s.published, reverse=True)
        self.by_id = {s.id: s for s in self.live}
        self.counter = Counter(1_203_554, night, 1100)
        self.digest = token("digest", night, n=40)

    def topic_items(self, t: int) -> list[Story]:
        return [s for s in self.live if s.cat == t]

    def shell(self, title: str, main: str) -> str:
        nav = "".join(f'<li class="static"><a class="static menu-item" href="{list_path(t)}"><span class="menu-item-text">{esc(v[0])}</span></a></li>'
                      for t, v in TOPICS.items())
        latest = "".join(f'<li><a href="{path_of(s)}">{esc(s.title)}</a></li>' for s in self.live[:6])
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta charset="utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" />
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2ZbU%2BTkN7sQW" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZPnU7dKXu4%2Bl"></script>
</head>
<body>
<form method="post" action="./default.aspx" id="aspnetForm">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{self.digest},{dmy(self.now)}" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ==" />
<div id="ms-designer-ribbon"><div id="s4-ribbonrow"><a href="javascript:;" id="ctl00_ctl55_ctl00_SkipRibbon" class="ms-SkiptoNavigation">Skip Ribbon Commands</a>
<a href="#mainContent" class="ms-SkiptoMainContent">Chuyển đến nội dung chính</a>
<span class="ms-signInLink"><a href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2Fdefault%2Easpx" class="ms-signInLink">Đăng nhập</a></span></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><a href="{self.alias_base}/Pages/default.aspx"><img src="/PublishingImages/banner-dusta.png" alt="{esc(SITE_TITLE)}" /></a>
<div class="ngay-hien-tai">{weekday(self.now)}, {dmy(self.now)}</div>
<div class="search-box"><input name="InputKeywords" type="text" title="Tìm kiếm..." /><a href="/Pages/tim-kiem.aspx?k=">Tìm kiếm</a></div></div>
<div class="top-nav"><ul class="root static">
<li class="static"><a class="static menu-item" href="/Pages/default.aspx"><span class="menu-item-text">Trang chủ</span></a></li>
<li class="static"><a class="static menu-item" href="/Pages/gioi-thieu.aspx"><span class="menu-item-text">Giới thiệu</span></a>
<ul class="dynamic"><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu chung</a></li><li><a href="/Pages/co-cau-to-chuc.aspx">Cơ cấu tổ chức</a></li><li><a href="/Pages/chuc-nang-nhiem-vu.aspx">Chức năng, nhiệm vụ</a></li></ul></li>
{nav}
<li class="static"><a class="static menu-item" href="/Pages/van-ban.aspx"><span class="menu-item-text">Văn bản</span></a></li>
<li class="static"><a class="static menu-item" href="/Pages/lien-he.aspx"><span class="menu-item-text">Liên hệ</span></a></li></ul></div>
<div id="contentRow"><div id="contentBox"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="main-col">{main}</div>
<div class="right-col">
<div class="ms-webpart-zone"><div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Tin mới nhất</span></h2><ul>{latest}</ul></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Thống kê truy cập</span></h2><p>Lượt truy cập: {self.counter.hit():,}</p><p>Đang truy cập: {random.randint(4, 55)}</p></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Liên kết</span></h2><ul><li><a href="https://www.dongnai.gov.vn">Cổng thông tin điện tử Đồng Nai</a></li><li><a href="https://vusta.vn">VUSTA</a></li></ul></div></div>
</div></div></div>
<div class="footer"><p>Bản quyền thuộc {esc(SITE_TITLE)}</p><p>Địa chỉ: 1597 Phạm Văn Thuận, phường Thống Nhất, TP. Biên Hòa, tỉnh Đồng Nai – ĐT: 0251.3822.417</p>
<p>Email: <a href="mailto:lhhkhkt@dongnai.gov.vn">lhhkhkt@dongnai.gov.vn</a> – <a href="{self.alias_base}/Pages/default.aspx">Trang chủ</a> – <a href="/_layouts/15/listfeed.aspx?List={LIST_GUID}">RSS</a></p></div>
</div></div>
</form></body></html>"""

    def item(self, s: Story, summary_sentences: int = 2) -> str:
        return (f'<div class="news-item"><div class="news-img"><a href="{path_of(s)}"><img src="/PublishingImages/TinTuc/{s.id}.jpg" alt="" /></a></div>'
                f'<div class="news-title"><a href="{path_of(s)}">{esc(s.title)}</a></div>'
                f'<div class="news-date">({dmy(s.published)} {s.published:%H:%M})</div>'
                f'<div class="news-summary">{esc(sentences(s.text(self.night)[0], summary_sentences))}</div>'
                f'<div class="news-more"><a href="{path_of(s)}">Chi tiết</a></div></div>')

    # -- pages -----------------------------------------------------------------------
    def home(self, request: Request) -> Response:
        hot = self.live[0]
        blocks = "".join(
            f'<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><a href="{list_path(t)}">{esc(v[0])}</a></h2>'
            + "".join(f'<div class="item"><a href="{path_of(s)}">{esc(s.title)}</a> <span class="date">({dmy(s.published)})</span></div>' for s in self.topic_items(t)[:4])
            + "</div>" for t, v in TOPICS.items())
        main = (f'<div class="tin-noi-bat">{self.item(hot, 3)}</div>'
                + "".join(self.item(s) for s in self.live[1:5]) + blocks)
        return Response(self.shell(f"Trang chủ - {SITE_TITLE}", main))

    def listing(self, request: Request, query: dict) -> Response:
        q = lower_query(query)
        try:
            topic = int(q.get("topicid", ""))
        except ValueError:
            return self.not_found(request)
        if topic not in TOPICS:
            return self.not_found(request)
        items = self.topic_items(topic)
        pages = max(1, -(-len(items) // PAGE))
        try:
            cur = min(max(int(q.get("cur", "1")), 1), pages)
        except ValueError:
            cur = 1
        chunk = items[(cur - 1) * PAGE: cur * PAGE]
        nav = " ".join(f"<span class=\"current\">{i}</span>" if i == cur else f'<a href="{esc(list_path(topic, i))}">{i}</a>'
                       for i in range(1, pages + 1))
        if cur < pages:
            nav += f' <a href="{esc(list_path(topic, cur + 1))}">Trang sau</a>'
        main = (f'<div class="breadcrumb"><a href="/Pages/default.aspx">Trang chủ</a> &gt; {esc(TOPICS[topic][0])}</div>'
                f'<h1 class="cat-title">{esc(TOPICS[topic][0])}</h1>'
                + "".join(self.item(s) for s in chunk) + f'<div class="paging">Trang: {nav}</div>')
        return Response(self.shell(f"{TOPICS[topic][0]} - {SITE_TITLE}", main))

    def article(self, request: Request, query: dict) -> Response:
        q = lower_query(query)
        try:
            ident = int(q.get("newsid", ""))
        except ValueError:
            return self.not_found(request)
        s = self.by_id.get(ident)
        if s is None:
            return self.not_found(request)
        paras = s.text(self.night)

        def para(t: str) -> str:
            return f'<p style="text-align: justify;"><span style="font-family: arial; font-size: 10pt;">{esc(t)}</span></p>'

        def figure(cap: str, n: int) -> str:
            return (f'<table align="center" class="ms-rteTable-default"><tbody><tr><td><img src="/PublishingImages/TinTuc/{s.published:%Y}/{s.id}_{n}.jpg" alt="" /></td></tr>'
                    f'<tr><td style="text-align: center;"><em>{esc(cap)}</em></td></tr></tbody></table>')

        caps = [(i - 1, c) for i, c in s.captions if i >= 1]
        body = paras_html(paras[1:], caps, para, figure)
        related = [o for o in self.topic_items(s.cat) if o.id != s.id][:5]
        rel = "".join(f'<li><a href="{self.alias_base}{swapped(o)}">{esc(o.title)}</a> <span>({dmy(o.published)})</span></li>'
                      for o in related)
        author = f'<div class="tac-gia" style="text-align:right"><b>{esc(s.author)}</b></div>' if s.author else ""
        main = f"""<div class="breadcrumb"><a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="{list_path(s.cat)}">{esc(TOPICS[s.cat][0])}</a></div>
<div class="ms-rtestate-field">
<h1 class="news-detail-title">{esc(s.title)}</h1>
<div class="news-detail-date">Ngày đăng: {dmy(s.published)} {s.published:%H:%M} | Lượt xem: {s.extra["views"] + self.night * 4}</div>
<div class="news-detail-sapo"><b>{esc(paras[0])}</b></div>
<div class="news-detail-content">
{body}
</div>
{author}
</div>
<div class="news-tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject={esc(s.title)}&amp;body={self.base}{esc(path_of(s))}">Gửi bạn bè</a> | <a href="javascript:history.go(-1)">Trở về</a></div>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{rel}</ul></div>"""
        return Response(self.shell(f"{s.title} - {SITE_TITLE}", main))

    def static(self, title: str, inner: str) -> Response:
        return Response(self.shell(f"{title} - {SITE_TITLE}",
                                   f'<h1 class="cat-title">{esc(title)}</h1><div class="ms-rtestate-field">{inner}</div>'))

    def about(self, r):
        return self.static("Giới thiệu chung", """<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Nai (DUSTA) được thành lập năm 1995, là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ tỉnh Đồng Nai.</p>
<p>Liên hiệp hội hiện có 27 hội thành viên và 6 đơn vị trực thuộc, tập hợp hơn 25.000 hội viên là trí thức hoạt động trong các lĩnh vực y tế, giáo dục, nông nghiệp, công nghiệp, xây dựng, kinh tế và khoa học xã hội.</p>
<p>Phương châm hoạt động của Liên hiệp hội là “Đoàn kết – Trí tuệ – Sáng tạo – Hiệu quả”, gắn hoạt động khoa học với nhu cầu phát triển kinh tế – xã hội của tỉnh.</p>""")

    def chart(self, r):
        rows = [("Chủ tịch", "PGS.TS. Phan Đình Thắng"), ("Phó Chủ tịch Thường trực", "ThS. Nguyễn Thị Hồng Loan"),
                ("Phó Chủ tịch", "TS. Lê Văn Dũng"), ("Chánh Văn phòng", "CN. Trần Minh Quân")]
        table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        return self.static("Cơ cấu tổ chức", f'<p><img src="/PublishingImages/so-do-to-chuc.png" alt="" /></p><table class="ms-rteTable-default"><tbody>{table}</tbody></table>')

    def duties(self, r):
        return self.static("Chức năng, nhiệm vụ", "<ol><li>Tập hợp, đoàn kết trí thức khoa học và công nghệ.</li><li>Tư vấn, phản biện và giám định xã hội.</li><li>Phổ biến kiến thức khoa học và công nghệ.</li><li>Tổ chức các hội thi, cuộc thi sáng tạo; tôn vinh trí thức.</li></ol>")

    def contact(self, r):
        return self.static("Liên hệ", f'<p>{esc(SITE_TITLE)}</p><p>1597 Phạm Văn Thuận, phường Thống Nhất, TP. Biên Hòa</p><p>ĐT: 0251.3822.417 – Email: <a href="mailto:lhhkhkt@dongnai.gov.vn">lhhkhkt@dongnai.gov.vn</a></p>')

    DOCS = [("52/KH-LHH", "30/10/2026", "Kế hoạch tổ chức Diễn đàn trí thức tỉnh năm 2026", "KH52.pdf"),
            ("118/LHH", "14/10/2026", "Công văn đề nghị các hội thành viên báo cáo tổng kết năm", "CV118.pdf"),
            ("41/QĐ-LHH", "02/08/2026", "Quyết định khen thưởng các tập thể, cá nhân có thành tích xuất sắc", "QD41.pdf")]

    def documents(self, r):
        rows = "".join(f'<tr><td>{a}</td><td>{b}</td><td><a href="/VanBan/{f}">{esc(c)}</a></td></tr>' for a, b, c, f in self.DOCS)
        return self.static("Văn bản", f'<table class="ms-listviewtable"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>')

    def feed(self, request: Request) -> Response:
        items = "".join(f"<item><title>{esc(s.title)}</title><link>{self.base}{esc(path_of(s))}</link>"
                        f"<pubDate>{s.modified(self.night).strftime('%a, %d %b %Y %H:%M:%S +0700')}</pubDate></item>"
                        for s in self.live[:20])
        return Response(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức</title>{items}</channel></rss>',
                        content_type="text/xml; charset=utf-8")

    def not_found(self, request: Request) -> Response:
        return Response(self.shell("Không tìm thấy trang", '<div class="ms-error"><h1>Xin lỗi, đã xảy ra sự cố</h1><p>Không tìm thấy tệp hoặc trang bạn yêu cầu.</p></div>'),
                        status=404)


def build_site(base_url: str, night: int) -> EvalSite:
    site = Site(base_url, night)
    router = Router(site.not_found)
    robots = ("User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\n"
              "Disallow: /Pages/tim-kiem.aspx\n")
    router.add("/robots.txt", Response(robots, content_type="text/plain"))
    router.add("/", Response("", status=302, headers={"Location": f"{base_url}/Pages/default.aspx"}))
    router.add("/Pages/default.aspx", site.home)
    for p, h in [("gioi-thieu", site.about), ("co-cau-to-chuc", site.chart),
                 ("chuc-nang-nhiem-vu", site.duties), ("lien-he", site.contact),
                 ("van-ban", site.documents)]:
        router.add(f"/Pages/{p}.aspx", h)
    for _, _, _, f in Site.DOCS:
        router.add(f"/VanBan/{f}", pdf_response(f))
    for t in TOPICS:
        router.add(list_path(t), lambda r, t=t: site.listing(r, {"TopicID": str(t)}))
    router.pattern(r"/pages/default\.aspx", lambda r, m, q: site.home(r), re.I)
    router.pattern(r"/pages/danh-sach-tin\.aspx", lambda r, m, q: site.listing(r, q), re.I)
    router.pattern(r"/pages/noi-dung-tin\.aspx", lambda r, m, q: site.article(r, q), re.I)
    router.pattern(r"/pages/tim-kiem\.aspx", lambda r, m, q: site.static("Tìm kiếm", "<p>Không tìm thấy kết quả.</p>"), re.I)
    router.pattern(r"/_layouts/15/listfeed\.aspx", lambda r, m, q: site.feed(r), re.I)
    router.pattern(r"/_layouts/15/authenticate\.aspx", lambda r, m, q: Response("", status=401, headers={"WWW-Authenticate": "NTLM"}), re.I)

    def host_check(route):
        def wrapped(request: Request) -> Response:
            host = request.headers.get("host", "")
            if host.split(":")[0].lower() == "localhost":
                return Response("<html><head><title>Document Moved</title></head><body><h1>Object Moved</h1>"
                                f'This document may be found <a href="{base_url}{request.path}">here</a></body></html>',
                                status=301, headers={"Location": base_url + request.path})
            return route(request) if callable(route) else route
        return wrapped

    visible = {s.id for s in site.live[:6]}
    for t in TOPICS:
        visible |= {s.id for s in site.topic_items(t)[:PAGE]}
    golds = [Gold(path_of(s), s.title, s.published.date().isoformat(), s.author, s.text(night),
                  [swapped(s)], "listing" if s.id in visible else "pager-deep")
             for s in site.live]
    ch = night_changes(site.stories, night, path_of)
    non_articles = ["/Pages/default.aspx", "/Pages/gioi-thieu.aspx", "/Pages/co-cau-to-chuc.aspx",
                    "/Pages/chuc-nang-nhiem-vu.aspx", "/Pages/lien-he.aspx", "/Pages/van-ban.aspx"]
    for t in TOPICS:
        pages = max(1, -(-len(site.topic_items(t)) // PAGE))
        non_articles += [list_path(t, i) for i in range(1, pages + 1)]
    return EvalSite(
        name=NAME, family="gov-sharepoint", routes=router.routes(wrap=host_check), articles=golds,
        non_articles=non_articles,
        disallowed=["/_layouts/", "/_vti_bin/", "/_catalogs/", "/Pages/tim-kiem.aspx"],
        boilerplate=["Skip Ribbon Commands", "Chuyển đến nội dung chính", "Lượt truy cập:",
                     "Đang truy cập:", "Tin liên quan", "Gửi bạn bè", "Ngày đăng:", "Lượt xem:",
                     "Tin mới nhất", "1597 Phạm Văn Thuận"],
        new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled,
        registry_host="localhost")
