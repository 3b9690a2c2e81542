"""`lhh reextract` on a real SQLite archive: new versions for changed texts, nothing lost."""

from __future__ import annotations

import io
import json
from pathlib import Path

from click.testing import CliRunner

from crawler.config import Site
from crawler.extract import Article
from crawler.reextract import reextract, reextract_command
from crawler.store import Page, Store

PAGES = Path(__file__).parent / "extraction" / "pages" / "lhh-quangngai"
SITE = Site(
    id="lhh-quangngai", name="Liên hiệp Hội Quảng Ngãi", url="http://lhh-quangngai.example.vn/"
)


def stored_archive(tmp_path: Path, n: int = 6) -> tuple[Path, list[dict]]:
    """An archive as an older extractor left it: counters and sidebars in every text."""
    db = tmp_path / "archive.db"
    store = Store.open(db)
    store.ensure_site(SITE)
    golds = []
    for path in sorted(PAGES.glob("*.json"))[:n]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        html = path.with_suffix(".html").read_bytes()
        old_text = "\n\n".join(gold["paragraphs"] + ["THÔNG BÁO", "Lượt truy cập: 3994514"])
        page = Page(
            url=gold["url"],
            site=SITE.id,
            kind="article",
            status=200,
            body=html,
            content_type="text/html",
            etag=f'"{path.stem}"',
        )
        store.save_article(page, Article(url=gold["url"], title="Cổng thông tin", text=old_text))
        golds.append(gold)
    # pretend the pages were fetched long ago: re-extraction must not move that
    store.db.execute("update pages set fetched_at = '2020-01-01T00:00:00+00:00'")
    store.db.conn.commit()
    store.close()
    return db, golds


def test_reextract_versions_changed_texts_and_keeps_everything(tmp_path):
    db, golds = stored_archive(tmp_path)
    store = Store.open(db)
    summary = reextract(store, [SITE.id], out=io.StringIO())
    assert summary[SITE.id]["updated"] == len(golds)

    rows = {r["url"]: r for r in store.articles()}
    for gold in golds:
        row = rows[gold["url"]]
        assert row["version"] == 2
        assert row["title"] == gold["title"]
        assert "Lượt truy cập" not in row["text"] and "THÔNG BÁO" not in row["text"]
        for paragraph in gold["paragraphs"]:
            assert paragraph in row["text"]
    old = list(store.db.query("select text, title from article_versions order by id"))
    assert len(old) == len(golds)
    assert all(
        "Lượt truy cập: 3994514" in v["text"] and v["title"] == "Cổng thông tin" for v in old
    )
    fetched = {r["fetched_at"] for r in store.db.query("select fetched_at from pages")}
    assert fetched == {"2020-01-01T00:00:00+00:00"}
    # the template learned from the stored pages is kept for the next crawl
    assert store.load_template(SITE.id)

    again = reextract(store, [SITE.id], out=io.StringIO())
    assert again[SITE.id]["unchanged"] == len(golds)
    assert store.db["article_versions"].count == len(golds)
    store.close()


def test_reextract_command_summary_and_unknown_site(tmp_path):
    db, golds = stored_archive(tmp_path, n=4)
    runner = CliRunner()
    done = runner.invoke(reextract_command, ["--db", str(db), "--site", SITE.id])
    assert done.exit_code == 0, done.output
    line = next(x for x in done.output.splitlines() if x.startswith(SITE.id))
    assert line.split()[1:3] == [str(len(golds)), str(len(golds))]  # pages, updated

    bad = runner.invoke(reextract_command, ["--db", str(db), "--site", "nowhere"])
    assert bad.exit_code == 1 and "nowhere" in bad.output
    missing = runner.invoke(reextract_command, ["--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no archive" in missing.output
