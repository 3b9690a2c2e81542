"""Read one line of an article's credits (byline, signature, source); never looks at a page.

Association sites credit authors in a few ways: a labelled line ("Tác giả:", "Người viết:",
"Người cập nhật:", "Người đăng:", "Tin, ảnh:", "Bài, ảnh:", "Cập nhật bởi …"), and, most
often, a bare signature: a name ("Minh Thành - Thu Nga"), initials ("BH", "LHHST"), a name
with an office ("Nguyễn Văn A - Văn phòng Liên hiệp hội"), or an office alone. Source lines
("Nguồn: Báo Nghệ An", "Nguồn tin: …", "(Theo vusta.vn)") name where the article comes
from: a source, never an author. Names are recognised by their shape (2–5 capitalised
syllables, or an acronym) and offices by the head nouns Vietnamese organisation names open
with, never from a list of known names. Where such lines sit on a page (first and last
blocks, set apart after the body) is crawler/credits.py's concern.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# Labels before an author's name, with a colon. "Ảnh:" alone credits a photographer, not the
# article.
_AUTHOR_LABEL = re.compile(
    r"^\s*[(\[]?\s*(?:(?:tin|bài|bài\s+viết|tin\s+bài)\s*(?:,|và|&|-|\+)?\s*ảnh|tin|bài|bài\s+viết"
    r"|tác\s+giả(?:\s+bài\s+(?:viết|báo))?|người\s+(?:viết|thực\s+hiện)"
    r"|nhóm\s+(?:phóng\s+viên|tác\s+giả|pv)|phóng\s+viên|pv|ctv|thực\s+hiện|viết\s+bởi"
    r"|author|written\s+by|by)\s*[:：]\s*",
    re.IGNORECASE)
# Labels naming who put the article on the site ("Người cập nhật:", "Người đăng:", "Cập nhật
# bởi …"): the staffer these sites take for the author when nobody signs the article, but
# a writer's own signature beside them is the author.
_POSTER_LABEL = re.compile(
    r"^\s*[(\[]?\s*(?:người\s+(?:đăng(?:\s+tin|\s+bài)?|cập\s+nhật|gửi|đưa\s+tin)"
    r"|(?:đăng|cập\s+nhật|gửi)\s+bởi|posted\s+by)\s*[:：]\s*",
    re.IGNORECASE)
# "Cập nhật bởi Trần Minh Tuấn", "Viết bởi Hoàng Anh": the same labels written without a colon
_BY_LABEL = re.compile(
    r"^\s*[(\[]?\s*(?:(?P<poster>(?:đăng|cập\s+nhật|gửi)\s+bởi|posted\s+by)|viết\s+bởi|by)\s+",
    re.IGNORECASE)
_SOURCE_LABEL = re.compile(
    r"^\s*[(\[]?\s*(?:nguồn(?:\s+(?:tin|bài(?:\s+viết)?|tham\s+khảo))?|source)\s*[:：]\s*\S",
    re.IGNORECASE)
# "Theo báo Nghệ An", "(Theo vusta.vn)": a source only when short and not a sentence
_THEO = re.compile(r"^\s*[(\[]?\s*theo\s+(?P<rest>[^,;:]{2,60}?)\s*[)\]]?\s*\.?\s*$", re.IGNORECASE)
# CMS account names and role labels that stand where an author should be.
_ACCOUNTS = re.compile(
    r"^(?:admin(?:istrator)?|super\s*user|superadmin|webmaster|root|editor|user|guest|"
    r"quản\s+trị(?:\s+viên)?|quản\s+lý|cộng\s+tác\s+viên|biên\s+tập(?:\s+viên)?|"
    r"người\s+dùng|tài\s+khoản|post\s+name:?.*|\S+@\S+|[a-z0-9_.\-]+\d[a-z0-9_.\-]*)$",
    re.IGNORECASE)
_TITLES = re.compile(r"^(?:(?:GS|PGS|TS|TSKH|ThS|Ths|BS|BSCKI+|KS|CN|NCS|TTƯT|TTND|NGƯT|NGND|LS"
                     r"|Th\.S)\.?)+$")
_TITLE_DOTS = re.compile(
    r"(?:^|(?<=[\s,(.-]))(?:GS|PGS|TS|TSKH|ThS|Ths|BS|KS|CN|LS|Th\.S)\.(?=\s|[A-Z])")
_SEPARATORS = re.compile(r"\s+[-–—/]\s+|\s*,\s*|\s+(?:và|&)\s+")
_SENTENCE = re.compile(r"[.!?…;:]\s+\S|[!?;…]$")
# What may follow a name on a byline line: a date, a time ("- 12/01/2023 08:15", "lúc 08:15")
# or a weekday before a date ("vào T7, 15/08/2026 - 21:00", "| Thứ tư, 17/09/2025")
_TRAILING_STAMP = re.compile(
    r"(?:\s+|\s*[-–|,;(]\s*)(?:(?:vào\s+)?lúc\s+|ngày\s+|vào\s+|on\s+|at\s+)?"
    r"(?:\d|(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|t[2-7]|cn)(?=[\s,]*\d)).*$",
    re.IGNORECASE)

MAX_BYLINE = 70  # characters: longer lines are prose
# The head nouns Vietnamese organisation names open with (the language's, not a site's):
# a short line made of one of these and capitalised words is a unit signing its news, and
# after a person's name ("Hồng Nhung - Văn phòng Liên hiệp hội") it is that person's office.
_UNIT_HEAD = re.compile(
    r"^(?:Văn phòng|Ban(?: biên tập)?|Phòng|Trung tâm|Tòa soạn|Toà soạn|Bộ phận|Nhóm|Chi hội|"
    r"Câu lạc bộ|CLB|Tổ|Viện|BBT|Hội|Liên hiệp(?: các)? [Hh]ội|LHH|Sở|Trường|Khoa|Bệnh viện|"
    r"Báo|Tạp chí|Đài|Cổng thông tin|Chi cục|Cục|Vụ|Công ty|UBND|Ủy ban|Uỷ ban|Huyện|Thị xã|"
    r"Thành phố|TP\.?|Xã|Phường|Đoàn|Chi bộ|Đảng bộ|Học viện|Đại học|Liên đoàn)(?:\s|$)")
# Words of a site's interface: a capitalised box heading ("Tin Mới Nhất", "Bài Viết Liên
# Quan") has the shape of a name but is made of these.
_UI_WORDS = frozenset(
    "tin bài viết mới nhất liên quan khác cùng xem thêm chuyên mục danh mục thông báo video "
    "ảnh hình văn bản chia sẻ bình luận từ khóa khoá trang chủ tiêu điểm nổi bật đọc nhiều "
    "sự kiện hoạt động lượt truy cập thống kê liên kết website giới thiệu".split())


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
    Vietnamese organisation names do, as long as half its words are capitalised or it opens
    with an organisation's head noun ("Văn phòng Liên hiệp hội").
    """
    words = part.split()
    if not words or len(words) > (9 if unit else 6):
        return False
    if len(words) == 1:
        return _is_acronym(words[0]) or (unit and _is_capitalised(words[0]))
    if not (_is_capitalised(words[0]) or _TITLES.match(words[0])):
        return False
    capitalised = sum(1 for w in words if _is_capitalised(w) or _is_acronym(w) or _TITLES.match(w))
    if unit:
        return 2 * capitalised >= len(words) or bool(_UNIT_HEAD.match(part))
    # a person's name is capitalised throughout; a unit may have one lowercase word ("Nông học")
    return len(words) <= 6 and (
        capitalised == len(words) or (capitalised >= len(words) - 1 and len(words) >= 3))


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
    bracket = re.fullmatch(r"(?P<core>[^()]+?)\s*\((?P<unit>[^()]{2,60})\)", text)
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
    # An office signs for itself: "Văn phòng Liên hiệp Hội", "Ban Tuyên truyền", "BBT",
    # "Ban biên tập", or an office of an organisation, "Văn phòng Liên hiệp hội" (not "Ban
    # Chấp hành họp …")
    head = _UNIT_HEAD.match(parts[0])
    if head and _looks_like_name_part(parts[0], unit=True) and (
        2 * _capitalised(parts[0]) >= len(parts[0].split())
        or _UNIT_HEAD.match(parts[0][head.end():])
        or (not parts[0][head.end():].strip() and " " in parts[0])
    ):
        return text
    if not _looks_like_name_part(parts[0]):
        return None
    # the line opens with a person or initials ("Thu Hà - Phòng TTTT"), not with a phrase
    if not all(_is_capitalised(w) or _is_acronym(w) or _TITLES.match(w) for w in parts[0].split()):
        return None
    if all(w.casefold() in _UI_WORDS for w in parts[0].split()):
        return None  # "Tin Mới Nhất": a box heading, not a person
    return text


def _capitalised(part: str) -> int:
    return sum(1 for w in part.split() if _is_capitalised(w) or _is_acronym(w))


def clean_value(value: str) -> str:
    """A labelled value without what trails the name: a source, a date, brackets."""
    value = _nfc(value)
    # "Quản trị viên | Thứ tư, 17/09/2025 | Lượt xem: 999": a name holds no bar
    value = re.split(r"\s+\|\s+", value)[0]
    value = re.split(r"\s+(?:nguồn(?:\s+tin)?|source)\s*[:：]", value, flags=re.IGNORECASE)[0]
    value = _TRAILING_STAMP.sub("", value)
    return _unglue(value.strip(" .,;:-–()[]|"))


def labelled(line: str) -> tuple[str | None, bool]:
    """(the name after a byline label, whether the label names the poster rather than the
    writer): "Tin, ảnh: Hoàng Anh" -> ("Hoàng Anh", False), "Cập nhật bởi Trần Minh Tuấn -
    12/01/2023" -> ("Trần Minh Tuấn", True); (None, False) when the line is no byline."""
    text = _nfc(line)
    match, poster = _AUTHOR_LABEL.match(text), False
    if not match:
        match, poster = _POSTER_LABEL.match(text), True
    bare = match is None
    if bare:
        match = _BY_LABEL.match(text)
        if not match or len(text) > MAX_BYLINE + 30:
            return None, False
        poster = bool(match["poster"])
    # "Tin: Minh Thành; Ảnh: Thu Nga": the photo credit after the author is not the author
    value = re.split(r"\s*;\s*|\s+[-–]\s+ảnh\s*:|\s*,\s*ảnh\s*:", text[match.end():],
                     flags=re.IGNORECASE)[0]
    value = clean_value(value)
    if bare and not (name_shape(value) or is_account(value)):
        return None, False  # "By the end of the year, …" is a sentence, not a byline
    if 0 < len(value) <= MAX_BYLINE and not _SENTENCE.search(value):
        return value, poster
    return None, False


def labelled_author(line: str) -> str | None:
    """The name after a byline label (writer's or poster's), or None."""
    return labelled(line)[0]


def source_value(line: str) -> str | None:
    """The publication a source line names ("Nguồn: Báo Nghệ An" -> "Báo Nghệ An",
    "(Theo vusta.vn)" -> "vusta.vn"), or None when the line is not a source line."""
    text = _nfc(line)
    if len(text) > 160:
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


def is_account(name: str) -> bool:
    """A CMS account or role label ("admin", "Super User", "Cộng tác viên"), not a person."""
    return bool(_ACCOUNTS.match(_nfc(name)))


def classify(line: str) -> tuple[str, str | None]:
    """('author', name or None), ('poster', name or None), ('source', publication) or
    ('text', None) for one line. A labelled byline naming a CMS account is still a byline
    (cut, with no name)."""
    name, poster = labelled(line)
    if name is not None:
        return ("poster" if poster else "author", None if is_account(name) else name)
    source = source_value(line)
    if source is not None:
        return ("source", source)
    shaped = name_shape(line)
    if shaped is not None and not is_account(shaped):
        return ("author", shaped)
    return ("text", None)


def byline_value(text: str) -> str | None:
    """The author a line names when the page sets it apart (right-aligned, bold): a labelled
    byline, a name shape, or a one-word pen name (accepted only because it is set apart)."""
    labelled = labelled_author(text)
    if labelled is not None:
        return labelled
    if name_shape(text):
        return _unglue(_nfc(text).strip(" ."))
    text = _nfc(text).strip(" .")
    if _is_capitalised(text) and " " not in text and not any(c.isdigit() for c in text) \
            and text.casefold() not in _UI_WORDS:
        return text
    return None


class Credits(NamedTuple):
    kept: list[str]  # the paragraphs without their credit lines
    author: str | None  # the writer a byline names
    poster: str | None  # who put it online ("Người cập nhật: …"), when a line says so
    source: str | None  # the publication a source line names


def credit_lines(paragraphs: list[str]) -> Credits:
    """Remove trailing (or leading) byline, poster and source paragraphs.

    From the end: up to four
    lines that are a source, a poster's line ("Người cập nhật: …") or a byline, one byline
    at most; the last paragraph of a one-paragraph text never (a lone short line is the
    text). From the start: a labelled byline ("Tin, ảnh: …") or a source line, first or
    right under the lead.
    """
    kept = list(paragraphs)
    author = poster = source = None
    found_author = False
    for _ in range(4):
        if len(kept) < 2:
            break
        kind, value = classify(kept[-1])
        if kind in ("source", "poster") or (kind == "author" and not found_author):
            kept.pop()
            if kind == "author":
                found_author, author = True, value
            elif kind == "poster":
                poster = poster or value
            elif source is None:
                source = value
            continue
        if not kept[-1].strip():
            kept.pop()
            continue
        break
    # the first lines: a labelled byline or a source line, above or just under the lead
    for i in (0, 1):
        if len(kept) < 3 - i or i >= len(kept):
            break
        first, is_poster = labelled(kept[i])
        if first is not None:
            kept.pop(i)
            if not is_account(first):
                if is_poster:
                    poster = poster or first
                else:
                    author = author or first
            break
        if source_value(kept[i]) is not None and len(kept[i]) <= 80:
            source = source or source_value(kept.pop(i))
            break
    return Credits(kept, author, poster, source)


def split_credits(paragraphs: list[str]) -> tuple[list[str], str | None, str | None]:
    """(kept paragraphs, author or None, source or None): `credit_lines` with the writer's
    byline winning over the poster's."""
    kept, author, poster, source = credit_lines(paragraphs)
    return kept, author or poster, source


def split_byline(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """`split_credits` without the source: (kept paragraphs, author or None)."""
    kept, author, _ = split_credits(paragraphs)
    return kept, author
