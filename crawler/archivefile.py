"""Tell whether a file is an lhh archive before anything opens it; only reads, never writes.

`Store.open` migrates whatever it is given, so a `--db` pointing at a PDF, at another
program's SQLite database or at a typo'd path of someone's data must be recognised
first. Recognition reads the file's header and its schema through a read-only, immutable
SQLite connection: the file stays byte-identical and no -wal/-shm file is left behind.
"""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path

from crawler.schema import migrations

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils' Migrations records what ran


class ArchiveState(Enum):
    MISSING = "missing"  # no file: a crawl creates the archive
    NEW = "new"  # an empty file, or SQLite without tables: a crawl may build the archive in it
    OURS = "ours"  # an lhh archive (its migrations are recorded)


class NotAnArchive(Exception):
    """The file is something else; the message is one line naming it."""


def archive_state(path: str | Path) -> ArchiveState:
    """What `path` holds; raise NotAnArchive for a file that is not (and cannot become) ours."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return ArchiveState.MISSING
    except OSError as exc:
        raise NotAnArchive(f"cannot read {path}: {exc.strerror or exc}") from None
    if not header:
        return ArchiveState.NEW
    if header != SQLITE_MAGIC:
        raise NotAnArchive(f"{path} is not an SQLite database, so not an lhh archive; "
                           "it was left untouched (choose another --db)")
    try:
        tables, sets = _schema(path)
    except sqlite3.Error as exc:
        raise NotAnArchive(f"{path} cannot be read as an SQLite database ({exc}); "
                           "it was left untouched (choose another --db)") from None
    if migrations.name in sets:
        return ArchiveState.OURS
    if not (tables - {MIGRATIONS_TABLE}) and not sets:
        return ArchiveState.NEW  # no tables yet, or a first crawl stopped before its first step
    shown = sorted(tables)
    listed = ", ".join(shown[:5]) + (", …" if len(shown) > 5 else "")
    raise NotAnArchive(f"{path} is another program's SQLite database (tables: {listed}), "
                       "not an lhh archive; it was left untouched (choose another --db)")


def _schema(path: Path) -> tuple[set[str], set[str]]:
    """Table names and the migration sets recorded, read without writing anything.

    `immutable=1` takes no locks and creates no journal, -wal or -shm file. It would miss
    what sits in a live write-ahead log, so a database that has one (a crawl running now,
    or a program killed mid-write) is read through SQLite's ordinary read-only mode instead,
    which then finds the -wal and -shm it needs already there.
    """
    live = Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    uri = path.resolve().as_uri() + ("?mode=ro" if live else "?mode=ro&immutable=1")
    conn = sqlite3.connect(uri, uri=True)
    try:
        tables = {name for (name,) in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")}
        sets: set[str] = set()
        if MIGRATIONS_TABLE in tables:
            try:
                sets = {name for (name,) in conn.execute(
                    f"select distinct migration_set from {MIGRATIONS_TABLE}")}
            except sqlite3.OperationalError:  # a table of that name with another shape
                sets = {"?"}
        return tables, sets
    finally:
        conn.close()
