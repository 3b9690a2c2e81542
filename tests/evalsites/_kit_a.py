"""Writer A's shared pieces for building evaluation sites: clock, timeline, feeds, sitemaps.

Not a site and not scoring. A site module keeps a list of `Art` (every article it will ever
publish, with the night it appears, edits and deletion), renders its own HTML from them, and
uses these helpers for what all CMSs share: Vietnamese dates, RSS/sitemap XML, HTTP dates,
per-request counters, small binary documents and the `Gold` labels of a night.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

from .model import Gold
from .server import Response

VN = timezone(timedelta(hours=7))
FIRST_NIGHT = datetime(2026, 11, 10, 2, 0, tzinfo=VN)
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WEEKDAYS_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def now(night: int) -> datetime:
    """The crawl's clock on `night` (LHH_NOW)."""
    return FIRST_NIGHT + timedelta(days=night)


def today(night: int) -> date:
    return now(night).date()


def edit_time(night: int, minute: int = 0) -> datetime:
    """When an edit or a new post of `night` was made: the afternoon before the crawl."""
    return now(night) - timedelta(hours=9, minutes=17 - minute % 17)


def http_date(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc), usegmt=True)


def dmy(d: date | datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def weekday(d: date | datetime) -> str:
    return WEEKDAYS[d.weekday()]


def header_today(night: int) -> str:
    """'Thứ ba, 10/11/2026': the site clock shown in headers; changes every night."""
    d = today(night)
    return f"{weekday(d)}, {dmy(d)}"


def slugify(text: str, keep_case: bool = False) -> str:
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    if not keep_case:
        text = text.lower()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return text


def lossy_alias(text: str) -> str:
    """A Joomla alias made by a filter that dropped every accented letter ('hoi-ngh-')."""
    out = []
    for ch in nfc(text).lower():
        if ch.isascii() and (ch.isalnum()):
            out.append(ch)
        elif ch.isascii() or ch.isspace():
            out.append("-")
        # non-ASCII letters are dropped
    return re.sub(r"-+", "-", "".join(out)).strip("-")


@dataclass
class Art:
    """One article across the week: what it says, where it lives, when it changes."""

    num: int  # the CMS's numeric id
    title: str
    published: datetime  # Vietnam time
    author: str | None
    paragraphs: list[str]
    cat: str = ""
    tags: list[str] = field(default_factory=list)
    appear: int = 0  # first night it is online
    delete: int | None = None  # first night it is gone
    delete_kind: str = "404"  # '404', '410' or 'soft'
    edits: list[tuple[int, str]] = field(default_factory=list)  # (night, paragraph appended)
    signalled_edit: bool = False  # does a sitemap lastmod / feed item show its edits?
    signalled_delete: bool = False  # does a complete sitemap drop it?
    extra: dict = field(default_factory=dict)

    def live(self, night: int) -> bool:
        return self.appear <= night and (self.delete is None or night < self.delete)

    def paras(self, night: int) -> list[str]:
        return self.paragraphs + [p for n, p in self.edits if n <= night]

    def modified(self, night: int) -> datetime:
        done = [n for n, _ in self.edits if n <= night]
        return edit_time(max(done), self.num) if done else self.published

    def version(self, night: int) -> int:
        return sum(1 for n, _ in self.edits if n <= night)


def live(arts: list[Art], night: int) -> list[Art]:
    """Articles online on `night`, newest first."""
    return sorted((a for a in arts if a.live(night)), key=lambda a: (a.published, a.num), reverse=True)


@dataclass
class Changes:
    new: list[str]
    edited: dict[str, str]
    deleted: list[str]
    signalled: list[str]


def changes(arts: list[Art], night: int, path_of) -> Changes:
    """What changed between night-1 and `night` (nothing on night 0)."""
    c = Changes([], {}, [], [])
    if night == 0:
        return c
    for a in arts:
        if a.appear == night:
            c.new.append(path_of(a))
        for n, p in a.edits:
            if n == night and a.live(night):
                c.edited[path_of(a)] = p
                if a.signalled_edit:
                    c.signalled.append(path_of(a))
        if a.delete == night:
            c.deleted.append(path_of(a))
            if a.signalled_delete:
                c.signalled.append(path_of(a))
    return c


def golds(arts: list[Art], night: int, path_of, aliases_of=lambda a: [], reach_of=lambda a: "listing",
          paragraphs_of=None) -> list[Gold]:
    out = []
    for a in live(arts, night):
        paras = paragraphs_of(a, night) if paragraphs_of else a.paras(night)
        out.append(Gold(path_of(a), a.title, a.published.date().isoformat(), a.author,
                        [nfc(p) for p in paras], list(aliases_of(a)), reach_of(a)))
    return out


# -- responses ---------------------------------------------------------------------------

COUNTER = "{{LUOT_TRUY_CAP}}"


def page(body: str, *, status: int = 200, etag: str | None = None, last_modified: str | None = None,
         headers: dict | None = None, counter_base: int = 0, content_type: str = "text/html; charset=utf-8"):
    """A route: a fixed Response, or one whose visit counter grows with every request."""
    if COUNTER not in body:
        return Response(body, status=status, content_type=content_type, headers=dict(headers or {}),
                        etag=etag, last_modified=last_modified)
    ticks = itertools.count(counter_base)
    lock_free_next = ticks.__next__

    def route(request):
        n = lock_free_next()
        return Response(body.replace(COUNTER, f"{n:,}".replace(",", ".")), status=status,
                        content_type=content_type, headers=dict(headers or {}), etag=etag,
                        last_modified=last_modified)

    return route


def redirect(location: str, status: int = 301) -> Response:
    return Response(f'<html><body><p>Moved: <a href="{esc(location)}">{esc(location)}</a></p></body></html>',
                    status=status, headers={"Location": location})


def not_found(body: str | None = None, status: int = 404) -> Response:
    return Response(body or "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                    "<p>The requested URL was not found on this server.</p></body></html>", status=status)


def xml(body: str, **kw) -> Response:
    return Response(body, content_type="application/xml; charset=utf-8", **kw)


def rss(title: str, link: str, items: list[dict], *, description: str = "", content_encoded: bool = False,
        last_build: datetime | None = None, self_url: str = "") -> str:
    """RSS 2.0; each item: title, link, guid, pubDate (datetime), description, [content], [creator], [category]."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(title)}</title>", f"<link>{esc(link)}</link>",
           f"<description>{esc(description or title)}</description>", "<language>vi</language>"]
    if self_url:
        out.append(f'<atom:link href="{esc(self_url)}" rel="self" type="application/rss+xml"/>')
    if last_build:
        out.append(f"<lastBuildDate>{http_date(last_build)}</lastBuildDate>")
    for it in items:
        out.append("<item>")
        out.append(f"<title>{esc(it['title'])}</title><link>{esc(it['link'])}</link>")
        out.append(f'<guid isPermaLink="{"true" if it.get("guid", it["link"]) == it["link"] else "false"}">'
                   f"{esc(it.get('guid', it['link']))}</guid>")
        out.append(f"<pubDate>{http_date(it['pubDate'])}</pubDate>")
        if it.get("creator"):
            out.append(f"<dc:creator><![CDATA[{it['creator']}]]></dc:creator>")
        for c in it.get("category", []):
            out.append(f"<category><![CDATA[{c}]]></category>")
        out.append(f"<description><![CDATA[{it.get('description', '')}]]></description>")
        if content_encoded and it.get("content"):
            out.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out)


def urlset(entries: list[tuple[str, str | None]], *, images: bool = False) -> str:
    """A sitemap: (absolute url, lastmod text or None)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for loc, lastmod in entries:
        out.append(f"<url><loc>{esc(loc)}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>")
    out.append("</urlset>")
    return "\n".join(out)


def sitemapindex(entries: list[tuple[str, str | None]]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for loc, lastmod in entries:
        out.append(f"<sitemap><loc>{esc(loc)}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
                   + "</sitemap>")
    out.append("</sitemapindex>")
    return "\n".join(out)


def w3c(dt: datetime) -> str:
    return dt.astimezone(VN).isoformat(timespec="seconds")


def robots(lines: list[str]) -> Response:
    return Response("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def pdf_bytes(title: str) -> bytes:
    """A tiny but well-formed PDF with one line of (ASCII) text."""
    text = slugify(title).replace("-", " ")[:80]
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf(title: str) -> Response:
    return Response(pdf_bytes(title), content_type="application/pdf")


def doc(title: str, filename: str = "") -> Response:
    """An old Word document (magic bytes and some text; enough for a crawler to see a .doc)."""
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + nfc(title).encode("utf-16-le") + b"\x00" * 256
    headers = {"Content-Disposition": f'attachment; filename="{filename or slugify(title)[:40] + ".doc"}"'}
    return Response(body, content_type="application/msword", headers=headers)


def jpeg() -> Response:
    return Response(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
                    content_type="image/jpeg")


def camera_name(num: int, when: datetime) -> str:
    """A caption as editors leave it: the camera's file name."""
    return f"IMG_{when:%Y%m%d}_{(num * 7919) % 240000:06d}"


def schedule_dates(rng, count: int, start: date, end: date) -> list[datetime]:
    """`count` publication datetimes spread over [start, end], oldest first, office hours mostly."""
    span = (end - start).days
    days = sorted(rng.sample(range(span), count))
    out = []
    for d in days:
        hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 14, 15, 15, 16, 16, 17, 20, 21, 22, 23])
        out.append(datetime.combine(start + timedelta(days=d), datetime.min.time(), VN)
                   .replace(hour=hour, minute=rng.randrange(60)))
    return out


# -- a site's week -----------------------------------------------------------------------

def plan(writer, rng, *, sections: list[tuple[str, int, list[str]]], start: date, end: date,
         new_per_night: list[int], new_sections: list[str], first_id: int, authors: list,
         id_gap: tuple[int, int] = (1, 9)) -> list[Art]:
    """Every article of a site's week: `sections` = (category, how many on night 0, kinds).

    Night-0 articles get publication dates spread over [start, end]; night-n articles are
    published the afternoon before night n's crawl. Ids grow with publication time, with
    gaps (drafts, other modules), as CMS ids do.
    """
    kinds_of = {cat: kinds for cat, _, kinds in sections}
    slots = [cat for cat, count, _ in sections for _ in range(count)]
    rng.shuffle(slots)
    dates = schedule_dates(rng, len(slots), start, end)
    drafts = [(when, cat, 0) for when, cat in zip(dates, slots, strict=False)]
    for night, count in enumerate(new_per_night, 1):
        for k in range(count):
            when = (now(night) - timedelta(hours=rng.randint(7, 15), minutes=rng.randrange(60))).replace(second=0, microsecond=0)
            drafts.append((when, new_sections[(night + k) % len(new_sections)], night))
    drafts.sort(key=lambda d: d[0])
    arts, num = [], first_id
    for when, cat, night in drafts:
        num += rng.randint(*id_gap)
        title, paras = writer.article(rng.choice(kinds_of[cat]), when)
        arts.append(Art(num, title, when, rng.choice(authors), paras, cat=cat, appear=night))
    return arts


def pick_old(arts: list[Art], *, newest: int = 0, skip: set | None = None) -> Art:
    """The `newest`-th newest night-0 article not in `skip` (by num)."""
    pool = [a for a in sorted(arts, key=lambda a: a.published, reverse=True)
            if a.appear == 0 and a.num not in (skip or set()) and not a.edits and a.delete is None]
    return pool[newest]
