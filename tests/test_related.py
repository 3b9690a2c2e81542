"""Links to the site's other articles inside a page: related lists, "Xem thêm" lines and
teasers go, wherever they sit; the article's own sentences and links stay."""

from __future__ import annotations

from crawler import boilerplate, related

URL = "http://lhh.example.vn/tin/hoi-thao-chuyen-doi-so.html"
BODY = "".join(
    f"<p>Đoạn {k}: Liên hiệp hội tỉnh tổ chức hội thảo khoa học về chuyển đổi số trong nông"
    " nghiệp, thu hút đông đảo các nhà khoa học và doanh nghiệp tham dự.</p>"
    for k in range(4)
)
TITLES = [
    "Hội Y học tổ chức tập huấn sơ cấp cứu cho hội viên",
    "Tọa đàm phát triển sản phẩm OCOP gắn với khoa học công nghệ",
    "Lễ trao giải Hội thi Sáng tạo Kỹ thuật tỉnh lần thứ XII",
]
OPENINGS = [
    "Sáng 12/3, Hội Y học tỉnh mở lớp tập huấn sơ cấp cứu cho 80 hội viên.",
    "Chiều 5/6, các nhà khoa học và doanh nghiệp bàn về sản phẩm OCOP.",
    "Tối 20/11, Ban tổ chức trao 24 giải cho các tác giả có giải pháp xuất sắc.",
]


def text_after(body: str, url: str = URL) -> str:
    tree = boilerplate.parse(f"<html><body><h1>Hội thảo chuyển đổi số</h1>"
                             f"<div class='noidung'>{body}</div></body></html>")
    core = tree.xpath("//div[@class='noidung']")[0]
    related.remove(tree, url, [core])
    return " ".join(" ".join(tree.itertext()).split())


def test_a_dated_list_of_titles_goes_with_its_heading():
    items = "".join(f"<li><a href='/tin/{k}.html'>{t}</a> <i>(0{k + 1}/02/2023)</i></li>"
                    for k, t in enumerate(TITLES))
    text = text_after(BODY + f"<p><b>Tin liên quan</b></p><ul>{items}</ul>")
    assert all(t not in text for t in TITLES) and "Tin liên quan" not in text
    assert "Đoạn 3" in text


def test_a_teaser_group_inside_the_body_goes_titles_and_sentences():
    teasers = "".join(f"<div class='item'><h4><a href='/tin/{k}.html'>{t}</a></h4><p>{s}</p></div>"
                      for k, (t, s) in enumerate(zip(TITLES, OPENINGS, strict=True)))
    text = text_after(BODY + f"<div class='group'>{teasers}</div>")
    assert all(s not in text for s in OPENINGS) and all(t not in text for t in TITLES)
    assert "Đoạn 0" in text and "Đoạn 3" in text


def test_a_flat_run_of_title_and_sentence_pairs_goes():
    pairs = "".join(f"<p><a href='/tin/{k}.html'><b>{t}</b></a></p><p>{s}</p>"
                    for k, (t, s) in enumerate(zip(TITLES, OPENINGS, strict=True)))
    text = text_after(BODY + pairs)
    assert all(s not in text for s in OPENINGS)
    assert "Đoạn 3" in text


def test_xem_them_line_goes_the_paragraph_after_it_stays():
    line = f"<p><strong>Xem thêm:</strong> <a href='/tin/1.html'>{TITLES[0]}</a></p>"
    text = text_after(BODY.replace("</p>", "</p>" + line, 1))
    assert TITLES[0] not in text and "Xem thêm" not in text
    assert all(f"Đoạn {k}" in text for k in range(4))


def test_the_articles_own_links_and_attachments_stay():
    body = BODY + (
        "<p>Theo <a href='/tin/1.html'>kế hoạch của Liên hiệp hội</a>, hội thảo sẽ được tổ chức"
        " định kỳ hằng năm với sự tham gia của các hội thành viên.</p>"
        "<p><a href='/files/ke-hoach-to-chuc-hoi-thao-2023.pdf'>Kế hoạch tổ chức hội thảo năm"
        " 2023</a></p>"
        "<p><a href='http://baonghean.vn/bai-viet-khac.html'>Bài viết trên Báo Nghệ An về"
        " hội thảo</a></p>"
        f"<p><a href='{URL}'>Hội thảo chuyển đổi số trong nông nghiệp (bản in)</a></p>"
    )
    text = text_after(body)
    for kept in ("kế hoạch của Liên hiệp hội", "Kế hoạch tổ chức hội thảo năm 2023",
                 "Bài viết trên Báo Nghệ An", "(bản in)"):
        assert kept in text


def test_a_pager_is_not_a_link_line():
    body = BODY + "<p>Trang: <a href='?trang=1'>1</a> <a href='?trang=2'>2</a></p>"
    assert "Trang:" in text_after(body)  # short labels, not titles: the junk filter's job
