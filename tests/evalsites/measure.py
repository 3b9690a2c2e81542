"""Measure lhh-archive's crawler on the held-out evaluation sites; serves and scores, never crawls itself.

    python -m tests.evalsites.measure [--sites a,b] [--nights N [--after M]] [--kill K] [--down] [--json]
                                      [--check] [--timeout S] [--keep DIR] [-s NAME=VALUE] [-v]

Every site of `tests.evalsites` is served by its own `EvalServer` on 127.0.0.1 (port 0);
the crawler runs as one `python -m crawler crawl` child process over all of them, with
`-s DOWNLOAD_DELAY=0` and `LHH_NOW` set; the archive (SQLite) is then compared with each
site's gold labels. Modes:

- night 0 (always): recall, non-article records, requests, requests per record, peak
  concurrency per host, requests to robots-disallowed paths, body F1 (4-word shingles),
  records holding boilerplate, date/author agreement, time span per site;
- `--nights N`: nights 1..N on the same archive, each site swapped to that night's routes and
  `LHH_NOW` moved a day on: requests against a minimum, conditional requests and 304s,
  recall of the night's new articles, edits and deletions caught so far (and in how many
  days), signalled changes caught the next night, spurious versions, records wrongly marked
  gone; at the end, the requests of nights 1..7 against the week's news alone plus 1.2 x the
  articles stored after night 0, and whether every article ever archived is still exported;
  `--after M` adds M nights with the sites standing still, so that with M = 7 every change
  has had 7 nights to be caught;
- `--down`: one more crawl (fresh archive) with an extra site answering 503 + Retry-After to
  every URL: wall time against the night-0 crawl and that site's crawl_runs status;
- `--kill K`: a first crawl killed with SIGKILL K times (when the servers have answered
  15 %..75 % of the requests the uninterrupted night-0 crawl made), then ordinary runs (at
  most 3) until recall stops rising: recall and duplicate records after each run;
- `--check`: no crawler: serve every site on nights 0..7 in-process and check it (gold paths
  answer 200, links resolve, deep articles reachable, changes consistent, sizes).

Child processes have timeouts and are killed by process group; servers are shut down in
`finally`. Exit status: 0 when every crawl ran to its end (crawler exit 0, or 1 = "some site
failed", as with the --down site), whatever the scores; 1 otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit

from . import SITES, build
from .model import EvalSite, Gold
from .server import EvalServer, Request, down_routes

ROOT = Path(__file__).resolve().parents[2]
VN = timezone(timedelta(hours=7))


def lhh_now(night: int) -> str:
    return (datetime(2026, 11, 10, 2, 0, tzinfo=VN) + timedelta(days=night)).isoformat()


# -- URL keys ----------------------------------------------------------------------------------

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def path_key(path_query: str) -> str:
    """A path+query compared without scheme/host, percent-encoding or query order."""
    parts = urlsplit(path_query)
    path = unicodedata.normalize("NFC", unquote(parts.path or "/"))
    query = sorted(parse_qsl(parts.query, keep_blank_values=True))
    return path + ("?" + urlencode(query) if query else "")


def url_key(url: str) -> tuple[int, str] | None:
    """(port, path key) of a loopback URL, None for anything else."""
    try:
        parts = urlsplit(url.strip())
        if parts.hostname not in LOOPBACK:
            return None
        port = parts.port or 80
    except ValueError:
        return None
    return port, path_key(parts.path + ("?" + parts.query if parts.query else ""))


# -- text measures -----------------------------------------------------------------------------

def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text or "").lower())


def shingles(text: str, k: int = 4) -> Counter:
    t = tokens(text)
    return Counter(tuple(t[i:i + k]) for i in range(max(0, len(t) - k + 1))) if len(t) >= k else Counter({tuple(t): 1})


def f1(candidate: str, gold: str) -> float:
    a, g = shingles(candidate), shingles(gold)
    if not a or not g:
        return 0.0
    common = sum((a & g).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(g.values())
    return 2 * p * r / (p + r)


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def vn_date(value) -> str | None:
    """The Vietnam calendar day of an ISO date/datetime string."""
    if not value:
        return None
    text = str(value).strip()
    try:
        if len(text) == 10:
            return text
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if dt.tzinfo:
            dt = dt.astimezone(VN)
        return dt.date().isoformat()
    except ValueError:
        return text[:10]


def robots_rule(prefix: str):
    """A robots.txt Disallow value as a matcher of path+query (supports * and $)."""
    pattern = re.escape(prefix).replace(r"\*", ".*")
    if pattern.endswith(r"\$"):
        pattern = pattern[:-2] + "$"
    rx = re.compile(pattern)
    return lambda path: bool(rx.match(path))


# -- the archive ------------------------------------------------------------------------------

@dataclass
class Archive:
    """What one SQLite archive holds, read once after a crawl."""

    articles: dict[int, dict]
    urls: dict[int, set[tuple[int, str]]]  # article id -> url keys (its url and every alias)
    seen: set[tuple[int, str]]  # every url key recorded (articles, aliases, duplicates)
    versions: Counter  # article id -> number of earlier versions
    runs: list[dict]
    tables: dict[str, list[str]]

    @classmethod
    def read(cls, db: Path) -> Archive:
        if not db.exists():
            return cls({}, {}, set(), Counter(), [], {})
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        con.row_factory = sqlite3.Row
        try:
            tables = {r[0]: [c[1] for c in con.execute(f"PRAGMA table_info('{r[0]}')")]
                      for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            rows = lambda t: [dict(r) for r in con.execute(f"SELECT * FROM '{t}'")] if t in tables else []  # noqa: E731
            articles = {r["id"]: r for r in rows("articles")}
            urls: dict[int, set] = defaultdict(set)
            seen: set = set()
            for aid, a in articles.items():
                k = url_key(a.get("url") or "")
                if k:
                    urls[aid].add(k)
                    seen.add(k)
            for r in rows("article_urls"):
                k = url_key(r.get("url") or "")
                if k and r.get("article_id") in articles:
                    urls[r["article_id"]].add(k)
                if k:
                    seen.add(k)
            for r in rows("duplicates"):
                for col, value in r.items():
                    if "url" in col and isinstance(value, str):
                        k = url_key(value)
                        if k:
                            seen.add(k)
            versions = Counter(r.get("article_id") for r in rows("article_versions"))
            runs = rows("crawl_runs")
        finally:
            con.close()
        return cls(articles, dict(urls), seen, versions, runs, tables)


# -- sites on servers ---------------------------------------------------------------------------

@dataclass
class Hosted:
    """One evaluation site on its server, with everything gold it has ever served."""

    name: str
    server: EvalServer
    site: EvalSite
    entries: list[tuple[str, str, str]] = field(default_factory=list)  # (site id, registry url, prefix)
    ever: dict[str, Gold] = field(default_factory=dict)  # canonical path -> latest gold
    alias_of: dict[str, str] = field(default_factory=dict)  # path key -> canonical path
    edited_ever: Counter = field(default_factory=Counter)  # canonical path -> edits so far

    @property
    def port(self) -> int:
        return self.server.port

    def load(self, night: int) -> None:
        self.site = build(self.name, self.server.url_for(), night)
        self.server.set_site(self.site)
        for g in self.site.articles:
            self.ever[g.path] = g
            for p in [g.path, *g.aliases]:
                self.alias_of[path_key(p)] = g.path
        for p in self.site.edited:
            self.edited_ever[p] += 1

    def site_ids(self) -> list[str]:
        return [e[0] for e in self.entries]

    def gold_key(self, key: tuple[int, str]) -> str | None:
        return self.alias_of.get(key[1]) if key[0] == self.port else None

    def prefix_of(self, path: str) -> str:
        best = "/"
        for _, _, prefix in self.entries:
            if path.startswith(prefix) and len(prefix) > len(best):
                best = prefix
        return best


class Harness:
    def __init__(self, names: list[str], workdir: Path, *, timeout: float, settings: list[str],
                 latency: tuple[float, float] = (0.02, 0.06), out=sys.stdout, verbose: bool = False):
        self.names = names
        self.workdir = workdir
        self.timeout = timeout
        self.settings = settings
        self.latency = latency
        self.out = out
        self.verbose = verbose
        self.hosted: list[Hosted] = []
        self.extra: list[EvalServer] = []

    # -- servers ----------------------------------------------------------------------------
    def start(self) -> None:
        for i, name in enumerate(self.names):
            server = EvalServer(latency=self.latency, seed=i + 1, name=name)
            server.__enter__()
            h = Hosted(name, server, None)  # type: ignore[arg-type]
            self.hosted.append(h)
            h.load(0)
            for suffix, prefix in h.site.subsites:
                url = f"http://{h.site.registry_host}:{server.port}{prefix}"
                h.entries.append((f"{name}{suffix}", url, prefix))

    def stop(self) -> None:
        for s in [h.server for h in self.hosted] + self.extra:
            try:
                s.__exit__(None, None, None)
            except Exception as exc:  # keep shutting the others down
                print(f"server {s.name}: {exc!r}", file=sys.stderr)

    def reset(self) -> None:
        for s in [h.server for h in self.hosted] + self.extra:
            s.reset()

    def total_hits(self) -> int:
        return sum(s.count() for s in [h.server for h in self.hosted] + self.extra)

    def registry(self, path: Path, extra: list[tuple[str, str]] = ()) -> Path:
        import yaml

        sites = [{"id": sid, "name": f"Đánh giá: {sid}", "url": url} for h in self.hosted for sid, url, _ in h.entries]
        sites += [{"id": sid, "name": f"Đánh giá: {sid}", "url": url} for sid, url in extra]
        path.write_text(yaml.safe_dump({"sites": sites}, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return path

    # -- the crawler ------------------------------------------------------------------------
    def crawl(self, db: Path, night: int, *, registry: Path, label: str, kill_at: int | None = None) -> dict:
        """One `python -m crawler crawl`; `kill_at`: SIGKILL once the servers answered that many requests."""
        env = {k: v for k, v in os.environ.items() if k not in ("LHH_DB", "LHH_NOW")}
        env.update({"PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""), "LHH_NOW": lhh_now(night)})
        cmd = [sys.executable, "-m", "crawler", "crawl", "--sites", str(registry), "--db", str(db), "-s", "DOWNLOAD_DELAY=0"]
        for s in self.settings:
            cmd += ["-s", s]
        log_out = self.workdir / f"{label}.stdout"
        log_err = self.workdir / f"{label}.stderr"
        started = time.monotonic()
        killed = timed_out = False
        with open(log_out, "wb") as so, open(log_err, "wb") as se:
            proc = subprocess.Popen(cmd, cwd=self.workdir, env=env, stdout=so, stderr=se, start_new_session=True)
            try:
                while True:
                    try:
                        proc.wait(timeout=0.05)
                        break
                    except subprocess.TimeoutExpired:
                        pass
                    if kill_at is not None and self.total_hits() >= kill_at:
                        _kill_group(proc)
                        killed = True
                        break
                    if time.monotonic() - started > self.timeout:
                        _kill_group(proc)
                        timed_out = True
                        break
            finally:
                if proc.poll() is None:
                    _kill_group(proc)
        wall = time.monotonic() - started
        code = proc.returncode
        self.dump_requests(label)
        if (code not in (0, None) and not killed) or timed_out:
            tail = log_err.read_text("utf-8", "replace")[-2000:]
            print(f"[{label}] crawler exit {code}{' (timeout)' if timed_out else ''}; stderr tail:\n{tail}", file=sys.stderr)
        # ran = ended on its own: exit 0, or 1 when some site of the run failed (a site that is down);
        # a timeout, a crash by signal or any other code (usage error, traceback) is a failed run
        return {"label": label, "exit": code, "wall": round(wall, 2), "killed": killed, "timed_out": timed_out,
                "ok": killed or (not timed_out and code in (0, 1))}

    def dump_requests(self, label: str) -> None:
        """Every request the servers saw during a crawl, one JSON object a line ({label}.requests.jsonl)."""
        with open(self.workdir / f"{label}.requests.jsonl", "w", encoding="utf-8") as f:
            for s in [h.server for h in self.hosted] + self.extra:
                for x in s.snapshot():
                    f.write(json.dumps({"server": s.name, "port": s.port, "method": x.method, "path": x.path, "status": x.status,
                                        "host": x.host, "if_none_match": x.if_none_match, "if_modified_since": x.if_modified_since,
                                        "started": round(x.started, 4), "finished": round(x.finished, 4), "in_flight": x.in_flight},
                                       ensure_ascii=False) + "\n")

    def export(self, db: Path) -> list[dict] | None:
        env = {k: v for k, v in os.environ.items() if k not in ("LHH_DB", "LHH_NOW")}
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        try:
            done = subprocess.run([sys.executable, "-m", "crawler", "export", "--format", "jsonl", "--db", str(db)],
                                  cwd=self.workdir, env=env, capture_output=True, text=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            return None
        if done.returncode != 0:
            print(f"export failed ({done.returncode}): {done.stderr[-1500:]}", file=sys.stderr)
            return None
        out = []
        for line in done.stdout.splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    pass
        return out

    # -- scoring ----------------------------------------------------------------------------
    def rows_of(self, h: Hosted, arc: Archive, site_id: str | None = None) -> list[int]:
        ids = {site_id} if site_id else set(h.site_ids())
        return [aid for aid, a in arc.articles.items() if a.get("site") in ids]

    def matches(self, h: Hosted, arc: Archive, aid: int) -> set[str]:
        return {g for k in arc.urls.get(aid, ()) if (g := h.gold_key(k))}

    def found(self, h: Hosted, arc: Archive, g: Gold) -> bool:
        return any((h.port, path_key(p)) in arc.seen for p in [g.path, *g.aliases])

    def rows_for_gold(self, h: Hosted, arc: Archive) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for aid in arc.articles:
            for g in self.matches(h, arc, aid):
                out[g].append(aid)
        return out

    def score_night0(self, h: Hosted, arc: Archive, hits) -> list[dict]:
        """One row per registry entry of the server (subsites scored separately)."""
        rows_for = self.rows_for_gold(h, arc)
        disallow = [robots_rule(p) for p in h.site.disallowed]
        out = []
        for sid, _, prefix in h.entries:
            gold = [g for g in h.site.articles if h.prefix_of(g.path) == prefix]
            sub_hits = [x for x in hits if len(h.entries) == 1 or x.path.startswith(prefix)]
            found = [g for g in gold if self.found(h, arc, g)]
            records = self.rows_of(h, arc, sid)
            gold_paths = {g.path for g in gold}
            non_article = [aid for aid in records if not (self.matches(h, arc, aid) & gold_paths)]
            f1s, dates, authors = [], [], []
            for g in found:
                ids = [aid for aid in rows_for.get(g.path, []) if aid in set(records)] or rows_for.get(g.path, [])
                if not ids:
                    continue
                a = arc.articles[ids[0]]
                f1s.append(f1(a.get("text") or "", "\n\n".join(g.paragraphs)))
                dates.append(vn_date(a.get("published")) == g.published)
                authors.append(squash(a.get("author") or "").casefold() == squash(g.author or "").casefold())
            boiler = [aid for aid in records if any(b in (arc.articles[aid].get("text") or "") for b in h.site.boilerplate)]
            reach_total = Counter(g.reach for g in gold)
            reach_found = Counter(g.reach for g in found)
            n_req = len(sub_hits) if len(h.entries) == 1 else len(sub_hits)
            span = (max(x.finished for x in hits) - min(x.started for x in hits)) if hits else 0.0
            out.append({
                "site": sid, "gold": len(gold), "found": len(found), "recall": _ratio(len(found), len(gold)),
                "records": len(records), "non_article": len(non_article), "non_article_pct": _ratio(len(non_article), len(records)),
                "requests": n_req, "requests_per_record": round(n_req / len(records), 2) if records else None,
                "max_concurrency": h.server.max_in_flight,
                "disallowed_requests": sum(1 for x in sub_hits if x.path != "/robots.txt" and any(m(x.path) for m in disallow)),
                "body_f1": round(sum(f1s) / len(f1s), 3) if f1s else None,
                "boilerplate": len(boiler), "boilerplate_pct": _ratio(len(boiler), len(records)),
                "date_ok": _ratio(sum(dates), len(dates)), "author_ok": _ratio(sum(authors), len(authors)),
                "span_s": round(span, 1),
                "reach": {r: f"{reach_found[r]}/{n}" for r, n in sorted(reach_total.items())},
                "missed": sorted(g.path for g in gold if g not in found),
                "non_article_urls": sorted(arc.articles[aid].get("url") or "" for aid in non_article),
            })
        return out

    def duplicate_records(self, h: Hosted, arc: Archive) -> int:
        return sum(max(0, len(ids) - 1) for ids in self.rows_for_gold(h, arc).values())

    def run_status(self, arc: Archive, site_id: str) -> str | None:
        runs = [r for r in arc.runs if r.get("site") == site_id]
        if not runs:
            return None
        return str(max(runs, key=lambda r: (r.get("id") or 0, str(r.get("started_at") or ""))).get("status"))


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the crawler and any child it started, nothing else
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pass


def _ratio(a: int, b: int) -> float | None:
    return round(100.0 * a / b, 1) if b else None


def _pct(x) -> str:
    return "-" if x is None else f"{x:.1f}%"


def _num(x, fmt="{}") -> str:
    return "-" if x is None else fmt.format(x)


# -- the modes -----------------------------------------------------------------------------------

def night0(hz: Harness, db: Path, report: dict) -> dict:
    hz.reset()
    reg = hz.registry(hz.workdir / "sites.yaml")
    run = hz.crawl(db, 0, registry=reg, label="night0")
    arc = Archive.read(db)
    rows = []
    for h in hz.hosted:
        rows += hz.score_night0(h, arc, h.server.snapshot())
    total_gold = sum(r["gold"] for r in rows)
    total_found = sum(r["found"] for r in rows)
    total_rec = sum(r["records"] for r in rows)
    total_req = sum(r["requests"] for r in rows)
    f1s = [r["body_f1"] for r in rows if r["body_f1"] is not None]
    overall = {"gold": total_gold, "found": total_found, "recall": _ratio(total_found, total_gold), "records": total_rec,
               "non_article": sum(r["non_article"] for r in rows),
               "non_article_pct": _ratio(sum(r["non_article"] for r in rows), total_rec), "requests": total_req,
               "requests_per_record": round(total_req / total_rec, 2) if total_rec else None,
               "max_concurrency": max((h.server.max_in_flight for h in hz.hosted), default=0),
               "disallowed_requests": sum(r["disallowed_requests"] for r in rows),
               "body_f1": round(sum(f1s) / len(f1s), 3) if f1s else None,
               "boilerplate": sum(r["boilerplate"] for r in rows),
               "boilerplate_pct": _ratio(sum(r["boilerplate"] for r in rows), total_rec),
               "wall_s": run["wall"]}
    result = {"run": run, "sites": rows, "overall": overall, "lhh_now": lhh_now(0)}
    report["night0"] = result
    _print_night0(hz, result)
    return result


def _print_night0(hz: Harness, res: dict) -> None:
    o = hz.out
    run = res["run"]
    print(f"\n== night 0 (LHH_NOW={res['lhh_now']}): crawl {run['wall']:.1f} s, exit {run['exit']}"
          f"{' TIMEOUT' if run['timed_out'] else ''}", file=o)
    head = f"{'site':28} {'gold':>4} {'found':>5} {'recall':>7} {'non-art':>12} {'req':>5} {'req/rec':>7} {'conc':>4} {'disal':>5} {'F1':>5} {'boiler':>7} {'date':>6} {'author':>6} {'span':>6}"
    print(head, file=o)
    print("-" * len(head), file=o)
    for r in res["sites"] + [dict(res["overall"], site="ALL", date_ok=None, author_ok=None, span_s=res["overall"]["wall_s"])]:
        na = f"{r['non_article']} ({_pct(r['non_article_pct'])})"
        print(f"{r['site']:28} {r['gold']:>4} {r['found']:>5} {_pct(r['recall']):>7} {na:>12} {r['requests']:>5} "
              f"{_num(r['requests_per_record']):>7} {r['max_concurrency']:>4} {r['disallowed_requests']:>5} "
              f"{_num(r['body_f1'], '{:.2f}'):>5} {_pct(r['boilerplate_pct']):>7} {_pct(r.get('date_ok')):>6} "
              f"{_pct(r.get('author_ok')):>6} {r['span_s']:>5.0f}s", file=o)
    for r in res["sites"]:
        missing = [f"{k} {v}" for k, v in r["reach"].items()]
        print(f"  {r['site']}: found by reach: {', '.join(missing)}", file=o)
        if hz.verbose:
            for p in r["missed"]:
                print(f"    missed {p}", file=o)
            for u in r["non_article_urls"]:
                print(f"    non-article record {u}", file=o)


def nights(hz: Harness, db: Path, count: int, report: dict, after: int = 0) -> None:
    """Nights 1..`count` of the sites' week, then `after` nights more with every site as it
    was on the last one (nothing new, edited or deleted), so that each change has had
    the same number of nights to be caught."""
    reg = hz.workdir / "sites.yaml"
    edits: list[dict] = []
    dels: list[dict] = []
    ever_urls: set[str] = set()
    per_night = []
    arc = Archive.read(db)
    ever_urls |= {a.get("url") for a in arc.articles.values() if a.get("url")}
    stored = len(arc.articles)
    for n in range(1, count + after + 1):
        for h in hz.hosted:
            if n > count:  # the site stands still
                h.site = dataclasses.replace(h.site, new=[], edited={}, deleted=[], signalled=[])
                continue
            h.load(n)
            edits += [{"site": h.name, "path": p, "para": para, "night": n, "caught": None, "signalled": p in h.site.signalled}
                      for p, para in h.site.edited.items()]
            dels += [{"site": h.name, "path": p, "night": n, "caught": None, "signalled": p in h.site.signalled}
                     for p in h.site.deleted]
        hz.reset()
        run = hz.crawl(db, n, registry=reg, label=f"night{n}")
        arc = Archive.read(db)
        ever_urls |= {a.get("url") for a in arc.articles.values() if a.get("url")}
        by_name = {h.name: h for h in hz.hosted}
        rows_for = {h.name: hz.rows_for_gold(h, arc) for h in hz.hosted}
        for e in edits:
            if e["caught"] is None:
                ids = rows_for[e["site"]].get(e["path"], [])
                if any(arc.versions.get(aid, 0) > 0 and squash(e["para"]) in squash(arc.articles[aid].get("text")) for aid in ids):
                    e["caught"] = n
        for d in dels:
            if d["caught"] is None:
                ids = rows_for[d["site"]].get(d["path"], [])
                if any(arc.articles[aid].get("gone") for aid in ids):
                    d["caught"] = n
        sites = []
        for h in hz.hosted:
            hits = h.server.snapshot()
            s = h.site
            minimum = 1 + len(h.entries) + len(s.new) + len(s.edited) + len(s.deleted)
            live_paths = {g.path for g in s.articles}
            spurious = wrong_gone = 0
            for aid in hz.rows_of(h, arc):
                matched = hz.matches(h, arc, aid)
                allowed = max((h.edited_ever.get(p, 0) for p in matched), default=0)
                spurious += max(0, arc.versions.get(aid, 0) - allowed)
                if arc.articles[aid].get("gone") and matched & live_paths:
                    wrong_gone += 1
            new_found = sum(1 for p in s.new if hz.found(h, arc, h.ever[p]))
            mine_e = [e for e in edits if e["site"] == h.name]
            mine_d = [d for d in dels if d["site"] == h.name]
            sig_now = [x for x in mine_e + mine_d if x["night"] == n and x["signalled"]]
            sites.append({
                "site": h.name, "requests": len(hits), "minimum": minimum,
                "conditional": sum(1 for x in hits if x.conditional), "not_modified": sum(1 for x in hits if x.status == 304),
                "new": f"{new_found}/{len(s.new)}",
                "edits": f"{sum(1 for e in mine_e if e['caught'])}/{len(mine_e)}",
                "deletions": f"{sum(1 for d in mine_d if d['caught'])}/{len(mine_d)}",
                "signalled_next_night": f"{sum(1 for x in sig_now if x['caught'] == n)}/{len(sig_now)}",
                "spurious_versions": spurious, "wrongly_gone": wrong_gone, "max_concurrency": h.server.max_in_flight,
                "disallowed_requests": sum(1 for x in hits if x.path != "/robots.txt"
                                           and any(robots_rule(p)(x.path) for p in s.disallowed)),
            })
        per_night.append({"night": n, "lhh_now": lhh_now(n), "run": run, "sites": sites})
        _print_night(hz, per_night[-1])
        del by_name
    exported = hz.export(db)
    still = None
    if exported is not None:
        out_keys = set()
        for rec in exported:
            for u in [rec.get("url"), *(rec.get("also_at") or [])]:
                if isinstance(u, str):
                    out_keys.add(u)
                elif isinstance(u, dict) and u.get("url"):
                    out_keys.add(u["url"])
        missing = sorted(u for u in ever_urls if u not in out_keys)
        still = {"ever": len(ever_urls), "exported": len(ever_urls) - len(missing), "missing": missing}
    week = per_night[:7]
    budget = {"requests": sum(r["requests"] for n in week for r in n["sites"]),
              "minimum": sum(r["minimum"] for n in week for r in n["sites"]),
              "stored": stored}
    report["nights"] = {"nights": per_night, "budget": budget,
                        "edits": [dict(e, days=(e["caught"] - e["night"]) if e["caught"] else None) for e in edits],
                        "deletions": [dict(d, days=(d["caught"] - d["night"]) if d["caught"] else None) for d in dels],
                        "still_exported": still}
    _print_nights_end(hz, report["nights"])


def _print_night(hz: Harness, res: dict) -> None:
    o = hz.out
    run = res["run"]
    print(f"\n== night {res['night']} (LHH_NOW={res['lhh_now']}): crawl {run['wall']:.1f} s, exit {run['exit']}"
          f"{' TIMEOUT' if run['timed_out'] else ''}", file=o)
    head = (f"{'site':22} {'req':>5} {'min':>4} {'cond':>5} {'304':>4} {'new':>5} {'edits':>6} {'dels':>5} "
            f"{'signal':>7} {'spur':>5} {'badgone':>7} {'conc':>4} {'disal':>5}")
    print(head, file=o)
    print("-" * len(head), file=o)
    tot = Counter()
    for r in res["sites"]:
        print(f"{r['site']:22} {r['requests']:>5} {r['minimum']:>4} {r['conditional']:>5} {r['not_modified']:>4} {r['new']:>5} "
              f"{r['edits']:>6} {r['deletions']:>5} {r['signalled_next_night']:>7} {r['spurious_versions']:>5} "
              f"{r['wrongly_gone']:>7} {r['max_concurrency']:>4} {r['disallowed_requests']:>5}", file=o)
        for k in ("requests", "minimum", "conditional", "not_modified", "spurious_versions", "wrongly_gone"):
            tot[k] += r[k]
        for k in ("new", "edits", "deletions", "signalled_next_night"):
            a, b = map(int, r[k].split("/"))
            tot[k + "_a"] += a
            tot[k + "_b"] += b
    print(f"{'ALL':22} {tot['requests']:>5} {tot['minimum']:>4} {tot['conditional']:>5} {tot['not_modified']:>4} "
          f"{tot['new_a']}/{tot['new_b']:<3} {tot['edits_a']:>3}/{tot['edits_b']:<2} {tot['deletions_a']:>2}/{tot['deletions_b']:<2} "
          f"{tot['signalled_next_night_a']:>4}/{tot['signalled_next_night_b']:<2} {tot['spurious_versions']:>5} {tot['wrongly_gone']:>7}", file=o)


def _print_nights_end(hz: Harness, res: dict) -> None:
    o = hz.out
    b = res["budget"]
    allowed = b["minimum"] + 1.2 * b["stored"]
    print(f"\n== requests over nights 1..{min(7, len(res['nights']))}: {b['requests']}; the week's news alone "
          f"{b['minimum']} + 1.2 x {b['stored']} stored = {allowed:.0f} (ratio {b['requests'] / allowed:.2f})", file=o)
    print("== changes over the week", file=o)
    last = len(res["nights"])
    for kind in ("edits", "deletions"):
        items = res[kind]
        caught = [x for x in items if x["caught"]]
        days = Counter(x["days"] for x in caught)
        judged = [x for x in items if last - x["night"] >= 7]  # had 7 nights to be caught
        in_week = sum(1 for x in judged if x["caught"] and x["days"] <= 7)
        print(f"{kind}: caught {len(caught)}/{len(items)}; days to catch: "
              + (", ".join(f"{d} d: {c}" for d, c in sorted(days.items())) or "-")
              + f"; caught within 7 nights: {in_week}/{len(judged)} of those that had 7", file=o)
        for x in items:
            if hz.verbose or not x["caught"]:
                print(f"  {x['site']} night {x['night']} {'signalled ' if x['signalled'] else ''}"
                      f"{'caught after ' + str(x['days']) + ' d' if x['caught'] else 'NOT caught'}: {x['path']}", file=o)
    s = res["still_exported"]
    if s is None:
        print("export: failed", file=o)
    else:
        print(f"every article ever archived still exported: {s['exported']}/{s['ever']}"
              + ("" if not s["missing"] else f" (missing: {', '.join(s['missing'][:10])}{' …' if len(s['missing']) > 10 else ''})"), file=o)


def down(hz: Harness, night0_wall: float, report: dict) -> None:
    """Two fresh first crawls back to back, without and with a site that is down: the ratio of their wall times."""
    hz.reset()
    base_run = hz.crawl(hz.workdir / "down-baseline.db", 0, registry=hz.workdir / "sites.yaml", label="down-baseline")
    server = EvalServer(down_routes(3600), latency=hz.latency, seed=99, name="down_site")
    server.__enter__()
    hz.extra.append(server)
    hz.reset()
    db = hz.workdir / "down.db"
    reg = hz.registry(hz.workdir / "sites-down.yaml", extra=[("down_site", server.url_for() + "/")])
    run = hz.crawl(db, 0, registry=reg, label="down")
    arc = Archive.read(db)
    status = hz.run_status(arc, "down_site")
    found = sum(1 for h in hz.hosted for g in h.site.articles if hz.found(h, arc, g))
    total = sum(len(h.site.articles) for h in hz.hosted)
    baseline_wall = base_run["wall"]
    res = {"run": run, "baseline_run": base_run, "wall_s": run["wall"], "baseline_wall_s": baseline_wall, "night0_wall_s": night0_wall,
           "ratio": round(run["wall"] / baseline_wall, 2) if baseline_wall else None,
           "down_site_status": status, "down_site_requests": server.count(),
           "down_site_paths": Counter(x.path for x in server.snapshot()).most_common(5),
           "recall_others": _ratio(found, total)}
    report["down"] = res
    o = hz.out
    print("\n== --down: a fresh crawl with one more site answering 503 + Retry-After: 3600 to every URL", file=o)
    print(f"wall {run['wall']:.1f} s vs {baseline_wall:.1f} s for the same fresh crawl without it: ratio {_num(res['ratio'])} "
          f"(night 0 took {night0_wall:.1f} s); down site crawl_runs status: {status}; requests to it: {res['down_site_requests']} "
          f"({', '.join(f'{p} ×{c}' for p, c in res['down_site_paths'])}); recall of the other sites {_pct(res['recall_others'])}", file=o)


def kill(hz: Harness, k: int, uninterrupted: dict, report: dict) -> None:
    base_requests = uninterrupted["overall"]["requests"]
    fracs = [0.45] if k == 1 else [0.15 + 0.6 * i / (k - 1) for i in range(k)]
    db = hz.workdir / "kill.db"
    hz.reset()
    reg = hz.workdir / "sites.yaml"
    steps = []
    o = hz.out
    print(f"\n== --kill {k}: uninterrupted first crawl: recall {_pct(uninterrupted['overall']['recall'])}, "
          f"{base_requests} requests", file=o)

    def measure(label: str, run: dict) -> dict:
        arc = Archive.read(db)
        found = sum(1 for h in hz.hosted for g in h.site.articles if hz.found(h, arc, g))
        total = sum(len(h.site.articles) for h in hz.hosted)
        dup = sum(hz.duplicate_records(h, arc) for h in hz.hosted)
        res = {"label": label, "killed": run["killed"], "exit": run["exit"], "wall": run["wall"], "requests_so_far": hz.total_hits(),
               "recall": _ratio(found, total), "records": len(arc.articles), "duplicate_records": dup}
        print(f"{label:24} {'killed' if run['killed'] else 'exit ' + str(run['exit']):>8} at {res['requests_so_far']:>5} requests: "
              f"recall {_pct(res['recall']):>6}, records {res['records']:>4}, duplicate records {dup}", file=o)
        return res

    for i, frac in enumerate(fracs, 1):
        run = hz.crawl(db, 0, registry=reg, label=f"kill{i}", kill_at=max(1, int(base_requests * frac)))
        steps.append(measure(f"kill {i} at {frac:.0%}", run))
    best = steps[-1]["recall"] or 0.0
    for j in range(1, 4):
        run = hz.crawl(db, 0, registry=reg, label=f"resume{j}")
        steps.append(measure(f"ordinary run {j}", run))
        now_recall = steps[-1]["recall"] or 0.0
        if now_recall <= best:
            break
        best = now_recall
    report["kill"] = {"uninterrupted_recall": uninterrupted["overall"]["recall"], "steps": steps}
    print(f"final recall {_pct(steps[-1]['recall'])} vs uninterrupted {_pct(uninterrupted['overall']['recall'])}", file=o)


# -- --check: the sites themselves ------------------------------------------------------------------

HREF = re.compile(r"""<(?:a|link|area)\b[^>]*?\bhref\s*=\s*["']([^"'#]*)""", re.I)
LOC = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>")
FEED_LINK = re.compile(r"<link>\s*([^<\s]+)\s*</link>")


def check_site(name: str, nights_: range = range(8)) -> list[str]:
    """Problems of one site across nights (empty = fine). Runs in-process, no crawler."""
    problems: list[str] = []
    server = EvalServer(latency=None, name=name)  # bound (for the port) but never started: answers in-process
    base = server.url_for()
    prev: EvalSite | None = None
    try:
        for night in nights_:
            site = build(name, base, night)
            server.set_site(site)
            where = f"{name} night {night}"

            def get(path: str, host: str = f"127.0.0.1:{server.port}"):
                resp = server.respond(Request("GET", path, {"host": host}))
                body = resp.body if isinstance(resp.body, bytes) else resp.body.encode("utf-8")
                return resp, body
            per_prefix = Counter(site.subsites[0][1] if len(site.subsites) == 1 else
                                 max((p for _, p in site.subsites if g.path.startswith(p)), key=len, default="/")
                                 for g in site.articles)
            for prefix, n in per_prefix.items():
                if not 20 <= n <= 60:
                    problems.append(f"{where}: {n} articles under {prefix} (want 20-60)")
            paths = [g.path for g in site.articles]
            if len(set(paths)) != len(paths):
                problems.append(f"{where}: duplicate gold paths")
            for g in site.articles:
                for p in [g.path, *g.aliases]:
                    resp, body = get(p)
                    if resp.status != 200 and not (p != g.path and resp.status in (301, 302)):
                        problems.append(f"{where}: gold {p} answers {resp.status}")
                if not g.paragraphs or any(not x.strip() for x in g.paragraphs):
                    problems.append(f"{where}: gold {g.path} has empty paragraphs")
                if any(unicodedata.normalize("NFC", x) != x for x in g.paragraphs + [g.title]):
                    problems.append(f"{where}: gold {g.path} not NFC")
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g.published):
                    problems.append(f"{where}: gold {g.path} published {g.published!r}")
                resp, body = get(g.path)
                plain = html.unescape(body.decode("utf-8", "replace"))
                if g.paragraphs and squash(g.paragraphs[0])[:60] not in squash(plain):
                    problems.append(f"{where}: first paragraph of {g.path} not on its page")
            for p in site.non_articles:
                resp, _ = get(p)
                if resp.status >= 400:
                    problems.append(f"{where}: non-article {p} answers {resp.status}")
            gold_paths = set(paths)
            if set(site.new) - gold_paths:
                problems.append(f"{where}: new not in gold: {sorted(set(site.new) - gold_paths)}")
            if set(site.edited) - gold_paths:
                problems.append(f"{where}: edited not in gold: {sorted(set(site.edited) - gold_paths)}")
            if set(site.deleted) & gold_paths:
                problems.append(f"{where}: deleted still in gold")
            for p in site.deleted:
                resp, body = get(p)
                soft = resp.status == 200 and "không tồn tại" in body.decode("utf-8", "replace")
                if resp.status not in (404, 410) and not soft:
                    problems.append(f"{where}: deleted {p} answers {resp.status} (not a 404/410/soft-404)")
            for p, para in site.edited.items():
                g = next(g for g in site.articles if g.path == p)
                if para not in g.paragraphs:
                    problems.append(f"{where}: edited {p}: added paragraph not in gold")
            if prev is not None:
                before = {g.path for g in prev.articles}
                appeared = gold_paths - before
                if appeared != set(site.new):
                    problems.append(f"{where}: new {sorted(site.new)} != appeared {sorted(appeared)}")
                vanished = before - gold_paths
                if vanished != set(site.deleted):
                    problems.append(f"{where}: deleted {sorted(site.deleted)} != vanished {sorted(vanished)}")
                old = {g.path: g for g in prev.articles}
                for g in site.articles:
                    if g.path in old and old[g.path].paragraphs != g.paragraphs and g.path not in site.edited:
                        problems.append(f"{where}: {g.path} changed but not listed as edited")
            if set(site.signalled) - set(site.edited) - set(site.deleted):
                problems.append(f"{where}: signalled items that did not change")
            if night in (0, max(nights_)):
                problems += _reachability(site, get, where)
            if site.registry_host == "localhost":
                resp, _ = get("/", host=f"localhost:{server.port}")
                if resp.status != 301:
                    problems.append(f"{where}: localhost / answers {resp.status}, not a 301")
            prev = site
    finally:
        server._httpd.server_close()
    return problems


def _reachability(site: EvalSite, get, where: str) -> list[str]:
    """Walk links (HTML, sitemaps, feeds, robots Sitemap lines) from every registry URL: is all gold reachable?"""
    problems = []
    disallow = [robots_rule(p) for p in site.disallowed]
    seen: set[str] = set()
    # the registry URLs, robots.txt and the places crawlers look for feeds and sitemaps by convention
    wellknown = ["sitemap.xml", "sitemap_index.xml", "wp-sitemap.xml", "feed/", "rss.xml"]
    queue = deque([prefix for _, prefix in site.subsites] + ["/robots.txt"]
                  + [prefix + w for _, prefix in site.subsites for w in wellknown])  # breadth first: traps last
    statuses = Counter()
    gold = {path_key(p): g for g in site.articles for p in [g.path, *g.aliases]}
    reached: set[str] = set()
    broken: list[str] = []
    probes = set(queue)
    while queue and len(seen) < 3000:
        path = queue.popleft()
        key = path_key(path)
        if key in seen:
            continue
        seen.add(key)
        resp, body = get(path)
        statuses[resp.status] += 1
        if path in probes and resp.status >= 400:
            continue  # a conventional location this site does not have
        if resp.status in (301, 302, 303, 307, 308):
            loc = resp.headers.get("Location", "")
            if loc:
                queue.append(_local(loc) or "/")
            continue
        if resp.status >= 400:
            broken.append(path)
            continue
        if key in gold:
            reached.add(gold[key].path)
        ctype = resp.content_type
        if not any(t in ctype for t in ("html", "xml", "text/plain")):
            continue
        text = body.decode("utf-8", "replace")
        links = [html.unescape(u) for u in HREF.findall(text)] + LOC.findall(text) + FEED_LINK.findall(text)
        links += re.findall(r"(?im)^sitemap:\s*(\S+)", text) if path == "/robots.txt" else []
        for u in links:
            local = _local(urljoin("http://127.0.0.1" + path, u))
            if local is None or any(m(local) for m in disallow):
                continue
            if re.search(r"\.(jpg|jpeg|png|gif|css|js|ico|pdf|docx?|xlsx?|zip)$", urlsplit(local).path, re.I):
                continue
            queue.append(local)
    missing = [g.path for g in site.articles if g.path not in reached and g.reach != "postback"]
    if missing:
        problems.append(f"{where}: {len(missing)} gold articles unreachable by links/sitemaps/feeds: {missing[:5]}")
    if broken:
        problems.append(f"{where}: {len(broken)} linked paths answer 4xx/5xx, e.g. {broken[:5]}")
    return problems


def _local(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname not in LOOPBACK:
        return None
    return (parts.path or "/") + ("?" + parts.query if parts.query else "")


def check(names: list[str], out) -> bool:
    ok = True
    for name in names:
        t0 = time.monotonic()
        problems = check_site(name)
        ok &= not problems
        print(f"{name}: {'ok' if not problems else str(len(problems)) + ' problems'} ({time.monotonic() - t0:.1f} s)", file=out)
        for p in problems[:40]:
            print(f"  - {p}", file=out)
    return ok


# -- entry point -------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.evalsites.measure", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", default="", help="comma-separated site names (default: all of tests.evalsites.SITES)")
    ap.add_argument("--nights", type=int, default=0, metavar="N", help="then run nights 1..N (max 7)")
    ap.add_argument("--after", type=int, default=0, metavar="M",
                    help="then M more nights with the sites standing still (--after 7: every change has 7 nights)")
    ap.add_argument("--kill", type=int, default=0, metavar="K", help="a first crawl killed K times, then ordinary runs")
    ap.add_argument("--down", action="store_true", help="a crawl with one extra site answering 503 everywhere")
    ap.add_argument("--json", action="store_true", help="print the report as JSON on stdout (tables go to stderr)")
    ap.add_argument("--check", action="store_true", help="check the sites themselves (no crawler) and exit")
    ap.add_argument("--timeout", type=float, default=1500.0, help="seconds allowed to each crawler process (default 1500)")
    ap.add_argument("--keep", metavar="DIR", help="keep archives, registries and crawler logs in DIR")
    ap.add_argument("--latency", default="0.02,0.06", help="per-response latency range in seconds (default 0.02,0.06)")
    ap.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                    help="extra Scrapy setting for the crawler (repeatable)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed articles, non-article records, every change")
    args = ap.parse_args(argv)
    names = [n.strip() for n in args.sites.split(",") if n.strip()] or list(SITES)
    unknown = [n for n in names if n not in SITES]
    if unknown:
        ap.error(f"unknown sites {unknown}; known: {', '.join(SITES)}")
    out = sys.stderr if args.json else sys.stdout
    if args.check:
        return 0 if check(names, out) else 1
    if not 0 <= args.nights <= 7:
        ap.error("--nights takes 0..7")
    lo, hi = (float(x) for x in args.latency.split(","))
    if args.keep:
        workdir = Path(args.keep).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        tmp = None
    else:
        tmp = tempfile.TemporaryDirectory(prefix="lhh-eval-")
        workdir = Path(tmp.name)
    hz = Harness(names, workdir, timeout=args.timeout, settings=args.settings, latency=(lo, hi), out=out, verbose=args.verbose)
    report: dict = {"sites": names, "workdir": str(workdir) if args.keep else None}
    ok = True
    started = time.monotonic()
    try:
        hz.start()
        print(f"serving {len(names)} sites: " + ", ".join(f"{h.name}=:{h.port}" for h in hz.hosted), file=out)
        db = workdir / "archive.db"
        base = night0(hz, db, report)
        ok &= base["run"]["ok"]
        if args.down:
            down(hz, base["run"]["wall"], report)
            ok &= report["down"]["run"]["ok"] and report["down"]["baseline_run"]["ok"]
        if args.kill:
            kill(hz, args.kill, base, report)
        if args.nights:
            nights(hz, db, args.nights, report, args.after)
            ok &= all(n["run"]["ok"] for n in report["nights"]["nights"])
    except KeyboardInterrupt:
        ok = False
        print("interrupted", file=sys.stderr)
    finally:
        hz.stop()
        if tmp is not None:
            tmp.cleanup()
    report["total_wall_s"] = round(time.monotonic() - started, 1)
    print(f"\ntotal {report['total_wall_s']:.0f} s", file=out)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
