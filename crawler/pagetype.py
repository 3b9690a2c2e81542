"""Tell an article page from a listing or any other page by its structure; no fetching.

An article has a long run of running text that links hardly interrupt (its body). A
listing is made of records: three or more sibling blocks of one make, each headed by a
link of its own to another page (title, thumbnail, "Xem tiếp"), with a date or a teaser
beside it. Records are found by their repetition, not by class names, so WordPress
archives with long excerpts, portal category lists with three-sentence summaries and
"Xem thêm" teaser boxes inside an article are all seen for what they are. The body is
the longest run of text outside records; a page whose records carry more text than
anything else on it is a listing, whatever the length of its excerpts.

This is measured on the page itself, so it works on CMS families never seen before.
Cheap enough to run in the crawl's callback (a few milliseconds a page); full
extraction happens later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html

# Page chrome without running text. <header> is not here: HTML5 themes head every
# record of a listing with one (<article><header><h2><a>…), and its title link must
# break the run of text like any other headline.
_SKIP = {"script", "style", "noscript", "nav", "footer", "select", "option",
         "button", "iframe", "svg", "textarea", "template", "head"}
_BLOCK = {"p", "div", "td", "th", "li", "ul", "ol", "table", "tr", "section", "article",
          "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "dl", "form",
          "main", "aside", "figure", "figcaption", "pre", "center", "tbody", "body", "br"}
_CHROME = re.compile(r"\b(menu|nav|footer|header|sidebar|breadcrumb|banner|copyright)\b", re.I)
_NOT_FOUND = re.compile(
    r"không tồn tại|không tìm thấy|đã bị xóa|đã bị xoá|đã bị gỡ|bị gỡ bỏ|page not found|"
    r"not found|lỗi 404|\b404\b|trang bạn yêu cầu|bài viết không|no longer available",
    re.IGNORECASE,
)

ARTICLE_RUN = 400  # chars of running text that only an article body has
MIN_RECORDS = 3  # sibling blocks of one make, each linking a page of its own
TEASER_CHARS = 60  # text beside a record's link that makes it a teaser, not a bare link
BODY_OVER_TEASER = 1.5  # an article's body outweighs the teasers its page shows
TEASERS_OVER_BODY = 2.5  # ... and all of them together do not dwarf it
# An article's body is a quarter paragraphs or more (blocks of PARAGRAPH chars); a record
# of fields (a document page: Số ký hiệu, Ngày ban hành, Trích yếu...) is short cells.
PARAGRAPH, PROSE_SHARE = 80, 0.25
ARTICLE_RUN_WITH_MARKUP = 150  # when the markup itself says "this is an article"
# On a page full of headline links, the body must stand out from the other runs of text:
# a listing's runs are its teasers, all of a size.
TEASER_RATIO = 1.4


@dataclass(frozen=True)
class PageInfo:
    kind: str  # article | listing | other
    body_chars: int  # the longest run of running text outside records
    headline_links: int  # links whose anchor reads like a headline, outside menus
    canonical: str | None
    soft404: bool
    article_markup: bool
    teasers: int = 0  # records carrying a teaser (title link + text)


@dataclass(frozen=True)
class Records:
    """Sibling blocks of one make, each led by a link to a page of its own."""

    items: list[html.HtmlElement]
    targets: list[str]  # the page each record leads to
    teaser_chars: list[int]  # text beside each record's links

    @property
    def teasers(self) -> bool:
        ordered = sorted(self.teaser_chars)
        return ordered[len(ordered) // 2] >= TEASER_CHARS


def _text_len(el: html.HtmlElement) -> int:
    return len(" ".join(el.text_content().split()))


_MORE = re.compile(r"^(xem tiếp|xem thêm|chi tiết|đọc tiếp|đọc thêm|xem chi tiết|read more|"
                   r"more|tiếp|»|>>|→|\.\.\.|…)\W*$", re.IGNORECASE)
LEAD_CHARS = 40  # text a record may show before its link (a date, a category label)


def _record_link(item: html.HtmlElement) -> tuple[str | None, int]:
    """(the page a block leads to, the text beside its links), or (None, 0).

    A block leads to the target most of its link text points to (title, thumbnail and
    "more" agree; a category or author link beside them does not count), and that link
    must lead it: come first (after at most a date or a label), or close it as a "Xem
    tiếp" does. A paragraph with a link in its middle is running text, not a record."""
    by_target: dict[str, int] = {}
    anchors = []
    for anchor in item.iterfind(".//a[@href]"):
        href = anchor.get("href", "").split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        text = " ".join(anchor.text_content().split())
        by_target[href] = by_target.get(href, 0) + len(text) + 1  # an image link counts
        anchors.append((href, anchor, text))
    if not by_target:
        return None, 0
    target, weight = max(by_target.items(), key=lambda kv: kv[1])
    if weight * 2 < sum(by_target.values()):
        return None, 0  # many links of equal weight: a menu or a box, not one record
    first, title = next((a, t) for href, a, t in anchors if href == target)
    last_href, last, last_text = anchors[-1]
    # A title, or a picture: an inline link on a word or two is running text's.
    titled = len(title.split()) >= 3 or first.find(".//img") is not None
    leads = titled and _text_before(item, first) <= LEAD_CHARS
    closes = last_href == target and _MORE.match(last_text) and not _text_after(item, last)
    if not (leads or closes):
        return None, 0
    link_chars = sum(len(text) for _, _, text in anchors)
    return target, max(0, _text_len(item) - link_chars)


def _text_before(root: html.HtmlElement, anchor: html.HtmlElement) -> int:
    """Chars of text in `root` before `anchor`, in reading order."""
    n = 0
    for el in root.iter():
        if el is anchor:
            return n
        if isinstance(el.tag, str) and el.text:
            n += len(el.text.strip())
        if el is not root and el.tail and anchor not in el.iterdescendants():
            n += len(el.tail.strip()) if not _contains(el, anchor) else 0
    return n


def _contains(el: html.HtmlElement, other: html.HtmlElement) -> bool:
    return any(d is other for d in el.iterdescendants())


def _text_after(root: html.HtmlElement, anchor: html.HtmlElement) -> int:
    """Chars of text in `root` after `anchor` (its own text excluded)."""
    n, after = 0, False
    for el in root.iter():
        if el is anchor:
            after = True
            n += len((el.tail or "").strip())
            continue
        if after and not _contains(anchor, el):
            n += len((el.text or "").strip()) + len((el.tail or "").strip())
    return n


def records(doc: html.HtmlElement) -> list[Records]:
    """Every set of >= 3 sibling blocks of one tag, each leading to a page of its own:
    listing items, teaser boxes, lists of links."""
    found = []
    for parent in doc.iter():
        if not isinstance(parent.tag, str) or parent.tag in _SKIP:
            continue
        # Same tag is enough: classes differ from record to record (post-2144,
        # category-news), and blocks that lead nowhere (spacers, a layout column) are
        # not records anyway.
        kids: dict[str, list] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in _SKIP and \
                    (child.text_content().strip() or child.find(".//a") is not None):
                kids.setdefault(child.tag, []).append(child)
        for items in kids.values():
            if len(items) < MIN_RECORDS:
                continue
            links = [_record_link(item) for item in items]
            led = [(item, target, chars)
                   for item, (target, chars) in zip(items, links, strict=True) if target]
            targets = {target for _, target, _ in led}
            # Records are of a size: a layout column holding the article is not one.
            sizes = sorted(_text_len(item) for item, _, _ in led)
            typical = sizes[len(sizes) // 2] if sizes else 0
            led = [r for r in led if _text_len(r[0]) <= max(4 * typical, 300)]
            if len(led) >= MIN_RECORDS and len(led) * 5 >= len(items) * 3 and \
                    len(targets) * 5 >= len(led) * 4:
                found.append(Records(*map(list, zip(*led, strict=True))))
    return found


def _blocks(doc: html.HtmlElement, skip: set | frozenset = frozenset()) -> list[tuple[int, int]]:
    """(text chars, link chars) of each block of visible text, in reading order; the
    elements in `skip` (records) count as one block of links, breaking any run."""
    blocks: list[list[int]] = [[0, 0]]

    def walk(el, in_link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP or "display:none" in (el.get("style") or "").replace(" ", ""):
            return
        if el in skip:
            blocks.append([100, 100])
            blocks.append([0, 0])
            return
        link = in_link or tag == "a"
        if tag in _BLOCK:
            blocks.append([0, 0])
        if el.text and tag:
            n = len(el.text.strip())
            blocks[-1][0] += n
            blocks[-1][1] += n if link else 0
        for child in el:
            walk(child, link)
            if child.tail:
                n = len(child.tail.strip())
                blocks[-1][0] += n
                blocks[-1][1] += n if link else 0
        if tag in _BLOCK:
            blocks.append([0, 0])

    body = doc.find("body")
    walk(body if body is not None else doc, False)
    return [(t, a) for t, a in blocks if t]


def _runs(doc: html.HtmlElement, skip: set | frozenset) -> list[tuple[int, int]]:
    """(chars, chars in paragraphs) of each stretch of blocks that are running text, not
    links; longest first. A paragraph is a block of at least PARAGRAPH chars."""
    runs, run, prose = [], 0, 0
    for text, linked in _blocks(doc, skip):
        if linked > 20 and linked / text > 0.33:  # a headline link or a menu: run broken
            if run:
                runs.append((run, prose))
            run = prose = 0
            continue
        run += text - linked
        prose += text - linked if text - linked >= PARAGRAPH else 0
    if run:
        runs.append((run, prose))
    return sorted(runs, reverse=True) or [(0, 0)]


def _article_markup(doc: html.HtmlElement) -> bool:
    if doc.xpath("//meta[@property='og:type' and contains(@content,'article')]"):
        return True
    if doc.xpath("//*[@itemprop='articleBody' or @property='articleBody']"):
        return True
    for script in doc.xpath("//script[@type='application/ld+json']/text()"):
        if re.search(r'"@type"\s*:\s*"(News|Blog)?(Article|Posting)"', script):
            return True
    return len(doc.xpath("//article")) == 1 and bool(doc.xpath("//article//h1"))


def canonical_link(doc: html.HtmlElement) -> str | None:
    for link in doc.xpath("//link[@rel='canonical'][@href]"):
        return link.get("href").strip() or None
    return None


def headline_links(doc: html.HtmlElement) -> int:
    count = 0
    for anchor in doc.iterfind(".//a[@href]"):
        words = anchor.text_content().split()
        if len(words) >= 6 and not any(
            _CHROME.search((a.get("class") or "") + " " + (a.get("id") or ""))
            or a.tag in ("nav", "header", "footer")
            for a in anchor.iterancestors()
        ):
            count += 1
    return count


def classify(doc: html.HtmlElement, *, is_home: bool = False, headline: bool = False
             ) -> PageInfo:
    """What the page is. `headline`: the crawl reached it by a link that reads like a
    title, which settles a page whose body is no longer than its sidebar's text."""
    found = records(doc)
    in_records = {item for group in found for item in group.items}
    # A list shown twice (desktop and mobile menus of one theme) counts once.
    teasers = sorted({key: c for g in found if g.teasers
                      for key, c in zip(g.targets, g.teaser_chars, strict=True)}.values())
    detailed = _runs(doc, in_records)
    runs = [chars for chars, _ in detailed]
    run, prose = detailed[0]
    markup = _article_markup(doc)
    links = headline_links(doc)
    heading = " ".join(
        doc.xpath("string(//title)").split() + doc.xpath("string((//h1)[1])").split()
    )
    soft404 = run < ARTICLE_RUN and bool(_NOT_FOUND.search(heading) or (
        run < 200 and _NOT_FOUND.search(" ".join(doc.xpath("string(//body)").split())[:3000])
    ))
    if is_home or soft404:
        kind = "other" if soft404 else "listing"
    elif len(teasers) >= MIN_RECORDS and (run < BODY_OVER_TEASER * teasers[len(teasers) // 2]
                                           or sum(teasers) > TEASERS_OVER_BODY * run):
        kind = "listing"  # its records say more than any text outside them
    elif (run >= ARTICLE_RUN or (markup and run >= ARTICLE_RUN_WITH_MARKUP)) and \
            prose >= PROSE_SHARE * run and (markup or headline or links < 5 or len(runs) < 2
                                             or run >= TEASER_RATIO * runs[1]):
        kind = "article"
    elif links >= 5:
        kind = "listing"
    else:
        kind = "other"
    return PageInfo(kind, run, links, canonical_link(doc), soft404, markup, len(teasers))


def no_longer_there(doc: html.HtmlElement, info: PageInfo, title: str | None) -> bool:
    """A page that used to be the article titled `title` now says that what was asked for
    is not there (a soft 404), and holds no article by that title.

    Saying so anywhere in its text is too loose to judge an unknown page by (a headline
    may say it), but enough here, once the page has lost its article: no body of an
    article's length, or its title nowhere but in links. A site's template around a one-line
    "Bài viết không tồn tại" is classified by its sidebars, which may look like an
    article's body to a page reached by a headline."""
    if info.soft404:
        return True
    if not _NOT_FOUND.search(" ".join(doc.xpath("string(//body)").split())):
        return False
    if info.kind != "article" or info.body_chars < ARTICLE_RUN:
        return True
    # Its title in the page's own words, not in a sidebar's link to it: still there.
    own_words = " ".join(" ".join(doc.xpath(
        "//text()[not(ancestor::a) and not(ancestor::script) and not(ancestor::style)]")).split())
    return bool(title) and " ".join(title.split()).casefold() not in own_words.casefold()
