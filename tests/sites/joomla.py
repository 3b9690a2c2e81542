"""A Joomla 3 provincial union site (like tusta.org.vn, protostar-based template) as routes
and labels; renders pages only, decides nothing about crawling.

SEF articles /index.php/tin-tuc/<catid>-<cat>/<id>-<alias>, the same article at
/index.php?option=com_content&view=article&id=..&catid=..&Itemid=.. and as a print view
(?tmpl=component&print=1&layout=default), category blogs with ?start=N, a JEvents-like
calendar whose "next month" never ends, a > 3 MB documents page, a PDF, about and
contact pages, a feed (?format=feed&type=rss), robots.txt with a Sitemap: line to a
sitemap index of two child sitemaps.
"""

# ruff: noqa: E501 (HTML templates and Vietnamese prose are data: long lines read better whole)

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from tests.siteserver import Request, Response

from . import FixtureSite, Gold
from .common import Night, only_boilerplate, page, vn_number
from .content import VN, Edition, Story, StoryPlan, Union, edition, make_union, slug

CATEGORIES = {"8": ("tin-hoat-dong", "Tin hoạt động"),
              "9": ("tu-van-phan-bien", "Tư vấn, phản biện"),
              "10": ("hoi-thanh-vien", "Hội thành viên")}
ITEMID = {"home": 101, "tin-tuc": 102, "gioi-thieu": 103, "lien-he": 104, "lich-su-kien": 105,
          "van-ban": 106}
BLOG_LIMIT = 10
CAL_NOW = (2023, 3)
EVENTS = {(2023, 2): [(17, 12, "Họp Ban Thường vụ Liên hiệp Hội mở rộng")],
          (2023, 3): [(24, 15, "Hội nghị Ban Chấp hành lần thứ 5, khóa VII")]}
STATIC = datetime(2021, 9, 6, 10, 0, tzinfo=VN)

PLAN = StoryPlan(
    site="joomla",
    cats={"8": [], "9": ["critique", "workshop"], "10": ["congress", "member", "summary"]},
    count=25, first_id=231,
    authors=["Thu Hà", "Nguyễn Tiến", "Ban Tuyên truyền", "Hoàng Lâm", "Mai Anh - Hội Làm vườn"],
    avoid_in_alias=("lich",),  # the calendar owns "lich-su-kien"; keep articles out of it
)


@dataclass
class Joomla:
    union: Union
    ed: Edition
    night: Night
    base: str

    def sef(self, s: Story) -> str:
        alias, _ = CATEGORIES[s.cat]
        return f"/index.php/tin-tuc/{s.cat}-{alias}/{s.id}-{s.alias}"

    def raw(self, s: Story) -> str:
        return (f"/index.php?option=com_content&view=article&id={s.id}&catid={s.cat}"
                f"&Itemid={ITEMID['tin-tuc']}")

    def print_url(self, s: Story) -> str:
        return self.sef(s) + "?tmpl=component&print=1&layout=default"

    def cat_url(self, cat: str) -> str:
        return f"/index.php/tin-tuc/{cat}-{CATEGORIES[cat][0]}"

    @staticmethod
    def blog_url(start: int = 0) -> str:
        return "/index.php/tin-tuc" + (f"?start={start}" if start else "")

    @staticmethod
    def month_url(year: int, month: int) -> str:
        return f"/index.php/lich-su-kien/month.calendar/{year}/{month:02d}/-"

    feed_url = "/index.php/tin-tuc?format=feed&type=rss"
    atom_url = "/index.php/tin-tuc?format=feed&type=atom"
    docs_url = "/index.php/van-ban-tai-lieu"
    pdf_url = "/images/tailieu/baocao.pdf"

    def in_cat(self, cat: str) -> list[Story]:
        return [s for s in self.ed.stories if s.cat == cat]

    # --- chrome -----------------------------------------------------------------------
    def layout(self, title: str, main: str, canonical: str | None = None, extra_head: str = "",
               active: str = "") -> str:
        u, n = self.union, self.night
        latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{self.sef(s)}" itemprop="url">'
                         f'<span itemprop="name">{escape(s.title)}</span></a></li>' for s in self.ed.stories[:5])
        canon = f'\n\t<link href="{self.base}{canonical}" rel="canonical" />' if canonical else ""

        def li(key, href, label):
            cls = f"item-{ITEMID.get(key, 110)}" + (" current active" if key == active else "")
            return f'<li class="{cls}"><a href="{href}" >{label}</a></li>'
        cats = "".join(f'<li class="item-{111 + i}"><a href="{self.cat_url(c)}" >{escape(name)}</a></li>'
                       for i, (c, (_, name)) in enumerate(CATEGORIES.items()))
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{self.base}{canonical or '/'}" />
	<meta name="keywords" content="liên hiệp hội, khoa học kỹ thuật, {escape(u.province)}" />
	<meta name="description" content="{escape(u.name)}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{escape(title)}</title>{canon}
	<link href="{escape(self.feed_url)}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
	<link href="{escape(self.atom_url)}" rel="alternate" type="application/atom+xml" title="Atom 1.0" />
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?4b6cbcb1b4a3eeb1f2a0a4ac48a3bd3d" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?4b6cbcb1b4a3eeb1f2a0a4ac48a3bd3d"></script>
	<script src="/media/system/js/caption.js?4b6cbcb1b4a3eeb1f2a0a4ac48a3bd3d"></script>
	<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>{extra_head}
</head>
<body class="site com_content view-article no-layout no-task itemid-{ITEMID['tin-tuc']}">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><img src="/images/logo-tusta.png" alt="{escape(u.name)}" /></a>
					<div class="header-search pull-right">
						<div class="search">
							<form action="/index.php/tin-tuc" method="post" class="form-inline" role="search">
								<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />
								<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="{ITEMID['tin-tuc']}" />
							</form>
						</div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div>
				<div class="nav-collapse">
					<ul class="nav menu nav-pills mod-list">
						{li('home', '/', 'Trang chủ')}
						{li('gioi-thieu', '/index.php/gioi-thieu', 'Giới thiệu')}
						<li class="item-{ITEMID['tin-tuc']} deeper parent"><a href="/index.php/tin-tuc" >Tin tức</a><ul class="nav-child unstyled small">{cats}</ul></li>
						{li('lich-su-kien', '/index.php/lich-su-kien', 'Lịch sự kiện')}
						{li('van-ban', self.docs_url, 'Văn bản - Tài liệu')}
						{li('lien-he', '/index.php/lien-he', 'Liên hệ')}
					</ul>
				</div>
			</nav>
			<div class="moduletable"><div class="custom"><p>{n.header_date} &nbsp;|&nbsp; Chào mừng kỷ niệm 40 năm thành lập Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam</p></div></div>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container"></div>
{main}
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">{latest}</ul></div>
					<div class="well "><h3 class="page-header">Tài liệu</h3><div class="custom"><p><a href="{self.pdf_url}" target="_blank">Báo cáo tổng kết năm 2022 (PDF)</a></p><p><a href="/tmp/bieu-mau-dang-ky-hoi-vien.doc">Mẫu đơn đăng ký hội viên</a></p></div></div>
					<div class="well "><h3 class="page-header">Thống kê truy cập</h3>
						<div id="vvisit_counter" class="vvisit_counter">
							<table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisitcounter"><tbody>
							<tr align="left"><td>Hôm nay</td><td align="right">{vn_number(n.today)}</td></tr>
							<tr align="left"><td>Hôm qua</td><td align="right">{vn_number(n.today - 211)}</td></tr>
							<tr align="left"><td>Tháng này</td><td align="right">{vn_number(n.counter(38210))}</td></tr>
							<tr align="left"><td>Tất cả</td><td align="right">{vn_number(n.counter(2751904))}</td></tr></tbody></table>
							<div style="text-align: center;">Hiện có {n.online} khách và không thành viên đang online</div>
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<div class="custom"><p><strong>{escape(u.name.upper())}</strong><br />Địa chỉ: {escape(u.address)}<br />Điện thoại: {u.phone} - Email: {u.email}</p></div>
			<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
			<p>&copy; 2023 {escape(u.name)} | <a href="/administrator/">Quản trị</a></p>
		</div>
	</footer>
</body>
</html>"""

    def info(self, s: Story) -> str:
        return f"""<dl class="article-info muted">
			<dt class="article-info-term">Chi tiết</dt>
			<dd class="category-name">Danh mục: <a href="{self.cat_url(s.cat)}" itemprop="genre">{escape(CATEGORIES[s.cat][1])}</a></dd>
			<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{s.published.isoformat()}" itemprop="datePublished">Ngày đăng: {s.published:%d/%m/%Y}</time></dd>
			<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{s.views + 5 * self.night.number}" />Lượt xem: {s.views + 5 * self.night.number}</dd>
		</dl>"""

    def intro(self, s: Story, i: int) -> str:
        return f"""<div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header"><h2 itemprop="name"><a href="{self.sef(s)}" itemprop="url">{escape(s.title)}</a></h2></div>
	{self.info(s)}
	<div class="pull-left item-image"><a href="{self.sef(s)}"><img src="/images/tintuc/{s.published:%Y/%m}/{s.image}" alt="" itemprop="thumbnailUrl"/></a></div>
	<p style="text-align: justify;">{escape(s.paragraphs[0])}</p>
	<p class="readmore"><a class="btn" href="{self.sef(s)}" itemprop="url" aria-label="Đọc thêm: {escape(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {escape(s.title)}</a></p>
</div>"""

    def blog(self, title: str, stories: list[Story], url_of, start: int, total: int) -> str:
        pages = max(1, -(-total // BLOG_LIMIT))
        current = start // BLOG_LIMIT + 1
        nav = ""
        if pages > 1:
            items = []
            items.append('<li class="disabled"><a>Đầu</a></li>' if current == 1 else
                         f'<li><a title="Đầu" href="{url_of(0)}" class="hasTooltip pagenav">Đầu</a></li>')
            items.append('<li class="disabled"><a>Trước</a></li>' if current == 1 else
                         f'<li><a title="Trước" href="{url_of(start - BLOG_LIMIT)}" class="hasTooltip pagenav">Trước</a></li>')
            for k in range(1, pages + 1):
                items.append(f'<li class="active"><a>{k}</a></li>' if k == current else
                             f'<li><a href="{url_of((k - 1) * BLOG_LIMIT)}" class="pagenav">{k}</a></li>')
            items.append('<li class="disabled"><a>Tiếp</a></li>' if current == pages else
                         f'<li><a title="Tiếp" href="{url_of(start + BLOG_LIMIT)}" class="hasTooltip pagenav">Tiếp</a></li>')
            items.append('<li class="disabled"><a>Cuối</a></li>' if current == pages else
                         f'<li><a title="Cuối" href="{url_of((pages - 1) * BLOG_LIMIT)}" class="hasTooltip pagenav">Cuối</a></li>')
            nav = (f'<div class="pagination"><p class="counter pull-right"> Trang {current} của {pages} </p>'
                   f'<ul class="pagination-list">{"".join(items)}</ul></div>')
        leading, rest = stories[:1], stories[1:]
        rows = "".join(f'<div class="items-row cols-1 row-{i} row-fluid clearfix"><div class="span12">{self.intro(s, i)}</div></div>'
                       for i, s in enumerate(rest))
        lead = "".join(f'<div class="leading-0">{self.intro(s, 0)}</div>' for s in leading)
        return f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h1> {escape(title)} </h1></div>
	<div class="items-leading clearfix">{lead}</div>
	{rows}
	{nav}
</div>"""

    def article_main(self, s: Story) -> str:
        same = self.in_cat(s.cat)
        i = next(k for k, x in enumerate(same) if x.id == s.id)
        prev_s, next_s = (same[i - 1] if i > 0 else None), (same[i + 1] if i + 1 < len(same) else None)
        pagenav = '<ul class="pager pagenav">'
        if prev_s:
            pagenav += (f'<li class="previous"><a class="hasTooltip" title="{escape(prev_s.title)}" aria-label="Bài trước: {escape(prev_s.title)}" '
                        f'href="{self.sef(prev_s)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>')
        if next_s:
            pagenav += (f'<li class="next"><a class="hasTooltip" title="{escape(next_s.title)}" aria-label="Bài tiếp: {escape(next_s.title)}" '
                        f'href="{self.sef(next_s)}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
        pagenav += "</ul>"
        body = "\n".join(f'<p style="text-align: justify;">{escape(p)}</p>' for p in s.paragraphs)
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">{escape(s.title)}</h2>
	</div>
	<div class="icons">
		<div class="btn-group pull-right">
			<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{s.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
			<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{s.id}">
				<li class="print-icon"><a href="{escape(self.print_url(s))}" title="In bài viết &lt; {escape(s.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>In</a></li>
				<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link=a{s.id:x}c1f0" title="Email liên kết này đến một người bạn" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>E-mail</a></li>
			</ul>
		</div>
	</div>
	{self.info(s)}
	<div class="pull-none item-image"><img src="/images/tintuc/{s.published:%Y/%m}/{s.image}" alt="{escape(s.image)}" itemprop="image"/></div>
	<div itemprop="articleBody">
		<p style="text-align: center;"><img class="caption" src="/images/tintuc/{s.published:%Y/%m}/{s.image}" alt="{escape(s.caption)}" title="{escape(s.caption)}" width="600" /></p>
{body}
<p style="text-align: right;"><strong>{escape(s.author or "")}</strong></p>
	</div>
	{pagenav}
</div>"""

    def print_page(self, s: Story) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{escape(s.title)}</title><link href="/templates/protostar/css/template.css" rel="stylesheet" /></head>
<body class="contentpane modal"><div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
{self.article_main(s).split('<div class="item-page" itemscope itemtype="https://schema.org/Article">', 1)[1]}
</body></html>"""

    def home(self) -> str:
        featured = self.ed.stories[:6]
        focus = "".join(f'<li><a href="{escape(self.raw(s))}">{escape(s.title)}</a></li>'
                        for s in self.ed.stories[6:9])
        main = (f'<div class="moduletable"><h3>Tin tiêu điểm</h3><ul class="slide-news">{focus}</ul></div>'
                + '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">'
                + "".join(f'<div class="items-row cols-1 row-{i} row-fluid"><div class="item column-1">{self.intro(s, i)}</div></div>'
                          for i, s in enumerate(featured)) + "</div>")
        return self.layout(f"Trang chủ - {self.union.name}", main, canonical="/", active="home")

    def static_article(self, heading: str, paras: list[str]) -> str:
        body = "".join(f"<p style=\"text-align: justify;\">{escape(p)}</p>" for p in paras)
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header"><h2 itemprop="headline">{escape(heading)}</h2></div>
	<div itemprop="articleBody">{body}</div>
</div>"""

    def about(self) -> str:
        u = self.union
        paras = [
            f"{u.name} (tên viết tắt là Liên hiệp Hội) được thành lập theo Quyết định số 1524/QĐ-UB ngày 18 tháng 9 năm 1998 của Ủy ban nhân dân tỉnh {u.province}, là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ trong tỉnh.",
            "Liên hiệp Hội có tôn chỉ, mục đích tập hợp, đoàn kết, phát huy tiềm năng sáng tạo của đội ngũ trí thức; làm cầu nối giữa trí thức với Đảng, Nhà nước và nhân dân; góp phần vào sự nghiệp công nghiệp hóa, hiện đại hóa đất nước.",
            "Chức năng, nhiệm vụ chủ yếu gồm: tư vấn, phản biện và giám định xã hội các chủ trương, chính sách, chương trình, dự án phát triển kinh tế – xã hội; phổ biến kiến thức khoa học và công nghệ; tổ chức nghiên cứu, ứng dụng và chuyển giao tiến bộ kỹ thuật; bồi dưỡng, tôn vinh trí thức; hợp tác quốc tế trong lĩnh vực khoa học và công nghệ.",
            "Cơ cấu tổ chức gồm Đại hội, Ban Chấp hành, Ban Thường vụ, Thường trực, các ban chuyên môn và Văn phòng. Hiện nay Liên hiệp Hội có 35 hội thành viên cấp tỉnh và 12 tổ chức khoa học và công nghệ trực thuộc, tập hợp trên 20.000 hội viên thuộc nhiều lĩnh vực khoa học khác nhau.",
            f"Trong những năm qua, Liên hiệp Hội đã được tặng Huân chương Lao động hạng Ba, hạng Nhì và nhiều bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, Ủy ban nhân dân tỉnh {u.province} vì những thành tích xuất sắc trong công tác hội.",
        ]
        return self.layout("Giới thiệu", self.static_article("Giới thiệu chung về Liên hiệp Hội", paras),
                           canonical="/index.php/gioi-thieu", active="gioi-thieu")

    def contact(self) -> str:
        u = self.union
        main = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
	<div class="page-header"><h2><span class="contact-name" itemprop="name">Văn phòng Liên hiệp Hội</span></h2></div>
	<h3>Liên hệ</h3>
	<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
		<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt><dd><span class="contact-street" itemprop="streetAddress">{escape(u.address)}</span></dd>
		<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt><dd><span class="contact-telephone" itemprop="telephone">{u.phone}</span></dd>
	</dl>
	<h3>Mẫu liên hệ</h3>
	<div class="contact-form"><form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
		<fieldset><legend>Gửi email. Các trường có dấu (*) là bắt buộc.</legend>
		<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Tên<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
		<div class="control-group"><div class="control-label"><label for="jform_contact_message">Nội dung</label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea></div></div>
		</fieldset>
		<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi Email</button><input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /></div></div>
	</form></div>
</div>"""
        return self.layout("Liên hệ", main, active="lien-he")

    def month(self, year: int, month: int) -> str:
        """A JEvents month view: a grid of days, events where there are any, and
        "previous/next month" links that go on for ever."""
        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        first = datetime(year, month, 1)
        days = (datetime(next_y, next_m, 1) - first).days
        events = {d: (h, t) for d, h, t in EVENTS.get((year, month), [])}
        cells = ['<td class="cal_td_daysnoevents">&nbsp;</td>'] * first.weekday()
        for d in range(1, days + 1):
            if d in events:
                h, t = events[d]
                cells.append(f'<td class="cal_td_dayshasevents"><span class="cal_daylink">{d}</span>'
                             f'<div class="eventfull"><a class="cal_titlelink" href="/index.php/lich-su-kien/eventdetail/{year}{month:02d}{d:02d}/-/{slug(t)}">'
                             f"{h:02d}:00 {escape(t)}</a></div></td>")
            else:
                cells.append(f'<td class="cal_td_daysnoevents"><span class="cal_daylink">{d}</span></td>')
        rows = "".join("<tr>" + "".join(cells[i:i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        main = f"""<div id="jevents"><div class="contentpaneopen jeventpage" id="jevents_body">
<div class="jev_toprow"><h2 class="contentheading">Lịch sự kiện</h2></div>
<table class="cal_top_day_names"><tr><td class="cal_arrowleft"><a href="{self.month_url(prev_y, prev_m)}" title="Tháng trước">&laquo; Tháng {prev_m}</a></td>
<td class="cal_td_month"><h3>Tháng {month} năm {year}</h3></td>
<td class="cal_arrowright"><a href="{self.month_url(next_y, next_m)}" title="Tháng sau">Tháng {next_m} &raquo;</a></td></tr></table>
<table class="cal_table"><tr><th>Thứ hai</th><th>Thứ ba</th><th>Thứ tư</th><th>Thứ năm</th><th>Thứ sáu</th><th>Thứ bảy</th><th>Chủ nhật</th></tr>{rows}</table>
</div></div>"""
        return self.layout(f"Lịch sự kiện - Tháng {month}/{year}", main, active="lich-su-kien")

    def event(self, ymd: str) -> str | None:
        year, month, day = int(ymd[:4]), int(ymd[4:6]), int(ymd[6:8])
        for d, h, t in EVENTS.get((year, month), []):
            if d == day:
                main = (f'<div id="jevents"><h2 class="contentheading">{escape(t)}</h2><table class="jev_eventdetail">'
                        f"<tr><td>Thời gian: {h:02d}:00, {day:02d}/{month:02d}/{year}</td></tr>"
                        f"<tr><td>Địa điểm: Hội trường {escape(self.union.short)}</td></tr>"
                        f'<tr><td><a href="{self.month_url(year, month)}">Quay lại lịch tháng</a></td></tr></table></div>')
                return self.layout(t, main, active="lich-su-kien")
        return None

    def documents(self) -> str:
        """The 'documents' page: one row per attachment since 2008, well over 3 MB."""
        rows = []
        kinds = ["Quyết định", "Công văn", "Kế hoạch", "Thông báo", "Báo cáo", "Hướng dẫn"]
        for i in range(9000):
            kind = kinds[i % len(kinds)]
            y = 2008 + i % 15
            rows.append(f'<tr class="row{i % 2}"><td>{i + 1}</td><td>{i % 300 + 1}/{kind[:2].upper()}-LHH</td>'
                        f"<td>{(i % 28) + 1:02d}/{(i % 12) + 1:02d}/{y}</td><td>{kind} về việc triển khai nhiệm vụ "
                        f"công tác hội số {i + 1} năm {y} của {escape(self.union.name)}</td>"
                        f'<td><a href="/images/tailieu/{y}/vb-{i + 1}.pdf" class="at_url">Tải về</a> '
                        f'<span class="at_size">({(i * 37) % 900 + 50} KB)</span></td></tr>')
        main = ('<div class="item-page"><div class="page-header"><h2>Văn bản - Tài liệu</h2></div>'
                '<table class="table table-striped attachmentsList"><thead><tr><th>STT</th><th>Số hiệu</th>'
                '<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp đính kèm</th></tr></thead><tbody>'
                + "".join(rows) + "</tbody></table></div>")
        return self.layout("Văn bản - Tài liệu", main, active="van-ban")

    def feed(self, atom: bool = False) -> str:
        u = self.union
        if atom:
            entries = "".join(f"""
	<entry>
		<title>{xml_escape(s.title)}</title>
		<link rel="alternate" type="text/html" href="{self.base}{self.sef(s)}"/>
		<published>{s.published.isoformat()}</published>
		<updated>{s.updated.isoformat()}</updated>
		<id>{self.base}{self.sef(s)}</id>
		<summary type="html">{xml_escape(s.paragraphs[0])}</summary>
		<category term="{xml_escape(CATEGORIES[s.cat][1])}" />
	</entry>""" for s in self.ed.stories[:10])
            return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<feed xmlns="http://www.w3.org/2005/Atom"  xml:lang="vi-vn">
	<title type="text">Tin tức - {xml_escape(u.name)}</title>
	<subtitle type="text">{xml_escape(u.name)}</subtitle>
	<link rel="alternate" type="text/html" href="{self.base}"/>
	<id>{self.base}{self.atom_url.replace('&', '&amp;')}</id>
	<updated>{max(s.updated for s in self.ed.stories).isoformat()}</updated>
	<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>{entries}
</feed>"""
        items = "".join(f"""
		<item>
			<title>{xml_escape(s.title)}</title>
			<link>{self.base}{self.sef(s)}</link>
			<guid isPermaLink="true">{self.base}{self.sef(s)}</guid>
			<description><![CDATA[<p>{escape(s.paragraphs[0])}</p><p><a href="{self.sef(s)}" class="feed-readmore">Đọc thêm: {escape(s.title)}</a></p>]]></description>
			<category>{xml_escape(CATEGORIES[s.cat][1])}</category>
			<pubDate>{s.published.strftime('%a, %d %b %Y %H:%M:%S +0700')}</pubDate>
		</item>""" for s in self.ed.stories[:10])
        return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>Tin tức - {xml_escape(u.name)}</title>
		<description><![CDATA[{u.name}]]></description>
		<link>{self.base}/index.php/tin-tuc</link>
		<lastBuildDate>{self.night.now.strftime('%a, %d %b %Y %H:%M:%S +0700')}</lastBuildDate>
		<generator>Joomla! - Open Source Content Management</generator>
		<atom:link rel="self" type="application/rss+xml" href="{self.base}{self.feed_url.replace('&', '&amp;')}"/>
		<language>vi-vn</language>{items}
	</channel>
</rss>"""

    def sitemaps(self) -> dict[str, str]:
        arts = "".join(f"\n  <url>\n    <loc>{self.base}{self.sef(s)}</loc>\n    <lastmod>{s.updated:%Y-%m-%dT%H:%M:%S+07:00}</lastmod>\n  </url>"
                       for s in self.ed.stories)
        menu = "".join(f"\n  <url><loc>{self.base}{p}</loc><changefreq>weekly</changefreq></url>"
                       for p in ["/", "/index.php/gioi-thieu", "/index.php/tin-tuc", "/index.php/lien-he",
                                 "/index.php/lich-su-kien", self.docs_url])
        newest = max(s.updated for s in self.ed.stories)
        return {
            "/sitemap.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{self.base}/sitemap-articles.xml</loc><lastmod>{newest:%Y-%m-%dT%H:%M:%S+07:00}</lastmod></sitemap>
  <sitemap><loc>{self.base}/sitemap-menu.xml</loc><lastmod>2021-09-06T10:00:00+07:00</lastmod></sitemap>
</sitemapindex>""",
            "/sitemap-articles.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{arts}
</urlset>""",
            "/sitemap-menu.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{menu}
</urlset>""",
        }

    def not_found(self) -> str:
        return f"""<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><title>404 - Lỗi: 404</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" /></head>
<body class="site"><div class="body"><div class="container"><div class="row-fluid"><div class="span12">
<h1 class="page-header">Không tìm thấy trang yêu cầu.</h1><div class="well"><p><strong>Bạn không thể truy cập trang này vì:</strong></p>
<ul><li>một <strong>bookmark/favourite quá hạn</strong></li><li>địa chỉ <strong>nhập sai</strong></li></ul>
<p>Hãy thử một trong các trang sau:</p><ul><li><a href="/" title="Đến trang chủ">Trang chủ</a></li></ul>
<blockquote><span class="label label-inverse">404</span> Không tìm thấy bài viết</blockquote></div></div></div>
<p>&copy; 2023 {escape(self.union.name)}</p></div></div></body></html>"""


MINIMAL_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
               b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
               b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
               b"trailer<</Root 1 0 R>>\n%%EOF\n")

BOILERPLATE = ["Thống kê truy cập", "Hôm qua", "khách và không thành viên đang online", "Tin mới",
               "Lượt xem", "Danh mục", "Chi tiết", "Tin tiêu điểm", "Lên đầu trang",
               "Chào mừng kỷ niệm 40 năm thành lập", "Báo cáo tổng kết năm 2022 (PDF)",
               "Mẫu đơn đăng ký hội viên"]


def union() -> Union:
    return make_union(random.Random("joomla-union"), "Thái Nguyên",
                      ("Thái Nguyên", "Đại Từ", "Phú Lương", "Định Hóa", "Đồng Hỷ", "Võ Nhai",
                       "Phú Bình", "Phổ Yên"), "tusta.org.vn")


_MONTH = re.compile(r"^/index\.php/lich-su-kien/month\.calendar/(\d{4})/(\d{2})/-")
_EVENT = re.compile(r"^/index\.php/lich-su-kien/eventdetail/(\d{8})/")


def build_site(base: str, night: int) -> FixtureSite:
    u = union()
    ed = edition(PLAN, u, night)
    jm = Joomla(u, ed, Night(night), base)
    stories = ed.stories
    newest = max(s.updated for s in stories)
    listed = [s.id for s in stories]
    routes: dict = {}
    non_articles: list[str] = []

    def add(path, body, key, modified, ctype="text/html; charset=utf-8", article=False):
        routes[path] = page(body, key, modified, ctype)
        if not article:
            non_articles.append(path)

    add("/robots.txt", ROBOTS + f"Sitemap: {base}/sitemap.xml\n", "robots", STATIC, "text/plain")
    home = jm.home()
    add("/", home, ("home", listed[:9]), newest)
    add("/index.php", home, ("home", listed[:9]), newest)
    for start in range(0, len(stories), BLOG_LIMIT):
        add(jm.blog_url(start), jm.layout("Tin tức", jm.blog("Tin tức", stories[start:start + BLOG_LIMIT],
                                                                jm.blog_url, start, len(stories)),
                                          canonical=jm.blog_url(start), active="tin-tuc"),
            ("blog", start, listed), newest)
    for cat, (_, name) in CATEGORIES.items():
        in_cat = jm.in_cat(cat)

        def url_of(start, cat=cat):
            return jm.cat_url(cat) + (f"?start={start}" if start else "")
        for start in range(0, max(1, len(in_cat)), BLOG_LIMIT):
            add(url_of(start), jm.layout(name, jm.blog(name, in_cat[start:start + BLOG_LIMIT], url_of,
                                                       start, len(in_cat)), active="tin-tuc"),
                ("cat", cat, start, [s.id for s in in_cat]), newest)
    add("/index.php/gioi-thieu", jm.about(), "about", STATIC)
    add("/index.php/lien-he", jm.contact(), "contact", STATIC)
    add(jm.feed_url, jm.feed(), ("rss", listed[:10]), newest, "application/rss+xml; charset=utf-8")
    add(jm.atom_url, jm.feed(atom=True), ("atom", listed[:10]), newest, "application/atom+xml; charset=utf-8")
    for path, xml in jm.sitemaps().items():
        add(path, xml, ("sitemap", path, [(s.id, s.updated) for s in stories]), newest,
            "application/xml; charset=utf-8")
    docs: dict[str, Response] = {}

    def documents(request: Request) -> Response:
        if "r" not in docs:  # built on first request: 3+ MB, not needed by most tests
            docs["r"] = page(jm.documents(), "docs", STATIC)
        return docs["r"]
    routes[jm.docs_url] = documents
    non_articles.append(jm.docs_url)
    routes[jm.pdf_url] = page(MINIMAL_PDF, "pdf", STATIC, "application/pdf")  # type: ignore[arg-type]
    non_articles.append(jm.pdf_url)
    calendar_entry = jm.month_url(*CAL_NOW)
    routes["/index.php/lich-su-kien"] = page(jm.month(*CAL_NOW), ("cal", night), STATIC)
    non_articles += ["/index.php/lich-su-kien", calendar_entry]
    for (y, m), evs in EVENTS.items():
        for d, _, _ in evs:
            non_articles.append(_event_path(jm, y, m, d))
    gold = []
    for s in stories:
        key = ("a", s.id, s.paragraphs)
        add(jm.sef(s), jm.layout(s.title, jm.article_main(s), active="tin-tuc",
                                 canonical=jm.sef(s) if s.id % 2 else None), key, s.updated, article=True)
        add(jm.raw(s), jm.layout(s.title, jm.article_main(s), canonical=jm.sef(s), active="tin-tuc"),
            key, s.updated, article=True)
        add(jm.print_url(s), jm.print_page(s), key, s.updated, article=True)
        gold.append(Gold(path=jm.sef(s), title=s.title, published=s.day, author=s.author,
                         paragraphs=list(s.paragraphs), aliases=[jm.raw(s), jm.print_url(s)]))
    missing = Response(jm.not_found(), status=404)
    for s in ed.deleted:
        for path in (jm.sef(s), jm.raw(s), jm.print_url(s)):
            routes[path] = missing

    def fallback(request: Request) -> Response:
        path = request.path
        if m := _MONTH.match(path):
            year, month = int(m.group(1)), int(m.group(2))
            if 1900 <= year <= 2200 and 1 <= month <= 12:
                return page(jm.month(year, month), ("cal", year, month, night), STATIC)
        if m := _EVENT.match(path):
            body = jm.event(m.group(1))
            if body:
                return page(body, ("event", m.group(1)), STATIC)
        return missing

    routes["*"] = fallback
    return FixtureSite(
        name="joomla", routes=routes, articles=gold, non_articles=non_articles,
        disallowed=["/administrator/", "/tmp/"],
        boilerplate=only_boilerplate(BOILERPLATE + [s.title for s in stories[:5]],
                                     [g.paragraphs for g in gold]),
        new=[jm.sef(s) for s in ed.new], edited=[jm.sef(s) for s in ed.edited],
        deleted=[jm.sef(s) for s in ed.deleted],
        traps=[calendar_entry, jm.docs_url],
    )


def _event_path(jm: Joomla, y: int, m: int, d: int) -> str:
    html = jm.month(y, m)
    found = re.search(rf'href="(/index\.php/lich-su-kien/eventdetail/{y}{m:02d}{d:02d}/[^"]+)"', html)
    return found.group(1)


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/

"""
