"""The `lhh` command line: parses flags, resolves configuration, calls the library.

Every expected failure is a one-line `click.ClickException`; nothing here crawls,
extracts or writes the database itself. Commands that live with their concept
(export, search, stats, schedule...) are defined in their modules and added below.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from crawler import __version__
from crawler.options import (
    CONTEXT_SETTINGS,
    check_db_writable,
    db_option,
    load_registry,
    parse_overrides,
    sites_option,
)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="lhh")
def cli():
    """Crawl, clean, deduplicate and archive Vietnam's S&T association news."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--url", help="URL the page was fetched from (helps metadata).")
def extract(files, url):
    """Run the extractor on saved HTML files; one JSON object per file on stdout."""
    from crawler.extract import extract as run_extract

    for path in files:
        article = run_extract(Path(path).read_bytes(), url=url)
        record = {"path": path, "title": None, "text": "", "published": None, "author": None,
                  "source": None}
        if article is not None:
            record.update(
                title=article.title, text=article.text,
                published=article.published, author=article.author, source=article.source,
            )
        click.echo(json.dumps(record, ensure_ascii=False))


@cli.command()
@sites_option
@db_option
@click.option("--site", "site_ids", multiple=True, metavar="ID",
              help="Only this site (repeatable).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="A Scrapy setting, as `scrapy crawl -s` takes it.")
@click.option("--full", is_flag=True, help="Re-walk everything instead of an incremental run.")
@click.option("--frontier", metavar="redis://HOST:PORT/DB",
              help="Be one crawl worker of the run `lhh ingest` published in this Redis "
                   "(sites, --full and the archive are the ingest's).")
def crawl(sites_path, db_path, site_ids, overrides, full, frontier):
    """Crawl the enabled sites (or --site ID...) into the archive."""
    from crawler.crawl import run_crawl

    if frontier:
        sys.exit(_crawl_worker(frontier, parse_overrides(overrides), site_ids, full))
    sites = load_registry(sites_path, site_ids)
    if not site_ids:
        sites = [s for s in sites if s.enabled]
    if not sites:
        raise click.ClickException(f"{sites_path}: no enabled sites to crawl")
    settings = parse_overrides(overrides)
    check_db_writable(db_path)
    click.echo(f"crawling {len(sites)} site(s) into {db_path}", err=True)
    report = run_crawl(sites, db_path, settings, full)
    report.print(sys.stdout)
    failed = report.failed
    if failed:
        click.echo(f"{len(failed)} site(s) failed: {', '.join(failed)}", err=True)
        sys.exit(1)


def _crawl_worker(frontier: str, overrides: dict[str, str], site_ids, full) -> int:
    if site_ids or full:
        raise click.ClickException(
            "with --frontier the run's sites and --full are given to `lhh ingest`")
    from crawler.sharedrun import NoRedis

    try:
        from crawler.worker import run_worker

        return run_worker(frontier, overrides, sys.stderr)
    except NoRedis as exc:
        raise click.ClickException(str(exc)) from None
    except ImportError as exc:
        raise click.ClickException(
            f"{exc.name} is missing: pip install 'lhh-archive[distributed]'") from None


@cli.command()
@sites_option
@db_option
@click.option("--from", "source", required=True, metavar="redis://HOST:PORT/DB",
              help="The Redis that crawl workers (`lhh crawl --frontier`) share.")
@click.option("--site", "site_ids", multiple=True, metavar="ID",
              help="Only this site (repeatable), when a new run starts.")
@click.option("--full", is_flag=True, help="Re-walk everything, when a new run starts.")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default="2",
              help="Extraction processes.")
def ingest(sites_path, db_path, source, site_ids, full, workers):
    """Store what crawl workers fetch: the archive's only writer in a distributed crawl.

    Publishes a new run in Redis (or resumes the one under way), stores every page the
    workers hand over, and ends when every host is crawled."""
    import os

    from crawler.sharedrun import NoRedis

    sites = load_registry(sites_path, site_ids)
    if not site_ids:
        sites = [s for s in sites if s.enabled]
    if not sites:
        raise click.ClickException(f"{sites_path}: no enabled sites to crawl")
    check_db_writable(db_path)
    try:
        from crawler.ingest import run_ingest

        report = run_ingest(source, db_path, sites, full, workers or min(2, os.cpu_count() or 1),
                            sys.stderr)
    except NoRedis as exc:
        raise click.ClickException(str(exc)) from None
    except ImportError as exc:
        raise click.ClickException(
            f"{exc.name} is missing: pip install 'lhh-archive[distributed]'") from None
    report.print(sys.stdout)
    failed = report.failed
    if failed:
        click.echo(f"{len(failed)} site(s) failed: {', '.join(failed)}", err=True)
        sys.exit(1)


@cli.command()
@click.option("--db", "db_path", default="lhh-demo.db", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Where to keep the demo archive.")
def demo(db_path):
    """Archive a bundled association site served on 127.0.0.1 (no network needed)."""
    import sqlite3

    from crawler.demo import DemoError, run_demo

    try:
        code = run_demo(db_path, sys.stdout)
    except DemoError as exc:
        raise click.ClickException(str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        raise click.ClickException(f"cannot open archive {db_path}: {exc}") from None
    sys.exit(code)


# Commands that live with their concept register here, once `cli` exists (their modules
# import the option decorators above).
from crawler.browse import browse_command  # noqa: E402
from crawler.dedupcli import dedup_command  # noqa: E402
from crawler.export import export_command  # noqa: E402
from crawler.history import runs_command  # noqa: E402
from crawler.reextract import reextract_command  # noqa: E402
from crawler.registry import sites_command  # noqa: E402
from crawler.schedule import schedule_command  # noqa: E402
from crawler.search import search_command  # noqa: E402
from crawler.stats import stats_command  # noqa: E402

for _command in (search_command, export_command, stats_command, sites_command, browse_command,
                 schedule_command, runs_command, reextract_command, dedup_command):
    cli.add_command(_command)


def main():
    try:
        cli(prog_name="lhh")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
