"""Provincial portal sub-site on Liferay (Đồng Tháp-like): the union's pages inside the
province's portal platform.

Articles are asset-publisher display URLs
/web/lhhkhkt/chi-tiet-bai-viet/-/asset_publisher/<inst>/content/id/<N> (canonical, in a
<link rel="canonical">), linked from category lists with `?plidlayout=9891`, from the home
page's "Tin nổi bật" portlet under another layout and instance
(/web/lhhkhkt/trang-chu/-/asset_publisher/<other>/content/id/<N>), and from the "Tin mới"
portlet with a session token `p_p_auth=…` that changes every night. Category lists give
each item a title, a date and a three-sentence summary (the article's lead) with "Xem
tiếp"; they are paged with Liferay's `_cur=2` portlet parameters. A mega menu, static pages
(Giới thiệu with a date and long prose, Cơ cấu tổ chức, Chức năng nhiệm vụ, Liên hệ), a
"Văn bản chỉ đạo điều hành" documents list with dates and PDF/DOC links. An ETag that
changes on every request (so conditional requests never get 304); no sitemap, no feed.
Deleted articles answer 404.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from urllib.parse import quote

from tests.siteserver import Request, Response

from ._b_common import (
    NIGHT0,
    Counter,
    Router,
    Story,
    dmy,
    doc_response,
    esc,
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

NAME = "gov_liferay"
SITE_TITLE = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Tháp"
G = "/web/lhhkhkt"
PLACES = ["thành phố Cao Lãnh", "thành phố Sa Đéc", "thành phố Hồng Ngự", "huyện Tam Nông",
          "huyện Tháp Mười", "huyện Lấp Vò", "huyện Lai Vung", "huyện Châu Thành",
          "huyện Thanh Bình", "huyện Tân Hồng", "huyện Cao Lãnh"]
CATS = {  # layout: (name, asset publisher instance, kinds, count)
    "tin-hoat-dong": ("Tin hoạt động", "x7Rk2mQpL9Av",
                      ["tong_ket", "hoi_thao", "tap_huan", "ton_vinh", "lam_viec", "hoi_thi"], 18),
    "hoat-dong-hoi-thanh-vien": ("Hoạt động Hội thành viên", "Qm3TbW8cN1yZ",
                                 ["dai_hoi", "chuyen_giao", "cong_dong"], 8),
    "khoa-hoc-cong-nghe": ("Khoa học – Công nghệ", "Lp5VdH2sK9eR",
                           ["kien_thuc", "chuyen_giao"], 5),
    "tu-van-phan-bien": ("Tư vấn, phản biện", "Fz6NjA4gT0uX", ["phan_bien"], 5),
}
HOME_INST = "Hn4TzQ8wLmYc"
NEW_INST = "Wd2KsP7rY4bM"
PLID = "9891"
DELTA = 5
AUTHORS = ["Minh Thư", "Ngọc Trâm", "Quốc Việt", "Văn phòng LHH", None, "Hồng Nhung"]
NEW_PER_NIGHT = [1, 1, 2, 0, 1, 2, 1]
EDITS = [(2, False), (3, False), (5, False)]
DELETIONS = [4, 7]
PORTLET = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"


def _stories() -> list[Story]:
    rng = random.Random(6301)
    prose = Prose(6302, "Đồng Tháp", PLACES, knowledge=["u_phan", "tiet_kiem_dien", "sat_lo"])
    plan = []
    for cat, (_, _, kinds, n) in CATS.items():
        plan += [(cat, kinds[i % len(kinds)]) for i in range(n)]
    rng.shuffle(plan)
    dates = spread_dates(rng, len(plan), NIGHT0.replace(year=2019, month=6, day=3),
                         NIGHT0.replace(day=9, hour=0))
    stories = make_stories(prose, rng, plan, dates, AUTHORS, first_id=11_200_415,
                           id_step=lambda r: r.randint(1_500, 90_000), lead_sentences=3)
    order = ["tin-hoat-dong", "hoat-dong-hoi-thanh-vien", "tin-hoat-dong", "tu-van-phan-bien"]
    stories = schedule(rng, stories, prose, new_per_night=NEW_PER_NIGHT,
                       new_plan=lambda n, j: (c := order[(n + j) % len(order)],
                                              rng.choice([k for k in CATS[c][2] if k != "kien_thuc"])),
                       edits=EDITS, deletions=DELETIONS, authors=AUTHORS,
                       id_step=lambda r: r.randint(2_000, 30_000), lead_sentences=3)
    for s in stories:
        s.extra["views"] = rng.randint(25, 900)
    return stories


def path_of(s: Story) -> str:
    return f"{G}/chi-tiet-bai-viet/-/asset_publisher/{CATS[s.cat][1]}/content/id/{s.id}"


def list_link(s: Story) -> str:
    return f"{path_of(s)}?plidlayout={PLID}"


def home_link(s: Story) -> str:
    return f"{G}/trang-chu/-/asset_publisher/{HOME_INST}/content/id/{s.id}"


def cat_page_link(cat: str, cur: int) -> str:
    inst = PORTLET + CATS[cat][1]
    return (f"{G}/{cat}?p_p_id={inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&_{inst}_delta={DELTA}&_{inst}_resetCur=false&_{inst}_cur={cur}")


MENU = [
    ("Giới thiệu", f"{G}/gioi-thieu", [("Giới thiệu chung", f"{G}/gioi-thieu"),
                                       ("Cơ cấu tổ chức", f"{G}/co-cau-to-chuc"),
                                       ("Chức năng, nhiệm vụ", f"{G}/chuc-nang-nhiem-vu")]),
    ("Tin tức – Sự kiện", f"{G}/tin-hoat-dong", [(v[0], f"{G}/{c}") for c, v in CATS.items()]),
    ("Văn bản", f"{G}/van-ban-chi-dao-dieu-hanh", [
        ("Văn bản chỉ đạo điều hành", f"{G}/van-ban-chi-dao-dieu-hanh"),
        ("Văn bản Trung ương", "https://vanban.chinhphu.vn/"),
        ("Công báo tỉnh", "https://congbao.dongthap.gov.vn/")]),
    ("Hội thành viên", f"{G}/hoat-dong-hoi-thanh-vien", [
        ("Hội Y học", "https://hoiyhoc.dongthap.gov.vn/"), ("Hội Làm vườn", f"{G}/hoat-dong-hoi-thanh-vien"),
        ("Hội Luật gia", f"{G}/hoat-dong-hoi-thanh-vien"), ("Hội Đông y", f"{G}/hoat-dong-hoi-thanh-vien")]),
    ("Liên kết", "https://dongthap.gov.vn", [
        ("Cổng Thông tin điện tử tỉnh", "https://dongthap.gov.vn"),
        ("Sở Khoa học và Công nghệ", "https://sokhcn.dongthap.gov.vn"),
        ("Liên hiệp hội Việt Nam", "https://vusta.vn"),
        ("Dịch vụ công trực tuyến", "https://dichvucong.dongthap.gov.vn")]),
    ("Liên hệ", f"{G}/lien-he", []),
]


class Site:
    def __init__(self, base_url: str, night: int):
        self.base = base_url
        self.night = night
        self.now = now_of(night)
        self.auth = token("p_p_auth", night)
        self.stories = _stories()
        self.live = sorted((s for s in self.stories if s.live(night)),
                           key=lambda s: s.published, reverse=True)
        self.by_id = {s.id: s for s in self.live}
        self.counter = Counter(785_331, night, 700)
        self.featured = [s for s in self.live if s.cat == "tin-hoat-dong"][:4] + \
            [s for s in self.live if s.cat == "hoat-dong-hoi-thanh-vien"][2:3]

    def auth_link(self, s: Story) -> str:
        redirect = quote(f"{G}/{s.cat}", safe="")
        return f"{list_link(s)}&p_p_auth={self.auth}&inheritRedirect=true&redirect={redirect}"

    def cat_items(self, cat: str) -> list[Story]:
        return [s for s in self.live if s.cat == cat]

    def respond(self, html: str, status: int = 200) -> Response:
        # Liferay's ETag here is computed over a render that includes a per-request nonce
        return Response(html, status=status, etag=f'"{uuid.uuid4().hex[:20]}"',
                        headers={"Cache-Control": "private, no-cache", "Liferay-Portal": "Liferay Digital Experience Platform 7.0.10 GA1"})

    def shell(self, title: str, main: str, *, canonical: str | None = None,
              aside: bool = True) -> str:
        mega = []
        for name, href, children in MENU:
            sub = "".join(f'<li><a href="{esc(h)}">{esc(n)}</a></li>' for n, h in children)
            mega.append(f'<li class="lfr-nav-item"><a href="{esc(href)}"><span>{esc(name)}</span></a>'
                        + (f'<ul class="child-menu">{sub}</ul>' if sub else "") + "</li>")
        newest = "".join(f'<li><a href="{esc(self.auth_link(s))}">{esc(s.title)}</a> <span class="date">{dmy(s.published)}</span></li>'
                         for s in self.live[:5])
        canon = f'<link rel="canonical" href="{self.base}{canonical}" />' if canonical else ""
        aside_html = f"""<div class="col-md-4">
<section class="portlet" id="portlet_{PORTLET}{NEW_INST}"><h2 class="portlet-title-text">Tin mới</h2><div class="portlet-body"><ul class="tin-moi">{newest}</ul></div></section>
<section class="portlet"><h2 class="portlet-title-text">Thống kê truy cập</h2><div class="portlet-body">Đang truy cập: {random.randint(3, 40)}<br />Tổng lượt truy cập: {self.counter.hit():,}</div></section>
<section class="portlet"><h2 class="portlet-title-text">Liên kết website</h2><div class="portlet-body"><a href="https://dongthap.gov.vn"><img src="/documents/20182/0/banner-cong-ttdt.png" alt="Cổng TTĐT Đồng Tháp" /></a></div></section>
</div>""" if aside else ""
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head><meta charset="utf-8" /><title>{esc(title)} - {esc(SITE_TITLE)} - Cổng Thông tin điện tử tỉnh Đồng Tháp</title>
{canon}
<link href="/o/dongthap-theme/css/main.css" rel="stylesheet" type="text/css" />
<script src="/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>
</head>
<body class="controls-visible signed-out public-page site">
<a class="skip-to-content" href="#main-content">Chuyển đến nội dung chính</a>
<div id="wrapper">
<header id="banner" role="banner">
 <div class="top-bar"><span class="today">{weekday(self.now)}, ngày {dmy(self.now)}</span>
  <a href="/c/portal/login?p_l_id=10927" rel="nofollow">Đăng nhập</a>
  <form action="{G}/tim-kiem" method="get"><input name="q" type="text" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form></div>
 <div class="logo"><a href="{G}/trang-chu"><img alt="{esc(SITE_TITLE)}" src="/o/dongthap-theme/images/logo-lhh.png" /></a><h1 class="site-title">{esc(SITE_TITLE)}</h1></div>
 <nav class="navbar mega-menu" id="navigation" role="navigation"><ul aria-label="Site Pages" role="menubar">
  <li class="lfr-nav-item"><a href="{G}/trang-chu"><span>Trang chủ</span></a></li>{"".join(mega)}</ul></nav>
</header>
<section id="content"><div class="row"><div class="col-md-8" id="main-content">
{main}
</div>{aside_html}</div></section>
<footer id="footer" role="contentinfo">
 <p>Cơ quan chủ quản: {esc(SITE_TITLE)}</p>
 <p>Địa chỉ: Số 05 đường 30/4, Phường 1, thành phố Cao Lãnh, tỉnh Đồng Tháp – Điện thoại: 0277.3851.563</p>
 <p>Email: <a href="mailto:lhhkhkt@dongthap.gov.vn">lhhkhkt@dongthap.gov.vn</a> – Trưởng Ban biên tập: TS. Nguyễn Văn Bé</p>
 <p>Ghi rõ nguồn “Cổng Thông tin điện tử tỉnh Đồng Tháp” khi phát hành lại thông tin từ website này.</p>
</footer></div></body></html>"""

    def summary(self, s: Story) -> str:
        return sentences(s.text(self.night)[0], 3)

    # -- pages -----------------------------------------------------------------------
    def home(self, request: Request) -> Response:
        feat = self.featured
        top = (f'<div class="featured-main"><a href="{home_link(feat[0])}"><img src="/documents/20182/{feat[0].id}/anh-dai-dien.jpg" alt="" /></a>'
               f'<h3><a href="{home_link(feat[0])}">{esc(feat[0].title)}</a></h3><p>{esc(self.summary(feat[0]))}</p></div>'
               + '<ul class="featured-list">' + "".join(f'<li><a href="{home_link(s)}">{esc(s.title)}</a></li>' for s in feat[1:]) + "</ul>")
        cats = "".join(
            f'<section class="portlet"><h2 class="portlet-title-text"><a href="{G}/{c}">{esc(v[0])}</a></h2><ul>'
            + "".join(f'<li><a href="{list_link(s)}">{esc(s.title)}</a> <span class="date">({dmy(s.published)})</span></li>' for s in self.cat_items(c)[:4])
            + "</ul></section>" for c, v in CATS.items())
        main = (f'<section class="portlet" id="portlet_{PORTLET}{HOME_INST}"><h2 class="portlet-title-text">Tin nổi bật</h2>'
                f'<div class="portlet-body">{top}</div></section>{cats}')
        return self.respond(self.shell("Trang chủ", main))

    def listing(self, request: Request, cat: str, query: dict) -> Response:
        name, inst, _, _ = CATS[cat]
        items = self.cat_items(cat)
        pages = max(1, -(-len(items) // DELTA))
        try:
            cur = int(query.get(f"_{PORTLET}{inst}_cur", "1"))
        except ValueError:
            cur = 1
        cur = min(max(cur, 1), pages)
        chunk = items[(cur - 1) * DELTA: cur * DELTA]
        rows = "".join(f"""<div class="asset-abstract">
 <h3 class="asset-title"><a href="{list_link(s)}">{esc(s.title)}</a></h3>
 <div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(s.published)}</span></div>
 <div class="asset-summary">{esc(self.summary(s))}</div>
 <div class="asset-more"><a href="{list_link(s)}">Xem tiếp <span class="hide-accessible">về {esc(s.title)}</span> »</a></div>
</div>""" for s in chunk)
        nav = ['<ul class="pagination">']
        if cur > 1:
            nav.append(f'<li><a href="{esc(cat_page_link(cat, 1))}">Đầu</a></li><li><a href="{esc(cat_page_link(cat, cur - 1))}">Trước</a></li>')
        for i in range(1, pages + 1):
            nav.append(f'<li class="active"><span>{i}</span></li>' if i == cur else f'<li><a href="{esc(cat_page_link(cat, i))}">{i}</a></li>')
        if cur < pages:
            nav.append(f'<li><a href="{esc(cat_page_link(cat, cur + 1))}">Tiếp</a></li><li><a href="{esc(cat_page_link(cat, pages))}">Cuối</a></li>')
        nav.append(f'</ul><div class="search-results">Hiển thị {(cur - 1) * DELTA + 1} - {(cur - 1) * DELTA + len(chunk)} trong {len(items)} kết quả.</div>')
        main = (f'<section class="portlet" id="portlet_{PORTLET}{inst}"><h2 class="portlet-title-text">{esc(name)}</h2>'
                f'<div class="portlet-body">{rows}{"".join(nav)}</div></section>')
        return self.respond(self.shell(name, main))

    def article(self, request: Request, ident: int) -> Response:
        s = self.by_id.get(ident)
        if s is None:
            return self.not_found(request)
        paras = s.text(self.night)

        def para(t: str) -> str:
            return f'<p style="text-align: justify;">{esc(t)}</p>'

        def figure(cap: str, n: int) -> str:
            return (f'<p style="text-align: center;"><img alt="" src="/documents/20182/{s.id}/anh{n}.jpg/{token(s.id, n, n=8)}" /></p>'
                    f'<p style="text-align: center;"><em>{esc(cap)}</em></p>')

        caps = [(i - 1, c) for i, c in s.captions if i >= 1]
        body = paras_html(paras[1:], caps, para, figure)
        author = f'<div class="tac-gia" style="text-align: right;"><strong>{esc(s.author)}</strong></div>' if s.author else ""
        others = "".join(f'<li><a href="{list_link(o)}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
                         for o in self.cat_items(s.cat)[:6] if o.id != s.id)
        main = f"""<section class="portlet" id="portlet_{PORTLET}{CATS[s.cat][1]}"><div class="portlet-body">
<div class="asset-full-content"><div class="journal-content-article">
<div class="tieu-de-phu">null</div>
<h1 class="header-title">{esc(s.title)}</h1>
<div class="ngay-dang">Ngày đăng: {dmy(s.published)} {s.published:%H:%M} | Lượt xem: {s.extra["views"] + self.night * 3}</div>
<div class="tom-tat"><strong>{esc(paras[0])}</strong></div>
<div class="noi-dung">
{body}
</div>
{author}
</div></div>
<div class="asset-links"><a href="{G}/{s.cat}">« Quay lại</a> | <a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject={quote(s.title)}">Gửi email</a></div>
<div class="taglib-social-bookmarks">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u={self.base}{path_of(s)}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={self.base}{path_of(s)}">Twitter</a></div>
<div class="tin-khac"><h3>Tin khác</h3><ul>{others}</ul></div>
</div></section>"""
        return self.respond(self.shell(s.title, main, canonical=path_of(s)))

    def static(self, title: str, inner: str) -> Response:
        main = (f'<section class="portlet"><h2 class="portlet-title-text">{esc(title)}</h2>'
                f'<div class="portlet-body"><div class="journal-content-article">{inner}</div></div></section>')
        return self.respond(self.shell(title, main))

    def about(self, request: Request) -> Response:
        return self.static("Giới thiệu chung", """<div class="ngay-dang">Ngày đăng: 15/03/2019 08:30</div>
<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Tháp được thành lập ngày 24 tháng 4 năm 1997 theo Quyết định của UBND tỉnh, là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ, hoạt động trên địa bàn tỉnh Đồng Tháp.</p>
<p>Liên hiệp hội có nhiệm vụ tập hợp, đoàn kết, phát huy tiềm năng sáng tạo của đội ngũ trí thức; điều hòa, phối hợp hoạt động của các hội thành viên; thực hiện tư vấn, phản biện và giám định xã hội đối với các chủ trương, chính sách, chương trình, dự án phát triển kinh tế – xã hội của tỉnh.</p>
<p>Qua hơn hai mươi lăm năm xây dựng và trưởng thành, từ sáu hội thành viên ban đầu, đến nay Liên hiệp hội đã có hai mươi hai hội thành viên với hơn mười lăm nghìn hội viên, hoạt động trên nhiều lĩnh vực: y dược, nông nghiệp, kỹ thuật, giáo dục, kinh tế, luật học, văn học nghệ thuật và bảo vệ môi trường.</p>
<p>Liên hiệp hội đã tổ chức thành công nhiều kỳ Hội thi Sáng tạo kỹ thuật tỉnh và Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng, với hàng trăm giải pháp được áp dụng vào sản xuất và đời sống; hằng năm thực hiện từ ba đến năm nhiệm vụ tư vấn, phản biện theo đặt hàng của UBND tỉnh.</p>
<p>Với những đóng góp đó, Liên hiệp hội đã vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2017 và nhiều bằng khen của Thủ tướng Chính phủ, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.</p>""")

    def chart(self, request: Request) -> Response:
        people = [("Chủ tịch", "TS. Nguyễn Văn Bé", "0277.3851.563"),
                  ("Phó Chủ tịch Thường trực", "ThS. Lê Thị Kim Phượng", "0277.3853.219"),
                  ("Phó Chủ tịch", "BSCKII. Trần Quốc Tuấn", ""),
                  ("Chánh Văn phòng", "CN. Phạm Thanh Hải", "0277.3851.564"),
                  ("Trưởng ban Khoa học – Công nghệ", "KS. Võ Minh Trí", "0277.3857.102")]
        rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in people)
        return self.static("Cơ cấu tổ chức", f'<p><img src="/documents/20182/0/so-do-to-chuc.png" alt="Sơ đồ tổ chức" /></p><table class="table"><tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>{rows}</table>')

    def duties(self, request: Request) -> Response:
        return self.static("Chức năng, nhiệm vụ", """<p><strong>Chức năng:</strong> Tập hợp, đoàn kết trí thức khoa học và công nghệ; điều hòa, phối hợp hoạt động của các hội thành viên; là đầu mối giữa các hội thành viên với các cơ quan của Đảng, Nhà nước.</p>
<p><strong>Nhiệm vụ:</strong></p><ul><li>Tư vấn, phản biện và giám định xã hội;</li><li>Phổ biến kiến thức khoa học và công nghệ;</li><li>Tổ chức Hội thi Sáng tạo kỹ thuật, Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng;</li><li>Tôn vinh trí thức; bảo vệ quyền, lợi ích hợp pháp của hội viên.</li></ul>""")

    def contact(self, request: Request) -> Response:
        return self.static("Liên hệ", f"""<p>{esc(SITE_TITLE)}</p><p>Địa chỉ: Số 05 đường 30/4, Phường 1, thành phố Cao Lãnh</p>
<p>Điện thoại: 0277.3851.563 – Email: <a href="mailto:lhhkhkt@dongthap.gov.vn">lhhkhkt@dongthap.gov.vn</a></p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18" width="600" height="300" title="Bản đồ"></iframe>""")

    DOCS = [("45/KH-LHH", "03/11/2026", "Kế hoạch tổ chức Hội thảo khoa học năm 2026", "KH-45-LHH.pdf"),
            ("112/LHH-VP", "21/10/2026", "V/v đăng ký nhiệm vụ tư vấn, phản biện năm 2027", "CV-112-LHH.doc"),
            ("38/QĐ-LHH", "09/09/2026", "Quyết định thành lập Hội đồng giám khảo Hội thi Sáng tạo kỹ thuật tỉnh lần thứ XII", "QD-38-LHH.pdf"),
            ("27/TB-LHH", "12/07/2026", "Thông báo kết luận của Thường trực Liên hiệp hội tại cuộc họp giao ban tháng 7", "TB-27-LHH.pdf"),
            ("15/KH-LHH", "28/03/2026", "Kế hoạch hoạt động Ngày Khoa học và Công nghệ Việt Nam 18/5/2026", "KH-15-LHH.pdf"),
            ("03/CTr-LHH", "15/01/2026", "Chương trình công tác năm 2026", "CTr-03-LHH.doc")]

    def doc_url(self, f: str) -> str:
        return f"/documents/20182/0/{f}/{uuid.UUID(hashlib.md5(f.encode()).hexdigest(), version=4)}"

    def documents(self, request: Request) -> Response:
        rows = "".join(f'<tr><td>{esc(a)}</td><td>{b}</td><td><a href="{self.doc_url(f)}">{esc(c)}</a></td></tr>'
                       for a, b, c, f in self.DOCS)
        return self.static("Văn bản chỉ đạo điều hành",
                           f'<table class="table table-bordered"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>')

    def not_found(self, request: Request) -> Response:
        main = ('<section class="portlet"><div class="portlet-body"><h2>Không tìm thấy</h2>'
                '<p>Không tìm thấy trang hoặc nội dung yêu cầu. Nội dung có thể đã bị gỡ bỏ.</p>'
                f'<p><a href="{G}/trang-chu">Về trang chủ</a></p></div></section>')
        return self.respond(self.shell("Không tìm thấy", main, aside=False), status=404)


def build_site(base_url: str, night: int) -> EvalSite:
    site = Site(base_url, night)
    router = Router(site.not_found)
    router.add("/robots.txt", Response("User-agent: *\nDisallow: /c/\nDisallow: /group/\n"
                                       f"Disallow: {G}/tim-kiem\nDisallow: /api/\n",
                                       content_type="text/plain"))
    for p in ("/", G, f"{G}/", f"{G}/trang-chu"):
        router.add(p, site.home)
    router.add(f"{G}/gioi-thieu", site.about)
    router.add(f"{G}/co-cau-to-chuc", site.chart)
    router.add(f"{G}/chuc-nang-nhiem-vu", site.duties)
    router.add(f"{G}/lien-he", site.contact)
    router.add(f"{G}/van-ban-chi-dao-dieu-hanh", site.documents)
    for _, _, _, f in Site.DOCS:
        router.add(site.doc_url(f), pdf_response(f) if f.endswith(".pdf") else doc_response(f))
    for c in CATS:
        router.add(f"{G}/{c}", lambda r, c=c: site.listing(r, c, {}))
    router.pattern(G + r"/([a-z\-]+)", lambda r, m, q: site.listing(r, m.group(1), q)
                   if m.group(1) in CATS else None)
    router.pattern(G + r"/(?:chi-tiet-bai-viet|trang-chu)/-/asset_publisher/\w+/content/id/(\d+)",
                   lambda r, m, q: site.article(r, int(m.group(1))))
    router.pattern(G + r"/tim-kiem", lambda r, m, q: site.static("Tìm kiếm", "<p>Không có kết quả.</p>"))
    router.pattern(r"/c/portal/login", lambda r, m, q: site.static("Đăng nhập", "<form method=\"post\"><input name=\"login\" /></form>"))

    visible = {s.id for s in site.featured} | {s.id for s in site.live[:5]}
    for c in CATS:
        visible |= {s.id for s in site.cat_items(c)[:6]}
    auth_ids = {s.id for s in site.live[:5]}
    golds = []
    for s in site.live:
        aliases = [list_link(s)]
        if s in site.featured:
            aliases.append(home_link(s))
        if s.id in auth_ids:
            aliases.append(site.auth_link(s))
        golds.append(Gold(path_of(s), s.title, s.published.date().isoformat(), s.author,
                          s.text(night), aliases, "listing" if s.id in visible else "pager-deep"))
    ch = night_changes(site.stories, night, path_of)
    non_articles = ["/", G, f"{G}/trang-chu", f"{G}/gioi-thieu", f"{G}/co-cau-to-chuc",
                    f"{G}/chuc-nang-nhiem-vu", f"{G}/lien-he", f"{G}/van-ban-chi-dao-dieu-hanh"]
    for c in CATS:
        pages = max(1, -(-len(site.cat_items(c)) // DELTA))
        non_articles += [f"{G}/{c}"] + [cat_page_link(c, i) for i in range(1, pages + 1)]
    return EvalSite(
        name=NAME, family="gov-liferay", routes=router.routes(), articles=golds,
        non_articles=non_articles, disallowed=["/c/", "/group/", f"{G}/tim-kiem", "/api/"],
        boilerplate=["Chuyển đến nội dung chính", "Tổng lượt truy cập", "Đang truy cập",
                     "Ngày đăng:", "Lượt xem:", "Tin khác", "Quay lại", "Chia sẻ:", "null",
                     "Cổng Thông tin điện tử tỉnh Đồng Tháp",
                     "Số 05 đường 30/4"],
        new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
