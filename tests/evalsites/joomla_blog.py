"""Evaluation site: a provincial union on Joomla 3 with category *blog* pages; serves, never scores.

Models TUSTA-style Joomla 3 sites: SEF URLs `/index.php/<menu>/<catid>-<cat>/<id>-<alias>`
whose aliases lost some accented letters ('hi-ngh-'), the homepage's "Tin mới nhất" being
exactly page 1 of the "Tin hoạt động" category blog (same ten items, same order) and the
homepage's "Thông báo" box being page 1 of the "Thông báo" blog, so only `?start=10`,
`?start=20`… reveal older articles; `?start=` past the end answers the last page again and
still links "Tiếp" (endless); no feed (`?format=feed` is switched off), no sitemap;
"Viết bởi", "Lượt xem", print/email icons (print disallowed by a wildcard robots rule), a
"Đọc nhiều" module linking articles through `/index.php/component/content/article/…?Itemid=`
(aliases), a multi-page article (pagebreak: `?start=1` is its page 2, `?showall=1` the whole
text), and an "about" page that is a Joomla article with a date and long prose.
"""

from __future__ import annotations

import random
import re
from datetime import date, datetime
from functools import lru_cache

from . import _kit_a as kit
from ._kit_a import Art, esc
from ._prose_a import Org, Writer
from .model import EvalSite

NAME = "joomla_blog"
ORG = Org("Thanh Hóa", "Liên hiệp các hội Khoa học và Kỹ thuật Thanh Hóa", "Liên hiệp hội Thanh Hóa", "Thanh Hóa",
          ["Thọ Xuân", "Hoằng Hóa", "Tĩnh Gia", "Ngọc Lặc", "Quảng Xương", "Thạch Thành", "Nga Sơn", "Như Thanh", "Bá Thước"],
          ["Hội Công nghệ sinh học - Hóa học", "Hội Nông học tỉnh", "Hội Y học tỉnh", "Hội Khoa học Tâm lý - Giáo dục",
           "Hội Kinh tế tỉnh", "Hội Xây dựng tỉnh", "Hội Tin học tỉnh", "Hội Bảo vệ thiên nhiên và môi trường"])
SITE_NAME = "Liên hiệp các hội Khoa học và Kỹ thuật Thanh Hóa"
CATS = {"tin": ("tin-hoat-dong", 56, "tin-hoat-dong", "Tin hoạt động", 10),
        "tb": ("thong-bao", 61, "thong-bao", "Thông báo", 5)}  # key -> (menu, catid, cat alias, name, per page)
BOILERPLATE = ["Viết bởi", "Lượt xem:", "Ngày đăng:", "Chuyên mục:", "Đọc thêm", "Lượt truy cập", "Mục lục bài viết",
               "Tất cả các trang", "IMG_20"]
MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]

MULTIPAGE = ("Báo cáo tóm tắt kết quả hoạt động nhiệm kỳ 2020-2025 của Liên hiệp hội Thanh Hóa", [
    "Nhiệm kỳ 2020-2025 diễn ra trong bối cảnh có nhiều thuận lợi đan xen khó khăn: dịch Covid-19 kéo dài trong hai năm đầu, kinh phí hoạt động hạn hẹp, nhưng sự quan tâm của Tỉnh ủy, UBND tỉnh đối với đội ngũ trí thức ngày càng rõ nét, thể hiện qua nhiều văn bản chỉ đạo cụ thể.",
    "Về công tác tổ chức, Liên hiệp hội đã kết nạp thêm 6 hội thành viên, nâng tổng số lên 38 hội và 7 đơn vị khoa học và công nghệ trực thuộc, tập hợp gần 50.000 hội viên. Nhiều hội đã kiện toàn Ban Chấp hành, tổ chức đại hội đúng nhiệm kỳ và sửa đổi điều lệ cho phù hợp với quy định mới.",
    "Hoạt động tư vấn, phản biện và giám định xã hội có bước tiến rõ rệt. Trong 5 năm, Liên hiệp hội chủ trì thực hiện 41 nhiệm vụ, trong đó có các đề án lớn như quy hoạch tỉnh thời kỳ 2021-2030, đề án phát triển vùng nguyên liệu mía đường, dự án đường ven biển đoạn qua các huyện phía Nam.",
    "Công tác phổ biến kiến thức được đổi mới về hình thức, kết hợp giữa các lớp tập huấn trực tiếp với chuyên mục trên sóng phát thanh và mạng xã hội. Bản tin Khoa học và Đời sống phát hành 20 số, mỗi số 1.500 bản, gửi tới các xã vùng sâu, vùng xa.",
    "Hội thi Sáng tạo kỹ thuật tỉnh được tổ chức hai kỳ với 312 giải pháp dự thi, 96 giải pháp đạt giải; Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng thu hút hơn 2.000 mô hình, sản phẩm của học sinh. Nhiều giải pháp đã được áp dụng vào sản xuất, mang lại hiệu quả kinh tế rõ rệt.",
    "Bên cạnh kết quả đạt được, báo cáo thẳng thắn chỉ ra những hạn chế: một số hội thành viên hoạt động còn hình thức, chưa thu hút được trí thức trẻ; cơ sở vật chất của cơ quan Liên hiệp hội còn thiếu; việc theo dõi, đánh giá kết quả tiếp thu các ý kiến tư vấn, phản biện chưa được thực hiện thường xuyên.",
    "Nguyên nhân của những hạn chế trên có cả khách quan và chủ quan, trong đó chủ yếu là nguồn lực tài chính phụ thuộc nhiều vào ngân sách, đội ngũ cán bộ chuyên trách mỏng và còn kiêm nhiệm nhiều việc.",
    "Nhiệm kỳ 2025-2030, Liên hiệp hội đặt mục tiêu phát triển thêm ít nhất 5 hội thành viên, thực hiện mỗi năm tối thiểu 8 nhiệm vụ tư vấn, phản biện, và xây dựng cơ sở dữ liệu chuyên gia phục vụ các nhiệm vụ của tỉnh.",
    "Để đạt được các mục tiêu đó, Liên hiệp hội xác định bốn nhóm giải pháp: đổi mới nội dung và phương thức hoạt động; nâng cao năng lực đội ngũ cán bộ; tăng cường phối hợp với các sở, ngành, địa phương; chủ động tìm kiếm các nguồn lực xã hội hóa cho hoạt động hội."])
MULTIPAGE_SPLIT = 5


def _alias(title: str) -> str:
    """The site's broken alias filter: some accented letters become ASCII, others vanish."""
    out = []
    for ch in kit.nfc(title).lower():
        if ch.isascii():
            out.append(ch if ch.isalnum() else "-")
        elif ch == "đ":
            out.append("d")
        elif ord(ch) % 3:  # transliterated
            out.append(kit.slugify(ch) or "")
        # else: dropped
    return re.sub(r"-+", "-", "".join(out)).strip("-")[:70].strip("-")


@lru_cache(maxsize=1)
def _week() -> list[Art]:
    rng = random.Random(NAME)
    w = Writer(NAME, ORG)
    arts = kit.plan(w, rng, sections=[
        ("tin", 36, ["hoi_thao", "tap_huan", "phan_bien", "tong_ket", "khao_sat", "ky_ket", "ton_vinh", "dai_hoi", "sang_tao", "chuyen_giao"]),
        ("tb", 8, ["sang_tao", "thanh_thieu_nien", "pho_bien"])],
        start=date(2019, 6, 1), end=date(2026, 11, 7), new_per_night=[1, 1, 2, 0, 1, 1, 2],
        new_sections=["tin", "tin", "tb", "tin"], first_id=1180, id_gap=(2, 11),
        authors=["Văn phòng", "Lê Minh Tuấn", "Phạm Thị Thu Hà", None, "Ban Tư vấn - Phản biện", "Hoàng Văn Nam"])  # None: "Viết bởi Quản trị viên"
    # the multi-page report (pagebreak plugin): an older item, on page 2 of the blog
    when = datetime(2025, 9, 26, 15, 40, tzinfo=kit.VN)
    num = max(a.num for a in arts if a.published < when) + 1
    assert num not in {a.num for a in arts}
    arts.append(Art(num, MULTIPAGE[0], when, "Văn phòng", list(MULTIPAGE[1]), cat="tin", extra={"multipage": True}))
    ed = Writer(NAME + "/edits", ORG)
    keep = {num}
    kit.pick_old(arts, newest=17, skip=keep).edits.append((3, ed.addendum(kit.edit_time(3))))
    kit.pick_old(arts, newest=2, skip=keep).edits.append((6, ed.addendum(kit.edit_time(6))))
    for night, idx in ((4, 8), (5, 25)):
        a = kit.pick_old(arts, newest=idx, skip=keep)
        a.delete, a.delete_kind = night, "404"
    return arts


def article_path(a: Art) -> str:
    menu, catid, calias, _, _ = CATS[a.cat]
    return f"/index.php/{menu}/{catid}-{calias}/{a.num}-{_alias(a.title)}"


def component_path(a: Art) -> str:
    _, catid, calias, _, _ = CATS[a.cat]
    return f"/index.php/component/content/article/{catid}-{calias}/{a.num}-{_alias(a.title)}?Itemid=101"


def blog_path(key: str, start: int = 0) -> str:
    menu = CATS[key][0]
    return f"/index.php/{menu}" + (f"?start={start}" if start else "")


def _jdate(dt: datetime) -> str:
    return f"{dt.day:02d} {MONTHS[dt.month - 1]} {dt.year}"


def _hits(a: Art, night: int) -> int:
    return 60 + (a.num * 29) % 1500 + night * (a.num % 5 + 1)


def _shell(night: int, *, title: str, main: str, live: list[Art]) -> str:
    popular = sorted(live, key=lambda a: (_hits(a, night), a.num), reverse=True)[:5]
    pop = "".join(f'<li><a href="{component_path(a)}">{esc(a.title)}</a></li>' for a in popular)
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/tusta/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/tusta/css/template.css?v=3.10" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?v=3.10"></script>
<script src="/media/system/js/caption.js?v=3.10"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-category layout-blog">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/banner/banner-tusta.jpg" alt="{esc(SITE_NAME)}" /></a>
<div class="header-search pull-right"><form action="/index.php/component/search/" method="post" class="form-inline"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /></form>
<a href="/index.php/component/search/?searchword=s%C3%A1ng%20t%E1%BA%A1o&amp;searchphrase=all&amp;Itemid=101" rel="nofollow">Tìm nâng cao</a></div>
</div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101 default current active"><a href="/">Trang chủ</a></li>
<li class="item-102 deeper parent"><a href="/index.php/gioi-thieu">Giới thiệu</a><ul class="nav-child unstyled small"><li class="item-110"><a href="/index.php/gioi-thieu/lich-su-phat-trien">Lịch sử phát triển</a></li><li class="item-111"><a href="/index.php/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
<li class="item-103"><a href="{blog_path('tin')}">Tin hoạt động</a></li>
<li class="item-104"><a href="{blog_path('tb')}">Thông báo</a></li>
<li class="item-105"><a href="/index.php/lien-he">Liên hệ</a></li>
<li class="item-106"><a href="javascript:void(0);" onclick="window.open('http://webmail.thanhhoa.gov.vn')">Thư điện tử</a></li></ul></nav>
<div class="today">{kit.header_today(night)}</div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
<div id="aside" class="span3">
<div class="moduletable"><h3>Đọc nhiều</h3><ul class="mostread mod-list">{pop}</ul></div>
<div class="moduletable"><h3>Liên kết</h3><ul><li><a href="https://vusta.vn" target="_blank">Liên hiệp Hội Việt Nam</a></li><li><a href="mailto:lhhthanhhoa@gmail.com">Gửi thư cho chúng tôi</a></li></ul></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><p>Lượt truy cập: {3_994_514 + night * 2219:,}<br />Đang trực tuyến: {21 + night * 4}</p></div>
</div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<p>{esc(SITE_NAME)} - Địa chỉ: Số 40 Hạc Thành, TP Thanh Hóa - Điện thoại: 0237.3852.111 - <a href="/administrator/" rel="nofollow">Quản trị</a></p>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
</body>
</html>"""


def _info(a: Art, night: int, link_cat: bool = True) -> str:
    menu, catid, calias, name, _ = CATS[a.cat]
    cat = f'<a href="{blog_path(a.cat)}" itemprop="genre">{esc(name)}</a>' if link_cat else esc(name)
    return (f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            f'<dd class="createdby" itemprop="author">Viết bởi <span itemprop="name">{esc(a.author or "Quản trị viên")}</span></dd>'
            f'<dd class="category-name">Chuyên mục: {cat}</dd>'
            f'<dd class="published"><span class="icon-calendar"></span> <time datetime="{a.published.isoformat()}" itemprop="datePublished">Ngày đăng: {_jdate(a.published)}</time></dd>'
            f'<dd class="hits"><span class="icon-eye-open"></span> <meta itemprop="interactionCount" content="UserPageVisits:{_hits(a, night)}" />Lượt xem: {_hits(a, night)}</dd></dl>')


def _blog_item(a: Art, night: int) -> str:
    return (f'<div class="items-row cols-1 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<div class="page-header"><h2 itemprop="name"><a href="{article_path(a)}" itemprop="url">{esc(a.title)}</a></h2></div>'
            f'{_info(a, night)}<p>{esc(a.paragraphs[0])}</p>'
            f'<p class="readmore"><a class="btn" href="{article_path(a)}" itemprop="url"><span class="icon-chevron-right"></span> Đọc thêm: {esc(a.title[:40])}…</a></p>'
            f'</div></div></div>')


def _pagination(key: str, start: int, total: int) -> str:
    per = CATS[key][4]
    pages = max(1, -(-total // per))
    cur = min(start // per, pages - 1) + 1
    link = lambda s, t: f'<li><a title="{t}" href="{blog_path(key, s)}" class="pagenav">{t}</a></li>'  # noqa: E731
    items = [link(0, "Đầu"), link(max(0, start - per), "Trước")] if start else ['<li class="disabled"><a>Đầu</a></li>', '<li class="disabled"><a>Trước</a></li>']
    for p in range(1, pages + 1):
        items.append(f'<li class="active"><a>{p}</a></li>' if p == cur else link((p - 1) * per, str(p)))
    items += [link(start + per, "Tiếp"), link((pages - 1) * per, "Cuối")]  # "Tiếp" even on the last page
    return (f'<div class="pagination"><p class="counter pull-right"> Trang {cur} / {pages} </p>'
            f'<ul class="pagination-list">{"".join(items)}</ul></div>')


def _blog(key: str, start: int, items: list[Art], night: int) -> str:
    per = CATS[key][4]
    pages = max(1, -(-len(items) // per))
    eff = min(start, (pages - 1) * per)  # past the end: the last page again
    chunk = items[eff:eff + per]
    return (f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{esc(CATS[key][3])}</h1></div>'
            + "".join(_blog_item(a, night) for a in chunk) + _pagination(key, start, len(items)) + "</div>")


def _article(a: Art, night: int, page: int | None) -> str:
    """page None = the whole article (showall); 1/2 = a page of the pagebreak article."""
    paras = a.paras(night)
    toc = ""
    if a.extra.get("multipage"):
        base = article_path(a)
        toc = (f'<div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav nav-tabs nav-stacked">'
               f'<li class="{"active" if page == 1 else ""}"><a href="{base}" class="toclink">Trang 1</a></li>'
               f'<li class="{"active" if page == 2 else ""}"><a href="{base}?start=1" class="toclink">Trang 2</a></li>'
               f'<li class="{"active" if page is None else ""}"><a href="{base}?showall=1" class="toclink">Tất cả các trang</a></li></ul></div>')
        if page == 1:
            paras = paras[:MULTIPAGE_SPLIT]
        elif page == 2:
            paras = paras[MULTIPAGE_SPLIT:]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras[:2])
    if a.num % 3 == 0:
        body += f'<p><img src="/images/tin/{a.published:%Y}/{kit.camera_name(a.num, a.published)}.jpg" alt="{kit.camera_name(a.num, a.published)}" class="caption" title="{kit.camera_name(a.num, a.published)}" width="550" /></p>'
    body += "".join(f"<p>{esc(p)}</p>" for p in paras[2:])
    pagenav = ""
    if a.extra.get("multipage") and page in (1, 2):
        pagenav = (f'<ul class="pager pagenav"><li class="next"><a href="{article_path(a)}?start=1">Trang sau &gt;</a></li></ul>' if page == 1
                   else f'<ul class="pager pagenav"><li class="previous"><a href="{article_path(a)}">&lt; Trang trước</a></li></ul>')
    printed = f"{article_path(a)}?tmpl=component&amp;print=1&amp;layout=default"
    return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
            f'<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>'
            f'<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a>'
            f'<ul class="dropdown-menu"><li class="print-icon"><a href="{printed}" title="In bài viết &lt; {esc(a.title[:30])} &gt;" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes\'); return false;" rel="nofollow"><span class="icon-print"></span> In</a></li>'
            f'<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=tusta&amp;link={a.num * 7919:x}" title="Gửi email" onclick="window.open(this.href,\'win2\',\'width=400,height=450\'); return false;" rel="nofollow"><span class="icon-envelope"></span> Email</a></li></ul></div></div>'
            f'{_info(a, night)}{toc}<div itemprop="articleBody">{body}</div>{pagenav}</div>')


def build_site(base_url: str, night: int) -> EvalSite:
    arts = _week()
    live = kit.live(arts, night)
    routes: dict = {}
    non_articles: list[str] = []

    def add(path, main, title, *, article=False):
        routes[path] = kit.page(_shell(night, title=title, main=main, live=live))
        if not article:
            non_articles.append(path)

    by_cat = {k: [a for a in live if a.cat == k] for k in CATS}
    # the homepage: "Tin mới nhất" is page 1 of the Tin hoạt động blog, "Thông báo" page 1 of that blog
    home = ('<div class="blog-featured"><h2 class="module-title">Tin mới nhất</h2>'
            + "".join(_blog_item(a, night) for a in by_cat["tin"][:CATS["tin"][4]])
            + '</div><div class="moduletable"><h3>Thông báo</h3>'
            + "".join(_blog_item(a, night) for a in by_cat["tb"][:CATS["tb"][4]]) + "</div>")
    add("/", home, f"Trang chủ - {SITE_NAME}")
    routes["/index.php"] = kit.redirect("/")
    reach = {}
    for key, items in by_cat.items():
        per = CATS[key][4]
        pages = max(1, -(-len(items) // per))
        for p in range(pages):
            for a in items[p * per:(p + 1) * per]:
                reach[a.num] = "listing" if p == 0 else "pager-deep"
            add(blog_path(key, p * per), _blog(key, p * per, items, night), f"{CATS[key][3]} - {SITE_NAME}")
        non_articles.append(blog_path(key, pages * per))

    for a in live:
        path = article_path(a)
        if a.extra.get("multipage"):
            add(path, _article(a, night, 1), f"{a.title} - {SITE_NAME}", article=True)
            add(path + "?start=1", _article(a, night, 2), f"{a.title} - Trang 2 - {SITE_NAME}")
            add(path + "?showall=1", _article(a, night, None), f"{a.title} - {SITE_NAME}", article=True)
        else:
            add(path, _article(a, night, None), f"{a.title} - {SITE_NAME}", article=True)
        add(component_path(a), _article(a, night, None), f"{a.title} - {SITE_NAME}", article=True)
        routes[f"{path}?tmpl=component&print=1&layout=default"] = kit.page(
            f'<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{esc(a.title)}</title></head><body class="contentpane modal">'
            + _article(a, night, None) + "</body></html>")

    # about: a Joomla article with a date and long prose (not news); organisation chart; contact
    about = Art(12, "Lịch sử phát triển Liên hiệp các hội Khoa học và Kỹ thuật Thanh Hóa", datetime(2016, 3, 8, 9, 0, tzinfo=kit.VN), "Quản trị viên", [
        "Liên hiệp các hội Khoa học và Kỹ thuật Thanh Hóa được thành lập ngày 25 tháng 8 năm 1992, là một trong những liên hiệp hội cấp tỉnh ra đời sớm nhất cả nước, với mục đích tập hợp, đoàn kết đội ngũ trí thức khoa học và công nghệ đang sinh sống và làm việc trên địa bàn tỉnh.",
        "Khi mới thành lập, Liên hiệp hội chỉ có 9 hội thành viên với khoảng 3.000 hội viên, chủ yếu là cán bộ kỹ thuật trong các ngành nông nghiệp, y tế và giáo dục. Trụ sở đặt tạm tại một dãy nhà cấp bốn trong khuôn viên Sở Khoa học, Công nghệ và Môi trường.",
        "Qua các kỳ đại hội, tổ chức của Liên hiệp hội ngày càng được củng cố. Năm 2002, Liên hiệp hội thành lập Trung tâm Tư vấn chuyển giao công nghệ; năm 2010, thành lập Quỹ Hỗ trợ sáng tạo kỹ thuật tỉnh; năm 2016, khánh thành trụ sở làm việc mới tại số 40 Hạc Thành.",
        "Trên chặng đường hơn ba mươi năm, Liên hiệp hội đã tổ chức hàng trăm hội thảo khoa học, thực hiện hàng chục nhiệm vụ tư vấn, phản biện, tổ chức thành công nhiều kỳ Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng, góp phần vào sự phát triển kinh tế - xã hội của tỉnh nhà.",
        "Những đóng góp đó đã được Đảng, Nhà nước ghi nhận bằng Huân chương Lao động hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác."], cat="tin")
    add("/index.php/gioi-thieu/lich-su-phat-trien", _article(about, night, None).replace(
        f'href="{blog_path("tin")}" itemprop="genre">Tin hoạt động', 'href="/index.php/gioi-thieu" itemprop="genre">Giới thiệu'), f"Lịch sử phát triển - {SITE_NAME}")
    add("/index.php/gioi-thieu", '<div class="categories-list"><h1>Giới thiệu</h1><ul><li><a href="/index.php/gioi-thieu/lich-su-phat-trien">Lịch sử phát triển</a></li>'
        '<li><a href="/index.php/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></div>', f"Giới thiệu - {SITE_NAME}")
    add("/index.php/gioi-thieu/co-cau-to-chuc", '<div class="item-page"><div class="page-header"><h2>Cơ cấu tổ chức</h2></div><div itemprop="articleBody">'
        '<p><img src="/images/so-do-to-chuc-lhh.jpg" alt="so do to chuc lhh" width="700" /></p><p><strong>Thường trực Liên hiệp hội</strong></p>'
        '<p>Chủ tịch: TS. Lê Văn Thắng</p><p>Phó Chủ tịch Thường trực: ThS. Nguyễn Thị Mai Hương</p><p>Phó Chủ tịch: PGS.TS. Trịnh Văn Khoa</p>'
        '<p><strong>Các ban chuyên môn</strong>: Văn phòng; Ban Tư vấn, phản biện và giám định xã hội; Ban Khoa học - Công nghệ và Hội viên; Trung tâm Tư vấn chuyển giao công nghệ.</p></div></div>',
        f"Cơ cấu tổ chức - {SITE_NAME}")
    add("/index.php/lien-he", '<div class="contact"><h2>Liên hệ</h2><p>Văn phòng Liên hiệp hội - Số 40 Hạc Thành, TP Thanh Hóa</p><p>Email: <a href="mailto:lhhthanhhoa@gmail.com">lhhthanhhoa@gmail.com</a></p>'
        '<form action="/index.php/lien-he" method="post"><input name="jform[contact_name]" /><input name="jform[contact_email]" /><textarea name="jform[contact_message]"></textarea>'
        '<button type="submit">Gửi</button></form></div>', f"Liên hệ - {SITE_NAME}")
    add("/index.php/component/search/?searchword=s%C3%A1ng%20t%E1%BA%A1o&searchphrase=all&Itemid=101",
        '<div class="search"><h1>Tìm kiếm</h1><p>Tìm thấy 12 kết quả.</p></div>', f"Tìm kiếm - {SITE_NAME}")

    disallowed = ["/administrator/", "/bin/", "/cache/", "/cli/", "/components/", "/includes/", "/installation/", "/language/",
                  "/layouts/", "/libraries/", "/logs/", "/modules/", "/plugins/", "/tmp/", "/index.php/component/search/",
                  "/index.php/component/mailto/", "/*print=1"]
    routes["/robots.txt"] = kit.robots(["# If the Joomla site is installed within a folder", "# eg www.example.com/joomla/ then the robots.txt file",
                                        "User-agent: *"] + [f"Disallow: {d}" for d in disallowed])
    not_found = _shell(night, title=f"404 - Không tìm thấy bài viết - {SITE_NAME}", live=live,
                       main='<div class="error"><h1>404 - Lỗi: 404</h1><p>Không tìm thấy bài viết</p><p><a href="/">Trang chủ</a></p></div>')

    start_rx = re.compile(r"^(/index\.php/[a-z-]+)\?start=(\d+)$")
    menus = {blog_path(k): k for k in CATS}

    def fallback(request):
        m = start_rx.match(request.path)
        if m and m.group(1) in menus:  # ?start= past the end (or off the step): the last page, "Tiếp" still there
            key = menus[m.group(1)]
            return kit.Response(_shell(night, title=f"{CATS[key][3]} - {SITE_NAME}", live=live,
                                       main=_blog(key, int(m.group(2)), by_cat[key], night)))
        return kit.not_found(not_found)
    routes["*"] = fallback

    aliases = lambda a: [component_path(a)] + ([article_path(a) + "?showall=1"] if a.extra.get("multipage") else [])  # noqa: E731
    ch = kit.changes(arts, night, article_path)
    gold = kit.golds(arts, night, article_path, aliases_of=aliases, reach_of=lambda a: reach.get(a.num, "pager-deep"))
    return EvalSite(name=NAME, family="joomla", routes=routes, articles=gold, non_articles=non_articles, disallowed=disallowed,
                    boilerplate=BOILERPLATE, new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
