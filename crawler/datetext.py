"""Read dates written as text: one short string or one metadata value; never looks at a page.

Day first always, in the shapes Vietnamese association sites print: "Thứ ba - 10/01/2023
22:33", "(Đăng lúc: 29/02/2020 03:41:14 PM)", "30/12/2019 9:12 SA", "ngày 12 tháng 01 năm
2023", "16:05 30/12/2019", "2018-11-19 11:04", and ISO 8601-ish metadata values (NukeViet's
"2023-01-10EDT22:33:00+0700" included). Times are Vietnam time unless an offset says
otherwise. Which of a page's dates is the article's own is crawler/dates.py's question.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

from crawler.clock import VIETNAM

Moment = datetime | date

# Years a news date can plausibly carry; outside it a match is a number, not a date.
MIN_YEAR, MAX_YEAR = 1945, 2100

# -- reading one string --------------------------------------------------------------------

_EN_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_EN_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"

# Each pattern names its groups d, m, y so one reader serves all of them.
_DATE_PATTERNS = [
    # 10/01/2023, 5/2/2023, 12-01-2023, 12.01.2023: always day first
    re.compile(r"(?=\d)(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
    # 2018-11-19, 2023/01/10 (a four-digit year first can only be year-month-day)
    re.compile(r"(?=\d)(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"),
    # ngày 12 tháng 01 năm 2023, 11 Tháng 07 2020, 11 tháng 7, 2020
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:,|năm)?\s*(?P<y>\d{4})(?!\d)",
               re.IGNORECASE),
    # tháng 01/2023 is a month, not a day: deliberately absent.
    # 10 January 2023, January 10, 2023 (the English pages of the same sites)
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _EN_MONTH.replace("(", "(?P<en>", 1)
               + r",?\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE),
    re.compile(_EN_MONTH.replace("(", "(?P<en>", 1) + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
               r"(?P<y>\d{4})(?!\d)", re.IGNORECASE),
]
# The English patterns are slow to scan: only tried when a month name sits next to a digit.
_EN_HINT = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|"
                      r"\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)

_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})(?::|h(?=\d\d))(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?![\d:])"
    r"(?:\s*(?P<ap>AM|PM|A\.M\.|P\.M\.|SA|CH)(?![^\W\d_]))?", re.IGNORECASE)
_GMT = re.compile(
    r"\s*\(?\s*(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?\s*\)?",
    re.IGNORECASE)
# What may separate a date from its time: "10/01/2023 22:33", "10/01/2023 - 22:33",
# "10/01/2023 lúc 22:33"; and a time from the date after it: "08:15 ngày 12/3/2022".
_AFTER_GAP = re.compile(r"^[\s,\-–—|@•·]*(?:(?:vào\s+)?lúc|at)?[\s,\-–—|@•·]*$", re.IGNORECASE)
_BEFORE_GAP = re.compile(r"^[\s,\-–—|@•·]*(?:ngày)?[\s,\-–—|@•·]*$", re.IGNORECASE)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _day(match: re.Match) -> date | None:
    try:
        if match.groupdict().get("en"):
            month = _EN_MONTHS[match["en"][:3].lower()]
        else:
            month = int(match["m"])
        day = date(int(match["y"]), month, int(match["d"]))
    except (ValueError, KeyError):
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def _clock(match: re.Match) -> tuple[int, int, int] | None:
    hour, minute, second = int(match["h"]), int(match["mi"]), int(match["s"] or 0)
    meridiem = (match["ap"] or "").upper().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        # SA (sáng) = AM, CH (chiều) = PM; 12 SA is midnight, 12 CH noon.
        hour = hour % 12 + (12 if meridiem in ("PM", "CH") else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _first_date(text: str) -> tuple[date, int, int] | None:
    best = None
    patterns = _DATE_PATTERNS if _EN_HINT.search(text) else _DATE_PATTERNS[:3]
    for pattern in patterns:
        for match in pattern.finditer(text):
            day = _day(match)
            if day is not None:
                if best is None or match.start() < best[1]:
                    best = (day, match.start(), match.end())
                break  # later matches of this pattern start later still
    return best


def _attach_time(text: str, day: date, start: int, end: int) -> Moment:
    """The date with the time printed right after it (or right before it), in Vietnam time."""
    found = None
    for match in _TIME.finditer(text, end, min(len(text), end + 40)):
        if _AFTER_GAP.match(text[end:match.start()]):
            found = match
        break
    if found is None:
        for match in _TIME.finditer(text, max(0, start - 40), start):
            if _BEFORE_GAP.match(text[match.end():start]):
                found = match
    if found is None or (hms := _clock(found)) is None:
        return day
    zone = VIETNAM
    gmt = _GMT.match(text, found.end())
    if gmt:  # "(GMT+7)" is the norm; any other offset is honoured, then shown in Vietnam time
        minutes = int(gmt["oh"]) * 60 + int(gmt["om"] or 0)
        if minutes <= 14 * 60:
            zone = timezone(timedelta(minutes=minutes if gmt["sign"] == "+" else -minutes))
    moment = datetime(day.year, day.month, day.day, *hms, tzinfo=zone)
    return moment.astimezone(VIETNAM)


def find_date(text: str) -> tuple[Moment, int, int] | None:
    """The first date in `text` with its time, and where the date itself starts and ends."""
    first = _first_date(text)
    if first is None:
        return None
    day, start, end = first
    return _attach_time(text, day, start, end), start, end


def parse_date_text(text: str) -> datetime | date | None:
    """The first Vietnamese date(time) in a short string, day first; aware datetimes in VN time."""
    if not text:
        return None
    found = find_date(_nfc(text))
    return found[0] if found else None


# -- structured metadata -------------------------------------------------------------------

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    # NukeViet prints PHP's date('Y-m-dTH:i:sO'), where T is the zone's abbreviation: "EDT07:00"
    r"(?:[T\s]*[A-Za-z]{0,5}\s*(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|[+-]\d{2}(?!\d))?)?")


def parse_iso(value: str) -> Moment | None:
    """An ISO 8601-ish metadata value in Vietnam time; a time without offset is Vietnam time."""
    match = _ISO.match(value or "")
    if not match:
        return parse_date_text(value or "")
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    if match["h"] is None:
        return day
    hour, minute, second = int(match["h"]), int(match["mi"]), int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return day
    zone = VIETNAM
    if match["tz"]:
        raw = match["tz"].replace(":", "")
        if raw == "Z":
            zone = timezone.utc
        else:
            minutes = int(raw[1:3]) * 60 + int(raw[3:5] or 0)
            zone = timezone(timedelta(minutes=minutes if raw[0] == "+" else -minutes))
    moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
    return moment.astimezone(VIETNAM)
