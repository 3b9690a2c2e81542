"""Store what a crawl fetched: extract article pages in worker processes, learn each site's
template, tell news from static pages, save, settle the frontier, keep the run's rows;
never fetches, never chooses a URL, never imports Scrapy.

Two drivers feed it the same items: the crawl's item pipeline (crawler/pipelines.py) in a
single-process crawl, and `lhh ingest` (crawler/ingest.py), which reads the pages crawl
workers left in Redis. Extraction (trafilatura and our layers, ~40 ms of CPU a page) runs
in a process pool so it never blocks the event loop. Article pages of a site wait until
the site's boilerplate template has seen enough of its pages, so even a site crawled for
the first time is cleaned with what repeats across it.

What it must know of the crawl comes through a `CrawlView` (whether a site went down, its
mode, whether it was walked to its end), and each item it is done with (stored, recorded,
settled or dropped, its transaction committed) is passed to `settled`, so a driver that
must acknowledge its input (ingest) knows when it may.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Protocol

from crawler import boilerplate, clock
from crawler.crawlstate import CrawlState
from crawler.extract import extract
from crawler.gate import ArticleGate
from crawler.policy import BACKFILL, INCREMENTAL
from crawler.runs import RunReport
from crawler.store import Page, Store, text_hash

log = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 80
MATURE_TEMPLATE = 12  # pages a template has seen before its cuts are final
TEMPLATE_SAVE_EVERY = 10  # pages
STOPPED = ("shutdown", "cancelled")  # crawls that ended before seeing their whole sites


def extract_job(body: bytes, url: str, template_json: str | None, more_pages=()):
    """Runs in a worker: the article and the page's fingerprints for template learning."""
    template = boilerplate.SiteTemplate.from_json(template_json) if template_json else None
    article = extract(body, url=url, template=template, more_pages=more_pages)
    return article, boilerplate.page_fingerprints(body)


def fingerprint_job(body: bytes):
    return boilerplate.page_fingerprints(body)


class CrawlView(Protocol):
    """What the archiver asks of the crawl (the spider answers it in a single process)."""

    def site_down(self, site_id: str | None) -> str | None: ...

    def mode(self, site_id: str) -> str: ...

    def walked_to_end(self, site_id: str) -> bool: ...


class Archiver:
    def __init__(self, db_path: str | Path, run: str, workers: int, report: RunReport,
                 view: CrawlView, settled: Callable[[dict], None] | None = None):
        self.db_path = db_path
        self.run = run
        self.workers = workers
        self.report = report
        self.view = view
        self.settled = settled or (lambda item: None)
        self.store: Store | None = None
        self.state: CrawlState | None = None
        self.pool: ProcessPoolExecutor | None = None
        self.templates: dict[str, boilerplate.SiteTemplate] = {}
        self.waiting: dict[str, list[dict]] = defaultdict(list)
        self.gates: dict[str, ArticleGate] = defaultdict(ArticleGate)
        self.held: dict[str, tuple[dict, object]] = {}  # url -> (item, article) the gate holds
        self.later_aliases: dict[str, list[str]] = defaultdict(list)  # first URL -> seconds
        self.run_ids: dict[str, int] = {}

    # -- the run ----------------------------------------------------------------------------

    def open(self) -> None:
        # A store that cannot open raises: the crawl stops (the CLI turns it into one line).
        self.store = Store.open(self.db_path)
        self.state = CrawlState(self.store.db)
        # spawn, not fork: forking a process that runs a Twisted reactor copies its state.
        spawn = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(self.workers, mp_context=spawn)

    def begin_site(self, site_id: str, known: dict[str, dict], run_id: int | None = None) -> int:
        """Get ready to store `site_id`'s pages: its template, the articles the archive
        holds (`known`, url -> page), its crawl_runs row. With `run_id` the run was begun
        already (an ingest that restarts): its row is kept and not counted twice."""
        saved = self.store.load_template(site_id)
        template = boilerplate.SiteTemplate.from_json(saved) if saved else None
        self.templates[site_id] = template or boilerplate.SiteTemplate()
        for url, page in known.items():
            if page.get("article_id"):
                self.gates[site_id].know(url)
        if run_id is None:
            run_id = self.store.start_run(self.run, site_id, self.view.mode(site_id))
            self.state.begin_run(site_id, clock.stamp())
        self.run_ids[site_id] = run_id
        return run_id

    async def finish_sites(self, site_ids: list[str] | None = None) -> None:
        """The crawl of these sites (all by default) is over: the pages still waiting for
        their template or held by the gate are decided and stored, templates saved."""
        sites = list(self.templates) if site_ids is None else site_ids
        for site_id in [s for s in self.waiting if s in sites]:
            await self._flush(site_id)
        for site_id, gate in self.gates.items():
            if site_id not in sites:
                continue
            accepted, rejected = gate.finish()
            for url in accepted:
                self._save(*self.held.pop(url))
            for url in rejected:
                item, _ = self.held.pop(url)
                self.report.site(item["site"]).skipped["static-page"] += 1
                self._record(item, kind="other", note="static page")
        for site_id, template in self.templates.items():
            if site_id not in sites:
                continue
            self.store.save_template(site_id, template.to_json(), template.pages_seen)
            await self._refresh_immature(site_id, template)

    def finish_runs(self, reason: str, site_ids: list[str] | None = None) -> None:
        """Close the sites' crawl_runs rows; `reason` is why the crawl ended (Scrapy's)."""
        for site_id, run_id in self.run_ids.items():
            if site_ids is not None and site_id not in site_ids:
                continue
            site_report = self.report.site(site_id)
            site_report.finished = time.monotonic()
            self.state.judge_sitemaps(site_id, self.run)
            if self.view.mode(site_id) == INCREMENTAL:  # a backfill's "new" are old news
                self.state.judge_news(site_id, self.run)
            # Stopped by a signal or a timeout: what was stored is kept, but the run
            # did not see the whole site.
            status = "stopped" if reason in STOPPED else site_report.status
            if reason == "finished" and not self.view.site_down(site_id):
                self.state.drop_waiting(site_id)
            if self.view.mode(site_id) == BACKFILL and status == "ok" and \
                    reason == "finished" and self.view.walked_to_end(site_id):
                self.state.finish_backfill(site_id, clock.stamp())
            site_report.backfill = self.state.backfill(site_id).describe()
            error = "; ".join(site_report.error_samples[:3]) or None
            self.store.finish_run(run_id, status, site_report.counts(), error)

    def shutdown_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()

    # -- items ------------------------------------------------------------------------------

    async def process(self, item: dict) -> None:
        kind = item["kind"]
        site_id = item["site"]
        self._note_same_as(site_id, item.get("same_as") or ())
        if kind == "visited":  # nothing to store: a postback page, a request not needed
            with self.store.transaction():
                self._settle(item)
            self.settled(item)
            return
        if kind == "failed":
            if not self.view.site_down(site_id):
                self.state.failed(item["request_key"])
            self.settled(item)
            return
        if kind == "not-modified":
            with self.store.transaction():
                self.store.touch_page(item["url"], 304)
                self._settle(item)
            self.settled(item)
            return
        if kind == "gone":
            with self.store.transaction():
                if self.store.mark_gone(_page(item)):
                    self.report.site(site_id).articles_gone += 1
                self._settle(item)
            self.settled(item)
            return
        if kind != "article":
            self._record(item, done=False)
            if kind in ("listing", "other"):
                await self._learn(site_id, item)
            self.settled(item)
            return
        template = self.templates[site_id]
        if not template.ready:
            self.waiting[site_id].append(item)
            await self._learn(site_id, item)
            if template.ready:
                await self._flush(site_id)
            return
        await self._extract_and_store(item, learn=True)

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

    def _record(self, item: dict, kind: str | None = None, note: str | None = None,
                done: bool = True) -> None:
        with self.store.transaction():
            self.store.record_page(_page(item, kind=kind, note=note))
            if item.get("signals"):  # a sitemap's or feed's dates, with what it listed
                self.state.note_signals(item["site"], item["url"], item["signals"],
                                        clock.stamp())
            self._settle(item)
        if done:
            self.settled(item)

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
        template_json = template.to_json()
        try:
            article, prints = await self._in_pool(
                extract_job, item["body"], item["url"], template_json,
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
        item["same_content"] = await self._cut_differently(item, article, template_json)
        # Whether it is news or a static page is the site's call (crawler/gate.py).
        superseded = self.held.get(item["url"])
        self.held[item["url"]] = (item, article)
        if superseded is not None:  # the same page twice: the later fetch stands
            self.settled(superseded[0])
        for url in self.gates[site_id].offer(item["url"], item["url"], article.published):
            self._save(*self.held.pop(url))

    async def _cut_differently(self, item: dict, article, template_json: str) -> bool:
        """True when a stored article's text differs from this fetch's only because the
        template that cut it has grown since (a caption or a line that repeats on more or
        fewer of the site's pages now): the page as stored, cut with today's template,
        gives today's text. That is the same article better or worse cleaned, not an edit,
        and must not become a version."""
        stored = self.store.article_at(item["url"])
        if stored is None or item.get("more_pages"):
            return False  # later pages are not stored: the old cut cannot be redone
        if stored["text_hash"] == text_hash(article.text) and stored["title"] == article.title:
            return False
        old_body = self.store.raw_html(item["url"])
        if not old_body:
            return False
        try:
            old, _ = await self._in_pool(extract_job, old_body, item["url"], template_json)
        except Exception:  # the old page cannot be cut again: judge by the texts alone
            return False
        return (old is not None and old.title == article.title
                and text_hash(old.text) == text_hash(article.text))

    def _note_same_as(self, site_id: str, pairs) -> None:
        """Second addresses the crawl did not fetch (the first proved the article): each
        becomes another URL of the article, now or when its first address is stored."""
        for second, first in pairs:
            if self.store.article_at(first) is not None:
                self.store.add_alias(second, first, site_id)
            else:
                self.later_aliases[first].append(second)

    def _save(self, item: dict, article) -> None:
        with self.store.transaction():
            outcome = self.store.save_article(_page(item), article,
                                              same_content=item.get("same_content", False))
            self.store.note_template(item["url"], self.templates[item["site"]].pages_seen)
            addresses = [item["url"], *item.get("aliases", ())]
            later = [a for url in addresses for a in self.later_aliases.pop(url, ())]
            for alias in [*item.get("aliases", ()), *later]:
                self.store.add_alias(alias, item["url"], item["site"])
            self._settle(item)
        site_report = self.report.site(item["site"])
        setattr(site_report, f"articles_{outcome}", getattr(site_report, f"articles_{outcome}") + 1)
        self.settled(item)


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
