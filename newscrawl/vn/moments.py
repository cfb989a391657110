"""A reading's moment in Vietnam's time: +07:00 all year, a naive time read as local.

Shared by the timestamp reader and everything that exports or compares its values; pure.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7))


def format_timestamp(value: datetime | date) -> str:
    """ISO 8601 as exported: `2022-09-22T19:44:07+07:00` (naive means +07:00) or `2022-09-22`."""
    if isinstance(value, datetime):
        if not convertible(value):  # the calendar's last day has no +07:00 form: keep its own
            return value.isoformat(timespec="seconds")
        return at_vn(value).isoformat(timespec="seconds")
    return value.isoformat()


def day_of(value: datetime | date) -> date:
    """The calendar day in Vietnam of a reading (a date is its own day; a naive time is read
    at +07:00, like every time on the page)."""
    if isinstance(value, datetime):
        return at_vn(value).date() if convertible(value) else value.date()
    return value


def convertible(moment: datetime) -> bool:
    """Far enough from `datetime.min`/`max` to change offsets and add a day."""
    return 1 < moment.year < 9999


def at_vn(moment: datetime) -> datetime:
    if moment.tzinfo is VN_TZ:
        return moment
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=VN_TZ)
    return moment.astimezone(VN_TZ)


def after(value: datetime | date, limit: datetime) -> bool:
    """Is the reading later than `limit` (a date: is its day later than the limit's)?"""
    if isinstance(value, datetime):
        return value > limit
    return value > limit.date()
