"""Which of a page's links to follow, as what and how urgently; no fetching, no Scrapy.

The spider asks, for each fetched page, what its links are worth: headlines (anchors that
read like a title, outside menus) are articles to fetch first, menu links are listings,
pagers continue a listing while its chain pays (crawler/policy.py), and an incremental run
follows only headlines, menus and one pager step at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from crawler import discovery
from crawler.config import Site
from crawler.policy import INCREMENTAL, Pagination, SitePlan
from crawler.urls import canonical_url

# Request priorities: what reveals the most articles per request goes first.
P_ROBOTS, P_SITEMAP, P_FEED, P_ARTICLE, P_HOME, P_PAGER, P_LISTING, P_REVALIDATE, P_OTHER = (
    100, 60, 50, 40, 30, 20, 10, 5, 0)


@dataclass(frozen=True)
class Follow:
    url: str
    kind: str  # article | page | feed
    priority: int
    recheck: bool = False
    chain: str | None = None  # the pager chain a listing page continues
    pager: bool = False
    menu: bool = False  # a short link in the site's navigation (Giới thiệu, Liên hệ)
    text: str = ""  # the anchor's words
    step: bool = False  # of a pager that earned its next page only, not all it links

    @property
    def can_wait(self) -> bool:
        """Neither a headline, a menu entry nor a pager: a tag, an author, a date archive,
        a link in a sidebar. Fetched once the site has nothing better to do."""
        return self.priority == P_OTHER


MENU_WORDS = 7  # a menu entry names a section; a longer link in a menu is a featured title


def is_headline(link: discovery.Link) -> bool:
    return len(link.text.split()) >= 5 and not link.nav


def page_follows(doc, page_url: str, kind: str, chain: str | None, plan: SitePlan,
                 pagination: Pagination, novel: Callable[[list[str]], bool]
                 ) -> tuple[list[str], list[Follow], bool]:
    """(the headline links the page shows, in order; links to follow; whether its
    pagers pay, so that a postback pager may be followed too).

    `novel(headlines)`: whether they show an article the crawl has not seen listed yet
    (crawler/policy.py's Pagination says why it matters)."""
    links: dict[str, discovery.Link] = {}
    pagers = []
    here = canonical_url(page_url)
    for link in discovery.page_links(doc):
        # An article's "« previous / next »" links lead to other articles, not to more of
        # a listing; its own later pages come as its parts.
        if link.pager and kind != "article":
            pagers.append(link)
            continue
        if kind == "article" and discovery.is_part_of(link.url, page_url):
            continue
        canon = canonical_url(link.url)
        if canon is None or canon == here or not plan.in_scope(canon):
            continue  # (a page's links to itself say nothing of what it is)
        # A teaser often links its article twice, by thumbnail and by headline: a URL is
        # a headline if any of its anchors reads like one.
        if canon not in links or is_headline(link) and not is_headline(links[canon]):
            links[canon] = link
    headlines = [url for url, link in links.items() if is_headline(link)]
    follows = []
    patterns = plan.patterns
    for url, link in links.items():
        # sites.yaml may say what the site's articles and listings look like
        headline = is_headline(link) or bool(patterns.article and patterns.article.search(url))
        nav = link.nav
        if patterns.listing and patterns.listing.search(url):
            headline, nav = False, True
        if plan.mode == INCREMENTAL and not (headline or nav):
            continue  # incremental: new articles come by headlines, feeds and sitemaps
        priority = P_ARTICLE if headline else (P_LISTING if nav else P_OTHER)
        # A menu entry, not an article's "« previous / next »" (pager-like) link.
        menu = link.nav and not link.pager and len(link.text.split()) <= MENU_WORDS
        follows.append(Follow(url, "article" if headline else "page", priority, menu=menu,
                              text=" ".join(link.text.split())))
    chain = chain or canonical_url(page_url) or page_url
    incremental = plan.mode == INCREMENTAL
    steps = 0 if kind == "article" else pagination.pays(
        chain, headlines, novel(headlines), plan.known if incremental else None)
    if steps != 0:
        follows += [Follow(link.url, "page", P_PAGER, recheck=incremental, chain=chain,
                           pager=True, step=steps == 1) for link in pagers]
    return headlines, follows, steps != 0


def feed_follows(doc, site: Site) -> list[Follow]:
    """Feeds the homepage announces, else WordPress's own feed when WordPress made the
    page (themes drop the announcement, the feed stays). Other CMSs have no common feed
    path worth a blind probe (their headers announce theirs: NukeViet, Joomla, Drupal)."""
    feeds = discovery.feed_links(doc)
    if not feeds and not site.feeds and discovery.made_by_wordpress(doc):
        home = site.url if site.url.endswith("/") else site.url + "/"
        feeds = [canonical_url(discovery.WORDPRESS_FEED, home)]
    # One feed per path (RSS and Atom flavours list the same items), and no comment
    # feeds: they list comments on articles the other feeds already name.
    feeds = [url for url in feeds if "comment" not in urlsplit(url).path.lower()]
    feeds = list({urlsplit(url).path: url for url in reversed(feeds)}.values())[::-1]
    return [Follow(url, "feed", P_FEED) for url in feeds]


def postbacks(form, page_url: str, done: set, most: int) -> list[tuple[str, str]]:
    """(action URL, url-encoded form) of each ASP.NET pager click of `form` not posted
    yet from this page (`done` remembers them), at most `most` in all."""
    posts = []
    for postback in discovery.pager_postbacks(form):
        key = (postback.target, postback.argument or postback.text)
        if key in done or len(done) >= most:
            continue
        done.add(key)
        action, fields = discovery.postback_fields(form, postback, page_url)
        posts.append((action, urlencode(fields, doseq=True)))
    return posts
