"""When to fetch a known page again, and how to ask cheaply; pure, no fetching.

The policy spends requests where change is likely. Articles are revisited by age
(published date, else first seen): young articles get edited and corrected, old ones
rarely do. A feed or sitemap that says a page changed after we last fetched it wins
over the schedule. Every revisit is a conditional request, so an unchanged page costs
a 304 and no body.

    age of the article      revisit at most every
    < 2 days                6 hours
    < 7 days                1 day
    < 30 days               3 days
    < 180 days              14 days
    older                   60 days

Listing pages that list articles are revisited every run on sites with no feed or
sitemap (they are the only way to see new articles there) and weekly elsewhere; pages
that list none, and probes that found nothing (404), are tried again weekly or monthly.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from crawler import clock

ARTICLE_INTERVALS = (  # (age below, revisit interval)
    (timedelta(days=2), timedelta(hours=6)),
    (timedelta(days=7), timedelta(days=1)),
    (timedelta(days=30), timedelta(days=3)),
    (timedelta(days=180), timedelta(days=14)),
)
OLD_ARTICLE_INTERVAL = timedelta(days=60)
LISTING_INTERVAL_INDEXED = timedelta(days=7)
BROKEN_INTERVAL = timedelta(days=30)


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.VIETNAM)
    return moment.astimezone(timezone.utc)


def interval(known: dict, indexed: bool, as_kind: str | None = None) -> timedelta:
    kind = as_kind or known.get("kind")
    if kind == "article" or known.get("article_id"):
        born = _parse(known.get("published")) or _parse(known.get("first_seen"))
        age = clock.now() - born if born else timedelta(days=365)
        for below, every in ARTICLE_INTERVALS:
            if age < below:
                return every
        return OLD_ARTICLE_INTERVAL
    if kind in ("listing", "home", "feed", "sitemap") and known.get("status") in (200, 304):
        if not known.get("links") or known["links"] == "[]":
            return LISTING_INTERVAL_INDEXED  # it listed no articles last time
        return LISTING_INTERVAL_INDEXED if indexed else timedelta(0)
    return BROKEN_INTERVAL


def due(known: dict, indexed: bool = False, as_kind: str | None = None) -> bool:
    """True when a known page should be fetched again in this run."""
    fetched = _parse(known.get("fetched_at"))
    if fetched is None:
        return True
    return clock.now() - fetched >= interval(known, indexed, as_kind)


def changed_since(modified: str | None, known: dict | None) -> bool:
    """A feed or sitemap says the page changed after we last fetched it."""
    if not known or not modified:
        return False
    changed = _parse(modified)
    fetched = _parse(known.get("fetched_at"))
    if changed is None and modified:
        try:
            changed = parsedate_to_datetime(modified).astimezone(timezone.utc)
        except (TypeError, ValueError):
            return False
    return bool(changed and fetched and changed > fetched)


def conditional_headers(known: dict | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from what the page answered last time."""
    if not known or known.get("status") not in (200, 304):
        return {}
    headers = {}
    if known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if known.get("last_modified"):
        headers["If-Modified-Since"] = known["last_modified"]
    return headers


def vanished(before: list[str], now: list[str], archive, ordered: bool) -> list[str]:
    """Known articles a list showed last time and no longer shows: maybe deleted.

    A sitemap lists everything, so whatever left it is suspect. Listings and feeds are
    sliding windows: N newly arrived articles push the last N off the end, so only an
    article missing from the part that should still be shown is suspect.
    """
    if ordered:
        arrived = sum(1 for url in now if url not in archive)
        before = before[:max(0, len(before) - arrived)]
    still = set(now)
    return [url for url in before if url not in still and url in archive]
