"""Choosing between layers: the first layer that answers wins; a disagreement is recorded.

Each field is asked of the layers in order (site profile, structured metadata, visible text,
URL). `resolve` takes the first answer and tells whether any later one disagrees with it, by
the field's own notion of "the same": instants at the coarser precision of the two for
timestamps, text up to case, tone placement and a cut-off suffix for titles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time

from newscrawl import vn

Same = Callable[[str, str], bool]


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None
    conflict: bool = False


def resolve(answers: Sequence[str | None], same: Same) -> Resolved:
    """The first non-empty answer, and whether any other answer disagrees with it."""
    given = [a for a in answers if a]
    if not given:
        return Resolved(None)
    first = given[0]
    return Resolved(first, any(not same(first, other) for other in given[1:]))


def same_title(a: str, b: str) -> bool:
    fa, fb = vn.fold(a), vn.fold(b)
    return fa == fb or fa.startswith(fb) or fb.startswith(fa)


def same_name(a: str, b: str) -> bool:
    """Names (a section's) are the same up to case and tone placement."""
    return vn.fold(a) == vn.fold(b)


def same_moment(a: str, b: str, *, month_first: bool = False) -> bool:
    """Do two timestamp strings name the same moment, at the coarser precision of the two?

    Minutes when either has no seconds, the calendar day at +07:00 when either is a date;
    offsets do not matter (`2024-03-05T01:20:00+00:00` is `05/03/2024 08:20`). An unreadable
    string is reported elsewhere (`published_unparsed`), not as a conflict.
    """
    va = vn.parse_timestamp(a, month_first=month_first)
    vb = vn.parse_timestamp(b, month_first=month_first)
    if va is None or vb is None:
        return True
    if isinstance(va, datetime) and isinstance(vb, datetime):
        va, vb = va.astimezone(vn.VN_TZ), vb.astimezone(vn.VN_TZ)
        if va.second == 0 or vb.second == 0:
            va, vb = va.replace(second=0, microsecond=0), vb.replace(second=0, microsecond=0)
        return va == vb
    return vn.day_of(va) == vn.day_of(vb)


def is_update(update: str, published: str | None, *, month_first: bool = False) -> bool:
    """Does `update` name a moment other than the publication? A time with no date (`Cập nhật
    lúc 11:20` beside the publication line) is read on the publication's day; an unreadable
    update is none."""
    if not published:
        return True
    when = vn.parse_timestamp(published, month_first=month_first)
    if isinstance(when, datetime):  # (`parse_time_on` refuses a dated line)
        beside = vn.parse_time_on(update, vn.day_of(when)).value
        if beside is not None:
            return beside != when
    if vn.parse_timestamp(update, month_first=month_first) is None:
        return False
    return not same_moment(update, published, month_first=month_first)


def local_time_as_utc(structured: str, visible: str, *, month_first: bool = False) -> bool:
    """Did the site write its local time as UTC? A structured timestamp in UTC (`Z`, `+00:00`)
    that shows the visible line's date and clock: read as UTC it falls seven hours after the
    moment the page shows (a common SEO plugin's bug), so the visible line is the right one."""
    written = _written_in_utc(structured)
    shown = vn.parse_timestamp(visible, month_first=month_first)
    if written is None or not isinstance(shown, datetime):
        return False
    clock = written.replace(tzinfo=None, second=0, microsecond=0)
    return clock == shown.astimezone(vn.VN_TZ).replace(tzinfo=None, second=0, microsecond=0)


def date_written_as_utc(structured: str, visible: str, *, month_first: bool = False) -> bool:
    """Did a build write the article's date as an instant? A structured timestamp at exactly
    midnight UTC (`2024-11-20T00:00:00.000Z`, a static site's front matter `date: 2024-11-20`)
    or noon UTC (Drupal's date-only field, `2024-12-03T12:00:00Z`) where the page shows only
    that date: the date is what the site knows. (Either alone could be a post scheduled at
    07:00 or 19:00 local time; the date-only line tells.)"""
    written = _written_in_utc(structured)
    shown = vn.parse_timestamp(visible, month_first=month_first)
    if written is None or shown is None or isinstance(shown, datetime):
        return False
    return written.time() in _DATE_ONLY_TIMES and written.date() == shown


_DATE_ONLY_TIMES = (time(0), time(12))


def _written_in_utc(structured: str) -> datetime | None:
    """The structured timestamp at UTC, when it says it is UTC (`Z`, `+00:00`)."""
    if not structured.rstrip().endswith(("Z", "z", "+00:00", "+0000")):
        return None
    written = vn.parse_timestamp(structured)
    return written.astimezone(UTC) if isinstance(written, datetime) else None
