"""Liên hiệp hội Yên Bái, as NukeViet 4 renders it (default-derived theme, module news)."""
from make import Body, Page, attr, dmy, h, lead_of, plain, when, wd

SITE = {"id": "yenbai-nukeviet", "cms": "nukeviet", "host": "http://lienhiephoiyenbai.org.vn"}
HOST = SITE["host"]
NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái"
TODAY = "Thứ hai, 17/11/2025"

# older items of the same category, shown in "Những tin cũ hơn" / listings
OLDER = [
    ("Hội Y học tỉnh khám sàng lọc bệnh lý tuyến giáp cho phụ nữ xã Tân Nguyên", "2021-04-16 09:12", "hoi-y-hoc-tinh-kham-sang-loc-benh-ly-tuyen-giap-cho-phu-nu-xa-tan-nguyen-612"),
    ("Liên hiệp hội tỉnh ký kết chương trình phối hợp với Tỉnh đoàn giai đoạn 2021 - 2025", "2021-03-02 15:40", "lien-hiep-hoi-tinh-ky-ket-chuong-trinh-phoi-hop-voi-tinh-doan-giai-doan-2021-2025-598"),
    ("Gặp mặt trí thức khoa học và công nghệ nhân dịp Xuân Tân Sửu", "2021-02-05 10:03", "gap-mat-tri-thuc-khoa-hoc-va-cong-nghe-nhan-dip-xuan-tan-suu-590"),
]


class NVBody(Body):
    img_dir = "/uploads/news"

    def img(self, pg, file, cap):
        src = f"{self.img_dir}/{file}"
        if cap is None:
            return f'<p style="text-align:center"><img alt="" height="427" src="{src}" width="640" /></p>'
        if cap.startswith("="):
            n = cap[1:]
            return (f'<div class="image-center"><figure class="image" style="display:inline-block">'
                    f'<img alt="{n}" height="427" src="{src}" width="640" /><figcaption>{pg.no(n)}</figcaption></figure></div>')
        return (f'<div class="image-center"><figure class="image" style="display:inline-block">'
                f'<img alt="{attr(cap)}" height="427" src="{src}" width="640" /><figcaption>{pg.para(cap)}</figcaption></figure></div>')


def url(a):
    return f"{HOST}/news/tin-hoat-dong/{a['slug']}-{a['id']}.html"


def head(title, desc, a=None, og_title=None):
    meta = [f'<meta name="description" content="{attr(desc)[:300]}" />',
            '<meta name="author" content="Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái" />',
            '<meta name="generator" content="NukeViet v4.5" />']
    if a is not None:
        d = when(a["date"])
        meta += [f'<meta property="og:title" content="{attr(og_title or a["title"])}" />',
                 '<meta property="og:type" content="article" />',
                 f'<meta property="og:description" content="{attr(desc)[:300]}" />',
                 f'<meta property="og:site_name" content="{NAME}" />',
                 f'<meta property="og:url" content="{url(a)}" />',
                 f'<meta property="article:published_time" content="{d:%Y-%m-%d}+07{d:%H:%M}:00" />',
                 '<meta property="article:section" content="Tin hoạt động" />',
                 f'<link rel="canonical" href="{url(a)}" />']
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{h(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{chr(10).join(meta)}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/lhh/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/lhh/css/style.css">
<link rel="StyleSheet" href="/themes/lhh/css/news.css">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Organization","url":"{HOST}","logo":"{HOST}/uploads/logo-lhh.png"}}</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Yb8Kq",nv_check_pass_mstime=1738000;</script>
</head>
"""


def top(pg: Page, crumbs):
    menu = """<ul class="nav navbar-nav">
<li><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em></a></li>
<li class="dropdown"><a class="dropdown-toggle" href="/about/" title="Giới thiệu">Giới thiệu</a>
<ul class="dropdown-menu"><li><a href="/about/chuc-nang-nhiem-vu.html">Chức năng, nhiệm vụ</a></li><li><a href="/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li><li><a href="/about/hoi-thanh-vien.html">Hội thành viên</a></li></ul></li>
<li class="dropdown active"><a class="dropdown-toggle" href="/news/" title="Tin Tức">Tin Tức</a>
<ul class="dropdown-menu"><li><a href="/news/tin-hoat-dong/">Tin hoạt động</a></li><li><a href="/news/hoi-thanh-vien/">Hoạt động hội thành viên</a></li><li><a href="/news/tu-van-phan-bien/">Tư vấn, phản biện</a></li><li><a href="/news/pho-bien-kien-thuc/">Phổ biến kiến thức</a></li><li><a href="/news/sang-tao-tre/">Sáng tạo trẻ</a></li></ul></li>
<li><a href="/laws/" title="Văn bản">Văn bản</a></li>
<li><a href="/photos/" title="Thư viện ảnh">Thư viện ảnh</a></li>
<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>
</ul>"""
    bc = "".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{u}" itemprop="item" title="{t}"><span itemprop="name">{pg.no(t) if i else h(t)}</span></a><i class="hidden" itemprop="position" content="{i + 1}"></i></li>'
                 for i, (t, u) in enumerate(crumbs))
    return f"""<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{NAME}" href="/"><img src="/uploads/logo-lhh.png" width="90" height="90" alt="{NAME}" /></a>
<span class="site_name">{NAME.upper()}</span>
<span class="site_description">Đoàn kết - Sáng tạo - Trí tuệ - Phát triển</span>
</div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerdate"><em class="fa fa-calendar">&nbsp;</em>{pg.no(TODAY)}</div></div>
</div>
</div>
</header>
<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="collapse navbar-collapse" id="menu-site-default">
{menu}
</div></div></div></div></div>
</nav>
<section>
<div class="container" id="body">
<nav class="third-nav">
<div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">
<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul>
<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{bc}</ul></div>
</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>
</div></div></div>
</nav>
"""


def sidebar(pg: Page, arts, n):
    hot = sorted(arts, key=lambda a: -a["views"])[:4]
    items = "".join(f'<li class="clearfix"><a href="{url(a)}" title="{attr(a["title"])}">{h(a["title"])}</a></li>' for a in hot)
    online, today, month, total = 37 + n * 3, 1187 + n * 41, 28406 + n * 213, 4345112 + n * 1318
    return f"""<div class="col-sm-8 col-md-6">
<div class="panel panel-primary">
<div class="panel-heading">Thông báo</div>
<div class="panel-body"><ul class="list-none">
<li><a href="/news/thong-bao/ke-hoach-to-chuc-hoi-thi-sang-tao-ky-thuat-tinh-lan-thu-xv-2025-2026-701.html">{pg.no("Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ XV (2025 - 2026)")}</a></li>
<li><a href="/news/thong-bao/thong-bao-nhan-ho-so-xet-ton-vinh-tri-thuc-tieu-bieu-nam-2025-698.html">Thông báo nhận hồ sơ xét tôn vinh trí thức tiêu biểu năm 2025</a></li>
</ul></div></div>
<div class="panel panel-primary">
<div class="panel-heading">Tin đọc nhiều</div>
<div class="panel-body"><ul class="block_tophits list-none list-items">{items}</ul></div></div>
<div class="panel panel-primary">
<div class="panel-heading">Liên kết website</div>
<div class="panel-body"><select class="form-control" onchange="if(this.value) window.open(this.value);"><option value="">-- Mở liên kết --</option><option value="https://vusta.vn">Liên hiệp các Hội KH&amp;KT Việt Nam</option><option value="https://yenbai.gov.vn">Cổng thông tin điện tử tỉnh Yên Bái</option><option value="https://baoyenbai.com.vn">Báo Yên Bái</option></select></div></div>
<div class="panel panel-primary">
<div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>{online}</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">{today:,}</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>{month:,}</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>{total:,}</span></li>
</ul></div></div>
</div>
"""


def bottom(pg: Page):
    return f"""</div>
</section>
</div>
<footer id="footer" class="wraper">
<div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-16">
<div class="copyright">
<p><strong>{pg.no("CƠ QUAN CHỦ QUẢN: LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH YÊN BÁI")}</strong></p>
<p>Địa chỉ: Số 668, đường Điện Biên, phường Đồng Tâm, thành phố Yên Bái<br />Điện thoại: 0216.3852.174 - Email: lienhiephoiyb@gmail.com</p>
<p>Chịu trách nhiệm nội dung: Phó Chủ tịch Thường trực Liên hiệp hội</p>
</div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><div class="theme-change"><span>© Bản quyền thuộc về Liên hiệp hội tỉnh Yên Bái</span> <a href="https://nukeviet.vn">Thiết kế bởi VINADES.,JSC</a></div></div>
</div></div>
</footer>
</div>
<div id="timeoutsess" class="chromeframe">{pg.no("Bạn đã không sử dụng Site")}, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/default/js/main.js"></script>
<script src="/themes/default/js/bootstrap.min.js"></script>
</body>
</html>
"""


def render(a, pg: Page, arts):
    a["url"] = url(a)
    d = when(a["date"])
    body = NVBody()
    lead = pg.para(a["body"][0][1])  # NukeViet "hometext", shown above the body
    bodytext = body.render(pg, a["body"][1:])
    # author / source blocks printed by the theme under the body
    foot = []
    if a.get("sign"):
        foot.append(f'<p class="h5 text-right"><strong>{pg.no(a["sign"], force=True)}</strong></p>')
    if a.get("source"):
        foot.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{h(a["source"])}</p>')
        pg.no("Nguồn tin: " + a["source"])
    foot = "".join(foot)
    tags = ", ".join(f'<a title="{t}" href="/news/tag/{t.replace(" ", "-")}"><em>{h(t)}</em></a>' for t in a["tags"])
    # related: newer and older items of the category
    alls = [(x["title"], x["date"], url(x)) for x in arts if x is not a] + [(t, dd, f"{HOST}/news/tin-hoat-dong/{s}.html") for t, dd, s in OLDER]
    newer = sorted([r for r in alls if when(r[1]) > d], key=lambda r: when(r[1]))[:4]
    older = sorted([r for r in alls if when(r[1]) < d], key=lambda r: when(r[1]), reverse=True)[:4]

    def rel(rows):
        out = []
        for i, (t, dd, u) in enumerate(rows):
            tt = pg.no(t) if i < 2 else h(t)
            out.append(f'<li class="clearfix"><em class="fa fa-angle-right">&nbsp;</em><a href="{u}" title="{attr(t)}">{tt}</a><em> ({dmy(when(dd))})</em></li>')
        return "".join(out)

    related = ""
    if newer:
        related += f'<p class="h3"><strong>{pg.no("Những tin mới hơn")}</strong></p><div class="clearfix"><ul class="related list-items">{rel(newer)}</ul></div>'
    if older:
        related += f'<p class="h3"><strong>{pg.no("Những tin cũ hơn")}</strong></p><div class="clearfix"><ul class="related list-items">{rel(older)}</ul></div>'
    date_line = f"{wd(d)} - {dmy(d)} {d:%H:%M}"
    homeimg = ""
    if a.get("homeimg"):
        homeimg = (f'<figure class="article left noncaption pointer" onclick="modalShowByObj(\'#imgpreview\');">'
                   f'<div style="width:200px;"><p class="text-center"><img alt="{attr(a["title"])}" src="/assets/news/{d:%Y_%m}/{a["homeimg"]}" width="200" class="img-thumbnail" /></p></div></figure>')
    crumbs = [("Trang nhất", "/"), ("Tin Tức", "/news/"), ("Tin hoạt động", "/news/tin-hoat-dong/")]
    return (head(f"{plain(a['title'])} - Tin hoạt động - {NAME}", lead_of(a), a) + top(pg, crumbs) + f"""<div class="row">
<div class="col-sm-16 col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{h(a["title"])}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{pg.no(date_line)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><em class="fa fa-eye">&nbsp;</em> {a["views"]}</li><li><em class="fa fa-comment-o">&nbsp;</em> 0</li>
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/print/','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" title="Lưu bài viết này" href="/news/savefile/tin-hoat-dong/{a['slug']}-{a['id']}.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
<div class="clearfix">
{homeimg}
<div class="hometext m-bottom" itemprop="description">{lead}</div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg" itemprop="articleBody">
{bodytext}
</div>
<div class="margin-bottom-lg">{foot}</div>
</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>{pg.no("Từ khóa:")} </strong>{tags}</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix">
<p id="stringrating">{pg.no(f"Tổng số điểm của bài viết là: {a['rate'] * 5} trong {a['rate']} đánh giá")}</p>
<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết bình thường" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">{pg.no("Click để đánh giá bài viết")}</span></div>
</div></form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix"><div class="fb-like" data-href="{url(a)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="news" data-content="{a['id']}">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> {pg.no("Ý kiến bạn đọc")}</p></div>
<div class="col-xs-12 text-right"><select class="form-control"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div></div>
<div id="formcomment" class="comment-form"><div class="alert alert-danger fade in">{pg.no("Bạn cần đăng nhập với tư cách là Thành viên chính thức để có thể bình luận")}</div></div>
</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">{related}</div></div>
</div>
""" + sidebar(pg, arts, a["n"]) + "</div>\n" + bottom(pg))


def listings(arts):
    pg = Page()
    rows = sorted(arts, key=lambda a: when(a["date"]), reverse=True)
    items = []
    for a in rows:
        d = when(a["date"])
        items.append(f"""<div class="news_column panel panel-default"><div class="panel-body">
<a href="{url(a)}" title="{attr(a['title'])}"><img alt="{attr(a['title'])}" src="/assets/news/{d:%Y_%m}/thumb-{a['id']}.jpg" width="160" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{url(a)}" title="{attr(a['title'])}">{h(a['title'])}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {dmy(d)} {d:%H:%M}</li><li><em class="fa fa-eye">&nbsp;</em> Đã xem: {a['views']}</li></ul></div>
{h(lead_of(a))}
</div></div>""")
    for t, dd, s in OLDER:
        d = when(dd)
        items.append(f'<div class="news_column panel panel-default"><div class="panel-body"><h3><a href="{HOST}/news/tin-hoat-dong/{s}.html">{h(t)}</a></h3><div class="text-muted">{dmy(d)} {d:%H:%M}</div></div></div>')
    cat = (head(f"Tin hoạt động - {NAME}", "Tin hoạt động của Liên hiệp hội tỉnh Yên Bái")
           + top(pg, [("Trang nhất", "/"), ("Tin Tức", "/news/"), ("Tin hoạt động", "/news/tin-hoat-dong/")])
           + '<div class="row"><div class="col-sm-16 col-md-18"><div class="viewcat_page_new">' + "\n".join(items)
           + '<div class="text-center"><ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="/news/tin-hoat-dong/page-2">2</a></li><li><a href="/news/tin-hoat-dong/page-3">3</a></li><li class="disabled"><a href="#">...</a></li><li><a href="/news/tin-hoat-dong/page-27">27</a></li><li><a href="/news/tin-hoat-dong/page-2">&raquo;</a></li></ul></div>'
           + "</div></div>" + sidebar(pg, arts, 0) + "</div>\n" + bottom(pg))
    top3 = rows[:3]
    slides = "".join(f'<div class="item"><a href="{url(a)}"><img src="/assets/news/slide-{a["id"]}.jpg" alt="{attr(a["title"])}"><div class="carousel-caption">{h(a["title"])}</div></a></div>' for a in top3)
    blocks = "".join(f'<li class="clearfix"><a href="{url(a)}">{h(a["title"])}</a> <span class="text-muted">({dmy(when(a["date"]))})</span></li>' for a in rows[3:])
    home = (head(NAME, "Trang thông tin điện tử Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái")
            + top(pg, [("Trang nhất", "/")])
            + f'<div class="row"><div class="col-sm-16 col-md-18"><div id="carousel-home" class="carousel slide">{slides}</div>'
            + f'<div class="panel panel-default"><div class="panel-heading"><a href="/news/tin-hoat-dong/">Tin hoạt động</a></div><div class="panel-body"><h3><a href="{url(top3[0])}">{h(top3[0]["title"])}</a></h3><p>{h(lead_of(top3[0]))}</p><ul class="list-none">{blocks}</ul></div></div>'
            + '<div class="panel panel-default"><div class="panel-heading">Video clip</div><div class="panel-body"><iframe width="100%" height="280" src="https://www.youtube.com/embed/xYbLhh2023" frameborder="0" allowfullscreen></iframe><p>Phóng sự: Trí thức Yên Bái với sự nghiệp xây dựng nông thôn mới</p></div></div>'
            + "</div>" + sidebar(pg, arts, 0) + "</div>\n" + bottom(pg))
    return [cat, home]


ARTICLES = [
    dict(n=1, id=634, slug="hoi-thao-phat-trien-vung-que-huu-co-gan-voi-che-bien-sau-tai-huyen-van-yen",
         date="2023-06-14 16:05", views=215, rate=3, homeimg="que-van-yen.jpg",
         title="Hội thảo khoa học: Phát triển vùng quế hữu cơ gắn với chế biến sâu tại huyện Văn Yên",
         author="Thanh Bình", sign="Thanh Bình", source=None, tags=["quế hữu cơ", "hội thảo", "Văn Yên"],
         body=[
             ("lead", "Ngày 13/6, tại thị trấn Mậu A, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với UBND huyện Văn Yên tổ chức hội thảo khoa học “Phát triển vùng quế hữu cơ gắn với chế biến sâu – thực trạng và giải pháp”."),
             "Tham dự hội thảo có đại diện lãnh đạo Sở Nông nghiệp và Phát triển nông thôn, Sở Khoa học và Công nghệ, Trung tâm Khuyến nông tỉnh; các nhà khoa học đến từ Viện Khoa học Lâm nghiệp Việt Nam, Trường Đại học Nông Lâm Thái Nguyên cùng gần 120 đại biểu là cán bộ hợp tác xã, doanh nghiệp chế biến và hộ trồng quế tiêu biểu của các xã Đại Sơn, Phong Dụ Hạ, Xuân Tầm.",
             ("img", "2023_06/hoi-thao-que-1.jpg", "Quang cảnh hội thảo tại hội trường UBND huyện Văn Yên"),
             "Văn Yên hiện có trên 34.000 ha quế, trong đó khoảng 11.500 ha đã được cấp chứng nhận hữu cơ theo tiêu chuẩn của châu Âu và Hoa Kỳ. Cây quế mang lại nguồn thu bình quân 80 – 100 triệu đồng/ha/năm cho các hộ trồng lâu năm, song phần lớn sản phẩm vẫn được bán ở dạng vỏ khô, giá trị gia tăng chưa cao.",
             "Các tham luận tập trung làm rõ ba nhóm vấn đề: quy trình chăm sóc, khai thác quế đạt chuẩn hữu cơ; liên kết giữa hộ trồng với doanh nghiệp chưng cất tinh dầu; truy xuất nguồn gốc bằng mã QR cho từng lô hàng xuất khẩu. TS. Đặng Văn Hợi, Viện Khoa học Lâm nghiệp Việt Nam, lưu ý nếu không kiểm soát được việc bóc vỏ quế non dưới 10 năm tuổi thì hàm lượng tinh dầu và uy tín của cả vùng nguyên liệu sẽ giảm nhanh.",
             "Đại diện Hợp tác xã Quế hồi Đại Sơn chia sẻ, từ khi tham gia chuỗi liên kết, giá quế vỏ của xã viên ổn định hơn khoảng 15% so với bán cho thương lái, nhưng chi phí duy trì chứng nhận hằng năm vẫn là gánh nặng với những hộ có diện tích nhỏ.",
             ("img", "2023_06/hoi-thao-que-2.jpg", "TS. Đặng Văn Hợi trình bày tham luận về quy trình khai thác quế bền vững"),
             "Phát biểu kết luận, ông Nông Quốc Trượng, Phó Chủ tịch Thường trực Liên hiệp hội tỉnh, đề nghị các hội thành viên, nhất là Hội Làm vườn và Hội Khoa học Lâm nghiệp, tổng hợp ý kiến chuyên gia để gửi UBND tỉnh những kiến nghị cụ thể về cơ chế hỗ trợ chứng nhận, xây dựng nhà máy chế biến sâu và bảo hộ chỉ dẫn địa lý “Quế Văn Yên”.",
         ]),
    dict(n=2, id=671, slug="tap-huan-nghiep-vu-tu-van-phan-bien-va-giam-dinh-xa-hoi-nam-2024",
         date="2024-04-09 08:47", views=96, rate=1,
         title="Tập huấn nghiệp vụ tư vấn, phản biện và giám định xã hội năm 2024",
         author=None, sign=None, source="Báo Yên Bái", tags=["tư vấn phản biện", "tập huấn"],
         body=[
             ("lead", "Trong hai ngày 8 và 9/4, Liên hiệp hội tỉnh mở lớp tập huấn nghiệp vụ tư vấn, phản biện và giám định xã hội cho 65 học viên là chuyên gia, cán bộ chủ chốt của 22 hội thành viên."),
             "Học viên được báo cáo viên của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam hướng dẫn quy trình tiếp nhận đề nghị phản biện, cách lựa chọn chuyên gia độc lập, lập hồ sơ và viết báo cáo sao cho ngắn gọn, có dẫn chứng. Một buổi thực hành được dành cho việc góp ý dự thảo đề án phát triển du lịch cộng đồng vùng cao của tỉnh.",
             "Kết thúc lớp học, tất cả học viên được cấp giấy chứng nhận. Những người hoàn thành tốt bài thực hành sẽ được đưa vào danh sách chuyên gia cộng tác trong các nhiệm vụ phản biện năm 2024.",
         ]),
    dict(n=3, id=627, slug="tong-ket-trao-giai-cuoc-thi-sang-tao-thanh-thieu-nien-nhi-dong-tinh-lan-thu-x",
         date="2023-03-28 10:12", views=402, rate=5,
         title="Tổng kết, trao giải Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh lần thứ X",
         author="Khánh Linh", sign="Khánh Linh", source="Báo Yên Bái", tags=["sáng tạo trẻ", "cuộc thi"],
         body=[
             ("lead", "Sáng 27/3, Ban Tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Yên Bái lần thứ X (2022 – 2023) tổng kết và trao giải cho 31 sản phẩm xuất sắc."),
             "Cuộc thi năm nay nhận được 146 sản phẩm của học sinh 9 huyện, thị xã, thành phố, nhiều hơn lần trước 38 sản phẩm. Không ít mô hình gắn với đời sống vùng cao như máy tách hạt dổi, hệ thống cảnh báo mực nước suối qua tin nhắn điện thoại hay bếp đun tiết kiệm củi cho các điểm trường bán trú.",
             "Kết quả xét chọn của Hội đồng giám khảo theo từng địa phương:",
             ("table", [["Địa phương", "Sản phẩm dự thi", "Số giải"],
                        ["Thành phố Yên Bái", "34", "8"], ["Thị xã Nghĩa Lộ", "21", "5"],
                        ["Huyện Văn Chấn", "19", "4"], ["Huyện Trấn Yên", "17", "4"],
                        ["Huyện Lục Yên", "16", "3"], ["Các huyện còn lại", "39", "7"]]),
             "Giải Nhất thuộc về nhóm học sinh Trường THPT Chuyên Nguyễn Tất Thành với đề tài “Thiết bị đo độ ẩm đất và tự động tưới cho vườn chè”. Hai giải Nhì được trao cho học sinh Trường PTDTBT THCS Nậm Khắt (Mù Cang Chải) và Trường THCS Nghĩa An (Nghĩa Lộ).",
             ("img", "2023_03/trao-giai-nhat.jpg", "Ban Tổ chức trao giải Nhất cho nhóm tác giả Trường THPT Chuyên Nguyễn Tất Thành"),
             "Ban Tổ chức đã chọn 6 sản phẩm tiêu biểu dự cuộc thi toàn quốc lần thứ 19, đồng thời đề nghị các trường dành thời gian giúp các em hoàn thiện hồ sơ, bản thuyết minh trước khi gửi về Hà Nội.",
             ("sig", "Khánh Linh"),
         ]),
    dict(n=4, id=640, slug="pho-bien-kien-thuc-phong-tranh-lu-quet-sat-lo-dat-cho-dong-bao-xa-che-tao",
         date="2023-07-12 15:30", views=188, rate=2,
         title="Phổ biến kiến thức phòng, tránh lũ quét, sạt lở đất cho đồng bào xã Chế Tạo",
         author="Hà Phương", sign="Hà Phương", source=None, tags=["phổ biến kiến thức", "thiên tai"],
         body=[
             ("lead", "Trước diễn biến mưa lớn kéo dài ở vùng cao, Hội Địa chất tỉnh phối hợp với UBND xã Chế Tạo (huyện Mù Cang Chải) tổ chức buổi phổ biến kiến thức phòng, tránh lũ quét và sạt lở đất cho hơn 90 người dân các bản Tà Chử, Háng Tày, Mồ Dề."),
             "Qua phiên dịch viên tiếng Mông, với hình ảnh và video quay tại chính các bản trong mùa mưa năm trước, báo cáo viên giải thích vì sao taluy sau nhà, các khe suối nhỏ và nương rẫy trên sườn dốc trên 25 độ là những nơi dễ xảy ra trượt lở.",
             ("img", "2023_07/che-tao-1.jpg", "=IMG_20230711_094512"),
             "Người dân được hướng dẫn nhận biết các dấu hiệu báo trước:",
             ("ol", ["Nước suối đột ngột đục, lẫn nhiều cành cây, rác rừng dù trời vừa ngớt mưa.",
                     "Xuất hiện vết nứt mới trên nền nhà, sân, đường; tường bị nghiêng, cửa khó đóng mở.",
                     "Nghe tiếng ục ục trong lòng đất, tiếng đá lăn hoặc cây đổ trên sườn đồi phía trên.",
                     "Mạch nước ngầm bỗng phun ra ở chân taluy hoặc ngừng chảy bất thường."]),
             "Khi thấy một trong các dấu hiệu trên, các hộ phải báo ngay cho trưởng bản, đưa người già, trẻ nhỏ đến điểm tránh trú xã đã bố trí ở nhà văn hóa và trường học, tuyệt đối không quay lại nhà lấy tài sản khi mưa còn lớn.",
             "Dịp này, Hội trao tặng 50 đèn pin sạc, 20 áo phao và tờ rơi song ngữ Việt – Mông cho các hộ sống ở vùng có nguy cơ cao.",
         ]),
    dict(n=5, id=619, slug="hoi-nghi-ban-chap-hanh-lien-hiep-hoi-tinh-lan-thu-7-khoa-v",
         date="2022-12-19 09:20", views=147, rate=0,
         title="Hội nghị Ban Chấp hành Liên hiệp hội tỉnh lần thứ 7, khóa V",
         author="Minh Đức", sign=None, source=None, tags=["ban chấp hành", "tổng kết"],
         body=[
             ("lead", "Ngày 15/12/2022, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái khóa V, nhiệm kỳ 2020 – 2025 họp phiên thứ 7 để đánh giá kết quả hoạt động năm 2022 và thống nhất chương trình công tác năm 2023."),
             "Theo báo cáo, trong năm Liên hiệp hội đã thực hiện 4 nhiệm vụ tư vấn, phản biện theo đặt hàng của UBND tỉnh, trong đó có Đề án phát triển vùng nguyên liệu tre măng Bát Độ và Quy hoạch chi tiết khu du lịch hồ Thác Bà; tổ chức 7 hội thảo, tọa đàm và 12 lớp chuyển giao kỹ thuật cho trên 900 lượt hội viên, nông dân.",
             "Công tác phát triển tổ chức có chuyển biến: kết nạp Hội Dược học tỉnh, nâng tổng số hội thành viên lên 23; hai hội tổ chức đại hội nhiệm kỳ đúng thời hạn. Tuy vậy, một số hội vẫn lúng túng trong tìm nguồn kinh phí, hoạt động chủ yếu dựa vào hỗ trợ của ngân sách.",
             "Hội nghị biểu quyết bổ sung 2 ủy viên Ban Chấp hành, chọn chủ đề năm 2023 là “Đẩy mạnh ứng dụng khoa học và công nghệ trong sản xuất nông, lâm nghiệp hàng hóa” và giao Thường trực xây dựng kế hoạch cụ thể trước ngày 10/1/2023.",
             ("sig", "Tin, ảnh: Minh Đức"),
         ]),
    dict(n=6, id=688, slug="dai-hoi-hoi-lam-vuon-tinh-yen-bai-lan-thu-vi-nhiem-ky-2024-2029",
         date="2024-08-23 17:02", views=263, rate=2,
         title="Đại hội Hội Làm vườn tỉnh Yên Bái lần thứ VI, nhiệm kỳ 2024 - 2029",
         author="Nguyễn Thu Hằng - Văn phòng Liên hiệp hội", sign="Nguyễn Thu Hằng - Văn phòng Liên hiệp hội",
         source=None, tags=["đại hội", "Hội Làm vườn"],
         body=[
             ("lead", "Ngày 22/8, Hội Làm vườn tỉnh Yên Bái tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2024 – 2029 với sự tham dự của 120 đại biểu thay mặt cho gần 18.000 hội viên trong toàn tỉnh."),
             ("h", "Nhiều mô hình kinh tế vườn cho thu nhập cao"),
             "Nhiệm kỳ 2019 – 2024, các cấp hội đã vận động hội viên cải tạo 2.350 vườn tạp, chuyển sang trồng cây ăn quả có múi, chè chất lượng cao và cây dược liệu. Toàn tỉnh hiện có 1.148 trang trại, gia trại đạt tiêu chí, trong đó 212 mô hình cho thu nhập từ 500 triệu đồng mỗi năm trở lên.",
             "Ở Lục Yên, bưởi Đại Minh và cam sành đã có chỗ đứng trong các siêu thị tại Hà Nội; tại Trạm Tấu, hội viên người Mông bước đầu trồng thành công đào chín muộn và lê Tai Nung, vừa có thu nhập vừa phục vụ du lịch mùa hoa.",
             "Hội phối hợp với Trung tâm Khuyến nông mở 46 lớp tập huấn kỹ thuật ghép cải tạo, bón phân hữu cơ vi sinh và phòng trừ sâu bệnh theo hướng IPM cho trên 2.700 lượt hội viên; hỗ trợ 19 sản phẩm của hội viên đạt chứng nhận OCOP từ 3 sao trở lên.",
             ("h", "Những hạn chế cần khắc phục"),
             "Đại hội thẳng thắn chỉ ra việc liên kết tiêu thụ còn manh mún, nhiều hộ vẫn trồng theo phong trào, chưa căn cứ vào thổ nhưỡng; hội viên trẻ dưới 35 tuổi chỉ chiếm khoảng 12%, việc thu hội phí ở một số chi hội chưa nền nếp.",
             ("img", "2024_08/dai-hoi-lam-vuon.jpg", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội"),
             ("h", "Mục tiêu nhiệm kỳ mới"),
             "Nhiệm kỳ 2024 – 2029, Hội phấn đấu phát triển thêm 2.000 hội viên, xây dựng 300 vườn mẫu đạt tiêu chí nông thôn mới nâng cao, hỗ trợ ít nhất 25 sản phẩm tham gia chương trình OCOP và hình thành 10 tổ hợp tác liên kết sản xuất, tiêu thụ cây ăn quả.",
             ("quote", "“Người làm vườn hôm nay không thể chỉ giỏi trồng cây, mà phải biết ghi nhật ký sản xuất, biết bán hàng trên mạng và giữ chữ tín với doanh nghiệp”, ông Hoàng Văn Lượng chia sẻ trong phần tham luận."),
             "Phát biểu chỉ đạo, đại diện Thường trực Liên hiệp hội tỉnh đề nghị Hội tập trung hướng dẫn hội viên sản xuất theo chuỗi, chú trọng đăng ký mã số vùng trồng và ứng dụng công nghệ tưới tiết kiệm để thích ứng với những đợt nắng hạn ngày càng gay gắt.",
             "Đại hội đã bầu Ban Chấp hành khóa VI gồm 21 ủy viên; ông Hoàng Văn Lượng được tín nhiệm bầu giữ chức Chủ tịch Hội. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Hội Làm vườn Việt Nam lần thứ VII.",
         ]),
    dict(n=7, id=617, slug="yen-bai-co-2-cong-trinh-dat-giai-thuong-sang-tao-khoa-hoc-cong-nghe-viet-nam",
         date="2022-11-30 14:18", views=174, rate=1,
         title="Yên Bái có 2 công trình đạt Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam",
         author=None, sign=None, source="vusta.vn", tags=["VIFOTEC", "giải thưởng"],
         body=[
             ("lead", "Tại lễ trao Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2022 diễn ra ở Hà Nội, tỉnh Yên Bái có hai công trình được vinh danh, đều thuộc lĩnh vực nông nghiệp và môi trường."),
             "Công trình “Quy trình nhân giống lan kim tuyến bằng nuôi cấy mô phục vụ trồng dưới tán rừng” của nhóm tác giả Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh đạt giải Ba. Quy trình cho tỷ lệ cây sống khi ra vườn ươm trên 85%, giá thành cây giống giảm gần một nửa so với mua từ nơi khác.",
             "Giải Khuyến khích thuộc về giải pháp xử lý nước thải sau chế biến tinh bột sắn bằng hồ sinh học kết hợp đệm thực vật của một doanh nghiệp ở huyện Văn Chấn. Sau hai năm vận hành, nước thải đầu ra đạt cột B của quy chuẩn quốc gia, mùi hôi quanh nhà máy giảm rõ rệt.",
             "Đây là năm thứ ba liên tiếp Yên Bái có công trình đạt giải. Liên hiệp hội tỉnh cho biết sẽ tiếp tục cùng Sở Khoa học và Công nghệ phát hiện, hướng dẫn các tác giả ở cơ sở hoàn thiện hồ sơ ngay từ khâu đăng ký.",
         ]),
    dict(n=8, id=603, slug="chuyen-giao-ky-thuat-cham-soc-che-shan-tuyet-co-thu-tai-suoi-giang",
         date="2021-05-20 07:55", views=331, rate=4,
         title="Chuyển giao kỹ thuật chăm sóc chè Shan tuyết cổ thụ tại Suối Giàng",
         author="Vũ Ngọc Lan", sign=None, source=None, tags=["chè Shan tuyết", "chuyển giao công nghệ"],
         body=[
             ("lead", "Trung tâm Tư vấn và Chuyển giao công nghệ thuộc Liên hiệp hội tỉnh vừa hoàn thành đợt chuyển giao kỹ thuật chăm sóc, phục tráng chè Shan tuyết cổ thụ cho 60 hộ người Mông ở xã Suối Giàng, huyện Văn Chấn."),
             ("x", '<p style="text-align: left;"><em>Bài và ảnh: Vũ Ngọc Lan</em></p>', ["Bài và ảnh: Vũ Ngọc Lan"]),
             "Suối Giàng có hơn 400 ha chè Shan tuyết, nhiều cây đã vài trăm năm tuổi. Những năm gần đây, việc hái búp quá sức, để cỏ dại và tầm gửi bám thân khiến không ít cây suy kiệt, năng suất giảm.",
             ("img", "2021_05/che-shan-1.jpg", "=DSC_0417"),
             "Các kỹ sư hướng dẫn bà con cách đốn tạo tán nhẹ, phát quang cây bụi quanh gốc nhưng giữ lại lớp thảm mục, bón phân chuồng ủ hoai theo rãnh và chỉ hái một tôm hai lá để cây kịp phục hồi. Mỗi hộ được hỗ trợ 200 kg phân hữu cơ và một bộ kéo cắt cành chuyên dụng.",
             "Anh Giàng A Chư ở bản Pang Cáng cho biết gia đình có 53 cây chè cổ thụ; sau một mùa áp dụng cách chăm mới, lứa búp xuân dày và mập hơn hẳn, chè sao ra được thương lái trả thêm 30.000 đồng mỗi kg.",
             ("img", "2021_05/che-shan-2.jpg", "Kỹ sư của Trung tâm hướng dẫn người dân cắt bỏ tầm gửi trên cây chè cổ thụ"),
             "Trung tâm sẽ theo dõi sinh trưởng của các cây đã phục tráng trong hai năm tới để hoàn thiện quy trình trước khi nhân rộng ra các xã Nậm Lành, Sùng Đô.",
         ]),
]
