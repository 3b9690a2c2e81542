"""Measure lhh's extraction against plain trafilatura; never changes the extractor.

Data sets:

- `dev` (`tests/extraction/pages/`, alias `eval`): the labelled association pages the
  extractor was developed on (gold written by hand next to each page), grouped by site.
  lhh learns each site's template from that site's pages, as the crawl does, then
  extracts every page (joining multi-page articles); trafilatura runs with
  `bare_extraction` defaults plus metadata on the first page alone.
- `unseen` (`tests/extraction/unseen/<site>/`): pages of other association sites written
  and labelled by someone who had not read the extractor, held out from tuning. Each
  site's template learns from every HTML page of its folder, labelled or not (listings
  too), as a crawl would; scored like `dev`.
- `/work/shared/benchmarks/article-extraction/`: 181 ordinary news pages, scored exactly
  as its README says (4-token shingles; F1 = harmonic mean of mean precision and mean
  recall). lhh runs there without a template, as on a site's first page.

    python benchmarks/extraction.py [--set dev|unseen|public|fixtures|both] [--json] [-v]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "tests" / "extraction" / "pages"
UNSEEN_DIR = ROOT / "tests" / "extraction" / "unseen"
PUBLIC_DIR = Path("/work/shared/benchmarks/article-extraction")

sys.path.insert(0, str(ROOT))
from crawler import boilerplate  # noqa: E402
from crawler.extract import extract  # noqa: E402

WORD = re.compile(r"\w+")


# -- scoring -----------------------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter:
    tokens = WORD.findall(unicodedata.normalize("NFC", text or ""))
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def precision_recall(extracted: str, truth: str) -> tuple[float | None, float | None]:
    """Per page, as the public benchmark counts: None where a side is empty."""
    got, want = shingles(extracted), shingles(truth)
    tp = sum((got & want).values())
    precision = tp / sum(got.values()) if got else None
    recall = tp / sum(want.values()) if want else None
    return precision, recall


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def page_f1(extracted: str, truth: str) -> float:
    p, r = precision_recall(extracted, truth)
    return f1(p or 0.0, r or 0.0)


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def leaks(text: str, gold: dict) -> list[str]:
    # case kept: chrome labels ("HỘI THÀNH VIÊN") may also occur as words of the article
    t = " ".join(unicodedata.normalize("NFC", text or "").split())
    return [m for m in gold["must_not_appear"] if " ".join(m.split()) in t]


def missing(text: str, gold: dict) -> list[str]:
    t = norm(text)
    return [p for p in gold["paragraphs"] if norm(p) not in t]


# -- the two extractors ------------------------------------------------------------------


def load_eval(root: Path = EVAL_DIR) -> list[tuple[Path, dict]]:
    return [
        (p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(root.glob("*/*.json"))
    ]


def site_htmls(pages: list[tuple[Path, dict]], every_html: bool) -> dict[str, list[Path]]:
    """The HTML files each site's template learns from: the labelled pages (and their
    further pages), or with `every_html` every .html of the site's folder (listings too)."""
    out: dict[str, list[Path]] = {}
    for path, gold in pages:
        files = out.setdefault(gold["site"], [])
        found = sorted(path.parent.glob("*.html")) if every_html else [
            path.parent / name for name in gold["pages"]]
        files.extend(f for f in found if f not in files)
    return out


def run_lhh(
    pages: list[tuple[Path, dict]], every_html: bool = False
) -> tuple[dict[Path, dict], float]:
    """Template per site from its pages (as the pipeline feeds it), then extract. Only the
    extraction is timed: the crawl fingerprints every page it fetches, article or not, as
    it stores it, whether or not it extracts it."""
    out = {}
    templates: dict[str, boilerplate.SiteTemplate] = {}
    for site, files in site_htmls(pages, every_html).items():
        t = templates.setdefault(site, boilerplate.SiteTemplate())
        for f in files:
            t.add(boilerplate.page_fingerprints(f.read_bytes()))
    started = time.perf_counter()
    for path, gold in pages:
        # what a worker receives: the template as JSON
        template = boilerplate.SiteTemplate.from_json(templates[gold["site"]].to_json())
        htmls = [(path.parent / name).read_bytes() for name in gold["pages"]]
        art = extract(htmls[0], url=gold["url"], template=template, more_pages=htmls[1:])
        out[path] = {
            "text": art.text if art else "",
            "title": art.title if art else None,
            "published": art.published if art else None,
            "author": art.author if art else None,
            "source": art.source if art else None,
        }
    return out, time.perf_counter() - started


def run_trafilatura(pages: list[tuple[Path, dict]]) -> tuple[dict[Path, dict], float]:
    out = {}
    started = time.perf_counter()
    for path, gold in pages:
        doc = trafilatura.bare_extraction(
            (path.parent / gold["pages"][0]).read_bytes(), url=gold["url"], with_metadata=True
        )
        out[path] = {
            "text": (doc.text or "") if doc else "",
            "title": doc.title if doc else None,
            "published": doc.date if doc else None,
            "author": doc.author if doc else None,
        }
    return out, time.perf_counter() - started


def how_wrong(got: str | None, want: str | None) -> str:
    """Which way a field is wrong, without saying what either value is: 'missed' (none
    found), 'spurious' (found where the page has none), 'longer' / 'shorter' (one holds the
    other), or 'different'."""
    got, want = norm(got or ""), norm(want or "")
    if not got:
        return "missed"
    if not want:
        return "spurious"
    if want in got:
        return "longer"
    if got in want:
        return "shorter"
    return "different"


def score_eval(
    results: dict[Path, dict],
    pages: list[tuple[Path, dict]],
    seconds: float,
    root=EVAL_DIR,
    blind: bool = False,
) -> dict:
    """Figures over the pages, and per page which checks failed. `blind` (the held-out
    set) reports only scores and failed checks, never the gold's or the output's strings:
    whoever tunes the extractor must not learn the held-out pages from the report."""
    f1s, leaked, lost, titles, days, authors = [], 0, 0, 0, 0, 0
    sources, sourced = 0, 0  # only pages whose gold says what the source is
    per_page = {}
    for path, gold in pages:
        r = results[path]
        truth = "\n\n".join(gold["paragraphs"])
        f = page_f1(r["text"], truth)
        lk, ms = leaks(r["text"], gold), missing(r["text"], gold)
        t_ok = norm(r["title"] or "") == norm(gold["title"])
        d_ok = (r["published"] or "")[:10] == (gold["published"] or "")
        a_ok = norm(r["author"] or "") == norm(gold["author"] or "")
        s_ok = None
        if "source" in gold:
            s_ok = norm(r.get("source") or "") == norm(gold["source"] or "")
            sourced += 1
            sources += s_ok
        f1s.append(f)
        leaked += bool(lk)
        lost += bool(ms)
        titles += t_ok
        days += d_ok
        authors += a_ok
        per_page[str(path.relative_to(root) if root else path)] = {
            "f1": round(f, 4),
            "leaks": len(lk) if blind else lk,
            "missing": len(ms) if blind else [m[:60] for m in ms],
            "title": t_ok or how_wrong(r["title"], gold["title"]),
            "day": d_ok or how_wrong(r["published"], gold["published"]),
            "author": a_ok or how_wrong(r["author"], gold["author"]),
            "source": s_ok if s_ok is not False else how_wrong(r.get("source"), gold["source"]),
        }
    n = len(pages)
    return {
        "pages": n,
        "body_f1_mean": sum(f1s) / n,
        "body_f1_min": min(f1s),
        "leak_rate": leaked / n,
        "loss_rate": lost / n,
        "title_accuracy": titles / n,
        "day_accuracy": days / n,
        "author_accuracy": authors / n,
        "source_accuracy": sources / sourced if sourced else None,
        "pages_per_second": n / seconds,
        "per_page": per_page,
    }


def eval_set(root: Path = EVAL_DIR, held_out: bool = False) -> dict:
    pages = load_eval(root)
    lhh, lhh_s = run_lhh(pages, every_html=held_out)
    traf, traf_s = run_trafilatura(pages)
    ours = score_eval(lhh, pages, lhh_s, root, blind=held_out)
    theirs = score_eval(traf, pages, traf_s, root, blind=held_out)
    return {
        "lhh": ours,
        "trafilatura": theirs,
        "speed_ratio": ours["pages_per_second"] / theirs["pages_per_second"],
    }


def public_set() -> dict:
    truth = json.loads((PUBLIC_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [
        (k, gzip.decompress((PUBLIC_DIR / "html" / f"{k}.html.gz").read_bytes()), v)
        for k, v in sorted(truth.items())
    ]
    runs = {
        "lhh": lambda html, url: a.text if (a := extract(html, url=url)) else "",
        "trafilatura": lambda html, url: (
            (d.text or "")
            if (d := trafilatura.bare_extraction(html, url=url, with_metadata=True))
            else ""
        ),
    }
    for run in runs.values():  # imports and caches warm before timing
        run(pages[0][1], pages[0][2]["url"])
    ps = {name: [] for name in runs}
    rs = {name: [] for name in runs}
    seconds = dict.fromkeys(runs, 0.0)
    # Page by page, both extractors in turn: a busy machine slows both alike.
    for _, html, gold in pages:
        for name, run in runs.items():
            started = time.perf_counter()
            text = run(html, gold["url"])
            seconds[name] += time.perf_counter() - started
            p, r = precision_recall(text, gold["articleBody"])
            if p is not None:  # README: an empty extraction contributes no precision
                ps[name].append(p)
            if r is not None:
                rs[name].append(r)
    out = {}
    for name in runs:
        mp = sum(ps[name]) / len(ps[name]) if ps[name] else 0.0
        mr = sum(rs[name]) / len(rs[name])
        out[name] = {
            "f1": f1(mp, mr),
            "precision": mp,
            "recall": mr,
            "pages_per_second": len(pages) / seconds[name],
        }
    return out


def fixture_sets() -> dict:
    """The lead's fixture sites (tests/sites/, labelled by another engineer): held out.

    Every HTML page a site serves teaches its template, as in a crawl; its labelled
    articles are then scored like the eval set (leaks = the site's own boilerplate list).
    """
    from tests.sites import SITES, build

    out = {}
    for name in SITES:
        site = build(name, "http://127.0.0.1:8000", 1)
        htmls = {
            p: r.body
            for p, r in site.routes.items()
            if not callable(r) and r.status == 200 and "html" in r.content_type
        }
        pages = [
            (
                Path(g.path),
                {
                    "site": name,
                    "url": "http://127.0.0.1:8000" + g.path,
                    "title": g.title,
                    "published": g.published,
                    "author": g.author,
                    "paragraphs": g.paragraphs,
                    "must_not_appear": site.boilerplate,
                    "html": htmls[g.path],
                },
            )
            for g in site.articles
            if g.path in htmls
        ]
        started = time.perf_counter()
        template = boilerplate.SiteTemplate()
        for body in htmls.values():
            template.add(boilerplate.page_fingerprints(body))
        ours = {}
        for path, gold in pages:
            art = extract(gold["html"], url=gold["url"], template=template)
            ours[path] = {
                "text": art.text if art else "",
                "title": art.title if art else None,
                "published": art.published if art else None,
                "author": art.author if art else None,
            }
        ours_s = time.perf_counter() - started
        started = time.perf_counter()
        theirs = {}
        for path, gold in pages:
            doc = trafilatura.bare_extraction(gold["html"], url=gold["url"], with_metadata=True)
            theirs[path] = {
                "text": (doc.text or "") if doc else "",
                "title": doc.title if doc else None,
                "published": doc.date if doc else None,
                "author": doc.author if doc else None,
            }
        theirs_s = time.perf_counter() - started
        out[name] = {
            "lhh": score_eval(ours, pages, ours_s, root=None),
            "trafilatura": score_eval(theirs, pages, theirs_s, root=None),
        }
    return out


def print_labelled(title: str, e: dict, verbose: bool) -> None:
    print(f"{title}: {e['lhh']['pages']} pages")
    print(
        f"{'':14}{'F1 mean':>8}{'F1 min':>8}{'leak':>7}{'loss':>7}{'title':>7}"
        f"{'day':>7}{'author':>8}{'source':>8}{'pages/s':>9}"
    )
    for name in ("lhh", "trafilatura"):
        s = e[name]
        src = s["source_accuracy"]
        print(
            f"{name:14}{s['body_f1_mean']:8.3f}{s['body_f1_min']:8.3f}{s['leak_rate']:7.1%}"
            f"{s['loss_rate']:7.1%}{s['title_accuracy']:7.1%}{s['day_accuracy']:7.1%}"
            f"{s['author_accuracy']:8.1%}{'–' if src is None else f'{src:.1%}':>8}"
            f"{s['pages_per_second']:9.1f}"
        )
    print(f"speed ratio lhh / trafilatura: {e['speed_ratio']:.2f}")
    if verbose:
        for page, s in e["lhh"]["per_page"].items():
            bad = [f"{k}:{s[k]}" for k in ("title", "day", "author", "source")
                   if s[k] is not True and s[k] is not None]
            if s["leaks"] or s["missing"] or bad or s["f1"] < 0.95:
                print(
                    f"  {page}: f1={s['f1']} leaks={s['leaks']}"
                    f" missing={s['missing']} bad={bad}"
                )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set",
        choices=["dev", "eval", "unseen", "public", "fixtures", "both"],
        default="both",
        help="dev (alias eval) = the development pages; unseen = the held-out sites;"
        " both = dev + unseen + public; fixtures = the lead's fixture sites",
    )
    ap.add_argument("--json", action="store_true", help="print all figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list pages that fail a check")
    args = ap.parse_args(argv)
    chosen = "dev" if args.set == "eval" else args.set
    report = {}
    if chosen in ("dev", "both"):
        report["dev"] = eval_set()
    if chosen in ("unseen", "both") and any(UNSEEN_DIR.glob("*/*.json")):
        report["unseen"] = eval_set(UNSEEN_DIR, held_out=True)
    if chosen in ("public", "both") and PUBLIC_DIR.exists():
        report["public"] = public_set()
    if chosen == "fixtures":
        report["fixtures"] = fixture_sets()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    if "dev" in report:
        print_labelled("dev: labelled association pages (development set)", report["dev"],
                       args.verbose)
    if "unseen" in report:
        print_labelled("unseen: held-out association sites", report["unseen"], args.verbose)
    if "fixtures" in report:
        print("fixture sites of tests/sites (labelled by another engineer; held out):")
        for site, both in report["fixtures"].items():
            for name in ("lhh", "trafilatura"):
                s = both[name]
                print(
                    f"  {site:10}{name:12} pages {s['pages']:3}  F1 {s['body_f1_mean']:.3f}"
                    f" (min {s['body_f1_min']:.3f})  leak {s['leak_rate']:.0%}"
                    f"  loss {s['loss_rate']:.0%}  title {s['title_accuracy']:.0%}"
                    f"  day {s['day_accuracy']:.0%}  author {s['author_accuracy']:.0%}"
                )
    if "public" in report:
        print("public article-extraction benchmark (181 pages):")
        for name, s in report["public"].items():
            print(
                f"  {name:12} F1 {s['f1']:.3f}  precision {s['precision']:.3f}  "
                f"recall {s['recall']:.3f}  {s['pages_per_second']:.1f} pages/s"
            )
        pub = report["public"]
        ratio = pub["lhh"]["pages_per_second"] / pub["trafilatura"]["pages_per_second"]
        print(f"  speed ratio lhh / trafilatura: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
