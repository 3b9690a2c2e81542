"""A crawl worker's Scrapy parts on Redis: the scheduler (scrapy-redis, with a queue that
keeps what it hands out) and the outbox that hands fetched pages to ingest; decides
nothing about what to fetch, never writes SQLite.

Each unit (a host, crawler/sharedrun.py) is crawled by one Crawler of the worker holding
its lease, with its own queue, in-flight table and duplicate filter in Redis:

- `LeasedQueue` is scrapy-redis's priority queue made safe against a worker dying: taking
  a request moves it to the unit's in-flight table, in one step, and only while the
  worker still holds the lease. Within a priority the newest request goes first, as in
  Scrapy's own memory queue.
- `Outbox` adds each scraped item to the `lhh:pages` stream and clears the request it
  answers from the in-flight table in the same step (a spider yields a response's item
  after its requests, which are in the queue by then), and keeps the links the spider set
  to wait for an idle moment, which live in its memory only. When the crawl of the unit ends
  of itself, one `done` entry says what the spider knew of its sites, and the unit's keys
  go. A worker that dies leaves its in-flight requests to the next holder of the lease,
  which puts them back in the queue (`requeue`), and its waiting links, which the next
  spider waits on again.

Everything a worker writes is fenced by its lease: once another worker holds the unit,
the first can neither take requests nor add pages.

Each script that changes something runs once however often it is sent: the client retries
a call whose answer was lost (Redis stopping between running a script and answering it),
and a second run would take a second request (the first left in flight for good), call a
new request already seen, or hand a page over twice. A call carries a key of its own,
`lhh:once:…`, that remembers what the first run answered.
"""

from __future__ import annotations

import json
import logging
import secrets
from dataclasses import asdict

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import Base
from scrapy_redis.scheduler import Scheduler

from crawler import handoff
from crawler.sharedrun import DONE, PAGES, PREFIX, connect, lease_key, unit_keys, waiting_key

log = logging.getLogger(__name__)

INFLIGHT = "lhh_inflight"  # request.meta: the in-flight entry a request was taken as
PRIORITY_SPAN = 10_000_000_000  # scores: -priority * span - sequence (newest first)

ONCE_TTL = 600  # seconds a call's answer is kept for its retries (they last about 60)

# KEYS[1] of the scripts below is the call's own `once` key.
_ONCE = "local once = redis.call('get', KEYS[1])\nif once then return once end\n"


def _remember(value: str) -> str:
    """Lua: what this call answers, kept for its retries; then the answer."""
    return f"redis.call('set', KEYS[1], {value}, 'EX', {ONCE_TTL})\nreturn {value}\n"


# A new request: added to the duplicate filter and queued in one step (a worker killed
# between the two would leave it seen and never fetched); ARGV[1] '' is never filtered.
_ENQUEUE = _ONCE + f"""
if ARGV[1] ~= '' and redis.call('sadd', KEYS[3], ARGV[1]) == 0 then return '0' end
local seq = redis.call('incr', KEYS[4])
local score = -tonumber(ARGV[2]) * {PRIORITY_SPAN} - seq
redis.call('zadd', KEYS[2], score, string.format('%016x', seq) .. ARGV[3])
""" + _remember("'1'")

_TAKE = _ONCE + """
if redis.call('get', KEYS[2]) ~= ARGV[1] then return false end
local popped = redis.call('zpopmin', KEYS[3])
if #popped == 0 then return false end
local id = string.sub(popped[1], 1, 16)
redis.call('hset', KEYS[4], id, popped[2] .. ' ' .. popped[1])
""" + _remember("popped[1]")

_REQUEUE = """
if redis.call('get', KEYS[1]) ~= ARGV[1] then return -1 end
local entries = redis.call('hgetall', KEYS[3])
for i = 1, #entries, 2 do
  local v = entries[i + 1]
  local sp = string.find(v, ' ', 1, true)
  redis.call('zadd', KEYS[2], string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
end
redis.call('del', KEYS[3])
return #entries / 2
"""

_HAND_OVER = _ONCE + """
if redis.call('get', KEYS[2]) ~= ARGV[1] then return '0' end
redis.call('xadd', KEYS[3], '*', unpack(ARGV, 3))
if ARGV[2] ~= '' then redis.call('hdel', KEYS[4], ARGV[2]) end
""" + _remember("'1'")

_DONE = _ONCE + """
if redis.call('get', KEYS[2]) ~= ARGV[1] then return '0' end
redis.call('xadd', KEYS[3], '*', unpack(ARGV, 3))
redis.call('sadd', KEYS[4], ARGV[2])
redis.call('del', KEYS[5], KEYS[6], KEYS[7], KEYS[8], KEYS[2])
""" + _remember("'1'")


def once_key() -> str:
    """A key naming one call, kept by Redis for its retries (see the module's docstring)."""
    return PREFIX + "once:" + secrets.token_hex(12)


def requeue(client, unit: str, token: str) -> int:
    """Put the requests a unit's earlier holder took and never answered back in its queue."""
    queue, inflight, _ = unit_keys(unit)
    return client.register_script(_REQUEUE)(keys=[lease_key(unit), queue, inflight],
                                            args=[token])


class LeasedQueue(Base):
    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        settings = spider.crawler.settings
        self.unit = settings["LHH_UNIT"]
        self.token = settings["LHH_LEASE_TOKEN"]
        self.queue, self.inflight, self.seen = unit_keys(self.unit)
        self._enqueue = server.register_script(_ENQUEUE)
        self._take = server.register_script(_TAKE)

    def __len__(self):
        return self.server.zcard(self.queue)

    def push(self, request, fingerprint: str = "") -> bool:
        """Queue a request unless its fingerprint was seen ('' : always); whether it was."""
        request.meta.pop(INFLIGHT, None)  # a redirect or retry is a request of its own
        added = self._enqueue(keys=[once_key(), self.queue, self.seen, PREFIX + "seq"],
                              args=[fingerprint, request.priority,
                                    self._encode_request(request)])
        return added == b"1"

    def pop(self, timeout=0):
        member = self._take(keys=[once_key(), lease_key(self.unit), self.queue, self.inflight],
                            args=[self.token])
        if not member:
            return None
        request = self._decode_request(member[16:])
        request.meta[INFLIGHT] = member[:16].decode()
        return request

    def clear(self):
        self.server.delete(self.queue)


class Frontier(Scheduler):
    """scrapy-redis's scheduler on the unit's keys; the queue and the filter persist."""

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        server = connect(settings["LHH_FRONTIER"])
        queue, _, seen = unit_keys(settings["LHH_UNIT"])
        scheduler = cls(server=server, persist=True, queue_key=queue,
                        queue_cls="crawler.frontier.LeasedQueue",
                        dupefilter=RFPDupeFilter(server, key=seen))
        scheduler.stats = crawler.stats
        return scheduler

    def open(self, spider):
        # scrapy-redis's own logs through Spider.log(), which Scrapy 2.19 deprecates.
        self.spider = spider
        self.queue = LeasedQueue(self.server, spider, self.queue_key, self.serializer)
        if len(self.queue):
            log.info("%s: resuming with %d request(s) in the queue", self.queue.unit,
                     len(self.queue))

    # scrapy-redis's own two pass the spider to the stats, which Scrapy 2.19 deprecates.
    def enqueue_request(self, request):
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push(request, fingerprint):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self):
        request = self.queue.pop()
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


class Outbox:
    """Hands every scraped item to the `lhh:pages` stream, fenced by the unit's lease."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.get("LHH_FRONTIER"):
            raise NotConfigured
        self.crawler = crawler
        self.unit = settings["LHH_UNIT"]
        self.token = settings["LHH_LEASE_TOKEN"]
        self.server = connect(settings["LHH_FRONTIER"])
        self._hand_over = self.server.register_script(_HAND_OVER)
        self._done = self.server.register_script(_DONE)
        self.handed = 0
        self.lost = False

    @classmethod
    def from_crawler(cls, crawler):
        outbox = cls(crawler)
        crawler.signals.connect(outbox.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(outbox.spider_closed, signal=signals.spider_closed)
        return outbox

    def item_scraped(self, item, response, spider):
        request = response.request if isinstance(response, Response) else \
            getattr(response, "request", None)
        inflight = (request.meta.get(INFLIGHT) if request is not None else None) or ""
        fields = handoff.encode_item(item, spider.site_down(item.get("site")))
        args = [self.token, inflight]
        for name, value in fields.items():
            args += [name, value]
        _, inflight_key, _ = unit_keys(self.unit)
        if self._hand_over(keys=[once_key(), lease_key(self.unit), PAGES, inflight_key],
                           args=args) != b"1":
            self.lease_lost()
            return
        self.handed += 1
        waits = {p.url: json.dumps(asdict(p), ensure_ascii=False)
                 for p in item.get("discovered") or () if p.waiting}
        if waits:
            self.server.hset(waiting_key(self.unit), mapping=waits)

    def lease_lost(self) -> None:
        """Another worker holds the unit now: this crawl of it stops, adding nothing."""
        if not self.lost and self.crawler.engine.spider is not None:  # not closed already
            self.lost = True
            log.warning("lease of %s lost: stopping its crawl here", self.unit)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="lease-lost"))

    def spider_closed(self, spider, reason):
        """A unit crawled to its end: one `done` entry, and its frontier goes."""
        if reason != "finished" or self.lost:
            return
        sites = {site_id: handoff.site_state(spider, site_id) for site_id in spider.sites}
        fields = handoff.encode_done(self.unit, sites)
        args = [self.token, self.unit]
        for name, value in fields.items():
            args += [name, value]
        queue, inflight, seen = unit_keys(self.unit)
        if self._done(keys=[once_key(), lease_key(self.unit), PAGES, DONE, queue, inflight,
                            seen, waiting_key(self.unit)],
                      args=args) != b"1":
            log.warning("lease of %s lost before its end was recorded", self.unit)
