"""Near-duplicate identity of articles (signatures, persisted LSH, verification); never fetches.

Three layers, cheapest first:

1. the exact fingerprint (`crawler.store.text_hash`: NFC, case and spacing folded, digits
   kept) catches URL aliases;
2. a MinHash signature over 5-word shingles of *folded* words (diacritics and đ/Đ removed,
   digits kept) is cut into bands stored in the `dedup_bands` table, so a lookup is one
   indexed query and runs months apart still meet, in bounded memory;
3. every candidate the bands propose is verified on the actual texts (`verify`): shingle
   Jaccard and containment, length ratio, numbers that were substituted, dates, titles.
   Only a verified candidate is merged.

Paragraphs repeated across many articles of one site (widgets, signatures, standard
openings) are learned per site in `dedup_paragraphs` and left out of both the signature and
the verification, so shared boilerplate never counts as shared content. This module reads
and writes only its own tables (`dedup_*`, `duplicates`); `crawler.store` decides when to
call it, inside its own transaction.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

import numpy as np
from datasketch import MinHash

SHINGLE = 5  # words per shingle: Vietnamese words are syllables, 5 ≈ a short phrase
NUM_PERM = 60
BANDS, ROWS = 20, 3  # P(candidate) = 1-(1-s^3)^20: 0.43 at s=0.3, 0.93 at 0.5, 0.999 at 0.7
BOILERPLATE_MIN_ARTICLES = 3  # a paragraph on ≥ 3 articles of a site is that site's furniture
MAX_CANDIDATES = 20  # verify at most this many (most shared bands first) per new article

# Decision thresholds, chosen on tests/dedup_data (see README "Deduplication"):
MERGE_JACCARD = 0.70  # labelled copies score 0.73-1.00 (unless they kept a big teaser list)
# and traps ≤ 0.26, except next year's report (0.77) and re-dated notices (0.82): those only
# the substituted-number rule stops, so it is checked before any similarity threshold.
MERGE_CONTAINMENT = 0.85  # the smaller text almost entirely inside the larger one ...
TITLE_AGREEMENT = 0.5  # ... is trusted only when the titles (prefix removed) agree this much
MIN_LENGTH_RATIO = 0.5  # an excerpt or a teaser is not the article ...
MIN_LENGTH_RATIO_SAME_TITLE = 0.3  # ... unless the titles agree (a copy kept a teaser list)
SHORT_SHINGLES = 25  # below this, texts must be almost identical (notices)
SHORT_JACCARD = 0.9
FAR_APART_DAYS = 90  # reposts follow within weeks; a year apart is next year's report
FAR_APART_JACCARD = 0.9

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")  # 20.000 = 20,000 = 20000
_COMBINING = re.compile("[\u0300-\u036f]+")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SEPARATOR = re.compile(r"\s*(?::|\s[-–—|]\s)\s*")
MAX_PREFIX_WORDS = 5
# Words before a number that name its place: 3 keep "hoạt động năm 2022" apart from other
# years, and make two unrelated sentences sharing a place (a false conflict) rare.
NUMBER_CONTEXT = 3


def fold(text: str) -> str:
    """Lower case without diacritics, đ → d: "Hội thảo Đà Nẵng" → "hoi thao da nang".

    Thousands separators go too, so a site writing 20.000 and one writing 20000 agree."""
    text = _THOUSANDS.sub("", text)
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    ascii_only = decomposed.encode("ascii", "ignore").decode()
    # Fast path for Latin text: dropping non-ASCII removes the tone marks and little else.
    # Another script would vanish with them, so then only the marks are removed.
    if len(ascii_only) >= 0.9 * len(text):
        return ascii_only
    return _COMBINING.sub("", decomposed)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def paragraphs(text: str) -> list[str]:
    return [p for p in (p.strip() for p in re.split(r"\n\s*\n|\n", text)) if p]


def paragraph_key(folded_words: list[str]) -> int:
    """A paragraph's identity for boilerplate counting: folded, digits masked (counters vary)."""
    return zlib.crc32(_DIGITS.sub("0", " ".join(folded_words)).encode()) & 0x7FFFFFFF


def shingle_hashes(tokens: list[str]) -> np.ndarray:
    """32-bit hashes of every run of SHINGLE words (one run for texts shorter than that)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    vocabulary = {w: zlib.crc32(w.encode()) for w in set(tokens)}  # words repeat: hash once
    ids = np.array([vocabulary[w] for w in tokens], dtype=np.uint64)
    span = min(SHINGLE, len(ids))
    out = np.zeros(len(ids) - span + 1, dtype=np.uint64)
    for offset in range(span):  # polynomial hash of the window, mod 2^64 then cut to 32 bits
        out = out * np.uint64(1_000_003) + ids[offset : offset + len(out)]
    return np.unique(out & np.uint64(0xFFFFFFFF))


@cache
def _permutations():
    return MinHash(num_perm=NUM_PERM, seed=1).permutations


def signature(shingles: np.ndarray) -> np.ndarray:
    """datasketch MinHash of pre-hashed shingles (the hash values, uint32)."""
    sketch = MinHash(num_perm=NUM_PERM, permutations=_permutations(), scheme="affine32",
                     hashfunc=int)
    sketch.update_batch(shingles.tolist())
    return sketch.hashvalues


_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


def lsh_keys(hashes: np.ndarray) -> list[int]:
    """The band keys of a text's shingle hashes (none for an empty text)."""
    return band_keys(signature(hashes)) if len(hashes) else []


def band_keys(hashvalues: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (band number mixed in), as SQLite stores integers."""
    rows = hashvalues[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    keys = (rows * _MIX).sum(axis=1, dtype=np.uint64) + np.arange(BANDS, dtype=np.uint64) * (
        np.uint64(0xFF51AFD7ED558CCD)
    )
    return keys.view(np.int64).tolist()


# -- one article, ready to compare -------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    """An article reduced to what comparison needs (its site's boilerplate left out)."""

    title: str
    chars: int
    shingles: frozenset[int]
    numbers: dict[tuple[str, ...], frozenset[str]]  # the 3 words before → numbers written there
    published: date | None
    paragraph_keys: frozenset[int]  # every paragraph, boilerplate included (for learning it)


def content(text: str, boilerplate: frozenset[int] | set[int] = frozenset(),
            ) -> tuple[list[str], frozenset[int]]:
    """A text's folded words without its site's boilerplate, and all its paragraph keys."""
    folded = [words(p) for p in paragraphs(text)]
    keys = [paragraph_key(p) for p in folded]
    kept = [p for p, k in zip(folded, keys, strict=True) if k not in boilerplate] or folded
    return [w for p in kept for w in p], frozenset(keys)


def make_doc(title: str | None, text: str, published: str | None,
             boilerplate: frozenset[int] | set[int] = frozenset()) -> tuple[Doc, np.ndarray]:
    """The comparable form of an article and its shingle hashes (for the signature)."""
    tokens, keys = content(text, boilerplate)
    hashes = shingle_hashes(tokens)
    numbers: dict[tuple[str, ...], set[str]] = {}
    for i, tok in enumerate(tokens):
        if tok.isdigit():
            before = tuple(tokens[max(0, i - NUMBER_CONTEXT) : i])
            numbers.setdefault(before, set()).add(tok.lstrip("0") or "0")
    doc = Doc(
        title=" ".join(words(strip_prefix(title or ""))),
        chars=len(" ".join(tokens)),
        shingles=frozenset(hashes.tolist()),
        numbers={k: frozenset(v) for k, v in numbers.items()},
        published=_day(published),
        paragraph_keys=keys,
    )
    return doc, hashes


def _day(published: str | None) -> date | None:
    match = _DATE.match(published or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def strip_prefix(title: str) -> str:
    """A title without a leading place name ("Nghệ An: Hội thảo …" → "Hội thảo …").

    Recognised by shape, not by a list of places: a few capitalised words, then a colon
    or a spaced dash, then the rest.
    """
    parts = _SEPARATOR.split(title.strip(), maxsplit=1)
    if len(parts) == 2 and parts[1]:
        head = parts[0].strip("()[] ").split()
        if 0 < len(head) <= MAX_PREFIX_WORDS and all(w[0].isupper() for w in head):
            return parts[1].strip()
    return title.strip()


def has_place_prefix(title: str | None, other: str | None) -> bool:
    """True when `title` is `other` with a few words put in front: the mark of a repost.

    ("Nghệ An: Hội thảo X" or "Bình Thuận Hội thảo X" against "Hội thảo X".)
    """
    mine, theirs = words(title or ""), words(other or "")
    extra = len(mine) - len(theirs)
    return bool(theirs) and 0 < extra <= MAX_PREFIX_WORDS and mine[extra:] == theirs


# -- verification ----------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    merge: bool
    similarity: float  # shingle Jaccard
    containment: float  # shared shingles / shingles of the smaller text
    reason: str  # why merged ('near', 'contained') or why not


def _number_conflicts(a: Doc, b: Doc) -> int:
    """Places where both texts write a number after the same 3 words, but not the same one.

    A repost keeps every figure; next year's report or a re-dated notice changes them. Text
    added or dropped brings new places, which are not conflicts.
    """
    return sum(1 for place, nums in a.numbers.items() if place in b.numbers
               and not (nums & b.numbers[place]))


def _title_agreement(a: Doc, b: Doc) -> float:
    ta, tb = set(a.title.split()), set(b.title.split())
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def verify(a: Doc, b: Doc) -> Verdict:
    """Are `a` and `b` the same article? Decided on the texts, never on the signature."""
    shared = len(a.shingles & b.shingles)
    union = len(a.shingles | b.shingles) or 1
    smaller = min(len(a.shingles), len(b.shingles)) or 1
    jaccard, containment = shared / union, shared / smaller

    def no(reason: str) -> Verdict:
        return Verdict(False, jaccard, containment, reason)

    if not shared:
        return no("nothing shared")
    ratio = min(a.chars, b.chars) / (max(a.chars, b.chars) or 1)
    titles_agree = _title_agreement(a, b) >= TITLE_AGREEMENT
    if ratio < MIN_LENGTH_RATIO_SAME_TITLE or (ratio < MIN_LENGTH_RATIO and not titles_agree):
        return no("lengths differ")
    if _number_conflicts(a, b) or _number_conflicts(b, a):
        return no("numbers differ")
    title_a, title_b = set(_DIGITS.findall(a.title)), set(_DIGITS.findall(b.title))
    if title_a and title_b and title_a != title_b:
        return no("title numbers differ")
    if smaller < SHORT_SHINGLES and jaccard < SHORT_JACCARD:
        return no("short and not identical")
    if a.published and b.published:
        apart = abs((a.published - b.published).days)
        if apart > FAR_APART_DAYS and jaccard < FAR_APART_JACCARD:
            return no(f"{apart} days apart")
    if jaccard >= MERGE_JACCARD:
        return Verdict(True, jaccard, containment, "near")
    if containment >= MERGE_CONTAINMENT and titles_agree:
        return Verdict(True, jaccard, containment, "contained")
    return no("too different")


def is_original(candidate: dict, incumbent: dict) -> bool:
    """Should `candidate` (title, published, site...) replace `incumbent` as the canonical record?

    The original is the one without a place prefix added to the other's title, else the
    one published on an earlier day; on a tie the incumbent stays (first seen wins).
    """
    if has_place_prefix(incumbent.get("title"), candidate.get("title")):
        return True
    if has_place_prefix(candidate.get("title"), incumbent.get("title")):
        return False
    mine, theirs = _day(candidate.get("published")), _day(incumbent.get("published"))
    return bool(mine and theirs and mine < theirs)


# -- the persisted index (tables created by crawler.store migrations m300-m302) --------------


class DedupIndex:
    """The LSH bands and per-site paragraph counts in archive.db; no transactions of its own."""

    def __init__(self, db):
        self.db = db
        self._boilerplate: dict[str, frozenset[int]] = {}

    def boilerplate(self, site: str) -> frozenset[int]:
        """Paragraph keys seen on at least BOILERPLATE_MIN_ARTICLES articles of `site`."""
        if site not in self._boilerplate:
            rows = self.db.execute(
                "select hash from dedup_paragraphs where site = ? and articles >= ?",
                [site, BOILERPLATE_MIN_ARTICLES],
            ).fetchall()
            self._boilerplate[site] = frozenset(r[0] for r in rows)
        return self._boilerplate[site]

    def doc(self, site: str, title: str | None, text: str, published: str | None):
        return make_doc(title, text, published, self.boilerplate(site))

    def candidates(self, keys: list[int], exclude: int | None = None) -> list[int]:
        """Article ids sharing at least one band key, most shared bands first."""
        if not keys:
            return []
        rows = self.db.execute(
            f"select article_id, count(*) as n from dedup_bands where key in"
            f" ({','.join('?' * len(keys))}) group by article_id order by n desc, article_id",
            keys,
        ).fetchall()
        return [r[0] for r in rows if r[0] != exclude]

    def add(self, article_id: int, keys: list[int]) -> None:
        self.db.conn.executemany(
            "insert or ignore into dedup_bands (key, article_id) values (?, ?)",
            [(k, article_id) for k in keys],
        )

    def count_paragraphs(self, site: str, paragraph_keys: frozenset[int]) -> None:
        """Learn a new article's paragraphs (`Doc.paragraph_keys`, counted once per article)."""
        keys = list(paragraph_keys)
        if not keys:
            return
        self.db.conn.executemany(
            "insert into dedup_paragraphs (site, hash, articles) values (?, ?, 1)"
            " on conflict(site, hash) do update set articles = articles + 1",
            [(site, k) for k in keys],
        )
        known = self._boilerplate.get(site)
        if known is not None:  # keep the cached furniture current without re-reading it all
            rows = self.db.execute(
                f"select hash from dedup_paragraphs where site = ? and articles = ?"
                f" and hash in ({','.join('?' * len(keys))})",
                [site, BOILERPLATE_MIN_ARTICLES, *keys],
            ).fetchall()
            self._boilerplate[site] = known | {r[0] for r in rows}


def duplicate_records(db) -> Iterator[dict]:
    """The merged copies as export rows (the articles export's fields plus what they copy).

    For `lhh export --include-duplicates`: `duplicate_of` is the canonical article's id,
    `similarity` the shingle Jaccard (1.0 for exact copies), `reason` why they were merged.
    Undone merges are not copies any more (they are articles again) and are left out.
    """
    for row in db.query(
        "select d.id as duplicate_id, d.article_id as duplicate_of, d.url, d.site, d.title,"
        " d.text, d.published, d.author, d.source, d.similarity, d.reason, d.merged_at,"
        " a.language"
        " from duplicates d join articles a on a.id = d.article_id"
        " where d.undone_at is null order by d.id"
    ):
        yield dict(row)
