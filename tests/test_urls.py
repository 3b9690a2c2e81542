import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.urls import canonical_url, on_site, skip_reason, url_shape


@pytest.mark.parametrize(
    "raw, canonical",
    [
        ("HTTP://Example.VN:80/a/b.html#top", "http://example.vn/a/b.html"),
        ("https://x.vn:443/p?utm_source=fb&id=3&fbclid=zz", "https://x.vn/p?id=3"),
        ("http://x.vn/news;jsessionid=ABC123/item?id=4", "http://x.vn/news/item?id=4"),
        ("http://x.vn/2023/01/bai/?replytocom=55", "http://x.vn/2023/01/bai/"),
        ("http://x.vn/index.php", "http://x.vn/index.php"),
        ("http://x.vn/News/tabid/95/Default.aspx", "http://x.vn/News/tabid/95/Default.aspx"),
        ("http://x.vn/tin-tuc/index.html", "http://x.vn/tin-tuc/index.html"),
        ("http://x.vn/index.php?option=com_content&id=5", "http://x.vn/index.php?option=com_content&id=5"),
        ("http://x.vn:8080/a", "http://x.vn:8080/a"),
        ("http://x.vn/tin tức/hội-thảo.html", "http://x.vn/tin%20t%E1%BB%A9c/h%E1%BB%99i-th%E1%BA%A3o.html"),
    ],
)
def test_canonical_url(raw, canonical):
    assert canonical_url(raw) == canonical


def test_canonical_url_rejects_non_http():
    assert canonical_url("mailto:a@b.vn") is None
    assert canonical_url("javascript:__doPostBack('a','')") is None
    assert canonical_url("/a", base="http://x.vn/b/") == "http://x.vn/a"


@given(st.from_regex(r"https?://[a-z]{1,8}\.vn(:[0-9]{2,4})?(/[a-zA-Z0-9%ộđ._-]{0,12}){0,4}(\?[a-z_]{1,6}=[a-z0-9]{0,4}(&[a-z_]{1,6}=[0-9]{0,3}){0,2})?(#[a-z]{0,3})?", fullmatch=True))
def test_canonical_url_is_idempotent(url):
    once = canonical_url(url)
    assert once is not None and canonical_url(once) == once


def test_same_site_ignores_www_but_not_port_or_host():
    home = "http://www.lhh.vn/"
    assert on_site("http://lhh.vn/a", home)
    assert on_site("https://www.lhh.vn/a", home)
    assert not on_site("http://other.vn/a", home)
    assert not on_site("http://lhh.vn:8080/a", home)
    assert on_site("http://cdn.lhh.vn/a", home, ("cdn.lhh.vn",))


@pytest.mark.parametrize(
    "url, reason",
    [
        ("http://x.vn/images/tailieu/baocao.pdf", "file"),
        ("http://x.vn/uploads/IMG_2023.JPG", "file"),
        ("http://x.vn/news/print/bai-viet-12.html", "not-content"),
        ("http://x.vn/index.php?option=com_content&id=5&tmpl=component&print=1", "not-content"),
        ("http://x.vn/?s=hoi+thao", "not-content"),
        ("http://x.vn/search/?q=a", "not-content"),
        ("http://x.vn/wp-login.php", "not-content"),
        ("http://x.vn/news/tin-tuc/hoi-nghi-in-an-12.html", None),
        ("http://x.vn/NewsDetail.aspx?Id=12", None),
    ],
)
def test_skip_reason(url, reason):
    assert skip_reason(url) == reason


def test_url_shape_groups_pages_of_a_kind():
    a = url_shape("http://x.vn/news/tin-tuc/hoi-nghi-tong-ket-2022-123.html")
    b = url_shape("http://x.vn/news/tin-tuc/dai-hoi-hoi-nong-hoc-456.html")
    assert a == b
    assert url_shape("http://x.vn/NewsDetail.aspx?Id=3") == url_shape("http://x.vn/NewsDetail.aspx?Id=44")
    assert url_shape("http://x.vn/lich/2023/01/") == url_shape("http://x.vn/lich/2024/12/")
    assert url_shape("http://x.vn/gioi-thieu.html") != a


def test_two_spellings_of_one_page_share_a_key_but_keep_their_own_order():
    from crawler.urls import same_page_key

    a = canonical_url("http://x.vn/Pages/tin.aspx?TopicID=18&NewsID=332")
    b = canonical_url("http://x.vn/Pages/tin.aspx?NewsID=332&TopicID=18")
    assert a != b and same_page_key(a) == same_page_key(b)
    assert same_page_key(canonical_url("http://x.vn/Pages/tin.aspx?NewsID=333&TopicID=18")) \
        != same_page_key(a)


def test_an_article_raw_and_friendly_urls_share_their_id_alias():
    from crawler.urls import item_key

    raw = "http://x.vn/index.php?option=com_content&view=article&id=435:ung-dung-bo-dieu-khien-den&catid=22"
    friendly = "http://x.vn/index.php/tin-tuc/hoi-vien/435-ung-dung-bo-dieu-khien-den-chieu-sang.html"
    assert item_key(raw) == item_key(friendly) == ("435", "ung-dung-bo")
    assert item_key("http://x.vn/tin-tuc/436-ung-dung-bo-dieu-khien/") != item_key(raw)
    assert item_key("http://x.vn/index.php/tin-tuc/435-ung-dung-khac-han/") != item_key(raw)
    # A number alone, or a slug without a number of its own, names no article this way.
    assert item_key("http://x.vn/NewsDetail.aspx?Id=1246") is None
    assert item_key("http://x.vn/news/hoi-thao-khoa-hoc-1246.html") is None
    assert item_key("http://x.vn/2026/11/") is None
