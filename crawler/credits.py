"""Find an article's author and source on its page and cut their lines from the text.

Never takes body text for a name. Where these sites put credits: a field labelled "Tác
giả:", "Người viết:", "Người cập nhật:" (NukeViet, WordPress themes); JSON-LD or `<meta
name="author">`; the first and last lines of the text ("Tin, ảnh: …", a bare signature,
"Nguồn: …"); and a signature set apart right after the body, in a block of its own (NukeViet's
`<p class="h5 text-right"><strong>Khánh Huyền</strong></p>`), right-aligned, bold or italic.
Such a block is found in the page as it was fetched, before the site template removed
anything: a staffer who signs every article makes a signature that repeats on every page.
What one line says is crawler/bylines.py's concern.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from crawler.bylines import (
    MAX_BYLINE,
    byline_value,
    classify,
    clean_value,
    credit_lines,
    is_account,
    labelled_author,
    name_shape,
)
from crawler.jsonld import json_ld_documents, walk


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text.replace("\xa0", " ")).split())


def _text(el) -> str:
    """An element's text, NFC; '' for comments and processing instructions."""
    return _nfc(el.text_content()) if isinstance(el.tag, str) else ""


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", " ", _nfc(text).casefold()).strip()


# -- labelled fields anywhere on the page ---------------------------------------------------

_FIELD_WORDS = ("Tác giả", "tác giả", "TÁC GIẢ", "Người viết", "người viết", "NGƯỜI VIẾT",
                "Người cập nhật", "người cập nhật", "Người đăng", "người đăng", "bởi", "Bởi")
# A site's footer is no byline, but an article's own <footer> (Drupal's node__meta) may be.
_LABEL_NODES = etree.XPath(
    ".//text()[" + " or ".join(f"contains(., '{w}')" for w in _FIELD_WORDS) + "]"
    "[not(ancestor::script or ancestor::style or ancestor::footer[not(ancestor::article)]"
    " or ancestor::nav)]")
_WRITER_FIELD = re.compile(
    r"^\s*(?:tác\s+giả(?:\s+bài\s+(?:viết|báo))?|người\s+viết|viết\s+bởi)\s*[:：]?\s*",
    re.IGNORECASE)
# Who put it online: "Người cập nhật:", and the "(Gửi|Đăng) bởi X vào …" / "bởi X" of a
# CMS's header line (Drupal's node__submitted, WordPress's byline): the account that
# posted, which the sites take for the author when nobody signs.
_POSTER_FIELD = re.compile(
    r"^\s*(?:người\s+(?:cập\s+nhật|đăng(?:\s+tin|\s+bài)?)|(?:(?:gửi|đăng|cập\s+nhật)\s+)?bởi)"
    r"\s*[:：]?\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:\S+\s+)?bởi\b", re.IGNORECASE)
_SOURCE_NODES = etree.XPath(
    ".//text()[contains(., 'Nguồn') or contains(., 'nguồn') or contains(., 'NGUỒN')]"
    "[not(ancestor::script or ancestor::style or ancestor::footer or ancestor::nav"
    " or ancestor::a)]")
_SOURCE_FIELD = re.compile(r"^\s*nguồn(?:\s+tin)?\s*[:：]\s*", re.IGNORECASE)


def _field_value(node, label: re.Pattern) -> str | None:
    """The value of a field whose label is text node `node`: after the label in the same
    text, else in what follows (<b>Tác giả:</b> <span>X</span>)."""
    text = _nfc(str(node))
    match = label.match(text)
    if not match or len(text) > 100:
        return None  # "tác giả" inside a sentence is prose
    value = text[match.end():]
    if not value:
        el = node.getparent()
        if node.is_tail:
            after = el.getnext()
            value = _text(after) if after is not None else ""
        else:
            inside = _nfc(el.text_content())
            value = label.sub("", inside, count=1) if inside != text else ""
            after = el.getnext()
            value = value or _nfc(el.tail or "") or (_text(after) if after is not None else "")
    value = clean_value(value)
    if _BY.match(text) and not name_shape(value or ""):
        return None  # "bởi" opens prose too ("bởi vì …", "bởi các nhà khoa học")
    return value if value and len(value) <= MAX_BYLINE else None


def _label_fields(doc) -> tuple[str | None, str | None]:
    """The values of page fields labelled for the writer ('Tác giả:', 'Người viết:') and for
    the poster ('Người cập nhật:', 'Người đăng:'), in one scan of the page's text."""
    text = etree.tostring(doc, method="text", encoding=str)
    if not any(label in text for label in _FIELD_WORDS):
        return None, None  # most pages: skip the XPath scan of every text node
    writer = poster = None
    for node in _LABEL_NODES(doc):
        value = writer or _field_value(node, _WRITER_FIELD)
        if value and not is_account(value):
            writer = value
        value = poster or _field_value(node, _POSTER_FIELD)
        if value and not is_account(value):
            poster = value
    return writer, poster


def _source_field(doc) -> str | None:
    """A page field labelled 'Nguồn:' / 'Nguồn tin:' (NukeViet prints one under the body)."""
    for node in _SOURCE_NODES(doc):
        value = _field_value(node, _SOURCE_FIELD)
        if value:
            return value
    return None


# -- structured authors ----------------------------------------------------------------------


def _json_ld_author(doc) -> str | None:
    for data in json_ld_documents(doc):
        for item in walk(data):
            author = item.get("author") or item.get("creator")
            names = author if isinstance(author, list) else [author]
            for one in names:
                # an Organization "author" is the publisher filling the field, not a byline
                if isinstance(one, dict) and "organization" in str(one.get("@type", "")).lower():
                    continue
                name = one.get("name") if isinstance(one, dict) else one
                if isinstance(name, str) and _nfc(name):
                    return _nfc(name)
    return None


def _meta_author(doc) -> str | None:
    for el in doc.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
        value = _nfc(el.get("content") or "")
        if key in ("author", "article:author", "dc.creator", "byl", "sailthru.author") and value \
                and not value.startswith(("http://", "https://", "/")):
            return re.sub(r"^(?:by|bởi)\s+", "", value, flags=re.IGNORECASE)
    for el in doc.xpath(".//a[@rel='author'] | .//*[@itemprop='author'] | .//*[contains("
                        "concat(' ', normalize-space(@class), ' '), ' vcard ')]//*[contains("
                        "concat(' ', normalize-space(@class), ' '), ' fn ')]"):
        name = el.xpath(".//*[@itemprop='name']")
        value = _nfc((name[0] if name else el).text_content())
        value = re.sub(r"^(?:viết\s+bởi|đăng\s+bởi|by|bởi)\s+", "", value, flags=re.IGNORECASE)
        if value:
            return value
    return None


_HOST = re.compile(r"^[a-z]+://(?:www\.)?(?P<host>[^/:?#]+)", re.IGNORECASE)


def _site_names(doc) -> set[str]:
    """The site's own names: og:site_name, application-name, segments of <title>, its host
    name and the host's first label ("vusta.vn", "vusta")."""
    names = set()
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or "").lower()
        if key in ("og:site_name", "application-name", "copyright") and el.get("content"):
            names.add(_nfc(el.get("content")).casefold())
        if key == "og:url" and (host := _HOST.match(el.get("content") or "")):
            names.update((host["host"].lower(), host["host"].split(".")[0].lower()))
    for el in doc.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" \
                and (host := _HOST.match(el.get("href") or "")):
            names.update((host["host"].lower(), host["host"].split(".")[0].lower()))
    for title in doc.iter("title"):
        text = _nfc(title.text_content())
        names.add(text.casefold())
        names.update(p.strip().casefold() for p in re.split(r"\s+[|–—:-]+\s+", text) if p.strip())
    return names


# a host name ("vusta.vn", "www.lhhnghean.org.vn"), written in lower case, unlike initials
# ("T.H", "N.V.A") which are a writer's signature
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/?$")


def _acceptable(name: str | None, site_names: set[str]) -> bool:
    if not name or len(name) > MAX_BYLINE or is_account(name) or _DOMAIN.match(name):
        return False  # "vusta.vn" names a site, not a writer
    key = name.casefold()
    return key not in site_names and not any(key in site and len(key) > 12 for site in site_names)


# -- signatures set apart at the end of the body ---------------------------------------------

# Classes that right-align a block (Bootstrap, WordPress blocks, themes) or name a byline box.
_RIGHT_CLASS = re.compile(r"(?:^|[\s_-])(?:text-right|pull-right|float-right|align-?right|"
                          r"has-text-align-right|right|author|byline|tacgia|tac-gia|signature|"
                          r"nguoi-?viet|news-author|post-author)(?:$|[\s_-])", re.IGNORECASE)
_EMPHASIS = ("strong", "b", "em", "i")
_HOLDERS = ("p", "div", "td", "li", "span", "em", "strong", "b", "i", "font", "h4", "h5", "h6")
_INLINE = ("span", "em", "strong", "b", "i", "font", "a", "u", "small")
_STOP = ("ul", "ol", "form", "table", "h1", "h2", "h3", "nav", "aside", "footer", "iframe")


def _set_apart(el) -> bool:
    """Printed right-aligned (style, align, class) or entirely bold/italic: how these sites
    set a signature apart from the text."""
    for one in (el, *el.iterancestors()):
        style = (one.get("style") or "").lower().replace(" ", "")
        if "text-align:right" in style or (one.get("align") or "").lower() == "right" \
                or _RIGHT_CLASS.search(one.get("class") or ""):
            return True
        if one.tag not in _INLINE:
            break
    inner = el
    while True:  # through wrappers holding one element and no text of their own
        children = [c for c in inner if isinstance(c.tag, str)]
        if len(children) != 1 or (inner.text or "").strip() or (children[0].tail or "").strip():
            break
        inner = children[0]
        if inner.tag in _EMPHASIS:
            return True
    return inner is not el and inner.tag in _EMPHASIS


def _holder(node):
    """The block holding a text node, above its inline wrappers."""
    el = node.getparent()
    while el is not None and el.tag not in _HOLDERS:
        el = el.getparent()
    while el is not None and el.getparent() is not None and el.tag in _INLINE:
        el = el.getparent()
    return el


def _anchor(docs, last: str):
    """The element holding the text's last paragraph, in the last page that shows it."""
    # XPath strings cannot hold control characters, and page text never does
    snippet = "".join(c for c in last[-40:] if c.isprintable()).strip()
    if not snippet:
        return None
    for doc in reversed(docs):
        nodes = doc.xpath(".//text()[contains(., $snippet)]", snippet=snippet)
        if nodes:
            return _holder(nodes[-1])
    return None


def _picture(el) -> bool:
    """A photo with at most its caption: a figure, or a block (a table of one image, as
    editors of old portals lay them out) holding an image and a line of text."""
    return bool(el.tag == "figure" or el.xpath(".//img")) and len(_text(el)) <= 160 \
        and len(el.xpath(".//a[@href]")) < 2


_PAGER_TEXT = re.compile(r"(?:trang|page|tiếp|sau|trước|đầu|cuối|[\d\s|«»‹›<>.,:…-])+",
                         re.IGNORECASE)


def _pager(el) -> bool:
    """An article's own pager ("Trang 1 2 3", "« 1 | 2 »"): the last page signs after it."""
    return bool(el.xpath(".//a[@href]")) and bool(_PAGER_TEXT.fullmatch(_text(el)))


def _after(anchor, limit: int = 4) -> list:
    """The first few blocks with text after `anchor`, climbing out of its containers (as
    far as a table cell's row, table and the body's own box); stops at what cannot be a
    signature (a long text, a list, a form, a box of links). Photos and their captions,
    and the article's own pager, between the text and the signature are passed over."""
    out, el, pictured = [], anchor, False
    for _ in range(6):
        for sib in el.itersiblings():
            if not isinstance(sib.tag, str) or sib.tag in ("script", "style", "noscript"):
                continue
            if _picture(sib):
                pictured = True
                continue
            if _pager(sib):
                continue
            text = _text(sib)
            if not text:
                continue
            if pictured and len(text) <= 160 and not sib.xpath(".//a"):
                pictured = False  # the caption printed under the photo
                if not _set_apart(sib) or sib.xpath(".//em|.//i") or \
                        "center" in (sib.get("style") or "") + (sib.get("align") or ""):
                    continue
            if sib.tag in _STOP or len(text) > 160 or len(sib.xpath(".//a")) >= 2:
                return out
            out.append(sib)
            if len(out) >= limit:
                return out
        el = el.getparent()
        if el is None or el.tag in ("body", "html"):
            break
    return out


def _lines(block) -> list:
    """The leaf blocks of a short block (a byline box may hold a name and a source)."""
    leaves = [d for d in block.iter(*_HOLDERS) if _text(d)
              and not any(isinstance(c.tag, str) and c.tag not in _INLINE for c in d)]
    return leaves or [block]


def _signature(docs, paragraphs: list[str]) -> tuple[list[str], str | None, str | None,
                                                     str | None]:
    """(paragraphs, author, poster, source) set apart at the end of the article: the last
    paragraph when the page sets it apart, or blocks right after the one holding the last
    paragraph (cut from the text when the extractor kept them)."""
    if len(paragraphs) < 2:
        return paragraphs, None, None, None
    last = _nfc(paragraphs[-1])
    anchor = _anchor(docs, last)
    if anchor is None:
        return paragraphs, None, None, None
    author = poster = source = None
    if _text(anchor) == last and _set_apart(anchor):
        author = byline_value(last)
        if author is not None:
            return paragraphs[:-1], author, None, None
    tail = {_fold(p): i for i, p in enumerate(paragraphs) if i >= len(paragraphs) - 4}
    cut = set()
    blocks = _after(anchor)
    first = blocks[0] if blocks else None
    for block in blocks:
        for leaf in _lines(block):
            text = _text(leaf)
            if len(text) > MAX_BYLINE + 50:
                continue
            kind, value = classify(text)
            apart = _set_apart(leaf) or _set_apart(block)
            if kind == "source":
                source = source or value
            elif kind == "poster":
                poster = poster or value
            elif kind == "author" and (value is None or labelled_author(text) or apart):
                author = author or value
            elif kind == "text" and apart:
                value = byline_value(text)
                # a one-word pen name only right after the text: further on, one set-apart
                # word is a label ("Tags", "Facebook")
                if value is None or (" " not in value and block is not first):
                    continue
                author = author or value
            else:
                continue
            if _fold(text) in tail:
                cut.add(tail[_fold(text)])
    kept = [p for i, p in enumerate(paragraphs) if i not in cut]
    return kept, author, poster, source


def find_credits(doc, paragraphs: list[str], more_docs=()) -> tuple[list[str], str | None,
                                                                    str | None]:
    """The article's paragraphs without its byline and source lines, its author, its source.

    `more_docs` are the trees of the article's further pages (a multi-page article signs at
    the end of its last page). Order of trust for the author: a field the page labels for
    the writer ("Tác giả:", "Người viết:"); a byline among the first and last lines of the
    text, or a signature set apart after the body; who posted it ("Người cập nhật:", "Người
    đăng:", in a field or a line); the JSON-LD author; last, `<meta name="author">`,
    rel=author and itemprop=author. The later ones often hold the uploading account, the
    publisher or the site's name, which are never returned (nor CMS account labels). The
    source is what a "Nguồn: …" / "Theo …" line names, else a page field so labelled.
    """
    sites = _site_names(doc)
    kept, byline, posted, source = credit_lines(paragraphs)
    kept, signed, signed_poster, signed_source = _signature([doc, *more_docs], kept)
    source = source or signed_source or _source_field(doc)
    fields = []  # computed once, on demand: the XPath scan is not free

    def field(i):
        if not fields:
            fields.extend(_label_fields(doc))
        return fields[i]

    # evaluated lazily, most trusted first: the later ones cost XPath scans
    for finder in (lambda: field(0), lambda: byline or signed,
                   lambda: posted or signed_poster or field(1),
                   lambda: _json_ld_author(doc), lambda: _meta_author(doc)):
        name = finder()
        if _acceptable(name, sites):
            return kept, name, source
    return kept, None, source


def find_author(doc, paragraphs: list[str]) -> tuple[list[str], str | None]:
    """`find_credits` without the source: (paragraphs without the byline, author or None)."""
    kept, author, _ = find_credits(doc, paragraphs)
    return kept, author
