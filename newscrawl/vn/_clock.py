"""The time of day in a `TIME` match: 12-hour words, seconds, the UTC offset."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from typing import NamedTuple

_PM = frozenset({"pm", "ch", "chiều", "tối"})
_AM = frozenset({"am", "sa", "sáng"})
_MAX_OFFSET = timedelta(hours=14)
VN_OFFSET = timedelta(hours=7)
_UTC = timedelta(0)


class Clock(NamedTuple):
    hour: int
    minute: int
    second: int
    offset: timedelta | None
    # "00:00:00" printed by a CMS that has no time for the article.
    is_placeholder: bool


def read_clock(m: re.Match[str]) -> Clock | None:
    """The clock a `TIME` match shows, or None when it cannot exist (25:61, GMT+19)."""
    hour_text, minute_text, other_minute_text, second_text, period = m.group(
        "h", "mi", "mi2", "s", "ap"
    )
    minute_text = minute_text or other_minute_text
    hour = _with_period(int(hour_text), period)
    minute = int(minute_text) if minute_text else 0
    second = int(second_text) if second_text else 0
    offset = _offset(m)
    if (
        hour > 23
        or minute > 59
        or second > 59
        or (offset is not None and abs(offset) > _MAX_OFFSET)
    ):
        return None
    placeholder = (
        second_text is not None and hour == minute == second == 0 and offset in (None, VN_OFFSET)
    )
    return Clock(hour, minute, second, offset, placeholder)


def _with_period(hour: int, period: str | None) -> int:
    """24-hour clock from a 12-hour one; an hour already past 12 ("16:46 PM") stays."""
    if period is None:
        return hour
    word = period.lower().replace(".", "")
    if word in _PM:
        return hour + 12 if 1 <= hour < 12 else hour
    if word in _AM:
        return 0 if hour == 12 and word != "sáng" else hour
    if word == "trưa":  # noon: "11 giờ trưa", "1 giờ trưa" (13:00)
        return hour + 12 if 1 <= hour <= 4 else hour
    # "đêm", night: "10 giờ đêm" is 22:00, "2 giờ đêm" 02:00, "12 giờ đêm" midnight.
    if 8 <= hour < 12:
        return hour + 12
    return 0 if hour == 12 else hour


def zone_of(m: re.Match[str]) -> timedelta | None:
    """The offset a `ZONE_AFTER` match names; None for an empty match or no real zone (as
    `read_clock` says of a time's own, GMT+19 is none)."""
    offset = _offset(m) if m.end() > m.start() else None
    return offset if offset is not None and abs(offset) <= _MAX_OFFSET else None


def _offset(m: re.Match[str]) -> timedelta | None:
    zulu, gmt, gmt_sign, gmt_hours, gmt_minutes, sign, hours, minutes = m.group(
        "z", "gmt", "gs", "gh", "gm", "os", "oh", "om"
    )
    if zulu or (gmt and not gmt_sign):  # "GMT" alone is UTC
        return _UTC
    if gmt:
        return _signed(gmt_sign, gmt_hours, gmt_minutes)
    if sign:
        return _signed(sign, hours, minutes)
    return _zone_for_t(m) if "zs" in m.re.groupindex else None


def _zone_for_t(m: re.Match[str]) -> timedelta | None:
    """The zone PHP printed in the place of ISO 8601's `T` (`_patterns.TIME_AFTER`)."""
    name, sign, hours, minutes = m.group("zn", "zs", "zh", "zm")
    if name:
        return VN_OFFSET if name == "ict" else _UTC  # Indochina Time; UTC, GMT
    return _signed(sign, hours, minutes) if sign else None


@lru_cache(maxsize=256)  # a handful of offsets recur on every page; building one is slow
def _signed(sign: str, hours: str, minutes: str | None) -> timedelta:
    seconds = int(hours) * 3600 + (int(minutes) * 60 if minutes else 0)
    return timedelta(0, seconds if sign == "+" else -seconds)
