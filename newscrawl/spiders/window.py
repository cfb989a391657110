"""Which days a run covers: the `since`/`until` window, the archive's range, the known frontier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class DateWindow:
    since: date | None = None
    until: date | None = None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> DateWindow:
        window = cls(
            date.fromisoformat(since) if since else None,
            date.fromisoformat(until) if until else None,
        )
        if window.since and window.until and window.since > window.until:
            raise ValueError(f"since ({since}) is after until ({until})")
        return window

    @property
    def bounded(self) -> bool:
        return self.since is not None or self.until is not None

    def contains(self, day: date | None) -> bool:
        """Undated items are kept: what cannot be placed cannot be excluded."""
        if day is None:
            return True
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )

    def before_start(self, day: date | None) -> bool:
        return day is not None and self.since is not None and day < self.since

    def admits(self, day: date | None) -> bool:
        """May an article dated `day` (None: no date anywhere) be part of this run?"""
        if not self.bounded:
            return True
        return day is not None and self.contains(day)


def archive_bounds(
    window: DateWindow,
    offered_years: list[int],
    today: date,
    watermark: date | None = None,
    overlap_days: int = 0,
) -> tuple[date, date] | None:
    """The days of the date archive to walk, or None when there is nothing to walk.

    Bounded by what the archive offers (its year options), by tomorrow (a calendar offers dates
    without end), by the run's window and, on an incremental run, by the newest day already
    archived minus an overlap."""
    lowers = [d for d in (window.since, _first_day(offered_years)) if d is not None]
    if not lowers:
        return None
    lower = max(lowers)
    if watermark is not None:
        lower = max(lower, watermark - timedelta(days=overlap_days))
    uppers = [d for d in (window.until, _last_day(offered_years)) if d is not None]
    upper = min([*uppers, today + timedelta(days=1)])
    return (lower, upper) if lower <= upper else None


def _first_day(years: list[int]) -> date | None:
    return date(min(years), 1, 1) if years else None


def _last_day(years: list[int]) -> date | None:
    return date(max(years), 12, 31) if years else None
