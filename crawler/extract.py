"""Turn one article page's HTML into an `Article`; never fetches, never stores.

The orchestrator of extraction. On a copy of the page: links to the site's other articles
go (crawler/related.py), the site's boilerplate template prunes what repeats across the
site (crawler/boilerplate.py), old layouts become paragraphs (crawler/layout.py), and
trafilatura finds the main text in what is left. Then the project's own layers correct
and complete it from the page as fetched: the title (crawler/titles.py), lead blocks,
image file names, pagers and meta lines dropped, the date (crawler/dates.py), the author
and source, their lines cut (crawler/credits.py). Pure and picklable, so the crawl can run
it in worker processes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass

import trafilatura

from crawler import boilerplate, comments, layout, related
from crawler.titles import title_element


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


# A caption that is one machine-made token: upload and chat-app file names, timestamps
# ("20230112_081530", "z4967381234567_3f2a"), mostly digits and never a word.
MACHINE_NAME = re.compile(r"^(?=(?:\D*\d){6})[\w.-]{6,60}$")


# A multi-page article's pager: "Trang: « 1 2 3 »", "[1] [2] Tiếp theo »": page numbers
# (small ones: "2021 1.240 58.300" is a row of figures), arrows, brackets and pager words.
PAGER = re.compile(
    r"^(?:(?:trang|page|tiếp(?:\s+theo)?|sau|trước|đầu|cuối|next|prev(?:ious)?|first|last)\b"
    r"|(?<!\d)\d{1,3}(?!\d)|[\s«»‹›<>\[\]()|/…:-])+$", re.I)
_PAGER_MARK = re.compile(r"[«»‹›<>\[\]]|trang|page|tiếp|next|prev", re.I)


def _junk_line(line: str, alts: set[str], vietnamese: bool) -> bool:
    folded = _fold(line)
    if not folded or _date_line(line):
        return True
    if len(line) <= 80 and re.search(r"\d", line) and PAGER.match(line) \
            and _PAGER_MARK.search(line):
        return True
    if line.casefold().strip() in UI_LABELS or folded.isdigit():
        return True
    if FILE_NAME.match(line.strip()):
        return True
    token = line.strip()
    if MACHINE_NAME.match(token) and not VIET_MARKS.search(token) \
            and 2 * sum(c.isdigit() for c in token) >= len(token):
        return True
    return vietnamese and folded in alts


def _text(el) -> str:
    return nfc(" ".join(el.itertext()))


# -- the orchestrator ---------------------------------------------------------------------


def _layers():
    """dates.py and credits.py when they are installed (another engineer writes them)."""
    try:
        from crawler import dates
    except ImportError:
        dates = None
    try:
        from crawler import credits
    except ImportError:
        credits = None
    return dates, credits


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


def _body_lines(
    tree, template, url, alts, title, recall: bool, title_el=None, core=None
) -> tuple[list[str], object]:
    # the caller keeps the whole page for dates and bylines: work on a copy, and find the
    # heading and the article's block in it by their paths
    paths = [tree.getroottree().getpath(el) if el is not None else None for el in (title_el, core)]
    tree = deepcopy(tree)
    title_el, core = ((tree.xpath(p) or [None])[0] if p else None for p in paths)
    # links to other articles first: the template may know a teaser's title (it repeats
    # across the site) and not its sentence, which would be left without what marks it
    related.remove(tree, url, [el for el in (title_el, core) if el is not None])
    comments.drop(tree, keep=(title_el, core))
    if template is not None and template.ready:
        # on the page's own structure, which is what the template learned its keys from
        boilerplate.prune(tree, template)
    if core is None or core.getparent() is None:
        core = boilerplate.core_block(tree)  # a further page of the article
    layout.paragraphise(core)
    if core is not None:  # link lines written loose into the article's block are lines now
        related.remove(core, url, [core])
    layout.unfigure(tree)
    layout.flatten_data_tables(tree)
    layout.unlayout(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=False,  # title, date, author: ours (titles, dates, credits)
        include_comments=False,
        include_tables=True,
        favor_recall=recall,
        deduplicate=False,
    )
    if doc is None:
        return [], None
    vietnamese = bool(VIET_MARKS.search(doc.text or ""))
    lines = [_row(nfc(x)) for x in (doc.text or "").split("\n")]
    lines = [x for x in lines if x and not _junk_line(x, alts, vietnamese)]
    heading = _fold(title or "").rstrip(" .")
    for i, line in enumerate(lines[:3]):
        if heading and _fold(line).rstrip(" .") == heading:
            del lines[i]  # the heading repeated above the text (under a label or a date)
            break
    return lines, doc


def _row(line: str) -> str:
    """A data table's row as a reader copies it, cells separated by spaces: trafilatura
    writes "| Hội Y học | 120 |"."""
    if len(line) > 2 and line.startswith("|") and line.endswith("|"):
        return " ".join(c.strip() for c in line[1:-1].split("|") if c.strip())
    return line


_SENTENCE_END = re.compile(r"[.!?…:;]\s*$")


def _drop_meta_lines(tree, lines: list[str], core, title: str | None) -> list[str]:
    """Leading short lines printed above the article's block (a kicker or category over the
    heading, a view count under it), or the heading on one line with its kicker: the
    article's meta lines, not its text. A line also found in the article's block stays."""
    if core is None:
        return lines
    order = None
    key = nfc(title or "").casefold()
    while lines:
        line = lines[0]
        at = line.casefold().find(key) if key else -1
        if at == 0 or (at > 0 and at + len(key) == len(line)):
            # the heading with its kicker or its date: what is left of it is the meta part
            line = (line[len(key):] if at == 0 else line[:at]).strip(" -–|:·•")
        if not line or len(line) > 40 or len(line.split()) > 6 or _SENTENCE_END.search(line):
            break
        snippet = "".join(c for c in line[:30] if c.isprintable())
        nodes = tree.xpath("//body//text()[contains(., $s)]", s=snippet) if snippet else []
        if not nodes:
            break
        if order is None:
            order = {el: i for i, el in enumerate(tree.iter())}
        end = order.get(core, 0)
        owners = [n.getparent() for n in nodes]
        if not all(order.get(el, end) < end for el in owners):
            break
        lines = lines[1:]
    return lines


def _declared_language(tree) -> str | None:
    """The language the page declares (<html lang="en-GB"> -> "en")."""
    root = tree.getroottree().getroot()
    lang = (root.get("lang") or root.get("xml:lang") or "").strip().lower()
    return re.split(r"[-_]", lang)[0] or None if lang else None


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
    title, title_el = title_element(tree, core, template)
    alts = placeholder_alts(tree)
    leads = _lead_blocks(tree, title_el, core)
    dates, credits = _layers()
    recall = template is not None and template.ready
    lines, doc = _body_lines(tree, template, url, alts, title, recall, title_el, core)
    # the page as credits and dates read it: its paragraphs as a reader sees them
    layout.paragraphise(core)
    lines = _drop_meta_lines(tree, lines, core, title)
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
    extra_trees = []
    for extra in more_pages:
        extra_tree = boilerplate.parse(extra)
        if extra_tree is None:
            continue
        extra_trees.append(extra_tree)
        more, _ = _body_lines(
            extra_tree, template, url, placeholder_alts(extra_tree), title, recall
        )
        lines += [x for x in more if x not in lines]
    author = source = None
    if credits is not None:
        try:
            lines, found, source = credits.find_credits(tree, lines, extra_trees)
            author = found or None
        except Exception:  # noqa: BLE001 - a byline layer bug must not lose the article
            pass
    if author:
        lines = _drop_byline(lines, author)
    text = paragraphs_text(lines)
    if not text:
        return None
    date, date_source = (published.value, published.source) if published else (None, None)
    return Article(
        url=url,
        title=title,
        text=text,
        published=date,
        published_source=date_source,
        author=nfc(author) if author else None,
        language="vi" if VIET_MARKS.search(text) else _declared_language(tree),
        source=nfc(source) if source else None,
    )
