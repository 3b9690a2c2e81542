"""Bylines and authors as association sites write them; sources and CMS accounts are not authors."""

from __future__ import annotations

import itertools
import json

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.bylines import is_account, name_shape, split_byline, split_credits
from crawler.credits import find_author, find_credits

BODY = [
    "Sáng ngày 12/01, tại trụ sở các Hội đặc thù tỉnh, Ban Chấp hành Liên hiệp các Hội Khoa học và "
    "Kỹ thuật tỉnh Sóc Trăng tổ chức Hội nghị Tổng kết hoạt động năm 2022.",
    "Năm 2022, mặc dù có nhiều thuận lợi, khó khăn đan xen, nhưng Cơ quan Liên hiệp các Hội phấn "
    "đấu hoàn thành chỉ tiêu kế hoạch đề ra.",
    "Thảo luận tại hội nghị, các đại biểu đã đánh giá cao kết quả hoạt động của Cơ quan "
    "Liên hiệp Hội.",
]


@pytest.mark.parametrize("ending,author", [
    (["BH"], "BH"),
    (["LHHST"], "LHHST"),
    (["PV"], "PV"),
    (["Khánh Huyền"], "Khánh Huyền"),
    (["Minh Thành - Thu Nga"], "Minh Thành - Thu Nga"),
    (["          Minh Thành - Thu NgaVusta"], "Minh Thành - Thu Nga"),  # a logo caption glued on
    (["Tin, ảnh: Hoàng Anh"], "Hoàng Anh"),
    (["Tin và ảnh: Hoàng Anh"], "Hoàng Anh"),
    (["Bài và ảnh: Lê Thị Lan"], "Lê Thị Lan"),
    (["Nguyễn Văn Hùng (Hội Nông học)"], "Nguyễn Văn Hùng (Hội Nông học)"),
    (["Thu Hà - Phòng TTTT"], "Thu Hà - Phòng TTTT"),
    (["ThS. Hoàng Thị Lan"], "ThS. Hoàng Thị Lan"),
    (["PGS.TS Lê Quang Vinh"], "PGS.TS Lê Quang Vinh"),
    (["PGS.TS. Lê Quang Vinh"], "PGS.TS. Lê Quang Vinh"),  # each title with its own dot
    (["GS.TSKH. Đặng Hùng Võ"], "GS.TSKH. Đặng Hùng Võ"),
    (["Tác giả: Trọng Nghĩa"], "Trọng Nghĩa"),
    (["Người viết: Đức Trung."], "Đức Trung"),
    (["Tác giả bài viết: Hoàng Anh", "Nguồn tin: Báo Nghệ An"], "Hoàng Anh"),
    (["Hải Yến", "Theo báo Sóc Trăng"], "Hải Yến"),
    (["Hoàng Anh (tổng hợp)"], "Hoàng Anh"),  # an editor's note is not part of the name
    (["Minh Thành (st)"], "Minh Thành"),
    (["Tin: Minh Thành; Ảnh: Thu Nga"], "Minh Thành"),  # the photographer is not the author
    (["Hồng Nhung - Trung tâm Khuyến nông"], "Hồng Nhung - Trung tâm Khuyến nông"),
    (["(Theo vusta.vn)"], None),
    (["Nguồn: vusta.vn"], None),
    (["Theo TTXVN"], None),
])
def test_trailing_bylines_are_cut(ending, author):
    kept, got = split_byline(BODY + ending)
    assert got == author
    assert kept == BODY


@pytest.mark.parametrize("ending", [
    ["admin"], ["Quản trị viên"], ["Cộng Tác Viên"], ["Biên tập viên"],
    ["post name: Cộng tác viên"],
    ["Super User"],
])
def test_cms_accounts_are_not_authors(ending):
    kept, got = split_byline(BODY + ending)
    assert got is None


@pytest.mark.parametrize("last", [
    "Hội nghị kết thúc lúc 17 giờ cùng ngày.",
    "Theo kế hoạch, năm 2023 Liên hiệp Hội sẽ tổ chức 22 hội thảo chuyên đề.",
    "Xin trân trọng giới thiệu",
    "Một số tồn tại một số hạn chế",
    "Tổng kết năm 2022",
    "Vusta",  # one capitalised word is a name only when the page sets it apart
    "Lượt xem: 278",
    "Đồng chí Nguyễn Thị Thu Hường, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy",
])
def test_body_lines_stay(last):
    kept, got = split_byline(BODY + [last])
    assert got is None
    assert kept == BODY + [last]


def test_leading_labelled_byline_is_cut():
    kept, got = split_byline(["Tin, ảnh: Hoàng Anh", *BODY])
    assert (kept, got) == (BODY, "Hoàng Anh")


def test_a_lone_line_is_the_text():
    assert split_byline(["Minh Thành"]) == (["Minh Thành"], None)
    assert split_byline([]) == ([], None)


def test_name_shape():
    assert name_shape("Nguyễn Văn Hùng") == "Nguyễn Văn Hùng"
    assert name_shape("nguyễn văn hùng") is None
    assert name_shape("Ngày 12/01/2023") is None
    assert name_shape("Hội nghị tổng kết hoạt động năm") is None
    assert is_account("Super User") and is_account("admin") and is_account("lhh_admin2")
    assert not is_account("Hoàng Anh")


# Vietnamese-looking names made of capitalised syllables, never a fixed list of names
UPPER = "BCDĐGHKLMNPQSTVXY"
LOWER = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵnhgt"
SYLLABLE = st.builds(lambda a, b: a + b, st.sampled_from(UPPER),
                     st.text(alphabet=LOWER, min_size=1, max_size=5))
NAME = st.lists(SYLLABLE, min_size=2, max_size=4).map(" ".join)
WORDS = st.text(alphabet=LOWER, min_size=1, max_size=6)
SENTENCE = st.lists(WORDS, min_size=14, max_size=20).map(
    lambda words: words[0].capitalize() + " " + " ".join(words[1:]) + ".")


@given(st.lists(SENTENCE, min_size=1, max_size=3), NAME,
       st.sampled_from(["", "Tin, ảnh: ", "Tác giả: "]))
def test_any_name_at_the_end_is_the_author(body, name, label):
    kept, got = split_byline(body + [label + name])
    assert (kept, got) == (body, name)


@given(st.lists(SENTENCE, min_size=1, max_size=3))
def test_prose_is_never_cut(body):
    assert split_byline(body) == (body, None)


# -- whole pages -----------------------------------------------------------------------------


def page(head: str, body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head><title>Liên hiệp Hội Sóc Trăng</title>{head}</head>"
                                f"<body>{body}</body></html>")


ARTICLE = "".join(f"<p>{p}</p>" for p in BODY)


def test_joomla_super_user_loses_to_the_byline():
    doc = page('<meta name="author" content="Super User">',
               f'<dd class="createdby" itemprop="author">Viết bởi <span itemprop="name">Super User'
               f'</span></dd>{ARTICLE}<p style="text-align: right;"><strong>Tác giả: Phương Thảo'
               '</strong></p>')
    assert find_author(doc, BODY + ["Tác giả: Phương Thảo"]) == (BODY, "Phương Thảo")


def test_wordpress_admin_loses_to_the_byline():
    doc = page("", '<span class="author vcard"><a rel="author" href="/author/admin/">admin</a>'
                   f'</span>'
                   f'{ARTICLE}<p style="text-align: right;"><em>Tin, ảnh: Trọng Nghĩa</em></p>')
    assert find_author(doc, BODY + ["Tin, ảnh: Trọng Nghĩa"]) == (BODY, "Trọng Nghĩa")


def test_nukeviet_labelled_field_and_source():
    doc = page('<meta name="author" content="Liên hiệp Hội Sóc Trăng">',
               f'{ARTICLE}<div class="author"><strong>Tác giả bài viết:</strong> <span>Hoàng Anh'
               '</span></div><div class="source"><strong>Nguồn tin:</strong> Báo Nghệ An</div>')
    assert find_author(doc, BODY + ["Tác giả bài viết: Hoàng Anh", "Nguồn tin: Báo Nghệ An"]) \
        == (BODY, "Hoàng Anh")
    assert find_author(doc, BODY) == (BODY, "Hoàng Anh")


def test_site_name_is_not_an_author():
    doc = page('<meta property="og:site_name" content="Liên hiệp Hội Sóc Trăng">'
               '<meta name="author" content="Liên hiệp Hội Sóc Trăng">', ARTICLE)
    assert find_author(doc, BODY) == (BODY, None)


def test_json_ld_author():
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "author": {"@type": "Person", "name": "Nguyễn Văn Hùng"}}
    doc = page(f"<script type='application/ld+json'>{json.dumps(data)}</script>", ARTICLE)
    assert find_author(doc, BODY) == (BODY, "Nguyễn Văn Hùng")


def test_meta_author_when_nothing_else():
    doc = page('<meta name="author" content="Lê Quang Vinh">', ARTICLE)
    assert find_author(doc, BODY) == (BODY, "Lê Quang Vinh")


def test_set_apart_byline_the_extractor_dropped():
    doc = page("", f"<table><tr><td>{ARTICLE}<p style='text-align: right;'><strong>Minh Thành - "
                   "Thu Nga</strong></p></td></tr></table>")
    assert find_author(doc, BODY) == (BODY, "Minh Thành - Thu Nga")


def test_set_apart_one_word_pen_name():
    doc = page("", f"{ARTICLE}<p align='right'><b>Vusta</b></p>")
    assert find_author(doc, BODY + ["Vusta"]) == (BODY, "Vusta")
    plain = page("", f"{ARTICLE}<p>Vusta</p>")
    assert find_author(plain, BODY + ["Vusta"]) == (BODY + ["Vusta"], None)


def test_posted_by_account_is_not_an_author():
    doc = page("", f"{ARTICLE}<div>Posted at: MONday - 24/09/2018 18:08 - post name: "
                   "Cộng tác viên</div>")
    assert find_author(doc, BODY) == (BODY, None)


def test_prose_mentioning_tac_gia_is_not_a_field():
    doc = page("", "<p>Ban Tổ chức đã trao giải cho các tác giả: ông Nguyễn Văn A và bà "
                   "Trần Thị B, "
                   "những người có giải pháp xuất sắc trong năm qua.</p>" + ARTICLE)
    assert find_author(doc, BODY) == (BODY, None)


@given(st.lists(st.one_of(st.text(max_size=40), NAME, SENTENCE,
                          st.sampled_from(["Tác giả:", "Nguồn tin: Báo Nghệ An", "Theo TTXVN"])),
                max_size=8),
       st.sampled_from(["", "<p style='text-align:right'><b>Tác giả: Minh Thành</b></p>",
                        "<meta name='author' content='admin'>"]))
def test_never_raises_and_only_cuts_from_the_ends(paragraphs, extra):
    doc = lxml.html.fromstring(f"<html><body>{extra}<p>x</p></body></html>")
    kept, author = find_author(doc, paragraphs)
    # what is kept is the original list, in order, with lines removed at the ends only:
    # the first two (a byline may sit under the lead) and the last four. (Lines may
    # repeat, so any removal of such lines that leaves `kept` will do.)
    ends = [i for i in range(len(paragraphs)) if i < 2 or i >= len(paragraphs) - 4]
    assert any(kept == [p for i, p in enumerate(paragraphs) if i not in cut]
               for n in range(len(ends) + 1) for cut in itertools.combinations(ends, n))
    assert author is None or (author.strip() and len(author) <= 70)


@pytest.mark.parametrize(
    "line, author",
    [
        ("Văn phòng Liên hiệp Hội", "Văn phòng Liên hiệp Hội"),
        ("Ban Tuyên truyền", "Ban Tuyên truyền"),
        ("BBT", "BBT"),
        ("Ban Chấp hành họp thường kỳ", None),  # a sentence, not a signature
        ("Hội nghị kết thúc", None),
    ],
)
def test_an_office_signing_its_news_is_the_author(line, author):
    body = ["Sáng ngày 12/01, Liên hiệp hội tổ chức hội nghị tổng kết hoạt động năm 2022."]
    kept, found = split_byline([*body, line])
    assert found == author
    assert kept == (body if author else [*body, line])


@pytest.mark.parametrize("ending, author, source", [
    (["Nguồn: Báo Nghệ An"], None, "Báo Nghệ An"),
    (["Hải Yến", "(Theo vusta.vn)"], "Hải Yến", "vusta.vn"),
    (["Tác giả bài viết: Hoàng Anh", "Nguồn tin: Báo Nghệ An"], "Hoàng Anh", "Báo Nghệ An"),
    (["Theo TTXVN"], None, "TTXVN"),
    (["Minh Thành"], "Minh Thành", None),
])
def test_source_lines_go_to_source(ending, author, source):
    assert split_credits(BODY + ending) == (BODY, author, source)


def test_theo_opening_a_sentence_is_text_not_a_source():
    line = "Theo kế hoạch, hội nghị sẽ được tổ chức vào quý II."
    assert split_credits([*BODY, line]) == ([*BODY, line], None, None)


def test_source_field_under_the_body():
    doc = page("", f'{ARTICLE}<div class="author"><strong>Tác giả bài viết:</strong> '
                   '<span>Hoàng Anh</span></div><p><strong>Nguồn tin:</strong> Báo Nghệ An</p>')
    assert find_credits(doc, BODY) == (BODY, "Hoàng Anh", "Báo Nghệ An")
    assert find_credits(page("", ARTICLE), BODY) == (BODY, None, None)
