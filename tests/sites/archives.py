"""A union site whose listings are hard to tell from articles and whose older news only a
pager reveals (development fixture of the lead, for the backfill and listing rules).

WordPress-like theme: every archive (home, category, tag, author, month, /page/N/) shows
long excerpts ending "[…]" and "Xem tiếp →"; the homepage's "Tin mới nhất" box and page 1
of the news category list the same ten stories, older ones only on /tin-tuc/page/N/, and
past the last page the pager keeps repeating it; a notices section is a portal-style
table of titles, dates and three-sentence summaries; a documents list leads to pages of
fields (number, date, summary, signer); the menu links an about page with
long prose and a date, an organisation chart and a contact page; the tag cloud is a
<nav>. No feed, no sitemap. Optional: several copies served under folders of one host
(`prefixes`), each its own registry entry; a latency per response for concurrency checks.
"""

# ruff: noqa: E501 (HTML templates and Vietnamese prose are data: long lines read better whole)

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from html import escape
from urllib.parse import quote

from tests.siteserver import Response

from . import FixtureSite, Gold
from .common import etag, http_date
from .content import VN, StoryPlan, make_stories, make_union

PER_PAGE = 10
TAGS = ["hội thảo", "tập huấn", "phản biện", "sáng tạo", "nông nghiệp", "y tế"]
AUTHORS = {"bbt": "Ban Biên tập", "thuha": "Thu Hà", "minhquang": "Minh Quang"}


# The week after night 1 (tests/test_week_e2e.py, benchmarks/week.py): what changes when.
NEW_ON = {2: 0, 4: 1, 6: 2}  # night -> which of the stories written after night 1 appears
EDITED_ON = {3: -5, 5: 10, 7: 3}  # night -> index (oldest first) of a story given a paragraph
DELETED_ON = {4: 7, 6: 20}  # night -> index of a story removed (404, then a soft 404)
SOFT_404 = "<html><body><h1>Thông báo</h1><p>Bài viết không tồn tại hoặc đã bị xóa.</p></body></html>"
CLOCKS = {"utc": 0, "year-behind": -365}  # days a server's clock is off


def week(plan: StoryPlan, union, night: int):
    """(stories on `night`, newest first; {story id: night edited}; {story id: night
    deleted}; ids of stories new that night). Night 1 is the first crawl's site."""
    every = make_stories(plan, union)  # oldest first; the last three come later
    base, later = every[:plan.count], every[plan.count:]
    stories = base + [later[i] for n, i in NEW_ON.items() if n <= night]
    edits = {}
    for n, i in EDITED_ON.items():
        if n <= night:
            s = base[i]
            edits[s.id] = n
            stories = [replace(s, paragraphs=(*s.paragraphs, f"Cập nhật ngày {n}/3: Ban Tổ chức bổ sung danh sách {n + 10} đơn vị phối hợp thực hiện."),
                               modified=datetime(2023, 3, n - 1, 16, 0, tzinfo=VN)) if x.id == s.id else x for x in stories]
    deleted = {base[i].id: n for n, i in DELETED_ON.items() if n <= night}
    fresh = {later[NEW_ON[night]].id} if night in NEW_ON else set()
    return sorted(stories, key=lambda s: s.published, reverse=True), edits, deleted, fresh


def build_site(base_url: str, night: int = 1, prefix: str = "/", count: int = 56,
               sitemap: str | None = None, naive_lastmod: bool = False, feed: bool = False,
               name: str = "archives", sitemap_dates: bool = True,
               feed_text: bool = False, sitemap_lag: bool = False) -> FixtureSite:
    """`sitemap`: None, or the server clock its <lastmod> and Last-Modified follow ("utc",
    "year-behind"); `naive_lastmod`: local time without an offset; `sitemap_dates`: False
    for a sitemap of bare <loc>s (WordPress core's); `feed`: /feed/ with the ten latest,
    `feed_text` with each story's whole text (so an edit changes its item); `sitemap_lag`:
    the sitemap lists a story from the night after it appears. Without a
    sitemap the site sends no validators either. `name` seeds its stories: two names, two
    sites with nothing in common."""
    plan = StoryPlan(site=f"{name}{prefix}", cats={"tin-tuc": [], "thong-bao": ["honour", "contest", "member"]},
                     count=count, first_id=700, authors=list(AUTHORS.values()), tag_pool=TAGS,
                     oldest=datetime(2021, 2, 1, 8, 0, tzinfo=VN))
    rng = random.Random(f"{name}{prefix}")
    union = make_union(rng, "Hà Giang", ("Hà Giang", "Bắc Quang", "Vị Xuyên", "Hoàng Su Phì"),
                       "lienhiephoihagiang.example.vn")
    stories, edits, deleted, fresh = week(plan, union, night)  # newest first
    live = [s for s in stories if s.id not in deleted]
    gone = [s for s in stories if s.id in deleted]
    stories = live
    p = prefix.rstrip("/")
    skew = timedelta(days=CLOCKS.get(sitemap or "utc", 0))

    def server_time(moment: datetime) -> datetime:
        return moment + skew

    def lastmod(moment: datetime) -> str:
        moment = server_time(moment)
        return moment.strftime("%Y-%m-%dT%H:%M:%S") if naive_lastmod else moment.isoformat()

    author_of = {name: key for key, name in AUTHORS.items()}

    def url(s) -> str:
        return f"{p}/{s.published:%Y/%m}/{s.alias}/"

    def tag_url(t: str) -> str:
        return f"{p}/tag/{quote(t.replace(' ', '-'))}/"

    def page(title: str, main: str, h1: str | None = None) -> str:
        latest = "".join(f'<li><a href="{url(s)}">{escape(s.title)}</a> <span class="date">({s.published:%d/%m/%Y})</span></li>' for s in stories[:5])
        tags = "".join(f'<a href="{tag_url(t)}" class="tag-cloud-link">{escape(t)}</a> ' for t in TAGS)
        months = sorted({(s.published.year, s.published.month) for s in stories}, reverse=True)[:6]
        archive = "".join(f'<li><a href="{p}/{y}/{m:02d}/">Tháng {m} năm {y}</a></li>' for y, m in months)
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{escape(title)} – {escape(union.name)}</title></head>
<body class="wp-theme"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{p}/">{escape(union.name)}</a></p>
<p class="today">Thứ tư, {night + 10:02d}/03/2023</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="{p}/">Trang chủ</a></li><li><a href="{p}/gioi-thieu/">Giới thiệu</a></li><li><a href="{p}/co-cau-to-chuc/">Cơ cấu tổ chức</a></li>
<li><a href="{p}/tin-tuc/">Tin tức</a></li><li><a href="{p}/thong-bao/">Thông báo</a></li><li><a href="{p}/van-ban/">Văn bản</a></li><li><a href="{p}/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">{f'<header class="page-header"><h1 class="page-title">{escape(h1)}</h1></header>' if h1 else ''}
{main}</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Tin mới</h2><ul>{latest}</ul></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><nav aria-label="Thẻ"><div class="tagcloud">{tags}</div></nav></section>
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{archive}</ul></section>
<section class="widget"><h2 class="widget-title">Thống kê truy cập</h2><p>Đang truy cập: {31 + night} · Hôm nay: {1187 + 263 * night} · Tổng: {4345112 + 9137 * night}</p></section></aside></div>
<footer id="colophon" class="site-footer"><p>{escape(union.name)} · {escape(union.address)} · ĐT: {union.phone}</p></footer></body></html>"""

    def excerpt(s) -> str:
        words = " ".join(s.paragraphs[:2]).split()
        cats = "Thông báo" if s.cat == "thong-bao" else "Tin tức"
        who = author_of.get(s.author, "bbt")
        return f"""<article class="post type-post status-publish category-{s.cat}"><div class="post-thumbnail"><a href="{url(s)}"><img src="{p}/wp-content/uploads/{s.published:%Y/%m}/{s.image}" alt=""></a></div>
<header class="entry-header"><span class="cat-links"><a href="{p}/{s.cat}/" rel="category tag">{cats}</a></span><h2 class="entry-title"><a href="{url(s)}" rel="bookmark">{escape(s.title)}</a></h2>
<div class="entry-meta"><time class="entry-date published" datetime="{s.published.isoformat()}">{s.published:%d/%m/%Y}</time> bởi <a href="{p}/author/{who}/">{escape(s.author or "Ban Biên tập")}</a></div></header>
<div class="entry-summary"><p>{escape(" ".join(words[:70]))} […]</p></div><a class="more-link" href="{url(s)}">Xem tiếp →</a></article>"""

    def archive_pages(base: str, items: list, title: str, endless: bool = False) -> dict:
        pages = max(1, -(-len(items) // PER_PAGE))
        out = {}
        for n in range(1, pages + (3 if endless else 1)):
            shown = items[(min(n, pages) - 1) * PER_PAGE:min(n, pages) * PER_PAGE]
            more = n < pages or endless  # an endless pager always offers the next page
            nav = "".join(f'<a class="page-numbers" href="{base if k == 1 else f"{base}page/{k}/"}">{k}</a>' for k in range(1, pages + 1))
            if more:
                nav += f'<a class="next page-numbers" href="{base}page/{n + 1}/">Trang sau »</a>'
            body = "".join(excerpt(s) for s in shown) + f'<nav class="navigation pagination"><div class="nav-links">{nav}</div></nav>'
            out[base if n == 1 else f"{base}page/{n}/"] = Response(page(title, body, title))
        return out

    routes: dict = {f"{p}/robots.txt" if p else "/robots.txt": Response("User-agent: *\nDisallow: /wp-admin/\n", content_type="text/plain")}
    news = [s for s in stories if s.cat == "tin-tuc"]
    notices = [s for s in stories if s.cat == "thong-bao"]
    # Home: the latest ten, exactly page 1 of the news category; no pager of its own.
    routes[f"{p}/"] = Response(page("Trang chủ", "<section class='latest'><h2>Tin mới nhất</h2>" + "".join(excerpt(s) for s in news[:PER_PAGE]) + "</section>"))
    routes.update(archive_pages(f"{p}/tin-tuc/", news, "Tin tức", endless=True))
    for t in TAGS:
        routes.update(archive_pages(tag_url(t), [s for s in stories if t in s.tags], f"Thẻ: {t}"))
    for key, name in AUTHORS.items():
        routes.update(archive_pages(f"{p}/author/{key}/", [s for s in stories if s.author == name], f"Tác giả: {name}"))
    for y, m in {(s.published.year, s.published.month) for s in stories}:
        routes.update(archive_pages(f"{p}/{y}/{m:02d}/", [s for s in stories if (s.published.year, s.published.month) == (y, m)], f"Lưu trữ tháng {m}/{y}"))
    # Notices: a portal list, each row a title, a date and a three-sentence summary.
    rows = "".join(f'<tr><td class="title"><a href="{url(s)}">{escape(s.title)}</a><br><span class="date">Ngày đăng: {s.published:%d/%m/%Y}</span></td>'
                   f'<td class="summary">{escape(" ".join(s.paragraphs[0].split(". ")[:3]))} <a href="{url(s)}">Chi tiết</a></td></tr>' for s in notices)
    routes[f"{p}/thong-bao/"] = Response(page("Thông báo", f'<table class="list-news"><tbody>{rows}</tbody></table>', "Thông báo"))
    gold = []
    for s in stories:
        related = "".join(f'<li><a href="{url(o)}">{escape(o.title)}</a> ({o.published:%d/%m/%Y})</li>'
                          for o in [o for o in stories if o.id != s.id][:4])
        tags = ", ".join(f'<a href="{tag_url(t)}" rel="tag">{escape(t)}</a>' for t in s.tags)
        who = author_of.get(s.author, "bbt")
        body = "".join(f"<p>{escape(x)}</p>" for x in s.paragraphs)
        article = f"""<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{escape(s.title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{s.published.isoformat()}">{s.published:%d/%m/%Y %H:%M}</time> bởi <a href="{p}/author/{who}/">{escape(s.author or "")}</a></div></header>
<div class="entry-content">{body}</div><footer class="entry-footer">Thẻ: {tags}</footer></article>
<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>
<div id="respond" class="comment-respond"><h3>Để lại bình luận</h3><form><p>Email của bạn sẽ không được hiển thị công khai.</p><textarea name="comment"></textarea></form></div>"""
        if sitemap:  # validators follow the article, on the server's own clock
            routes[url(s)] = Response(page(s.title, article), etag=etag(s.id, s.paragraphs),
                                      last_modified=http_date(server_time(s.updated)))
        else:
            routes[url(s)] = Response(page(s.title, article))
        gold.append(Gold(path=url(s), title=s.title, published=s.day, author=s.author, paragraphs=list(s.paragraphs)))
    for s in gone:  # the first deletion answers 404, the second a soft 404 page
        routes[url(s)] = Response(SOFT_404) if deleted[s.id] == max(DELETED_ON) else Response("<html><body><h1>404</h1></body></html>", status=404)
    if sitemap:
        entries = "".join(f"<url><loc>{base_url}{url(s)}</loc>"
                          + (f"<lastmod>{lastmod(s.updated)}</lastmod>" if sitemap_dates else "")
                          + "</url>" for s in stories if not (sitemap_lag and s.id in fresh))
        routes[f"{p}/sitemap.xml"] = Response(f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>', content_type="application/xml")
    if feed:
        items = "".join(f"<item><title>{escape(s.title)}</title><link>{base_url}{url(s)}</link><pubDate>{http_date(s.published)}</pubDate>"
                        + (f"<description>{escape(' '.join(s.paragraphs))}</description>" if feed_text else "")
                        + "</item>" for s in stories[:PER_PAGE])
        routes[f"{p}/feed/"] = Response(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(union.name)}</title>{items}</channel></rss>', content_type="application/rss+xml")
    about = (f"<article class='page'><h1 class='entry-title'>Giới thiệu</h1><p class='updated'>Cập nhật: 12/03/2021</p>"
             f"<p>{escape(union.name)} được thành lập năm 1992, là tổ chức chính trị – xã hội của trí thức khoa học và công nghệ tỉnh {union.province}, tập hợp các hội ngành nghề, các tổ chức khoa học và công nghệ trên địa bàn. Liên hiệp Hội có nhiệm vụ tư vấn, phản biện và giám định xã hội, phổ biến kiến thức khoa học và công nghệ, tôn vinh trí thức.</p>"
             f"<p>Trải qua hơn ba mươi năm xây dựng và phát triển, Liên hiệp Hội đã có 24 hội thành viên, 9 tổ chức khoa học và công nghệ trực thuộc với hàng nghìn hội viên là các nhà khoa học, kỹ sư, bác sĩ, nhà giáo đang công tác trên mọi lĩnh vực của đời sống xã hội tỉnh nhà.</p>"
             f"<p>Chủ tịch Liên hiệp Hội hiện nay là {escape(union.chair)}; Phó Chủ tịch Thường trực là {escape(union.vice)}. Trụ sở: {escape(union.address)}.</p></article>")
    routes[f"{p}/gioi-thieu/"] = Response(page("Giới thiệu", about))
    # Documents: a list of decisions and plans, each a page of fields (not an article).
    docs = [(214, "BC-LHH", "Báo cáo tổng kết 5 năm thực hiện Chỉ thị 42-CT/TW về trí thức", "12/01/2022"),
            (87, "KH-LHH", "Kế hoạch tổ chức Đại hội đại biểu Liên hiệp Hội tỉnh lần thứ VI", "03/03/2022"),
            (163, "QĐ-LHH", "Quyết định kiện toàn Hội đồng tư vấn khoa học và công nghệ", "20/06/2022"),
            (65, "TB-LHH", "Thông báo tuyển chọn tổ chức chủ trì đề tài khoa học năm 2023", "15/11/2022")]
    doc_rows = ""
    for number, kind, summary, day in docs:
        doc_url = f"{p}/van-ban/{number}-{kind.lower()}.html"
        doc_rows += f'<tr><td>{number}/{kind}</td><td><a href="{doc_url}">{escape(summary)}</a></td><td>{day}</td></tr>'
        fields = "".join(f"<tr><th>{k}</th><td>{escape(v)}</td></tr>" for k, v in [
            ("Số ký hiệu", f"{number}/{kind}"), ("Ngày ban hành", day), ("Loại văn bản", kind.split("-")[0]),
            ("Ngày có hiệu lực", day), ("Tình trạng hiệu lực", "Còn hiệu lực"),
            ("Lĩnh vực", "Khoa học và công nghệ; Tổ chức hội"), ("Trích yếu", summary),
            ("Cơ quan ban hành", union.name), ("Người ký", f"Chủ tịch {union.chair}"),
            ("Nơi nhận", "Các hội thành viên; Văn phòng Liên hiệp Hội; Lưu VT")])
        routes[doc_url] = Response(page(summary, f"<h1>{number}/{kind}</h1><table class='fields'>{fields}</table><p><a href='{p}/uploads/{number}.pdf'>Tải về</a></p>"))
    routes[f"{p}/van-ban/"] = Response(page("Văn bản", f"<table class='docs'><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày</th></tr>{doc_rows}</table>", "Văn bản"))
    chart = "<article class='page'><h1 class='entry-title'>Cơ cấu tổ chức</h1><ul><li>Ban Thường vụ</li><li>Văn phòng</li><li>Ban Tư vấn, phản biện</li><li>Ban Phổ biến kiến thức</li><li>Các hội thành viên</li></ul></article>"
    routes[f"{p}/co-cau-to-chuc/"] = Response(page("Cơ cấu tổ chức", chart))
    routes[f"{p}/lien-he/"] = Response(page("Liên hệ", f"<article class='page'><h1 class='entry-title'>Liên hệ</h1><p>{escape(union.address)}</p><p>Điện thoại: {union.phone} · Email: {union.email}</p></article>"))
    non_articles = [path for path in routes if path not in {g.path for g in gold}]
    edited_now = [url(s) for s in stories if edits.get(s.id) == night]
    return FixtureSite(name="archives", routes=routes, articles=gold, non_articles=non_articles,
                       disallowed=["/wp-admin/"], boilerplate=["Để lại bình luận", "Tin liên quan", "Thống kê truy cập"],
                       traps=[f"{p}/tin-tuc/page/"], edited=edited_now,
                       new=[url(s) for s in stories if s.id in fresh],
                       deleted=[url(s) for s in gone if deleted[s.id] == night])
