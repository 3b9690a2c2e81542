"""Liên hiệp hội Bến Tre, as WordPress renders it with a plain Vietnamese theme and the block
editor: no og:/JSON-LD at all, "Cập nhật: dd-mm-yyyy" as the only date, the account
"Biên tập viên" as poster, and a related-posts plugin (title + first sentence of other posts)
printed inside .entry-content."""
from make import Body, Page, attr, dmy, first_sentence, h, lead_of, norm, plain, when

SITE = {"id": "bentre-wordpress", "cms": "wordpress", "host": "http://lienhiephoibentre.org.vn"}
HOST = SITE["host"]
NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bến Tre"
TODAY = "Hôm nay, ngày 17 tháng 11 năm 2025"


class GBody(Body):
    p = "<p>{}</p>"
    lead = "<p><strong>{}</strong></p>"
    head = '<h3 class="wp-block-heading">{}</h3>'
    right = '<p class="has-text-align-right">{}</p>'
    sig = '<p class="has-text-align-right"><strong>{}</strong></p>'
    quote = '<blockquote class="wp-block-quote"><p>{}</p></blockquote>'

    def img(self, pg, file, cap):
        src = f"{HOST}/wp-content/uploads/{file}"
        if cap is None:
            return f'<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="" /></figure>'
        if cap.startswith("="):
            return f'<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="" /><figcaption class="wp-element-caption">{pg.no(cap[1:])}</figcaption></figure>'
        return f'<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="" /><figcaption class="wp-element-caption">{pg.para(cap)}</figcaption></figure>'

    def ul(self, pg, items, ordered):
        tag = "ol" if ordered else "ul"
        return f'<{tag} class="wp-block-list">' + "".join(f"<li>{pg.para(i)}</li>" for i in items) + f"</{tag}>"

    def table(self, pg, rows):
        out = ['<figure class="wp-block-table"><table><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
        pg.paras.append(norm(" ".join(plain(c) for c in rows[0])))
        for r in rows[1:]:
            pg.paras.append(norm(" ".join(plain(c) for c in r)))
            out.append("<tr>" + "".join(f"<td>{h(c)}</td>" for c in r) + "</tr>")
        out.append("</tbody></table></figure>")
        return "".join(out)


def url(a):
    d = when(a["date"])
    return f"{HOST}/{d:%Y/%m}/{a['slug']}/"


def head(title):
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{h(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; Dòng thông tin" href="{HOST}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='lhhbt-style-css' href='{HOST}/wp-content/themes/lhhbentre/style.css?ver=1.2' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='{HOST}/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.9' media='all' />
<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
"""


def top(pg: Page):
    return f"""<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<div class="topbar"><div class="container"><span class="today">{pg.no(TODAY)}</span>
<form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></div></div>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="{HOST}/" rel="home"><img src="{HOST}/wp-content/uploads/2019/04/banner-lhh-bentre.png" alt="{NAME}"></a>
<p class="site-title"><a href="{HOST}/" rel="home">{NAME}</a></p>
<p class="site-description">Trang thông tin điện tử</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<div class="menu-menu-chinh-container"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="{HOST}/">Trang chủ</a></li>
<li class="menu-item menu-item-has-children"><a href="{HOST}/gioi-thieu/">Giới thiệu</a><ul class="sub-menu"><li class="menu-item"><a href="{HOST}/gioi-thieu/qua-trinh-hinh-thanh/">Quá trình hình thành</a></li><li class="menu-item"><a href="{HOST}/gioi-thieu/thuong-truc/">Thường trực Liên hiệp hội</a></li><li class="menu-item"><a href="{HOST}/gioi-thieu/cac-hoi-thanh-vien/">Các hội thành viên</a></li></ul></li>
<li class="menu-item current-post-ancestor"><a href="{HOST}/chuyen-muc/tin-tuc/">Tin tức</a></li>
<li class="menu-item"><a href="{HOST}/chuyen-muc/tu-van-phan-bien/">Tư vấn phản biện</a></li>
<li class="menu-item"><a href="{HOST}/chuyen-muc/khoa-hoc-doi-song/">Khoa học &amp; Đời sống</a></li>
<li class="menu-item"><a href="{HOST}/chuyen-muc/sang-tao-tre/">Sáng tạo trẻ</a></li>
<li class="menu-item"><a href="{HOST}/thu-vien-anh/">Thư viện ảnh</a></li>
<li class="menu-item"><a href="{HOST}/lien-he/">Liên hệ</a></li>
</ul></div></nav>
</header>
<div id="content" class="site-content container">
<div id="primary" class="content-area">
<main id="main" class="site-main">
"""


def bottom(pg: Page, arts, n):
    recent = sorted(arts, key=lambda a: a["date"], reverse=True)[:5]
    li = "".join(f'<li><a href="{url(a)}">{h(a["title"])}</a> <span class="post-date">{dmy(when(a["date"]), "-")}</span></li>' for a in recent)
    return f"""</main>
</div>
<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{pg.no("Bài viết mới")}</h2><ul>{li}</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Thông báo</h2><div class="textwidget"><p><a href="{HOST}/2025/10/thong-bao-to-chuc-hoi-thi-sang-tao-ky-thuat-tinh-ben-tre-lan-thu-xiii/">{pg.no("Thông báo tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bến Tre lần thứ XIII")}</a></p></div></section>
<section id="custom_html-2" class="widget_text widget widget_custom_html"><h2 class="widget-title">Video</h2><div class="textwidget custom-html-widget"><iframe width="300" height="170" src="https://www.youtube.com/embed/bTlhh2024" title="Bến Tre: Sáng tạo từ cây dừa" frameborder="0" allowfullscreen></iframe></div></section>
<section id="counter-2" class="widget widget_counter"><h2 class="widget-title">Lượt truy cập</h2><div class="counter-box">{pg.no(f"Tổng lượt truy cập: {2061772 + 123 * n:,}".replace(",", "."))}<br>Đang xem: {9 + n}</div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="container"><div class="site-info">
<p><strong>{pg.no("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BẾN TRE")}</strong></p>
<p>Địa chỉ: 126 Nguyễn Thị Định, phường Phú Tân, thành phố Bến Tre - ĐT: 0275.3822.561</p>
<p>Người chịu trách nhiệm: Chủ tịch Liên hiệp hội. {pg.no("Ghi rõ nguồn khi phát hành lại thông tin từ website này.")}</p>
</div></div></footer>
</div>
<script src="{HOST}/wp-content/themes/lhhbentre/js/navigation.js?ver=1.2" id="lhhbt-navigation-js"></script>
</body>
</html>
"""


def related(pg: Page, a, arts):
    others = [x for x in arts if x is not a and x["n"] in a.get("related", [])]
    items = []
    for x in others:
        teaser = first_sentence(lead_of(x))
        items.append(f'<li><a href="{url(x)}" rel="bookmark" title="{attr(x["title"])}">{pg.no(x["title"])}</a><!-- ({x["id"]})--> <small>{pg.no(teaser)}</small></li>')
    return (f'<div class=\'yarpp yarpp-related yarpp-related-website yarpp-template-list\'>\n<!-- YARPP List -->\n'
            f'<h3>{pg.no("Tin liên quan:")}</h3><ol>{"".join(items)}</ol>\n</div>')


def render(a, pg: Page, arts):
    a["url"] = url(a)
    d = when(a["date"])
    content = GBody().render(pg, a["body"])
    rel = related(pg, a, arts) if a.get("related") else ""
    s = sorted(arts, key=lambda x: x["date"])
    i = s.index(a)
    nav = ""
    if i > 0:
        nav += f'<div class="nav-previous"><a href="{url(s[i - 1])}" rel="prev"><span class="nav-subtitle">Bài trước:</span> <span class="nav-title">{pg.no(s[i - 1]["title"])}</span></a></div>'
    if i < len(s) - 1:
        nav += f'<div class="nav-next"><a href="{url(s[i + 1])}" rel="next"><span class="nav-subtitle">Bài sau:</span> <span class="nav-title">{pg.no(s[i + 1]["title"])}</span></a></div>'
    pg.no("Cập nhật: " + dmy(d, "-"))
    cats = f'<span class="cat-links">Chuyên mục: <a href="{HOST}/chuyen-muc/tin-tuc/" rel="category tag">Tin tức</a></span>'
    return head(f"{plain(a['title'])} – {NAME}") + top(pg) + f"""<article id="post-{a['id']}" class="post-{a['id']} post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header">
<h1 class="entry-title">{h(a['title'])}</h1>
<div class="entry-meta">
<span class="posted-on">Cập nhật: <a href="{url(a)}" rel="bookmark"><time class="entry-date published updated" datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{dmy(d, "-")}</time></a></span>
<span class="byline"> Người đăng: <span class="author vcard"><a class="url fn n" href="{HOST}/author/bientap/">Biên tập viên</a></span></span>
<span class="post-views">Lượt xem: {a['views']}</span>
</div>
</header>
<div class="entry-content">
{content}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{pg.no("Chia sẻ bài viết:")}</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url(a)}?share=facebook" target="_blank" title="Nhấn vào đây để chia sẻ lên Facebook"><span>Facebook</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{url(a)}#print" target="_blank" title="Nhấn vào đây để in"><span>In</span></a></li><li class="share-end"></li></ul></div></div></div>
{rel}
</div>
<footer class="entry-footer">{cats}</footer>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{nav}</div></nav>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{pg.no("Email của bạn sẽ không được hiển thị công khai.")}</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form>
</div></div>
""" + bottom(pg, arts, a["n"])


def listings(arts):
    pg = Page()
    rows = sorted(arts, key=lambda a: a["date"], reverse=True)

    def excerpt(a):
        d = when(a["date"])
        return (f'<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="{url(a)}" rel="bookmark">{h(a["title"])}</a></h2>'
                f'<div class="entry-meta"><span class="posted-on">Cập nhật: <time class="entry-date published" datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{dmy(d, "-")}</time></span></div></header>'
                f'<div class="entry-summary"><p>{h(lead_of(a)[:180])} [&hellip;]</p></div></article>')
    cat = (head(f"Tin tức – {NAME}") + top(pg) + '<header class="page-header"><h1 class="page-title">Chuyên mục: <span>Tin tức</span></h1></header>'
           + "".join(excerpt(a) for a in rows)
           + '<nav class="navigation pagination" aria-label="Phân trang bài viết"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="/chuyen-muc/tin-tuc/page/2/">2</a><span class="page-numbers dots">&hellip;</span><a class="page-numbers" href="/chuyen-muc/tin-tuc/page/63/">63</a><a class="next page-numbers" href="/chuyen-muc/tin-tuc/page/2/">Trang sau</a></div></nav>'
           + bottom(pg, arts, 0))
    home = (head(f"{NAME} – Trang thông tin điện tử") + top(pg)
            + '<section class="home-featured">' + "".join(excerpt(a) for a in rows[:3]) + "</section>"
            + '<section class="home-list"><h2>Tin tức - Sự kiện</h2><ul>' + "".join(f'<li><a href="{url(a)}">{h(a["title"])}</a></li>' for a in rows[3:]) + "</ul></section>"
            + bottom(pg, arts, 1))
    return [cat, home]


ARTICLES = [
    dict(n=1, id=9214, slug="hoi-thao-giai-phap-ung-pho-han-man-cho-vung-trong-sau-rieng-cho-lach",
         date="2024-03-05 15:12", views=341, related=[2, 7],
         title="Hội thảo giải pháp ứng phó hạn mặn cho vùng trồng sầu riêng Chợ Lách",
         author="Ngọc Hân", source=None,
         body=[
             ("x", "<p><em>Bài, ảnh: Ngọc Hân</em></p>", ["Bài, ảnh: Ngọc Hân"]),
             ("lead", "Ngày 4/3, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Hội Làm vườn tổ chức hội thảo “Giải pháp ứng phó hạn mặn cho vùng trồng sầu riêng huyện Chợ Lách” khi độ mặn trên sông Hàm Luông đang lên nhanh."),
             "Mùa khô năm nay, nước mặn 4‰ đã vào sâu hơn 60 km, đe dọa trực tiếp khoảng 2.800 ha sầu riêng đang mang trái non của các xã Phú Phụng, Vĩnh Bình, Sơn Định. Nhiều nhà vườn còn nhớ đợt hạn mặn 2019 – 2020 đã làm chết hàng chục nghìn cây, có vườn phải trồng lại từ đầu.",
             "PGS.TS Lê Văn Hòa, Trường Đại học Cần Thơ, khuyến cáo các hộ trữ nước ngọt trong mương vườn ngay từ tháng Chạp, phủ gốc bằng rơm, cỏ khô để giữ ẩm, tạm ngưng bón phân hóa học và không xới đất trong thời gian xâm nhập mặn. Khi buộc phải tưới, nên đo độ mặn bằng bút đo cầm tay, chỉ dùng nước dưới 0,5‰ với sầu riêng.",
             ("img", "2024/03/hoi-thao-han-man-2.jpg", "Nông dân Chợ Lách đo độ mặn nước trong mương vườn"),
             "Các đại biểu cũng bàn về việc xây dựng hệ thống cống ngăn mặn cục bộ theo cụm vườn, hỗ trợ túi trữ nước bằng vải địa kỹ thuật và kết nối thông tin độ mặn hằng ngày qua nhóm Zalo của từng ấp.",
         ]),
    dict(n=2, id=9655, slug="tu-van-phan-bien-de-an-phat-trien-kinh-te-dua-giai-doan-2025-2030",
         date="2024-09-18 10:40", views=512, related=[1, 6],
         title="Tư vấn, phản biện Đề án phát triển kinh tế dừa giai đoạn 2025 – 2030",
         author="Thanh Phong", source=None,
         body=[
             ("lead", "Ngày 17/9, Liên hiệp hội tỉnh tổ chức hội nghị tư vấn, phản biện dự thảo Đề án phát triển kinh tế dừa tỉnh Bến Tre giai đoạn 2025 – 2030, tầm nhìn đến năm 2035 do Sở Nông nghiệp và Phát triển nông thôn chủ trì soạn thảo."),
             "Bến Tre có khoảng 80.000 ha dừa, chiếm gần 40% diện tích dừa cả nước, với hơn 200.000 hộ gắn sinh kế với cây dừa. Dự thảo Đề án đặt ra một số chỉ tiêu chính đến năm 2030:",
             ("table", [["Chỉ tiêu", "Năm 2023", "Mục tiêu 2030"],
                        ["Diện tích dừa (ha)", "80.200", "85.000"],
                        ["Diện tích chứng nhận hữu cơ (ha)", "22.000", "35.000"],
                        ["Kim ngạch xuất khẩu sản phẩm dừa (triệu USD)", "436", "700"],
                        ["Tỷ lệ sản phẩm chế biến sâu (%)", "35", "60"]]),
             "Các chuyên gia đánh giá dự thảo có cách tiếp cận theo chuỗi giá trị, tuy nhiên mục tiêu xuất khẩu 700 triệu USD cần được tính toán lại trên cơ sở năng lực thực tế của các nhà máy, bởi phần tăng thêm chủ yếu phải đến từ những sản phẩm mới như than hoạt tính, thạch dừa, dầu dừa tinh luyện.",
             "ThS. Nguyễn Văn Bé Tư, Hội Khoa học Kinh tế tỉnh, cho rằng dự thảo còn thiếu giải pháp cho khâu thu gom: phần lớn trái dừa đang qua 3 – 4 tầng thương lái trước khi đến nhà máy, nông dân chịu thiệt khi giá biến động. Cần có cơ chế khuyến khích doanh nghiệp ký hợp đồng trực tiếp với hợp tác xã.",
             "Nhiều ý kiến đề nghị bổ sung nội dung về giống dừa chịu mặn, phục hồi các vườn dừa già cỗi trên 40 năm và tận dụng phụ phẩm như mụn dừa, vỏ dừa cho sản xuất giá thể, phân bón, tránh lãng phí và ô nhiễm kênh rạch.",
             "Liên hiệp hội sẽ hoàn thiện báo cáo tư vấn, phản biện gửi cơ quan soạn thảo trước ngày 30/9/2024.",
             ("sig", "Thanh Phong"),
         ]),
    dict(n=3, id=8120, slug="hoi-khuyen-hoc-tinh-trao-120-suat-hoc-bong-cho-hoc-sinh-vuot-kho",
         date="2022-08-26 08:05", views=160,
         title="Hội Khuyến học tỉnh trao 120 suất học bổng cho học sinh vượt khó",
         author=None, source="Báo Đồng Khởi",
         body=[
             "Chiều 25/8, Hội Khuyến học tỉnh Bến Tre trao 120 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn, vượt khó học giỏi trước thềm năm học mới.",
             "Nguồn học bổng do các doanh nghiệp, mạnh thường quân và cựu học sinh đang làm việc ở Thành phố Hồ Chí Minh đóng góp. Trong số các em nhận học bổng, nhiều em mồ côi cha hoặc mẹ, gia đình sống nhờ nghề làm thuê, bóc vỏ dừa.",
             "Em Huỳnh Thị Kim Thoa, học sinh lớp 11 Trường THPT Lạc Long Quân, xúc động cho biết số tiền sẽ giúp em mua sách vở và đóng học phí học kỳ đầu.",
             ("x", '<p class="has-text-align-right"><em>Nguồn: Báo Đồng Khởi</em></p>', ["Nguồn: Báo Đồng Khởi"]),
         ]),
    dict(n=4, id=8702, slug="cuoc-thi-sang-tao-thanh-thieu-nien-nhi-dong-tinh-lan-thu-16-nhieu-y-tuong-tu-cay-dua",
         date="2023-04-21 16:55", views=287, related=[2, 1],
         title="Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh lần thứ 16: nhiều ý tưởng từ cây dừa",
         author="Mỹ Tiên", source=None,
         body=[
             ("lead", "Ngày 20/4, Ban Tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Bến Tre lần thứ 16 tổng kết, trao 34 giải cho các mô hình, sản phẩm của học sinh."),
             "Năm nay có 122 sản phẩm dự thi, trong đó gần một nửa xoay quanh cây dừa và bài toán hạn mặn – những vấn đề các em thấy hằng ngày ở quê nhà. Nhiều mô hình được giám khảo đánh giá có khả năng ứng dụng ngay.",
             ("img", "2023/04/cuoc-thi-sang-tao-1.jpg", "=IMG-20230420-WA0012"),
             "Một số sản phẩm đạt giải cao:",
             ("ul", ["Máy gọt vỏ dừa xiêm bán tự động của học sinh Trường THCS Phú Đức (giải Nhất);",
                     "Thiết bị cảnh báo độ mặn nước sông qua điện thoại của nhóm học sinh Trường THPT Chuyên Bến Tre (giải Nhất);",
                     "Chậu ươm cây làm từ xơ dừa và bã mía tự phân hủy của học sinh Trường THCS Thạnh Phú Đông (giải Nhì);",
                     "Robot nhặt rác trên mặt kênh rạch của học sinh Trường Tiểu học An Hội (giải Ba)."]),
             "Ban Tổ chức chọn 5 sản phẩm tiêu biểu gửi dự cuộc thi toàn quốc và đề nghị các trường tiếp tục đầu tư phòng học STEM để nuôi dưỡng đam mê sáng tạo của học sinh.",
             ("x", "<p><strong>Mỹ Tiên</strong></p>", ["Mỹ Tiên"]),
         ]),
    dict(n=5, id=7731, slug="pho-bien-kien-thuc-an-toan-thuc-pham-trong-che-bien-keo-dua",
         date="2021-06-05 09:30", views=226, related=[3],
         title="Phổ biến kiến thức an toàn thực phẩm trong chế biến kẹo dừa",
         author="Hồng Nhung", source=None,
         body=[
             "Hội Dinh dưỡng và Thực phẩm tỉnh vừa phối hợp với UBND phường 7, thành phố Bến Tre tổ chức buổi phổ biến kiến thức an toàn thực phẩm cho 70 chủ cơ sở và công nhân sản xuất kẹo dừa.",
             "Kẹo dừa là đặc sản gắn với thương hiệu Bến Tre, nhưng không ít cơ sở nhỏ vẫn sản xuất trong điều kiện chật hẹp, dụng cụ nấu, cắt kẹo chưa được vệ sinh đúng cách, bao bì không ghi đủ thông tin. Các đợt kiểm tra gần đây phát hiện một số mẫu kẹo có chất tạo màu ngoài danh mục cho phép.",
             "Các báo cáo viên hướng dẫn những yêu cầu bắt buộc:",
             ("ol", ["Khu vực nấu, cán, cắt và đóng gói phải tách biệt với nơi ở, có lưới chắn côn trùng.",
                     "Nguyên liệu nước cốt dừa, mạch nha, đường phải có nguồn gốc rõ ràng, bảo quản lạnh nếu chưa dùng ngay.",
                     "Chỉ dùng phụ gia, chất tạo màu, tạo hương trong danh mục Bộ Y tế cho phép và đúng liều lượng.",
                     "Công nhân khám sức khỏe định kỳ, đeo găng tay, khẩu trang khi tiếp xúc trực tiếp với kẹo.",
                     "Nhãn sản phẩm ghi đầy đủ tên cơ sở, thành phần, ngày sản xuất và hạn sử dụng."]),
             "Cuối buổi, các chủ cơ sở được hướng dẫn thủ tục cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm và đăng ký tham gia chương trình OCOP.",
             ("x", "<p>Tin: Hồng Nhung</p>", ["Tin: Hồng Nhung"]),
         ]),
    dict(n=6, id=8388, slug="lien-hiep-hoi-ben-tre-va-truong-dai-hoc-can-tho-ky-ket-chuong-trinh-hop-tac",
         date="2022-11-11 14:45", views=198,
         title="Liên hiệp hội Bến Tre và Trường Đại học Cần Thơ ký kết chương trình hợp tác",
         author=None, source="vusta.vn",
         body=[
             "Ngày 10/11, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bến Tre và Trường Đại học Cần Thơ ký kết chương trình hợp tác giai đoạn 2022 – 2027 về nghiên cứu khoa học, chuyển giao công nghệ và đào tạo nguồn nhân lực.",
             "Theo chương trình, hai bên sẽ phối hợp thực hiện các nhiệm vụ tư vấn, phản biện liên quan đến thích ứng biến đổi khí hậu, quản lý tài nguyên nước và phát triển nông nghiệp hữu cơ; trường cử giảng viên tham gia các lớp tập huấn của hội thành viên, đồng thời nhận sinh viên thực tập tại các mô hình do Liên hiệp hội triển khai.",
             "Lãnh đạo Trường Đại học Cần Thơ cho biết đây là cơ hội để các kết quả nghiên cứu của nhà trường về giống dừa, giống lúa chịu mặn đến gần hơn với người dân Bến Tre.",
             ("x", "<p><em>Theo vusta.vn</em></p>", ["Theo vusta.vn"]),
         ]),
    dict(n=7, id=10103, slug="hoi-nghi-so-ket-6-thang-dau-nam-2025-cua-lien-hiep-hoi",
         date="2025-07-10 17:20", views=89, related=[2, 4],
         title="Hội nghị sơ kết 6 tháng đầu năm 2025 của Liên hiệp hội",
         author="Kim Ngân", source=None,
         body=[
             ("lead", "Sáng 8/7, Thường trực Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2025."),
             "Sáu tháng qua, Liên hiệp hội đã hoàn thành 2 nhiệm vụ tư vấn, phản biện, tổ chức 5 hội thảo, 11 lớp tập huấn với hơn 800 lượt người tham dự; phát hành 2 số bản tin Khoa học và Đời sống và đăng tải hơn 90 tin, bài trên trang thông tin điện tử.",
             "Cùng với việc triển khai hoạt động chuyên môn, các hội thành viên đang tích cực chuẩn bị phương án sắp xếp, kiện toàn tổ chức theo chủ trương chung khi Bến Tre hợp nhất với Vĩnh Long và Trà Vinh từ ngày 1/7/2025.",
             ("quote", "Việc sắp xếp tổ chức phải bảo đảm không để gián đoạn hoạt động, không để hội viên nào bị bỏ lại phía sau."),
             "Hội nghị thống nhất các nhiệm vụ trọng tâm còn lại của năm: tổng kết Hội thi Sáng tạo kỹ thuật, hoàn thiện cơ sở dữ liệu chuyên gia và chuẩn bị hồ sơ, tài liệu phục vụ việc bàn giao.",
             ("x", "<p>Người viết: Kim Ngân</p>", ["Người viết: Kim Ngân"]),
         ]),
]
