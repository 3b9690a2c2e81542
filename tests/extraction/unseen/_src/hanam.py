"""Liên hiệp hội Hà Nam, as Joomla 3 renders it (Bootstrap 2 template, com_content, SEF URLs
with index.php, aliases that lost their accented letters, a plugin that puts the site name in
og:title, the pagebreak plugin for a two-page article)."""
from make import Body, Page, attr, dmy, h, lead_of, plain, when

SITE = {"id": "hanam-joomla", "cms": "joomla", "host": "http://lienhiephoihanam.org.vn"}
HOST = SITE["host"]
NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam"
TODAY = "Thứ Ba, 11/03/2025"
CAT = "12-tin-hoat-dong"

EXTRA = [
    ("Hội Khoa học Kinh tế tỉnh tọa đàm về phát triển kinh tế tư nhân", "2024-06-20 15:10", "812-hoi-khoa-hoc-kinh-te-tinh-toa-dam-ve-phat-trien-kinh-te-tu-nhan"),
    ("Liên hiệp hội tham gia giám sát thực hiện chính sách hỗ trợ doanh nghiệp khởi nghiệp", "2023-04-11 09:30", "766-lien-hiep-hoi-tham-gia-giam-sat"),
]


class JBody(Body):
    p = "<p>{}</p>"
    lead = "<p><strong>{}</strong></p>"
    head = "<h3>{}</h3>"
    img_dir = "/images/tin-tuc"

    def img(self, pg, file, cap):
        src = f"{self.img_dir}/{file}"
        if cap is None:
            return f'<p><img src="{src}" alt="" width="620" height="413" style="display: block; margin-left: auto; margin-right: auto;" /></p>'
        if cap.startswith("="):
            n = cap[1:]
            return (f'<p><img src="{src}" alt="{n}" width="620" height="413" style="display: block; margin-left: auto; margin-right: auto;" /></p>'
                    f'<p style="text-align: center;"><span style="font-size: 10pt;">{pg.no(n)}</span></p>')
        return (f'<p><img src="{src}" alt="{attr(cap)}" width="620" height="413" style="display: block; margin-left: auto; margin-right: auto;" /></p>'
                f'<p style="text-align: center;"><em><span style="font-size: 10pt;">{pg.para(cap)}</span></em></p>')


def url(a, start=None):
    u = f"{HOST}/index.php/tin-tuc-su-kien/{CAT}/{a['id']}-{a['slug']}"
    return u + (f"?start={start}" if start else "")


def head(title, desc, a=None, author_meta="Super User"):
    extra = ""
    if a is not None:
        extra = (f'\n  <meta name="author" content="{author_meta}" />'
                 f'\n  <meta property="og:title" content="{NAME}" />'
                 f'\n  <meta property="og:type" content="website" />'
                 f'\n  <meta property="og:image" content="{HOST}/images/logo-lhh-hanam.png" />')
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <base href="{HOST}/index.php/tin-tuc-su-kien/{CAT}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="liên hiệp hội, hà nam, khoa học kỹ thuật, trí thức" />
  <meta name="description" content="{attr(desc)[:250]}" />{extra}
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{h(title)}</title>
  <link href="/templates/lhh_hanam/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="/templates/lhh_hanam/css/template.css?5b0e1c" rel="stylesheet" />
  <link href="/media/mod_vvisit_counter/css/mvc.css" rel="stylesheet" />
  <script type="application/json" class="joomla-script-options new">{{"csrf.token":"9b1f0c7e4a2d","system.paths":{{"root":"","base":""}}}}</script>
  <script src="/media/jui/js/jquery.min.js?5b0e1c"></script>
  <script src="/media/jui/js/bootstrap.min.js?5b0e1c"></script>
  <script>jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});</script>
</head>
"""


MENU = """<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php">Trang chủ</a></li>
<li class="item-102 deeper parent"><a href="/index.php/gioi-thieu">Giới thiệu</a><ul class="nav-child unstyled small"><li class="item-121"><a href="/index.php/gioi-thieu/lich-su-hinh-thanh">Lịch sử hình thành</a></li><li class="item-122"><a href="/index.php/gioi-thieu/ban-chap-hanh">Ban Chấp hành</a></li><li class="item-123"><a href="/index.php/gioi-thieu/hoi-thanh-vien">Hội thành viên</a></li></ul></li>
<li class="item-103 current active deeper parent"><a href="/index.php/tin-tuc-su-kien">Tin tức - Sự kiện</a><ul class="nav-child unstyled small"><li class="item-131 current active"><a href="/index.php/tin-tuc-su-kien/12-tin-hoat-dong">Tin hoạt động</a></li><li class="item-132"><a href="/index.php/tin-tuc-su-kien/13-hoi-thanh-vien">Hội thành viên</a></li></ul></li>
<li class="item-104"><a href="/index.php/tu-van-phan-bien">Tư vấn - Phản biện</a></li>
<li class="item-105"><a href="/index.php/hoi-thi-sang-tao">Hội thi sáng tạo</a></li>
<li class="item-106"><a href="/index.php/van-ban">Văn bản</a></li>
<li class="item-107"><a href="/index.php/lien-he">Liên hệ</a></li>
</ul>"""


def top(pg: Page, crumbs):
    bc = []
    for i, (t, u) in enumerate(crumbs):
        label = pg.no(t) if 0 < i < len(crumbs) - 1 else h(t)
        sep = '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>' if i < len(crumbs) - 1 else ""
        if u:
            bc.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{u}" class="pathway"><span itemprop="name">{label}</span></a>{sep}<meta itemprop="position" content="{i + 1}"></li>')
        else:
            bc.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{label}</span><meta itemprop="position" content="{i + 1}"></li>')
    return f"""<body class="site com_content view-article no-layout no-task itemid-131">
<div class="body" id="top">
<div class="container">
<header class="header" role="banner">
<div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/banner-lhh-hanam.jpg" alt="{NAME}" /></a>
<div class="header-search pull-right">
<div class="custom"><p class="ngay-thang">{pg.no("Hôm nay: " + TODAY)}</p></div>
<div class="search"><form action="/index.php/tin-tuc-su-kien/{CAT}" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="131" /></form></div>
</div>
</div>
</header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span><span class="icon-bar"></span></a></div>
<div class="nav-collapse">{MENU}</div></nav>
<div class="moduletable">
<div aria-label="Breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>{pg.no("Bạn đang ở:")} &#160;</li>{"".join(bc)}</ul></div>
</div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
"""


def right(pg: Page, arts, n):
    latest = sorted(arts, key=lambda a: when(a["date"]), reverse=True)[:5]
    lat = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{url(a)}" itemprop="url"><span itemprop="name">{h(a["title"])}</span></a></li>' for a in latest)
    pop = sorted(arts, key=lambda a: -a["hits"])[:4]
    pops = "".join(f'<li><a href="{url(a)}">{h(a["title"])}</a></li>' for a in pop)
    today, yest, week, month, allv = 148 + 7 * n, 302 + 5 * n, 1450 + 19 * n, 6120 + 33 * n, 873556 + 41 * n
    return f"""</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">{pg.no("Tin mới")}</h3><ul class="latestnews mod-list">{lat}</ul></div>
<div class="well "><h3 class="page-header">Đọc nhiều</h3><ul class="mostread mod-list">{pops}</ul></div>
<div class="well "><h3 class="page-header">Liên kết website</h3><div class="custom"><p><a href="https://vusta.vn" target="_blank"><img src="/images/lienket/vusta.jpg" alt="Liên hiệp các Hội KH&amp;KT Việt Nam" /></a></p><p><a href="https://hanam.gov.vn" target="_blank"><img src="/images/lienket/hanam-gov.jpg" alt="Cổng thông tin điện tử tỉnh Hà Nam" /></a></p></div></div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3>
<div id="mvc_wrapper"><table cellpadding="0" cellspacing="0" style="width:90%;"><tbody>
<tr><td><img src="/media/mod_vvisit_counter/images/vtoday.png" alt="Hôm nay" /></td><td>{pg.no("Hôm nay")}</td><td align="right">{today}</td></tr>
<tr><td><img src="/media/mod_vvisit_counter/images/vyesterday.png" alt="Hôm qua" /></td><td>Hôm qua</td><td align="right">{yest}</td></tr>
<tr><td><img src="/media/mod_vvisit_counter/images/vweek.png" alt="Tuần này" /></td><td>Tuần này</td><td align="right">{week}</td></tr>
<tr><td><img src="/media/mod_vvisit_counter/images/vmonth.png" alt="Tháng này" /></td><td>Tháng này</td><td align="right">{month}</td></tr>
<tr><td><img src="/media/mod_vvisit_counter/images/vall.png" alt="Tất cả" /></td><td>Tất cả</td><td align="right">{allv}</td></tr>
</tbody></table><div style="text-align: center;">Hiện có {3 + n % 4} khách trực tuyến</div></div></div>
</div>
</div>
</div>
</div>
"""


def foot(pg: Page):
    return f"""<footer class="footer" role="contentinfo">
<div class="container">
<hr />
<div class="custom"><p style="text-align: center;"><strong>{pg.no("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH HÀ NAM")}</strong><br />Địa chỉ: Đường Lê Chân, phường Lương Khánh Thiện, TP Phủ Lý, tỉnh Hà Nam<br />Điện thoại: 0226.3852.119 - Email: lhhhanam@gmail.com<br />Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hà Nam cấp</p></div>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
<p>&copy; 2025 {NAME}</p>
</div>
</footer>
</body>
</html>
"""


def info(pg: Page, a):
    d = when(a["date"])
    mod = when(a["modified"]) if a.get("modified") else None
    pg.no("Viết bởi " + a["account"])
    out = [f'<dl class="article-info muted">',
           f'<dt class="article-info-term">{pg.no("Chi tiết")}</dt>',
           f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{h(a["account"])}</span></dd>',
           f'<dd class="category-name">Chuyên mục: <a href="/index.php/tin-tuc-su-kien/{CAT}" itemprop="genre">Tin hoạt động</a></dd>',
           f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">{pg.no("Ngày đăng: " + dmy(d, "."))}</time></dd>']
    if mod:
        out.append(f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{mod:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="dateModified">{pg.no("Cập nhật lần cuối: " + dmy(mod, "."))}</time></dd>')
    out.append(f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{a["hits"]}" />{pg.no("Lượt xem: " + str(a["hits"]))}</dd>')
    out.append("</dl>")
    return "\n".join(out)


def others(pg: Page, a, arts):
    rows = [(x["title"], x["date"], url(x)) for x in arts if x is not a and x.get("date") < a["date"]]
    rows += [(t, dd, f"{HOST}/index.php/tin-tuc-su-kien/{CAT}/{s}") for t, dd, s in EXTRA if dd < a["date"]]
    rows = sorted(rows, key=lambda r: r[1], reverse=True)[:5]
    if not rows:
        rows = sorted([(x["title"], x["date"], url(x)) for x in arts if x is not a], key=lambda r: r[1])[:3]
    li = "".join(f'<li><a href="{u}">{pg.no(t) if i < 2 else h(t)}</a> <span class="small">({dmy(when(dd))})</span></li>' for i, (t, dd, u) in enumerate(rows))
    return f'<div class="tin-khac"><h3 class="title-tinkhac">{pg.no("Các tin khác")}</h3><ul>{li}</ul></div>'


def pagenav(pg: Page, a, arts):
    s = sorted(arts, key=lambda x: x["date"])
    i = s.index(a)
    out = ['<ul class="pager pagenav">']
    if i > 0:
        out.append(f'<li class="previous"><a class="hasTooltip" title="{attr(s[i - 1]["title"])}" aria-label="Bài trước: {attr(s[i - 1]["title"])}" href="{url(s[i - 1])}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">{pg.no("Trước")}</span></a></li>')
    if i < len(s) - 1:
        out.append(f'<li class="next"><a class="hasTooltip" title="{attr(s[i + 1]["title"])}" aria-label="Bài tiếp theo: {attr(s[i + 1]["title"])}" href="{url(s[i + 1])}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
    out.append("</ul>")
    return "".join(out)


def article(pg, a, arts, body_html, pagebreak=""):
    icons = f"""<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a['id']}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a['id']}"><li class="print-icon"><a href="{url(a)}?tmpl=component&amp;print=1" title="In bài viết &lt; {attr(a['title'])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=lhh_hanam&amp;link=8f1e" title="Gửi liên kết này cho bạn bè qua Email" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div></div>"""
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{h(a["title"])}</h2></div>
{icons}
{info(pg, a)}
{pagebreak}
<div itemprop="articleBody">
{body_html}
</div>
{others(pg, a, arts)}
{pagenav(pg, a, arts)}
</div>
"""


def crumbs(a=None):
    c = [("Trang chủ", "/index.php"), ("Tin tức - Sự kiện", "/index.php/tin-tuc-su-kien"), ("Tin hoạt động", f"/index.php/tin-tuc-su-kien/{CAT}" if a else None)]
    if a:
        c.append((plain(a["title"]), None))
    return c


def render(a, pg: Page, arts):
    a["url"] = url(a)
    body = JBody()
    parts = a["body"] if isinstance(a["body"][0], list) else [a["body"]]
    docs = []
    for k, blocks in enumerate(parts):
        html_body = body.render(pg, blocks)
        pagebreak = ""
        if len(parts) > 1:
            toc = "".join(f'<li><a href="{url(a, i) if i else url(a)}" class="toclink{" active" if i == k else ""}">Trang {i + 1}</a></li>' for i in range(len(parts)))
            pagebreak = (f'<div class="pull-right article-index"><ul class="nav nav-tabs nav-stacked">{toc}'
                         f'<li><a href="{url(a)}?showall=1" class="toclink">Tất cả các trang</a></li></ul></div>'
                         f'<div class="pagenavcounter">{pg.no(f"Trang {k + 1} trên {len(parts)}")}</div>')
            nav = []
            if k > 0:
                nav.append(f'<li class="previous"><a href="{url(a, k - 1) if k > 1 else url(a)}">&lt;&lt; {pg.no("Trang trước")}</a></li>')
            if k < len(parts) - 1:
                nav.append(f'<li class="next"><a href="{url(a, k + 1)}">{pg.no("Trang sau")} &gt;&gt;</a></li>')
            html_body += '<div class="pager"><ul>' + "".join(nav) + "</ul></div>"
        title = plain(a["title"]) + (f" - Trang {k + 1}" if k else "")
        docs.append(head(title, lead_of(a), a, a["account"]) + top(pg, crumbs(a)) + article(pg, a, arts, html_body, pagebreak)
                    + right(pg, arts, a["n"] + k) + foot(pg))
    return docs


def listings(arts):
    pg = Page()
    rows = sorted(arts, key=lambda a: a["date"], reverse=True)
    items = []
    for a in rows:
        d = when(a["date"])
        items.append(f"""<div class="items-row cols-1 row-0 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{url(a)}" itemprop="url">{h(a['title'])}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">Ngày đăng: {dmy(d, '.')}</time></dd><dd class="hits"><span class="icon-eye-open"></span> Lượt xem: {a['hits']}</dd></dl>
<div class="pull-left item-image"><img src="/images/tin-tuc/thumb-{a['id']}.jpg" alt="" itemprop="thumbnailUrl" /></div>
<p>{h(lead_of(a))}</p>
<p class="readmore"><a class="btn" href="{url(a)}" itemprop="url" aria-label="Đọc thêm: {attr(a['title'])}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {h(a['title'])}</a></p>
</div></div><span class="row-separator"></span></div>""")
    cat = (head(f"Tin hoạt động - {NAME}", "Tin hoạt động") + top(pg, crumbs())
           + '<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h2><span class="subheading-category">Tin hoạt động</span></h2></div>'
           + "\n".join(items)
           + '<div class="items-more"><ol class="nav nav-tabs nav-stacked">' + "".join(f'<li><a href="{HOST}/index.php/tin-tuc-su-kien/{CAT}/{s}">{h(t)}</a></li>' for t, _, s in EXTRA) + "</ol></div>"
           + '<div class="pagination"><p class="counter pull-right">Trang 1 trên 14</p><ul class="pagination-list"><li class="active"><a>1</a></li><li><a href="/index.php/tin-tuc-su-kien/12-tin-hoat-dong?start=8" class="pagenav">2</a></li><li><a href="/index.php/tin-tuc-su-kien/12-tin-hoat-dong?start=16" class="pagenav">3</a></li><li><a title="Tiếp" href="/index.php/tin-tuc-su-kien/12-tin-hoat-dong?start=8" class="hasTooltip pagenav">Tiếp</a></li><li><a title="Cuối" href="/index.php/tin-tuc-su-kien/12-tin-hoat-dong?start=104" class="hasTooltip pagenav">Cuối</a></li></ul></div></div>'
           + right(pg, arts, 0) + foot(pg))
    feat = rows[0]
    home = (head(f"Trang chủ - {NAME}", "Trang thông tin điện tử Liên hiệp hội tỉnh Hà Nam") + top(pg, [("Trang chủ", None)])
            + f'<div class="blog-featured"><div class="items-leading clearfix"><div class="leading-0"><h2 class="item-title"><a href="{url(feat)}">{h(feat["title"])}</a></h2><p>{h(lead_of(feat))}</p></div></div>'
            + '<div class="items-row cols-2 row-fluid">' + "".join(f'<div class="span6"><h3><a href="{url(a)}">{h(a["title"])}</a></h3><p>{h(lead_of(a))}</p></div>' for a in rows[1:5]) + "</div></div>"
            + right(pg, arts, 1) + foot(pg))
    return [cat, home]


ARTICLES = [
    dict(n=1, id=833, slug="hoi-thao-giai-phap-phat-trien-chan-nuoi-bo-sua-ben-vung-tren-dia-ban-tinh",
         date="2024-03-12 08:15", hits=312, account="Super User",
         title="Hội thảo “Giải pháp phát triển chăn nuôi bò sữa bền vững trên địa bàn tỉnh”",
         author="Phạm Thị Thu", source=None,
         body=[
             ("lead", "Ngày 8/3, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Hội Chăn nuôi Thú y tổ chức hội thảo “Giải pháp phát triển chăn nuôi bò sữa bền vững trên địa bàn tỉnh” tại huyện Duy Tiên."),
             "Hà Nam có khoảng 4.600 con bò sữa, tập trung ở các xã ven sông Châu Giang và một số trang trại quy mô lớn ở Lý Nhân. Sản lượng sữa tươi mỗi năm đạt gần 25.000 tấn, chủ yếu bán cho hai doanh nghiệp chế biến theo hợp đồng bao tiêu.",
             "Tại hội thảo, các chuyên gia của Học viện Nông nghiệp Việt Nam đã phân tích những điểm yếu của chăn nuôi nông hộ: chuồng trại chật, thiếu hệ thống làm mát trong mùa hè; khẩu phần phụ thuộc nhiều vào thức ăn tinh mua ngoài; tỷ lệ bò mắc viêm vú và rối loạn sinh sản còn cao, làm năng suất bình quân chỉ đạt 14 – 15 lít/con/ngày.",
             ("img", "2024/03/bo-sua-1.jpg", "PGS.TS Nguyễn Xuân Trạch trình bày tham luận về khẩu phần ăn cho bò sữa nông hộ"),
             "Nhiều đại biểu kiến nghị tỉnh quy hoạch vùng trồng cỏ và ngô sinh khối gắn với các cụm chăn nuôi, hỗ trợ máy ủ chua thức ăn cho tổ hợp tác, đồng thời khuyến khích doanh nghiệp thu mua trả giá theo chất lượng sữa để người nuôi có động lực đầu tư.",
             "Kết thúc hội thảo, Liên hiệp hội sẽ tổng hợp các ý kiến thành văn bản kiến nghị gửi UBND tỉnh và Sở Nông nghiệp và Phát triển nông thôn, phục vụ việc xây dựng kế hoạch phát triển chăn nuôi giai đoạn 2025 – 2030.",
             ("sig", "Phạm Thị Thu"),
         ]),
    dict(n=2, id=791, slug="ket-qua-tu-van-phn-bien-de-an-bao-ton-va-phat-trien-lang-nghe-truyen-thong",
         date="2023-10-05 14:30", modified="2023-10-09 10:02", hits=538, account="Quản trị",
         title="Kết quả tư vấn, phản biện Đề án bảo tồn và phát triển làng nghề truyền thống tỉnh Hà Nam",
         author="Văn phòng Liên hiệp hội", source=None,
         body=[[
             ("lead", "Thực hiện đề nghị của Sở Nông nghiệp và Phát triển nông thôn, từ tháng 7 đến tháng 9/2023, Liên hiệp hội tỉnh đã thành lập Hội đồng tư vấn, phản biện Đề án bảo tồn và phát triển làng nghề truyền thống tỉnh Hà Nam giai đoạn 2023 – 2030."),
             "Hội đồng gồm 11 thành viên là các nhà khoa học thuộc lĩnh vực kinh tế, văn hóa, môi trường, quy hoạch và đại diện một số hội thành viên. Bên cạnh việc nghiên cứu hồ sơ, Hội đồng đã khảo sát thực tế tại 9 làng nghề, trong đó có làng trống Đọi Tam, dệt Nha Xá, mây giang đan Ngọc Động, sừng mỹ nghệ Đô Hai và rượu Vọc.",
             ("h", "Những điểm mạnh của dự thảo"),
             "Dự thảo Đề án được xây dựng công phu, số liệu điều tra khá đầy đủ. Theo đó, toàn tỉnh hiện có 57 làng nghề và làng có nghề được công nhận, thu hút khoảng 29.000 lao động, doanh thu năm 2022 ước đạt 3.100 tỷ đồng. Mục tiêu, nhiệm vụ được đề ra phù hợp với Chương trình phát triển ngành nghề nông thôn của Chính phủ và Nghị quyết Đại hội Đảng bộ tỉnh.",
             "Hội đồng đánh giá cao việc dự thảo tách riêng nhóm làng nghề có giá trị văn hóa, lịch sử cần bảo tồn với nhóm làng nghề có tiềm năng sản xuất hàng hóa quy mô lớn, từ đó đề xuất chính sách khác nhau cho từng nhóm thay vì áp dụng một cơ chế chung.",
             ("h", "Những vấn đề cần làm rõ"),
             "Tuy vậy, phần đánh giá thực trạng mới dừng ở liệt kê, chưa phân tích nguyên nhân vì sao một số làng nghề như thêu ren Thanh Hà hay nón lá Đại Phú thu hẹp nhanh trong 10 năm gần đây. Dự thảo cũng chưa đề cập đầy đủ đến nguy cơ mai một kỹ năng khi lớp nghệ nhân cao tuổi giảm dần mà lực lượng kế cận chủ yếu làm theo đơn hàng, ít được truyền dạy bài bản.",
             "Vấn đề môi trường ở các làng nghề chế biến nông sản, tái chế còn được nhắc đến chung chung. Qua khảo sát, Hội đồng ghi nhận nước thải từ các hộ nấu rượu, làm bún ở một số thôn vẫn xả thẳng ra kênh tiêu; khói bụi từ lò sấy sừng, mài bóng chưa được thu gom.",
         ], [
             "Phần giải pháp về vốn đang dựa nhiều vào ngân sách, trong khi nguồn lực xã hội hóa, tín dụng ưu đãi và vai trò của doanh nghiệp đầu tàu chưa được tính toán cụ thể. Hội đồng cho rằng cần bổ sung bảng phân kỳ đầu tư và chỉ rõ trách nhiệm của từng sở, ngành, địa phương.",
             ("img", "2023/10/phan-bien-lang-nghe.jpg", "Hội đồng tư vấn, phản biện khảo sát tại làng nghề trống Đọi Tam, thị xã Duy Tiên"),
             ("h", "Kiến nghị của Hội đồng"),
             "Trên cơ sở thảo luận, Hội đồng thống nhất gửi cơ quan soạn thảo các kiến nghị chính sau:",
             ("ol", ["Bổ sung đánh giá nguyên nhân suy giảm của các làng nghề thu hẹp và đề xuất giải pháp riêng cho từng trường hợp.",
                     "Xây dựng chương trình truyền nghề có hỗ trợ kinh phí cho nghệ nhân và người học, ưu tiên thanh niên tại chỗ.",
                     "Quy hoạch điểm xử lý nước thải tập trung cho các làng nghề chế biến nông sản, lồng ghép với chương trình nông thôn mới.",
                     "Gắn bảo tồn làng nghề với phát triển du lịch trải nghiệm theo tuyến Tam Chúc – Đọi Sơn – Ngọc Động.",
                     "Ứng dụng thương mại điện tử, xây dựng nhãn hiệu tập thể cho ít nhất 10 sản phẩm làng nghề đến năm 2030."]),
             "Các kiến nghị đã được cơ quan soạn thảo tiếp thu, chỉnh sửa trong bản trình UBND tỉnh ngày 29/9/2023. Đây là nhiệm vụ tư vấn, phản biện thứ ba Liên hiệp hội thực hiện trong năm theo đặt hàng của các sở, ngành.",
             ("sig", "Văn phòng Liên hiệp hội"),
         ]]),
    dict(n=3, id=804, slug="ket-np-hoi-nu-tri-thuc-tinh-la-hoi-thanh-vien",
         date="2024-01-16 16:20", hits=129, account="Super User",
         title="Kết nạp Hội Nữ trí thức tỉnh là hội thành viên",
         author=None, source="Báo Hà Nam",
         body=[
             ("lead", "Chiều 15/1, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh trao quyết định kết nạp Hội Nữ trí thức tỉnh Hà Nam là hội thành viên thứ 24."),
             "Thành lập từ tháng 6/2023, Hội Nữ trí thức hiện có 312 hội viên là giảng viên, bác sĩ, kỹ sư, cán bộ quản lý đang công tác tại các cơ quan, trường học, bệnh viện trên địa bàn tỉnh. Trong năm đầu hoạt động, hội đã tổ chức diễn đàn về bình đẳng giới trong khoa học và trao 20 suất học bổng cho nữ sinh dân tộc thiểu số.",
             "Lãnh đạo Liên hiệp hội mong muốn Hội phát huy thế mạnh của đội ngũ nữ trí thức, tích cực tham gia các hoạt động tư vấn, phản biện và phổ biến kiến thức, nhất là trong lĩnh vực y tế, giáo dục và chăm sóc gia đình.",
             ("x", '<p style="text-align: right;"><em>Nguồn: Báo Hà Nam</em></p>', ["Nguồn: Báo Hà Nam"]),
         ]),
    dict(n=4, id=818, slug="tap-huan-ky-thuat-nuoi-ca-ro-dam-vuc-theo-huong-vietgap",
         date="2024-07-24 09:45", hits=207, account="btv_lienhiephoi",
         title="Tập huấn kỹ thuật nuôi cá rô đầm Vực theo hướng VietGAP",
         author="Hải Yến", source=None,
         body=[
             ("lead", "Hội Thủy sản tỉnh vừa mở lớp tập huấn kỹ thuật nuôi cá rô đầm Vực theo hướng VietGAP cho 45 hộ nuôi ở các xã Thanh Hải, Thanh Nghị thuộc thị xã Kim Bảng và huyện Thanh Liêm."),
             "Cá rô đầm Vực nổi tiếng thân dày, thịt chắc và thơm, từng là đặc sản tiến vua. Tuy nhiên, diện tích đầm tự nhiên bị thu hẹp, con giống lai tạp khiến chất lượng cá thương phẩm không đồng đều, giá bán nhiều thời điểm chỉ ngang cá rô đồng thông thường.",
             "Trong hai ngày, các học viên được hướng dẫn:",
             ("ul", ["Cải tạo ao, xử lý đáy bằng vôi bột và chế phẩm vi sinh trước khi thả giống.",
                     "Chọn giống thuần từ đàn bố mẹ đã được Trung tâm Giống thủy sản tỉnh tuyển chọn.",
                     "Ghi chép nhật ký cho ăn, dùng thuốc và thu hoạch theo mẫu của VietGAP.",
                     "Phòng, trị bệnh xuất huyết và nấm thủy mi vào thời điểm giao mùa."]),
             ("img", "2024/07/ca-ro-dam-vuc.jpg", "=IMG_4521"),
             "Theo kế hoạch, cuối năm nay Hội sẽ hỗ trợ 10 hộ đủ điều kiện làm hồ sơ chứng nhận VietGAP và kết nối với một số bếp ăn, nhà hàng ở Phủ Lý để tiêu thụ cá đạt chuẩn.",
             ("x", "<p>Tin, ảnh: Hải Yến</p>", ["Tin, ảnh: Hải Yến"]),
         ]),
    dict(n=5, id=702, slug="gap-mat-tri-thuc-tieu-bieu-nhan-ky-niem-ngay-khoa-hoc-va-cong-nghe-viet-nam",
         date="2022-05-18 16:40", hits=276, account="Super User",
         title="Gặp mặt trí thức tiêu biểu nhân kỷ niệm Ngày Khoa học và Công nghệ Việt Nam",
         author="Đỗ Minh Khuê", source=None,
         body=[
             ("lead", "Sáng 17/5, Liên hiệp hội tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức gặp mặt 60 trí thức tiêu biểu nhân kỷ niệm Ngày Khoa học và Công nghệ Việt Nam (18/5)."),
             "Cuộc gặp mặt diễn ra trong không khí cởi mở. Các trí thức đã chia sẻ nhiều trăn trở về môi trường làm việc cho người làm khoa học ở địa phương, từ việc đặt hàng đề tài còn dàn trải đến thủ tục thanh quyết toán kinh phí nghiên cứu vẫn nặng nề.",
             ("img", "2022/05/gap-mat-tri-thuc.jpg", "Đại biểu trí thức phát biểu tại buổi gặp mặt"),
             "TS. Vũ Đình Thắng, giảng viên Trường Đại học Hà Nam, đề xuất tỉnh có cơ chế khoán chi đến sản phẩm cuối cùng cho các đề tài ứng dụng, để nhà khoa học tập trung vào chất lượng thay vì chứng từ. Nhiều ý kiến khác mong muốn được tham gia sớm hơn vào quá trình xây dựng quy hoạch, dự án lớn của tỉnh.",
             "Dịp này, Liên hiệp hội tặng giấy khen cho 12 trí thức có công trình nghiên cứu, sáng kiến được áp dụng hiệu quả trong sản xuất và đời sống năm 2021.",
             ("x", "<p><strong>Đỗ Minh Khuê</strong></p>", ["Đỗ Minh Khuê"]),
         ]),
    dict(n=6, id=655, slug="phat-dong-hi-thi-sang-to-ky-thut-tinh-ha-nam-ln-th-ix",
         date="2021-09-07 10:05", hits=344, account="Quản trị",
         title="Phát động Hội thi Sáng tạo kỹ thuật tỉnh Hà Nam lần thứ IX",
         author=None, source="Cổng thông tin điện tử tỉnh Hà Nam",
         body=[
             ("lead", "Ngày 6/9, Ban Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Hà Nam lần thứ IX (2021 – 2022) tổ chức lễ phát động bằng hình thức trực tuyến, kết nối tới 6 huyện, thị xã, thành phố."),
             "Hội thi nhằm phát hiện, tôn vinh các giải pháp sáng tạo có tính mới, khả năng áp dụng và hiệu quả kinh tế – xã hội, góp phần khơi dậy phong trào lao động sáng tạo trong cán bộ, công nhân, nông dân, học sinh, sinh viên.",
             "Giải pháp dự thi thuộc một trong các lĩnh vực sau:",
             ("ul", ["Cơ khí – Xây dựng – Giao thông;", "Điện – Điện tử – Tin học – Tự động hóa;", "Nông – Lâm – Ngư nghiệp;",
                     "Y – Dược; Tài nguyên – Môi trường;", "Giáo dục và đào tạo, đổi mới sáng tạo trong quản lý."]),
             "Hồ sơ dự thi gửi về Thường trực Hội thi tại Liên hiệp hội tỉnh trước ngày 30/6/2022. Ban Tổ chức dự kiến trao 1 giải Đặc biệt, 3 giải Nhất, 6 giải Nhì, 9 giải Ba và một số giải Khuyến khích; các giải pháp xuất sắc sẽ được chọn dự Hội thi toàn quốc.",
             ("x", "<p><em>Theo Cổng thông tin điện tử tỉnh Hà Nam</em></p>", ["Theo Cổng thông tin điện tử tỉnh Hà Nam"]),
         ]),
    dict(n=7, id=857, slug="pho-bien-kien-thuc-phong-chong-dot-quy-cho-nguoi-cao-tuoi-huyen-ly-nhan",
         date="2024-11-21 09:00", hits=98, account="btv_lienhiephoi",
         title="Phổ biến kiến thức phòng chống đột quỵ cho người cao tuổi huyện Lý Nhân",
         author="Lê Thanh Tâm - Hội Y học tỉnh", source=None,
         body=[
             ("lead", "Hưởng ứng Ngày Đột quỵ thế giới, Hội Y học tỉnh phối hợp với Hội Người cao tuổi huyện Lý Nhân tổ chức buổi nói chuyện chuyên đề về phòng, chống đột quỵ cho gần 200 hội viên người cao tuổi."),
             "Theo các bác sĩ, đột quỵ là nguyên nhân gây tử vong và tàn phế hàng đầu ở người trên 60 tuổi, trong khi phần lớn người bệnh đến viện muộn vì gia đình không nhận ra dấu hiệu ban đầu. “Thời gian vàng” để can thiệp chỉ khoảng 4,5 giờ kể từ khi khởi phát.",
             "Người cao tuổi và con cháu được hướng dẫn ghi nhớ quy tắc F.A.S.T:",
             ("ul", ["F (Face – Mặt): méo miệng, một bên mặt bị xệ khi cười.",
                     "A (Arm – Tay): yếu hoặc tê một bên tay, không giơ lên được.",
                     "S (Speech – Lời nói): nói khó, nói ngọng, không hiểu lời người khác.",
                     "T (Time – Thời gian): gọi ngay cấp cứu 115 và ghi lại thời điểm xuất hiện triệu chứng."]),
             ("quote", "Tuyệt đối không cạo gió, chích máu đầu ngón tay hay cho người bệnh uống thuốc tùy tiện trong lúc chờ xe cấp cứu."),
             "Sau buổi nói chuyện, các bác sĩ đã đo huyết áp, xét nghiệm đường máu miễn phí và tư vấn chế độ ăn giảm muối, tập luyện phù hợp cho các cụ có bệnh nền tăng huyết áp, đái tháo đường.",
             ("sig", "Lê Thanh Tâm - Hội Y học tỉnh"),
         ]),
]
