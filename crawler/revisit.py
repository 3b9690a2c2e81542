"""When to fetch a known page again, and how to ask cheaply; pure, no fetching.

The policy spends requests where change is likely, and bounds what a night costs.
Every archived article is revalidated within its site's `revalidate_days` (7 by default)
by a rolling slice of the archive, least recently checked first (`revalidation_slice`):
edits and deletions are found within the week on sites that announce nothing, at one
request per article per week. A feed or sitemap whose date for a page differs from
what it said last time wins over the schedule (the page is fetched that night); where a
site's sitemaps have told every edit found on their pages, the articles they list are
revalidated four times less often (they are told of, not found). A link
to a known article, however young, is no reason to fetch it again: the slice and the
signals decide, so a night costs about its news plus a 1/revalidate_days share of the
archive (re-reading each new article the night after, for early corrections, cost
about a tenth of a week's requests; the slice finds them within the week). Every revisit
is a conditional request, so an unchanged page costs a 304 and no body.

Listing pages that list articles are revisited every run on sites with no feed or
sitemap (they are the only way to see new articles there) and weekly elsewhere; pages
that list none, and probes that found nothing (404), are tried again weekly or monthly.
A listing that showed only what the homepage and the watched listings showed too (a
sidebar of "Tin mới" on every document page, a category whose page 1 is the homepage's
list) is a safety net, checked monthly: weekly, a site's hundred such pages all fell
due on one night.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from crawler import clock

ARTICLE_INTERVAL = timedelta(days=3650)  # by the slice and the signals only
LISTING_INTERVAL_INDEXED = timedelta(days=7)
REDUNDANT_INTERVAL = BROKEN_INTERVAL = timedelta(days=30)
MAX_VANISHED = 2  # articles a listing may lose at once and still be thought deleted
VOUCHED_FACTOR = 4  # an article a vouching sitemap lists is revalidated 4 times less often


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


def interval(known: dict, indexed: bool, as_kind: str | None = None,
             redundant: bool = False) -> timedelta:
    kind = as_kind or known.get("kind")
    if kind == "article" or known.get("article_id"):
        return ARTICLE_INTERVAL
    if kind in ("listing", "home", "feed", "sitemap", "sitemap-index") and \
            known.get("status") in (200, 304):
        if not known.get("links") or known["links"] == "[]":
            return LISTING_INTERVAL_INDEXED  # it listed no articles last time
        if redundant:
            return REDUNDANT_INTERVAL
        return LISTING_INTERVAL_INDEXED if indexed else timedelta(0)
    return BROKEN_INTERVAL


def due(known: dict, indexed: bool = False, as_kind: str | None = None,
        redundant: bool = False) -> bool:
    """True when a known page should be fetched again in this run."""
    fetched = _parse(known.get("fetched_at"))
    if fetched is None:
        return True
    return clock.now() - fetched >= interval(known, indexed, as_kind, redundant)


def changed_entries(entries: list[tuple[str, str | None, str | None]]) -> set[str]:
    """URLs whose sitemap <lastmod> (or feed item date) differs from what the same sitemap
    or feed said of them last time: (url, said before, says now). Compared with the site's
    own earlier word, never with our clock: a server whose clock is a year behind, or
    that writes local time without an offset, still changes its dates when a page changes.
    When most entries changed at once the dates are the time of the request, not of any
    edit: they say nothing."""
    compared = [(url, before, now) for url, before, now in entries if before and now]
    changed = {url for url, before, now in compared if before != now}
    if len(compared) >= 5 and len(changed) * 2 > len(compared):
        return set()
    return changed


def revalidation_slice(known: dict[str, dict], days: int, cap: int) -> list[str]:
    """The archived articles (their own URLs) to revalidate in this run, least recently
    validated first: a 1/`days` share of them (rounded down), or every one already
    overdue if more, at most `cap`. Run each night, every article is checked within
    `days` days whether or not a listing, feed or sitemap points at it: edits and
    deletions on sites that announce nothing are found within the week. An article a
    vouching sitemap lists (its site's sitemaps have told every edit found on their
    pages: an edit moves a date, a deletion takes it off the list) is checked every
    VOUCHED_FACTOR × `days` days instead, in case the sitemap stops telling."""
    own = [(row.get("fetched_at") or "", url, bool(row.get("vouched")))
           for url, row in known.items() if row.get("own")]
    picked = []
    for vouched, period in ((False, days), (True, days * VOUCHED_FACTOR)):
        group = sorted((fetched, url) for fetched, url, v in own if v is vouched)
        cutoff = clock.now() - timedelta(days=period)
        overdue = sum(1 for fetched, _ in group if (_parse(fetched) or _EPOCH) <= cutoff)
        # A whole share each night; what a rounding left over falls due on the last day.
        share = len(group) // period or min(len(group), 1)
        picked += [url for _, url in group[:max(share, overdue)]]
    return picked[:cap]


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def conditional_headers(known: dict | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from what the page answered last time. A server
    that gave no Last-Modified is asked with the Date of that answer, its own clock, as
    HTTP caches may (RFC 9110, If-Modified-Since): one that can tell answers 304, one that cannot
    answers in full as it would anyway."""
    if not known or known.get("status") not in (200, 304):
        return {}
    headers = {}
    if known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if since := known.get("last_modified") or known.get("server_date"):
        headers["If-Modified-Since"] = since
    return headers


def vanished(before: list[str], now: list[str], archive, ordered: bool) -> list[str]:
    """Known articles a list showed last time and no longer shows: maybe deleted.

    A sitemap lists everything, so whatever left it is suspect. Listings and feeds are
    sliding windows: N newly arrived articles push the last N off the end, so only an
    article missing from the part that should still be shown is suspect, and only a few.
    """
    if ordered:
        arrived = sum(1 for url in now if url not in archive)
        before = before[:max(0, len(before) - arrived)]
    still = set(now)
    gone = [url for url in before if url not in still and url in archive]
    # Deletions come one or two at a time; a list missing more has been reshuffled (a
    # sidebar of the most read, a new sort order): the rolling revalidation will tell.
    return gone if ordered is False or len(gone) <= MAX_VANISHED else []
