"""Liên hiệp hội An Giang, as a sub-site of a Liferay provincial portal renders it: every page
titled "Chi tiết tin" (the page, not the article), og:title = the site name, portlets, the
journal-article template with a "sapo" div, "Ngày đăng: dd.mm.yyyy", template lines
"Tác giả:" / "Nguồn:", a literal "null" where the category label is missing, "Tin liên quan"
inside the template and "Các tin đã đưa" in the next portlet."""
from make import Body, Page, attr, dmy, h, lead_of, plain, when

SITE = {"id": "angiang-liferay", "cms": "liferay", "host": "https://lhhkhkt.angiang.gov.vn"}
HOST = SITE["host"]
NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang"
TODAY = "Thứ hai, 17/11/2025"
INST = "k9YtR3vBq2Lm"

EARLIER = [
    ("Hội Làm vườn tỉnh hướng dẫn kỹ thuật ghép cải tạo vườn xoài", "2020-09-15 08:00", 11230562),
    ("Liên hiệp hội tỉnh triển khai kế hoạch xét chọn trí thức tiêu biểu năm 2020", "2020-06-02 10:30", 11102954),
]


class LBody(Body):
    p = '<p style="text-align:justify">{}</p>'
    head = '<p style="text-align:justify"><strong>{}</strong></p>'
    sig = '<p style="text-align:right"><strong>{}</strong></p>'
    quote = '<blockquote><p style="text-align:justify"><em>{}</em></p></blockquote>'

    def img(self, pg, file, cap):
        src = f"/documents/10181/{file}"
        if cap is None:
            return f'<p style="text-align:center"><img alt="" src="{src}" style="width:600px" /></p>'
        txt = pg.no(cap[1:]) if cap.startswith("=") else pg.para(cap)
        return f'<p style="text-align:center"><img alt="" src="{src}" style="width:600px" /></p><p style="text-align:center"><span style="color:#0000cd"><em>{txt}</em></span></p>'


def url(a):
    return f"{HOST}/web/lhhkhkt/chi-tiet-tin/-/asset_publisher/{INST}/content/id/{a['id']}?plidlayout=10493"


def shell(pg: Page, inner: str, n: int, page_title="Chi tiết tin") -> str:
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{page_title} - {NAME}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{NAME}" />
<meta property="og:type" content="website" />
<link href="{HOST}/agportal-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="{HOST}/agportal-theme/css/main.css?browserId=other&amp;themeId=agportal_WAR_agportaltheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1730879412000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=agportal_WAR_agportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1730879411000" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = Liferay.ThemeDisplay; Liferay.Portlet.list = ["56_INSTANCE_banner", "101_INSTANCE_{INST}", "101_INSTANCE_tindadua", "48_INSTANCE_lienket"];</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">{pg.no("Nhảy đến nội dung")}</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="ngay-hien-tai">{pg.no(TODAY)}</span> <span class="lien-ket-nhanh"><a href="https://angiang.gov.vn">Cổng thông tin điện tử An Giang</a> | <a href="/web/lhhkhkt/so-do-cong">Sơ đồ cổng</a> | <a href="/c/portal/login?p_l_id=10493">Đăng nhập</a></span></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_56_INSTANCE_banner_"><span id="p_56_INSTANCE_banner"></span><div class="portlet-borderless-container"><div class="portlet-body"><div class="journal-content-article"><p><img alt="" src="/documents/10181/0/banner-lhhkhkt-ag.png" style="width:100%" /></p></div></div></div></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation"><div class="navbar-inner"><div class="container"><div class="collapse nav-collapse">
<ul aria-label="Các trang của trang web" class="nav nav-collapse" role="menubar">
<li class="lfr-nav-item" id="layout_1" role="presentation"><a aria-labelledby="layout_1" href="{HOST}/web/lhhkhkt/trang-chu" role="menuitem"><span> Trang chủ</span></a></li>
<li class="lfr-nav-item dropdown" id="layout_2" role="presentation"><a aria-labelledby="layout_2" class="dropdown-toggle" href="{HOST}/web/lhhkhkt/gioi-thieu" aria-haspopup="true" role="menuitem"><span> Giới thiệu <span class="lfr-nav-child-toggle"><i class="icon-caret-down"></i></span></span></a>
<ul class="dropdown-menu child-menu" role="menu"><li class="lfr-nav-item" role="presentation"><a href="{HOST}/web/lhhkhkt/chuc-nang-nhiem-vu" role="menuitem">Chức năng nhiệm vụ</a></li><li class="lfr-nav-item" role="presentation"><a href="{HOST}/web/lhhkhkt/so-do-to-chuc" role="menuitem">Sơ đồ tổ chức</a></li></ul></li>
<li class="lfr-nav-item selected active" id="layout_3" role="presentation"><a aria-labelledby="layout_3" href="{HOST}/web/lhhkhkt/tin-tuc-su-kien" role="menuitem"><span> Tin tức - Sự kiện</span></a></li>
<li class="lfr-nav-item" id="layout_4" role="presentation"><a href="{HOST}/web/lhhkhkt/tu-van-phan-bien" role="menuitem"><span> Tư vấn, phản biện</span></a></li>
<li class="lfr-nav-item" id="layout_5" role="presentation"><a href="{HOST}/web/lhhkhkt/hoi-thanh-vien" role="menuitem"><span> Hội thành viên</span></a></li>
<li class="lfr-nav-item" id="layout_6" role="presentation"><a href="{HOST}/web/lhhkhkt/van-ban" role="menuitem"><span> Văn bản</span></a></li>
<li class="lfr-nav-item" id="layout_7" role="presentation"><a href="{HOST}/web/lhhkhkt/hoi-dap" role="menuitem"><span> Hỏi đáp</span></a></li>
</ul></div></div></div></nav>
</header>
<div id="content">
<div class="columns-2-1" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{inner}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_48_ portlet-static portlet-static-end portlet-iframe" id="p_p_id_48_INSTANCE_lienket_"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{pg.no("Liên kết website")}</span></h1></header><div class="portlet-content"><div class="portlet-body"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://vusta.vn">Liên hiệp các Hội KH&amp;KT Việt Nam</option><option value="https://sokhcn.angiang.gov.vn">Sở Khoa học và Công nghệ An Giang</option></select></div></div></section></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_56_INSTANCE_thongke_"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Thống kê truy cập</span></h1></header><div class="portlet-content"><div class="portlet-body"><div class="thong-ke"><p>{pg.no(f"Đang truy cập: {5 + n}")}</p><p>Tổng lượt truy cập: {612450 + 87 * n}</p></div></div></div></section></div>
</div></div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<div class="footer-info"><p><strong>{pg.no("CỔNG THÔNG TIN ĐIỆN TỬ LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH AN GIANG")}</strong></p>
<p>Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang</p>
<p>Địa chỉ: Số 5 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang - Điện thoại: 0296.3852.468</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử Liên hiệp hội An Giang" khi phát hành lại thông tin từ cổng này.</p></div>
<p class="powered-by">Phát triển trên nền tảng <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
<script type="text/javascript">AUI().use("aui-base","liferay-menu","liferay-notice","liferay-poller", function(A) {{ (function() {{ Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }}); }})(); }});</script>
</body>
</html>
"""


def render(a, pg: Page, arts):
    a["url"] = url(a)
    d = when(a["date"])
    blocks = a["body"]
    sapo = ""
    if blocks and isinstance(blocks[0], tuple) and blocks[0][0] == "lead":
        sapo = f'<div class="sapo">{pg.para(blocks[0][1])}</div>'
        blocks = blocks[1:]
    content = LBody().render(pg, blocks)
    cat = f'<span class="cate">{pg.no("null", force=True) if a.get("null") else h("Tin hoạt động")}</span>'
    meta = []
    if a.get("author"):
        meta.append(f'<div class="tac-gia">{pg.no("Tác giả: " + a["author"])}</div>')
    if a.get("source"):
        meta.append(f'<div class="nguon-tin">{pg.no("Nguồn: " + a["source"])}</div>')
    rel = ""
    if a.get("related"):
        items = [x for x in arts if x["n"] in a["related"]]
        rel = ('<div class="tin-lien-quan"><div class="tieu-de">' + pg.no("Tin liên quan") + "</div><ul>"
               + "".join(f'<li><a href="{url(x)}">{pg.no(x["title"])}</a> <span class="ngay">({dmy(when(x["date"]))})</span></li>' for x in items) + "</ul></div>")
    detail = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_{INST}_">
<span id="p_101_INSTANCE_{INST}"></span>
<section class="portlet" id="portlet_101_INSTANCE_{INST}">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Chi tiết tin</span></h1></header>
<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content default-asset-publisher no-title">
<div class="asset-content" id="_101_INSTANCE_{INST}_{a['id']}">
<div class="journal-content-article">
<div class="news-detail">
{cat}
<h2 class="title-news">{h(a["title"])}</h2>
<div class="meta-news"><span class="date">{pg.no(f"Ngày đăng: {dmy(d, '.')} | {d:%H:%M}")}</span> <span class="view">{pg.no(f"Lượt xem: {a['views']}")}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:changeFont(-1)">A-</a> <a href="javascript:changeFont(0)">A</a> <a href="javascript:changeFont(1)">A+</a></span></div>
{sapo}
<div class="content-news">
{content}
</div>
{"".join(meta)}
<div class="tool-news"><a href="javascript:window.print()">{pg.no("In bài viết")}</a> | <a href="mailto:?subject={attr(a['title'])}">Gửi email</a> | <a href="#" onclick="history.back();return false;">Quay lại</a></div>
{rel}
</div>
</div>
</div>
<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote"><div class="rating-label">Đánh giá ({a['votes']} Phiếu)</div></div></div></div>
<div class="taglib-social-bookmarks"><ul class="unstyled"><li class="taglib-social-bookmark-facebook"><a href="https://www.facebook.com/sharer.php?u={url(a)}" target="_blank">Facebook</a></li><li class="taglib-social-bookmark-twitter"><a href="https://twitter.com/intent/tweet?url={url(a)}" target="_blank">Twitter</a></li></ul></div>
</div>
</div></div></div>
</section>
</div>
"""
    earlier = [(x["title"], x["date"], x["id"]) for x in arts if x["date"] < a["date"]] + EARLIER
    earlier = sorted([e for e in earlier if e[1] < a["date"]], key=lambda e: e[1], reverse=True)[:5]
    tindadua = "".join(f'<li class="title-list"><a href="{HOST}/web/lhhkhkt/chi-tiet-tin/-/asset_publisher/{INST}/content/id/{i}?plidlayout=10493">{pg.no(t) if k < 2 else h(t)}</a> <span class="metadata-entry">({dmy(when(dd))})</span></li>' for k, (t, dd, i) in enumerate(earlier))
    other = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_tindadua_">
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{pg.no("Các tin đã đưa")}</span></h1></header>
<div class="portlet-content"><div class="portlet-body"><ul class="title-list">{tindadua}</ul>
<div class="taglib-page-iterator"><div class="search-pages"><div class="page-links"><a class="first" href="javascript:;">Đầu</a> <a class="previous" href="javascript:;">Trước</a> <a class="next" href="?_101_INSTANCE_tindadua_cur=2">Tiếp theo</a> <a class="last" href="?_101_INSTANCE_tindadua_cur=24">Cuối</a></div></div></div>
</div></div></section></div>"""
    return shell(pg, detail + other, a["n"])


def listings(arts):
    pg = Page()
    rows = sorted(arts, key=lambda a: a["date"], reverse=True)
    items = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{url(a)}">{h(a["title"])}</a></h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(when(a["date"]))}</span></div><div class="asset-summary"><img class="asset-small-image" src="/documents/10181/thumb/{a["id"]}.jpg" alt="" />{h(lead_of(a)[:240])}</div><div class="asset-more"><a href="{url(a)}">Xem tiếp »</a></div></div>' for a in rows)
    cat = shell(pg, f'<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_101_INSTANCE_dsTin_"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin tức - Sự kiện</span></h1></header><div class="portlet-content"><div class="portlet-body">{items}<div class="taglib-page-iterator"><div class="search-results">Hiển thị 1 - {len(rows)} trong 186 kết quả.</div><div class="page-links"><a class="next" href="?_101_INSTANCE_dsTin_cur=2">Tiếp theo</a></div></div></div></div></section></div>', 0, "Tin tức - Sự kiện")
    top = rows[0]
    home = shell(pg, f'<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_101_INSTANCE_tinNoiBat_"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin nổi bật</span></h1></header><div class="portlet-content"><div class="portlet-body"><div class="tin-noi-bat"><img src="/documents/10181/big/{top["id"]}.jpg" alt="" /><h2><a href="{url(top)}">{h(top["title"])}</a></h2><p>{h(lead_of(top))}</p></div><ul>' + "".join(f'<li><a href="{url(a)}">{h(a["title"])}</a></li>' for a in rows[1:]) + "</ul></div></div></section></div>", 1, "Trang chủ")
    return [cat, home]


ARTICLES = [
    dict(n=1, id=12750318, date="2024-10-22 14:10", views=212, votes=3, related=[6, 2],
         title="Hội thảo “Giải pháp nâng cao hiệu quả sản xuất lúa chất lượng cao gắn với giảm phát thải”",
         author="Thanh Tùng", source="Báo An Giang",
         body=[
             ("lead", "Ngày 21/10, tại thành phố Long Xuyên, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội thảo khoa học về sản xuất lúa chất lượng cao, phát thải thấp."),
             "Hội thảo nằm trong chuỗi hoạt động hưởng ứng Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp vùng Đồng bằng sông Cửu Long, trong đó An Giang đăng ký khoảng 170.000 ha đến năm 2030.",
             "Các nhà khoa học của Viện Lúa Đồng bằng sông Cửu Long và Trường Đại học An Giang giới thiệu kết quả thực nghiệm kỹ thuật tưới ngập – khô xen kẽ, sạ cụm bằng máy và thu gom rơm ra khỏi ruộng. Trên các ruộng mô hình ở Thoại Sơn và Châu Phú, lượng giống giảm còn 60 – 70 kg/ha, phân đạm giảm khoảng 30%, lợi nhuận tăng 3 – 5 triệu đồng/ha so với ruộng đối chứng.",
             ("img", "2024/10/hoithao-lua-1.jpg", "Các đại biểu tham quan ruộng mô hình sạ cụm tại xã Vĩnh Trạch, huyện Thoại Sơn"),
             "Tuy nhiên, nhiều ý kiến cho rằng để nông dân mạnh dạn áp dụng, cần hạ tầng thủy lợi nội đồng đủ điều kiện điều tiết nước theo từng ô thửa, dịch vụ cơ giới hóa đồng bộ và nhất là cơ chế chi trả tín chỉ carbon rõ ràng.",
             "Liên hiệp hội sẽ tổng hợp các kiến nghị gửi UBND tỉnh, đồng thời đề xuất đưa nội dung tập huấn canh tác giảm phát thải vào chương trình hoạt động năm 2025 của các hội thành viên.",
         ]),
    dict(n=2, id=12481095, date="2023-08-09 09:00", views=405, votes=6,
         title="Tư vấn, phản biện Đề án phát triển du lịch vùng Bảy Núi đến năm 2030",
         author="Quốc Việt", source=None,
         body=[
             ("lead", "Liên hiệp hội tỉnh vừa hoàn thành nhiệm vụ tư vấn, phản biện Đề án phát triển du lịch vùng Bảy Núi đến năm 2030, tầm nhìn đến năm 2045 theo đề nghị của Sở Văn hóa, Thể thao và Du lịch."),
             "Hội đồng tư vấn gồm 9 chuyên gia trong các lĩnh vực kinh tế du lịch, quy hoạch, văn hóa dân tộc và môi trường, do TS. Trần Minh Hải, Phó Chủ tịch Liên hiệp hội, làm Chủ tịch. Hội đồng đã làm việc với UBND thị xã Tịnh Biên, huyện Tri Tôn và khảo sát tại núi Cấm, rừng tràm Trà Sư, hồ Soài So, làng dệt thổ cẩm Văn Giáo.",
             ("h", "Đánh giá chung"),
             "Đề án đã nhận diện được các sản phẩm du lịch đặc trưng của vùng gồm du lịch tâm linh, du lịch sinh thái rừng – núi và du lịch văn hóa Khmer; đề ra các chỉ tiêu đón 12 triệu lượt khách vào năm 2030 với doanh thu khoảng 9.000 tỷ đồng.",
             "Theo Hội đồng, chỉ tiêu lượng khách là khả thi nếu tính cả khách hành hương đến Miếu Bà Chúa Xứ núi Sam, nhưng mục tiêu doanh thu cần xem lại, vì phần lớn khách đi về trong ngày, mức chi tiêu bình quân thấp.",
             ("h", "Một số kiến nghị"),
             "Hội đồng đề nghị bổ sung phân tích sức chứa của các điểm du lịch trên núi Cấm trong mùa lễ hội, nhất là vấn đề rác thải, nước sạch và an toàn giao thông trên các tuyến đường đèo; quy định rõ khu vực hạn chế xây dựng để giữ cảnh quan rừng và ruộng thốt nốt.",
             "Cần có chính sách để đồng bào Khmer trực tiếp tham gia và hưởng lợi từ du lịch, như hỗ trợ homestay, đào tạo hướng dẫn viên người địa phương, đưa sản phẩm đường thốt nốt, thổ cẩm, bò bảy núi vào chuỗi cung ứng cho khách.",
             ("img", "2023/08/phanbien-baynui.jpg", "Hội đồng tư vấn khảo sát tại khu du lịch rừng tràm Trà Sư"),
             "Đề án cũng nên làm rõ cơ chế phối hợp liên vùng với Kiên Giang và Cần Thơ để hình thành tuyến du lịch Châu Đốc – Tịnh Biên – Hà Tiên – Phú Quốc, tránh đầu tư trùng lặp các sản phẩm giống nhau giữa các địa phương.",
             "Báo cáo phản biện với 23 ý kiến cụ thể đã được gửi Sở Văn hóa, Thể thao và Du lịch. Cơ quan soạn thảo đã có văn bản phản hồi, tiếp thu 19 ý kiến.",
         ]),
    dict(n=3, id=11893427, date="2022-04-14 16:45", views=138, votes=0, null=True,
         title="Liên hiệp hội tỉnh tiếp đoàn công tác Liên hiệp hội Việt Nam",
         author=None, source=None,
         body=[
             "Chiều 13/4, Thường trực Liên hiệp hội tỉnh đã tiếp và làm việc với đoàn công tác của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam về tình hình thực hiện Kết luận 93-KL/TW của Ban Bí thư tại địa phương.",
             "Báo cáo với đoàn, lãnh đạo Liên hiệp hội tỉnh cho biết khó khăn lớn nhất hiện nay là biên chế cơ quan chỉ có 7 người trong khi khối lượng công việc ngày càng tăng, nhiều hội thành viên chưa có trụ sở riêng.",
             "Đoàn công tác ghi nhận những kiến nghị của An Giang và cho biết sẽ tổng hợp, báo cáo Đảng đoàn Liên hiệp hội Việt Nam trong đợt sơ kết sắp tới.",
         ]),
    dict(n=4, id=11705664, date="2021-11-25 10:20", views=377, votes=4,
         title="Tập huấn kỹ thuật nuôi lươn không bùn cho hội viên nông dân Thoại Sơn",
         author="Bích Ngọc", source=None,
         body=[
             ("lead", "Hội Thủy sản tỉnh phối hợp với Hội Nông dân huyện Thoại Sơn vừa tổ chức lớp tập huấn kỹ thuật nuôi lươn không bùn cho 35 hội viên ở các xã Vọng Thê, Vọng Đông."),
             "Nuôi lươn trong bể lót bạt, không dùng bùn, đang được nhiều hộ lựa chọn vì tốn ít diện tích, dễ quản lý và có thể tận dụng đất quanh nhà. Với bể 20 m², sau 6 – 8 tháng nuôi có thể thu khoảng 300 – 400 kg lươn thương phẩm.",
             ("img", "2021/11/nuoi-luon-1.jpg", "=20211124_093512"),
             "Các bước chính được hướng dẫn trong lớp học:",
             ("ol", ["Làm bể xi măng hoặc khung lót bạt, có mái che nắng và giá thể bằng dây nylon, lục bình cho lươn trú ẩn.",
                     "Chọn lươn giống sinh sản nhân tạo, cỡ đồng đều, tắm nước muối loãng trước khi thả.",
                     "Cho ăn cá tạp xay, ốc, trùn quế hoặc thức ăn viên công nghiệp, tập cho lươn ăn đúng giờ.",
                     "Thay nước thường xuyên, theo dõi để phát hiện sớm bệnh lở loét và sình bụng."]),
             "Học viên được tham quan mô hình của anh Nguyễn Văn Tiến ở xã Vọng Thê, hiện có 12 bể nuôi, mỗi năm thu lãi hơn 150 triệu đồng.",
         ]),
    dict(n=5, id=11457213, date="2020-12-03 08:40", views=520, votes=8,
         title="An Giang có giải pháp máy sấy lúa tiết kiệm năng lượng đạt Giải thưởng Sáng tạo KH&CN Việt Nam",
         author=None, source="Báo An Giang",
         body=[
             ("lead", "Giải pháp “Máy sấy lúa tầng sôi sử dụng nhiệt từ trấu có thu hồi nhiệt thải” của nhóm kỹ sư Công ty TNHH Cơ khí Hưng Phát (huyện Châu Thành) vừa đạt giải Ba Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2020."),
             "Điểm mới của giải pháp là bộ trao đổi nhiệt tận dụng khí thải từ buồng sấy để sấy sơ bộ lúa ướt, giúp giảm khoảng 25% lượng trấu tiêu thụ và rút ngắn thời gian sấy. Lúa sau sấy có tỷ lệ gạo nguyên cao hơn so với sấy vỉ ngang truyền thống.",
             "Hiện đã có hơn 40 máy được lắp đặt cho các hợp tác xã, nhà máy xay xát trong và ngoài tỉnh. Nhóm tác giả đang hoàn thiện hồ sơ đăng ký bảo hộ giải pháp hữu ích.",
         ]),
    dict(n=6, id=13004571, date="2025-05-20 15:35", views=74, votes=1, related=[1, 4],
         title="Phổ biến kiến thức chuyển đổi số cho các hợp tác xã nông nghiệp",
         author="Hữu Phước", source=None,
         body=[
             ("lead", "Ngày 19/5, Hội Tin học tỉnh phối hợp với Liên minh Hợp tác xã tỉnh tổ chức hội nghị phổ biến kiến thức về chuyển đổi số cho giám đốc, kế toán của 60 hợp tác xã nông nghiệp."),
             "Các báo cáo viên giới thiệu những công cụ số đơn giản, chi phí thấp mà hợp tác xã có thể áp dụng ngay: phần mềm kế toán trực tuyến, hóa đơn điện tử, sổ nhật ký canh tác trên điện thoại và mã QR truy xuất nguồn gốc cho từng lô nông sản.",
             "Theo khảo sát của Hội, chỉ khoảng 20% hợp tác xã trong tỉnh có website hoặc gian hàng trên sàn thương mại điện tử, phần lớn vẫn bán hàng qua thương lái. Rào cản chủ yếu là thiếu người có kỹ năng và lo ngại chi phí duy trì.",
             ("quote", "Chuyển đổi số không bắt đầu từ phần mềm đắt tiền mà từ việc ghi chép đầy đủ, minh bạch mọi hoạt động của hợp tác xã."),
             "Sau hội nghị, Hội Tin học sẽ cử tình nguyện viên hỗ trợ trực tiếp 10 hợp tác xã đăng ký làm điểm trong 6 tháng.",
         ]),
    dict(n=7, id=12288540, date="2023-03-30 11:15", views=166, votes=2,
         title="Đại hội Hội Kiến trúc sư tỉnh An Giang nhiệm kỳ 2023 – 2028",
         author="Văn Sơn", source=None,
         body=[
             "Ngày 28/3, Hội Kiến trúc sư tỉnh An Giang tổ chức Đại hội lần thứ V, nhiệm kỳ 2023 – 2028, với sự tham dự của 65 hội viên.",
             "Nhiệm kỳ qua, hội viên đã tham gia góp ý nhiều đồ án quy hoạch quan trọng như điều chỉnh quy hoạch chung thành phố Long Xuyên, quy hoạch khu du lịch quốc gia núi Sam, thiết kế đô thị các tuyến phố ven sông Hậu. Hội cũng tổ chức cuộc thi ý tưởng nhà ở nông thôn thích ứng với lũ cho sinh viên kiến trúc.",
             ("quote", "“Kiến trúc An Giang phải mang dấu ấn của vùng sông nước, của ba dân tộc Kinh – Chăm – Khmer cùng sinh sống, chứ không phải những khối bê tông giống nhau ở mọi đô thị”, KTS Lâm Quang Hiếu phát biểu."),
             "Đại hội bầu Ban Chấp hành khóa V gồm 9 ủy viên; KTS Lâm Quang Hiếu tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội.",
         ]),
]
