"""Writer A's WordPress renderer for evaluation sites: a theme and its archives, as routes.

Not a site and not scoring. `WordPress(cfg, posts, pages, night, base).routes()` renders what a
WordPress install serves under one path prefix: the blog index and its `/page/N/`, category,
tag, author and month archives (each paged), posts at their permalinks, `?p=` shortlinks,
feeds, core or Yoast sitemaps, a search page, static pages; the flags of `WPConfig` choose
the theme's habits (excerpt length, feed links, sitemap kind, deletion answer, validators).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from urllib.parse import quote

from . import _kit_a as kit
from ._kit_a import Art, esc
from .server import Response


@dataclass
class WPConfig:
    title: str  # site title
    tagline: str
    prefix: str = ""  # '' or '/lhh' (a multisite sub-site)
    permalink: str = "slug"  # 'slug' /<slug>/, 'month' /<y>/<m>/<slug>/, 'day' /<y>/<m>/<d>/<slug>/, 'html' /<slug>.html
    per_page: int = 6
    excerpt_words: int = 55
    excerpt_more: str = " […]"
    read_more: str = "Xem tiếp →"
    feed_links: bool = True  # <link rel="alternate" …feed> in <head>
    sitemap: str | None = "core"  # 'core', 'yoast' or None
    shortlink: str = "redirect"  # ?p=N: 'redirect' (301) or 'serve' (200, same page)
    delete_mode: str = "404"  # '404', '410' or 'soft'
    validators: str | None = "etag+lm"  # on posts: 'etag+lm', 'lm' or None
    menu_cats: list[str] = field(default_factory=list)  # category slugs the menu shows
    home_cats: list[str] | None = None  # categories the front page lists (None: all)
    cat_names: dict[str, str] = field(default_factory=dict)
    authors: dict[str, str] = field(default_factory=dict)  # display name -> login
    closing_line: str | None = None  # e.g. 'Người cập nhật: Trần Minh Tuấn'
    byline_in_body: bool = False  # the author as a 'Tin, ảnh: …' line at the end of the body
    show_byline: bool = True
    sidebar_latest: bool = True
    header_date: bool = True
    views: bool = True
    extra_menu: list[tuple[str, str]] = field(default_factory=list)  # (label, href) appended to the menu
    sidebar_extra: str = ""  # raw HTML
    multipage: dict[int, int] = field(default_factory=dict)  # post id -> paragraphs on page 1 (<!--nextpage-->)
    archive_widget: bool = True  # the "Lưu trữ" (months) and tag-cloud widgets
    post_nav: bool = True  # "Bài trước" / "Bài sau" links on posts (they cross categories)


@dataclass
class WPPage:
    slug: str
    title: str
    html: str  # the entry content
    date: str = ""  # shown as a date line if set
    big: bool = False


class WordPress:
    def __init__(self, cfg: WPConfig, posts: list[Art], pages: list[WPPage], night: int, base: str, *,
                 deleted: list[Art] = (), counter_base: int = 0, other_links: str = ""):
        self.cfg = cfg
        self.posts = posts  # live, newest first
        self.pages = pages
        self.night = night
        self.base = base.rstrip("/")
        self.deleted = list(deleted)
        self.counter_base = counter_base
        self.other_links = other_links
        self.routes: dict = {}
        self.non_articles: list[str] = []
        self.reach: dict[int, str] = {}
        self._slugs: dict[int, str] = {}
        used: dict[str, int] = {}
        for a in sorted(self.posts + self.deleted, key=lambda a: (a.published, a.num)):  # WordPress adds -2, -3 to a taken slug
            s = a.extra.get("slug") or kit.slugify(a.title)[:90].strip("-")
            used[s] = used.get(s, 0) + 1
            self._slugs[a.num] = s if used[s] == 1 else f"{s}-{used[s]}"

    # -- URLs ---------------------------------------------------------------------------------
    def p(self, path: str) -> str:
        return self.cfg.prefix + path

    def slug(self, a: Art) -> str:
        return self._slugs.get(a.num) or a.extra.get("slug") or kit.slugify(a.title)[:90].strip("-")

    def permalink(self, a: Art) -> str:
        s, d = self.slug(a), a.published
        form = self.cfg.permalink
        if form == "month":
            return self.p(f"/{d:%Y}/{d:%m}/{s}/")
        if form == "day":
            return self.p(f"/{d:%Y}/{d:%m}/{d:%d}/{s}/")
        if form == "html":
            return self.p(f"/{s}.html")
        return self.p(f"/{s}/")

    def shortlink(self, a: Art) -> str:
        return self.p(f"/?p={a.num}")

    def cat_url(self, c: str, page: int = 1) -> str:
        return self.p(f"/category/{c}/" + (f"page/{page}/" if page > 1 else ""))

    def tag_slug(self, t: str) -> str:
        return quote(kit.nfc(t).replace(" ", "-").lower(), safe="-")  # WordPress keeps Vietnamese letters, percent-encoded

    def tag_url(self, t: str, page: int = 1) -> str:
        return self.p(f"/tag/{self.tag_slug(t)}/" + (f"page/{page}/" if page > 1 else ""))

    def author_login(self, a: Art) -> str:
        return self.cfg.authors.get(a.author or "", "bientap")

    def author_url(self, login: str, page: int = 1) -> str:
        return self.p(f"/author/{login}/" + (f"page/{page}/" if page > 1 else ""))

    def month_url(self, y: int, m: int, page: int = 1) -> str:
        return self.p(f"/{y}/{m:02d}/" + (f"page/{page}/" if page > 1 else ""))

    def home_url(self, page: int = 1) -> str:
        return self.p("/" + (f"page/{page}/" if page > 1 else ""))

    # -- pieces -------------------------------------------------------------------------------
    def paragraphs(self, a: Art) -> list[str]:
        return a.paras(self.night)

    def excerpt(self, a: Art) -> str:
        words = " ".join(self.paragraphs(a)).split()
        return " ".join(words[:self.cfg.excerpt_words]) + self.cfg.excerpt_more

    def date_text(self, a: Art) -> str:
        return kit.dmy(a.published)

    def shell(self, title: str, main: str, *, body_class: str = "home blog", head: str = "", canonical: str = "") -> str:
        c = self.cfg
        cats = sorted({a.cat for a in self.posts})
        menu = "".join(f'<li class="menu-item"><a href="{self.cat_url(x)}">{esc(c.cat_names.get(x, x))}</a></li>' for x in c.menu_cats)
        menu += "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in c.extra_menu)
        feeds = (f'<link rel="alternate" type="application/rss+xml" title="{esc(c.title)} &raquo; Dòng thông tin" href="{self.base}{self.p("/feed/")}" />\n'
                 f'<link rel="alternate" type="application/rss+xml" title="{esc(c.title)} &raquo; Dòng phản hồi" href="{self.base}{self.p("/comments/feed/")}" />') if c.feed_links else ""
        latest = ""
        if c.sidebar_latest:
            shown = [a for a in self.posts if c.home_cats is None or a.cat in c.home_cats][:5]
            latest = ('<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>'
                      + "".join(f'<li><a href="{self.permalink(a)}">{esc(a.title)}</a></li>' for a in shown) + "</ul></section>")
        months = sorted({(a.published.year, a.published.month) for a in self.posts if c.home_cats is None or a.cat in c.home_cats}, reverse=True)
        archive = ('<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>'
                   + "".join(f'<li><a href="{self.month_url(y, m)}">Tháng {m} {y}</a></li>' for y, m in months[:24]) + "</ul></section>")
        catlist = ('<section class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>'
                   + "".join(f'<li class="cat-item"><a href="{self.cat_url(x)}">{esc(c.cat_names.get(x, x))}</a> ({sum(1 for a in self.posts if a.cat == x)})</li>'
                             for x in cats if x in c.menu_cats or c.home_cats is None) + "</ul></section>")
        tags = sorted({t for a in self.posts for t in a.tags if c.home_cats is None or a.cat in c.home_cats})
        cloud = ('<section class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><div class="tagcloud">'
                 + " ".join(f'<a href="{self.tag_url(t)}" class="tag-cloud-link">{esc(t)}</a>' for t in tags) + "</div></section>")
        meta = ('<section class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul><li><a href="' + self.p("/wp-login.php") + '">Đăng nhập</a></li>'
                + (f'<li><a href="{self.p("/feed/")}">RSS bài viết</a></li>' if c.feed_links else "")
                + '<li><a href="https://vi.wordpress.org/">WordPress.org</a></li></ul></section>')
        date_bar = f'<div class="top-bar"><span class="today">{kit.header_today(self.night)}</span></div>' if c.header_date else ""
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
{feeds}
{f'<link rel="canonical" href="{self.base}{canonical}" />' if canonical else ''}
{head}
<link rel="https://api.w.org/" href="{self.base}{self.p('/wp-json/')}" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.base}{self.p('/xmlrpc.php?rsd')}" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel='stylesheet' id='theme-style-css' href='{self.p('/wp-content/themes/newsup/style.css?ver=6.4.3')}' media='all' />
<script src="{self.p('/wp-includes/js/jquery/jquery.min.js?ver=3.7.1')}" id="jquery-core-js"></script>
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
{date_bar}
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{self.home_url()}" rel="home">{esc(c.title)}</a></p>
<p class="site-description">{esc(c.tagline)}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="{self.home_url()}">Trang chủ</a></li>{menu}</ul></nav>
<form role="search" method="get" class="search-form" action="{self.p('/')}"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label></form>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area">
{latest}{c.sidebar_extra}{self.other_links}{catlist}{archive if c.archive_widget else ""}{cloud if c.archive_widget else ""}{meta}
<section class="widget"><h2 class="widget-title">Thống kê</h2><p>Lượt truy cập: {kit.COUNTER if self.counter_base else f"{152_000 + self.night * 640:,}"}</p></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {esc(c.title)}. Liên hệ: <a href="mailto:banbientap@{kit.slugify(c.title)[:12]}.vn">Ban biên tập</a>
<span class="sep"> | </span><a href="#" onclick="window.scrollTo(0,0);return false;">Lên đầu trang</a> <span class="sep"> | </span> Vận hành bởi <a href="https://vi.wordpress.org/">WordPress</a></div></footer>
</div>
<script src="{self.p('/wp-includes/js/wp-embed.min.js?ver=6.4.3')}" id="wp-embed-js"></script>
</body>
</html>"""

    def summary(self, a: Art) -> str:
        c = self.cfg
        cat = c.cat_names.get(a.cat, a.cat)
        by = f' bởi <a href="{self.author_url(self.author_login(a))}">{esc(a.author)}</a>' if (a.author and c.show_byline) else ""
        return (f'<article id="post-{a.num}" class="post-{a.num} post type-post status-publish format-standard has-post-thumbnail category-{a.cat}">'
                f'<div class="post-thumbnail"><a href="{self.permalink(a)}"><img width="300" height="200" src="{self.p(self.image(a))}" alt="" loading="lazy" /></a></div>'
                f'<header class="entry-header"><span class="cat-links"><a href="{self.cat_url(a.cat)}" rel="category tag">{esc(cat)}</a></span>'
                f'<h2 class="entry-title"><a href="{self.permalink(a)}" rel="bookmark">{esc(a.title)}</a></h2>'
                f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a.published.isoformat()}">{self.date_text(a)}</time></span>{by}</div></header>'
                f'<div class="entry-summary"><p>{esc(self.excerpt(a))}</p></div>'
                f'<a class="more-link" href="{self.permalink(a)}">{esc(c.read_more)}</a></article>')

    def image(self, a: Art) -> str:
        return f"/wp-content/uploads/{a.published:%Y/%m}/{kit.camera_name(a.num, a.published)}-300x200.jpg"

    def pager(self, url_of, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        links = []
        if page > 1:
            links.append(f'<a class="prev page-numbers" href="{url_of(page - 1)}">« Trước</a>')
        for q in range(1, pages + 1):
            if q == page:
                links.append(f'<span aria-current="page" class="page-numbers current">{q}</span>')
            elif q <= 2 or abs(q - page) <= 1 or q == pages:
                links.append(f'<a class="page-numbers" href="{url_of(q)}">{q}</a>')
            elif '<span class="page-numbers dots">' not in links[-1]:
                links.append('<span class="page-numbers dots">&hellip;</span>')
        if page < pages:
            links.append(f'<a class="next page-numbers" href="{url_of(page + 1)}">Sau »</a>')
        return f'<nav class="navigation pagination" aria-label="Phân trang bài viết"><div class="nav-links">{"".join(links)}</div></nav>'

    def add(self, path: str, html_: str, *, article: bool = False, **kw) -> None:
        self.routes[path] = kit.page(html_, counter_base=self.counter_base, **kw)
        if not article:
            self.non_articles.append(path)

    def archive(self, url_of, items: list[Art], heading: str, body_class: str, *, mark_reach: bool = False) -> None:
        per = self.cfg.per_page
        pages = max(1, -(-len(items) // per))
        for page in range(1, pages + 1):
            chunk = items[(page - 1) * per:page * per]
            if mark_reach:
                for a in chunk:
                    if page == 1:
                        self.reach[a.num] = "listing"
                    else:
                        self.reach.setdefault(a.num, "pager-deep")
            title = f"{heading} - Trang {page} trên {pages} - {self.cfg.title}" if page > 1 else f"{heading} - {self.cfg.title}"
            main = (f'<header class="page-header"><h1 class="page-title">{esc(heading)}</h1></header>'
                    + "".join(self.summary(a) for a in chunk) + self.pager(url_of, page, pages))
            self.add(url_of(page), self.shell(title, main, body_class=body_class, canonical=url_of(page)))

    def post_html(self, a: Art, page: int | None = None) -> str:
        c = self.cfg
        paras = self.paragraphs(a)
        split = c.multipage.get(a.num)
        page_links = ""
        if split:
            paras = paras[:split] if page in (None, 1) else paras[split:]
            page_links = ('<div class="page-links">Trang: '
                          + ('<span class="post-page-numbers current">1</span>' if page in (None, 1) else f'<a href="{self.permalink(a)}" class="post-page-numbers">1</a>')
                          + (f' <a href="{self.permalink(a)}2/" class="post-page-numbers">2</a>' if page in (None, 1) else ' <span class="post-page-numbers current">2</span>')
                          + "</div>")
        body = "".join(f"<p>{esc(x)}</p>" for x in paras[:2])
        cam = kit.camera_name(a.num, a.published)
        body += (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{self.p(self.image(a)).replace("-300x200", "-1024x683")}" '
                 f'alt="" class="wp-image-{a.num + 1}" /><figcaption class="wp-element-caption">{cam}</figcaption></figure>')
        body += "".join(f"<p>{esc(x)}</p>" for x in paras[2:])
        if split and page in (None, 1):
            pass  # the byline and closing line come at the very end of the last page
        else:
            if c.byline_in_body and a.author:
                body += f'<p style="text-align: right;"><strong>Tin, ảnh: {esc(a.author)}</strong></p>'
            closing = a.extra.get("closing", c.closing_line)
            if closing:
                body += f"<p><em>{esc(closing)}</em></p>"
        cat = c.cat_names.get(a.cat, a.cat)
        by = (f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="{self.author_url(self.author_login(a))}">{esc(a.author)}</a></span></span>'
              if (a.author and c.show_byline) else "")
        views = f'<span class="post-views">{60 + (a.num * 13) % 700 + self.night * (a.num % 6 + 1)} lượt xem</span>' if c.views else ""
        tags = ", ".join(f'<a href="{self.tag_url(t)}" rel="tag">{esc(t)}</a>' for t in a.tags)
        tags = f'<span class="tags-links">Thẻ: {tags}</span>' if tags else ""
        idx = self.posts.index(a) if a in self.posts else 0
        newer = self.posts[idx - 1] if idx > 0 else None
        older = self.posts[idx + 1] if idx + 1 < len(self.posts) else None
        nav = ('<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links">'
               + (f'<div class="nav-previous"><a href="{self.permalink(older)}" rel="prev"><span class="meta-nav">Bài trước</span> {esc(older.title)}</a></div>' if older else "")
               + (f'<div class="nav-next"><a href="{self.permalink(newer)}" rel="next"><span class="meta-nav">Bài sau</span> {esc(newer.title)}</a></div>' if newer else "")
               + "</div></nav>") if c.post_nav else ""
        related = [x for x in self.posts if x.cat == a.cat and x.num != a.num][:3]
        rel = ('<div class="related-posts"><h3>Bài viết liên quan</h3>'
               + "".join(f'<div class="related-item"><a href="{self.permalink(x)}">{esc(x.title)}</a> <span class="date">{self.date_text(x)}</span></div>' for x in related)
               + "</div>")
        share_u = quote(self.base + self.permalink(a), safe="")
        return (f'<article id="post-{a.num}" class="post-{a.num} post type-post status-publish format-standard category-{a.cat}">'
                f'<header class="entry-header"><span class="cat-links"><a href="{self.cat_url(a.cat)}" rel="category tag">{esc(cat)}</a></span>'
                f'<h1 class="entry-title">{esc(a.title)}</h1><div class="entry-meta"><span class="posted-on"><a href="{self.permalink(a)}" rel="bookmark">'
                f'<time class="entry-date published" datetime="{a.published.isoformat()}">{self.date_text(a)}</time>'
                f'<time class="updated" datetime="{a.modified(self.night).isoformat()}">{kit.dmy(a.modified(self.night))}</time></a></span>{by}{views}</div></header>'
                f'<div class="entry-content">{body}{page_links}</div>'
                f'<footer class="entry-footer">{tags}</footer></article>'
                f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul>'
                f'<li><a href="https://www.facebook.com/sharer.php?u={share_u}" target="_blank" rel="nofollow noopener">Facebook</a></li>'
                f'<li><a href="https://twitter.com/intent/tweet?url={share_u}" target="_blank" rel="nofollow noopener">X</a></li>'
                f'<li><a href="mailto:?subject={quote(a.title)}&amp;body={share_u}" rel="nofollow">Email</a></li>'
                f'<li><a href="javascript:window.print()" rel="nofollow">In</a></li></ul></div>'
                f'{nav}{rel}'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận '
                f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{self.permalink(a)}#respond" style="display:none;">Hủy</a></small></h3>'
                f'<form action="{self.p("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate>'
                f'<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>'
                f'<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" value="{a.num}" id="comment_post_ID" /></p></form></div></div>')

    def validators(self, a: Art) -> dict:
        mode = self.cfg.validators
        kw = {}
        if mode in ("etag+lm", "lm"):
            kw["last_modified"] = kit.http_date(a.modified(self.night))
        if mode == "etag+lm":
            kw["etag"] = '"' + hashlib.md5(f"{a.num}:{a.version(self.night)}".encode()).hexdigest()[:16] + '"'
        return kw

    # -- everything --------------------------------------------------------------------------
    def build(self, *, post_aliases: bool = True) -> None:
        c = self.cfg
        front = [a for a in self.posts if c.home_cats is None or a.cat in c.home_cats]
        self.archive(self.home_url, front, c.title, "home blog", mark_reach=True)
        for x in sorted({a.cat for a in self.posts}):
            self.archive(lambda q, x=x: self.cat_url(x, q), [a for a in self.posts if a.cat == x],
                         f"Chuyên mục: {c.cat_names.get(x, x)}", f"archive category category-{x}", mark_reach=x in c.menu_cats)
        for t in sorted({t for a in self.posts for t in a.tags}):
            self.archive(lambda q, t=t: self.tag_url(t, q), [a for a in self.posts if t in a.tags], f"Thẻ: {t}", "archive tag")
        for name in sorted({a.author for a in self.posts if a.author}):
            login = c.authors.get(name, "bientap")
            self.archive(lambda q, login=login: self.author_url(login, q), [a for a in self.posts if a.author == name],
                         f"Tác giả: {name}", "archive author")
        for y, m in sorted({(a.published.year, a.published.month) for a in self.posts}):
            self.archive(lambda q, y=y, m=m: self.month_url(y, m, q), [a for a in self.posts if (a.published.year, a.published.month) == (y, m)],
                         f"Tháng {m} {y}", "archive date")
        for a in self.posts:
            link = self.permalink(a)
            head = f'<link rel="shortlink" href="{self.base}{self.shortlink(a)}" />'
            html_ = self.shell(f"{a.title} - {c.title}", self.post_html(a), body_class=f"post-template-default single single-post postid-{a.num}",
                               head=head, canonical=link)
            self.add(link, html_, article=True, **self.validators(a))
            if c.multipage.get(a.num):
                self.add(link + "2/", self.shell(f"{a.title} - Trang 2 - {c.title}", self.post_html(a, 2), body_class="single", canonical=link + "2/"))
            if c.shortlink == "redirect":
                self.routes[self.shortlink(a)] = kit.redirect(self.base + link)
            else:
                self.routes[self.shortlink(a)] = self.routes[link]
        for pg in self.pages:
            date_line = f'<div class="entry-meta"><span class="posted-on">Cập nhật: {esc(pg.date)}</span></div>' if pg.date else ""
            self.add(self.p(f"/{pg.slug}/"), self.shell(f"{pg.title} - {c.title}", f'<article class="page type-page status-publish"><header class="entry-header">'
                                                        f'<h1 class="entry-title">{esc(pg.title)}</h1>{date_line}</header><div class="entry-content">{pg.html}</div></article>',
                                                        body_class="page-template-default page", canonical=self.p(f"/{pg.slug}/")))
        self.add(self.p("/?s="), self.shell(f"Kết quả tìm kiếm - {c.title}", '<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: </h1></header>',
                                            body_class="search"))
        self.add(self.p("/wp-login.php"), '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập &lsaquo; ' + esc(c.title)
                 + '</title></head><body class="login"><form name="loginform" id="loginform" action="' + self.p("/wp-login.php")
                 + '" method="post"><input type="text" name="log" /><input type="password" name="pwd" /><input type="submit" value="Đăng nhập" /></form>'
                 + f'<p id="backtoblog"><a href="{self.home_url()}">&larr; Quay lại {esc(c.title)}</a></p></body></html>')
        self.routes[self.p("/wp-json/")] = Response('{"name":"' + c.title + '","url":"' + self.base + self.p("") + '","namespaces":["oembed/1.0","wp/v2"]}',
                                                    content_type="application/json; charset=UTF-8")
        self.routes[self.p("/xmlrpc.php?rsd")] = Response(
            '<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd"><service><engineName>WordPress</engineName>'
            f'<homePageLink>{self.base}{self.home_url()}</homePageLink><apis><api name="WordPress" blogID="1" preferred="true" apiLink="{self.base}{self.p("/xmlrpc.php")}" />'
            '</apis></service></rsd>', content_type="text/xml; charset=UTF-8")
        self.feeds()
        self.sitemaps()
        self.deletions()

    def feeds(self) -> None:
        items = [{"title": a.title, "link": self.base + self.permalink(a), "guid": f"{self.base}{self.shortlink(a)}", "pubDate": a.published,
                  "creator": a.author or "Ban biên tập", "category": [self.cfg.cat_names.get(a.cat, a.cat)],
                  "description": esc(self.excerpt(a)), "content": "".join(f"<p>{esc(p)}</p>" for p in self.paragraphs(a))}
                 for a in self.posts[:10]]
        last = max((a.modified(self.night) for a in self.posts[:10]), default=None)
        self.routes[self.p("/feed/")] = Response(kit.rss(self.cfg.title, self.base + self.home_url(), items, description=self.cfg.tagline,
                                                         content_encoded=True, last_build=last, self_url=self.base + self.p("/feed/")),
                                                 content_type="application/rss+xml; charset=UTF-8")
        for x in sorted({a.cat for a in self.posts}):
            sub = [i for i, a in zip(items, self.posts[:10], strict=False) if a.cat == x]
            self.routes[self.p(f"/category/{x}/feed/")] = Response(kit.rss(f"{self.cfg.title} » {self.cfg.cat_names.get(x, x)}", self.base + self.cat_url(x), sub,
                                                                           content_encoded=True), content_type="application/rss+xml; charset=UTF-8")
        self.routes[self.p("/comments/feed/")] = Response(kit.rss(f"Bình luận cho {self.cfg.title}", self.base + self.home_url(), []),
                                                          content_type="application/rss+xml; charset=UTF-8")

    def sitemaps(self) -> None:
        c, b = self.cfg, self.base
        if c.sitemap == "core":
            posts = kit.urlset([(b + self.permalink(a), None) for a in self.posts])
            self.routes[self.p("/wp-sitemap-posts-post-1.xml")] = kit.xml(posts)
            self.routes[self.p("/wp-sitemap-posts-page-1.xml")] = kit.xml(kit.urlset([(b + self.p(f"/{pg.slug}/"), None) for pg in self.pages]))
            self.routes[self.p("/wp-sitemap-taxonomies-category-1.xml")] = kit.xml(kit.urlset([(b + self.cat_url(x), None) for x in sorted({a.cat for a in self.posts})]))
            self.routes[self.p("/wp-sitemap.xml")] = kit.xml(kit.sitemapindex([(b + self.p(x), None) for x in
                                                                               ("/wp-sitemap-posts-post-1.xml", "/wp-sitemap-posts-page-1.xml", "/wp-sitemap-taxonomies-category-1.xml")]))
        elif c.sitemap == "yoast":
            w3c = kit.w3c
            entries = [(b + self.home_url(), w3c(max(a.modified(self.night) for a in self.posts)))]
            entries += [(b + self.permalink(a), w3c(a.modified(self.night))) for a in sorted(self.posts, key=lambda a: a.modified(self.night))]
            post_xml = kit.urlset(entries)
            etag = '"' + hashlib.md5(post_xml.encode()).hexdigest()[:20] + '"'
            self.routes[self.p("/post-sitemap.xml")] = kit.xml(post_xml, etag=etag)
            self.routes[self.p("/page-sitemap.xml")] = kit.xml(kit.urlset([(b + self.p(f"/{pg.slug}/"), "2024-02-19T08:12:31+07:00") for pg in self.pages]))
            self.routes[self.p("/category-sitemap.xml")] = kit.xml(kit.urlset([(b + self.cat_url(x), None) for x in sorted({a.cat for a in self.posts})]))
            self.routes[self.p("/post_tag-sitemap.xml")] = kit.xml(kit.urlset([(b + self.tag_url(t), None) for t in sorted({t for a in self.posts for t in a.tags})]))
            self.routes[self.p("/author-sitemap.xml")] = kit.xml(kit.urlset([(b + self.author_url(login), None) for login in sorted(set(c.authors.values()))]))
            index = kit.sitemapindex([(b + self.p("/post-sitemap.xml"), w3c(max(a.modified(self.night) for a in self.posts))),
                                      (b + self.p("/page-sitemap.xml"), "2024-02-19T08:12:31+07:00"),
                                      (b + self.p("/category-sitemap.xml"), w3c(max(a.published for a in self.posts))),
                                      (b + self.p("/post_tag-sitemap.xml"), w3c(max(a.published for a in self.posts))),
                                      (b + self.p("/author-sitemap.xml"), w3c(max(a.published for a in self.posts)))])
            stable = {"ETag": '"idx-5-children"', "Last-Modified": "Mon, 19 Feb 2024 01:12:31 GMT"}

            def sitemap_index(request, body=index):
                # a caching layer keyed on the list of children: any conditional request gets a 304,
                # although the children's <lastmod> inside the index changed
                if request.headers.get("if-none-match") or request.headers.get("if-modified-since"):
                    return Response(b"", status=304, headers=dict(stable))
                return Response(body, content_type="application/xml; charset=utf-8", headers=dict(stable))
            self.routes[self.p("/sitemap_index.xml")] = sitemap_index
            self.routes[self.p("/sitemap.xml")] = kit.redirect(b + self.p("/sitemap_index.xml"))

    def deletions(self) -> None:
        mode = self.cfg.delete_mode
        for a in self.deleted:
            link = self.permalink(a)
            if mode == "soft":
                self.routes[link] = kit.page(self.shell(f"Không tìm thấy - {self.cfg.title}", '<section class="error-404 not-found"><header class="page-header">'
                                                        '<h1 class="page-title">Bài viết không tồn tại hoặc đã bị xóa</h1></header><div class="page-content">'
                                                        '<p>Có vẻ như không có gì ở địa chỉ này. Bạn thử tìm kiếm xem?</p></div></section>', body_class="error404"),
                                             counter_base=self.counter_base)
            elif mode == "410":
                self.routes[link] = Response(self.shell(f"Nội dung đã bị gỡ bỏ - {self.cfg.title}", '<h1>410 - Nội dung đã bị gỡ bỏ</h1>').replace(kit.COUNTER, "0"), status=410)
            self.routes.pop(self.shortlink(a), None)

    def not_found(self) -> Response:
        return Response(self.shell(f"Không tìm thấy trang - {self.cfg.title}", '<section class="error-404 not-found"><h1 class="page-title">Rất tiếc! Không thể tìm thấy trang này.</h1>'
                                   '<p>Có vẻ như không có gì ở địa chỉ này.</p></section>', body_class="error404").replace(kit.COUNTER, "0"), status=404)


def big_gallery(title: str, count: int = 12, size: int = 290_000) -> str:
    """A gallery page whose editor pasted images inline (data: URIs): well over 3 MB of HTML."""
    out = [f"<p>{esc(title)}</p>"]
    for i in range(count):
        blob = hashlib.sha256(f"{title}{i}".encode()).digest() * (size // 32)
        out.append(f'<figure class="wp-block-image"><img alt="anh-{i + 1}" src="data:image/jpeg;base64,{base64.b64encode(blob).decode()}" />'
                   f"<figcaption>Ảnh {i + 1}</figcaption></figure>")
    return "".join(out)
