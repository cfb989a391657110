"""`utc_iso`: the one way newscrawl writes an instant, ISO 8601 UTC to the second."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newscrawl.utc import FORMAT, utc_iso

VN = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 26, 7, 20, tzinfo=UTC), "2026-11-26T07:20:00Z"),
        (datetime(2026, 11, 26, 7, 20, 5, 999_999, tzinfo=UTC), "2026-11-26T07:20:05Z"),
        (datetime(2026, 1, 1, 3, 0, tzinfo=VN), "2025-12-31T20:00:00Z"),
        (datetime(2022, 9, 22, 19, 44, 7, tzinfo=VN), "2022-09-22T12:44:07Z"),
        (datetime(999, 5, 1, tzinfo=UTC), "0999-05-01T00:00:00Z"),  # four digits, as ISO wants
    ],
)
def test_utc_iso(moment: datetime, expected: str) -> None:
    assert utc_iso(moment) == expected


def test_agrees_with_the_documented_format() -> None:
    moment = datetime(2024, 2, 29, 23, 59, 59, 500_000, tzinfo=VN)
    assert utc_iso(moment) == moment.astimezone(UTC).strftime(FORMAT)
