"""`lhh reextract`: run the current extractor again over stored raw HTML; never fetches.

For every stored article page (pages.kind = 'article') of the chosen sites, the raw HTML
kept in `pages.body` is extracted again with the site's boilerplate template and handed
to `Store.save_article`, exactly as a crawl would: a changed text or title becomes a new
version (the old one goes to `article_versions`), an unchanged one is left as it is, and
a page the extractor now finds empty keeps its earlier article. Nothing is deleted.

The template is the one the crawl saved for the site; when there is none yet (or it has
not seen enough pages) it is learned here from every stored page of the site.
"""

from __future__ import annotations

import json
import sys
import time
import zlib
from collections import Counter

import click

from crawler import boilerplate
from crawler.extract import extract
from crawler.options import db_option, existing_db
from crawler.store import Page, Store

PROGRESS_EVERY = 2.0  # seconds between progress lines


def site_template(store: Store, site: str, relearn: bool = False) -> boilerplate.SiteTemplate:
    """The site's saved template, or one learned now from all its stored pages (and saved)."""
    saved = None if relearn else store.load_template(site)
    template = boilerplate.SiteTemplate.from_json(saved) if saved else boilerplate.SiteTemplate()
    if template.ready:
        return template
    template = boilerplate.SiteTemplate()
    rows = store.db.query(
        "select body from pages where site = ? and body is not null and status = 200 order by url",
        [site],
    )
    for row in rows:
        template.add(boilerplate.page_fingerprints(zlib.decompress(row["body"])))
    if template.pages_seen:
        store.save_template(site, template.to_json(), template.pages_seen)
    return template


def article_pages(store: Store, site: str):
    return store.db.query(
        "select url, site, kind, status, content_type, etag, last_modified, headers,"
        " fetched_at, changed_at, note, links, body from pages"
        " where site = ? and kind = 'article' and body is not null order by url",
        [site],
    )


def reextract(store: Store, sites: list[str], out=sys.stderr, relearn: bool = False) -> dict:
    """Re-extract the sites' article pages; returns {site: Counter of outcomes}."""
    summary: dict[str, Counter] = {}
    for site in sites:
        counts: Counter = Counter()
        summary[site] = counts
        total = next(
            store.db.query(
                "select count(*) n from pages"
                " where site = ? and kind = 'article' and body is not null",
                [site],
            )
        )["n"]
        template = site_template(store, site, relearn)
        last = time.monotonic()
        for n, row in enumerate(article_pages(store, site), start=1):
            html = zlib.decompress(row["body"])
            article = extract(html, url=row["url"], template=template)
            if article is None or not article.text.strip():
                counts["empty"] += 1  # the earlier article stays as it was
            else:
                page = Page(
                    url=row["url"],
                    site=row["site"],
                    kind=row["kind"],
                    status=row["status"],
                    body=html,
                    content_type=row["content_type"],
                    etag=row["etag"],
                    last_modified=row["last_modified"],
                    headers=json.loads(row["headers"]) if row["headers"] else {},
                    note=row["note"],
                    links=json.loads(row["links"]) if row["links"] else None,
                )
                counts[store.save_article(page, article)] += 1
                # re-extraction is not a fetch: the revisit schedule must not move
                store.keep_fetch_times(row["url"], row["fetched_at"], row["changed_at"])
            if time.monotonic() - last >= PROGRESS_EVERY:
                last = time.monotonic()
                click.echo(
                    f"reextract {site}: {n}/{total} pages, {counts['updated']} updated", file=out
                )
    return summary


def print_summary(summary: dict[str, Counter], out) -> None:
    cols = ("updated", "unchanged", "new", "alias", "empty")
    click.echo(f"{'site':24}{'pages':>7}" + "".join(f"{c:>11}" for c in cols), file=out)
    for site, counts in summary.items():
        click.echo(
            f"{site:24}{sum(counts.values()):>7}" + "".join(f"{counts[c]:>11}" for c in cols),
            file=out,
        )


@click.command("reextract")
@db_option
@click.option(
    "--site", "site_ids", multiple=True, metavar="ID", help="Only this site (repeatable)."
)
@click.option(
    "--relearn", is_flag=True, help="Learn each site's template again from its stored pages."
)
def reextract_command(db_path, site_ids, relearn):
    """Extract stored article pages again; changed texts become new versions."""
    import sqlite3

    try:
        store = Store.open(existing_db(db_path))
    except (OSError, sqlite3.Error) as exc:
        raise click.ClickException(f"cannot open archive {db_path}: {exc}") from None
    try:
        known = [
            r["site"]
            for r in store.db.query(
                "select distinct site from pages where kind = 'article' order by site"
            )
        ]
        if site_ids:
            missing = [s for s in site_ids if s not in known]
            if missing:
                raise click.ClickException(
                    f"no stored article pages for site {', '.join(map(repr, missing))}"
                )
            known = list(site_ids)
        summary = reextract(store, known, out=sys.stderr, relearn=relearn)
    finally:
        store.close()
    print_summary(summary, sys.stdout)
