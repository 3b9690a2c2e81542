"""Decide which extracted pages of a site are news articles, from the site's other pages.

Static pages ("Giới thiệu", "Liên hệ", "Sơ đồ tổ chức") have long text too, so the page
alone cannot tell. The site can: its news articles share a URL shape (one CMS route
with a slug or an id) and carry dates; a static page has a route of its own. A page is
accepted once its shape has proved itself with dated pages; until then it is held.
No fetching, no storing: the pipeline asks, this answers.

    shape has pages with >= 2 different dates       -> article (dated or not; two static
                                                        pages picking the same date from
                                                        the template prove nothing)
    shape has >= 5 pages, dated or not               -> article (the dates are unreadable,
                                                        the site must still be archived)
    at the end, still held, site has >= 5 articles   -> static page
    at the end, still held, small site               -> article if dated
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable

from crawler.urls import url_shape

DATED_SIBLINGS = 2
ANY_SIBLINGS = 5
ESTABLISHED_SITE = 5


class ArticleGate:
    def __init__(self) -> None:
        self.dates: dict[str, set[str]] = defaultdict(set)
        self.seen: Counter[str] = Counter()
        self.proven: set[str] = set()
        self.held: dict[str, list[tuple[Hashable, bool]]] = defaultdict(list)
        self.accepted = 0

    def know(self, url: str) -> None:
        """An article archived by an earlier run: its shape is proven already."""
        self.proven.add(url_shape(url))
        self.accepted += 1

    def offer(self, key: Hashable, url: str, published: str | None) -> list[Hashable]:
        """Offer one extracted page; returns the keys accepted now (maybe held ones too)."""
        shape = url_shape(url)
        self.seen[shape] += 1
        dated = bool(published)
        if published:
            self.dates[shape].add(published[:10])
        if shape in self.proven:
            self.accepted += 1
            return [key]
        self.held[shape].append((key, dated))
        if len(self.dates[shape]) >= DATED_SIBLINGS or self.seen[shape] >= ANY_SIBLINGS:
            self.proven.add(shape)
            released = [k for k, _ in self.held.pop(shape)]
            self.accepted += len(released)
            return released
        return []

    def finish(self) -> tuple[list[Hashable], list[Hashable]]:
        """(accepted, rejected as static pages) among the pages still held."""
        accepted, rejected = [], []
        established = self.accepted >= ESTABLISHED_SITE
        for pages in self.held.values():
            for key, dated in pages:
                (accepted if dated and not established else rejected).append(key)
        self.held.clear()
        self.accepted += len(accepted)
        return accepted, rejected
