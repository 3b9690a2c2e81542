"""Evaluation site: a provincial union still on NukeViet 3 (table layout); serves, never scores.

Models the older NukeViet generation: Title-Case URLs `/news/<Cat>/<Title-Slug>-<id>/`,
category pagers `/news/<Cat>/page-N/` whose LAST page repeats forever (page 99 answers the
last page again, with a "Trang sau" link to page 100), a plain-link print view that serves
the whole article (an alias), `savefile` links that download a .doc, "Tác giả bài viết" /
"Nguồn tin" lines, "Những tin mới hơn" / "Những tin cũ hơn" lists with dates, a visit
counter that grows with every request, RSS feeds (leads only: edits never show there), no
sitemap, a download module with .doc/.pdf, and deleted articles answered by a 200 page
"Bài viết không tồn tại hoặc đã bị xóa" (soft 404). See BRIEF.md for the hard cases.
"""

from __future__ import annotations

import random
import re
from datetime import date
from functools import lru_cache

from . import _kit_a as kit
from ._kit_a import Art, esc
from ._prose_a import Org, Writer
from .model import EvalSite

NAME = "nukeviet_classic"
ORG = Org("Quảng Bình", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Bình", "Liên hiệp Hội tỉnh", "Đồng Hới",
          ["Bố Trạch", "Quảng Ninh", "Lệ Thủy", "Tuyên Hóa", "Minh Hóa", "Quảng Trạch", "Ba Đồn"],
          ["Hội Làm vườn và Trang trại tỉnh", "Hội Y học tỉnh", "Hội Sinh vật cảnh tỉnh", "Hội Khoa học Lịch sử tỉnh",
           "Hội Cựu giáo chức tỉnh", "Hội Nuôi ong tỉnh", "Hội Bảo vệ quyền lợi người tiêu dùng tỉnh"])
SITE_NAME = "Liên hiệp các Hội KH&KT tỉnh Quảng Bình"
CATS = {"Tin-hoat-dong": "Tin hoạt động", "Hoi-thi-sang-tao": "Hội thi sáng tạo", "Pho-bien-kien-thuc": "Phổ biến kiến thức"}
PER_PAGE = 5
BOILERPLATE = ["Tác giả bài viết", "Nguồn tin:", "Những tin mới hơn", "Những tin cũ hơn", "Tổng số điểm của bài viết",
               "Đang truy cập", "Tổng lượt truy cập", "Lưu bài viết này", "Ý kiến bạn đọc", "IMG_20"]
SOURCES = ["Báo Quảng Bình", "vusta.vn", None, None, "Đài PT-TH Quảng Bình"]


@lru_cache(maxsize=1)
def _week() -> list[Art]:
    rng = random.Random(NAME)
    w = Writer(NAME, ORG)
    arts = kit.plan(w, rng, sections=[
        ("Tin-hoat-dong", 21, ["hoi_thao", "tong_ket", "khao_sat", "ky_ket", "ton_vinh", "phan_bien", "dai_hoi"]),
        ("Hoi-thi-sang-tao", 7, ["sang_tao", "thanh_thieu_nien"]),
        ("Pho-bien-kien-thuc", 7, ["pho_bien", "tap_huan", "chuyen_giao"])],
        start=date(2019, 2, 1), end=date(2026, 11, 5), new_per_night=[1, 2, 0, 1, 2, 0, 1],
        new_sections=["Tin-hoat-dong", "Pho-bien-kien-thuc", "Tin-hoat-dong", "Hoi-thi-sang-tao"],
        first_id=412, authors=["Thanh Hải", "Hồng Nhung", "LHH", "Quốc Tuấn", None, "Minh Phương"], id_gap=(1, 4))
    for a in arts:
        a.extra["source"] = rng.choice(SOURCES)
    ed = Writer(NAME + "/edits", ORG)
    kit.pick_old(arts, newest=11).edits.append((2, ed.addendum(kit.edit_time(2))))
    kit.pick_old(arts, newest=1).edits.append((5, ed.addendum(kit.edit_time(5))))
    for night, idx in ((3, 7), (6, 19)):
        a = kit.pick_old(arts, newest=idx)
        a.delete, a.delete_kind = night, "soft"
    return arts


def article_path(a: Art) -> str:
    return f"/news/{a.cat}/{kit.slugify(a.title, keep_case=True)[:80].strip('-')}-{a.num}/"


def print_path(a: Art) -> str:
    return article_path(a).replace("/news/", "/news/print/", 1)


def cat_path(cat: str, page: int = 1) -> str:
    return f"/news/{cat}/" if page == 1 else f"/news/{cat}/page-{page}/"


def _img(a: Art) -> str:
    return f"/uploads/news/{a.published:%Y_%m}/{kit.camera_name(a.num, a.published).lower()}.jpg"


def _shell(night: int, *, title: str, main: str, live: list[Art]) -> str:
    menu = "".join(f'<li><a href="{cat_path(c)}">{esc(n)}</a></li>' for c, n in CATS.items())
    hot = sorted(live, key=lambda a: ((a.num * 53) % 97, a.num), reverse=True)[:6]
    hot_html = "".join(f'<li><a href="{article_path(a)}">{esc(a.title)}</a></li>' for a in hot)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="NukeViet v3.4" />
<meta name="copyright" content="{esc(SITE_NAME)} [lienhiephoi.quangbinh@gmail.com]" />
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml" />
<link rel="StyleSheet" href="/themes/modern/css/template.css" type="text/css" />
<script type="text/javascript" src="/js/jquery/jquery.min.js"></script>
</head>
<body>
<div id="container">
<div id="header"><div class="logo"><a href="/"><img src="/themes/modern/images/logo.png" alt="logo" /></a></div>
<div class="topbar"><span class="today">Hôm nay, {kit.header_today(night)}</span> &nbsp; <a href="/users/register/">Đăng ký</a> | <a href="/users/login/">Đăng nhập</a></div>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" value="Tìm kiếm..." /><input type="submit" value="Tìm" /></form></div></div>
<div id="nav"><ul class="mainmenu"><li><a href="/">Trang chủ</a></li><li><a href="/about/">Giới thiệu</a>
<ul><li><a href="/about/Lich-su-hinh-thanh.html">Lịch sử hình thành</a></li><li><a href="/about/Co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>
<li><a href="/news/">Tin tức</a><ul>{menu}</ul></li><li><a href="/download/">Văn bản - Tài liệu</a></li><li><a href="/weblinks/">Liên kết</a></li><li><a href="/contact/">Liên hệ</a></li></ul></div>
<div class="marquee"><marquee onmouseover="this.stop()" onmouseout="this.start()">Thông báo: Phát động Hội thi Sáng tạo kỹ thuật tỉnh Quảng Bình lần thứ X (2026-2027) ( 01/10/2026 )</marquee></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" class="main">
{main}
</td>
<td valign="top" width="240" class="right">
<div class="block"><div class="block-title">Tin xem nhiều</div><div class="block-content"><ul>{hot_html}</ul></div></div>
<div class="block"><div class="block-title">Hội thành viên</div><div class="block-content"><ul>
{''.join(f'<li><a href="javascript:void(0)" title="{esc(m)}">{esc(m)}</a></li>' for m in ORG.members)}</ul></div></div>
<div class="block"><div class="block-title">Thống kê</div><div class="block-content">
Đang truy cập: {9 + night * 2}<br />Hôm nay: {212 + night * 53}<br />Tổng lượt truy cập: {kit.COUNTER}</div></div>
</td></tr></table>
<div id="footer"><p><strong>{esc(SITE_NAME.upper())}</strong><br />Địa chỉ: 26 Lý Thường Kiệt, TP Đồng Hới, Quảng Bình - ĐT: 0232.3822.456 - Email: <a href="mailto:lienhiephoi.quangbinh@gmail.com">lienhiephoi.quangbinh@gmail.com</a><br />
Ghi rõ nguồn "{esc(SITE_NAME)}" khi phát hành lại thông tin từ website này.</p>
<p>Powered by <a href="http://nukeviet.vn">NukeViet</a> - <a href="javascript:window.scrollTo(0,0)">Lên đầu trang</a></p></div>
</div>
</body>
</html>"""


def _item(a: Art, lead: bool) -> str:
    return (f'<div class="items clearfix"><a href="{article_path(a)}"><img src="{_img(a)}" alt="" width="100" class="left" /></a>'
            f'<h3><a href="{article_path(a)}">{esc(a.title)}</a></h3><span class="date">({kit.dmy(a.published)} {a.published:%H:%M})</span>'
            + (f'<p>{esc(a.paragraphs[0])}</p>' if lead else "") + "</div>")


def _pager(cat: str, page: int, pages: int) -> str:
    # the bug: "Trang sau" is printed on the last page too, and page numbers past the end answer
    start = max(1, page - 2)
    nums = " ".join(f"<strong>{p}</strong>" if p == page else f'<a href="{cat_path(cat, p)}">{p}</a>' for p in range(start, max(pages, page) + 1))
    prev = f'<a href="{cat_path(cat, page - 1)}">« Trang trước</a> ' if page > 1 else ""
    return f'<div class="generate_page">{prev}{nums} <a href="{cat_path(cat, page + 1)}">Trang sau »</a></div>'


def _article(night: int, a: Art, live: list[Art]) -> str:
    same = [x for x in live if x.cat == a.cat]
    newer = [x for x in same if x.published > a.published][-5:]
    older = [x for x in same if x.published < a.published][:5]
    li = lambda xs: "".join(f'<li><a href="{article_path(x)}">{esc(x.title)}</a> <span class="date">({kit.dmy(x.published)})</span></li>' for x in xs)  # noqa: E731
    paras = a.paras(night)[1:]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras[:1])
    body += (f'<p style="text-align: center;"><img alt="{kit.camera_name(a.num, a.published)}" src="{_img(a)}" width="500" /></p>'
             f'<p style="text-align: center;"><em>{kit.camera_name(a.num, a.published).replace("_", " ")}</em></p>')
    body += "".join(f"<p>{esc(p)}</p>" for p in paras[1:])
    credit = ""
    if a.author:
        credit += f"<strong>Tác giả bài viết:</strong> {esc(a.author)}<br />"
    if a.extra.get("source"):
        credit += f"<strong>Nguồn tin:</strong> {esc(a.extra['source'])}"
    stars = a.num % 4
    return f"""<div class="box-border-shadow m-bottom"><div class="cat-box-header"><div class="cat-nav">
<a href="/news/">Tin tức</a> &raquo; <a href="{cat_path(a.cat)}">{esc(CATS[a.cat])}</a></div></div>
<div id="detail">
<h1>{esc(a.title)}</h1>
<div class="time">{kit.weekday(a.published)} - {kit.dmy(a.published)} {a.published:%H:%M}</div>
<div class="control"><ul>
<li><a href="{print_path(a)}" title="In ra" target="_blank"><img src="/themes/modern/images/print.png" alt="In ra" /> In ra</a></li>
<li><a href="{article_path(a).replace('/news/', '/news/savefile/', 1)}" title="Lưu bài viết này"><img src="/themes/modern/images/save.png" alt="" /> Lưu bài viết này</a></li>
<li><a href="javascript:void(0);" onclick="NewWindow('/news/sendmail/{a.cat}/{a.num}/','sendmail',500,400);return false" title="Gửi bài viết qua email">Gửi bài viết qua email</a></li>
</ul></div>
<div class="hometext"><img src="{_img(a)}" alt="" width="140" class="left" /><strong>{esc(a.paragraphs[0])}</strong></div>
<div class="bodytext">{body}</div>
<div class="copyright">{credit}</div>
<div class="rating"><p>Đánh giá bài viết</p><p>Tổng số điểm của bài viết là: {stars * 4} trong {stars} đánh giá</p>
<p><a href="javascript:void(0)" onclick="sendrating('{a.num}', '1')">1</a> <a href="javascript:void(0)" onclick="sendrating('{a.num}', '5')">5</a> Click để đánh giá bài viết</p></div>
<div class="comment"><h3>Ý kiến bạn đọc</h3><form action="/news/comment/" method="post"><textarea name="content"></textarea><input type="submit" value="Gửi" /></form></div>
<div class="other-news"><h4>Những tin mới hơn</h4><ul>{li(newer)}</ul><h4>Những tin cũ hơn</h4><ul>{li(older)}</ul></div>
</div></div>"""


def build_site(base_url: str, night: int) -> EvalSite:
    base = base_url.rstrip("/")
    arts = _week()
    live = kit.live(arts, night)
    routes: dict = {}
    non_articles: list[str] = []
    counter = 1_284_000 + night * 1700

    def add(path, main, title, *, article=False):
        routes[path] = kit.page(_shell(night, title=title, main=main, live=live), counter_base=counter)
        if not article:
            non_articles.append(path)

    latest = live[:6]
    home = ('<div class="box"><div class="box-title">Tin mới nhất</div>' + "".join(_item(a, True) for a in latest) + "</div>")
    for c, n in CATS.items():
        items = [a for a in live if a.cat == c][:5]
        home += (f'<div class="box"><div class="box-title"><a href="{cat_path(c)}">{esc(n)}</a></div><ul>'
                 + "".join(f'<li><a href="{article_path(a)}">{esc(a.title)}</a> <span class="date">({kit.dmy(a.published)})</span></li>' for a in items)
                 + f'</ul><div class="more"><a href="{cat_path(c)}">Xem tiếp »</a></div></div>')
    add("/", home, SITE_NAME)
    add("/news/", "".join(f'<h2><a href="{cat_path(c)}">{esc(n)}</a></h2>' + "".join(_item(a, False) for a in [x for x in live if x.cat == c][:3])
                          for c, n in CATS.items()), f"Tin tức - {SITE_NAME}")

    reach = {a.num: "listing" for a in latest}
    last_pages: dict[str, tuple[int, list[Art]]] = {}
    for c, n in CATS.items():
        items = [a for a in live if a.cat == c]
        pages = max(1, -(-len(items) // PER_PAGE))
        for p in range(1, pages + 1):
            chunk = items[(p - 1) * PER_PAGE:p * PER_PAGE]
            for a in chunk:
                reach.setdefault(a.num, "listing" if p == 1 else "pager-deep")
            add(cat_path(c, p), f'<div class="box"><div class="box-title">{esc(n)}</div>' + "".join(_item(a, True) for a in chunk)
                + _pager(c, p, pages) + "</div>", f"{n} - {SITE_NAME}")
        last_pages[c] = (pages, items[(pages - 1) * PER_PAGE:])
        non_articles.append(cat_path(c, pages + 1))  # the first of the endless copies

    for a in live:
        add(article_path(a), _article(night, a, live), f"{a.title} - {CATS[a.cat]} - {SITE_NAME}", article=True)
        routes[print_path(a)] = kit.page(
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(a.title)}</title></head>'
            f'<body onload="window.print()"><div id="print"><h1>{esc(a.title)}</h1><p>{kit.weekday(a.published)} - {kit.dmy(a.published)} {a.published:%H:%M}</p>'
            f'<p><strong>{esc(a.paragraphs[0])}</strong></p>' + "".join(f"<p>{esc(p)}</p>" for p in a.paras(night)[1:])
            + (f"<p>Tác giả bài viết: {esc(a.author)}</p>" if a.author else "")
            + f'<p>URL của bài viết: {base}{article_path(a)}</p><p>&copy; {esc(SITE_NAME)}</p></div></body></html>')
        routes[article_path(a).replace("/news/", "/news/savefile/", 1)] = kit.doc(a.title)

    soft404 = _shell(night, title=f"Thông báo - {SITE_NAME}", live=live,
                     main='<div class="box"><div class="box-title">Thông báo</div><p class="error">Bài viết không tồn tại hoặc đã bị xóa.</p>'
                          '<p><a href="/">Quay lại trang chủ</a></p></div>')
    for a in arts:
        if a.delete is not None and a.delete <= night:
            routes[article_path(a)] = kit.page(soft404, counter_base=counter)
            routes[print_path(a)] = kit.page(soft404, counter_base=counter)

    # about pages, downloads, links, contact
    add("/about/", '<div class="box"><h1>Giới thiệu</h1><ul><li><a href="/about/Lich-su-hinh-thanh.html">Lịch sử hình thành</a></li>'
                   '<li><a href="/about/Co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></div>', f"Giới thiệu - {SITE_NAME}")
    history = [
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Bình được thành lập ngày 12 tháng 5 năm 1994 theo quyết định của UBND tỉnh, trên cơ sở tập hợp bảy hội chuyên ngành đang hoạt động lúc bấy giờ.",
        "Trong những năm đầu, cơ quan Liên hiệp Hội chỉ có ba cán bộ chuyên trách, làm việc trong hai gian nhà nhỏ mượn của Sở Khoa học, Công nghệ và Môi trường. Hoạt động chủ yếu là tổ chức hội thảo, phổ biến kỹ thuật canh tác cho nông dân vùng cát ven biển.",
        "Đến nay, Liên hiệp Hội tỉnh có 24 hội thành viên với hơn 15.000 hội viên, ba đơn vị khoa học và công nghệ trực thuộc. Nhiều hoạt động như Hội thi Sáng tạo kỹ thuật, Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng đã trở thành sân chơi quen thuộc của người dân trong tỉnh.",
        "Ghi nhận những đóng góp đó, Liên hiệp Hội tỉnh đã được tặng Huân chương Lao động hạng Ba năm 2014 và nhiều bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, UBND tỉnh."]
    add("/about/Lich-su-hinh-thanh.html", '<div class="box"><h1>Lịch sử hình thành</h1><div class="time">Thứ hai - 12/05/2014 08:00</div>'
        + "".join(f"<p>{esc(p)}</p>" for p in history) + "</div>", f"Lịch sử hình thành - {SITE_NAME}")
    add("/about/Co-cau-to-chuc.html", '<div class="box"><h1>Cơ cấu tổ chức</h1><table border="1" cellpadding="4"><tr><th>Họ tên</th><th>Chức vụ</th></tr>'
        '<tr><td>TS. Hoàng Đăng Khoa</td><td>Chủ tịch</td></tr><tr><td>ThS. Nguyễn Thị Lệ Thu</td><td>Phó Chủ tịch</td></tr>'
        '<tr><td>KS. Trần Văn Bình</td><td>Chánh Văn phòng</td></tr><tr><td>CN. Lê Thị Hồng</td><td>Kế toán</td></tr></table></div>', f"Cơ cấu tổ chức - {SITE_NAME}")
    docs = [("Điều lệ Liên hiệp Hội tỉnh (sửa đổi)", "dieu-le-lien-hiep-hoi-sua-doi.doc", date(2024, 12, 20)),
            ("Thể lệ Hội thi Sáng tạo kỹ thuật lần thứ X", "the-le-hoi-thi-sang-tao-lan-x.pdf", date(2026, 10, 1)),
            ("Mẫu phiếu đăng ký dự thi", "mau-phieu-dang-ky-du-thi.doc", date(2026, 10, 1)),
            ("Báo cáo tổng kết năm 2025", "bao-cao-tong-ket-nam-2025.pdf", date(2026, 1, 14))]
    add("/download/", '<div class="box"><h1>Văn bản - Tài liệu</h1><table><tr><th>Tên tài liệu</th><th>Ngày đăng</th><th>Tải về</th></tr>'
        + "".join(f'<tr><td>{esc(t)}</td><td>{kit.dmy(d)}</td><td><a href="/uploads/download/{f}">Tải về</a></td></tr>' for t, f, d in docs)
        + "</table></div>", f"Văn bản - Tài liệu - {SITE_NAME}")
    for t, f, _d in docs:
        routes[f"/uploads/download/{f}"] = kit.pdf(t) if f.endswith(".pdf") else kit.doc(t, f)
    add("/weblinks/", '<div class="box"><h1>Liên kết website</h1><ul><li><a href="https://vusta.vn" rel="nofollow">Liên hiệp các Hội KH&amp;KT Việt Nam</a></li>'
        '<li><a href="https://quangbinh.gov.vn">Cổng thông tin điện tử tỉnh Quảng Bình</a></li><li><a href="ftp://ftp.quangbinh.gov.vn/pub/">Kho tài liệu (FTP)</a></li></ul></div>',
        f"Liên kết - {SITE_NAME}")
    add("/contact/", '<div class="box"><h1>Liên hệ</h1><p>Mọi thông tin xin gửi về: <a href="mailto:lienhiephoi.quangbinh@gmail.com">lienhiephoi.quangbinh@gmail.com</a></p>'
        '<form method="post" action="/contact/"><input name="fname" /><textarea name="fcon"></textarea><input type="submit" value="Gửi" /></form></div>', f"Liên hệ - {SITE_NAME}")
    add("/search/", '<div class="box"><h1>Tìm kiếm</h1></div>', f"Tìm kiếm - {SITE_NAME}")

    def feed(items):
        return [{"title": a.title, "link": base + article_path(a), "guid": f"{a.cat}_{a.num}", "pubDate": a.published,
                 "description": f'<img src="{base}{_img(a)}" width="100" /> {esc(a.paragraphs[0])}'} for a in items]
    routes["/news/rss/"] = kit.xml(kit.rss(SITE_NAME, base + "/news/", feed(live[:20])))
    for c, n in CATS.items():
        routes[f"/news/rss/{c}/"] = kit.xml(kit.rss(f"{n} - {SITE_NAME}", base + cat_path(c), feed([a for a in live if a.cat == c][:20])))
    disallowed = ["/admin/", "/includes/", "/modules/", "/themes/", "/language/", "/files/", "/search/", "/users/", "/news/sendmail/"]
    routes["/robots.txt"] = kit.robots(["User-agent: *"] + [f"Disallow: {d}" for d in disallowed])

    page_rx = re.compile(r"^/news/([A-Za-z-]+)/page-(\d+)/$")

    def fallback(request):
        m = page_rx.match(request.path.split("?")[0])
        if m and m.group(1) in last_pages and int(m.group(2)) > last_pages[m.group(1)][0]:
            pages, chunk = last_pages[m.group(1)]
            p = int(m.group(2))
            main = (f'<div class="box"><div class="box-title">{esc(CATS[m.group(1)])}</div>' + "".join(_item(a, True) for a in chunk)
                    + _pager(m.group(1), p, pages) + "</div>")
            return kit.Response(_shell(night, title=f"{CATS[m.group(1)]} - {SITE_NAME}", main=main, live=live).replace(kit.COUNTER, f"{counter:,}"))
        return kit.not_found()
    routes["*"] = fallback

    ch = kit.changes(arts, night, article_path)
    gold = kit.golds(arts, night, article_path, aliases_of=lambda a: [print_path(a)], reach_of=lambda a: reach.get(a.num, "pager-deep"))
    return EvalSite(name=NAME, family="nukeviet", routes=routes, articles=gold, non_articles=non_articles, disallowed=disallowed,
                    boilerplate=BOILERPLATE, new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
