"""`lhh ingest --db archive.db --from redis://…`: the archive's only writer in a distributed
crawl; fetches nothing and runs no spider.

It publishes the run (crawler/sharedrun.py: the sites, what the archive knows of them,
their backfill state and pending frontier), then stores the pages crawl workers leave in
the `lhh:pages` stream with the very code a single-process crawl stores them with
(crawler/archiver.py): extraction in its process pool, templates, the news/static gate,
dedup, the frontier settled, one crawl_runs row per site. An entry is acknowledged (and
deleted) only once what it carried is committed, so a killed ingest loses nothing: the
next `lhh ingest` finds the run in Redis, takes back the entries it had not acknowledged
and goes on. A host's `done` entry closes its sites' rows; when every host is done the
run is over, its keys are deleted and the report printed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import TextIO

from crawler import clock, handoff
from crawler.archiver import Archiver
from crawler.config import Site
from crawler.policy import BACKFILL, FULL, INCREMENTAL
from crawler.runs import RunReport
from crawler.sharedrun import FINISHED, GROUP, PAGES, RUNROWS, RunInfo, SharedRun

log = logging.getLogger(__name__)

CONSUMER = "ingest"  # one ingest per run: it always reads as the same consumer
PROGRESS_EVERY = 10.0


class RemoteView:
    """The crawl as ingest sees it: from the run, the pages and the hosts' `done` entries."""

    def __init__(self, run: RunInfo):
        self.run = run
        self.down: dict[str, str | None] = {}
        self.walked: dict[str, bool] = {}
        self.modes: dict[str, str] = {}

    def site_down(self, site_id: str | None) -> str | None:
        return self.down.get(site_id)

    def mode(self, site_id: str) -> str:
        if site_id in self.modes:
            return self.modes[site_id]
        if self.run.full:
            return FULL
        return INCREMENTAL if site_id in self.run.complete else BACKFILL

    def walked_to_end(self, site_id: str) -> bool:
        return self.walked.get(site_id, False)


class Ingest:
    def __init__(self, shared: SharedRun, db_path: Path, workers: int, out: TextIO):
        self.shared = shared
        self.r = shared.r
        self.db_path = db_path
        self.workers = workers
        self.out = out
        self.acks: list[bytes] = []
        self.delivered: set[bytes] = set()  # entries read and not yet acknowledged
        self.tasks: set[asyncio.Task] = set()
        self.stored = 0
        self.errors = 0

    def say(self, message: str) -> None:
        print(f"[lhh ingest] {message}", file=self.out, flush=True)

    def start_run(self, sites: list[Site], full: bool) -> RunInfo:
        """The run in Redis if one is under way (a restarted ingest), else a new one."""
        from crawler.crawl import prepare

        run = self.shared.run()
        if run is not None:
            done = len(self.shared.done_units())
            self.say(f"resuming run {run.id}: {done}/{len(run.units)} host(s) done")
            return run
        if not sites:
            raise ValueError("no sites to crawl")
        known, complete, pending = prepare(self.db_path, sites)
        run = self.shared.publish(clock.stamp(), sites, known, complete, pending, full)
        self.say(f"run {run.id} published: {len(run.sites)} site(s) on {len(run.units)} "
                 f"host(s); start workers with `lhh crawl --frontier URL`")
        return run

    async def serve(self, run: RunInfo) -> RunReport:
        self.run = run
        self.view = RemoteView(run)
        self.report = RunReport(run.id)
        self.archiver = Archiver(self.db_path, run.id, self.workers, self.report, self.view,
                                 settled=self._settled)
        self.archiver.open()
        try:
            finished = {s.decode() for s in self.r.smembers(FINISHED)}
            rows = {k.decode(): int(v) for k, v in self.r.hgetall(RUNROWS).items()}
            for site_id in run.sites:
                if site_id in finished:
                    continue
                known = self.archiver.store.known_pages(site_id)
                row = self.archiver.begin_site(site_id, known, rows.get(site_id))
                self.r.hset(RUNROWS, site_id, row)
            await self._consume(finished)
        finally:
            self.archiver.shutdown_pool()
            self.archiver.close_store()
        return self.report

    async def _consume(self, finished: set[str]) -> None:
        # First what an earlier ingest was given and never acknowledged, then new pages.
        await self._recover(finished, everything=True)
        last = time.monotonic()
        started = last
        while True:
            # Blocks only when nothing is being stored (the client is not async).
            block = None if self.tasks else 500
            reply = self.r.xreadgroup(GROUP, CONSUMER, {PAGES: ">"}, count=50, block=block)
            entries = reply[0][1] if reply else []
            await self._take(entries, finished)
            if not entries and self.tasks:
                await asyncio.wait(self.tasks, timeout=0.05, return_when=asyncio.FIRST_COMPLETED)
            self._flush_acks()
            if not entries and not self.tasks:
                await self._recover(finished)
            if time.monotonic() - last >= PROGRESS_EVERY:
                last = time.monotonic()
                self._progress(started, finished)
            if finished >= set(self.run.sites) and not self.tasks:
                self._flush_acks()
                return

    def _lost_reads(self) -> bool:
        """Whether Redis gave this consumer entries it never saw: a read whose answer was
        lost (Redis stopped after the read, before replying; the client read again and was
        given the entries after those)."""
        return self.r.xpending(PAGES, GROUP)["pending"] > len(self.delivered)

    async def _recover(self, finished: set[str], everything: bool = False) -> None:
        """Take the entries given to this consumer and never seen: all of them at the start
        (an earlier ingest's, never acknowledged), those of lost reads later."""
        since = "0" if everything or self._lost_reads() else None
        taken = 0
        while since:
            reply = self.r.xreadgroup(GROUP, CONSUMER, {PAGES: since}, count=50)
            entries = reply[0][1] if reply else []
            since = entries[-1][0] if entries else None
            unseen = [e for e in entries if e[0] not in self.delivered]
            taken += len(unseen)
            await self._take(unseen, finished, recovering=True)
        if taken and not everything:
            self.say(f"{taken} entr{'y' if taken == 1 else 'ies'} of a read whose answer was "
                     "lost taken back")

    async def _take(self, entries: list, finished: set[str], recovering: bool = False) -> None:
        self.delivered.update(entry_id for entry_id, _ in entries)
        for entry_id, fields in entries:
            if not fields:  # deleted meanwhile
                self.acks.append(entry_id)
                continue
            if fields[b"type"] == handoff.DONE:
                if not recovering:  # the host's pages a lost read took come first
                    await self._recover(finished)
                await self._drain()
                await self._unit_done(entry_id, fields, finished)
                continue
            item = handoff.decode_item(fields)
            item["_entry"] = entry_id
            self.view.down[item["site"]] = item.pop("site_down", None)
            if item["site"] in finished:  # a late copy of a page already settled
                self.acks.append(entry_id)
                continue
            while len(self.tasks) >= 4 * self.workers + 2:
                await asyncio.wait(self.tasks, return_when=asyncio.FIRST_COMPLETED)
            task = asyncio.create_task(self._store(item))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _store(self, item: dict) -> None:
        try:
            await self.archiver.process(item)
            self.stored += 1
        except Exception as exc:  # as Scrapy does with a failing pipeline: said, counted
            log.exception("storing %s failed", item.get("url"))
            self.report.site(item["site"]).error(f"{item.get('url')}: storing failed: {exc}")
            self.acks.append(item["_entry"])

    async def _drain(self) -> None:
        while self.tasks:
            await asyncio.wait(self.tasks)

    async def _unit_done(self, entry_id: bytes, fields, finished: set[str]) -> None:
        unit, states = handoff.decode_done(fields)
        sites = [s for s in states if s not in finished]
        for site_id in sites:
            state = states[site_id]
            report = self.report.site(site_id)
            report.mode = state["mode"]
            report.pages_fetched += state["pages_fetched"]
            report.not_modified += state["not_modified"]
            report.errors += state["errors"]
            report.error_samples = (state["error_samples"] + report.error_samples)[:5]
            report.skipped.update(state["skipped"])
            report.reached = report.reached or state["reached"]
            report.down = report.down or state["down"]
            self.view.modes[site_id] = state["mode"]
            self.view.walked[site_id] = state["walked_to_end"]
            self.view.down[site_id] = state["down"]
        if sites:
            await self.archiver.finish_sites(sites)
            self.archiver.finish_runs("finished", sites)
            self.r.sadd(FINISHED, *sites)
            finished.update(sites)
            self.say(f"{unit} done: {', '.join(sites)}")
        self.acks.append(entry_id)
        self._flush_acks()

    def _settled(self, item: dict) -> None:
        if "_entry" in item:
            self.acks.append(item["_entry"])

    def _flush_acks(self) -> None:
        if not self.acks:
            return
        ids, self.acks = self.acks, []
        self.delivered.difference_update(ids)
        pipe = self.r.pipeline(transaction=True)
        pipe.xack(PAGES, GROUP, *ids)
        pipe.xdel(PAGES, *ids)
        pipe.execute()

    def _progress(self, started: float, finished: set[str]) -> None:
        totals = self.report.totals()
        self.say(f"{time.monotonic() - started:6.0f}s  pages stored {self.stored}  "
                 f"articles new {totals['articles_new']} updated {totals['articles_updated']}  "
                 f"sites done {len(finished)}/{len(self.run.sites)}  "
                 f"waiting in Redis {self.shared.backlog()}")


def run_ingest(url: str, db_path: Path, sites: list[Site], full: bool, workers: int,
               out: TextIO) -> RunReport:
    shared = SharedRun.at(url, check=True)
    ingest = Ingest(shared, db_path, workers, out)
    run = ingest.start_run(sites, full)
    report = asyncio.run(ingest.serve(run))
    shared.clear()
    ingest.say(f"run {run.id} is over: {ingest.stored} page(s) stored")
    return report
