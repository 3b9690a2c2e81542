"""A distributed crawl, end to end: a real redis-server on a free loopback port, crawl
workers (`lhh crawl --frontier`) and one `lhh ingest`, each a child process, against the
four fixture sites served on loopback with latency. Compared with one single-process crawl
of the same sites; then a worker killed, the ingest killed, Redis restarted."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT, path_of, query, run_lhh, write_sites
from tests.redisserver import LossyRelay, RedisServer, redis_binary
from tests.sites import SITES, build
from tests.siteserver import SiteServer

pytest.importorskip("scrapy_redis", reason="the `distributed` extra is not installed")
pytestmark = [pytest.mark.e2e, pytest.mark.distributed]

TTL = "3"  # seconds: a dead worker's hosts are taken over quickly


def archive(db: Path, servers: dict) -> dict:
    """What an archive holds, with each server's address replaced by its site's name."""
    hosts = {urlsplit(s.url).netloc: name for name, s in servers.items()}

    def name(url):
        parts = urlsplit(url)
        return f"{hosts.get(parts.netloc, parts.netloc)}{path_of(url)}"
    articles = {name(r["url"]): r["text"] for r in query(db, "select url, text from articles")}
    return {
        "articles": articles,
        "urls": sorted(name(r["url"]) for r in query(db, "select url from article_urls")),
        "duplicates": sorted(name(r["url"]) for r in query(db, "select url from duplicates")),
        "runs": query(db, "select site, status from crawl_runs order by site"),
    }


def same_texts(a: str, b: str) -> bool:
    """Equal but for short lines (photo captions): whether the site's template had seen
    a caption repeated when a page was cut depends on the order pages arrived in, and two
    single-process crawls of these sites differ in the same way."""
    pa, pb = set(a.split("\n\n")), set(b.split("\n\n"))
    return all(len(p) < 80 for p in pa ^ pb)


@pytest.fixture(scope="module")
def farm():
    """The four fixture sites, each on its own loopback server answering in 40 ms."""
    with ExitStack() as stack:
        servers, sites = {}, {}
        for name in SITES:
            server = SiteServer(answer_delay=0.04)
            site = build(name, server.url)
            server.routes = site.routes
            servers[name] = stack.enter_context(server)
            sites[name] = site
        yield servers, sites


def sites_file(tmp_path: Path, servers: dict) -> Path:
    return write_sites(tmp_path / "sites.yaml",
                       [{"id": n, "name": f"Fixture {n}", "url": s.url + "/"}
                        for n, s in servers.items()])


@pytest.fixture(scope="module")
def reference(farm, tmp_path_factory):
    """One single-process crawl of the farm: what a distributed crawl must give."""
    servers, _ = farm
    tmp = tmp_path_factory.mktemp("single")
    run = run_lhh("crawl", "--sites", str(sites_file(tmp, servers)), "--db", str(tmp / "a.db"),
                  "-s", "DOWNLOAD_DELAY=0")
    assert run.code == 0, run.stderr[-3000:]
    reset(servers)
    return archive(tmp / "a.db", servers)


def reset(servers: dict) -> None:
    for server in servers.values():
        server.reset()


class Cluster:
    """Ingest and workers of one distributed run, as child processes in `tmp`."""

    def __init__(self, tmp: Path, redis: RedisServer, sites: Path):
        self.tmp, self.redis, self.sites = tmp, redis, sites
        self.url = redis.url  # where ingest and workers find Redis
        self.db = tmp / "archive.db"
        self.procs: list[tuple[str, subprocess.Popen]] = []
        self.env = {k: v for k, v in os.environ.items() if k not in ("LHH_DB", "LHH_NOW")}
        self.env["PYTHONPATH"] = str(ROOT)

    def _start(self, name: str, *args: str) -> subprocess.Popen:
        n = sum(1 for p, _ in self.procs if p.startswith(name))
        label = f"{name}{n}"
        with open(self.tmp / f"{label}.out", "w") as out, \
                open(self.tmp / f"{label}.err", "w") as err:
            proc = subprocess.Popen([sys.executable, "-m", "crawler", *args], cwd=self.tmp,
                                    env=self.env, stdout=out, stderr=err)
        self.procs.append((label, proc))
        return proc

    def ingest(self) -> subprocess.Popen:
        return self._start("ingest", "ingest", "--sites", str(self.sites), "--db", str(self.db),
                           "--from", self.url)

    def worker(self) -> subprocess.Popen:
        # No --db: a worker has none. Run in `tmp`, where any archive.db would show.
        return self._start("worker", "crawl", "--frontier", self.url,
                           "-s", "DOWNLOAD_DELAY=0", "-s", f"LHH_LEASE_TTL={TTL}")

    def log(self, label: str) -> str:
        return (self.tmp / f"{label}.err").read_text() + (self.tmp / f"{label}.out").read_text()

    def wait_all(self, timeout: float = 180) -> dict[str, int]:
        deadline = time.monotonic() + timeout
        codes = {}
        for label, proc in self.procs:
            try:
                codes[label] = proc.wait(timeout=max(1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                for _, p in self.procs:
                    p.kill()
                raise AssertionError(f"{label} did not finish:\n" + "\n".join(
                    f"== {lb}\n{self.log(lb)[-2000:]}" for lb, _ in self.procs)) from None
        return codes

    def kill_all(self) -> None:
        for _, proc in self.procs:
            if proc.poll() is None:
                proc.kill()


@pytest.fixture
def cluster(tmp_path, farm):
    servers, _ = farm
    with RedisServer(tmp_path / "redis") as redis:
        c = Cluster(tmp_path, redis, sites_file(tmp_path, servers))
        try:
            yield c
        finally:
            c.kill_all()


def wait_until(condition, timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return query(db, "select count(*) n from articles")[0]["n"]
    except sqlite3.OperationalError:
        return 0


def assert_nothing_lost(got: dict, reference: dict, sites: dict) -> None:
    lost = set(reference["articles"]) - set(got["articles"])
    extra = set(got["articles"]) - set(reference["articles"])
    assert not lost and not extra, (lost, extra)
    assert got["urls"] == reference["urls"], set(got["urls"]) ^ set(reference["urls"])
    assert got["duplicates"] == reference["duplicates"]
    differ = [u for u, text in got["articles"].items()
              if not same_texts(text, reference["articles"][u])]
    assert not differ, differ
    # Every labelled article is one record, archived once.
    for name, site in sites.items():
        for gold in site.articles:
            paths = {f"{name}{p}" for p in [gold.path, *gold.aliases]}
            assert len(paths & set(got["urls"])) >= 1 or \
                not paths & set(reference["urls"]), gold.path


def test_three_workers_and_one_ingest_give_the_archive_of_one_process(cluster, farm, reference):
    servers, sites = farm
    redis_binary()
    cluster.ingest()
    for _ in range(3):
        cluster.worker()
    codes = cluster.wait_all()
    assert set(codes.values()) == {0}, codes
    got = archive(cluster.db, servers)
    assert_nothing_lost(got, reference, sites)
    assert [r["status"] for r in got["runs"]] == ["ok"] * len(SITES)
    # The work was shared, and no worker wrote an archive of its own.
    crawled = [lb for lb, _ in cluster.procs if lb.startswith("worker")
               and "done with" in cluster.log(lb)]
    assert len(crawled) >= 2, [cluster.log(lb) for lb, _ in cluster.procs]
    assert sorted(p.name for p in cluster.tmp.glob("*.db")) == ["archive.db"]
    # Politeness across workers: never more than 2 connections to a host at once.
    for name, server in servers.items():
        assert server.log, name
        assert server.max_busy <= 2, (name, server.max_busy)
    assert max(s.max_busy for s in servers.values()) == 2  # they did run in parallel
    for label, _ in cluster.procs:
        assert "Traceback" not in cluster.log(label), cluster.log(label)[-3000:]


def holder(redis_url: str, pid: int) -> list[str]:
    """The hosts a worker (by its process id) holds the lease of."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return [k.decode()[len("lhh:lease:"):] for k in client.scan_iter("lhh:lease:*")
                if (v := client.get(k)) and v.decode().split(":")[0].endswith(f"-{pid}")]
    finally:
        client.close()


@contextmanager
def slow(servers: dict):
    """Answers take 120 ms: a crawl long enough (~8 s) to be caught in the middle."""
    for server in servers.values():
        server.answer_delay = 0.12
    try:
        yield
    finally:
        for server in servers.values():
            server.answer_delay = 0.04


def units_done(redis_url: str) -> int:
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return client.scard("lhh:done")
    finally:
        client.close()


def test_a_worker_killed_mid_crawl_loses_nothing(cluster, farm, reference):
    servers, sites = farm
    reset(servers)
    by_unit = {urlsplit(s.url).netloc: s for s in servers.values()}
    with slow(servers):
        cluster.ingest()
        victim = cluster.worker()
        # Caught mid-crawl: holding a host that has answered some requests, not all.
        wait_until(lambda: any(len(by_unit[u].log) >= 8
                               for u in holder(cluster.redis.url, victim.pid)),
                   what="the worker to be crawling")
        held = holder(cluster.redis.url, victim.pid)
        others = [cluster.worker(), cluster.worker()]
        victim.kill()
        victim.wait()
        codes = {lb: p.wait(timeout=180) for lb, p in cluster.procs if p is not victim}
    assert set(codes.values()) == {0}, {lb: cluster.log(lb)[-2000:] for lb in codes}
    assert_nothing_lost(archive(cluster.db, servers), reference, sites)
    takeovers = "".join(cluster.log(lb) for lb, p in cluster.procs if p in others)
    assert any(f"crawling {unit}" in takeovers for unit in held), takeovers
    assert "taken back from a worker that stopped" in takeovers
    leases = [line for lb, _ in cluster.procs for line in cluster.log(lb).splitlines()
              if "crawling " in line or "lease" in line]  # who held which host, to debug
    for name, server in servers.items():
        assert server.max_busy <= 2, (name, server.max_busy, leases)


def test_ingest_killed_then_restarted_loses_nothing(cluster, farm, reference):
    servers, sites = farm
    with slow(servers):
        first = cluster.ingest()
        cluster.worker()
        cluster.worker()
        wait_until(lambda: stored_articles(cluster.db) >= 10, what="some articles stored")
        first.kill()
        first.wait()
        time.sleep(1)  # the workers go on handing pages over meanwhile
        assert units_done(cluster.redis.url) < len(SITES), "killed too late to tell"
        cluster.ingest()
        codes = {lb: p.wait(timeout=180) for lb, p in cluster.procs if p is not first}
    assert set(codes.values()) == {0}, {lb: cluster.log(lb)[-2000:] for lb in codes}
    assert "resuming run" in cluster.log("ingest1")
    got = archive(cluster.db, servers)
    assert_nothing_lost(got, reference, sites)
    # One run row per site, closed: the restarted ingest kept the rows it had begun.
    assert sorted(r["site"] for r in got["runs"]) == sorted(SITES)
    assert {r["status"] for r in got["runs"]} == {"ok"}


def test_redis_restarted_mid_crawl_the_crawl_goes_on(cluster, farm, reference):
    servers, sites = farm
    with slow(servers):
        cluster.ingest()
        cluster.worker()
        cluster.worker()
        wait_until(lambda: stored_articles(cluster.db) >= 10, what="some articles stored")
        assert units_done(cluster.redis.url) < len(SITES), "restarted too late to tell"
        cluster.redis.restart()  # SIGTERM, then the same port and append-only file
        codes = cluster.wait_all()
    assert set(codes.values()) == {0}, codes
    assert "DB loaded from append only file" in cluster.redis.log()
    assert_nothing_lost(archive(cluster.db, servers), reference, sites)


def published(redis_url: str) -> bool:
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return client.hget("lhh:run", "state") == b"crawling"
    finally:
        client.close()


def test_answers_lost_on_their_way_from_redis_lose_nothing(cluster, farm, reference):
    """Redis stopping between running a command and answering it, many times over: every
    25th answer is dropped and its connection cut. The client retries what already took
    effect; nothing may be taken, handed over or read twice, or never."""
    servers, sites = farm
    with LossyRelay(cluster.redis.port, every=25) as relay:
        cluster.url = relay.url
        cluster.ingest()
        wait_until(lambda: published(cluster.redis.url), what="the run to be published")
        relay.armed = True
        cluster.worker()
        cluster.worker()
        codes = cluster.wait_all()
    assert set(codes.values()) == {0}, {lb: cluster.log(lb)[-2000:] for lb in codes}
    assert relay.dropped >= 20, relay.dropped  # answers of every kind were lost
    assert_nothing_lost(archive(cluster.db, servers), reference, sites)
