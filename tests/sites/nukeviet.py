"""A NukeViet 4 provincial union site (like lienhiepkhktnghean.org.vn) as routes and
labels; renders pages only, decides nothing about crawling.

News module URLs /news/<cat>/<alias>-<id>.html, category listings /news/<cat>/ with
/news/<cat>/page-2, tag pages /news/tag/<tag>, RSS at /rss/, a sitemap index at
/sitemap.xml, print views /news/print/..., an about page and a contact form; the theme's
boilerplate: header date, "Tin nóng", rating widget, "Ý kiến bạn đọc", visit counters,
session-timeout notice. The same renderer writes the bundled demo site (static=True:
file-shaped paths, root-relative links, `{{BASE}}` where absolute URLs are needed).
"""

# ruff: noqa: E501 (HTML templates and Vietnamese prose are data: long lines read better whole)

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from tests.siteserver import Response

from . import FixtureSite, Gold
from .common import WEEKDAYS, Night, only_boilerplate, page, vn_number
from .content import Edition, Story, StoryPlan, Union, edition, make_union, slug

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "tu-van-phan-bien": "Tư vấn phản biện",
    "hoi-thanh-vien": "Hoạt động hội thành viên",
}
TAGS = ["liên hiệp hội", "trí thức", "khoa học công nghệ", "hội thành viên", "nông thôn mới"]
PER_PAGE = 5
FEED_SIZE = 20  # NukeViet's RSS shows the latest items only

PLAN = StoryPlan(
    site="nukeviet",
    cats={"tin-hoat-dong": [], "tu-van-phan-bien": ["critique", "workshop"],
          "hoi-thanh-vien": ["congress", "member", "summary"]},
    count=24, first_id=1203,
    authors=["Khánh Huyền", "Minh Thu", "Hoàng Anh", "Phan Hiếu", "Thanh Nga"],
    tag_pool=TAGS,
)


def nv_date(d: datetime) -> str:
    """'Thứ ba - 10/01/2023 22:33', NukeViet's detail-page date line."""
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


@dataclass
class NukeViet:
    union: Union
    ed: Edition
    night: Night
    base: str                 # absolute base for feeds, sitemaps, canonical ("{{BASE}}" if static)
    static: bool = False      # the demo: paths that map to files
    per_page: int = PER_PAGE

    # --- URLs -------------------------------------------------------------------------
    def article_url(self, s: Story) -> str:
        return f"/news/{s.cat}/{s.alias}-{s.id}.html"

    def print_url(self, s: Story) -> str:
        return f"/news/print/{s.alias}-{s.id}.html"

    def cat_url(self, cat: str, n: int = 1) -> str:
        if n == 1:
            return f"/news/{cat}/"
        return f"/news/{cat}/page-{n}.html" if self.static else f"/news/{cat}/page-{n}"

    def tag_url(self, tag: str) -> str:
        return f"/news/tag/{slug(tag)}/" if self.static else f"/news/tag/{slug(tag)}"

    @property
    def feed_url(self) -> str:
        return "/rss.xml" if self.static else "/rss/"

    about_url = "/about/gioi-thieu-chung.html"

    @property
    def contact_url(self) -> str:
        return "/contact/"

    # --- pieces -----------------------------------------------------------------------
    def in_cat(self, cat: str) -> list[Story]:
        return [s for s in self.ed.stories if s.cat == cat]

    def pages_of(self, cat: str) -> int:
        return max(1, -(-len(self.in_cat(cat)) // self.per_page))

    def head(self, title: str, canonical: str, description: str = "") -> str:
        u = self.union
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{escape(title)} - {escape(u.name)}</title>
<meta name="description" content="{escape(description or title)}" />
<meta name="keywords" content="liên hiệp hội, khoa học, kỹ thuật, {escape(u.province)}" />
<meta name="generator" content="NukeViet v4.4" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="{escape(title)}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{self.base}{canonical}" />
<meta property="og:site_name" content="{escape(u.name)}" />
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="{self.base}{canonical}">
<link rel="alternate" href="{self.feed_url}" title="Tin Tức" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.min.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_my_ofs=7,nv_check_pass_mstime='1738000';</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/main.js"></script>
</head>"""

    def header(self) -> str:
        u, n = self.union, self.night
        menu = "".join(
            f'<li><a title="{escape(name)}" href="{self.cat_url(cat)}">{escape(name)}</a></li>'
            for cat, name in CATEGORIES.items())
        search_action = "/search/"
        return f"""<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
  <header>
    <div class="container">
      <div id="header" class="row">
        <div class="logo col-xs-24 col-sm-24 col-md-8">
          <a title="{escape(u.name)}" href="/"><img src="/uploads/logo-lhh.png" width="90" height="90" alt="{escape(u.name)}" /></a>
          <span class="site_name">{escape(u.name.upper())}</span>
          <span class="site_description">Vì sự nghiệp phát triển khoa học và công nghệ</span>
        </div>
        <div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch">
          <form action="{search_action}" method="get"><input type="hidden" name="m" value="news" />
          <input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..." />
          <button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form>
        </div></div>
      </div>
    </div>
  </header>
  <nav class="second-nav" id="menusite">
    <div class="container"><div class="row"><div class="bg box-shadow">
      <div class="navbar navbar-default navbar-static-top" role="navigation"><div class="collapse navbar-collapse" id="menu-site-default">
        <ul class="nav navbar-nav">
          <li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
          <li><a title="Giới thiệu" href="{self.about_url}">Giới thiệu</a></li>
          {menu}
          <li><a title="Liên hệ" href="{self.contact_url}">Liên hệ</a></li>
        </ul>
      </div></div>
    </div></div></div>
  </nav>
  <section>
    <div class="container" id="body">
      <nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
        <div class="col-xs-24 col-sm-18 col-md-18"><div class="current-time">{n.header_date} | {n.now:%H:%M}</div></div>
        <div class="col-xs-24 col-sm-6 col-md-6"><div class="marquee"><a href="{self.contact_url}">Đường dây nóng: {u.phone}</a></div></div>
      </div></div></div></nav>"""

    def sidebar(self) -> str:
        n = self.night
        hot = sorted(self.ed.stories, key=lambda s: -s.views)[:5]
        hot_items = "".join(
            f'<li class="clearfix"><a href="{self.article_url(s)}" title="{escape(s.title)}">'
            f"{escape(s.title)}</a></li>" for s in hot)
        tags = "".join(f'<a href="{self.tag_url(t)}">{escape(t)}</a> ' for t in TAGS)
        total = n.counter(4469335)
        return f"""<div class="col-sm-8 col-md-6">
  <div class="panel panel-primary"><div class="panel-heading">Tin nóng</div>
    <div class="panel-body"><ul class="block_tophits list-none list-items">{hot_items}</ul></div></div>
  <div class="panel panel-primary"><div class="panel-heading">Từ khóa</div><div class="panel-body tagcloud">{tags}
    <a href="/search/?q=h%E1%BB%99i+th%E1%BA%A3o">hội thảo</a></div></div>
  <div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>
    <div class="panel-body"><ul class="counter list-none display-table">
      <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>{n.online}</span></li>
      <li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">{vn_number(n.today)}</span></li>
      <li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>{vn_number(n.counter(419506))}</span></li>
      <li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>{vn_number(total)}</span></li>
    </ul></div></div>
  <div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">
    <select class="form-control" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
    <option value="http://vusta.vn">Liên hiệp các Hội KH&amp;KT Việt Nam</option></select></div></div>
</div>"""

    def footer(self) -> str:
        u = self.union
        return f"""    </div>
  </section>
</div>
<footer id="footer">
  <div class="wraper"><div class="container"><div class="row">
    <div class="col-xs-24 col-sm-24 col-md-12"><div class="company_info">
      <span class="company_name">{escape(u.name.upper())}</span>
      <ul class="company_info"><li><em class="fa fa-map-marker"></em> Địa chỉ: {escape(u.address)}</li>
      <li><em class="fa fa-phone"></em> Điện thoại: {u.phone}</li>
      <li><em class="fa fa-envelope"></em> Email: <a href="mailto:{u.email}">{u.email}</a></li></ul>
      <p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Chịu trách nhiệm nội dung: {escape(u.chair)}</p>
    </div></div>
    <div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright">
      <span>&copy;&nbsp;Bản quyền thuộc về <a href="/">{escape(u.name)}</a>.&nbsp; Mọi hành động sử dụng nội dung đăng tải trên site này phải có sự đồng ý của chúng tôi.</span><br />
      <span>Thiết kế bởi <a href="http://nukeviet.vn/">NukeViet CMS</a>. | <a href="/admin/" rel="nofollow">Quản trị</a> | <a href="{self.feed_url}">RSS</a></span>
    </div></div>
  </div></div></div>
</footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" src="/index.php?second=cronjobs&amp;p=T7Sxdkdk" width="1" height="1" /></div>
<script src="/themes/default/js/bootstrap.min.js"></script>
</div>
</body>
</html>"""

    def layout(self, title: str, canonical: str, main: str, description: str = "") -> str:
        return (self.head(title, canonical, description) + self.header()
                + f'\n<div class="row"><div class="col-sm-16 col-md-18">{main}</div>\n'
                + self.sidebar() + "</div>\n" + self.footer())

    def breadcrumb(self, *crumbs: tuple[str, str]) -> str:
        items = "".join(
            f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{escape(name)}"><span itemprop="name">'
            f"{escape(name)}</span></a></li>" for name, href in crumbs)
        return (f'<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"'
                f' itemscope itemtype="http://schema.org/BreadcrumbList"><li><a href="/" title="Trang nhất">'
                f'<em class="fa fa-home"></em></a></li>{items}</ul></div></div>')

    def teaser(self, s: Story, lead: bool = True) -> str:
        img = (f'<a href="{self.article_url(s)}" title="{escape(s.title)}"><img alt="{escape(s.title)}"'
               f' src="/assets/news/{s.published:%Y_%m}/{s.image}" width="100" class="img-thumbnail pull-left imghome" /></a>')
        text = s.paragraphs[0]
        short = text if len(text) < 220 else text[:text.rfind(" ", 0, 210)] + "..."
        return f"""<div class="panel panel-default"><div class="panel-body">
  {img}
  <h3><a href="{self.article_url(s)}" title="{escape(s.title)}">{escape(s.title)}</a></h3>
  <div class="text-muted"><ul class="list-unstyled list-inline">
    <li><em class="fa fa-clock-o">&nbsp;</em> {s.published:%d/%m/%Y %H:%M}</li>
    <li><em class="fa fa-eye">&nbsp;</em> Đã xem: {s.views + 7 * self.night.number}</li>
  </ul></div>
  {'<p>' + escape(short) + '</p>' if lead else ''}
</div></div>"""

    def pagination(self, cat: str, current: int) -> str:
        total = self.pages_of(cat)
        if total == 1:
            return ""
        items = []
        if current > 1:
            items.append(f'<li><a href="{self.cat_url(cat, current - 1)}" title="Trang {current - 1}">&laquo;</a></li>')
        for n in range(1, total + 1):
            if n == current:
                items.append(f'<li class="active"><a href="#">{n}</a></li>')
            else:
                items.append(f'<li><a href="{self.cat_url(cat, n)}" title="Trang {n}">{n}</a></li>')
        if current < total:
            items.append(f'<li><a href="{self.cat_url(cat, current + 1)}" title="Trang {current + 1}">&raquo;</a></li>')
        return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'

    # --- pages ------------------------------------------------------------------------
    def home(self) -> str:
        latest = self.ed.stories[:6]
        blocks = []
        for cat, name in CATEGORIES.items():
            items = "".join(
                f'<li><a href="{self.article_url(s)}" title="{escape(s.title)}">{escape(s.title)}</a></li>'
                for s in self.in_cat(cat)[1:5])
            first = self.in_cat(cat)[:1]
            head = self.teaser(first[0]) if first else ""
            blocks.append(f"""<div class="news_column"><div class="panel panel-default clearfix">
  <div class="panel-heading"><ul class="list-inline sub-list-icon" style="margin: 0"><li><h4><a title="{escape(name)}" href="{self.cat_url(cat)}"><span>{escape(name)}</span></a></h4></li></ul></div>
  <div class="panel-body">{head}<ul class="related">{items}</ul></div></div></div>""")
        main = (f'<div class="news_column"><div class="panel panel-default"><div class="panel-heading">'
                f'<h2>Tin mới</h2></div>{"".join(self.teaser(s) for s in latest)}</div></div>'
                + "".join(blocks))
        return self.layout(self.union.name, "/", main)

    def listing(self, cat: str, n: int) -> str:
        name = CATEGORIES[cat]
        stories = self.in_cat(cat)[(n - 1) * self.per_page:n * self.per_page]
        main = (self.breadcrumb((name, self.cat_url(cat)))
                + f'<div class="news_column"><h1 class="hidden">{escape(name)}</h1>'
                + "".join(self.teaser(s) for s in stories) + "</div>" + self.pagination(cat, n))
        title = name if n == 1 else f"{name} - Trang {n}"
        return self.layout(title, self.cat_url(cat, n), main)

    def tag_page(self, tag: str) -> str:
        stories = [s for s in self.ed.stories if tag in s.tags]
        main = (self.breadcrumb(("Tin tức", "/news/"), (tag, self.tag_url(tag)))
                + f'<div class="news_column"><h1>Tag: {escape(tag)}</h1>'
                + "".join(self.teaser(s, lead=False) for s in stories[:12]) + "</div>")
        return self.layout(f"Tag: {tag}", self.tag_url(tag), main)

    def related(self, s: Story) -> str:
        same = self.in_cat(s.cat)
        i = next(k for k, x in enumerate(same) if x.id == s.id)
        newer, older = same[max(0, i - 3):i], same[i + 1:i + 6]

        def items(lst):
            return "".join(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.article_url(x)}" '
                f'title="{escape(x.title)}">{escape(x.title)}</a><em> ({x.published:%d/%m/%Y})</em></li>'
                for x in lst)
        out = ""
        if newer:
            out += f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{items(newer)}</ul></div>'
        if older:
            out += f'<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">{items(older)}</ul></div>'
        return f'<div class="news_column panel panel-default"><div class="panel-body other-news">{out}</div></div>'

    def article(self, s: Story) -> str:
        name = CATEGORIES[s.cat]
        body = "".join(f"<p style=\"text-align: justify;\">{escape(p)}</p>\n" for p in s.paragraphs[1:])
        img_alt = s.image.rsplit(".", 1)[0].replace("_", " ")
        keywords = ", ".join(
            f'<a title="{escape(t)}" href="{self.tag_url(t)}"><em>{escape(t)}</em></a>' for t in s.tags)
        rating = f"""<div class="news_column panel panel-default"><div class="panel-body">
  <form id="form3B" action=""><div class="h5 clearfix">
    <p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>
    <span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWorkSeries"><span class="hidden d-none hide" itemprop="name">{escape(s.title)}</span></span></span>
    <div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
  </div></form></div></div>"""
        comment = f"""<div class="news_column panel panel-default"><div class="panel-body">
  <div id="idcomment" class="nv-fullbg"><div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
  <div class="col-xs-12 text-right"><select class="form-control" id="sort"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option></select></div></div>
  <div id="formcomment" class="comment-form"><form method="post" role="form" target="submitcommentarea" action="/comment/post/" autocomplete="off" novalidate>
    <input type="hidden" name="module" value="news" /><input type="hidden" name="area" value="8" /><input type="hidden" name="id" value="{s.id}" />
    <div class="form-group clearfix"><input type="text" name="name" value="" class="form-control" placeholder="Tên của bạn" /></div>
    <div class="form-group clearfix"><input type="email" name="email" value="" class="form-control" placeholder="Email của bạn" /></div>
    <div class="form-group clearfix"><textarea class="form-control" name="content" placeholder="Nội dung bình luận"></textarea></div>
    <div class="form-group text-center"><input type="button" value="Gửi bình luận" class="btn btn-primary" /></div>
  </form></div></div></div></div>"""
        main = f"""{self.breadcrumb(("Tin tức", "/news/"), (name, self.cat_url(s.cat)))}
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
  <div class="panel-body">
    <h1 class="title margin-bottom-lg" itemprop="headline">{escape(s.title)}</h1>
    <div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{escape(self.union.name)}</span></div>
    <div class="hidden hide d-none"><span itemprop="datePublished">{s.published.isoformat()}</span><span itemprop="dateModified">{s.updated.isoformat()}</span></div>
    <div class="row margin-bottom-lg">
      <div class="col-md-12"><span class="h5">{nv_date(s.published)}</span></div>
      <div class="col-md-12"><ul class="list-inline text-right">
        <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/{s.alias}-{s.id}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
        <li><a class="dimgray" rel="nofollow" title="In ra" href="{self.print_url(s)}" onclick="nv_open_browse(this.href,'',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
        <li><em class="fa fa-eye">&nbsp;</em> {s.views + 7 * self.night.number}</li><li><em class="fa fa-comment-o">&nbsp;</em> 0</li>
      </ul></div>
    </div>
    <div class="clearfix">
      <div class="hometext m-bottom" itemprop="description">{escape(s.paragraphs[0])}</div>
      <figure class="article center pointer"><p class="text-center"><img alt="{escape(img_alt)}" src="/uploads/news/{s.published:%Y_%m}/{s.image}" width="460" class="img-thumbnail" /></p><figcaption>{escape(s.caption)}</figcaption></figure>
    </div>
    <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}    </div>
    <div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>{escape(s.author or "")}</p></div>
  </div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{keywords}</div></div></div>
{rating}
{comment}
{self.related(s)}"""
        return self.layout(s.title, self.article_url(s), main, s.paragraphs[0][:160])

    def print_view(self, s: Story) -> str:
        body = "".join(f"<p>{escape(p)}</p>" for p in s.paragraphs[1:])
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(s.title)}</title><meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{self.base}{self.article_url(s)}" />
<link rel="StyleSheet" href="/themes/default/css/news.css" /></head>
<body><div id="print"><div id="hd_print"><h2 class="pull-left">{escape(self.union.name.upper())}</h2>
<p class="pull-right"><a title="Trang nhất" href="/">{self.base.replace('http://', '')}</a></p></div>
<div class="clear"></div><hr />
<div id="content"><h1>{escape(s.title)}</h1>
<ul class="list-inline"><li>{nv_date(s.published)}</li><li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div><div id="hometext">{escape(s.paragraphs[0])}</div>
<div class="imghome"><img alt="{escape(s.image)}" src="/uploads/news/{s.published:%Y_%m}/{s.image}" width="460" /></div>
<div id="bodytext" class="clearfix">{body}</div>
<div id="author" class="clearfix"><strong>Tác giả bài viết: </strong>{escape(s.author or "")}</div>
</div>
<div id="footerprint"><div id="url"><strong>URL của bản tin này: </strong><a href="{self.base}{self.article_url(s)}" title="{escape(s.title)}">{self.base}{self.article_url(s)}</a></div>
<div class="clear"></div><div class="copyright">&copy; {escape(self.union.name)}</div>
<div id="contact"><a href="mailto:{self.union.email}">{self.union.email}</a></div></div></div>
</body></html>"""

    def about(self) -> str:
        u = self.union
        paras = [
            f"{u.name} là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ, được thành lập theo Quyết định của Ủy ban nhân dân tỉnh {u.province}, là thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam và chịu sự lãnh đạo của Tỉnh ủy.",
            "Liên hiệp Hội có chức năng tập hợp, đoàn kết đội ngũ trí thức khoa học và công nghệ; tổ chức hoạt động tư vấn, phản biện và giám định xã hội; phổ biến kiến thức khoa học và công nghệ; bồi dưỡng, tôn vinh trí thức; nghiên cứu khoa học, chuyển giao công nghệ và đào tạo nguồn nhân lực phục vụ phát triển kinh tế – xã hội của tỉnh.",
            "Hiện nay Liên hiệp Hội có hơn bốn mươi hội thành viên hoạt động trong các lĩnh vực y tế, nông nghiệp, kinh tế, kỹ thuật, khoa học xã hội và nhân văn, cùng nhiều đơn vị sự nghiệp khoa học và công nghệ trực thuộc, tập hợp hàng chục nghìn hội viên trên địa bàn toàn tỉnh.",
            f"Cơ quan thường trực đặt tại {u.address}. Điện thoại: {u.phone}. Email: {u.email}.",
        ]
        main = (self.breadcrumb(("Giới thiệu", self.about_url)) + '<div class="page panel panel-default"><div class="panel-body">'
                + "<h1 class=\"title margin-bottom-lg\">Giới thiệu chung</h1>"
                + "".join(f"<p>{escape(p)}</p>" for p in paras) + "</div></div>")
        return self.layout("Giới thiệu chung", self.about_url, main)

    def contact(self) -> str:
        u = self.union
        main = f"""{self.breadcrumb(("Liên hệ", self.contact_url))}
<div class="page panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>
<p>Mọi ý kiến đóng góp, đề nghị hợp tác xin gửi về {escape(u.name)} theo địa chỉ {escape(u.address)}, điện thoại {u.phone}, hoặc điền vào mẫu dưới đây. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</p>
<form id="fcontact" method="post" action="{self.contact_url}" class="form-horizontal">
<div class="form-group"><input type="text" maxlength="100" value="" name="fname" class="form-control" placeholder="Họ và tên" /></div>
<div class="form-group"><input type="email" maxlength="60" value="" name="femail" class="form-control" placeholder="Email" /></div>
<div class="form-group"><input type="text" maxlength="255" value="" name="ftitle" class="form-control" placeholder="Tiêu đề" /></div>
<div class="form-group"><textarea cols="8" name="fcon" class="form-control" maxlength="1000" placeholder="Nội dung"></textarea></div>
<div class="text-center"><input type="submit" value="Gửi" name="btsend" class="btn btn-primary" /></div></form></div></div>"""
        return self.layout("Liên hệ", self.contact_url, main)

    def news_main(self) -> str:
        main = (self.breadcrumb(("Tin tức", "/news/"))
                + '<div class="news_column">' + "".join(self.teaser(s) for s in self.ed.stories[:self.per_page])
                + "</div>" + '<div class="text-center"><a href="' + self.cat_url("tin-hoat-dong")
                + '">Xem tất cả tin hoạt động</a></div>')
        return self.layout("Tin tức", "/news/", main)

    def rss(self) -> str:
        u = self.union
        items = "".join(f"""
<item>
<title>{xml_escape(s.title)}</title>
<link>{self.base}{self.article_url(s)}</link>
<guid isPermaLink="false">news_{s.id}</guid>
<description><![CDATA[<a href="{self.base}{self.article_url(s)}"><img src="{self.base}/assets/news/{s.published:%Y_%m}/{s.image}" width="100" align="left" border="0"></a>{escape(s.paragraphs[0])}]]></description>
<pubDate>{s.published.strftime('%a, %d %b %Y %H:%M:%S +0700')}</pubDate>
</item>""" for s in self.ed.stories[:FEED_SIZE])
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{xml_escape(u.name)} - Tin Tức</title>
<link>{self.base}/news/</link>
<atom:link href="{self.base}{self.feed_url}" rel="self" type="application/rss+xml" />
<description>Tin tức hoạt động của {xml_escape(u.name)}</description>
<language>vi</language>
<copyright>{xml_escape(u.name)}</copyright>
<docs>{self.base}{self.feed_url}</docs>
<generator>NukeViet v4.4</generator>
<image><url>{self.base}/uploads/logo-lhh.png</url><title>{xml_escape(u.name)}</title><link>{self.base}/</link></image>{items}
</channel>
</rss>"""

    def sitemap_index(self) -> str:
        newest = max(s.updated for s in self.ed.stories)
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{self.base}/themes/default/css/sitemapindex.xsl"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{self.base}/sitemap-vi.news.xml</loc><lastmod>{newest.isoformat()}</lastmod></sitemap>
<sitemap><loc>{self.base}/sitemap-vi.page.xml</loc><lastmod>2021-06-15T09:00:00+07:00</lastmod></sitemap>
</sitemapindex>"""

    def sitemap_news(self) -> str:
        urls = "".join(
            f"\n<url><loc>{self.base}{self.article_url(s)}</loc><lastmod>{s.updated.isoformat()}</lastmod>"
            f"<changefreq>daily</changefreq><priority>0.8</priority></url>" for s in self.ed.stories)
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{self.base}/themes/default/css/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}
</urlset>"""

    def sitemap_pages(self) -> str:
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{self.base}{self.about_url}</loc><lastmod>2021-06-15T09:00:00+07:00</lastmod><changefreq>monthly</changefreq><priority>0.5</priority></url>
</urlset>"""

    def robots(self) -> str:
        return f"""User-agent: *
Disallow: /admin/
Disallow: /search/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /vendor/
Disallow: /comment/

Sitemap: {self.base}/sitemap.xml
"""

    def not_found(self) -> str:
        main = ('<div class="alert alert-danger"><h1>Lỗi 404</h1><p>Trang bạn yêu cầu không tồn tại '
                'hoặc đã bị xóa. Vui lòng quay về <a href="/">trang chủ</a>.</p></div>')
        return self.layout("Không tìm thấy trang", "/", main)


def union() -> Union:
    return make_union(random.Random("nukeviet-union"), "Nghệ An",
                      ("Vinh", "Diễn Châu", "Quỳnh Lưu", "Nghi Lộc", "Đô Lương", "Thanh Chương",
                       "Yên Thành"), "lienhiephoi-nghean.org.vn")


BOILERPLATE = ["Tin nóng", "Thống kê truy cập", "Đang truy cập", "Tổng lượt truy cập",
               "Tổng số điểm của bài viết là", "Click để đánh giá bài viết", "Ý kiến bạn đọc",
               "Bạn đã không sử dụng Site", "Những tin cũ hơn", "Từ khóa", "Gửi bình luận",
               "Bản quyền thuộc về"]


def build_site(base: str, night: int) -> FixtureSite:
    u = union()
    ed = edition(PLAN, u, night)
    nv = NukeViet(u, ed, Night(night), base)
    stories = ed.stories
    newest = max(s.updated for s in stories)
    listed = [s.id for s in stories]
    routes: dict = {}
    non_articles: list[str] = []

    def add(path: str, body: str, key: object, modified: datetime, ctype="text/html; charset=utf-8",
            article: bool = False):
        routes[path] = page(body, key, modified, ctype)
        if not article:
            non_articles.append(path)

    add("/robots.txt", nv.robots(), "robots", datetime(2021, 6, 15, tzinfo=newest.tzinfo), "text/plain")
    add("/", nv.home(), ("home", listed[:25]), newest)
    add("/news/", nv.news_main(), ("news", listed[:PER_PAGE]), newest)
    for cat in CATEGORIES:
        ids = [s.id for s in nv.in_cat(cat)]
        for n in range(1, nv.pages_of(cat) + 1):
            add(nv.cat_url(cat, n), nv.listing(cat, n), (cat, n, ids), newest)
    for tag in TAGS:
        add(nv.tag_url(tag), nv.tag_page(tag), ("tag", tag, listed), newest)
    add(nv.about_url, nv.about(), "about", datetime(2021, 6, 15, tzinfo=newest.tzinfo))
    add(nv.contact_url, nv.contact(), "contact", datetime(2021, 6, 15, tzinfo=newest.tzinfo))
    add("/rss/", nv.rss(), ("rss", listed[:FEED_SIZE]), newest, "application/rss+xml; charset=utf-8")
    add("/sitemap.xml", nv.sitemap_index(), ("smi", newest), newest, "application/xml; charset=utf-8")
    add("/sitemap-vi.news.xml", nv.sitemap_news(), ("sm", [(s.id, s.updated) for s in stories]),
        newest, "application/xml; charset=utf-8")
    add("/sitemap-vi.page.xml", nv.sitemap_pages(), "smp", datetime(2021, 6, 15, tzinfo=newest.tzinfo),
        "application/xml; charset=utf-8")
    gold = []
    for s in stories:
        add(nv.article_url(s), nv.article(s), ("a", s.id, s.paragraphs), s.updated, article=True)
        add(nv.print_url(s), nv.print_view(s), ("p", s.id, s.paragraphs), s.updated, article=True)
        gold.append(Gold(path=nv.article_url(s), title=s.title, published=s.day, author=s.author,
                         paragraphs=list(s.paragraphs), aliases=[nv.print_url(s)]))
    missing = Response(nv.not_found(), status=404)
    for s in ed.deleted:  # withdrawn overnight: the CMS answers 404
        routes[nv.article_url(s)] = routes[nv.print_url(s)] = missing
    routes["*"] = missing
    hot = [s.title for s in sorted(stories, key=lambda s: -s.views)[:5]]
    return FixtureSite(
        name="nukeviet", routes=routes, articles=gold, non_articles=non_articles,
        disallowed=["/admin/", "/search/"],
        boilerplate=only_boilerplate(BOILERPLATE + hot, [g.paragraphs for g in gold]),
        new=[nv.article_url(s) for s in ed.new],
        edited=[nv.article_url(s) for s in ed.edited],
        deleted=[nv.article_url(s) for s in ed.deleted],
    )
