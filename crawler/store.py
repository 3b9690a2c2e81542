"""archive.db: every write to it; never fetches or extracts.

One transaction per stored page, so a crash or a kill leaves either the whole page (page
row, article row, URL row, version row) or none of it. The schema it opens and migrates
lives in crawler/schema.py.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from crawler import clock
from crawler.config import Site
from crawler.extract import Article
from crawler.schema import migrations, reindex_search  # noqa: F401 (re-exported)


@dataclass
class Page:
    """One fetched URL as the crawl saw it."""

    url: str
    site: str
    kind: str  # article | listing | feed | sitemap | robots | other | soft404 | gone | error
    status: int | None
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: dict = field(default_factory=dict)
    note: str | None = None
    links: list[str] | None = None


def text_hash(text: str) -> str:
    """Exact identity of an article's text: NFC (done at extraction), case and spacing folded.

    Digits are kept: yearly reports differ mostly in their numbers and must not merge.
    """
    canonical = " ".join(text.lower().split())
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


class Store:
    """The archive database. Open with `Store.open(path)`; close when done."""

    def __init__(self, db: Database):
        self.db = db

    @classmethod
    def open(cls, path: str | Path) -> Store:
        path = Path(path)
        if path.parent and not path.parent.exists():
            raise FileNotFoundError(f"directory does not exist: {path.parent}")
        db = Database(path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=30000")
        migrations.apply(db)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def transaction(self):
        """One transaction around several writes (nested ones become savepoints)."""
        return self.db.atomic()

    # -- sites and runs -------------------------------------------------------------

    def ensure_site(self, site: Site) -> None:
        with self.db.atomic():
            existing = self.db["sites"].rows_where("id = ?", [site.id])
            row = {"id": site.id, "name": site.name, "province": site.province, "url": site.url,
                   "revalidate_days": site.revalidate_days}
            if next(existing, None) is None:
                self.db["sites"].insert({**row, "added_at": clock.stamp()})
            else:
                self.db["sites"].update(site.id, row)

    def start_run(self, run: str, site: str, mode: str) -> int:
        with self.db.atomic():
            table = self.db["crawl_runs"]
            table.insert(
                {"run": run, "site": site, "started_at": clock.stamp(), "mode": mode,
                 "status": "running", "errors": 0}
            )
            return table.last_pk

    def finish_run(self, run_id: int, status: str, counts: dict, error: str | None) -> None:
        with self.db.atomic():
            self.db["crawl_runs"].update(
                run_id,
                {
                    "finished_at": clock.stamp(),
                    "status": status,
                    "pages_fetched": counts.get("pages_fetched", 0),
                    "articles_new": counts.get("articles_new", 0),
                    "articles_updated": counts.get("articles_updated", 0),
                    "articles_unchanged": counts.get("articles_unchanged", 0),
                    "articles_gone": counts.get("articles_gone", 0),
                    "skipped": json.dumps(counts.get("skipped", {}), ensure_ascii=False),
                    "errors": counts.get("errors", 0),
                    "error": error,
                },
            )

    # -- pages ----------------------------------------------------------------------

    def known_pages(self, site: str) -> dict[str, dict]:
        """What the archive knows of a site's pages, for incremental crawling."""
        rows = self.db.query(
            "select p.url, p.kind, p.status, p.etag, p.last_modified, p.fetched_at,"
            " json_extract(p.headers, '$.Date') as server_date,"
            " p.changed_at, p.article_id, p.links, a.published, a.first_seen,"
            " a.url = p.url as own, a.title from pages p"
            " left join articles a on a.id = p.article_id where p.site = ?",
            [site],
        )
        known = {row["url"]: row for row in rows}
        # URLs known only as aliases (a page naming another as canonical) count as known.
        aliases = self.db.query(
            "select u.url, 'article' as kind, 200 as status, u.last_seen as fetched_at,"
            " u.article_id, a.published, a.first_seen from article_urls u"
            " join articles a on a.id = u.article_id where u.site = ?",
            [site],
        )
        for row in aliases:
            known.setdefault(row["url"], row)
        return known

    def _write_page(self, page: Page, article_id: int | None = None) -> bool:
        """Upsert a page row; True when the body differs from the stored one."""
        now = clock.stamp()
        sha = hashlib.sha1(page.body).hexdigest() if page.body else None
        old = next(self.db["pages"].rows_where("url = ?", [page.url], select="body_sha1"), None)
        changed = old is None or (sha is not None and old["body_sha1"] != sha)
        row = {
            "url": page.url,
            "site": page.site,
            "kind": page.kind,
            "status": page.status,
            "content_type": page.content_type,
            "etag": page.etag,
            "last_modified": page.last_modified,
            "headers": json.dumps(page.headers, ensure_ascii=False) if page.headers else None,
            "fetched_at": now,
            "note": page.note,
        }
        if page.body:
            row.update(body_sha1=sha, body=zlib.compress(page.body, 6))
        if page.links is not None:
            row["links"] = json.dumps(page.links, ensure_ascii=False)
        if changed:
            row["changed_at"] = now
        if article_id is not None:
            row["article_id"] = article_id
        self.db["pages"].upsert(row, pk="url", alter=False)
        return changed

    def record_page(self, page: Page) -> None:
        """Store a page that is not an article (listing, feed, sitemap, error...)."""
        with self.db.atomic():
            self._write_page(page)

    def touch_page(self, url: str, status: int) -> None:
        """A conditional request answered 304: the page is as stored."""
        with self.db.atomic():
            self.db.execute(
                "update pages set fetched_at = ?, status = ? where url = ?",
                [clock.stamp(), status, url],
            )
            self.db.execute(
                "update article_urls set last_seen = ? where url = ?", [clock.stamp(), url]
            )

    def raw_html(self, url: str) -> bytes | None:
        row = next(self.db["pages"].rows_where("url = ?", [url], select="body"), None)
        return zlib.decompress(row["body"]) if row and row["body"] else None

    # -- articles -------------------------------------------------------------------

    def article_at(self, url: str) -> dict | None:
        """The stored article a URL leads to (its own or an alias's), or None."""
        return next(self.db.query(
            "select a.* from article_urls u join articles a on a.id = u.article_id"
            " where u.url = ?", [url]), None)

    def save_article(self, page: Page, article: Article, same_content: bool = False) -> str:
        """Store an article page; returns new | updated | unchanged | alias. With
        `same_content` the page is known to say what it said (only the cut differs), so a
        different text replaces the stored one in place, without a version."""
        digest = text_hash(article.text)
        now = clock.stamp()
        with self.db.atomic():
            known = self.article_at(page.url)
            if known is not None:
                outcome = self._revisit(known, article, digest, page.url, now, same_content)
                article_id = known["id"]
            else:
                same = next(self.db["articles"].rows_where("text_hash = ?", [digest]), None)
                article_id, outcome = self._place_article(page, article, digest, now, same)
                self.db["article_urls"].insert(
                    {"url": page.url, "article_id": article_id, "site": page.site,
                     "first_seen": now, "last_seen": now}
                )
            self._write_page(page, article_id)
        return outcome

    # -- deduplication (owner: dedup; the decisions live in crawler/dedup.py) -----------

    def _place_article(self, page: Page, article: Article, digest: str, now: str,
                       same: dict | None) -> tuple[int, str]:
        """A URL not seen before: a copy of a stored article (alias) or a new article."""
        from crawler.dedup import MAX_CANDIDATES, DedupIndex, lsh_keys, verify

        index = DedupIndex(self.db)
        doc, hashes = index.doc(page.site, article.title, article.text, article.published)
        keys = lsh_keys(hashes)
        if same is not None:
            if same["site"] != page.site:  # same-site exact aliases are just more URLs
                self._merge_copy(same, page, article, digest, now, index, keys,
                                 (1.0, 1.0, "exact"))
            return same["id"], "alias"
        best = None
        for candidate_id in index.candidates(keys)[:MAX_CANDIDATES]:
            row = self.db["articles"].get(candidate_id)
            verdict = verify(doc, index.doc(row["site"], row["title"], row["text"],
                                            row["published"])[0])
            if verdict.merge and (best is None or verdict.similarity > best[1].similarity):
                best = (row, verdict)
        if best is not None:
            row, verdict = best
            self._merge_copy(row, page, article, digest, now, index, keys,
                             (verdict.similarity, verdict.containment, verdict.reason))
            return row["id"], "alias"
        article_id = self._insert_article(page, article, digest, now)
        index.count_paragraphs(page.site, doc.paragraph_keys)
        index.add(article_id, keys)
        return article_id, "new"

    def _merge_copy(self, canonical: dict, page: Page, article: Article, digest: str,
                    now: str, index, keys: list[int], how: tuple[float, float, str]) -> None:
        """Record a copy in `duplicates`; if the newcomer is the original, it takes the record."""
        from crawler.dedup import is_original

        similarity, containment, reason = how
        incoming = {"url": page.url, "site": page.site, "title": article.title,
                    "text": article.text, "published": article.published,
                    "published_source": article.published_source, "author": article.author,
                    "source": article.source, "text_hash": digest}
        copy = incoming
        if is_original(incoming, canonical):
            copy = {k: canonical[k] for k in incoming}
            self.db["articles"].update(
                canonical["id"], {**incoming, "chars": len(article.text), "updated_at": now}
            )
            index.add(canonical["id"], keys)  # later copies may resemble either text
        self.db["duplicates"].insert(
            {**copy, "article_id": canonical["id"], "similarity": round(similarity, 4),
             "containment": round(containment, 4), "reason": reason, "merged_at": now}
        )

    def undo_duplicate(self, duplicate_id: int) -> int:
        """Undo a merge: the copy becomes an article of its own again; returns its id."""
        from crawler.dedup import DedupIndex, lsh_keys

        now = clock.stamp()
        with self.db.atomic():
            dup = next(self.db["duplicates"].rows_where("id = ?", [duplicate_id]), None)
            if dup is None:
                raise KeyError(f"no duplicate with id {duplicate_id}")
            if dup["undone_at"]:
                raise ValueError(
                    f"duplicate {duplicate_id} was already undone (article {dup['restored_as']})"
                )
            language = self.db["articles"].get(dup["article_id"])["language"]
            table = self.db["articles"]
            table.insert(
                {"site": dup["site"], "url": dup["url"], "title": dup["title"],
                 "text": dup["text"], "published": dup["published"],
                 "published_source": dup["published_source"], "author": dup["author"],
                 "source": dup.get("source"),
                 "language": language, "chars": len(dup["text"]),
                 "text_hash": dup["text_hash"], "first_seen": dup["merged_at"],
                 "updated_at": now, "last_seen": now, "version": 1, "gone": 0}
            )
            article_id = table.last_pk
            self.db.execute("update article_urls set article_id = ? where url = ?",
                            [article_id, dup["url"]])
            self.db.execute("update pages set article_id = ? where url = ?",
                            [article_id, dup["url"]])
            self.db["duplicates"].update(duplicate_id,
                                         {"undone_at": now, "restored_as": article_id})
            index = DedupIndex(self.db)
            hashes = index.doc(dup["site"], dup["title"], dup["text"], dup["published"])[1]
            index.add(article_id, lsh_keys(hashes))
        return article_id

    # -- end of deduplication ---------------------------------------------------------

    def _insert_article(self, page: Page, article: Article, digest: str, now: str) -> int:
        table = self.db["articles"]
        table.insert(
            {
                "site": page.site,
                "url": page.url,
                "title": article.title,
                "text": article.text,
                "published": article.published,
                "published_source": article.published_source,
                "author": article.author,
                "source": article.source,
                "language": article.language,
                "chars": len(article.text),
                "text_hash": digest,
                "first_seen": now,
                "updated_at": now,
                "last_seen": now,
                "version": 1,
                "gone": 0,
            }
        )
        return table.last_pk

    def _revisit(self, known: dict, article: Article, digest: str, url: str, now: str,
                 same_content: bool = False) -> str:
        self.db["article_urls"].update(url, {"last_seen": now})
        revived = {"gone": 0, "gone_since": None} if known["gone"] else {}
        if known["text_hash"] == digest and known["title"] == article.title:
            self.db["articles"].update(known["id"], {"last_seen": now, **revived})
            return "unchanged"
        if same_content:
            self.db["articles"].update(known["id"], {
                "title": article.title, "text": article.text, "text_hash": digest,
                "chars": len(article.text), "last_seen": now, **revived})
            return "unchanged"
        self.db["article_versions"].insert(
            {
                "article_id": known["id"],
                "version": known["version"],
                "title": known["title"],
                "text": known["text"],
                "published": known["published"],
                "author": known["author"],
                "source": known.get("source"),
                "text_hash": known["text_hash"],
                "seen_from": known["updated_at"],
                "replaced_at": now,
            }
        )
        self.db["articles"].update(
            known["id"],
            {
                "title": article.title,
                "text": article.text,
                "published": article.published or known["published"],
                "published_source": article.published_source or known["published_source"],
                "author": article.author or known["author"],
                "source": article.source or known.get("source"),
                "chars": len(article.text),
                "text_hash": digest,
                "updated_at": now,
                "last_seen": now,
                "version": known["version"] + 1,
                **revived,
            },
        )
        return "updated"

    def mark_gone(self, page: Page) -> bool:
        """A known article's page answered 404/410 or a soft 404; True if newly gone."""
        now = clock.stamp()
        with self.db.atomic():
            self._write_page(page)
            row = next(
                self.db.query(
                    "select a.id, a.gone from article_urls u join articles a"
                    " on a.id = u.article_id where u.url = ? and a.url = u.url",
                    [page.url],
                ),
                None,
            )
            if row is None or row["gone"]:
                return False
            self.db["articles"].update(row["id"], {"gone": 1, "gone_since": now})
            return True

    def articles(self, where: str = "1", params: Iterable = ()) -> Iterator[dict]:
        return self.db.query(f"select * from articles where {where} order by id", list(params))

    def add_alias(self, alias: str, url: str, site: str) -> None:
        """Record that `alias` (a page naming `url` as canonical) shows the same article."""
        now = clock.stamp()
        with self.db.atomic():
            row = next(self.db["article_urls"].rows_where("url = ?", [url]), None)
            if row is None:
                return
            self.db["article_urls"].insert(
                {"url": alias, "article_id": row["article_id"], "site": site,
                 "first_seen": now, "last_seen": now},
                pk="url",
                ignore=True,
            )
            self.db["article_urls"].update(alias, {"last_seen": now})

    # -- site templates ---------------------------------------------------------------

    def load_template(self, site: str) -> str | None:
        row = next(self.db["site_templates"].rows_where("site = ?", [site]), None)
        return row["template"] if row else None

    def save_template(self, site: str, template_json: str, pages_seen: int) -> None:
        with self.db.atomic():
            self.db["site_templates"].upsert(
                {"site": site, "template": template_json, "pages_seen": pages_seen,
                 "updated_at": clock.stamp()},
                pk="site",
            )

    # -- re-extraction (owner: extraction, crawler/reextract.py) ------------------------

    def keep_fetch_times(self, url: str, fetched_at: str | None, changed_at: str | None) -> None:
        """Put back a page's fetch times after `lhh reextract` re-saved it without fetching."""
        with self.db.atomic():
            self.db.execute(
                "update pages set fetched_at = ?, changed_at = ? where url = ?",
                [fetched_at, changed_at, url],
            )

    # -- extraction maturity ---------------------------------------------------------

    def note_template(self, url: str, pages_seen: int) -> None:
        with self.db.atomic():
            self.db.execute(
                "update articles set template_pages = ? where url = ?", [pages_seen, url]
            )

    def immature(self, site: str, below: int) -> list[dict]:
        """Articles of a site extracted with a template younger than `below` pages."""
        return list(self.db.query(
            "select id, url from articles where site = ? and gone = 0"
            " and coalesce(template_pages, 0) < ?", [site, below]))

    def refresh_extraction(self, article_id: int, article: Article, pages_seen: int) -> bool:
        """Replace a text cut with a young template by the mature cut, in place: this is
        the same text better cleaned, not an edit, so no version is kept."""
        digest = text_hash(article.text)
        with self.db.atomic():
            row = next(self.db["articles"].rows_where("id = ?", [article_id]), None)
            if row is None:
                return False
            changes = {"template_pages": pages_seen}
            # Much shorter means something is missing (say the later pages of a multi-page
            # article, which are not stored), not that boilerplate went: keep the old cut.
            if len(article.text) < 0.8 * len(row["text"]):
                changes = {}
            elif row["text_hash"] != digest or row["title"] != article.title:
                changes.update(
                    title=article.title, text=article.text, text_hash=digest,
                    chars=len(article.text),
                    published=article.published or row["published"],
                    published_source=article.published_source or row["published_source"],
                    author=article.author or row["author"],
                    source=article.source or row.get("source"),
                )
            if changes:
                self.db["articles"].update(article_id, changes)
            return "text" in changes
