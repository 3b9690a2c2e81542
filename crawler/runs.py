"""One crawl run: per-site counters, the run's status per site, and the printed report.

Counters are filled by the spider (requests, skips, errors) and the pipeline (what
was archived); nothing here fetches or writes the database.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class SiteReport:
    site: str
    pages_fetched: int = 0
    not_modified: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_alias: int = 0
    articles_gone: int = 0
    errors: int = 0
    skipped: Counter = field(default_factory=Counter)
    error_samples: list[str] = field(default_factory=list)
    reached: bool = False  # any response at all came back from the site
    down: str | None = None  # why the site was found down during the run
    mode: str = ""  # backfill | incremental | full (crawler/policy.py)
    backfill: str = ""  # "done" / "in progress (N left)" after the run
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    def error(self, message: str) -> None:
        self.errors += 1
        if len(self.error_samples) < 5:
            self.error_samples.append(message)

    @property
    def status(self) -> str:
        """ok | down (nothing answered) | failed (answered, but nothing could be archived)."""
        if self.down or not self.reached:
            return "down"
        archived = self.articles_new + self.articles_updated + self.articles_unchanged
        if self.errors and not archived and not self.not_modified and not self.articles_alias:
            return "failed"
        return "ok"

    def counts(self) -> dict:
        return {
            "pages_fetched": self.pages_fetched,
            "articles_new": self.articles_new,
            "articles_updated": self.articles_updated,
            "articles_unchanged": self.articles_unchanged + self.articles_alias,
            "articles_gone": self.articles_gone,
            "skipped": dict(self.skipped),
            "errors": self.errors,
        }


@dataclass
class RunReport:
    run: str
    sites: dict[str, SiteReport] = field(default_factory=dict)

    def site(self, site_id: str) -> SiteReport:
        if site_id not in self.sites:
            self.sites[site_id] = SiteReport(site_id)
        return self.sites[site_id]

    @property
    def failed(self) -> list[str]:
        return [s.site for s in self.sites.values() if s.status != "ok"]

    def totals(self) -> dict[str, int]:
        keys = ("pages_fetched", "articles_new", "articles_updated", "articles_gone", "errors")
        return {k: sum(getattr(s, k) for s in self.sites.values()) for k in keys}

    def print(self, out: TextIO) -> None:
        header = f"{'site':<16} {'status':<7} {'pages':>6} {'new':>5} {'upd':>5} " \
                 f"{'same':>5} {'gone':>5} {'err':>4} {'time':>7}  {'backfill':<22} skipped"
        print(header, file=out)
        print("-" * len(header), file=out)
        for s in sorted(self.sites.values(), key=lambda r: r.site):
            seconds = (s.finished or time.monotonic()) - s.started
            skipped = ", ".join(f"{k} {v}" for k, v in s.skipped.most_common()) or "-"
            print(
                f"{s.site:<16} {s.status:<7} {s.pages_fetched:>6} {s.articles_new:>5} "
                f"{s.articles_updated:>5} {s.articles_unchanged + s.articles_alias:>5} "
                f"{s.articles_gone:>5} {s.errors:>4} {seconds:>6.1f}s  {s.backfill or '-':<22} "
                f"{skipped}",
                file=out,
            )
            if s.down:
                print(f"{'':<16} ! down: {s.down}", file=out)
            for sample in s.error_samples[:3]:
                print(f"{'':<16} ! {sample}", file=out)
