"""Evaluation site: a provincial union on NukeViet 4 (Bootstrap theme 'default'); serves, never scores.

Models lienhiephoi-style NukeViet 4 portals: `/news/<cat>/<slug>-<id>.html` articles whose
lead (`hometext`) is a separate block above the body, a signature paragraph
`<p class="h5 text-right"><strong>…</strong></p>` as the byline, rating widget, "Ý kiến
bạn đọc", "Tin cùng chuyên mục" with dates, tag pages, per-category RSS, a sitemap index of
per-module sitemaps whose `<lastmod>` is local time WITHOUT an offset, category listings whose
items carry the whole lead (2-3 sentences), a "Văn bản" documents module with PDF/.doc files,
about / organisation-chart / functions pages, and a news category ("Tư liệu") that no menu
links: its articles are reachable from the sitemap only. See BRIEF.md for the hard cases.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import _kit_a as kit
from ._kit_a import Art, esc
from ._prose_a import Org, Writer
from .model import EvalSite

NAME = "nukeviet_v4"
ORG = Org("Hà Tĩnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh", "Liên hiệp Hội tỉnh", "Hà Tĩnh",
          ["Can Lộc", "Hương Sơn", "Kỳ Anh", "Thạch Hà", "Đức Thọ", "Nghi Xuân", "Cẩm Xuyên", "Vũ Quang", "Hương Khê", "Lộc Hà"],
          ["Hội Làm vườn tỉnh", "Hội Y học tỉnh", "Hội Kiến trúc sư tỉnh", "Hội Khoa học Lịch sử tỉnh", "Hội Tin học tỉnh",
           "Hội Đông y tỉnh", "Hội Thủy lợi tỉnh", "Hội Khoa học Kinh tế tỉnh", "Hội Bảo vệ thiên nhiên và môi trường tỉnh"])
SITE_NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật Hà Tĩnh"

CATS = {  # slug -> (name, in menus?)
    "tin-hoat-dong": ("Tin hoạt động", True),
    "tu-van-phan-bien": ("Tư vấn - Phản biện", True),
    "hoi-thanh-vien": ("Hội thành viên", True),
    "tu-lieu": ("Tư liệu", False),  # a section no menu links: sitemap only
}
PER_PAGE = 6
TAGS = ["hội thảo", "tập huấn", "phản biện", "đại hội", "sáng tạo", "tôn vinh trí thức", "nông nghiệp", "chuyển đổi số"]
KIND_TAG = {"hoi_thao": "hội thảo", "tap_huan": "tập huấn", "phan_bien": "phản biện", "dai_hoi": "đại hội",
            "sang_tao": "sáng tạo", "ton_vinh": "tôn vinh trí thức", "chuyen_giao": "nông nghiệp", "khao_sat": "nông nghiệp"}
BOILERPLATE = ["Tổng số điểm của bài viết là", "Click để đánh giá bài viết", "Ý kiến bạn đọc", "Tin cùng chuyên mục",
               "Tổng lượt truy cập", "Bạn đã không sử dụng Site", "Mã bảo mật", "Từ khóa:", "IMG_20"]


@lru_cache(maxsize=1)
def _week() -> tuple[list[Art], list[dict]]:
    rng = random.Random(NAME)
    w = Writer(NAME, ORG)
    arts = kit.plan(w, rng, sections=[
        ("tin-hoat-dong", 17, ["hoi_thao", "tap_huan", "tong_ket", "pho_bien", "khao_sat", "ky_ket", "ton_vinh"]),
        ("tu-van-phan-bien", 9, ["phan_bien", "hoi_thao"]),
        ("hoi-thanh-vien", 8, ["dai_hoi", "chuyen_giao", "tap_huan", "sang_tao"])],
        start=date(2021, 3, 1), end=date(2026, 11, 6), new_per_night=[2, 1, 0, 2, 1, 3, 1],
        new_sections=["tin-hoat-dong", "tin-hoat-dong", "tu-van-phan-bien", "hoi-thanh-vien"],
        first_id=1180, authors=["Khánh Huyền", "Minh Hà", "Văn phòng Liên hiệp Hội", None, "Trần Hậu", "Thu Trang", None])
    # the "Tư liệu" section: four old history pieces, no menu, no lists; sitemap only
    hist = random.Random(NAME + "/tu-lieu")
    for i, (title, paras) in enumerate(_history(w, hist)):
        when = datetime(2019, 4 + i * 2, 3 + i * 5, 9, 15 + i, tzinfo=kit.VN)
        arts.append(Art(900 + i * 7, title, when, "Ban biên tập", paras, cat="tu-lieu", appear=0))
    for a in arts:
        a.tags = [t for t in {KIND_TAG.get(_kind_guess(a.title)), rng.choice(TAGS)} if t] if a.cat != "tu-lieu" else []
    ed = Writer(NAME + "/edits", ORG)
    e1, e2 = kit.pick_old(arts, newest=6), kit.pick_old(arts, newest=20)
    e3 = [a for a in arts if a.appear == 1][0]
    for night, a in ((2, e1), (4, e2), (6, e3)):
        a.edits.append((night, ed.addendum(kit.edit_time(night))))
        a.signalled_edit = True  # the news sitemap's lastmod is the edit time
    for night, a in ((3, kit.pick_old(arts, newest=3)), (7, kit.pick_old(arts, newest=14))):
        a.delete, a.delete_kind, a.signalled_delete = night, "404", True
    laws = _laws(random.Random(NAME + "/laws"))
    return arts, laws


def _kind_guess(title: str) -> str:
    t = title.lower()
    for key, word in (("hoi_thao", "hội thảo"), ("tap_huan", "tập huấn"), ("phan_bien", "phản biện"), ("dai_hoi", "đại hội"),
                      ("sang_tao", "sáng tạo"), ("ton_vinh", "tôn vinh"), ("chuyen_giao", "chuyển giao"), ("khao_sat", "khảo sát")):
        if word in t:
            return key
    return ""


def _history(w: Writer, rng) -> list[tuple[str, list[str]]]:
    return [
        ("Những chặng đường phát triển của Liên hiệp Hội tỉnh Hà Tĩnh (1993-2018)", [
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh được thành lập theo Quyết định của UBND tỉnh năm 1993, khi toàn tỉnh mới có năm hội chuyên ngành với chưa đầy một nghìn hội viên, trụ sở làm việc phải mượn tạm của Sở Khoa học, Công nghệ và Môi trường.",
            "Những năm đầu, hoạt động chủ yếu là tập hợp trí thức, tổ chức các buổi sinh hoạt chuyên đề và phổ biến kỹ thuật canh tác cho nông dân ven biển. Nhiều cán bộ chủ chốt làm việc kiêm nhiệm, không hưởng phụ cấp nhưng vẫn gắn bó với hội suốt nhiều nhiệm kỳ.",
            "Từ sau Chỉ thị 42-CT/TW năm 2010, Liên hiệp Hội được giao thêm nhiệm vụ tư vấn, phản biện và giám định xã hội. Đến năm 2018, hệ thống đã có 27 hội thành viên, hơn 18.000 hội viên, nhiều ý kiến phản biện được Tỉnh ủy, UBND tỉnh tiếp thu trong quá trình hoạch định chính sách.",
            "Nhìn lại chặng đường hơn hai mươi lăm năm, những người trong cuộc đều cho rằng bài học lớn nhất là giữ được sự đoàn kết, lấy hiệu quả hoạt động ở cơ sở làm thước đo và luôn tôn trọng tính tự nguyện, tự quản của các hội thành viên."]),
        ("Hội thi Sáng tạo kỹ thuật Hà Tĩnh qua 10 kỳ tổ chức", [
            "Hội thi Sáng tạo kỹ thuật tỉnh Hà Tĩnh được tổ chức lần đầu năm 1996 với 23 giải pháp dự thi, phần lớn là cải tiến nông cụ và quy trình chăn nuôi ở quy mô hộ gia đình.",
            "Qua mười kỳ tổ chức, số giải pháp dự thi tăng dần, lĩnh vực mở rộng sang y tế, giáo dục, xây dựng và công nghệ thông tin. Tổng cộng đã có hơn 900 giải pháp tham gia, 312 giải pháp đạt giải, trong đó 41 giải pháp đạt giải tại Hội thi toàn quốc.",
            "Nhiều tác giả là nông dân, công nhân không qua đào tạo bài bản nhưng có những sáng chế được áp dụng rộng rãi, như máy tuốt lúa liên hợp cỡ nhỏ hay lò sấy hải sản dùng nhiệt mặt trời ở các xã ven biển Kỳ Anh, Cẩm Xuyên.",
            "Theo đánh giá của Ban Tổ chức, khó khăn lớn nhất hiện nay là khâu thương mại hóa: phần lớn giải pháp sau khi đạt giải chưa tìm được nhà đầu tư để sản xuất hàng loạt."]),
        ("Tư liệu: Đội ngũ trí thức Hà Tĩnh trong những năm đầu đổi mới", [
            "Trong thập niên 1990, đội ngũ trí thức Hà Tĩnh chủ yếu tập trung ở các cơ quan hành chính, trường học và bệnh viện tuyến tỉnh, số người có trình độ sau đại học rất ít.",
            "Các tài liệu lưu trữ cho thấy, năm 1995 toàn tỉnh có khoảng 60 thạc sĩ và 8 tiến sĩ, phần lớn được đào tạo ở nước ngoài. Điều kiện làm việc thiếu thốn khiến không ít người phải rời quê lập nghiệp.",
            "Dù vậy, nhiều trí thức vẫn bền bỉ bám trụ, góp phần đưa các tiến bộ kỹ thuật về giống lúa, giống lạc và nuôi tôm vào sản xuất, tạo tiền đề cho bước phát triển của nông nghiệp tỉnh nhà những năm sau đó."]),
        ("Tư liệu: Hoạt động phổ biến kiến thức qua sóng phát thanh những năm 2000", [
            "Đầu những năm 2000, khi truyền hình chưa phủ sóng đến nhiều xã miền núi, chuyên mục khoa học trên Đài Phát thanh tỉnh là kênh phổ biến kiến thức quan trọng của Liên hiệp Hội.",
            "Mỗi tuần hai buổi, các nhà khoa học thuộc hội thành viên thay nhau lên sóng giải đáp thắc mắc của thính giả về chăm sóc cây trồng, phòng bệnh cho gia súc và vệ sinh môi trường. Thư của thính giả gửi về có tuần lên tới vài trăm lá.",
            "Nhiều nội dung của chuyên mục sau này được biên tập thành sổ tay kỹ thuật, phát miễn phí cho các thôn, bản vùng sâu, vùng xa."]),
    ]


def _laws(rng) -> list[dict]:
    items = [("Quyết định", "QĐ-LHH", "Về việc ban hành Quy chế tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ XIII"),
             ("Kế hoạch", "KH-LHH", "Kế hoạch hoạt động tư vấn, phản biện và giám định xã hội năm 2026"),
             ("Thông báo", "TB-LHH", "Thông báo kết luận Hội nghị Ban Thường vụ Liên hiệp Hội lần thứ 9"),
             ("Công văn", "CV-LHH", "Về việc đăng ký tham gia Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng năm 2026"),
             ("Quyết định", "QĐ-LHH", "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2025"),
             ("Kế hoạch", "KH-LHH", "Kế hoạch tổ chức Đại hội đại biểu Liên hiệp Hội tỉnh lần thứ VI"),
             ("Báo cáo", "BC-LHH", "Báo cáo kết quả hoạt động 6 tháng đầu năm 2025"),
             ("Công văn", "CV-LHH", "Về việc góp ý dự thảo Nghị quyết về chính sách thu hút nhân lực chất lượng cao"),
             ("Quyết định", "QĐ-LHH", "Về việc kiện toàn Hội đồng Tư vấn khoa học và công nghệ"),
             ("Thông báo", "TB-LHH", "Thông báo tuyển chọn tổ chức chủ trì đề tài khoa học năm 2026"),
             ("Kế hoạch", "KH-LHH", "Kế hoạch tổ chức lễ tôn vinh trí thức tiêu biểu năm 2025"),
             ("Báo cáo", "BC-LHH", "Báo cáo tổng kết 5 năm thực hiện Chỉ thị 42-CT/TW")]
    out, day = [], date(2026, 10, 28)
    for i, (kind, suffix, summary) in enumerate(items):
        number = f"{rng.randint(40, 260)}/{suffix}"
        ext = "doc" if i % 4 == 1 else "pdf"
        out.append({"id": 300 - i * 3, "kind": kind, "number": number, "date": day, "summary": summary,
                    "slug": kit.slugify(f"{number} {summary}")[:70].strip("-"), "file": f"/uploads/laws/{kit.slugify(number)}.{ext}"})
        day -= timedelta(days=rng.randint(9, 60))
    return out


# -- URLs -----------------------------------------------------------------------------------

def article_path(a: Art) -> str:
    return f"/news/{a.cat}/{kit.slugify(a.title)[:90].strip('-')}-{a.num}.html"


def cat_path(cat: str, page: int = 1) -> str:
    return f"/news/{cat}/" if page == 1 else f"/news/{cat}/page-{page}/"


def tag_path(tag: str) -> str:
    return f"/news/tag/{kit.slugify(tag)}"


# -- rendering ------------------------------------------------------------------------------

def _shell(base: str, night: int, *, title: str, main: str, crumbs: list[tuple[str, str]], arts_live: list[Art],
           canonical: str, laws: list[dict], og_type: str = "website", extra_head: str = "") -> str:
    menu = "".join(f'<li><a href="{cat_path(c)}" title="{esc(n)}">{esc(n)}</a></li>' for c, (n, shown) in CATS.items() if shown)
    popular = sorted((a for a in arts_live if a.cat != "tu-lieu"), key=lambda a: (_views(a, night), a.num), reverse=True)[:5]
    pop = "".join(f'<li><a href="{article_path(a)}" title="{esc(a.title)}">{esc(a.title)}</a></li>' for a in popular)
    notices = "".join(f'<li><a href="/laws/detail/{d["slug"]}-{d["id"]}.html">{esc(d["number"])} - {esc(d["summary"])}</a> '
                      f'<span class="text-muted">({kit.dmy(d["date"])})</span></li>' for d in laws[:4])
    crumb = "".join(f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{u}" itemprop="item">'
                    f'<span itemprop="name">{esc(t)}</span></a></li>' for t, u in crumbs)
    views_today = 300 + night * 37 + (night * 911) % 200
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(title)}">
<meta name="author" content="{esc(SITE_NAME)}">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="{og_type}">
<meta property="og:url" content="{canonical}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="{canonical}">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
{''.join(f'<link rel="alternate" href="/news/rss/{c}/" title="Tin Tức - {esc(n)}" type="application/rss+xml">' for c, (n, s) in CATS.items() if s)}
<link rel="StyleSheet" href="/themes/default/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
{extra_head}
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0;</script>
<script src="/assets/js/global.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(SITE_NAME)}" href="/"><img src="/uploads/logo-lhh.png" width="80" height="80" alt="{esc(SITE_NAME)}"></a>
<span class="site_name">{esc(SITE_NAME.upper())}</span><span class="site_description">Đoàn kết - Trí tuệ - Sáng tạo</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><form action="/seek/" method="get"><input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..."><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form>
<a href="/seek/?q=&amp;m=news" rel="nofollow">Tìm kiếm nâng cao</a></div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation"><ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li class="dropdown"><a class="dropdown-toggle" href="/about/" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu"><li><a href="/about/gioi-thieu-chung.html">Giới thiệu chung</a></li><li><a href="/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li><li><a href="/about/chuc-nang-nhiem-vu.html">Chức năng, nhiệm vụ</a></li></ul></li>
<li class="dropdown"><a href="/news/" title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">{menu}</ul></li>
<li><a href="/laws/" title="Văn bản">Văn bản</a></li>
<li><a href="javascript:void(0)" onclick="nv_open_browse('/feeds/', 'feeds', 500, 400)" title="RSS">RSS</a></li>
<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>
<li><a href="/users/login/" rel="nofollow">Đăng nhập</a></li>
</ul></div></div></div></div></nav>
<div class="container"><div class="headerdate"><span class="current-time">{kit.header_today(night)}</span> | <marquee scrollamount="3">Chào mừng Đại hội đại biểu Liên hiệp Hội tỉnh lần thứ VI, nhiệm kỳ 2025-2030!</marquee></div></div>
<section><div class="container" id="body">
<nav class="third-nav"><ul class="breadcrumbs list-none" itemscope itemtype="http://schema.org/BreadcrumbList"><li><a href="/" title="Trang nhất"><em class="fa fa-lg fa-home">&nbsp;</em></a></li>{crumb}</ul></nav>
<div class="row"><div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Đọc nhiều</div><div class="panel-body"><ul class="list-none list-items">{pop}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body"><ul class="list-none">{notices}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><select class="form-control" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="https://vusta.vn">Liên hiệp Hội Việt Nam</option><option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh</option></select></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none">
<li><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập<span>{17 + night * 3}</span></li>
<li><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay<span>{views_today:,}</span></li>
<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại<span>{9400 + night * 410:,}</span></li>
<li><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập<span>{1447567 + night * 1311:,}</span></li></ul></div></div>
</div></div></div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-16">
<div class="company_info"><h3 class="company_name">{esc(SITE_NAME.upper())}</h3>
<ul class="company_info"><li><em class="fa fa-map-marker"></em> Địa chỉ: Số 02 đường Nguyễn Chí Thanh, TP Hà Tĩnh, tỉnh Hà Tĩnh</li>
<li><em class="fa fa-phone"></em> Điện thoại: <a href="tel:+842393855123">0239.3855.123</a></li>
<li><em class="fa fa-envelope"></em> Email: <a href="mailto:lienhiephoi@hatinh.gov.vn">lienhiephoi@hatinh.gov.vn</a></li>
<li>Chịu trách nhiệm nội dung: Chủ tịch Liên hiệp Hội tỉnh. Giấy phép số 12/GP-TTĐT ngày 02/03/2019.</li></ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><div class="copyright">&copy; Bản quyền thuộc về {esc(SITE_NAME)}. Thiết kế bởi <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a></div>
<a class="bttop" href="javascript:void(0)" onclick="window.scrollTo(0,0)"><em class="fa fa-eject fa-lg"></em></a></div></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/themes/default/js/main.js"></script>
</body>
</html>"""


def _views(a: Art, night: int) -> int:
    return 40 + (a.num * 37) % 900 + night * (a.num % 7 + 2)


def _img(a: Art) -> str:
    return f"/uploads/news/{a.published:%Y_%m}/{kit.camera_name(a.num, a.published).lower()}.jpg"


def _hometext(a: Art) -> str:
    return a.paragraphs[0]


def _datetime_line(a: Art) -> str:
    return f"{kit.weekday(a.published)} - {kit.dmy(a.published)} {a.published:%H:%M}"


def _list_item(a: Art, lead: bool = True) -> str:
    text = f'<div class="text-muted">{esc(_hometext(a))}</div>' if lead else ""
    return (f'<div class="news_column panel panel-default"><div class="panel-body clearfix">'
            f'<a href="{article_path(a)}" title="{esc(a.title)}"><img alt="{esc(a.title)}" src="{_img(a)}" width="183" class="img-thumbnail pull-left imghome"></a>'
            f'<h3><a href="{article_path(a)}" title="{esc(a.title)}">{esc(a.title)}</a></h3>'
            f'<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {kit.dmy(a.published)} {a.published:%H:%M}</li>'
            f'<li><em class="fa fa-eye">&nbsp;</em> Đã xem: {_views(a, 0)}</li></ul></div>{text}</div></div>')


def _article_page(base: str, night: int, a: Art, arts_live: list[Art], laws) -> str:
    path = article_path(a)
    paras = a.paras(night)[1:]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras[:2])
    body += (f'\n<div style="text-align:center"><img alt="{kit.camera_name(a.num, a.published)}" src="{_img(a)}" width="600">'
             f'<p><em>{kit.camera_name(a.num, a.published)}</em></p></div>\n')
    body += "\n".join(f"<p>{esc(p)}</p>" for p in paras[2:])
    sign = f'<p class="h5 text-right"><strong>{esc(a.author)}</strong></p>' if a.author else ""
    same = [x for x in arts_live if x.cat == a.cat and x.num != a.num][:6]
    related = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(x)}" title="{esc(x.title)}">{esc(x.title)}</a>'
                      f' <em>({kit.dmy(x.published)})</em></li>' for x in same)
    tags = ", ".join(f'<a title="{esc(t)}" href="{tag_path(t)}"><em>{esc(t)}</em></a>' for t in a.tags)
    rel = path.replace("/news/", "/news/print/", 1)
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{_datetime_line(a)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{path.replace('/news/', '/news/sendmail/', 1)}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ấn" href="javascript: void(0)" onclick="nv_open_browse('{rel}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{path.replace('/news/', '/news/savefile/', 1)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div></div>
<div class="clearfix">
<figure class="article left pointer"><img id="imghome" alt="{esc(a.title)}" src="{_img(a)}" width="140" class="img-thumbnail"></figure>
<div class="hometext m-bottom" itemprop="description">{esc(_hometext(a))}</div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
{sign}
<div class="margin-bottom-lg"><div class="h5"><em class="fa fa-eye">&nbsp;</em> Lượt xem: {_views(a, night)}</div></div>
</div></div>
{'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>' + tags + '</div></div></div>' if tags else ''}
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {a.num % 3 * 5} trong {a.num % 3} đánh giá</p>
<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém"><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt"><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
</div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<h3 class="h3"><strong>Ý kiến bạn đọc</strong></h3>
<form method="post" action="/comment/post/" onsubmit="return false"><textarea name="content" placeholder="Nội dung bình luận"></textarea>
<label>Mã bảo mật</label> <img class="captchaImg" src="/index.php?scaptcha=captcha&amp;t=1" alt="captcha"> <input name="code"><button type="submit">Gửi bình luận</button></form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Tin cùng chuyên mục</strong></p>
<div class="clearfix"><ul class="detail-related related list-none list-items">{related}</ul></div>
</div></div>"""
    cat_name = CATS[a.cat][0]
    return _shell(base, night, title=f"{a.title} - {cat_name} - {SITE_NAME}", main=main,
                  crumbs=[("Tin tức", "/news/"), (cat_name, cat_path(a.cat))], arts_live=arts_live,
                  canonical=base + path, laws=laws, og_type="article",
                  extra_head=f'<meta property="article:published_time" content="{a.published.strftime("%Y-%m-%dICT%H:%M:%S")}">')


def _pager(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append(f'<li><a href="{cat_path(cat, page - 1)}" title="Trang {page - 1}">«</a></li>')
    for p in range(1, pages + 1):
        items.append('<li class="active"><a href="#">' + str(p) + "</a></li>" if p == page
                     else f'<li><a href="{cat_path(cat, p)}" title="Trang {p}">{p}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{cat_path(cat, page + 1)}" title="Trang {page + 1}">»</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def build_site(base_url: str, night: int) -> EvalSite:
    base = base_url.rstrip("/")
    all_arts, laws = _week()
    live = kit.live(all_arts, night)
    news = [a for a in live if a.cat != "tu-lieu"]
    routes: dict = {}
    non_articles: list[str] = []

    def add(path, body, *, article=False, **kw):
        routes[path] = kit.page(body, **kw)
        if not article:
            non_articles.append(path)

    shell = lambda **kw: _shell(base, night, arts_live=live, laws=laws, **kw)  # noqa: E731

    # homepage: 3 featured with their leads, 10 latest titles, 4 per category
    featured, latest = news[:3], news[3:13]
    blocks = ""
    for c, (n, shown) in CATS.items():
        if not shown:
            continue
        items = [a for a in news if a.cat == c][:4]
        blocks += (f'<div class="panel panel-default"><div class="panel-heading"><h2><a href="{cat_path(c)}">{esc(n)}</a></h2></div><ul class="list-none">'
                   + "".join(f'<li><a href="{article_path(a)}">{esc(a.title)}</a> <span class="text-muted">({kit.dmy(a.published)})</span></li>' for a in items)
                   + f'</ul><a class="more" href="{cat_path(c)}">Xem tiếp</a></div>')
    home = ('<div class="featured">' + "".join(_list_item(a) for a in featured) + "</div>"
            + '<div class="panel panel-default"><div class="panel-heading"><h2>Tin mới</h2></div><ul class="list-none list-items">'
            + "".join(f'<li><a href="{article_path(a)}" title="{esc(a.title)}">{esc(a.title)}</a> <em>({kit.dmy(a.published)})</em></li>' for a in latest)
            + "</ul></div>" + blocks)
    add("/", shell(title=SITE_NAME, main=home, crumbs=[], canonical=base + "/"))

    # /news/ module main: four per category
    main = ""
    for c, (n, shown) in CATS.items():
        if shown:
            main += f'<h2><a href="{cat_path(c)}">{esc(n)}</a></h2>' + "".join(_list_item(a, lead=False) for a in [x for x in news if x.cat == c][:4])
    add("/news/", shell(title=f"Tin tức - {SITE_NAME}", main=main, crumbs=[("Tin tức", "/news/")], canonical=base + "/news/"))

    # category listings, with a pager; every item carries the whole lead
    reach: dict[int, str] = {}
    for a in featured + latest:
        reach[a.num] = "listing"
    for c, (n, shown) in CATS.items():
        items = [a for a in live if a.cat == c]
        pages = max(1, -(-len(items) // PER_PAGE))
        for p in range(1, pages + 1):
            chunk = items[(p - 1) * PER_PAGE:p * PER_PAGE]
            for a in chunk:
                if shown and p == 1:
                    reach.setdefault(a.num, "listing")
                reach.setdefault(a.num, "pager-deep" if shown else "sitemap-only")
            main = (f'<h1 class="hidden">{esc(n)}</h1>' + "".join(_list_item(a) for a in chunk) + _pager(c, p, pages))
            add(cat_path(c, p), shell(title=f"{n} - Trang {p} - {SITE_NAME}" if p > 1 else f"{n} - {SITE_NAME}", main=main,
                                      crumbs=[("Tin tức", "/news/"), (n, cat_path(c))], canonical=base + cat_path(c, p)))

    # tag pages
    for t in TAGS:
        items = [a for a in news if t in a.tags][:20]
        add(tag_path(t), shell(title=f"{t} - Tin Tức - {SITE_NAME}", main=f'<h1>Tag: {esc(t)}</h1>' + "".join(_list_item(a) for a in items),
                               crumbs=[("Tin tức", "/news/"), (t, tag_path(t))], canonical=base + tag_path(t)))

    # articles, their print/savefile/sendmail companions
    for a in live:
        p = article_path(a)
        add(p, _article_page(base, night, a, live, laws), article=True, last_modified=kit.http_date(a.modified(night)))
        printed = ("<html><head><title>" + esc(a.title) + "</title><meta name=\"robots\" content=\"noindex\"></head><body onload=\"window.print()\">"
                   f"<h1>{esc(a.title)}</h1><p>{_datetime_line(a)}</p><p><strong>{esc(_hometext(a))}</strong></p>"
                   + "".join(f"<p>{esc(x)}</p>" for x in a.paras(night)[1:]) + f"<p>{esc(a.author or '')}</p>"
                   f"<p>Nguồn tin: {base}{p}</p></body></html>")
        routes[p.replace("/news/", "/news/print/", 1)] = kit.page(printed)
        routes[p.replace("/news/", "/news/savefile/", 1)] = kit.doc(a.title, kit.slugify(a.title)[:40] + ".doc")
        add(p.replace("/news/", "/news/sendmail/", 1), "<html><head><title>Gửi bài viết qua email</title></head><body><form method=\"post\">"
            "<label>Email người nhận</label><input name=\"friend_email\"><button>Gửi</button></form></body></html>")

    # documents module ("Văn bản"): a table with dates, detail pages, PDF and Word files
    def laws_page(p, chunk, pages):
        rows = "".join(f'<tr><td>{esc(d["number"])}</td><td>{kit.dmy(d["date"])}</td><td><a href="/laws/detail/{d["slug"]}-{d["id"]}.html">{esc(d["kind"])} {esc(d["summary"])}</a></td>'
                       f'<td><a href="{d["file"]}" title="Tải về"><em class="fa fa-download"></em> Tải về</a></td></tr>' for d in chunk)
        pager = " ".join(f'<a href="{"/laws/" if q == 1 else f"/laws/page-{q}/"}">{q}</a>' for q in range(1, pages + 1))
        return (f'<h1>Văn bản</h1><table class="table table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>File</th></tr></thead>'
                f"<tbody>{rows}</tbody></table><div class=\"pagination\">{pager}</div>")
    for p in (1, 2):
        chunk = laws[(p - 1) * 8:p * 8]
        add("/laws/" if p == 1 else f"/laws/page-{p}/", shell(title=f"Văn bản - {SITE_NAME}", main=laws_page(p, chunk, 2),
                                                            crumbs=[("Văn bản", "/laws/")], canonical=base + "/laws/"))
    for d in laws:
        detail = (f'<h1>{esc(d["kind"])} số {esc(d["number"])}</h1><table class="table"><tr><th>Số ký hiệu</th><td>{esc(d["number"])}</td></tr>'
                  f'<tr><th>Ngày ban hành</th><td>{kit.dmy(d["date"])}</td></tr><tr><th>Ngày hiệu lực</th><td>{kit.dmy(d["date"] + timedelta(days=1))}</td></tr>'
                  f'<tr><th>Trích yếu</th><td>{esc(d["summary"])}</td></tr><tr><th>Cơ quan ban hành</th><td>{esc(SITE_NAME)}</td></tr>'
                  f'<tr><th>Người ký</th><td>Chủ tịch Liên hiệp Hội</td></tr></table><p><a href="{d["file"]}">Tải về văn bản</a></p>')
        add(f'/laws/detail/{d["slug"]}-{d["id"]}.html', shell(title=f'{d["number"]} - Văn bản - {SITE_NAME}', main=detail,
                                                              crumbs=[("Văn bản", "/laws/")], canonical=base + f'/laws/detail/{d["slug"]}-{d["id"]}.html'))
        routes[d["file"]] = kit.pdf(d["summary"]) if d["file"].endswith(".pdf") else kit.doc(d["summary"])

    # about pages: long prose with a date, an organisation chart, functions
    about_main = _about_pages()
    for slug, (title, html_) in about_main.items():
        add(f"/about/{slug}", shell(title=f"{title} - {SITE_NAME}", main=html_, crumbs=[("Giới thiệu", "/about/"), (title, f"/about/{slug}")],
                                    canonical=base + f"/about/{slug}"))
    add("/about/", shell(title=f"Giới thiệu - {SITE_NAME}", main=about_main["gioi-thieu-chung.html"][1], crumbs=[("Giới thiệu", "/about/")],
                         canonical=base + "/about/"))
    add("/contact/", shell(title=f"Liên hệ - {SITE_NAME}", main='<h1>Liên hệ</h1><p>Văn phòng Liên hiệp Hội tỉnh, số 02 đường Nguyễn Chí Thanh, TP Hà Tĩnh.</p>'
                           '<form method="post" action="/contact/"><input name="fname" placeholder="Họ và tên"><input name="femail" placeholder="Email">'
                           '<textarea name="fcon"></textarea><button type="submit">Gửi</button></form>', crumbs=[("Liên hệ", "/contact/")], canonical=base + "/contact/"))
    add("/seek/", shell(title=f"Tìm kiếm - {SITE_NAME}", main="<h1>Tìm kiếm</h1><p>Vui lòng nhập từ khóa.</p>", crumbs=[], canonical=base + "/seek/"))
    routes["/seek/?q=&m=news"] = routes["/seek/"]
    add("/users/login/", shell(title="Đăng nhập", main='<form method="post"><input name="nv_login"><input type="password" name="nv_password"></form>',
                               crumbs=[], canonical=base + "/users/login/"))

    # feeds: all news and per category; items carry the lead only
    def feed_items(items):
        return [{"title": a.title, "link": base + article_path(a), "pubDate": a.published,
                 "description": f'<a href="{base}{article_path(a)}"><img src="{base}{_img(a)}" width="100" align="left" border="0"></a>{esc(_hometext(a))}'}
                for a in items]
    routes["/news/rss/"] = kit.xml(kit.rss(f"Tin Tức - {SITE_NAME}", base + "/news/", feed_items(news[:15]), self_url=base + "/news/rss/",
                                           last_build=news[0].published if news else None))
    for c, (n, _shown) in CATS.items():
        items = [a for a in live if a.cat == c][:10]
        routes[f"/news/rss/{c}/"] = kit.xml(kit.rss(f"{n} - {SITE_NAME}", base + cat_path(c), feed_items(items)))

    # sitemaps: an index of per-module sitemaps; lastmod in local time with no offset
    local = lambda dt: dt.astimezone(kit.VN).strftime("%Y-%m-%dT%H:%M:%S")  # noqa: E731
    news_entries = [(base + article_path(a), local(a.modified(night))) for a in live]
    news_last = max(a.modified(night) for a in live)
    routes["/sitemap-vi.news.xml"] = kit.xml(kit.urlset(news_entries))
    routes["/sitemap-vi.page.xml"] = kit.xml(kit.urlset([(base + f"/about/{s}", "2021-03-15T10:20:00") for s in about_main]))
    routes["/sitemap-vi.laws.xml"] = kit.xml(kit.urlset([(base + f'/laws/detail/{d["slug"]}-{d["id"]}.html', local(datetime.combine(d["date"], datetime.min.time(), kit.VN)))
                                                        for d in laws]))
    routes["/sitemap.xml"] = kit.xml(kit.sitemapindex([(base + "/sitemap-vi.news.xml", local(news_last)),
                                                       (base + "/sitemap-vi.page.xml", "2021-03-15T10:20:00"),
                                                       (base + "/sitemap-vi.laws.xml", local(datetime.combine(laws[0]["date"], datetime.min.time(), kit.VN)))]))
    disallowed = ["/admin/", "/data/", "/includes/", "/install/", "/modules/", "/vendor/", "/seek/", "/news/print/",
                  "/news/savefile/", "/news/sendmail/", "/users/"]
    routes["/robots.txt"] = kit.robots(["User-agent: *"] + [f"Disallow: {d}" for d in disallowed] + ["", f"Sitemap: {base}/sitemap.xml"])
    routes["/favicon.ico"] = kit.Response(b"\x00\x00\x01\x00", content_type="image/x-icon")
    routes["*"] = lambda req: kit.not_found(_shell(base, night, title="Lỗi 404", main="<h1>Lỗi 404</h1><p>Trang bạn yêu cầu không tồn tại.</p>",
                                                   crumbs=[], arts_live=live, canonical=base + "/", laws=laws))

    ch = kit.changes(all_arts, night, article_path)
    gold = kit.golds(all_arts, night, article_path, reach_of=lambda a: reach.get(a.num, "pager-deep"))
    return EvalSite(name=NAME, family="nukeviet", routes=routes, articles=gold, non_articles=non_articles,
                    disallowed=disallowed, boilerplate=BOILERPLATE, new=ch.new, edited=ch.edited, deleted=ch.deleted,
                    signalled=ch.signalled)


def _about_pages() -> dict[str, tuple[str, str]]:
    intro = [
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh (gọi tắt là Liên hiệp Hội tỉnh) là tổ chức chính trị - xã hội của trí thức khoa học và công nghệ, được thành lập năm 1993, là thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.",
        "Trải qua năm nhiệm kỳ đại hội, Liên hiệp Hội tỉnh không ngừng lớn mạnh. Từ năm hội thành viên ban đầu, đến nay Liên hiệp Hội có 29 hội thành viên là các hội chuyên ngành, hội liên ngành và các tổ chức khoa học và công nghệ trực thuộc, tập hợp hơn 21.000 hội viên là trí thức đang công tác trên nhiều lĩnh vực.",
        "Liên hiệp Hội tỉnh hoạt động theo nguyên tắc tự nguyện, tự quản, dân chủ, bình đẳng, công khai, minh bạch; tự bảo đảm kinh phí hoạt động và được Nhà nước hỗ trợ kinh phí đối với các nhiệm vụ được giao.",
        "Với phương châm đoàn kết, trí tuệ, sáng tạo, Liên hiệp Hội tỉnh luôn xác định nhiệm vụ trọng tâm là tập hợp, đoàn kết đội ngũ trí thức; tư vấn, phản biện và giám định xã hội; phổ biến kiến thức khoa học và công nghệ; tôn vinh trí thức và thúc đẩy phong trào lao động sáng tạo trong nhân dân.",
        "Liên hiệp Hội tỉnh đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba (năm 2013) và nhiều Bằng khen của Thủ tướng Chính phủ, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, UBND tỉnh.",
    ]
    gioi = ('<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">Giới thiệu chung</h1>'
            '<div class="text-muted margin-bottom-lg">Cập nhật lúc: Thứ hai - 15/03/2021 10:20 | Lượt xem: 4.318</div><div class="bodytext">'
            + "".join(f"<p>{esc(p)}</p>" for p in intro) + "</div></div></div>")
    people = [("Chủ tịch", "TS. Nguyễn Văn Quang"), ("Phó Chủ tịch Thường trực", "ThS. Trần Thị Minh Hà"), ("Phó Chủ tịch", "PGS.TS. Lê Đình Sơn"),
              ("Chánh Văn phòng", "CN. Đặng Hữu Toàn"), ("Trưởng ban Tư vấn - Phản biện", "TS. Võ Hồng Thái"),
              ("Trưởng ban Phổ biến kiến thức", "ThS. Phan Thị Thu Hiền"), ("Kế toán", "CN. Hoàng Thị Lan")]
    chart = ('<div class="page panel panel-default"><div class="panel-body"><h1 class="title">Cơ cấu tổ chức</h1>'
             '<p><img src="/uploads/page/so-do-to-chuc.png" alt="so do to chuc" width="700"></p>'
             '<table class="table table-bordered"><thead><tr><th>STT</th><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr></thead><tbody>'
             + "".join(f"<tr><td>{i}</td><td>{esc(r)}</td><td>{esc(n)}</td><td>0239.38{55100 + i * 7}</td></tr>" for i, (r, n) in enumerate(people, 1))
             + "</tbody></table><p>Các ban chuyên môn: Văn phòng; Ban Tư vấn - Phản biện và Giám định xã hội; Ban Phổ biến kiến thức và Hội viên; "
               "Trung tâm Tư vấn chuyển giao công nghệ.</p></div></div>")
    duties = ["Tập hợp, đoàn kết, phát huy tiềm năng sáng tạo của đội ngũ trí thức khoa học và công nghệ trong tỉnh.",
              "Thực hiện tư vấn, phản biện và giám định xã hội các chủ trương, chính sách, chương trình, đề án phát triển kinh tế - xã hội của tỉnh.",
              "Tuyên truyền, phổ biến kiến thức khoa học và công nghệ; tham gia đào tạo, bồi dưỡng nguồn nhân lực.",
              "Tổ chức Hội thi Sáng tạo kỹ thuật, Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng; tôn vinh trí thức tiêu biểu.",
              "Hướng dẫn, hỗ trợ các hội thành viên hoạt động theo điều lệ và quy định của pháp luật."]
    func = ('<div class="page panel panel-default"><div class="panel-body"><h1 class="title">Chức năng, nhiệm vụ</h1><ol>'
            + "".join(f"<li>{esc(d)}</li>" for d in duties) + "</ol></div></div>")
    return {"gioi-thieu-chung.html": ("Giới thiệu chung", gioi), "co-cau-to-chuc.html": ("Cơ cấu tổ chức", chart),
            "chuc-nang-nhiem-vu.html": ("Chức năng, nhiệm vụ", func)}
