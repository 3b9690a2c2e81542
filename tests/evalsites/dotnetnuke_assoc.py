"""Member association on DotNetNuke with the News Articles module (forestry association,
Lâm Đồng).

Articles at /tabid/<T>/ctl/ArticleView/mid/<M>/articleId/<N>/<slug>.aspx and the same
article at /News/tabid/<T>/ArticleID/<N>/Default.aspx (the home page's "Tin nổi bật" uses
that form). Listings /<Tab>/tabid/<T>/Default.aspx, pagers /tabid/<T>/PageID/2/Default.aspx.
Module containers, "Print" (under /DesktopModules/, disallowed), "Rate this article", a
comment form. One long article over two pages (…/articleId/<N>/PageId/<P>/<slug>.aspx).
Also: an events calendar whose "Tháng sau »" never ends, a member directory page over
3 MB, PDF and .doc documents, mailto: and javascript: links, and a DNN SiteMap.aspx that
lists pages (tabs) only, never articles. No validators. A deleted article answers 404 with
the full skin and the module's message "Bài viết không tồn tại hoặc đã bị xóa".
"""

from __future__ import annotations

import functools
import random
import re
from datetime import date

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
    spread_dates,
    weekday,
)
from ._b_prose import Prose, slugify
from .model import EvalSite, Gold

NAME = "dotnetnuke_assoc"
SITE_TITLE = "Hội Khoa học Kỹ thuật Lâm nghiệp tỉnh Lâm Đồng"
PLACES = ["thành phố Đà Lạt", "thành phố Bảo Lộc", "huyện Lạc Dương", "huyện Đơn Dương",
          "huyện Đức Trọng", "huyện Lâm Hà", "huyện Di Linh", "huyện Bảo Lâm", "huyện Đạ Huoai",
          "huyện Cát Tiên", "huyện Đam Rông"]
THEMES = {
    "hoi_thao": ["phát triển rừng gỗ lớn có chứng chỉ", "bảo tồn đa dạng sinh học rừng thông ba lá",
                 "chi trả dịch vụ môi trường rừng", "phục hồi rừng tự nhiên nghèo kiệt",
                 "phát triển lâm sản ngoài gỗ dưới tán rừng", "ứng dụng ảnh vệ tinh trong giám sát rừng",
                 "phòng chống cháy rừng trong bối cảnh biến đổi khí hậu", "phát triển kinh tế rừng bền vững",
                 "trồng cây phân tán gắn với nông lâm kết hợp", "quản lý rừng cộng đồng"],
    "tap_huan": ["kỹ thuật nhân giống cây lâm nghiệp bằng hom", "phòng cháy, chữa cháy rừng",
                 "đo đếm trữ lượng rừng", "sử dụng thiết bị bay không người lái trong kiểm kê rừng",
                 "quản lý rừng bền vững theo tiêu chuẩn FSC"],
    "chuyen_giao": ["trồng sâm dây dưới tán rừng", "trồng mắc ca xen cà phê", "nuôi ong dưới tán rừng",
                    "trồng cà phê dưới tán cây che bóng", "trồng thông ba lá gỗ lớn"],
    "phan_bien": ["Đề án phát triển lâm nghiệp bền vững đến năm 2030",
                  "dự thảo Quy hoạch ba loại rừng của tỉnh", "dự án trồng rừng thay thế"],
}
TABS = {  # tabid: (tab path, name, mid, kinds, count)
    95: ("TinTuc", "Tin tức – Sự kiện", 512,
         ["hoi_thao", "tap_huan", "chuyen_giao", "ton_vinh", "phan_bien", "hoi_thao"], 22),
    96: ("KhoaHocKyThuat", "Khoa học – Kỹ thuật", 530, ["kien_thuc", "chuyen_giao", "hoi_thao"], 8),
}
PAGE = 6
AUTHORS = ["Minh Châu", "Ngọc Diệp", "KS. Trần Văn Lâm", None, "Văn phòng Hội", "Minh Châu"]
NEW_PER_NIGHT = [1, 0, 2, 1, 1, 0, 2]
EDITS = [(2, False), (3, False), (6, False)]
DELETIONS = [4, 7]
MULTI_PAGE_ID = 2_088


def _stories() -> list[Story]:
    rng = random.Random(9101)
    prose = Prose(9102, "Lâm Đồng", PLACES, union=SITE_TITLE, lhh="Hội",
                  knowledge=["chay_rung", "mac_ca", "go_lon"], chair_post="Chủ tịch Hội",
                  vice_post="Phó Chủ tịch kiêm Tổng Thư ký Hội", themes=THEMES,
                  members=["Hội Làm vườn", "Hội Nuôi ong", "Hội Bảo vệ thiên nhiên và môi trường",
                           "Hội Khoa học Đất", "Hội Giống cây trồng", "Hội Thủy lợi"])
    plan = []
    for tab, (_, _, _, kinds, n) in TABS.items():
        plan += [(tab, kinds[i % len(kinds)]) for i in range(n)]
    rng.shuffle(plan)
    dates = spread_dates(rng, len(plan), NIGHT0.replace(year=2019, month=4, day=20),
                         NIGHT0.replace(day=8, hour=0))
    stories = make_stories(prose, rng, plan, dates, AUTHORS, first_id=1_804,
                           id_step=lambda r: r.randint(2, 14))
    # a long workshop report in two pages
    long_one = next(s for s in stories if s.cat == 96 and s.kind == "hoi_thao")
    more = prose.story("hoi_thao", long_one.published, length="long")
    long_one.paragraphs = long_one.paragraphs + more.paragraphs[1:]
    long_one.pages = 2
    stories = schedule(rng, stories, prose, new_per_night=NEW_PER_NIGHT,
                       new_plan=lambda n, j: (95, rng.choice(["hoi_thao", "tap_huan", "chuyen_giao"])),
                       edits=EDITS, deletions=DELETIONS, authors=AUTHORS,
                       id_step=lambda r: r.randint(1, 5), protect={long_one.id})
    for s in stories:
        s.extra["slug"] = slugify(s.title, 70)
        s.extra["views"] = rng.randint(20, 1500)
        s.extra["page_ids"] = [0] + [rng.randint(300, 900) for _ in range(s.pages - 1)]
    return stories


def path_of(s: Story) -> str:
    mid = TABS[s.cat][2]
    return f"/tabid/{s.cat}/ctl/ArticleView/mid/{mid}/articleId/{s.id}/{s.extra['slug']}.aspx"


def alias_of(s: Story) -> str:
    return f"/News/tabid/{s.cat}/ArticleID/{s.id}/Default.aspx"


def page_path(s: Story, page: int) -> str:
    if page == 1:
        return path_of(s)
    mid = TABS[s.cat][2]
    return (f"/tabid/{s.cat}/ctl/ArticleView/mid/{mid}/articleId/{s.id}/PageId/"
            f"{s.extra['page_ids'][page - 1]}/{s.extra['slug']}.aspx")


def tab_url(tab: int, page: int = 1) -> str:
    if page > 1:
        return f"/tabid/{tab}/PageID/{page}/Default.aspx"
    return f"/{TABS[tab][0]}/tabid/{tab}/Default.aspx"


STATIC_TABS = {110: ("GioiThieu", "Giới thiệu"), 111: ("BanChapHanh", "Ban Chấp hành"),
               120: ("LichCongTac", "Lịch công tác"), 130: ("HoiVien", "Danh sách hội viên"),
               140: ("TaiLieu", "Tài liệu"), 150: ("LienHe", "Liên hệ")}
DOCS = [("Kỷ yếu Hội thảo Phát triển rừng gỗ lớn 2025", "KyYeu_HoiThao_RungGoLon_2025.pdf"),
        ("Điều lệ Hội (sửa đổi, bổ sung năm 2022)", "DieuLe_Hoi_2022.pdf"),
        ("Mẫu đơn xin gia nhập Hội", "MauDon_GiaNhapHoi.doc"),
        ("Hướng dẫn kỹ thuật trồng thông ba lá", "HuongDan_ThongBaLa.pdf")]


def static_url(tab: int) -> str:
    return f"/{STATIC_TABS[tab][0]}/tabid/{tab}/Default.aspx"


@functools.lru_cache(maxsize=1)
def member_directory() -> str:
    """The >3 MB member list (one table row per member, as the module renders it)."""
    from ._b_prose import GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M, SURNAMES
    rng = random.Random(9199)
    units = ["Công ty TNHH MTV Lâm nghiệp Bảo Lâm", "Ban Quản lý rừng phòng hộ Đa Nhim",
             "Vườn quốc gia Bidoup – Núi Bà", "Hạt Kiểm lâm huyện Di Linh", "Trường Cao đẳng Đà Lạt",
             "Chi cục Kiểm lâm tỉnh", "Viện Khoa học Lâm nghiệp Nam Trung Bộ và Tây Nguyên",
             "Công ty TNHH MTV Lâm nghiệp Đơn Dương", "Ban Quản lý rừng phòng hộ Lâm Viên"]
    rows = []
    for i in range(1, 15_001):
        female = rng.random() < 0.3
        name = " ".join([rng.choice(SURNAMES), rng.choice(MIDDLE_F if female else MIDDLE_M),
                         rng.choice(GIVEN_F if female else GIVEN_M)])
        rows.append(f'<tr class="{"dnnGridItem" if i % 2 else "dnnGridAltItem"}"><td>{i}</td><td>{name}</td>'
                    f'<td>{rng.randint(1950, 2000)}</td><td>{rng.choice(["Kỹ sư lâm nghiệp", "Thạc sĩ", "Tiến sĩ", "Cử nhân", "Kỹ sư nông học"])}</td>'
                    f'<td>{rng.choice(units)}</td><td>{rng.choice(PLACES)}</td><td>Chi hội {rng.randint(1, 24)}</td>'
                    f'<td>{rng.randint(2003, 2026)}</td><td>09{rng.randint(10000000, 99999999)}</td></tr>')
    return "".join(rows)


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
        self.counter = Counter(356_218, night, 260)
        self.featured = self.tab_items(95)[:3] + self.tab_items(96)[:1]

    def tab_items(self, tab: int) -> list[Story]:
        return [s for s in self.live if s.cat == tab]

    def shell(self, title: str, pane: str, tab: int | None = None) -> str:
        nav = [("Trang chủ", "/TrangChu/tabid/36/Default.aspx")]
        nav += [(TABS[t][1], tab_url(t)) for t in TABS]
        nav += [(STATIC_TABS[t][1], static_url(t)) for t in STATIC_TABS]
        selected = ' class="selected"'
        menu = "".join(f'<li{selected if tab is not None and h.endswith(f"/tabid/{tab}/Default.aspx") else ""}><a href="{h}">{esc(n)}</a></li>'
                       for n, h in nav)
        recent = "".join(f'<li><a href="{path_of(s)}">{esc(s.title)}</a></li>' for s in self.live[:5])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-VN" lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/default.css" type="text/css" rel="stylesheet" />
<link href="/Portals/0/Skins/LamNghiep/skin.css" type="text/css" rel="stylesheet" />
<script src="/js/dnncore.js" type="text/javascript"></script>
</head>
<body id="Body">
<form name="Form" method="post" action="/Default.aspx" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNzE0MjkxMjQwD2QWBmYPFgIeBFRleHQFPjwhRE9DVFlQRSBIVE1MIFBVQkxJQyAiLS8vVzNDLy9EVEQgWEhUTUwgMS4wIFRyYW5zaXRpb25hbC8vRU4iPmQ=" />
<script type="text/javascript">function __doPostBack(t, a) {{ var f = document.forms['Form']; f.__EVENTTARGET.value = t; f.__EVENTARGUMENT.value = a; f.submit(); }}</script>
<div id="dnn_wrapper">
<div class="skin_header"><a id="dnn_dnnLOGO_hypLogo" title="{esc(SITE_TITLE)}" href="/TrangChu/tabid/36/Default.aspx"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo_hoilamnghiep.png" alt="{esc(SITE_TITLE)}" /></a>
<span id="dnn_dnnCURRENTDATE_lblDate" class="SkinObject">{weekday(self.now)}, {self.now.day} tháng {self.now.month}, {self.now.year}</span>
<a id="dnn_dnnLOGIN_cmdLogin" class="SkinObject" href="/Login/tabid/160/Default.aspx?returnurl=%2f">Đăng nhập</a> |
<a class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm kiếm</a></div>
<div class="skin_menu"><ul id="dnn_dnnNAV">{menu}</ul></div>
<div class="skin_content"><div id="dnn_ContentPane" class="contentpane">
{pane}
</div>
<div id="dnn_RightPane" class="rightpane">
<div class="DnnModule DnnModule-DnnForge-LatestArticles"><div class="c_container"><h2 class="c_title">Bài viết mới</h2><ul>{recent}</ul></div></div>
<div class="DnnModule DnnModule-Counter"><div class="c_container"><h2 class="c_title">Thống kê</h2><p>Lượt truy cập: {self.counter.hit()}</p><p>Đang online: {random.randint(2, 25)}</p></div></div>
<div class="DnnModule"><div class="c_container"><h2 class="c_title">Liên kết</h2><ul><li><a href="https://vusta.vn" target="_blank">Liên hiệp hội Việt Nam</a></li><li><a href="https://tongcuclamnghiep.gov.vn" target="_blank">Cục Lâm nghiệp</a></li></ul></div></div>
</div></div>
<div class="skin_footer"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2011 – {self.now.year} by {esc(SITE_TITLE)}</span>
<p>Trụ sở: 35 Trần Hưng Đạo, Phường 10, Đà Lạt – ĐT: 0263.3822.198 – Email: <a href="mailto:hoilamnghieplamdong@gmail.com">hoilamnghieplamdong@gmail.com</a></p>
<a id="dnn_dnnTERMS_hypTerms" class="SkinObject" href="/Terms.aspx">Điều khoản sử dụng</a> | <a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" href="/Privacy.aspx">Chính sách bảo mật</a></div>
</div></form></body></html>"""

    def container(self, mid: int, title: str, inner: str) -> str:
        return (f'<div class="DnnModule DnnModule-DnnForge-NewsArticles DnnModule-{mid}"><a name="{mid}"></a>'
                f'<div class="c_container c_head_grey"><h2 class="c_title"><span id="dnn_ctr{mid}_dnnTITLE_lblTitle" class="TitleHead">{esc(title)}</span></h2>'
                f'<div id="dnn_ctr{mid}_ContentPane" class="c_contentpane"><div id="dnn_ctr{mid}_ModuleContent">{inner}</div></div></div></div>')

    def summary_item(self, s: Story, link: str | None = None) -> str:
        link = link or path_of(s)
        lead = s.text(self.night)[0]
        return (f'<div class="articleItem"><h3 class="articleTitle"><a href="{link}">{esc(s.title)}</a></h3>'
                f'<div class="articleDate">{dmy(s.published)}</div>'
                f'<div class="articleSummary">{esc(lead[:260])}{"…" if len(lead) > 260 else ""}</div>'
                f'<a class="readMore" href="{link}">Xem tiếp...</a></div>')

    # -- pages -----------------------------------------------------------------------
    def home(self, request: Request) -> Response:
        feat = "".join(self.summary_item(s, alias_of(s)) for s in self.featured)
        latest = "".join(f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span>({dmy(s.published)})</span></li>' for s in self.live[:8])
        pane = (self.container(600, "Tin nổi bật", feat)
                + self.container(601, "Tin mới cập nhật", f"<ul>{latest}</ul>"))
        return Response(self.shell(SITE_TITLE, pane, 36))

    def listing(self, request: Request, tab: int, page: int) -> Response:
        items = self.tab_items(tab)
        pages = max(1, -(-len(items) // PAGE))
        chunk = items[(page - 1) * PAGE: page * PAGE]
        body = "".join(self.summary_item(s) for s in chunk) or '<p class="Normal">Không có bài viết nào.</p>'
        nav = " ".join(f'<span class="CurrentPage">{i}</span>' if i == page else f'<a class="CommandButton" href="{tab_url(tab, i)}">{i}</a>'
                       for i in range(1, pages + 1))
        if page < pages:
            nav += f' <a class="CommandButton" href="{tab_url(tab, page + 1)}">Sau »</a>'
        path, name, mid, _, _ = TABS[tab]
        pane = self.container(mid, name, body + f'<div class="articlePaging">Trang: {nav}</div>')
        return Response(self.shell(f"{name} - {SITE_TITLE}", pane, tab))

    def article(self, request: Request, tab: int, ident: int, page_id: int | None) -> Response | None:
        s = self.by_id.get(ident)
        if s is None or s.cat != tab:
            if ident in self.gone:  # the module's own message, inside the skin, with a 404
                pane = self.container(TABS[tab][2], TABS[tab][1],
                                      '<div class="dnnFormMessage dnnFormWarning">Bài viết không tồn tại hoặc đã bị xóa.</div>'
                                      f'<p><a href="{tab_url(tab)}">Quay lại danh sách tin</a></p>')
                return Response(self.shell(f"{TABS[tab][1]} - {SITE_TITLE}", pane, tab), status=404)
            return None
        parts = s.page_split(self.night)
        page = 1
        if page_id is not None:
            if page_id not in s.extra["page_ids"][1:]:
                return None
            page = s.extra["page_ids"].index(page_id) + 1
        paras = parts[page - 1]

        def para(t: str) -> str:
            return f'<p style="text-align: justify;">{esc(t)}</p>'

        def figure(cap: str, n: int) -> str:
            return (f'<p style="text-align: center;"><img src="/Portals/0/News/{s.published:%Y%m}/{s.id}_{n}.jpg" alt="" border="0" /><br />'
                    f'<em>{esc(cap)}</em></p>')

        caps = s.captions if page == 1 else []
        body = paras_html(paras, caps, para, figure)
        if page == len(parts) and s.author:
            body += f'\n<p style="text-align: right;"><strong><em>{esc(s.author)}</em></strong></p>'
        paging = ""
        if len(parts) > 1:
            paging = '<div class="articlePages">Trang: ' + " | ".join(
                f"<b>{i}</b>" if i == page else f'<a href="{page_path(s, i)}">Trang {i}</a>'
                for i in range(1, len(parts) + 1)) + "</div>"
        mid = TABS[tab][2]
        related = "".join(f'<li><a href="{path_of(o)}">{esc(o.title)}</a> ({dmy(o.published)})</li>'
                          for o in self.tab_items(tab)[:6] if o.id != s.id)
        attach = ""
        if s.id % 5 == 0:
            attach = f'<div class="articleAttachments">Tệp đính kèm: <a href="/Portals/0/TaiLieu/{DOCS[0][1]}">{esc(DOCS[0][1])}</a></div>'
        inner = f"""<div class="articleHeading"><h1 class="articleHeadline">{esc(s.title)}</h1></div>
<div class="articleAuthor">Người đăng: Quản trị viên | {weekday(s.published)}, {dmy(s.published)} {s.published:%H:%M} | Lượt xem: {s.extra["views"] + self.night * 2}</div>
<div class="articleRating">Rate this article: <a href="javascript:__doPostBack('dnn$ctr{mid}$ViewArticle$ucRating$lstRating','1')">☆</a><a href="javascript:__doPostBack('dnn$ctr{mid}$ViewArticle$ucRating$lstRating','2')">☆</a><a href="javascript:__doPostBack('dnn$ctr{mid}$ViewArticle$ucRating$lstRating','3')">☆</a><a href="javascript:__doPostBack('dnn$ctr{mid}$ViewArticle$ucRating$lstRating','4')">☆</a><a href="javascript:__doPostBack('dnn$ctr{mid}$ViewArticle$ucRating$lstRating','5')">☆</a> (0 votes)</div>
<div class="articleBody Normal">
{body}
</div>
{paging}
{attach}
<div class="articleFooter"><a href="/DesktopModules/DnnForge%20-%20NewsArticles/Print.aspx?tabid={tab}&amp;tabmoduleid={mid + 91}&amp;articleId={s.id}&amp;moduleId={mid}&amp;PortalID=0" target="_blank">Print</a> |
<a href="mailto:?subject={esc(s.title)}">Email</a> | Chuyên mục: <a href="{tab_url(tab)}">{esc(TABS[tab][1])}</a> | Comments (0)</div>
<div class="articleRelated"><h3>Các bài viết khác</h3><ul>{related}</ul></div>
<div class="articleComment"><h3>Gửi bình luận</h3><p>Tên: <input name="dnn$ctr{mid}$ViewArticle$PostComment$txtName" type="text" /></p><p>Email: <input name="dnn$ctr{mid}$ViewArticle$PostComment$txtEmail" type="text" /></p>
<p><textarea name="dnn$ctr{mid}$ViewArticle$PostComment$txtComment" rows="5" cols="50"></textarea></p>
<a class="CommandButton" href="javascript:__doPostBack('dnn$ctr{mid}$ViewArticle$PostComment$btnAddComment','')">Gửi bình luận</a></div>"""
        return Response(self.shell(f"{s.title} - {SITE_TITLE}", self.container(mid, TABS[tab][1], inner), tab))

    def static(self, tab: int, inner: str) -> Response:
        name = STATIC_TABS[tab][1]
        html = f'<div class="DnnModule DnnModule-DNN_HTML"><div class="c_container"><h2 class="c_title">{esc(name)}</h2><div class="Normal">{inner}</div></div></div>'
        return Response(self.shell(f"{name} - {SITE_TITLE}", html, tab))

    def about(self, r):
        return self.static(110, """<p>Hội Khoa học Kỹ thuật Lâm nghiệp tỉnh Lâm Đồng được thành lập năm 2003, là tổ chức xã hội – nghề nghiệp của những người làm công tác khoa học, kỹ thuật, quản lý và sản xuất trong lĩnh vực lâm nghiệp trên địa bàn tỉnh; là hội thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng.</p>
<p>Hội hiện có 24 chi hội cơ sở với gần 1.900 hội viên là kỹ sư, cán bộ kỹ thuật đang công tác tại các công ty lâm nghiệp, ban quản lý rừng, vườn quốc gia, hạt kiểm lâm, trường học và viện nghiên cứu.</p>""")

    def board(self, r):
        rows = [("Chủ tịch", "TS. Phạm Ngọc Thạch"), ("Phó Chủ tịch kiêm Tổng Thư ký", "ThS. Nguyễn Văn Lộc"),
                ("Phó Chủ tịch", "KS. K'Brơi"), ("Ủy viên Thường vụ", "ThS. Lê Thị Ngọc Hà")]
        return self.static(111, "<table class=\"dnnGrid\">" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>")

    def calendar(self, request: Request, query: dict) -> Response:
        raw = query.get("selecteddate", f"{self.now:%Y-%m}-01")
        m = re.fullmatch(r"(\d{4})-(\d{2})-\d{2}", raw)
        if not m or not (1 <= int(m.group(2)) <= 12):
            return self.static(120, "<p>Ngày không hợp lệ.</p>")
        year, month = int(m.group(1)), int(m.group(2))
        prev_m = date(year - (month == 1), 12 if month == 1 else month - 1, 1)
        next_m = date(year + (month == 12), 1 if month == 12 else month + 1, 1)
        events = []
        if (year, month) == (self.now.year, self.now.month):
            events = [("12/11", "Hội nghị Ban Chấp hành mở rộng"), ("19/11", "Tập huấn phòng cháy, chữa cháy rừng tại Bảo Lộc"),
                      ("26/11", "Hội thảo chi trả dịch vụ môi trường rừng")]
        rows = "".join(f"<tr><td>{d}</td><td>{esc(e)}</td></tr>" for d, e in events) or '<tr><td colspan="2">Không có sự kiện trong tháng.</td></tr>'
        inner = (f'<div class="EventsCalendar"><a href="/LichCongTac/tabid/120/Default.aspx?selecteddate={prev_m:%Y-%m-%d}">« Tháng trước</a> '
                 f'<b>Tháng {month}/{year}</b> <a href="/LichCongTac/tabid/120/Default.aspx?selecteddate={next_m:%Y-%m-%d}">Tháng sau »</a>'
                 f'<table class="EventsList"><tr><th>Ngày</th><th>Sự kiện</th></tr>{rows}</table></div>')
        return self.static(120, inner)

    def members(self, r):
        return self.static(130, '<table class="dnnGrid"><tr class="dnnGridHeader"><th>STT</th><th>Họ và tên</th><th>Năm sinh</th><th>Trình độ</th><th>Đơn vị công tác</th><th>Địa bàn</th><th>Chi hội</th><th>Năm vào Hội</th><th>Điện thoại</th></tr>'
                           + member_directory() + "</table>")

    def documents(self, r):
        rows = "".join(f'<li><a href="/Portals/0/TaiLieu/{f}">{esc(t)}</a> ({f.rsplit(".", 1)[1].upper()})</li>' for t, f in DOCS)
        return self.static(140, f"<ul class=\"docs\">{rows}</ul>")

    def contact(self, r):
        return self.static(150, '<p>Trụ sở: 35 Trần Hưng Đạo, Phường 10, Đà Lạt</p><p>Email: <a href="mailto:hoilamnghieplamdong@gmail.com">hoilamnghieplamdong@gmail.com</a></p><p><a href="javascript:void(0)" onclick="window.open(\'https://maps.google.com\')">Xem bản đồ</a></p>')

    def sitemap(self, request: Request) -> Response:
        urls = ["/TrangChu/tabid/36/Default.aspx"] + [tab_url(t) for t in TABS] + [static_url(t) for t in STATIC_TABS]
        stamp = self.now.strftime("%Y-%m-%d")
        rows = "".join(f"<url><loc>{self.base}{u}</loc><lastmod>{stamp}</lastmod><changefreq>daily</changefreq><priority>0.5</priority></url>" for u in urls)
        return Response('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + rows + "</urlset>",
                        content_type="text/xml; charset=utf-8")

    def not_found(self, request: Request) -> Response:
        return Response("<html><head><title>404 Not Found</title></head><body><h2>Không tìm thấy trang</h2>"
                        "<p>Trang bạn yêu cầu không tồn tại.</p></body></html>", status=404)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /App_Browsers/
Disallow: /App_Code/
Disallow: /App_Data/
Disallow: /bin/
Disallow: /Components/
Disallow: /Config/
Disallow: /controls/
Disallow: /DesktopModules/
Disallow: /Install/
Disallow: /js/
Disallow: /Providers/
Disallow: /Login/
"""


def build_site(base_url: str, night: int) -> EvalSite:
    site = Site(base_url, night)
    router = Router(site.not_found)
    router.add("/robots.txt", Response(ROBOTS + f"\nSitemap: {base_url}/SiteMap.aspx\n", content_type="text/plain"))
    router.add("/SiteMap.aspx", site.sitemap)
    for p in ("/", "/Default.aspx", "/TrangChu/tabid/36/Default.aspx"):
        router.add(p, site.home)
    for t in TABS:
        router.add(tab_url(t), lambda r, t=t: site.listing(r, t, 1))
    for t, h in [(110, site.about), (111, site.board), (130, site.members), (140, site.documents),
                 (150, site.contact)]:
        router.add(static_url(t), h)
    router.add(static_url(120), lambda r: site.calendar(r, {}))
    for _, f in DOCS:
        router.add(f"/Portals/0/TaiLieu/{f}", pdf_response(f) if f.endswith(".pdf") else doc_response(f))
    router.pattern(r"/LichCongTac/tabid/120/Default\.aspx", lambda r, m, q: site.calendar(r, q), re.I)
    router.pattern(r"/tabid/(\d+)/PageID/(\d+)/Default\.aspx",
                   lambda r, m, q: site.listing(r, int(m.group(1)), int(m.group(2)))
                   if int(m.group(1)) in TABS else None, re.I)
    router.pattern(r"/tabid/(\d+)/ctl/ArticleView/mid/\d+/articleId/(\d+)/[\w\-]+\.aspx",
                   lambda r, m, q: site.article(r, int(m.group(1)), int(m.group(2)), None), re.I)
    router.pattern(r"/tabid/(\d+)/ctl/ArticleView/mid/\d+/articleId/(\d+)/PageId/(\d+)/[\w\-]+\.aspx",
                   lambda r, m, q: site.article(r, int(m.group(1)), int(m.group(2)), int(m.group(3))), re.I)
    router.pattern(r"/News/tabid/(\d+)/ArticleID/(\d+)/Default\.aspx",
                   lambda r, m, q: site.article(r, int(m.group(1)), int(m.group(2)), None), re.I)
    router.pattern(r"/DesktopModules/.*", lambda r, m, q: Response("<html><body onload=\"window.print()\">Print</body></html>"))
    router.pattern(r"/Login/tabid/160/Default\.aspx", lambda r, m, q: Response(site.shell("Đăng nhập", "<p>Tên đăng nhập</p>")))
    router.pattern(r"/(Terms|Privacy)\.aspx", lambda r, m, q: Response(site.shell("Điều khoản", "<p>Nội dung đang cập nhật.</p>")))

    visible = {s.id for s in site.featured} | {s.id for s in site.live[:8]}
    for t in TABS:
        visible |= {s.id for s in site.tab_items(t)[:PAGE]}
    golds = [Gold(path_of(s), s.title, s.published.date().isoformat(), s.author, s.text(night),
                  [alias_of(s)], "listing" if s.id in visible else "pager-deep")
             for s in site.live]
    ch = night_changes(site.stories, night, path_of)
    non_articles = ["/", "/Default.aspx", "/TrangChu/tabid/36/Default.aspx", "/Terms.aspx", "/Privacy.aspx"]
    non_articles += [static_url(t) for t in STATIC_TABS]
    for t in TABS:
        pages = max(1, -(-len(site.tab_items(t)) // PAGE))
        non_articles += [tab_url(t, i) for i in range(1, pages + 1)]
    non_articles.append(f"/LichCongTac/tabid/120/Default.aspx?selecteddate={site.now:%Y-%m}-01")
    return EvalSite(
        name=NAME, family="dotnetnuke", routes=router.routes(), articles=golds,
        non_articles=non_articles,
        disallowed=["/admin/", "/App_Browsers/", "/App_Code/", "/App_Data/", "/bin/", "/Components/",
                    "/Config/", "/controls/", "/DesktopModules/", "/Install/", "/js/", "/Providers/",
                    "/Login/"],
        boilerplate=["Rate this article", "Người đăng:", "Lượt xem:", "Comments (0)", "Gửi bình luận",
                     "Các bài viết khác", "Lượt truy cập:", "Đang online:", "Tệp đính kèm",
                     "Copyright 2011", "35 Trần Hưng Đạo", "Bài viết mới"],
        new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
