"""The evaluation sites' data model: routes to serve and the gold labels to score against.

Held-out set: these sites are written from a brief of how real association sites behave
(BRIEF.md), by people who have not read the crawler's code. Nothing here crawls or scores.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Gold:
    path: str  # canonical path+query of the article
    title: str
    published: str  # 'YYYY-MM-DD' (day of publication, Vietnam)
    author: str | None
    paragraphs: list[str]  # body text paragraphs in order (NFC)
    aliases: list[str] = field(default_factory=list)  # other paths serving the same article
    # how a crawler can find it: 'listing', 'pager-deep', 'postback', 'sitemap-only', 'feed'
    reach: str = "listing"


@dataclass
class EvalSite:
    name: str
    family: str
    routes: dict  # path+query -> Response | callable(Request) -> Response
    articles: list[Gold]  # the articles live on this night
    non_articles: list[str]  # served paths that are not articles
    disallowed: list[str]  # robots.txt Disallow prefixes
    boilerplate: list[str]  # strings on article pages that must never be in an article's text
    new: list[str] = field(default_factory=list)  # appeared since the previous night
    edited: dict[str, str] = field(default_factory=dict)  # path -> paragraph added since then
    deleted: list[str] = field(default_factory=list)  # deleted since the previous night
    signalled: list[str] = field(default_factory=list)  # edits/deletions a sitemap/feed signals
    max_concurrency: int = 2
    # the registry entries this server hosts: (site id suffix, path prefix); one by default
    subsites: list[tuple[str, str]] = field(default_factory=lambda: [("", "/")])
    registry_host: str = "127.0.0.1"  # 'localhost' for a site entered by a host that redirects
