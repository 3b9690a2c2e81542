"""Choose which of a page's dates is the article's own; never fetches, never reads m/d/y.

`find_published` weighs structured metadata (JSON-LD, meta tags) against the dates printed
on the page, scored by the page's layout (closeness to the heading, labels, chrome,
repetition); see its docstring for the rule. Reading one string is crawler/datetext.py's
job (`parse_date_text`, `parse_iso`, re-exported here).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate

from lxml import etree

from crawler.clock import VIETNAM
from crawler.clock import now as clock_now
from crawler.datetext import Moment, find_date, parse_date_text, parse_iso
from crawler.jsonld import json_ld_documents, walk

__all__ = ["Published", "find_published", "parse_date_text", "parse_iso"]


@dataclass(frozen=True)
class Published:
    value: str  # 'YYYY-MM-DD' when only a day is known, else 'YYYY-MM-DDTHH:MM:SS+07:00'
    source: str  # 'json-ld', 'meta:<name>', 'time-element', 'text:near-title', 'text:label', ...


# -- structured metadata -------------------------------------------------------------------

# Names under which pages publish dates, most trusted first. Modification dates are read too,
# only to recognise a "published" field that really holds the last edit.
_META_PUBLISHED = [
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "article:published", "pubdate", "publishdate", "publish-date", "publish_date",
    "publication_date",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
    "dcterms.date", "date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "datecreated", "created",
]
_META_MODIFIED = {"article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                  "last-modified", "modified", "revised", "updated_time"}
_ARTICLE_TYPES = re.compile(r"article|posting|report|news", re.IGNORECASE)


def _json_ld(doc) -> tuple[Moment | None, Moment | None]:
    """datePublished and dateModified of the page's article object(s) in JSON-LD."""
    published = modified = None
    for data in json_ld_documents(doc):
        ranked = []
        for item in walk(data):
            if "datePublished" in item or "dateModified" in item:
                kind = item.get("@type", "")
                is_article = bool(_ARTICLE_TYPES.search(" ".join(kind) if isinstance(kind, list)
                                                        else str(kind)))
                ranked.append((not is_article, item))
        for _, item in sorted(ranked, key=lambda pair: pair[0]):
            if published is None and isinstance(item.get("datePublished"), str):
                published = parse_iso(item["datePublished"])
            if modified is None and isinstance(item.get("dateModified"), str):
                modified = parse_iso(item["dateModified"])
    return published, modified


def _metadata(doc) -> tuple[Moment | None, str | None, Moment | None]:
    """The most trusted published date in metadata, its source, and the page's modified date."""
    published, modified = _json_ld(doc)
    source = "json-ld" if published is not None else None
    found: dict[str, tuple[str, Moment]] = {}
    for el in doc.iter("meta"):
        name = el.get("property") or el.get("name") or el.get("itemprop") or ""
        key = name.strip().lower()
        if key in found or not (key in _META_MODIFIED or key in _META_PUBLISHED):
            continue
        value = parse_iso(el.get("content") or "")
        if value is not None:
            found[key] = (name.strip(), value)
    for key in _META_MODIFIED:
        if modified is None and key in found:
            modified = found[key][1]
    if published is None:
        for key in _META_PUBLISHED:
            if key in found:
                published, source = found[key][1], "meta:" + found[key][0]
                break
    return published, source, modified


# -- dates printed on the page -------------------------------------------------------------

# Words that introduce a publication date ("Ngày đăng: …", "Đăng lúc …", "Cập nhật …", "Posted at").
_LABEL = re.compile(
    r"(?:ngày\s+(?:đăng|đưa\s+tin|xuất\s+bản|tạo|gửi|cập\s+nhật)|đăng\s+(?:lúc|ngày|vào|tải)|"
    r"thời\s+gian\s+đăng|cập\s+nhật|xuất\s+bản|posted|published|updated|date\s*:|ngày\s*:)",
    re.IGNORECASE)
# "Cập nhật" is the only label many of these CMSs print, but next to "Ngày đăng" it is the edit
_UPDATE_LABEL = re.compile(r"cập\s+nhật|updated|sửa", re.IGNORECASE)
_BYLINE_WORDS = re.compile(r"tác\s+giả|người\s+viết|post\s+name|posted\s+by|viết\s+bởi|\bbởi\b",
                           re.IGNORECASE)
# Page chrome by tag, or by class/id word; only when that block does not also hold the heading
# (WordPress's "entry-header" and Joomla's "page-header" wrap the title and its date).
_CHROME_TAGS = {"header", "nav", "footer", "aside", "marquee", "menu"}
_CHROME_WORDS = re.compile(
    r"(?:^|[^a-z])(?:header|banner|topbar|top|footer|sidebar|aside|menu|nav|navbar|marquee|ticker|"
    r"widget|breadcrumbs?|copyright)(?:[^a-z]|$)", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
_MODIFIED_MARK = re.compile(r"modif|updated|update-date|edited|last-?mod")
_PUBLISHED_MARK = re.compile(r"published|publish-date|date-?create|created|pubdate|post-?date")


@dataclass
class _Seen:
    value: Moment
    offset: int  # characters of page text before the date
    el: object  # the element whose text holds the date
    piece: str  # that text node
    start: int  # where the date starts in the piece
    before: str  # text of the previous text node (a label often sits in its own <b>)
    structured: bool = False  # from <time datetime>
    chain: list | None = None  # el and its ancestors, computed once
    score: float = 0.0
    near: bool = False
    labelled: bool = False


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _squash(text: str) -> str:
    return " ".join(_nfc(text).split()).casefold()


def _is_title(el, title_key: str | None) -> bool:
    text = _squash(el.text_content())
    if not text:
        return False
    if title_key:
        # the heading may carry a date or a counter after the title: "… (31/08/2016)"
        return text == title_key or (text.startswith(title_key) and len(text) < len(title_key) + 40)
    return len(text) >= 20


# Speed matters here: on a 150 KB page, building an element proxy for every node or running
# a regex over every text node from Python costs milliseconds. So the page's text is read
# as plain strings in one call, positions are counted in C (XPath count), and elements are
# fetched only for the few text nodes that may hold the article's date.
_TEXTS = etree.XPath(".//text()", smart_strings=False)
_TEXTS_BEFORE = etree.XPath("count(preceding::text())")
_CODE = ("script", "style", "noscript", "template")
# a digit before a date separator or before "tháng"/a month name: cheap enough to scan a
# whole page with (it starts with a character class); the full patterns then read the node
_MAYBE_DATE = re.compile("[0-9](?:[/.\\-][0-9]|\\s+[tTJFMASONDjfmasond]|,\\s+[0-9]{4})")
_LABEL_LOWER = re.compile("ngày đăng|đăng lúc|đăng ngày|đăng vào|đưa tin|cập nhật|xuất bản|"
                          "thời gian đăng|posted|published")
_HEADINGS = etree.XPath(".//h1 | .//h2 | .//h3")
_TITLED = etree.XPath(".//*[contains(@class, 'title') or contains(@class, 'headline')"
                      " or contains(@itemprop, 'headline') or contains(@class, 'tieude')]")


def _find_title(root, title: str | None):
    """The article's heading: the element whose text is `title`, else the first h1, else h2."""
    if title:
        key = _squash(title)
        for group in (_HEADINGS, _TITLED):  # the second scan only when headings fail
            for el in group(root):
                # length first: normalising the text of hundreds of teaser titles is not free
                if abs(len(el.text_content()) - len(title)) <= 60 and _is_title(el, key):
                    return el
    # without a title: the first h1 (else h2) that is not the site's logo or a menu heading
    headings = _HEADINGS(root)
    for level in ("h1", "h2"):
        for el in headings:
            if el.tag == level and _is_title(el, None) and not _is_logo(el):
                return el
    return None


_HOME = re.compile(r"^(?:[a-z]+://[^/]+)?/?(?:index\.\w+|default\.aspx|trang-chu\S*)?$",
                   re.IGNORECASE)


def _is_logo(el) -> bool:
    """A heading linking to the home page (the site's name) or standing in a menu.

    Not judged by "header" classes or tags: WordPress's <header class="entry-header"> and
    Joomla's "page-header" wrap the article's own heading.
    """
    if any(_HOME.match((a.get("href") or "").strip()) for a in el.iter("a")):
        return True
    return any(up.tag in ("nav", "menu", "footer", "aside") for up in el.iterancestors())


def _owner(node):
    parent = node.getparent()
    return parent.getparent() if node.is_tail and parent.getparent() is not None else parent


# Around the heading, every date is read; farther away only labelled ones, since an unlabelled
# date there cannot reach ACCEPT (see `_score`); without a heading, the first dozens.
BEFORE_TITLE, AFTER_TITLE, UNANCHORED = 400, 800, 30


def _text_nodes(root, picks: list[int]):
    """(index, text node with its parent) for the given indices of `_TEXTS`, a few XPath calls.

    A positional range is cheap for libxml2, a long `position() = a or …` predicate is not;
    nearby indices share one range query.
    """
    groups: list[list[int]] = []
    for i in picks:
        # each query walks all text nodes (~ the cost of converting 100-200 results)
        if groups and i - groups[-1][-1] <= 150:
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        lo, hi = group[0], group[-1]
        nodes = root.xpath(f"(.//text())[position() >= {lo + 1} and position() <= {hi + 1}]")
        wanted = set(group)
        yield from ((lo + k, node) for k, node in enumerate(nodes) if lo + k in wanted)


def _has_label(text: str) -> bool:
    return _LABEL_LOWER.search(text.lower()) is not None


def _walk(doc, title: str | None, far: bool = False):
    """Every date worth scoring on the page, and where the title heading sits.

    Without `far`, only dates near the heading (or the first dozens on a page without one);
    with it, dates after a label anywhere on the page.
    """
    root = doc.find("body") if doc.find("body") is not None else doc
    texts = _TEXTS(root)
    base = _TEXTS_BEFORE(root)

    def index_of(el) -> int:  # index in `texts` of the first text node at or after el's start
        return int(_TEXTS_BEFORE(el) - base)

    code = {index_of(el) for el in root.iter(*_CODE) if el.text}
    plain = list(texts)
    for i in code:
        if 0 <= i < len(plain):
            plain[i] = ""
    starts = [0, *accumulate(map(len, plain))][:-1] if plain else []

    def previous(i: int) -> str:  # the last non-blank text before node i
        for j in range(i - 1, max(-1, i - 5), -1):
            if stripped := texts[j].strip():
                return stripped
        return ""

    title_span = None
    title_el = _find_title(root, title)
    if title_el is not None and 0 <= (first := index_of(title_el)) < len(texts):
        title_span = (title_el, starts[first], starts[first] + len(title_el.text_content()))

    # the text nodes to read: every dated one near the heading (or the first ones, without a
    # heading); with `far`, labelled ones anywhere instead (a second pass, for hard pages only)
    if title_span is not None and not far:
        lo = max(0, bisect_right(starts, title_span[1] - BEFORE_TITLE) - 1)
        hi = bisect_right(starts, title_span[2] + AFTER_TITLE)
    else:
        lo, hi = 0, len(texts)
    picks: list[int] = []
    for match in _MAYBE_DATE.finditer("".join(plain[lo:hi])):
        i = bisect_right(starts, starts[lo] + match.start()) - 1
        if picks and picks[-1] == i:
            continue
        if far:
            keep = _has_label(texts[i][:80]) or _has_label(previous(i)[-30:])
        elif title_span is None:
            keep = len(picks) < UNANCHORED
        else:
            keep = title_span[1] - BEFORE_TITLE <= starts[i] <= title_span[2] + AFTER_TITLE
        if keep:
            picks.append(i)
        elif title_span is None and not far:
            break
    times = {}
    for el in root.iter("time"):
        value = parse_iso(el.get("datetime") or "")
        if value is not None and 0 <= (i := index_of(el)) < len(texts):
            times[i] = (el, value)
    picks = [i for i in picks if i not in times][:UNANCHORED]
    seen = []
    for i, (el, value) in times.items():
        # "<time datetime=…>Ngày đăng: 12/01/2023</time>": the label is inside the element
        piece = _nfc(el.text_content())
        found = find_date(piece)
        seen.append(_Seen(value, starts[i], el, piece, found[1] if found else 0, previous(i),
                          True))
    for i, node in _text_nodes(root, picks):
            clean = _nfc(str(node))
            found = find_date(clean)
            if found is not None:
                seen.append(_Seen(found[0], starts[i] + found[1], _owner(node), clean, found[1],
                                  previous(i)))
    seen.sort(key=lambda c: c.offset)
    return seen, title_span, (starts[-1] + len(plain[-1])) if plain else 0


def _chrome(chain: list, title_chain: list, page_chars: int = 0) -> bool:
    """Is the element (chain = it and its ancestors) in page chrome rather than the article?

    Chrome blocks are judged up to the block shared with the heading. When that block is
    small (the article, not the page), a "footer" or "meta" box inside it is the article's
    own (WordPress's entry-footer, "Posted on …"); only tickers and menus stay chrome there.
    """
    shared = next((up for up in chain if any(up is t for t in title_chain)), None)
    inner = (shared is not None and shared.tag not in ("body", "html", "form")
             and (shared.tag == "article" or len(shared.text_content()) < 0.6 * page_chars)
             and next(shared.iter("nav", "menu", "marquee"), None) is None)
    for up in chain:
        if up is shared:
            return False
        tag = up.tag if isinstance(up.tag, str) else ""
        if inner:
            if tag in ("marquee", "nav", "menu"):
                return True
            continue
        if tag in _CHROME_TAGS:
            return True
        words = (up.get("class") or "") + " " + (up.get("id") or "")
        if words.strip() and _CHROME_WORDS.search(words):
            return True
    return False


def _signature(chain: list) -> tuple:
    return tuple((up.tag, up.get("class")) for up in chain[:3])


def _score(cand: _Seen, title_span, title_chain: list, repeated: bool, body_text: str | None,
           today: date, page_chars: int) -> None:
    piece, start = cand.piece, cand.start
    head = piece[max(0, start - 40):start]
    label = _LABEL.search(head) or (
        None if piece[:start].strip() else _LABEL.search(cand.before[-30:]))
    cand.labelled = label is not None
    score = 0.0 if label is None else 2.5 if _UPDATE_LABEL.match(label.group()) else 3.0
    if cand.structured:
        score += 1
    # what the markup says the date is: schema.org's datePublished / dateModified, or the
    # CMS's class ("published", "create", "modified", "updated")
    kind = " ".join((up.get("itemprop") or "") + " " + (up.get("class") or "")
                    for up in cand.chain[:2]).lower()
    if _MODIFIED_MARK.search(kind):
        score -= 2
    elif _PUBLISHED_MARK.search(kind):
        score += 1
    if isinstance(cand.value, datetime):
        score += 1
    # A date inside running text ("Sáng ngày 12/01/2023, tại …") is something the article talks
    # about; the article's own date stands on a short line of its own.
    words = len(_WORDS.findall(piece))
    in_paragraph = any(up.tag == "p" and len(up.text_content()) > 120 for up in cand.chain[:3])
    if not cand.labelled and (words > 12 or in_paragraph):
        score -= 4
    elif words <= 8:
        score += 1
    if body_text and not cand.labelled and len(piece.strip()) > 30 and piece.strip() in body_text:
        score -= 3
    if title_span is not None:
        _, t_start, t_end = title_span
        if t_start <= cand.offset < t_end:
            score += 3
            cand.near = True
        elif cand.offset >= t_end:
            gap = cand.offset - t_end
            cand.near = gap <= 250
            score += 4 if gap <= 250 else 2 if gap <= 800 else 0
        else:
            gap = t_start - cand.offset
            cand.near = gap <= 150
            score += 3 if gap <= 150 else 1 if gap <= 400 else 0
    if _chrome(cand.chain, title_chain, page_chars):
        score -= 4
    if any(up.tag == "a" for up in cand.chain[:3]):
        score -= 3  # a headline link's date belongs to the linked article
    if repeated:
        score -= 4  # one of many dated items: a teaser list, a ticker, a sidebar
    if _as_day(cand.value) == today and not cand.near:
        score -= 2  # a site clock showing the crawl date
    cand.score = score


def _as_day(value: Moment) -> date:
    return value.date() if isinstance(value, datetime) else value


def _fmt(value: Moment) -> str:
    if isinstance(value, datetime):
        return value.astimezone(VIETNAM).isoformat(timespec="seconds")
    return value.isoformat()


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.\-]|$)")


def _url_date(url: str | None) -> date | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


ACCEPT = 3.0  # a printed date below this is not trusted on its own
STRONG = 4.0  # a printed date at least this good wins a disagreement with metadata


def _best_printed(doc, title, body_text, today: date, latest: date, far: bool) -> _Seen | None:
    seen, title_span, page_chars = _walk(doc, title, far)
    seen = [c for c in seen if _as_day(c.value) <= latest]
    title_chain = [title_span[0], *title_span[0].iterancestors()] if title_span else []
    signatures: dict[tuple, int] = {}
    for cand in seen:
        cand.chain = [cand.el, *cand.el.iterancestors()]
        sig = _signature(cand.chain)
        signatures[sig] = signatures.get(sig, 0) + 1
    for cand in seen:
        repeated = signatures[_signature(cand.chain)] >= 3
        _score(cand, title_span, title_chain, repeated, body_text, today, page_chars)
    return max(seen, key=lambda c: (c.score, -c.offset), default=None)


def find_published(doc, *, title: str | None = None, body_text: str | None = None,
                   url: str | None = None) -> Published | None:
    """The article's own publication date on a full page tree, with where it came from.

    Printed dates are scored by layout: next to the title heading (just after it, or just
    before it as on vusta.vn) and after a label ("Ngày đăng", "Đăng lúc", "Cập nhật", "Posted")
    count for; page chrome not holding the heading (header, nav, sidebar, marquee, footer),
    headline links, dates repeated in lists, dates inside running text and the crawl date
    count against. The rule between metadata (JSON-LD, meta tags) and the best printed date:
    - same day: metadata wins (precise time and offset), unless it has no time and the print does;
    - they differ: the printed date wins when it is strong (labelled or next to the heading),
      or when the metadata is the page's modified date or the crawl day, because CMSs fill
      "published" metadata with the last edit or with today; otherwise metadata wins;
    - nothing else: a date in the URL (/2023/01/10/) is the weak last resort.
    Dates after the crawl (beyond tomorrow) are never the article's.
    """
    today = clock_now().astimezone(VIETNAM).date()
    latest = today + timedelta(days=1)
    meta, meta_source, modified = _metadata(doc)
    if meta is not None and _as_day(meta) > latest:
        meta = None
    best = _best_printed(doc, title, body_text, today, latest, far=False)
    if best is None or (best.score < STRONG and not (
            meta is not None and _as_day(meta) == _as_day(best.value))):
        # nothing convincing near the heading: look for labelled dates anywhere
        wider = _best_printed(doc, title, body_text, today, latest, far=True)
        if wider is not None and (best is None or wider.score > best.score):
            best = wider
    if best is not None and best.score < ACCEPT:
        url_day = _url_date(url)
        if not (url_day and _as_day(best.value) == url_day and best.score > 0):
            best = None
    printed = (best.value, _visible_source(best)) if best is not None else None

    if meta is not None and printed is not None:
        if _as_day(meta) == _as_day(printed[0]):
            if isinstance(meta, date) and not isinstance(meta, datetime) \
                    and isinstance(printed[0], datetime):
                return Published(_fmt(printed[0]), printed[1])
            return Published(_fmt(meta), meta_source)
        meta_suspect = _as_day(meta) == today or (
            modified is not None and _as_day(meta) == _as_day(modified))
        if best.score >= STRONG or meta_suspect:
            return Published(_fmt(printed[0]), printed[1])
        return Published(_fmt(meta), meta_source)
    if meta is not None:
        return Published(_fmt(meta), meta_source)
    if printed is not None:
        return Published(_fmt(printed[0]), printed[1])
    url_day = _url_date(url)
    if url_day is not None and url_day <= latest:
        return Published(url_day.isoformat(), "url")
    return None


def _visible_source(cand: _Seen) -> str:
    if cand.structured:
        return "time-element"
    if _BYLINE_WORDS.search(cand.piece) or _BYLINE_WORDS.search(cand.before[-30:]):
        return "text:byline"
    if cand.near:
        return "text:near-title"
    if cand.labelled:
        return "text:label"
    return "text:page"
