"""Rewrite how a page lays out its article into plain paragraphs; never removes text.

trafilatura reads paragraphs (<p>, list items, table cells of data). Association sites lay
their articles out otherwise: text written straight into a cell or a <font> between
<br>s, paragraphs as bare <div>s, layout tables, <figure>s whose captions are text. Each
function here rewrites one such habit in place, on the tree extraction works on; the
words stay where they are.
"""

from __future__ import annotations

from lxml import etree

from crawler.boilerplate import INLINE

BLOCKISH = frozenset("p div table ul ol h1 h2 h3 h4 h5 h6 blockquote section article dl".split())
# Containers whose loose text becomes paragraphs (not <p> itself: a paragraph's <br> is a
# line break trafilatura already honours, and not lists or tables, which have their items).
_CONTAINERS = ("div", "td", "th", "font", "span", "section", "article", "center", "main")


def _inline(el) -> bool:
    return isinstance(el.tag, str) and el.tag in INLINE and el.tag != "br"


def _block(el) -> bool:
    return isinstance(el.tag, str) and el.tag not in INLINE


def _has_loose_text(el) -> bool:
    if (el.text or "").strip():
        return True
    return any((c.tail or "").strip() for c in el)


def wrap_loose_text(core) -> None:
    """Text written straight into a container beside blocks or between <br>s becomes <p>s.

    Old CMSs write an article as one cell (or one <font>) of text runs separated by <br>s,
    with images in <div>s among them; trafilatura loses a run that follows such a div (it
    is the div's tail). Each run between blocks and <br>s is wrapped in a <p> of its own,
    inline markup and all, which is how a browser shows it.
    """
    if core is None:
        return
    for el in list(core.iter(*_CONTAINERS)):
        children = [c for c in el if isinstance(c.tag, str) or c.tail]
        if not _has_loose_text(el) or not any(
            _block(c) or c.tag == "br" for c in children if isinstance(c.tag, str)
        ):
            continue
        if el.tag in INLINE:  # <font>/<span> holding blocks: a block in all but name
            el.tag = "div"
        for item in _runs(el):
            el.append(item)


def _runs(el) -> list:
    """Empty `el` and return its content regrouped: blocks as they were, each run of text
    and inline markup between blocks and <br>s in a new <p>."""
    items: list = []
    para = None
    pieces = [el.text] if (el.text or "").strip() else []
    el.text = None
    for child in list(el):
        el.remove(child)
        pieces.append(child)
        if (child.tail or "").strip():
            pieces.append(child.tail)
        child.tail = None
    for piece in pieces:
        if isinstance(piece, str):
            if para is None:
                para = etree.Element("p")
                items.append(para)
            if len(para):
                para[-1].tail = (para[-1].tail or "") + piece
            else:
                para.text = (para.text or "") + piece
        elif piece.tag == "br":
            para = None  # a <br> between runs ends a paragraph
        elif _inline(piece) or not isinstance(piece.tag, str):
            if para is None:
                para = etree.Element("p")
                items.append(para)
            para.append(piece)  # inline markup (and comments) stay in their run
        else:
            para = None
            items.append(piece)
    return items


def paragraphise(core) -> None:
    """Inside the article's block, a <div> holding only inline text is a paragraph.

    Portals write paragraphs as bare <div>s; trafilatura keeps some and drops others."""
    if core is None:
        return
    wrap_loose_text(core)
    for el in core.iter("div"):
        if (
            el is not core
            and not any(isinstance(c.tag, str) and c.tag not in INLINE for c in el)
            and "".join(el.itertext()).strip()
        ):
            el.tag = "p"


MAX_CELL = 150  # characters: a data table's cells are short; a layout table's hold text


def _cells(row) -> list:
    return [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _cell_text(cell) -> str:
    return " ".join("".join(cell.itertext()).split())


def flatten_data_tables(tree) -> None:
    """A table of data becomes one paragraph per row, its cells separated by spaces, as a
    reader copies it (the row, not each cell, is the unit: "1 Hội Y học huyện 120").

    Data: two rows or more of two cells or more, every cell short, no table inside. Left
    to trafilatura, a table whose cells hold <p>s (pasted from a word processor) comes out
    one cell per line, and cells holding only a number are lost."""
    for table in list(tree.iter("table")):
        if table.getparent() is None or any(t is not table for t in table.iter("table")):
            continue  # gone with an outer table, or holding tables: layout
        rows = [r for r in table.iter("tr") if _cells(r)]
        if len(rows) < 2 or sum(1 for r in rows if len(_cells(r)) >= 2) < max(2, len(rows) // 2):
            continue
        texts = [[_cell_text(c) for c in _cells(r)] for r in rows]
        if any(len(t) > MAX_CELL for row in texts for t in row):
            continue
        holder = etree.Element("div")
        for row in texts:
            line = " ".join(t for t in row if t)
            if line:
                etree.SubElement(holder, "p").text = line
        holder.tail = table.tail
        table.getparent().replace(table, holder)


def unlayout(tree) -> None:
    """Tables used for layout become <div>s.

    A table whose cells hold paragraphs, or of a single column, would come out as one
    "| ... |" line; its cells are blocks of text, not data."""
    for table in list(tree.iter("table")):
        rows = list(table.iter("tr"))
        cells = [c for r in rows for c in r if c.tag in ("td", "th")]
        single_column = all(sum(1 for c in r if c.tag in ("td", "th")) <= 1 for r in rows)
        holds_blocks = any(
            isinstance(x.tag, str) and x.tag in BLOCKISH for c in cells for x in c.iterdescendants()
        )
        if single_column or holds_blocks:
            for el in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
                el.tag = "div"


def unfigure(tree) -> None:
    """<figure>s become <div>s and their captions <p>s: trafilatura drops figures, and a
    caption may be text (placeholders are filtered later)."""
    for el in tree.iter("figcaption", "figure"):
        nested = any(isinstance(c.tag, str) and c.tag not in INLINE for c in el)
        el.tag = "p" if el.tag == "figcaption" and not nested else "div"
        el.attrib.pop("class", None)  # trafilatura skips "caption" classes
        for c in el.iter("p"):
            c.attrib.pop("class", None)
