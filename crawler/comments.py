"""Find readers' comment areas by the names CMSs give them, and drop them; never extracts text.

trafilatura drops an area whose class *starts* with "comment"; these CMSs name theirs
otherwise: Drupal's `<section class="field field--name-comment … comment-wrapper">` (with
"Đăng nhập để gửi ý kiến" for visitors), WordPress's `comments-area` and `#respond`,
Facebook's `fb-comments`, Vietnamese themes' `binh-luan` and `y-kien-ban-doc`. An area
so named on a few of a site's pages (the articles with comments open) repeats too seldom
for the site template to learn it.
"""

from __future__ import annotations

import re

from lxml import etree

# One class or id token naming a comment area: the word alone, or with what names an area.
_TOKEN = re.compile(
    r"^(?:comments?|comment[-_]?(?:wrapper|form|list|area|section|box|block|container)s?|"
    r"comments[-_](?:area|wrapper|section|box|block|container)|respond|fb[-_]comments|"
    r"binh[-_]?luan|y[-_]?kien[-_]?ban[-_]?doc|ykienbandoc|binhluan)$",
    re.IGNORECASE)
_NAMED = etree.XPath(".//*[self::section or self::div or self::aside or self::form or "
                     "self::ul or self::ol][@class or @id]")


def comment_areas(tree, keep=()) -> list:
    """The outermost comment areas of `tree`, never one holding an element of `keep` (the
    article's heading and body)."""
    found = []
    for el in _NAMED(tree):
        tokens = [*(el.get("class") or "").split(), el.get("id") or ""]
        if not any(_TOKEN.match(t) for t in tokens if t):
            continue
        if any(k is el or _holds(el, k) for k in keep if k is not None):
            continue
        if any(_holds(outer, el) for outer in found):
            continue
        found.append(el)
    return found


def drop(tree, keep=()) -> int:
    """Remove the comment areas of `tree` (see `comment_areas`); how many went."""
    areas = comment_areas(tree, keep)
    for el in areas:
        el.drop_tree()
    return len(areas)


def _holds(ancestor, el) -> bool:
    return any(a is ancestor for a in el.iterancestors())
