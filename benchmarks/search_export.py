"""Benchmark of the user tools: search latency and export throughput/peak memory at 100k articles.

Generates an archive of synthetic Vietnamese-like articles (syllables with tones and đ,
Zipf word frequencies, 3-7 paragraphs, ~2 KB), written through the real schema (the
folded FTS triggers run on every insert), with one stored page (compressed HTML and
headers) per article so the WARC export has something to replay. Then:

- search: `crawler.search.search` (what `lhh search` runs) for folded queries
  ("hoi thao") and unfolded ones ("Hội thảo"), each repeated; p50/p95 in ms;
- export: `python -m crawler export --format F --out FILE` as a child process for each
  format, rows/s from the wall time and the child's own peak RSS (wait4).

    python benchmarks/search_export.py                    # 100k articles in a temp dir
    python benchmarks/search_export.py --articles 20000 --db /tmp/bench.db --keep
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph",
          "qu", "r", "s", "t", "th", "tr", "v", "x"]
NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ia", "ươ", "uô", "oa"]
CODAS = ["", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"]
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]  # huyền sắc ngã hỏi nặng
# Words of this domain planted at realistic rates, so queries hit common and rare terms.
PHRASES = [("hội thảo", 0.12), ("Điện Biên", 0.02), ("khoa học", 0.5), ("kỹ thuật", 0.4),
           ("Liên hiệp hội", 0.3), ("tư vấn phản biện", 0.08), ("đa dạng sinh học", 0.01),
           ("chuyển đổi số", 0.05)]
SITES = [f"site{i:02d}" for i in range(30)]
QUERIES_FOLDED = ["hoi thao", "dien bien", "khoa hoc ky thuat", "tu van phan bien",
                  "da dang sinh hoc", "chuyen doi so", "lien hiep hoi"]
QUERIES_UNFOLDED = ["Hội thảo", "Điện Biên", "khoa học kỹ thuật", "tư vấn phản biện",
                    "đa dạng sinh học", "chuyển đổi số", "Liên hiệp hội"]
FORMATS = ["jsonl", "csv", "txt", "parquet", "warc"]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    import unicodedata

    words = set()
    while len(words) < size:
        syllable = rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(TONES) + rng.choice(CODAS)
        words.add(unicodedata.normalize("NFC", syllable))
    return sorted(words)


def articles(count: int, seed: int = 7):
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]  # Zipf
    for number in range(1, count + 1):
        paragraphs = []
        for _ in range(rng.randint(3, 7)):
            words = rng.choices(vocab, weights, k=rng.randint(40, 90))
            for phrase, rate in PHRASES:
                if rng.random() < rate / 3:
                    words.insert(rng.randrange(len(words)), phrase)
            paragraphs.append(" ".join(words).capitalize() + ".")
        title_words = rng.choices(vocab, weights, k=rng.randint(8, 14))
        if rng.random() < 0.05:
            title_words.insert(0, rng.choice(PHRASES)[0])
        year = rng.randint(2012, 2025)
        yield {
            "id": number,
            "site": SITES[number % len(SITES)],
            "title": " ".join(title_words).capitalize(),
            "text": "\n\n".join(paragraphs),
            "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }


def build(path: Path, count: int) -> float:
    from crawler.store import Store

    started = time.perf_counter()
    store = Store.open(path)
    db = store.db
    db["sites"].insert_all(
        [{"id": s, "name": f"Liên hiệp hội {s}", "url": f"http://{s}.example.vn/"} for s in SITES]
    )
    now = "2026-01-01T00:00:00+00:00"
    headers = json.dumps({"Content-Type": "text/html; charset=utf-8", "Server": "nginx"})
    batch: list[dict] = []

    def flush():
        with db.atomic():
            db.conn.executemany(
                "insert into articles (id, site, url, title, text, published, language, chars,"
                " text_hash, first_seen, updated_at, last_seen, version, gone)"
                " values (?, ?, ?, ?, ?, ?, 'vi', ?, ?, ?, ?, ?, 1, 0)",
                [(a["id"], a["site"], a["url"], a["title"], a["text"], a["published"],
                  len(a["text"]), f"{a['id']:040x}", now, now, now) for a in batch])
            db.conn.executemany(
                "insert into article_urls (url, article_id, site, first_seen, last_seen)"
                " values (?, ?, ?, ?, ?)",
                [(a["url"], a["id"], a["site"], now, now) for a in batch])
            db.conn.executemany(
                "insert into pages (url, site, kind, status, content_type, headers, fetched_at,"
                " body, article_id) values (?, ?, 'article', 200, 'text/html', ?, ?, ?, ?)",
                [(a["url"], a["site"], headers, now, zlib.compress(_html(a).encode(), 6), a["id"])
                 for a in batch])
        batch.clear()

    for article in articles(count):
        article["url"] = f"http://{article['site']}.example.vn/tin-tuc/bai-{article['id']}.html"
        batch.append(article)
        if len(batch) == 2000:
            flush()
            print(f"\r  generated {article['id']:,} articles", end="", file=sys.stderr)
    if batch:
        flush()
    store.close()
    print(file=sys.stderr)
    return time.perf_counter() - started


def _html(article: dict) -> str:
    body = "".join(f"<p>{p}</p>" for p in article["text"].split("\n\n"))
    return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>"
            f"{article['title']}</title></head><body><article><h1>{article['title']}</h1>"
            f"<time>{article['published']}</time>{body}</article></body></html>")


def bench_search(path: Path, repeats: int) -> dict:
    import sqlite3

    from crawler.search import fts_query, search

    conn = sqlite3.connect(path)
    results = {}
    for label, queries in (("folded", QUERIES_FOLDED), ("unfolded", QUERIES_UNFOLDED)):
        timings, cpu, hits = [], [], {}
        for query in queries:
            search(conn, query, limit=20)  # warm the page cache once, as a user's 2nd query
            for _ in range(repeats):
                started, started_cpu = time.perf_counter(), time.process_time()
                found = search(conn, query, limit=20)
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            hits[query] = conn.execute(
                "select count(*) from articles_fts where articles_fts match ?",
                [fts_query(query)],
            ).fetchone()[0]
            assert found, query
        timings.sort()
        cpu.sort()
        results[label] = {
            "p50_ms": round(statistics.median(timings), 2),
            "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
            "max_ms": round(timings[-1], 2),
            # CPU time of the same runs: the latency on an idle machine (shared CI is not)
            "cpu_p50_ms": round(statistics.median(cpu), 2),
            "cpu_p95_ms": round(cpu[int(len(cpu) * 0.95) - 1], 2),
            "matching_articles": hits,
        }
    conn.close()
    return results


def bench_export(path: Path, workdir: Path, count: int) -> dict:
    results = {}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for fmt in FORMATS:
        out = workdir / f"export.{fmt}"
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "crawler", "export", "--format", fmt, "--out", str(out),
             "--db", str(path)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        err = child.stderr.read().decode()
        child.stderr.close()
        if child.returncode:
            raise SystemExit(f"export {fmt} failed: {err}")
        results[fmt] = {
            "seconds": round(seconds, 2),
            "rows_per_s": round(count / seconds),
            # the child's own CPU time: what the rate would be without other load
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "rows_per_cpu_s": round(count / (usage.ru_utime + usage.ru_stime)),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux: KiB
            "size_mb": round(out.stat().st_size / 2**20, 1),
        }
        out.unlink()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse or create this archive")
    parser.add_argument("--keep", action="store_true", help="keep the generated archive")
    parser.add_argument("--repeats", type=int, default=30, help="runs of each query")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lhh-bench-") as tmp:
        workdir = Path(tmp)
        path = args.db or workdir / "bench.db"
        report = {"articles": args.articles}
        if not path.exists():
            report["generate_s"] = round(build(path, args.articles), 1)
        report["db_mb"] = round(path.stat().st_size / 2**20, 1)
        report["search"] = bench_search(path, args.repeats)
        report["export"] = bench_export(path, workdir, args.articles)
        targets = {
            "search p95 <= 50 ms": all(r["p95_ms"] <= 50 for r in report["search"].values()),
            "peak RSS <= 150 MB": all(r["peak_rss_mb"] <= 150 for r in report["export"].values()),
            "jsonl >= 20k rows/s": report["export"]["jsonl"]["rows_per_s"] >= 20_000,
        }
        report["targets_met"] = targets
        print(json.dumps(report, ensure_ascii=False, indent=2))
        if args.keep and args.db is None:
            kept = Path.cwd() / "bench.db"
            shutil.move(path, kept)
            print(f"archive kept at {kept}", file=sys.stderr)


if __name__ == "__main__":
    main()
