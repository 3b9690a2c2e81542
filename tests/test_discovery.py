import pytest

from crawler import discovery, pagetype

BASE = "http://lhh.vn/"


def doc(body: str, url: str = BASE):
    return discovery.parse_html(body.encode("utf-8"), url)


def test_robots_rules_sitemaps_and_crawl_delay():
    robots = discovery.parse_robots(
        "User-agent: *\nDisallow: /admin/\nCrawl-delay: 2\nSitemap: http://lhh.vn/sm.xml\n", "lhh-archive"
    )
    assert robots.sitemaps == ("http://lhh.vn/sm.xml",)
    assert robots.crawl_delay == 2.0
    assert not robots.allowed("http://lhh.vn/admin/x", "lhh-archive")
    assert robots.allowed("http://lhh.vn/news/a.html", "lhh-archive")


def test_feed_autodiscovery():
    page = doc('<html><head><link rel="alternate" type="application/rss+xml" href="/rss/tin-tuc/">'
               '<link rel="stylesheet" href="/a.css"></head><body></body></html>')
    assert discovery.feed_links(page) == ["http://lhh.vn/rss/tin-tuc/"]


def test_a_feed_is_probed_only_where_the_cms_always_serves_one():
    from crawler.config import Site
    from crawler.following import feed_follows

    def probes(head: str, site_url: str = BASE) -> list[str]:
        page = doc(f"<html><head>{head}</head><body><p>Tin tức</p></body></html>", site_url)
        return [f.url for f in feed_follows(page, Site(id="s", name="s", url=site_url))]

    # A WordPress theme that dropped the announcement: the feed is still below the blog's home.
    theme = '<link rel="stylesheet" href="/hoi/wp-content/themes/news/style.css">'
    assert probes(theme, "http://lhh.vn/hoi/") == ["http://lhh.vn/hoi/feed/"]
    assert probes('<meta name="generator" content="WordPress 6.4.2">') == ["http://lhh.vn/feed/"]
    # Another CMS that announces nothing: no blind probes.
    assert probes('<meta name="generator" content="Joomla! - Open Source">') == []
    assert probes('<link rel="stylesheet" href="/themes/default/css/style.css">') == []
    # What a page announces wins.
    announced = '<link rel="alternate" type="application/rss+xml" href="/rss/tin-tuc/">'
    assert probes(announced + theme) == ["http://lhh.vn/rss/tin-tuc/"]


def test_parse_rss_and_atom():
    rss = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>
    <item><title>A</title><link>http://lhh.vn/news/a-1.html</link><pubDate>Tue, 10 Jan 2023 15:33:00 GMT</pubDate></item>
    <item><title>B</title><link> /news/b-2.html </link></item></channel></rss>"""
    entries = discovery.parse_feed(rss, BASE)
    assert [e.url for e in entries] == ["http://lhh.vn/news/a-1.html", "http://lhh.vn/news/b-2.html"]
    assert entries[0].modified.startswith("Tue, 10 Jan 2023")
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="http://lhh.vn/x/"/>
    <updated>2023-01-10T15:33:00Z</updated></entry></feed>"""
    (entry,) = discovery.parse_feed(atom, BASE)
    assert (entry.url, entry.modified) == ("http://lhh.vn/x/", "2023-01-10T15:33:00Z")
    assert discovery.parse_feed(b"<html><body>not a feed</body></html>", BASE) == []


def test_parse_sitemap_index_and_urlset():
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>http://lhh.vn/sitemap-news.xml</loc><lastmod>2023-01-10</lastmod></sitemap></sitemapindex>"""
    assert discovery.parse_sitemap(index, BASE) == (
        "index", [discovery.Entry("http://lhh.vn/sitemap-news.xml", "2023-01-10")])
    urlset = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://lhh.vn/a.html</loc></url>
      <url><loc>http://lhh.vn/b.html</loc><lastmod>2023-02-01T10:00:00+07:00</lastmod></url></urlset>"""
    kind, entries = discovery.parse_sitemap(urlset, BASE)
    assert kind == "urlset" and [e.url for e in entries] == ["http://lhh.vn/a.html", "http://lhh.vn/b.html"]
    assert discovery.parse_sitemap(b"garbage", BASE) == ("urlset", [])


def test_page_links_know_menus_and_pagers():
    page = doc("""<html><body><div id="menu"><a href="/news/">Tin tức</a></div>
      <div class="list"><a href="/news/hoi-nghi-tong-ket-nam-2022-12.html">Hội nghị tổng kết hoạt động năm 2022</a></div>
      <div class="pagination"><a href="/news/page-2">2</a><a href="/news/page-3">»</a></div>
      <a href="mailto:x@y.vn">mail</a></body></html>""")
    links = {link.url: link for link in discovery.page_links(page)}
    assert links["http://lhh.vn/news/"].nav
    assert not links["http://lhh.vn/news/hoi-nghi-tong-ket-nam-2022-12.html"].pager
    assert links["http://lhh.vn/news/page-2"].pager and links["http://lhh.vn/news/page-3"].pager
    assert all(url.startswith("http") for url in links)


def test_aspnet_pager_postbacks_only_paging():
    page = doc("""<html><body><form id="aspnetForm" method="post" action="./NewsList.aspx?CatId=3">
      <input type="hidden" name="__VIEWSTATE" value="abc"><input type="hidden" name="__EVENTTARGET" value="">
      <table class="pager"><tr><td><span>1</span></td>
      <td><a href="javascript:__doPostBack('ctl00$Main$gvNews','Page$1')">1</a></td>
      <td><a href="javascript:__doPostBack('ctl00$Main$gvNews','Page$2')">2</a></td>
      <td><a href="javascript:__doPostBack('ctl00$Main$gvNews','Page$3')">3</a></td>
      <td><a href="javascript:__doPostBack('ctl00$Main$pager$ctl02$ctl00','')">Trang sau</a></td></tr></table>
      <a href="javascript:__doPostBack('ctl00$Login$btn','')">Đăng nhập</a></form></body></html>""")
    form = discovery.postback_form(page)
    assert form is not None
    found = discovery.pager_postbacks(form)
    assert [(p.argument, p.text) for p in found] == [("Page$2", "2"), ("Page$3", "3"), ("", "Trang sau")]
    action, fields = discovery.postback_fields(form, found[0], "http://lhh.vn/NewsList.aspx?CatId=3")
    assert action == "http://lhh.vn/NewsList.aspx?CatId=3"
    assert ("__VIEWSTATE", "abc") in fields
    assert ("__EVENTTARGET", "ctl00$Main$gvNews") in fields and ("__EVENTARGUMENT", "Page$2") in fields
    assert [name for name, _ in fields].count("__EVENTTARGET") == 1


def _article(paragraphs: int) -> str:
    body = "".join(
        f"<p>Đoạn {i}: Hội nghị đã đánh giá kết quả hoạt động của Liên hiệp hội trong năm qua, "
        f"đồng thời đề ra phương hướng nhiệm vụ trọng tâm cho năm tới với nhiều giải pháp cụ thể.</p>"
        for i in range(paragraphs))
    menu = "".join(f"<li><a href='/c{i}/'>Mục {i}</a></li>" for i in range(10))
    return f"<html><body><ul class='menu'>{menu}</ul><h1>Tiêu đề</h1><div>{body}</div></body></html>"


def _listing(items: int) -> str:
    rows = "".join(
        f"<div class='item'><h3><a href='/news/bai-{i}.html'>Hội nghị tổng kết hoạt động năm {2000 + i} "
        f"của Liên hiệp hội tỉnh</a></h3><p>Sáng ngày 12/01, tại hội trường, Liên hiệp hội tổ chức hội nghị "
        f"tổng kết hoạt động năm {2000 + i} và triển khai nhiệm vụ năm tới với nhiều nội dung.</p></div>"
        for i in range(items))
    return f"<html><body><div class='list'>{rows}</div></body></html>"


def test_classify_article_listing_and_soft_404():
    assert pagetype.classify(doc(_article(5))).kind == "article"
    assert pagetype.classify(doc(_listing(12))).kind == "listing"
    missing = doc("<html><head><title>Thông báo</title></head><body><h1>Bài viết không tồn tại hoặc đã bị xóa"
                  "</h1><a href='/'>Về trang chủ</a></body></html>")
    info = pagetype.classify(missing)
    assert info.soft404 and info.kind == "other"
    assert pagetype.classify(doc(_article(5)), is_home=True).kind == "listing"


def test_an_article_page_that_now_says_it_is_not_there_is_gone_whatever_its_sidebars():
    title = "Gặp mặt, tôn vinh 20 trí thức tiêu biểu"
    # The site's template around one line, its sidebars long enough to pass for a body
    # on a page reached by a headline; the "most read" box still links the article.
    side = "".join(f"<p>Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, địa chỉ "
                   f"số {i} đường Nguyễn Nghiêm, điện thoại và thư điện tử liên hệ của văn phòng "
                   f"Liên hiệp hội, giấy phép của Sở Thông tin và Truyền thông.</p>" for i in range(4))
    gone = doc(f"<html><head><title>Liên hiệp hội tỉnh</title></head><body>"
               f"<div class='msg'>Bài viết không tồn tại hoặc đã bị xóa.</div>"
               f"<div class='box'><a href='/newsdetail.aspx?id=1893'>{title}</a></div>"
               f"<div id='footer'>{side}</div></body></html>")
    info = pagetype.classify(gone, headline=True)
    assert pagetype.no_longer_there(gone, info, title)
    # An article whose prose says "không tồn tại" is still there: its title is its own.
    prose = _article(5).replace("Tiêu đề", title).replace(
        "nhiều giải pháp cụ thể", "nhiều giải pháp, vì rào cản cũ không tồn tại nữa")
    page = doc(prose)
    assert not pagetype.no_longer_there(page, pagetype.classify(page, headline=True), title)


def test_classify_short_article_needs_markup():
    short = _article(1).replace("<h1>", "<article><h1>").replace("</div></body>", "</div></article></body>")
    plain = _article(1)
    assert pagetype.classify(doc(short)).kind == "article"
    assert pagetype.classify(doc(plain)).kind != "article"


def test_listing_with_long_teasers_is_not_an_article():
    teaser = ("Sáng ngày 12/01, tại hội trường tỉnh, Liên hiệp hội tổ chức hội nghị tổng kết hoạt động và "
              "triển khai nhiệm vụ năm tới, với sự tham dự của lãnh đạo tỉnh, các sở ngành, các hội thành "
              "viên và đông đảo trí thức khoa học và công nghệ trên địa bàn. ") * 2
    rows = "".join(
        f"<div class='item'><h3><a href='/news/bai-{i}.html'>Hội nghị tổng kết hoạt động năm {2000 + i} "
        f"của Liên hiệp hội tỉnh</a></h3><p>{teaser}</p></div>" for i in range(10))
    info = pagetype.classify(doc(f"<html><body>{rows}</body></html>"))
    assert len(teaser) >= pagetype.ARTICLE_RUN  # each excerpt alone is as long as a short article
    assert info.teasers == 10 and info.kind == "listing"


def test_article_followed_by_teaser_list_is_an_article():
    related = "".join(
        f"<li><a href='/news/bai-{i}.html'>Hội thảo khoa học về chuyển đổi số lần thứ {i} tại tỉnh nhà</a>"
        f"<p>Tóm tắt ngắn của bài viết liên quan số {i}, giới thiệu nội dung chính.</p></li>" for i in range(8))
    page = _article(4).replace("</body>", f"<h3>Tin liên quan</h3><ul>{related}</ul></body>")
    assert pagetype.classify(doc(page)).kind == "article"


@pytest.mark.parametrize(
    ("url", "href", "expected"),
    [
        ("http://a.vn/tin/bai-1.html", "/tin/bai-1.html?page=2", True),
        ("http://a.vn/tin/bai-1.html?page=2", "/tin/bai-1.html?page=3", True),
        ("http://a.vn/tin/bai-1.html?page=2", "/tin/bai-1.html?page=1", False),
        ("http://a.vn/tin/bai-1.html", "/tin/bai-2.html", False),
        ("http://a.vn/tin/bai-1", "/tin/bai-1/2", True),
        ("http://a.vn/node/123", "/node/124", False),
        ("http://a.vn/?p=123", "/?p=124", False),
        ("http://a.vn/tin/bai-1.html", "/tin/bai-1.html?print=1", False),
        # DotNetNuke: the later page is named by its record's id, in the path
        ("http://a.vn/tabid/96/articleId/1830/bai-1.aspx",
         "/tabid/96/articleId/1830/PageId/768/bai-1.aspx", True),
        ("http://a.vn/tabid/96/articleId/1830/bai-1.aspx",
         "/tabid/96/articleId/1831/PageId/768/bai-2.aspx", False),
    ],
)
def test_next_page_url_shapes(url, href, expected):
    page = f'<html><body><p>text</p><a href="{href}">2</a></body></html>'.encode()
    assert (discovery.next_page_url(discovery.parse_html(page, url), url) is not None) is expected


@pytest.mark.parametrize(
    ("link", "page", "expected"),
    [
        ("http://a.vn/tin/bai-1.html?page=2", "http://a.vn/tin/bai-1.html", True),
        ("http://a.vn/tin/bai-1.html", "http://a.vn/tin/bai-1.html?page=3", True),
        ("http://a.vn/tin/bai-1/3", "http://a.vn/tin/bai-1", True),
        ("http://a.vn/tin/bai-1", "http://a.vn/tin/bai-1/2", True),
        ("http://a.vn/tin/bai-2.html", "http://a.vn/tin/bai-1.html", False),
        ("http://a.vn/tin/bai-1.html?print=1", "http://a.vn/tin/bai-1.html", False),
        ("http://b.vn/tin/bai-1.html?page=2", "http://a.vn/tin/bai-1.html", False),
        ("http://a.vn/node/124", "http://a.vn/node/123", False),
        ("http://a.vn/?p=124", "http://a.vn/?p=123", False),
        ("http://a.vn/t/96/articleId/18/PageId/768/x.aspx", "http://a.vn/t/96/articleId/18/x.aspx", True),
        ("http://a.vn/t/96/articleId/19/PageId/768/x.aspx", "http://a.vn/t/96/articleId/18/x.aspx", False),
    ],
)
def test_is_part_of(link, page, expected):
    assert discovery.is_part_of(link, page) is expected


@pytest.mark.parametrize(
    ("url", "news"),
    [
        ("http://a.vn/post-sitemap.xml", True),
        ("http://a.vn/post-sitemap2.xml", True),
        ("http://a.vn/wp-sitemap-posts-post-1.xml", True),
        ("http://a.vn/sitemap-vi.news.xml", True),
        ("http://a.vn/sitemap.xml?page=2", True),
        ("http://a.vn/post_tag-sitemap.xml", False),
        ("http://a.vn/category-sitemap.xml", False),
        ("http://a.vn/author-sitemap.xml", False),
        ("http://a.vn/page-sitemap.xml", False),
        ("http://a.vn/wp-sitemap-taxonomies-category-1.xml", False),
        ("http://a.vn/wp-sitemap-users-1.xml", False),
        ("http://a.vn/wp-sitemap-posts-page-1.xml", False),
        ("http://a.vn/sitemap-vi.page.xml", False),
    ],
)
def test_child_sitemaps_of_archives_and_static_pages_are_not_news(url, news):
    assert discovery.lists_news(url) is news


def test_a_feed_item_says_what_changed_by_its_date_or_its_text():
    def feed(text: str) -> bytes:
        return (f"<?xml version='1.0'?><rss version='2.0'><channel><item><title>Hội thảo</title>"
                f"<link>http://lhh.vn/a.html</link><pubDate>Tue, 13 Jan 2026 07:28:00 GMT</pubDate>"
                f"<description>{text}</description></item></channel></rss>").encode()
    (before,), (same,), (edited,) = (discovery.parse_feed(feed(t), BASE)
                                     for t in ("Chiều 13/1", "Chiều 13/1", "Chiều 13/1, bổ sung"))
    assert before.signal == same.signal != edited.signal
    assert before.modified == edited.modified  # the date alone would not have told


def test_pages_named_by_an_id_follow_the_pager_labels():
    base = "http://a.vn/tabid/96/ctl/ArticleView/mid/530/articleId/1830"
    pager = (f'<div class="articlePages">Trang: <a href="{base}/bai.aspx">1</a> | <b>2</b> | '
             f'<a href="{base}/PageId/771/bai.aspx">Trang 3</a> | '
             f'<a href="{base}/PageId/768/bai.aspx">Trang 2</a></div>')
    page = f"<html><body><p>text</p>{pager}</body></html>".encode()
    second = f"{base}/PageId/768/bai.aspx"
    assert discovery.next_page_url(discovery.parse_html(page, second), second) == \
        f"{base}/PageId/771/bai.aspx"
    last = f"{base}/PageId/771/bai.aspx"
    assert discovery.next_page_url(discovery.parse_html(page, last), last) is None
