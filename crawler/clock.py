"""The one source of "now" for the whole program; never sleeps or schedules.

Tests move time by setting LHH_NOW (an ISO 8601 datetime) in a child process's
environment: the clock is the only thing outside the program that tests fake.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def now() -> datetime:
    """The current time, aware, in UTC (or LHH_NOW when a test sets it)."""
    fake = os.environ.get("LHH_NOW")
    if fake:
        moment = datetime.fromisoformat(fake)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=VIETNAM)
        return moment.astimezone(timezone.utc)
    return datetime.now(timezone.utc)


def stamp(moment: datetime | None = None) -> str:
    """ISO 8601 text for a moment (default: now), to the second, as stored in archive.db."""
    return (moment or now()).astimezone(timezone.utc).isoformat(timespec="seconds")
