"""How complete the archive is per site, estimated from the site's own evidence; writes
only its own table (`coverage`), reads the rest of the archive and never fetches.

Every number is a range with its sources, never presented as exact:

- **listed**: article URLs the site's sitemaps, feeds and listings showed that the crawl
  did not fetch, each weighted by how often fetched URLs of the same shape were articles;
- **sitemap**: how many of the URLs the sitemaps list are archived articles; a sitemap
  that lists (nearly) every archived article bounds the site from above;
- **pager**: pages of a listing the pager links but the crawl never fetched hold about
  a page size of headlines each. Archived articles that no fetched listing page showed
  (reached through ASP.NET postbacks, sitemaps or related links) fill those places first;
  only what is left is counted as unseen;
- **printed**: totals the CMS prints ("Tổng số: 123 bài viết") and the counts beside its
  category or month links ("Tin hoạt động (19)");
- **ids**: numeric ids in article URLs: the span between the smallest and largest id
  seen bounds how many articles can lie between them; the gaps are deletions, other
  content or missed articles, which ids alone cannot tell apart.

The estimate is the largest of the sources' estimates, kept inside [low, high]; coverage
is archived / estimate. The pure parsing of pages lives in crawler/listsize.py.
"""

from __future__ import annotations

import json
import re
import statistics
import zlib
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from crawler import clock, listsize
from crawler.discovery import parse_html
from crawler.urls import skip_reason, url_shape

FREQUENT = 0.5  # a headline on at least this share of a site's listing pages is a sidebar
SITEMAP_AGREES = 0.95  # share of archived articles a sitemap must list to bound the site
IDS_CARRIED = 0.8  # share of archived articles whose URL must carry an id to bound by ids
IDS_DENSE = 0.25  # ... and the share of their id span those ids must use
# How full an unfetched last page is assumed to be, between its one sure headline (0) and
# a full page (1).
LAST_PAGE_FILL = 0.25
LIST_KINDS = ("listing", "feed", "sitemap")


@dataclass
class Evidence:
    """One source's say: the site holds at least `low`, about `estimate`, at most `high`
    articles (None where this source cannot tell), and why, in one sentence."""

    source: str
    low: int | None
    estimate: int | None
    high: int | None
    detail: str


@dataclass
class Estimate:
    site: str
    archived: int
    low: int
    estimate: int
    high: int | None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def coverage(self) -> float | None:
        """archived / estimate, at most 1; None while nothing shows the site has articles."""
        return min(1.0, self.archived / self.estimate) if self.estimate else None

    def describe(self) -> str:
        """"118–125", "≥ 118" or "~120": a range unless every bound agrees."""
        if self.high is None:
            return f"≥ {self.low}"
        if self.high == self.low:
            return f"~{self.low}"
        return f"{self.low}–{self.high}"

    def to_json(self) -> dict:
        cover = None if self.coverage is None else round(self.coverage, 4)
        return {**asdict(self), "coverage": cover, "range": self.describe()}


def _key(url: str) -> str:
    """A URL compared with its query parameters in any order: a listing links
    ?NewsID=270&TopicID=18, the page answers as ?TopicID=18&NewsID=270."""
    head, sep, query = url.partition("?")
    return head + sep + "&".join(sorted(query.split("&"))) if sep else url


class SiteData:
    """What the archive holds about one site, read once (article URLs, pages, lists)."""

    def __init__(self, conn, site: str):
        self.site = site
        self.article_of: dict[str, int] = {}  # URL -> article id, articles not gone
        self.gone: set[str] = set()
        for url, article_id, gone in conn.execute(
                "select u.url, u.article_id, a.gone from article_urls u join articles a"
                " on a.id = u.article_id where u.site = ?", [site]):
            if gone:
                self.gone.add(_key(url))
            else:
                self.article_of[_key(url)] = article_id
        self.canonical: dict[int, str] = {}  # article id -> the URL it was first found at
        for article_id, url, gone in conn.execute(
                "select id, url, gone from articles where site = ?", [site]):
            if not gone:
                self.canonical[article_id] = _key(url)
                self.article_of.setdefault(_key(url), article_id)
        self.articles = set(self.article_of.values())
        self.kind_of: dict[str, str] = {_key(u): kind for u, kind in conn.execute(
            "select url, kind from pages where site = ?", [site])}
        self.lists: dict[str, tuple[str, list[str]]] = {}  # url -> (kind, links shown)
        for url, kind, links in conn.execute(
                "select url, kind, links from pages where site = ? and links is not null"
                f" and kind in ({', '.join('?' * len(LIST_KINDS))})", [site, *LIST_KINDS]):
            self.lists[url] = (kind, [_key(u) for u in json.loads(links) or []])
        self._conn = conn
        self.hosts = {re.sub(r"^https?://([^/]+).*", r"\1", u) for u in self.article_of}

    def body(self, url: str):
        row = self._conn.execute("select body from pages where url = ?", [url]).fetchone()
        if not row or not row[0]:
            return None
        return parse_html(zlib.decompress(row[0]), url)

    def identity(self, url: str) -> object:
        """An archived article's id, else the URL itself: what a list item counts as."""
        return self.article_of.get(url, url)


def estimate_site(conn, site: str) -> Estimate:
    data = SiteData(conn, site)
    archived = len(data.articles)
    unfetched, weight = _unfetched(data)
    known = archived + sum(weight.values())
    evidence = [Evidence("archive", archived, archived, None,
                         f"{archived} articles archived")]
    if unfetched:
        evidence.append(Evidence(
            "listed", archived, round(known), archived + len(unfetched),
            f"{len(unfetched)} article links the site listed were not fetched"
            f" (about {round(sum(weight.values()))} of them articles, by their URL shape)"))
    for found in (_sitemap(data, weight), *_pagers(data, weight, known), *_printed(data),
                  _ids(data, unfetched)):
        if found is not None:
            evidence.append(found)
    low = max(e.low for e in evidence if e.low is not None)
    highs = [e.high for e in evidence if e.high is not None and e.source != "listed"]
    # A bound below what other evidence proves was wrong about its assumption (ids older
    # than the smallest one seen, a sitemap missing a section): it is dropped.
    highs = [h for h in highs if h >= low]
    high = min(highs) if highs else None
    best = max(e.estimate for e in evidence if e.estimate is not None)
    best = max(low, best if high is None else min(best, high))
    return Estimate(site, archived, low, round(best), high, evidence)


def _unfetched(data: SiteData) -> tuple[set[str], dict[str, float]]:
    """Article links the site listed that the crawl never fetched, and for each the
    chance that it is a new article. A link carrying the id of an archived article is a
    second address of it (Liferay's ?plidlayout=, Joomla's raw index.php?id=). Otherwise
    the chance is the share of fetched URLs of its shape that were articles: with an id,
    any address of one; without, an article's first address (not a static page)."""
    shapes: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # seen, articles, first
    first = set(data.canonical.values())
    for url in set(data.kind_of) | set(data.article_of):
        counts = shapes[url_shape(url)]
        counts[0] += 1
        counts[1] += url in data.article_of
        counts[2] += url in first
    archived_ids = {found[1] for u in data.article_of if (found := listsize.url_id(u))}
    unfetched, weight, by_id = set(), {}, {}
    for _kind, links in data.lists.values():
        for url in links:
            if url in data.kind_of or url in data.article_of or url in data.gone:
                continue
            if skip_reason(url) or re.sub(r"^https?://([^/]+).*", r"\1", url) not in data.hosts:
                continue
            found = listsize.url_id(url)
            if found and (found[1] in archived_ids or by_id.setdefault(found[1], url) != url):
                continue
            unfetched.add(url)
            seen, articles, firsts = shapes.get(url_shape(url), (0, 0, 0))
            # A shape the crawl never fetched was avoided (robots, files, dropped shapes):
            # counted in the high bound only.
            weight[url] = (articles if found else firsts) / seen if seen else 0.0
    return unfetched, weight


def _sitemap(data: SiteData, weight: dict[str, float]) -> Evidence | None:
    listed = {u for kind, links in data.lists.values() if kind == "sitemap" for u in links}
    if not listed:
        return None
    articles = {data.article_of[u] for u in listed if u in data.article_of}
    not_fetched = [u for u in listed if u in weight]
    other = sum(1 for u in listed if u in data.kind_of and u not in data.article_of)
    expected = len(articles) + sum(weight[u] for u in not_fetched)
    share = len(articles) / len(data.articles) if data.articles else 0.0
    high = None
    detail = (f"sitemaps list {len(listed)} URLs: {len(articles)} archived articles,"
              f" {other} other pages, {len(not_fetched)} not fetched")
    if share >= SITEMAP_AGREES:
        # Every listed URL not known to be something else may be an article.
        high = len(listed) - other + len(data.articles - articles)
        detail += f"; they list {share:.0%} of the archived articles"
    else:
        detail += f"; only {share:.0%} of the archived articles (a partial sitemap)"
    return Evidence("sitemap", len(articles), round(expected), high, detail)


@dataclass
class Chain:
    """The fetched pages of one listing (its first page and the pages its pager leads to)."""

    key: str
    pages: dict[int | None, str] = field(default_factory=dict)  # value in URL -> page URL
    kind: str | None = None  # page | offset
    pager: listsize.Pager | None = None
    totals: list[int] = field(default_factory=list)
    own: dict[str, list[object]] = field(default_factory=dict)  # page URL -> its items


def _chains(data: SiteData) -> list[Chain]:
    listing = {u: links for u, (kind, links) in data.lists.items() if kind == "listing"}
    shows = Counter(u for links in listing.values() for u in set(links))
    # Sidebars ("Tin mới", "Đọc nhiều") repeat on every listing page: not the list's items.
    frequent = {u for u, n in shows.items() if n >= max(3, FREQUENT * len(listing))}
    chains: dict[str, Chain] = {}
    for url, links in listing.items():
        key, value, kind = listsize.page_position(url)
        chain = chains.setdefault(key, Chain(key))
        chain.pages[value] = url
        chain.kind = chain.kind or kind
        chain.own[url] = [data.identity(u) for u in links if u not in frequent]
    for chain in chains.values():
        # The first page and the furthest one hold the pager's furthest links.
        furthest = max((v for v in chain.pages if v is not None), default=None)
        for value in {None, furthest} & set(chain.pages):
            doc = data.body(chain.pages[value])
            if doc is None:
                continue
            found = listsize.pager(doc, chain.pages[value])
            if found and (chain.pager is None or found.last > chain.pager.last):
                chain.pager = found
            chain.totals += listsize.printed_totals(doc)
    return list(chains.values())


def _pagers(data: SiteData, weight: dict[str, float], known: float) -> list[Evidence]:
    chains = [c for c in _chains(data) if _holds_articles(c, data, weight)]
    if not chains:
        return []
    sizes = [len(items) for c in chains for u, items in c.own.items()
             if c.pager and _number(c, u) not in (None, c.pager.last)]
    typical = statistics.median(sizes) if sizes else 10
    places, low, walked, missing_pages = 0.0, 0, [], 0
    seen_before: set[object] = set()
    placed: set[object] = set()
    for chain in sorted(chains, key=lambda c: -(c.pager.last if c.pager else 1)):
        items = {i for own in chain.own.values() for i in own}
        placed |= items
        total = max(chain.totals, default=None)
        pager = chain.pager
        overlap = len(items & seen_before) / len(items) if items else 0.0
        seen_before |= items
        if pager is None and total is None:
            continue
        size = pager.step if pager and pager.step else _page_size(chain, typical)
        fetched = {n for u in chain.own if (n := _number(chain, u)) is not None}
        last = pager.last if pager else 1
        missing = set(range(1, last + 1)) - fetched
        if total is not None and total > len(items) and (missing or pager is None):
            low = max(low, total)
            places += (total - len(items)) * (1 - overlap)
        elif missing:
            missing_pages += len(missing)
            # Each page holds at least one headline: a safe floor whatever the page size.
            low = max(low, len(items) + len(missing))
            # A missing last page holds 1..size headlines.
            places += (1 - overlap) * sum(
                size if n < last else 1 + LAST_PAGE_FILL * (size - 1) for n in missing)
        walked.append(chain)
    # Archived articles no fetched listing page showed sit on pages the crawl did not
    # fetch (or on none): they fill the unseen places first.
    unplaced = len(data.articles - placed) + sum(
        w for u, w in weight.items() if u not in placed)
    unseen = max(0.0, places - unplaced)
    if not walked:
        return []  # no listing with a pager or a printed total: nothing to say
    detail = (f"{len(walked)} listings with pagers, {missing_pages} of their pages not"
              f" fetched (about {round(places)} headlines, page size {round(typical)});"
              f" {round(unplaced)} archived articles were shown by no fetched listing page")
    return [Evidence("pager", low or None, round(known + unseen), None, detail)]


def _holds_articles(chain: Chain, data: SiteData, weight: dict[str, float]) -> bool:
    """A listing of articles, not of documents, events or static pages: most of its items
    are archived articles, or links whose shape holds articles when not yet fetched."""
    items = [i for own in chain.own.values() for i in own]
    score = sum(1.0 if isinstance(i, int) else weight.get(i, 0.0) for i in items)
    counted = sum(1 for i in items if isinstance(i, int) or i in data.kind_of or i in weight)
    return counted > 0 and score * 2 >= counted


def _number(chain: Chain, url: str) -> int | None:
    _key, value, kind = listsize.page_position(url)
    if value is None:
        return 1
    if kind == "offset":
        step = chain.pager.step if chain.pager and chain.pager.step else None
        return value // step + 1 if step else None
    return value + (1 if chain.pager and 0 in chain.pager.numbers else 0)


def _page_size(chain: Chain, typical: float) -> float:
    full = [len(items) for u, items in chain.own.items()
            if chain.pager and _number(chain, u) != chain.pager.last]
    return max(full) if full else typical


def _printed(data: SiteData) -> list[Evidence]:
    """Counts beside category or month links: what the CMS says each holds, summed."""
    home = [u for u, (kind, _) in data.lists.items() if kind == "listing"]
    best: tuple[int, str, int] | None = None
    for url in sorted(home, key=len)[:3]:  # the homepage and the shortest listings
        doc = data.body(url)
        if doc is None:
            continue
        for entries in listsize.link_counts(doc):
            hrefs = [h for h, _ in entries]
            if any(re.search(r"(^|[/=_-])tags?([/=_-]|$)", h, re.I) for h in hrefs):
                continue  # articles carry several tags: their counts overlap
            months = all(re.search(r"(19|20)\d\d[/-]\d{1,2}", h) for h in hrefs)
            total = sum(n for _, n in entries)
            what = "months" if months else "categories"
            if best is None or total > best[0]:
                best = (total, f"the site's {len(entries)} {what} say they hold {total}"
                               f" articles in all (counts beside their links)",
                        max(n for _, n in entries))
    if best is None:
        return []
    # The largest single count is a floor: that one category holds that many.
    return [Evidence("printed", best[2], best[0], None, best[1])]


def _ids(data: SiteData, unfetched: set[str]) -> Evidence | None:
    """The span of numeric ids in article URLs. Ids are counted per id space (one URL
    pattern), and only spaces that hold articles no larger space already holds: a Joomla
    article's raw index.php?id= address repeats the id of its SEF one."""
    spaces: dict[str, dict[int, object]] = defaultdict(dict)
    clashes: Counter = Counter()
    for url, article in data.article_of.items():
        found = listsize.url_id(url)
        if found is None:
            continue
        space, number = found
        if spaces[space].setdefault(number, article) != article:
            clashes[space] += 1  # one number, two articles: not an id
    candidates = sorted((s for s, ids in spaces.items() if len(ids) >= 3 and not clashes[s]),
                        key=lambda s: -len(spaces[s]))
    usable, covered = {}, set()
    for space in candidates:
        adds = set(spaces[space].values()) - covered
        if len(adds) * 10 >= len(data.articles):  # a space of its own, not stray numbers
            usable[space] = spaces[space]
            covered |= adds
    if not usable:
        return None
    for url in unfetched:
        found = listsize.url_id(url)
        if found and found[0] in usable:
            usable[found[0]].setdefault(found[1], url)
    span = sum(max(ids) - min(ids) + 1 for ids in usable.values())
    numbers = sum(len(ids) for ids in usable.values())
    share = len(covered) / len(data.articles) if data.articles else 0.0
    main = max(usable.values(), key=len)
    detail = (f"ids {min(main)}–{max(main)}" + (f" and {len(usable) - 1} more id spaces"
                                                if len(usable) > 1 else "")
              + f": {numbers} ids seen in a span of {span}, {span - numbers} unused"
              " (deleted, other content or not found)")
    high = None
    if share < IDS_CARRIED:
        detail += f"; only {share:.0%} of the articles carry an id"
    elif numbers < IDS_DENSE * span:
        detail += "; too sparse to bound the site (the counter numbers other content too)"
    else:
        high = span + len(data.articles - covered)
    return Evidence("ids", None, None, high, detail)


def estimate_all(conn, sites: list[str] | None = None) -> list[Estimate]:
    """One estimate per site (every site the archive knows, unless `sites` names some)."""
    if sites is None:
        sites = [r[0] for r in conn.execute(
            "select id from sites union select distinct site from articles order by 1")]
    return [estimate_site(conn, site) for site in sites]


def record(conn, run: str, sites: list[str]) -> list[Estimate]:
    """Estimate the sites a crawl run just visited and store one row per site."""
    estimates = estimate_all(conn, sites)
    save(conn, run, estimates)
    return estimates


def save(conn, run: str, estimates: list[Estimate]) -> None:
    """The only writer of the `coverage` table: one row per site for this run."""
    now = clock.stamp()
    with conn:
        for e in estimates:
            conn.execute(
                "insert into coverage (site, run, computed_at, low, high, estimate, archived,"
                " coverage, evidence) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [e.site, run, now, e.low, e.high, e.estimate, e.archived,
                 None if e.coverage is None else round(e.coverage, 4),
                 json.dumps([asdict(x) for x in e.evidence], ensure_ascii=False)])
