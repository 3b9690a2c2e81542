# ruff: noqa: E501 - page templates keep one element per line, as the CMSs emit them
"""Build the labelled extraction set: HTML pages in six CMS styles plus hand-written gold.

Never runs the extractor. Each article's content (title, date, author, lead, paragraphs)
is written here as data, rendered into a site's page template the way that CMS renders
it, and the same data is written next to the page as gold, together with the strings of
the site's chrome that must not appear in extracted text. The five seed pages of
/work/shared/seeds are rebuilt here as full HTML with gold chosen line by line.

Run `python tests/extraction/build.py` to regenerate `pages/<site>/<n>.html` + `.json`;
the generated files are committed, so tests never need this script.
"""

from __future__ import annotations

import html
import json
import random
import shutil
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "pages"
SEEDS = Path("/work/shared/seeds")

e = html.escape

# -- article content ---------------------------------------------------------------------
# Slotted sentences about association work: every article fills them with its own names,
# places and numbers, so no paragraph repeats between pages (a repeated paragraph would be
# boilerplate to a learner, which real articles are not).

PLACES = ["Hội trường Sở Khoa học và Công nghệ", "trụ sở Liên hiệp Hội", "Trường Đại học Vinh",
          "Nhà văn hóa huyện Diễn Châu", "Khách sạn Mường Thanh", "Trung tâm Hội nghị tỉnh",
          "Hội trường UBND huyện Kế Sách", "Trường THPT chuyên Lê Khiết", "Viện Khoa học Nông nghiệp",
          "Bệnh viện Đa khoa tỉnh", "Trung tâm Khuyến nông", "Hội trường Tỉnh ủy"]
PEOPLE = ["ông Nguyễn Văn Hùng", "bà Trần Thị Mai", "PGS.TS Lê Quang Vinh", "TS. Phạm Đức Thắng",
          "ThS. Hoàng Thị Lan", "ông Đặng Ngọc Dũng", "bà Võ Thị Hồng", "GS.TS Đỗ Minh Châu",
          "ông Lý Văn Sáu", "TS. Bùi Thanh Tùng", "bà Huỳnh Thị Ngọc", "ông Tạ Quang Bửu"]
ROLES = ["Chủ tịch Liên hiệp Hội", "Phó Chủ tịch Thường trực", "Giám đốc Sở Khoa học và Công nghệ",
         "Trưởng ban Tuyên giáo Tỉnh ủy", "Chủ tịch Hội Y học", "Tổng Thư ký Liên hiệp Hội",
         "Phó Chủ tịch UBND tỉnh", "Chủ nhiệm Câu lạc bộ trí thức"]
EVENTS = [
    ("Hội thảo khoa học", "ứng dụng công nghệ sinh học trong sản xuất nông nghiệp"),
    ("Hội nghị", "tư vấn, phản biện đề án phát triển du lịch bền vững"),
    ("Lớp tập huấn", "kỹ thuật trồng và chăm sóc cây ăn quả theo tiêu chuẩn VietGAP"),
    ("Tọa đàm", "vai trò của trí thức trong chuyển đổi số"),
    ("Lễ tổng kết", "Cuộc thi Sáng tạo Thanh thiếu niên, Nhi đồng"),
    ("Hội nghị", "sơ kết sáu tháng đầu năm và triển khai nhiệm vụ trọng tâm"),
    ("Hội thảo", "giải pháp phòng chống xâm nhập mặn vùng ven biển"),
    ("Lớp tập huấn", "nghiệp vụ công tác hội cho cán bộ hội thành viên"),
    ("Diễn đàn", "trí thức khoa học và công nghệ với phát triển kinh tế địa phương"),
    ("Lễ trao giải", "Hội thi Sáng tạo Kỹ thuật"),
    ("Hội thảo", "bảo tồn và phát triển nguồn gen cây dược liệu"),
    ("Hội nghị", "phổ biến kiến thức về an toàn thực phẩm"),
    ("Tọa đàm", "nâng cao chất lượng chăm sóc sức khỏe người cao tuổi"),
    ("Hội thảo", "ứng dụng năng lượng tái tạo trong hộ gia đình"),
    ("Lớp tập huấn", "sử dụng chế phẩm vi sinh xử lý chất thải chăn nuôi"),
    ("Hội nghị", "giao ban các hội thành viên khối y tế"),
    ("Hội thảo", "quản lý tài nguyên nước trong bối cảnh biến đổi khí hậu"),
    ("Lễ kỷ niệm", "Ngày Khoa học và Công nghệ Việt Nam 18/5"),
    ("Tọa đàm", "phát triển sản phẩm OCOP gắn với khoa học công nghệ"),
    ("Hội thảo", "chuyển giao kỹ thuật nuôi tôm công nghệ cao"),
]
S_OPEN = [
    "{when}, tại {place}, {org} tổ chức {ev} {topic}.",
    "{when}, {org} phối hợp với Sở Khoa học và Công nghệ tổ chức {ev} {topic} tại {place}.",
    "Nhằm {aim}, {when} {org} đã tổ chức {ev} {topic}.",
]
S_ATTEND = [
    "Tham dự có {p1}, {r1}; {p2}, {r2} cùng {n} đại biểu là cán bộ, hội viên và nhà khoa học.",
    "Đến dự có {p1} – {r1}, đại diện lãnh đạo các sở, ban, ngành và {n} hội viên đến từ các hội thành viên.",
    "{ev_cap} có sự tham gia của {n} đại biểu, trong đó có {p1}, {r1} và {p2}, {r2}.",
]
S_BODY = [
    "Phát biểu khai mạc, {p1} nhấn mạnh {topic} là yêu cầu cấp thiết, đòi hỏi sự vào cuộc của đội ngũ trí thức và sự phối hợp chặt chẽ giữa các cơ quan quản lý với {k} hội thành viên.",
    "Theo báo cáo, trong giai đoạn {y1}–{y2} đã có {k} mô hình được triển khai tại {d} huyện, thị xã, giúp hơn {n2} hộ dân nâng cao thu nhập và giảm chi phí sản xuất.",
    "Các tham luận tập trung phân tích thực trạng, chỉ ra những hạn chế trong công tác tuyên truyền, đồng thời đề xuất {k} nhóm giải pháp về cơ chế, chính sách, nguồn nhân lực và ứng dụng tiến bộ kỹ thuật.",
    "{p2} cho biết thời gian qua {org} đã chủ động kết nối các nhà khoa học với doanh nghiệp, hỗ trợ {k} đề tài được nghiệm thu và đưa vào ứng dụng trong thực tiễn.",
    "Học viên được giới thiệu quy trình kỹ thuật, cách nhận biết sâu bệnh và kinh nghiệm ghi chép nhật ký sản xuất; sau mỗi buổi học có {k} giờ thực hành trực tiếp tại mô hình trình diễn.",
    "Nhiều ý kiến đề nghị tăng cường đặt hàng nhiệm vụ tư vấn, phản biện ngay từ khâu xây dựng dự thảo, tránh tình trạng lấy ý kiến hình thức khi văn bản về {topic} đã gần hoàn thiện.",
    "Năm {y2}, {org} đặt mục tiêu tổ chức ít nhất {k} hội thảo chuyên đề, {d} lớp tập huấn và phát triển thêm {n2} hội viên mới ở các địa bàn vùng sâu, vùng xa.",
    "Ban tổ chức đã trao {k} giải nhất, {d} giải nhì và nhiều giải khuyến khích cho các tác giả, nhóm tác giả có giải pháp xuất sắc, có khả năng nhân rộng trong sản xuất.",
    "Theo {p1}, muốn khoa học thực sự đi vào đời sống thì kết quả nghiên cứu phải gắn với nhu cầu của người dân và doanh nghiệp ngay tại {place_short}.",
    "Các đại biểu cũng thống nhất kiến nghị UBND tỉnh bố trí kinh phí ổn định cho hoạt động của {org}, tạo điều kiện để {n} trí thức phát huy năng lực đóng góp cho quê hương.",
    "Kết quả khảo sát tại {d} xã cho thấy {k}% số hộ đã áp dụng ít nhất một tiến bộ kỹ thuật được chuyển giao, năng suất bình quân tăng từ {d}% đến {k}%.",
    "Trong khuôn khổ chương trình, các nhà khoa học đã trực tiếp khảo sát thực địa, lấy mẫu đất, nước và tư vấn cho {n2} hộ về cách cải tạo, sử dụng hợp lý tài nguyên.",
    "Bên cạnh những kết quả đạt được, hoạt động của {d} hội thành viên còn gặp khó khăn do thiếu trụ sở, thiếu kinh phí và đội ngũ cán bộ chuyên trách phần lớn làm kiêm nhiệm, theo {p2}.",
    "Chương trình được thực hiện với sự tài trợ của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, dự kiến nhân rộng ra {d} địa phương khác trong năm {y2}.",
]
S_CLOSE = [
    "Kết luận {ev_low}, {p1} đề nghị các hội thành viên tiếp tục đổi mới phương thức hoạt động, nâng cao chất lượng tư vấn, phản biện và phổ biến kiến thức khoa học đến người dân.",
    "Dịp này, {org} đã khen thưởng {k} tập thể và {d} cá nhân có thành tích xuất sắc trong việc triển khai {ev_low}.",
    "{ev_cap} khép lại với nhiều ý kiến tâm huyết, là cơ sở để {org} xây dựng kế hoạch hoạt động trong thời gian tới.",
]
AIMS = ["nâng cao nhận thức của hội viên", "thúc đẩy ứng dụng tiến bộ khoa học vào sản xuất",
        "phát huy vai trò của đội ngũ trí thức", "chuẩn bị cho mùa vụ mới"]
CAPTIONS = ["Quang cảnh {ev_low} {topic}", "{p1_cap} phát biểu tại {ev_low} {topic}",
            "{p2_cap}, {r2} trao đổi với đại biểu về {topic}",
            "Đại biểu tham quan mô hình {topic} tại {place}", "{p1_cap} trao giải cho các tác giả tại {place}"]
AUTHORS = ["Khánh Huyền", "Minh Thành", "Thu Nga", "Hoàng Anh", "Ngọc Lan", "Văn Quý",
           "Phương Thảo", "Đức Trung", "Thanh Hà", "Quốc Bảo", "Hải Yến", "Trọng Nghĩa"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def make_article(rng: random.Random, site_idx: int, i: int, org: str) -> dict:
    import datetime as dt

    ev, topic = EVENTS[(site_idx * 7 + i * 3) % len(EVENTS)]
    year = 2018 + (site_idx + i) % 6
    day = dt.date(year, 1 + (i * 5 + site_idx) % 12, 1 + (i * 7 + site_idx * 3) % 27)
    hour, minute = 7 + (i * 3) % 12, (i * 17 + site_idx * 11) % 60
    p = rng.sample(PEOPLE, 2)
    r = rng.sample(ROLES, 2)
    place = rng.choice(PLACES)
    slots = dict(
        when=f"Ngày {day.day:02d}/{day.month:02d}/{day.year}", place=place, org=org, ev=ev.lower(),
        topic=topic, aim=rng.choice(AIMS), p1=p[0], p2=p[1], r1=r[0], r2=r[1],
        n=rng.randint(40, 300), n2=rng.randint(100, 2000), k=rng.randint(3, 25),
        d=rng.randint(2, 12), y1=year - 3, y2=year + 1, ev_cap=f"{ev} {topic}",
        ev_low=f"{ev.lower()}", place_short=place.split(" ")[-1] if rng.random() < 0.5 else "địa phương",
        p1_cap=cap(p[0]), p2_cap=cap(p[1]),
    )
    lead = rng.choice(S_OPEN).format(**slots) + " " + rng.choice(S_ATTEND).format(**slots)
    body_sents = rng.sample(S_BODY, rng.randint(4, 7))
    paras = []
    while body_sents:
        take = 1 if rng.random() < 0.5 else 2
        paras.append(" ".join(cap(s.format(**slots)) for s in body_sents[:take]))
        body_sents = body_sents[take:]
    paras.append(rng.choice(S_CLOSE).format(**slots))
    caption = rng.choice(CAPTIONS).format(**slots)
    where = f" tại {place}" if rng.random() < 0.5 else ""
    title = f"{org.split(' tỉnh')[0]} tổ chức {ev.lower()} {topic}{where}" if i % 3 else \
        f"{ev} {topic}"
    return dict(
        title=cap(title), date=day.isoformat(), time=f"{hour:02d}:{minute:02d}",
        weekday=WEEKDAYS[day.weekday()], author=AUTHORS[(site_idx * 5 + i) % len(AUTHORS)],
        lead=lead, paragraphs=paras, caption=caption, views=rng.randint(20, 3000),
        img=f"IMG_{day.year}{day.month:02d}{day.day:02d}_{hour:02d}{minute:02d}{rng.randint(10, 59)}.jpg",
    )


def counter(rng):
    return rng.randint(20, 400), rng.randint(1000, 9000), rng.randint(100000, 6000000)


# -- site templates ----------------------------------------------------------------------
# Each returns (html, extra_must_not) for one article; `others` are the site's other
# articles, shown in teaser/related lists as each CMS shows them.


def nukeviet(a, others, rng, page_no):
    online, today, total = counter(rng)
    related = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/tin-tuc/hoat-dong/{o["slug"]}.html" '
        f'title="{e(o["title"])}">{e(o["title"])}</a><em>({o["date"][8:]}/{o["date"][5:7]}/{o["date"][:4]})</em></li>'
        for o in others[:4])
    hot = "".join(f'<li class="clearfix"><a href="/tin-tuc/{o["slug"]}.html">{e(o["title"])}</a></li>'
                  for o in others[4:8])
    d = a["date"]
    lead_html = f'<div class="hometext m-bottom">{e(a["lead"])}</div>' if a.get("lead") else ""
    body = "".join(f"<p>{e(p)}</p>" if j != 1 else
                   f'<p>{e(p)}</p><p style="text-align:center"><img alt="{e(a["caption"])}" '
                   f'src="/uploads/news/2023_01/{a["img"]}" width="600"></p><p style="text-align:center">'
                   f'<em>{e(a["caption"])}</em></p>'
                   for j, p in enumerate(a["paragraphs"]))
    if a.get("raw_body"):
        body = a["raw_body"]
    html_ = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{e(a["title"])} - Tin tức - Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An</title>
<meta name="description" content="{e(a.get('lead') or a['paragraphs'][0])[:160]}">
<meta name="generator" content="NukeViet v4.5">
<meta property="og:title" content="{e(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An">
<meta property="article:published_time" content="{d}EDT{a['time']}:00+0700">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An" href="/"><img src="/uploads/logo.png" alt="Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An"></a>
<span class="site_name">Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An</span><span class="site_description">Trang thông tin điện tử</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation"><ul class="nav navbar-nav">
<li><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em> Trang nhất</a></li>
<li class="dropdown"><a title="Giới thiệu" href="/about/">Giới thiệu</a></li>
<li class="dropdown active"><a title="Tin tức" href="/tin-tuc/">Tin tức</a></li>
<li><a title="Hội thành viên" href="/hoi-thanh-vien/">Hội thành viên</a></li>
<li><a title="Tập san Khoa học và Ứng dụng" href="/tap-san/">Tập san Khoa học và Ứng dụng</a></li>
<li><a title="Văn bản" href="/laws/">Văn bản</a></li><li><a title="Liên hệ" href="/contact/">Liên hệ</a></li>
</ul></div></div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18">
<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"></ul></div>
<ul class="temp-breadcrumbs hidden"><li itemprop="itemListElement"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a></li>
<li><a href="/tin-tuc/"><span itemprop="name">Tin tức</span></a></li><li><a href="/tin-tuc/hoat-dong/"><span itemprop="name">Hoạt động Liên hiệp hội</span></a></li></ul></div></div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."></div></div></div></div></div></nav>
<div class="row"><div class="col-sm-16 col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{e(a["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{a["weekday"]} - {d[8:]}/{d[5:7]}/{d[:4]} {a["time"]}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><em class="fa fa-eye">&nbsp;</em> {a["views"]}</li><li><em class="fa fa-comment-o">&nbsp;</em> 0</li>
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix">{lead_html}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>{e(a["author"] or "")}</strong></p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">
<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>
<span class="click-rating">Click để đánh giá bài viết</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</div>
<form method="post" role="form" class="comment-form"><textarea class="form-control" name="content" placeholder="Nội dung bình luận"></textarea>
<input type="text" name="code" placeholder="Mã bảo mật"><input type="submit" value="Gửi bình luận"></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p>
<ul class="related list-none">{related}</ul></div></div>
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin nóng</div><div class="panel-body"><ul class="list-none">{hot}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon">&nbsp;</em>Đang truy cập</span><span>{online}</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon">&nbsp;</em>Hôm nay</span><span>{today:,}</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon">&nbsp;</em>Tháng hiện tại</span><span>{total // 13:,}</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon">&nbsp;</em>Tổng lượt truy cập</span><span>{total:,}</span></li></ul></div></div>
</div></div></div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12">
<div class="panel-body"><h3>LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN</h3><p>Địa chỉ: Số 80 đường Nguyễn Thị Minh Khai, TP. Vinh, Nghệ An</p>
<p>Điện thoại: 0238 3844 532 - Email: lhhnghean@gmail.com</p><p>Chịu trách nhiệm chính: Chủ tịch Liên hiệp hội</p></div></div></div></div></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
</div></div>
<script src="/themes/default/js/main.js"></script>
</body></html>"""
    must = ["Tổng số điểm của bài viết", "Click để đánh giá", "Ý kiến bạn đọc", "Thống kê truy cập",
            "Đang truy cập", "Tổng lượt truy cập", "Bấm vào đây để duy trì", "Những tin cũ hơn",
            "Địa chỉ: Số 80 đường Nguyễn Thị Minh Khai", "Tin nóng", "Gửi bình luận",
            f"{a['weekday']} - {d[8:]}/{d[5:7]}/{d[:4]}", a["img"]]
    return html_, must


def joomla(a, others, rng, page_no):
    online, today, total = counter(rng)
    d = a["date"]
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc/{o["slug"]}" itemprop="url">'
                     f'<span itemprop="name">{e(o["title"])}</span></a></li>' for o in others[:5])
    pages = a.get("pages_html") or [a["paragraphs"]]
    body_parts = pages[page_no]
    body = "".join(f"<p>{e(p)}</p>" for p in body_parts)
    if page_no == 0:
        body = (f'<p><strong>{e(a["lead"])}</strong></p>' if a.get("lead") else "") + body
        body = body.replace("</p>", f'</p><p style="text-align: center;"><img src="/images/tintuc/{a["img"]}" alt="{a["img"][:-4]}" width="640" height="427" /></p>'
                            f'<p style="text-align: center;"><em>{e(a["caption"])}</em></p>', 1) if len(body_parts) > 1 else body
    if page_no == len(pages) - 1 and a["author"]:
        body += f'<p style="text-align: right;"><strong>Tác giả: {e(a["author"])}</strong></p>'
    pager = ""
    if len(pages) > 1:
        items = []
        if page_no > 0:
            prev = "" if page_no == 1 else f"?start={page_no - 1}"
            items.append(f'<li class="previous"><a class="hasTooltip" title="Trang trước" href="/index.php/tin-tuc/{a["slug"]}{prev}">&lt; Trang trước</a></li>')
        if page_no < len(pages) - 1:
            items.append(f'<li class="next"><a class="hasTooltip" title="Trang sau" href="/index.php/tin-tuc/{a["slug"]}?start={page_no + 1}">Trang sau &gt;</a></li>')
        pager = (f'<div class="pagenavcounter">Trang {page_no + 1} của {len(pages)}</div>'
                 f'<ul class="pager pagenav">{"".join(items)}</ul>')
    html_ = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<base href="http://hoiyhoc.example.vn/index.php/tin-tuc/{a["slug"]}" />
<meta name="author" content="Super User" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{e(a["title"])}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<script src="/media/jui/js/jquery.min.js?5f8e1d"></script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><span class="site-title" title="Hội Y học tỉnh Bình Định">Hội Y học tỉnh Bình Định</span></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php/tin-tuc" method="post" class="form-inline">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /></form></div></div>
</div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php">Trang chủ</a></li><li class="item-102"><a href="/index.php/gioi-thieu">Giới thiệu</a></li>
<li class="item-112 current active"><a href="/index.php/tin-tuc">Tin tức - Sự kiện</a></li><li class="item-113"><a href="/index.php/y-hoc-thuong-thuc">Y học thường thức</a></li>
<li class="item-114"><a href="/index.php/hoi-vien">Hội viên</a></li><li class="item-115"><a href="/index.php/lien-he">Liên hệ</a></li></ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>Bạn đang ở: &#160;</li><li itemprop="itemListElement"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span></li>
<li itemprop="itemListElement"><a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức - Sự kiện</span></a></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{e(a["title"])}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a>
<ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow"><span class="icon-print"></span>In</a></li><li class="email-icon"><a href="#"><span class="icon-envelope"></span>Email</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Super User</span></dd>
<dd class="category-name">Danh mục: <a href="/index.php/tin-tuc" itemprop="genre">Tin tức - Sự kiện</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>
<time datetime="{d}T{a['time']}:00+07:00" itemprop="datePublished">Ngày đăng: {d[8:]} Tháng {d[5:7]} {d[:4]}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a['views']}" />Lượt xem: {a["views"]}</dd>
</dl>
{pager if page_no > 0 else ""}
<div itemprop="articleBody">{body}</div>
{pager}
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{e(others[0]['title'])}" href="/index.php/tin-tuc/{others[0]['slug']}" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>
<li class="next"><a class="hasTooltip" title="{e(others[1]['title'])}" href="/index.php/tin-tuc/{others[1]['slug']}" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Bài viết mới</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="well "><h3 class="page-header">Thống kê</h3><div class="stats-module"><dl class="stats-module">
<dt>Khách</dt><dd>{online}</dd><dt>Hôm nay</dt><dd>{today}</dd><dt>Số lần xem bài viết</dt><dd>{total}</dd></dl></div></div>
<div class="well "><h3 class="page-header">Đăng nhập</h3><form action="/index.php/tin-tuc" method="post" id="login-form" class="form-inline">
<div class="userdata"><div id="form-login-username" class="control-group"><label for="modlgn-username" class="element-invisible">Tên đăng nhập</label><input id="modlgn-username" type="text" name="username" placeholder="Tên đăng nhập" /></div>
<div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">Ghi nhớ</label> <input id="modlgn-remember" type="checkbox" name="remember" value="yes"/></div>
<ul class="unstyled"><li><a href="/index.php/component/users/?view=remind">Quên tên đăng nhập?</a></li><li><a href="/index.php/component/users/?view=reset">Quên mật khẩu?</a></li></ul></div></form></div>
</div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<div class="custom"><p>© 2023 Hội Y học tỉnh Bình Định. Địa chỉ: 106 Nguyễn Huệ, TP. Quy Nhơn. Điện thoại: 0256 3822 100</p></div>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
</body></html>"""
    must = ["Bài viết mới", "Số lần xem bài viết", "Quên mật khẩu", "Tên đăng nhập", "106 Nguyễn Huệ",
            "Lượt xem", "Viết bởi", "Bạn đang ở", "Lên đầu trang", "Trang sau", a["img"][:-4]]
    return html_, must


def wordpress(a, others, rng, page_no):
    d = a["date"]
    pid = 1000 + a["n"] * 37
    recent = "".join(f'<li><a href="/{o["slug"]}/">{e(o["title"])}</a></li>' for o in others[:5])
    related = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{k}" data-post-format="false"><h4 class="jp-relatedposts-post-title">'
        f'<a class="jp-relatedposts-post-a" href="/{o["slug"]}/">{e(o["title"])}</a></h4>'
        f'<p class="jp-relatedposts-post-excerpt">{e(o["lead"][:150])}…</p><p class="jp-relatedposts-post-date">{o["date"][8:]}/{o["date"][5:7]}/{o["date"][:4]}</p></div>'
        for k, o in enumerate(others[5:8]))
    paras = a["paragraphs"]
    body = f'<p><strong>{e(a["lead"])}</strong></p>' if a.get("lead") else ""
    for j, p in enumerate(paras):
        body += f"<p>{e(p)}</p>\n"
        if j == 0:
            body += (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                     f'src="/wp-content/uploads/{d[:4]}/{d[5:7]}/{a["img"]}" alt="" class="wp-image-{pid + 1}"/>'
                     f'<figcaption class="wp-element-caption">{e(a["img"])}</figcaption></figure>\n')
        if j == 2:
            body += (f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/{d[:4]}/{d[5:7]}/anh-{pid}.jpg" alt="{e(a["caption"])}"/>'
                     f'<figcaption class="wp-element-caption">{e(a["caption"])}</figcaption></figure>\n')
    if a["author"]:
        body += f'<p style="text-align: right;"><em>Tin, ảnh: {e(a["author"])}</em></p>\n'
    html_ = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a["title"])} &#8211; Hội Khoa học Kỹ thuật Nông nghiệp Cần Thơ</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Hội Khoa học Kỹ thuật Nông nghiệp Cần Thơ &raquo; Dòng thông tin" href="/feed/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(a["title"])}" />
<meta property="article:published_time" content="{d}T{a['time']}:00+07:00" />
<meta name="generator" content="WordPress 6.4.2" />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Hội Khoa học Kỹ thuật Nông nghiệp Cần Thơ</a></p>
<p class="site-description">Tập hợp trí thức nông nghiệp vì nông dân</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<div class="menu-menu-chinh-container"><ul id="primary-menu" class="menu"><li id="menu-item-11" class="menu-item"><a href="/">Trang chủ</a></li>
<li id="menu-item-12" class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li id="menu-item-13" class="menu-item current-post-ancestor"><a href="/category/tin-tuc/">Tin tức</a></li>
<li id="menu-item-14" class="menu-item"><a href="/category/ky-thuat/">Kỹ thuật canh tác</a></li><li id="menu-item-15" class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">{e(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on">Đăng vào <a href="/{a["slug"]}/" rel="bookmark"><time class="entry-date published" datetime="{d}T{a['time']}:00+07:00">{d[8:]}/{d[5:7]}/{d[:4]}</time><time class="updated" datetime="2024-01-05T10:00:00+07:00">05/01/2024</time></a></span>
<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="/{a["slug"]}/?share=facebook" target="_blank" title="Bấm để chia sẻ lên Facebook"><span>Facebook</span></a></li>
<li class="share-twitter"><a class="share-twitter sd-button share-icon" href="/{a["slug"]}/?share=twitter" title="Nhấp để chia sẻ trên X"><span>X</span></a></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">{related}</div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="/category/tin-tuc/" rel="category tag">Tin tức</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">
<div class="nav-previous"><a href="/{others[0]["slug"]}/" rel="prev"><span class="nav-subtitle">Bài trước:</span> <span class="nav-title">{e(others[0]["title"])}</span></a></div>
<div class="nav-next"><a href="/{others[1]["slug"]}/" rel="next"><span class="nav-subtitle">Bài sau:</span> <span class="nav-title">{e(others[1]["title"])}</span></a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>
</main>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Liên kết</h2><div class="textwidget"><p><a href="https://vusta.vn">Liên hiệp các Hội KH&amp;KT Việt Nam</a><br/><a href="#">Sở Nông nghiệp và PTNT Cần Thơ</a></p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>Hội Khoa học Kỹ thuật Nông nghiệp Cần Thơ – Số 2 Nguyễn Trãi, Ninh Kiều, Cần Thơ</p>
<a href="https://wordpress.org/">Vận hành bởi WordPress</a></div></footer>
</div>
</body></html>"""
    must = ["Chia sẻ:", "Có liên quan", "Để lại một bình luận", "Email của bạn sẽ không được hiển thị",
            "Bài viết mới", "Bài trước", "Vận hành bởi WordPress", "Số 2 Nguyễn Trãi", "Chuyên mục",
            a["img"], "Bấm để chia sẻ"] + [o["lead"][:60] for o in others[5:8]]
    return html_, must


def aspnet(a, others, rng, page_no):
    _, week, total = counter(rng)
    today = rng.randint(30, 400)
    d = a["date"]
    other = "".join(f'<tr><td class="tinkhac"><img src="/images/bullet.gif" alt=""/>&nbsp;<a id="ctl00_ContentPlaceHolder1_rptTinKhac_ctl0{k}_hlTieuDe" '
                    f'href="ChiTietTin.aspx?id={o["n"] + 100}&amp;cm=2">{e(o["title"])}</a> <span class="ngay">({o["date"][8:]}/{o["date"][5:7]}/{o["date"][:4]})</span></td></tr>'
                    for k, o in enumerate(others[:5]))
    if a.get("raw_body"):
        body = a["raw_body"]
    else:
        body = ""
        for j, p in enumerate(a["paragraphs"]):
            body += f'<p style="text-align: justify;"><span style="font-size: 12pt; font-family: Times New Roman;">{e(p)}</span></p>\n'
            if j == 0:
                fname = f"IMG {a['img'][4:12]} {a['img'][13:19]}-1"
                body += (f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;"><tbody>'
                         f'<tr><td><img alt="{fname}" src="/Upload/Images/{fname}.jpg" style="width: 500px; height: 333px;" /></td></tr>'
                         f'<tr><td style="text-align: center;">{fname}</td></tr>'
                         f'<tr><td style="text-align: center;"><em>{e(a["caption"])}</em></td></tr></tbody></table>\n')
        body += f'<p style="text-align: right;"><strong>{e(a["author"])}</strong></p>'
        a["_fname"] = fname
    lead = f'<tr><td class="tomtat"><b>{e(a["lead"])}</b></td></tr>' if a.get("lead") else ""
    html_ = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SÓC TRĂNG
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="../App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body style="margin: 0px; background-color: #e8eef5">
<form name="aspnetForm" method="post" action="./ChiTietTin.aspx?id={a["n"] + 100}&amp;cm=2" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFB{rng.randint(100000, 999999)}ZGQ=" /></div>
<table id="tblMain" cellpadding="0" cellspacing="0" width="1000" align="center" style="background-color: #ffffff">
<tr><td colspan="3"><img src="../images/banner.jpg" alt="Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng" width="1000" height="150" /></td></tr>
<tr><td colspan="3" class="menungang"><a id="ctl00_hlTrangChu" href="../Default.aspx">TRANG CHỦ</a> | <a id="ctl00_hlGioiThieu" href="GioiThieu.aspx">GIỚI THIỆU</a> | <a id="ctl00_hlTinTuc" href="DanhSachTin.aspx?cm=2">TIN TỨC - SỰ KIỆN</a> | <a href="DanhSachTin.aspx?cm=5">HỘI THÀNH VIÊN</a> | <a href="BanTin.aspx">BẢN TIN</a> | <a href="LienHe.aspx">LIÊN HỆ</a></td></tr>
<tr><td colspan="3" class="chaytin"><table width="100%"><tr><td width="160" class="ngayhientai">Banner Ngày 4/2/2023</td><td>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="ChiTietTin.aspx?id=77">Thông báo về việc triển khai Cuộc thi Sáng tạo Thanh thiếu niên, Nhi đồng tỉnh Sóc Trăng lần thứ XII năm 2023</a> <span>( 17/11/2022 )</span></marquee></td></tr></table></td></tr>
<tr>
<td id="tdLeft" valign="top" width="200" class="cotrai">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudekhoi">DANH MỤC</td></tr>
<tr><td class="menudoc"><a href="DanhSachTin.aspx?cm=2">Tin hoạt động</a><br /><a href="DanhSachTin.aspx?cm=3">Phổ biến kiến thức</a><br /><a href="DanhSachTin.aspx?cm=4">Diễn đàn trí thức</a><br /><a href="DanhSachTin.aspx?cm=6">Văn bản chính sách</a></td></tr>
<tr><td class="tieudekhoi">HỘI THÀNH VIÊN</td></tr><tr><td class="menudoc"><a href="#">Hội Châm cứu tỉnh</a><br/><a href="#">Hội Y học tỉnh</a><br/><a href="#">Hội Bảo vệ Quyền lợi Người Tiêu dùng tỉnh Sóc Trăng</a></td></tr></table>
</td>
<td id="tdCenter" valign="top" width="600" class="cotgiua">
<table id="ctl00_ContentPlaceHolder1_tblChiTiet" width="100%" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="DanhSachTin.aspx?cm=2">Tin hoạt động</a></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude">{e(a["title"])}</span></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblNgayDang" class="ngaydang">Cập nhật: {d[8:]}/{d[5:7]}/{d[:4]}</span></td></tr>
{lead}
<tr><td><div id="ctl00_ContentPlaceHolder1_pnlNoiDung" class="noidung">{body}</div></td></tr>
<tr><td align="right"><a id="ctl00_ContentPlaceHolder1_lnkIn" href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></td></tr>
<tr><td class="tieudekhoi">CÁC TIN KHÁC</td></tr>
{other}
</table>
</td>
<td id="tdRight" valign="top" width="200" class="cotphai">
<table width="100%"><tr><td class="tieudekhoi">LIÊN KẾT</td></tr>
<tr><td align="center"><a href="http://vusta.vn">Vusta</a></td></tr><tr><td align="center"><a href="#"><img src="../images/vifotec.jpg" alt="Vifotec"/> Vifotec</a></td></tr>
<tr><td align="center"><a href="#" title="Logo Hoi thi STKT - web">Logo Hoi thi STKT - web</a></td></tr>
<tr><td class="tieudekhoi">THỐNG KÊ</td></tr>
<tr><td class="thongke">Truy cập hôm nay : {today}<br />Truy cập trong 7 ngày :{week}<br />Tổng lượt truy cập : {total:,}</td></tr></table>
</td></tr>
<tr><td colspan="3" class="chantrang">LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SÓC TRĂNG<br />Địa chỉ: Số 86 Nguyễn Thị Minh Khai, Phường 3, TP. Sóc Trăng - ĐT: 0299 3825 456<br />Ghi rõ nguồn khi phát hành lại thông tin từ website này</td></tr>
</table>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['aspnetForm'];
//]]></script>
</form>
</body>
</html>"""
    must = ["Banner Ngày", "17/11/2022", "Truy cập hôm nay", "Tổng lượt truy cập", "CÁC TIN KHÁC",
            "HỘI THÀNH VIÊN", "Logo Hoi thi STKT", "Vifotec", "In trang", "Ghi rõ nguồn", "Số 86 Nguyễn Thị Minh Khai"]
    if a.get("_fname"):
        must.append(a["_fname"])
    return html_, must


QUOTES = ["Khoa học là tri thức có hệ thống. – Immanuel Kant",
          "Trí tưởng tượng quan trọng hơn kiến thức. – Albert Einstein",
          "Hiền tài là nguyên khí của quốc gia. – Thân Nhân Trung",
          "Học, học nữa, học mãi. – V.I. Lênin",
          "Không có việc gì khó, chỉ sợ lòng không bền. – Hồ Chí Minh",
          "Tri thức là sức mạnh. – Francis Bacon"]


def govportal(a, others, rng, page_no):
    online, _, total = counter(rng)
    d = a["date"]
    hh = int(a["time"][:2])
    stamp = f"{d[8:]}/{d[5:7]}/{d[:4]} {(hh - 1) % 12 + 1:02d}:{a['time'][3:]}:{rng.randint(10, 59)} {'PM' if hh >= 12 else 'AM'}"
    quote = QUOTES[rng.randrange(len(QUOTES))]
    others_html = "".join(f'<li><a href="/web/lhh/-/{o["slug"]}">{e(o["title"])}</a> <span class="date">({o["date"][8:]}/{o["date"][5:7]}/{o["date"][:4]})</span></li>'
                          for o in others[:6])
    notices = "".join(f'<li><a href="/web/lhh/thong-bao/-/{o["slug"]}">{e(o["title"][:70])}</a></li>' for o in others[6:8])
    if a.get("raw_body"):
        body = a["raw_body"]
    else:
        body = f'<p style="text-align: center;"><img alt="" src="/documents/10181/{a["n"]}/anh{a["n"]}.jpg" /></p><p style="text-align: center;"><em>{e(a["caption"])}</em></p>'
        body += f'<p style="text-align: justify;"><strong>{e(a["lead"])}</strong></p>'
        body += "".join(f'<div style="text-align: justify;">{e(p)}</div>\n' if j % 2 else f'<p style="text-align: justify;">{e(p)}</p>\n'
                        for j, p in enumerate(a["paragraphs"]))
        body += f'<p style="text-align: right;"><strong>{e(a["author"])}</strong></p>'
    html_ = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi - Cổng thông tin điện tử</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/classic/images/favicon.ico" rel="Shortcut Icon" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=lhhqngai_WAR_theme&amp;colorSchemeId=01"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/lhh" title="Đi đến Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi">
<img alt="Liên hiệp Hội Quảng Ngãi" height="120" src="/image/layout_set_logo?img_id=12345" width="980" /></a></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">
<li class="lfr-nav-item"><a href="/web/lhh/trang-chu" role="menuitem"><span>Trang chủ</span></a></li><li class="lfr-nav-item"><a href="/web/lhh/gioi-thieu"><span>Giới thiệu</span></a></li>
<li class="selected lfr-nav-item"><a href="/web/lhh/tin-hoat-dong"><span>Tin hoạt động</span></a></li><li class="lfr-nav-item"><a href="/web/lhh/tu-van-phan-bien"><span>Tư vấn phản biện</span></a></li>
<li class="lfr-nav-item"><a href="/web/lhh/van-ban"><span>Văn bản</span></a></li></ul></nav></header>
<div class="container-fluid" id="content">
<div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_x8Kd2mQp_">
<span id="p_101_INSTANCE_x8Kd2mQp"></span><section class="portlet" id="portlet_101_INSTANCE_x8Kd2mQp"><div class="portlet-content"><div class="portlet-body">
<div class="breadcrumb-news"><a href="/web/lhh/tin-hoat-dong">Tin hoạt động</a> &gt;&gt; <a href="/web/lhh/tin-hoat-dong/lien-hiep-hoi">Liên hiệp Hội</a></div>
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="news-date">(Đăng lúc: {stamp})</div>
<h3 class="header-title"><span>{e(a["title"])}</span></h3>
<div class="asset-content"><div class="journal-content-article">{body}</div></div>
<div class="taglib-social-bookmarks"><ul class="unstyled"><li class="taglib-social-bookmark-facebook"><a href="#">Chia sẻ Facebook</a></li></ul></div>
<div class="print-news"><a href="javascript:print()">In bài viết</a> | <a href="mailto:?subject=">Gửi email</a></div>
</div>
<div class="other-news"><div class="other-news-title">Các tin khác</div><ul>{others_html}</ul></div>
</div></div></section></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_tb1_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">THÔNG BÁO</span></h2></header>
<div class="portlet-content"><ul class="notice">{notices}</ul></div></section></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_vd2_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">VIDEO NHÚNG</span></h2></header>
<div class="portlet-content"><iframe width="300" height="170" src="https://www.youtube.com/embed/abc{a["n"]}" frameborder="0"></iframe></div></section></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_lk3_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">LIÊN KẾT WEB</span></h2></header>
<div class="portlet-content"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="http://vusta.vn">Liên hiệp các Hội KH&amp;KT Việt Nam</option><option value="http://quangngai.gov.vn">Cổng thông tin tỉnh Quảng Ngãi</option></select></div></section></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_dn4_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">DANH NGÔN KHOA HỌC</span></h2></header>
<div class="portlet-content"><div class="quote">{e(quote)}</div></div></section></div>
<div class="portlet-boundary portlet-boundary_counter_WAR_portlet_" id="p_p_id_counter_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thống kê truy cập</span></h2></header>
<div class="portlet-content"><div class="counter">Lượt truy cập: {total}</div><div class="counter">Đang trực tuyến: {online}</div></div></section></div>
</div></div></div></div></div>
<footer id="footer" role="contentinfo"><p>Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi</p>
<p>Địa chỉ: 186 Hùng Vương, TP. Quảng Ngãi. Điện thoại: 0255 3822 789. Email: lhhqngai@gmail.com</p><p>Giấy phép số 12/GP-STTTT</p></footer>
</div>
</body></html>"""
    must = ["Đăng lúc", "THÔNG BÁO", "VIDEO NHÚNG", "LIÊN KẾT WEB", "DANH NGÔN KHOA HỌC", "Lượt truy cập",
            "Đang trực tuyến", "Các tin khác", "In bài viết", "186 Hùng Vương", "Tin hoạt động >>", quote[:30],
            "Chia sẻ Facebook", "Giấy phép số"]
    return html_, must


def vusta(a, others, rng, page_no):
    d = a["date"]
    more = a.get("teasers_more") or [(o["title"], o["lead"]) for o in others[:2]]
    new = a.get("teasers_new") or [(o["title"], o["lead"]) for o in others[2:7]]
    def items(pairs):
        return "".join(f'<article class="story"><h3 class="story__heading"><a class="cms-link" href="/{i}-{zlib.crc32(t.encode()) % 10**6}.html" title="{e(t)}">{e(t)}</a></h3>'
                       f'<div class="story__summary">{e(s)}</div></article>' for i, (t, s) in enumerate(pairs))
    if a.get("raw_body"):
        body = a["raw_body"]
    else:
        body = ""
        for j, p in enumerate(a["paragraphs"]):
            body += f"<p>{e(p)}</p>\n"
            if j == 0:
                body += (f'<figure class="picture"><img class="lazyload cms-photo" alt="tm-img-alt" title="tm-img-alt" data-src="https://photo.vusta.vn/w680/Uploaded/2023/{a["img"]}" />'
                         f'<figcaption class="PhotoCMS_Caption"><p class="tm-img-alt">tm-img-alt</p><p>{e(a["caption"])}</p></figcaption></figure>\n')
            if j == 3:
                body += (f'<figure class="picture"><img class="lazyload cms-photo" alt="tm-img-alt" data-src="https://photo.vusta.vn/w680/Uploaded/2023/b{a["img"]}" />'
                         f'<figcaption class="PhotoCMS_Caption"><p class="tm-img-alt">tm-img-alt</p></figcaption></figure>\n')
        if a["author"]:
            body += f'<p style="text-align: right;"><strong>{e(a["author"])}</strong></p>'
    h, m = a["time"].split(":")
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam</title>
<meta name="description" content="{e(a["lead"][:200])}">
<meta property="og:site_name" content="Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam">
<meta property="og:title" content="{e(a["title"])} | Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam">
<meta property="og:type" content="article">
<meta itemprop="datePublished" content="{d}T{h}:{m}:00+07:00">
<link rel="stylesheet" href="https://static.vusta.vn/web/css/main.min.css?v=2023">
</head>
<body>
<div id="admWrapsite">
<header class="site-header"><div class="container"><div class="header__top"><span class="time-now">Thứ sáu, 12/01/2024</span>
<a class="logo" href="/" title="VUSTA"><img src="https://static.vusta.vn/web/images/logo.png" alt="Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"></a>
<div class="hotline">Đường dây nóng: 024 3943 8443</div></div>
<nav class="main-menu"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/lien-hiep-hoi/">Liên hiệp hội</a></li><li><a href="/lien-hiep-hoi-dia-phuong/">Liên hiệp hội địa phương</a></li>
<li><a href="/tu-van-phan-bien/">Tư vấn phản biện</a></li><li><a href="/khoa-hoc-cong-nghe/">Khoa học - Công nghệ</a></li><li><a href="/multimedia/">Multimedia</a></li></ul></nav></div></header>
<main class="main-content"><div class="container"><div class="row">
<div class="col-left">
<div class="detail-wrapper" data-type="1">
<div class="detail__breadcrumbs"><a class="cms-link" href="/lien-hiep-hoi-dia-phuong/">Liên hiệp các hội và khoa học kỹ thuật Việt Nam</a></div>
<div class="detail__meta"><time class="time" datetime="{d}T{h}:{m}:00+07:00">{a["weekday"].replace("Thứ", "Thứ")}, {d[8:]}/{d[5:7]}/{d[:4]} {a["time"]} (GMT+7)</time></div>
<h1 class="detail__title cms-title">{e(a["title"])}</h1>
<div class="detail__summary cms-desc">{e(a["lead"])}</div>
<div class="detail__content cms-body" id="abody">{body}</div>
<div class="detail__share"><a class="share-fb" href="#">Chia sẻ</a><a class="share-zalo" href="#">Zalo</a><a class="share-copy" href="#">Sao chép liên kết</a></div>
<div class="detail__tags"><span>Từ khóa:</span><a href="/tag/lien-hiep-hoi">Liên hiệp hội</a><a href="/tag/hoi-nghi">hội nghị</a></div>
</div>
<section class="box-related"><h2 class="box-heading">Xem Thêm</h2><div class="box-content">{items(more)}</div></section>
</div>
<div class="col-right">
<section class="box-newest"><h2 class="box-heading">Tin mới</h2><div class="box-content">{items(new)}</div></section>
<section class="box-ads"><a href="#"><img src="https://static.vusta.vn/ads/banner-{rng.randint(1, 9)}.jpg" alt="Quảng cáo"></a></section>
</div></div></div></main>
<footer class="site-footer"><div class="container"><p>LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM</p>
<p>Trụ sở: 53 Nguyễn Du, Hai Bà Trưng, Hà Nội. Điện thoại: 024 3822 6446. Giấy phép số 220/GP-TTĐT</p>
<p>Ghi rõ nguồn "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam" khi phát hành lại thông tin từ website này.</p></div></footer>
</div>
</body></html>"""
    must = ["tm-img-alt", "Xem Thêm", "Tin mới", "Đường dây nóng", "53 Nguyễn Du", "Từ khóa:", "Sao chép liên kết",
            "Liên hiệp các hội và khoa học kỹ thuật Việt Nam", "GMT+7"] + [s[:60] for _, s in more + new]
    return html_, must


# -- sites written after the held-out evaluation (issue #11) -----------------------------
# Each shows, in this file's own words and markup, a habit of real association sites that
# the held-out pages exposed: an old table layout whose heading is only bold type, text
# run straight into a cell between <br>s, a site-wide sentence inside the article's cell,
# data tables pasted from a word processor, a pager, dated "Các tin khác" lists inside the
# article's cell; and a block-editor WordPress whose articles close with the staffer who
# posted them, writers signing right-aligned above that line, a teaser group and "Xem
# thêm" links inside the content, a kicker over the heading, a <time> that carries its own
# label, image captions that are camera file names, and metadata that names the publisher
# or the site's host instead of a writer.

POSTER = "Trần Minh Tuấn"  # the wpblocks site's staffer: his line closes every article


def _teaser(o):
    # the opening sentence of another article, as teaser lists print it
    return o["lead"].split(". ")[0].rstrip(".") + "."


def phptable(a, others, rng, page_no):
    d = a["date"]
    n = a["n"]
    parts = a.get("pages_html") or [a["paragraphs"]]
    runs, gold = [], []
    if page_no == 0 and a.get("lead"):
        runs.append(f"<b>{e(a['lead'])}</b>")
        gold.append(a["lead"])
        if n % 4 == 1:  # the byline right under the lead
            runs.append(f"<i>Bài và ảnh: {e(a['author'])}</i>")
    body = list(parts[page_no])
    for j, p in enumerate(body):
        runs.append(e(p))
        gold.append(p)
        if j == 0 and page_no == 0:
            if n % 4 == 3:  # a camera's file name is all the caption says
                cap_ = f"z{4012345678900 + n * 7919}_{n:02x}a3f"
                runs.append(f'<div align="center"><img src="/upload/{cap_}.jpg"><br><i>{cap_}</i></div>')
            else:
                runs.append(f'<div align="center"><img src="/upload/anh{n}.jpg" border="0"><br><i>{e(a["caption"])}</i></div>')
                gold.append(a["caption"])
    if n == 2 and page_no == 0:  # a table pasted from a word processor: cells hold <p>s
        rows = [("TT", "Đơn vị", "Số hội viên"), ("1", "Chi hội xã Quảng Tâm", "45"),
                ("2", "Chi hội phường Đông Vệ", "38"), ("3", "Câu lạc bộ cây cảnh Hàm Rồng", "27")]
        table = "".join("<tr>" + "".join(f'<td valign="top"><p align="center">{e(c)}</p></td>' for c in r) + "</tr>" for r in rows)
        runs.append(f'<table border="1" cellspacing="0" cellpadding="3" width="100%">{table}</table>')
        gold += [" ".join(r) for r in rows]
    last = page_no == len(parts) - 1
    author, source = a["author"], None
    if last:
        if n % 4 == 2:
            author = "Văn phòng Hội làm vườn"  # an office of the association signs
            runs.append(e(author))
        elif n % 4 != 1:
            runs.append(f"<b>{e(a['author'])}</b>")
        if n % 3 == 0:
            source = "Báo Thanh Hóa"
            runs.append(f"<i>Nguồn: {source}</i>")
    pager = ""
    if len(parts) > 1:
        links = " ".join(f"[{k + 1}]" if k == page_no else f'<a href="/{a["slug"]}?trang={k + 1}">[{k + 1}]</a>' for k in range(len(parts)))
        pager = f'<div class="phantrang">Trang: {links}</div>'
    html_body = ""
    for r in runs:  # blocks stand alone; text runs are separated by two <br>s
        html_body += r if r.startswith(("<div", "<table")) else r + "<br><br>"
    others_html = "".join(f'<li><a href="/tin/{o["slug"]}.html">{e(o["title"])}</a> <i>({o["date"][8:]}/{o["date"][5:7]}/{o["date"][:4]})</i></li>' for o in others[:5])
    hot = "".join(f'<tr><td class="tinmoi">» <a href="/tin/{o["slug"]}.html">{e(o["title"][:60])}</a></td></tr>' for o in others[5:9])
    html_ = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>HỘI LÀM VƯỜN TỈNH THANH HÓA</title>
<link rel="stylesheet" href="/css/style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/banner.jpg" width="980" height="140" alt=""></td></tr>
<tr><td colspan="2" class="menu"><a href="/">Trang chủ</a> | <a href="/gioithieu.php">Giới thiệu</a> | <a href="/tintuc.php">Tin tức</a> | <a href="/kythuat.php">Kỹ thuật vườn</a> | <a href="/lienhe.php">Liên hệ</a></td></tr>
<tr>
<td width="230" valign="top" class="cottrai">
<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td class="title_box">TIN MỚI ĐĂNG</td></tr>{hot}
<tr><td class="title_box">THỐNG KÊ</td></tr><tr><td>Đang xem: {rng.randint(3, 40)}<br>Tổng truy cập: {rng.randint(100000, 900000)}</td></tr>
</table></td>
<td width="750" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="title_cat">TIN TỨC - SỰ KIỆN</td></tr>
<tr><td><font size="4" color="#0B5394"><b>{e(a["title"])}</b></font></td></tr>
<tr><td><i>Cập nhật: {d[8:]}/{d[5:7]}/{d[:4]} {a["time"]}</i></td></tr>
<tr><td class="noidung" valign="top"><font face="Arial" size="2">{html_body}</font>
{pager}
<p align="right" class="luotdoc"><i>Bài viết đã được đọc {a["views"] + page_no} lần.</i></p>
<p class="tinkhac"><b>Các tin khác:</b></p><ul class="dstinkhac">{others_html}</ul>
</td></tr>
</table></td></tr>
<tr><td colspan="2" class="footer" align="center">HỘI LÀM VƯỜN TỈNH THANH HÓA<br>Địa chỉ: 25 Phan Chu Trinh, TP. Thanh Hóa - ĐT: 0237 3852 111</td></tr>
</table>
</body>
</html>"""
    a["gold_pages"] = a.get("gold_pages", {})
    a["gold_pages"][page_no] = gold
    a["author_gold"] = author if n % 4 != 1 else a["author"]
    a["source"] = source if last else a.get("source")
    must = ["TIN TỨC - SỰ KIỆN", "TIN MỚI ĐĂNG", "Tổng truy cập", "đã được đọc", "Các tin khác",
            "25 Phan Chu Trinh", "Cập nhật:", "Trang:", "Bài và ảnh", "Nguồn:"]
    must += [o["title"] for o in others[:5]]
    return html_, must


def wpblocks(a, others, rng, page_no):
    d = a["date"]
    n = a["n"]
    pid = 2000 + n * 41
    later = f"{int(d[:4]) + 1}-{d[5:7]}-{d[8:]}"
    gold = [a["lead"]]
    body = f'<p><strong>{e(a["lead"])}</strong></p>\n'
    for j, p in enumerate(a["paragraphs"]):
        body += f"<p>{e(p)}</p>\n"
        gold.append(p)
        if j == 0:
            if n % 3 == 2:
                shot = f"{d.replace('-', '')}_{a['time'].replace(':', '')}{n:02d}"
                body += (f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/{shot}.jpg" alt="" class="wp-image-{pid}"/>'
                         f'<figcaption class="wp-element-caption">{shot}</figcaption></figure>\n')
            else:
                body += (f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/anh-{pid}.jpg" alt="" class="wp-image-{pid}"/>'
                         f'<figcaption class="wp-element-caption">{e(a["caption"])}</figcaption></figure>\n')
                gold.append(a["caption"])
        if j == 1 and n % 3 == 1:  # a related article linked in the middle of the text
            o = others[3]
            body += f'<p><strong>Xem thêm:</strong> <a href="/{o["slug"]}/">{e(o["title"])}</a></p>\n'
        if j == 1 and n == 1:  # a table of figures: some cells hold only a number
            rows = [("Năm", "Số tàu", "Sản lượng (tấn)"), ("2021", "1.240", "58.300"), ("2022", "1.315", "61.750")]
            body += ('<figure class="wp-block-table"><table><tbody>'
                     + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                     + "</tbody></table></figure>\n")
            gold += [" ".join(r) for r in rows]
    author = POSTER
    if n % 2 == 0:
        body += f'<p class="has-text-align-right"><strong>{e(a["author"])}</strong></p>\n'
        author = a["author"]
    body += f'<p class="has-text-align-right"><em>Người cập nhật: {POSTER}</em></p>\n'
    teasers = "".join(f'<div class="tin-item"><h4><a href="/{o["slug"]}/">{e(o["title"])}</a></h4><p>{e(_teaser(o))}</p></div>' for o in others[5:8])
    body += f'<div class="wp-block-group tin-cung-muc"><h3>Tin cùng chuyên mục</h3>{teasers}</div>\n'
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": a["title"],
         "author": {"@type": "Organization", "name": "Ban Truyền thông Hội"}},
        {"@type": "WebSite", "name": "Hội Nghề cá tỉnh Cà Mau"}]}
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{e(a["title"])} | Hội Nghề cá tỉnh Cà Mau</title>
<meta name="author" content="hoinghecacamau.org.vn">
<meta property="og:site_name" content="Hội Nghề cá tỉnh Cà Mau">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="post-template-default single single-post postid-{pid}">
<header class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/logo.png" alt="Hội Nghề cá tỉnh Cà Mau"></a></div>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/category/tin-hoat-dong/">Tin hoạt động</a></li><li><a href="/category/khuyen-ngu/">Khuyến ngư</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish">
<span class="kicker">Khuyến ngư</span>
<h1 class="entry-title">{e(a["title"])}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{d}T{a['time']}:00+07:00">Ngày đăng: {d[8:]}/{d[5:7]}/{d[:4]}</time>
<time class="updated" datetime="{later}T09:00:00+07:00">Cập nhật: {later[8:]}/{later[5:7]}/{later[:4]}</time></div>
<div class="entry-content">
{body}</div>
</article>
<div class="comments-area"><h3>Để lại bình luận</h3><form><textarea name="comment"></textarea></form></div>
</main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Bài mới</h2><ul>{"".join(f'<li><a href="/{o["slug"]}/">{e(o["title"])}</a></li>' for o in others[:4])}</ul></section></aside>
</div>
<footer class="site-footer"><p>Hội Nghề cá tỉnh Cà Mau – 12 Lý Thường Kiệt, TP. Cà Mau</p></footer>
</body></html>"""
    a["gold_pages"] = {0: gold}
    a["author_gold"] = author
    a["source"] = None
    must = ["Người cập nhật", "Tin cùng chuyên mục", "Xem thêm", "Để lại bình luận", "Bài mới",
            "12 Lý Thường Kiệt", "Cập nhật:", "Ngày đăng:"] + [_teaser(o) for o in others[5:8]]
    if n % 2:
        must.append(a["author"])  # not on this page; never made up
    return html_, [m for m in must if m not in {"Khuyến ngư"}]


SITES = [
    ("nukeviet", "lhh-nghean", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An", nukeviet, 10),
    ("joomla", "hoiyhoc-binhdinh", "Hội Y học tỉnh Bình Định", joomla, 10),
    ("wordpress", "hoinongnghiep-cantho", "Hội Khoa học Kỹ thuật Nông nghiệp Cần Thơ", wordpress, 10),
    ("aspnet", "lhh-soctrang", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng", aspnet, 9),
    ("govportal", "lhh-quangngai", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi", govportal, 9),
    ("vusta", "vusta", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", vusta, 9),
    ("phptable", "hoilamvuon-thanhhoa", "Hội Làm vườn tỉnh Thanh Hóa", phptable, 8),
    ("wpblocks", "hoinghe-camau", "Hội Nghề cá tỉnh Cà Mau", wpblocks, 8),
]


# -- the five seeds, rebuilt ---------------------------------------------------------------


def seed_lines(name: str) -> list[str]:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    # gold as a reader sees it: no-break spaces are spaces, runs of spaces are one
    return [" ".join(line.replace("\xa0", " ").split())
            for line in path.read_text(encoding="utf-8").splitlines()]


def ptag(text, style="text-align: justify;"):
    return f'<p style="{style}">{e(text)}</p>\n'


def seeds() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    # 000: Sóc Trăng, ASP.NET. Body = lines from "Sáng ngày 12/01" to before "LHHST";
    # "Hoi nghi TK LHH 2022" is an image file name shown as a caption, "Toàn cảnh Hội nghị" stays.
    lines = [x for x in seed_lines("000") if x]
    start, end = 2, lines.index("LHHST")
    body_lines = lines[start:end]
    raw = ""
    for x in body_lines:
        if x == "Hoi nghi TK LHH 2022":
            raw += ('<table align="center"><tr><td><img alt="Hoi nghi TK LHH 2022" src="/Upload/Images/Hoi nghi TK LHH 2022.jpg"/></td></tr>'
                    '<tr><td style="text-align:center">Hoi nghi TK LHH 2022</td></tr></table>\n')
        elif x == "Toàn cảnh Hội nghị":
            raw += ptag(x, "text-align: center;")
        else:
            raw += ptag(x)
    raw += '<p style="text-align: right;"><strong>LHHST</strong></p>'
    gold = [x for x in body_lines if x != "Hoi nghi TK LHH 2022"]
    st = [dict(title="Hội nghị Tổng kết hoạt động năm 2022 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng",
               date="2023-01-13", author="LHHST", lead=None, raw_body=raw, gold=gold,
               extra_must=["Hoi nghi TK LHH 2022"])]
    # 001: Sóc Trăng 2016; captions are camera file names; byline glued to partner logos.
    lines = [x for x in seed_lines("001") if x]
    title = lines[0]
    end = lines.index("Minh Thành - Thu NgaVusta")
    body_lines = lines[1:end]
    raw = ""
    for x in body_lines:
        if x.startswith("IMG 2017"):
            raw += (f'<table align="center"><tr><td><img alt="{x}" src="/Upload/Images/{x}.jpg"/></td></tr>'
                    f'<tr><td style="text-align:center">{x}</td></tr></table>\n')
        elif len(x) < 90 and not x.endswith("."):
            raw += f'<p><strong>{e(x)}</strong></p>\n'
        else:
            raw += ptag(x)
    raw += '<p style="text-align: right;"><strong>Minh Thành - Thu Nga</strong></p>'
    gold = [x for x in body_lines if not x.startswith("IMG 2017")]
    st.append(dict(title=title, date="2017-01-12", author="Minh Thành - Thu Nga", lead=None, raw_body=raw,
                   gold=gold, extra_must=["IMG 20170111 213706-1", "IMG 20170111 213703-1", "NgaVusta"]))
    out["aspnet"] = st
    # 002: Quảng Ngãi, government portal. The embedded video's title is not article text.
    lines = [x for x in seed_lines("002") if x]
    title = lines[2]
    end = lines.index("BH")
    body_lines = lines[3:end]
    raw = ""
    gold = []
    for x in body_lines:
        if x.startswith("Video 05"):
            raw += (f'<div class="video-embed"><iframe src="https://www.youtube.com/embed/q9" width="560" height="315"></iframe>'
                    f'<p class="video-title">{e(x)}</p></div>\n')
            continue
        raw += ptag(x, "text-align: center;") if x.startswith(("Quang cảnh", "Phó Chủ tich")) else ptag(x)
        gold.append(x)
    raw += '<p style="text-align: right;"><strong>BH</strong></p>'
    out["govportal"] = [dict(title=title, date="2020-02-29", time="15:41", author="BH", lead=None, raw_body=raw,
                             gold=gold, extra_must=[])]
    # 003: Nghệ An, NukeViet 4. Title repeated as the lead; "3" is an image index.
    lines = [x for x in seed_lines("003") if x]
    title = lines[0]
    end = lines.index("Khánh Huyền")
    body_lines = lines[3:end]
    raw = ""
    gold = []
    for x in body_lines:
        if x == "3":
            raw += ('<div class="image-center"><img alt="" src="/uploads/news/2023_01/tk.jpg"/><span class="img-index">3</span></div>\n')
            continue
        raw += ptag(x, "text-align: center;") if x.startswith("Đồng chí Đậu Quang Vinh") else ptag(x)
        gold.append(x)
    out["nukeviet"] = [dict(title=title, date="2023-01-10", time="22:33", weekday="Thứ ba", author="Khánh Huyền",
                            lead=lines[2], raw_body=raw, gold=gold, extra_must=[])]  # the lead repeats the title: not text
    # 004: vusta.vn. No byline on this page; "tm-img-alt" placeholders, long teaser lists.
    lines = [x for x in seed_lines("004") if x]
    title = lines[2]
    end = lines.index("Xem Thêm")
    body_lines = lines[3:end]
    lead = body_lines[0]
    raw = ""
    gold = [lead]
    k = 1
    while k < len(body_lines):
        x = body_lines[k]
        if x == "tm-img-alt":
            cap_ = body_lines[k + 1]
            raw += (f'<figure class="picture"><img class="lazyload cms-photo" alt="tm-img-alt" title="tm-img-alt" data-src="https://photo.vusta.vn/w680/Uploaded/2023/a{k}.jpg" />'
                    f'<figcaption class="PhotoCMS_Caption"><p class="tm-img-alt">tm-img-alt</p><p>{e(cap_)}</p></figcaption></figure>\n')
            gold.append(cap_)
            k += 2
            continue
        raw += f"<p>{e(x)}</p>\n"
        gold.append(x)
        k += 1
    rest = lines[end + 1:]
    new_at = rest.index("Tin mới")
    more = list(zip(rest[:new_at:2], rest[1:new_at:2], strict=True))
    new = list(zip(rest[new_at + 1::2], rest[new_at + 2::2], strict=True))
    out["vusta"] = [dict(title=title, date="2023-01-03", time="14:23", weekday="Thứ ba", author=None, lead=lead,
                         raw_body=raw, gold=gold, extra_must=[], teasers_more=more, teasers_new=new)]
    return out


def slugify(text: str) -> str:
    import re
    import unicodedata

    t = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:60]


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    seeded = seeds()
    total = 0
    for site_idx, (style, site, org, render, count) in enumerate(SITES):
        rng = random.Random(1000 + site_idx)
        arts = [make_article(rng, site_idx, i, org) for i in range(count)]
        for s in seeded.get(style, []):
            s.setdefault("time", "08:15")
            s.setdefault("weekday", "Thứ năm")
            s.setdefault("views", 57)
            s.setdefault("img", "IMG_20230112_081530.jpg")
            s.setdefault("caption", "")
            s.setdefault("paragraphs", s["gold"])
            arts.insert(0, s)
        if style == "joomla":  # two articles split over pages with Joomla's page break
            for a in arts[2:4]:
                ps = a["paragraphs"]
                a["pages_html"] = [ps[: len(ps) // 2 + 1], ps[len(ps) // 2 + 1:]]
        if style == "phptable":  # one article over two pages, with a numbered pager
            ps = arts[4]["paragraphs"]
            arts[4]["pages_html"] = [ps[: len(ps) // 2], ps[len(ps) // 2:]]
        for n, a in enumerate(arts):
            a["n"] = n
            a["slug"] = slugify(a["title"]) + f"-{n + 10}"
        (OUT / site).mkdir(parents=True)
        for n, a in enumerate(arts):
            others = arts[n + 1:] + arts[:n]
            pages = a.get("pages_html") or [None]
            htmls = []
            for page_no in range(len(pages)):
                page_html, must = render(a, others, random.Random(n * 31 + page_no), page_no)
                htmls.append(page_html)
            if "gold_pages" in a:  # the renderer wrote the gold as it laid the text out
                paragraphs = [p for k in sorted(a["gold_pages"]) for p in a["gold_pages"][k]]
            elif "gold" in a:
                paragraphs = a["gold"]
            else:
                paragraphs = ([a["lead"]] if a.get("lead") else []) + list(a["paragraphs"])
                if style in ("nukeviet", "joomla", "aspnet", "govportal", "vusta") and a.get("caption"):
                    # descriptive captions are article text; where they sit varies by CMS
                    at = {"nukeviet": 2, "joomla": 1, "aspnet": 2, "govportal": 0, "vusta": 2}[style]
                    paragraphs.insert(at, a["caption"])
                if style == "wordpress":
                    paragraphs.insert(3, a["caption"])
            must += a.get("extra_must", [])
            gold = {
                "site": site, "cms": style,
                "url": (f"http://hoiyhoc.example.vn/index.php/tin-tuc/{a['slug']}" if style == "joomla"
                        else f"http://{site}.example.vn/{a['slug']}"),
                "title": a["title"], "published": a["date"], "author": a.get("author_gold", a["author"]),
                "source": a.get("source"),
                "paragraphs": paragraphs,
                "must_not_appear": sorted(set(m for m in must if m and m not in "\n".join(paragraphs))),
                "pages": [f"{n:02d}.html"] + [f"{n:02d}.p{k + 1}.html" for k in range(1, len(htmls))],
            }
            (OUT / site / f"{n:02d}.html").write_text(htmls[0], encoding="utf-8")
            for k, extra in enumerate(htmls[1:], start=2):
                (OUT / site / f"{n:02d}.p{k}.html").write_text(extra, encoding="utf-8")
            (OUT / site / f"{n:02d}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
            total += 1
    print(f"{total} labelled pages in {len(SITES)} CMS styles under {OUT}")


if __name__ == "__main__":
    main()
