"""Shared parts of writer B's evaluation sites: a story's life over the nights, dates in
Vietnamese formats, counters, routing with a catch-all, and small HTML helpers.

A site module builds its `Story` list the same way on every call (fixed seeds), then renders
the night it is asked for. Nothing here decides how a site looks.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import random
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import parse_qsl, urlsplit

from tests.siteserver import Request, Response

from ._b_prose import Body, Prose

VN = timezone(timedelta(hours=7))
NIGHT0 = datetime(2026, 11, 10, 2, 0, tzinfo=VN)
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

esc = html.escape


def now_of(night: int) -> datetime:
    """The crawler's clock on `night` (LHH_NOW)."""
    return NIGHT0 + timedelta(days=night)


def day_before(night: int, hour: int, minute: int = 0) -> datetime:
    """A moment of the day before night `night`'s crawl (when that night's changes were made)."""
    d = now_of(night) - timedelta(days=1)
    return d.replace(hour=hour, minute=minute)


def weekday(d: date | datetime) -> str:
    return WEEKDAYS[d.weekday()]


def dmy(d: date | datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def http_date(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc), usegmt=True)


def ampm_vn(dt: datetime) -> str:
    """'19/12/2019 1:39 CH' (CH = chiều, PM; SA = sáng, AM)."""
    h = dt.hour % 12 or 12
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {h}:{dt.minute:02d} {'CH' if dt.hour >= 12 else 'SA'}"


def ampm_en(dt: datetime) -> str:
    """'29/02/2020 03:41:14 PM'."""
    h = dt.hour % 12 or 12
    return (f"{dt.day:02d}/{dt.month:02d}/{dt.year} {h:02d}:{dt.minute:02d}:{dt.second:02d} "
            f"{'PM' if dt.hour >= 12 else 'AM'}")


def token(*parts, n: int = 8) -> str:
    """A stable pseudo-random token (session ids, validation strings) from `parts`."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


def spread_dates(rng: random.Random, n: int, start: datetime, end: datetime) -> list[datetime]:
    """`n` publication moments between start and end, newest last, at office hours."""
    span = (end - start).total_seconds()
    points = sorted(rng.random() for _ in range(n))
    out = []
    for p in points:
        d = start + timedelta(seconds=span * p)
        out.append(d.replace(hour=rng.choice([7, 8, 9, 10, 14, 15, 16, 17, 20, 22]),
                             minute=rng.randrange(60), second=rng.randrange(60)))
    return out


# ---------------------------------------------------------------------------------------
# Stories and their nights
# ---------------------------------------------------------------------------------------

@dataclass
class Edit:
    night: int
    paragraph: str
    at: int | None = None  # insert before this paragraph index; None appends
    signalled: bool = False  # does the site's sitemap/feed show the change?
    hour: int = 15

    def when(self) -> datetime:
        return day_before(self.night, self.hour, 20)


@dataclass
class Story:
    id: int
    cat: str
    kind: str
    published: datetime
    title: str
    paragraphs: list[str]
    author: str | None = None
    captions: list[tuple[int, str]] = field(default_factory=list)
    appears: int = 0  # first night it is on the site
    deleted: int | None = None  # first night it is gone
    edits: list[Edit] = field(default_factory=list)
    pages: int = 1  # a multi-page article is split into this many pages
    extra: dict = field(default_factory=dict)  # the site's own fields (slug, path, ...)

    def live(self, night: int) -> bool:
        return self.appears <= night and (self.deleted is None or night < self.deleted)

    def text(self, night: int) -> list[str]:
        paras = list(self.paragraphs)
        for e in sorted(self.edits, key=lambda e: e.night):
            if e.night <= night:
                if e.at is None or e.at >= len(paras):
                    paras.append(e.paragraph)
                else:
                    paras.insert(e.at, e.paragraph)
        return paras

    def modified(self, night: int) -> datetime:
        times = [self.published] + [e.when() for e in self.edits if e.night <= night]
        return max(times)

    def version(self, night: int) -> int:
        return sum(1 for e in self.edits if e.night <= night)

    def page_split(self, night: int) -> list[list[str]]:
        """The text cut into `pages` pages (multi-page articles); edits land on the last."""
        paras = self.text(night)
        if self.pages == 1:
            return [paras]
        base = len(self.paragraphs)
        size = -(-base // self.pages)
        cuts = [paras[i * size:(i + 1) * size] for i in range(self.pages - 1)]
        cuts.append(paras[(self.pages - 1) * size:])
        return cuts


def make_stories(prose: Prose, rng: random.Random, plan: list[tuple[str, str]],
                 dates: list[datetime], authors: list[str | None], first_id: int,
                 id_step: Callable[[random.Random], int] = lambda r: r.randint(1, 9),
                 lead_sentences: int = 1) -> list[Story]:
    """One story per (category, kind) of `plan`, dated by `dates` (same length), ids rising."""
    stories = []
    ident = first_id
    for (cat, kind), when in zip(plan, dates, strict=True):
        length = rng.choice(["short", "normal", "normal", "normal", "long"])
        body: Body = prose.story(kind, when, lead_sentences=lead_sentences, length=length)
        stories.append(Story(ident, cat, kind, when, body.title, body.paragraphs,
                             rng.choice(authors), body.captions))
        ident += id_step(rng)
    return stories


def schedule(rng: random.Random, stories: list[Story], prose: Prose, *,
             new_per_night: list[int], new_plan: Callable[[int, int], tuple[str, str]],
             edits: list[tuple[int, bool]], deletions: list[int], authors: list[str | None],
             id_step: Callable[[random.Random], int] = lambda r: r.randint(1, 9),
             lead_sentences: int = 1, protect: set[int] = frozenset()) -> list[Story]:
    """Add the nights' new stories, then pick which stories get edited and deleted when.

    `new_per_night[k-1]` stories appear on night k (k = 1..7), published the day before;
    `edits` is (night, signalled) per edit; `deletions` the nights of deletions. Stories
    whose id is in `protect` are never edited or deleted (cross-posts, special pages)."""
    ident = max(s.id for s in stories)
    for night, count in enumerate(new_per_night, start=1):
        for j in range(count):
            cat, kind = new_plan(night, j)
            when = day_before(night, rng.choice([8, 9, 10, 14, 15, 16]), rng.randrange(60))
            body = prose.story(kind, when, lead_sentences=lead_sentences,
                               length=rng.choice(["short", "normal", "normal"]))
            ident += id_step(rng)
            stories.append(Story(ident, cat, kind, when, body.title, body.paragraphs,
                                 rng.choice(authors), body.captions, appears=night))
    taken = set(protect)
    for night, signalled in edits:
        pool = [s for s in stories if s.appears < night and s.id not in taken and s.pages == 1]
        # half the edits hit recent stories, half old ones deep in the archive
        pool.sort(key=lambda s: s.published)
        half = pool[len(pool) // 2:] if rng.random() < 0.5 else pool[:len(pool) // 2]
        s = rng.choice(half or pool)
        taken.add(s.id)
        at = None if rng.random() < 0.6 else rng.randrange(1, len(s.paragraphs))
        s.edits.append(Edit(night, prose.paragraph(s.kind, day_before(night, 15)), at,
                            signalled, hour=rng.choice([9, 11, 15, 17])))
    for night in deletions:
        pool = [s for s in stories if s.appears < night and s.id not in taken and s.pages == 1]
        s = rng.choice(pool)
        taken.add(s.id)
        s.deleted = night
    return stories


@dataclass
class NightChanges:
    new: list[str]
    edited: dict[str, str]
    deleted: list[str]
    signalled: list[str]


def night_changes(stories: list[Story], night: int, path: Callable[[Story], str],
                  deletion_signalled: bool = False) -> NightChanges:
    new = [path(s) for s in stories if night > 0 and s.appears == night]
    edited = {}
    signalled = []
    for s in stories:
        for e in s.edits:
            if e.night == night and night > 0 and s.live(night):
                edited[path(s)] = e.paragraph
                if e.signalled:
                    signalled.append(path(s))
    deleted = [path(s) for s in stories if night > 0 and s.deleted == night]
    if deletion_signalled:
        signalled += deleted
    return NightChanges(new, edited, deleted, signalled)


# ---------------------------------------------------------------------------------------
# Serving
# ---------------------------------------------------------------------------------------

class Counter:
    """A visit counter that grows every night and on every request (thread-safe)."""

    def __init__(self, base: int, night: int, per_night: int = 1500):
        self.value = base + night * per_night
        self._lock = threading.Lock()

    def hit(self) -> int:
        with self._lock:
            self.value += random.randint(1, 3)
            return self.value


def split(path: str) -> tuple[str, dict[str, str]]:
    """Path and its query as a dict (last value wins), as a server framework sees them."""
    parts = urlsplit(path)
    return parts.path, dict(parse_qsl(parts.query, keep_blank_values=True))


def lower_query(query: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in query.items()}


class Router:
    """Routes: exact paths first, then (regex over the path without query, handler)."""

    def __init__(self, not_found: Callable[[Request], Response]):
        self.exact: dict[str, Callable[[Request], Response] | Response] = {}
        self.patterns: list[tuple[re.Pattern, Callable[..., Response | None]]] = []
        self.not_found = not_found

    def add(self, path: str, route) -> None:
        self.exact[path] = route

    def pattern(self, regex: str, handler: Callable[..., Response | None], flags=0) -> None:
        self.patterns.append((re.compile(regex, flags), handler))

    def fallback(self, request: Request) -> Response:
        bare, query = split(request.path)
        for rx, handler in self.patterns:
            m = rx.fullmatch(bare)
            if m:
                out = handler(request, m, query)
                if out is not None:
                    return out
        return self.not_found(request)

    def routes(self, wrap: Callable | None = None) -> dict:
        out = {}
        for path, route in self.exact.items():
            out[path] = wrap(route) if wrap else route
        out["*"] = wrap(self.fallback) if wrap else self.fallback
        return out


def html_response(body: str, status: int = 200, **kw) -> Response:
    return Response(body, status=status, **kw)


def text_response(body: str, content_type: str = "text/plain; charset=utf-8", **kw) -> Response:
    return Response(body, content_type=content_type, **kw)


def xml_response(body: str, **kw) -> Response:
    return Response(body, content_type="application/xml; charset=utf-8", **kw)


def etag_of(*parts) -> str:
    return '"' + hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:16] + '"'


_PDF_TEMPLATE = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                 b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                 b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                 b"trailer<</Root 1 0 R>>\n%%EOF\n")


def pdf_response(name: str) -> Response:
    return Response(_PDF_TEMPLATE + b"% " + name.encode() + b"\n", content_type="application/pdf")


def doc_response(name: str) -> Response:
    # an OLE2 header and some padding: enough to look like a .doc to anything sniffing it
    return Response(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + name.encode(),
                    content_type="application/msword")


def paras_html(paras: list[str], captions: list[tuple[int, str]], para: Callable[[str], str],
               figure: Callable[[str, int], str]) -> str:
    """Paragraphs with image blocks after some of them (captions are not article text)."""
    after = {}
    for i, cap in captions:
        after.setdefault(i, []).append(cap)
    out = []
    n = itertools.count(1)
    for i, p in enumerate(paras):
        out.append(para(p))
        for cap in after.get(i, []):
            out.append(figure(cap, next(n)))
    return "\n".join(out)


def first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.!?…])(\s|$)", text)
    return m.group(1) if m else text


def sentences(text: str, k: int) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“])", text)
    return " ".join(parts[:k])


def camera_name(rng: random.Random, when: datetime) -> str:
    """Caption text that is really a camera file name ('IMG 20191219 093512')."""
    style = rng.choice(["IMG {d} {t}", "IMG_{d}_{t}", "DSC0{n}", "z{z}_{h}"])
    return style.format(d=when.strftime("%Y%m%d"), t=f"{rng.randrange(70000, 175959):06d}",
                        n=rng.randrange(1000, 9999), z=rng.randrange(4000000, 4999999),
                        h=hashlib.md5(str(when).encode()).hexdigest()[:12])
