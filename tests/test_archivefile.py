"""--db naming something that is not an lhh archive: every command that opens the archive
says so in one line, exits 1 and leaves the file byte-identical, with nothing beside it.

Real files on disk; each command runs in-process (CliRunner) over every kind of foreign
file, and once more for real in a child process (`python -m crawler`)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.archivefile import ArchiveState, NotAnArchive, archive_state
from crawler.cli import cli
from crawler.store import Store
from tests.conftest import run_lhh, write_sites
from tests.siteserver import Response, SiteServer

NOT_SQLITE = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 40


def not_sqlite(path: Path) -> None:
    path.write_bytes(NOT_SQLITE)


def other_articles(path: Path) -> None:
    """Another program's database with a table `articles` of another shape (rollback journal)."""
    conn = sqlite3.connect(path)
    conn.execute("create table articles (slug text primary key, body text, views int)")
    conn.execute("insert into articles values ('a', 'xin chào', 3)")
    conn.commit()
    conn.close()


def other_wal(path: Path) -> None:
    """Another program's database in WAL mode, closed cleanly (no -wal or -shm beside it)."""
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode=wal")
    conn.execute("create table users (id integer primary key, name text)")
    conn.execute("create table sessions (id integer primary key, user int)")
    conn.commit()
    conn.close()


def other_migrations(path: Path) -> None:
    """Another program that also records its migrations the sqlite-utils way."""
    from sqlite_utils import Database, Migrations

    theirs = Migrations("someone-else")

    @theirs()
    def m001(db):
        db["notes"].create({"id": int, "text": str}, pk="id")

    db = Database(path)
    theirs.apply(db)
    db.close()


FOREIGN = {"not-sqlite": not_sqlite, "other-articles": other_articles,
           "other-wal": other_wal, "other-migrations": other_migrations}

COMMANDS = {
    "crawl": ["crawl"],
    "search": ["search", "hội thảo"],
    "export": ["export", "--format", "jsonl", "--out", "-"],
    "stats": ["stats"],
    "runs": ["runs"],
    "dedup list": ["dedup", "list"],
    "dedup undo": ["dedup", "undo", "1"],
    "reextract": ["reextract"],
    "browse": ["browse"],
    "schedule": ["schedule", "--once"],
    "demo": ["demo"],
}


def snapshot(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in directory.iterdir()}


def invocation(command: str, db: Path, tmp_path: Path) -> list[str]:
    args = [*COMMANDS[command], "--db", str(db)]
    if command in ("crawl", "schedule"):
        # A registry of its own, so the archive check is what stops the command.
        sites = write_sites(tmp_path / "sites.yaml",
                            [{"id": "a", "name": "A", "url": "http://127.0.0.1:9/"}])
        args += ["--sites", str(sites)]
    if command == "schedule":
        args += ["--log-dir", str(tmp_path / "logs")]
    return args


@pytest.mark.parametrize("kind", list(FOREIGN))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_foreign_file_is_refused_in_one_line_and_left_untouched(tmp_path, command, kind):
    home = tmp_path / "data"
    home.mkdir()
    db = home / "archive.db"
    FOREIGN[kind](db)
    before = snapshot(home)
    result = CliRunner().invoke(cli, invocation(command, db, tmp_path))
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert str(db) in lines[0] and "not an lhh archive" in lines[0]
    assert snapshot(home) == before  # byte-identical, no -wal/-shm/-journal beside it
    assert not (tmp_path / "logs").exists()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_the_installed_command_refuses_too(tmp_path, command):
    """The same through `python -m crawler`, one file kind per command, in turn."""
    kind = list(FOREIGN)[list(COMMANDS).index(command) % len(FOREIGN)]
    home = tmp_path / "data"
    home.mkdir()
    db = home / "archive.db"
    FOREIGN[kind](db)
    before = snapshot(home)
    run = run_lhh(*invocation(command, db, tmp_path), timeout=60)
    assert run.code == 1, run.stderr
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert "not an lhh archive" in run.stderr and "Traceback" not in run.stderr
    assert snapshot(home) == before


def test_the_message_says_what_the_file_is(tmp_path):
    not_sqlite(tmp_path / "a.db")
    other_articles(tmp_path / "b.db")
    with pytest.raises(NotAnArchive, match="is not an SQLite database"):
        archive_state(tmp_path / "a.db")
    with pytest.raises(NotAnArchive, match=r"another program's SQLite database \(tables: articles\)"):
        archive_state(tmp_path / "b.db")


def test_what_is_not_refused(tmp_path):
    assert archive_state(tmp_path / "missing.db") is ArchiveState.MISSING
    (tmp_path / "empty.db").write_bytes(b"")
    assert archive_state(tmp_path / "empty.db") is ArchiveState.NEW
    conn = sqlite3.connect(tmp_path / "bare.db")  # SQLite, but not a table in it yet
    conn.execute("vacuum")
    conn.close()
    assert (tmp_path / "bare.db").stat().st_size > 0
    assert archive_state(tmp_path / "bare.db") is ArchiveState.NEW
    Store.open(tmp_path / "ours.db").close()
    assert archive_state(tmp_path / "ours.db") is ArchiveState.OURS


def test_a_first_crawl_stopped_before_its_first_migration_is_not_foreign(tmp_path):
    from sqlite_utils import Database

    from crawler.schema import migrations

    db = Database(tmp_path / "a.db")
    migrations.ensure_migrations_table(db)  # what Store.open does before any migration
    db.close()
    assert archive_state(tmp_path / "a.db") is ArchiveState.NEW


def test_a_database_in_use_is_read_through_its_write_ahead_log(tmp_path):
    """Tables still in a live -wal (a writer has it open) are seen: immutable reading of the
    main file alone would take that database for a new, empty one."""
    theirs = sqlite3.connect(tmp_path / "theirs.db")
    theirs.execute("pragma journal_mode=wal")
    theirs.execute("pragma wal_autocheckpoint=0")
    theirs.execute("create table users (id integer primary key)")
    theirs.commit()
    ours = Store.open(tmp_path / "ours.db")
    ours.db.execute("pragma wal_autocheckpoint=0")
    try:
        assert (tmp_path / "theirs.db-wal").exists()
        with pytest.raises(NotAnArchive, match="tables: users"):
            archive_state(tmp_path / "theirs.db")
        assert archive_state(tmp_path / "ours.db") is ArchiveState.OURS
    finally:
        theirs.close()
        ours.close()


@pytest.mark.parametrize("prepare", ["missing", "empty"])
def test_read_commands_keep_their_behaviour_on_a_missing_or_empty_file(tmp_path, prepare):
    db = tmp_path / "archive.db"
    if prepare == "empty":
        db.write_bytes(b"")
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    if prepare == "missing":
        assert result.exit_code == 1 and "no archive at" in result.output
        assert not db.exists()
    else:
        assert result.exit_code == 0, result.output
        assert archive_state(db) is ArchiveState.OURS


def test_crawl_creates_the_archive_in_an_empty_file(tmp_path):
    """A missing file is what every other crawl test starts from; an empty one works too."""
    db = tmp_path / "archive.db"
    db.write_bytes(b"")
    routes = {"/robots.txt": Response("", content_type="text/plain"),
              "/": Response("<html><body><p>Trang chủ</p></body></html>")}
    with SiteServer(routes) as server:
        sites = write_sites(tmp_path / "sites.yaml", [{"id": "a", "name": "A", "url": server.url}])
        run = run_lhh("crawl", "--sites", str(sites), "--db", str(db), "-s", "DOWNLOAD_DELAY=0",
                      timeout=120)
    assert "not an lhh archive" not in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert archive_state(db) is ArchiveState.OURS
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from crawl_runs where site = 'a'").fetchone()[0] == 1
    conn.close()
