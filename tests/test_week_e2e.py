"""End to end: a week of nights after a first crawl (LHH_NOW advanced a day at a time), on
five development sites that change on several nights: one announcing nothing (no
sitemap, no feed, no validators), one whose server clock is a year behind (sitemap
<lastmod> and Last-Modified), one with a feed and a sitemap <lastmod> in local time
without an offset, one whose sitemap has no dates and whose feed carries the text, one
whose sitemap lists a story only the night after it appears. Edits
must become versions and deletions `gone`: the next night where a sitemap or feed says so, within the site's revalidate_days where nothing does; at a bounded
cost, with no version made by counters or dates; and nothing ever archived lost."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import ExitStack
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import run_lhh, write_sites
from tests.sites.archives import EDITED_ON, build_site
from tests.siteserver import SiteServer

pytestmark = pytest.mark.e2e
COUNT = 40
VARIANTS = {
    "plain": {},
    "behind": {"sitemap": "year-behind"},
    "naive": {"sitemap": "utc", "naive_lastmod": True, "feed": True},
    # WordPress core's sitemap: bare <loc>s; the feed's items carry the text, and so edits.
    "undated": {"sitemap": "utc", "sitemap_dates": False, "feed": True, "feed_text": True},
    "lagging": {"sitemap": "utc", "sitemap_lag": True},  # lists a story the night after
}
REVALIDATE_DAYS = {"plain": 3}  # sites.yaml: the site that announces nothing, every 3 days


def night_of(n: int) -> str:
    return f"2023-03-{n:02d}T02:00:00+07:00"


def path_of(url: str) -> str:
    return unquote(urlsplit(url).path)


def build(name: str, server: SiteServer, night: int):
    return build_site(server.url, night, count=COUNT, name=name, **VARIANTS[name])


@pytest.fixture(scope="module")
def week(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("week")
    db = tmp / "archive.db"
    with ExitStack() as stack:
        servers = {name: stack.enter_context(SiteServer()) for name in VARIANTS}
        sites_file = write_sites(tmp / "sites.yaml", [
            {"id": name, "name": name, "url": f"{s.url}/",
             **({"revalidate_days": REVALIDATE_DAYS[name]} if name in REVALIDATE_DAYS else {})}
            for name, s in servers.items()])
        nights = {}
        for n in range(1, 9):
            built = {name: build(name, s, n) for name, s in servers.items()}
            for name, s in servers.items():
                s.routes = built[name].routes
                s.clear_log()
            run = run_lhh("crawl", "--sites", str(sites_file), "--db", str(db),
                          "-s", "DOWNLOAD_DELAY=0", env={"LHH_NOW": night_of(n)})
            assert run.code == 0, run.stderr[-2000:]
            nights[n] = {"run": run, "built": built, "db": snapshot(db),
                         "log": {name: list(s.log) for name, s in servers.items()}}
    return nights, db


def is_article(path: str) -> bool:
    return re.match(r"/\d{4}/\d{2}/[^/]+/$", path) is not None


def snapshot(db) -> dict:
    with sqlite3.connect(db) as conn:
        articles = {path_of(u): (site, text, gone, version) for u, site, text, gone, version
                    in conn.execute("select url, site, text, gone, version from articles")}
        versions = {path_of(u): n for u, n in conn.execute(
            "select a.url, count(*) from article_versions v join articles a"
            " on a.id = v.article_id group by a.id")}
    return {"articles": articles, "versions": versions}


def caught_night(nights: dict, name: str, path: str, check) -> int | None:
    for n in sorted(nights):
        if check(nights[n]["db"], path):
            return n
    return None


def edit_caught(db: dict, path: str) -> bool:
    row = db["articles"].get(path)
    return bool(row and db["versions"].get(path) and "Cập nhật ngày" in row[1])


def deletion_caught(db: dict, path: str) -> bool:
    row = db["articles"].get(path)
    return bool(row and row[2])


def changes(nights: dict, name: str, kind: str) -> list[tuple[int, str]]:
    out = []
    for n, night in nights.items():
        site = night["built"][name]
        out += [(n, p) for p in (site.edited if kind == "edit" else site.deleted)]
    return out


def announced(nights: dict, name: str, n: int, kind: str, path: str) -> bool:
    """Whether the site told of the change on night `n`: a dated sitemap tells of every
    edit, a sitemap of bare <loc>s of none (the feed does, for the items it shows);
    every sitemap tells of a deletion by dropping the page."""
    if kind == "delete" or VARIANTS[name].get("sitemap_dates", True):
        return True
    feed = nights[n]["built"][name].routes["/feed/"].body
    return f"{path}</link>" in feed


@pytest.mark.parametrize("name", ["behind", "naive", "undated", "lagging"])
def test_changes_a_sitemap_or_feed_announces_are_caught_the_next_night(week, name):
    nights, _ = week
    told = 0
    for kind, check in (("edit", edit_caught), ("delete", deletion_caught)):
        for n, path in changes(nights, name, kind):
            if announced(nights, name, n, kind, path):
                told += kind == "edit"
                assert caught_night(nights, name, path, check) == n, (kind, n, path)
    assert told >= 1  # an edit the site told of, to be caught


def test_changes_nothing_announces_are_caught_within_revalidate_days(week):
    nights, _ = week
    days = REVALIDATE_DAYS["plain"]
    for kind, check in (("edit", edit_caught), ("delete", deletion_caught)):
        found = changes(nights, "plain", kind)
        assert found  # the week has such changes to find
        for n, path in found:
            if n + days > max(nights):
                continue  # the week ends before its turn is due
            caught = caught_night(nights, "plain", path, check)
            assert caught is not None and caught - n <= days, (kind, n, path, caught)


def test_every_night_archives_its_new_articles_and_no_spurious_versions(week):
    nights, _ = week
    edited = {p for name in VARIANTS for _, p in changes(nights, name, "edit")}
    for n, night in nights.items():
        for site in night["built"].values():
            for path in site.new:
                assert path in night["db"]["articles"], (n, path)
    assert set(nights[8]["db"]["versions"]) <= edited  # counters and dates made no version
    assert len(EDITED_ON) == len(changes(nights, "behind", "edit"))


def test_a_week_costs_the_news_plus_one_revalidation_of_the_archive(week):
    nights, _ = week
    requests = sum(len(log) for n, night in nights.items() if n > 1
                   for log in night["log"].values())
    # A perfect crawler reads robots.txt and what announces the news (the homepage, and
    # the sitemap and feed where the site has them), then fetches exactly what changed.
    announce = {name: 2 + bool(v.get("sitemap")) + bool(v.get("feed"))
                for name, v in VARIANTS.items()}
    minimum = sum(announce[name] + len(site.new) + len(site.edited) + len(site.deleted)
                  for n, night in nights.items() if n > 1
                  for name, site in night["built"].items())
    # Each archived article revalidated once in its site's period (plain: every 3 days).
    stored = [row[0] for row in nights[1]["db"]["articles"].values()]
    revalidations = sum(stored.count(name) * 7 / REVALIDATE_DAYS.get(name, 7)
                        for name in VARIANTS)
    assert requests <= minimum + 1.2 * revalidations, (requests, minimum, revalidations)
    # Revalidation is a conditional request: with the server's validators, or the Date of
    # its last answer where it gives none ('plain').
    for name in VARIANTS:
        article_requests = [r for n in range(2, 9) for r in nights[n]["log"][name]
                            if is_article(r.path)]
        conditional = [r for r in article_requests if "if-none-match" in r.headers
                       or "if-modified-since" in r.headers]
        assert len(conditional) >= 0.8 * len(article_requests), name


def test_nothing_ever_archived_is_lost(week):
    nights, db = week
    ever = set().union(*(set(night["db"]["articles"]) for night in nights.values()))
    export = run_lhh("export", "--format", "jsonl", "--db", str(db))
    exported = set()
    for line in export.stdout.splitlines():
        record = json.loads(line)
        exported |= {path_of(record["url"])} | {path_of(u) for u in record.get("also_at") or []}
    assert ever <= exported
    gone = {p for p, row in nights[8]["db"]["articles"].items() if row[2]}
    deleted = {p for name in VARIANTS for _, p in changes(nights, name, "delete")}
    assert gone <= deleted  # nothing live was taken for deleted


def revalidations_per_night(nights: dict, name: str, first: int, last: int) -> float:
    """Requests for archived articles nothing announced that night, a night on average."""
    count = 0
    for n in range(first, last + 1):
        site = nights[n]["built"][name]
        told = set(site.new) | set(site.edited) | set(site.deleted)
        count += sum(1 for r in nights[n]["log"][name]
                     if is_article(r.path) and r.path not in told)
    return count / (last - first + 1)


def test_a_sitemap_whose_dates_told_an_edit_vouches_for_its_pages(week):
    """Once a sitemap's <lastmod> has moved with an edit found on its page (night 3), its
    site's articles are revalidated four times less often: the sitemap tells of edits and
    deletions, and the week's later ones were still caught the next night (above)."""
    nights, db = week
    with sqlite3.connect(db) as conn:
        trust = {site: (path_of(source), told, missed) for source, site, told, missed
                 in conn.execute("select source, site, told, missed from signal_trust")}
    # Every edit of the week told by the sitemap; the site announcing nothing has none.
    assert trust == {name: ("/sitemap.xml", len(EDITED_ON), 0)
                     for name in ("behind", "naive", "lagging")}
    for name in ("behind", "naive"):
        before = revalidations_per_night(nights, name, 2, 3)
        after = revalidations_per_night(nights, name, 5, 8)
        assert before >= 4 and after <= before / 2, (name, before, after)
    plain_before = revalidations_per_night(nights, "plain", 2, 3)
    assert revalidations_per_night(nights, "plain", 5, 8) >= plain_before / 2


def test_a_feed_whose_items_a_vouching_sitemap_lists_is_read_monthly(week):
    """Once the sitemap has told an edit (night 3), the feed tells nothing it does not: no
    request a night for it; the sitemap still brings each night's news and edits (above)."""
    nights, _ = week
    feed = [n for n in range(2, 9) for r in nights[n]["log"]["naive"] if r.path == "/feed/"]
    sitemap = [n for n in range(2, 9) for r in nights[n]["log"]["naive"]
               if r.path == "/sitemap.xml"]
    assert sitemap == list(range(2, 9)) and feed == [2, 3], (feed, sitemap)


def test_stats_count_what_a_vouching_sitemap_lists_overdue_only_after_its_longer_period(week):
    nights, db = week
    run = run_lhh("stats", "--db", str(db), "--json", env={"LHH_NOW": night_of(17)})
    sites = {row["site"]: row for row in json.loads(run.stdout)["sites"]}
    # Nine days after the last night: past 'plain's 3 days and the 7 of the others, not 28.
    assert sites["plain"]["overdue"] == sites["plain"]["articles"]
    for name in ("behind", "naive"):
        assert sites[name]["overdue"] == 0, sites[name]
        assert sites[name]["oldest_validation"] < night_of(10)  # older than 7 days: vouched


def test_the_homepage_is_read_weekly_where_the_sitemap_lists_all_the_news(week):
    """Night 2's new article was in the sitemap too: from night 3 the homepage is a
    weekly check, and the news of nights 4 and 6 still came the night they appeared
    (above). Where the sitemap lists news a night late, or there is none, it is read
    every night."""
    nights, _ = week
    for name in VARIANTS:
        home = [n for n in range(2, 9) for r in nights[n]["log"][name] if r.path == "/"]
        every = name in ("plain", "lagging")
        assert home == (list(range(2, 9)) if every else [2]), (name, home)
