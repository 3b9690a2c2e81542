"""Extraction quality on the labelled association pages: every page, and floors that only rise.

The pages and their gold (tests/extraction/pages/<site>/NN.json) were written by hand
from the content, never by the extractor. Scoring is benchmarks/extraction.py's, so the
test and the benchmark measure the same thing. Raise a floor in
tests/extraction/floors.json when the extractor improves; never lower one.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from crawler import boilerplate
from crawler.discovery import next_page_url, parse_html
from crawler.extract import extract

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "tests" / "extraction" / "floors.json").read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()
PAGES = bench.load_eval()
IDS = [str(p.relative_to(bench.EVAL_DIR)) for p, _ in PAGES]


@pytest.fixture(scope="module")
def results():
    out, seconds = bench.run_lhh(PAGES)
    return out, bench.score_eval(out, PAGES, seconds)


def test_the_set_is_big_and_varied():
    assert len(PAGES) >= 78
    assert all("source" in g for _, g in PAGES)  # "no source" is a label too
    assert len({g["cms"] for _, g in PAGES}) >= 6
    assert all(sum(g["site"] == s for _, g in PAGES) >= 5 for s in {g["site"] for _, g in PAGES})


@pytest.mark.parametrize("page", range(len(PAGES)), ids=IDS)
def test_page(results, page):
    path, gold = PAGES[page]
    got = results[0][path]
    assert bench.leaks(got["text"], gold) == []
    assert bench.missing(got["text"], gold) == []
    assert bench.page_f1(got["text"], "\n\n".join(gold["paragraphs"])) >= FLOORS["page_f1_min"]
    assert got["title"] == gold["title"]
    assert (got["published"] or "")[:10] == gold["published"]


def test_floors(results):
    s = results[1]
    assert s["body_f1_mean"] >= FLOORS["body_f1_mean"]
    assert s["body_f1_min"] >= FLOORS["page_f1_min"]
    assert s["leak_rate"] <= FLOORS["leak_rate"]
    assert s["loss_rate"] <= FLOORS["loss_rate"]
    assert s["title_accuracy"] >= FLOORS["title_accuracy"]
    assert s["day_accuracy"] >= FLOORS["day_accuracy"]
    assert s["author_accuracy"] >= FLOORS["author_accuracy"]
    assert s["source_accuracy"] >= FLOORS["source_accuracy"]


def test_text_is_nfc_paragraphs(results):
    import unicodedata

    for text in (r["text"] for r in results[0].values()):
        assert unicodedata.is_normalized("NFC", text)
        assert "\n\n" in text and "\n\n\n" not in text


NOTICE = (
    '<div class="notice"><p>Trang thông tin đang chạy thử nghiệm, mọi ý kiến đóng góp xin gửi'
    " về Ban biên tập qua hộp thư điện tử của Liên hiệp hội.</p></div>"
)


def test_the_template_is_what_cleans_the_chrome():
    # A notice the site prints under every article, in plain text (no link list, no label
    # a word list would know): without a template it is read as the article's last
    # paragraph; with the site's template it goes. The learning does the work.
    site = [(p, g) for p, g in PAGES if g["site"] == "lhh-nghean"]

    def html(p):
        return p.with_suffix(".html").read_text(encoding="utf-8").replace(
            '<div class="margin-bottom-lg"><p class="h5 text-right">', NOTICE + '<div class="margin-bottom-lg"><p class="h5 text-right">'
        )

    path, gold = site[1]
    assert NOTICE in html(path)
    bare = extract(html(path), url=gold["url"])
    template = boilerplate.SiteTemplate()
    for p, _ in site:
        template.add(boilerplate.page_fingerprints(html(p)))
    learned = extract(html(path), url=gold["url"], template=template)
    assert "Trang thông tin đang chạy thử nghiệm" in bare.text
    assert "Trang thông tin đang chạy thử nghiệm" not in learned.text
    assert bench.missing(learned.text, gold) == []


def test_multi_page_article_is_joined_in_order():
    path, gold = next((p, g) for p, g in PAGES if len(g["pages"]) > 1 and g["cms"] == "joomla")
    first = path.with_suffix(".html").read_bytes()
    second = (path.parent / gold["pages"][1]).read_bytes()
    assert next_page_url(parse_html(first, gold["url"]), gold["url"]) == gold["url"] + "?start=1"
    assert next_page_url(parse_html(second, gold["url"]), gold["url"] + "?start=1") is None
    alone = extract(first, url=gold["url"])
    joined = extract(first, url=gold["url"], more_pages=[second])
    assert bench.missing(alone.text, gold) != []
    assert bench.missing(joined.text, gold) == []
    last = gold["paragraphs"][-1]
    assert joined.text.index(gold["paragraphs"][0][:40]) < joined.text.index(last[:40])


@pytest.mark.parametrize(
    ("line", "file_name"),
    [
        ("IMG 20170111 213706-1", True),
        ("IMG_20230112_081530.jpg", True),
        ("DSC01234", True),
        ("Hoi nghi TK LHH 2022.jpg", True),
        ("Image 2 Toàn cảnh hội nghị", False),
        ("Toàn cảnh Hội nghị", False),
    ],
)
def test_file_name_captions(line, file_name):
    from crawler.extract import FILE_NAME

    assert bool(FILE_NAME.match(line)) is file_name


def test_placeholder_alt_captions_go_descriptive_ones_stay():
    body = "".join(
        f"<p>Đoạn văn thứ {k} của bài viết về hội nghị tổng kết hoạt động của Liên hiệp Hội.</p>"
        for k in range(5)
    )
    html = (
        "<html><body><h1>Hội nghị tổng kết năm 2022</h1><div class='content'>"
        f"{body}<figure><img alt='anh tin bai'><figcaption>anh tin bai</figcaption></figure>"
        "<figure><img alt='Toàn cảnh'><figcaption>Toàn cảnh hội nghị tại tỉnh</figcaption>"
        f"</figure>{body}</div></body></html>"
    )
    text = extract(html).text
    assert "anh tin bai" not in text
    assert "Toàn cảnh hội nghị tại tỉnh" in text


@pytest.mark.parametrize(
    ("line", "junk"),
    [
        ("Trang: « 1 2 »", True),  # a multi-page article's pager
        ("[1] [2] Tiếp theo »", True),
        ("2021 1.240 58.300", False),  # a row of figures
        ("z4012345678912_8f3a", True),  # a chat app's file name as a caption
        ("20230112_081530", True),
        ("Năm 2023 có 12 hội thành viên", False),
        ("Hội nghị lần thứ 12", False),
    ],
)
def test_pager_and_machine_named_lines(line, junk):
    from crawler.extract import _junk_line

    assert _junk_line(line, set(), True) is junk


def test_a_kicker_above_the_heading_is_not_the_text():
    run = ("Liên hiệp hội tỉnh tổ chức hội thảo khoa học về chuyển đổi số trong nông nghiệp,"
           " thu hút đông đảo các nhà khoa học và doanh nghiệp tham dự.")
    body = f"<p>{run}</p><p>{run} Lần hai.</p><p>{run} Lần ba.</p>"
    heading = "<span class='title'>Hội thảo chuyển đổi số trong nông nghiệp</span>"
    ready = boilerplate.SiteTemplate(pages_seen=5)  # trafilatura reads for recall then
    # the kicker on the heading's line, and on a line of its own above the article's block
    for head in (f"<div class='head'><span>Khuyến nông</span> {heading}</div>",
                 f"<div class='head'><span>Khuyến nông</span><br>{heading}</div>"):
        html = f"<html><body><div class='asset'>{head}<div>{body}</div></div></body></html>"
        text = extract(html, template=ready).text
        assert text.startswith("Liên hiệp hội tỉnh") and "Khuyến nông" not in text
