"""Run one crawl of some sites in this process and return its report; never twice.

Scrapy's Twisted reactor cannot be restarted, so a process runs one crawl: the
scheduler and the tests start `python -m crawler crawl` as a child process.
"""

from __future__ import annotations

from pathlib import Path

from scrapy.crawler import CrawlerProcess

from crawler import clock
from crawler.config import Site
from crawler.crawlstate import CrawlState, Pending
from crawler.runs import RunReport
from crawler.settings import build_settings
from crawler.store import Store
from crawler.urls import canonical_url
from spiders.association import AssociationSpider


def prepare(db_path: Path, sites: list[Site]
            ) -> tuple[dict[str, dict[str, dict]], set[str], dict[str, list[Pending]]]:
    """Register the sites and read what the archive knows of them before this run: their
    pages, which sites finished their backfill, and what earlier runs left to fetch."""
    store = Store.open(db_path)
    try:
        state = CrawlState(store.db)
        known, pending = {}, {}
        for site in sites:
            store.ensure_site(site)
            known[site.id] = store.known_pages(site.id)
            # What each sitemap and feed said of a known page last time, and whether a
            # sitemap whose dates move with edits lists it (revisit.py).
            for (url, source), value in state.signals(site.id).items():
                if url in known[site.id]:
                    known[site.id][url].setdefault("signals", {})[source] = value
            for url in state.vouched(site.id) & known[site.id].keys():
                known[site.id][url]["vouched"] = True
            # The homepage's news were all in the sitemaps and feeds so far (policy.py).
            home = known[site.id].get(canonical_url(site.url) or "")
            if home is not None and state.news_in_indexes(site.id):
                home["news_in_indexes"] = True
            pending[site.id] = state.pending(site.id)
        return known, state.complete_sites(), pending
    finally:
        store.close()


def run_crawl(sites: list[Site], db_path: Path, overrides: dict[str, str], full: bool) -> RunReport:
    known, complete, pending = prepare(db_path, sites)
    run = clock.stamp()
    report = RunReport(run)
    settings = build_settings(sites, overrides)
    settings.update(LHH_DB=str(db_path), LHH_RUN=run)
    process = CrawlerProcess(settings)
    process.crawl(AssociationSpider, sites=sites, report=report, known=known,
                  complete=complete, pending=pending, full=full)
    process.start()
    return report
