"""Benchmark of the dedup index: insert + query throughput, peak RSS, recall of planted copies.

Synthetic Vietnamese-like articles (syllables with tones, Zipf word frequencies, 2-5 KB,
numbers and dates, a site furniture paragraph) go through exactly what `Store.save_article`
does for a new URL: fold + shingle + MinHash, one band lookup, verification of the
candidates on the texts, then either a merge or the bands and paragraph counts are added.
Every 40th article is a planted copy of an earlier one (a sentence dropped or added, a
place prefix in the title); recall is the share of planted copies found again.

    python benchmarks/dedup.py                 # checkpoints at 10k, 100k, 1M
    python benchmarks/dedup.py --max 100000    # stop earlier
    python benchmarks/dedup.py --index-only    # the SQLite index alone, 1M in minutes

Articles are committed 1000 per transaction (the crawl commits one per article; that
costs fsyncs, not index work). Texts are regenerated from their number when a candidate
must be verified, so the benchmark's own memory is not a table of a million texts.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import unicodedata
from multiprocessing import Pool
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.dedup import DedupIndex, content, lsh_keys, shingle_hashes, verify  # noqa: E402
from crawler.store import Store  # noqa: E402

ONSETS = "b c ch d đ g gi h k kh l m n ng nh ph qu r s t th tr v x".split() + [""]
RHYMES = ("a ai an ang anh ao at ay âm ân âu ăn e em en ê êm i ia iên im in inh iêt o oa oan"
          " oc oi ong ô ôi ông ơ ơi ơn u ui un ung uôc uôn ư ưa ưng ương ươc").split()
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
SITES = 60
COPY_EVERY = 40
CHECKPOINTS = (10_000, 100_000, 1_000_000)


def vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < size:
        syllable = rng.choice(ONSETS) + rng.choice(RHYMES)
        first = next(i for i, ch in enumerate(syllable) if ch in "aăâeêioôơuưy")
        tone = rng.choice(TONES)
        word = syllable[: first + 1] + tone + syllable[first + 1 :]
        seen[unicodedata.normalize("NFC", word)] = None
    return list(seen)


class Corpus:
    """Article number → (site, title, text, published), the same every time it is asked."""

    def __init__(self, seed: int = 7):
        self.words = vocabulary(random.Random(seed))
        zipf = np.array([1 / (rank + 1) for rank in range(len(self.words))])
        self.cdf = np.cumsum(zipf / zipf.sum())
        self.furniture = [self._sentences(np.random.default_rng(10_000 + s), [12])
                          for s in range(SITES)]

    def _sentences(self, rng: np.random.Generator, lengths: list[int]) -> str:
        """Sentences of these lengths, with dates and figures here and there."""
        picks = np.searchsorted(self.cdf, rng.random(sum(lengths))).clip(0, len(self.words) - 1)
        tokens = [self.words[i] for i in picks.tolist()]
        out, start = [], 0
        for n in lengths:
            sentence = tokens[start : start + n]
            start += n
            roll = rng.random()
            if roll < 0.3:
                day, month, year = rng.integers(1, 29), rng.integers(1, 13), rng.integers(10, 25)
                sentence.insert(n // 2, f"{day}/{month}/20{year}")
            elif roll < 0.5:
                sentence.insert(n // 3, str(rng.integers(2, 500)))
            out.append(" ".join(sentence).capitalize() + ".")
        return " ".join(out)

    def original(self, number: int) -> tuple[str, str, str, str]:
        rng = np.random.default_rng(number)
        site = f"s{number % SITES}"
        paragraphs = [
            self._sentences(rng, rng.integers(12, 29, size=rng.integers(2, 5)).tolist())
            for _ in range(rng.integers(5, 12))
        ]
        paragraphs.append(self.furniture[number % SITES])
        title = self._sentences(rng, [int(rng.integers(8, 17))]).rstrip(".")
        published = (f"20{rng.integers(15, 25)}-{rng.integers(1, 13):02d}"
                     f"-{rng.integers(1, 29):02d}")
        return site, title, "\n\n".join(paragraphs), published

    def article(self, number: int) -> tuple[str, str, str, str, int | None]:
        """The article and, for planted copies, the number of the article it copies."""
        if number % COPY_EVERY != COPY_EVERY - 1 or number < COPY_EVERY:
            return (*self.original(number), None)
        rng = np.random.default_rng(-number % 2**32 + 2**40)
        source = int(rng.integers(0, number - 1))
        while source % COPY_EVERY == COPY_EVERY - 1:
            source -= 1
        _site, title, text, published = self.original(source)
        paragraphs = text.split("\n\n")[:-1]  # another site: not the source's furniture
        if rng.random() < 0.5:
            paragraphs.pop(int(rng.integers(len(paragraphs))))
        else:
            paragraphs.insert(int(rng.integers(len(paragraphs))), self._sentences(rng, [20]))
        site_no = (source + 1 + int(rng.integers(SITES - 1))) % SITES
        prefix = self.words[int(rng.integers(len(self.words)))].title()
        return (f"s{site_no}", f"Tỉnh {prefix}: {title}",
                "\n\n".join([*paragraphs, self.furniture[site_no]]), published, source)


def prepare(number: int) -> tuple:
    """Worker side: the article and its band keys (the CPU-bound half of an insert).

    Workers know no site furniture, so their signatures include it (one short paragraph);
    verification in the main process leaves it out, as the store does.
    """
    article = CORPUS.article(number)
    _site, _title, text, _published, _source = article
    started = time.perf_counter()
    tokens, paragraph_keys = content(text)
    keys = lsh_keys(shingle_hashes(tokens))
    return number, article, keys, paragraph_keys, time.perf_counter() - started


CORPUS = Corpus()


def rss_mb() -> float:
    """Peak resident memory of this process (the one holding the index), in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def synthetic_keys(number: int) -> tuple[list[int], frozenset[int], int | None]:
    """--index-only: band keys and paragraph keys without texts (a copy shares ~half its bands).

    Random 64-bit keys are what real band keys look like to the B-tree, so this measures
    how the persisted index scales, apart from the (constant per article) cost of signing.
    """
    source = None
    if number % COPY_EVERY == COPY_EVERY - 1 and number >= COPY_EVERY:
        source = int(np.random.default_rng(-number % 2**32 + 2**40).integers(0, number - 1))
        while source % COPY_EVERY == COPY_EVERY - 1:
            source -= 1
    rng = np.random.default_rng(number if source is None else source)
    keys = rng.integers(-(2**63), 2**63 - 1, size=20, dtype=np.int64).tolist()
    if source is not None:
        swap = np.random.default_rng(number).integers(-(2**63), 2**63 - 1, size=10, dtype=np.int64)
        keys[::2] = swap.tolist()
    site_pool = np.random.default_rng(10_000 + number % SITES)
    furniture = site_pool.integers(0, 2**31, size=2).tolist()
    paragraph_keys = frozenset(rng.integers(0, 2**31, size=8).tolist() + furniture)
    return keys, paragraph_keys, source


def run_index_only(limit: int, db_path: Path, out=sys.stdout) -> None:
    store = Store.open(db_path)
    db = store.db
    index = DedupIndex(db)
    planted = found = 0
    t_query = t_add = 0.0
    last_n, last_t, start = 0, time.perf_counter(), time.perf_counter()
    print(f"{'articles':>9} {'art/s':>7} {'query ms':>8} {'add ms':>7} {'RSS MB':>7}"
          f" {'db MB':>7} {'recall':>7}", file=out)
    db.conn.execute("begin")
    for number in range(limit):
        keys, paragraph_keys, source = synthetic_keys(number)
        t1 = time.perf_counter()
        candidates = index.candidates(keys)[:20]
        t2 = time.perf_counter()
        if source is None:
            index.count_paragraphs(f"s{number % SITES}", paragraph_keys)
            index.add(number, keys)
        else:
            planted += 1
            found += source in candidates
        t_query, t_add = t_query + t2 - t1, t_add + time.perf_counter() - t2
        done = number + 1
        if done % 1000 == 0:
            db.conn.execute("commit")
            db.conn.execute("begin")
        if done in CHECKPOINTS or done == limit or done % 100_000 == 0:
            now = time.perf_counter()
            segment = done - last_n
            print(f"{done:>9} {segment / (now - last_t):>7.0f} {1000 * t_query / segment:>8.2f}"
                  f" {1000 * t_add / segment:>7.2f} {rss_mb():>7.0f}"
                  f" {db_path.stat().st_size / 2**20:>7.0f} {found / (planted or 1):>7.3f}",
                  file=out, flush=True)
            t_query = t_add = 0.0
            last_n, last_t = done, now
    db.conn.execute("commit")
    print(f"total {time.perf_counter() - start:.0f} s, peak RSS {rss_mb():.0f} MB", file=out)
    store.close()


def run(limit: int, db_path: Path, workers: int = 2, out=sys.stdout) -> list[dict]:
    store = Store.open(db_path)
    db = store.db
    index = DedupIndex(db)
    planted = found = wrong = 0
    t_sign = t_query = t_add = 0.0
    start, last_n, last_t = time.perf_counter(), 0, time.perf_counter()
    rows = []
    print(f"{'articles':>9} {'art/s':>7} {'sign ms':>8} {'query ms':>8} {'add ms':>7} "
          f"{'RSS MB':>7} {'db MB':>7} {'recall':>7} {'false':>5}", file=out)
    db.conn.execute("begin")
    pool = Pool(workers)
    prepared = (item for first in range(0, limit, 4000)  # batches: results never pile up
                for item in pool.imap(prepare, range(first, min(first + 4000, limit)),
                                      chunksize=100))
    for number, article, keys, paragraph_keys, signing in prepared:
        site, title, text, published, source = article
        t1 = time.perf_counter()
        merged_with = None
        candidates = index.candidates(keys)[:20]
        if candidates:
            doc = index.doc(site, title, text, published)[0]
        for candidate in candidates:
            # the index's article ids are article numbers (copies are never indexed)
            c_site, c_title, c_text, c_pub = CORPUS.original(candidate)
            if verify(doc, index.doc(c_site, c_title, c_text, c_pub)[0]).merge:
                merged_with = candidate
                break
        t2 = time.perf_counter()
        if merged_with is None:
            index.count_paragraphs(site, paragraph_keys)
            index.add(number, keys)
        t3 = time.perf_counter()
        t_sign, t_query, t_add = t_sign + signing, t_query + t2 - t1, t_add + t3 - t2
        if source is not None:
            planted += 1
            found += merged_with == source
        if merged_with is not None and merged_with != source:
            wrong += 1
        done = number + 1
        if done % 1000 == 0:
            db.conn.execute("commit")
            db.conn.execute("begin")
        if done in CHECKPOINTS or done == limit or done % 50_000 == 0:
            now = time.perf_counter()
            segment = done - last_n
            row = {
                "articles": done,
                "per_s": segment / (now - last_t),
                "sign_ms": 1000 * t_sign / segment,
                "query_ms": 1000 * t_query / segment,
                "add_ms": 1000 * t_add / segment,
                "rss_mb": rss_mb(),
                "db_mb": db_path.stat().st_size / 2**20,
                "recall": found / planted if planted else 1.0,
                "false": wrong,
            }
            rows.append(row)
            print(f"{done:>9} {row['per_s']:>7.0f} {row['sign_ms']:>8.2f} {row['query_ms']:>8.2f}"
                  f" {row['add_ms']:>7.2f} {row['rss_mb']:>7.0f} {row['db_mb']:>7.0f}"
                  f" {row['recall']:>7.3f} {wrong:>5}", file=out, flush=True)
            t_sign = t_query = t_add = 0.0
            last_n, last_t = done, now
    db.conn.execute("commit")
    pool.close()
    pool.join()
    print(f"total {time.perf_counter() - start:.0f} s, {planted} planted copies,"
          f" {found} found, {wrong} wrong merges, peak RSS {rss_mb():.0f} MB"
          f" (largest worker {children_rss_mb():.0f} MB)", file=out)
    store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=CHECKPOINTS[-1], help="articles to index")
    parser.add_argument("--workers", type=int, default=2, help="signing processes")
    parser.add_argument("--db", type=Path, help="archive file (default: a temporary one)")
    parser.add_argument("--index-only", action="store_true",
                        help="band and paragraph keys only, no texts: how the index scales")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if args.index_only:
            run_index_only(args.max, db)
        else:
            run(args.max, db, args.workers)


if __name__ == "__main__":
    main()
