"""Vietnamese full-text search: folding, `lhh search`, and the sqlite-utils search path."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from crawler.cli import cli
from crawler.config import Site
from crawler.extract import Article
from crawler.search import fold
from crawler.store import Page, Store

# Written by hand from the texts: which article each query must find (and only those).
ARTICLES = [
    {
        "key": "dienbien", "site": "dienbien", "published": "2023-03-14",
        "title": "Điện Biên tổ chức hội thảo về cà phê Arabica",
        "text": "Sáng 14/3, Liên hiệp hội tỉnh Điện Biên tổ chức hội thảo khoa học về phát "
                "triển cây cà phê Arabica bền vững.\n\nĐại biểu các sở, ngành đã thảo luận "
                "giải pháp giống và kỹ thuật canh tác cho vùng cao.",
    },
    {
        "key": "danang", "site": "danang", "published": "2024-06-02T09:30:00+07:00",
        "title": "Đà Nẵng: tập huấn đa dạng sinh học",
        "text": "Lớp tập huấn về bảo tồn đa dạng sinh học vùng bán đảo Sơn Trà thu hút "
                "hơn 60 học viên.\n\nCác chuyên gia giới thiệu phương pháp giám sát loài "
                "linh trưởng và rừng ven biển.",
    },
    {
        "key": "nghean", "site": "nghean", "published": "2022-11-20",
        "title": "Nghệ An: Hội nghị Ban chấp hành mở rộng",
        "text": "Hội nghị tổng kết công tác tư vấn, phản biện và giám định xã hội năm 2022."
                "\n\nLiên hiệp hội cũng thông qua kế hoạch tổ chức hội thảo chuyên đề về "
                "chuyển đổi số trong nông nghiệp.",
    },
    {
        "key": "nghean2", "site": "nghean", "published": None,
        "title": "Giải thưởng Sáng tạo Khoa học Công nghệ tỉnh",
        "text": "Hội đồng giải thưởng chấm chọn 12 giải pháp kỹ thuật có giá trị ứng dụng "
                "cao trong sản xuất.\n\nLễ trao giải dự kiến diễn ra vào quý I.",
    },
]
QUERIES = {
    "hoi thao": {"dienbien", "nghean"},
    "Hội thảo": {"dienbien", "nghean"},
    "HỘI THẢO": {"dienbien", "nghean"},
    "dien bien": {"dienbien"},
    "Điện Biên": {"dienbien"},
    "ĐIỆN BIÊN": {"dienbien"},
    "da dang sinh hoc": {"danang"},
    "đa dạng sinh học": {"danang"},
    "giai phap": {"dienbien", "nghean2"},
    "chuyen doi so": {"nghean"},
    "đại biểu": {"dienbien"},
    "dai bieu": {"dienbien"},
    "linh truong": {"danang"},
    "tong ket": {"nghean"},
}


def build_archive(path: Path, articles=ARTICLES) -> dict[str, int]:
    """An archive written through the store, as a crawl writes it; returns key → id."""
    store = Store.open(path)
    ids = {}
    try:
        for index, item in enumerate(articles):
            site = Site(id=item["site"], name=f"LHH {item['site']}",
                        url=f"http://{item['site']}.example.vn/")
            store.ensure_site(site)
            url = f"http://{item['site']}.example.vn/tin-tuc/{item['key']}-{index}.html"
            page = Page(url=url, site=site.id, kind="article", status=200,
                        body=f"<html><body><h1>{item['title']}</h1></body></html>".encode(),
                        headers={"Content-Type": "text/html; charset=utf-8"})
            article = Article(url=url, title=item["title"], text=item["text"],
                              published=item["published"], language="vi")
            store.save_article(page, article)
            ids[item["key"]] = store.db.execute(
                "select article_id from article_urls where url = ?", [url]).fetchone()[0]
    finally:
        store.close()
    return ids


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    return path, build_archive(path)


def lhh_search(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["search", *args, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


@pytest.mark.parametrize("query", sorted(QUERIES))
def test_lhh_search_finds_every_labelled_query(archive, query):
    db, ids = archive
    found = {hit["id"] for hit in lhh_search(db, query)}
    assert found == {ids[k] for k in QUERIES[query]}


@pytest.mark.parametrize("query", sorted(QUERIES))
def test_sqlite_utils_search_finds_the_same_unfolded(archive, query):
    db, ids = archive
    rows = sqlite_utils.Database(db)["articles"].search(query)
    assert {row["id"] for row in rows} == {ids[k] for k in QUERIES[query]}


@pytest.mark.parametrize("query", ["Hội thảo", "Điện Biên", "dien bien"])
def test_sqlite_utils_cli_search(archive, query):
    db, ids = archive
    done = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "search", str(db), "articles", query],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    found = {row["id"] for row in json.loads(done.stdout)}
    assert found == {ids[k] for k in QUERIES[query]}


def test_hits_carry_site_date_url_and_a_highlighted_snippet(archive):
    db, ids = archive
    [hit] = lhh_search(db, "dien bien")
    assert hit["site"] == "dienbien" and hit["published"] == "2023-03-14"
    assert hit["url"].endswith("/tin-tuc/dienbien-0.html")
    assert "<b>Điện</b> <b>Biên</b>" in hit["snippet"]


def test_title_matches_rank_above_text_matches(tmp_path):
    db = tmp_path / "a.db"
    filler = "Nội dung khác hẳn về nông nghiệp và thủy lợi vùng đồng bằng sông Cửu Long. "
    ids = build_archive(db, [
        {"key": "body", "site": "x", "published": "2024-01-01", "title": "Tin hoạt động",
         "text": filler * 3 + "Có nhắc tới hội thảo một lần."},
        {"key": "title", "site": "x", "published": "2024-01-02",
         "title": "Hội thảo khoa học thường niên", "text": "Chương trình gồm ba phiên."},
        # bm25 gives words found in most documents no weight: a few unrelated ones
        *({"key": f"other{i}", "site": "x", "published": None, "title": f"Thông báo số {i}",
           "text": f"Lịch tiếp công dân tháng {i} của cơ quan."} for i in range(1, 4)),
    ])
    hits = lhh_search(db, "hoi thao")
    assert [h["id"] for h in hits] == [ids["title"], ids["body"]]
    assert hits[0]["rank"] < hits[1]["rank"]  # bm25: lower is better


def test_site_since_and_limit_filter(archive):
    db, ids = archive
    assert {h["id"] for h in lhh_search(db, "hoi thao", "--site", "nghean")} == {ids["nghean"]}
    assert {h["id"] for h in lhh_search(db, "hoi thao", "--since", "2023")} == {ids["dienbien"]}
    assert len(lhh_search(db, "hoi thao", "--limit", "1")) == 1


def test_an_edited_article_is_found_by_its_new_words_only(archive):
    db, ids = archive
    store = Store.open(db)
    store.db["articles"].update(ids["danang"], {"text": "Đoàn công tác khảo sát đập thủy điện."})
    store.db["articles"].update(ids["nghean"], {"last_seen": "2030-01-01T00:00:00+00:00"})
    store.close()
    assert lhh_search(db, "linh truong") == []
    assert {h["id"] for h in lhh_search(db, "doan cong tac")} == {ids["danang"]}
    assert {h["id"] for h in lhh_search(db, "Đoàn công tác")} == {ids["danang"]}
    rows = sqlite_utils.Database(db)["articles"].search("Đoàn")
    assert [r["id"] for r in rows] == [ids["danang"]]
    assert {h["id"] for h in lhh_search(db, "hoi thao")} == {ids["dienbien"], ids["nghean"]}


def test_deleted_articles_leave_the_index(archive):
    db, ids = archive
    database = sqlite_utils.Database(db)
    database.execute("pragma foreign_keys=off")
    with database.conn:
        database.execute("delete from articles where id = ?", [ids["dienbien"]])
    assert lhh_search(db, "dien bien") == []
    for query in ("'\"dien bien\"'", "'arabica'"):  # the folded copy and the original
        sql = f"select count(*) from articles_fts where articles_fts match {query}"
        assert database.execute(sql).fetchone()[0] == 0


def test_user_input_is_quoted_and_raw_syntax_errors_are_one_line(archive):
    db, ids = archive
    # Quotes, brackets and dashes typed by a user are not FTS5 syntax by default.
    for query in ('"hội thảo', "hội-thảo (", "hội* thảo:"):
        assert {h["id"] for h in lhh_search(db, query)} == {ids["dienbien"], ids["nghean"]}
    assert {h["id"] for h in lhh_search(db, "hoi OR thao", "--raw")} >= {ids["nghean"]}
    result = CliRunner().invoke(cli, ["search", '"hoi thao', "--raw", "--db", str(db)])
    assert result.exit_code == 1
    assert "malformed search query" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_missing_archive_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no archive at" in result.output


def test_terminal_output_lists_title_site_date_url(archive):
    db, _ = archive
    result = CliRunner().invoke(cli, ["search", "da dang", "--db", str(db)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Đà Nẵng: tập huấn đa dạng sinh học"
    assert lines[1].startswith("  danang · 2024-06-02T09:30:00+07:00 · http://danang.example.vn/")
    assert "đa dạng" in lines[2]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_fold_is_idempotent_and_leaves_no_marks_or_d_stroke(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert "đ" not in folded and "Đ" not in folded
    assert not any(0x300 <= ord(c) < 0x370 for c in folded)


@pytest.mark.parametrize("word", ["hội thảo", "HỘI THẢO", "Hội Thảo", "hoi thao"])
def test_fold_examples(word):
    assert fold(unicodedata.normalize("NFC", word)) == "hoi thao"


def test_ranking_covers_the_newest_candidates_only(tmp_path, monkeypatch):
    import crawler.search

    db = tmp_path / "a.db"
    ids = build_archive(db, [
        {"key": f"n{i}", "site": "x", "published": f"2024-01-{i + 1:02d}",
         "title": f"Bản tin số {i}", "text": f"Thông tin hội thảo lần thứ {i} của tỉnh."}
        for i in range(6)
    ])
    assert len(lhh_search(db, "hoi thao")) == 6
    monkeypatch.setattr(crawler.search, "CANDIDATES", 3)
    found = {h["id"] for h in lhh_search(db, "hoi thao")}
    assert found == {ids["n3"], ids["n4"], ids["n5"]}  # the three archived last


def test_reindex_restores_what_an_fts_rebuild_drops(archive):
    from crawler.schema import reindex_search

    db, ids = archive
    store = Store.open(db)
    with store.db.atomic():  # FTS5's own rebuild reads the articles only: no folded copies
        store.db.execute("insert into articles_fts(articles_fts) values('rebuild')")
    assert lhh_search(db, "dien bien") == []
    reindex_search(store.db)
    store.close()
    assert {h["id"] for h in lhh_search(db, "dien bien")} == {ids["dienbien"]}
    assert {h["id"] for h in lhh_search(db, "Điện Biên")} == {ids["dienbien"]}


def test_an_archive_from_before_the_folded_index_is_upgraded_on_open(archive):
    db, ids = archive
    database = sqlite_utils.Database(db)
    # Back to what m002 alone made: sqlite-utils' own triggers, an unfolded index.
    # (disable_fts finds our triggers by sqlite-utils' names and drops them too.)
    database["articles"].disable_fts()
    assert not [t for t in database.triggers if t.table == "articles"]
    database["articles"].enable_fts(["title", "text"], create_triggers=True,
                                    tokenize="unicode61 remove_diacritics 2")
    with database.conn:
        database.execute("delete from _sqlite_migrations where name = 'm400_folded_search'")
    assert list(database["articles"].search("dien bien")) == []
    database.close()
    assert {h["id"] for h in lhh_search(db, "dien bien")} == {ids["dienbien"]}
