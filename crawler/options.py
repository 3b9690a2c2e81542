"""Options and checks shared by every `lhh` command; defines no command itself.

Kept apart from cli.py so that command modules (export, search, schedule...) can use
them while cli.py imports those modules to register their commands.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from crawler.archivefile import ArchiveState, NotAnArchive, archive_state
from crawler.config import ConfigError, load_sites

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
DEFAULT_SITES = "sites.yaml"
# The project's registry travels inside the package (crawler/sites.yaml, a symlink to the
# top-level sites.yaml that the wheel build turns into a copy), so `lhh crawl` works after a
# plain `pip install` in any directory. Resolved: in a checkout it names the top-level file.
PACKAGED_SITES = (Path(__file__).parent / "sites.yaml").resolve()


def db_option(func):
    """--db PATH, else $LHH_DB, else ./archive.db."""
    return click.option(
        "--db",
        "db_path",
        envvar="LHH_DB",
        default="archive.db",
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="Archive database (also $LHH_DB).",
    )(func)


def resolve_sites(given: Path | None) -> Path:
    """--sites FILE, else ./sites.yaml when there is one, else the registry shipped with lhh."""
    if given is not None:
        return given
    local = Path(DEFAULT_SITES)
    return local if local.exists() else PACKAGED_SITES


def sites_option(func):
    """--sites FILE for every command reading the registry, resolved by `resolve_sites`."""
    return click.option(
        "--sites",
        "sites_path",
        default=None,
        show_default=f"./{DEFAULT_SITES}, else the registry shipped with lhh",
        type=click.Path(dir_okay=False, path_type=Path),
        callback=lambda _ctx, _param, value: resolve_sites(value),
        help="Registry of sites (YAML).",
    )(func)


def check_archive(db_path: Path) -> ArchiveState:
    """The one check of what --db names: anything but an lhh archive (or nothing yet) is a
    one-line error, and the file is left untouched."""
    try:
        return archive_state(db_path)
    except NotAnArchive as exc:
        raise click.ClickException(str(exc)) from None


def existing_db(db_path: Path) -> Path:
    """Commands that read the archive refuse to create an empty one by accident, and refuse
    a file that is not an archive."""
    if check_archive(db_path) is ArchiveState.MISSING:
        raise click.ClickException(f"no archive at {db_path} (run `lhh crawl` or `lhh demo`)")
    return db_path


def load_registry(sites_path: Path, wanted: tuple[str, ...] = ()):
    try:
        sites = load_sites(sites_path)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    if wanted:
        known = {s.id: s for s in sites}
        missing = [w for w in wanted if w not in known]
        if missing:
            raise click.ClickException(
                f"{sites_path}: no site with id {', '.join(map(repr, missing))}"
            )
        return [known[w] for w in wanted]
    return sites


def parse_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.ClickException(f"-s expects NAME=VALUE, got {pair!r}")
        settings[name.strip()] = value.strip()
    if "DOWNLOAD_DELAY" in settings:
        try:
            float(settings["DOWNLOAD_DELAY"])
        except ValueError:
            raise click.ClickException("-s DOWNLOAD_DELAY needs a number of seconds") from None
    return settings


def check_db_writable(db_path: Path) -> None:
    """Open the archive once before crawling, so a bad path is one line, not a traceback;
    a file that is not an archive is refused before anything opens (or migrates) it."""
    from crawler.store import Store

    check_archive(db_path)
    try:
        Store.open(db_path).close()
    except (OSError, sqlite3.Error) as exc:
        raise click.ClickException(f"cannot open archive {db_path}: {exc}") from None
