"""A distributed crawl's shared state in Redis: what the archive knows, which worker holds
which host, which hosts are done, the pages waiting for ingest; never SQLite, no Scrapy.

One run at a time lives under the `lhh:` keys of the Redis database named by the URL:

    lhh:run               hash: id, state (starting | crawling), full, sites, units, complete
    lhh:known:SITE        hash: url -> what the archive held of it when the run began
    lhh:pending:SITE      the frontier earlier runs left for the site (JSON)
    lhh:lease:UNIT        the worker holding the unit, expiring unless renewed
    lhh:done              units crawled to their end
    lhh:q:UNIT, lhh:inflight:UNIT, lhh:seen:UNIT
                          the unit's frontier: queue, requests taken by its worker and not
                          yet answered, the duplicate filter (crawler/frontier.py)
    lhh:waiting:UNIT      links its worker set to wait for an idle moment (url -> JSON), so
                          the next holder of a dead worker's lease has them too
    lhh:pages             stream of fetched pages, read by the consumer group `ingest`
    lhh:runrows           site -> its crawl_runs row (so a restarted ingest keeps it)
    lhh:finished          sites whose run rows ingest has closed

A unit is a host (crawler.politeness.host_slot): every site it serves is crawled by the
one worker holding its lease, so a host never sees more than one worker's connections.
Every call retries while Redis is away (a restart loading its append-only file).
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from dataclasses import asdict, dataclass, fields

from crawler.config import Site
from crawler.crawlstate import Pending
from crawler.politeness import host_slot

PREFIX = "lhh:"
RUN, DONE, PAGES, RUNROWS, FINISHED = (PREFIX + k for k in (
    "run", "done", "pages", "runrows", "finished"))
GROUP = "ingest"
STARTING, CRAWLING = "starting", "crawling"


class NoRedis(Exception):
    """Redis cannot be reached or the URL is not a Redis URL; phrased as one line."""


def connect(url: str, patience: float = 60.0, check: bool = False):
    """A client that waits out a Redis restart (up to about `patience` seconds a call).
    With `check`, a Redis that does not answer now is an error at once (a wrong URL)."""
    try:
        import redis
        from redis.backoff import ExponentialBackoff
        from redis.retry import Retry
    except ImportError as exc:  # the `distributed` extra is not installed
        raise NoRedis(f"{exc.name} is missing: pip install 'lhh-archive[distributed]'") from None
    retries = max(1, int(patience / 0.5))
    try:
        client = redis.Redis.from_url(
            url, socket_timeout=30, socket_connect_timeout=5,
            retry=Retry(ExponentialBackoff(cap=0.5, base=0.02), retries),
            retry_on_error=[redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError],
        )
        if check:  # twice more, quickly: an answer can be lost once, a wrong URL fails fast
            redis.Redis.from_url(url, socket_connect_timeout=5, retry=Retry(
                ExponentialBackoff(cap=0.2, base=0.05), 2)).ping()
        client.ping()
    except ValueError as exc:
        raise NoRedis(f"{url}: not a Redis URL ({exc})") from None
    except redis.RedisError as exc:
        raise NoRedis(f"{url}: {exc}") from None
    return client


def unit_of(site: Site) -> str:
    return host_slot(site.url)


def units_of(sites: list[Site]) -> dict[str, list[str]]:
    """Sites grouped by the host they live on, in registry order."""
    units: dict[str, list[str]] = {}
    for site in sites:
        units.setdefault(unit_of(site), []).append(site.id)
    return units


def _site(row: dict) -> Site:
    names = {f.name for f in fields(Site)}
    return Site(**{k: tuple(v) if isinstance(v, list) else v
                   for k, v in row.items() if k in names})


@dataclass(frozen=True)
class RunInfo:
    """The run as the ingest published it: what every worker needs to crawl its units."""

    id: str
    sites: dict[str, Site]
    units: dict[str, list[str]]
    complete: frozenset[str]
    full: bool


class SharedRun:
    def __init__(self, client):
        self.r = client
        self._renew = client.register_script(
            "if redis.call('get', KEYS[1]) == ARGV[1] then"
            " return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end")
        self._release = client.register_script(
            "if redis.call('get', KEYS[1]) == ARGV[1] then"
            " return redis.call('del', KEYS[1]) else return 0 end")
        # Never a unit already done (another worker may have finished it a moment ago);
        # a retry of a call whose answer was lost finds its own token there.
        self._acquire = client.register_script(
            "if redis.call('sismember', KEYS[2], ARGV[3]) == 1 then return 0 end"
            " local holder = redis.call('get', KEYS[1])"
            " if holder then return holder == ARGV[1] and 1 or 0 end"
            " redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1")

    @classmethod
    def at(cls, url: str, check: bool = False) -> SharedRun:
        return cls(connect(url, check=check))

    # -- the run ----------------------------------------------------------------------------

    def run(self) -> RunInfo | None:
        """The run being crawled, or None (none published, or still being published)."""
        raw = self.r.hgetall(RUN)
        if not raw or raw.get(b"state") != CRAWLING.encode():
            return None
        sites = [_site(row) for row in json.loads(raw[b"sites"])]
        return RunInfo(raw[b"id"].decode(), {s.id: s for s in sites},
                       json.loads(raw[b"units"]), frozenset(json.loads(raw[b"complete"])),
                       raw[b"full"] == b"1")

    def state(self) -> str | None:
        value = self.r.hget(RUN, "state")
        return value.decode() if value else None

    def run_id(self) -> str | None:
        value = self.r.hget(RUN, "id")
        return value.decode() if value else None

    def publish(self, run_id: str, sites: list[Site], known: dict[str, dict[str, dict]],
                complete: set[str], pending: dict[str, list[Pending]], full: bool) -> RunInfo:
        """Start a run: what the archive knows goes to Redis, then the run opens to workers."""
        self.clear()
        self.r.hset(RUN, mapping={"id": run_id, "state": STARTING})
        for site in sites:
            rows = known.get(site.id, {})
            items = list(rows.items())
            for start in range(0, len(items), 2000):
                chunk = {url: json.dumps(row, ensure_ascii=False) for url, row in
                         items[start:start + 2000]}
                self.r.hset(PREFIX + f"known:{site.id}", mapping=chunk)
            self.r.set(PREFIX + f"pending:{site.id}",
                       json.dumps([asdict(p) for p in pending.get(site.id, ())]))
        from redis.exceptions import ResponseError

        try:
            self.r.xgroup_create(PAGES, GROUP, id="0", mkstream=True)
        except ResponseError as exc:  # created by this very call, whose answer was lost
            if "BUSYGROUP" not in str(exc):
                raise
        units = units_of(sites)
        self.r.hset(RUN, mapping={
            "sites": json.dumps([asdict(s) for s in sites], ensure_ascii=False),
            "units": json.dumps(units), "complete": json.dumps(sorted(complete)),
            "full": "1" if full else "0", "state": CRAWLING})
        return self.run()

    def clear(self) -> None:
        """Forget the run: every `lhh:` key."""
        batch = []
        for key in self.r.scan_iter(match=PREFIX + "*", count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                self.r.delete(*batch)
                batch = []
        if batch:
            self.r.delete(*batch)

    def known(self, site_id: str) -> dict[str, dict]:
        raw = self.r.hgetall(PREFIX + f"known:{site_id}")
        return {url.decode(): json.loads(row) for url, row in raw.items()}

    def pending(self, site_id: str) -> list[Pending]:
        raw = self.r.get(PREFIX + f"pending:{site_id}")
        return [Pending(**row) for row in json.loads(raw)] if raw else []

    def waiting(self, unit: str) -> list[Pending]:
        """The links an earlier holder of `unit` set to wait (crawler/frontier.py)."""
        return [Pending(**json.loads(row)) for row in self.r.hvals(waiting_key(unit))]

    # -- units and leases -------------------------------------------------------------------

    def done_units(self) -> set[str]:
        return {u.decode() for u in self.r.smembers(DONE)}

    def acquire(self, unit: str, ttl: float, worker: str) -> str | None:
        """The lease of `unit` for `ttl` seconds if nobody holds it and it is not done: its
        token, else None."""
        token = f"{worker}:{secrets.token_hex(4)}"
        if self._acquire(keys=[lease_key(unit), DONE], args=[token, int(ttl * 1000), unit]):
            return token
        return None

    def renew(self, unit: str, token: str, ttl: float) -> bool:
        return bool(self._renew(keys=[lease_key(unit)], args=[token, int(ttl * 1000)]))

    def release(self, unit: str, token: str) -> None:
        self._release(keys=[lease_key(unit)], args=[token])

    def backlog(self) -> int:
        """Pages waiting in the stream for ingest."""
        return self.r.xlen(PAGES)


def lease_key(unit: str) -> str:
    return PREFIX + f"lease:{unit}"


def unit_keys(unit: str) -> tuple[str, str, str]:
    """(queue, in-flight, duplicate filter) of a unit's frontier."""
    return PREFIX + f"q:{unit}", PREFIX + f"inflight:{unit}", PREFIX + f"seen:{unit}"


def waiting_key(unit: str) -> str:
    return PREFIX + f"waiting:{unit}"


def worker_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"
