"""Relative timestamps ("13 giờ trước", "hôm qua", "vừa xong") against a reference clock."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from newscrawl.vn import _patterns as p

_CLOCK_UNITS = {"giây": "seconds", "phút": "minutes", "giờ": "hours", "tiếng": "hours"}
_DAY_UNITS = {"ngày": 1, "tuần": 7}
_MONTH_UNITS = {"tháng": 1, "năm": 12}
_EARLIEST = date(1900, 1, 1)


def resolve_relative(m: re.Match[str], ref: datetime) -> datetime | date | None:
    """A `RELATIVE` match as a moment (units below a day) or a date, or None out of range."""
    if ref.date() < _EARLIEST:
        return None
    if m.group("now"):
        return ref.replace(microsecond=0)
    if m.group("day"):
        return ref.date() - timedelta(days=p.DAY_WORDS[m.group("day").lower()])
    count, unit = _count_and_unit(m)
    if unit in _CLOCK_UNITS:
        moment = ref.replace(microsecond=0) - timedelta(**{_CLOCK_UNITS[unit]: count})
        return moment if moment.date() >= _EARLIEST else None
    if unit in _DAY_UNITS:
        days = count * _DAY_UNITS[unit]
        return ref.date() - timedelta(days=days) if days <= (ref.date() - _EARLIEST).days else None
    return _months_before(ref.date(), count * _MONTH_UNITS[unit])


def _count_and_unit(m: re.Match[str]) -> tuple[int, str]:
    if m.group("en"):
        return int(m.group("en")), p.EN_UNITS[m.group("eu").lower()[:3]]
    number = (m.group("n") or m.group("n2")).lower()
    unit = (m.group("u") or m.group("u2")).lower()
    return (int(number) if number.isdigit() else p.VI_NUMBER_WORDS[number]), unit


def _months_before(day: date, months: int) -> date | None:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    if year < _EARLIEST.year:
        return None
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
