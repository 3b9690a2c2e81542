"""`lhh crawl --frontier redis://…`: one crawl worker of a distributed run; never SQLite.

The worker waits for the run `lhh ingest` publishes, then leases units (hosts) one at a
time, up to LHH_WORKER_UNITS at once, and crawls each leased unit with a Crawler of its
own: the same spider, the unit's sites only, what the archive knew of them read from Redis,
its frontier in Redis (crawler/frontier.py), fetched pages handed to the `lhh:pages`
stream. Leases are renewed while their crawl runs; a crawl that ends of itself marks its
unit done, one stopped by a signal gives its lease back, and a worker killed outright
lets its leases expire (LHH_LEASE_TTL seconds): another worker takes the units over and
puts their in-flight requests back in the queue. The worker exits when every unit is
done, or when ingest has closed the run.

All of a worker's crawls run in one process, one Twisted reactor, as Scrapy's
CrawlerProcess runs several crawlers.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from typing import TextIO

from crawler.config import Site
from crawler.runs import RunReport
from crawler.settings import build_settings
from crawler.sharedrun import RunInfo, SharedRun, worker_name

log = logging.getLogger(__name__)

LEASE_TTL = 30.0  # seconds a lease lasts unless renewed
WORKER_UNITS = 8  # hosts crawled at once by one worker
OUTBOX_MAX = 5000  # pages waiting for ingest above which the worker pauses


def worker_settings(url: str, sites: list[Site], overrides: dict[str, str], unit: str,
                    token: str) -> dict:
    """A unit's crawl: the usual settings, its frontier in Redis, its pages to the outbox."""
    settings = build_settings(sites, overrides)
    settings.update(
        SCHEDULER="crawler.frontier.Frontier",
        LHH_FRONTIER=url, LHH_UNIT=unit, LHH_LEASE_TOKEN=token,
        ITEM_PIPELINES={},
        EXTENSIONS={"crawler.frontier.Outbox": 500},
    )
    settings.pop("SCHEDULER_PRIORITY_QUEUE", None)
    return settings


class Worker:
    def __init__(self, url: str, shared: SharedRun, run: RunInfo, overrides: dict[str, str],
                 out: TextIO):
        self.url = url
        self.shared = shared
        self.run = run
        self.overrides = overrides
        self.out = out
        self.name = worker_name()
        self.ttl = float(overrides.pop("LHH_LEASE_TTL", LEASE_TTL))
        self.max_units = int(overrides.pop("LHH_WORKER_UNITS", WORKER_UNITS))
        self.outbox_max = int(overrides.pop("LHH_OUTBOX_MAX", OUTBOX_MAX))
        self.tick = min(0.5, self.ttl / 4)  # a host leased per tick: workers share them
        self.active: dict[str, tuple[str, object]] = {}  # unit -> (token, crawler)
        # Leases are renewed by a thread of their own: a busy event loop (a page that
        # takes long to parse) must not cost a live worker its hosts.
        self.lock = threading.Lock()
        self.leases: dict[str, str] = {}  # unit -> token, what the heartbeat renews
        self.lost: set[tuple[str, str]] = set()  # (unit, token) the heartbeat lost
        self.stopping = threading.Event()
        self.report = RunReport(run.id)
        self.process = None
        self.paused = False
        self.finished_units: list[str] = []

    def say(self, message: str) -> None:
        print(f"[lhh worker {self.name}] {message}", file=self.out, flush=True)

    def start(self) -> int:
        from scrapy.crawler import CrawlerProcess
        from scrapy.utils.defer import deferred_from_coro
        from scrapy.utils.reactor import install_reactor

        base = build_settings(list(self.run.sites.values()), dict(self.overrides))
        install_reactor(base.get("TWISTED_REACTOR")
                        or "twisted.internet.asyncioreactor.AsyncioSelectorReactor")
        from twisted.internet import reactor

        # What is the process's (logging); each unit's Crawler brings its own settings,
        # which the process's would otherwise override.
        self.process = CrawlerProcess({k: base[k] for k in ("LOG_LEVEL", "BOT_NAME")})
        outcome = {"code": 0}

        def main():
            d = deferred_from_coro(self._main())

            def stop(result):
                if hasattr(result, "getTraceback"):  # a Failure
                    print(result.getTraceback(), file=sys.stderr)
                    outcome["code"] = 1
                if reactor.running:
                    reactor.stop()
            d.addBoth(stop)

        reactor.callWhenRunning(main)
        heartbeat = threading.Thread(target=self._heartbeat, name="lhh-leases", daemon=True)
        heartbeat.start()
        try:
            self.process.start(stop_after_crawl=False)
        finally:
            self.stopping.set()
            heartbeat.join(timeout=5)
        return outcome["code"]

    def _heartbeat(self) -> None:
        shared = SharedRun.at(self.url)
        while not self.stopping.wait(self.ttl / 4):
            with self.lock:
                leases = dict(self.leases)
            for unit, token in leases.items():
                if not shared.renew(unit, token, self.ttl):
                    with self.lock:
                        self.lost.add((unit, token))

    async def _main(self) -> None:
        self.say(f"run {self.run.id}: {len(self.run.units)} host(s), "
                 f"{len(self.run.sites)} site(s)")
        while True:
            if self.shared.run_id() != self.run.id:
                self.say("the run was closed by ingest")
                break
            done = self.shared.done_units()
            if not self.active and done >= set(self.run.units):
                self.say(f"every host is done ({len(done)}); this worker crawled "
                         f"{len(self.finished_units)}")
                break
            self._renew()
            self._throttle()
            if len(self.active) < self.max_units and not self.paused:
                self._lease_one(done)
            await asyncio.sleep(self.tick)
        if self.active:  # closed under us: stop what still runs
            await asyncio.gather(*(c.stop_async() for _, c in self.active.values()))

    def _renew(self) -> None:
        """Crawls whose lease the heartbeat could not renew stop (another worker has it)."""
        with self.lock:
            lost, self.lost = self.lost, set()
        for unit, token in lost:
            if unit in self.active and self.active[unit][0] == token:
                self.say(f"lease of {unit} lost")
                self._outbox(self.active[unit][1]).lease_lost()
                with self.lock:
                    self.leases.pop(unit, None)

    def _throttle(self) -> None:
        """Pause the crawls while ingest is far behind, so Redis does not fill up."""
        backlog = self.shared.backlog()
        pause = backlog > self.outbox_max or (self.paused and backlog > self.outbox_max // 2)
        if pause != self.paused:
            self.paused = pause
            self.say(f"{'pausing' if pause else 'resuming'}: {backlog} pages wait for ingest")
            for _, crawler in self.active.values():
                engine = getattr(crawler, "_engine", None)
                if engine is not None:
                    (engine.pause if pause else engine.unpause)()

    def _lease_one(self, done: set[str]) -> None:
        from crawler.frontier import requeue

        for unit in self.run.units:
            if unit in done or unit in self.active:
                continue
            token = self.shared.acquire(unit, self.ttl, self.name)
            if token is None:
                continue
            back = requeue(self.shared.r, unit, token)
            self._crawl(unit, token)
            self.say(f"crawling {unit} ({', '.join(self.run.units[unit])})"
                     + (f", {back} request(s) taken back from a worker that stopped"
                        if back else ""))
            return

    def _crawl(self, unit: str, token: str) -> None:
        from scrapy.crawler import Crawler

        from spiders.association import AssociationSpider

        sites = [self.run.sites[s] for s in self.run.units[unit]]
        known = {s.id: self.shared.known(s.id) for s in sites}
        pending = {s.id: self.shared.pending(s.id) for s in sites}
        for waiting in self.shared.waiting(unit):  # a dead worker's, if it had the unit
            pending.setdefault(waiting.site, []).append(waiting)
        settings = worker_settings(self.url, sites, dict(self.overrides), unit, token)
        settings["LHH_PROGRESS_INTERVAL"] = 0  # the worker says what it does
        from scrapy.settings import Settings

        crawler = Crawler(AssociationSpider, Settings(settings, priority="cmdline"))
        report = RunReport(self.run.id)
        self.active[unit] = (token, crawler)
        with self.lock:
            self.leases[unit] = token
        d = self.process.crawl(crawler, sites=sites, report=report, known=known,
                               complete=set(self.run.complete), pending=pending,
                               full=self.run.full)
        started = time.monotonic()

        def ended(result):
            self.active.pop(unit, None)
            with self.lock:
                self.leases.pop(unit, None)
            self.shared.release(unit, token)
            if hasattr(result, "getTraceback"):
                self.say(f"crawl of {unit} failed: {result.getErrorMessage()}")
                return None
            if unit in self.shared.done_units():
                self.finished_units.append(unit)
                for site in sites:
                    self.report.sites[site.id] = report.site(site.id)
                self.say(f"done with {unit} in {time.monotonic() - started:.1f}s")
            return None
        d.addBoth(ended)

    @staticmethod
    def _outbox(crawler):
        from crawler.frontier import Outbox

        return crawler.get_extension(Outbox)


def wait_for_run(shared: SharedRun, out: TextIO, patience: float | None = None) -> RunInfo:
    """The run ingest published; waits for one (a worker may start first)."""
    started, said = time.monotonic(), False
    while True:
        run = shared.run()
        if run is not None:
            return run
        if not said:
            print("[lhh worker] waiting for `lhh ingest` to publish a run", file=out, flush=True)
            said = True
        if patience is not None and time.monotonic() - started > patience:
            raise TimeoutError("no run was published")
        time.sleep(0.5)


def run_worker(url: str, overrides: dict[str, str], out: TextIO) -> int:
    shared = SharedRun.at(url, check=True)
    run = wait_for_run(shared, out)
    worker = Worker(url, shared, run, dict(overrides), out)
    code = worker.start()
    worker.report.print(sys.stdout)
    return code
