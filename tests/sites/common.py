"""HTTP plumbing shared by the fixture sites: validators, dates and the parts of every
page that change each night (counters, header dates); no CMS markup here.

A page's ETag and Last-Modified come from what it *says* (its article or its list of
headlines), not from its bytes, as CMSs with page caches do: a changed visit counter
does not change them, an edited paragraph does.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from tests.siteserver import Response

from .content import VN

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

# The nights the lead's tests crawl on (02:00 in Vietnam).
NIGHTS = {1: datetime(2023, 3, 1, 2, 0, tzinfo=VN), 2: datetime(2023, 3, 2, 2, 0, tzinfo=VN)}


def http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(timezone.utc), usegmt=True)


def etag(*parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f'"{digest[:16]}"'


def page(body: str, key: object, modified: datetime, content_type: str = "text/html; charset=utf-8",
         status: int = 200, headers: dict | None = None) -> Response:
    """A response whose validators follow its content key, not its volatile chrome."""
    return Response(body=body, status=status, content_type=content_type,
                    headers=dict(headers or {}), etag=etag(key, modified.isoformat()),
                    last_modified=http_date(modified))


def not_found(body: str) -> Response:
    return Response(body=body, status=404)


@dataclass(frozen=True)
class Night:
    """What differs on every page from one night to the next: the clock and the counters."""
    number: int

    @property
    def now(self) -> datetime:
        return NIGHTS[self.number] - timedelta(hours=3)  # late evening, when pages were rendered

    @property
    def header_date(self) -> str:
        d = self.now
        return f"{WEEKDAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}"

    def counter(self, base: int) -> int:
        return base + 9137 * self.number

    @property
    def online(self) -> int:
        return 31 + 17 * self.number

    @property
    def today(self) -> int:
        return 1187 + 263 * self.number


def vn_number(n: int) -> str:
    """4345112 -> 4.345.112, as Vietnamese sites print counts."""
    return f"{n:,}".replace(",", ".")


def only_boilerplate(candidates: list[str], bodies: list[list[str]]) -> list[str]:
    """Candidate strings that occur in no article body (a teaser title may quote a body)."""
    return [c for c in dict.fromkeys(candidates)
            if not any(c in p for paragraphs in bodies for p in paragraphs)]
