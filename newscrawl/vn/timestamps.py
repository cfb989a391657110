"""Vietnamese news timestamps: `Thứ 5, 22/09/2022 | 19:44:07` -> 2022-09-22T19:44:07+07:00.

A date is found first (numeric, long Vietnamese or English form, tried at the start of each
digit run); the time, the weekday and the offset are then looked for right beside it, so text
glued before or after does not matter. Relative forms ("13 giờ trước", "hôm qua 10:30") need a
`reference` and a short text.

Limits: the first 20,000 characters of the input are cleaned and a timestamp must start within
the first 2,000 characters of the cleaned text; relative forms are only read in texts of at
most 64 characters, so that "Hôm nay, ..." opening a paragraph is not a timestamp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Literal

from newscrawl.vn import _patterns as p
from newscrawl.vn._clock import VN_OFFSET, Clock, read_clock, zone_of
from newscrawl.vn._dates import lunar_date_before, year_month_day
from newscrawl.vn._relative import resolve_relative
from newscrawl.vn.moments import VN_TZ, after, at_vn, convertible, day_of, format_timestamp
from newscrawl.vn.text import clean_text, lower_same_length

RAW_LIMIT = 20_000
TEXT_LIMIT = 2_000
RELATIVE_TEXT_LIMIT = 64
_LOOKBEHIND = 48  # how far before a date its time or its label may start
_WEEKDAY_LOOKBEHIND = 24

# From a label: the article's publication or update, the day the CMS created the item (a
# publication only where none is labelled so), or another date (an event's, a deadline).
Kind = Literal["published", "modified", "event", "created"]
_LABEL_KINDS: tuple[Kind, ...] = ("modified", "event", "created")  # (else a publication's)


@dataclass(frozen=True, slots=True)
class TimestampResult:
    value: datetime | date | None = None
    warnings: tuple[str, ...] = ()
    kind: Kind | None = None
    # Where the timestamp (weekday, date, time, offset) is in the cleaned text.
    span: tuple[int, int] | None = None


_NOTHING = TimestampResult()
# (value, warnings, span): immutable, since a reading is shared between the callers of one text.
_Found = tuple[datetime | date | None, tuple[str, ...], tuple[int, int]]
# Readings remembered: the same string is read several times while one page is extracted (the
# layers compared, then the value exported), never by many pages.
_RECENT_TEXTS = 64
# Where a relative time is only recognised, not placed: any clock will do.
_ANY_REFERENCE = datetime(2000, 1, 1, tzinfo=VN_TZ)
_MAX_RELATIVE_LABEL_WORDS = 2  # `Cập nhật: 2 giờ trước`, `(2 giờ trước)`
# Re-exported: the timestamp's public names (`newscrawl.vn`) have always come from here.
__all__ = [
    "RAW_LIMIT",
    "RELATIVE_TEXT_LIMIT",
    "TEXT_LIMIT",
    "VN_TZ",
    "Kind",
    "TimestampResult",
    "day_of",
    "format_timestamp",
    "is_relative",
    "parse_timestamp",
    "parse_timestamp_detailed",
]


def parse_timestamp(
    text: str, *, reference: datetime | None = None, month_first: bool = False
) -> datetime | date | None:
    """An aware datetime at +07:00, a date when the text has no time, or None. `month_first`:
    the page's server prints `11/5/2024` for 5 November (`month_first_dates` tells)."""
    found = _find(text, reference, month_first)
    return found[0][0] if found is not None else None


def parse_timestamp_detailed(
    text: str, *, reference: datetime | None = None, month_first: bool = False
) -> TimestampResult:
    """The timestamp with its warnings, its kind (from a label) and its span."""
    found = _find(text, reference, month_first)
    if found is None:
        return _NOTHING
    (value, warnings, span), low = found
    return TimestampResult(value, warnings, _kind(low, span[0]), span)


def is_relative(text: str) -> bool:
    """Is the line a relative time (`2 giờ trước`, `hôm qua lúc 21:30`), which only a reference
    clock can place, with at most a short label beside it? A sentence that counts back
    (`Cách đây 5 năm, xã còn nghèo`) is not one."""
    low, found = _read_absolute(text, False)
    if found is not None or len(low) > RELATIVE_TEXT_LIMIT or not _has_relative_hint(low):
        return False
    relative = _relative(low, _ANY_REFERENCE)
    if relative is None:
        return False
    start, end = relative[2]
    return len(f"{low[:start]} {low[end:]}".split()) <= _MAX_RELATIVE_LABEL_WORDS


def _find(
    text: str, reference: datetime | None, month_first: bool = False
) -> tuple[_Found, str] | None:
    """What was found, in the lower-cased cleaned text that is also returned."""
    low, found = _read_absolute(text, month_first)
    if found is None and len(low) <= RELATIVE_TEXT_LIMIT and _has_relative_hint(low):
        found = _relative(low, _reference(reference))
    if found is None:
        return None
    value, warnings, span = found
    ref = _reference(reference) if value is not None else None
    if value is not None and ref is not None and after(value, ref + timedelta(days=1)):
        return (None, (*warnings, "in_future"), span), low
    return found, low


@lru_cache(maxsize=_RECENT_TEXTS)
def _read_absolute(text: str, month_first: bool) -> tuple[str, _Found | None]:
    """The lower-cased cleaned text, and the absolute timestamp in it: what does not depend on
    a reference."""
    cleaned = clean_text(text[:RAW_LIMIT])[:TEXT_LIMIT]
    low = lower_same_length(cleaned)
    return low, _absolute(cleaned, low, month_first) if p.DIGIT_RUN.search(low) else None


def _absolute(cleaned: str, low: str, month_first: bool) -> _Found | None:
    found = _first_date(cleaned, low, month_first)
    if found is None:
        return None
    match, ymd = found
    try:
        day = date(*ymd)
    except ValueError:
        return None, ("impossible_date",), match.span()
    return _around_date(low, match, day)


_DateMatch = tuple[re.Match[str], tuple[int, int, int]]


def _first_date(cleaned: str, low: str, month_first: bool) -> _DateMatch | None:
    """The first date that could be one (month 1-12, day 1-31, a plausible year)."""
    run = p.DIGIT_RUN.search(low)
    while run is not None:
        for pos in _date_starts(low, run):
            m = p.DIGIT_DATE.match(low, pos)
            if m is not None and (ymd := year_month_day(m, cleaned, month_first)) is not None:
                return m, ymd
        run = p.DIGIT_RUN.search(low, run.end())
    if p.YEAR4.search(low):
        for m in p.WORD_DATE.finditer(low):
            if _starts_word(low, m.start()) and (ymd := year_month_day(m, cleaned)) is not None:
                return m, ymd
    return None


def _date_starts(low: str, run: re.Match[str]) -> tuple[int, ...]:
    """Where in a digit run a date may start: at its start, or past what is glued before it,
    a digit weekday ("thứ 522/09/2022") or a time's minutes ("19:4422/09/2022")."""
    start = run.start()
    if low.endswith(("thứ ", "thứ"), 0, start) and low[start] in "234567":
        return start, start + 1
    if start > 0 and low[start - 1] == ":" and run.end() - start > 2:
        return start, start + 2
    return (start,)


def _around_date(low: str, match: re.Match[str], day: date) -> _Found:
    start, end = match.span()
    if start and low[start - 1] == "(":
        start = lunar_date_before(low, start, _LOOKBEHIND)
    weekday = _weekday_before(low, start)
    time = p.TIME_AFTER.match(low, end)
    if time is None and (lunar := p.LUNAR_ASIDE.match(low, end)) is not None:
        time = p.TIME_AFTER.match(low, lunar.end())
    if time is None:
        time = _time_before(low, weekday.start() if weekday else start)
        if time is not None and weekday is None:
            weekday = _weekday_before(low, time.start())
    if weekday is None:
        weekday = _weekday_after(low, time.end() if time and time.start() >= end else end)
    if weekday is not None:
        start = min(start, weekday.start())
        end = max(end, weekday.end())
    zone: timedelta | None = None
    if time is not None:
        after = p.ZONE_AFTER.match(low, end) if time.start() < start else None
        if after is not None and (zone := zone_of(after)) is not None:
            end = max(end, after.end())  # (`16:22, 20/11/2024 (GMT+7)`: the time's zone)
        start = min(start, time.start())
        end = max(end, time.end())
    span = (start, end)
    warnings = []
    if weekday is not None and _weekday_number(weekday) != day.weekday():
        warnings.append("weekday_mismatch")
    if time is None:
        return day, tuple(warnings), span
    clock = read_clock(time)
    if clock is None:
        return None, (*warnings, "impossible_date"), span
    if zone is not None and clock.offset is None:
        clock = clock._replace(offset=zone)
    return _combine(day, clock, warnings), tuple(warnings), span


def _combine(day: date, clock: Clock, warnings: list[str]) -> datetime | date:
    if clock.is_placeholder:
        warnings.append("placeholder_time")
        return day
    if clock.offset is None or clock.offset == VN_OFFSET:
        return datetime(day.year, day.month, day.day, *clock[:3], tzinfo=VN_TZ)
    moment = datetime(day.year, day.month, day.day, *clock[:3], tzinfo=timezone(clock.offset))
    return moment.astimezone(VN_TZ)


def _has_relative_hint(low: str) -> bool:
    return any(hint in low for hint in p.RELATIVE_HINTS)


def _relative(low: str, ref: datetime | None) -> _Found | None:
    match = p.RELATIVE.search(low)
    if match is None or ref is None:
        return None
    time = None
    if match.group("day"):
        time = p.TIME.search(low, match.end())
        if time is None or not p.GAP_DAY_WORD.fullmatch(low, match.end(), time.start()):
            time = _last_before(p.TIME, p.GAP_DAY_WORD, low, match.start(), _LOOKBEHIND)
    span = match.span()
    if time is not None:
        span = (min(span[0], time.start()), max(span[1], time.end()))
    value = resolve_relative(match, ref)
    if value is None:
        return None
    if time is None or isinstance(value, datetime):
        return value, (), span
    clock = read_clock(time)
    if clock is None:
        return None, ("impossible_date",), span
    warnings: list[str] = []
    return _combine(value, clock, warnings), tuple(warnings), span


def _weekday_before(low: str, pos: int) -> re.Match[str] | None:
    return _last_before(p.WEEKDAY, p.GAP_WEEKDAY, low, pos, _WEEKDAY_LOOKBEHIND)


def _time_before(low: str, pos: int) -> re.Match[str] | None:
    return _last_before(p.TIME, p.GAP_TIME_DATE, low, pos, _LOOKBEHIND)


def _last_before(
    token: re.Pattern[str], gap: re.Pattern[str], low: str, pos: int, lookbehind: int
) -> re.Match[str] | None:
    """The last whole-word `token` that ends at most a `gap` before `pos`."""
    found = None
    for m in token.finditer(low, max(0, pos - lookbehind), pos):
        if _starts_word(low, m.start()) and gap.fullmatch(low, m.end(), pos):
            found = m
    return found


def _weekday_after(low: str, pos: int) -> re.Match[str] | None:
    m = p.WEEKDAY.search(low, pos, pos + _WEEKDAY_LOOKBEHIND)
    if m is not None and p.GAP_DATE_WEEKDAY.fullmatch(low, pos, m.start()):
        return m
    return None


def _starts_word(low: str, pos: int) -> bool:
    return pos == 0 or not low[pos - 1].isalpha()


def _weekday_number(m: re.Match[str]) -> int:
    if m.group("wn") or m.group("tn"):
        return int(m.group("wn") or m.group("tn")) - 2
    if m.group("ww"):
        return p.VI_WEEKDAY_WORDS[m.group("ww")]
    if m.group("cn"):
        return 6
    return p.EN_WEEKDAYS[m.group("en")]


def _kind(low: str, start: int) -> Kind | None:
    found = p.LABEL.finditer(low, max(0, start - _LOOKBEHIND), start)
    last = next(reversed([m for m in found if _starts_word(low, m.start())]), None)
    if last is None:
        return None
    return next((kind for kind in _LABEL_KINDS if last.group(kind)), "published")


def _reference(reference: datetime | None) -> datetime | None:
    """The reference at +07:00, or None (no reference) at the calendar's very ends."""
    return at_vn(reference) if reference is not None and convertible(reference) else None
