"""`lhh dedup`: list the merges deduplication made and undo a wrong one; decides nothing itself."""

from __future__ import annotations

import sqlite3

import click

from crawler.options import CONTEXT_SETTINGS, db_option, existing_db


@click.group("dedup", context_settings=CONTEXT_SETTINGS)
def dedup_command():
    """Review the merges of duplicate articles (and undo a wrong one)."""


@dedup_command.command("list")
@db_option
@click.option("--all", "show_all", is_flag=True, help="Include merges already undone.")
@click.option("--site", help="Only copies found on this site.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
def list_command(db_path, show_all, site, limit):
    """Merged copies, newest first: ID, canonical article, similarity, reason, copy URL."""
    store = _open(db_path)
    try:
        where, params = ["1"], []
        if not show_all:
            where.append("d.undone_at is null")
        if site:
            where.append("d.site = ?")
            params.append(site)
        rows = list(store.db.query(
            "select d.id, d.article_id, d.similarity, d.reason, d.site, d.url, d.undone_at,"
            " a.url as canonical_url from duplicates d join articles a on a.id = d.article_id"
            f" where {' and '.join(where)} order by d.id desc limit ?",
            [*params, limit],
        ))
    finally:
        store.close()
    if not rows:
        click.echo("no merges recorded")
        return
    for row in rows:
        undone = f"  (undone {row['undone_at']})" if row["undone_at"] else ""
        click.echo(
            f"{row['id']:>6}  article {row['article_id']:<6} {row['similarity']:.2f}"
            f" {row['reason']:<9} {row['site']}: {row['url']}"
            f"\n{'':>8}copy of {row['canonical_url']}{undone}"
        )


@dedup_command.command("undo")
@db_option
@click.argument("duplicate_id", type=int)
def undo_command(db_path, duplicate_id):
    """Undo merge DUPLICATE_ID (from `lhh dedup list`): the copy becomes an article again."""
    store = _open(db_path)
    try:
        article_id = store.undo_duplicate(duplicate_id)
    except (KeyError, ValueError) as exc:
        raise click.ClickException(str(exc.args[0])) from None
    finally:
        store.close()
    click.echo(f"merge {duplicate_id} undone: the copy is article {article_id} again")


def _open(db_path):
    from crawler.store import Store

    try:
        return Store.open(existing_db(db_path))
    except (OSError, sqlite3.Error) as exc:
        raise click.ClickException(f"cannot open archive {db_path}: {exc}") from None
