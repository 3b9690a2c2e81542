"""Liên hiệp hội Quảng Trị, as WordPress renders it with the tagDiv "Newspaper" theme and Yoast
SEO (og:, article:published_time, JSON-LD graph whose author is the account "admin")."""
import datetime
import json

from make import Body, Page, attr, dmy, h, lead_of, plain, when

SITE = {"id": "quangtri-wordpress", "cms": "wordpress", "host": "https://lienhiephoiquangtri.org.vn"}
HOST = SITE["host"]
NAME = "Liên hiệp các Hội KH&KT tỉnh Quảng Trị"
NAME_H = NAME.replace("&", "&amp;")
TODAY = "Thứ Hai, Tháng Mười Một 17, 2025"
UTC = datetime.timedelta(hours=7)  # Yoast prints times in UTC

MORE = [
    ("Hội Đông y tỉnh khám, phát thuốc miễn phí cho đồng bào Vân Kiều xã Hướng Lập", "2021-12-08 10:20", "hoi-dong-y-tinh-kham-phat-thuoc-mien-phi-cho-dong-bao-van-kieu-xa-huong-lap"),
    ("Liên hiệp hội làm việc với Trường Đại học Khoa học Huế về hợp tác nghiên cứu", "2022-03-15 14:00", "lien-hiep-hoi-lam-viec-voi-truong-dai-hoc-khoa-hoc-hue-ve-hop-tac-nghien-cuu"),
]


class WPBody(Body):
    p = "<p>{}</p>"
    lead = "<p><strong>{}</strong></p>"
    head = "<h4><strong>{}</strong></h4>"
    right = '<p style="text-align: right;">{}</p>'
    sig = '<p style="text-align: right;"><strong>{}</strong></p>'
    quote = '<blockquote class="td_quote_box td_box_center"><p>{}</p></blockquote>'

    def img(self, pg, file, cap):
        src = f"{HOST}/wp-content/uploads/{file}"
        if cap is None:
            return f'<p><img loading="lazy" class="aligncenter size-large" src="{src}" alt="" width="696" height="464" /></p>'
        if cap.startswith("="):
            n = cap[1:]
            return (f'<figure id="attachment_{sum(map(ord, n)) % 9000 + 1000}" aria-describedby="caption-{n[:12]}" style="width: 696px" class="wp-caption aligncenter">'
                    f'<img loading="lazy" class="size-large" src="{src}" alt="" width="696" height="464" />'
                    f'<figcaption class="wp-caption-text">{pg.no(n)}</figcaption></figure>')
        return (f'<figure style="width: 696px" class="wp-caption aligncenter"><img loading="lazy" class="size-large" src="{src}" alt="{attr(cap)}" width="696" height="464" />'
                f'<figcaption class="wp-caption-text">{pg.para(cap)}</figcaption></figure>')


def url(a):
    return f"{HOST}/{a['slug']}/"


def head(title, desc, a=None):
    if a is None:
        return f"""<!doctype html>
<html lang="vi">
<head>
<title>{h(title)}</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="index, follow" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:site_name" content="{NAME_H}" />
<link rel='stylesheet' id='td-theme-css' href='{HOST}/wp-content/themes/Newspaper/style.css?ver=12.6.1' type='text/css' media='all' />
</head>
"""
    d = when(a["date"])
    m = when(a.get("modified", a["date"]))
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url(a) + "#article", "isPartOf": {"@id": url(a)},
         "author": {"name": "admin", "@id": HOST + "/#/schema/person/3b1c"},
         "headline": plain(a["title"]), "datePublished": f"{d:%Y-%m-%dT%H:%M:%S}+07:00",
         "dateModified": f"{m:%Y-%m-%dT%H:%M:%S}+07:00", "mainEntityOfPage": {"@id": url(a)},
         "wordCount": 412, "publisher": {"@id": HOST + "/#organization"},
         "articleSection": ["Tin hoạt động"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url(a), "url": url(a), "name": plain(a["title"]) + " - " + NAME,
         "datePublished": f"{d:%Y-%m-%dT%H:%M:%S}+07:00", "breadcrumb": {"@id": url(a) + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url(a) + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": plain(a["title"])}]},
        {"@type": "Person", "@id": HOST + "/#/schema/person/3b1c", "name": "admin"}]}
    return f"""<!doctype html>
<html lang="vi">
<head>
<title>{h(title)}</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{HOST}/xmlrpc.php" />
<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{attr(desc)[:155]}" />
<link rel="canonical" href="{url(a)}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(a['title'])} - {NAME_H}" />
<meta property="og:description" content="{attr(desc)[:155]}" />
<meta property="og:url" content="{url(a)}" />
<meta property="og:site_name" content="{NAME_H}" />
<meta property="article:published_time" content="{d - UTC:%Y-%m-%dT%H:%M:%S}+00:00" />
<meta property="article:modified_time" content="{m - UTC:%Y-%m-%dT%H:%M:%S}+00:00" />
<meta property="og:image" content="{HOST}/wp-content/uploads/{a['img']}" />
<meta name="author" content="admin" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Được viết bởi" />
<meta name="twitter:data1" content="admin" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" />
<meta name="twitter:data2" content="3 phút" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="Dòng thông tin {NAME_H} &raquo;" href="{HOST}/feed/" />
<link rel='stylesheet' id='td-theme-css' href='{HOST}/wp-content/themes/Newspaper/style.css?ver=12.6.1' type='text/css' media='all' />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a['id']}" />
<link rel='shortlink' href='{HOST}/?p={a['id']}' />
</head>
"""


def top(pg: Page, a=None):
    crumbs = ""
    if a is not None:
        crumbs = (f'<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{HOST}/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> '
                  f'<span><a title="Xem tất cả bài viết trong {a["cat"]}" class="entry-crumb" href="{HOST}/category/{a["catslug"]}/">{pg.no(a["cat"]) if len(a["cat"]) >= 10 else h(a["cat"])}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> '
                  f'<span class="td-bred-no-url-last">{h(a["title"])}</span></div></div>')
    return f"""<body class="post-template-default single single-post single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>{pg.no(TODAY)}</div></div>
<div class="menu-top-container"><ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="{HOST}/lien-he/"><span>Liên hệ</span></a></li><li class="menu-item"><a href="{HOST}/so-do-website/"><span>Sơ đồ website</span></a></li></ul></div></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/lienhiephoiquangtri" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span></div>
</div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header">
<div class="td-header-sp-logo"><a class="td-main-logo" href="{HOST}/"><img class="td-retina-data" src="{HOST}/wp-content/uploads/2020/05/logo-lhh-qt.png" alt="{NAME_H}" title="{NAME_H}" width="544" height="90" /><span class="td-visual-hidden">{NAME_H}</span></a></div>
</div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div class="menu-main-container"><ul id="menu-main-1" class="sf-menu">
<li class="menu-item menu-item-first"><a href="{HOST}/">Trang chủ</a></li>
<li class="menu-item menu-item-has-children"><a href="{HOST}/gioi-thieu/">Giới thiệu</a><ul class="sub-menu"><li class="menu-item"><a href="{HOST}/gioi-thieu/lich-su/">Lịch sử</a></li><li class="menu-item"><a href="{HOST}/gioi-thieu/to-chuc-bo-may/">Tổ chức bộ máy</a></li><li class="menu-item"><a href="{HOST}/gioi-thieu/hoi-thanh-vien/">Hội thành viên</a></li></ul></li>
<li class="menu-item current-post-ancestor"><a href="{HOST}/category/tin-hoat-dong/">Tin hoạt động</a></li>
<li class="menu-item"><a href="{HOST}/category/tu-van-phan-bien/">Tư vấn - Phản biện</a></li>
<li class="menu-item"><a href="{HOST}/category/pho-bien-kien-thuc/">Phổ biến kiến thức</a></li>
<li class="menu-item"><a href="{HOST}/category/sang-tao/">Hội thi - Giải thưởng</a></li>
<li class="menu-item"><a href="{HOST}/category/van-ban/">Văn bản</a></li>
</ul></div></div>
<div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" aria-label="Search" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div></div>
</div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-default">
{crumbs}
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">
<div class="td-ss-main-content">
"""


def sidebar(pg: Page, arts, n):
    latest = sorted(arts, key=lambda a: a["date"], reverse=True)[:5]
    li = "".join(f'<div class="td_module_6 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{url(a)}" rel="bookmark" title="{attr(a["title"])}">{h(a["title"])}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{when(a["date"]):%Y-%m-%dT%H:%M:%S}+07:00">{dmy(when(a["date"]))}</time></span></div></div></div>' for a in latest)
    return f"""</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7 td_block_widget"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">{pg.no("TIN MỚI NHẤT")}</span></h4></div><div class="td_block_inner">{li}</div></div>
<aside class="td_block_template_1 widget widget_media_image"><h4 class="block-title"><span>Liên kết</span></h4><a href="https://vusta.vn"><img width="300" height="100" src="{HOST}/wp-content/uploads/2020/05/banner-vusta.jpg" alt="Liên hiệp các Hội KH&amp;KT Việt Nam" /></a></aside>
<aside class="td_block_template_1 widget widget_wp_statsmechanic"><h4 class="block-title"><span>Thống kê truy cập</span></h4>
<div id="wp_statsmechanic"><table><tr><td>Hôm nay</td><td>{412 + 9 * n}</td></tr><tr><td>Hôm qua</td><td>{538 + 4 * n}</td></tr><tr><td>Tổng lượt truy cập</td><td>{1204551 + 97 * n}</td></tr><tr><td>{pg.no(f"Đang online: {11 + n}")}</td><td></td></tr></table></div></aside>
</div></div>
</div>
</div>
</div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info"><div class="footer-text-wrap">{pg.no("Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Trị")}<br />Địa chỉ: 45 Lê Lợi, phường 1, thành phố Đông Hà, Quảng Trị - Điện thoại: 0233.3852.667<br />Chịu trách nhiệm: Chủ tịch Liên hiệp hội</div></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; Bản quyền thuộc về {NAME_H}</div></div></div></div>
</div>
<script type="text/javascript" src="{HOST}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.1" id="td-site-min-js"></script>
</body>
</html>
"""


def share(pos):
    return (f'<div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 td-post-sharing-{pos}"><div class="td-post-sharing-visible">'
            '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u=#"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a>'
            '<a class="td-social-sharing-button td-social-network td-social-twitter" href="https://twitter.com/intent/tweet"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a>'
            '<a class="td-social-sharing-button td-social-network td-social-linkedin" href="https://www.linkedin.com/shareArticle"><div class="td-social-but-icon"><i class="td-icon-linkedin"></i></div><div class="td-social-but-text">LinkedIn</div></a>'
            '<a class="td-social-sharing-button td-social-network td-social-mail" href="mailto:"><div class="td-social-but-icon"><i class="td-icon-mail"></i></div><div class="td-social-but-text">Email</div></a>'
            '</div></div>')


def render(a, pg: Page, arts):
    a["url"] = url(a)
    d = when(a["date"])
    content = WPBody().render(pg, a["body"])
    tail = ""
    if a.get("updater"):
        tail = f'<p>{pg.no("Người cập nhật: " + a["updater"])}</p>'
    s = sorted(arts, key=lambda x: x["date"])
    i = s.index(a)
    nav = '<div class="td-block-row td-post-next-prev">'
    if i > 0:
        nav += f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>{pg.no("Bài trước")}</span><a href="{url(s[i - 1])}">{pg.no(s[i - 1]["title"])}</a></div></div>'
    if i < len(s) - 1:
        nav += f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="{url(s[i + 1])}">{pg.no(s[i + 1]["title"])}</a></div></div>'
    nav += "</div>"
    rel_items = [x for x in arts if x is not a][:3]
    rel = "".join(f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{url(x)}" rel="bookmark" class="td-image-wrap" title="{attr(x["title"])}"><span class="entry-thumb td-thumb-css" style="background-image: url(\'{HOST}/wp-content/uploads/{x["img"]}\')"></span></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{url(x)}" rel="bookmark" title="{attr(x["title"])}">{h(x["title"])}</a></h3></div></div></div>' for x in rel_items)
    tags = "".join(f'<li><a href="{HOST}/tag/{t.replace(" ", "-")}/">{h(t)}</a></li>' for t in a["tags"])
    return head(f"{plain(a['title'])} - {NAME}", lead_of(a), a) + top(pg, a) + f"""<article id="post-{a['id']}" class="post-{a['id']} post type-post status-publish format-standard has-post-thumbnail category-{a['catslug']}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{HOST}/category/{a['catslug']}/">{h(a['cat'])}</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{h(a['title'])}</h1>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{HOST}/author/admin/">admin</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{pg.no(dmy(d))}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{a['id']}">{a['views']}</span></div>
<div class="td-post-comments"><a href="{url(a)}#respond"><i class="td-icon-comments"></i>0</a></div>
</div>
</header>
</div>
{share("top")}
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><a href="{HOST}/wp-content/uploads/{a['img']}" data-caption=""><img width="696" height="464" class="entry-thumb td-modal-image" src="{HOST}/wp-content/uploads/{a['img']}" alt="" title="{a['img'].rsplit('/', 1)[-1].rsplit('.', 1)[0]}" /></a></div>
{content}
{tail}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags}</ul></div>
{share("bottom")}
{nav}
<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="{HOST}/author/admin/">admin</a></span></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="admin"></span><meta itemprop="datePublished" content="{d:%Y-%m-%dT%H:%M:%S}+07:00">
</footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_3">
<h4 class="td-related-title td-block-title"><a id="tdi_4" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_3" href="#">{pg.no("BÀI VIẾT LIÊN QUAN")}</a><a id="tdi_5" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_3" href="#">XEM THÊM TỪ TÁC GIẢ</a></h4>
<div id="tdi_3" class="td_block_inner"><div class="td-related-row">{rel}</div></div>
</div>
<div class="comments" id="comments">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{pg.no("ĐỂ LẠI MỘT BÌNH LUẬN")} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy trả lời</a></small></h3>
<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Vui lòng nhập bình luận của bạn!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-author">Vui lòng nhập tên của bạn ở đây</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-email-error">Bạn đã nhập địa chỉ email không chính xác!</div></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">{pg.no("Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.")}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{a['id']}' id='comment_post_ID' /></p></form>
</div></div>
""" + sidebar(pg, arts, a["n"])


def listings(arts):
    pg = Page()
    rows = sorted(arts, key=lambda a: a["date"], reverse=True)

    def mod(a):
        d = when(a["date"])
        return (f'<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="{url(a)}" rel="bookmark" class="td-image-wrap" title="{attr(a["title"])}"><img width="218" height="150" class="entry-thumb" src="{HOST}/wp-content/uploads/{a["img"]}" alt="" /></a></div>'
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{url(a)}" rel="bookmark" title="{attr(a["title"])}">{h(a["title"])}</a></h3>'
                f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="{HOST}/author/admin/">admin</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{dmy(d)}</time></span></div>'
                f'<div class="td-excerpt">{h(lead_of(a)[:200])}...</div></div></div>')
    more = "".join(f'<div class="td_module_10 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{HOST}/{s}/">{h(t)}</a></h3><div class="td-module-meta-info"><span class="td-post-date">{dmy(when(dd))}</span></div></div></div>' for t, dd, s in MORE)
    cat = (head(f"Tin hoạt động Archives - {NAME}", "") + top(pg)
           + '<div class="td-category-header"><h1 class="entry-title td-page-title">Tin hoạt động</h1></div>'
           + "".join(mod(a) for a in rows) + more
           + '<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="/category/tin-hoat-dong/page/2/" class="page" title="2">2</a><a href="/category/tin-hoat-dong/page/3/" class="page" title="3">3</a><span class="extend">...</span><a href="/category/tin-hoat-dong/page/41/" class="last" title="41">41</a><a href="/category/tin-hoat-dong/page/2/" aria-label="next-page"><i class="td-icon-menu-right"></i></a><span class="pages">Trang 1 trên 41</span></div>'
           + sidebar(pg, arts, 0))
    big = rows[0]
    home = (head(NAME, "") + top(pg)
            + f'<div class="td_block_wrap td_block_big_grid_1"><div class="td-big-grid-wrapper"><div class="td_module_mx5 td-animation-stack td-big-grid-post-0 td-big-grid-post td-big-thumb"><div class="td-module-thumb"><a href="{url(big)}" rel="bookmark" class="td-image-wrap" title="{attr(big["title"])}"><img src="{HOST}/wp-content/uploads/{big["img"]}" alt=""></a></div><div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta"><h3 class="entry-title td-module-title"><a href="{url(big)}">{h(big["title"])}</a></h3></div></div></div></div></div></div>'
            + '<div class="td_block_wrap td_block_1"><h4 class="block-title"><span>TƯ VẤN - PHẢN BIỆN</span></h4>' + "".join(mod(a) for a in rows[1:4]) + "</div>"
            + '<div class="td_block_wrap td_block_2"><h4 class="block-title"><span>HỘI THÀNH VIÊN</span></h4>' + "".join(mod(a) for a in rows[4:]) + "</div>"
            + sidebar(pg, arts, 1))
    return [cat, home]


TH = dict(cat="Tin hoạt động", catslug="tin-hoat-dong")
ARTICLES = [
    dict(n=1, id=4521, slug="hoi-thao-khoa-hoc-phat-trien-ca-phe-dac-san-khe-sanh-huong-hoa", **TH,
         date="2023-05-18 09:12", views=287, img="2023/05/hoi-thao-ca-phe.jpg",
         title="Hội thảo khoa học “Phát triển cà phê đặc sản Khe Sanh – Hướng Hóa”",
         author="Hoàng Anh", updater="Trần Minh Tuấn", source=None, tags=["cà phê", "hội thảo", "Hướng Hóa"],
         body=[
             "Ngày 16/5, tại thị trấn Khe Sanh, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với UBND huyện Hướng Hóa tổ chức hội thảo khoa học “Phát triển cà phê đặc sản Khe Sanh – Hướng Hóa”.",
             "Hướng Hóa hiện có khoảng 4.700 ha cà phê, chủ yếu là giống chè (Arabica) trồng ở độ cao 400 – 600 m. Mặc dù điều kiện thổ nhưỡng và khí hậu được đánh giá phù hợp, tỷ lệ cà phê đạt chuẩn đặc sản mới chiếm khoảng 3% sản lượng, phần còn lại được thu hái lẫn quả xanh và phơi trên sân đất.",
             ("img", "2023/05/hoi-thao-ca-phe-2.jpg", "Các đại biểu thử nếm mẫu cà phê đặc sản của hợp tác xã Hướng Phùng"),
             "Theo ThS. Hồ Văn Lập, Trường Đại học Nông Lâm Huế, muốn có cà phê đặc sản thì khâu quyết định nằm ở vườn: chỉ hái quả chín trên 90%, sơ chế trong 24 giờ và làm khô trên giàn cách mặt đất. Các hộ cũng cần ghi chép nhật ký để truy xuất được từng lô hàng.",
             "Đại diện các doanh nghiệp rang xay tại Đông Hà cho biết sẵn sàng thu mua với giá cao hơn 20 – 30% nếu nông dân tuân thủ quy trình, nhưng mong địa phương sớm xây dựng nhãn hiệu chứng nhận để tránh tình trạng hàng trôi nổi mạo danh cà phê Khe Sanh.",
             "Ý kiến tại hội thảo sẽ được Liên hiệp hội tổng hợp, kiến nghị UBND tỉnh đưa vào kế hoạch phát triển vùng nguyên liệu và chương trình OCOP giai đoạn 2023 – 2025.",
             ("sig", "Hoàng Anh"),
         ]),
    dict(n=2, id=3987, slug="phan-bien-du-thao-quy-hoach-bao-ve-va-khai-thac-nguon-loi-thuy-san-vung-bien-con-co", **TH,
         date="2022-08-30 15:47", views=604, img="2022/08/phan-bien-con-co.jpg",
         title="Phản biện dự thảo Quy hoạch bảo vệ và khai thác nguồn lợi thủy sản vùng biển Cồn Cỏ",
         author="Lê Văn Quý", updater="Trần Minh Tuấn", source=None, tags=["tư vấn phản biện", "thủy sản", "Cồn Cỏ"],
         body=[
             ("lead", "Từ ngày 22 đến 26/8/2022, Hội đồng tư vấn, phản biện của Liên hiệp hội tỉnh đã nghiên cứu hồ sơ, khảo sát tại đảo Cồn Cỏ và tổ chức phiên họp góp ý dự thảo Quy hoạch bảo vệ và khai thác nguồn lợi thủy sản vùng biển Cồn Cỏ đến năm 2030, tầm nhìn đến năm 2045."),
             ("h", "Bối cảnh xây dựng quy hoạch"),
             "Vùng biển quanh đảo Cồn Cỏ có hệ sinh thái rạn san hô, thảm cỏ biển phong phú, là bãi đẻ và nơi ương nuôi ấu trùng của nhiều loài hải sản có giá trị. Khu bảo tồn biển được thành lập năm 2017 với tổng diện tích hơn 4.500 ha, chia thành phân khu bảo vệ nghiêm ngặt, phân khu phục hồi sinh thái và phân khu phát triển.",
             "Tuy vậy, áp lực khai thác ven bờ ngày càng lớn. Số tàu cá công suất nhỏ của ngư dân các huyện Gio Linh, Vĩnh Linh hoạt động quanh đảo tăng gần gấp đôi trong 5 năm; tình trạng dùng lưới mắt nhỏ, kích điện, giã cào vẫn còn xảy ra.",
             ("h", "Những nội dung được đánh giá cao"),
             "Hội đồng thống nhất rằng dự thảo đã cập nhật được số liệu điều tra nguồn lợi gần nhất của Viện Nghiên cứu Hải sản, xác định khá rõ ranh giới các vùng cấm khai thác có thời hạn và đề xuất danh mục loài cần bảo vệ gồm tôm hùm, cá mú, ốc đụn và hải sâm.",
             "Việc lồng ghép phát triển du lịch sinh thái lặn ngắm san hô với bảo tồn, giao cho cộng đồng ngư dân đồng quản lý một số khu vực cũng là hướng đi phù hợp với kinh nghiệm của nhiều khu bảo tồn biển trong nước.",
             ("h", "Những nội dung cần bổ sung"),
             "Theo TS. Nguyễn Văn Hùng, thành viên Hội đồng, dự thảo chưa đánh giá tác động của biến đổi khí hậu, đặc biệt là hiện tượng tẩy trắng san hô khi nhiệt độ nước biển tăng cao vào các tháng hè. Quy hoạch cần có kịch bản ứng phó và chương trình quan trắc định kỳ.",
             "Phần giải pháp sinh kế cho ngư dân khi mở rộng vùng cấm còn sơ sài. Nhiều hộ ở xã Trung Giang, Gio Hải có thu nhập phụ thuộc gần như hoàn toàn vào khai thác ven bờ; nếu không có hỗ trợ chuyển đổi nghề, quy hoạch khó đi vào cuộc sống.",
             "Hội đồng cũng đề nghị xem xét lại chỉ tiêu cắt giảm 30% số tàu dưới 12 m, bởi chưa có lộ trình, nguồn kinh phí và tiêu chí lựa chọn cụ thể; đồng thời bổ sung bản đồ vị trí các phao tiêu đánh dấu ranh giới để lực lượng kiểm ngư dễ thực thi.",
             ("img", "2022/08/khao-sat-con-co.jpg", "Thành viên Hội đồng khảo sát rạn san hô phía Đông Bắc đảo Cồn Cỏ"),
             ("h", "Kết luận"),
             "Hội đồng nhất trí dự thảo Quy hoạch đủ điều kiện trình cấp có thẩm quyền sau khi tiếp thu, chỉnh sửa. Báo cáo phản biện gồm 14 nhóm ý kiến đã được gửi Sở Nông nghiệp và Phát triển nông thôn ngày 29/8/2022.",
             "Đây là nhiệm vụ thứ năm trong năm Liên hiệp hội thực hiện theo Quyết định của UBND tỉnh về đặt hàng tư vấn, phản biện và giám định xã hội. Trong quá trình thực hiện, Hội đồng đã nhận được sự phối hợp chặt chẽ của Ban Quản lý Khu bảo tồn biển và UBND huyện đảo Cồn Cỏ.",
             ("sig", "Lê Văn Quý"),
         ]),
    dict(n=3, id=4866, slug="lien-hiep-hoi-tinh-tham-chuc-tet-cac-tri-thuc-cao-tuoi", **TH,
         date="2024-02-05 16:30", views=145, img="2024/02/chuc-tet-tri-thuc.jpg",
         title="Liên hiệp hội tỉnh thăm, chúc Tết các trí thức cao tuổi",
         author=None, updater=None, source=None, tags=["trí thức", "Tết Giáp Thìn"],
         body=[
             "Nhân dịp Tết Nguyên đán Giáp Thìn 2024, đoàn công tác của Liên hiệp hội tỉnh đã đến thăm, tặng quà 15 trí thức cao tuổi từng có nhiều đóng góp cho hoạt động khoa học và công nghệ của tỉnh.",
             "Tại các gia đình, lãnh đạo Liên hiệp hội ân cần hỏi thăm sức khỏe, cảm ơn những cống hiến của các nhà giáo, thầy thuốc, kỹ sư đã nghỉ hưu nhưng vẫn nhiệt tình tham gia hội đồng phản biện, viết bài phổ biến kiến thức và hướng dẫn học sinh dự thi sáng tạo.",
             "Các trí thức bày tỏ vui mừng trước sự quan tâm của tổ chức và mong Liên hiệp hội tiếp tục là cầu nối để lớp trí thức trẻ được tiếp nối, phát huy kinh nghiệm của thế hệ đi trước.",
         ]),
    dict(n=4, id=5190, slug="trao-giai-hoi-thi-sang-tao-ky-thuat-tinh-quang-tri-lan-thu-xii", cat="Hội thi - Giải thưởng", catslug="sang-tao",
         date="2024-12-20 10:05", views=391, img="2024/12/trao-giai-hoi-thi.jpg",
         title="Trao giải Hội thi Sáng tạo kỹ thuật tỉnh Quảng Trị lần thứ XII",
         author="Nguyễn Thảo", updater="Trần Minh Tuấn", source=None, tags=["hội thi sáng tạo kỹ thuật"],
         body=[
             ("lead", "Sáng 19/12, Ban Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Quảng Trị lần thứ XII (2023 – 2024) tổ chức lễ tổng kết và trao giải cho 27 giải pháp xuất sắc."),
             "Hội thi lần này nhận được 68 giải pháp của 112 tác giả, nhiều hơn lần trước 15 giải pháp. Đáng chú ý, số giải pháp của nông dân và công nhân trực tiếp sản xuất chiếm gần một phần ba, cho thấy phong trào đã lan tỏa xuống cơ sở.",
             ("x", f'<p><strong>Xem thêm:</strong> <a href="{HOST}/lien-hiep-hoi-tinh-tham-chuc-tet-cac-tri-thuc-cao-tuoi/">Liên hiệp hội tỉnh thăm, chúc Tết các trí thức cao tuổi</a></p>',
              ["Xem thêm: Liên hiệp hội tỉnh thăm, chúc Tết các trí thức cao tuổi"]),
             "Cơ cấu giải thưởng theo lĩnh vực như sau:",
             ("table", [["Lĩnh vực", "Nhất", "Nhì", "Ba", "Khuyến khích"],
                        ["Cơ khí, tự động hóa", "1", "2", "2", "3"],
                        ["Nông – lâm – ngư nghiệp", "1", "1", "3", "2"],
                        ["Y dược, môi trường", "0", "2", "2", "3"],
                        ["Giáo dục, tin học", "1", "1", "1", "2"]]),
             "Giải Nhất lĩnh vực nông nghiệp được trao cho giải pháp “Máy tách vỏ và phân loại hạt hồ tiêu bán tự động” của anh Trần Văn Thái, nông dân xã Gio An. Máy có công suất 300 kg/giờ, giảm gần 80% công lao động so với làm thủ công.",
             ("img", "2024/12/trao-giai-2.jpg", "Trao giải Nhất cho các tác giả đạt giải"),
             "Phát biểu tại buổi lễ, Chủ tịch Liên hiệp hội tỉnh đề nghị các sở, ngành hỗ trợ tác giả đăng ký bảo hộ sở hữu trí tuệ và tìm đối tác nhân rộng các giải pháp đã được kiểm chứng trong thực tế.",
             ("sig", "Nguyễn Thảo"),
         ]),
    dict(n=5, id=3644, slug="tap-huan-ky-nang-truyen-thong-pho-bien-kien-thuc-cho-hoi-thanh-vien", **TH,
         date="2021-10-14 06:30", views=173, img="2021/10/tap-huan-truyen-thong.jpg",
         title="Tập huấn kỹ năng truyền thông, phổ biến kiến thức cho hội thành viên",
         author="Minh Châu", updater=None, source=None, tags=["tập huấn", "truyền thông"],
         body=[
             "Trong hai ngày 12 – 13/10, Liên hiệp hội tỉnh tổ chức lớp tập huấn kỹ năng truyền thông và phổ biến kiến thức khoa học cho 50 cán bộ phụ trách thông tin của các hội thành viên.",
             ("img", "2021/10/tap-huan-1.jpg", "=z3815542067189_5b1e"),
             "Nội dung tập huấn tập trung vào những kỹ năng mà cán bộ hội thường lúng túng:",
             ("ul", ["Viết tin, bài ngắn gọn cho trang thông tin điện tử và bản tin của hội;",
                     "Chụp ảnh sự kiện bằng điện thoại, chọn ảnh và viết chú thích đúng;",
                     "Quản lý trang mạng xã hội của hội, xử lý bình luận trái chiều;",
                     "Chuyển kiến thức chuyên môn thành thông điệp dễ hiểu cho người dân."]),
             "Giảng viên là các phóng viên, biên tập viên nhiều kinh nghiệm của Báo Quảng Trị và Đài Phát thanh – Truyền hình tỉnh. Các học viên được thực hành viết tin ngay trên lớp và nhận góp ý trực tiếp.",
             "Sau lớp học, Liên hiệp hội sẽ thành lập nhóm cộng tác viên để thường xuyên cung cấp tin, bài về hoạt động của các hội cho trang thông tin của cơ quan.",
             ("x", '<p style="text-align: right;"><em>Minh Châu</em></p>', ["Minh Châu"]),
         ]),
    dict(n=6, id=4710, slug="toa-dam-vai-tro-cua-doi-ngu-tri-thuc-trong-chuyen-doi-so", **TH,
         date="2023-11-09 14:20", views=256, img="2023/11/toa-dam-chuyen-doi-so.jpg",
         title="Tọa đàm “Vai trò của đội ngũ trí thức trong chuyển đổi số tỉnh Quảng Trị”",
         author=None, updater=None, source="Báo Quảng Trị", tags=["chuyển đổi số", "tọa đàm"],
         body=[
             "Ngày 8/11, Liên hiệp hội tỉnh tổ chức tọa đàm “Vai trò của đội ngũ trí thức trong chuyển đổi số tỉnh Quảng Trị” với sự tham gia của gần 70 trí thức, chuyên gia và đại diện doanh nghiệp công nghệ.",
             "Các ý kiến cho rằng chuyển đổi số ở địa phương đang gặp rào cản lớn nhất là con người: cán bộ cơ sở ngại thay đổi, người dân vùng nông thôn, miền núi thiếu thiết bị và kỹ năng, trong khi dữ liệu của các ngành vẫn rời rạc, chưa kết nối được với nhau.",
             ("quote", "“Trí thức không chỉ góp ý chính sách mà phải trực tiếp làm ra sản phẩm, từ phần mềm quản lý hợp tác xã đến bản đồ số vùng trồng”, KS. Lê Quang Vinh, Hội Tin học tỉnh, nhấn mạnh."),
             "Tọa đàm đề xuất thành lập mạng lưới chuyên gia tư vấn chuyển đổi số thuộc Liên hiệp hội, hỗ trợ miễn phí cho các hợp tác xã và doanh nghiệp nhỏ trong năm đầu ứng dụng.",
             ("x", '<p style="text-align: right;"><strong>Nguồn: Báo Quảng Trị</strong></p>', ["Nguồn: Báo Quảng Trị"]),
         ]),
    dict(n=7, id=3920, slug="dai-hoi-hoi-khoa-hoc-lich-su-tinh-nhiem-ky-2022-2027", **TH,
         date="2022-06-27 11:05", views=198, img="2022/06/dai-hoi-su-hoc.jpg",
         title="Đại hội Hội Khoa học Lịch sử tỉnh nhiệm kỳ 2022 – 2027",
         author="Phương Thảo", updater="Trần Minh Tuấn", source=None, tags=["đại hội", "Hội Khoa học Lịch sử"],
         body=[
             "Ngày 25/6, Hội Khoa học Lịch sử tỉnh Quảng Trị tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2022 – 2027.",
             "Nhiệm kỳ qua, Hội đã phối hợp biên soạn và xuất bản 6 đầu sách về lịch sử địa phương, trong đó có bộ sách về các địa danh gắn với chiến dịch 81 ngày đêm bảo vệ Thành cổ Quảng Trị năm 1972; tham gia thẩm định hồ sơ xếp hạng 14 di tích cấp tỉnh.",
             "Hội cũng thường xuyên cử hội viên nói chuyện chuyên đề lịch sử cho học sinh các trường trung học, góp phần khắc phục tình trạng học sinh ngại học môn Lịch sử.",
             ("img", "2022/06/dai-hoi-su-hoc-2.jpg", "Ban Chấp hành Hội Khoa học Lịch sử tỉnh khóa IV ra mắt Đại hội"),
             "Đại hội bầu Ban Chấp hành khóa IV gồm 15 ủy viên, đề ra mục tiêu phát triển thêm 50 hội viên trẻ và số hóa toàn bộ tư liệu lịch sử địa phương mà Hội đang lưu giữ trong nhiệm kỳ tới.",
             ("x", '<p style="text-align: right;">Phương Thảo</p>', ["Phương Thảo"]),
         ]),
    dict(n=8, id=3102, slug="chuyen-giao-mo-hinh-trong-ho-tieu-huu-co-tai-gio-linh", **TH,
         date="2020-07-03 09:40", views=322, img="2020/07/ho-tieu-gio-linh.jpg",
         title="Chuyển giao mô hình trồng hồ tiêu hữu cơ tại Gio Linh",
         author=None, updater=None, source="vusta.vn", tags=["hồ tiêu", "chuyển giao công nghệ"],
         body=[
             "Liên hiệp hội tỉnh Quảng Trị vừa nghiệm thu mô hình trồng hồ tiêu theo hướng hữu cơ tại xã Gio An, huyện Gio Linh, với quy mô 5 ha của 18 hộ tham gia.",
             "Vùng tiêu Gio Linh từng bị thiệt hại nặng bởi bệnh chết nhanh, chết chậm do lạm dụng phân bón hóa học. Mô hình áp dụng phân bò ủ với nấm Trichoderma, trồng cỏ giữ ẩm giữa các hàng, thay thuốc trừ sâu hóa học bằng chế phẩm sinh học.",
             "Sau hai năm, tỷ lệ cây bệnh giảm từ 18% xuống còn dưới 4%. Năng suất tuy chưa vượt trội nhưng tiêu hạt đạt chỉ tiêu an toàn, được một doanh nghiệp xuất khẩu ký hợp đồng bao tiêu với giá cao hơn thị trường khoảng 15%.",
             "Các hộ tham gia cam kết duy trì quy trình và hướng dẫn lại cho bà con trong thôn, mở rộng thêm 10 ha vào năm tới.",
             ("x", '<p><em>Theo vusta.vn</em></p>', ["Theo vusta.vn"]),
         ]),
]
