#!/usr/bin/env python3
"""Write the held-out extraction pages (<site>/NN.html + NN.json, listing-N.html) from the
hand-written articles in _src/<site>.py, then check them; it never runs an extractor.

Each _src module holds one site: its template (header, menus, sidebars, footer, the quirks
of its CMS) and its articles, written one by one. An article body is a list of blocks; the
blocks that are article text become the gold `paragraphs`, the strings that the template
or the article put around them (bylines, dates, "Tin khác", captions that are file names
...) are registered as `must_not_appear`. The labels are therefore the texts as written
here, not anything a program read back from the HTML.

    python make.py          # write every site, then check
    python make.py --check  # only check what is on disk
"""
from __future__ import annotations

import datetime as dt
import html
import importlib
import json
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = ["yenbai", "hanam", "quangtri", "bentre", "vinhlong", "angiang", "vusta", "langson"]

# --- inline markup of the hand-written texts: {b}..{/b}, {i}..{/i}, {a:URL}..{/a} ---------
_MARK = re.compile(r"\{(/?)(b|i|u)\}|\{a:([^}]*)\}|\{/a\}")
_TAGS = {"b": "strong", "i": "em", "u": "u"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def plain(s: str) -> str:
    """The text a reader sees of a marked-up string."""
    return norm(_MARK.sub("", s))


def h(s: str) -> str:
    """Marked-up text -> HTML."""
    out, pos = [], 0
    for m in _MARK.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        if m.group(2):
            out.append(f"<{m.group(1)}{_TAGS[m.group(2)]}>")
        elif m.group(3) is not None:
            out.append(f'<a href="{html.escape(m.group(3))}">')
        else:
            out.append("</a>")
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return "".join(out)


def attr(s: str) -> str:
    return html.escape(plain(s), quote=True)


WEEKDAY = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def when(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def wd(d: dt.datetime, cap: bool = False) -> str:
    w = WEEKDAY[d.weekday()]
    return w.title() if cap else w


def dmy(d: dt.datetime, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


class Page:
    """Collects the labels of one article while its template is rendered."""

    def __init__(self) -> None:
        self.paras: list[str] = []
        self.mna: list[str] = []

    def para(self, s: str) -> str:
        t = plain(s)
        if t:
            self.paras.append(t)
        return h(s)

    def no(self, s: str, force: bool = False) -> str:
        """Render boilerplate text and note it as a string that must never be in the text
        (words too short and common to test anything, like "Trước", are not noted)."""
        t = plain(s)
        if t and t not in self.mna and (force or len(t) >= 10 or re.search(r"[\d_]", t)):
            self.mna.append(t)
        return h(s)


def first_sentence(s: str) -> str:
    t = plain(s)
    m = re.search(r"^(.{40,}?[.!?])(\s|$)", t)
    return m.group(1) if m else t


def lead_of(art: dict) -> str:
    blocks = art["body"]
    if blocks and isinstance(blocks[0], list):  # an article in several pages
        blocks = [b for part in blocks for b in part]
    for b in blocks:
        if isinstance(b, str):
            return plain(b)
        if b[0] in ("lead", "p"):
            return plain(b[1])
    return ""


# --- body blocks --------------------------------------------------------------------------
# "text"                      paragraph
# ("lead", text)              lead paragraph (the site decides how it looks)
# ("h", text)                 sub-heading inside the body
# ("img", file, caption)      caption: real text (body), "=NAME" (a file name: not body), None
# ("ul"|"ol", [items])        list items are body
# ("table", [[cells]...])     every row is one body paragraph: its cells joined by a space
# ("quote", text)             block quote (body)
# ("center"|"right", text)    aligned paragraph (body)
# ("x", html, [strings])      not body: raw HTML inside the article, with its strings
# ("sig", text)               a closing signature/byline line in the body: not body


class Body:
    """Default rendering of blocks; a site overrides what its CMS renders differently."""

    p = '<p style="text-align: justify;">{}</p>'
    lead = "<p><strong>{}</strong></p>"
    head = "<p><strong>{}</strong></p>"
    center = '<p style="text-align: center;">{}</p>'
    right = '<p style="text-align: right;">{}</p>'
    sig = '<p style="text-align: right;"><strong>{}</strong></p>'
    quote = "<blockquote><p><em>{}</em></p></blockquote>"
    img_dir = "/uploads/news"

    def img(self, pg: Page, file: str, cap: str | None) -> str:
        src = f"{self.img_dir}/{file}"
        if cap is None:
            return f'<p style="text-align: center;"><img alt="" src="{src}" width="600" height="400" /></p>'
        if cap.startswith("="):
            name = cap[1:]
            return (f'<p style="text-align: center;"><img alt="{name}" src="{src}" width="600" height="400" /></p>'
                    f'<p style="text-align: center;">{pg.no(name)}</p>')
        return (f'<p style="text-align: center;"><img alt="{attr(cap)}" src="{src}" width="600" height="400" /></p>'
                f'<p style="text-align: center;"><em>{pg.para(cap)}</em></p>')

    def ul(self, pg: Page, items: list[str], ordered: bool) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{pg.para(i)}</li>" for i in items) + f"</{tag}>"

    def table(self, pg: Page, rows: list[list[str]]) -> str:
        out = ['<table border="1" cellpadding="4" cellspacing="0" style="width:100%;"><tbody>']
        for r in rows:
            pg.paras.append(norm(" ".join(plain(c) for c in r)))
            out.append("<tr>" + "".join(f"<td>{h(c)}</td>" for c in r) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)

    def block(self, pg: Page, b) -> str:
        if isinstance(b, str):
            return self.p.format(pg.para(b))
        k = b[0]
        if k == "lead":
            return self.lead.format(pg.para(b[1]))
        if k == "p":
            return self.p.format(pg.para(b[1]))
        if k == "h":
            return self.head.format(pg.para(b[1]))
        if k == "center":
            return self.center.format(pg.para(b[1]))
        if k == "right":
            return self.right.format(pg.para(b[1]))
        if k == "quote":
            return self.quote.format(pg.para(b[1]))
        if k == "img":
            return self.img(pg, b[1], b[2])
        if k in ("ul", "ol"):
            return self.ul(pg, b[1], k == "ol")
        if k == "table":
            return self.table(pg, b[1])
        if k == "sig":
            return self.sig.format(pg.no(b[1], force=True))
        if k == "x":
            for s in b[2]:
                pg.no(s, force=True)
            return b[1]
        raise ValueError(f"unknown block {k!r}")

    def render(self, pg: Page, blocks) -> str:
        return "\n".join(self.block(pg, b) for b in blocks)


# --- writing -----------------------------------------------------------------------------
def write_site(name: str) -> int:
    mod = importlib.import_module(f"_src.{name}")
    site = mod.SITE
    out = HERE / site["id"]
    out.mkdir(exist_ok=True)
    for old in out.glob("*"):
        old.unlink()
    arts = mod.ARTICLES
    for art in arts:
        pg = Page()
        htmls = mod.render(art, pg, arts)
        if isinstance(htmls, str):
            htmls = [htmls]
        nn = f"{art['n']:02d}"
        names = [f"{nn}.html"] + [f"{nn}.p{i}.html" for i in range(2, len(htmls) + 1)]
        for fn, doc in zip(names, htmls):
            (out / fn).write_text(unicodedata.normalize("NFC", doc), encoding="utf-8")
        label = {
            "site": site["id"],
            "cms": site["cms"],
            "url": art["url"],
            "title": plain(art["title"]),
            "published": when(art["date"]).date().isoformat(),
            "author": art.get("author"),
            "source": art.get("source"),
            "paragraphs": pg.paras,
            "must_not_appear": pg.mna,
            "pages": names,
        }
        (out / f"{nn}.json").write_text(
            unicodedata.normalize("NFC", json.dumps(label, ensure_ascii=False, indent=1)) + "\n",
            encoding="utf-8")
    for i, doc in enumerate(mod.listings(arts), 1):
        (out / f"listing-{i}.html").write_text(unicodedata.normalize("NFC", doc), encoding="utf-8")
    return len(arts)


# --- checking ----------------------------------------------------------------------------
BLOCK = set("p div br li td th tr h1 h2 h3 h4 h5 h6 ul ol table tbody thead section article "
            "header footer nav figure figcaption blockquote dd dt dl form option select aside "
            "main label button hr iframe center".split())
SKIP = {"script", "style", "noscript", "template", "head", "title"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(doc: str) -> str:
    p = _Text()
    p.feed(doc)
    return norm("".join(p.parts))


def sentences(t: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?;:])\s+", t) if len(s) > 25]


def check() -> list[str]:
    errs: list[str] = []
    seen_sent: dict[str, str] = {}
    sites = cmses = total = 0
    fams = set()
    for d in sorted(p for p in HERE.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        sites += 1
        labels = sorted(d.glob("*.json"))
        listings = sorted(d.glob("listing-*.html"))
        if not (2 <= len(listings) <= 3):
            errs.append(f"{d.name}: {len(listings)} listing pages")
        if not (6 <= len(labels) <= 9):
            errs.append(f"{d.name}: {len(labels)} articles")
        for j in labels:
            total += 1
            raw = j.read_text(encoding="utf-8")
            where = f"{d.name}/{j.name}"
            if unicodedata.normalize("NFC", raw) != raw:
                errs.append(f"{where}: not NFC")
            lab = json.loads(raw)
            fams.add(lab["cms"])
            for k in ("site", "cms", "url", "title", "published", "author", "source",
                      "paragraphs", "must_not_appear", "pages"):
                if k not in lab:
                    errs.append(f"{where}: no {k}")
            if lab["site"] != d.name:
                errs.append(f"{where}: site {lab['site']}")
            dt.date.fromisoformat(lab["published"])  # raises on a date that does not exist
            text = ""
            for pn in lab["pages"]:
                doc = (d / pn).read_text(encoding="utf-8")
                if unicodedata.normalize("NFC", doc) != doc:
                    errs.append(f"{where}: {pn} not NFC")
                text += " " + visible(doc)
            text = norm(text)
            if lab["title"] not in text:
                errs.append(f"{where}: title not visible")
            for k in ("author", "source"):
                if lab[k] is not None and norm(lab[k]) not in text:
                    errs.append(f"{where}: {k} {lab[k]!r} not visible")
            if len(lab["paragraphs"]) < 3:
                errs.append(f"{where}: only {len(lab['paragraphs'])} paragraphs")
            for para in lab["paragraphs"]:
                if para != norm(para):
                    errs.append(f"{where}: paragraph not normalised: {para[:50]}")
                if para not in text:
                    errs.append(f"{where}: paragraph not visible: {para[:70]}")
                for s in sentences(para):
                    if s in seen_sent and seen_sent[s] != where:
                        errs.append(f"{where}: sentence also in {seen_sent[s]}: {s[:60]}")
                    seen_sent.setdefault(s, where)
            body = "\n".join(lab["paragraphs"])
            for s in lab["must_not_appear"]:
                if s not in text:
                    errs.append(f"{where}: must_not_appear not visible: {s[:60]}")
                if s in body:
                    errs.append(f"{where}: must_not_appear inside a gold paragraph: {s[:60]}")
            if lab["author"] and lab["author"] in body:
                errs.append(f"{where}: author name inside the gold text")
    print(f"{sites} sites, {len(fams)} CMS families ({', '.join(sorted(fams))}), {total} labelled pages")
    return errs


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    if "--check" not in sys.argv:
        only = [a for a in sys.argv[1:] if not a.startswith("-")] or SITES
        for s in only:
            print(s, write_site(s))
    problems = check()
    for e in problems:
        print("ERROR", e)
    sys.exit(1 if problems else 0)
