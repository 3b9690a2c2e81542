"""Find where a site's articles are: robots.txt, feeds, sitemaps, links, ASP.NET pagers.

Pure functions over bytes and parsed trees, tested on strings; the spider calls them
and decides what to fetch. Nothing here makes a request.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree, html
from protego import Protego

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
WORDPRESS_FEED = "feed/"  # below the blog's home: WordPress serves it whatever the theme says
COMMON_SITEMAPS = ("/sitemap.xml",)


@dataclass(frozen=True)
class Robots:
    rules: Protego
    sitemaps: tuple[str, ...]
    crawl_delay: float | None

    def allowed(self, url: str, agent: str) -> bool:
        return self.rules.can_fetch(url, agent)


def parse_robots(text: str, agent: str) -> Robots:
    rules = Protego.parse(text)
    delay = rules.crawl_delay(agent)
    return Robots(rules, tuple(rules.sitemaps), float(delay) if delay is not None else None)


def parse_html(body: bytes, url: str, encoding: str | None = None) -> html.HtmlElement | None:
    """An lxml tree with absolute links, or None if it is not HTML.

    The encoding is the one HTTP headers or meta tags declared (Scrapy works it out);
    without one, UTF-8, which nearly every Vietnamese site uses: lxml's own guess is
    Latin-1, which turns every Vietnamese letter into mojibake.
    """
    if not body or not body.strip():
        return None
    parser = html.HTMLParser(encoding=encoding or "utf-8", remove_comments=True)
    try:
        doc = html.document_fromstring(body, parser=parser)
    except (etree.ParserError, ValueError, LookupError):
        return None
    doc.make_links_absolute(url, resolve_base_href=True, handle_failures="discard")
    return doc


def feed_links(doc: html.HtmlElement) -> list[str]:
    """Feeds a page announces with <link rel="alternate" type="application/rss+xml">."""
    found = []
    for link in doc.iterfind(".//link[@href]"):
        rel = (link.get("rel") or "").lower()
        kind = (link.get("type") or "").lower()
        if "alternate" in rel and kind in FEED_TYPES:
            found.append(link.get("href"))
    return found


def made_by_wordpress(doc: html.HtmlElement) -> bool:
    """Whether WordPress made the page: its generator tag, its REST API link, or the
    assets every theme and plugin loads from wp-content / wp-includes."""
    for meta in doc.iterfind(".//meta[@name]"):
        if meta.get("name", "").lower() == "generator" and \
                meta.get("content", "").lower().startswith("wordpress"):
            return True
    if doc.find('.//link[@rel="https://api.w.org/"]') is not None:
        return True
    return any("/wp-content/" in ref or "/wp-includes/" in ref
               for el in doc.iter("link", "script", "img")
               for ref in (el.get("href") or el.get("src") or "",))


@dataclass(frozen=True)
class Entry:
    """A URL listed by a feed or sitemap, with what it says of the page's last change:
    its date (<lastmod>, <updated>, <pubDate>) and, for a feed item, a digest of the
    text it carries (a full-text feed shows an edit in its content, not in a date)."""

    url: str
    modified: str | None = None
    digest: str | None = None

    @property
    def signal(self) -> str | None:
        """What to compare with the same feed's or sitemap's word on it next time."""
        if self.digest:
            return f"{self.modified or ''} {self.digest}"
        return self.modified


def _xml_root(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body.strip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(node: etree._Element, *names: str) -> str | None:
    for child in node:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes, base: str) -> tuple[str, list[Entry]]:
    """('index', child sitemaps) or ('urlset', pages) from a sitemap document."""
    root = _xml_root(body)
    if root is None:
        return "urlset", []
    kind = "index" if _local(root.tag) == "sitemapindex" else "urlset"
    entries = []
    for node in root:
        if _local(node.tag) in ("url", "sitemap"):
            loc = _child_text(node, "loc")
            if loc:
                entries.append(Entry(urljoin(base, loc), _child_text(node, "lastmod")))
    return kind, entries


# Child sitemaps that list archives and static pages, not news, named as the sitemap
# generators of WordPress (core, Yoast, Rank Math), NukeViet and Drupal name them:
# post_tag-sitemap.xml, wp-sitemap-taxonomies-category-1.xml, wp-sitemap-users-1.xml,
# author-sitemap.xml, page-sitemap.xml, wp-sitemap-posts-page-1.xml, sitemap-vi.page.xml.
_NOT_NEWS_SITEMAP = re.compile(
    r"(^|[-_.])(post_tags?|tags?|categor(y|ies)|taxonom(y|ies)|authors?|users?|pages?)"
    r"([-_.]|\d|$)", re.IGNORECASE)


def lists_news(sitemap_url: str) -> bool:
    """Whether a child sitemap, by the name its generator gave it, may list articles."""
    name = urlsplit(sitemap_url).path.rsplit("/", 1)[-1]
    stem = re.sub(r"\.xml(\.gz)?$", "", name, flags=re.IGNORECASE)
    return not _NOT_NEWS_SITEMAP.search(re.sub(r"sitemap", "", stem, flags=re.IGNORECASE))


def parse_feed(body: bytes, base: str) -> list[Entry]:
    """Item links of an RSS or Atom feed (empty if the body is not a feed)."""
    root = _xml_root(body)
    if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
        return []
    entries = []
    for node in root.iter():
        if _local(node.tag) not in ("item", "entry"):
            continue
        link = _child_text(node, "link")
        if not link:
            for child in node:
                if _local(child.tag) == "link" and child.get("href") and \
                        child.get("rel", "alternate") == "alternate":
                    link = child.get("href")
                    break
        if link:
            modified = _child_text(node, "updated", "pubdate", "published", "date")
            text = " ".join("".join(node.itertext()).split())
            digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16] if text else None
            entries.append(Entry(urljoin(base, link.strip()), modified, digest))
    return entries


def is_feed(body: bytes) -> bool:
    head = body[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) \
        or head.startswith(b"<rss") or head.startswith(b"<feed")


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    nav: bool  # inside a menu, header or footer: likely a listing or a static page
    pager: bool  # a "next page" or page-number link


_PAGER_TEXT = re.compile(
    r"^\s*(\d{1,4}|»|›|>|>>|→|next|tiếp|trang sau|sau|tiếp theo|xem tiếp|cuối|last|\.\.\.)\s*$",
    re.IGNORECASE,
)
_NAV_WORDS = re.compile(r"\b(nav|menu|header|footer|breadcrumb|topbar)\b", re.IGNORECASE)


_SIDE_WORDS = re.compile(r"\b(sidebar|widget|aside|cot-?phai|cot-?trai|right-?col|left-?col)",
                         re.IGNORECASE)


def _in_nav(el: html.HtmlElement) -> bool:
    """In the site's own navigation: its menus, its header and footer. Not the header of
    an <article> (a listing item's category and author links), and not a sidebar's
    widgets (tag clouds, month archives), which are secondary ways in."""
    ancestors = list(el.iterancestors())
    if any(a.tag == "aside" or _SIDE_WORDS.search((a.get("class") or "") + " " +
                                                   (a.get("id") or "")) for a in ancestors):
        return False
    in_item = any(a.tag == "article" for a in ancestors)
    for anc in ancestors:
        marks = (anc.get("class") or "") + " " + (anc.get("id") or "")
        if anc.tag == "nav":
            return True
        if in_item:
            continue
        if anc.tag in ("header", "footer") or _NAV_WORDS.search(marks):
            return True
    return False


def _in_pager(el: html.HtmlElement) -> bool:
    if "next" in (el.get("rel") or "").lower():
        return True
    for anc in list(el.iterancestors())[:4]:
        marks = (anc.get("class") or "") + " " + (anc.get("id") or "")
        if re.search(r"pag(er|ing|ination|enav)|phan-?trang|page-?numbers", marks, re.I):
            return True
    return False


def page_links(doc: html.HtmlElement) -> list[Link]:
    """Every <a href> of an http(s) page, in document order, with where it sits."""
    links = []
    for anchor in doc.iterfind(".//a[@href]"):
        href = anchor.get("href", "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        text = " ".join(anchor.text_content().split())
        pager = _in_pager(anchor) or bool(_PAGER_TEXT.match(text))
        links.append(Link(href, text, _in_nav(anchor), pager))
    return links


_POSTBACK = re.compile(r"__doPostBack\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]*)['\"]\s*\)")


@dataclass(frozen=True)
class Postback:
    target: str
    argument: str
    text: str


def pager_postbacks(doc: html.HtmlElement) -> list[Postback]:
    """ASP.NET pager links that only work by posting the page's form back.

    Only paging is followed: the argument names a page ("Page$3") or the link reads
    like a pager (a number, "»", "Trang sau"); other postbacks (logins, polls) are not.
    """
    found, seen = [], set()
    for anchor in doc.iterfind(".//a[@href]"):
        match = _POSTBACK.search(anchor.get("href", ""))
        if not match:
            continue
        target, argument = match.groups()
        text = " ".join(anchor.text_content().split())
        if not (re.match(r"^Page\$(\d+|Next|Last)$", argument, re.I) or _PAGER_TEXT.match(text)):
            continue
        if argument.lower() == "page$1" or text == "1":
            continue  # the first page is the page itself, already fetched with a GET
        key = (target, argument, text)
        if key not in seen:
            seen.add(key)
            found.append(Postback(target, argument, text))
    return found


def postback_form(doc: html.HtmlElement) -> html.FormElement | None:
    """The ASP.NET form a postback must submit (the one carrying __VIEWSTATE), if any."""
    forms = doc.xpath("//form[.//input[@name='__VIEWSTATE' or @name='__EVENTTARGET']]")
    return forms[0] if forms else None


def postback_fields(form: html.FormElement, postback: Postback, page_url: str
                    ) -> tuple[str, list[tuple[str, str]]]:
    """(action URL, form fields) a browser would post for this pager click: the form's
    current values (hidden state, selects, text boxes, no submit buttons) with
    __EVENTTARGET and __EVENTARGUMENT set."""
    fields = [
        (name, value) for name, value in form.form_values()
        if name not in ("__EVENTTARGET", "__EVENTARGUMENT")
    ]
    fields += [("__EVENTTARGET", postback.target), ("__EVENTARGUMENT", postback.argument)]
    action = urljoin(page_url, form.get("action") or page_url)
    return action, fields


# -- multi-page articles ------------------------------------------------------------------

PAGE_PARAMS = re.compile(r"^(start|page|trang|p|pg|limitstart|paged|cpage)$", re.I)
MAX_PAGE_NUMBER = 30  # a larger trailing number is an id, not a page of a document


def next_page_url(doc: html.HtmlElement, url: str) -> str | None:
    """The next page of a multi-page article, when the page links one; else None.

    Recognised by the link's shape, not its label: the same path whose page-number query
    parameter (or trailing /N) is one more than this page's (Joomla's ?start=1,
    ?page=2, /2). The crawl fetches it and passes its HTML to `extract(more_pages=...)`.
    """
    if doc is None or not url:
        return None
    here = urlsplit(url)
    here_q = dict(parse_qsl(here.query))
    current = next(
        (n for k, v in here_q.items() if (n := _page_number(k, v)) is not None), None
    )
    for a in doc.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = urlsplit(urljoin(url, href))
        if target.netloc != here.netloc:
            continue
        if target.path == here.path:
            q = dict(parse_qsl(target.query))
            changed = {k for k in set(q) | set(here_q) if q.get(k) != here_q.get(k)}
            if len(changed) != 1:
                continue
            (name,) = changed
            n = _page_number(name, q.get(name, ""))
            if n is None:
                continue
            if (current is None and n in (1, 2)) or (current is not None and n == current + 1):
                return target.geturl()
        else:
            m = re.fullmatch(re.escape(here.path.rstrip("/")) + r"/(\d+)/?", target.path)
            m2 = re.fullmatch(r"(.*)/(\d+)/?", here.path)
            if m and int(m.group(1)) == 2:
                return target.geturl()
            # A trailing number is a page number only while small: /node/123 -> /node/124
            # are two documents.
            if m2 and int(m2.group(2)) < MAX_PAGE_NUMBER and \
                    re.fullmatch(re.escape(m2.group(1)) + r"/(\d+)/?", target.path):
                if int(target.path.rstrip("/").rsplit("/", 1)[1]) == int(m2.group(2)) + 1:
                    return target.geturl()
    return _labelled_next(doc, url)


_PAGE_KEY = re.compile(r"^(page|pageid|pageindex|pagenumber|trang|pg)$", re.I)


def _without_page_pair(path: str) -> tuple[str, str | None]:
    """The path without a "/PageId/768" pair, and the pair's value: DotNetNuke writes
    query values into the path (/articleId/1830/PageId/768/slug.aspx)."""
    parts = path.split("/")
    for i in range(len(parts) - 1):
        if _PAGE_KEY.match(parts[i]) and parts[i + 1].isdigit():
            return "/".join(parts[:i] + parts[i + 2:]), parts[i + 1]
    return path, None


def _labelled_next(doc: html.HtmlElement, url: str) -> str | None:
    """Pages of one article told apart by a page record's id, not a number (DotNetNuke's
    /PageId/768/): the pager's labels ("Trang 2", "3") order them, and the page being read
    is the number that is not a link."""
    here = urlsplit(url)
    base, mine = _without_page_pair(here.path)
    labelled: dict[int, str] = {}
    for a in doc.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = urlsplit(urljoin(url, href))
        theirs = _without_page_pair(target.path)
        if target.netloc != here.netloc or target.path == here.path or theirs[0] != base \
                or (mine is None and theirs[1] is None):
            continue
        label = re.fullmatch(r"\D{0,12}?(\d{1,2})", a.text_content().strip())
        if label:
            labelled.setdefault(int(label.group(1)), target.geturl())
    if not labelled:
        return None
    current = next(n for n in range(1, MAX_PAGE_NUMBER + 2) if n not in labelled)
    return labelled.get(current + 1)


def _page_number(name: str, value: str) -> int | None:
    """A page number (or offset) a query parameter holds, or None. Only small numbers:
    ?p=123 is WordPress's post 123, not its page 123."""
    if not PAGE_PARAMS.match(name) or not value.isdigit():
        return None
    limit = 1000 if name.lower() in ("start", "limitstart") else MAX_PAGE_NUMBER
    return int(value) if int(value) < limit else None


def is_part_of(link: str, page: str) -> bool:
    """True when `link` is another page of the same document as `page` (the same path
    with another page number, or the path followed by /N): an article's own later pages."""
    there, here = urlsplit(link), urlsplit(page)
    if there.netloc != here.netloc:
        return False
    paired = _without_page_pair(there.path), _without_page_pair(here.path)
    if paired[0][0] == paired[1][0] and paired[0][1] != paired[1][1]:
        return True  # /articleId/1830/PageId/768/… beside /articleId/1830/…
    if there.path == here.path:
        a, b = dict(parse_qsl(there.query)), dict(parse_qsl(here.query))
        changed = {k for k in set(a) | set(b) if a.get(k) != b.get(k)}
        return bool(changed) and all(_page_number(k, a.get(k) or b.get(k) or "") is not None
                                     for k in changed)
    def split(path: str) -> tuple[str, int]:
        found = re.fullmatch(r"(.*?)/(\d+)/?", path)
        number = int(found.group(2)) if found else 1
        if not found or number >= MAX_PAGE_NUMBER:
            return path.rstrip("/"), 1
        return found.group(1).rstrip("/"), number

    (a, n), (b, m) = split(there.path), split(here.path)
    return a == b and n != m
