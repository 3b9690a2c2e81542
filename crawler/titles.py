"""Find an article's title on its page; never reads the text below it.

The heading the page's <title>/og:title names, else the last heading (h1–h3, or an element
whose class speaks of a title) above the article's running text, else the last short line
set in bold or large type there, else <title> itself without the site's name. Headings of
the site rather than of the article are never taken: the logo (a link home), headings in
menus, and, once the site template has seen enough pages, a heading on many of them (the
site's name, a column's heading such as "TIN TỨC - SỰ KIỆN").
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from crawler import boilerplate
from crawler.datetext import find_date

# Headings and elements with a class or id, in document order (XPath walks the tree in
# C); TITLE_HINT then keeps those whose class or id speaks of a title.
_TITLE_CANDIDATES = etree.XPath(
    "//body//*[self::h1 or self::h2 or self::h3 or @itemprop or @class or @id]"
)
TITLE_HINT = re.compile(r"title|tieude|tieu-de|tieu_de|headline|heading|tenbai|news-name", re.I)
SEPARATORS = re.compile(r"\s+[|\-–—:»›/]+\s+|\s*[|»›]\s*")


def nfc(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\xa0", " "))
    return re.sub(r"[ \t\u200b]+", " ", text).strip()


def _text(el) -> str:
    return nfc(" ".join(el.itertext()))


def _stamp(text: str) -> bool:
    """A short line that is mostly a date ("Thứ ba, 10/01/2023 08:15"): not a title."""
    found = find_date(text)
    return found is not None and len(text) < 30 + (found[2] - found[1])


def _running_at(core, order: dict) -> float:
    """Where the article's running text starts, as a position in `order` (document order):
    its first long paragraph, or its first long run of text written straight into a block
    between <br>s (then right after the element that text follows)."""
    for el in core.iter():
        if not isinstance(el.tag, str):
            continue
        if len((el.text or "").strip()) >= 40 or (
            el.tag == "p" and len(_text(el)) >= 60 and not _stamp(_text(el))
        ):
            return order.get(el, 0)
        if el is not core and len((el.tail or "").strip()) >= 40:
            return order.get(el, 0) + 0.5
    return order.get(core, 0)


_HOME = re.compile(r"^(?:[a-z]+://[^/]+)?/?(?:index\.\w+|default\.aspx|trang-chu\S*)?$", re.I)


def _site_heading(el, template) -> bool:
    """A heading of the site rather than of the article: the logo (a link home), a heading in
    the page's menus, or one the site template has seen on many of the site's pages (the
    site's name, a column's heading)."""
    if any(_HOME.match((a.get("href") or "").strip()) for a in el.iter("a")):
        return True
    if any(up.tag in ("nav", "menu", "footer", "aside") for up in el.iterancestors()):
        return True
    if template is None or not template.ready:
        return False
    block = el
    while block is not None and block.tag in boilerplate.INLINE:
        block = block.getparent()
    # on a clear share of the pages: a multi-page article repeats its own heading
    seen = template.counts.get(boilerplate.exact_key(block), 0) if block is not None else 0
    return seen >= max(3, 0.4 * template.pages_seen)


_EMPHASIS = etree.XPath("//body//*[self::b or self::strong or self::font or self::big"
                        " or self::h4 or self::h5 or self::h6 or contains(@style, 'bold')"
                        " or contains(@style, 'font-size')]")


def _emphasised_heading(tree, core, template):
    """The last short bold or large line before the article's first running paragraph."""
    order = {el: i for i, el in enumerate(tree.iter())}
    at = _running_at(core, order)
    best = None
    for el in _EMPHASIS(tree):
        if order.get(el, at) >= at:
            break
        text = _text(el)
        if not 15 <= len(text) <= 300 or text.endswith(":") or _stamp(text) or any(
            up.tag == "a" for up in (el, *el.iterancestors())
        ) or re.search(r"[»>›]", text) or _site_heading(el, template):
            continue
        # the whole line, not a bold word inside a sentence
        holder = el
        while holder.getparent() is not None and holder.getparent().tag in boilerplate.INLINE:
            holder = holder.getparent()
        parent = holder.getparent()
        if parent is not None and len(_text(parent)) > len(text) + 10:
            continue
        best = el
    return best


def title_element(tree, core=None, template=None):
    """(the article's heading, the element it came from or None): an element the
    <title>/og:title names, else the last heading above the article's text; never the
    site's name, a menu's or a column's heading."""
    metas = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key and m.get("content"):
            metas.setdefault(key, nfc(m.get("content")))
    site_name = (metas.get("og:site_name") or "").casefold()
    head_title = tree.find(".//head/title")
    refs = [
        metas.get("og:title"),
        metas.get("twitter:title"),
        _text(head_title) if head_title is not None else None,
    ]
    refs = [r.casefold() for r in refs if r]

    candidates = []
    for el in _TITLE_CANDIDATES(tree):
        if (
            el.tag not in ("h1", "h2", "h3")
            and el.get("itemprop") != "headline"
            and (
                el.tag in ("meta", "title", "a", "html", "body", "head")
                or not TITLE_HINT.search((el.get("class") or "") + " " + (el.get("id") or ""))
            )
        ):
            continue
        text = _text(el)
        if 8 <= len(text) <= 300 and text.casefold() != site_name \
                and not _site_heading(el, template):
            candidates.append((el, text))
    for el, text in candidates:
        if el.get("itemprop") == "headline":
            return text, el
    # The longest heading that the page's own <title> or og:title contains.
    named = [
        (len(t), i) for i, (_, t) in enumerate(candidates) if any(t.casefold() in r for r in refs)
    ]
    if named:
        el, text = candidates[max(named)[1]]
        return text, el
    # Else the last heading before the article's running text (which may open inside the
    # block holding the text: portals put the heading in the same cell as the body).
    if core is not None and candidates:
        order = {el: i for i, el in enumerate(tree.iter())}
        at = _running_at(core, order)
        before = [i for i, (el, _) in enumerate(candidates) if order.get(el, 0) < at]
        if before:
            el, text = candidates[before[-1]]
            return text, el
    # Else a short line set in bold or large type right above the text (old table layouts
    # print the heading as <font size="4"><b>…</b></font> with no class to go by).
    if core is not None:
        found = _emphasised_heading(tree, core, template)
        if found is not None:
            return _text(found), found
    # Else og:title / <title> without the site's name and category segments.
    for ref in (metas.get("og:title"), _text(head_title) if head_title is not None else None):
        if ref:
            parts = [p for p in SEPARATORS.split(ref) if p and p.casefold() != site_name]
            if parts:
                return max(parts, key=len), None
    return (candidates[0][1], candidates[0][0]) if candidates else (None, None)
