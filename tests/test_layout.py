"""Layouts rewritten into paragraphs: text run into a cell between <br>s, bare <div>s,
tables of data and tables of layout; no word lost or added."""

from __future__ import annotations

from crawler import boilerplate, layout
from crawler.extract import extract

RUN = ("Liên hiệp hội tỉnh tổ chức hội thảo khoa học về chuyển đổi số trong nông nghiệp,"
       " thu hút đông đảo các nhà khoa học và doanh nghiệp tham dự")


def words(el) -> list[str]:
    return " ".join(el.itertext()).split()


def test_text_run_between_brs_and_after_an_image_block_becomes_paragraphs():
    html = (f"<html><body><table><tr><td id='c'><font face='Arial'><b>Mở đầu: {RUN}.</b><br><br>"
            f"<div align='center'><img src='a.jpg'><br><i>Quang cảnh hội thảo</i></div>"
            f"Sau ảnh: {RUN}.<br><br>Đoạn cuối: {RUN}.<br><br></font></td></tr></table>"
            "</body></html>")
    tree = boilerplate.parse(html)
    cell = tree.xpath("//td[@id='c']")[0]
    before = words(cell)
    layout.wrap_loose_text(cell)
    assert words(cell) == before  # nothing lost, nothing added
    paragraphs = ["".join(p.itertext()) for p in cell.iter("p")]
    assert any(p.startswith("Sau ảnh:") for p in paragraphs)
    assert any(p.startswith("Đoạn cuối:") for p in paragraphs)
    # and extraction keeps the run that follows the image (trafilatura alone drops it)
    assert "Sau ảnh:" in extract(html).text


def test_a_table_of_figures_is_one_line_per_row_and_keeps_its_numbers():
    rows = [("TT", "Đơn vị", "Số hội viên"), ("1", "Chi hội xã Quảng Tâm", "45"),
            ("2", "Chi hội phường Đông Vệ", "38")]
    table = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in rows)
    html = (f"<html><body><h1>Báo cáo</h1><div><p>{RUN}.</p><table border='1'>{table}</table>"
            f"<p>Kết thúc: {RUN}.</p></div></body></html>")
    lines = extract(html).text.split("\n\n")
    for r in rows:
        assert " ".join(r) in lines


def test_a_layout_table_is_not_a_table_of_figures():
    html = (f"<html><body><table><tr><td>Trang chủ</td><td><p>{RUN}, lần một.</p>"
            f"<p>{RUN}, lần hai.</p></td></tr></table></body></html>")
    tree = boilerplate.parse(html)
    layout.flatten_data_tables(tree)
    assert tree.xpath("//table") and len(tree.xpath("//td//p")) == 2


def test_paragraphise_turns_bare_divs_into_paragraphs_and_keeps_blocks():
    tree = boilerplate.parse(f"<html><body><div id='c'><div>{RUN}.</div><div><p>{RUN}.</p>"
                             "</div></div></body></html>")
    core = tree.xpath("//div[@id='c']")[0]
    layout.paragraphise(core)
    assert [el.tag for el in core] == ["p", "div"]
