"""The archive's schema, as the ordered list of migrations applied when a store opens.

Tables, indexes, full-text search and its triggers; never writes rows of its own (a
migration may backfill what older archives lack). The Store writes; this only shapes.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("lhh-archive")


@migrations()
def m001_core_tables(db: Database) -> None:
    db["sites"].create(
        {"id": str, "name": str, "province": str, "url": str, "added_at": str}, pk="id"
    )
    db["articles"].create(
        {
            "id": int,
            "site": str,
            "url": str,
            "title": str,
            "text": str,
            "published": str,
            "published_source": str,
            "author": str,
            "language": str,
            "chars": int,
            "text_hash": str,
            "first_seen": str,
            "updated_at": str,
            "last_seen": str,
            "version": int,
            "gone": int,
            "gone_since": str,
        },
        pk="id",
        foreign_keys=[("site", "sites", "id")],
        not_null={"site", "url", "text", "text_hash"},
        defaults={"version": 1, "gone": 0},
    )
    db["articles"].create_index(["text_hash"])
    db["articles"].create_index(["site", "published"])
    db["pages"].create(
        {
            "url": str,
            "site": str,
            "kind": str,
            "status": int,
            "content_type": str,
            "etag": str,
            "last_modified": str,
            "headers": str,
            "fetched_at": str,
            "changed_at": str,
            "body_sha1": str,
            "body": bytes,
            "article_id": int,
            "note": str,
        },
        pk="url",
        foreign_keys=[("site", "sites", "id"), ("article_id", "articles", "id")],
    )
    db["pages"].create_index(["site", "kind"])
    db["article_urls"].create(
        {"url": str, "article_id": int, "site": str, "first_seen": str, "last_seen": str},
        pk="url",
        foreign_keys=[("article_id", "articles", "id"), ("site", "sites", "id")],
    )
    db["article_urls"].create_index(["article_id"])
    db["article_versions"].create(
        {
            "id": int,
            "article_id": int,
            "version": int,
            "title": str,
            "text": str,
            "published": str,
            "author": str,
            "text_hash": str,
            "seen_from": str,
            "replaced_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_versions"].create_index(["article_id"])
    db["crawl_runs"].create(
        {
            "id": int,
            "run": str,
            "site": str,
            "started_at": str,
            "finished_at": str,
            "mode": str,
            "status": str,
            "pages_fetched": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "articles_gone": int,
            "skipped": str,
            "errors": int,
            "error": str,
        },
        pk="id",
        foreign_keys=[("site", "sites", "id")],
    )
    db["crawl_runs"].create_index(["site", "started_at"])


@migrations()
def m002_article_search(db: Database) -> None:
    # remove_diacritics 2 folds "hội" to "hoi" on both sides; đ is handled in search.py.
    db["articles"].enable_fts(
        ["title", "text"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
    )


@migrations()
def m003_page_links(db: Database) -> None:
    # The article links a listing, feed or sitemap showed, in order: the next run compares
    # them to spot articles that vanished from the middle of a list (likely deleted).
    db["pages"].add_column("links", str)


# -- search and browsing schema (owner: user tools, crawler/search.py) -------------------

# FTS5's unicode61 folds "ộ" but never đ → d (đ is a letter of its own, not d + a mark).
# Each indexed value is the original text followed, when it holds a đ/Đ, by its
# đ-folded copy: the unfolded query of `sqlite-utils search` and Datasette matches the
# original part ("Điện" → "đien"), the query `lhh search` folds matches the copy ("dien").
# Pure SQL, so every writer (crawler, sqlite-utils, Datasette) keeps the index right.
_FOLDED = (
    "case when instr({v}, 'đ') or instr({v}, 'Đ')"
    " then {v} || char(10) || replace(replace({v}, 'đ', 'd'), 'Đ', 'D') else {v} end"
)


def _fts_values(prefix: str) -> str:
    return ", ".join(_FOLDED.format(v=f'{prefix}."{c}"') for c in ("title", "text"))


@migrations()
def m400_folded_search(db: Database) -> None:
    # Same trigger names as sqlite-utils' so `disable_fts` still removes them. The update
    # trigger fires only when title or text change, not on every last_seen touch.
    for name in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f'drop trigger if exists "{name}"')
    delete = (
        'insert into "articles_fts" ("articles_fts", rowid, "title", "text")'
        f" values ('delete', old.rowid, {_fts_values('old')});"
    )
    insert = (
        'insert into "articles_fts" (rowid, "title", "text")'
        f" values (new.rowid, {_fts_values('new')});"
    )
    db.execute(f'create trigger "articles_ai" after insert on "articles" begin {insert} end')
    db.execute(f'create trigger "articles_ad" after delete on "articles" begin {delete} end')
    db.execute(
        'create trigger "articles_au" after update of "title", "text" on "articles"'
        f" begin {delete} {insert} end"
    )
    reindex_search(db)


def reindex_search(db: Database) -> None:
    """Rebuild articles_fts with the folded copies (FTS5's own 'rebuild' would drop them)."""
    with db.atomic():
        db.execute("""insert into "articles_fts" ("articles_fts") values ('delete-all')""")
        db.execute(
            'insert into "articles_fts" (rowid, "title", "text")'
            f' select a.rowid, {_fts_values("a")} from "articles" a'
        )


@migrations()
def m401_browse_view(db: Database) -> None:
    # Datasette facets by column only: the view gives articles a `year` to facet on.
    db.execute(
        "create view if not exists articles_browse as select id, site, title,"
        " substr(published, 1, 4) as year, published, author, url, chars, gone, gone_since,"
        " first_seen, text from articles"
    )


@migrations()
def m200_site_templates(db: Database) -> None:
    # What repeats across a site's pages (crawler/boilerplate.py), kept between runs.
    db["site_templates"].create(
        {"site": str, "template": str, "pages_seen": int, "updated_at": str},
        pk="site",
        foreign_keys=[("site", "sites", "id")],
    )


# -- deduplication schema (owner: dedup, crawler/dedup.py) ------------------------------


@migrations()
def m300_dedup_bands(db: Database) -> None:
    # The persisted LSH: one row per (band key, article). WITHOUT ROWID keeps it one B-tree
    # (≈ 20 rows per article); no foreign key, it is an index the store rebuilds, not data.
    db.execute(
        "create table dedup_bands (key integer not null, article_id integer not null,"
        " primary key (key, article_id)) without rowid"
    )


@migrations()
def m301_duplicates(db: Database) -> None:
    # Each merge, with the copy's own text so it can be exported, audited and undone.
    db["duplicates"].create(
        {
            "id": int,
            "article_id": int,
            "url": str,
            "site": str,
            "title": str,
            "text": str,
            "published": str,
            "published_source": str,
            "author": str,
            "text_hash": str,
            "similarity": float,
            "containment": float,
            "reason": str,
            "merged_at": str,
            "undone_at": str,
            "restored_as": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("site", "sites", "id"),
                      ("restored_as", "articles", "id")],
        not_null={"article_id", "url", "reason", "merged_at"},
    )
    db["duplicates"].create_index(["article_id"])
    db["duplicates"].create_index(["url"])


@migrations()
def m302_dedup_paragraphs(db: Database) -> None:
    # How many articles of a site carry each paragraph: the frequent ones are furniture.
    db.execute(
        "create table dedup_paragraphs (site text not null, hash integer not null,"
        " articles integer not null, primary key (site, hash)) without rowid"
    )


@migrations()
def m303_dedup_backfill(db: Database) -> None:
    # Archives made before dedup existed: index what is already there.
    from crawler.dedup import DedupIndex, lsh_keys

    index = DedupIndex(db)
    for row in db.query("select id, site, title, text, published from articles order by id"):
        doc, _hashes = index.doc(row["site"], row["title"], row["text"], row["published"])
        index.count_paragraphs(row["site"], doc.paragraph_keys)
    for row in db.query("select id, site, title, text, published from articles order by id"):
        _doc, hashes = index.doc(row["site"], row["title"], row["text"], row["published"])
        index.add(row["id"], lsh_keys(hashes))


@migrations()
def m304_dedup_paragraphs_frequent(db: Database) -> None:
    # The frequent paragraphs of one site are read before every new article.
    db["dedup_paragraphs"].create_index(["site", "articles"])


# -- end of deduplication schema ------------------------------------------------------------


@migrations()
def m004_article_template_pages(db: Database) -> None:
    # How many pages the site's boilerplate template had seen when this text was
    # extracted: texts cut with a young template are redone once it has matured.
    db["articles"].add_column("template_pages", int)


@migrations()
def m005_article_source(db: Database) -> None:
    # Where an article says it comes from ("Nguồn: Báo Nghệ An", "Theo vusta.vn"): kept
    # beside the author for articles, the copies dedup merged and earlier versions.
    for table in ("articles", "duplicates", "article_versions"):
        if "source" not in db[table].columns_dict:
            db[table].add_column("source", str)


@migrations()
def m006_crawl_state(db: Database) -> None:
    # Crawl state lives in the archive, not in one run's memory (crawler/crawlstate.py):
    # whether each site was ever walked to its end, and the requests still to make.
    db["site_state"].create(
        {"site": str, "backfill_started": str, "backfill_done": str, "backfill_runs": int},
        pk="site",
        foreign_keys=[("site", "sites", "id")],
    )
    db["frontier"].create(
        {"key": str, "site": str, "url": str, "kind": str, "priority": int, "chain": str,
         "method": str, "body": str, "added_at": str, "attempts": int},
        pk="key",
        foreign_keys=[("site", "sites", "id")],
        not_null={"site", "url", "kind"},
        defaults={"attempts": 0, "method": "GET", "priority": 0},
    )
    db["frontier"].create_index(["site"])


@migrations()
def m007_change_signals(db: Database) -> None:
    # What each sitemap or feed (`source`) last said of a page's change (its <lastmod>,
    # <updated>): compared with what the same source says next time, never with our clock.
    db["signals"].create({"url": str, "source": str, "site": str, "value": str,
                          "seen_at": str}, pk=("url", "source"),
                         foreign_keys=[("site", "sites", "id")])
    db["signals"].create_index(["site"])
    # How often each site's archive is revalidated (sites.yaml revalidate_days), for stats.
    if "revalidate_days" not in db["sites"].columns_dict:
        db["sites"].add_column("revalidate_days", int)


# -- completeness schema (owner: coverage, crawler/coverage.py) -----------------------------


@migrations()
def m500_coverage(db: Database) -> None:
    # One completeness estimate per site per crawl run, with the evidence behind it.
    db["coverage"].create(
        {"id": int, "site": str, "run": str, "computed_at": str, "low": int, "high": int,
         "estimate": int, "archived": int, "coverage": float, "evidence": str},
        pk="id",
        foreign_keys=[("site", "sites", "id")],
        not_null={"site", "computed_at"},
    )
    db["coverage"].create_index(["site", "id"])
    db.execute(
        "create view if not exists coverage_latest as select c.* from coverage c"
        " where c.id = (select max(id) from coverage where site = c.site)"
    )
    # The dashboard's newest articles across sites, without sorting the whole table.
    db["articles"].create_index(["published"], if_not_exists=True)


@migrations()
def m008_frontier_waiting(db: Database) -> None:
    # Links of little promise wait until their site has nothing better to do; a killed
    # run's waiting links wait again in the next run instead of being lost (crawlstate.py).
    db["frontier"].add_column("waiting", int, not_null_default=0)
    db["frontier"].add_column("anchor", str)


@migrations()
def m009_signal_trust(db: Database) -> None:
    # When a sitemap's or feed's date for a page last moved, and, per sitemap, how many
    # edits found on its pages its dates told and did not tell: a sitemap whose dates move
    # when pages are edited vouches for them between revalidations (crawler/revisit.py).
    db["signals"].add_column("changed_at", str)
    db["signal_trust"].create({"source": str, "site": str, "told": int, "missed": int},
                              pk="source", foreign_keys=[("site", "sites", "id")],
                              defaults={"told": 0, "missed": 0})
    # The edits a run found are read back at its end (crawlstate.judge_sitemaps).
    db["article_versions"].create_index(["replaced_at"], if_not_exists=True)


@migrations()
def m010_news_in_indexes(db: Database) -> None:
    # Of the articles incremental runs found new, how many the site's sitemaps or feeds
    # listed and how many they did not: where they list all the news, the homepage is a
    # weekly check (crawler/policy.py).
    db["site_state"].add_column("news_listed", int, not_null_default=0)
    db["site_state"].add_column("news_unlisted", int, not_null_default=0)
