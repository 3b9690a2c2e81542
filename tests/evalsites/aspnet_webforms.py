"""ASP.NET WebForms provincial union site (Quảng Ngãi-like, 2012-era portal still running).

Articles at /NewsDetail.aspx?Id=N (lower-case `newsdetail.aspx?id=N` links in the "Đọc
nhiều" box: IIS answers both). Category listings /NewsList.aspx?CatID=N show page 1 on GET;
every further page only through `javascript:__doPostBack(...)`: a POST of the whole form
with __VIEWSTATE/__EVENTVALIDATION/__EVENTTARGET. Articles only on those pages are reachable
no other way. No sitemap, no feed, no ETag/Last-Modified; dates "19/12/2019 1:39 CH";
counters change on every request; deleted articles answer 200 "Bài viết không tồn tại
hoặc đã bị xóa" (soft 404).
"""

from __future__ import annotations

import base64
import random
import re

from tests.siteserver import Request, Response

from ._b_common import (
    NIGHT0,
    Counter,
    Router,
    Story,
    ampm_vn,
    camera_name,
    dmy,
    doc_response,
    esc,
    first_sentence,
    lower_query,
    make_stories,
    night_changes,
    now_of,
    paras_html,
    pdf_response,
    schedule,
    spread_dates,
    token,
    weekday,
)
from ._b_prose import Prose
from .model import EvalSite, Gold

NAME = "aspnet_webforms"
SITE_TITLE = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi"
PLACES = ["huyện Sơn Tịnh", "huyện Bình Sơn", "huyện Tư Nghĩa", "huyện Mộ Đức", "huyện Nghĩa Hành",
          "huyện Ba Tơ", "huyện Sơn Hà", "huyện Trà Bồng", "huyện Lý Sơn", "thị xã Đức Phổ",
          "thành phố Quảng Ngãi", "huyện Minh Long"]
CATS = {  # CatID: (menu name, breadcrumb, kinds)
    1: ("Tin hoạt động", "Tin hoạt động >> Liên hiệp Hội",
        ["tong_ket", "hoi_thao", "tap_huan", "ton_vinh", "lam_viec", "hoi_thao"]),
    2: ("Hội thành viên", "Tin hoạt động >> Hội thành viên",
        ["dai_hoi", "chuyen_giao", "cong_dong", "tap_huan"]),
    3: ("Tư vấn – Phản biện", "Tư vấn – Phản biện", ["phan_bien"]),
    4: ("Phổ biến kiến thức", "Phổ biến kiến thức", ["kien_thuc"]),
    5: ("Hội thi – Cuộc thi", "Hội thi – Cuộc thi", ["hoi_thi", "thieu_nhi"]),
}
COUNTS = {1: 20, 2: 12, 3: 5, 4: 3, 5: 6}
PAGE = 8
AUTHORS = ["BH", "Minh Thành", "Thu Nga", "Văn Phòng", "Hoàng Vy", None, "BH", "T.N"]
PAGER = "ctl00$ContentPlaceHolder1$"
SOFT404 = "Bài viết không tồn tại hoặc đã bị xóa."
NEW_PER_NIGHT = [2, 1, 1, 2, 0, 3, 1]
EDITS = [(2, False), (4, False), (6, False)]
DELETIONS = [3, 5]


def _stories() -> list[Story]:
    rng = random.Random(4101)
    prose = Prose(4102, "Quảng Ngãi", PLACES,
                  knowledge=["sot_xuat_huyet", "duoi_nuoc", "an_toan_thuc_pham"])
    plan = []
    for cat, n in COUNTS.items():
        kinds = CATS[cat][2]
        plan += [(cat, kinds[i % len(kinds)]) for i in range(n)]
    rng.shuffle(plan)
    dates = spread_dates(rng, len(plan), NIGHT0.replace(year=2019, month=1, day=8),
                         NIGHT0.replace(day=8, hour=0))
    stories = make_stories(prose, rng, plan, dates, AUTHORS, first_id=1184,
                           id_step=lambda r: r.randint(3, 40))
    new_cats = [1, 2, 1, 5, 3, 1, 2, 1, 1, 2]
    stories = schedule(rng, stories, prose, new_per_night=NEW_PER_NIGHT,
                       new_plan=lambda night, j: (c := new_cats[(night + j) % len(new_cats)],
                                                  rng.choice(CATS[c][2]) if c != 4 else "hoi_thao"),
                       edits=EDITS, deletions=DELETIONS, authors=AUTHORS,
                       id_step=lambda r: r.randint(2, 6))
    for s in stories:
        s.extra["views"] = rng.randint(40, 2400)
        s.extra["cams"] = {i: camera_name(rng, s.published) for i, _ in s.captions
                           if rng.random() < 0.4}
        s.extra["img"] = rng.randint(1000, 9999)
    return stories


def path_of(s: Story) -> str:
    return f"/NewsDetail.aspx?Id={s.id}"


# ------------------------------------------------------------------------------------------
# Rendering
# ------------------------------------------------------------------------------------------

def _viewstate(cat: int, page: int) -> str:
    state = f"dDwxNjU0NTYxMDUyO3Q8O2w8aTwxPjs+O2w8dDw7bDxpPDE+Oz4+Oz4+;CatID={cat};Page={page};"
    filler = token("vs", cat, page, n=32) * 12
    return "/wEPDwUKMTY1NDU2MTA1Mg9k" + base64.b64encode((state + filler).encode()).decode()


def _read_viewstate(value: str) -> tuple[int, int] | None:
    if not value.startswith("/wEPDwUKMTY1NDU2MTA1Mg9k"):
        return None
    try:
        raw = base64.b64decode(value[len("/wEPDwUKMTY1NDU2MTA1Mg9k"):], validate=True).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    m = re.search(r";CatID=(\d+);Page=(\d+);", raw)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _eventvalidation(cat: int, page: int) -> str:
    return "/wEdAA" + token("ev", cat, page, n=40) + "=="


class Site:
    def __init__(self, base_url: str, night: int):
        self.base = base_url
        self.night = night
        self.now = now_of(night)
        self.stories = _stories()
        self.live = sorted((s for s in self.stories if s.live(night)),
                           key=lambda s: s.published, reverse=True)
        self.by_id = {s.id: s for s in self.live}
        self.counter = Counter(3_994_514, night, 1800)
        # featured and most-read boxes are chosen by the editors: fixed old stories
        pool = [s for s in self.live if s.cat in (1, 2)]
        self.featured = [pool[i] for i in (0, 3, 11, 17) if i < len(pool)]
        self.most_read = [pool[i] for i in (5, 9, 14) if i < len(pool)]

    # -- chrome ----------------------------------------------------------------------
    def page(self, title: str, main: str, *, form_action: str | None = None,
             hidden: str = "") -> str:
        menu = "".join(f'<li><a href="/NewsList.aspx?CatID={c}">{esc(v[0])}</a></li>'
                       for c, v in CATS.items())
        latest = "".join(
            f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span class="date">({dmy(s.published)})</span></li>'
            for s in self.live[:5])
        most = "".join(
            f'<li><a href="/newsdetail.aspx?id={s.id}">{esc(s.title)}</a></li>'
            for s in self.most_read)
        visits = self.counter.hit()
        online = random.randint(12, 80)
        form_open = (f'<form name="aspnetForm" method="post" action="{esc(form_action)}" id="aspnetForm">'
                     if form_action else '<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">')
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
</head>
<body>
{form_open}
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
{hidden}
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="wrapper">
<div id="header">
  <div class="banner"><a href="/Default.aspx"><img src="/Images/banner.jpg" alt="Banner Liên hiệp hội Quảng Ngãi" /></a></div>
  <div class="today">{weekday(self.now)}, {dmy(self.now)}</div>
  <div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" />
  <a href="/Search.aspx?key=">Tìm kiếm</a></div>
</div>
<div id="menu"><ul>
  <li><a href="/Default.aspx">Trang chủ</a></li>
  <li><a href="/GioiThieu.aspx">Giới thiệu</a>
    <ul><li><a href="/GioiThieu.aspx">Giới thiệu chung</a></li><li><a href="/CoCauToChuc.aspx">Cơ cấu tổ chức</a></li></ul></li>
  {menu}
  <li><a href="/VanBan.aspx">Văn bản</a></li>
  <li><a href="/LienHe.aspx">Liên hệ</a></li>
</ul></div>
<div id="marquee"><marquee scrollamount="2">Thông báo về việc triển khai Cuộc thi Sáng tạo Thanh thiếu niên, Nhi đồng tỉnh Quảng Ngãi lần thứ XII năm {self.now.year + 1} ( {dmy(self.now.replace(day=2))} )</marquee></div>
<div id="content">
<div id="main">
{main}
</div>
<div id="right">
  <div class="box"><h3>THÔNG BÁO</h3><ul><li>Lịch tiếp công dân tháng {self.now.month}/{self.now.year}</li><li>Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật lần thứ 13</li></ul></div>
  <div class="box"><h3>TIN MỚI CẬP NHẬT</h3><ul>{latest}</ul></div>
  <div class="box"><h3>ĐỌC NHIỀU NHẤT</h3><ul>{most}</ul></div>
  <div class="box"><h3>VIDEO NHÚNG</h3><iframe width="250" height="180" src="https://www.youtube.com/embed/x7Rk2mQp" title="Video 05 Sự kiện nổi bật"></iframe></div>
  <div class="box"><h3>LIÊN KẾT WEB</h3><select onchange="window.open(this.value)"><option value="">-- Liên kết website --</option><option value="https://vusta.vn">Liên hiệp hội Việt Nam</option><option value="https://quangngai.gov.vn">Cổng TTĐT tỉnh</option></select></div>
  <div class="box"><h3>DANH NGÔN KHOA HỌC</h3><p>“Trí tưởng tượng quan trọng hơn kiến thức.” – A. Einstein</p></div>
  <div class="box"><h3>Thống kê truy cập</h3><p>Lượt truy cập: {visits}</p><p>Đang trực tuyến: {online}</p></div>
</div>
</div>
<div id="footer">
  <p>Cơ quan chủ quản: {SITE_TITLE}</p>
  <p>Địa chỉ: 96 Nguyễn Nghiêm, TP. Quảng Ngãi – Điện thoại: 0255.3822.614 – Email: <a href="mailto:lienhiephoi@quangngai.gov.vn">lienhiephoi@quangngai.gov.vn</a></p>
  <p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</div>
</form>
</body>
</html>"""

    def item(self, s: Story) -> str:
        return (f'<div class="news-item"><a href="{path_of(s)}"><img src="/Upload/Images/thumb_{s.extra["img"]}.jpg" alt="" /></a>'
                f'<h4><a href="{path_of(s)}">{esc(s.title)}</a></h4>'
                f'<span class="date">({dmy(s.published)})</span>'
                f'<p>{esc(first_sentence(s.text(self.night)[0]))}</p></div>')

    # -- pages -----------------------------------------------------------------------
    def home(self, request: Request) -> Response:
        top = self.live[:6]
        lead = top[0]
        main = (f'<div class="hot"><h2><a href="{path_of(lead)}">{esc(lead.title)}</a></h2>'
                f'<p>{esc(lead.text(self.night)[0])}</p><a href="{path_of(lead)}">Chi tiết</a></div>'
                '<h3 class="cat">TIN HOẠT ĐỘNG</h3>' + "".join(self.item(s) for s in top[1:])
                + '<h3 class="cat">TIN NỔI BẬT</h3><ul>'
                + "".join(f'<li><a href="{path_of(s)}">{esc(s.title)}</a></li>' for s in self.featured)
                + "</ul>")
        return Response(self.page(SITE_TITLE, main))

    def cat_items(self, cat: int) -> list[Story]:
        return [s for s in self.live if s.cat == cat]

    def listing(self, cat: int, page: int) -> str:
        items = self.cat_items(cat)
        pages = max(1, -(-len(items) // PAGE))
        page = min(max(1, page), pages)
        chunk = items[(page - 1) * PAGE: page * PAGE]
        links = []
        if page > 1:
            links.append(f'<a id="ctl00_ContentPlaceHolder1_lnkPrev" href="javascript:__doPostBack(\'{PAGER}lnkPrev\',\'\')">« Trang trước</a>')
        for i in range(pages):
            if i + 1 == page:
                links.append(f"<span>{i + 1}</span>")
            else:
                links.append(f'<a href="javascript:__doPostBack(\'{PAGER}rptPager$ctl{i:02d}$lnkPage\',\'\')">{i + 1}</a>')
        if page < pages:
            links.append(f'<a id="ctl00_ContentPlaceHolder1_lnkNext" href="javascript:__doPostBack(\'{PAGER}lnkNext\',\'\')">Trang sau »</a>')
        name, crumb, _ = CATS[cat]
        main = (f'<div class="breadcrumb">{esc(crumb)}</div><h2 class="cat">{esc(name)}</h2>'
                + "".join(self.item(s) for s in chunk)
                + f'<div class="pager">Trang: {" ".join(links)}</div>')
        hidden = (f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(cat, page)}" />\n'
                  '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C0E2A3B8" />\n'
                  f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{_eventvalidation(cat, page)}" />')
        return self.page(f"{name} - {SITE_TITLE}", main,
                         form_action=f"./NewsList.aspx?CatID={cat}", hidden=hidden)

    def newslist(self, request: Request, query: dict) -> Response | None:
        q = lower_query(query)
        try:
            cat = int(q.get("catid", ""))
        except ValueError:
            return Response(_yellow_screen("Input string was not in a correct format."), status=500)
        if cat not in CATS:
            return Response(self.page(SITE_TITLE, "<p>Chuyên mục không tồn tại.</p>"))
        if request.method != "POST":
            return Response(self.listing(cat, 1))
        form = request.form
        state = _read_viewstate(form.get("__VIEWSTATE", ""))
        if state is None:
            return Response(_yellow_screen("Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster, ensure that &lt;machineKey&gt; configuration specifies the same validationKey and validation algorithm."), status=500)
        vcat, vpage = state
        if form.get("__EVENTVALIDATION") != _eventvalidation(vcat, vpage) or vcat != cat:
            return Response(_yellow_screen("Invalid postback or callback argument.  Event validation is enabled using &lt;pages enableEventValidation=\"true\"/&gt; in configuration."), status=500)
        target = form.get("__EVENTTARGET", "")
        page = vpage
        if target == PAGER + "lnkNext":
            page = vpage + 1
        elif target == PAGER + "lnkPrev":
            page = vpage - 1
        else:
            m = re.fullmatch(re.escape(PAGER) + r"rptPager\$ctl(\d\d)\$lnkPage", target)
            if m:
                page = int(m.group(1)) + 1
        return Response(self.listing(cat, page))

    def article(self, request: Request, query: dict) -> Response:
        q = lower_query(query)
        try:
            ident = int(q.get("id", ""))
        except ValueError:
            return Response(self.page(SITE_TITLE, f'<div class="msg">{SOFT404}</div>'))
        s = self.by_id.get(ident)
        if s is None:
            return Response(self.page(SITE_TITLE, f'<div class="msg">{SOFT404}</div><p><a href="/Default.aspx">Về trang chủ</a></p>'))
        name, crumb, _ = CATS[s.cat]
        views = s.extra["views"] + self.night * 7 + random.randint(0, 3)

        def para(text: str) -> str:
            return f'<p style="text-align: justify;"><span style="font-size: 14px; font-family: Times New Roman;">{esc(text)}</span></p>'

        def figure(cap: str, n: int) -> str:
            shown = s.extra["cams"].get(next((i for i, c in s.captions if c == cap), -1), cap)
            return (f'<table class="image" align="center"><tr><td><img src="/Upload/Images/{s.published:%Y/%m}/IMG_{s.extra["img"] + n}.jpg" alt="Description: IMG-{s.extra["img"] + n}" width="500" /></td></tr>'
                    f'<tr><td class="caption"><em>{esc(shown)}</em></td></tr></table>')

        body = paras_html(s.text(self.night), s.captions, para, figure)
        byline = (f'<p style="text-align: right;"><strong>{esc(s.author)}</strong></p>'
                  if s.author else "")
        others = [o for o in self.cat_items(s.cat) if o.id != s.id][:6]
        other_html = "".join(
            f'<li><a href="{path_of(o)}">{esc(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>'
            for o in others)
        main = f"""<div class="breadcrumb">{esc(crumb)}</div>
<div class="news-detail">
<h1 class="title">{esc(s.title)}</h1>
<div class="info">Cập nhật: {ampm_vn(s.published)} | Lượt xem: {views}</div>
<div class="tools"><a href="/Print.aspx?Id={s.id}" target="_blank">In bài viết</a> | <a href="mailto:?subject={esc(s.title)}">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a> | Cỡ chữ <a href="javascript:void(0)">+</a> <a href="javascript:void(0)">-</a></div>
<div id="ctl00_ContentPlaceHolder1_divContent" class="news-content">
{body}
{byline}
</div>
</div>
<div class="other-news"><h3>Các tin khác</h3><ul>{other_html}</ul></div>"""
        return Response(self.page(f"{s.title} - {SITE_TITLE}", main))

    def print_view(self, request: Request, query: dict) -> Response:
        q = lower_query(query)
        s = self.by_id.get(int(q["id"])) if q.get("id", "").isdigit() else None
        if s is None:
            return Response(f"<html><body>{SOFT404}</body></html>")
        body = "".join(f"<p>{esc(p)}</p>" for p in s.text(self.night))
        return Response(f"<html><head><title>{esc(s.title)}</title></head><body onload=\"window.print()\"><h1>{esc(s.title)}</h1>{body}</body></html>")

    def about(self, request: Request) -> Response:
        main = """<h2 class="cat">Giới thiệu chung</h2><div class="info">Ngày đăng: 12/05/2012 8:15 SA</div>
<div class="news-content">
<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi được thành lập theo Quyết định số 1532/QĐ-UB ngày 28/7/1994 của UBND tỉnh Quảng Ngãi, là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ trong tỉnh, là thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.</p>
<p>Trải qua gần ba mươi năm xây dựng và phát triển, từ chỗ chỉ có sáu hội thành viên với vài trăm hội viên, đến nay Liên hiệp hội đã có hai mươi hai hội thành viên, ba đơn vị trực thuộc với tổng số khoảng hai mươi nghìn hội viên, hoạt động trên hầu hết các lĩnh vực khoa học tự nhiên, kỹ thuật, y dược, nông nghiệp, kinh tế và khoa học xã hội.</p>
<p>Liên hiệp hội có chức năng tập hợp, đoàn kết đội ngũ trí thức khoa học và công nghệ; điều hòa, phối hợp hoạt động của các hội thành viên; tổ chức tư vấn, phản biện và giám định xã hội đối với các chương trình, dự án phát triển kinh tế – xã hội của tỉnh; phổ biến kiến thức khoa học và công nghệ trong nhân dân.</p>
<p>Với những đóng góp đó, Liên hiệp hội đã được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba, nhiều năm liền được Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam và UBND tỉnh tặng cờ thi đua, bằng khen.</p>
</div>"""
        return Response(self.page(f"Giới thiệu - {SITE_TITLE}", main))

    def chart(self, request: Request) -> Response:
        rows = [("Chủ tịch", "TS. Nguyễn Kim Hiệu"), ("Phó Chủ tịch Thường trực", "ThS. Võ Văn Thắng"),
                ("Phó Chủ tịch", "BSCKII. Trần Thị Hồng Loan"), ("Tổng Thư ký", "KS. Lê Tấn Phước"),
                ("Chánh Văn phòng", "CN. Đặng Thị Mỹ Hạnh"), ("Trưởng ban Tư vấn – Phản biện", "TS. Phạm Đình Vinh")]
        table = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
        main = (f'<h2 class="cat">Cơ cấu tổ chức</h2><img src="/Images/sodo_tochuc.png" alt="Sơ đồ tổ chức" />'
                f'<table class="org"><tr><th>Chức vụ</th><th>Họ và tên</th></tr>{table}</table>'
                '<p>Các ban chuyên môn: Văn phòng; Ban Tư vấn, phản biện và giám định xã hội; Ban Phổ biến kiến thức; Trung tâm Tư vấn và Chuyển giao công nghệ.</p>')
        return Response(self.page(f"Cơ cấu tổ chức - {SITE_TITLE}", main))

    def documents(self, request: Request) -> Response:
        docs = [("Kế hoạch số 45/KH-LHH", "24/10/2026", "Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ 13", "KH45-LHH.pdf"),
                ("Công văn số 112/LHH-VP", "02/10/2026", "Về việc đăng ký nhiệm vụ tư vấn, phản biện năm 2027", "CV112.doc"),
                ("Quyết định số 30/QĐ-LHH", "15/08/2026", "Ban hành Quy chế chi tiêu nội bộ", "QD30.pdf"),
                ("Thông báo số 08/TB-LHH", "20/06/2026", "Kết luận Hội nghị Ban Thường vụ lần thứ 9", "TB08.pdf")]
        rows = "".join(f'<tr><td>{esc(a)}</td><td>{b}</td><td>{esc(c)}</td><td><a href="/Upload/VanBan/{f}">Tải về</a></td></tr>'
                       for a, b, c, f in docs)
        main = (f'<h2 class="cat">Văn bản</h2><table class="docs"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th></th></tr>{rows}</table>')
        return Response(self.page(f"Văn bản - {SITE_TITLE}", main))

    def contact(self, request: Request) -> Response:
        main = (f'<h2 class="cat">Liên hệ</h2><p>{SITE_TITLE}</p><p>Địa chỉ: 96 Nguyễn Nghiêm, TP. Quảng Ngãi</p>'
                '<p>Điện thoại: 0255.3822.614 – Fax: 0255.3822.615</p><p>Email: <a href="mailto:lienhiephoi@quangngai.gov.vn">lienhiephoi@quangngai.gov.vn</a></p>'
                '<p><input name="ctl00$ContentPlaceHolder1$txtName" type="text" /> <a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$btnSend\',\'\')">Gửi</a></p>')
        return Response(self.page(f"Liên hệ - {SITE_TITLE}", main))

    def search(self, request: Request) -> Response:
        return Response(self.page(f"Tìm kiếm - {SITE_TITLE}", "<h2>Kết quả tìm kiếm</h2><p>Không tìm thấy kết quả nào.</p>"))


def _yellow_screen(message: str) -> str:
    return (f"<html><head><title>{message[:60]}</title></head><body bgcolor=\"white\">"
            f"<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>"
            f"<h2> <i>{message}</i> </h2></span>"
            "<b> Exception Details: </b>System.Web.HttpException<br><br></body></html>")


def _iis_404(request: Request) -> Response:
    return Response("<!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head>"
                    "<body><div id=\"header\"><h1>Server Error</h1></div><div id=\"content\"><fieldset>"
                    "<h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>"
                    "</fieldset></div></body></html>", status=404)


ROBOTS = """User-agent: *
Disallow: /Search.aspx
Disallow: /Print.aspx
Disallow: /Admin/
Disallow: /WebResource.axd
Disallow: /ScriptResource.axd
"""


def build_site(base_url: str, night: int) -> EvalSite:
    site = Site(base_url, night)
    router = Router(_iis_404)
    router.add("/robots.txt", Response(ROBOTS, content_type="text/plain"))
    for p in ("/", "/Default.aspx"):
        router.add(p, site.home)
    router.add("/GioiThieu.aspx", site.about)
    router.add("/CoCauToChuc.aspx", site.chart)
    router.add("/VanBan.aspx", site.documents)
    router.add("/LienHe.aspx", site.contact)
    for f in ("KH45-LHH.pdf", "QD30.pdf", "TB08.pdf"):
        router.add(f"/Upload/VanBan/{f}", pdf_response(f))
    router.add("/Upload/VanBan/CV112.doc", doc_response("CV112.doc"))
    router.pattern(r"/default\.aspx", lambda r, m, q: site.home(r), re.I)
    router.pattern(r"/newslist\.aspx", lambda r, m, q: site.newslist(r, q), re.I)
    router.pattern(r"/newsdetail\.aspx", lambda r, m, q: site.article(r, q), re.I)
    router.pattern(r"/print\.aspx", lambda r, m, q: site.print_view(r, q), re.I)
    router.pattern(r"/search\.aspx", lambda r, m, q: site.search(r), re.I)
    for cat in CATS:
        router.add(f"/NewsList.aspx?CatID={cat}", lambda r, c=cat: site.newslist(r, {"CatID": str(c)}))

    # reach: what a GET-only crawler can see (home, sidebars, page 1 of every category,
    # "Các tin khác" of every article); the rest needs the postback pager
    visible = {s.id for s in site.live[:6]} | {s.id for s in site.featured} | \
        {s.id for s in site.most_read} | {s.id for s in site.live[:5]}
    for cat in CATS:
        items = site.cat_items(cat)
        visible |= {s.id for s in items[:PAGE]} | {s.id for s in items[:7]}
    golds = []
    for s in site.live:
        aliases = [f"/newsdetail.aspx?id={s.id}"] if s in site.most_read else []
        golds.append(Gold(path_of(s), s.title, s.published.date().isoformat(), s.author,
                          s.text(night), aliases, "listing" if s.id in visible else "postback"))
    ch = night_changes(site.stories, night, path_of)
    boiler = ["Lượt truy cập:", "Đang trực tuyến:", "Lượt xem:", "In bài viết", "Gửi email",
              "Các tin khác", "DANH NGÔN KHOA HỌC", "LIÊN KẾT WEB", "VIDEO NHÚNG", "Cỡ chữ",
              "Description: IMG-", "Tin hoạt động >> ", "Giấy phép số 12/GP-TTĐT",
              "Thông báo về việc triển khai Cuộc thi"]
    boiler += sorted({c for s in site.live for c in s.extra["cams"].values()})
    return EvalSite(
        name=NAME, family="aspnet-webforms", routes=router.routes(), articles=golds,
        non_articles=["/", "/Default.aspx", "/GioiThieu.aspx", "/CoCauToChuc.aspx", "/VanBan.aspx",
                      "/LienHe.aspx"] + [f"/NewsList.aspx?CatID={c}" for c in CATS],
        disallowed=["/Search.aspx", "/Print.aspx", "/Admin/", "/WebResource.axd",
                    "/ScriptResource.axd"],
        boilerplate=boiler, new=ch.new, edited=ch.edited, deleted=ch.deleted,
        signalled=ch.signalled)
