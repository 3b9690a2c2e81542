"""A WordPress provincial union site (news theme, Yoast-style JSON-LD) as routes and labels;
renders pages only, decides nothing about crawling.

Posts at /YYYY/MM/DD/<slug>/ (local dates), /category/<cat>/, /tag/<tag>/,
/author/<login>/, month archives /2023/01/, /feed/, /wp-sitemap.xml with child
sitemaps, /?p=ID shortlinks redirecting to the post, JSON-LD datePublished in UTC (one
post published before 07:00 in Vietnam, so its UTC date is the day before), comments
with ?replytocom= links, share buttons with utm_ parameters, and a home pagination that
never ends: /page/99/ shows the last page again, with a "next" link.
"""

# ruff: noqa: E501 (HTML templates and Vietnamese prose are data: long lines read better whole)

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from html import escape
from xml.sax.saxutils import escape as xml_escape

from tests.siteserver import Request, Response

from . import FixtureSite, Gold
from .common import Night, only_boilerplate, page, vn_number
from .content import VN, Edition, Story, StoryPlan, Union, edition, make_union, slug

CATEGORIES = {"tin-hoat-dong": "Tin hoạt động", "tu-van-phan-bien": "Tư vấn – Phản biện",
              "hoi-thanh-vien": "Hội thành viên"}
TAGS = ["sáng tạo", "chuyển đổi số", "nông nghiệp"]
PER_PAGE = 8
MONTHS_VI = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một",
             "Mười Hai"]
EARLY_INDEX = 6  # this post went up at dawn in Vietnam: its UTC date is the day before
STATIC = datetime(2022, 4, 2, 9, 0, tzinfo=VN)
COMMENTERS = ["Nguyễn Văn Hòa", "Trần Thị Mỹ", "Lâm Quốc Bảo", "Thạch Sô Phol"]
COMMENTS = ["Thông tin rất hữu ích, cảm ơn Ban biên tập.",
            "Mong Liên hiệp Hội tổ chức thêm nhiều lớp như thế này ở các xã vùng sâu.",
            "Xin cho hỏi tài liệu hội thảo có được đăng tải công khai không ạ?"]

PLAN = StoryPlan(
    site="wordpress",
    cats={"tin-hoat-dong": [], "tu-van-phan-bien": ["critique", "workshop"],
          "hoi-thanh-vien": ["congress", "member", "summary"]},
    count=25, first_id=1012,
    authors=["Thanh Hà", "Minh Khôi"],
    tag_pool=TAGS,
)


def login(author: str) -> str:
    return slug(author).replace("-", "")


@dataclass
class WordPress:
    union: Union
    ed: Edition
    night: Night
    base: str

    def url(self, s: Story) -> str:
        return f"/{s.published:%Y/%m/%d}/{s.alias}/"

    @staticmethod
    def home_url(n: int = 1) -> str:
        return "/" if n == 1 else f"/page/{n}/"

    @staticmethod
    def cat_url(cat: str, n: int = 1) -> str:
        return f"/category/{cat}/" + (f"page/{n}/" if n > 1 else "")

    @staticmethod
    def tag_url(tag: str) -> str:
        return f"/tag/{slug(tag)}/"

    @staticmethod
    def author_url(author: str) -> str:
        return f"/author/{login(author)}/"

    @staticmethod
    def month_url(year: int, month: int) -> str:
        return f"/{year}/{month:02d}/"

    def months(self) -> list[tuple[int, int]]:
        return sorted({(s.published.year, s.published.month) for s in self.ed.stories}, reverse=True)

    @property
    def home_pages(self) -> int:
        return max(1, -(-len(self.ed.stories) // PER_PAGE))

    # --- chrome -----------------------------------------------------------------------
    def layout(self, title: str, main: str, canonical: str | None, body_class: str,
               extra_head: str = "") -> str:
        u, n = self.union, self.night
        site = escape(u.name)
        recent = "".join(f'<li><a href="{self.url(s)}">{escape(s.title)}</a></li>' for s in self.ed.stories[:5])
        cats = "".join(f'<li class="cat-item"><a href="{self.cat_url(c)}">{escape(nm)}</a> ({len(self.in_cat(c))})</li>'
                       for c, nm in CATEGORIES.items())
        archives = "".join(f'<li><a href="{self.month_url(y, m)}">Tháng {MONTHS_VI[m - 1]} {y}</a></li>'
                           for y, m in self.months()[:4])
        tags = "".join(f'<a href="{self.tag_url(t)}" class="tag-cloud-link" style="font-size: 14pt;">{escape(t)}</a> '
                       for t in TAGS)
        canon = f'<link rel="canonical" href="{self.base}{canonical}" />\n' if canonical else ""
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{escape(title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{site}" />
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Dòng thông tin" href="{self.base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Dòng phản hồi" href="{self.base}/comments/feed/" />
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","source":{{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.1.1"}}}};</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='/wp-content/themes/newsup/style.css?ver=6.1.1' media='all' />
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{self.base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.1.1" />
{extra_head}</head>
<body class="{body_class} wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div class="mg-head-detail hidden-xs"><div class="container-fluid"><div class="row"><div class="col-md-6 col-xs-12">
  <ul class="info-left"><li><span class="time">{n.header_date}</span></li><li><a href="/lien-he/">Liên hệ</a></li></ul></div></div></div></div>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="{self.base}/" rel="home">{site}</a></p>
  <p class="site-description">Trang thông tin điện tử</p></div>
  <nav id="site-navigation" class="main-navigation"><div class="menu-main-container"><ul id="primary-menu" class="menu">
    <li class="menu-item menu-item-home"><a href="{self.base}/">Trang chủ</a></li>
    <li class="menu-item"><a href="{self.base}/gioi-thieu/">Giới thiệu</a></li>
    {"".join(f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="{self.base}{self.cat_url(c)}">{escape(nm)}</a></li>' for c, nm in CATEGORIES.items())}
  </ul></div></nav>
  <form role="search" method="get" class="search-form" action="{self.base}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>
</header>
<div id="content" class="site-content"><div class="container"><div class="row">
<div id="primary" class="content-area col-md-8"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area col-md-4">
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
  <section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{cats}</ul></section>
  <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{archives}</ul></section>
  <section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><div class="tagcloud">{tags}</div></section>
  <section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul>
    <li><a href="{self.base}/wp-login.php">Đăng nhập</a></li><li><a href="{self.base}/feed/">RSS bài viết</a></li>
    <li><a href="{self.base}/comments/feed/">RSS bình luận</a></li><li><a href="/?s=h%E1%BB%99i+th%E1%BA%A3o">Tìm: hội thảo</a></li></ul></section>
  <section id="counter-2" class="widget widget_counter"><h2 class="widget-title">Lượt truy cập</h2><ul>
    <li>Đang xem: {n.online}</li><li>Hôm nay: {vn_number(n.today)}</li><li>Tổng lượt truy cập: {vn_number(n.counter(612433))}</li></ul></section>
</aside>
</div></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">
  <p>{site} – {escape(u.address)} – ĐT: {u.phone} – Email: {u.email}</p>
  <p>Bản quyền &copy; 2023. Vận hành bởi <a href="https://wordpress.org/">WordPress</a> | Giao diện Newsup | <a href="/wp-admin/">Quản trị</a></p>
</div></footer>
</div>
<script src='/wp-includes/js/comment-reply.min.js?ver=6.1.1' id='comment-reply-js'></script>
</body>
</html>"""

    def in_cat(self, cat: str) -> list[Story]:
        return [s for s in self.ed.stories if s.cat == cat]

    def card(self, s: Story) -> str:
        words = s.paragraphs[0].split()
        excerpt = escape(" ".join(words[:55]))
        if len(words) > 55:  # WordPress's excerpt: 55 words and [&hellip;]
            excerpt += " [&hellip;]"
        return f"""<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{s.cat}">
  <div class="mg-posts-sec-post"><div class="mg-post-thumb"><a href="{self.url(s)}"><img width="300" height="200" src="/wp-content/uploads/{s.published:%Y/%m}/{s.image}" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy" /></a></div>
  <div class="mg-sec-top-post"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{self.cat_url(s.cat)}">{escape(CATEGORIES[s.cat])}</a></div>
  <h4 class="entry-title title"><a href="{self.url(s)}">{escape(s.title)}</a></h4>
  <div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> <a href="{self.month_url(s.published.year, s.published.month)}">{s.published:%d/%m/%Y}</a></span>
  <a class="auth" href="{self.author_url(s.author or '')}"><i class="fas fa-user-circle"></i> {escape(s.author or '')}</a></div>
  <div class="mg-content"><p>{excerpt}</p></div></div></div>
</article>"""

    def archive(self, heading: str, stories: list[Story], n: int, url_of, pages: int,
                endless: bool = False) -> str:
        links = []
        if n > 1:
            links.append(f'<a class="prev page-numbers" href="{url_of(n - 1)}">&laquo; Trước</a>')
        for k in range(1, pages + 1):
            links.append(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                         f'<a class="page-numbers" href="{url_of(k)}">{k}</a>')
        if n < pages or endless:  # this theme's pager always offers a next page
            links.append(f'<a class="next page-numbers" href="{url_of(n + 1)}">Sau &raquo;</a>')
        nav = (f'<nav class="navigation pagination" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2>'
               f'<div class="nav-links">{"".join(links)}</div></nav>') if pages > 1 or endless else ""
        return (f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>'
                + "".join(self.card(s) for s in stories) + nav)

    def json_ld(self, s: Story) -> str:
        utc = s.published.astimezone(timezone.utc)
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": f"{self.base}{self.url(s)}#article",
             "isPartOf": {"@id": f"{self.base}{self.url(s)}"},
             "author": {"name": s.author, "@id": f"{self.base}/#/schema/person/{login(s.author or '')}"},
             "headline": s.title,
             "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
             "dateModified": s.updated.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
             "mainEntityOfPage": {"@id": f"{self.base}{self.url(s)}"},
             "publisher": {"@id": f"{self.base}/#organization"},
             "articleSection": [CATEGORIES[s.cat]], "inLanguage": "vi"},
            {"@type": "WebPage", "@id": f"{self.base}{self.url(s)}", "url": f"{self.base}{self.url(s)}",
             "name": f"{s.title} - {self.union.name}"},
            {"@type": "Organization", "@id": f"{self.base}/#organization", "name": self.union.name,
             "url": f"{self.base}/"}]}
        return ('<script type="application/ld+json" class="yoast-schema-graph">'
                + json.dumps(data, ensure_ascii=False) + "</script>\n")

    def comments(self, s: Story) -> str:
        count = s.id % 3
        if not count:
            return f"""<div id="comments" class="comments-area">{self.respond(s)}</div>"""
        items = []
        for k in range(count):
            cid = s.id * 10 + k
            when = s.published.replace(hour=20, minute=15 + k)
            items.append(f"""<li id="comment-{cid}" class="comment even thread-even depth-1">
  <article id="div-comment-{cid}" class="comment-body">
    <footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='/wp-content/uploads/avatar.png' class='avatar avatar-32 photo' height='32' width='32' loading='lazy'/><b class="fn">{escape(COMMENTERS[(s.id + k) % len(COMMENTERS)])}</b> <span class="says">viết:</span></div>
    <div class="comment-metadata"><a href="{self.url(s)}#comment-{cid}"><time datetime="{when.isoformat()}">{when:%d/%m/%Y} lúc {when:%H:%M}</time></a></div></footer>
    <div class="comment-content"><p>{escape(COMMENTS[(s.id + k) % len(COMMENTS)])}</p></div>
    <div class="reply"><a rel='nofollow' class='comment-reply-link' href='{self.url(s)}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{s.id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="Trả lời đến {escape(COMMENTERS[(s.id + k) % len(COMMENTERS)])}" aria-label='Trả lời đến {escape(COMMENTERS[(s.id + k) % len(COMMENTERS)])}'>Trả lời</a></div>
  </article>
</li>""")
        return f"""<div id="comments" class="comments-area">
  <h2 class="comments-title">{count} bình luận về &ldquo;{escape(s.title)}&rdquo;</h2>
  <ol class="comment-list">{"".join(items)}</ol>
  {self.respond(s)}
</div>"""

    def respond(self, s: Story) -> str:
        return f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="{self.url(s)}#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>"""

    def related(self, s: Story) -> str:
        """'Có thể bạn quan tâm': the category's latest posts with long excerpts, real prose
        that is still not this article (as vusta.vn's "Xem thêm" lists)."""
        others = [x for x in self.in_cat(s.cat) if x.id != s.id][:3]
        cards = "".join(
            f'<div class="col-md-4"><div class="mg-posts-sec-inner"><h4 class="title"><a href="{self.url(x)}">{escape(x.title)}</a></h4>'
            f'<span class="mg-blog-date">{x.published:%d/%m/%Y}</span><p>{escape(x.paragraphs[0])}</p></div></div>'
            for x in others)
        return (f'<div class="mg-featured-slider p-3 mb-4"><div class="mg-sec-title"><h4>Có thể bạn quan tâm</h4></div>'
                f'<div class="row">{cards}</div></div>')

    def single(self, s: Story) -> str:
        same = self.ed.stories
        i = next(k for k, x in enumerate(same) if x.id == s.id)
        older, newer = (same[i + 1] if i + 1 < len(same) else None), (same[i - 1] if i > 0 else None)
        nav = '<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
        if older:
            nav += f'<div class="nav-previous"><a href="{self.url(older)}" rel="prev"><span class="meta-nav">Bài trước</span> {escape(older.title)}</a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{self.url(newer)}" rel="next"><span class="meta-nav">Bài sau</span> {escape(newer.title)}</a></div>'
        nav += "</div></nav>"
        full = f"{self.base}{self.url(s)}"
        share = (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
                 f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="https://www.facebook.com/sharer/sharer.php?u={full}%3Futm_source%3Dfacebook%26utm_medium%3Dsocial" target="_blank" title="Chia sẻ lên Facebook"><span>Facebook</span></a></li>'
                 f'<li class="share-zalo"><a rel="nofollow" class="sd-button" href="{self.url(s)}?utm_source=zalo&amp;utm_medium=share&amp;utm_campaign=social" title="Chia sẻ qua Zalo"><span>Zalo</span></a></li>'
                 f'<li class="share-email"><a rel="nofollow" class="sd-button" href="{self.url(s)}?utm_source=email&amp;utm_medium=share" title="Gửi email"><span>Email</span></a></li>'
                 f'</ul></div></div></div>')
        body = "\n".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)
        tags = ", ".join(f'<a href="{self.tag_url(t)}" rel="tag">{escape(t)}</a>' for t in s.tags)
        main = f"""<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{s.cat} {' '.join('tag-' + slug(t) for t in s.tags)}">
  <header class="entry-header">
    <div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{self.cat_url(s.cat)}" rel="category tag">{escape(CATEGORIES[s.cat])}</a></div>
    <h1 class="entry-title title">{escape(s.title)}</h1>
    <div class="media mg-info-author-block"><div class="media-body"><h4 class="media-heading"><span>Bởi</span> <a href="{self.author_url(s.author or '')}">{escape(s.author or '')}</a></h4>
      <span class="mg-blog-date"><i class="fas fa-clock"></i> <time class="entry-date published" datetime="{s.published.isoformat()}">{s.published:%d/%m/%Y}</time><time class="updated" datetime="{s.updated.isoformat()}">{s.updated:%d/%m/%Y}</time></span>
      <span class="post-views">Lượt xem: {s.views + 9 * self.night.number}</span></div></div>
  </header>
  <div class="post-thumbnail"><img width="760" height="450" src="/wp-content/uploads/{s.published:%Y/%m}/{s.image}" class="img-fluid wp-post-image" alt="" decoding="async" /></div>
  <div class="entry-content">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/{s.published:%Y/%m}/{s.image}" alt="{escape(s.image.rsplit('.', 1)[0])}" /><figcaption class="wp-element-caption">{escape(s.caption)}</figcaption></figure>
{body}
  </div>
  <footer class="entry-footer"><span class="tags-links">Thẻ: {tags}</span></footer>
</article>
{share}
{self.related(s)}
{nav}
{self.comments(s)}"""
        head = (f'<meta property="og:type" content="article" />\n<meta property="og:url" content="{full}" />\n'
                f'<meta property="og:title" content="{escape(s.title)}" />\n'
                f'<meta property="article:published_time" content="{s.published.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%S+00:00}" />\n'
                f'<link rel="shortlink" href="{self.base}/?p={s.id}" />\n' + self.json_ld(s))
        return self.layout(f"{s.title} - {self.union.name}", main, self.url(s),
                           f"post-template-default single single-post postid-{s.id} single-format-standard",
                           head)

    def static_page(self, path: str, heading: str, paras: list[str], pid: int) -> str:
        main = (f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
                f'<header class="entry-header"><h1 class="entry-title">{escape(heading)}</h1></header>'
                f'<div class="entry-content">{"".join(f"<p>{escape(p)}</p>" for p in paras)}</div></article>')
        return self.layout(f"{heading} - {self.union.name}", main, path, f"page-template-default page page-id-{pid}")

    def feed(self) -> str:
        u = self.union
        items = "".join(f"""
	<item>
		<title>{xml_escape(s.title)}</title>
		<link>{self.base}{self.url(s)}</link>
		<comments>{self.base}{self.url(s)}#respond</comments>
		<dc:creator><![CDATA[{s.author}]]></dc:creator>
		<pubDate>{s.published.astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>
		<category><![CDATA[{CATEGORIES[s.cat]}]]></category>
		<guid isPermaLink="false">{self.base}/?p={s.id}</guid>
		<description><![CDATA[{s.paragraphs[0][:200]} [&#8230;]]]></description>
		<content:encoded><![CDATA[{"".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)}]]></content:encoded>
		<slash:comments>{s.id % 3}</slash:comments>
	</item>""" for s in self.ed.stories[:10])
        return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{xml_escape(u.name)}</title>
	<atom:link href="{self.base}/feed/" rel="self" type="application/rss+xml" />
	<link>{self.base}</link>
	<description>Trang thông tin điện tử</description>
	<lastBuildDate>{max(s.updated for s in self.ed.stories).astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.1.1</generator>{items}
</channel>
</rss>
"""

    def comments_feed(self) -> str:
        return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Bình luận cho {xml_escape(self.union.name)}</title><atom:link href="{self.base}/comments/feed/" rel="self" type="application/rss+xml" />
<link>{self.base}</link><description>Trang thông tin điện tử</description><language>vi</language></channel></rss>
"""

    def sitemaps(self) -> dict[str, str]:
        def urlset(locs):
            rows = "".join(f"<url><loc>{self.base}{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>"
                           for loc, mod in locs)
            return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="'
                    f'{self.base}/wp-sitemap.xsl" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>\n')
        children = {
            "/wp-sitemap-posts-post-1.xml": urlset(
                [(self.url(s), s.updated.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00"))
                 for s in self.ed.stories]),
            "/wp-sitemap-posts-page-1.xml": urlset([("/gioi-thieu/", None), ("/lien-he/", None)]),
            "/wp-sitemap-taxonomies-category-1.xml": urlset([(self.cat_url(c), None) for c in CATEGORIES]),
        }
        index = ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="'
                 f'{self.base}/wp-sitemap-index.xsl" ?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                 + "".join(f"<sitemap><loc>{self.base}{p}</loc></sitemap>" for p in children)
                 + "</sitemapindex>\n")
        return {"/wp-sitemap.xml": index, **children}

    def not_found(self) -> str:
        main = ('<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">'
                'Rất tiếc! Không thể tìm thấy trang này.</h1></header><div class="page-content"><p>Có vẻ như '
                'không có gì được tìm thấy ở vị trí này. Có thể thử tìm kiếm?</p></div></section>')
        return self.layout(f"Không tìm thấy trang - {self.union.name}", main, None, "error404")


BOILERPLATE = ["Có thể bạn quan tâm", "Bài viết mới", "Chuyên mục", "Lưu trữ", "Lượt truy cập", "Tổng lượt truy cập",
               "Chia sẻ:", "Bài trước", "Bài sau", "Trả lời", "bình luận về", "Phản hồi",
               "Email của bạn sẽ không được hiển thị công khai", "Lượt xem", "Vận hành bởi",
               *COMMENTS]


def union() -> Union:
    return make_union(random.Random("wordpress-union"), "Sóc Trăng",
                      ("Sóc Trăng", "Kế Sách", "Long Phú", "Mỹ Tú", "Mỹ Xuyên", "Trần Đề",
                       "Vĩnh Châu", "Ngã Năm"), "lienhiephoisoctrang.org.vn")


def _with_dawn_post(ed: Edition, story_id: int) -> Edition:
    """The edition with one post moved to 05:20 Vietnam time (22:20 UTC the day before)."""
    def dawn(s: Story) -> Story:
        return replace(s, published=s.published.replace(hour=5, minute=20)) if s.id == story_id else s
    return replace(ed, stories=[dawn(s) for s in ed.stories], edited=[dawn(s) for s in ed.edited])


_PAGE = re.compile(r"^/page/(\d+)/$")


def build_site(base: str, night: int) -> FixtureSite:
    u = union()
    ed = _with_dawn_post(edition(PLAN, u, night), edition(PLAN, u, 1).stories[EARLY_INDEX].id)
    wp = WordPress(u, ed, Night(night), base)
    stories = ed.stories
    newest = max(s.updated for s in stories)
    listed = [s.id for s in stories]
    routes: dict = {}
    non_articles: list[str] = []

    def add(path, body, key, modified, ctype="text/html; charset=UTF-8", article=False):
        routes[path] = page(body, key, modified, ctype)
        if not article:
            non_articles.append(path)

    add("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
        "Disallow: /?s=\n\nSitemap: " + base + "/wp-sitemap.xml\n", "robots", STATIC, "text/plain; charset=utf-8")
    pages = wp.home_pages
    for n in range(1, pages + 1):
        chunk = stories[(n - 1) * PER_PAGE:n * PER_PAGE]
        body = wp.layout(u.name if n == 1 else f"{u.name} - Trang {n}",
                         wp.archive("Tin mới nhất", chunk, n, wp.home_url, pages, endless=True),
                         wp.home_url(n), "home blog" + (" paged" if n > 1 else ""))
        add(wp.home_url(n), body, ("home", n, listed), newest)
    last_chunk = stories[(pages - 1) * PER_PAGE:]
    for cat, name in CATEGORIES.items():
        in_cat = wp.in_cat(cat)
        cat_pages = max(1, -(-len(in_cat) // PER_PAGE))
        for n in range(1, cat_pages + 1):
            add(wp.cat_url(cat, n), wp.layout(
                f"{name} - {u.name}",
                wp.archive(f"Chuyên mục: <span>{escape(name)}</span>", in_cat[(n - 1) * PER_PAGE:n * PER_PAGE],
                           n, lambda k, c=cat: wp.cat_url(c, k), cat_pages),
                wp.cat_url(cat, n), f"archive category category-{cat}"),
                ("cat", cat, n, [s.id for s in in_cat]), newest)
    for tag in TAGS:
        tagged = [s for s in stories if tag in s.tags][:PER_PAGE]
        add(wp.tag_url(tag), wp.layout(f"{tag} - {u.name}", wp.archive(f"Thẻ: <span>{escape(tag)}</span>", tagged, 1,
                                                                       lambda k, t=tag: wp.tag_url(t), 1),
                                       wp.tag_url(tag), f"archive tag tag-{slug(tag)}"),
            ("tag", tag, [s.id for s in tagged]), newest)
    for author in PLAN.authors:
        theirs = [s for s in stories if s.author == author][:PER_PAGE]
        add(wp.author_url(author), wp.layout(f"{author} - {u.name}", wp.archive(f"Tác giả: <span>{escape(author)}</span>", theirs, 1,
                                                                                 lambda k, a=author: wp.author_url(a), 1),
                                             wp.author_url(author), f"archive author author-{login(author)}"),
            ("author", author, [s.id for s in theirs]), newest)
    for y, m in wp.months():
        month = [s for s in stories if (s.published.year, s.published.month) == (y, m)][:PER_PAGE]
        add(wp.month_url(y, m), wp.layout(f"Tháng {MONTHS_VI[m - 1]} {y} - {u.name}",
                                          wp.archive(f"Tháng: <span>Tháng {MONTHS_VI[m - 1]} {y}</span>", month, 1,
                                                     lambda k, y=y, m=m: wp.month_url(y, m), 1),
                                          wp.month_url(y, m), "archive date"),
            ("month", y, m, [s.id for s in month]), newest)
    add("/gioi-thieu/", wp.static_page("/gioi-thieu/", "Giới thiệu", [
        f"{u.name} là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ tỉnh {u.province}, thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.",
        "Liên hiệp Hội tập hợp các hội chuyên ngành, hội nghề nghiệp và các tổ chức khoa học và công nghệ trên địa bàn tỉnh, thực hiện chức năng tư vấn, phản biện, giám định xã hội, phổ biến kiến thức và tôn vinh trí thức.",
        "Trang thông tin điện tử của Liên hiệp Hội đăng tải tin tức hoạt động của Liên hiệp Hội và các hội thành viên, các văn bản chỉ đạo, hướng dẫn và các chuyên đề khoa học phục vụ bạn đọc.",
    ], 2), "about", STATIC)
    add("/lien-he/", wp.static_page("/lien-he/", "Liên hệ", [f"Địa chỉ: {u.address}.", f"Điện thoại: {u.phone}. Email: {u.email}."], 7),
        "contact", STATIC)
    add("/feed/", wp.feed(), ("feed", listed[:10], [s.updated for s in stories[:10]]), newest,
        "application/rss+xml; charset=UTF-8")
    add("/comments/feed/", wp.comments_feed(), "comments", STATIC, "application/rss+xml; charset=UTF-8")
    for path, xml in wp.sitemaps().items():
        add(path, xml, ("sm", path, [(s.id, s.updated) for s in stories]), newest,
            "application/xml; charset=UTF-8")
    gold = []
    for s in stories:
        add(wp.url(s), wp.single(s), ("a", s.id, s.paragraphs), s.updated, article=True)
        routes[f"/?p={s.id}"] = Response("", status=301, headers={"Location": f"{base}{wp.url(s)}"})
        gold.append(Gold(path=wp.url(s), title=s.title, published=s.day, author=s.author,
                         paragraphs=list(s.paragraphs), aliases=[f"/?p={s.id}"]))
    missing = Response(wp.not_found(), status=404)
    for s in ed.deleted:
        routes[wp.url(s)] = missing
        routes[f"/?p={s.id}"] = missing
    endless_body = {}

    def fallback(request: Request) -> Response:
        path = request.path
        if (m := _PAGE.match(path)) and int(m.group(1)) > pages:
            n = int(m.group(1))
            if n not in endless_body:  # the last page again, numbered n, with a next link
                endless_body[n] = wp.layout(f"{u.name} - Trang {n}",
                                            wp.archive("Tin mới nhất", last_chunk, n, wp.home_url, pages, endless=True),
                                            wp.home_url(n), "home blog paged")
            return page(endless_body[n], ("home", n, listed), newest)
        base_path = path.split("?", 1)[0]
        if base_path != path and base_path in routes and base_path.count("/") == 5:
            return routes[base_path]  # ?utm_…, ?replytocom=…: WordPress ignores them
        return missing

    routes["*"] = fallback
    return FixtureSite(
        name="wordpress", routes=routes, articles=gold, non_articles=non_articles,
        disallowed=["/wp-admin/", "/?s="],
        boilerplate=only_boilerplate(BOILERPLATE + [s.title for s in stories[:5]],
                                     [g.paragraphs for g in gold]),
        new=[wp.url(s) for s in ed.new], edited=[wp.url(s) for s in ed.edited],
        deleted=[wp.url(s) for s in ed.deleted],
        traps=[wp.home_url(pages + 1)],
    )
