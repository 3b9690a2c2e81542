"""Learn a site's boilerplate from what repeats across its pages, and prune it; never extracts text.

Every block of a page (an element that is not inline markup) is summarised by two keys:

- its *exact key*: the block's structural path (tags with ids and classes) plus its text,
  digits masked, so a visit counter whose numbers change on every fetch still repeats;
- its *caption key*: the same path plus only the block's first piece of text, so a
  "Tin liên quan" / "Xem thêm" / "Tin mới" box whose items change from page to page still
  repeats through its heading.

A `SiteTemplate` counts on how many of a site's pages each key occurs. Once it has seen
`READY_PAGES` pages, a key found on at least `RECUR_SHARE` of them (and on two at least)
is boilerplate. `prune()` removes those blocks from a page's tree, but never the block
that holds the article's running text nor its ancestors, and inside it only short
repeated blocks (image placeholders, banners), so an article fetched twice or a
paragraph shared by two articles is not lost.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from functools import lru_cache

from lxml import etree

# Inline markup is part of its block's text, never a block of its own.
INLINE = frozenset(
    "a abbr b bdi bdo big cite code dfn em font i img input kbd label mark q s samp select "
    "option small span strike strong sub sup time tt u var wbr br button".split()
)
SKIP = frozenset("script style noscript template svg head iframe object embed".split())
# Classes that mark the current menu item or row parity differ between pages of one layout.
VOLATILE_CLASS = re.compile(r"active|current|selected|odd|even|first|last|hover|open", re.I)
DIGITS = re.compile(r"\d[\d.,:/-]*")
SPACE = re.compile(r"\s+")

READY_PAGES = 4  # pages a site must show before its template is trusted
RECUR_SHARE = 0.2  # share of seen pages on which a key must occur to count as boilerplate
MAX_KEYS = 6000  # template size bound (it travels to a worker with every article)
CORE_SHORT = 120  # inside the article block, only repeated blocks shorter than this go
SITE_WIDE_SHARE = 0.4  # ... or longer ones found on this share of the site's pages

Fingerprints = frozenset  # of int keys; picklable and cheap to send between processes


def _mask(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\xa0", " ")).lower()
    return SPACE.sub(" ", DIGITS.sub("#", text)).strip()


def _segment(el) -> str:
    return _segment_of(el.tag if isinstance(el.tag, str) else "", el.get("id") or "",
                       el.get("class") or "")


@lru_cache(maxsize=4096)
def _segment_of(tag: str, ident: str, class_attr: str) -> str:
    # a site's pages repeat the same few hundred (tag, id, class) triples: computed once
    classes = [c for c in class_attr.split() if not VOLATILE_CLASS.search(c)]
    seg = tag
    if ident:
        seg += "#" + DIGITS.sub("#", ident.lower())
    if classes:
        seg += "." + ".".join(sorted(DIGITS.sub("#", c.lower()) for c in classes[:4]))
    return seg


def _key(*parts: str) -> int:
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # positive, fits SQLite and JSON


class Block:
    """One block of a page: its element, keys and text (masked)."""

    __slots__ = ("el", "exact", "caption", "text", "parent")

    def __init__(self, el, exact, caption, text, parent):
        self.el, self.exact, self.caption, self.text, self.parent = el, exact, caption, text, parent


def blocks(root) -> list[Block]:
    """Every non-inline element under root with text, in document order, with its keys."""
    out: list[Block] = []

    def visit(el, path: str, parent: Block | None) -> tuple[str, str]:
        # returns (masked text, first text piece) of el, skipping scripts and styles. Each
        # piece of text is masked once and the masks joined: masking the whole text again
        # at every level of nesting costs a page's text times its depth.
        tag = el.tag
        if not isinstance(tag, str) or tag in SKIP:
            return "", ""
        is_block = tag not in INLINE
        mypath = path + "/" + _segment(el) if is_block else path
        me = None
        if is_block:
            me = Block(el, 0, 0, "", parent)
            out.append(me)
        parts = [_mask(el.text)] if el.text else []
        first = (el.text or "").strip()
        for child in el:
            text, child_first = visit(child, mypath, me if is_block else parent)
            if text:
                parts.append(text)
            if not first:
                first = child_first
            if child.tail:
                parts.append(_mask(child.tail))
                if not first:
                    first = child.tail.strip()
        masked = " ".join(p for p in parts if p)
        if me is not None:
            if masked:
                me.text = masked
                me.exact = _key(mypath, masked)
                # caption keys for boxes: containers of several blocks (a heading and its
                # items), or a labelled line ("Từ khóa: ...", "Tags: ...") whose items change
                lead = _mask(first)[:60]
                nested = sum(1 for c in el if isinstance(c.tag, str) and c.tag not in INLINE)
                label = len(lead) <= 40 and lead.endswith(":")
                boxed = (nested >= 2 or label) and lead != masked
                me.caption = _key(mypath, "^", lead) if boxed else 0
        return masked, first

    body = root.find(".//body")
    visit(body if body is not None else root, "", None)
    return [b for b in out if b.text]


def exact_key(el) -> int:
    """The exact key `blocks()` gives element `el` (0 for an inline or empty element), for
    asking a template whether one given block repeats across the site."""
    if not isinstance(el.tag, str) or el.tag in INLINE or el.tag in SKIP:
        return 0
    segments = []
    up = el
    while up is not None and up.tag != "body":
        if isinstance(up.tag, str) and up.tag not in INLINE:
            segments.append(_segment(up))
        up = up.getparent()
    if up is not None:
        segments.append(_segment(up))
    masked = _mask(" ".join(_pieces(el)))
    return _key("/" + "/".join(reversed(segments)), masked) if masked else 0


def _pieces(el):
    # the text pieces `blocks()` joins: own text, children's, tails; scripts skipped
    yield el.text or ""
    for child in el:
        if isinstance(child.tag, str) and child.tag not in SKIP:
            yield from _pieces(child)
        if child.tail:
            yield child.tail


def parse(html: str | bytes):
    """An lxml tree of the page (trafilatura's loader: it handles encodings and junk)."""
    from trafilatura.utils import load_html

    return load_html(html)


def page_fingerprints(html) -> Fingerprints:
    """The keys of one page's blocks, for `SiteTemplate.add` (any page of the site)."""
    tree = html if isinstance(html, etree._Element) else parse(html)
    if tree is None:
        return frozenset()
    keys = set()
    try:
        found = blocks(tree)
    except RecursionError:  # pathological nesting: learn nothing from this page
        return frozenset()
    for b in found:
        keys.add(b.exact)
        if b.caption:
            keys.add(b.caption)
    return frozenset(keys)


class SiteTemplate:
    """What repeats across one site's pages: key → number of pages it was seen on."""

    def __init__(self, counts: dict[int, int] | None = None, pages_seen: int = 0):
        self.counts: dict[int, int] = counts or {}
        self.pages_seen = pages_seen
        self._json: str | None = None  # to_json runs once per article job: cache it

    def add(self, fingerprints: Fingerprints) -> None:
        if not fingerprints:
            return
        self.pages_seen += 1
        self._json = None
        counts = self.counts
        for k in fingerprints:
            counts[k] = counts.get(k, 0) + 1
        if len(counts) > 4 * MAX_KEYS:
            self._shrink(2 * MAX_KEYS)

    def _shrink(self, size: int) -> None:
        # Keep the most frequent keys: chrome is on nearly every page, article text on one.
        keep = sorted(self.counts.items(), key=lambda kv: kv[1], reverse=True)[:size]
        self.counts = {k: c for k, c in keep if c > 1} or dict(keep[:size])

    @property
    def ready(self) -> bool:
        return self.pages_seen >= READY_PAGES

    @property
    def threshold(self) -> int:
        return max(2, math.ceil(RECUR_SHARE * self.pages_seen))

    @property
    def site_wide(self) -> int:
        """Pages a text must stand on to be the site's own even inside an article's block."""
        return max(4, math.ceil(SITE_WIDE_SHARE * self.pages_seen))

    def is_boilerplate(self, key: int) -> bool:
        return bool(key) and self.counts.get(key, 0) >= self.threshold

    def to_json(self) -> str:
        if self._json is not None:
            return self._json
        keep = sorted(
            ((k, c) for k, c in self.counts.items() if c >= 2), key=lambda kv: kv[1], reverse=True
        )[:MAX_KEYS]
        self._json = json.dumps(
            {"v": 1, "pages_seen": self.pages_seen, "keys": [[k, c] for k, c in keep]},
            separators=(",", ":"),
        )
        return self._json

    @classmethod
    def from_json(cls, text: str) -> SiteTemplate:
        data = json.loads(text or "{}")
        if not isinstance(data, dict) or data.get("v") != 1:
            return cls()
        return cls(
            {int(k): int(c) for k, c in data.get("keys", [])}, int(data.get("pages_seen", 0))
        )


# Leaf paragraphs: <p>, and div/td that hold no other block (compiled once: this runs
# on every page, and XPath walks the tree in C).
_ONLY_INLINE = "not(*[not(" + " or ".join(f"self::{t}" for t in sorted(INLINE)) + ")])"
_LEAVES = etree.XPath(f"//p | //div[{_ONLY_INLINE}] | //td[{_ONLY_INLINE}]")
_TEXT_LEN = etree.XPath("string-length(normalize-space(.))")
_LINKS = etree.XPath(".//a")
# Text written straight into a container, or into inline markup there (old CMSs wrap a
# whole article in <font>, its paragraphs separated by <br>s); not link text.
_OWN_TEXT = etree.XPath(
    "//text()[parent::div or parent::td or parent::section or parent::article"
    " or parent::font or parent::span or parent::b or parent::strong or parent::i"
    " or parent::em or parent::u][string-length(normalize-space(.)) > 20]"
)
_CONTAINERS = frozenset(("div", "td", "section", "article"))


def core_block(tree):
    """The element holding most of the page's running text: the article body, usually.

    Scored as the parent collecting the most non-link text from its leaf paragraphs (p,
    div and td holding no other block) plus text written straight into a container
    between <br>s: the classic density heuristic.
    """
    scores: dict = {}
    for el in _LEAVES(tree):
        n = int(_TEXT_LEN(el))
        if n < 25:
            continue
        n -= sum(int(_TEXT_LEN(a)) for a in _LINKS(el))
        if n < 25:
            continue
        parent = el.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + n
    own: dict = {}
    for text in _OWN_TEXT(tree):
        el = text.getparent()
        if text.is_tail:
            el = el.getparent()
        while el is not None and el.tag in INLINE and el.tag != "a":
            el = el.getparent()  # the block the inline markup sits in
        if el is not None and el.tag in _CONTAINERS:
            own[el] = own.get(el, 0) + len(text.strip())
    for el, n in own.items():
        if n > 80:
            scores[el] = scores.get(el, 0) + n
    if not scores:
        return None
    return max(scores, key=scores.get)


def prune(tree, template: SiteTemplate | None) -> int:
    """Remove the template's boilerplate blocks from tree in place; returns how many went."""
    if template is None or not template.ready:
        return 0
    core = core_block(tree)
    protected = set()
    el = core
    while el is not None:
        protected.add(el)
        el = el.getparent()
    removed = 0
    dropped: set = set()
    try:
        found = blocks(tree)
    except RecursionError:  # pathological nesting: leave the page to trafilatura alone
        return 0
    site_lines = _site_sentences(found, core, template)
    for b in found:
        el = b.el
        if el in protected or el.tag in ("html", "body"):
            continue
        # skip blocks whose ancestor already went
        p, gone = b.parent, False
        while p is not None:
            if p.el in dropped:
                gone = True
                break
            p = p.parent
        if gone:
            continue
        inside_core = core is not None and _inside(el, core)
        if inside_core:
            # only labels, placeholders and banners: never a sentence of the article (an
            # article fetched under two URLs, a paragraph two articles share), unless the
            # site prints it on its pages (see _site_sentences). A byline repeated on every
            # page goes too: credits are read from the page as fetched (crawler/credits.py).
            if not template.is_boilerplate(b.exact):
                continue
            if (len(b.text) >= CORE_SHORT or _sentence(b.text)) and el not in site_lines:
                continue
        elif not (template.is_boilerplate(b.exact) or template.is_boilerplate(b.caption)):
            continue
        dropped.add(el)
        el.drop_tree()
        removed += 1
    return removed


def _site_sentences(found: list, core, template: SiteTemplate) -> set:
    """Sentences inside the article's block that are the site's, not the article's.

    One stands on so many of the site's pages ("Ghi rõ nguồn khi phát hành lại thông tin.",
    "Số lần đọc: 125.") that it is the site's; a long one must then match word for word,
    numbers too (masking them is what makes a report's sentences alike). And they are a
    small part of the block: when most of an article's text looks site-wide, it is the
    site's articles that look alike, not the site talking.
    """
    if core is None:
        return set()
    inside = [b for b in found if b.el is not core and _inside(b.el, core)]
    total = max(1, next((len(b.text) for b in found if b.el is core), 0))
    out: set = set()
    # word for word first, then alike but for their numbers: each kind on its own must be a
    # small part of the block
    for masked in (False, True):
        chosen = {
            b.el: len(b.text)
            for b in inside
            if (len(b.text) >= CORE_SHORT or _sentence(b.text))
            and ("#" in b.text) is masked
            and not (masked and len(b.text) >= CORE_SHORT)
            and template.counts.get(b.exact, 0) >= template.site_wide
        }
        if sum(chosen.values()) <= 0.25 * total:
            out.update(chosen)
    return out


def _sentence(masked: str) -> bool:
    return len(masked.split()) >= 6 and masked.rstrip()[-1:] in '.!?…:;"”)'


def _inside(el, ancestor) -> bool:
    p = el.getparent()
    while p is not None:
        if p is ancestor:
            return True
        p = p.getparent()
    return False
