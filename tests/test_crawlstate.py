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
