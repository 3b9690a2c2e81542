"""Readers' comment areas, by the names CMSs give them, are not article text."""

from __future__ import annotations

import lxml.html

from crawler import comments
from crawler.extract import extract

BODY = "".join(
    f"<p>Đoạn {i}: Liên hiệp Hội tỉnh phối hợp với địa phương tổ chức tập huấn kỹ thuật cho "
    f"hội viên, nông dân trên địa bàn, với sự tham gia của các chuyên gia đầu ngành.</p>"
    for i in range(5))


def drupal(comment: str) -> str:
    return ("<html><head><title>Hiệu quả từ mô hình lò đốt trấu</title></head><body>"
            "<article class='node'><h1>Hiệu quả từ mô hình lò đốt trấu</h1>"
            f"<div class='node__content'>{BODY}</div>{comment}</article></body></html>")


def test_a_drupal_comment_section_and_its_login_notice_are_dropped():
    section = ("<section class='field field--name-comment field--type-comment comment-wrapper'>"
               "<h2>Bình luận</h2><ul class='links inline'><li class='comment-forbidden'>"
               "<a href='/user/login'>Đăng nhập</a> để gửi ý kiến</li></ul></section>")
    art = extract(drupal(section))
    assert "Đăng nhập" not in art.text and "Đoạn 4" in art.text


def test_comment_areas_named_otherwise_go_but_never_the_article():
    for name in ("class='comments-area'", "id='respond'", "class='fb-comments'",
                 "class='box binh-luan'", "id='ykienbandoc'"):
        art = extract(drupal(f"<div {name}><p>Nguyễn Văn B: Bài viết rất hay, cảm ơn Ban "
                             "biên tập đã chia sẻ những thông tin bổ ích cho bà con.</p></div>"))
        assert "Bài viết rất hay" not in art.text and "Đoạn 0" in art.text, name
    # a theme that names the article's own wrapper "comments-enabled" loses nothing, and
    # an area that holds the article (a layout mistake) is kept
    page = lxml.html.fromstring(f"<html><body><div id='comments'><h1>Tiêu đề</h1>"
                                f"<div class='comments-enabled'>{BODY}</div></div></body></html>")
    heading = page.find(".//h1")
    assert comments.comment_areas(page, keep=(heading,)) == []
