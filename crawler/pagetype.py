"""Tell an article page from a listing or any other page by its structure; no fetching.

An article has a long run of running text that links hardly interrupt (its body);
a listing has many headline links each followed by a short teaser. This is measured
on the page itself, so it works on CMS families never seen before. Cheap enough to run
in the crawl's callback (a few milliseconds a page); full extraction happens later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "select", "option",
         "button", "iframe", "svg", "textarea", "template", "head"}
_BLOCK = {"p", "div", "td", "th", "li", "ul", "ol", "table", "tr", "section", "article",
          "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "dl", "form",
          "main", "aside", "figure", "figcaption", "pre", "center", "tbody", "body", "br"}
_CHROME = re.compile(r"\b(menu|nav|footer|header|sidebar|breadcrumb|banner|copyright)\b", re.I)
_NOT_FOUND = re.compile(
    r"không tồn tại|không tìm thấy|đã bị xóa|đã bị xoá|đã bị gỡ|bị gỡ bỏ|page not found|"
    r"not found|lỗi 404|\b404\b|trang bạn yêu cầu|bài viết không|no longer available",
    re.IGNORECASE,
)

ARTICLE_RUN = 400  # chars of running text that only an article body has
ARTICLE_RUN_WITH_MARKUP = 150  # when the markup itself says "this is an article"
# On a page full of headline links, the body must stand out from the other runs of text:
# a listing's runs are its teasers, all of a size.
TEASER_RATIO = 1.4


@dataclass(frozen=True)
class PageInfo:
    kind: str  # article | listing | other
    body_chars: int  # the longest run of running text
    headline_links: int  # links whose anchor reads like a headline, outside menus
    canonical: str | None
    soft404: bool
    article_markup: bool


def _blocks(doc: html.HtmlElement) -> list[tuple[int, int]]:
    """(text chars, link chars) of each block of visible text, in reading order."""
    blocks: list[list[int]] = [[0, 0]]

    def walk(el, in_link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP or "display:none" in (el.get("style") or "").replace(" ", ""):
            return
        link = in_link or tag == "a"
        if tag in _BLOCK:
            blocks.append([0, 0])
        if el.text and tag:
            n = len(el.text.strip())
            blocks[-1][0] += n
            blocks[-1][1] += n if link else 0
        for child in el:
            walk(child, link)
            if child.tail:
                n = len(child.tail.strip())
                blocks[-1][0] += n
                blocks[-1][1] += n if link else 0
        if tag in _BLOCK:
            blocks.append([0, 0])

    body = doc.find("body")
    walk(body if body is not None else doc, False)
    return [(t, a) for t, a in blocks if t]


def text_runs(doc: html.HtmlElement) -> list[int]:
    """Chars of each stretch of blocks that are running text, not links; longest first."""
    runs, run = [], 0
    for text, linked in _blocks(doc):
        if linked > 20 and linked / text > 0.33:  # a headline link or a menu: run broken
            if run:
                runs.append(run)
            run = 0
            continue
        run += text - linked
    if run:
        runs.append(run)
    return sorted(runs, reverse=True) or [0]


def _article_markup(doc: html.HtmlElement) -> bool:
    if doc.xpath("//meta[@property='og:type' and contains(@content,'article')]"):
        return True
    if doc.xpath("//*[@itemprop='articleBody' or @property='articleBody']"):
        return True
    for script in doc.xpath("//script[@type='application/ld+json']/text()"):
        if re.search(r'"@type"\s*:\s*"(News|Blog)?(Article|Posting)"', script):
            return True
    return len(doc.xpath("//article")) == 1 and bool(doc.xpath("//article//h1"))


def canonical_link(doc: html.HtmlElement) -> str | None:
    for link in doc.xpath("//link[@rel='canonical'][@href]"):
        return link.get("href").strip() or None
    return None


def headline_links(doc: html.HtmlElement) -> int:
    count = 0
    for anchor in doc.iterfind(".//a[@href]"):
        words = anchor.text_content().split()
        if len(words) >= 6 and not any(
            _CHROME.search((a.get("class") or "") + " " + (a.get("id") or ""))
            or a.tag in ("nav", "header", "footer")
            for a in anchor.iterancestors()
        ):
            count += 1
    return count


def classify(doc: html.HtmlElement, *, is_home: bool = False) -> PageInfo:
    runs = text_runs(doc)
    run = runs[0]
    markup = _article_markup(doc)
    links = headline_links(doc)
    heading = " ".join(
        doc.xpath("string(//title)").split() + doc.xpath("string((//h1)[1])").split()
    )
    soft404 = run < ARTICLE_RUN and bool(_NOT_FOUND.search(heading) or (
        run < 200 and _NOT_FOUND.search(" ".join(doc.xpath("string(//body)").split())[:3000])
    ))
    if is_home or soft404:
        kind = "other" if soft404 else "listing"
    elif (run >= ARTICLE_RUN or (markup and run >= ARTICLE_RUN_WITH_MARKUP)) and (
        markup or links < 5 or len(runs) < 2 or run >= TEASER_RATIO * runs[1]
    ):
        kind = "article"
    elif links >= 5:
        kind = "listing"
    else:
        kind = "other"
    return PageInfo(kind, run, links, canonical_link(doc), soft404, markup)


def says_not_found(doc: html.HtmlElement) -> bool:
    """The page says, anywhere in its text, that what was asked for is not there.

    Too loose to judge an unknown page by (a headline may say it), but enough for a
    page that used to be an article and now is not one: a soft 404."""
    return bool(_NOT_FOUND.search(" ".join(doc.xpath("string(//body)").split())))
