"""What one crawl run has seen of each site's links and pages, and what it makes of them;
plain state, no fetching, no Scrapy.

- how each URL was linked (a headline, a menu entry, anything else): a page only menus
  link is part of the site (Giới thiệu, Liên hệ), not of its news;
- what headlines of each URL shape led to: a shape whose pages so far were all something
  else (a calendar's events) reveals nothing worth a pager;
- which articles it has seen listed (pages, feeds, sitemaps): a listing that shows none
  new is not worth its next page;
- second addresses of an article: a headline worded like one already followed to another
  URL, a URL naming the same id-alias, a page bearing the headline and length of text of
  a page already fetched;
- links of little promise, waiting until their site has nothing better to do.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass

from crawler.following import Follow
from crawler.urls import item_key, url_shape

WAITED_BARREN = 2  # waiting pages of one shape in a row that showed nothing new: enough


@dataclass
class Outcomes:
    """What the headlines of one URL shape led to: articles, or something else."""

    articles: int = 0
    others: int = 0

    def record(self, article: bool) -> None:
        if article:
            self.articles += 1
        else:
            self.others += 1

    @property
    def dead(self) -> bool:
        return self.others >= 2 and not self.articles


class Sightings:
    def __init__(self) -> None:
        self.revealed: set[str] = set()
        self.linked_as: dict[str, Counter] = {}
        self.outcomes: dict[tuple[str, str], Outcomes] = defaultdict(Outcomes)
        self.titles: dict[tuple[str, str], list] = {}  # (site, headline) -> [(url, length)]
        self.anchors: dict[tuple, str] = {}  # (site, headline words or id-alias) -> first URL
        self.waiting: dict[str, deque[Follow]] = {}
        self.articles: set[str] = set()  # URLs that held articles of their own
        self.same_as: dict[str, list[tuple[str, str]]] = {}  # site -> (second, first) URLs

    def remember(self, site: str, known: dict[str, dict]) -> None:
        """Articles archived before this run count as seen under their titles: a link
        worded like one of them, to another URL, is a second address (crawler.following)."""
        for url, row in known.items():
            if row.get("own") and row.get("title"):
                for key in _names(site, row["title"], url):
                    self.anchors.setdefault(key, url)
                self.articles.add(url)

    # -- links --------------------------------------------------------------------------

    def linked(self, url: str, role: str) -> None:
        """`url` was linked as a "headline", a "menu" entry or "other"."""
        self.linked_as.setdefault(url, Counter())[role] += 1

    def menu_page(self, url: str) -> bool:
        """Menus link it from several pages and nothing links it as a headline."""
        roles = self.linked_as.get(url, Counter())
        return roles["menu"] >= 2 and not roles["headline"]

    def second_address(self, site: str, follow: Follow) -> bool:
        """A headline reading word for word like one already followed to another URL, or
        a URL naming the same "id-alias" as one already followed, is most likely the same
        article at a second address (raw and friendly URLs, mobile views); two articles
        may share a title, so it waits rather than being dropped."""
        if follow.kind != "article":
            return False
        firsts = [self.anchors.setdefault(key, follow.url)
                  for key in _names(site, follow.text, follow.url)]
        return any(first != follow.url and not _other_items(first, follow.url)
                   for first in firsts)

    def claim(self, site: str, url: str) -> None:
        """A feed or sitemap lists `url`: it is the first address of its id-alias."""
        for key in _names(site, None, url):
            self.anchors.setdefault(key, url)

    def proven_first(self, site: str, follow: Follow) -> str | None:
        """The first address of a second address, once it proved an article and lies on
        another route of the CMS (index.php?option=… beside /tin-tuc/123-…, a mobile
        view): the same article, not worth a request. On the same route it is another
        article that happens to share its title."""
        for key in _names(site, follow.text, follow.url):
            first = self.anchors.get(key)
            if first and first != follow.url and first in self.articles \
                    and url_shape(first) != url_shape(follow.url) \
                    and not _other_items(first, follow.url):
                return first
        return None

    def same_article(self, site: str, follow: Follow) -> bool:
        """`follow` is a second address of an article already proved: it is noted as
        such (take_same_as) instead of being fetched."""
        first = self.proven_first(site, follow)
        if first:
            self.same_as.setdefault(site, []).append((follow.url, first))
        return first is not None

    def take_same_as(self, site: str) -> list[tuple[str, str]]:
        """(second address, first address) pairs noted since the last call: they travel
        with the site's next item, so the archive records the URL without fetching it."""
        return self.same_as.pop(site, [])

    def article(self, site: str, url: str) -> None:
        """`url` held an article of its own (not a copy of one fetched before); the
        links waiting as its second addresses are noted as such and wait no more."""
        self.articles.add(url)
        waiting = self.waiting.get(site)
        if waiting:
            keep = [f for f in waiting if not (f.kind == "article" and self.same_article(site, f))]
            if len(keep) < len(waiting):
                self.waiting[site] = deque(keep)

    def wait(self, site: str, follow: Follow) -> None:
        self.waiting.setdefault(site, deque()).append(follow)

    def worth_now(self, site: str, shapes) -> Iterator[Follow]:
        """The site's waiting links still worth a request, in the order they came: not
        second addresses of articles already archived, not pages of a shape whose last
        WAITED_BARREN pages showed nothing new (with every listing walked, an archive
        that repeats them says nothing more). Taken off the queue as they are given."""
        waiting = self.waiting.get(site, deque())
        while waiting:
            f = waiting.popleft()
            if f.kind == "article" and (self.dead_shape(site, f.url)
                                        or self.same_article(site, f)):
                continue
            if f.kind == "page" and shapes[url_shape(f.url)].barren_streak >= WAITED_BARREN:
                continue
            yield f

    # -- what listings showed -------------------------------------------------------------

    def listed(self, urls: list[str]) -> bool:
        """Note articles a page, feed or sitemap listed; True if any was not seen before."""
        fresh = [u for u in urls if u not in self.revealed]
        self.revealed.update(urls)
        return bool(fresh)

    def novel(self, site: str, headlines: list[str]) -> bool:
        """Some of `headlines` are not seen listed before and lead where articles are."""
        return any(h not in self.revealed and not self.outcomes[(site, url_shape(h))].dead
                   for h in headlines)

    # -- what pages turned out to be ----------------------------------------------------

    def led_to(self, site: str, url: str, article: bool) -> None:
        """A headline of `url`'s shape led to an article (of its own) or not."""
        self.outcomes[(site, url_shape(url))].record(article)

    def dead_shape(self, site: str, url: str) -> bool:
        return self.outcomes[(site, url_shape(url))].dead

    def copy_of_another(self, site: str, url: str, headline: str, body_chars: int,
                        canonical: str | None, seen: set[str]) -> bool:
        """This article page is one fetched at another address: it names that address as
        canonical, or bears the same headline and length of text."""
        if canonical and canonical != url and canonical in seen:
            return True
        title = " ".join(headline.split()).casefold()
        if not title:
            return False
        first = self.titles.setdefault((site, title), [])
        first.append((url, body_chars))
        # A headline on three pages is the site's name in an <h1>, not a title; two
        # articles may share a title (a yearly meeting), not the length of their text.
        return len(first) == 2 and first[0][0] != url and \
            abs(first[0][1] - body_chars) <= 0.03 * max(first[0][1], 1)


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _other_items(a: str, b: str) -> bool:
    """Both URLs name an article by id-alias, and not the same one: two articles, however
    alike their headlines (the yearly "sơ kết công tác 6 tháng đầu năm")."""
    key_a, key_b = item_key(a), item_key(b)
    return bool(key_a and key_b and key_a != key_b)


def _names(site: str, headline: str | None, url: str) -> list[tuple]:
    """What an article is known by on its site: its headline's words, its URL's id-alias."""
    names: list[tuple] = [(site, _words(headline))] if headline else []
    key = item_key(url)
    if key:
        names.append((site, "#id", *key))
    return names
