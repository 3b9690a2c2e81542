"""Deduplication: decisions on labelled pairs, the store merging in any order and across
sessions, canonical originals, undo, the persisted index, and properties of folding."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler import dedup
from crawler.cli import cli
from crawler.config import Site
from crawler.dedup import duplicate_records, fold, make_doc, verify
from crawler.extract import Article
from crawler.store import Page, Store
from tests.dedup_labels import load_articles

ARTICLES = load_articles()
GROUPS: dict[str, list[str]] = {}
for _id, _a in ARTICLES.items():
    GROUPS.setdefault(_a["group"], []).append(_id)

# Floors measured on tests/dedup_data; they may only rise.
MIN_PAIR_RECALL = 1.0
MIN_PAIR_PRECISION = 1.0


def pair_decisions():
    docs = {k: make_doc(a["title"], a["text"], a["published"])[0] for k, a in ARTICLES.items()}
    for x, y in itertools.combinations(ARTICLES, 2):
        same = ARTICLES[x]["group"] == ARTICLES[y]["group"]
        yield x, y, same, verify(docs[x], docs[y])


def test_labelled_pairs_precision_and_recall():
    true_pos = false_pos = false_neg = 0
    wrong = []
    for x, y, same, verdict in pair_decisions():
        if verdict.merge and same:
            true_pos += 1
        elif verdict.merge:
            false_pos += 1
            wrong.append(f"false merge {x} ~ {y}: {verdict}")
        elif same:
            false_neg += 1
            wrong.append(f"missed {x} ~ {y}: {verdict}")
    precision = true_pos / ((true_pos + false_pos) or 1)
    recall = true_pos / ((true_pos + false_neg) or 1)
    assert true_pos + false_neg >= 20, "the labelled set lost its duplicate pairs"
    assert precision >= MIN_PAIR_PRECISION and recall >= MIN_PAIR_RECALL, "\n".join(wrong)


TRAPS = [
    ("na-2022", "na-2023"),  # next year's report, same paragraphs, other figures
    ("st-2016", "st-2017"),  # same opening and closing, other middle
    ("workshop-dn", "workshop-qnam"),  # one event, two sites, own words
    ("bch-hagiang", "bch-camau"),  # same title
    ("notice-hoithi-a", "notice-hoithi-b"),  # notice differing in a date only
    ("notice-tuyendung-2022", "notice-tuyendung-2023"),  # a number and a year
]


@pytest.mark.parametrize(("a", "b"), TRAPS)
def test_traps_are_not_merged(a, b):
    da = make_doc(ARTICLES[a]["title"], ARTICLES[a]["text"], ARTICLES[a]["published"])[0]
    db = make_doc(ARTICLES[b]["title"], ARTICLES[b]["text"], ARTICLES[b]["published"])[0]
    assert not verify(da, db).merge
    assert not verify(db, da).merge


def test_number_rule_is_what_stops_the_yearly_report():
    """The 2023 report shares ~77% of its shingles with 2022's: only its figures differ."""
    a, b = ARTICLES["na-2022"], ARTICLES["na-2023"]
    da = make_doc(a["title"], a["text"], a["published"])[0]
    db = make_doc(b["title"], b["text"], b["published"])[0]
    verdict = verify(da, db)
    assert verdict.similarity >= dedup.MERGE_JACCARD and verdict.reason == "numbers differ"
    # the same text with its figures put back as they were is a copy again
    restored = b["text"].replace("năm 2023", "năm 2022")
    assert verify(da, make_doc(a["title"], restored, a["published"])[0]).similarity > (
        verdict.similarity
    )


# -- the store ------------------------------------------------------------------------


def open_store(path) -> Store:
    store = Store.open(path)
    for site in sorted({a["site"] for a in ARTICLES.values()}):
        store.ensure_site(Site(id=site, name=site, url=f"http://{site}.example/"))
    return store


def save(store: Store, key: str) -> str:
    a = ARTICLES[key]
    article = Article(url=a["url"], title=a["title"], text=a["text"], published=a["published"],
                      language="vi")
    return store.save_article(Page(a["url"], a["site"], "article", 200, b"<html/>"), article)


def group_of_each_article(store: Store) -> dict[int, set[str]]:
    """Canonical article id → the labelled groups whose URLs point at it."""
    url_group = {a["url"]: a["group"] for a in ARTICLES.values()}
    out: dict[int, set[str]] = {}
    for row in store.db.query("select url, article_id from article_urls"):
        out.setdefault(row["article_id"], set()).add(url_group[row["url"]])
    return out


def assert_one_record_per_group(store: Store) -> None:
    groups = group_of_each_article(store)
    mixed = {k: v for k, v in groups.items() if len(v) > 1}
    assert not mixed, f"false merges: {mixed}"
    assert sorted(g for v in groups.values() for g in v) == sorted(GROUPS), "a group split"
    assert store.db["articles"].count == len(GROUPS)
    # the canonical record is the original: each group's first article is its source
    for row in store.db.query("select id, site from articles"):
        (group,) = groups[row["id"]]
        assert row["site"] == ARTICLES[GROUPS[group][0]]["site"], (group, row["site"])


@settings(max_examples=8, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(min_value=0, max_value=len(ARTICLES)))
def test_store_merges_in_any_order_and_across_sessions(tmp_path_factory, rnd, split):
    order = list(ARTICLES)
    rnd.shuffle(order)
    path = tmp_path_factory.mktemp("order") / "archive.db"
    store = open_store(path)
    outcomes = [save(store, key) for key in order[:split]]
    store.close()  # a later run, months apart: only the database remembers
    store = open_store(path)
    outcomes += [save(store, key) for key in order[split:]]
    assert outcomes.count("new") == len(GROUPS)
    assert outcomes.count("alias") == len(ARTICLES) - len(GROUPS)
    assert_one_record_per_group(store)
    store.close()


def test_repost_first_then_original_swaps_the_record(tmp_path):
    store = open_store(tmp_path / "a.db")
    assert save(store, "vusta-na-2022") == "new"
    assert save(store, "na-2022") == "alias"
    (row,) = store.db.query("select * from articles")
    assert (row["site"], row["url"]) == ("nghean", ARTICLES["na-2022"]["url"])
    assert row["text"] == ARTICLES["na-2022"]["text"] and row["published"] == "2023-01-10"
    (copy,) = duplicate_records(store.db)
    assert copy["url"] == ARTICLES["vusta-na-2022"]["url"] and copy["site"] == "vusta"
    assert copy["text"] == ARTICLES["vusta-na-2022"]["text"]
    assert copy["duplicate_of"] == row["id"] and copy["reason"] == "near"
    assert 0.7 < copy["similarity"] < 1.0
    # searching still finds it, under the original's title
    hits = list(store.db["articles"].search("tổng kết"))
    assert [h["id"] for h in hits] == [row["id"]]
    store.close()


def test_exact_copies_on_other_sites_are_recorded_same_site_aliases_are_not(tmp_path):
    store = open_store(tmp_path / "a.db")
    save(store, "na-2022")
    assert save(store, "na-2022-alias") == "alias"  # same site, same text: just a URL
    assert list(duplicate_records(store.db)) == []
    save(store, "notice-hoithi-a")
    assert save(store, "notice-hoithi-a-vusta") == "alias"
    (copy,) = duplicate_records(store.db)
    assert (copy["reason"], copy["similarity"], copy["site"]) == ("exact", 1.0, "vusta")
    store.close()


def test_undo_restores_the_copy_as_its_own_article(tmp_path):
    store = open_store(tmp_path / "a.db")
    save(store, "qn-2020")
    save(store, "vusta-qn-2020")
    (copy,) = duplicate_records(store.db)
    new_id = store.undo_duplicate(copy["duplicate_id"])
    row = store.db["articles"].get(new_id)
    assert (row["url"], row["site"], row["text"]) == (
        copy["url"], "vusta", ARTICLES["vusta-qn-2020"]["text"])
    assert store.db["article_urls"].get(copy["url"])["article_id"] == new_id
    assert list(duplicate_records(store.db)) == []
    with pytest.raises(ValueError):
        store.undo_duplicate(copy["duplicate_id"])
    # a revisit of the restored URL keeps it apart
    assert save(store, "vusta-qn-2020") == "unchanged"
    assert store.db["articles"].count == 2
    store.close()


def test_dedup_cli_lists_and_undoes(tmp_path):
    path = tmp_path / "a.db"
    store = open_store(path)
    save(store, "bt-2022")
    save(store, "vusta-bt-2022")
    store.close()
    runner = CliRunner()
    listed = runner.invoke(cli, ["dedup", "list", "--db", str(path)])
    assert listed.exit_code == 0 and "vusta" in listed.output and "near" in listed.output
    undone = runner.invoke(cli, ["dedup", "undo", "1", "--db", str(path)])
    assert undone.exit_code == 0, undone.output
    again = runner.invoke(cli, ["dedup", "undo", "1", "--db", str(path)])
    assert again.exit_code == 1 and "already undone" in again.output
    missing = runner.invoke(cli, ["dedup", "undo", "99", "--db", str(path)])
    assert missing.exit_code == 1 and "no duplicate with id 99" in missing.output
    assert "no merges" in runner.invoke(cli, ["dedup", "list", "--db", str(path)]).output


# -- site furniture ----------------------------------------------------------------------

FURNITURE = (
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang, địa chỉ tổ 5 phường Nguyễn Trãi, "
    "thành phố Hà Giang; chịu trách nhiệm nội dung: Chánh Văn phòng Liên hiệp Hội; giấy phép "
    "thiết lập trang thông tin điện tử tổng hợp do Sở Thông tin và Truyền thông cấp; ghi rõ "
    "nguồn khi phát hành lại thông tin từ trang này; mọi ý kiến đóng góp xin gửi về hộp thư "
    "của Văn phòng Liên hiệp Hội để được giải đáp kịp thời."
)
NOTICES = [
    "Văn phòng Liên hiệp Hội thông báo lịch họp giao ban tháng với các hội thành viên.",
    "Mời các hội thành viên gửi báo cáo sơ kết sáu tháng về Văn phòng đúng hạn.",
    "Liên hiệp Hội phát động phong trào thi đua chào mừng ngày Khoa học và Công nghệ.",
    "Thông tin về lớp tập huấn kỹ năng tư vấn, phản biện cho cán bộ hội cơ sở.",
]


def test_paragraphs_repeated_on_a_site_do_not_count_as_shared_content(tmp_path):
    texts = [f"{n}\n\n{FURNITURE}" for n in NOTICES]
    a, b = (make_doc(None, t, None)[0] for t in texts[-2:])
    assert verify(a, b).merge, "without learning, the furniture alone would merge them"
    store = Store.open(tmp_path / "a.db")
    store.ensure_site(Site(id="hagiang", name="Hà Giang", url="http://hg.example/"))
    for i, text in enumerate(texts):
        url = f"http://hg.example/tin/{i}"
        page = Page(url, "hagiang", "article", 200, b"<html/>")
        assert store.save_article(page, Article(url, f"Tin {i}", text)) == "new"
    assert store.db["articles"].count == len(NOTICES)
    store.close()


# -- the persisted index and properties ------------------------------------------------


def test_band_keys_are_the_same_in_another_process():
    """Runs months apart only meet if signatures do not depend on the process."""
    text = ARTICLES["qn-2020"]["text"]
    mine = dedup.lsh_keys(make_doc(None, text, None)[1])
    code = (
        "import sys, json; from crawler.dedup import lsh_keys, make_doc;"
        "print(json.dumps(lsh_keys(make_doc(None, sys.stdin.read(), None)[1])))"
    )
    done = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True,
                          text=True, check=True, env={"PYTHONHASHSEED": "12345", "PATH": ""})
    assert mine == __import__("json").loads(done.stdout)
    assert len(mine) == dedup.BANDS


def test_every_labelled_copy_is_a_band_candidate_of_its_original(tmp_path):
    store = Store.open(tmp_path / "a.db")
    index = dedup.DedupIndex(store.db)
    ids = {key: n for n, key in enumerate(ARTICLES, 1)}
    for key, a in ARTICLES.items():
        index.add(ids[key], dedup.lsh_keys(make_doc(a["title"], a["text"], None)[1]))
    for group in GROUPS.values():
        for x, y in itertools.permutations(group, 2):
            keys = dedup.lsh_keys(make_doc(None, ARTICLES[x]["text"], None)[1])
            assert ids[y] in index.candidates(keys, exclude=ids[x]), (x, y)
    store.close()


def test_archives_from_before_dedup_are_indexed_by_the_migration(tmp_path):
    from crawler.schema import m303_dedup_backfill

    store = open_store(tmp_path / "a.db")
    save(store, "st-2016")
    save(store, "qn-2020")
    store.db.execute("delete from dedup_bands")  # as if stored before dedup existed
    store.db.execute("delete from dedup_paragraphs")
    assert save(store, "vusta-qn-2020") == "new", "nothing to match without the index"
    store.db.execute("delete from dedup_bands")
    m303_dedup_backfill(store.db)
    assert save(store, "st-2016-vusta") == "alias"
    store.close()


SYLLABLES = ["hội", "thảo", "khoa", "học", "Đà", "Nẵng", "đường", "nghị", "tỉnh", "năm",
             "2023", "12/01", "Liên", "hiệp", "kỹ", "thuật", "ĐỒNG", "chí", "giải", "thưởng"]
vietnamese = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=60).map(" ".join)


@given(st.text())
def test_fold_is_idempotent_and_removes_marks(text):
    once = fold(text)
    assert fold(once) == once
    assert "đ" not in once and "Đ" not in once


@given(vietnamese)
def test_fold_matches_the_unaccented_spelling(text):
    plain = fold(text)
    assert plain.isascii() and plain == plain.lower()
    assert len(plain.split()) == len(text.split())


@given(vietnamese, vietnamese)
def test_verify_is_symmetric_and_a_text_is_its_own_copy(a, b):
    da, db = make_doc(None, a, None)[0], make_doc(None, b, None)[0]
    assert verify(da, db).merge == verify(db, da).merge
    assert verify(da, da).merge


@given(st.sampled_from(["Nghệ An", "Bình Định", "Quảng Ngãi", "Thừa Thiên Huế"]),
       st.sampled_from([": ", " - ", " – "]),
       st.sampled_from([a["title"] for a in ARTICLES.values()]))
def test_place_prefix_marks_the_repost(place, sep, title):
    repost = f"{place}{sep}{title}"
    assert dedup.has_place_prefix(repost, title)
    assert not dedup.has_place_prefix(title, repost)
    assert dedup.is_original({"title": title}, {"title": repost})
    assert not dedup.is_original({"title": repost}, {"title": title})


def test_earlier_day_is_the_original_and_ties_keep_the_incumbent():
    early, late = {"title": "A", "published": "2023-01-10"}, {"title": "B",
                                                              "published": "2023-01-13T09:00"}
    assert dedup.is_original(early, late) and not dedup.is_original(late, early)
    assert not dedup.is_original(dict(early), dict(early))
    assert not dedup.is_original({"title": "A"}, late)



# -- end to end: one site reposts another ------------------------------------------------

E2E = {  # site → the labelled articles it publishes
    "nghean": ["na-2022", "st-2022", "workshop-dn", "na-2023"],
    "vusta": ["vusta-na-2022", "vusta-st-2022", "workshop-qnam", "notice-hoithi-a"],
}


def _article_html(a: dict, site: str) -> str:
    day = a["published"][:10]
    d, m, y = day[8:10], day[5:7], day[:4]
    paragraphs = "".join(f"<p>{p}</p>" for p in a["text"].split("\n\n"))
    return (
        f"<html><head><meta charset='utf-8'><title>{a['title']} - {site}</title>"
        f"<meta property='article:published_time' content='{day}T08:00:00+07:00'></head>"
        f"<body><header><a href='/'>Trang chủ</a> <a href='/tin-tuc/'>Tin tức</a></header>"
        f"<article><h1>{a['title']}</h1><div class='date'>Ngày {d}/{m}/{y}</div>"
        f"{paragraphs}</article>"
        f"<footer>Liên hiệp các Hội Khoa học và Kỹ thuật ({site}). Ghi rõ nguồn khi phát hành"
        f" lại thông tin từ website này.</footer></body></html>"
    )


def _site_routes(site: str) -> tuple[dict, dict[str, str]]:
    from tests.siteserver import Response

    routes, paths = {}, {}
    links = []
    for n, key in enumerate(E2E[site], 1):
        path = f"/tin-tuc/bai-viet-{n}.html"
        paths[key] = path
        routes[path] = Response(_article_html(ARTICLES[key], site))
        links.append(f"<li><a href='{path}'>{ARTICLES[key]['title']}</a></li>")
    listing = f"<html><body><h1>Tin tức</h1><ul>{''.join(links)}</ul></body></html>"
    routes["/"] = Response(listing)
    routes["/tin-tuc/"] = Response(listing)
    return routes, paths


@pytest.mark.e2e
def test_two_sites_crawled_one_record_per_article(tmp_path):
    import json
    import sqlite3

    from tests.conftest import run_lhh, write_sites
    from tests.siteserver import SiteServer

    source_routes, source_paths = _site_routes("nghean")
    repost_routes, repost_paths = _site_routes("vusta")
    with SiteServer(source_routes) as source, SiteServer(repost_routes, host="127.0.0.2") as hub:
        sites = write_sites(tmp_path / "sites.yaml", [
            {"id": "nghean", "name": "LHH Nghệ An", "url": source.url + "/"},
            {"id": "vusta", "name": "VUSTA", "url": hub.url + "/"},
        ])
        db = tmp_path / "archive.db"
        run = run_lhh("crawl", "--sites", str(sites), "--db", str(db), "-s", "DOWNLOAD_DELAY=0",
                      "-s", "LHH_RETRY_BACKOFF=0.2")
        assert run.code == 0, run.stderr[-3000:]
        out = tmp_path / "export.jsonl"
        exported = run_lhh("export", "--format", "jsonl", "--out", str(out), "--db", str(db),
                           "--include-duplicates")
        assert exported.code == 0, exported.stderr[-2000:]
    urls = {key: source.url + p for key, p in source_paths.items()}
    urls.update({key: hub.url + p for key, p in repost_paths.items()})
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    records = [r for r in rows if not r.get("duplicate_of")]
    copies = [r for r in rows if r.get("duplicate_of")]
    by_url = {r["url"]: r for r in records}
    expect_records = {"na-2022", "st-2022", "workshop-dn", "na-2023", "workshop-qnam",
                      "notice-hoithi-a"}
    assert sorted(by_url) == sorted(urls[k] for k in expect_records)
    assert by_url[urls["na-2022"]]["also_at"] == [urls["vusta-na-2022"]]
    assert by_url[urls["st-2022"]]["also_at"] == [urls["vusta-st-2022"]]
    assert by_url[urls["na-2023"]]["also_at"] == []
    assert sorted(c["url"] for c in copies) == sorted([urls["vusta-na-2022"],
                                                       urls["vusta-st-2022"]])
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from duplicates").fetchone()[0] == 2
