"""What a site's own pages say about how many articles it holds: the last page a listing's
pager links, the totals a CMS prints ("Tổng số: 123 bài viết", "Hiển thị 1 - 10 trong 87
kết quả"), counts beside category links ("Tin hoạt động (19)") and the numeric ids in
article URLs (`?Id=3062`, `-1246.html`, `/404-alias`, `-p94415.html`).

Pure functions over parsed HTML and URL strings, tested on strings: nothing here reads
the archive or combines evidence (crawler/coverage.py does both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import html

# Query parameters holding a page number; Liferay prefixes its own (_101_INSTANCE_x_cur).
# `p` is left out: WordPress's ?p=123 is a post, not page 123.
_PAGE_PARAM = re.compile(
    r"(^|_)(page|trang|pg|paged|cpage|pageindex|pagenumber|pagenum|currentpage|cur)$", re.I)
# ... or an offset into the list (Joomla's ?start=20, ?limitstart=20).
_OFFSET_PARAM = re.compile(r"^(start|limitstart|offset)$", re.I)
# /page/3/, /page-3, /trang-3.html, /trang/3 (WordPress, NukeViet, VNPT portals).
_PATH_PAGE = re.compile(r"^(.*?)/(?:page|trang)[-/](\d{1,5})(?:/|\.html?)?$", re.I)
_POSTBACK_PAGE = re.compile(r"__doPostBack\([^)]*['\"]Page\$(\d+)['\"]\s*\)", re.I)
# "Trang 2 / 5", "Trang 2 trên 5", "Trang 2 của 5", "Page 2 of 5".
_PAGE_OF = re.compile(r"\b(?:trang|page)\s*(\d{1,5})\s*(?:/|trên|của|of)\s*(\d{1,5})\b", re.I)
# The link to the last page says so; a "next" link past the end (Joomla's endless
# ?start=) does not, nor does a number shown.
_LAST_WORDS = re.compile(r"^(cuối|trang cuối|last|»»|>>|»\||>\|)$|^(cuối|last)\b", re.I)

_NUMBER = r"(\d{1,3}(?:[.,]\d{3})+|\d+)"
_ITEMS = r"(?:bài viết|tin bài|kết quả|bản ghi|văn bản|tin tức|articles?|posts?|results?|items?)"
# Totals a CMS prints above or below its list. Words around the number, never a bare
# number: a listing's teasers are full of figures ("có 91 đại biểu").
_TOTALS = [
    re.compile(r"(?:hiển thị|đang xem|showing|hiện)\s*(?:từ\s*)?\d+\s*(?:-|–|đến|to)\s*\d+\s*"
               r"(?:trong|trên|của|of|/)\s*(?:tổng số\s*)?" + _NUMBER, re.I),
    re.compile(r"tổng\s*(?:số|cộng)\s*(?:có\s*)?:?\s*" + _NUMBER + r"\s*" + _ITEMS, re.I),
    re.compile(r"tổng\s*số\s*" + _ITEMS + r"\s*:?\s*" + _NUMBER, re.I),
    re.compile(r"(?:^|[\s(:])(?:có|tìm thấy|found)\s*" + _NUMBER + r"\s*" + _ITEMS, re.I),
]
# A number near these words counts visits or people, not articles.
_COUNTER = re.compile(r"truy cập|online|trực tuyến|lượt|khách|thành viên|visit|hôm nay", re.I)
_COUNT_AFTER_LINK = re.compile(r"^\s*\(\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*\)")
_COUNT_IN_LINK = re.compile(r"^(.*\S)\s*\(\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*\)\s*$")

# Article ids in URLs: query parameters naming the article (not its category or menu) ...
_ID_PARAM = re.compile(r"^(id|nid|newsid|news_id|articleid|article_id|postid|contentid)$", re.I)
# ... a path segment after one of these names (/content/id/123, /articleid/456) ...
_ID_SEGMENT = re.compile(r"^(id|articleid|newsid|nid|node|post|p)$", re.I)
# ... or a number ending the last segment (-1246.html, -p94415.html, /123.aspx) or
# leading it (Joomla's /283-alias).
_ID_TAIL = re.compile(r"(?:^|[-_.]|[-_]p)(\d{1,9})(?:\.(?:html?|aspx?|php|htm))?/?$", re.I)
_ID_HEAD = re.compile(r"^(\d{1,9})-[^/]*[a-z]", re.I)


def _int(text: str) -> int:
    return int(re.sub(r"[.,]", "", text))


def page_position(url: str) -> tuple[str, int | None, str | None]:
    """(chain, value, kind): the URL with its page number taken out (what every page of
    one listing shares), the number, and whether it is a `page` number or an `offset`.
    A URL without one is its listing's first page: (url's chain, None, None)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept, value, kind = [], None, None
    for name, val in query:
        if kind is None and val.isdigit() and len(val) <= 6:
            if _OFFSET_PARAM.match(name):
                value, kind = int(val), "offset"
                continue
            if _PAGE_PARAM.search(name):
                value, kind = int(val), "page"
                continue
        kept.append((name, val))
    path = parts.path
    if kind is None and (found := _PATH_PAGE.match(path)):
        path, value, kind = found.group(1), int(found.group(2)), "page"
    path = path.rstrip("/") or ""
    chain = urlunsplit((parts.scheme, parts.netloc.lower(), path, urlencode(sorted(kept)), ""))
    return chain, value, kind


@dataclass
class Pager:
    """What one listing page's pager says about its chain of pages."""

    chain: str
    current: int  # this page's number (1 for the first page)
    last: int  # the highest page number the pager shows or links
    step: int | None = None  # items per page, when the pager counts in offsets
    numbers: set[int] = field(default_factory=set)  # every page number it names


def pager(doc: html.HtmlElement, url: str) -> Pager | None:
    """The pager of a listing page (links absolute, as discovery.parse_html gives them),
    or None when the page links no other page of its own list.

    Page numbers come from where the links lead, with the link texts to tell how: Joomla
    counts in offsets (?start=20 reads "3"), Drupal from zero (?page=1 reads "2"). The
    last page is the highest number linked ("Cuối »" links it even when the numbers
    shown stop at 5), or what the page prints ("Trang 2 / 17")."""
    chain, here_value, here_kind = page_position(url)
    linked: list[tuple[int, str, int | None]] = []  # (value, kind, number its text reads)
    numbers: set[int] = set()
    last_values: list[int] = []  # what links labelled "Cuối" / "Last" lead to
    for anchor in doc.iterfind(".//a[@href]"):
        href = anchor.get("href", "")
        text = " ".join(anchor.text_content().split())
        shown = int(text) if text.isdigit() and len(text) <= 5 else None
        if (postback := _POSTBACK_PAGE.search(href)):
            numbers.add(int(postback.group(1)))
            continue
        if not href.startswith(("http://", "https://")):
            continue
        there, value, kind = page_position(href)
        if there != chain:
            continue
        if value is None:
            if shown == 1:
                numbers.add(1)
            continue
        linked.append((value, kind, shown))
        if _LAST_WORDS.match(text) or _LAST_WORDS.match(anchor.get("title") or ""):
            last_values.append(value)
    kinds = {kind for _, kind, _ in linked} | ({here_kind} if here_kind else set())
    kind = "offset" if "offset" in kinds else "page"
    values = [v for v, k, _ in linked if k == kind]
    step, delta = None, 0
    if kind == "offset":
        ratios = [v // (t - 1) for v, _, t in linked if t and t > 1 and v % (t - 1) == 0]
        positive = sorted({v for v in values + [here_value or 0] if v > 0})
        step = _mode(ratios) or (positive[0] if positive else None)
        to_page = (lambda v: v // step + 1) if step else (lambda v: None)
    else:
        delta = _mode([t - v for v, _, t in linked if t is not None and t - v in (0, 1)]) or 0
        if delta == 0 and 0 in values:
            delta = 1  # a link to page 0 only exists where counting starts at zero
        to_page = lambda v: v + delta  # noqa: E731
    for value in values:
        if (number := to_page(value)) is not None:
            numbers.add(number)
    numbers.update(t for _, _, t in linked if t)
    current = 1
    if here_value is not None and (number := to_page(here_value)) is not None:
        current = number
    stated = [int(found.group(2)) for found in _PAGE_OF.finditer(_text(doc))
              if 1 <= int(found.group(1)) <= int(found.group(2))]
    numbers.add(current)
    numbers.update(stated)
    if len(numbers) < 2:
        return None
    # What the page says outright wins over what its links suggest.
    last = max(stated) if stated else None
    if last is None and last_values:
        last = max(n for v in last_values if (n := to_page(v)) is not None) or None
    return Pager(chain, current, last or max(numbers), step, numbers)


def _text(doc: html.HtmlElement) -> str:
    """The page's visible text with a space between text nodes ("Trang 4 / 4" then "1 2 3",
    never "Trang 4 / 41 2 3")."""
    nodes = doc.xpath("//text()[not(ancestor::script) and not(ancestor::style)]")
    return " ".join(" ".join(nodes).split())


def _mode(values: list[int]) -> int | None:
    return max(set(values), key=values.count) if values else None


def printed_totals(doc: html.HtmlElement) -> list[int]:
    """Numbers of items the page says its list holds ("Hiển thị 1 - 10 trong 87 kết quả",
    "Tổng số: 123 bài viết", "Có 45 kết quả"); visit counters are not totals."""
    text = _text(doc)
    found = []
    for pattern in _TOTALS:
        for match in pattern.finditer(text):
            # A counter's label comes before its number ("Lượt truy cập: 4.478.472").
            if _COUNTER.search(text[max(0, match.start() - 30):match.end()]):
                continue
            found.append(_int(match.group(1)))
    return found


def link_counts(doc: html.HtmlElement) -> list[list[tuple[str, int]]]:
    """Lists of links each followed by a count, "Tin hoạt động (19)" (WordPress category
    and archive widgets, NukeViet's and Joomla's category menus): [(href, count), ...]
    per list, in document order. A list of the site's categories or months adds up to
    what the site holds, as the CMS counts it."""
    groups: dict[int, tuple[html.HtmlElement, list[tuple[str, int]]]] = {}
    for anchor in doc.iterfind(".//a[@href]"):
        href = anchor.get("href", "")
        if not href.startswith(("http://", "https://")):
            continue
        count = None
        inside = _COUNT_IN_LINK.match(" ".join(anchor.text_content().split()))
        if inside:
            count = _int(inside.group(2))
        elif (after := _COUNT_AFTER_LINK.match(anchor.tail or "")):
            count = _int(after.group(1))
        else:
            sibling = anchor.getnext()
            if sibling is not None and (after := _COUNT_AFTER_LINK.match(
                    sibling.text_content() or "")):
                count = _int(after.group(1))
        if count is None:
            continue
        # The list the entry belongs to: the nearest ul/ol/div above its item.
        holder = next((a for a in anchor.iterancestors() if a.tag in ("ul", "ol", "table",
                                                                      "div", "nav")), None)
        key = id(holder)
        groups.setdefault(key, (holder, []))[1].append((href, count))
    return [entries for _, entries in groups.values() if len(entries) >= 2]


def url_id(url: str) -> tuple[str, int] | None:
    """(id space, id) of a URL that carries a numeric article id, else None.

    The id space is the URL with the id taken out and other numbers and slugs masked
    (two categories of one NukeViet module share it; a site's news and its documents
    do not), so that spans are only measured between ids of one counter."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    for name, value in parse_qsl(parts.query):
        digits = re.match(r"^(\d{1,9})(?::|$)", value)
        if _ID_PARAM.match(name) and digits:
            others = "&".join(sorted(k for k, _ in parse_qsl(parts.query) if k != name))
            return f"{host}{_mask(parts.path)}?{name.lower()}&{others}", int(digits.group(1))
    segments = [s for s in parts.path.split("/") if s]
    for i, segment in enumerate(segments[:-1]):
        if _ID_SEGMENT.match(segment) and segments[i + 1].isdigit():
            rest = "/".join(segments[:i + 1]) + "/{id}/" + "/".join(segments[i + 2:])
            return f"{host}/{_mask(rest)}", int(segments[i + 1])
    if not segments:
        return None
    last = segments[-1]
    found = _ID_HEAD.match(last) or _ID_TAIL.search(last)
    if not found:
        return None
    rule = "head" if found.re is _ID_HEAD else "tail"
    stem = "/".join(segments[:-1])
    return f"{host}/{_mask(stem)}/{rule}{_extension(last)}", int(found.group(1))


def _mask(path: str) -> str:
    """Numbers and slugs of a path masked, so that categories and dates share a space."""
    masked = []
    for segment in path.split("/"):
        if re.search(r"[a-z].*-.*[a-z]", segment, re.I) and "{" not in segment:
            masked.append("{s}")
        else:
            masked.append(re.sub(r"\d+", "{n}", segment))
    return "/".join(masked)


def _extension(segment: str) -> str:
    found = re.search(r"\.[a-z]{2,5}$", segment, re.I)
    return found.group(0).lower() if found else ""
