"""The Vietnamese date layer: day-first strings, metadata in +07:00, the article's own date."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta, timezone

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.dates import find_published, parse_date_text, parse_iso

VN = timezone(timedelta(hours=7))


def at(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=VN)


# -- one string ----------------------------------------------------------------------------

STRINGS = [
    ("Thứ ba - 10/01/2023 22:33", at(2023, 1, 10, 22, 33)),
    ("Thứ ba - 10/01/2023 22:33 21 0", at(2023, 1, 10, 22, 33)),
    ("Thứ ba, 03/01/2023 14:23 (GMT+7)", at(2023, 1, 3, 14, 23)),
    ("Thứ sáu, 25/02/2005 22:45 (GMT+7)", at(2005, 2, 25, 22, 45)),
    ("(Đăng lúc: 29/02/2020 03:41:14 PM)", at(2020, 2, 29, 15, 41, 14)),
    ("(Đăng lúc: 13/05/2022 07:44:58 AM)", at(2022, 5, 13, 7, 44, 58)),
    ("30/12/2019 9:12 SA 278 lượt xem", at(2019, 12, 30, 9, 12)),
    ("19/12/2019 1:39 CH 623 lượt xem", at(2019, 12, 19, 13, 39)),
    ("19/12/2019 12:05 SA", at(2019, 12, 19, 0, 5)),
    ("19/12/2019 12:05 CH", at(2019, 12, 19, 12, 5)),
    ("Ngày đăng: 05/06/2021", date(2021, 6, 5)),
    ("Cập nhật lúc 08:15 ngày 12/3/2022", at(2022, 3, 12, 8, 15)),
    ("Cập nhật lúc:   15:05:57 - 22/04/2020", at(2020, 4, 22, 15, 5, 57)),
    ("16:05 30/12/2019", at(2019, 12, 30, 16, 5)),
    ("Posted at: MONday - 24/09/2018 18:08 - post name: Cộng tác viên", at(2018, 9, 24, 18, 8)),
    ("2018-11-19 11:04", at(2018, 11, 19, 11, 4)),
    ("ngày 12 tháng 01 năm 2023", date(2023, 1, 12)),
    ("NGÀY 5 THÁNG 2 NĂM 2023", date(2023, 2, 5)),
    ("Ngày đăng: 11 Tháng 07 2020", date(2020, 7, 11)),
    ("12-01-2023", date(2023, 1, 12)),
    ("12.01.2023", date(2023, 1, 12)),
    ("Chủ nhật, 5/2/2023", date(2023, 2, 5)),
    ("Banner Ngày 4/2/2023", date(2023, 2, 4)),
    ("Thông báo về Cuộc thi ( 17/11/2022 )", date(2022, 11, 17)),
    ("...năm 2020   20/7/2020", date(2020, 7, 20)),
    ("• 11/11/2015 • 565 lượt đọc", date(2015, 11, 11)),
    ("Ngày đưa tin 20/5/2009Sáng nay, tại hội trường", date(2009, 5, 20)),
    ("02/12/2019 09:55:04 GMT+7", at(2019, 12, 2, 9, 55, 4)),
    ("Thứ bảy, 20/07/2019 04:36:50 PM", at(2019, 7, 20, 16, 36, 50)),
    ("14h30 ngày 12/01/2023", at(2023, 1, 12, 14, 30)),
    ("12/01/2023 lúc 14h30", at(2023, 1, 12, 14, 30)),
    ("10/01/2023 22:33 (GMT+0)", at(2023, 1, 11, 5, 33)),  # 22:33 UTC is 05:33 next day in VN
    ("Tờ trình số 01/TTr-ĐĐLHH, ngày 16/8/2016 gởi Thường trực", date(2016, 8, 16)),
    ("January 10, 2023", date(2023, 1, 10)),
    ("Posted 10 Jan 2023 08:00", at(2023, 1, 10, 8, 0)),
    ("Ngày 12 tha\u0301ng 1 năm 2023", date(2023, 1, 12)),  # decomposed (NFD) Vietnamese
    ("Hội nghị 12/01/2023 và 15/01/2023", date(2023, 1, 12)),  # the first one
]


@pytest.mark.parametrize("text,expected", STRINGS)
def test_parse_date_text(text, expected):
    got = parse_date_text(text)
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(got, datetime):
        assert got.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize("text", [
    "31/02/2023", "29/02/2021", "12/13/2023", "00/01/2023", "2021-2030", "nhiệm kỳ 2017-2022",
    "1.234.567 đồng", "Lượt truy cập: 3994514", "Sáng ngày 12/01", "năm 2022", "", "   ",
    "ngày 32 tháng 1 năm 2023", "12/01/23", "Tổng lượt truy cập : 4,345",
])
def test_parse_date_text_rejects(text):
    assert parse_date_text(text) is None


def test_day_first_always():
    # 03/01/2023 is 3 January, and 01/03 March 1st: never month first
    assert parse_date_text("03/01/2023") == date(2023, 1, 3)
    assert parse_date_text("01/03/2023") == date(2023, 3, 1)


def test_time_too_far_or_invalid_is_dropped():
    assert parse_date_text("10/01/2023 25:61") == date(2023, 1, 10)
    assert parse_date_text("10/01/2023, 278 lượt xem, cập nhật 22:33") == date(2023, 1, 10)


@pytest.mark.parametrize("value,expected", [
    ("2023-01-10T18:30:00Z", at(2023, 1, 11, 1, 30)),  # late evening UTC is the next day in VN
    ("2023-01-10T18:30:00+00:00", at(2023, 1, 11, 1, 30)),
    ("2023-01-10T22:33:00+07:00", at(2023, 1, 10, 22, 33)),
    ("2018-01-01EDT07:00:00+0700", at(2018, 1, 1, 7, 0)),  # NukeViet's PHP 'T' = zone name
    ("2023-01-10 22:33:00", at(2023, 1, 10, 22, 33)),  # no offset: Vietnam time
    ("2023-01-10T22:33:00.123+07:00", at(2023, 1, 10, 22, 33)),
    ("2023-01-10", date(2023, 1, 10)),
    ("10/01/2023", date(2023, 1, 10)),
    ("2023-02-30", None),
    ("not a date", None),
])
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


FORMATS = [
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day}-{d.month}-{d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
    lambda d: f"Thứ hai, {d.day:02d}/{d.month:02d}/{d.year} (GMT+7)",
    lambda d: f"(Đăng lúc: {d.day}/{d.month}/{d.year})",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(FORMATS))
def test_round_trip_day_first(day, fmt):
    assert parse_date_text(fmt(day)) == day


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
       st.integers(0, 23), st.integers(0, 59), st.sampled_from(["", " (GMT+7)", " - 21 0"]))
def test_round_trip_with_time(day, hour, minute, suffix):
    text = f"Thứ ba - {day.day:02d}/{day.month:02d}/{day.year} {hour:02d}:{minute:02d}{suffix}"
    assert parse_date_text(text) == at(day.year, day.month, day.day, hour, minute)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
       st.integers(1, 12), st.integers(0, 59), st.sampled_from(["SA", "CH", "AM", "PM"]))
def test_round_trip_twelve_hour(day, hour, minute, marker):
    text = f"{day.day}/{day.month}/{day.year} {hour}:{minute:02d} {marker}"
    want = hour % 12 + (12 if marker in ("CH", "PM") else 0)
    assert parse_date_text(text) == at(day.year, day.month, day.day, want, minute)


@settings(max_examples=300)
@given(st.text())
def test_parse_never_raises(text):
    got = parse_date_text(text)
    assert got is None or isinstance(got, date)


# -- a whole page ----------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    """Today is 23 November 2026 (a site clock in a header shows this date)."""
    monkeypatch.setenv("LHH_NOW", "2026-11-23T09:00:00+07:00")


def page(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        f"<html><head><meta charset='utf-8'><title>Liên hiệp Hội</title>{head}</head>"
        f"<body>{body}</body></html>")


BODY = ("<p>Sáng ngày 12/01/2023, tại trụ sở các Hội đặc thù tỉnh, Ban Chấp hành Liên hiệp các "
        "Hội Khoa học và Kỹ thuật tỉnh tổ chức Hội nghị Tổng kết hoạt động năm 2022.</p>"
        "<p>Năm 2022, mặc dù có nhiều thuận lợi, khó khăn đan xen, nhưng Cơ quan Liên hiệp Hội "
        "phấn đấu hoàn thành chỉ tiêu kế hoạch đề ra trong nhiệm kỳ 2017-2022.</p>")
TEASERS = "".join(
    f"<li><a href='/tin-{i}.html'>Hội thảo khoa học số {i}</a> "
    f"<span>({i + 1:02d}/0{i % 9 + 1}/2022)"
    "</span></li>" for i in range(6))
TITLE = "Hội nghị Tổng kết hoạt động năm 2022"

# Sóc Trăng (ASP.NET, table layout): a site clock and a ticker above the article
SOCTRANG = f"""
<table><tr><td class="ngayhientai">Banner Ngày 4/2/2023</td>
<td><marquee><a href="/tb.aspx">Thông báo về việc triển khai Cuộc thi Sáng tạo</a>
 ( 17/11/2022 )</marquee></td></tr></table>
<table><tr><td class="left"><ul class="menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/gt">Giới thiệu</a></li></ul></td>
<td><table><tr><td class="tieude">{TITLE}</td></tr>
<tr><td><span class="ngaydang">Cập nhật: 13/01/2023</span></td></tr>
<tr><td>{BODY}<p style="text-align:right"><strong>LHHST</strong></p></td></tr>
<tr><td class="tinkhac"><ul>{TEASERS}</ul></td></tr></table></td></tr></table>
"""

# vusta.vn: header clock with today's date, date line before the h1, "Tin mới" list after
VUSTA = f"""
<header class="site-header"><span class="time-now">Thứ hai, 23/11/2026</span>
<nav><a href="/">Trang chủ</a></nav></header>
<main><article><div class="detail__meta"><span>Thứ ba, 03/01/2023 14:23 (GMT+7)</span></div>
<h1 class="detail__title">{TITLE}</h1><div class="detail__content">{BODY}</div></article>
<section class="box-newest"><h2>Tin mới</h2><ul>{TEASERS}</ul></section></main>
<footer>© 2026 Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam</footer>
"""

# NukeViet: the date line under the title carries views and comments counts
NUKEVIET = f"""
<div id="header"><div class="today">Thứ Hai, 23/11/2026</div></div>
<div class="col-md-18"><h1 class="title">{TITLE}</h1>
<span class="h5">Thứ ba - 10/01/2023 22:33</span> <span>21</span> <span>0</span>
<div class="hometext">Chiều ngày 10/01/2023, Liên hiệp Hội tổng kết hoạt động năm 2022.</div>{BODY}
<ul class="related">{TEASERS}</ul></div>
<div class="col-md-6 sidebar"><div class="panel">Tin nóng<ul>{TEASERS}</ul></div></div>
"""


@pytest.mark.parametrize("body,title,want,source", [
    (SOCTRANG, TITLE, "2023-01-13", "text:near-title"),
    (SOCTRANG, None, "2023-01-13", "text:label"),  # no heading element: the label decides
    (VUSTA, TITLE, "2023-01-03T14:23:00+07:00", "text:near-title"),
    (VUSTA, None, "2023-01-03T14:23:00+07:00", "text:near-title"),
    (NUKEVIET, TITLE, "2023-01-10T22:33:00+07:00", "text:near-title"),
])
def test_printed_date_beats_header_ticker_body_and_teasers(body, title, want, source):
    got = find_published(page(body), title=title)
    assert (got.value, got.source) == (want, source)


def test_header_clock_with_time_is_not_the_article_date():
    body = f"""<div id="top-bar">Thứ Ba, 26/03/2019 06:52</div>
    <div class="nav"><a href="/">Trang chủ</a>
    <a href="/tt">Tin tức</a> <a href="/hd">Hoạt động</a></div><div class="content"><h2>{TITLE}</h2>
    <div class="date">23/11/2018 15:14</div>{BODY}</div>"""
    got = find_published(page(body), title=TITLE)
    assert got.value == "2018-11-23T15:14:00+07:00"


def test_only_body_and_list_dates_give_nothing_or_the_url():
    body = f"<h1>{TITLE}</h1>{BODY}<div class='sidebar'><ul>{TEASERS}</ul></div>"
    assert find_published(page(body), title=TITLE) is None
    got = find_published(page(body), title=TITLE, url="http://x.vn/2023/01/10/hoi-nghi/")
    assert (got.value, got.source) == ("2023-01-10", "url")


def test_future_date_and_crawl_date_are_not_the_article_date():
    body = (f"<div class='banner'>Hôm nay: 23/11/2026</div><h1>{TITLE}</h1>"
            f"<p>Ngày 15/03/2031</p>{BODY}")
    assert find_published(page(body), title=TITLE) is None


def json_ld(**fields) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, **fields}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_json_ld_in_utc_across_midnight_agrees_with_the_printed_date():
    head = json_ld(datePublished="2023-01-10T18:30:00Z")
    body = f"<h1>{TITLE}</h1><div class='meta'>11/01/2023 01:30</div>{BODY}"
    got = find_published(page(body, head), title=TITLE)
    assert (got.value, got.source) == ("2023-01-11T01:30:00+07:00", "json-ld")


def test_metadata_alone_is_converted_to_vietnam_time():
    head = json_ld(datePublished="2023-01-10T18:30:00+00:00")
    got = find_published(page(f"<h1>{TITLE}</h1>{BODY}", head), title=TITLE)
    assert (got.value, got.source) == ("2023-01-11T01:30:00+07:00", "json-ld")
    head = '<meta property="article:published_time" content="2018-01-01EDT07:00:00+0700">'
    got = find_published(page(f"<h1>{TITLE}</h1>{BODY}", head), title=TITLE)
    assert (got.value, got.source) == ("2018-01-01T07:00:00+07:00", "meta:article:published_time")


def test_metadata_holding_today_or_the_last_edit_loses_to_the_printed_date():
    printed = f"<h1>{TITLE}</h1><div class='date'>Ngày đăng: 10/01/2023</div>{BODY}"
    today = '<meta property="article:published_time" content="2026-11-23T08:00:00+07:00">'
    got = find_published(page(printed, today), title=TITLE)
    assert (got.value, got.source) == ("2023-01-10", "text:near-title")
    edited = json_ld(datePublished="2024-05-05T10:00:00+07:00",
                     dateModified="2024-05-05T10:00:00+07:00")
    far_printed = f"<h1>{TITLE}</h1>{BODY}" + "<p>x</p>" * 3 + "<div>Cập nhật: 10/01/2023</div>"
    got = find_published(page(far_printed, edited), title=TITLE)
    assert got.value == "2023-01-10"


def test_metadata_wins_over_a_weak_printed_date():
    head = '<meta itemprop="datePublished" content="2023-06-16T07:55:00+07:00">'
    # a bare date some way below the heading, not labelled: metadata is more likely right
    body = f"<h1>{TITLE}</h1>{BODY * 2}<div>20/07/2019</div>{BODY}"
    got = find_published(page(body, head), title=TITLE)
    assert (got.value, got.source) == ("2023-06-16T07:55:00+07:00", "meta:datePublished")


def test_metadata_without_time_takes_the_printed_time_of_the_same_day():
    head = '<meta name="pubdate" content="2023-01-10">'
    body = f"<h1>{TITLE}</h1><span>Thứ ba - 10/01/2023 22:33</span>{BODY}"
    got = find_published(page(body, head), title=TITLE)
    assert got.value == "2023-01-10T22:33:00+07:00"


def test_time_element_datetime_is_used():
    body = (f"<article><header class='entry-header'><h1 class='entry-title'>{TITLE}</h1>"
            "<div class='entry-meta'>Đăng vào <time datetime='2021-08-14T03:39:00Z'>14 Tháng Tám, "
            f"2021</time></div></header>{BODY}</article>")
    got = find_published(page(body), title=TITLE)
    assert (got.value, got.source) == ("2021-08-14T10:39:00+07:00", "time-element")


def test_labelled_date_below_the_article_is_found():
    body = (f"<h1>{TITLE}</h1>{BODY * 8}<p class='meta'>Posted at: MONday - 24/09/2018 18:08"
            " - post name: Cộng tác viên</p>")
    got = find_published(page(body), title=TITLE)
    assert (got.value, got.source) == ("2018-09-24T18:08:00+07:00", "text:byline")


def test_title_with_a_date_suffix():
    body = f"<h2 class='title'>{TITLE} (31/08/2016)</h2><div>{BODY}</div>"
    got = find_published(page(body), title=TITLE)
    assert got.value == "2016-08-31"


# -- cost ------------------------------------------------------------------------------------


def big_page() -> str:
    """~150 KB like a real portal page: menus, scripts, styles, dated sidebars, a long article."""
    menu = "".join(f"<li class='menu-item menu-item-{i}'><a class='nav-link' href='/chuyen-muc-{i}'"
                   f" title='Chuyên mục {i}'>Chuyên mục {i}</a></li>" for i in range(250))
    script = ("<script>var cfg = {" + ",".join(f"'k{i}': '{i}/{i}/2020'" for i in range(1200))
              + "};</script>")
    style = "<style>" + "".join(f".c{i} {{ margin: {i}px; }}" for i in range(1200)) + "</style>"
    lists = "".join(f"<div class='box box-{k}'><h3>Tin mới {k}</h3><ul>{TEASERS * 7}</ul></div>"
                    for k in range(6))
    return (f"<html><head><title>Liên hiệp Hội</title>{style}</head><body>"
            f"<header><span>Thứ hai, 23/11/2026</span><ul class='menu'>{menu}</ul></header>{script}"
            f"<div class='main'><h1>{TITLE}</h1><span>Thứ ba - 10/01/2023 22:33</span>{BODY * 40}"
            f"</div><aside>{lists}</aside><footer>{menu}</footer></body></html>")


def cpu_ms(work, repeat=7) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best * 1000


def test_find_published_costs_less_than_parsing_a_150_kb_page():
    html = big_page()
    assert 130_000 < len(html.encode()) < 200_000
    doc = lxml.html.fromstring(html)
    assert find_published(doc, title=TITLE).value == "2023-01-10T22:33:00+07:00"
    parse = cpu_ms(lambda: lxml.html.fromstring(html))
    find = cpu_ms(lambda: find_published(doc, title=TITLE))
    untitled = cpu_ms(lambda: find_published(doc))
    # "well under 5 ms beyond parsing": bounded by parsing itself, so a loaded machine
    # slows both alike
    assert find < max(parse, 5.0), (find, parse)
    assert untitled < max(2 * parse, 5.0), (untitled, parse)


def test_article_footer_date_beats_site_footer_date():
    body = (f"<header id='masthead'><a href='/'>Liên hiệp Hội</a></header>"
            f"<div id='page'><article class='post'><h1 class='entry-title'>{TITLE}</h1>{BODY * 4}"
            "<footer class='entry-footer'>Ngày đăng: 10/01/2023</footer></article>"
            f"<aside class='widget-area'><ul>{TEASERS}</ul></aside></div>"
            "<footer class='site-footer'>Cập nhật lần cuối: 20/11/2026</footer>")
    got = find_published(page(body), title=TITLE)
    assert (got.value, got.source) == ("2023-01-10", "text:label")


MARKUP = st.lists(st.one_of(
    st.sampled_from(["<h1>", "</h1>", "<p>", "</p>", "<time datetime='2023-01-10T18:30:00Z'>",
                     "</time>", "<header>", "</header>", "<a href='/'>", "</a>", "<!-- c -->",
                     "<script type='application/ld+json'>", "</script>", "Ngày đăng:", TITLE]),
    st.text(max_size=30), st.dates().map(lambda d: f" {d.day}/{d.month}/{d.year} ")),
    max_size=30).map("".join)


@settings(max_examples=60)
@given(MARKUP, st.sampled_from([None, TITLE]))
def test_find_published_never_raises_and_never_returns_the_future(markup, title):
    doc = lxml.html.fromstring(f"<html><body><div>{markup}</div></body></html>")
    got = find_published(doc, title=title)
    assert got is None or date.fromisoformat(got.value[:10]) <= date(2026, 11, 24)


def test_posting_label_beats_update_label():
    body = (f"<h1>{TITLE}</h1><div class='meta'><span>Cập nhật: 15/02/2023</span> | "
            f"<span>Ngày đăng: 10/01/2023</span></div>{BODY}")
    assert find_published(page(body), title=TITLE).value == "2023-01-10"


def test_the_published_time_beats_the_modified_one_printed_beside_it():
    # Joomla prints both, each <time> holding its own label; the later one is the last edit
    body = (
        "<h2 itemprop='headline'>Hội thảo khoa học chuyển đổi số năm 2023</h2>"
        "<dl class='article-info'>"
        "<dd class='published'><time datetime='2023-01-10T08:15:00+07:00'"
        " itemprop='datePublished'>Ngày đăng: 10/01/2023</time></dd>"
        "<dd class='modified'><time datetime='2023-02-14T09:00:00+07:00'"
        " itemprop='dateModified'>Cập nhật: 14/02/2023</time></dd></dl>"
        "<div itemprop='articleBody'><p>Sáng ngày 10/01, Liên hiệp hội tổ chức hội thảo khoa"
        " học về chuyển đổi số với sự tham gia của đông đảo các nhà khoa học.</p></div>"
    )
    found = find_published(page(body), title="Hội thảo khoa học chuyển đổi số năm 2023")
    assert found.value.startswith("2023-01-10")
