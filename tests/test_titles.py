"""The article's title: what <title> names, else the heading above the text, never a
heading the site prints on every page; bold type where there is no heading."""

from __future__ import annotations

from crawler import boilerplate
from crawler.titles import title_element

RUN = ("Liên hiệp hội tỉnh tổ chức hội thảo khoa học về chuyển đổi số trong nông nghiệp,"
       " thu hút đông đảo các nhà khoa học và doanh nghiệp tham dự.")
TITLES = ["Hội thảo chuyển đổi số trong nông nghiệp", "Tập huấn kỹ thuật trồng cây ăn quả",
          "Tọa đàm vai trò của trí thức", "Lễ tổng kết Hội thi Sáng tạo Kỹ thuật",
          "Hội nghị giao ban các hội thành viên"]


def portal(title: str, k: int) -> str:
    # every page: the site's name in an <h1>, a column heading with a "title" class, and
    # the article's heading in bold type only; <title> is the site's name
    return (f"<html><head><title>LIÊN HIỆP HỘI TỈNH</title></head><body>"
            "<h1>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh</h1>"
            "<table><tr><td class='title_cat'>TIN TỨC - SỰ KIỆN</td></tr>"
            f"<tr><td><font size='4'><b>{title}</b></font></td></tr>"
            f"<tr><td class='noidung'>{RUN} {k}<br><br>{RUN}<br><br>{RUN}</td></tr></table>"
            "</body></html>")


def found(html: str, template=None):
    tree = boilerplate.parse(html)
    return title_element(tree, boilerplate.core_block(tree), template)[0]


def test_a_heading_on_every_page_of_the_site_is_not_the_title():
    template = boilerplate.SiteTemplate()
    for k, t in enumerate(TITLES):
        template.add(boilerplate.page_fingerprints(portal(t, k)))
    page = portal("Hội thảo bảo tồn nguồn gen cây dược liệu", 9)
    assert found(page, template) == "Hội thảo bảo tồn nguồn gen cây dược liệu"
    # a site's first pages: no template yet, the column heading stands in
    assert found(page) == "TIN TỨC - SỰ KIỆN"


def test_a_heading_inside_the_text_block_above_the_text():
    page = ("<html><head><title>Cổng thông tin</title></head><body><h2>Tin hoạt động</h2>"
            "<div class='journal-content-article'><h3>Hội thảo chuyển đổi số năm 2023</h3>"
            f"<p>{RUN}</p><p>{RUN}</p><p>{RUN}</p></div></body></html>")
    assert found(page) == "Hội thảo chuyển đổi số năm 2023"


def test_the_logo_links_home_and_is_never_the_title():
    page = ("<html><head><title>Liên hiệp Hội</title></head><body>"
            "<h1><a href='/'>Liên hiệp các Hội Khoa học và Kỹ thuật</a></h1>"
            f"<div><h2>Tập huấn kỹ thuật trồng cây ăn quả</h2><p>{RUN}</p><p>{RUN}</p></div>"
            "</body></html>")
    assert found(page) == "Tập huấn kỹ thuật trồng cây ăn quả"
