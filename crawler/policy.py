"""What is worth a request in this run, site by site; plain state, no fetching, no Scrapy.

Each site is crawled in one of three modes, decided from the archive before the run:

- backfill: the site has never been walked to its end (a first crawl, or one that was
  killed). Every link is followed and every pager walked to its end; pages the archive
  held before this run began are not fetched again (the pending frontier a killed run
  left behind is resumed instead, crawler/crawlstate.py).
- incremental: the backfill is done. New articles come by headlines, feeds and sitemaps;
  known pages are revisited by age (crawler/revisit.py) with conditional requests; a pager
  is followed while it shows articles the archive did not hold when the run began.
- full (`lhh crawl --full`): every page is fetched again, unconditionally.

"Known" always means stored before this run began, never "seen earlier in this run".
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from crawler import pagetype, revisit
from crawler.config import Site
from crawler.discovery import Robots
from crawler.urls import (
    canonical_url,
    in_scope,
    same_page_key,
    site_key,
    skip_reason,
    url_shape,
)

UNPRODUCTIVE_SHAPE = 4  # pages in a row of one URL shape with nothing new: the shape is dropped
MAX_CHAIN = 2000  # pages of one pager chain: no listing is followed forever

BACKFILL, INCREMENTAL, FULL = "backfill", "incremental", "full"
# Reasons a pending request left by an earlier run needs no fetching any more.
SETTLED_SKIPS = ("scope", "not-content", "file", "too-long", "robots", "known")


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


@dataclass
class SitePlan:
    """One site's crawl in this run: its mode, what the archive knew, what it has cost."""

    site: Site
    mode: str
    known: dict[str, dict]  # url -> what the archive held before this run began
    prefix: str | None = None  # path the site lives under, when it shares its host
    robots: Robots | None = None
    requested: int = 0
    capped: bool = False  # max_pages stopped it: the site was not walked to its end
    down: str | None = None  # why the site is down for this run
    robots_failed: bool = False  # robots.txt gave no answer: the homepage decides
    shapes: dict[str, ShapeStats] = field(default_factory=lambda: defaultdict(ShapeStats))
    patterns: SitePatterns | None = None
    moved_to: set[str] = field(default_factory=set)  # hosts the homepage redirected to
    moved_from: str | None = None
    moved_home = None  # the homepage's final URL, split, once it redirected to another host

    def __post_init__(self):
        self.patterns = SitePatterns.of(self.site)
        self.article_shapes = {url_shape(u) for u, p in self.known.items() if p.get("article_id")}
        # Sites whose feeds or sitemaps answered last time: their listings need no revisits.
        self.indexed = any(p["kind"] in ("feed", "sitemap", "sitemap-index")
                           and p["status"] in (200, 304) for p in self.known.values())
        self.home_url = canonical_url(self.site.url) or ""
        self.watched = _listings_to_watch(self.known, self.home_url)
        home = self.known.get(self.home_url)
        # Every article incremental runs found new was listed by the site's sitemaps or
        # feeds (read every run): the homepage and listings add nothing to them.
        self.news_in_indexes = self.mode == INCREMENTAL and bool(
            home and home.get("news_in_indexes"))
        # Known pages by what two spellings of one page share (urls.same_page_key).
        self.spelled = {same_page_key(url): url for url in self.known}
        # A site that moved (www., https, a new domain) is stored where it lives now:
        # the next runs go there at once, not through a redirect for every request.
        hosts = {urlsplit(url)._replace(path="", query="", fragment="").geturl()
                 for url in self.known}
        home = urlsplit(self.site.url)
        if len(hosts) == 1 and f"{home.scheme}://{home.netloc}" not in hosts:
            self.follow_home(hosts.pop() + home.path)

    def redundant(self, url: str, known: dict) -> bool:
        """A known listing whose articles, last time, the homepage and the listings kept
        watched showed as well: a static page's "Tin mới" sidebar, a category whose
        page 1 is the homepage's list; or a feed whose items are all articles a vouching
        sitemap (fetched every run) lists: it tells of their news and their edits too. A
        sitemap without dates, or one that let an edit go untold, leaves the feed's dates
        and digests the only word on edits. It is checked monthly (crawler/revisit.py)."""
        if known.get("kind") == "feed":
            items = _links(known)
            return bool(items) and all(self.known.get(u, {}).get("vouched") for u in items)
        return known.get("kind") == "listing" and url not in self.watched

    def known_feeds(self) -> list[str]:
        """Feeds that answered last time (in incremental runs; a backfill finds them)."""
        if self.mode != INCREMENTAL:
            return []
        return [url for url, row in self.known.items()
                if row.get("kind") == "feed" and row.get("status") in (200, 304)]

    def home_due(self) -> bool:
        """The homepage is read every run, but weekly where the news are in the sitemaps
        and feeds: the weekly read is how a new article they missed would show, and end
        that."""
        if not self.news_in_indexes or self.robots_failed:
            return True
        return revisit.due(self.known[self.home_url], indexed=True)

    def may_have_overflowed(self, listed: list[str]) -> bool:
        """A feed or sitemap whose every item is new tonight may have dropped some off its
        end (a burst of news longer than its window): the homepage is read tonight."""
        return self.news_in_indexes and len(listed) >= 2 and \
            not any(url in self.known for url in listed)

    def listing_told(self, url: str) -> bool:
        """A listing page a sitemap or feed dates: its date moves with its news, which the
        sitemaps and feeds list themselves where they list all the news."""
        known = self.known.get(url)
        return self.news_in_indexes and bool(known) and known.get("kind") == "listing"

    def canonical_of(self, canonical: str | None, url: str, agent: str) -> str | None:
        """A page's rel=canonical, honoured only when it names another page of this site,
        not the homepage (some templates point every page at the homepage)."""
        canon = canonical_url(canonical, url) if canonical else None
        if not canon or not self.in_scope(canon) or canon == canonical_url(self.site.url):
            return None
        return canon if not skip_reason(canon) and self.allowed(canon, agent) else None

    def allowed(self, url: str, agent: str) -> bool:
        return self.robots is None or self.robots.allowed(url, agent)

    def in_scope(self, url: str) -> bool:
        return in_scope(url, self.site.url, (*self.site.allowed_domains, *self.moved_to),
                        self.prefix)

    def follow_home(self, final_url: str) -> None:
        """The homepage redirected to another host (www., https, a new domain): the site
        lives there now, and links to either host are its pages."""
        host = site_key(final_url)
        if host != site_key(self.site.url) and host[1] == site_key(self.site.url)[1]:
            self.moved_to.add(host[0])
            self.moved_from = urlsplit(self.site.url).hostname
            self.moved_home = urlsplit(final_url)

    def where(self, url: str) -> str:
        """A link still naming the host the site moved from, rewritten to where it lives
        now: the old host would answer each one with a redirect (two requests a page)."""
        if not self.moved_to:
            return url
        parts = urlsplit(url)
        if parts.hostname != self.moved_from or parts.port != self.moved_home.port:
            return url
        return parts._replace(scheme=self.moved_home.scheme,
                              netloc=self.moved_home.netloc).geturl()


@dataclass(frozen=True)
class Ask:
    """A request worth making: the canonical URL and the headers to make it with."""

    url: str
    headers: dict[str, str]
    known: dict | None


class Plan:
    """Every site's plan for this run and the URLs already asked for."""

    def __init__(self, sites: list[Site], known: dict[str, dict[str, dict]],
                 complete: set[str], full: bool, agent: str,
                 note: Callable[[str, str], None] = lambda site, reason: None):
        self.agent = agent
        self.note = note  # counts a skip in the run's report
        shared = Counter(site_key(s.url) for s in sites)
        self.sites: dict[str, SitePlan] = {}
        for site in sites:
            mode = FULL if full else INCREMENTAL if site.id in complete else BACKFILL
            prefix = _directory(site.url) if shared[site_key(site.url)] > 1 else None
            self.sites[site.id] = SitePlan(site, mode, known.get(site.id, {}), prefix)
        self.seen: set[str] = set()
        self.seen_keys: set[str] = set()  # same_page_key of what was asked for
        self.skipped_known: set[str] = set()

    def __getitem__(self, site_id: str) -> SitePlan:
        return self.sites[site_id]

    def ask(self, site_id: str, url: str, kind: str, recheck: bool = False) -> Ask | str:
        """An Ask if `url` is new, in the site, allowed and worth it in this mode; else
        why not (noted for the report when it is worth a line there)."""
        plan = self.sites[site_id]
        canon = canonical_url(plan.where(url))
        if canon is None:
            return "scope"
        if canon in self.seen or same_page_key(canon) in self.seen_keys:
            return "seen"
        if plan.down:
            return "down"
        page = kind in ("page", "article")
        if page and not plan.in_scope(canon):
            return "scope"
        if not page and site_key(canon) != site_key(plan.site.url) and \
                not plan.in_scope(canon):
            return "scope"
        if page and (reason := skip_reason(canon)):
            return self._skip(site_id, reason, canon)
        if not plan.allowed(canon, self.agent):
            return self._skip(site_id, "robots", canon)
        if kind == "page" and plan.shapes[url_shape(canon)].exhausted:
            return self._skip(site_id, "unproductive-shape")
        known = plan.known.get(canon) or plan.known.get(plan.spelled.get(same_page_key(canon)))
        if known and plan.mode != FULL and not recheck and self._still_good(plan, canon, kind,
                                                                             known):
            if canon not in self.skipped_known:
                self.skipped_known.add(canon)
                self.note(site_id, "known")
            return "known"  # not in `seen`: a vanished-from-listing check may still want it
        if plan.site.max_pages and plan.requested >= plan.site.max_pages:
            plan.capped = True
            return self._skip(site_id, "max-pages")
        self.seen.add(canon)
        self.seen_keys.add(same_page_key(canon))
        plan.requested += 1
        headers = revisit.conditional_headers(known) if known and plan.mode != FULL else {}
        return Ask(canon, headers, known)

    def _still_good(self, plan: SitePlan, url: str, kind: str, known: dict) -> bool:
        """True when what the archive holds of a known URL needs no request now."""
        if kind == "feed" and plan.mode == INCREMENTAL and plan.redundant(url, known):
            return not revisit.due(known, redundant=True)
        if kind in ("feed", "sitemap"):
            return known.get("status") in (404, 410)  # a probe that found nothing
        if plan.mode == BACKFILL:
            return True  # stored by this backfill already; its pending links are resumed
        # A page shaped like the site's articles is no listing to watch, whatever its
        # sidebar lists (notices, short posts); nor is one that showed nothing the
        # homepage (fetched every run) did not show too.
        as_kind = "other" if known.get("kind") == "listing" and \
            url_shape(url) in plan.article_shapes else None
        return not revisit.due(known, indexed=plan.indexed, as_kind=as_kind,
                               redundant=plan.redundant(url, known))

    def _skip(self, site_id: str, reason: str, canon: str | None = None) -> str:
        self.note(site_id, reason)
        if canon:
            self.seen.add(canon)
        return reason


class Pagination:
    """Pager chains: a listing's pages are followed while each shows headlines that the
    earlier pages of its own chain did not (a pager repeating its last page, or a
    calendar of empty months, stops by itself) and that the crawl had not seen anywhere
    else (`novel`): an archive repeating what the sitemap or the other listings showed
    is not worth its next page.

    A chain's first page is given its second page even when it shows nothing new: a
    category whose page 1 repeats the homepage's latest news shows the older ones on its
    page 2. Once a page 2 reached that way showed nothing new either, chains starting at
    pages of the same shape (the other tags, authors, months) are not given theirs."""

    def __init__(self) -> None:
        self.shown: dict[str, set[str]] = defaultdict(set)
        self.length: Counter = Counter()
        self.second_pays: dict[str, bool] = {}  # shape of a chain's first page -> ever?

    def pays(self, chain: str, headlines: list[str], novel: bool,
             known: dict | None = None) -> int | None:
        """How many of its pager's links the page of `chain` showing `headlines` earns:
        0, 1 (the next page only) or None (all it shows)."""
        return self._pays(chain, headlines, novel, known)

    def _pays(self, chain: str, headlines: list[str], novel: bool,
              known: dict | None) -> int | None:
        """Whether the page of `chain` showing `headlines` earns its pager a request.

        With `known` (incremental runs) the page must instead look like it may continue
        with articles the archive did not hold when the run began: at least as many of
        its fresh headlines unknown as known. A list ordered newest first that shows
        known articles has reached what the archive holds; sidebars of old favourites
        are outnumbered on a page full of news."""
        fresh = [h for h in headlines if h not in self.shown[chain]]
        self.shown[chain].update(headlines)
        self.length[chain] += 1
        depth, first = self.length[chain], url_shape(chain)
        if depth == 2:
            self.second_pays[first] = self.second_pays.get(first, False) or novel
        if not fresh or depth >= MAX_CHAIN:
            return 0
        if known is not None:  # one page at a time, while it shows unknown articles
            unknown = sum(1 for h in fresh if h not in known)
            return int(unknown > 0 and unknown >= len(fresh) - unknown)
        if novel:
            return None
        return int(depth == 1 and self.second_pays.get(first, True))


def _listings_to_watch(known: dict[str, dict], home: str) -> set[str]:
    """The fewest known listings that, with the homepage, showed every archived article
    any listing showed last time: the longest lists first, each kept if it showed
    something the ones kept before did not (a greedy cover)."""
    articles = {url for url, row in known.items() if row.get("article_id")}

    def links(row: dict) -> set[str]:  # the articles it showed (a documents list shows none)
        return _links(row) & articles

    covered = links(known.get(home, {}))
    lists = sorted(((len(links(row)), url) for url, row in known.items()
                    if row.get("kind") == "listing" and url != home), reverse=True)
    watched = set()
    for _, url in lists:
        shown = links(known[url])
        if shown - covered:
            watched.add(url)
            covered |= shown
    return watched


def _links(row: dict) -> set[str]:
    """What a known listing, feed or sitemap listed last time."""
    return set(json.loads(row["links"])) if row.get("links") else set()


def _directory(url: str) -> str | None:
    """The folder a site's homepage URL names (/lhh/ of http://h/lhh/), if any."""
    path = urlsplit(url).path
    folder = path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
    return folder if folder != "/" else None
