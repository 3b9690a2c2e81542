"""URL canonicalisation, same-site checks and link triage; pure functions, no fetching.

The crawl keys everything on canonical URLs, so two spellings of one page are one
page: fragments, tracking and session parameters and default ports never make a new
URL. Query order is kept (some servers care); Scrapy's own request
fingerprint already ignores it for deduplication.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urljoin, urlsplit, urlunsplit

# Query parameters that never change what a page says: trackers, sessions, reply forms.
_DROP_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|_ga|replytocom|share|"
    r"jsessionid|phpsessid|sid|sessionid|aspsessionid\w*|ref|__cf_\w+)$",
    re.IGNORECASE,
)
_SESSION_IN_PATH = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}

# What a link to something other than an HTML page looks like.
_FILE_EXT = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z|gz|tar|exe|msi|apk|jpe?g|png|gif|bmp|"
    r"webp|svg|ico|tiff?|mp[34]|m4a|avi|mov|wmv|flv|wav|ogg|webm|css|js|json|swf|txt|csv)$",
    re.IGNORECASE,
)
# Path words and parameters of pages that are never news: account, search, print and
# share views, feeds (fetched on purpose, not as links), admin areas, comment replies.
_NOT_CONTENT = re.compile(
    r"(/|^)(wp-admin|wp-login\.php|administrator|admin|login|logout|dang-nhap|dangnhap|"
    r"register|dang-ky|users?/(login|register)|cart|checkout|search|tim-kiem|timkiem|"
    r"print|in-bai-viet|sendmail|send-mail|savefile|feed|rss|atom|xmlrpc\.php|"
    r"wp-json|cdn-cgi|comments?/feed)(/|$|\.|\?)",
    re.IGNORECASE,
)
_NOT_CONTENT_QUERY = re.compile(
    r"(^|&)(print=1|tmpl=component|format=(feed|pdf|raw)|type=rss|task=(weblink|"
    r"user\.|registration)|option=com_(users|search|finder|mailto|weblinks)|"
    r"searchword=|s=|q=|keyword=|replytocom=|share=|action=(print|login|register))",
    re.IGNORECASE,
)


def canonical_url(url: str, base: str | None = None) -> str | None:
    """The one spelling of a URL the archive uses, or None if it is not http(s)."""
    if base is not None:
        url = urljoin(base, url.strip())
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _SESSION_IN_PATH.sub("", parts.path) or "/"
    path = quote(unquote(path), safe="/%:@!$&'()*+,;=~-._")
    # Index file names (/index.php, /Default.aspx) are kept: /tabid/95/Default.aspx and
    # /Pages/default.aspx are pages whose folder answers 404 (DotNetNuke, SharePoint).
    return urlunsplit((scheme, netloc, path, _query(parts.query), ""))


_QUERY_SAFE = "/:@!$'()*+,;~-._"


def _query(raw: str) -> str:
    """The query without tracking and session parameters, each kept as the site spells
    it (Joomla's id=435:alias must not become id=435%3Aalias: strict servers answer 404),
    only percent-encoding made uniform."""
    kept = []
    for pair in raw.split("&"):
        key, sep, value = pair.partition("=")
        if not key or _DROP_PARAMS.match(unquote(key)):
            continue
        kept.append(quote(unquote(key), safe=_QUERY_SAFE) + sep +
                    quote(unquote(value), safe=_QUERY_SAFE + "="))
    return "&".join(kept)


def same_page_key(url: str) -> str:
    """What two spellings of one page share beyond canonical_url: the query parameters in
    the order of their names (a portal's "Tin liên quan" box writes ?TopicID=..&NewsID=..
    where its lists write ?NewsID=..&TopicID=..). Requests keep the site's own spelling:
    some servers answer only the order they wrote."""
    parts = urlsplit(url)
    if "&" not in parts.query:
        return url
    pairs = sorted(parts.query.split("&"), key=lambda pair: pair.partition("=")[0])
    return parts._replace(query="&".join(pairs)).geturl()


def site_key(url: str) -> tuple[str, int | None]:
    """(host without www, explicit port) — what makes two URLs the same site."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port
    if port == _DEFAULT_PORTS.get(parts.scheme):
        port = None
    return host, port


def on_site(url: str, home: str, extra_hosts: tuple[str, ...] = ()) -> bool:
    """True when url belongs to the site whose homepage is `home`."""
    host, port = site_key(url)
    home_host, home_port = site_key(home)
    if port != home_port:
        return False
    hosts = {home_host, *(h.lower().removeprefix("www.") for h in extra_hosts)}
    return host in hosts


def in_scope(url: str, home: str, extra_hosts: tuple[str, ...] = (),
             prefix: str | None = None) -> bool:
    """On the site, and under its folder when the site shares its host with others
    (two associations at http://h/lhh/ and http://h/hoi-nong-dan/)."""
    if not on_site(url, home, extra_hosts):
        return False
    return prefix is None or urlsplit(url).path.startswith(prefix)


def skip_reason(url: str) -> str | None:
    """Why a link should not be followed as a page, or None to follow it."""
    parts = urlsplit(url)
    # /documents/20182/0/KH-15.pdf/9d5e23e9-…: a portal's document with an id after it
    if any(_FILE_EXT.search(segment) for segment in parts.path.split("/")):
        return "file"
    if _NOT_CONTENT.search(parts.path) or _NOT_CONTENT_QUERY.search(parts.query):
        return "not-content"
    if len(url) > 500:
        return "too-long"
    return None


_ITEM = re.compile(r"(\d+)[-:]([a-z0-9]+(?:-[a-z0-9]+){2,})", re.IGNORECASE)


def item_key(url: str) -> tuple[str, str] | None:
    """The number and first slug words an article's URL names it by, where it carries
    both as "id-alias" (a path segment or a query value): one article at its raw and its
    friendly address (Joomla's ?id=435:ung-dung-bo-… and /tin-tuc/435-ung-dung-bo-…)
    shares them, whatever the route or how much of the alias each spells."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rpartition("/")[2]
    candidates = [last.rpartition(".")[0] if "." in last else last]
    candidates += [value for _, value in parse_qsl(parts.query)]
    for text in candidates:
        found = _ITEM.fullmatch(unquote(text))
        if found:
            return found[1], "-".join(found[2].lower().split("-")[:3])
    return None


_NUMBER = re.compile(r"\d+")
_SLUG = re.compile(r"[^/]*[a-z][^/]*-[^/]*[a-z][^/]*", re.IGNORECASE)


def url_shape(url: str) -> str:
    """A pattern shared by URLs of the same kind on a site: numbers and slugs masked.

    /news/tin-tuc/hoi-nghi-tong-ket-123.html -> /news/tin-tuc/{s}.html — the crawl learns
    from its own fetches which shapes hold articles and which only cost requests.
    """
    parts = urlsplit(url)
    segments = []
    for segment in parts.path.split("/"):
        stem, dot, ext = segment.rpartition(".") if "." in segment else (segment, "", "")
        masked = "{s}" if _SLUG.fullmatch(stem) else _NUMBER.sub("{n}", stem)
        segments.append(masked + dot + ext)
    keys = sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    return "/".join(segments) + ("?" + "&".join(keys) if keys else "")
