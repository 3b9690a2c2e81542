"""Evaluation site: a small provincial union on a plain WordPress theme; serves, never scores.

Models the sites nobody maintains: `/<slug>/` permalinks, no sitemap (core sitemaps switched
off: `/wp-sitemap.xml` is a 404), a theme that prints NO feed link although `/feed/` works
(full text in `content:encoded`), a front page and menu that show only two categories while
a third ("Tin hội viên") is linked from nowhere: its posts are found through `/feed/` only
(and, once one is found, through its category link); bodies that end with "Tin, ảnh: …"
(the byline) and "Người cập nhật: …" (the uploader, not text); `?p=N` links in the
"Bài nổi bật" widget answered 200 with the post itself (aliases); deleted posts answered
by a 200 page "Bài viết không tồn tại hoặc đã bị xóa"; Last-Modified on posts. The
registry enters it as http://localhost:PORT/, and the site answers every request whose
Host is localhost with a 301 to 127.0.0.1 (the "www" alias). See BRIEF.md.
"""

from __future__ import annotations

import random
from datetime import date
from functools import lru_cache

from . import _kit_a as kit
from ._kit_a import Art, esc
from ._prose_a import Org, Writer
from ._wp_a import WordPress, WPConfig, WPPage
from .model import EvalSite

NAME = "wordpress_simple"
ORG = Org("Hải Dương", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương", "Liên hiệp Hội tỉnh", "Hải Dương",
          ["Chí Linh", "Kinh Môn", "Nam Sách", "Thanh Hà", "Tứ Kỳ", "Gia Lộc", "Ninh Giang", "Cẩm Giàng", "Bình Giang"],
          ["Hội Làm vườn tỉnh", "Hội Y học tỉnh", "Hội Khuyến học tỉnh", "Hội Sinh vật cảnh tỉnh", "Hội Đông y tỉnh", "Hội Nhà sáng chế tỉnh"])
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao": "Thông báo", "tin-hoi-vien": "Tin hội viên"}
TAGS = ["nhà sáng chế", "hội thảo", "tập huấn", "vải thiều", "phản biện", "sáng tạo trẻ"]
UPLOADERS = ["Người cập nhật: Trần Minh Tuấn", "Người cập nhật: Nguyễn Thị Hoa"]
CFG = WPConfig(title="Liên hiệp Hội Hải Dương", tagline="Trang thông tin điện tử Liên hiệp các Hội KH&KT tỉnh Hải Dương", permalink="slug",
               per_page=8, excerpt_words=32, excerpt_more=" …", read_more="Đọc thêm", feed_links=False, sitemap=None, shortlink="serve",
               delete_mode="soft", validators="lm", menu_cats=["tin-hoat-dong", "thong-bao"], home_cats=["tin-hoat-dong", "thong-bao"],
               cat_names=CATS, authors={}, closing_line=UPLOADERS[0], byline_in_body=True, show_byline=False, header_date=False,
               views=False, archive_widget=False, post_nav=False,
               extra_menu=[("Giới thiệu", "/gioi-thieu/"), ("Ban Chấp hành", "/ban-chap-hanh/"), ("Văn bản", "/van-ban/"), ("Liên hệ", "/lien-he/")])
BOILERPLATE = ["Người cập nhật", "Tin, ảnh:", "Để lại bình luận", "Email của bạn sẽ không được hiển thị công khai", "Bài viết liên quan",
               "Chia sẻ:", "Lượt truy cập", "IMG_20"]


@lru_cache(maxsize=1)
def _week() -> list[Art]:
    rng = random.Random(NAME)
    w = Writer(NAME, ORG)
    arts = kit.plan(w, rng, sections=[
        ("tin-hoat-dong", 16, ["hoi_thao", "tap_huan", "phan_bien", "tong_ket", "ton_vinh", "khao_sat"]),
        ("thong-bao", 5, ["sang_tao", "thanh_thieu_nien"]),
        ("tin-hoi-vien", 7, ["dai_hoi", "chuyen_giao", "tap_huan", "pho_bien"])],
        start=date(2022, 3, 1), end=date(2026, 11, 8), new_per_night=[1, 0, 1, 1, 0, 1, 1],
        new_sections=["tin-hoi-vien", "tin-hoat-dong", "thong-bao"], first_id=860, id_gap=(2, 14),
        authors=["Lê Thị Hoa", "Phạm Văn Dũng", None, "Vũ Thu Trang", None])
    # the hidden category must have recent posts, or the feed would not reveal it: move two there
    for a in sorted((a for a in arts if a.appear == 0 and a.cat == "tin-hoat-dong"), key=lambda a: a.published, reverse=True)[1:6:2]:
        a.cat = "tin-hoi-vien"
    for a in arts:
        a.tags = rng.sample(TAGS, rng.choice([1, 2]))
        a.extra["closing"] = rng.choice(UPLOADERS)
    ed = Writer(NAME + "/edits", ORG)
    recent = kit.pick_old(arts, newest=2)  # still in /feed/ (full text) on night 2: signalled
    recent.edits.append((2, ed.addendum(kit.edit_time(2))))
    recent.signalled_edit = True
    kit.pick_old(arts, newest=18).edits.append((5, ed.addendum(kit.edit_time(5))))
    a = kit.pick_old(arts, newest=7)
    a.delete, a.delete_kind = 3, "soft"
    return arts


def _pages() -> list[WPPage]:
    about = [
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương được thành lập năm 1996, là tổ chức chính trị - xã hội của trí thức khoa học và công nghệ trong tỉnh, thành viên của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.",
        "Hiện nay Liên hiệp Hội có 20 hội thành viên, hơn 30.000 hội viên hoạt động trong các lĩnh vực nông nghiệp, y tế, giáo dục, kỹ thuật và khoa học xã hội. Trụ sở đặt tại số 12 đường Tuy An, thành phố Hải Dương.",
        "Năm 2025, thực hiện chủ trương sắp xếp đơn vị hành chính, Liên hiệp Hội tỉnh Hải Dương và Liên hiệp Hội thành phố Hải Phòng tiến hành các bước hợp nhất; trang thông tin này được duy trì để lưu trữ tư liệu hoạt động của hội.",
    ]
    bch = [("Chủ tịch", "TS. Nguyễn Đức Thịnh"), ("Phó Chủ tịch", "ThS. Bùi Thị Hằng"), ("Phó Chủ tịch", "BS.CKII. Đào Văn Lực"), ("Ủy viên Thường vụ", "KS. Mạc Văn Hùng")]
    docs = [("Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ XII", "25/09/2026", "ke-hoach-hoi-thi-stkt-xii.pdf"),
            ("Thông báo về việc tổ chức Hội nghị Ban Chấp hành mở rộng", "02/08/2026", "thong-bao-hoi-nghi-bch.pdf"),
            ("Quy chế hoạt động của Hội đồng tư vấn", "14/03/2026", "quy-che-hoi-dong-tu-van.doc")]
    return [
        WPPage("gioi-thieu", "Giới thiệu", "".join(f"<p>{esc(p)}</p>" for p in about), date="05/07/2025"),
        WPPage("ban-chap-hanh", "Ban Chấp hành nhiệm kỳ 2022-2027", "<table><tbody>" + "".join(f"<tr><td>{esc(r)}</td><td>{esc(n)}</td></tr>" for r, n in bch) + "</tbody></table>"),
        WPPage("van-ban", "Văn bản", "<ul>" + "".join(f'<li><a href="/wp-content/uploads/2026/{f}">{esc(t)}</a> ({d})</li>' for t, d, f in docs) + "</ul>"),
        WPPage("lien-he", "Liên hệ", '<p>Số 12 Tuy An, TP Hải Dương. ĐT: 0220.3852.789. Email: <a href="mailto:lhhhaiduong@gmail.com">lhhhaiduong@gmail.com</a></p>'),
    ], docs


def build_site(base_url: str, night: int) -> EvalSite:
    base = base_url.rstrip("/")
    arts = _week()
    live = kit.live(arts, night)
    pages, docs = _pages()
    featured = [a for a in live if a.cat != "tin-hoi-vien"][5:9]
    sidebar = ('<section class="widget"><h2 class="widget-title">Bài nổi bật</h2><ul>'
               + "".join(f'<li><a href="/?p={a.num}">{esc(a.title)}</a></li>' for a in featured) + "</ul></section>")
    cfg = WPConfig(**{**CFG.__dict__, "sidebar_extra": sidebar})
    deleted = [a for a in arts if a.delete is not None and a.delete <= night]
    wp = WordPress(cfg, live, pages, night, base, deleted=deleted)
    wp.build()
    for t, _d, f in docs:
        wp.routes[f"/wp-content/uploads/2026/{f}"] = kit.pdf(t) if f.endswith(".pdf") else kit.doc(t, f)
    wp.routes["*"] = wp.not_found()
    disallowed = ["/wp-admin/"]
    wp.routes["/robots.txt"] = kit.robots(["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php"])
    feed_paths = {a.num for a in live[:10]}
    reach = lambda a: "feed" if a.cat == "tin-hoi-vien" else wp.reach.get(a.num, "pager-deep")  # noqa: E731
    assert any(a.num in feed_paths for a in live if a.cat == "tin-hoi-vien"), "the feed must reveal the hidden category"
    ch = kit.changes(arts, night, wp.permalink)
    gold = kit.golds(arts, night, wp.permalink, aliases_of=lambda a: [wp.shortlink(a)], reach_of=reach)
    return EvalSite(name=NAME, family="wordpress", routes=wp.routes, articles=gold, non_articles=wp.non_articles, disallowed=disallowed,
                    boilerplate=BOILERPLATE, new=ch.new, edited=ch.edited, deleted=ch.deleted, signalled=ch.signalled,
                    registry_host="localhost")
