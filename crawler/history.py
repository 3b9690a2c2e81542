"""Run history: recent crawl runs and sites failing night after night; reads, never writes.

Runs are grouped by their `run` stamp (one row per site per run). A site stands out when
its last K >= 2 finished runs were all `failed` or `down`. A row still `running` that a
later run of the same site has superseded was killed mid-way: it is shown as
`interrupted` and neither breaks nor extends a failing streak (it says nothing about the site).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

import click

from crawler.clock import VIETNAM

BAD = ("failed", "down")


@dataclass(frozen=True)
class Streak:
    site: str
    count: int  # consecutive failed/down runs, newest first
    since: str  # started_at of the oldest run of the streak
    statuses: tuple[str, ...]


def read_runs(conn: sqlite3.Connection, site: str | None = None) -> list[dict]:
    """Every crawl_runs row (of one site), newest first, with `shown_status` and `seconds`."""
    conn.row_factory = sqlite3.Row
    where, params = ("where site = ?", [site]) if site else ("", [])
    rows = [dict(r) for r in conn.execute(
        f"select * from crawl_runs {where} order by run desc, site, started_at desc, id desc",
        params)]
    newest_seen: set[str] = set()
    for row in rows:  # newest first: a site seen already has a later run
        status = row["status"]
        if status == "running" and row["site"] in newest_seen:
            status = "interrupted"
        newest_seen.add(row["site"])
        row["shown_status"] = status
        row["seconds"] = duration(row["started_at"], row["finished_at"])
    return rows


def duration(started: str | None, finished: str | None) -> float | None:
    if not started or not finished:
        return None
    return (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds()


def recent(rows: list[dict], limit: int) -> list[dict]:
    """The rows of the `limit` most recent runs (a run = one `run` stamp, all its sites)."""
    runs: list[str] = []
    for row in rows:
        if row["run"] not in runs:
            runs.append(row["run"])
    keep = set(runs[:limit])
    return [row for row in rows if row["run"] in keep]


def failing_streaks(rows: list[dict], minimum: int = 2) -> list[Streak]:
    """Sites whose last `minimum`+ finished runs all failed or were down, longest first."""
    by_site: dict[str, list[dict]] = {}
    for row in rows:  # newest first
        by_site.setdefault(row["site"], []).append(row)
    streaks = []
    for site, site_rows in by_site.items():
        statuses, since = [], None
        for row in site_rows:
            status = row["shown_status"]
            if status in ("running", "interrupted"):
                continue
            if status not in BAD:
                break
            statuses.append(status)
            since = row["started_at"]
        if len(statuses) >= minimum:
            streaks.append(Streak(site, len(statuses), since, tuple(statuses)))
    return sorted(streaks, key=lambda s: (-s.count, s.site))


def local(stamp: str | None) -> str:
    if not stamp:
        return "-"
    return datetime.fromisoformat(stamp).astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M")


def human(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def print_table(rows: list[dict], streaks: list[Streak], out: TextIO) -> None:
    if not rows:
        print("no crawl runs recorded yet (run `lhh crawl`)", file=out)
        return
    width = max(4, *(len(r["site"]) for r in rows))
    header = (f"{'started (+07)':<16}  {'site':<{width}}  {'mode':<11}  {'status':<11}"
              f"  {'pages':>6}  {'new':>5}  {'upd':>5}  {'gone':>5}  {'err':>4}  {'time':>7}")
    print(header, file=out)
    print("-" * len(header), file=out)
    for r in rows:
        print(
            f"{local(r['started_at']):<16}  {r['site']:<{width}}  {(r['mode'] or '-'):<11}  "
            f"{r['shown_status']:<11}  {r['pages_fetched'] or 0:>6}  {r['articles_new'] or 0:>5}"
            f"  {r['articles_updated'] or 0:>5}  {r['articles_gone'] or 0:>5}  "
            f"{r['errors'] or 0:>4}  {human(r['seconds']):>7}",
            file=out,
        )
        if r["error"] and r["shown_status"] in BAD:
            print(f"{'':<16}  ! {r['error'].splitlines()[0][:120]}", file=out)
    if streaks:
        listed = ", ".join(
            f"{s.site} ×{s.count} ({'/'.join(sorted(set(s.statuses)))} since {local(s.since)})"
            for s in streaks
        )
        print(f"\n! failing several runs in a row: {listed}", file=out)
    else:
        print("\nno site has failed two runs in a row", file=out)


def as_json(rows: list[dict], streaks: list[Streak]) -> dict:
    runs = []
    for r in rows:
        record = {k: v for k, v in r.items() if k not in ("shown_status", "skipped")}
        record["recorded_status"] = r["status"]
        record["status"] = r["shown_status"]
        record["skipped"] = json.loads(r["skipped"]) if r["skipped"] else {}
        runs.append(record)
    return {
        "runs": runs,
        "failing": [
            {"site": s.site, "count": s.count, "since": s.since, "statuses": list(s.statuses)}
            for s in streaks
        ],
    }


@click.command("runs", context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", envvar="LHH_DB", default="archive.db", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Archive database (also $LHH_DB).")
@click.option("--limit", type=click.IntRange(min=1), default=3, show_default=True,
              help="How many recent runs to show.")
@click.option("--site", "site_id", metavar="ID", help="Only this site.")
@click.option("--json", "as_json_flag", is_flag=True,
              help="One JSON object: runs and failing sites.")
def runs_command(db_path, limit, site_id, as_json_flag):
    """Recent crawl runs per site; sites failing several runs in a row stand out."""
    from crawler.options import existing_db

    existing_db(db_path)
    try:
        # Read-only: looking at the history must never create or migrate anything.
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = read_runs(conn, site_id)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise click.ClickException(f"cannot read crawl runs from {db_path}: {exc}") from None
    streaks = failing_streaks(rows)
    shown = recent(rows, limit)
    if as_json_flag:
        json.dump(as_json(shown, streaks), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_table(shown, streaks, sys.stdout)
