"""Who wrote the article and where it comes from, read off the page: signatures set apart
after the body, writers before posters, metadata that names a publisher or a host is not
a writer."""

from __future__ import annotations

import json

import lxml.html

from crawler import boilerplate
from crawler.credits import find_credits
from crawler.extract import extract

BODY = [
    "Sáng ngày 12/01, tại trụ sở các Hội đặc thù tỉnh, Ban Chấp hành Liên hiệp các Hội Khoa học "
    "và Kỹ thuật tỉnh tổ chức Hội nghị Tổng kết hoạt động năm 2022.",
    "Năm 2022, mặc dù có nhiều thuận lợi, khó khăn đan xen, nhưng Cơ quan Liên hiệp các Hội phấn "
    "đấu hoàn thành chỉ tiêu kế hoạch đề ra.",
    "Thảo luận tại hội nghị, các đại biểu đã đánh giá cao kết quả hoạt động của Cơ quan "
    "Liên hiệp Hội.",
]
ARTICLE = "".join(f"<p>{p}</p>" for p in BODY)


def page(head: str, body: str):
    return lxml.html.fromstring(f"<html><head><title>Liên hiệp Hội tỉnh</title>{head}</head>"
                                f"<body>{body}</body></html>")


def nukeviet(n: int, signature: str) -> str:
    body = "".join(f"<p>Bài {n}: {p}</p>" for p in BODY)
    return (f"<html><head><title>Bài {n} - Liên hiệp Hội</title></head><body>"
            f"<div class='panel'><h1>Hội nghị số {n} của Liên hiệp hội</h1>"
            f"<div id='news-bodyhtml'>{body}</div>"
            f"<div class='margin-bottom-lg'><p class='h5 text-right'>{signature}</p></div>"
            "</div></body></html>")


def test_a_staffer_signing_every_article_is_still_the_author():
    # the signature block repeats on every page: the template prunes it from the text,
    # and the author is read from the page as fetched
    template = boilerplate.SiteTemplate()
    for n in range(6):
        template.add(boilerplate.page_fingerprints(nukeviet(n, "Khánh Huyền")))
    art = extract(nukeviet(7, "Khánh Huyền"), template=template)
    assert art.author == "Khánh Huyền" and "Khánh Huyền" not in art.text
    assert extract(nukeviet(7, ""), template=template).author is None


def test_the_writer_signs_above_the_staffer_who_posted_it():
    lines = [*BODY, "Minh Thư", "Người cập nhật: Trần Minh Tuấn"]
    assert find_credits(page("", ARTICLE), lines) == (BODY, "Minh Thư", None)
    # with nobody signing, the poster is the author
    lines = [*BODY, "Người cập nhật: Trần Minh Tuấn - 12/01/2023 08:15"]
    assert find_credits(page("", ARTICLE), lines) == (BODY, "Trần Minh Tuấn", None)
    # a field naming the poster loses to the writer's signature right-aligned after the body
    doc = page("", f"<div class='meta'>Người đăng: Trần Minh Tuấn</div>{ARTICLE}"
                   "<p class='has-text-align-right'><strong>Minh Thư</strong></p>")
    assert find_credits(doc, BODY)[1] == "Minh Thư"


def test_metadata_naming_a_publisher_or_a_host_is_not_a_writer():
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "author": {"@type": "Organization", "name": "Ban Truyền thông Hội"}}
    doc = page(f"<script type='application/ld+json'>{json.dumps(data)}</script>"
               "<meta name='author' content='lhhnghean.org.vn'>", ARTICLE)
    assert find_credits(doc, BODY) == (BODY, None, None)
    # initials are a signature, not a host name
    assert find_credits(page("", ARTICLE + "<p align='right'><b>T.H</b></p>"),
                        [*BODY, "T.H"])[:2] == (BODY, "T.H")


def test_an_office_signs_and_a_source_closes():
    lines = [*BODY, "Văn phòng Liên hiệp hội", "Nguồn: Báo Nghệ An"]
    assert find_credits(page("", ARTICLE), lines) == (BODY, "Văn phòng Liên hiệp hội",
                                                      "Báo Nghệ An")


def test_a_byline_under_the_lead():
    lines = [BODY[0], "Bài và ảnh: Ngọc Lan", *BODY[1:]]
    assert find_credits(page("", ARTICLE), lines) == (BODY, "Ngọc Lan", None)


def test_a_multi_page_article_signs_at_the_end_of_its_last_page():
    first = page("", ARTICLE)
    last = page("", "<p>Phần tiếp theo của bài viết về hội nghị tổng kết năm 2022 của Liên"
                    " hiệp hội.</p><p style='text-align: right'><strong>Hải Yến</strong></p>")
    lines = [*BODY, "Phần tiếp theo của bài viết về hội nghị tổng kết năm 2022 của Liên hiệp hội."]
    assert find_credits(first, lines, [last])[1] == "Hải Yến"
    assert find_credits(first, lines)[1] is None
    # The last page's pager stands between its text and the signature.
    paged = page("", "<p>Phần tiếp theo của bài viết về hội nghị tổng kết năm 2022 của Liên"
                     " hiệp hội.</p><div class='article-pages'>Trang <a href='?page=1'>1</a>"
                     " <a href='?page=2'>2</a> <b>3</b></div>"
                     "<p class='author' style='text-align:right'><strong>Liên hiệp hội Ninh"
                     " Thuận</strong></p><div class='box'><h3>Xem thêm</h3></div>")
    assert find_credits(first, lines, [paged])[1] == "Liên hiệp hội Ninh Thuận"


def test_the_cms_header_line_names_who_posted_it_when_nobody_signs():
    # WordPress themes: "bởi <span class='author vcard'>…</span>" under the title
    wordpress = page("", "<article><header><span class='posted-on'>02/11/2026</span>"
                         "<span class='byline'> bởi <span class='author vcard'><a class='url fn n'"
                         " href='/author/ngoclan/'>Đỗ Thị Ngọc Lan</a></span></span></header>"
                         f"<div class='entry-content'>{ARTICLE}</div></article>")
    assert find_credits(wordpress, BODY)[1] == "Đỗ Thị Ngọc Lan"
    # Drupal: the article's own <footer>, "Gửi bởi X vào T7, 15/08/2026 - 21:00"
    drupal = page("", "<article><footer class='node__meta'><div class='node__submitted'>Gửi bởi "
                      "<span class='field--name-uid'><span>Nguyễn Thanh Tâm</span></span> vào "
                      "<span>T7, 15/08/2026 - 21:00</span></div></footer>"
                      f"<div class='node__content'>{ARTICLE}</div></article>"
                      "<footer><p>Vận hành bởi Drupal</p></footer>")
    assert find_credits(drupal, BODY)[1] == "Nguyễn Thanh Tâm"
    # an account is nobody, whatever follows it on the line (DotNetNuke's article header)
    dnn = page("", "<div class='articleAuthor'>Người đăng: Quản trị viên | Thứ tư, 17/09/2025"
                   f" 20:15 | Lượt xem: 999</div>{ARTICLE}")
    assert find_credits(dnn, BODY)[1] is None
    # "bởi" opening prose names nobody
    prose = page("", f"<div><p>bởi vì điều kiện thời tiết, hội nghị lùi lại</p>{ARTICLE}</div>")
    assert find_credits(prose, BODY)[1] is None


def test_a_signature_after_the_photos_and_their_captions_is_found():
    photo = ("<table class='ms-rteTable-default'><tbody><tr><td><img src='/a.jpg'></td></tr>"
             "<tr><td style='text-align:center'><em>Các đại biểu chụp ảnh lưu niệm</em></td></tr>"
             "</tbody></table>")
    lines = [*BODY, "Các đại biểu chụp ảnh lưu niệm"]
    sharepoint = page("", f"<div class='content'><div class='body'>{ARTICLE}{photo}</div>"
                          "<div class='tac-gia' style='text-align:right'><b>Hoàng Lâm</b></div>"
                          "</div>")
    assert find_credits(sharepoint, lines)[1] == "Hoàng Lâm"
    figures = "".join(f"<figure><img src='/{n}.jpg' alt='tm-img-alt'><figcaption>tm-img-alt"
                      f"</figcaption></figure><p class='img-caption' style='text-align:center'>"
                      f"<em>Ảnh {n}: Đại biểu thảo luận tại hội trường</em></p>" for n in (1, 2, 3))
    portal = page("", f"<div class='detail'>{ARTICLE}{figures}"
                      "<p style='text-align:right'><strong>Thu Hà</strong></p>"
                      "<div class='box-xemthem'><h3>Xem Thêm</h3></div></div>")
    assert find_credits(portal, BODY)[1] == "Thu Hà"
    # an office signs too: "Ban biên tập", set apart after the body
    board = page("", f"<div id='news-bodyhtml'>{ARTICLE}</div>"
                     "<p class='h5 text-right'><strong>Ban biên tập</strong></p>")
    kept, author, _ = find_credits(board, [*BODY, "Ban biên tập"])
    assert author == "Ban biên tập" and kept == BODY
