"""crawler/listsize.py on strings: pager ends, printed totals, counts beside links, URL ids."""

from __future__ import annotations

import pytest

from crawler.discovery import parse_html
from crawler.listsize import link_counts, page_position, pager, printed_totals, url_id

BASE = "http://lhh.example.vn"


def doc(body: str, url: str = BASE + "/"):
    return parse_html(f"<html><body>{body}</body></html>".encode(), url)


@pytest.mark.parametrize("url, chain, value, kind", [
    ("http://h/index.php/tin-tuc?start=20", "http://h/index.php/tin-tuc", 20, "offset"),
    ("http://h/news/tin-hoat-dong/page-3", "http://h/news/tin-hoat-dong", 3, "page"),
    ("http://h/news/tin-hoat-dong/", "http://h/news/tin-hoat-dong", None, None),
    ("http://h/category/tin/page/2/", "http://h/category/tin", 2, "page"),
    ("http://h/list.aspx?cat=5&page=4", "http://h/list.aspx?cat=5", 4, "page"),
    ("http://h/web/x?_101_INSTANCE_ab_cur=3", "http://h/web/x", 3, "page"),
    ("http://h/?p=123", "http://h?p=123", None, None),  # a WordPress post, not page 123
])
def test_page_position(url, chain, value, kind):
    assert page_position(url) == (chain, value, kind)


def test_joomla_offsets_and_the_printed_last_page_win_over_an_endless_next_link():
    # Joomla's last page still links "Tiếp" one page further; "Trang 4 / 4" says the truth.
    body = ('<div class="pagination"><p class="counter">Trang 4 / 4</p>'
            '<a href="/tin?start=0">1</a><a href="/tin?start=10">2</a>'
            '<a href="/tin?start=20">3</a><a href="/tin?start=40">Tiếp</a></div>')
    found = pager(doc(body, BASE + "/tin?start=30"), BASE + "/tin?start=30")
    assert (found.current, found.last, found.step) == (4, 4, 10)


def test_last_link_beyond_the_numbers_shown():
    body = ('<div class="pagination"><b>1</b> <a href="/tin-tuc?page=2">2</a> '
            '<a href="/tin-tuc?page=3">3</a> <a href="/tin-tuc?page=2">Sau ›</a> '
            '<a href="/tin-tuc?page=17">Cuối »</a></div>')
    assert pager(doc(body, BASE + "/tin-tuc"), BASE + "/tin-tuc").last == 17
    # Without the "Cuối" link the pager only shows three pages.
    cut = body.replace('<a href="/tin-tuc?page=17">Cuối »</a>', "")
    assert pager(doc(cut, BASE + "/tin-tuc"), BASE + "/tin-tuc").last == 3


def test_drupal_counts_pages_from_zero():
    body = ('<ul class="pager"><li><a href="/tin-tuc?page=1">2</a></li>'
            '<li><a href="/tin-tuc?page=2">3</a></li>'
            '<li class="pager__item--last"><a href="/tin-tuc?page=5">Last »</a></li></ul>')
    found = pager(doc(body, BASE + "/tin-tuc"), BASE + "/tin-tuc")
    assert (found.current, found.last) == (1, 6)


def test_aspnet_postback_pager_and_no_pager():
    body = ("<table><tr class='pager'><td><span>1</span></td><td>"
            "<a href=\"javascript:__doPostBack('ctl00$Main$pager','Page$2')\">2</a></td><td>"
            "<a href=\"javascript:__doPostBack('ctl00$Main$pager','Page$9')\">9</a></td></tr></table>")
    assert pager(doc(body, BASE + "/NewsList.aspx?CatId=5"), BASE + "/NewsList.aspx?CatId=5").last == 9
    assert pager(doc('<a href="/tin-tuc/bai-viet-12.html">Tin</a>'), BASE + "/") is None


def test_printed_totals_and_visit_counters():
    body = ("<p>Hiển thị 1 - 5 trong 18 kết quả</p><p>Tổng số: 1.234 bài viết</p>"
            "<p>Có 45 kết quả</p><p>Tổng lượt truy cập: 4.478.472</p>"
            "<p>Đang online: 48</p><p>Hội nghị có 91 đại biểu tham dự</p>")
    assert sorted(printed_totals(doc(body))) == [18, 45, 1234]


def test_counts_beside_category_links():
    body = ('<ul><li class="cat-item"><a href="/category/tin/">Tin hoạt động</a> (19)</li>'
            '<li class="cat-item"><a href="/category/hoi/">Hội thành viên</a> (7)</li></ul>'
            '<ul><li><a href="/2026/10/">Tháng 10 2026 (5)</a></li><li><a href="/2026/09/">Tháng 9 (21)</a></li></ul>'
            '<ul><li><a href="/lien-he">Liên hệ</a></li></ul>')
    groups = link_counts(doc(body))
    assert [[n for _, n in g] for g in groups] == [[19, 7], [5, 21]]
    assert groups[0][0][0] == BASE + "/category/tin/"


@pytest.mark.parametrize("url, number", [
    ("http://h/NewsDetail.aspx?Id=1246", 1246),
    ("http://h/news/tin-hoat-dong/hoi-thao-khoa-hoc-1246.html", 1246),
    ("http://h/index.php/tin-tuc/9-tu-van/404-tu-van-phan-bien-du-an", 404),
    ("http://h/hoi-nghi-tong-ket-p94415.html", 94415),
    ("http://h/web/x/-/asset_publisher/Ab1/content/id/12466272", 12466272),
    ("http://h/index.php?option=com_content&view=article&id=283:alias&catid=9", 283),
    ("http://h/gioi-thieu/", None),
])
def test_url_ids(url, number):
    found = url_id(url)
    assert (found[1] if found else None) == number


def test_id_spaces_separate_news_from_documents_but_not_categories():
    news_a = url_id("http://h/news/tin-hoat-dong/hoi-thao-1246.html")[0]
    news_b = url_id("http://h/news/hoi-thanh-vien/dai-hoi-1250.html")[0]
    laws = url_id("http://h/laws/detail/kh-lhh-ke-hoach-270.html")[0]
    assert news_a == news_b and laws != news_a
