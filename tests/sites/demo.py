"""Writes the bundled demo site (crawler/demo_site/) from the NukeViet templates, as plain
files a static server can serve, plus labels.json; never serves or crawls.

    python -m tests.sites.demo            # regenerate crawler/demo_site/

Paths map to files (/news/<cat>/ -> news/<cat>/index.html, page 2 -> page-2.html), links
are root-relative, and absolute URLs (feed, sitemaps, canonical) carry the `{{BASE}}`
placeholder that `crawler.demo.serve_site` replaces with the address it serves on.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

from .common import Night
from .content import StoryPlan, Union, edition, make_union
from .nukeviet import CATEGORIES, TAGS, NukeViet

ROOT = Path(__file__).resolve().parents[2] / "crawler" / "demo_site"
BASE = "{{BASE}}"

PLAN = StoryPlan(
    site="demo",
    cats={"tin-hoat-dong": [], "tu-van-phan-bien": ["critique", "workshop"],
          "hoi-thanh-vien": ["congress", "member", "summary"]},
    count=10, first_id=402,
    authors=["Thu Trang", "Đức Anh", "Ban Tuyên truyền"],
    tag_pool=TAGS,
)


def union() -> Union:
    return make_union(random.Random("demo-union"), "Hà Tĩnh",
                      ("Hà Tĩnh", "Kỳ Anh", "Cẩm Xuyên", "Thạch Hà", "Can Lộc", "Hương Sơn",
                       "Đức Thọ"), "lienhiephoi-hatinh.example.vn")


def _file(url_path: str) -> str:
    """The file a static server serves for a URL path."""
    relative = url_path.lstrip("/")
    return relative + "index.html" if relative == "" or relative.endswith("/") else relative


def render() -> tuple[dict[str, str], dict]:
    """{relative file path: text} of the whole site, and its labels."""
    u = union()
    ed = edition(PLAN, u, 1)
    nv = NukeViet(u, ed, Night(1), BASE, static=True, per_page=3)
    files: dict[str, str] = {}
    non_articles: list[str] = []

    def put(path: str, text: str, article: bool = False) -> None:
        files[_file(path)] = text
        if not article:
            non_articles.append(path)

    put("/robots.txt", nv.robots())
    put("/", nv.home())
    put("/news/", nv.news_main())
    for cat in CATEGORIES:
        for n in range(1, nv.pages_of(cat) + 1):
            put(nv.cat_url(cat, n), nv.listing(cat, n))
    for tag in TAGS:
        put(nv.tag_url(tag), nv.tag_page(tag))
    put(nv.about_url, nv.about())
    put(nv.contact_url, nv.contact())
    put(nv.feed_url, nv.rss())
    put("/sitemap.xml", nv.sitemap_index())
    put("/sitemap-vi.news.xml", nv.sitemap_news())
    put("/sitemap-vi.page.xml", nv.sitemap_pages())
    articles = []
    for s in ed.stories:
        put(nv.article_url(s), nv.article(s), article=True)
        put(nv.print_url(s), nv.print_view(s), article=True)
        articles.append({"path": nv.article_url(s), "title": s.title, "published": s.day,
                         "author": s.author, "aliases": [nv.print_url(s)],
                         "paragraphs": list(s.paragraphs)})
    labels = {
        "site": u.name,
        "note": "Written by tests/sites/demo.py from its content data, not by an extractor.",
        "articles": articles,
        "non_articles": non_articles,
        "disallowed": ["/admin/", "/search/"],
    }
    return files, labels


def write(root: Path = ROOT) -> int:
    files, labels = render()
    if root.exists():
        shutil.rmtree(root)
    for relative, text in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (root / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    return len(files) + 1


if __name__ == "__main__":
    print(f"wrote {write()} files to {ROOT}", file=sys.stderr)
