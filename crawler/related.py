"""Find what points at the site's other articles inside a page; never the article's own text.

A "Tin liên quan" / "Tin khác" list of dated titles, a "Xem thêm: <title>" line, a teaser
list (another article's title and first sentence) set in the same container as the body:
none of it is the article, wherever it sits, and trafilatura keeps it when it shares the
body's container. Recognised by structure, not by words:

- a *link line* is a block whose text is, apart from a date, a short label ("Xem thêm:")
  and punctuation, the title of a link to another page of the same site (a title: a few
  words, not "Trang 2");
- a *teaser* is a short block of plain text that goes with a link line: in the same item
  (an <li>, an <article>, a small <div> holding both), or right after it in a run of two
  or more such pairs;
- a list or box whose every item is a link line goes whole, with its heading.

`remove(root, url)` drops them from the tree extraction works on (or from one block of it).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urljoin, urlsplit

from crawler.boilerplate import INLINE, SKIP

# Files a body may link to (attachments), which are not other articles.
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png|gif|mp[34]|avi)$", re.I)
_STAMP = re.compile(
    r"[(\[]?\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s+\d{1,2}[:h]\d{2})?\s*[)\]]?")
_LABEL = re.compile(r"^\s*[^\s:]+(?:\s+[^\s:]+){0,3}\s*[:：]\s*")
_ITEMS = ("li", "article", "div", "td", "dd", "section")
_LINES = ("p", "li", "div", "td", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "span", "article")
MAX_TEASER = 400  # characters: longer is a paragraph of its own, not a teaser


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text.replace("\xa0", " ")).split())


def _text(el) -> str:
    return _nfc(" ".join(el.itertext())) if isinstance(el.tag, str) else ""


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _same_page(a: str, b: str) -> bool:
    x, y = urlsplit(a), urlsplit(b)
    return (x.netloc, x.path.rstrip("/"), x.query) == (y.netloc, y.path.rstrip("/"), y.query)


def article_links(tree, url: str | None) -> set:
    """The <a>s whose text reads like a title and which lead to another page of the site."""
    here = urlsplit(url or "")
    out = set()
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = urljoin(url or "", href)
        parts = urlsplit(target)
        if here.netloc and parts.netloc and parts.netloc != here.netloc:
            continue
        if _FILE.search(parts.path) or (url and _same_page(target, url)):
            continue
        text = _text(a)
        if len(text) >= 15 and len(text.split()) >= 3:
            out.add(a)
    return out


def _is_link_line(el, links: set) -> bool:
    """All of el's text but a date and a label is the title of one or more article links."""
    text = _text(el)
    if not text or _letters(text) < 12:
        return False
    linked = [a for a in el.iter("a") if a in links]
    if not linked:
        return False
    rest = text
    for a in linked:
        rest = rest.replace(_text(a), " ", 1)
    rest = _LABEL.sub("", _STAMP.sub(" ", rest))
    return _letters(rest) <= 3


def _leaf(el) -> bool:
    return not any(isinstance(c.tag, str) and c.tag not in INLINE for c in el)


def _linked_blocks(tree, links: set, keep: set) -> list:
    """The smallest blocks that are link lines (a title link with its date and label)."""
    out, seen = [], set()
    for a in links:
        el = a.getparent()
        while el is not None and el.tag in INLINE:
            el = el.getparent()
        if el is None or el in seen or el in keep or el.tag not in _LINES:
            continue
        seen.add(el)
        if _is_link_line(el, links):
            out.append(el)
    return out


def _item(line, links: set, keep: set):
    """The item a link line heads: an ancestor holding it and at most a short teaser, and
    no link to another article but its own."""
    own = len(_text(line))
    mine = {a for a in line.iter("a") if a in links}
    el, best = line.getparent(), line
    for _ in range(3):
        if el is None or el in keep or el.tag not in _ITEMS:
            break
        if len(_text(el)) - own > MAX_TEASER or any(
            a in links and a not in mine for a in el.iter("a")
        ):
            break
        best, el = el, el.getparent()
    return best


def _next_block(el):
    nxt = el.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or nxt.tag in SKIP
                               or nxt.tag == "br" or not _text(nxt)):
        nxt = nxt.getnext()
    return nxt


def _teaser_after(item, run: set, keep: set):
    """A short plain block right after a link line that is followed by the run's next
    item or ends the run's container: a flat teaser list alternates title and sentence."""
    nxt = _next_block(item)
    if nxt is None or nxt in keep or nxt in run or nxt.tag in ("ul", "ol", "table"):
        return None
    text = _text(nxt)
    if len(text) > MAX_TEASER or next(nxt.iter("a"), None) is not None or not _leaf(nxt):
        return None
    after = _next_block(nxt)
    return nxt if after is None or after in run else None


def _heading_before(block):
    """The short heading above a removed list ("Tin liên quan", "CÁC TIN KHÁC")."""
    prev = block.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or not _text(prev)):
        prev = prev.getprevious()
    if prev is None or not _leaf(prev):
        return None
    text = _text(prev)
    if len(text) <= 40 and not re.search(r"[.!?…]$", text) and len(text.split()) <= 6:
        return prev
    return None


def remove(tree, url: str | None, keep=()) -> int:
    """Drop link lines, their teasers and the lists made of them under `tree` (a page or
    one of its elements); returns how many blocks went. `keep` are elements never dropped,
    with their ancestors (the title, the article's block)."""
    keep = set(keep)
    for el in list(keep):
        keep.update(el.iterancestors())
    links = article_links(tree, url)
    if not links:
        return 0
    lines = _linked_blocks(tree, links, keep)
    doomed: list = []
    by_parent: dict = {}
    for line in lines:
        item = _item(line, links, keep)
        if item in doomed:
            continue
        doomed.append(item)
        by_parent.setdefault(item.getparent(), []).append(item)
    for parent, items in by_parent.items():
        if len(items) >= 2:  # a run of pairs: each title's teaser follows it
            run = set(items)
            for item in items:
                teaser = _teaser_after(item, run, keep)
                if teaser is not None:
                    doomed.append(teaser)
        # a list or box made of nothing but link lines goes with its heading
        if parent is not None and parent not in keep and parent.tag in ("ul", "ol", "dl"):
            rest = [c for c in parent if isinstance(c.tag, str) and _text(c) and c not in items]
            if not rest:
                doomed.append(parent)
                heading = _heading_before(parent)
                if heading is not None and heading not in keep:
                    doomed.append(heading)
    removed = 0
    gone = set(doomed)
    for el in doomed:
        if el.getparent() is not None and not any(up in gone for up in el.iterancestors()):
            el.drop_tree()  # its tail is not its own: it stays
            removed += 1
    return removed
