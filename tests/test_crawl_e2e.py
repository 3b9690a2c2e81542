"""End to end: real crawls (`python -m crawler crawl` in a child process) of fixture sites
in four CMS styles served on loopback, checked against the sites' hand-written labels
and the servers' request logs."""

from __future__ import annotations

from contextlib import ExitStack

import pytest

from tests.conftest import path_of, query, run_lhh, write_sites
from tests.sites import SITES, build
from tests.siteserver import Response, SiteServer

pytestmark = pytest.mark.e2e


def crawl(tmp_path, servers: dict[str, SiteServer], *extra: str, db=None, env=None):
    sites_file = write_sites(
        tmp_path / "sites.yaml",
        [{"id": name, "name": f"Fixture {name}", "url": server.url + "/"}
         for name, server in servers.items()],
    )
    db = db or tmp_path / "archive.db"
    run = run_lhh("crawl", "--sites", str(sites_file), "--db", str(db),
                  "-s", "DOWNLOAD_DELAY=0", "-s", "LHH_RETRY_BACKOFF=0.2", *extra, env=env)
    return run, db


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory):
    """One crawl of all four fixture sites at once, as a nightly run would do."""
    tmp_path = tmp_path_factory.mktemp("first")
    with ExitStack() as stack:
        servers, sites = {}, {}
        for name in SITES:
            server = SiteServer()
            site = build(name, server.url)
            server.routes = site.routes
            servers[name] = stack.enter_context(server)
            sites[name] = site
        run, db = crawl(tmp_path, servers)
    return run, db, servers, sites


def test_first_crawl_succeeds_with_report(first_crawl):
    run, _, _, _ = first_crawl
    assert run.code == 0, run.stderr[-3000:]
    for name in SITES:
        assert name in run.stdout
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("name", SITES)
def test_every_labelled_article_archived_once(first_crawl, name):
    _, db, servers, sites = first_crawl
    site = sites[name]
    rows = query(db, "select a.id, a.url, a.title from articles a where a.site = ?", [name])
    urls = query(db, "select url, article_id from article_urls where site = ?", [name])
    by_path = {path_of(u["url"]): u["article_id"] for u in urls}
    missing, ids = [], []
    for gold in site.articles:
        found = [by_path[p] for p in [gold.path, *gold.aliases] if p in by_path]
        if not found:
            missing.append(gold.path)
        else:
            assert len(set(found)) == 1, f"{gold.path} split into several records"
            ids.append(found[0])
    recall = 1 - len(missing) / len(site.articles)
    assert recall >= 0.97, f"{name}: missing {missing}"
    assert len(ids) == len(set(ids)), "two labelled articles merged into one record"
    extra = [r["url"] for r in rows if r["id"] not in set(ids)]
    assert len(extra) <= 0.02 * len(rows), f"{name}: non-article records {extra}"


@pytest.mark.parametrize("name", SITES)
def test_robots_disallowed_paths_never_requested(first_crawl, name):
    _, _, servers, sites = first_crawl
    requested = servers[name].paths()
    assert requested[0] == "/robots.txt"
    for prefix in sites[name].disallowed:
        assert not [p for p in requested if p.startswith(prefix)], prefix


def test_requests_per_article_on_first_crawl(first_crawl):
    # Fixed costs (robots, sitemaps, feeds, menus, a few calendar pages) weigh on these
    # small sites; across them the whole first crawl must stay within 2 per article.
    _, _, servers, sites = first_crawl
    requests = sum(len(server.log) for server in servers.values())
    articles = sum(len(site.articles) for site in sites.values())
    assert requests / articles <= 2.0, {n: len(s.log) for n, s in servers.items()}
    for name, server in servers.items():
        assert len(server.log) / len(sites[name].articles) <= 2.5, server.paths()


def test_postback_only_articles_are_archived(first_crawl):
    _, db, servers, sites = first_crawl
    site = sites["aspnet"]
    only = [g for g in site.articles if g.postback_only]
    assert only, "the aspnet fixture must hide articles behind postback paging"
    archived = {path_of(r["url"]) for r in query(db, "select url from article_urls where site='aspnet'")}
    found = [g for g in only if g.path in archived]
    assert len(found) / len(only) >= 0.9
    assert any(r.method == "POST" and r.form.get("__EVENTTARGET") for r in servers["aspnet"].log)


def test_traps_are_bounded(first_crawl):
    _, db, servers, _ = first_crawl
    joomla = servers["joomla"].paths()
    calendar = [p for p in joomla if "calendar" in p or "lich" in p]
    assert len(calendar) <= 12, calendar
    wordpress = servers["wordpress"].paths()
    deep_pages = [p for p in wordpress if "/page/" in p]
    assert len(deep_pages) <= 12, deep_pages
    skipped = query(db, "select skipped from crawl_runs where site='joomla'")[0]["skipped"]
    assert "too-large" in skipped


def test_aliases_are_one_record_with_also_at(first_crawl):
    _, db, _, sites = first_crawl
    joomla = sites["joomla"]
    with_alias = [g for g in joomla.articles if g.aliases]
    assert with_alias
    rows = query(db, "select article_id, count(*) n from article_urls where site='joomla' group by article_id")
    # The homepage links some articles by their raw index.php URL too: each is one record
    # holding both URLs, which the export lists in also_at.
    assert sum(1 for r in rows if r["n"] >= 2) >= 3
    for gold in with_alias:
        hits = query(db, "select distinct article_id from article_urls where url like ? or url like ?",
                     [f"%{gold.path}", *[f"%{a}" for a in gold.aliases[:1]]])
        assert len(hits) <= 1


def test_a_page_that_fails_once_is_archived_and_a_down_site_does_not_stop_others(tmp_path):
    healthy = SiteServer()
    site = build("nukeviet", healthy.url)
    flaky_path = site.articles[0].path
    calls = {"n": 0}
    good = site.routes[flaky_path]

    def flaky(request):
        calls["n"] += 1
        if calls["n"] == 1:
            return Response("busy", status=503, headers={"Retry-After": "1"})
        return good(request) if callable(good) else good

    healthy.routes = {**site.routes, flaky_path: flaky}
    down = SiteServer()
    down_url = down.url
    down._httpd.server_close()  # nothing listens there any more: connection refused
    with healthy:
        servers = {"nukeviet": healthy}
        sites_file = write_sites(tmp_path / "sites.yaml", [
            {"id": "nukeviet", "name": "ok", "url": healthy.url + "/"},
            {"id": "down", "name": "down", "url": down_url + "/"},
        ])
        db = tmp_path / "a.db"
        run = run_lhh("crawl", "--sites", str(sites_file), "--db", str(db), "-s", "DOWNLOAD_DELAY=0",
                      "-s", "LHH_RETRY_BACKOFF=0.1", "-s", "DOWNLOAD_TIMEOUT=5")
        del servers
    assert run.code == 1 and "down" in run.stderr
    assert calls["n"] >= 2
    urls = {path_of(r["url"]) for r in query(db, "select url from article_urls")}
    assert flaky_path in urls
    runs = {r["site"]: r["status"] for r in query(db, "select site, status from crawl_runs")}
    assert runs == {"nukeviet": "ok", "down": "down"}


def _paragraphs(seed: str, n: int) -> list[str]:
    return [
        f"{seed} đoạn {i}: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với các hội thành "
        f"viên tổ chức chuỗi hoạt động phổ biến kiến thức, tư vấn và phản biện xã hội số {i}."
        for i in range(n)
    ]


def _page(title: str, paragraphs: list[str], extra: str = "", date: str = "10/01/2023") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><div class='menu'><a href='/'>Trang chủ"
            f"</a></div><h1>{title}</h1><div class='date'>Thứ ba - {date} 08:00</div>"
            f"<div class='content'>{body}</div>{extra}<div class='footer'>Bản quyền © Liên hiệp hội"
            f"</div></body></html>")


def test_multi_page_article_is_one_record_with_every_page_in_order(tmp_path):
    routes = {"/robots.txt": Response("User-agent: *\n", content_type="text/plain")}
    links = []
    for i in range(6):
        path = f"/tin-tuc/hoi-thao-khoa-hoc-so-{i}-{100 + i}.html"
        links.append(f"<li><a href='{path}'>Hội thảo khoa học số {i} về chuyển đổi số tỉnh nhà</a></li>")
        routes[path] = Response(_page(f"Hội thảo số {i}", _paragraphs(f"Bài {i}", 4),
                                      date=f"1{i}/01/2023"))
    long_path = "/tin-tuc/bao-cao-tong-ket-nhieu-trang-200.html"
    links.append(f"<li><a href='{long_path}'>Báo cáo tổng kết hoạt động năm 2022 nhiều trang</a></li>")
    parts = [_paragraphs(f"Phần {n}", 3) for n in range(3)]
    for n, paragraphs in enumerate(parts):
        suffix = "" if n == 0 else f"?page={n + 1}"
        pager = "".join(
            f"<a href='{long_path}{'' if k == 0 else f'?page={k + 1}'}'>{k + 1}</a>" for k in range(3))
        routes[long_path + suffix] = Response(_page("Báo cáo tổng kết", paragraphs,
                                                   f"<div class='pages'>{pager}</div>", "20/01/2023"))
    routes["/"] = Response(f"<html><body><ul>{''.join(links)}</ul></body></html>")
    with SiteServer(routes) as server:
        run, db = crawl(tmp_path, {"multi": server})
        requested = server.paths()
    assert run.code == 0, run.stderr[-2000:]
    rows = query(db, "select url, text from articles where url like ?", [f"%{long_path}"])
    assert len(rows) == 1
    text = rows[0]["text"]
    positions = [text.find(paragraphs[0]) for paragraphs in parts]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), positions
    assert not query(db, "select url from articles where url like '%?page=%'")
    assert requested.count(long_path + "?page=2") == 1


def test_site_patterns_overrule_structure(tmp_path):
    """article_pattern / listing_pattern in sites.yaml: a short notice the structure would
    not call an article is archived, and a category page with a long dated introduction is
    not; without the patterns the structure decides the other way."""
    routes = {"/robots.txt": Response("User-agent: *\n", content_type="text/plain")}
    links = []
    for i in range(4):
        path = f"/tin/hoi-thao-so-{i}.html"
        links.append(f"<li><a href='{path}'>Hội thảo khoa học số {i} về chuyển đổi số</a></li>")
        routes[path] = Response(_page(f"Hội thảo số {i}", _paragraphs(f"Bài {i}", 4),
                                      date=f"1{i}/01/2023"))
    notice = "/tin/thong-bao-nghi-le.html"
    links.append(f"<li><a href='{notice}'>Thông báo lịch nghỉ lễ của cơ quan năm 2023</a></li>")
    routes[notice] = Response(_page("Thông báo nghỉ lễ", [
        "Cơ quan Liên hiệp hội thông báo lịch nghỉ Tết Nguyên đán năm 2023 từ ngày 20/01 đến "
        "hết ngày 26/01/2023; các bộ phận bố trí trực theo quy định."], date="05/01/2023"))
    category = "/chuyen-muc/gioi-thieu-hoat-dong.html"
    links.append(f"<li><a href='{category}'>Giới thiệu</a></li>")
    routes[category] = Response(_page("Giới thiệu hoạt động", _paragraphs("Giới thiệu", 5),
                                      date="20/01/2023"))
    routes["/"] = Response(f"<html><body><ul>{''.join(links)}</ul></body></html>")

    def archived(extra: dict, name: str) -> set[str]:
        with SiteServer(routes) as server:
            sites = write_sites(tmp_path / f"{name}.yaml",
                                [{"id": "p", "name": "p", "url": server.url + "/", **extra}])
            db = tmp_path / f"{name}.db"
            run = run_lhh("crawl", "--sites", str(sites), "--db", str(db), "-s", "DOWNLOAD_DELAY=0")
            assert run.code == 0, run.stderr[-2000:]
        return {path_of(r["url"]) for r in query(db, "select url from articles")}

    plain = archived({}, "plain")
    told = archived({"article_pattern": r"/tin/", "listing_pattern": r"/chuyen-muc/"}, "told")
    assert notice not in plain and category in plain
    assert notice in told and category not in told
    assert {f"/tin/hoi-thao-so-{i}.html" for i in range(4)} <= plain & told
