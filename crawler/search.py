"""Full-text search of the archive with Vietnamese folding (`lhh search`); never writes articles.

The index (`articles_fts`, kept by the triggers of migration m400 in schema.py) holds
each title and text twice when it has a đ/Đ: as written, and đ-folded. FTS5's
`remove_diacritics 2` folds the other marks on both sides, so a query folded here
("Điện Biên" → "dien bien") matches the folded copy, and an unfolded query from
`sqlite-utils search` or Datasette ("Điện Biên" → "đien bien") matches the original.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

import click

from crawler.export import DATE, since_clause
from crawler.options import db_option, existing_db

_COMBINING = {cp: None for cp in range(0x300, 0x370)}
_WORD = re.compile(r"\w+(\*?)")
TITLE_WEIGHT = 4.0  # a word in the title says more about the article than one in its text
CANDIDATES = 5000  # matches ranked per query, newest first (see `search`)


class SearchError(Exception):
    """A query FTS5 cannot parse, phrased as one line."""


def fold(text: str) -> str:
    """Lower case, no diacritics, đ → d: "Hội thảo ĐIỆN BIÊN" → "hoi thao dien bien"."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return text.translate(_COMBINING)


def fts_query(query: str, raw: bool = False) -> str:
    """The FTS5 MATCH expression for what the user typed.

    By default every word becomes a quoted term (all must occur; `word*` keeps a prefix
    search), so quotes, dashes or `AND` in user input can never be FTS5 syntax. With
    `raw` the query is FTS5 syntax as written, only đ/Đ folded.
    """
    if raw:
        return query.replace("đ", "d").replace("Đ", "D")
    terms = [f'"{m.group(0).rstrip("*")}"{m.group(1)}' for m in _WORD.finditer(fold(query))]
    if not terms:
        raise SearchError(f"nothing to search for in {query!r}")
    return " ".join(terms)


@dataclass
class Hit:
    id: int
    site: str
    published: str | None
    title: str | None
    url: str
    snippet: str
    rank: float


def search(db, query: str, sites: tuple[str, ...] = (), since: str | None = None,
           limit: int = 20, raw: bool = False, mark: tuple[str, str] = ("<b>", "</b>")
           ) -> list[Hit]:
    """Best-first (bm25) articles matching `query`, with a highlighted snippet each."""
    match = fts_query(query, raw)
    where, params = ["articles_fts match ?"], [match]
    if sites or since:
        # Filters read the (site, published) index, never the wide article rows.
        inner, inner_params = ["1"], []
        if sites:
            inner.append(f"a.site in ({', '.join('?' for _ in sites)})")
            inner_params.extend(sites)
        if since:
            clause, value = since_clause(since)
            inner.append(clause)
            inner_params.append(value)
        where.append(f"rowid in (select a.id from articles a where {' and '.join(inner)})")
        params.extend(inner_params)
    # bm25 costs a few µs per matching row: a word found in most articles would cost
    # hundreds of ms at 100k articles, so ranking covers the newest CANDIDATES matches.
    sql = (
        "select id, rank from (select rowid as id,"
        f" bm25(articles_fts, {TITLE_WEIGHT}, 1.0) as rank from articles_fts"
        f" where {' and '.join(where)} order by rowid desc limit {CANDIDATES})"
        " order by rank limit ?"
    )
    try:
        ranked = db.execute(sql, [*params, limit]).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchError(f"malformed search query {query!r}: {exc}") from None
    terms = _query_terms(query)
    hits = []
    for article_id, rank in ranked:
        row = db.execute(
            "select site, published, title, url, text from articles where id = ?", [article_id]
        ).fetchone()
        site, published, title, url, text = row
        hits.append(Hit(article_id, site, published, title, url,
                        snippet(text or "", terms, mark), rank))
    return hits


def _query_terms(query: str) -> list[tuple[str, bool]]:
    """Folded words of the query with whether each is a prefix (`word*`)."""
    reserved = {"and", "or", "not", "near"}
    return [
        (m.group(0).rstrip("*"), bool(m.group(1)))
        for m in _WORD.finditer(fold(query))
        if m.group(0).rstrip("*") not in reserved
    ]


def snippet(text: str, terms: list[tuple[str, bool]], mark=("<b>", "</b>"),
            width: int = 200) -> str:
    """About `width` characters of `text` around the most query words, those words marked.

    Done here rather than with FTS5's snippet(): the index holds folded copies the
    stored text does not, so FTS5 would miss every match on a word with đ.
    """
    folded = _aligned_fold(text)
    words = "|".join(re.escape(t) + (r"\w*" if prefix else "") for t, prefix in terms)
    hits = [m.span() for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", folded)] if words else []
    # The window starting at the hit that has the most hits within `width` after it.
    best, best_count, last = 0, 0, 0
    for i, (first, _) in enumerate(hits):
        while last < len(hits) and hits[last][1] <= first + width:
            last += 1
        if last - i > best_count:
            best, best_count = first, last - i
    start = max(0, best - width // 5)
    start = _word_start(text, start)
    stop = _word_end(text, min(len(text), start + width))
    pieces, cursor = [], start
    for s, e in hits:
        if s >= start and e <= stop:
            pieces += [text[cursor:s], mark[0], text[s:e], mark[1]]
            cursor = e
    pieces.append(text[cursor:stop])
    body = " ".join("".join(pieces).split())
    return f"{'… ' if start > 0 else ''}{body}{' …' if stop < len(text) else ''}"


def _aligned_fold(text: str) -> str:
    """fold(text) with one character per character of `text`, so offsets agree."""
    folded = fold(text)
    if len(folded) == len(text):  # Vietnamese NFC always: each letter folds to one
        return folded
    return "".join(fold(ch)[:1] or ch for ch in text)


def _word_start(text: str, index: int) -> int:
    while 0 < index < len(text) and text[index - 1].isalnum():
        index -= 1
    return index


def _word_end(text: str, index: int) -> int:
    while index < len(text) and text[index].isalnum():
        index += 1
    return index


@click.command("search")
@click.argument("query")
@db_option
@click.option("--site", "sites", multiple=True, metavar="ID", help="Only this site (repeatable).")
@click.option("--since", type=DATE, help="Published on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--raw", is_flag=True, help="QUERY is FTS5 syntax (AND, OR, NEAR, \"phrases\").")
def search_command(query, db_path: Path, sites, since, limit, as_json, raw):
    """Search the archive: "hoi thao", "Hội thảo" and "HỘI THẢO" find the same articles."""
    from crawler.store import Store

    store = Store.open(existing_db(db_path))
    try:
        mark = ("<b>", "</b>") if as_json else ("\x1b[1;33m", "\x1b[0m")
        hits = search(store.db.conn, query, sites, since, limit, raw, mark)
    except SearchError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    for hit in hits:
        if as_json:
            click.echo(json.dumps(asdict(hit), ensure_ascii=False))
        else:
            click.echo(click.style(hit.title or "(untitled)", bold=True))
            click.echo(f"  {hit.site} · {hit.published or 'undated'} · {hit.url}")
            click.echo(f"  {hit.snippet}\n")
    if not hits and not as_json:
        click.echo("no matching articles", err=True)
    sys.stdout.flush()
