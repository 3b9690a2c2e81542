"""The item pipeline of a single-process crawl: hands every item to the Archiver.

Never chooses URLs and stores nothing itself: extraction, templates, the news/static gate,
storing, settling the frontier and the run rows are crawler/archiver.py's, which
`lhh ingest` drives the same way without Scrapy. This adapter only ties it to the crawl:
the spider is its CrawlView and its report, Scrapy's signals say when the crawl ends.
"""

from __future__ import annotations

import logging
import os

from scrapy import signals

from crawler import coverage
from crawler.archiver import Archiver

log = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("LHH_DB", "archive.db")
        self.run = crawler.settings.get("LHH_RUN", "run")
        workers = crawler.settings.getint("LHH_EXTRACT_WORKERS", 0) or min(2, os.cpu_count() or 1)
        self.workers = workers
        self.archiver: Archiver | None = None

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self):
        spider = self.crawler.spider
        self.archiver = Archiver(self.db_path, self.run, self.workers, spider.report, spider)
        self.archiver.open()
        for site_id in spider.sites:
            self.archiver.begin_site(site_id, spider.known.get(site_id, {}))

    async def close_spider(self):
        try:
            await self.archiver.finish_sites()
        finally:
            self.archiver.shutdown_pool()

    def spider_closed(self, spider, reason):
        """Runs after close_spider, when Scrapy knows why the crawl ended."""
        try:
            self.archiver.finish_runs(reason)
            self._estimate_coverage()
        finally:
            self.archiver.close_store()

    def _estimate_coverage(self) -> None:
        """How complete each crawled site now is (crawler/coverage.py): a row per site."""
        try:
            coverage.record(self.archiver.store.db.conn, self.run, list(self.archiver.run_ids))
        except Exception as exc:  # an estimate that cannot be made must not fail the crawl
            log.error("coverage estimate failed: %s", exc)

    async def process_item(self, item):
        await self.archiver.process(item)
        return item
