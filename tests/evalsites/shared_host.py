"""Evaluation site: two association sub-sites on one host (WordPress multisite); serves, never scores.

One server, two registry entries: `/lhh/` (the provincial union, day-based permalinks
`/lhh/<y>/<m>/<d>/<slug>/`) and `/hoi-nong-dan/` (the farmers' association, permalinks
`/hoi-nong-dan/<slug>.html`). One robots.txt at the host root for both (with a Sitemap line
for `/lhh/` only), core sitemaps without `<lastmod>` per sub-site, a landing page at `/`.
The union's sidebar links the farmers' latest posts (another site's articles, same host),
and one farmers' article is cross-posted on the union's site under another URL and title.
Deleted posts: 410 on `/lhh/`, 404 on `/hoi-nong-dan/`; no validators. See BRIEF.md.
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

NAME = "shared_host"
LHH = Org("Phú Thọ", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ", "Liên hiệp Hội tỉnh", "Việt Trì",
          ["Lâm Thao", "Phù Ninh", "Thanh Sơn", "Đoan Hùng", "Hạ Hòa", "Cẩm Khê", "Tam Nông", "Thanh Thủy", "Yên Lập"],
          ["Hội Nông dân tỉnh", "Hội Y học tỉnh", "Hội Chè tỉnh", "Hội Khoa học Lịch sử tỉnh", "Hội Cựu giáo chức tỉnh", "Hội Làm vườn tỉnh"])
HND = Org("Phú Thọ", "Hội Nông dân tỉnh Phú Thọ", "Hội Nông dân tỉnh", "Việt Trì",
          ["Lâm Thao", "Phù Ninh", "Thanh Sơn", "Đoan Hùng", "Hạ Hòa", "Cẩm Khê", "Tam Nông", "Thanh Thủy", "Yên Lập"],
          ["Hội Nông dân huyện Lâm Thao", "Hội Nông dân huyện Đoan Hùng", "Chi hội nghề nghiệp trồng chè", "Câu lạc bộ nông dân sản xuất giỏi"])
LHH_CATS = {"tin-tuc": "Tin tức", "tu-van-phan-bien": "Tư vấn phản biện", "tin-hoi-thanh-vien": "Tin hội thành viên"}
HND_CATS = {"hoat-dong-hoi": "Hoạt động Hội", "khuyen-nong": "Khuyến nông", "guong-dien-hinh": "Gương điển hình"}
CFG_LHH = WPConfig(title="Liên hiệp Hội Phú Thọ", tagline="Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ", prefix="/lhh", permalink="day",
                   per_page=7, excerpt_words=40, excerpt_more=" [&hellip;]", read_more="Đọc tiếp", feed_links=True, sitemap="core",
                   shortlink="serve", delete_mode="410", validators=None, menu_cats=list(LHH_CATS), cat_names=LHH_CATS,
                   authors={"Nguyễn Hải Yến": "haiyen", "Đào Văn Sơn": "daoson", "Văn phòng LHH": "vanphong"},
                   extra_menu=[("Giới thiệu", "/lhh/gioi-thieu/"), ("Liên hệ", "/lhh/lien-he/")])
CFG_HND = WPConfig(title="Hội Nông dân tỉnh Phú Thọ", tagline="Vì nông dân, nông nghiệp, nông thôn", prefix="/hoi-nong-dan", permalink="html",
                   per_page=6, excerpt_words=45, excerpt_more=" [&hellip;]", read_more="Xem thêm", feed_links=True, sitemap="core",
                   shortlink="serve", delete_mode="404", validators=None, menu_cats=list(HND_CATS), cat_names=HND_CATS,
                   authors={"Hà Thị Thanh": "hathanh", "Bùi Quang Vinh": "quangvinh"}, header_date=True,
                   extra_menu=[("Giới thiệu", "/hoi-nong-dan/gioi-thieu/")])
BOILERPLATE = ["Để lại bình luận", "Email của bạn sẽ không được hiển thị công khai", "Bài viết liên quan", "Chia sẻ:", "lượt xem",
               "Lượt truy cập", "IMG_20"]


@lru_cache(maxsize=1)
def _week() -> tuple[list[Art], list[Art]]:
    rng = random.Random(NAME)
    lhh = kit.plan(Writer(NAME + "/lhh", LHH), rng, sections=[
        ("tin-tuc", 13, ["hoi_thao", "tong_ket", "ky_ket", "ton_vinh", "khao_sat"]),
        ("tu-van-phan-bien", 6, ["phan_bien"]),
        ("tin-hoi-thanh-vien", 5, ["dai_hoi", "sang_tao", "thanh_thieu_nien"])],
        start=date(2021, 9, 1), end=date(2026, 11, 7), new_per_night=[1, 0, 1, 0, 1, 0, 1],
        new_sections=list(LHH_CATS), first_id=300, id_gap=(2, 12), authors=list(CFG_LHH.authors))
    hnd = kit.plan(Writer(NAME + "/hnd", HND), rng, sections=[
        ("hoat-dong-hoi", 9, ["dai_hoi", "tong_ket", "ky_ket"]),
        ("khuyen-nong", 9, ["tap_huan", "chuyen_giao", "pho_bien"]),
        ("guong-dien-hinh", 3, ["khao_sat", "chuyen_giao"])],
        start=date(2022, 1, 10), end=date(2026, 11, 7), new_per_night=[0, 1, 0, 1, 0, 1, 0],
        new_sections=list(HND_CATS), first_id=1200, id_gap=(3, 20), authors=list(CFG_HND.authors))
    for arts in (lhh, hnd):
        for a in arts:
            a.tags = [rng.choice(["nông nghiệp", "khoa học", "hội viên", "tập huấn", "sáng tạo"])]
    # the cross-post: a farmers' training item republished by the union a day later, under its own title
    src = next(a for a in sorted(hnd, key=lambda a: a.published, reverse=True) if a.appear == 0 and a.cat == "khuyen-nong")
    copy = Art(max(a.num for a in lhh) + 5, f"Hội Nông dân tỉnh: {src.title}", src.published.replace(hour=min(src.published.hour + 2, 23)),
               src.author, list(src.paragraphs), cat="tin-hoi-thanh-vien", tags=["nông nghiệp"], extra={"slug": kit.slugify(src.title)[:60].strip("-")})
    lhh.append(copy)
    ed1, ed2 = Writer(NAME + "/lhh-edits", LHH), Writer(NAME + "/hnd-edits", HND)
    keep = {copy.num, src.num}
    recent = kit.pick_old(lhh, newest=1, skip=keep)
    recent.edits.append((3, ed1.addendum(kit.edit_time(3))))
    recent.signalled_edit = True  # still in /lhh/feed/ with its full text
    kit.pick_old(hnd, newest=12, skip=keep).edits.append((5, ed2.addendum(kit.edit_time(5))))
    a = kit.pick_old(lhh, newest=9, skip=keep)
    a.delete, a.delete_kind = 4, "410"
    b = kit.pick_old(hnd, newest=4, skip=keep)
    b.delete, b.delete_kind = 6, "404"
    return lhh, hnd


def build_site(base_url: str, night: int) -> EvalSite:
    base = base_url.rstrip("/")
    lhh, hnd = _week()
    live_l, live_h = kit.live(lhh, night), kit.live(hnd, night)
    gone = lambda arts: [a for a in arts if a.delete is not None and a.delete <= night]  # noqa: E731
    wh = WordPress(CFG_HND, live_h, [WPPage("gioi-thieu", "Giới thiệu Hội Nông dân tỉnh", "<p>Hội Nông dân tỉnh Phú Thọ là tổ chức chính trị - xã hội của giai cấp nông dân, "
                                            "có hơn 200.000 hội viên ở 225 cơ sở hội.</p>", date="10/03/2023")], night, base, deleted=gone(hnd))
    wh.build()
    friends = ('<section class="widget"><h2 class="widget-title">Hội thành viên</h2><ul><li><a href="/hoi-nong-dan/">Hội Nông dân tỉnh</a><ul>'
               + "".join(f'<li><a href="{wh.permalink(a)}">{esc(a.title)}</a></li>' for a in live_h[:3]) + "</ul></li>"
               + '<li><a href="https://yhocphutho.vn/" rel="nofollow">Hội Y học tỉnh</a></li></ul></section>')
    wl = WordPress(CFG_LHH, live_l, [WPPage("gioi-thieu", "Giới thiệu", "<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ được thành lập năm 1997, hiện có 31 hội thành viên.</p>"
                                            "<p>Năm 2025, sau khi hợp nhất tỉnh, Liên hiệp Hội kết nạp thêm 12 tổ chức thành viên mới.</p>", date="23/01/2026"),
                                    WPPage("lien-he", "Liên hệ", '<p>Đường Trần Phú, TP Việt Trì. Email: <a href="mailto:lhhphutho@gmail.com">lhhphutho@gmail.com</a></p>')],
                   night, base, deleted=gone(lhh), other_links=friends)
    wl.build()
    routes = {**wh.routes, **wl.routes}
    routes["/"] = kit.page('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin các hội tỉnh Phú Thọ</title></head><body>'
                           '<h1>Cổng thông tin các tổ chức hội tỉnh Phú Thọ</h1><ul><li><a href="/lhh/">Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh</a></li>'
                           '<li><a href="/hoi-nong-dan/">Hội Nông dân tỉnh</a></li></ul><p>Hỗ trợ kỹ thuật: <a href="mailto:cntt@phutho.gov.vn">cntt@phutho.gov.vn</a></p></body></html>')
    disallowed = ["/wp-admin/", "/lhh/wp-admin/", "/hoi-nong-dan/wp-admin/", "/*?s="]
    routes["/robots.txt"] = kit.robots(["User-agent: *"] + [f"Disallow: {d}" for d in disallowed]
                                       + ["Allow: /wp-admin/admin-ajax.php", "", f"Sitemap: {base}/lhh/wp-sitemap.xml"])
    nf_l, nf_h = wl.not_found(), wh.not_found()
    routes["*"] = lambda req: nf_h if req.path.startswith("/hoi-nong-dan/") else nf_l
    non_articles = ["/"] + wl.non_articles + wh.non_articles

    ch_l, ch_h = kit.changes(lhh, night, wl.permalink), kit.changes(hnd, night, wh.permalink)
    gold = (kit.golds(lhh, night, wl.permalink, aliases_of=lambda a: [wl.shortlink(a)], reach_of=lambda a: wl.reach.get(a.num, "pager-deep"))
            + kit.golds(hnd, night, wh.permalink, aliases_of=lambda a: [wh.shortlink(a)], reach_of=lambda a: wh.reach.get(a.num, "pager-deep")))
    return EvalSite(name=NAME, family="wordpress", routes=routes, articles=gold, non_articles=non_articles, disallowed=disallowed,
                    boilerplate=BOILERPLATE, new=ch_l.new + ch_h.new, edited={**ch_l.edited, **ch_h.edited},
                    deleted=ch_l.deleted + ch_h.deleted, signalled=ch_l.signalled + ch_h.signalled,
                    subsites=[("_lhh", "/lhh/"), ("_hnd", "/hoi-nong-dan/")])
