"""The national portal, vusta.vn style: a newspaper CMS with /<slug>-p<N>.html URLs, a site
clock in the header in the same format as the article date ("Thứ hai, 17/11/2025 09:41
(GMT+7)"), a sapo, "tm-img-alt" where a caption is missing, and "Xem Thêm" / "Tin mới" lists
whose items carry the sapo of another article (the "Xem Thêm" list sits inside the article
container)."""
import json

from make import Body, Page, attr, dmy, h, lead_of, plain, wd, when

SITE = {"id": "vusta-portal", "cms": "vusta", "host": "https://vusta.vn"}
HOST = SITE["host"]
NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"

EXTRA = [
    ("Hà Tĩnh: Nâng cao chất lượng hoạt động của các hội thành viên", "ha-tinh-nang-cao-chat-luong-hoat-dong-cua-cac-hoi-thanh-vien-p93120.html",
     "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh vừa tổ chức hội nghị chuyên đề về đổi mới phương thức hoạt động của các hội thành viên, tập trung vào việc thu hút hội viên trẻ và tăng nguồn thu từ dịch vụ tư vấn."),
    ("Kiên Giang: Trao giải Hội thi Sáng tạo kỹ thuật lần thứ XI", "kien-giang-trao-giai-hoi-thi-sang-tao-ky-thuat-lan-thu-xi-p92877.html",
     "Ban Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Kiên Giang lần thứ XI đã trao 24 giải cho các giải pháp xuất sắc, trong đó nhiều giải pháp thuộc lĩnh vực nuôi trồng và chế biến thủy sản."),
    ("Liên hiệp Hội Việt Nam góp ý dự thảo Luật Công nghiệp công nghệ số", "lien-hiep-hoi-viet-nam-gop-y-du-thao-luat-cong-nghiep-cong-nghe-so-p90315.html",
     "Chiều 14/5, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức hội thảo góp ý dự thảo Luật Công nghiệp công nghệ số với sự tham gia của nhiều chuyên gia đầu ngành."),
]


class VBody(Body):
    p = "<p>{}</p>"
    head = "<p><strong>{}</strong></p>"
    sig = '<p style="text-align: right;"><strong>{}</strong></p>'
    quote = '<blockquote class="quote"><p>{}</p></blockquote>'

    def img(self, pg, file, cap):
        src = f"https://media.vusta.vn/upload/{file}"
        if cap is None or cap == "=tm-img-alt":
            return (f'<figure class="picture"><img class="lazyload" data-src="{src}" src="/assets/images/loading.gif" alt="tm-img-alt" />'
                    f'<figcaption class="image-caption">{pg.no("tm-img-alt", force=True)}</figcaption></figure>')
        if cap.startswith("="):
            return f'<figure class="picture"><img class="lazyload" data-src="{src}" alt="{cap[1:]}" /><figcaption class="image-caption">{pg.no(cap[1:])}</figcaption></figure>'
        return (f'<figure class="picture"><img class="lazyload" data-src="{src}" src="/assets/images/loading.gif" alt="tm-img-alt" />'
                f'<figcaption class="image-caption">{pg.para(cap)}</figcaption></figure>')


def url(a):
    return a.get("legacy") or f"{HOST}/{a['slug']}-p{a['id']}.html"


def clock(n):
    m = 41 + 7 * n
    return f"Thứ hai, 17/11/2025 {9 + m // 60:02d}:{m % 60:02d} (GMT+7)"


def vdate(d):
    return f"{wd(d)}, {dmy(d)} {d:%H:%M} (GMT+7)"


def head(title, a=None):
    if a is None:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{h(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:site_name" content="{NAME}" />
<link rel="stylesheet" href="/assets/css/main.min.css?v=2.3.7" />
</head>
"""
    d = when(a["date"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url(a)},
          "headline": plain(a["title"]), "description": lead_of(a)[:200], "image": [f"https://media.vusta.vn/upload/{a['img']}"],
          "datePublished": f"{d:%Y-%m-%dT%H:%M:%S}+07:00", "dateModified": f"{d:%Y-%m-%dT%H:%M:%S}+07:00",
          "author": {"@type": "Organization", "name": "vusta.vn"},
          "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": HOST + "/assets/images/logo.png"}}}
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{h(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="{attr(lead_of(a))[:220]}" />
<meta name="keywords" content="{attr(', '.join(a['tags']))}" />
<link rel="canonical" href="{url(a)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(a['title'])}" />
<meta property="og:description" content="{attr(lead_of(a))[:220]}" />
<meta property="og:url" content="{url(a)}" />
<meta property="og:image" content="https://media.vusta.vn/upload/{a['img']}" />
<meta property="og:site_name" content="{NAME}" />
<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+07:00" />
<meta property="article:section" content="{attr(a['cat'])}" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/css/main.min.css?v=2.3.7" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-VUSTA00001"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-VUSTA00001');</script>
</head>
"""


def top(pg: Page, n, crumbs=None):
    bc = ""
    if crumbs:
        bc = '<div class="breadcrumb-wrap"><ul class="breadcrumb">' + "".join(
            f'<li><a href="{HOST}/{u}">{h(t)}</a></li>' for t, u in crumbs) + "</ul></div>"
    return f"""<body>
<div class="header-top"><div class="container"><div class="header-top__left"><span class="date-now">{pg.no(clock(n))}</span></div>
<div class="header-top__right"><a href="https://en.vusta.vn">English</a> <a href="{HOST}/lien-he.html">Liên hệ</a> <a href="{HOST}/rss.html">RSS</a></div></div></div>
<header class="header"><div class="container"><a class="logo" href="{HOST}/"><img src="/assets/images/logo.png" alt="vusta" /><span class="logo-text">{pg.no("Liên hiệp các hội và khoa học kỹ thuật Việt Nam")}</span></a>
<div class="header-banner"><img src="/assets/images/banner-top.jpg" alt="" /></div></div></header>
<nav class="main-menu"><div class="container"><ul class="menu">
<li class="home"><a href="{HOST}/"><i class="icon-home"></i></a></li>
<li class="has-sub"><a href="{HOST}/tin-tuc.html">Tin tức</a><ul class="sub"><li><a href="{HOST}/tin-tuc/co-quan-tw.html">Cơ quan TW</a></li><li><a href="{HOST}/tin-tuc/lien-hiep-hoi-dia-phuong.html">Liên hiệp hội địa phương</a></li><li><a href="{HOST}/tin-tuc/hoi-nganh-toan-quoc.html">Hội ngành toàn quốc</a></li><li><a href="{HOST}/tin-tuc/to-chuc-khcn.html">Tổ chức KH&amp;CN</a></li></ul></li>
<li><a href="{HOST}/tu-van-phan-bien.html">Tư vấn phản biện</a></li>
<li><a href="{HOST}/pho-bien-kien-thuc.html">Phổ biến kiến thức</a></li>
<li><a href="{HOST}/tri-thuc.html">Trí thức</a></li>
<li><a href="{HOST}/giai-thuong-hoi-thi.html">Giải thưởng - Hội thi</a></li>
<li><a href="{HOST}/quoc-te.html">Quốc tế</a></li>
<li><a href="{HOST}/multimedia.html">Multimedia</a></li>
</ul><form class="search-box" action="{HOST}/tim-kiem.html"><input type="text" name="q" placeholder="Tìm kiếm" /></form></div></nav>
<main class="main"><div class="container">{bc}
<div class="row">
"""


def teaser(pg, title, link, sapo, register=True):
    t = pg.no(title) if register else h(title)
    s = pg.no(sapo) if register else h(sapo)
    return (f'<div class="story"><a class="story__thumb" href="{link}"><img class="lazyload" data-src="https://media.vusta.vn/upload/thumb/{abs(len(title) * 7919) % 100000}.jpg" alt="tm-img-alt" /></a>'
            f'<div class="story__body"><h3 class="story__title"><a href="{link}">{t}</a></h3><div class="story__sapo">{s}</div></div></div>')


def sidebar(pg, arts, a=None):
    hot = [x for x in sorted(arts, key=lambda x: -x["views"]) if x is not a][:5]
    li = "".join(f'<li><a href="{url(x)}">{h(x["title"])}</a></li>' for x in hot)
    return f"""<aside class="col-right">
<div class="box box-most"><h3 class="box__title">{pg.no("Đọc nhiều nhất")}</h3><ol class="list-most">{li}</ol></div>
<div class="box box-banner"><a href="{HOST}/giai-thuong-sang-tao-khoa-hoc-cong-nghe-viet-nam.html"><img src="/assets/images/banner-vifotec.jpg" alt="Giải thưởng Sáng tạo KH&amp;CN Việt Nam" /></a></div>
<div class="box box-video"><h3 class="box__title">Video</h3><div class="video-item"><a href="{HOST}/multimedia/video.html">Phóng sự: Trí thức khoa học đồng hành cùng địa phương</a></div></div>
</aside>
</div></div></main>
<footer class="footer"><div class="container">
<div class="footer__info"><p><strong>{pg.no("Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam")}</strong></p>
<p>Giấy phép số 180/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp.</p>
<p>Địa chỉ: 53 Nguyễn Du, Hai Bà Trưng, Hà Nội - Điện thoại: 024.3943.8427 - Email: banbientap@vusta.vn</p>
<p>Ghi rõ nguồn "vusta.vn" khi phát hành lại thông tin từ website này.</p></div>
</div></footer>
<script src="/assets/js/lazysizes.min.js"></script>
<script src="/assets/js/main.min.js?v=2.3.7"></script>
</body>
</html>
"""


def render(a, pg: Page, arts):
    a["url"] = url(a)
    d = when(a["date"])
    blocks = a["body"]
    sapo = pg.para(blocks[0][1])
    content = VBody().render(pg, blocks[1:])
    tail = ""
    if a.get("byline"):
        tail = f'<div class="detail__author">{pg.no(a["byline"], force=True)}</div>'
    tags = "".join(f'<li><a href="{HOST}/tags/{t.replace(" ", "-")}.html">{h(t)}</a></li>' for t in a["tags"])
    same = [x for x in arts if x is not a and x["cat"] == a["cat"]][:2]
    more = "".join(teaser(pg, x["title"], url(x), lead_of(x)) for x in same)
    if len(same) < 2:
        t, u, s = EXTRA[a["n"] % 3]
        more += teaser(pg, t, f"{HOST}/{u}", s)
    newest = [x for x in sorted(arts, key=lambda x: x["date"], reverse=True) if x is not a and x not in same][:3]
    news = "".join(teaser(pg, x["title"], url(x), lead_of(x), register=(k == 0)) for k, x in enumerate(newest))
    t, u, s = EXTRA[(a["n"] + 1) % 3]
    news += teaser(pg, t, f"{HOST}/{u}", s)
    crumbs = [("Tin tức", "tin-tuc.html"), (a["cat"], a["catslug"])]
    return head(f"{plain(a['title'])}", a) + top(pg, a["n"], crumbs) + f"""<div class="col-main">
<article class="detail">
<div class="detail__meta"><span class="detail__cate"><a href="{HOST}/{a['catslug']}">{h(a['cat'])}</a></span><span class="detail__time">{pg.no(a["legacy_date"] if a.get("legacy_date") else vdate(d))}</span></div>
<h1 class="detail__title">{h(a['title'])}</h1>
<div class="detail__share"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={url(a)}" target="_blank">Chia sẻ</a> <a class="share-zalo" href="#">Zalo</a> <a class="print" href="javascript:window.print()">In bài</a>
<span class="font-size">Cỡ chữ <a href="#" class="font-minus">-</a> <a href="#" class="font-plus">+</a></span></div>
<h2 class="detail__sapo">{sapo}</h2>
<div class="detail__content">
{content}
</div>
{tail}
<div class="detail__tags"><span>Từ khóa:</span><ul>{tags}</ul></div>
<div class="box-related"><h3 class="box-related__title">Xem Thêm</h3>{more}</div>
</article>
<div class="box box-latest"><h3 class="box__title">Tin mới</h3>{news}</div>
</div>
""" + sidebar(pg, arts, a)


def listings(arts):
    pg = Page()
    rows = sorted(arts, key=lambda a: a["date"], reverse=True)
    lst = "".join(teaser(pg, a["title"], url(a), lead_of(a), register=False) for a in rows)
    cat = (head(f"Liên hiệp hội địa phương - {NAME}") + top(pg, 0, [("Tin tức", "tin-tuc.html"), ("Liên hiệp hội địa phương", "tin-tuc/lien-hiep-hoi-dia-phuong.html")])
           + f'<div class="col-main"><h1 class="cate-title">Liên hiệp hội địa phương</h1><div class="list-story">{lst}</div>'
           + '<div class="pagination"><a class="active" href="#">1</a><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=2">Trang sau</a></div></div>'
           + sidebar(pg, arts))
    big = rows[0]
    home = (head(f"Trang chủ - {NAME}") + top(pg, 1)
            + f'<div class="col-main"><div class="box-featured"><a href="{url(big)}"><img class="lazyload" data-src="https://media.vusta.vn/upload/{big["img"]}" alt="tm-img-alt" /></a><h2><a href="{url(big)}">{h(big["title"])}</a></h2><div class="sapo">{h(lead_of(big))}</div></div>'
            + '<div class="box-home"><h3 class="box__title">Tin tức</h3>' + "".join(teaser(pg, a["title"], url(a), lead_of(a), register=False) for a in rows[1:5]) + "</div>"
            + '<div class="box-home"><h3 class="box__title">Tư vấn phản biện</h3>' + "".join(teaser(pg, t, f"{HOST}/{u}", s, register=False) for t, u, s in EXTRA) + "</div></div>"
            + sidebar(pg, arts))
    return [cat, home]


LHDP = dict(cat="Liên hiệp hội địa phương", catslug="tin-tuc/lien-hiep-hoi-dia-phuong.html")
TW = dict(cat="Cơ quan TW", catslug="tin-tuc/co-quan-tw.html")
ARTICLES = [
    dict(n=1, id=87214, slug="binh-dinh-giao-ban-lien-hiep-hoi-cac-tinh-nam-trung-bo-va-tay-nguyen-nam-2023", **LHDP,
         date="2023-09-22 10:15", views=1893, img="2023/09/giao-ban-binh-dinh.jpg", tags=["giao ban", "Bình Định", "Tây Nguyên"],
         title="Bình Định: Giao ban Liên hiệp hội các tỉnh Nam Trung Bộ và Tây Nguyên năm 2023",
         author="Hồng Vân", source=None,
         body=[
             ("lead", "Trong hai ngày 20 – 21/9, tại thành phố Quy Nhơn, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam phối hợp với Liên hiệp hội tỉnh Bình Định tổ chức hội nghị giao ban Liên hiệp hội các tỉnh Nam Trung Bộ và Tây Nguyên năm 2023."),
             "Tham dự hội nghị có đại diện lãnh đạo 13 Liên hiệp hội địa phương từ Đà Nẵng đến Bình Thuận và các tỉnh Tây Nguyên, cùng đại diện một số ban, đơn vị của Liên hiệp Hội Việt Nam.",
             ("img", "2023/09/giao-ban-binh-dinh-1.jpg", "=tm-img-alt"),
             "Các báo cáo cho thấy trong 9 tháng đầu năm, Liên hiệp hội khu vực đã thực hiện 41 nhiệm vụ tư vấn, phản biện, tổ chức hơn 120 hội thảo khoa học và trên 600 lớp tập huấn chuyển giao kỹ thuật. Một số địa phương như Khánh Hòa, Lâm Đồng, Đắk Lắk đã được UBND tỉnh giao nhiệm vụ phản biện thường xuyên theo kế hoạch năm.",
             "Tuy vậy, nhiều Liên hiệp hội vẫn gặp khó khăn về biên chế, trụ sở và kinh phí; việc phát triển hội thành viên mới chững lại, một số hội đã quá nhiệm kỳ nhưng chưa tổ chức được đại hội.",
             ("img", "2023/09/giao-ban-binh-dinh-2.jpg", "Đại biểu các tỉnh thảo luận tại hội nghị"),
             "Các đại biểu kiến nghị Liên hiệp Hội Việt Nam sớm tham mưu ban hành hướng dẫn về cơ chế đặt hàng tư vấn, phản biện ở địa phương, đồng thời tăng cường tập huấn nghiệp vụ cho cán bộ chuyên trách.",
             ("sig", "Hồng Vân"),
         ]),
    dict(n=2, id=91377, slug="hoan-thien-co-che-tu-van-phan-bien-va-giam-dinh-xa-hoi-cua-lien-hiep-hoi-viet-nam", **TW,
         date="2024-06-12 16:48", views=2410, img="2024/06/hoi-thao-tvpb.jpg", tags=["tư vấn phản biện", "hội thảo"],
         title="Hoàn thiện cơ chế tư vấn, phản biện và giám định xã hội của Liên hiệp Hội Việt Nam",
         author="Phạm Quang Huy", source=None,
         body=[
             ("lead", "Ngày 11/6, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức hội thảo khoa học “Hoàn thiện cơ chế tư vấn, phản biện và giám định xã hội trong bối cảnh mới”."),
             "Hội thảo thu hút gần 150 đại biểu là các nhà khoa học, đại diện các hội ngành toàn quốc, Liên hiệp hội địa phương và một số bộ, ngành. Đây là hoạt động nhằm chuẩn bị cho việc đề xuất sửa đổi Quyết định 14/2014/QĐ-TTg về hoạt động tư vấn, phản biện và giám định xã hội.",
             ("h", "Hơn hai thập kỷ thực hiện"),
             "Theo báo cáo đề dẫn, từ khi Thủ tướng Chính phủ ban hành Quyết định 22/2002/QĐ-TTg, hệ thống Liên hiệp Hội đã thực hiện hàng nghìn nhiệm vụ tư vấn, phản biện ở cả trung ương và địa phương, trong đó nhiều kiến nghị được tiếp thu trong các luật, chiến lược, quy hoạch quan trọng.",
             "Riêng giai đoạn 2019 – 2023, Liên hiệp Hội Việt Nam và các hội thành viên đã góp ý hơn 300 dự thảo văn bản quy phạm pháp luật, phản biện trên 120 chương trình, dự án; các Liên hiệp hội địa phương thực hiện khoảng 1.200 nhiệm vụ theo đặt hàng của cấp ủy, chính quyền.",
             ("img", "2024/06/hoi-thao-tvpb-1.jpg", "=tm-img-alt"),
             ("h", "Những điểm nghẽn"),
             "Nhiều tham luận chỉ ra rằng hoạt động này vẫn phụ thuộc nhiều vào việc có được đề nghị hay không. Ở không ít nơi, hồ sơ gửi đến quá muộn, thời gian phản biện chỉ vài ngày, khiến chuyên gia không đủ điều kiện khảo sát thực tế.",
             "Cơ chế tài chính cũng là điểm nghẽn: định mức chi cho chuyên gia thấp, thủ tục thanh toán phức tạp; một số địa phương chưa bố trí được kinh phí thường xuyên cho nhiệm vụ này.",
             "Ngoài ra, chưa có quy định bắt buộc cơ quan soạn thảo phải phản hồi bằng văn bản về việc tiếp thu hay không tiếp thu ý kiến phản biện, nên rất khó đánh giá hiệu quả thực sự của hoạt động.",
             ("quote", "“Phản biện mà không được phản hồi thì giống như gửi thư không có địa chỉ người nhận”, một đại biểu ví von."),
             ("h", "Đề xuất của hội thảo"),
             "Kết thúc hội thảo, Ban Tổ chức tổng hợp các nhóm đề xuất chính:",
             ("ol", ["Luật hóa hoạt động tư vấn, phản biện và giám định xã hội của đội ngũ trí thức khoa học và công nghệ.",
                     "Quy định thời hạn tối thiểu để tổ chức phản biện nghiên cứu hồ sơ đối với từng loại đề án, dự án.",
                     "Bắt buộc cơ quan soạn thảo phản hồi bằng văn bản đối với ý kiến phản biện.",
                     "Nâng định mức chi và đơn giản hóa thủ tục thanh quyết toán kinh phí cho chuyên gia.",
                     "Xây dựng cơ sở dữ liệu chuyên gia dùng chung giữa Liên hiệp Hội Việt Nam và các Liên hiệp hội địa phương."]),
             "Các ý kiến tại hội thảo sẽ được tiếp tục hoàn thiện để báo cáo Đoàn Chủ tịch Hội đồng Trung ương Liên hiệp Hội Việt Nam trong quý III/2024.",
             ("sig", "Phạm Quang Huy"),
         ]),
    dict(n=3, id=83905, slug="dak-nong-tap-huan-nang-cao-nang-luc-cho-can-bo-hoi-co-so", **LHDP,
         date="2022-10-05 08:20", views=736, img="2022/10/tap-huan-dak-nong.jpg", tags=["tập huấn", "Đắk Nông"],
         title="Đắk Nông: Tập huấn nâng cao năng lực cho cán bộ hội cơ sở",
         author=None, source="Liên hiệp hội Đắk Nông",
         body=[
             ("lead", "Liên hiệp hội tỉnh Đắk Nông vừa tổ chức lớp tập huấn nâng cao năng lực cho 70 cán bộ chủ chốt của các hội thành viên và chi hội cơ sở."),
             "Nội dung tập huấn gồm kỹ năng xây dựng kế hoạch hoạt động, quản lý tài chính hội, viết đề xuất dự án xin tài trợ và sử dụng mạng xã hội để tuyên truyền về hoạt động của hội.",
             "Nhiều học viên cho biết lần đầu được hướng dẫn cách lập dự toán và báo cáo quyết toán một dự án nhỏ, điều mà các chi hội ở vùng sâu rất cần khi tiếp cận nguồn hỗ trợ của các tổ chức phi chính phủ.",
             ("x", '<p style="text-align: right;"><em>Nguồn: Liên hiệp hội Đắk Nông</em></p>', ["Nguồn: Liên hiệp hội Đắk Nông"]),
         ]),
    dict(n=4, id=89012, slug="trao-giai-thuong-sang-tao-khoa-hoc-cong-nghe-viet-nam-nam-2023", **TW,
         date="2024-01-19 11:30", views=3120, img="2024/01/vifotec-2023.jpg", tags=["VIFOTEC", "giải thưởng"],
         title="Trao Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2023",
         author="Ngọc Anh", source=None,
         body=[
             ("lead", "Tối 18/1, tại Hà Nội, Quỹ Hỗ trợ sáng tạo kỹ thuật Việt Nam (VIFOTEC) phối hợp với Liên hiệp Hội Việt Nam tổ chức lễ trao Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2023."),
             "Năm nay, Hội đồng giải thưởng nhận được 197 công trình từ các viện nghiên cứu, trường đại học, doanh nghiệp và tác giả tự do của 38 tỉnh, thành phố. Sau hai vòng đánh giá, 52 công trình được trao giải.",
             "Cơ cấu giải thưởng theo lĩnh vực:",
             ("table", [["Lĩnh vực", "Số công trình đạt giải"],
                        ["Công nghệ thông tin, điện tử, viễn thông", "9"],
                        ["Cơ khí, tự động hóa", "11"],
                        ["Nông nghiệp, lâm nghiệp, thủy sản", "13"],
                        ["Y dược", "8"],
                        ["Môi trường, tiết kiệm năng lượng", "7"],
                        ["Vật liệu, xây dựng", "4"]]),
             ("img", "2024/01/vifotec-2023-1.jpg", "Các tác giả đạt giải Nhất nhận giải tại buổi lễ"),
             "Nhiều công trình đã được ứng dụng rộng rãi, mang lại hiệu quả kinh tế lớn, như hệ thống giám sát hồ chứa thủy lợi theo thời gian thực, quy trình sản xuất vắc xin thú y đa giá, robot hàn ống thép cho công trình dầu khí.",
             ("sig", "Ngọc Anh"),
         ]),
    dict(n=5, id=93811, slug="tuyen-quang-kien-toan-to-chuc-cac-hoi-thanh-vien-sau-hop-nhat", **LHDP,
         date="2025-09-10 15:05", views=512, img="2025/09/tuyen-quang-kien-toan.jpg", tags=["sắp xếp tổ chức", "Tuyên Quang"],
         title="Tuyên Quang: Kiện toàn tổ chức các hội thành viên sau hợp nhất",
         author="Đức Anh", source=None, byline="Đức Anh",
         body=[
             ("lead", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tuyên Quang vừa tổ chức hội nghị triển khai kế hoạch kiện toàn tổ chức các hội thành viên sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang."),
             "Theo kế hoạch, những hội cùng lĩnh vực của hai tỉnh cũ sẽ tiến hành hợp nhất, bầu ban chấp hành lâm thời và hoàn thành đại hội trước tháng 6/2026. Các hội chỉ có ở một tỉnh cũ tiếp tục hoạt động, mở rộng địa bàn ra toàn tỉnh mới.",
             "Lãnh đạo Liên hiệp hội lưu ý quá trình sắp xếp phải giữ ổn định cho hội viên ở vùng cao phía Bắc, nơi giao thông khó khăn, nhiều chi hội sinh hoạt cách trung tâm tỉnh hơn 200 km.",
             ("img", "2025/09/tuyen-quang-kien-toan-1.jpg", "=tm-img-alt"),
             "Hội nghị cũng thống nhất duy trì hai trang thông tin điện tử cũ đến hết năm 2025 để lưu trữ tư liệu trước khi chuyển về một địa chỉ chung.",
         ]),
    dict(n=6, id=0, legacy=f"{HOST}/chitiet/pho-bien-kien-thuc/ca-mau-pho-bien-kien-thuc-phong-chong-sat-lo-bo-bien", cat="Phổ biến kiến thức", catslug="pho-bien-kien-thuc.html",
         slug="", date="2021-04-08 13:39", views=988, legacy_date="08/04/2021 1:39 CH 988 lượt xem", img="2021/04/ca-mau-sat-lo.jpg", tags=["sạt lở", "Cà Mau"],
         title="Cà Mau: Phổ biến kiến thức phòng, chống sạt lở bờ biển cho người dân ven biển Tây",
         author=None, source=None,
         body=[
             ("lead", "Hội Thủy lợi tỉnh Cà Mau phối hợp với UBND huyện U Minh tổ chức các buổi phổ biến kiến thức phòng, chống sạt lở bờ biển cho người dân sống dọc tuyến đê biển Tây."),
             "Bờ biển Tây của Cà Mau đang bị xâm thực nghiêm trọng, có đoạn mỗi năm lùi vào đất liền 20 – 30 m, rừng phòng hộ bị mất dần, nhiều đoạn đê chỉ còn cách mép nước vài mét.",
             "Người dân được giải thích nguyên nhân gây sạt lở, vai trò của rừng đước, rừng mắm trong việc giữ đất, cũng như cách nhận biết những vết nứt, sụt lún bất thường trên thân đê để báo kịp thời cho chính quyền.",
             ("img", "2021/04/ca-mau-sat-lo-1.jpg", "Kè mềm bằng cừ tràm giúp gây bồi, trồng lại rừng phòng hộ tại xã Khánh Tiến"),
             "Các hộ dân cũng được khuyến cáo không tự ý đào ao nuôi tôm sát chân đê, không chặt phá cây rừng ven biển và tham gia trồng, bảo vệ rừng theo hợp đồng khoán.",
         ]),
    dict(n=7, id=85540, slug="hoi-nu-tri-thuc-viet-nam-toa-dam-ve-phu-nu-trong-linh-vuc-stem", **TW,
         date="2023-03-07 14:36", views=1204, img="2023/03/toa-dam-stem.jpg", tags=["nữ trí thức", "STEM"],
         title="Hội Nữ trí thức Việt Nam tọa đàm về phụ nữ trong lĩnh vực STEM",
         author="Thu Hà", source=None,
         body=[
             ("lead", "Nhân kỷ niệm Ngày Quốc tế Phụ nữ 8/3, Hội Nữ trí thức Việt Nam tổ chức tọa đàm “Phụ nữ trong khoa học, công nghệ, kỹ thuật và toán học: cơ hội và thách thức”."),
             "Theo số liệu được công bố tại tọa đàm, nữ giới chiếm khoảng 45% nhân lực nghiên cứu khoa học của Việt Nam, nhưng tỷ lệ nữ chủ nhiệm đề tài cấp quốc gia và nữ giữ vị trí lãnh đạo ở các viện, trường kỹ thuật còn thấp.",
             ("quote", "“Các nhà khoa học nữ không thiếu năng lực, cái thiếu là thời gian và sự chia sẻ trách nhiệm gia đình”, PGS.TS Nguyễn Thị Minh Nguyệt chia sẻ."),
             "Các đại biểu đề xuất có học bổng riêng cho nữ sinh theo học các ngành kỹ thuật ở vùng khó khăn, linh hoạt độ tuổi trong xét chọn đề tài cho nhà khoa học nữ sau sinh con và xây dựng mạng lưới cố vấn giữa các thế hệ nhà khoa học nữ.",
             ("x", "<p>Tin, ảnh: Thu Hà</p>", ["Tin, ảnh: Thu Hà"]),
         ]),
    dict(n=8, id=82166, slug="lao-cai-phan-bien-de-an-phat-trien-duoc-lieu-vung-cao", **LHDP,
         date="2022-07-20 17:55", views=843, img="2022/07/lao-cai-duoc-lieu.jpg", tags=["dược liệu", "Lào Cai", "tư vấn phản biện"],
         title="Lào Cai: Phản biện Đề án phát triển dược liệu vùng cao",
         author=None, source="Báo Lào Cai",
         body=[
             ("lead", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai vừa tổ chức hội nghị phản biện Đề án phát triển cây dược liệu tỉnh Lào Cai giai đoạn 2022 – 2030."),
             "Dự thảo Đề án đặt mục tiêu đến năm 2030 toàn tỉnh có khoảng 10.000 ha dược liệu, tập trung vào các loài có lợi thế như tam thất, đương quy, actiso, đảng sâm, xuyên khung, gắn với các vùng Bắc Hà, Sa Pa, Bát Xát, Si Ma Cai.",
             "Các nhà khoa học lưu ý cần ưu tiên bảo tồn nguồn gen dược liệu bản địa, tránh chạy theo mở rộng diện tích các loài nhập nội có giá cao nhất thời; đồng thời đề xuất xây dựng trung tâm giống và phòng kiểm nghiệm để sản phẩm đạt tiêu chuẩn GACP-WHO.",
             "Ý kiến phản biện sẽ được gửi Sở Nông nghiệp và Phát triển nông thôn Lào Cai để hoàn thiện Đề án trước khi trình UBND tỉnh.",
             ("x", '<p style="text-align: right;"><strong>Theo Báo Lào Cai</strong></p>', ["Theo Báo Lào Cai"]),
         ]),
]
