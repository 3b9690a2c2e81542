"""Downloader middlewares that keep the crawl polite: one budget per host, robots.txt,
patient retries, and sites that are down left alone.

HostSlots puts every request in its host's download slot (2 connections and the site's
delay per host, whatever site, redirect or kind of request it comes from). RobotsGuard
drops any request robots.txt disallows, redirects included, and any request for a site
that went down during the run. BackoffRetry retries 5xx, 429 and network failures with
exponential backoff and waits as long as a server's Retry-After asks, up to a cap: a
server asking for more is down for this run, not something to sleep through.
"""

from __future__ import annotations

import asyncio
import logging
from email.utils import parsedate_to_datetime

import scrapy.exceptions
from scrapy.core.downloader import Downloader
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest
from twisted.internet.error import (
    ConnectError,
    ConnectionDone,
    ConnectionLost,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed

from crawler import clock
from crawler.urls import site_key

log = logging.getLogger(__name__)

RETRY_STATUSES = {500, 502, 503, 504, 408, 429, 520, 521, 522, 523, 524}
# Scrapy >= 2.19 wraps Twisted's errors in its own; older versions raise Twisted's.
_SCRAPY_NETWORK_ERRORS = tuple(
    getattr(scrapy.exceptions, name) for name in (
        "DownloadConnectionRefusedError", "CannotResolveHostError", "DownloadTimeoutError",
        "DownloadFailedError", "ResponseDataLossError",
    ) if hasattr(scrapy.exceptions, name)
)
NETWORK_ERRORS = (ConnectError, ConnectionDone, ConnectionLost, DNSLookupError,
                  TCPTimedOutError, TimeoutError, ResponseFailed, *_SCRAPY_NETWORK_ERRORS)


def host_slot(url: str) -> str:
    """The download slot of a URL: its host (www. or not) and port."""
    host, port = site_key(url)
    return f"{host}:{port}" if port else host


class PoliteDownloader(Downloader):
    """Scrapy's downloader, holding each slot to its concurrency.

    Scrapy counts a request against its slot only once the download task has started; with
    the asyncio reactor that happens a loop turn later, so a burst of queued requests
    (no delay between them) overran the slot: 5-7 requests at once to one host. Counting a
    request as transferring from the moment it leaves the slot's queue closes the gap
    (the download removes it as before).
    """

    def _wait_for_download(self, slot, request, queue_dfd):
        slot.transferring.add(request)
        return super()._wait_for_download(slot, request, queue_dfd)


def slow_down(downloader, slot: str, delay: float) -> None:
    """A host's robots.txt asks for a Crawl-delay: its slot waits at least that long."""
    slot_settings = downloader.per_slot_settings.setdefault(slot, {})
    slot_settings["delay"] = max(slot_settings.get("delay", 0.0), delay)
    if slot in downloader.slots:
        downloader.slots[slot].delay = slot_settings["delay"]


class HostSlots:
    """Every request, redirects included, waits in its host's slot."""

    def process_request(self, request):
        request.meta["download_slot"] = host_slot(request.url)


class RobotsGuard:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        spider = self.crawler.spider
        if not hasattr(spider, "robots_allow"):
            return None
        site = request.meta.get("site")
        if spider.site_down(site):
            raise IgnoreRequest(f"site down: {request.url}")
        if request.meta.get("kind") == "robots":
            return None
        if not spider.robots_allow(site, request.url):
            spider.note_skip(request.meta.get("site"), "robots")
            raise IgnoreRequest(f"disallowed by robots.txt: {request.url}")
        return None


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - clock.now()).total_seconds())


class BackoffRetry:
    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.times = settings.getint("LHH_RETRY_TIMES", 3)
        self.backoff = settings.getfloat("LHH_RETRY_BACKOFF", 2.0)
        self.cap = settings.getfloat("LHH_RETRY_AFTER_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _wait(self, request, asked: float | None) -> float:
        tries = request.meta.get("retry_times", 0)
        return min(self.cap, asked if asked is not None else self.backoff * (2 ** tries))

    async def _retry(self, request, reason: str, asked: float | None = None):
        # Giving up is reported once, in the crawl report, not as a logged error too.
        retry = get_retry_request(
            request, spider=self.crawler.spider, reason=reason, max_retry_times=self.times,
            give_up_log_level=logging.INFO,
        )
        if retry is None:
            return None
        await asyncio.sleep(self._wait(request, asked))
        return retry

    async def process_response(self, request, response):
        if response.status not in RETRY_STATUSES or request.meta.get("dont_retry"):
            return response
        asked = retry_after_seconds(response.headers.get("Retry-After", b"").decode("latin-1"))
        if asked is not None and asked > self.cap:
            # "Come back in an hour": the site is down for this run; the next run tries again.
            spider = self.crawler.spider
            if hasattr(spider, "mark_down") and request.meta.get("site"):
                spider.mark_down(request.meta["site"],
                                 f"answered {response.status} with Retry-After {asked:.0f} s")
            return response
        retry = await self._retry(request, f"http {response.status}", asked)
        return retry or response

    async def process_exception(self, request, exception):
        if isinstance(exception, NETWORK_ERRORS) and not request.meta.get("dont_retry"):
            return await self._retry(request, type(exception).__name__)
        return None
