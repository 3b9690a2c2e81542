"""Evaluation site: a city union on WordPress with a magazine theme; serves, never scores.

Models hpusta-style WordPress sites: `/<yyyy>/<mm>/<slug>/` permalinks, LONG excerpts (70
words ending "[…]" and a "Xem tiếp →" link) on every archive — front page and its
`/page/N/` (8 pages deep), categories, tags (Vietnamese slugs, percent-encoded), authors,
months — so an archive page carries as much prose as an article; `?p=N` shortlinks that
301 to the permalink; a post split with `<!--nextpage-->` (`/slug/2/`); a Yoast sitemap
index that answers 304 to ANY conditional request (its list of children never changes)
while `post-sitemap.xml`'s `<lastmod>` moves with every edit; ETag + Last-Modified on
posts that follow the content; a photo page of over 3 MB; comment form and share links.
See BRIEF.md for the hard cases.
"""

from __future__ import annotations

import random
from datetime import date
from functools import lru_cache

from . import _kit_a as kit
from ._kit_a import Art, esc
from ._prose_a import Org, Writer
from ._wp_a import WordPress, WPConfig, WPPage, big_gallery
from .model import EvalSite

NAME = "wordpress_magazine"
ORG = Org("Hải Phòng", "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng", "Liên hiệp Hội thành phố", "Hải Phòng",
          ["Thủy Nguyên", "An Dương", "An Lão", "Kiến Thụy", "Tiên Lãng", "Vĩnh Bảo", "Cát Hải", "Đồ Sơn"],
          ["Hội Khoa học Kinh tế biển", "Hội Y học thành phố", "Hội Kiến trúc sư thành phố", "Hội Tin học thành phố",
           "Hội Cơ khí thành phố", "Hội Nghề cá thành phố", "Hội Khoa học Lịch sử thành phố", "Hội Điện tự động hóa"])
AUTHORS = {"Phạm Minh Khôi": "minhkhoi", "Đỗ Thị Ngọc Lan": "ngoclan", "Ban Biên tập": "bbt", "Vũ Hoàng Long": "hoanglong"}
CATS = {"tin-hoat-dong": "Tin hoạt động", "tu-van-phan-bien": "Tư vấn - Phản biện", "khoa-hoc-cong-nghe": "Khoa học - Công nghệ",
        "hoi-thanh-vien": "Hội thành viên"}
TAGS = ["hội thảo", "phản biện xã hội", "sáng tạo kỹ thuật", "kinh tế biển", "chuyển đổi số", "trí thức", "nông nghiệp", "môi trường"]
CFG = WPConfig(title="Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng", tagline="Cổng thông tin điện tử Liên hiệp Hội thành phố Hải Phòng",
               permalink="month", per_page=6, excerpt_words=70, excerpt_more=" […]", read_more="Xem tiếp →", feed_links=True,
               sitemap="yoast", shortlink="redirect", delete_mode="404", validators="etag+lm", menu_cats=list(CATS), cat_names=CATS,
               authors=AUTHORS, extra_menu=[("Giới thiệu", "/gioi-thieu/"), ("Thư viện ảnh", "/thu-vien-anh/"), ("Liên hệ", "/lien-he/")])
BOILERPLATE = ["Để lại bình luận", "Email của bạn sẽ không được hiển thị công khai", "Bài viết liên quan", "Chia sẻ:",
               "Các trường bắt buộc được đánh dấu", "lượt xem", "Lượt truy cập", "IMG_20"]


@lru_cache(maxsize=1)
def _week() -> tuple[list[Art], dict[int, int]]:
    rng = random.Random(NAME)
    w = Writer(NAME, ORG)
    arts = kit.plan(w, rng, sections=[
        ("tin-hoat-dong", 19, ["hoi_thao", "tong_ket", "ky_ket", "ton_vinh", "khao_sat", "pho_bien"]),
        ("tu-van-phan-bien", 9, ["phan_bien", "hoi_thao"]),
        ("khoa-hoc-cong-nghe", 10, ["chuyen_giao", "sang_tao", "thanh_thieu_nien", "tap_huan"]),
        ("hoi-thanh-vien", 8, ["dai_hoi", "tap_huan", "pho_bien"])],
        start=date(2020, 5, 4), end=date(2026, 11, 6), new_per_night=[2, 1, 1, 2, 0, 2, 1],
        new_sections=list(CATS), first_id=1450, id_gap=(3, 27), authors=list(AUTHORS))
    for a in arts:
        a.tags = rng.sample(TAGS, rng.choice([1, 2, 2, 3]))
    multipage = {}
    long_one = next(a for a in sorted(arts, key=lambda a: a.published, reverse=True)[12:] if a.appear == 0 and len(a.paragraphs) >= 5)
    multipage[long_one.num] = 3
    ed = Writer(NAME + "/edits", ORG)
    keep = {long_one.num}
    for night, idx in ((1, 9), (5, 30)):
        a = kit.pick_old(arts, newest=idx, skip=keep)
        a.edits.append((night, ed.addendum(kit.edit_time(night))))
        a.signalled_edit = True
    recent = [a for a in arts if a.appear == 2][0]
    recent.edits.append((3, ed.addendum(kit.edit_time(3))))
    recent.signalled_edit = True
    for night, idx in ((4, 4), (6, 22)):
        a = kit.pick_old(arts, newest=idx, skip=keep)
        a.delete, a.signalled_delete = night, True
    return arts, multipage


def _pages() -> list[WPPage]:
    about = [
        "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng được thành lập năm 1985, là tổ chức chính trị - xã hội của đội ngũ trí thức khoa học và công nghệ thành phố, hoạt động theo Điều lệ được UBND thành phố phê duyệt.",
        "Sau gần bốn mươi năm xây dựng và phát triển, Liên hiệp Hội thành phố đã trở thành ngôi nhà chung của 49 hội thành viên với hơn 108.000 hội viên, cùng 12 viện, trung tâm nghiên cứu và ứng dụng trực thuộc.",
        "Liên hiệp Hội thành phố đã chủ trì hàng trăm nhiệm vụ tư vấn, phản biện và giám định xã hội đối với các chương trình, đề án lớn của thành phố như quy hoạch chung xây dựng thành phố, phát triển kinh tế biển, xây dựng các khu kinh tế ven biển.",
        "Với những đóng góp đó, Liên hiệp Hội thành phố được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.",
    ]
    return [
        WPPage("gioi-thieu", "Giới thiệu chung", "".join(f"<p>{esc(p)}</p>" for p in about), date="19/02/2024"),
        WPPage("co-cau-to-chuc", "Cơ cấu tổ chức", '<figure class="wp-block-image"><img src="/wp-content/uploads/2024/02/so-do-to-chuc.png" alt="" /></figure>'
               '<table><tbody><tr><td>Chủ tịch</td><td>GS.TS. Nguyễn Văn Quảng</td></tr><tr><td>Phó Chủ tịch Thường trực</td><td>TS. Trần Thị Hồng Hạnh</td></tr>'
               '<tr><td>Phó Chủ tịch</td><td>PGS.TS. Lương Đức Thọ</td></tr><tr><td>Chánh Văn phòng</td><td>ThS. Đinh Quang Huy</td></tr></tbody></table>'),
        WPPage("lien-he", "Liên hệ", '<p>Địa chỉ: 18 Hoàng Diệu, Hồng Bàng, Hải Phòng</p><p>Điện thoại: 0225.3842.567</p><p>Email: <a href="mailto:lienhiephoi@haiphong.gov.vn">lienhiephoi@haiphong.gov.vn</a></p>'),
        WPPage("thu-vien-anh", "Thư viện ảnh", big_gallery("Hình ảnh hoạt động của Liên hiệp Hội thành phố năm 2026"), big=True),
    ]


def build_site(base_url: str, night: int) -> EvalSite:
    base = base_url.rstrip("/")
    arts, multipage = _week()
    live = kit.live(arts, night)
    cfg = WPConfig(**{**CFG.__dict__, "multipage": multipage})
    deleted = [a for a in arts if a.delete is not None and a.delete <= night]
    wp = WordPress(cfg, live, _pages(), night, base, deleted=deleted)
    wp.build()
    wp.routes["*"] = wp.not_found()
    disallowed = ["/wp-admin/", "/?s=", "/search/", "/wp-login.php"]
    wp.routes["/robots.txt"] = kit.robots(["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php", "Disallow: /?s=",
                                           "Disallow: /search/", "Disallow: /wp-login.php", "", f"Sitemap: {base}/sitemap_index.xml"])

    def paragraphs_of(a: Art, n: int) -> list[str]:
        return a.paras(n)
    ch = kit.changes(arts, night, wp.permalink)
    gold = kit.golds(arts, night, wp.permalink, aliases_of=lambda a: [wp.shortlink(a)], reach_of=lambda a: wp.reach.get(a.num, "pager-deep"),
                     paragraphs_of=paragraphs_of)
    return EvalSite(name=NAME, family="wordpress", routes=wp.routes, articles=gold, non_articles=wp.non_articles, disallowed=disallowed,
                    boilerplate=BOILERPLATE, new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled)
