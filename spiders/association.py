"""The association-site spider: decides what to fetch and yields pages; never stores.

From each site's homepage it reads robots.txt (rules, Sitemap: lines, Crawl-delay),
feeds and sitemaps, listings and their pagination (ASP.NET postback pagers included),
and the article pages they reveal. What to follow is decided from the page's own
structure (crawler/pagetype.py, crawler/discovery.py) and from what the crawl has
learned so far about each URL shape: a shape that keeps costing requests without
revealing articles (calendars, endless pagers, tag clouds) stops being followed.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import scrapy
from scrapy.http import FormRequest, Request

from crawler import discovery, pagetype, revisit
from crawler.config import Site
from crawler.runs import RunReport
from crawler.urls import canonical_url, on_site, skip_reason, url_shape

UNPRODUCTIVE_SHAPE = 4  # pages in a row of one URL shape with nothing new: the shape is dropped
MAX_POSTBACK_PAGES = 1000  # per listing URL: a pager is never followed forever
MAX_PARTS = 30  # pages of one multi-page article

# Request priorities: what reveals the most articles per request goes first.
P_ROBOTS, P_SITEMAP, P_FEED, P_ARTICLE, P_HOME, P_PAGER, P_LISTING, P_OTHER = (
    100, 60, 50, 40, 30, 20, 10, 0)


@dataclass
class ShapeStats:
    """How pages of one URL shape have paid off: a run of fetches with nothing new ends it."""

    barren_streak: int = 0

    def record(self, productive: bool) -> None:
        self.barren_streak = 0 if productive else self.barren_streak + 1

    @property
    def exhausted(self) -> bool:
        return self.barren_streak >= UNPRODUCTIVE_SHAPE


@dataclass(frozen=True)
class SitePatterns:
    """The optional `article_pattern` / `listing_pattern` of a site, as the user's word
    over what structure says."""

    article: re.Pattern | None
    listing: re.Pattern | None

    @classmethod
    def of(cls, site: Site) -> SitePatterns:
        compile_ = lambda pattern: re.compile(pattern) if pattern else None  # noqa: E731
        return cls(compile_(site.article_pattern), compile_(site.listing_pattern))

    def override(self, info: pagetype.PageInfo, url: str) -> pagetype.PageInfo:
        if info.soft404:
            return info
        if self.listing and self.listing.search(url):
            return replace(info, kind="listing")
        if self.article and self.article.search(url) and \
                info.body_chars >= pagetype.ARTICLE_RUN_WITH_MARKUP:
            return replace(info, kind="article")
        return info


class AssociationSpider(scrapy.Spider):
    name = "association"

    def __init__(self, sites: list[Site], report: RunReport, known=None, full=False, **kw):
        super().__init__(**kw)
        self.sites = {site.id: site for site in sites}
        self.report = report
        self.known: dict[str, dict[str, dict]] = known or {}
        self.full = full or not any(self.known.values())
        self.robots: dict[str, discovery.Robots] = {}
        self.seen: set[str] = set()
        self.shapes: dict[tuple[str, str], ShapeStats] = defaultdict(ShapeStats)
        self.postbacks: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.shape_links: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.revealed: set[str] = set()
        self.skipped_known: set[str] = set()
        self.patterns = {site.id: SitePatterns.of(site) for site in sites}
        self.article_shapes = {
            site: {url_shape(url) for url, page in pages.items() if page.get("article_id")}
            for site, pages in self.known.items()
        }
        self.article_shapes = defaultdict(set, self.article_shapes)
        self.requested: dict[str, int] = defaultdict(int)
        # Sites whose feeds or sitemaps answered last time: their listings need no revisits.
        self.indexed = {
            site for site, pages in self.known.items()
            if any(p["kind"] in ("feed", "sitemap") and p["status"] in (200, 304)
                   for p in pages.values())
        }

    # -- hooks for the middlewares -----------------------------------------------------

    def robots_allow(self, site_id: str | None, url: str) -> bool:
        robots = self.robots.get(site_id)
        return robots is None or robots.allowed(url, self.settings.get("USER_AGENT"))

    def note_skip(self, site_id: str | None, reason: str) -> None:
        if site_id:
            self.report.site(site_id).skipped[reason] += 1

    # -- requests ----------------------------------------------------------------------

    def _request(self, site: Site, url: str, kind: str, priority: int, **extra) -> Request | None:
        """A request for url if it is new, on the site, allowed and worth it; else None."""
        canon = canonical_url(url)
        if canon is None or canon in self.seen:
            return None
        if not on_site(canon, site.url, site.allowed_domains):
            return None
        if kind in ("page", "article") and (reason := skip_reason(canon)):
            self.note_skip(site.id, reason)
            self.seen.add(canon)
            return None
        if not self.robots_allow(site.id, canon):
            self.note_skip(site.id, "robots")
            self.seen.add(canon)
            return None
        shape = self.shapes[(site.id, url_shape(canon))]
        if kind == "page" and shape.exhausted:
            self.note_skip(site.id, "unproductive-shape")
            return None
        known = self.known.get(site.id, {}).get(canon)
        missing = known and kind in ("feed", "sitemap") and known.get("status") in (404, 410)
        if known and not self.full and (kind in ("page", "article") or missing) \
                and not extra.get("recheck"):
            # A page shaped like the site's articles is no listing to watch, whatever
            # its sidebar lists (notices, short posts).
            as_kind = "other" if known.get("kind") == "listing" and \
                url_shape(canon) in self.article_shapes[site.id] else None
            if not revisit.due(known, indexed=site.id in self.indexed, as_kind=as_kind):
                # Not added to `seen`: a vanished-from-listing check may still want it.
                if canon not in self.skipped_known:
                    self.skipped_known.add(canon)
                    self.note_skip(site.id, "known")
                return None
        if site.max_pages and self.requested[site.id] >= site.max_pages:
            self.note_skip(site.id, "max-pages")
            return None
        self.seen.add(canon)
        self.requested[site.id] += 1
        headers = revisit.conditional_headers(known) if known and not self.full else {}
        return Request(
            canon,
            callback=self.parse_page if kind in ("page", "article", "home") else self.parse_index,
            errback=self.failed,
            priority=priority,
            headers=headers,
            meta={"site": site.id, "download_slot": site.id, "kind": kind, "known": known},
        )

    async def start(self):
        for site in self.sites.values():
            self.report.site(site.id)
            robots_url = canonical_url("/robots.txt", site.url)
            self.seen.add(robots_url)
            yield Request(
                robots_url, callback=self.parse_robots, errback=self.robots_failed,
                priority=P_ROBOTS, dont_filter=True,
                meta={"site": site.id, "download_slot": site.id, "kind": "robots",
                      "dont_redirect": False},
            )

    def parse_robots(self, response):
        site = self.sites[response.meta["site"]]
        report = self.report.site(site.id)
        report.reached |= response.status < 500  # a 5xx answer is a site that is down
        report.pages_fetched += 1
        text = response.text if response.status == 200 and _is_text(response) else ""
        robots = discovery.parse_robots(text, self.settings.get("USER_AGENT"))
        self.robots[site.id] = robots
        if robots.crawl_delay:
            self._slow_down(site, min(robots.crawl_delay, 30.0))
        yield from self._discovery_requests(site, robots.sitemaps)

    def robots_failed(self, failure):
        site = self.sites[failure.request.meta["site"]]
        self.report.site(site.id).error(f"robots.txt: {_describe(failure)}")
        self.robots[site.id] = discovery.parse_robots("", "")
        # The homepage decides whether the site is down: try it anyway.
        yield from self._discovery_requests(site, ())

    def _slow_down(self, site: Site, delay: float) -> None:
        downloader = self.crawler.engine.downloader
        slot_settings = downloader.per_slot_settings.setdefault(site.id, {})
        slot_settings["delay"] = max(slot_settings.get("delay", 0.0), delay)
        if site.id in downloader.slots:
            downloader.slots[site.id].delay = slot_settings["delay"]

    def _discovery_requests(self, site: Site, robots_sitemaps):
        home = self._request(site, site.url, "home", P_HOME, recheck=True)
        if home is not None:
            yield home
        for url in site.start_urls:
            if (req := self._request(site, url, "page", P_LISTING, recheck=True)) is not None:
                yield req
        sitemaps = list(site.sitemaps) + list(robots_sitemaps)
        if not sitemaps:
            sitemaps = [canonical_url(path, site.url) for path in discovery.COMMON_SITEMAPS]
            self.report.site(site.id)  # probing a common path costs one request
        for url in sitemaps:
            if (req := self._request(site, url, "sitemap", P_SITEMAP)) is not None:
                yield req
        for url in site.feeds:
            if (req := self._request(site, url, "feed", P_FEED)) is not None:
                yield req
        yield from self._resume_requests(site)

    def _resume_requests(self, site: Site):
        """Articles an earlier run saw listed but never fetched (it was killed, or a page
        failed): fetched now, so an interrupted run is completed by the next one."""
        known = self.known.get(site.id, {})
        for page in known.values():
            for url in json.loads(page["links"]) if page.get("links") else ():
                if url not in known:
                    req = self._request(site, url, "article", P_ARTICLE)
                    if req is not None:
                        yield req

    # -- responses ---------------------------------------------------------------------

    def failed(self, failure):
        request = failure.request
        site_id = request.meta["site"]
        report = self.report.site(site_id)
        name = type(failure.value).__name__
        if "Cancel" in name or "MaxSize" in name:
            report.skipped["too-large"] += 1
            # Remembered, so the next runs do not download it again to find out.
            return {"site": site_id, "url": canonical_url(request.url) or request.url,
                    "kind": "error", "status": None, "body": b"", "headers": {},
                    "note": "larger than DOWNLOAD_MAXSIZE"}
        if "IgnoreRequest" in name:
            return
        report.error(f"{request.url}: {_describe(failure)}")

    def parse_index(self, response):
        """A sitemap or a feed: every page it lists is worth a request."""
        site = self.sites[response.meta["site"]]
        report = self.report.site(site.id)
        report.reached |= response.status < 500  # a 5xx answer is a site that is down
        report.pages_fetched += 1
        kind = response.meta["kind"]
        if response.status == 304:
            report.not_modified += 1
            return
        if response.status != 200:
            if response.meta.get("known") is None:
                report.skipped[f"{kind}-{response.status}"] += 1
            # Remembered: a probed path that is not there is not probed every night.
            yield self._item(response, kind, canonical_url(response.url) or response.url)
            return
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except OSError:
                report.error(f"{response.url}: bad gzip")
                return
        if kind == "feed" or discovery.is_feed(body):
            entries = discovery.parse_feed(body, response.url)
            kind = "feed"
        else:
            sitemap_kind, entries = discovery.parse_sitemap(body, response.url)
            if sitemap_kind == "index":
                for entry in entries:
                    child = self._known(site, entry.url)
                    # The index says this part has not changed since we read it.
                    if child and entry.modified and \
                            not revisit.changed_since(entry.modified, child):
                        continue
                    req = self._request(site, entry.url, "sitemap", P_SITEMAP)
                    if req is not None:
                        yield req
                yield self._item(response, kind, response.url, body=body)
                return
        if not entries and b"<html" in body[:2000].lower():
            yield from self.parse_page(response)  # an HTML page at a feed path
            return
        for entry in entries:
            recheck = revisit.changed_since(entry.modified, self._known(site, entry.url))
            req = self._request(site, entry.url, "article", P_ARTICLE, recheck=recheck)
            if req is not None:
                yield req
        listed = [c for e in entries if (c := canonical_url(e.url))]
        # A sitemap lists every page: whatever left it is worth a look. A feed is a
        # sliding window, read like a listing.
        yield from self._recheck_vanished(site, response.meta.get("known"), listed,
                                          ordered=kind == "feed")
        yield self._item(response, kind, response.url, body=body, links=listed)

    def _known(self, site: Site, url: str) -> dict | None:
        canon = canonical_url(url)
        return self.known.get(site.id, {}).get(canon) if canon else None

    def parse_page(self, response):
        site = self.sites[response.meta["site"]]
        report = self.report.site(site.id)
        report.reached |= response.status < 500  # a 5xx answer is a site that is down
        report.pages_fetched += 1
        kind = response.meta["kind"]
        url = canonical_url(response.url) or response.url
        known = response.meta.get("known")
        shape = self.shapes[(site.id, url_shape(url))]
        if response.status == 304:
            report.not_modified += 1
            yield self._item(response, "not-modified", url)
            return
        if response.status in (404, 410):
            if known and known.get("article_id"):
                yield self._item(response, "gone", url)
            else:
                report.skipped[f"http-{response.status}"] += 1
            return
        if response.status >= 400:
            if kind == "home":
                report.error(f"homepage answered {response.status}")
            else:
                report.skipped[f"http-{response.status}"] += 1
            return
        if not _is_html(response):
            report.skipped["not-html"] += 1
            return
        doc = discovery.parse_html(response.body, response.url, response.encoding)
        if doc is None:
            report.skipped["empty"] += 1
            return
        info = pagetype.classify(doc, is_home=kind == "home")
        info = self.patterns[site.id].override(info, url)
        if kind == "home":
            yield from self._feed_requests(site, doc)
        was_article = bool(known and known.get("article_id"))
        if info.soft404 or (was_article and info.kind != "article"
                            and pagetype.says_not_found(doc)):
            if was_article:
                yield self._item(response, "gone", url)
            else:
                report.skipped["soft-404"] += 1
            return
        page_url, aliases = url, []
        canonical = self._consistent_canonical(site, info.canonical, url)
        if canonical and canonical != url and info.kind == "article":
            page_url, aliases = canonical, [url]
            self.seen.add(canonical)
        headlines = yield from self._follow_links(site, doc, response, info)
        # A shape earns its keep by revealing new headlines or by holding articles:
        # calendars and tag clouds do neither.
        revealed = self._revealed_new(site, headlines)
        shape.record(revealed or info.kind == "article")
        if info.kind != "article" and site.id not in self.indexed:
            # Only where no sitemap or feed says it better: a page mixes several lists.
            yield from self._recheck_vanished(site, known, headlines, ordered=True)
        if kind != "postback":  # a postback page shares its URL with the listing's page 1
            # What a page listed tells the next run what vanished (crawler/revisit.py).
            item = self._item(response, info.kind, page_url, aliases=aliases, links=headlines)
            if info.kind == "article":
                yield self._next_part(site, doc, response.url, item) or item
            else:
                yield item

    # -- multi-page articles -------------------------------------------------------------

    def _next_part(self, site: Site, doc, url: str, item: dict) -> Request | None:
        """A request for the article's next page, carrying the article so far; None when
        this is its last page. The parts are extracted together, in order."""
        following = canonical_url(discovery.next_page_url(doc, url) or "")
        if (not following or following in self.seen or len(item["more_pages"]) >= MAX_PARTS
                or not self.robots_allow(site.id, following)):
            return None
        self.seen.add(following)
        self.requested[site.id] += 1
        return Request(
            following, callback=self.parse_part, errback=self.part_failed,
            priority=P_ARTICLE + 1,
            meta={"site": site.id, "download_slot": site.id, "kind": "part", "item": item},
        )

    def parse_part(self, response):
        item = response.meta["item"]
        report = self.report.site(item["site"])
        report.pages_fetched += 1
        doc = None
        if response.status == 200 and _is_html(response):
            doc = discovery.parse_html(response.body, response.url, response.encoding)
        if doc is None:
            report.skipped["part-missing"] += 1
            yield item
            return
        item["more_pages"].append(response.body)
        yield self._next_part(self.sites[item["site"]], doc, response.url, item) or item

    def part_failed(self, failure):
        item = failure.request.meta["item"]
        self.report.site(item["site"]).error(f"{failure.request.url}: {_describe(failure)}")
        yield item  # the pages we have are better than no article

    def _feed_requests(self, site: Site, doc):
        """Feeds the homepage announces, else the common feed paths (one probe each)."""
        feeds = discovery.feed_links(doc)
        if not feeds and not site.feeds:
            feeds = [canonical_url(path, site.url) for path in discovery.COMMON_FEEDS]
        # One feed per path (RSS and Atom flavours list the same items), and no comment
        # feeds: they list comments on articles the other feeds already name.
        feeds = [url for url in feeds if "comment" not in urlsplit(url).path.lower()]
        feeds = list({urlsplit(url).path: url for url in reversed(feeds)}.values())[::-1]
        for url in feeds:
            if (req := self._request(site, url, "feed", P_FEED)) is not None:
                yield req

    def _consistent_canonical(self, site: Site, canonical: str | None, url: str) -> str | None:
        """rel=canonical is honoured only when it names another page of this site, not the
        homepage (some templates point every page at the homepage)."""
        if not canonical:
            return None
        canon = canonical_url(canonical, url)
        if not canon or not on_site(canon, site.url, site.allowed_domains):
            return None
        if canon == canonical_url(site.url) or skip_reason(canon):
            return None
        return canon if self.robots_allow(site.id, canon) else None

    def _follow_links(self, site: Site, doc, response, info):
        """Yield requests for the page's links; return the headline links it shows, in order."""
        # A teaser often links its article twice, by thumbnail and by headline: a URL is a
        # headline if any of its anchors reads like one.
        links: dict[str, discovery.Link] = {}
        pagers = []
        for link in discovery.page_links(doc):
            if link.pager:
                pagers.append(link)
                continue
            canon = canonical_url(link.url)
            if canon is None or not on_site(canon, site.url, site.allowed_domains):
                continue
            if canon not in links or _is_headline(link) and not _is_headline(links[canon]):
                links[canon] = link
        headlines = [url for url, link in links.items() if _is_headline(link)]
        pays = self._pagination_pays(site, response.url, headlines)
        patterns = self.patterns[site.id]
        for url, link in links.items():
            # sites.yaml may say what the site's articles and listings look like
            headline = _is_headline(link) or bool(patterns.article and patterns.article.search(url))
            if patterns.listing and patterns.listing.search(url):
                headline = False
                link = discovery.Link(link.url, link.text, nav=True, pager=False)
            if not (self.full or headline or link.nav):
                continue  # incremental: new articles come by headlines, feeds and sitemaps
            priority = P_ARTICLE if headline else (P_LISTING if link.nav else P_OTHER)
            req = self._request(site, url, "article" if headline else "page", priority)
            if req is not None:
                yield req
        if pays:
            for link in pagers:
                req = self._request(site, link.url, "page", P_PAGER, recheck=True)
                if req is not None:
                    yield req
                    if not self.full:
                        break  # an incremental run turns one page at a time
            if (form := discovery.postback_form(doc)) is not None:
                yield from self._postbacks(site, form, response)
        return headlines

    def _pagination_pays(self, site: Site, url: str, headlines: list[str]) -> bool:
        """Follow a page's pager only while it shows headlines that pages of its own shape
        have not shown: a pager repeating its last page, or a calendar, stops by itself.
        On an incremental run it must also show an article the archive does not know."""
        seen_here = self.shape_links[(site.id, url_shape(url))]
        fresh = [h for h in headlines if h not in seen_here]
        seen_here.update(headlines)
        if not fresh:
            return False
        if self.full:
            return True
        # Unknown to the archive and not already on its way in this run (sidebars repeat
        # today's new articles on every page).
        known = self.known.get(site.id, {})
        return any(h not in known and h not in self.seen for h in fresh)

    def _postbacks(self, site: Site, form, response):
        """ASP.NET pagers: post the page's form back, as a browser does on a click."""
        base = canonical_url(response.url) or response.url
        done = self.postbacks[base]
        for postback in discovery.pager_postbacks(form):
            key = (postback.target, postback.argument or postback.text)
            if key in done or len(done) >= MAX_POSTBACK_PAGES:
                continue
            done.add(key)
            self.requested[site.id] += 1
            action, fields = discovery.postback_fields(form, postback, response.url)
            yield FormRequest(
                action,
                formdata=fields,
                callback=self.parse_page,
                errback=self.failed,
                priority=P_PAGER,
                dont_filter=True,
                meta={"site": site.id, "download_slot": site.id, "kind": "postback",
                      "known": None},
            )

    def _revealed_new(self, site: Site, headlines: list[str]) -> bool:
        fresh = [h for h in headlines if h not in self.revealed]
        self.revealed.update(headlines)
        return bool(fresh)

    def _recheck_vanished(self, site: Site, known: dict | None, now_listed: list[str],
                          ordered: bool):
        """Revisit known articles a listing, feed or sitemap no longer shows (deleted?)."""
        if self.full or not known or not known.get("links"):
            return
        archive = self.known.get(site.id, {})
        before = json.loads(known["links"])
        for url in revisit.vanished(before, now_listed, archive, ordered):
            req = self._request(site, url, "article", P_ARTICLE, recheck=True)
            if req is not None:
                yield req

    def _item(self, response, kind: str, url: str, aliases=(), body: bytes | None = None,
              links: list[str] | None = None) -> dict:
        headers = {
            k.decode("latin-1"): b", ".join(v).decode("latin-1")
            for k, v in response.headers.items()
        }
        validators = {  # Scrapy's Headers look names up case-insensitively
            name: response.headers.get(name, b"").decode("latin-1") or None
            for name in ("ETag", "Last-Modified", "Content-Type")
        }
        return {
            "site": response.meta["site"],
            "url": url,
            "kind": "listing" if kind == "postback" else kind,
            "postback": response.meta.get("kind") == "postback",
            "status": response.status,
            "body": response.body if body is None else body,
            "headers": headers,
            "etag": validators["ETag"],
            "last_modified": validators["Last-Modified"],
            "content_type": validators["Content-Type"],
            "aliases": list(aliases),
            "more_pages": [],
            "links": links,
            "known": response.meta.get("known"),
        }


def _is_headline(link: discovery.Link) -> bool:
    return len(link.text.split()) >= 5 and not link.nav


def _is_text(response) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    return not ctype or ctype.startswith("text/")


def _is_html(response) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    if ctype:
        return "html" in ctype
    return b"<html" in response.body[:2000].lower()


def _describe(failure) -> str:
    value = failure.value
    return f"{type(value).__name__}: {value}".strip()[:200]
