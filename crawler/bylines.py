"""Find an article's author and cut its byline out of the text; never takes body text for a name.

Association sites credit authors in a few ways: a field labelled "Tác giả:", "Người viết:",
"Tác giả bài viết:" (NukeViet); JSON-LD or `<meta name="author">`; and, most often, a short
last paragraph: a name ("Minh Thành - Thu Nga"), initials ("BH", "LHHST"), "Tin, ảnh: …",
often right-aligned, bold or italic. Source lines ("Nguồn tin: …", "Theo báo …") are cut
from the text too, but a source is not an author. Names are recognised by their shape
(short, capitalised syllables or an acronym, standing alone at the end), never from a list
of known names; what is rejected is the site's own name and CMS account labels.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from crawler.jsonld import json_ld_documents, walk

# Labels before an author's name. "Ảnh:" alone credits a photographer, not the article.
_AUTHOR_LABEL = re.compile(
    r"^\s*[(\[]?\s*(?:(?:tin|bài|bài\s+viết|tin\s+bài)\s*(?:,|và|&|-|\+)?\s*ảnh|tin|bài|bài\s+viết"
    r"|tác\s+giả(?:\s+bài\s+(?:viết|báo))?|người\s+viết|nhóm\s+(?:phóng\s+viên|tác\s+giả)"
    r"|phóng\s+viên|thực\s+hiện|viết\s+bởi|author|written\s+by|by)\s*[:：]\s*",
    re.IGNORECASE)
_SOURCE_LABEL = re.compile(r"^\s*[(\[]?\s*(?:nguồn(?:\s+tin)?|source)\s*[:：]\s*\S", re.IGNORECASE)
# "Theo báo Nghệ An", "(Theo vusta.vn)": a source only when short and not a sentence
_THEO = re.compile(r"^\s*[(\[]?\s*theo\s+(?P<rest>[^,;:]{2,60}?)\s*[)\]]?\s*\.?\s*$", re.IGNORECASE)
# CMS account names and role labels that stand where an author should be.
_ACCOUNTS = re.compile(
    r"^(?:admin(?:istrator)?|super\s*user|superadmin|webmaster|root|editor|user|guest|"
    r"quản\s+trị(?:\s+viên)?|quản\s+lý|cộng\s+tác\s+viên|biên\s+tập(?:\s+viên)?|ban\s+biên\s+tập|"
    r"người\s+dùng|tài\s+khoản|post\s+name:?.*|\S+@\S+|[a-z0-9_.\-]+\d[a-z0-9_.\-]*)$",
    re.IGNORECASE)
_TITLES = re.compile(r"^(?:(?:GS|PGS|TS|ThS|Ths|BS|BSCKI+|KS|CN|NCS|TTƯT|TTND|NGƯT|NGND|LS|Th\.S)"
                     r"\.?)+$")
_TITLE_DOTS = re.compile(r"(?:^|(?<=[\s,(-]))(?:GS|PGS|TS|ThS|Ths|BS|KS|CN|LS|Th\.S)\.(?=\s|[A-Z])")
_SEPARATORS = re.compile(r"\s+[-–—/]\s+|\s*,\s*|\s+(?:và|&)\s+")
_SENTENCE = re.compile(r"[.!?…;:]\s+\S|[!?;…]$")
_WORD = re.compile(r"[^\W\d_]+(?:[.'][^\W\d_]*)*\.?|\S+")

MAX_BYLINE = 70  # characters: longer lines are prose
# The head nouns Vietnamese organisation names open with (the language's, not a site's):
# a short last line made of one of these and capitalised words is a unit signing its news.
_UNIT_HEAD = re.compile(
    r"^(?:Văn phòng|Ban(?: biên tập)?|Phòng|Trung tâm|Tòa soạn|Toà soạn|Bộ phận|Nhóm|"
    r"Chi hội|Câu lạc bộ|Tổ|Viện|BBT)(?:\s|$)")


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text.replace("\xa0", " ")).split())


def _is_capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper() and (
        len(letters) == 1 or all(c.islower() for c in letters[1:]) or word.isupper())


def _is_acronym(word: str) -> bool:
    letters = word.replace("&", "").replace(".", "")
    return 2 <= len(letters) <= 10 and letters.isalpha() and letters.isupper()


def _looks_like_name_part(part: str, unit: bool = False) -> bool:
    """One person or unit: 'Nguyễn Văn Hùng', 'ThS. Lê Lan', 'BH', 'Phòng TTTT', 'Hội Nông học'.

    A unit (after a name: "Hồng Nhung - Trung tâm Khuyến nông") may have lowercase words, as
    Vietnamese organisation names do, as long as half its words are capitalised.
    """
    words = part.split()
    if not words or len(words) > 6:
        return False
    if len(words) == 1:
        return _is_acronym(words[0]) or (unit and _is_capitalised(words[0]))
    if not (_is_capitalised(words[0]) or _TITLES.match(words[0])):
        return False
    capitalised = sum(1 for w in words if _is_capitalised(w) or _is_acronym(w) or _TITLES.match(w))
    if unit:
        return 2 * capitalised >= len(words)
    # a person's name is capitalised throughout; a unit may have one lowercase word ("Nông học")
    return capitalised == len(words) or (capitalised >= len(words) - 1 and len(words) >= 3)


def _unglue(line: str) -> str:
    """'Minh Thành - Thu NgaVusta' -> 'Minh Thành - Thu Nga': drop text glued onto the last word.

    Vietnamese syllables never change case inside a word, so "NgaVusta" is two texts run
    together (a byline and the next block's logo caption) when the page lost a line break.
    """
    words = line.split()
    if not words:
        return line
    last = words[-1]
    for k in range(2, len(last) - 1):
        if last[k - 1].islower() and last[k - 2].isalpha() and last[k].isupper() \
                and last[k + 1].islower():
            words[-1] = last[:k]
            break
    return " ".join(words)


def name_shape(line: str) -> str | None:
    """The byline in `line` if the whole line is shaped like one (names, initials, units)."""
    text = _unglue(_nfc(line)).strip(" .")
    if not text or len(text) > MAX_BYLINE or any(c.isdigit() for c in text):
        return None
    # "ThS. Lê Lan", "PGS.TS. Lê Vinh": the dots of academic titles do not end a sentence
    untitled = _TITLE_DOTS.sub("", text)
    if _SENTENCE.search(untitled) or text.endswith(":"):
        return None
    core = text
    # "Nguyễn Văn Hùng (Hội Nông học)": the bracket names a unit; "Hoàng Anh (tổng hợp)",
    # "(st)": a lowercase bracket is an editor's note, dropped from the name
    bracket = re.fullmatch(r"(?P<core>[^()]+?)\s*\((?P<unit>[^()]{2,50})\)", text)
    if bracket:
        core = bracket["core"]
        if bracket["unit"][:1].islower() and len(bracket["unit"].split()) <= 3:
            text = core
        elif not _looks_like_name_part(bracket["unit"], unit=True):
            return None
    parts = [p.strip() for p in _SEPARATORS.split(core) if p.strip()]
    if not parts or len(parts) > 4 \
            or not all(_looks_like_name_part(p, unit=True) for p in parts[1:]):
        return None
    # An office signs for itself: "Văn phòng Liên hiệp Hội", "Ban Tuyên truyền", "BBT".
    if _UNIT_HEAD.match(parts[0]) and _looks_like_name_part(parts[0], unit=True):
        return text
    if not _looks_like_name_part(parts[0]):
        return None
    # the line opens with a person or initials ("Thu Hà - Phòng TTTT"), not with a phrase
    if not all(_is_capitalised(w) or _is_acronym(w) or _TITLES.match(w) for w in parts[0].split()):
        return None
    return text


def _clean_value(value: str) -> str:
    value = _nfc(value)
    value = re.split(r"\s+(?:nguồn(?:\s+tin)?|source)\s*[:：]", value, flags=re.IGNORECASE)[0]
    return _unglue(value.strip(" .,;:-–()[]"))


def _labelled_author(line: str) -> str | None:
    match = _AUTHOR_LABEL.match(_nfc(line))
    if not match:
        return None
    # "Tin: Minh Thành; Ảnh: Thu Nga": the photo credit after the author is not the author
    value = re.split(r"\s*;\s*|\s+[-–]\s+ảnh\s*:|\s*,\s*ảnh\s*:", _nfc(line)[match.end():],
                     flags=re.IGNORECASE)[0]
    value = _clean_value(value)
    return value if 0 < len(value) <= MAX_BYLINE and not _SENTENCE.search(value) else None


def source_value(line: str) -> str | None:
    """The publication a source line names ("Nguồn: Báo Nghệ An" -> "Báo Nghệ An",
    "(Theo vusta.vn)" -> "vusta.vn"), or None when the line is not a source line."""
    text = _nfc(line)
    if len(text) > 120:
        return None
    label = _SOURCE_LABEL.match(text)
    if label:
        value = text[label.end() - 1:]
    else:
        theo = _THEO.match(text)
        if not theo:
            return None
        value = theo["rest"]
        rest = value.split()
        # "Theo báo Nghệ An", "Theo vusta.vn", "Theo TTXVN": a publication, not "Theo kế hoạch …"
        if len(rest) > 8 or not (any(_is_capitalised(w) or _is_acronym(w) for w in rest)
                                 or "." in value):
            return None
    value = value.strip(" .,;:-–()[]")
    return value or None


def _is_source(line: str) -> bool:
    return source_value(line) is not None


def is_account(name: str) -> bool:
    """A CMS account or role label ("admin", "Super User", "Cộng tác viên"), not a person."""
    return bool(_ACCOUNTS.match(_nfc(name)))


def _classify(line: str) -> tuple[str, str | None]:
    """('author', name), ('source', None) or ('text', None) for one paragraph."""
    labelled = _labelled_author(line)
    if labelled is not None:
        return ("author", None if is_account(labelled) else labelled)
    if _is_source(line):
        return ("source", None)
    shaped = name_shape(line)
    if shaped is not None and not is_account(shaped):
        return ("author", shaped)
    return ("text", None)


def split_credits(paragraphs: list[str]) -> tuple[list[str], str | None, str | None]:
    """Remove trailing (or leading) byline and source paragraphs.

    Returns (kept paragraphs, author or None, source or None). From the end: up to three
    lines that are a source or a byline; one byline at most, the last paragraph of a
    one-paragraph text never (a lone short line is the text). From the start: a labelled
    byline ("Tin, ảnh: …") only.
    """
    kept = list(paragraphs)
    author = source = None
    found_author = False
    for _ in range(3):
        if len(kept) < 2:
            break
        kind, name = _classify(kept[-1])
        if kind == "source" or (kind == "author" and not found_author):
            line = kept.pop()
            if kind == "author":
                found_author, author = True, name
            elif source is None:
                source = source_value(line)
            continue
        if not kept[-1].strip():
            kept.pop()
            continue
        break
    if len(kept) >= 2:
        first = _labelled_author(kept[0])
        if first is not None:
            kept.pop(0)
            if author is None and not is_account(first):
                author = first
    return kept, author, source


def split_byline(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """`split_credits` without the source: (kept paragraphs, author or None)."""
    kept, author, _ = split_credits(paragraphs)
    return kept, author


# -- structured authors on the page --------------------------------------------------------

_LABEL_NODES = etree.XPath(
    ".//text()[contains(., 'Tác giả') or contains(., 'tác giả') or contains(., 'TÁC GIẢ')"
    " or contains(., 'Người viết') or contains(., 'người viết') or contains(., 'NGƯỜI VIẾT')]"
    "[not(parent::script or parent::style)]")
_FIELD_WORDS = ("Tác giả", "tác giả", "TÁC GIẢ", "Người viết", "người viết", "NGƯỜI VIẾT")
_FIELD_LABEL = re.compile(r"^\s*(?:tác\s+giả(?:\s+bài\s+(?:viết|báo))?|người\s+viết)\s*[:：]?\s*",
                          re.IGNORECASE)


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
    value = _clean_value(value)
    return value if value and len(value) <= MAX_BYLINE else None


def _label_field(doc) -> str | None:
    """The value of a page field labelled 'Tác giả:' / 'Người viết:' / 'Tác giả bài viết:'."""
    text = etree.tostring(doc, method="text", encoding=str)
    if not any(label in text for label in _FIELD_WORDS):
        return None  # most pages: skip the XPath scan of every text node
    for node in _LABEL_NODES(doc):
        value = _field_value(node, _FIELD_LABEL)
        if value and not is_account(value):
            return value
    return None


_SOURCE_NODES = etree.XPath(
    ".//text()[contains(., 'Nguồn') or contains(., 'nguồn') or contains(., 'NGUỒN')]"
    "[not(ancestor::script or ancestor::style or ancestor::footer or ancestor::nav"
    " or ancestor::a)]")
_SOURCE_FIELD = re.compile(r"^\s*nguồn(?:\s+tin)?\s*[:：]\s*", re.IGNORECASE)


def _source_field(doc) -> str | None:
    """A page field labelled 'Nguồn:' / 'Nguồn tin:' (NukeViet prints one under the body)."""
    for node in _SOURCE_NODES(doc):
        value = _field_value(node, _SOURCE_FIELD)
        if value:
            return value
    return None


def _json_ld_author(doc) -> str | None:
    for data in json_ld_documents(doc):
        for item in walk(data):
            author = item.get("author") or item.get("creator")
            names = author if isinstance(author, list) else [author]
            for one in names:
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
    for el in doc.xpath(".//a[@rel='author'] | .//*[@itemprop='author']"):
        name = el.xpath(".//*[@itemprop='name']")
        value = _nfc((name[0] if name else el).text_content())
        value = re.sub(r"^(?:viết\s+bởi|đăng\s+bởi|by|bởi)\s+", "", value, flags=re.IGNORECASE)
        if value:
            return value
    return None


def _site_names(doc) -> set[str]:
    """The site's own names: og:site_name, application-name, segments of <title>."""
    names = set()
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or "").lower()
        if key in ("og:site_name", "application-name", "copyright") and el.get("content"):
            names.add(_nfc(el.get("content")).casefold())
    for title in doc.iter("title"):
        text = _nfc(title.text_content())
        names.add(text.casefold())
        names.update(p.strip().casefold() for p in re.split(r"\s+[|–—:-]+\s+", text) if p.strip())
    return names


def _acceptable(name: str | None, site_names: set[str]) -> bool:
    if not name or len(name) > MAX_BYLINE or is_account(name):
        return False
    key = name.casefold()
    return key not in site_names and not any(key in site and len(key) > 12 for site in site_names)


def _byline_value(text: str) -> str | None:
    labelled = _labelled_author(text)
    if labelled is not None:
        return labelled
    if name_shape(text):
        return _unglue(text.strip(" ."))
    if _is_capitalised(text) and " " not in text and not any(c.isdigit() for c in text):
        return text.strip(" .")  # a one-word pen name is a byline only when set apart
    return None


def _text(el) -> str:
    """An element's text, NFC; '' for comments and processing instructions."""
    return _nfc(el.text_content()) if isinstance(el.tag, str) else ""


def _set_apart(el) -> bool:
    """Printed right-aligned, or entirely bold/italic: how these sites set a byline apart."""
    style = (el.get("style") or "").lower().replace(" ", "")
    if "text-align:right" in style or (el.get("align") or "").lower() == "right":
        return True
    children = [c for c in el if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag in ("strong", "b", "em", "i")
            and not (el.text or "").strip() and not (children[0].tail or "").strip())


def _emphasised_byline(doc, paragraphs: list[str]) -> tuple[list[str], str | None]:
    """A line the page sets apart (right-aligned, bold, italic) at the end of the article.

    Either it is the last paragraph (then cut), or the extractor dropped it and it stands in
    the page right after the element holding the last paragraph.
    """
    if not paragraphs:
        return paragraphs, None
    last = _nfc(paragraphs[-1])
    # XPath strings cannot hold control characters, and page text never does
    snippet = "".join(c for c in last[-40:] if c.isprintable()).strip()
    if not snippet:
        return paragraphs, None
    for node in doc.xpath(".//text()[contains(., $snippet)]", snippet=snippet)[-1:]:
        holder = node.getparent()
        while holder is not None and holder.tag not in ("p", "div", "td", "li", "span", "em",
                                                        "strong", "b", "i", "font"):
            holder = holder.getparent()
        if holder is None:
            break
        while holder.getparent() is not None and holder.tag in ("span", "em", "strong", "b", "i",
                                                                "font"):
            holder = holder.getparent()
        text = _nfc(holder.text_content())
        if text == last and len(paragraphs) >= 2 and _set_apart(holder):
            value = _byline_value(text)
            if value is not None:
                return paragraphs[:-1], value
        following = holder.getnext()
        for _ in range(2):
            if following is None or _text(following):
                break
            following = following.getnext()
        if following is not None and isinstance(following.tag, str) \
                and len(_text(following)) <= MAX_BYLINE and _set_apart(following):
            value = _byline_value(_text(following))
            if value is not None:
                return paragraphs, value
    return paragraphs, None


def find_credits(doc, paragraphs: list[str]) -> tuple[list[str], str | None, str | None]:
    """The article's paragraphs without its byline and source lines, its author, its source.

    Order of trust for the author: a field the page labels "Tác giả:" / "Người viết:"; the
    JSON-LD author; a byline at the end (or a labelled one at the start) of the text, or a
    last line the page sets apart (right-aligned, bold, italic); last, `<meta name="author">`,
    rel=author and itemprop=author, which on these CMSs often hold the uploading account or
    the site name. Site names and account labels are never returned. The source is the
    publication a closing "Nguồn: …" / "Theo …" line names, else a page field so labelled.
    """
    sites = _site_names(doc)
    kept, byline, source = split_credits(paragraphs)
    if byline is None and kept == list(paragraphs):
        kept, byline = _emphasised_byline(doc, kept)
    source = source or _source_field(doc)
    # evaluated lazily, most trusted first: the later ones cost XPath scans
    for finder in (_label_field, _json_ld_author, lambda _: byline, _meta_author):
        name = finder(doc)
        if _acceptable(name, sites):
            return kept, name, source
    return kept, None, source


def find_author(doc, paragraphs: list[str]) -> tuple[list[str], str | None]:
    """`find_credits` without the source: (paragraphs without the byline, author or None)."""
    kept, author, _ = find_credits(doc, paragraphs)
    return kept, author
