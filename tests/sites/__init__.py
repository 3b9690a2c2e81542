"""Fixture association sites in four CMS styles, with hand-derived labels; no crawling here.

`build(name, base_url, night)` returns a `FixtureSite`: routes to plug into
`tests.siteserver.SiteServer`, the labelled articles (`Gold`) and what is not an
article. Night 2 is the same site the next day: new, edited and deleted articles, and
every page's counters and header date changed. The labels come from the content data
(tests/sites/content.py), never from the crawler's own extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Gold:
    """One labelled article."""
    path: str               # canonical path+query on the site
    title: str
    published: str          # 'YYYY-MM-DD', the day of publication in Vietnam
    author: str | None
    paragraphs: list[str]   # the body, in order (NFC)
    aliases: list[str] = field(default_factory=list)  # other paths serving the same article
    postback_only: bool = False  # reachable only through ASP.NET postback paging


@dataclass
class FixtureSite:
    name: str
    routes: dict            # path+query -> Response | callable(Request) -> Response
    articles: list[Gold]
    non_articles: list[str]  # served, but not articles (listings, archives, static pages, files)
    disallowed: list[str]    # robots.txt Disallow prefixes, linked from pages all the same
    boilerplate: list[str]   # strings on article pages that are not article text
    new: list[str] = field(default_factory=list)      # night 2: paths of articles added today
    edited: list[str] = field(default_factory=list)   # night 2: paths whose text changed today
    deleted: list[str] = field(default_factory=list)  # night 2: deleted today (not in articles)
    traps: list[str] = field(default_factory=list)    # entry paths of endless or oversized pages


SITES = ["nukeviet", "aspnet", "joomla", "wordpress"]


def build(name: str, base_url: str, night: int = 1) -> FixtureSite:
    """The fixture site `name` served at base_url ("http://127.0.0.1:PORT"), on night 1 or 2."""
    if night not in (1, 2):
        raise ValueError(f"night must be 1 or 2, not {night!r}")
    base_url = base_url.rstrip("/")
    if name == "nukeviet":
        from .nukeviet import build_site
    elif name == "aspnet":
        from .aspnet import build_site
    elif name == "joomla":
        from .joomla import build_site
    elif name == "wordpress":
        from .wordpress import build_site
    else:
        raise ValueError(f"unknown fixture site {name!r}; known: {', '.join(SITES)}")
    return build_site(base_url, night)
