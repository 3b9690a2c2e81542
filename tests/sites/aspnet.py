"""An ASP.NET WebForms provincial union portal (an older LHH site) as routes and labels;
renders pages and answers postbacks, decides nothing about crawling.

/Default.aspx, listings /NewsList.aspx?CatId=N whose pages 2.. are reachable only by
posting the page's form back (`__doPostBack('ctl00$Main$pager','Page$2')` with
__VIEWSTATE, __EVENTVALIDATION...), articles /NewsDetail.aspx?Id=N, soft 404s (200 "Bài
viết không tồn tại hoặc đã bị xóa") for unknown ids, layout tables, `ctl00_Main_…` ids,
dates like "30/12/2019 9:12 SA", and a visit-counter widget. No feed, no sitemap.
"""

# ruff: noqa: E501 (HTML templates and Vietnamese prose are data: long lines read better whole)

from __future__ import annotations

import base64
import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from tests.siteserver import Request, Response

from . import FixtureSite, Gold
from .common import Night, etag, http_date, only_boilerplate, page, vn_number
from .content import Edition, Story, StoryPlan, Union, edition, make_union

CATEGORIES = {1: "Tin hoạt động", 3: "Tư vấn - Phản biện", 5: "Hội thành viên"}
PAGE_SIZE = 4
OTHERS = 4  # "Các tin khác" under an article: the category's latest
PAGER = "ctl00$Main$pager"
DEAD_IDS = (9, 15)  # linked from the notice board, long since removed

PLAN = StoryPlan(
    site="aspnet",
    cats={"1": [], "3": ["critique", "workshop"], "5": ["congress", "member", "summary"]},
    count=22, first_id=88,
    authors=["BH", "Minh Thành - Thu Nga", "Văn phòng Liên hiệp Hội", "Ngọc Sơn", "T.H"],
)
MODIFIED_STATIC = datetime(2020, 5, 4, 8, 0)


def vn_12h(d: datetime) -> str:
    """'30/12/2019 9:12 SA' / '19/12/2019 1:39 CH' (SA = morning, CH = afternoon)."""
    hour = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {hour}:{d:%M} {'SA' if d.hour < 12 else 'CH'}"


@dataclass
class Portal:
    union: Union
    ed: Edition
    night: Night
    issued: dict[str, tuple[int, int]] = field(default_factory=dict)  # viewstate -> (cat, page)

    def in_cat(self, cat: int) -> list[Story]:
        return [s for s in self.ed.stories if s.cat == str(cat)]

    def pages_of(self, cat: int) -> int:
        return max(1, -(-len(self.in_cat(cat)) // PAGE_SIZE))

    def by_id(self, story_id: int) -> Story | None:
        return next((s for s in self.ed.stories if s.id == story_id), None)

    # --- WebForms state ---------------------------------------------------------------
    def viewstate(self, cat: int, n: int) -> str:
        """A serialized-looking __VIEWSTATE for one rendering of a listing page."""
        seed = hashlib.sha256(f"{cat}|{n}|{self.night.number}".encode()).digest() * 6
        value = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QW" + base64.b64encode(seed).decode()
        self.issued[value] = (cat, n)
        return value

    def form(self, action: str, inner: str, cat: int = 0, n: int = 1) -> str:
        vs = self.viewstate(cat, n) if cat else "/wEPDwULLTE2MTY2ODcyMjlkZGZ0dHVzsDo4xQ7XdBuUD3rU="
        ev = base64.b64encode(hashlib.md5(vs.encode()).digest() * 3).decode()
        return f"""<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=637811765229275428" type="text/javascript"></script>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{ev}" />
</div>
{inner}
</form>"""

    # --- chrome -----------------------------------------------------------------------
    def layout(self, title: str, action: str, main: str, cat: int = 0, n: int = 1) -> str:
        u, night = self.union, self.night
        menu = "".join(
            f'<td class="menu_item"><a id="ctl00_ucMenu_rptMenu_ctl0{i}_hlMenu" href="NewsList.aspx?CatId={c}">{escape(name)}</a></td>'
            for i, (c, name) in enumerate(CATEGORIES.items()))
        latest = "".join(
            f'<tr><td class="news_other"><img src="images/bullet.gif" alt="" />&nbsp;<a href="NewsDetail.aspx?Id={s.id}">{escape(s.title)}</a></td></tr>'
            for s in self.ed.stories[:5])
        notices = "".join(
            f'<a href="NewsDetail.aspx?Id={i}" class="notice">{t}</a> &nbsp;&nbsp; '
            for i, t in zip(DEAD_IDS, ["Thông báo tuyển dụng viên chức năm 2019 ( 12/03/2019 )",
                                       "Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật lần thứ X ( 20/08/2019 )"], strict=True))
        inner = f"""<table id="ctl00_tblMain" width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="main">
  <tr><td colspan="3" class="banner"><a href="Default.aspx"><img id="ctl00_ucHeader_imgBanner" src="Images/banner_lhh.jpg" alt="Banner LHH" style="border-width:0px;" /></a></td></tr>
  <tr><td colspan="3"><table class="menu" width="100%" cellpadding="0" cellspacing="0"><tr>
    <td class="menu_item"><a id="ctl00_ucMenu_hlHome" href="Default.aspx">Trang chủ</a></td>
    <td class="menu_item"><a id="ctl00_ucMenu_hlAbout" href="GioiThieu.aspx">Giới thiệu</a></td>
    {menu}
    <td class="menu_item"><a id="ctl00_ucMenu_hlContact" href="LienHe.aspx">Liên hệ</a></td>
    <td class="menu_item"><a id="ctl00_ucMenu_hlLogin" href="Login.aspx">Đăng nhập</a></td>
  </tr></table></td></tr>
  <tr><td colspan="3" class="date_bar"><span id="ctl00_lblDate">{night.header_date}</span> &nbsp; <marquee scrollamount="3">{notices}</marquee></td></tr>
  <tr>
    <td width="200" valign="top" class="left_col">
      <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="box_title">DANH MỤC</td></tr>
        {"".join(f'<tr><td class="cat_item"><a href="NewsList.aspx?CatId={c}">{escape(nm)}</a></td></tr>' for c, nm in CATEGORIES.items())}
        <tr><td class="cat_item"><a href="/Admin/Default.aspx">Quản trị hệ thống</a></td></tr>
      </table>
      <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="box_title">BÌNH CHỌN</td></tr>
        <tr><td>Bạn đánh giá thế nào về giao diện website?<br/>
          <input id="ctl00_ucPoll_rblPoll_0" type="radio" name="ctl00$ucPoll$rblPoll" value="1" /><label for="ctl00_ucPoll_rblPoll_0">Đẹp</label><br />
          <input id="ctl00_ucPoll_rblPoll_1" type="radio" name="ctl00$ucPoll$rblPoll" value="2" /><label for="ctl00_ucPoll_rblPoll_1">Bình thường</label><br />
          <a id="ctl00_ucPoll_lbtVote" href="javascript:__doPostBack('ctl00$ucPoll$lbtVote','')">Bình chọn</a> | <a id="ctl00_ucPoll_lbtResult" href="javascript:__doPostBack('ctl00$ucPoll$lbtResult','')">Xem kết quả</a></td></tr>
      </table>
    </td>
    <td width="580" valign="top" class="center_col">
{main}
    </td>
    <td width="220" valign="top" class="right_col">
      <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="box_title">TIN MỚI NHẤT</td></tr>{latest}</table>
      <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="box_title">LIÊN KẾT WEB</td></tr>
        <tr><td><select name="ctl00$ucLink$ddlLink" id="ctl00_ucLink_ddlLink" onchange="window.open(this.value);"><option value="">--- Liên kết ---</option><option value="http://vusta.vn">VUSTA</option></select></td></tr></table>
      <table width="100%" cellpadding="0" cellspacing="0" class="counter"><tr><td class="box_title">THỐNG KÊ TRUY CẬP</td></tr>
        <tr><td>Đang online: <span id="ctl00_ucCounter_lblOnline">{night.online}</span></td></tr>
        <tr><td>Hôm nay: <span id="ctl00_ucCounter_lblToday">{vn_number(night.today)}</span></td></tr>
        <tr><td>Đã truy cập: <span id="ctl00_ucCounter_lblTotal">{vn_number(night.counter(3994514))}</span></td></tr></table>
    </td>
  </tr>
  <tr><td colspan="3" class="footer"><span id="ctl00_ucFooter_lblFooter"><b>{escape(u.name.upper())}</b><br />Địa chỉ: {escape(u.address)} - ĐT: {u.phone}<br />Email: {u.email}<br />Ghi rõ nguồn khi phát hành lại thông tin từ website này.</span></td></tr>
</table>"""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{escape(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body>
{self.form(action, inner, cat, n)}
</body>
</html>"""

    def item(self, s: Story) -> str:
        return f"""<tr><td>
  <table width="100%" cellpadding="3" cellspacing="0" class="news_item"><tr>
    <td width="110" valign="top"><a href="NewsDetail.aspx?Id={s.id}"><img src="Upload/News/{s.published:%Y%m}/{s.image}" width="100" height="75" alt="" style="border-width:0px;" /></a></td>
    <td valign="top"><a id="ctl00_Main_grvNews_ctl0{s.id % 10}_hlTitle" class="news_title" href="NewsDetail.aspx?Id={s.id}">{escape(s.title)}</a>
      <span class="date">({vn_12h(s.published)})</span><br />
      <span class="summary">{escape(s.paragraphs[0][:180].rsplit(" ", 1)[0])}...</span></td>
  </tr></table>
</td></tr>"""

    def listing(self, cat: int, n: int) -> str:
        total = self.pages_of(cat)
        stories = self.in_cat(cat)[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]
        cells = "".join(
            f"<td><span>{k}</span></td>" if k == n else
            f"<td><a href=\"javascript:__doPostBack('{PAGER}','Page${k}')\">{k}</a></td>"
            for k in range(1, total + 1))
        pager = (f'<tr class="pager"><td colspan="1"><table border="0"><tr>{cells}</tr></table></td></tr>'
                 if total > 1 else "")
        main = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="cat_title"><span id="ctl00_Main_lblCatName">{escape(CATEGORIES[cat])}</span></td></tr></table>
<div>
<table cellspacing="0" border="0" id="ctl00_Main_grvNews" style="width:100%;border-collapse:collapse;">
{"".join(self.item(s) for s in stories)}
{pager}
</table>
</div>"""
        return self.layout(f"{CATEGORIES[cat]} - {self.union.name}", f"./NewsList.aspx?CatId={cat}",
                           main, cat, n)

    def home(self) -> str:
        first, rest = self.ed.stories[0], self.ed.stories[1:6]
        main = f"""<table width="100%" cellpadding="0" cellspacing="0" class="hot_news"><tr>
  <td width="260" valign="top"><a href="NewsDetail.aspx?Id={first.id}"><img src="Upload/News/{first.published:%Y%m}/{first.image}" width="250" alt="" /></a></td>
  <td valign="top"><a class="hot_title" href="NewsDetail.aspx?Id={first.id}">{escape(first.title)}</a><br/><span class="summary">{escape(first.paragraphs[0])}</span></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="box_title">TIN TỨC - SỰ KIỆN</td></tr>{"".join(self.item(s) for s in rest)}</table>"""
        return self.layout(self.union.name, "./Default.aspx", main)

    def article(self, s: Story) -> str:
        same = [x for x in self.in_cat(int(s.cat))[:OTHERS] if x.id != s.id]
        others = "".join(
            f'<li><a href="NewsDetail.aspx?Id={x.id}">{escape(x.title)}</a> <span class="date">({x.published:%d/%m/%Y})</span></li>'
            for x in same)
        body = "\n".join(f'<p style="text-align: justify;">{escape(p)}</p>' for p in s.paragraphs[1:])
        alt = s.image.rsplit(".", 1)[0].replace("_", " ")
        main = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="cat_title"><a href="NewsList.aspx?CatId={s.cat}">{escape(CATEGORIES[int(s.cat)])}</a></td></tr></table>
<table width="100%" cellpadding="5" cellspacing="0" class="news_detail"><tr><td>
  <span id="ctl00_Main_lblTitle" class="title">{escape(s.title)}</span><br />
  <span id="ctl00_Main_lblDate" class="date">({vn_12h(s.published)})</span> &nbsp; <span class="views">Lượt xem: {s.views + 11 * self.night.number}</span><br />
  <span id="ctl00_Main_lblSummary" class="summary"><b>{escape(s.paragraphs[0])}</b></span>
  <div id="ctl00_Main_pnContent" class="content">
<p style="text-align: center;"><img alt="{escape(alt)}" src="/Upload/News/{s.published:%Y%m}/{s.image}" style="width: 500px; height: 333px;" /></p>
<p style="text-align: center;"><em>{escape(s.caption)}</em></p>
{body}
<p style="text-align: right;"><strong>{escape(s.author or "")}</strong></p>
  </div>
  <div class="tools"><a href="javascript:window.print();">In bài viết</a> | <a href="javascript:history.back();">Quay lại</a></div>
</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="box_title">CÁC TIN KHÁC</td></tr><tr><td><ul class="other_news">{others}</ul></td></tr></table>"""
        return self.layout(f"{s.title} - {self.union.name}", f"./NewsDetail.aspx?Id={s.id}", main)

    def soft_404(self, story_id: str) -> str:
        main = """<table width="100%" cellpadding="5" cellspacing="0" class="news_detail"><tr><td>
  <span id="ctl00_Main_lblMessage" class="error">Bài viết không tồn tại hoặc đã bị xóa.</span><br />
  <a href="Default.aspx">Quay về trang chủ</a></td></tr></table>"""
        return self.layout(self.union.name, f"./NewsDetail.aspx?Id={story_id}", main)

    def static(self, title: str, paras: list[str], action: str) -> str:
        main = (f'<table width="100%" cellpadding="5"><tr><td class="cat_title">{escape(title)}</td></tr>'
                f'<tr><td class="content">{"".join(f"<p>{escape(p)}</p>" for p in paras)}</td></tr></table>')
        return self.layout(f"{title} - {self.union.name}", action, main)


SERVER_ERROR = """<html><head><title>Validation of viewstate MAC failed.</title></head>
<body bgcolor="white"><span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>Validation of viewstate MAC failed.</i> </h2></span></body></html>"""
NOT_FOUND = """<html><head><title>The resource cannot be found.</title></head>
<body bgcolor="white"><span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>The resource cannot be found.</i> </h2></span>
<b> Description: </b>HTTP 404. The resource you are looking for (or one of its dependencies) could have been removed, had its name changed, or is temporarily unavailable.</body></html>"""

BOILERPLATE = ["THỐNG KÊ TRUY CẬP", "Đang online", "Hôm nay", "Đã truy cập", "TIN MỚI NHẤT",
               "CÁC TIN KHÁC", "BÌNH CHỌN", "Lượt xem", "In bài viết", "Quay lại",
               "Ghi rõ nguồn khi phát hành lại thông tin từ website này", "Banner LHH"]


def union() -> Union:
    return make_union(random.Random("aspnet-union"), "Quảng Ngãi",
                      ("Quảng Ngãi", "Bình Sơn", "Sơn Tịnh", "Tư Nghĩa", "Nghĩa Hành", "Mộ Đức",
                       "Đức Phổ", "Ba Tơ"), "lienhiephoiquangngai.org.vn")


def build_site(base: str, night: int) -> FixtureSite:
    u = union()
    ed = edition(PLAN, u, night)
    portal = Portal(u, ed, Night(night))
    stories = ed.stories
    newest = max(s.updated for s in stories)
    routes: dict = {}
    non_articles: list[str] = []

    def add(path, response, article=False):
        routes[path] = response
        if not article:
            non_articles.append(path)

    add("/robots.txt", page("User-agent: *\nDisallow: /Admin/\nDisallow: /Login.aspx\n"
                            "Disallow: /WebResource.axd\n", "robots", MODIFIED_STATIC, "text/plain"))
    home = page(portal.home(), ("home", [s.id for s in stories[:6]]), newest)
    add("/", home)
    add("/Default.aspx", home)
    for cat in CATEGORIES:
        add(f"/NewsList.aspx?CatId={cat}", _listing_route(portal, cat, newest))
    about = [f"{u.name} được thành lập năm 1996, là tổ chức chính trị – xã hội của đội ngũ trí thức khoa học và công nghệ tỉnh {u.province}.",
             "Liên hiệp Hội có nhiệm vụ tập hợp, đoàn kết trí thức; tư vấn, phản biện và giám định xã hội; phổ biến kiến thức; tôn vinh trí thức và tham gia đào tạo, bồi dưỡng nguồn nhân lực.",
             f"Trụ sở: {u.address}. Điện thoại: {u.phone}."]
    add("/GioiThieu.aspx", page(portal.static("Giới thiệu", about, "./GioiThieu.aspx"), "about", MODIFIED_STATIC))
    add("/LienHe.aspx", page(portal.static("Liên hệ", [f"Mọi thông tin xin liên hệ: {u.name}, {u.address}. Điện thoại {u.phone}, email {u.email}."], "./LienHe.aspx"), "contact", MODIFIED_STATIC))

    def soft(story_id: str) -> Response:
        return Response(portal.soft_404(story_id))  # 200: the portal never says 404

    for dead in DEAD_IDS:
        add(f"/NewsDetail.aspx?Id={dead}", soft(str(dead)))
    get_linked = {s.id for s in stories[:6]}
    for cat in CATEGORIES:
        get_linked |= {s.id for s in portal.in_cat(cat)[:max(PAGE_SIZE, OTHERS)]}
    gold = []
    for s in stories:
        path = f"/NewsDetail.aspx?Id={s.id}"
        add(path, page(portal.article(s), ("a", s.id, s.paragraphs), s.updated), article=True)
        gold.append(Gold(path=path, title=s.title, published=s.day, author=s.author,
                         paragraphs=list(s.paragraphs), postback_only=s.id not in get_linked))
    for s in ed.deleted:
        routes[f"/NewsDetail.aspx?Id={s.id}"] = soft(str(s.id))

    def fallback(request: Request) -> Response:
        path = request.path
        if path.lower().startswith("/newsdetail.aspx?id="):
            return soft(path.split("=", 1)[1])
        return Response(NOT_FOUND, status=404)

    routes["*"] = fallback
    return FixtureSite(
        name="aspnet", routes=routes, articles=gold, non_articles=non_articles,
        disallowed=["/Admin/", "/Login.aspx"],
        boilerplate=only_boilerplate(BOILERPLATE + [s.title for s in stories[:5]],
                                     [g.paragraphs for g in gold]),
        new=[f"/NewsDetail.aspx?Id={s.id}" for s in ed.new],
        edited=[f"/NewsDetail.aspx?Id={s.id}" for s in ed.edited],
        deleted=[f"/NewsDetail.aspx?Id={s.id}" for s in ed.deleted],
    )


def _listing_route(portal: Portal, cat: int, newest: datetime):
    """GET: page 1. POST: the page the pager asked for, if the viewstate is one we issued."""
    ids = [s.id for s in portal.in_cat(cat)]
    first = portal.listing(cat, 1)
    first_etag = etag(("list", cat, ids), newest.isoformat())

    def route(request: Request) -> Response:
        if request.method != "POST":
            return Response(first, etag=first_etag, last_modified=http_date(newest))
        form = request.form
        state = portal.issued.get(form.get("__VIEWSTATE", ""))
        if state is None or state[0] != cat:
            return Response(SERVER_ERROR, status=500)
        current = state[1]
        target, argument = form.get("__EVENTTARGET", ""), form.get("__EVENTARGUMENT", "")
        if target == PAGER and argument.startswith("Page$"):
            wanted = argument[5:]
            total = portal.pages_of(cat)
            n = {"First": 1, "Last": total, "Next": current + 1, "Prev": current - 1}.get(
                wanted, int(wanted) if wanted.isdigit() else current)
            current = min(max(n, 1), total)
        return Response(portal.listing(cat, current))  # a postback answer carries no validators

    return route
