"""A Scrapy extension that prints one progress line every few seconds; changes nothing."""

from __future__ import annotations

import sys
import time

from scrapy import signals
from twisted.internet import task


class Progress:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.getfloat("LHH_PROGRESS_INTERVAL", 10.0))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        if self.interval > 0:
            self.loop = task.LoopingCall(self.log, spider)
            self.loop.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()

    def log(self, spider):
        report = getattr(spider, "report", None)
        if report is None:
            return
        totals = report.totals()
        stats = self.crawler.stats
        queued = (stats.get_value("scheduler/enqueued", 0) or 0) - (
            stats.get_value("scheduler/dequeued", 0) or 0)
        elapsed = time.monotonic() - self.started
        print(
            f"[lhh] {elapsed:6.0f}s  pages {totals['pages_fetched']}  "
            f"articles new {totals['articles_new']} updated {totals['articles_updated']}  "
            f"errors {totals['errors']}  queued {queued}",
            file=sys.stderr,
            flush=True,
        )
