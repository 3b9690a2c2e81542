"""Sanity of the fixture sites themselves, over real HTTP on loopback: every labelled page is
served, links resolve, labels agree with the pages, night 2 differs from night 1 as
documented. The crawl tests trust these sites; these tests are why they may."""

from __future__ import annotations

import functools
import html
import re
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from lxml import html as lxml_html

from tests.sites import SITES, build
from tests.siteserver import SiteServer


class Fetcher:
    """GET/POST against a SiteServer, without following redirects."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(self._NoRedirect)

    def get(self, path: str, headers: dict | None = None, data: bytes | None = None):
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module", params=[(name, night) for name in SITES for night in (1, 2)],
                ids=lambda p: f"{p[0]}-night{p[1]}")
def served(request):
    name, night = request.param
    with SiteServer() as server:
        site = build(name, server.url, night)
        server.routes = site.routes
        yield site, Fetcher(server.url), server


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + ("?" + parts.query if parts.query else "")


def links(body: bytes, page_url: str) -> list[str]:
    """Same-site <a href> targets of a page, fragments dropped (as a browser follows them)."""
    doc = lxml_html.fromstring(body)
    base = doc.xpath("//base/@href")
    out = []
    for href in doc.xpath("//a/@href"):
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base[0] if base else page_url, href).split("#", 1)[0]
        if urlsplit(url).netloc == urlsplit(page_url).netloc:
            out.append(url)
    return out


def text_of(body: bytes) -> str:
    return " ".join(lxml_html.fromstring(body).text_content().split())


def test_every_labelled_article_and_alias_is_served(served):
    site, fetch, _ = served
    assert 12 <= len(site.articles) <= 28
    for gold in site.articles:
        status, headers, body = fetch.get(gold.path)
        assert status == 200, gold.path
        assert headers.get("ETag") and headers.get("Last-Modified"), gold.path
        for alias in gold.aliases:
            status, headers, _ = fetch.get(alias)
            assert status in (200, 301), alias
            if status == 301:  # a shortlink: it must lead to the article itself
                assert path_of(headers["Location"]) == gold.path


def test_labels_agree_with_the_article_pages(served):
    site, fetch, _ = served
    paths = [g.path for g in site.articles]
    assert len(set(paths)) == len(paths)
    assert len({g.title for g in site.articles}) == len(paths)
    bodies = [p for g in site.articles for p in g.paragraphs]
    assert len(set(bodies)) > 0.8 * len(bodies), "articles must not share most paragraphs"
    for gold in site.articles:
        _, _, body = fetch.get(gold.path)
        text = text_of(body)
        assert gold.title in text
        for paragraph in gold.paragraphs:
            assert paragraph in text, (gold.path, paragraph[:60])
        y, m, d = gold.published.split("-")
        assert f"{d}/{m}/{y}" in text or gold.published in html.unescape(body.decode()), gold.path
        if gold.author:
            assert gold.author in text
        for junk in site.boilerplate:
            assert not any(junk in p for p in gold.paragraphs), junk
    # Boilerplate is really there, on the article pages.
    first = text_of(fetch.get(site.articles[0].path)[2])
    present = [b for b in site.boilerplate if b in first]
    assert len(present) >= 0.6 * len(site.boilerplate), set(site.boilerplate) - set(present)


def test_non_articles_are_served_and_are_not_labelled(served):
    site, fetch, _ = served
    labelled = {p for g in site.articles for p in [g.path, *g.aliases]}
    assert not labelled & set(site.non_articles)
    for path in site.non_articles:
        status, _, _ = fetch.get(path)
        assert status == 200, path


def test_robots_disallows_what_pages_link_to(served):
    site, fetch, _ = served
    status, _, robots = fetch.get("/robots.txt")
    assert status == 200
    rules = re.findall(r"^Disallow:\s*(\S+)", robots.decode(), re.M)
    assert site.disallowed and set(site.disallowed) <= set(rules)
    linked = set()
    for path in ["/", site.articles[0].path]:
        linked |= {path_of(u) for u in links(fetch.get(path)[2], fetch.base + path)}
    for prefix in site.disallowed:
        assert any(p.startswith(prefix) for p in linked), f"nothing links to {prefix}"


# Links a site may carry that lead nowhere on purpose: admin and login areas, file
# downloads of the documents table, the print/mail popups' helpers.
_DEAD_BY_DESIGN = re.compile(
    r"^/(admin|administrator|wp-admin|Admin|tmp)/|^/(wp-login\.php|Login\.aspx)|/component/mailto/|"
    r"^/images/tailieu/\d{4}/|^/\?s=|^/search/")


# Query parameters that re-serve a page already walked (share, reply and print links).
_SAME_PAGE = re.compile(r"[?&](utm_\w+|replytocom|tmpl)=")


def walk(fetch: Fetcher, limit: int = 400):
    """Every page reachable from / by GET links (traps cut after a few steps)."""
    seen, queue, statuses = {"/"}, deque(["/"]), {}
    trap_steps = 0
    while queue and len(seen) < limit:
        path = queue.popleft()
        status, headers, body = fetch.get(path)
        statuses[path] = status
        if status == 301:
            target = path_of(headers["Location"])
            if target not in seen:
                seen.add(target)
                queue.append(target)
            continue
        ctype = headers.get("Content-Type", "")
        if status != 200 or "html" not in ctype or len(body) > 2_000_000:
            continue
        for url in links(body, fetch.base + path):
            target = path_of(url)
            if target in seen or _DEAD_BY_DESIGN.search(target) or _SAME_PAGE.search(target):
                continue
            if "month.calendar" in target or re.match(r"^/page/\d+/$", target):
                trap_steps += 1
                if trap_steps > 6:
                    continue
            seen.add(target)
            queue.append(target)
    return statuses


def test_links_resolve_and_reach_the_labelled_articles(served):
    site, fetch, _ = served
    statuses = walk(fetch)
    broken = sorted(p for p, s in statuses.items() if s not in (200, 301))
    assert not broken, broken
    reached = set(statuses)
    for gold in site.articles:
        if gold.postback_only:
            assert gold.path not in reached, f"{gold.path} is labelled postback-only but linked"
        else:
            assert gold.path in reached, f"{gold.path} is not linked from anywhere"


def test_validators_answer_conditional_requests(served):
    site, fetch, _ = served
    gold = site.articles[-1]
    _, headers, _ = fetch.get(gold.path)
    status, _, body = fetch.get(gold.path, {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    status, _, _ = fetch.get(gold.path, {"If-Modified-Since": headers["Last-Modified"]})
    assert status == 304


@functools.cache
def built(name: str, night: int):
    return build(name, "http://127.0.0.1:9", night)


def test_nights_differ_as_documented():
    for name in SITES:
        one, two = built(name, 1), built(name, 2)
        assert not (one.new or one.edited or one.deleted)
        assert 2 <= len(two.new) <= 3 and len(two.edited) == 1 and len(two.deleted) == 1
        first, second = {g.path: g for g in one.articles}, {g.path: g for g in two.articles}
        assert set(two.new) == set(second) - set(first)
        assert set(two.deleted) == set(first) - set(second)
        edited = two.edited[0]
        assert first[edited].paragraphs != second[edited].paragraphs
        assert one.routes[edited].etag != two.routes[edited].etag
        unchanged = [p for p in second if p in first and p != edited]
        for path in unchanged:
            assert first[path].paragraphs == second[path].paragraphs
            r1, r2 = one.routes[path], two.routes[path]
            assert r1.etag == r2.etag and r1.last_modified == r2.last_modified, path
            assert r1.body != r2.body, f"{name} {path}: counters and dates should change nightly"


def test_news_in_feeds_sitemaps_or_front_page_and_deleted_pages_gone(served):
    """Night 2's new articles are announced where a crawler looks first; deleted ones are
    gone from every announcement and answer 404 (the ASP.NET portal: its soft 404)."""
    site, fetch, server = served
    front = {path_of(u) for u in links(fetch.get("/")[2], server.url + "/")}
    discovery = "".join(
        fetch.get(p)[2].decode("utf-8", "replace") for p in site.non_articles
        if "xml" in p or "feed" in p or "rss" in p)
    for path in site.new:
        assert path in front or f"{server.url}{path}" in discovery, path
    for path in site.deleted:
        assert path not in discovery, path
        status, _, body = fetch.get(path)
        if site.name == "aspnet":
            assert status == 200 and "không tồn tại" in body.decode()
        else:
            assert status == 404


def test_aspnet_postback_pages_reveal_the_hidden_articles():
    with SiteServer() as server:
        site = build("aspnet", server.url)
        server.routes = site.routes
        fetch = Fetcher(server.url)
        hidden = {g.path for g in site.articles if g.postback_only}
        assert len(hidden) >= 0.3 * len(site.articles)
        found = set()
        for listing in [p for p in site.non_articles if p.startswith("/NewsList.aspx")]:
            body = fetch.get(listing)[2].decode()
            pages = re.findall(r"__doPostBack\('([^']+)','(Page\$\d+)'\)", body)
            for target, argument in pages:
                fields = r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)"'
                form = dict(re.findall(fields, body))
                form.update(__EVENTTARGET=target, __EVENTARGUMENT=argument)
                status, _, page = fetch.get(listing, data=urlencode(form).encode())
                assert status == 200
                found |= {path_of(u) for u in links(page, server.url + listing)}
            forged = urlencode({"__VIEWSTATE": "forged", "__EVENTTARGET": "ctl00$Main$pager",
                                "__EVENTARGUMENT": "Page$2"}).encode()
            assert fetch.get(listing, data=forged)[0] == 500
        assert hidden <= found
        status, _, body = fetch.get("/NewsDetail.aspx?Id=999999")
        assert status == 200 and "không tồn tại" in body.decode()


def test_joomla_traps_and_files():
    with SiteServer() as server:
        site = build("joomla", server.url)
        server.routes = site.routes
        fetch = Fetcher(server.url)
        calendar, huge = site.traps
        status, headers, body = fetch.get(huge)
        assert status == 200 and len(body) > 3_000_000
        seen, path = set(), calendar
        for _ in range(25):  # "next month" never runs out
            status, _, body = fetch.get(path)
            assert status == 200 and path not in seen
            seen.add(path)
            path = re.search(r'class="cal_arrowright"><a href="([^"]+)"', body.decode()).group(1)
        status, headers, body = fetch.get("/images/tailieu/baocao.pdf")
        assert headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF")
        for gold in site.articles[:3]:  # one article, three addresses
            sef = text_of(fetch.get(gold.path)[2])
            for alias in gold.aliases:
                assert all(p in text_of(fetch.get(alias)[2]) for p in gold.paragraphs)
            assert gold.title in sef


def test_wordpress_endless_pager_and_utc_dates():
    with SiteServer() as server:
        site = build("wordpress", server.url)
        server.routes = site.routes
        fetch = Fetcher(server.url)
        status, _, body = fetch.get("/page/99/")
        assert status == 200 and b'href="/page/100/"' in body
        last = [p for p in site.non_articles if re.match(r"^/page/\d+/$", p)][-1]
        heads = re.compile(rb'<h4 class="entry-title title"><a href="([^"]+)"')
        assert heads.findall(body) == heads.findall(fetch.get(last)[2])
        shifted = 0
        for gold in site.articles:
            body = fetch.get(gold.path)[2].decode()
            utc = re.search(r'"datePublished": "(\d{4}-\d{2}-\d{2})T(\d{2})', body)
            if utc.group(1) != gold.published:
                shifted += 1
                assert int(utc.group(2)) >= 17  # late evening UTC is the next day in Vietnam
        assert shifted == 1
        reply = re.search(r"href='([^']+\?replytocom=\d+)#respond'", "".join(
            fetch.get(g.path)[2].decode() for g in site.articles[:6])).group(1)
        first = fetch.get(site.articles[0].path)[2].decode()
        utm = re.search(r'href="([^"]+\?utm_source=zalo[^"]*)"', first)
        for variant in (reply, html.unescape(utm.group(1))):
            assert fetch.get(variant)[2] == fetch.get(variant.split("?")[0])[2]


def test_builds_are_deterministic():
    for name in SITES:
        a, b = built(name, 1), build(name, "http://127.0.0.1:9")
        assert [g.path for g in a.articles] == [g.path for g in b.articles]
        for path, route in a.routes.items():
            if not callable(route):
                assert route.body == b.routes[path].body and route.etag == b.routes[path].etag


def test_bundled_demo_site_is_current_and_served():
    """crawler/demo_site is what tests/sites/demo.py writes, and every page it labels or
    links to is served by the demo's own static server."""
    import json

    from crawler.demo import DEMO_SITE, serve_site
    from tests.sites.demo import render

    files, labels = render()
    on_disk = {str(p.relative_to(DEMO_SITE)) for p in DEMO_SITE.rglob("*") if p.is_file()}
    assert on_disk == set(files) | {"labels.json"}, "run: python -m tests.sites.demo"
    for relative, text in files.items():
        assert (DEMO_SITE / relative).read_text(encoding="utf-8") == text, relative
    assert json.loads((DEMO_SITE / "labels.json").read_text(encoding="utf-8")) == labels
    assert 8 <= len(labels["articles"]) <= 12
    with serve_site(DEMO_SITE) as base:
        fetch = Fetcher(base)
        statuses = walk(fetch)
        broken = sorted(p for p, s in statuses.items() if s != 200)
        assert not broken, broken
        for article in labels["articles"]:
            assert article["path"] in statuses
            text = text_of(fetch.get(article["path"])[2])
            assert article["title"] in text and all(p in text for p in article["paragraphs"])
        feed = fetch.get("/rss.xml")[2].decode()
        assert "{{BASE}}" not in feed and f"{base}{labels['articles'][0]['path']}" in feed
