"""Time-of-day lines: a live report's entry stamps, an update line that names no day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newscrawl.vn import VN_TZ, format_timestamp, is_stamp, parse_time_on
from tests.vn.tables import table

# The day of the publication line beside the update line.
DAY = date(2024, 11, 23)


@pytest.mark.parametrize(("text", "expected"), table("stamps.tsv"))
def test_is_stamp_table(text: str, expected: str) -> None:
    assert is_stamp(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected", "kind"), table("times_on.tsv"))
def test_parse_time_on_table(text: str, expected: str, kind: str) -> None:
    result = parse_time_on(text, DAY)
    assert ("None" if result.value is None else format_timestamp(result.value)) == expected
    assert result.kind == (kind or None)
    if result.value is not None:
        assert isinstance(result.value, datetime)
        assert result.value.tzinfo is VN_TZ
