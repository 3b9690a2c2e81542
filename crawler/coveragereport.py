"""How complete the archive is, for people: the coverage lines of `lhh stats` and the
self-contained HTML report of `lhh stats --html FILE`; reads the `coverage` table (written
by crawler/coverage.py at the end of each crawl), never estimates or writes anything.

The HTML report is one file with inline CSS and no scripts, images or external assets,
so it can be mailed or opened offline as it is.
"""

from __future__ import annotations

import html
import json
import sqlite3
from typing import TextIO

from crawler import clock


def latest(db: sqlite3.Connection) -> dict[str, dict]:
    """The newest estimate of each site: {site: {estimated, archived, coverage, evidence...}}."""
    if not db.execute("select 1 from sqlite_master where name = 'coverage'").fetchone():
        return {}
    found = {}
    for site, run, computed_at, low, high, estimate, archived, cover, evidence in db.execute(
            "select site, run, computed_at, low, high, estimate, archived, coverage, evidence"
            " from coverage_latest"):
        found[site] = {
            "estimated": estimated(low, high, estimate),
            "estimate": estimate, "low": low, "high": high, "archived": archived,
            "coverage": cover, "evidence": json.loads(evidence or "[]"),
            "run": run, "computed_at": computed_at,
        }
    return found


def estimated(low: int | None, high: int | None, estimate: int | None) -> str:
    """Never a bare number: "≥ 118" where only a floor is known, else "118–125 (~120)"."""
    if low is None:
        return "-"
    if high is None:
        return f"≥ {low} (~{estimate})" if estimate and estimate > low else f"≥ {low}"
    if high == low:
        return f"~{low}"
    return f"{low}–{high} (~{estimate})"


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _sources(evidence: list[dict]) -> str:
    """The sources that moved the estimate beyond what is archived, by name."""
    named = [e["source"] for e in evidence if e["source"] != "archive"]
    return ", ".join(dict.fromkeys(named)) or "archive only"


def print_coverage(rows, out: TextIO) -> None:
    """The coverage block under `lhh stats`' table: one line per site with an estimate
    (made at the end of each `lhh crawl`)."""
    rows = [r for r in rows if r.estimated]
    if not rows:
        return  # no crawl has ended since coverage existed: the table says it all
    out.write(f"\n{'site':<18} {'archived':>8} {'estimated':>20} {'coverage':>8}  evidence\n")
    for r in rows:
        out.write(f"{r.site:<18} {r.archived:>8} {r.estimated:>20} {_percent(r.coverage):>8}"
                  f"  {_sources(r.evidence)}\n")


_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;
margin:24px;max-width:1100px}
h1{font-size:22px;margin:0 0 4px}p.meta{color:#5b6574;margin:0 0 18px}
table{border-collapse:collapse;width:100%;margin:0 0 24px}
th,td{padding:6px 8px;border-bottom:1px solid #e3e7ee;text-align:left;vertical-align:top}
th{background:#f4f6fa;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{background:#e9edf3;border-radius:3px;height:10px;width:120px;display:inline-block;
vertical-align:middle;margin-right:6px}.bar i{display:block;height:10px;border-radius:3px}
.ok{background:#2e9d5b}.mid{background:#e0a526}.low{background:#d1493f}
ul.ev{margin:0;padding-left:16px;color:#3b4554}ul.ev b{color:#1d2430}
.status-ok{color:#2e7d4f}.status-down,.status-failed{color:#c0392b;font-weight:600}
"""


def _bar(value: float | None) -> str:
    if value is None:
        return "-"
    tone = "ok" if value >= 0.9 else "mid" if value >= 0.6 else "low"
    return (f'<span class="bar"><i class="{tone}" style="width:{value * 100:.0f}%"></i></span>'
            f"{value:.0%}")


def write_html(rows, total: dict, out: TextIO, title: str = "lhh-archive") -> None:
    """The stats and coverage of every site as one self-contained HTML page."""
    e = html.escape
    out.write(f'<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
              f"<title>{e(title)}: coverage report</title><style>{_CSS}</style></head><body>\n")
    out.write(f"<h1>{e(title)}: how complete the archive is</h1>\n"
              f'<p class="meta">{total["sites"]} sites, {total["articles"]} articles archived;'
              f" report made {e(clock.stamp())}. Estimates come from each site's own"
              " evidence (sitemaps, pagers, printed totals, article ids) and are ranges,"
              " never exact counts.</p>\n")
    out.write("<table><thead><tr><th>site</th><th>archived</th><th>estimated</th>"
              "<th>coverage</th><th>last good crawl</th><th>failures</th><th>evidence</th>"
              "</tr></thead><tbody>\n")
    for r in rows:
        evidence = "".join(
            f"<li><b>{e(x['source'])}</b>: {e(x['detail'])}</li>" for x in r.evidence or [])
        archived = r.archived if r.archived is not None else r.articles
        failures = f'<span class="status-failed">{r.failures}</span>' if r.failures else "0"
        crawled = (r.last_success or "-")[:16].replace("T", " ")
        out.write(
            f"<tr><td>{e(r.site)}<br><small>{e(r.name or '')}</small></td>"
            f'<td class="n">{archived}</td><td class="n">{e(r.estimated or "-")}</td>'
            f"<td>{_bar(r.coverage)}</td><td>{e(crawled)}</td>"
            f'<td class="n">{failures}</td>'
            f'<td><ul class="ev">{evidence}</ul></td></tr>\n')
    out.write("</tbody></table>\n</body></html>\n")
