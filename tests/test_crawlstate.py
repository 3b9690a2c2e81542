"""The crawl's state between runs in a real SQLite archive: a killed run's frontier,
including the links it had set to wait for an idle moment."""

from __future__ import annotations

from crawler.config import Site
from crawler.crawlstate import CrawlState, Pending
from crawler.store import Store

STARTED = "2023-03-01T02:00:00+07:00"
NOW = "2023-03-01T02:05:00+07:00"


def test_a_killed_runs_waiting_links_wait_again_in_the_next_and_go_when_one_finishes(tmp_path):
    store = Store.open(tmp_path / "archive.db")
    store.ensure_site(Site(id="s", name="Hội", url="http://example.org/"))
    state = CrawlState(store.db)
    waits = Pending("s", "http://example.org/?p=12", "article", 5, waiting=True,
                    anchor="Hội thảo khoa học về nước sạch")
    asked = Pending("s", "http://example.org/tin-tuc/page/3/", "listing", 20)
    state.settle([], [waits, asked], STARTED, NOW)
    # The run dies here; the next one has both, told apart.
    pending = {p.url: p for p in state.pending("s")}
    assert pending[waits.url] == waits and pending[asked.url] == asked
    # A waiting link is not backfill still to do: only the listing's page is.
    assert state.backfill("s").pending == 1
    # A run that ended by itself let its waiting links go, or found them not worth it.
    state.drop_waiting("s")
    assert [p.url for p in state.pending("s")] == [asked.url]


def night(n: int) -> str:
    return f"2023-03-{n:02d}T02:00:00+07:00"


def test_a_sites_sitemaps_vouch_while_they_have_told_every_edit_found(tmp_path, monkeypatch):
    """Each edit found on a page a sitemap lists counts for the sitemaps if a date of the
    page moved that night, against them if not; one untold edit, in any of the site's
    sitemaps (one generator), and they vouch for nothing."""
    from crawler import clock
    from crawler.extract import Article
    from crawler.store import Page

    store = Store.open(tmp_path / "archive.db")
    store.ensure_site(Site(id="s", name="Hội", url="http://example.org/"))
    state = CrawlState(store.db)
    urls = [f"http://example.org/tin/{i}.html" for i in range(3)]
    maps = {"http://example.org/sitemap-2023.xml": urls[:1],  # a sitemap a year
            "http://example.org/sitemap-2022.xml": urls[1:]}

    def crawl(n: int, lastmods: dict[str, str], edits: dict[str, str]) -> set[str]:
        monkeypatch.setenv("LHH_NOW", night(n))
        run = clock.stamp()  # as the archiver stamps a run and what it stores
        for source, listed in maps.items():
            store.record_page(Page(source, "s", "sitemap", 200, b"<urlset/>"))
            state.note_signals("s", source, {u: lastmods[u] for u in listed}, run)
        for url in urls:
            text = edits.get(url, "Hội thảo khoa học về nước sạch nông thôn. " * 5)
            store.save_article(Page(url, "s", "article", 200, b"<html></html>"),
                               Article(url=url, title="Hội thảo", text=text + url))
        state.judge_sitemaps("s", run)
        return state.vouching_sitemaps("s")

    dates = {url: "2023-01-01" for url in urls}
    assert crawl(1, dates, {}) == set()  # no edit seen yet: no trust
    edited = "Hội thảo khoa học về nước sạch, cập nhật. " * 5
    assert crawl(2, {**dates, urls[0]: "2023-03-02"}, {urls[0]: edited}) == set(maps)
    assert crawl(3, {**dates, urls[0]: "2023-03-02"}, {urls[0]: edited}) == set(maps)
    # An edit of a page of the other sitemap whose date did not move: neither vouches.
    assert crawl(4, {**dates, urls[0]: "2023-03-02"},
                 {urls[0]: edited, urls[1]: edited}) == set()
    trust = {r["source"]: (r["told"], r["missed"]) for r in store.db["signal_trust"].rows}
    assert sum(t for t, _ in trust.values()) >= 1 and sum(m for _, m in trust.values()) >= 1
