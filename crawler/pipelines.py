"""The item pipeline: extract article pages in worker processes, then store every page.

Never chooses URLs. Extraction (trafilatura and our layers, ~40 ms of CPU a page) runs
in a process pool so it never blocks Scrapy's reactor. Article pages of a site wait
until the site's boilerplate template has seen enough of its pages, so even a site
crawled for the first time is cleaned with what repeats across it.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

from scrapy import signals

from crawler import boilerplate, clock
from crawler.crawlstate import CrawlState
from crawler.extract import extract
from crawler.gate import ArticleGate
from crawler.policy import BACKFILL
from crawler.store import Page, Store

log = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 80
MATURE_TEMPLATE = 12  # pages a template has seen before its cuts are final
TEMPLATE_SAVE_EVERY = 10  # pages


def extract_job(body: bytes, url: str, template_json: str | None, more_pages=()):
    """Runs in a worker: the article and the page's fingerprints for template learning."""
    template = boilerplate.SiteTemplate.from_json(template_json) if template_json else None
    article = extract(body, url=url, template=template, more_pages=more_pages)
    return article, boilerplate.page_fingerprints(body)


def fingerprint_job(body: bytes):
    return boilerplate.page_fingerprints(body)


class ArchivePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("LHH_DB", "archive.db")
        self.run = crawler.settings.get("LHH_RUN", "run")
        workers = crawler.settings.getint("LHH_EXTRACT_WORKERS", 0) or min(2, os.cpu_count() or 1)
        self.workers = workers
        self.store: Store | None = None
        self.state: CrawlState | None = None
        self.pool: ProcessPoolExecutor | None = None
        self.templates: dict[str, boilerplate.SiteTemplate] = {}
        self.waiting: dict[str, list[dict]] = defaultdict(list)
        self.gates: dict[str, ArticleGate] = defaultdict(ArticleGate)
        self.held: dict[str, tuple[dict, object]] = {}  # url -> (item, article) the gate holds
        self.run_ids: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    @property
    def report(self):
        return self.crawler.spider.report

    def open_spider(self):
        # A store that cannot open stops the crawl (the CLI turns it into one line).
        self.store = Store.open(self.db_path)
        self.state = CrawlState(self.store.db)
        # spawn, not fork: forking a process that runs a Twisted reactor copies its state.
        spawn = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(self.workers, mp_context=spawn)
        for site_id in self.crawler.spider.sites:
            saved = self.store.load_template(site_id)
            template = boilerplate.SiteTemplate.from_json(saved) if saved else None
            self.templates[site_id] = template or boilerplate.SiteTemplate()
            for url, page in self.crawler.spider.known.get(site_id, {}).items():
                if page.get("article_id"):
                    self.gates[site_id].know(url)
            mode = self.crawler.spider.mode(site_id)
            self.run_ids[site_id] = self.store.start_run(self.run, site_id, mode)
            self.state.begin_run(site_id, clock.stamp())

    async def close_spider(self):
        try:
            for site_id in list(self.waiting):
                await self._flush(site_id)
            for gate in self.gates.values():
                accepted, rejected = gate.finish()
                for url in accepted:
                    self._save(*self.held.pop(url))
                for url in rejected:
                    item, _ = self.held.pop(url)
                    self.report.site(item["site"]).skipped["static-page"] += 1
                    self._record(item, kind="other", note="static page")
            for site_id, template in self.templates.items():
                self.store.save_template(site_id, template.to_json(), template.pages_seen)
                await self._refresh_immature(site_id, template)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def spider_closed(self, spider, reason):
        """Runs after close_spider, when Scrapy knows why the crawl ended."""
        try:
            for site_id, run_id in self.run_ids.items():
                site_report = self.report.site(site_id)
                site_report.finished = time.monotonic()
                # Stopped by a signal or a timeout: what was stored is kept, but the run
                # did not see the whole site.
                status = "stopped" if reason in ("shutdown", "cancelled") else site_report.status
                if spider.mode(site_id) == BACKFILL and status == "ok" and \
                        reason == "finished" and spider.walked_to_end(site_id):
                    self.state.finish_backfill(site_id, clock.stamp())
                site_report.backfill = self.state.backfill(site_id).describe()
                error = "; ".join(site_report.error_samples[:3]) or None
                self.store.finish_run(run_id, status, site_report.counts(), error)
        finally:
            self.store.close()

    async def _refresh_immature(self, site_id: str, template) -> None:
        """Texts cut before the site's template had matured are cut again with it, so the
        archive does not depend on which pages a run happened to fetch first (or on a
        run that was killed before its template grew)."""
        if not template.ready:
            return
        stale = self.store.immature(site_id, min(template.pages_seen, MATURE_TEMPLATE))
        for row in stale:
            body = self.store.raw_html(row["url"])
            if body is None:
                continue
            try:
                article, _ = await self._in_pool(extract_job, body, row["url"], template.to_json())
            except Exception as exc:
                self.report.site(site_id).error(f"{row['url']}: re-extraction failed: {exc}")
                continue
            if article is not None and len(article.text) >= MIN_ARTICLE_CHARS:
                self.store.refresh_extraction(row["id"], article, template.pages_seen)

    async def _in_pool(self, func, *args):
        return await asyncio.get_running_loop().run_in_executor(self.pool, func, *args)

    def _settle(self, item: dict) -> None:
        """The request `item` answers is done; the ones its page led to are pending.
        Called inside the transaction that stores the page."""
        done = [item.get("request_key"), item.get("url"), *item.get("aliases", ())]
        self.state.settle(done, item.get("discovered") or [], self.run, clock.stamp())

    def _record(self, item: dict, kind: str | None = None, note: str | None = None) -> None:
        with self.store.transaction():
            self.store.record_page(_page(item, kind=kind, note=note))
            self._settle(item)

    async def process_item(self, item):
        kind = item["kind"]
        site_id = item["site"]
        if kind == "visited":  # nothing to store: a postback page, a request not needed
            with self.store.transaction():
                self._settle(item)
            return item
        if kind == "failed":
            if not self.crawler.spider.site_down(site_id):
                self.state.failed(item["request_key"])
            return item
        if kind == "not-modified":
            with self.store.transaction():
                self.store.touch_page(item["url"], 304)
                self._settle(item)
            return item
        if kind == "gone":
            with self.store.transaction():
                if self.store.mark_gone(_page(item)):
                    self.report.site(site_id).articles_gone += 1
                self._settle(item)
            return item
        if kind != "article":
            self._record(item)
            if kind in ("listing", "other"):
                await self._learn(site_id, item)
            return item
        template = self.templates[site_id]
        if not template.ready:
            self.waiting[site_id].append(item)
            await self._learn(site_id, item)
            if template.ready:
                await self._flush(site_id)
            return item
        await self._extract_and_store(item, learn=True)
        return item

    async def _learn(self, site_id: str, item: dict) -> None:
        try:
            prints = await self._in_pool(fingerprint_job, item["body"])
        except Exception as exc:  # a page we cannot parse teaches nothing; say so
            log.warning("fingerprints failed for %s: %s", item["url"], exc)
            return
        self._add_to_template(site_id, prints)

    def _add_to_template(self, site_id: str, prints) -> None:
        template = self.templates[site_id]
        template.add(prints)
        if template.pages_seen % TEMPLATE_SAVE_EVERY == 0:
            # Saved as it grows, so a killed run's learning is not lost with it.
            self.store.save_template(site_id, template.to_json(), template.pages_seen)

    async def _flush(self, site_id: str) -> None:
        held, self.waiting[site_id] = self.waiting[site_id], []
        await asyncio.gather(*(self._extract_and_store(item, learn=False) for item in held))

    async def _extract_and_store(self, item: dict, learn: bool) -> None:
        site_id = item["site"]
        template = self.templates[site_id]
        try:
            article, prints = await self._in_pool(
                extract_job, item["body"], item["url"], template.to_json(),
                item.get("more_pages") or (),
            )
        except Exception as exc:
            self.report.site(site_id).error(f"{item['url']}: extraction failed: {exc}")
            self._record(item, kind="error", note=f"extraction failed: {exc}")
            return
        if learn:
            self._add_to_template(site_id, prints)
        if article is None or len(article.text) < MIN_ARTICLE_CHARS:
            self.report.site(site_id).skipped["no-article-text"] += 1
            self._record(item, kind="other", note="no article text")
            return
        if item.get("menu_page"):  # linked only from the site's menu: a page of the site
            self.report.site(site_id).skipped["static-page"] += 1
            self._record(item, kind="other", note="static page (menu)")
            return
        # Whether it is news or a static page is the site's call (crawler/gate.py).
        self.held[item["url"]] = (item, article)
        for url in self.gates[site_id].offer(item["url"], item["url"], article.published):
            self._save(*self.held.pop(url))

    def _save(self, item: dict, article) -> None:
        with self.store.transaction():
            outcome = self.store.save_article(_page(item), article)
            self.store.note_template(item["url"], self.templates[item["site"]].pages_seen)
            for alias in item.get("aliases", ()):
                self.store.add_alias(alias, item["url"], item["site"])
            self._settle(item)
        site_report = self.report.site(item["site"])
        setattr(site_report, f"articles_{outcome}", getattr(site_report, f"articles_{outcome}") + 1)


def _page(item: dict, kind: str | None = None, note: str | None = None) -> Page:
    return Page(
        url=item["url"],
        site=item["site"],
        kind=kind or item["kind"],
        status=item["status"],
        body=item.get("body") or b"",
        content_type=item.get("content_type"),
        etag=item.get("etag"),
        last_modified=item.get("last_modified"),
        headers=item.get("headers") or {},
        note=note or item.get("note"),
        links=item.get("links"),
    )
