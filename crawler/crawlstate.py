"""Crawl state kept in the archive between runs: each site's backfill and pending frontier.

A site is in backfill until one run has walked every listing and pager to its end and
fetched every article they revealed. Every request the spider makes for a page is
written here together with the page that revealed it (in that page's transaction), and
settled in the transaction that stores the page it asked for: a run killed at any moment
leaves exactly the requests still to make, and the next run resumes them.

Writes only `site_state`, `frontier` and `signals` (what sitemaps and feeds said of each
page's change), in the caller's transaction when there is one; decides nothing about what
to fetch.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

from sqlite_utils import Database

MAX_ATTEMPTS = 3  # runs in which a request may fail before it is given up


@dataclass(frozen=True)
class Pending:
    """One request still to make."""

    site: str
    url: str
    kind: str  # article | page | postback
    priority: int = 0
    chain: str | None = None  # the pager chain a listing page belongs to
    method: str = "GET"
    body: str | None = None  # a postback's form, url-encoded
    attempts: int = 0
    waiting: bool = False  # a link of little promise, fetched when its site is idle
    anchor: str | None = None  # a waiting link's words (second addresses are told by them)

    @property
    def key(self) -> str:
        return request_key(self.url, self.method, self.body)


def request_key(url: str, method: str = "GET", body: str | bytes | None = None) -> str:
    """A GET is its URL; a POST (an ASP.NET pager) is its URL and its form."""
    if method == "GET" or not body:
        return url
    data = body.encode("utf-8") if isinstance(body, str) else body
    return f"{method} {url} {hashlib.sha1(data).hexdigest()[:16]}"


@dataclass(frozen=True)
class Backfill:
    site: str
    started: str | None
    done: str | None
    runs: int
    pending: int

    @property
    def complete(self) -> bool:
        return self.done is not None

    def describe(self) -> str:
        if self.complete:
            return f"done {self.done[:10]}"
        if self.started is None:
            return "not started"
        left = f", {self.pending} pending" if self.pending else ""
        return f"in progress ({self.runs} run{'s' if self.runs != 1 else ''}{left})"


class CrawlState:
    def __init__(self, db: Database):
        self.db = db

    # -- backfill -----------------------------------------------------------------------

    def complete_sites(self) -> set[str]:
        return {r["site"] for r in self.db.query(
            "select site from site_state where backfill_done is not null")}

    def backfill(self, site: str) -> Backfill:
        row = next(self.db.query("select * from site_state where site = ?", [site]), None)
        pending = self.db.execute(  # waiting links are worth a look, not a backfill
            "select count(*) from frontier where site = ? and attempts < ? and not waiting",
            [site, MAX_ATTEMPTS]).fetchone()[0]
        if row is None:
            return Backfill(site, None, None, 0, pending)
        return Backfill(site, row["backfill_started"], row["backfill_done"],
                        row["backfill_runs"] or 0, pending)

    def begin_run(self, site: str, now: str) -> None:
        """A run starts on the site: count it against the backfill while one is going."""
        with self.db.atomic():
            self.db.execute(
                "insert into site_state (site, backfill_started, backfill_runs) values (?, ?, 0)"
                " on conflict(site) do nothing", [site, now])
            self.db.execute(
                "update site_state set backfill_runs = backfill_runs + 1"
                " where site = ? and backfill_done is null", [site])

    def finish_backfill(self, site: str, now: str) -> bool:
        """Mark the backfill done if nothing is left to fetch; True if it is done now."""
        with self.db.atomic():
            if self.backfill(site).pending:
                return False
            self.db.execute(
                "update site_state set backfill_done = coalesce(backfill_done, ?)"
                " where site = ?", [now, site])
            return True

    # -- the frontier ----------------------------------------------------------------------

    def pending(self, site: str) -> list[Pending]:
        """The requests a killed or failed run left to make, best first. Requests whose
        page was stored after they were written are settled here (a redirect, a page
        reached two ways)."""
        with self.db.atomic():
            self.db.execute(
                "delete from frontier where site = ? and method = 'GET' and exists"
                " (select 1 from pages p where p.url = frontier.url"
                "  and p.fetched_at >= frontier.added_at and p.status is not null)", [site])
            rows = list(self.db.query(
                "select site, url, kind, priority, chain, method, body, attempts, waiting,"
                " anchor from frontier where site = ? and attempts < ?"
                " order by priority desc, added_at, key",
                [site, MAX_ATTEMPTS]))
        return [Pending(**{**row, "waiting": bool(row["waiting"])}) for row in rows]

    def settle(self, keys: list[str], discovered: list[Pending], run_started: str,
               now: str) -> None:
        """The requests `keys` are done; `discovered` are the ones their page led to.
        A discovered page already stored by this run is not written (it finished first)."""
        for key in dict.fromkeys(k for k in keys if k):
            self.db.execute("delete from frontier where key = ?", [key])
        for pending in discovered:
            row = asdict(pending)
            row.pop("attempts")
            self.db.execute(
                "insert into frontier (key, site, url, kind, priority, chain, method, body,"
                " added_at, attempts, waiting, anchor) select :key, :site, :url, :kind,"
                " :priority, :chain, :method, :body, :now, 0, :waiting, :anchor"
                " where not exists (select 1 from pages p"
                " where p.url = :url and :method = 'GET' and p.fetched_at >= :run_started)"
                " on conflict(key) do nothing",
                {**row, "key": pending.key, "now": now, "run_started": run_started})

    def note_signals(self, site: str, source: str, signals: dict[str, str], now: str) -> None:
        """What a sitemap or feed (`source`) now says of its pages' changes, kept to be
        compared with what the same source says next time (crawler/revisit.py): a feed's
        <pubDate> and a sitemap's <lastmod> of one page are different clocks."""
        self.db.conn.executemany(
            "insert into signals (url, source, site, value, seen_at) values (?, ?, ?, ?, ?)"
            " on conflict(url, source) do update set value = excluded.value,"
            " seen_at = excluded.seen_at, changed_at = case when signals.value"
            " is not excluded.value then excluded.seen_at else signals.changed_at end",
            [(url, source, site, value, now) for url, value in signals.items()])

    def judge_sitemaps(self, site: str, run: str) -> None:
        """Each edit this run found (a new version) on a page a sitemap lists counts for
        that sitemap if its date for the page moved in this run, against it if not."""
        rows = list(self.db.query(
            "select s.source, v.article_id, max(coalesce(s.changed_at >= :run, 0)) as told"
            " from article_versions v join article_urls u on u.article_id = v.article_id"
            " join signals s on s.url = u.url"
            " join pages src on src.url = s.source and src.kind = 'sitemap'"
            " where v.replaced_at >= :run and u.site = :site"
            " group by s.source, v.article_id", {"run": run, "site": site}))
        for row in rows:
            column = "told" if row["told"] else "missed"
            self.db.execute(
                f"insert into signal_trust (source, site, {column}) values (?, ?, 1)"
                f" on conflict(source) do update set {column} = {column} + 1",
                [row["source"], site])

    def judge_news(self, site: str, run: str) -> None:
        """Count the articles this incremental run found new as listed by the site's
        sitemaps or feeds (at any of their addresses) or not."""
        new = self.db.execute(
            "select a.id, group_concat(u.url, char(10)) from articles a"
            " join article_urls u on u.article_id = a.id"
            " where a.site = ? and a.first_seen >= ? group by a.id", [site, run]).fetchall()
        if not new:
            return
        listed = set()
        for (links,) in self.db.execute(
                "select links from pages where site = ? and kind in ('sitemap', 'feed')"
                " and status in (200, 304) and links is not null", [site]):
            listed.update(json.loads(links))
        told = sum(1 for _, urls in new if listed & set(urls.split("\n")))
        self.db.execute(
            "update site_state set news_listed = news_listed + ?,"
            " news_unlisted = news_unlisted + ? where site = ?",
            [told, len(new) - told, site])

    def news_in_indexes(self, site: str) -> bool:
        """Whether the site's sitemaps and feeds have listed every article incremental
        runs found new (at least one)."""
        row = self.db.execute("select news_listed, news_unlisted from site_state"
                              " where site = ?", [site]).fetchone()
        return bool(row and row[0] and not row[1])

    def vouching_sitemaps(self, site: str) -> set[str]:
        """The site's sitemaps, if their dates have moved with every edit found on their
        pages (at least one): a site's sitemaps come from one generator, and one that
        let an edit go untold in any of them (a portal that dates some changes and not
        others) vouches for none."""
        told, missed = self.db.execute(
            "select coalesce(sum(told), 0), coalesce(sum(missed), 0) from signal_trust"
            " where site = ?", [site]).fetchone()
        if not told or missed:
            return set()
        return {r["source"] for r in self.db.query(
            "select distinct s.source from signals s join pages p on p.url = s.source"
            " where s.site = ? and p.kind = 'sitemap'", [site])}

    def vouched(self, site: str) -> set[str]:
        """The pages a vouching sitemap of the site lists (vouching_sitemaps)."""
        vouching = self.vouching_sitemaps(site)
        return {url for url, source in self.signals(site) if source in vouching}

    def signals(self, site: str) -> dict[tuple[str, str], str]:
        """(url, source) -> what that sitemap or feed said of the page last time."""
        return {(r["url"], r["source"]): r["value"] for r in self.db.query(
            "select url, source, value from signals where site = ?", [site])}

    def drop_waiting(self, site: str) -> None:
        """A run that ended by itself let each waiting link go or found it not worth a
        request: none is left for the next run."""
        with self.db.atomic():
            self.db.execute("delete from frontier where site = ? and waiting", [site])

    def failed(self, key: str) -> None:
        """A request failed (network, 5xx): tried again by later runs, a few times."""
        self.db.execute("update frontier set attempts = attempts + 1 where key = ?", [key])
