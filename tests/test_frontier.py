"""The distributed crawl's parts on a real redis-server (no reactor): items through the
stream's encoding, leases, and the frontier queue that keeps what it hands out."""

from __future__ import annotations

import pytest
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.settings import Settings

from crawler import handoff
from crawler.crawlstate import Pending
from tests.redisserver import LossyRelay, RedisServer

pytest.importorskip("scrapy_redis", reason="the `distributed` extra is not installed")
pytestmark = pytest.mark.distributed

from crawler.frontier import INFLIGHT, LeasedQueue, requeue  # noqa: E402
from crawler.sharedrun import SharedRun, lease_key, unit_keys  # noqa: E402

UNIT = "example.org"


def test_an_item_survives_the_stream_encoding():
    item = {
        "site": "s", "url": "http://example.org/tin/a.html", "kind": "article", "status": 200,
        "body": "<html><p>Hội thảo khoa học</p></html>".encode(), "headers": {"ETag": '"x"'},
        "etag": '"x"', "last_modified": None, "content_type": "text/html", "aliases": ["http://example.org/?p=1"],
        "more_pages": [b"<p>trang 2</p>", b"<p>trang 3</p>"], "links": None,
        "known": {"url": "http://example.org/tin/a.html"}, "request_key": "http://example.org/tin/a.html",
        "discovered": [Pending("s", "http://example.org/tin/b.html", "article", 40),
                       Pending("s", "http://example.org/list", "postback", 20, "c", "POST", "a=1")],
        "menu_page": False,
    }
    fields = handoff.encode_item(item, site_down=None)
    assert len(fields["body"]) < len(item["body"]) + 16  # compressed, not inflated
    back = handoff.decode_item({k.encode(): v for k, v in fields.items()})
    assert back.pop("site_down") is None
    expected = {k: v for k, v in item.items() if k != "known"}
    assert back == expected
    visited = {"site": "s", "kind": "visited", "request_key": "k", "discovered": []}
    back = handoff.decode_item({k.encode(): v for k, v in handoff.encode_item(visited, "down").items()})
    assert back == {**visited, "site_down": "down"}


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    with RedisServer(tmp_path_factory.mktemp("redis"), appendonly=False) as server:
        yield server


@pytest.fixture(scope="module")
def redis_url(redis_server):
    return redis_server.url


@pytest.fixture
def shared(redis_url):
    run = SharedRun.at(redis_url)
    run.clear()
    yield run
    run.clear()


class Unit(Spider):
    name = "unit"

    def parse(self, response):
        pass


def queue_for(shared, token: str) -> LeasedQueue:
    settings = Settings({"LHH_UNIT": UNIT, "LHH_LEASE_TOKEN": token})
    spider = Unit.from_crawler(Crawler(Unit, settings))
    return LeasedQueue(shared.r, spider, unit_keys(UNIT)[0])


def test_a_lease_is_held_by_one_worker_until_released_or_expired(shared):
    token = shared.acquire(UNIT, ttl=5, worker="a")
    assert token and shared.acquire(UNIT, ttl=5, worker="b") is None
    assert shared.renew(UNIT, token, 5) and not shared.renew(UNIT, "b:other", 5)
    shared.release(UNIT, "b:other")  # not b's to release
    assert shared.r.get(lease_key(UNIT)) == token.encode()
    shared.release(UNIT, token)
    assert shared.acquire(UNIT, ttl=0.2, worker="b")
    import time

    time.sleep(0.4)  # b stopped renewing: the lease is free again
    assert shared.acquire(UNIT, ttl=5, worker="c")


def test_queue_order_in_flight_and_taking_back(shared):
    token = shared.acquire(UNIT, ttl=30, worker="a")
    queue = queue_for(shared, token)
    for path, priority in [("/old", 10), ("/new", 10), ("/robots.txt", 100), ("/other", 0)]:
        queue.push(Request(f"http://{UNIT}{path}", priority=priority))
    first, second = queue.pop(), queue.pop()
    # Highest priority first; within a priority the newest, as Scrapy's memory queue does.
    assert [first.url, second.url] == [f"http://{UNIT}/robots.txt", f"http://{UNIT}/new"]
    assert first.meta[INFLIGHT] != second.meta[INFLIGHT]
    inflight = unit_keys(UNIT)[1]
    assert shared.r.hlen(inflight) == 2 and len(queue) == 2
    # The worker dies; the next holder puts what it had taken back in the queue.
    shared.r.delete(lease_key(UNIT))
    assert queue.pop() is None  # fenced: without the lease nothing is taken
    heir = shared.acquire(UNIT, ttl=30, worker="b")
    assert requeue(shared.r, UNIT, heir) == 2
    assert shared.r.hlen(inflight) == 0
    queue = queue_for(shared, heir)
    urls = [queue.pop().url for _ in range(4)]
    assert urls == [f"http://{UNIT}{p}" for p in ("/robots.txt", "/new", "/old", "/other")]
    assert queue.pop() is None


def test_links_set_to_wait_outlive_the_worker_that_saw_them(shared, redis_url):
    """A waiting link lives in the spider's memory until the unit is idle: the next holder
    of a dead worker's lease must have it, or an article only it leads to is lost."""
    from crawler.frontier import Outbox

    token = shared.acquire(UNIT, ttl=30, worker="a")
    settings = Settings({"LHH_UNIT": UNIT, "LHH_LEASE_TOKEN": token, "LHH_FRONTIER": redis_url})
    crawler = Crawler(Unit, settings)
    spider = Unit.from_crawler(crawler)
    spider.site_down = lambda site: None
    outbox = Outbox(crawler)
    waits = Pending("s", f"http://{UNIT}/tin/cu.html", "article", 5, waiting=True,
                    anchor="Hội nghị tổng kết")
    asked = Pending("s", f"http://{UNIT}/tin/moi.html", "article", 40)
    page = {"site": "s", "kind": "listing", "url": f"http://{UNIT}/", "request_key": "k",
            "discovered": [waits, asked]}
    outbox.item_scraped(page, None, spider)
    assert shared.waiting(UNIT) == [waits]  # the requested link is in the queue instead
    # The worker dies; its heir gets the waiting link back.
    shared.r.delete(lease_key(UNIT))
    assert shared.acquire(UNIT, ttl=30, worker="b")
    assert shared.waiting(UNIT) == [waits]


@pytest.fixture
def relay(redis_server, shared):
    """The same Redis through a relay that can lose an answer (see LossyRelay)."""
    with LossyRelay(redis_server.port) as relay:
        yield relay


def test_calls_whose_answer_was_lost_take_effect_once(shared, relay):
    """Redis ran the call and its answer was lost: the client sends it again. A second run
    would take a second request (the first left in flight, never fetched), call a new
    link already seen (never fetched), or leave a lease to nobody until it expires."""
    lossy = SharedRun.at(relay.url)
    assert lossy.acquire("warm.example.org", ttl=30, worker="a")  # scripts loaded first:
    relay.lose_next()  # the answer lost is the call's, not a "no such script"
    token = lossy.acquire(UNIT, ttl=30, worker="a")
    assert token and relay.dropped == 1
    queue = queue_for(lossy, token)
    queue.push(Request(f"http://{UNIT}/warm"))
    assert queue.pop().url == f"http://{UNIT}/warm"
    relay.lose_next()
    assert queue.push(Request(f"http://{UNIT}/new"), fingerprint="fp-new")
    assert relay.dropped == 2 and len(queue) == 1
    assert not queue.push(Request(f"http://{UNIT}/new"), fingerprint="fp-new")  # now seen
    queue.push(Request(f"http://{UNIT}/other"))
    relay.lose_next()
    assert queue.pop().url == f"http://{UNIT}/other"
    assert relay.dropped == 3
    assert len(queue) == 1  # /new is still there, not taken by the retry
    assert shared.r.hlen(unit_keys(UNIT)[1]) == 2  # /warm and /other in flight, no third


def test_a_unit_done_is_never_leased_again(shared):
    """A worker that read the done units a moment before another finished one must not
    crawl it a second time."""
    from crawler.sharedrun import DONE

    shared.r.sadd(DONE, UNIT)
    assert shared.acquire(UNIT, ttl=30, worker="late") is None
