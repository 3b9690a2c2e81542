"""Turn one article page's HTML into an `Article`; never fetches, never stores.

The orchestrator of extraction: the site's boilerplate template (crawler/boilerplate.py)
prunes what repeats across the site, trafilatura finds the main text in what is left,
and the project's own layers correct what it gets wrong on association sites: the title
(the article's heading, not the site's <title>), image file names and placeholders shown
as captions, Vietnamese dates (crawler/dates.py) and bylines (crawler/bylines.py).
Pure and picklable, so the crawl can run it in worker processes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass

import trafilatura
from lxml import etree

from crawler import boilerplate


@dataclass(frozen=True)
class Article:
    url: str | None
    title: str | None
    text: str
    published: str | None = None
    published_source: str | None = None
    author: str | None = None
    language: str | None = None
    source: str | None = None  # where the article says it comes from ("Nguồn: …", "Theo …")


def nfc(text: str) -> str:
    """Unicode NFC with whitespace tidied inside lines; Vietnamese pages mix NFC and NFD."""
    text = unicodedata.normalize("NFC", text.replace("\xa0", " "))
    return re.sub(r"[ \t\u200b]+", " ", text).strip()


def paragraphs_text(lines: list[str]) -> str:
    """Join paragraphs with one blank line between them, as the export promises."""
    return "\n\n".join(p for p in (nfc(line) for line in lines) if p)


# -- captions that are not text ----------------------------------------------------------

# Camera and upload file names: IMG_20230112_081530.jpg, "IMG 20170111 213706-1", DSC01234.
FILE_NAME = re.compile(
    r"^(?:[\w\s().-]+\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)"
    r"|(?:img|dsc|dscn|dcim|pxl|mvimg|photo|image|screenshot|z)[\s_-]*\d[\d\s_-]*"
    r"(?:\.[a-z]{3,4})?)$",
    re.I,
)
VIET_MARKS = re.compile(
    r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I
)
# A short list of interface labels these CMSs print inside the article column; the
# learned template removes them on known sites, this catches them on a site's first pages.
UI_LABELS = frozenset(
    _l.casefold()
    for _l in (
        "Chia sẻ",
        "Chia sẻ:",
        "In bài viết",
        "In trang",
        "Quay lại",
        "Về đầu trang",
        "Lên đầu trang",
        "Tin liên quan",
        "Tin liên quan:",
        "Xem thêm",
        "Xem thêm:",
        "Tin mới",
        "Tin khác",
        "Các tin khác",
        "Bài viết khác",
        "Các bài viết khác",
        "Tin cùng chuyên mục",
        "Bình luận",
        "Gửi bình luận",
        "Ý kiến bạn đọc",
        "Từ khóa",
        "Từ khóa:",
        "Tags",
        "Tags:",
        "Bản in",
        "Gửi email",
    )
)


def placeholder_alts(tree) -> set[str]:
    """Alt/title texts of images that are file names or machine labels, not descriptions.

    On a page written in Vietnamese, an alt text without a single Vietnamese mark
    ("Hoi nghi TK LHH 2022", "tm-img-alt", "anh tin bai") is a file name or a CMS
    placeholder; when it shows up as a caption line it is not article text.
    """
    out = set()
    for el in tree.iter("img", "a", "figure"):
        for attr in ("alt", "title"):
            value = (el.get(attr) or "").strip()
            if value and not VIET_MARKS.search(value) and re.search(r"[a-z]", value, re.I):
                out.add(_fold(value))
    return out


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFC", text).casefold()).strip()


# A line that is only a date stamp: weekday, date, time, zone, view counts and the labels
# CMSs print around them ("Thứ ba - 10/01/2023 22:33 21 0", "(Đăng lúc: 29/02/2020 03:41 PM)").
DATE_WORDS = re.compile(
    r"thứ\s+(hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\s+nhật|\bcn\b|ngày\s+đăng|ngày|đăng\s+lúc|đăng\s+ngày"
    r"|cập\s+nhật|lúc|gmt|utc|\b(sa|ch|am|pm)\b|lượt\s+xem|tháng|năm",
    re.I,
)


def _date_line(line: str) -> bool:
    if len(line) > 80 or not re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}", line):
        return False
    rest = DATE_WORDS.sub(" ", line.casefold())
    return not re.sub(r"[\W\d_]+", "", rest)


def _junk_line(line: str, alts: set[str], vietnamese: bool) -> bool:
    folded = _fold(line)
    if not folded or _date_line(line):
        return True
    if line.casefold().strip() in UI_LABELS or folded.isdigit():
        return True
    if FILE_NAME.match(line.strip()):
        return True
    return vietnamese and folded in alts


# -- title -------------------------------------------------------------------------------

# Headings and elements with a class or id, in document order (XPath walks the tree in
# C); TITLE_HINT then keeps those whose class or id speaks of a title.
_TITLE_CANDIDATES = etree.XPath(
    "//body//*[self::h1 or self::h2 or self::h3 or @itemprop or @class or @id]"
)
TITLE_HINT = re.compile(r"title|tieude|tieu-de|tieu_de|headline|heading|tenbai|news-name", re.I)
SEPARATORS = re.compile(r"\s+[|\-–—:»›/]+\s+|\s*[|»›]\s*")


def _text(el) -> str:
    return nfc(" ".join(el.itertext()))


def title_element(tree, core=None):
    """(the article's heading, the element it came from or None): an element the
    <title>/og:title names, else the last heading above the article's text; never the
    site's name."""
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
        if 8 <= len(text) <= 300 and text.casefold() != site_name:
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
    # Else the last heading before the article's running text.
    if core is not None and candidates:
        order = {el: i for i, el in enumerate(tree.iter())}
        at = order.get(core, 0)
        before = [i for i, (el, _) in enumerate(candidates) if order.get(el, 0) < at]
        if before:
            el, text = candidates[before[-1]]
            return text, el
    # Else og:title / <title> without the site's name and category segments.
    for ref in (metas.get("og:title"), _text(head_title) if head_title is not None else None):
        if ref:
            parts = [p for p in SEPARATORS.split(ref) if p and p.casefold() != site_name]
            if parts:
                return max(parts, key=len), None
    return (candidates[0][1], candidates[0][0]) if candidates else (None, None)


# -- the orchestrator ---------------------------------------------------------------------


def _layers():
    """dates.py and bylines.py when they are installed (another engineer writes them)."""
    try:
        from crawler import dates
    except ImportError:
        dates = None
    try:
        from crawler import bylines
    except ImportError:
        bylines = None
    return dates, bylines


def _lead_blocks(tree, title_el, core) -> list[str]:
    """Summary paragraphs set between the headline and the body in a block of their own
    (NukeViet's hometext, a newspaper's sapo, a portal's "tóm tắt" cell): trafilatura
    drops them as it looks for one main block."""
    if title_el is None or core is None or not VIET_MARKS.search(_text(title_el)):
        # A Vietnamese CMS convention: elsewhere that slot holds photo credits and
        # standfirsts that ordinary news pages do not count as the body.
        return []
    out, started, taken = [], False, []
    for el in tree.iter():
        if el is title_el:
            started = True
            continue
        if el is core:
            break
        if not started or not isinstance(el.tag, str):
            continue
        if el.tag in boilerplate.SKIP or el.tag in ("figcaption", "figure", "a", "li", "br", "img"):
            continue
        if any(isinstance(c.tag, str) and c.tag not in boilerplate.INLINE for c in el):
            continue  # only leaf blocks (a summary may well be an inline <span>)
        if any(t in el.iterancestors() for t in taken):
            continue
        text = _text(el)
        links = sum(len(_text(a)) for a in el.iter("a"))
        if len(text) >= 60 and not links and text[-1] in '.!?…"”)' and not _date_line(text):
            out.append(text)
            taken.append(el)
    return out


def _paragraphise(core) -> None:
    # Portals write paragraphs as bare <div>s; trafilatura keeps some and drops others.
    # Inside the article's block a div holding only inline text is a paragraph.
    if core is None:
        return
    for el in core.iter("div"):
        if (
            el is not core
            and not any(isinstance(c.tag, str) and c.tag not in boilerplate.INLINE for c in el)
            and _text(el)
        ):
            el.tag = "p"


BLOCKISH = frozenset("p div table ul ol h1 h2 h3 h4 h5 h6 blockquote section article dl".split())


def _unlayout(tree) -> None:
    # Tables used for layout (cells holding paragraphs, or a single column) would come
    # out as one "| ... |" line; their cells are blocks of text, not data.
    for table in list(tree.iter("table")):
        rows = [r for r in table.iter("tr")]
        cells = [c for r in rows for c in r if c.tag in ("td", "th")]
        single_column = all(sum(1 for c in r if c.tag in ("td", "th")) <= 1 for r in rows)
        holds_blocks = any(
            isinstance(x.tag, str) and x.tag in BLOCKISH for c in cells for x in c.iterdescendants()
        )
        if single_column or holds_blocks:
            for el in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
                el.tag = "div"


def _unfigure(tree) -> None:
    # trafilatura drops figures; captions may be text (placeholders are filtered later)
    for el in tree.iter("figcaption", "figure"):
        nested = any(isinstance(c.tag, str) and c.tag not in boilerplate.INLINE for c in el)
        el.tag = "p" if el.tag == "figcaption" and not nested else "div"
        el.attrib.pop("class", None)  # trafilatura skips "caption" classes
        for c in el.iter("p"):
            c.attrib.pop("class", None)


def _body_lines(tree, template, url, alts, title, recall: bool) -> tuple[list[str], object]:
    tree = deepcopy(tree)  # the caller keeps the whole page for dates and bylines
    if template is not None and template.ready:
        boilerplate.prune(tree, template)
    _unfigure(tree)
    _unlayout(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=recall,
        deduplicate=False,
    )
    if doc is None:
        return [], None
    vietnamese = bool(VIET_MARKS.search(doc.text or ""))
    lines = [nfc(x) for x in (doc.text or "").split("\n")]
    lines = [x for x in lines if x and not _junk_line(x, alts, vietnamese)]
    if lines and title and _fold(lines[0]).rstrip(" .") == _fold(title).rstrip(" ."):
        lines = lines[1:]  # the heading repeated as the first line
    return lines, doc


def _drop_byline(lines: list[str], author: str) -> list[str]:
    """Remove a short closing line that is the byline of the author found (with its label)."""
    name = _fold(author)
    for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
        line = _fold(lines[i])
        if name and (line.startswith(name) or line.endswith(name)) and len(line) <= len(name) + 30:
            return lines[:i] + lines[i + 1 :]
    return lines


def extract(
    html: str | bytes,
    url: str | None = None,
    template: boilerplate.SiteTemplate | None = None,
    *,
    more_pages: Sequence[str | bytes] = (),
) -> Article | None:
    """The article on a page, or None when the page has no article text.

    `template` is the site's learned boilerplate (used when ready); `more_pages` are the
    HTML of the article's further pages, in order (see `discovery.next_page_url`), whose text is
    appended.
    """
    tree = boilerplate.parse(html)
    if tree is None:
        return None
    core = boilerplate.core_block(tree)
    title, title_el = title_element(tree, core)
    alts = placeholder_alts(tree)
    leads = _lead_blocks(tree, title_el, core)
    _paragraphise(core)
    dates, bylines = _layers()
    recall = template is not None and template.ready
    lines, doc = _body_lines(tree, template, url, alts, title, recall)
    if doc is None or not lines:
        return None
    have = _fold(" ".join(lines))
    fresh = [
        x for x in leads if _fold(x) not in have and _fold(x).rstrip(" .") != _fold(title or "")
    ]
    lines = [nfc(x) for x in fresh] + lines
    published = None
    if dates is not None:
        try:
            published = dates.find_published(
                tree, title=title, body_text="\n\n".join(lines), url=url
            )
        except Exception:  # noqa: BLE001 - a date layer bug must not lose the article
            published = None
    for extra in more_pages:
        extra_tree = boilerplate.parse(extra)
        if extra_tree is None:
            continue
        more, _ = _body_lines(
            extra_tree, template, url, placeholder_alts(extra_tree), title, recall
        )
        lines += [x for x in more if x not in lines]
    author = nfc(doc.author) if doc.author else None
    source = None
    if bylines is not None:
        try:
            lines, found, source = bylines.find_credits(tree, lines)
            author = found or None
        except Exception:  # noqa: BLE001
            pass
    if author:
        lines = _drop_byline(lines, author)
    text = paragraphs_text(lines)
    if not text:
        return None
    if published is not None:
        date, date_source = published.value, published.source
    else:
        date, date_source = doc.date, "trafilatura" if doc.date else None
    return Article(
        url=url,
        title=title or (nfc(doc.title) if doc.title else None),
        text=text,
        published=date,
        published_source=date_source,
        author=nfc(author) if author else None,
        language="vi" if VIET_MARKS.search(text) else (doc.language or None),
        source=nfc(source) if source else None,
    )
