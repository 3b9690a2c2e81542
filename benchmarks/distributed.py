"""Benchmark of the distributed crawl: crawl throughput with 1 and 3 workers, ingest
throughput with 1 and 2 extraction processes, against a farm of loopback sites.

The farm: N association-like sites (default 30), each on its own loopback server answering
in 30 ms, with a homepage, a paginated news listing and 40 articles of generated
Vietnamese-like text (3-5 KB, a date, a byline) inside the same menus and footer, so
template learning and extraction do their usual work and no two articles are copies.
Workers are polite as in production, at a shorter delay: 2 connections and
DOWNLOAD_DELAY=0.25 s per host, so one host gives at most ~4 pages/s and a crawl scales
with the hosts crawled at once (8 per worker).

1. crawl: a run is published, then 1 worker (no ingest) crawls every host; pages/s from
   the first to the last host done. Again from scratch with 3 workers.
2. ingest: the pages the 3 workers left in Redis are put back into a fresh run, and
   `lhh ingest --workers 1` stores them into a fresh archive; pages/s over the process's
   life (pool start included). Again with `--workers 2`.

    python benchmarks/distributed.py [--sites 30] [--articles 40]

Needs `redis-server` (Debian's) and the `distributed` extra. One run; ratios printed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.config import load_sites  # noqa: E402
from crawler.crawl import prepare  # noqa: E402
from crawler.sharedrun import DONE, PAGES, SharedRun  # noqa: E402
from tests.conftest import write_sites  # noqa: E402
from tests.redisserver import RedisServer  # noqa: E402
from tests.siteserver import Response, SiteServer  # noqa: E402

SYLLABLES = ("hội thảo khoa học kỹ thuật liên hiệp tỉnh nghiên cứu phát triển nông nghiệp "
             "chuyển đổi số đào tạo cán bộ hội viên doanh nghiệp công nghệ môi trường y tế "
             "giáo dục tư vấn phản biện giám định xã hội dự án sản phẩm chất lượng năng suất "
             "kinh tế tập huấn chương trình kế hoạch thực hiện đánh giá kết quả năm đồng chí "
             "chủ tịch phó ban thường trực tổ chức tham dự báo cáo trình bày ý kiến").split()
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hoạt động hội viên",
        "Tư vấn phản biện", "Khoa học công nghệ", "Văn bản", "Liên hệ"]


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(SYLLABLES) for _ in range(n))


def sentence(rng: random.Random) -> str:
    text = words(rng, rng.randint(12, 24))
    return text[0].upper() + text[1:] + f" {rng.randint(2, 900)}."


def farm_site(n: int, articles: int) -> dict:
    """Routes of one site of the farm: distinct texts (seeded by the site's number)."""
    rng = random.Random(n)
    name = f"Liên hiệp các Hội Khoa học và Kỹ thuật số {n}"
    menu = "".join(f"<li><a href='/muc/{i}.html'>{m}</a></li>" for i, m in enumerate(MENU))
    side = "".join(f"<li>{words(rng, 6)}</li>" for _ in range(5))

    def page(title: str, body: str) -> str:
        return (f"<html><head><title>{title} - {name}</title></head><body>"
                f"<div id='header'><h2>{name}</h2><ul class='menu'>{menu}</ul></div>"
                f"<div id='main'>{body}</div><div id='side'><h3>Thông báo</h3><ul>{side}</ul></div>"
                f"<div id='footer'>Bản quyền © {name}. Địa chỉ: số {n} đường Lê Lợi. "
                f"Điện thoại: 0238 3{n:06d}</div></body></html>")

    routes = {"/robots.txt": Response("User-agent: *\nAllow: /\n", content_type="text/plain")}
    titles = []
    for i in range(articles):
        title = sentence(rng)[:-1].rsplit(" ", 1)[0].capitalize()
        titles.append(title)
        day = 1 + (i * 7 + n) % 28
        paragraphs = "".join(f"<p>{' '.join(sentence(rng) for _ in range(rng.randint(3, 5)))}</p>"
                             for _ in range(rng.randint(6, 9)))
        body = (f"<h1>{title}</h1><div class='date'>Thứ hai, {day:02d}/03/2024 08:00</div>"
                f"<div class='content'>{paragraphs}<p><b>Tác giả: Nguyễn Văn {chr(65 + i % 26)}"
                "</b></p></div>")
        routes[f"/tin-tuc/bai-{i}.html"] = Response(page(title, body))
    per_page = 10
    for k in range(0, articles, per_page):
        items = "".join(
            f"<li><a href='/tin-tuc/bai-{i}.html'>{titles[i]}</a><p>{words(rng, 20)}</p></li>"
            for i in range(articles - 1 - k, max(-1, articles - 1 - k - per_page), -1))
        more = f"<a href='/tin-tuc?page={k // per_page + 2}'>Trang sau</a>" \
            if k + per_page < articles else ""
        routes[f"/tin-tuc?page={k // per_page + 1}" if k else "/tin-tuc"] = Response(
            page("Tin tức", f"<ul class='news'>{items}</ul><div class='pager'>{more}</div>"))
    home_items = "".join(f"<li><a href='/tin-tuc/bai-{i}.html'>{titles[i]}</a></li>"
                         for i in range(articles - 1, articles - 9, -1))
    routes["/"] = Response(page("Trang chủ", f"<ul class='news'>{home_items}</ul>"
                                             "<a href='/tin-tuc'>Xem tất cả tin tức</a>"))
    return routes


def lhh(*args: str, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("LHH_DB", None)
    with open(log, "w") as out:
        return subprocess.Popen([sys.executable, "-m", "crawler", *args], env=env,
                                stdout=out, stderr=subprocess.STDOUT, cwd=log.parent)


def publish(shared: SharedRun, sites_file: Path, db: Path):
    sites = load_sites(sites_file)
    known, complete, pending = prepare(db, sites)
    return shared.publish("bench", sites, known, complete, pending, full=False)


def crawl(shared: SharedRun, url: str, sites_file: Path, tmp: Path, workers: int) -> tuple:
    run = publish(shared, sites_file, tmp / f"crawl{workers}.db")
    started = time.monotonic()
    procs = [lhh("crawl", "--frontier", url, "-s", "DOWNLOAD_DELAY=0.25",
                 "-s", "LHH_OUTBOX_MAX=1000000", log=tmp / f"crawl{workers}-{i}.log")
             for i in range(workers)]
    while shared.r.scard(DONE) < len(run.units):
        if any(p.poll() not in (None, 0) for p in procs):
            raise SystemExit(f"a worker failed: see {tmp}")
        time.sleep(0.1)
    seconds = time.monotonic() - started
    pages = shared.r.xlen(PAGES) - len(run.units)  # less the hosts' `done` entries
    entries = shared.r.xrange(PAGES)
    shared.clear()  # the run is over: the workers exit
    for p in procs:
        p.wait(timeout=60)
    return pages, seconds, entries


def ingest(shared: SharedRun, url: str, sites_file: Path, tmp: Path, entries, processes: int):
    db = tmp / f"ingest{processes}.db"
    run = publish(shared, sites_file, db)
    pipe = shared.r.pipeline(transaction=False)
    for _, fields in entries:
        pipe.xadd(PAGES, fields)
    pipe.sadd(DONE, *run.units)
    pipe.execute()
    started = time.monotonic()
    proc = lhh("ingest", "--db", str(db), "--from", url, "--workers", str(processes),
               log=tmp / f"ingest{processes}.log")
    if proc.wait(timeout=3600) != 0:
        raise SystemExit(f"ingest failed: see {tmp / f'ingest{processes}.log'}")
    seconds = time.monotonic() - started
    import sqlite3

    with sqlite3.connect(db) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
    return len(entries) - len(run.units), articles, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=30)
    parser.add_argument("--articles", type=int, default=40, help="articles per site")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="lhh-bench-distributed-"))
    with ExitStack() as stack:
        servers = []
        for n in range(args.sites):
            server = stack.enter_context(SiteServer(farm_site(n, args.articles), answer_delay=0.03))
            servers.append(server)
        sites_file = write_sites(tmp / "sites.yaml", [
            {"id": f"farm{n:03d}", "name": f"Farm {n}", "url": s.url + "/"}
            for n, s in enumerate(servers)])
        redis = stack.enter_context(RedisServer(tmp / "redis", appendonly=False))
        shared = SharedRun.at(redis.url)
        print(f"farm: {args.sites} sites x {args.articles} articles on loopback "
              f"(30 ms a response), DOWNLOAD_DELAY=0.25 s, 2 connections per host; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; logs in {tmp}")
        results = {}
        for workers in (1, 3):
            pages, seconds, entries = crawl(shared, redis.url, sites_file, tmp, workers)
            results[workers] = pages / seconds
            print(f"crawl  {workers} worker(s): {pages} pages in {seconds:5.1f} s = "
                  f"{pages / seconds:6.1f} pages/s", flush=True)
        print(f"crawl  3 workers / 1 worker: {results[3] / results[1]:.2f}x")
        rates = {}
        for processes in (1, 2):
            pages, articles, seconds = ingest(shared, redis.url, sites_file, tmp, entries,
                                              processes)
            rates[processes] = pages / seconds
            print(f"ingest {processes} extraction process(es): {pages} pages "
                  f"({articles} articles) in {seconds:5.1f} s = {pages / seconds:6.1f} pages/s",
                  flush=True)
        print(f"ingest 2 processes / 1 process: {rates[2] / rates[1]:.2f}x")
        print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
