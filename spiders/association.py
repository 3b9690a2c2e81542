"""The association-site spider: decides what to fetch and yields pages; never stores.

From each site's homepage it reads robots.txt (rules, Sitemap: lines, Crawl-delay),
feeds and sitemaps, listings and their pagers (ASP.NET postback pagers included), and
the article pages they reveal, and resumes what a killed run left to fetch. What a page
is comes from its structure (crawler/pagetype.py), where its links lead from
crawler/discovery.py, and whether a URL is worth a request from crawler/policy.py.

Every response ends in exactly one item, which names the request it answers and the
requests the page led to: the pipeline stores them together (crawler/crawlstate.py).
"""

from __future__ import annotations

import gzip
import json

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request

from crawler import discovery, following, pagetype, revisit
from crawler.config import Site
from crawler.crawlstate import Pending, request_key
from crawler.following import (
    P_ARTICLE,
    P_FEED,
    P_HOME,
    P_LISTING,
    P_PAGER,
    P_REVALIDATE,
    P_ROBOTS,
    P_SITEMAP,
)
from crawler.policy import INCREMENTAL, SETTLED_SKIPS, Ask, Pagination, Plan
from crawler.politeness import host_slot, slow_down
from crawler.runs import RunReport
from crawler.sightings import Sightings
from crawler.urls import canonical_url, url_shape
from spiders import items

MAX_POSTBACK_PAGES = 1000  # per listing URL: a pager is never followed forever
MAX_PARTS = 30  # pages of one multi-page article
RELEASE_BATCH = 2  # waiting links let go per site each time the crawl falls idle

PAGE_KINDS = ("page", "article", "home", "postback")


class AssociationSpider(scrapy.Spider):
    name = "association"

    def __init__(self, sites: list[Site], report: RunReport, known=None, complete=(),
                 pending=None, full=False, **kw):
        super().__init__(**kw)
        self.sites = {site.id: site for site in sites}
        self.report = report
        self.known: dict[str, dict[str, dict]] = known or {}
        self.pending: dict[str, list[Pending]] = pending or {}
        self.complete = set(complete)
        self.full = full
        self.plan: Plan | None = None  # built when the crawler's settings are known
        self.pagination = Pagination()
        self.postbacks: dict[str, set[tuple[str, str]]] = {}
        self.sightings = Sightings()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        # The plan needs the settings (the User-Agent robots.txt speaks to): built here,
        # before the pipeline opens and asks each site's mode.
        spider.plan = Plan(list(spider.sites.values()), spider.known, spider.complete,
                           spider.full, spider.agent, note=spider.note_skip)
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        for site_id, known in spider.known.items():
            spider.sightings.remember(site_id, known)
        return spider

    def _on_idle(self):
        """Nothing left to fetch: a few waiting links per site, then wait again."""
        released = 0
        for site_id in list(self.sightings.waiting):
            plan, batch = self.plan[site_id], 0
            for f in self.sightings.worth_now(site_id, plan.shapes):
                req = self._request(plan.site, f.url, f.kind, f.priority, f.recheck, f.chain)
                if req is not None:
                    self.crawler.engine.crawl(req)
                    batch += 1
                if batch >= RELEASE_BATCH:
                    break
            released += batch
        if released:
            raise DontCloseSpider

    @property
    def agent(self) -> str:
        return self.settings.get("USER_AGENT")

    # -- hooks for the middlewares and the pipeline --------------------------------------

    def robots_allow(self, site_id: str | None, url: str) -> bool:
        return site_id not in self.plan.sites or self.plan[site_id].allowed(url, self.agent)

    def note_skip(self, site_id: str | None, reason: str) -> None:
        if site_id:
            self.report.site(site_id).skipped[reason] += 1

    def site_down(self, site_id: str | None) -> str | None:
        return self.plan[site_id].down if site_id in self.plan.sites else None

    def mark_down(self, site_id: str, reason: str) -> None:
        """The site is down for this run: nothing more is asked of it."""
        plan = self.plan[site_id]
        if not plan.down:
            plan.down = reason
            self.report.site(site_id).down = reason

    def mode(self, site_id: str) -> str:
        return self.plan[site_id].mode

    def walked_to_end(self, site_id: str) -> bool:
        plan = self.plan[site_id]
        return not plan.down and not plan.capped

    # -- requests ------------------------------------------------------------------------

    def _request(self, site: Site, url: str, kind: str, priority: int, recheck=False,
                 chain: str | None = None) -> Request | None:
        """A request for url if the plan says it is worth one; else None."""
        ask = self.plan.ask(site.id, url, kind, recheck)
        if not isinstance(ask, Ask):
            return None
        return self._make(site.id, ask, kind, priority, chain)

    def _make(self, site_id: str, ask: Ask, kind: str, priority: int, chain: str | None,
              method: str = "GET", body: str | None = None) -> Request:
        meta = {"site": site_id, "download_slot": host_slot(ask.url), "kind": kind,
                "known": ask.known, "chain": chain}
        callback = self.parse_page if kind in PAGE_KINDS else self.parse_index
        if method == "POST":
            return Request(ask.url, method="POST", body=body, callback=callback,
                           errback=self.failed, priority=priority, dont_filter=True, meta=meta,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
        return Request(ask.url, callback=callback, errback=self.failed, priority=priority,
                       headers=ask.headers, meta=meta)

    async def start(self):
        # One robots.txt a host: sites sharing a host (/lhh/, /hoi-nong-dan/) share it.
        by_robots: dict[str, list[str]] = {}
        for site in self.sites.values():
            self.report.site(site.id).mode = self.plan[site.id].mode
            robots_url = canonical_url("/robots.txt", self.plan[site.id].where(site.url))
            by_robots.setdefault(robots_url, []).append(site.id)
        for robots_url, site_ids in by_robots.items():
            yield Request(
                robots_url, callback=self.parse_robots, errback=self.robots_failed,
                priority=P_ROBOTS, dont_filter=True,
                meta={"site": site_ids[0], "sites": site_ids, "kind": "robots",
                      "download_slot": host_slot(robots_url)},
            )

    def parse_robots(self, response):
        self.report.site(response.meta["site"]).pages_fetched += 1
        sites = [self.sites[s] for s in response.meta["sites"]]
        if response.status >= 500:
            # The homepage decides whether the site is down: try it anyway.
            return self._without_robots(sites, f"robots.txt answered {response.status}")
        text = response.text if response.status == 200 and items.is_text(response) else ""
        robots = discovery.parse_robots(text, self.agent)
        if robots.crawl_delay:
            slow_down(self.crawler.engine.downloader, host_slot(response.url),
                      min(robots.crawl_delay, 30.0))
        out = []
        for site in sites:
            self.report.site(site.id).reached = True
            self.plan[site.id].robots = robots
            out += self._discovery_requests(site, robots.sitemaps)
        return out

    def robots_failed(self, failure):
        sites = [self.sites[s] for s in failure.request.meta["sites"]]
        return self._without_robots(sites, f"robots.txt: {items.describe(failure)}")

    def _without_robots(self, sites: list[Site], why: str) -> list[Request]:
        out = []
        for site in sites:
            self.report.site(site.id).error(why)
            self.plan[site.id].robots = discovery.parse_robots("", "")
            self.plan[site.id].robots_failed = True
            out += self._discovery_requests(site, ())
        return out

    def _discovery_requests(self, site: Site, robots_sitemaps) -> list[Request]:
        asks = [(site.url, "home", P_HOME, True)] if self.plan[site.id].home_due() else []
        asks += [(url, "page", P_LISTING, True) for url in site.start_urls]
        sitemaps = list(site.sitemaps) + list(robots_sitemaps)
        if not sitemaps:
            sitemaps = [canonical_url(path, site.url) for path in discovery.COMMON_SITEMAPS]
        asks += [(url, "sitemap", P_SITEMAP, False) for url in sitemaps]
        asks += [(url, "feed", P_FEED, False) for url in site.feeds]
        # Feeds found on pages before, whether or not a page read tonight links them (the
        # homepage may be a weekly check): each is read as its own schedule says.
        asks += [(url, "feed", P_FEED, False) for url in self.plan[site.id].known_feeds()]
        requests = [r for url, kind, priority, recheck in asks
                    if (r := self._request(site, url, kind, priority, recheck)) is not None]
        return requests + self._resume(site) + self._revalidate(site)

    def _revalidate(self, site: Site) -> list[Request]:
        """This run's share of the archive, asked for conditionally (a 304 costs nothing):
        every article is checked within the site's revalidate_days, edits and deletions
        found even where no sitemap or feed announces them."""
        plan = self.plan[site.id]
        if plan.mode != INCREMENTAL:
            return []
        cap = self.settings.getint("LHH_REVALIDATE_MAX", 2000)
        return [r for url in revisit.revalidation_slice(plan.known, site.revalidate_days, cap)
                if (r := self._request(site, url, "article", P_REVALIDATE, recheck=True))]

    def _resume(self, site: Site) -> list:
        """What a killed or failed run left to fetch. Entries the plan no longer wants
        (stored meanwhile, now disallowed) are settled at once."""
        out = []
        for pending in self.pending.get(site.id, ()):
            if pending.waiting:  # it waits again, until the site has nothing better to do
                self.sightings.wait(site.id, following.Follow(
                    pending.url, pending.kind, pending.priority, chain=pending.chain,
                    text=pending.anchor or ""))
                continue
            if pending.method == "POST":
                ask = Ask(pending.url, {}, None)
                out.append(self._make(site.id, ask, pending.kind, pending.priority,
                                      pending.chain, "POST", pending.body))
                continue
            ask = self.plan.ask(site.id, pending.url, pending.kind)
            if isinstance(ask, Ask):
                out.append(self._make(site.id, ask, pending.kind, pending.priority, pending.chain))
            elif ask in SETTLED_SKIPS:
                out.append(items.settled_item(site.id, pending.key))
        return out

    # -- responses -----------------------------------------------------------------------

    def failed(self, failure):
        """A request that got no usable answer: counted, and tried again by a later run."""
        request = failure.request
        site_id = request.meta["site"]
        report = self.report.site(site_id)
        name = type(failure.value).__name__
        key = request_key(request.url, request.method, request.body)
        if "Cancel" in name or "MaxSize" in name:
            report.skipped["too-large"] += 1
            # Remembered, so the next runs do not download it again to find out.
            return {"site": site_id, "url": canonical_url(request.url) or request.url,
                    "kind": "error", "status": None, "body": b"", "headers": {},
                    "note": "larger than DOWNLOAD_MAXSIZE", "request_key": key,
                    "discovered": []}
        if "IgnoreRequest" in name:  # robots.txt, or the site went down meanwhile
            return None if self.site_down(site_id) else items.settled_item(site_id, key)
        if request.meta.get("kind") == "home":
            self._home_failed(site_id, items.describe(failure))
        report.error(f"{request.url}: {items.describe(failure)}")
        return items.failed_item(site_id, key)

    def _home_failed(self, site_id: str, why: str) -> None:
        """No homepage and no robots.txt: the site is down for this run."""
        if self.plan[site_id].robots_failed:
            self.mark_down(site_id, why)

    def parse_index(self, response):
        """A sitemap or a feed: every page it lists is worth a request."""
        site, report, kind, url = self._answered(response)
        if response.status >= 500:
            return [self._failed(response)]
        report.reached = True
        if response.status == 304:
            report.not_modified += 1
            known = response.meta.get("known") or {}
            children = json.loads(known["links"]) if known.get("kind") == "sitemap-index" \
                and known.get("links") else []
            return [*self._child_sitemaps(site, children),
                    items.page_item(response, "not-modified", url)]
        if response.status != 200:
            if response.meta.get("known") is None:
                report.skipped[f"{kind}-{response.status}"] += 1
            # Remembered: a probed path that is not there is not probed every night.
            return [items.page_item(response, kind, url)]
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except OSError:
                report.error(f"{response.url}: bad gzip")
                return [items.page_item(response, "error", url)]
        if kind == "feed" or discovery.is_feed(body):
            entries = discovery.parse_feed(body, response.url)
            kind = "feed"
        else:
            sitemap_kind, entries = discovery.parse_sitemap(body, response.url)
            if sitemap_kind == "index":
                children = [e.url for e in entries]
                return [*self._child_sitemaps(site, children),
                        items.page_item(response, "sitemap-index", url, body=body,
                                        links=children)]
        if not entries and b"<html" in body[:2000].lower():
            return self.parse_page(response)  # an HTML page at a feed path
        listed = {c: e.signal for e in entries if (c := canonical_url(e.url))}
        # What the same sitemap or feed said last time, not our clock, says what changed.
        changed = revisit.changed_entries(
            [(u, (self._known(site, u) or {}).get("signals", {}).get(url), m)
             for u, m in listed.items()])
        requests = []
        for entry_url in listed:
            if kind == "feed":  # feeds carry news
                self.sightings.linked(entry_url, "headline")
            self.sightings.claim(site.id, entry_url)
            recheck = entry_url in changed and not self.plan[site.id].listing_told(entry_url)
            req = self._request(site, entry_url, "article", P_ARTICLE, recheck)
            if req is not None:
                requests.append(req)
        self.sightings.listed(list(listed))
        if self.plan[site.id].may_have_overflowed(list(listed)):
            home = self._request(site, site.url, "home", P_HOME, True)
            requests += [home] if home is not None else []
        # A sitemap lists every page: whatever left it is worth a look. A feed is a
        # sliding window, read like a listing.
        requests += self._recheck_vanished(site, response.meta.get("known"), list(listed),
                                           ordered=kind == "feed")
        item = items.page_item(response, kind, url, body=body, links=list(listed),
                               discovered=requests)
        item["signals"] = {u: m for u, m in listed.items() if m}
        return [*requests, item]

    def _child_sitemaps(self, site: Site, children: list[str]) -> list[Request]:
        """Every part of a sitemap index, each asked for conditionally: an index that has
        not changed (or answers 304) says nothing of whether its parts have."""
        return [r for url in children if discovery.lists_news(url)  # not tags, authors...
                and (r := self._request(site, url, "sitemap", P_SITEMAP, recheck=True))]

    def _known(self, site: Site, url: str) -> dict | None:
        canon = canonical_url(url)
        return self.known.get(site.id, {}).get(canon) if canon else None

    def _answered(self, response) -> tuple[Site, object, str, str]:
        """(site, its report, the kind of request, the canonical URL) of a response."""
        site = self.sites[response.meta["site"]]
        report = self.report.site(site.id)
        report.pages_fetched += 1
        return site, report, response.meta["kind"], canonical_url(response.url) or response.url

    def parse_page(self, response):
        site, report, kind, url = self._answered(response)
        known = response.meta.get("known")
        was_article = bool(known and known.get("article_id"))
        if response.status >= 500:
            if kind == "home":
                self._home_failed(site.id, f"homepage answered {response.status}")
                report.error(f"homepage answered {response.status}")
            return [self._failed(response)]
        report.reached = True
        if response.status == 304:
            report.not_modified += 1
            return [items.page_item(response, "not-modified", url)]
        if response.status in (404, 410) and was_article:
            return [items.page_item(response, "gone", url)]
        if response.status >= 400:
            if kind == "home":
                report.error(f"homepage answered {response.status}")
            return [self._missing(response, url, f"http-{response.status}")]
        if not items.is_html(response):
            return [self._missing(response, url, "not-html")]
        doc = discovery.parse_html(response.body, response.url, response.encoding)
        if doc is None:
            return [self._missing(response, url, "empty")]
        if kind == "home":
            self.plan[site.id].follow_home(response.url)
        info = pagetype.classify(doc, is_home=kind == "home", headline=kind == "article")
        info = self.plan[site.id].patterns.override(info, url)
        requests = self._follow(site, following.feed_follows(doc, site)) if kind == "home" else []
        if was_article and pagetype.no_longer_there(doc, info, known.get("title")):
            return [items.page_item(response, "gone", url)]
        if info.soft404:
            return [self._missing(response, url, "soft-404")]
        page_url, aliases = url, []
        canonical = self.plan[site.id].canonical_of(info.canonical, url, self.agent)
        copy = info.kind == "article" and self.sightings.copy_of_another(
            site.id, url, doc.xpath("string((//h1)[1])"), info.body_chars, canonical,
            self.plan.seen)
        if canonical and canonical != url and info.kind == "article":
            page_url, aliases = canonical, [url]
            self.plan.seen.add(canonical)
        headlines, followed = self._follow_links(site, doc, response, info)
        waits = [f for f in followed if isinstance(f, Pending)]  # remembered, not requested
        requests += [f for f in followed if not isinstance(f, Pending)]
        # A shape earns its keep by revealing new headlines or by holding articles of its
        # own: calendars, tag clouds and second addresses of articles do neither.
        revealed = self.sightings.listed(headlines)
        self.plan[site.id].shapes[url_shape(url)].record(
            revealed or (info.kind == "article" and not copy))
        if info.kind == "article" and not copy:
            self.sightings.article(site.id, url)
        if kind == "article":  # what the headline led to
            self.sightings.led_to(site.id, url, info.kind == "article" and not copy)
        if info.kind != "article" and not self.plan[site.id].indexed:
            # Only where no sitemap or feed says it better: a page mixes several lists.
            requests += self._recheck_vanished(site, known, headlines, ordered=True)
        if kind == "postback":  # a postback page shares its URL with the listing's page 1
            return [*requests, items.visited_item(response, requests + waits)]
        # What a page listed tells the next run what vanished (crawler/revisit.py).
        item = items.page_item(response, info.kind, page_url, aliases=aliases, links=headlines,
                               discovered=requests + waits)
        item["menu_page"] = self.sightings.menu_page(url)
        item["same_as"] = self.sightings.take_same_as(site.id)
        if info.kind == "article" and (part := self._next_part(site, doc, response.url, item)):
            return [*requests, part]
        return [*requests, item]

    # -- multi-page articles -------------------------------------------------------------

    def _next_part(self, site: Site, doc, url: str, item: dict) -> Request | None:
        """A request for the article's next page, carrying the article so far; None when
        this is its last page. The parts are extracted together, in order."""
        following = canonical_url(discovery.next_page_url(doc, url) or "")
        if (not following or following in self.plan.seen or len(item["more_pages"]) >= MAX_PARTS
                or not self.robots_allow(site.id, following)):
            return None
        self.plan.seen.add(following)
        self.plan[site.id].requested += 1
        return Request(
            following, callback=self.parse_part, errback=self.part_failed,
            priority=P_ARTICLE + 1,
            meta={"site": site.id, "download_slot": host_slot(following), "kind": "part",
                  "item": item},
        )

    def parse_part(self, response):
        item = response.meta["item"]
        report = self.report.site(item["site"])
        report.pages_fetched += 1
        doc = None
        if response.status == 200 and items.is_html(response):
            doc = discovery.parse_html(response.body, response.url, response.encoding)
        if doc is None:
            report.skipped["part-missing"] += 1
            return [item]
        item["more_pages"].append(response.body)
        return [self._next_part(self.sites[item["site"]], doc, response.url, item) or item]

    def part_failed(self, failure):
        item = failure.request.meta["item"]
        self.report.site(item["site"]).error(f"{failure.request.url}: {items.describe(failure)}")
        return [item]  # the pages we have are better than no article

    # -- links -------------------------------------------------------------------------

    def _follow(self, site: Site, follows, waits: list | None = None) -> list[Request]:
        """Requests for `follows`; the ones set to wait go to `waits` as frontier entries
        (a killed run's waiting links wait again in the next one)."""
        requests = []
        for f in follows:
            self.sightings.linked(f.url, "headline" if f.kind == "article" else
                             "menu" if f.menu else "other")
            if f.can_wait or self.sightings.second_address(site.id, f):
                if self.sightings.same_article(site.id, f):
                    continue  # recorded with the page's item, never fetched
                self.sightings.wait(site.id, f)
                if waits is not None:
                    waits.append(Pending(site.id, f.url, f.kind, f.priority, f.chain,
                                         waiting=True, anchor=f.text))
                continue
            if f.pager and f.step and any(r.meta.get("pager") for r in requests):
                continue  # one page at a time
            req = self._request(site, f.url, f.kind, f.priority, f.recheck, f.chain)
            if req is not None:
                req.meta["pager"] = f.pager
                requests.append(req)
        return requests

    def _follow_links(self, site: Site, doc, response, info) -> tuple[list[str], list]:
        """(the headline links the page shows, in order; the requests it leads to)."""
        headlines, follows, pays = following.page_follows(
            doc, response.url, info.kind, response.meta.get("chain"), self.plan[site.id],
            self.pagination, lambda found: self.sightings.novel(site.id, found))
        waits: list[Pending] = []
        requests = self._follow(site, follows, waits)
        if pays and (form := discovery.postback_form(doc)) is not None:
            chain = response.meta.get("chain") or canonical_url(response.url) or response.url
            requests += self._postbacks(site, form, response, chain)
        return headlines, requests + waits

    def _postbacks(self, site: Site, form, response, chain: str) -> list[Request]:
        """ASP.NET pagers: post the page's form back, as a browser does on a click."""
        done = self.postbacks.setdefault(canonical_url(response.url) or response.url, set())
        posts = [] if self.plan[site.id].down else \
            following.postbacks(form, response.url, done, MAX_POSTBACK_PAGES)
        self.plan[site.id].requested += len(posts)
        return [self._make(site.id, Ask(action, {}, None), "postback", P_PAGER, chain, "POST",
                           body) for action, body in posts]

    def _recheck_vanished(self, site: Site, known: dict | None, now_listed: list[str],
                          ordered: bool) -> list[Request]:
        """Revisit known articles a listing, feed or sitemap no longer shows (deleted?)."""
        if self.plan[site.id].mode != INCREMENTAL or not known or not known.get("links"):
            return []
        archive = self.known.get(site.id, {})
        before = json.loads(known["links"])
        return [r for url in revisit.vanished(before, now_listed, archive, ordered)
                if (r := self._request(site, url, "article", P_ARTICLE, recheck=True))]

    # -- items (spiders/items.py builds them) ---------------------------------------------

    def _missing(self, response, url: str, reason: str) -> dict:
        self.report.site(response.meta["site"]).skipped[reason] += 1
        return items.missing_item(response, url, reason)

    def _failed(self, response) -> dict:
        """A 5xx after every retry."""
        self.report.site(response.meta["site"]).skipped[f"http-{response.status}"] += 1
        return items.failed_item(response.meta["site"], items.answered(response))

