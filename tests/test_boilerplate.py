"""Site template learning: what repeats across a site's pages is pruned, the article stays."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from crawler import boilerplate
from crawler.boilerplate import READY_PAGES, SiteTemplate, page_fingerprints, prune


def page(n: int, body: str, *, visitors: int, related: list[str]) -> str:
    items = "".join(f"<li><a href='/t/{i}'>{t}</a></li>" for i, t in enumerate(related))
    return f"""<html><head><title>Liên hiệp Hội</title></head><body>
<div id="header"><ul class="menu"><li class="active"><a href="/">Trang chủ</a></li>
<li><a href="/gt">Giới thiệu</a></li></ul></div>
<div id="main"><h1 class="title">Hội thảo {TOPICS[n % len(TOPICS)]}</h1>
<div class="content">{body}</div>
<div class="related"><h3>Tin liên quan</h3><ul>{items}</ul></div></div>
<div id="side"><div class="counter"><p>Truy cập hôm nay: {visitors}</p>
<p>Tổng lượt truy cập: {visitors * 97:,}</p></div></div>
<div id="footer">Địa chỉ: số 1 đường Lê Lợi</div></body></html>"""


TOPICS = [
    "nông nghiệp",
    "y tế",
    "giáo dục",
    "môi trường",
    "năng lượng",
    "thủy sản",
    "du lịch",
    "chuyển đổi số",
    "dược liệu",
    "khí hậu",
]
BODIES = [
    "".join(
        f"<p>Đoạn {k} của bài {n}: hội viên thảo luận về chủ đề thứ {n} với nhiều ý kiến mới.</p>"
        for k in range(4)
    )
    for n in range(8)
]


def site_pages():
    return [
        page(
            n,
            BODIES[n],
            visitors=100 + 37 * n,
            related=[f"Tin {n + i} về hội thảo" for i in range(3)],
        )
        for n in range(8)
    ]


def learned(pages) -> SiteTemplate:
    t = SiteTemplate()
    for html in pages:
        t.add(page_fingerprints(html))
    return t


def test_counters_with_changing_numbers_fingerprint_alike():
    a = page(1, BODIES[1], visitors=122, related=["A"])
    b = page(1, BODIES[1], visitors=4345, related=["A"])
    assert page_fingerprints(a) == page_fingerprints(b)
    c = page(1, BODIES[1], visitors=4345, related=["Khác hẳn"])
    assert page_fingerprints(a) != page_fingerprints(c)


def test_ready_after_enough_pages():
    t = SiteTemplate()
    for html in site_pages()[: READY_PAGES - 1]:
        t.add(page_fingerprints(html))
    assert not t.ready
    t.add(page_fingerprints(site_pages()[READY_PAGES]))
    assert t.ready and t.pages_seen == READY_PAGES


def text_after_prune(html: str, template) -> str:
    tree = boilerplate.parse(html)
    prune(tree, template)
    return " ".join(" ".join(tree.itertext()).split())


def test_prune_removes_chrome_and_keeps_the_article():
    pages = site_pages()
    t = learned(pages)
    fresh = page(
        9, BODIES[7].replace("bài 7", "bài 9"), visitors=5, related=["Tin mới toanh", "Khác"]
    )
    text = text_after_prune(fresh, t)
    for chrome in (
        "Trang chủ",
        "Truy cập hôm nay",
        "Tổng lượt truy cập",
        "Tin liên quan",
        "Tin mới toanh",
        "Địa chỉ",
    ):
        assert chrome not in text
    assert "Hội thảo khí hậu" in text
    for k in range(4):
        assert f"Đoạn {k} của bài 9" in text
    # not ready: nothing is pruned
    assert "Truy cập hôm nay" in text_after_prune(fresh, learned(pages[:2]))


def test_an_article_seen_twice_is_not_boilerplate():
    # the same article under two URLs (print view, tracking query) must keep its text
    pages = site_pages() + [site_pages()[3]] * 3
    text = text_after_prune(site_pages()[3], learned(pages))
    for k in range(4):
        assert f"Đoạn {k} của bài 3" in text


def test_json_round_trip_is_bounded_and_picklable():
    t = learned(site_pages())
    back = SiteTemplate.from_json(t.to_json())
    assert back.pages_seen == t.pages_seen and back.ready
    html = page(9, BODIES[0], visitors=1, related=["x"])
    assert text_after_prune(html, back) == text_after_prune(html, t)
    assert pickle.loads(pickle.dumps(back)).counts == back.counts
    pickle.dumps(page_fingerprints(html))
    # many pages of unique text: the template stays bounded
    big = SiteTemplate()
    for n in range(300):
        big.add(frozenset(range(n * 100, n * 100 + 100)) | {1, 2, 3})
    assert len(big.counts) <= 4 * boilerplate.MAX_KEYS
    assert len(big.to_json()) < 200_000
    assert SiteTemplate.from_json("{}").pages_seen == 0
    # the JSON is cached between adds, never stale after one
    before = t.to_json()
    t.add(page_fingerprints(html))
    assert SiteTemplate.from_json(t.to_json()).pages_seen == back.pages_seen + 1 != 0
    assert t.to_json() != before


@given(st.text(max_size=60), st.integers(0, 10**9))
def test_masking_ignores_numbers(text, number):
    assert boilerplate._mask(f"{text} {number}") == boilerplate._mask(f"{text} {number + 1}")


def test_fingerprints_accept_a_parsed_tree():
    html = site_pages()[0]
    assert page_fingerprints(etree.fromstring(html, etree.HTMLParser())) == page_fingerprints(html)


def test_pathological_nesting_is_survived():
    deep = "<div>" * 3000 + "<p>Nội dung rất sâu của một trang lỗi.</p>" + "</div>" * 3000
    html = f"<html><body>{deep}</body></html>"
    t = learned(site_pages())
    page_fingerprints(html)  # no exception
    prune(boilerplate.parse(html), t)


def test_a_sentence_the_site_prints_in_every_article_goes_but_not_its_articles():
    # a notice closes every article inside the article's own block: a sentence, but the
    # site's; the articles' own sentences (here alike but for their numbers) stay
    notice = "<p><i>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</i></p>"
    pages = [page(n, BODIES[n] + notice, visitors=100 + n, related=["A"]) for n in range(8)]
    t = learned(pages)
    text = text_after_prune(pages[3], t)
    assert "Ghi rõ nguồn" not in text
    assert all(f"Đoạn {k} của bài 3" in text for k in range(4))
    # a sentence three articles share (a quote, a standard paragraph) is theirs
    shared = [page(n, BODIES[n] + (notice if n < 3 else ""), visitors=100 + n, related=["A"])
              for n in range(8)]
    assert "Ghi rõ nguồn" in text_after_prune(shared[1], learned(shared))
