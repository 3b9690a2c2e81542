"""What the archive holds, per site and in total (`lhh stats`); never writes the archive.

Each figure is one aggregate query over an indexed column, so the command stays quick
on a large archive. Tables that later stages add (`duplicates`) are counted when
present and reported as 0 otherwise.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path

import click

from crawler import clock, revisit
from crawler.coveragereport import latest as latest_coverage
from crawler.coveragereport import print_coverage, write_html
from crawler.options import db_option, existing_db

RECENT_RUNS = 10  # "failures" counts failed runs among a site's last this many runs


@dataclass
class SiteStats:
    site: str
    name: str | None = None
    articles: int = 0
    earliest: str | None = None
    latest: str | None = None
    last_success: str | None = None
    failures: int = 0
    last_error: str | None = None
    duplicates: int = 0
    gone: int = 0
    backfill: str = "-"  # walked to its end once ("done DATE") or still in progress
    oldest_validation: str | None = None  # the article checked longest ago, when
    overdue: int = 0  # articles not checked within the site's revalidate_days
    estimated: str | None = None  # completeness, "118–125 (~120)" or "≥ 118" (coverage.py)
    archived: int | None = None  # what the estimate counted as archived
    coverage: float | None = None  # archived / estimate, 0..1
    evidence: list | None = None  # [{source, low, estimate, high, detail}, ...]


def site_stats(db: sqlite3.Connection) -> list[SiteStats]:
    """One row per site known to the archive (registered or holding articles), by id."""
    stats: dict[str, SiteStats] = {}

    def of(site: str) -> SiteStats:
        return stats.setdefault(site, SiteStats(site))

    for site, name in db.execute("select id, name from sites"):
        of(site).name = name
    for site, count, earliest, latest, gone in db.execute(
        "select site, count(*), min(published), max(published), sum(gone)"
        " from articles group by site"
    ):
        row = of(site)
        row.articles, row.earliest, row.latest, row.gone = count, earliest, latest, gone or 0
    for site, finished in db.execute(
        "select site, max(finished_at) from crawl_runs where status = 'ok' group by site"
    ):
        of(site).last_success = finished
    # The last RECENT_RUNS runs per site, newest first; a window function keeps it one query.
    for site, status, error in db.execute(
        "select site, status, error from (select site, status, error, started_at,"
        " row_number() over (partition by site order by started_at desc, id desc) as n"
        " from crawl_runs where status != 'running') where n <= ? order by site, started_at",
        [RECENT_RUNS],
    ):
        if status != "ok":
            row = of(site)
            row.failures += 1
            row.last_error = error or status
    if _has_table(db, "duplicates"):
        for site, count in db.execute(
            "select site, count(*) from duplicates where undone_at is null group by site"
        ):
            of(site).duplicates = count
    if _has_table(db, "site_state"):
        _crawl_state(db, of)
    for site, found in latest_coverage(db).items():
        row = of(site)
        row.estimated, row.archived = found["estimated"], found["archived"]
        row.coverage, row.evidence = found["coverage"], found["evidence"]
    return [stats[k] for k in sorted(stats)]


def _crawl_state(db: sqlite3.Connection, of) -> None:
    """Backfill state, and how fresh the revalidation of each site's archive is."""
    from sqlite_utils import Database

    from crawler.crawlstate import CrawlState

    state = CrawlState(Database(db))
    days = dict(db.execute("select id, coalesce(revalidate_days, 7) from sites"))
    for (site,) in db.execute("select site from site_state"):
        of(site).backfill = state.backfill(site).describe()
    for site, oldest in db.execute(
        "select a.site, min(p.fetched_at) from articles a join pages p on p.url = a.url"
        " group by a.site"
    ):
        row = of(site)
        row.oldest_validation = oldest
        period = days.get(site, 7)
        cutoff = clock.stamp(clock.now() - timedelta(days=period))
        # What a vouching sitemap lists is due every VOUCHED_FACTOR periods (revisit.py).
        vouched = state.vouched(site)
        later = clock.stamp(clock.now() - timedelta(days=period * revisit.VOUCHED_FACTOR))
        row.overdue = sum(1 for url, fetched in db.execute(
            "select a.url, p.fetched_at from articles a join pages p on p.url = a.url"
            " where a.site = ? and p.fetched_at < ?", [site, cutoff])
            if url not in vouched or fetched < later)


def totals(rows: list[SiteStats]) -> dict:
    published = [d for r in rows for d in (r.earliest, r.latest) if d]
    successes = [r.last_success for r in rows if r.last_success]
    return {
        "sites": len(rows),
        "articles": sum(r.articles for r in rows),
        "earliest": min(published, default=None),
        "latest": max(published, default=None),
        "last_success": max(successes, default=None),
        "failures": sum(r.failures for r in rows),
        "duplicates": sum(r.duplicates for r in rows),
        "gone": sum(r.gone for r in rows),
        "overdue": sum(r.overdue for r in rows),
    }


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    found = db.execute("select 1 from sqlite_master where type = 'table' and name = ?", [name])
    return found.fetchone() is not None


def _day(value: str | None) -> str:
    return value[:10] if value else "-"


def print_table(rows: list[SiteStats], total: dict, echo=click.echo) -> None:
    header = (f"{'site':<18} {'articles':>8} {'earliest':>10} {'latest':>10} "
              f"{'last ok crawl':>13} {'fail':>4} {'dupes':>5} {'gone':>5} "
              f"{'checked since':>13} {'overdue':>7}  backfill")
    echo(header)
    echo("-" * len(header))
    for r in [*rows, None]:
        if r is None:
            echo("-" * len(header))
            r = SiteStats(f"total ({total['sites']} sites)", **{
                k: total[k] for k in ("articles", "earliest", "latest", "last_success",
                                      "failures", "duplicates", "gone", "overdue")})
        echo(f"{r.site:<18} {r.articles:>8} {_day(r.earliest):>10} {_day(r.latest):>10} "
             f"{_day(r.last_success):>13} {r.failures:>4} {r.duplicates:>5} {r.gone:>5} "
             f"{_day(r.oldest_validation):>13} {r.overdue:>7}  {r.backfill}")


@click.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="{sites: [...], totals: {...}} as JSON.")
@click.option("--html", "html_path", metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a self-contained HTML report (inline CSS) to FILE, to mail.")
def stats_command(db_path, as_json, html_path):
    """Per site: articles, earliest/latest published, last good crawl, failures, dupes, gone."""
    from crawler.store import Store

    store = Store.open(existing_db(db_path))
    try:
        rows = site_stats(store.db.conn)
    finally:
        store.close()
    total = totals(rows)
    if html_path is not None:
        try:
            with open(html_path, "w", encoding="utf-8") as out:
                write_html(rows, total, out)
        except OSError as exc:
            raise click.ClickException(f"cannot write {html_path}: {exc.strerror}") from None
    if as_json:
        click.echo(json.dumps({"sites": [asdict(r) for r in rows], "totals": total},
                              ensure_ascii=False, indent=2))
    else:
        print_table(rows, total)
        print_coverage(rows, sys.stdout)  # CliRunner swaps sys.stdout in tests too

