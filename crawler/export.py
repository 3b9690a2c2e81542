"""Stream articles as JSONL, CSV, text, Parquet or WARC (`lhh export`); never writes the archive.

Rows come straight off an SQLite cursor in id order and go straight to the writer, so
memory stays flat whatever the archive's size and two exports of one archive are
identical. Only rows of `articles` are exported (the crawl keeps listings elsewhere);
`--include-duplicates` appends the merged copies the dedup stage kept.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import click

from crawler.options import db_option, existing_db

FORMATS = ("jsonl", "txt", "csv", "parquet", "warc")
COLUMNS = (
    "id", "url", "site", "title", "text", "published", "author", "source", "language", "chars",
    "first_seen", "updated_at", "also_at", "gone", "gone_since", "duplicate_of",
)
BATCH = 1000  # Parquet rows per batch: ~1000 texts is a few MB, a useful row group


class DateBound(click.ParamType):
    """YYYY, YYYY-MM or YYYY-MM-DD: compared with the start of `published`."""

    name = "DATE"
    _SHAPE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

    def convert(self, value, param, ctx):
        if not self._SHAPE.match(str(value)):
            self.fail(f"{value!r} is not a date like 2024, 2024-05 or 2024-05-31", param, ctx)
        return str(value)


DATE = DateBound()


def since_clause(since: str) -> tuple[str, str]:
    return "a.published >= ?", since


def until_clause(until: str) -> tuple[str, str]:
    # Compare only as many characters as given, so --until 2024-05 keeps all of May.
    return f"substr(a.published, 1, {len(until)}) <= ?", until


@dataclass(frozen=True)
class Selection:
    sites: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_chars: int = 0
    include_duplicates: bool = False

    def where(self) -> tuple[str, list]:
        clauses, params = ["1"], []
        if self.sites:
            clauses.append(f"a.site in ({', '.join('?' for _ in self.sites)})")
            params.extend(self.sites)
        for bound, make in ((self.since, since_clause), (self.until, until_clause)):
            if bound:
                clause, value = make(bound)
                clauses.append(clause)
                params.append(value)
        if self.min_chars:
            clauses.append("a.chars >= ?")
            params.append(self.min_chars)
        return " and ".join(clauses), params

    def keeps(self, row: dict) -> bool:
        """The same filter in Python, for duplicate copies (they are not in `articles`)."""
        published = row.get("published") or ""
        return (
            (not self.sites or row["site"] in self.sites)
            and (not self.since or (published and published >= self.since))
            and (not self.until or (published and published[: len(self.until)] <= self.until))
            and len(row.get("text") or "") >= self.min_chars
        )


# The other URLs of an article, newline-separated (a URL never holds a newline).
_ALSO_AT = (
    "(select group_concat(u.url, char(10)) from (select url from article_urls"
    " where article_id = a.id and url != a.url order by url) u)"
)
_ARTICLES = (
    "select a.id, a.url, a.site, a.title, a.text, a.published, a.author, a.source, a.language,"
    f" a.chars, a.first_seen, a.updated_at, {_ALSO_AT} as also_at,"
    " a.gone, a.gone_since from articles a where {where} order by a.id"
)
# JSONL is built by SQLite's JSON functions in C: the same fields, several times faster
# than a dict and json.dumps per row. Non-ASCII stays UTF-8, as ensure_ascii=False.
_ARTICLES_JSON = (
    "select json_object('id', a.id, 'url', a.url, 'site', a.site, 'title', a.title,"
    " 'text', a.text, 'published', a.published, 'author', a.author, 'source', a.source,"
    " 'language', a.language,"
    " 'chars', a.chars, 'first_seen', a.first_seen, 'updated_at', a.updated_at,"
    " 'also_at', json((select json_group_array(u.url) from (select url from article_urls"
    "   where article_id = a.id and url != a.url order by url) u)),"
    " 'gone', json(case when a.gone then 'true' else 'false' end), 'gone_since', a.gone_since,"
    " 'duplicate_of', null) from articles a where {where} order by a.id"
)


def count(db: sqlite3.Connection, selection: Selection) -> int:
    where, params = selection.where()
    total = db.execute(f"select count(*) from articles a where {where}", params).fetchone()[0]
    if selection.include_duplicates and _has_duplicates(db):
        total += db.execute("select count(*) from duplicates where undone_at is null").fetchone()[0]
    return total


def records(db: sqlite3.Connection, selection: Selection) -> Iterator[dict]:
    """Export rows (COLUMNS) in a deterministic order: articles by id, then copies."""
    where, params = selection.where()
    cursor = db.execute(_ARTICLES.format(where=where), params)
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        row["also_at"] = row["also_at"].split("\n") if row["also_at"] else []
        row["gone"] = bool(row["gone"])
        row["duplicate_of"] = None
        yield row
    if selection.include_duplicates:
        yield from _duplicates(db, selection)


def json_lines(db: sqlite3.Connection, selection: Selection) -> Iterator[bytes]:
    """The JSONL export as UTF-8 lines (no newline), in the order of `records`."""
    where, params = selection.where()
    # SQLite's UTF-8 goes out as it is: decoding each line to str and back costs more
    # than building it. Only this loop reads bytes; the connection is restored after.
    previous, db.text_factory = db.text_factory, bytes
    try:
        for (line,) in db.execute(_ARTICLES_JSON.format(where=where), params):
            yield line
    finally:
        db.text_factory = previous
    if selection.include_duplicates:
        for row in _duplicates(db, selection):
            yield json.dumps(row, ensure_ascii=False).encode("utf-8")


def _has_duplicates(db: sqlite3.Connection) -> bool:
    return db.execute(
        "select 1 from sqlite_master where type = 'table' and name = 'duplicates'"
    ).fetchone() is not None


def _duplicates(db: sqlite3.Connection, selection: Selection) -> Iterator[dict]:
    from sqlite_utils import Database

    from crawler.dedup import duplicate_records

    for copy in duplicate_records(Database(db)):
        if not selection.keeps(copy):
            continue
        yield {
            "id": None, "url": copy["url"], "site": copy["site"], "title": copy["title"],
            "text": copy["text"], "published": copy["published"], "author": copy["author"],
            "source": copy.get("source"),
            "language": copy.get("language"), "chars": len(copy["text"] or ""),
            "first_seen": copy.get("merged_at"), "updated_at": copy.get("merged_at"),
            "also_at": [], "gone": False, "gone_since": None,
            "duplicate_of": copy["duplicate_of"],
        }


# -- writers: each takes the rows and a binary stream ----------------------------------


def write_jsonl(lines: Iterator[bytes], out) -> None:
    for line in lines:
        out.write(line)
        out.write(b"\n")


def write_csv(rows: Iterator[dict], out) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(COLUMNS)
    for row in rows:
        # A space cannot occur inside a URL: also_at stays one readable cell.
        row = {**row, "also_at": " ".join(row["also_at"]), "gone": int(row["gone"])}
        writer.writerow([row[c] for c in COLUMNS])
    text.detach()


def text_block(row: dict) -> str:
    """An article as clean text: `# ` header lines (title, URL, date), then its paragraphs."""
    header = [f"# {row['title'] or '(untitled)'}", f"# {row['url']}",
              f"# {row['published'] or 'undated'}"]
    if row.get("duplicate_of"):
        header.append(f"# copy of article {row['duplicate_of']}")
    return "\n".join(header) + "\n\n" + (row["text"] or "").strip() + "\n"


def write_txt(rows: Iterator[dict], out) -> None:
    for index, row in enumerate(rows):
        out.write(("\n" if index else "").encode() + text_block(row).encode("utf-8"))


def write_txt_split(rows: Iterator[dict], directory: Path) -> None:
    """One file per article: DIR/<site>/<id>.txt (copies: DIR/<site>/copy-<n>-of-<id>.txt)."""
    copies = 0
    for row in rows:
        folder = directory / row["site"]
        folder.mkdir(parents=True, exist_ok=True)
        if row["id"] is None:
            copies += 1
            name = f"copy-{copies}-of-{row['duplicate_of']}.txt"
        else:
            name = f"{row['id']}.txt"
        (folder / name).write_text(text_block(row), encoding="utf-8")


def write_parquet(rows: Iterator[dict], out) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("id", pa.int64()), ("url", pa.string()), ("site", pa.string()),
        ("title", pa.string()), ("text", pa.string()), ("published", pa.string()),
        ("author", pa.string()), ("source", pa.string()), ("language", pa.string()),
        ("chars", pa.int64()),
        ("first_seen", pa.string()), ("updated_at", pa.string()),
        ("also_at", pa.list_(pa.string())), ("gone", pa.bool_()),
        ("gone_since", pa.string()), ("duplicate_of", pa.int64()),
    ])
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))


# Headers describing the transfer, not the stored (already decoded, whole) body.
_TRANSFER_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "connection"}


def write_warc(rows: Iterator[dict], out, db: sqlite3.Connection) -> int:
    """A WARC response record per article from its page's stored HTML; returns how many
    articles had no stored page body (left out)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from crawler import __version__

    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record(
        "lhh-export.warc.gz",
        {"software": f"lhh-archive {__version__}", "format": "WARC File Format 1.1"},
    ))
    missing = 0
    for row in rows:
        page = db.execute(
            "select status, headers, body, fetched_at from pages where url = ?", [row["url"]]
        ).fetchone()
        if page is None or page[2] is None:
            missing += 1
            continue
        status, headers, body, fetched_at = page
        body = zlib.decompress(body)
        pairs = [(k, v) for k, v in json.loads(headers or "{}").items()
                 if k.lower() not in _TRANSFER_HEADERS]
        pairs.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status or 200} {_reason(status or 200)}", pairs,
                                protocol="HTTP/1.1")
        record = writer.create_warc_record(
            row["url"], "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict={"WARC-Date": _warc_date(fetched_at)},
        )
        writer.write_record(record)
    return missing


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _warc_date(stamp: str | None) -> str:
    # Stored stamps are UTC ISO 8601 with +00:00; WARC wants ...Z.
    if not stamp:
        from crawler.clock import stamp as now

        stamp = now()
    return stamp.replace("+00:00", "Z")


# -- the command -----------------------------------------------------------------------


@contextmanager
def _progress(rows: Iterator[dict], total: int) -> Iterator[Iterator[dict]]:
    """A progress bar on stderr when a person is watching it; the rows untouched otherwise."""
    if not sys.stderr.isatty():
        yield rows
        return
    with click.progressbar(rows, length=total, label="exporting", file=sys.stderr) as bar:
        yield bar


@contextmanager
def _output(path: str):
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with open(path, "wb") as handle:
        yield handle


@click.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS))
@click.option("--out", "out", default="-", show_default=True, metavar="PATH|-",
              help="Output file, or - for stdout.")
@db_option
@click.option("--site", "sites", multiple=True, metavar="ID", help="Only this site (repeatable).")
@click.option("--since", type=DATE, help="Published on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", type=DATE, help="Published on or before DATE (YYYY[-MM[-DD]]).")
@click.option("--min-chars", default=0, type=click.IntRange(0), help="Skip shorter texts.")
@click.option("--include-duplicates", is_flag=True,
              help="Also export the copies merged into other articles (with duplicate_of).")
@click.option("--split", "split_dir", type=click.Path(file_okay=False, path_type=Path),
              help="txt only: one file per article under this directory.")
def export_command(fmt, out, db_path, sites, since, until, min_chars, include_duplicates,
                   split_dir):
    """Export articles as jsonl, txt, csv, parquet or warc (streamed, in id order)."""
    from crawler.store import Store

    if split_dir is not None and fmt != "txt":
        raise click.ClickException("--split works with --format txt only")
    if fmt in ("parquet", "warc") and out == "-" and sys.stdout.isatty():
        raise click.ClickException(f"{fmt} is binary: give --out PATH or redirect stdout")
    selection = Selection(sites, since, until, min_chars, include_duplicates)
    store = Store.open(existing_db(db_path))
    db = store.db.conn
    if include_duplicates and not _dedup_available(db):
        store.close()
        raise click.ClickException("--include-duplicates: this archive has no duplicates table")
    try:
        source = json_lines if fmt == "jsonl" else records
        with _progress(source(db, selection), count(db, selection)) as rows:
            if split_dir is not None:
                write_txt_split(rows, split_dir)
                return
            with _output(out) as stream:
                if fmt == "warc":
                    missing = write_warc(rows, stream, db)
                    if missing:
                        click.echo(f"{missing} article(s) without stored HTML left out", err=True)
                else:
                    {"jsonl": write_jsonl, "csv": write_csv, "txt": write_txt,
                     "parquet": write_parquet}[fmt](rows, stream)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc}") from None
    finally:
        store.close()


def _dedup_available(db: sqlite3.Connection) -> bool:
    try:
        from crawler.dedup import duplicate_records  # noqa: F401
    except ImportError:
        return False
    return _has_duplicates(db)
