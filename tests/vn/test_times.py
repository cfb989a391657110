"""Time-of-day lines: a live report's entry stamps, an update line that names no day; and a
machine's zone-less time meant as UTC."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newscrawl.vn import (
    VN_TZ,
    as_utc_if_zoneless,
    format_timestamp,
    is_day_line,
    is_place_and_date,
    is_reading_time,
    is_relative,
    is_stamp,
    mentions_update,
    names_an_edition,
    parse_time_on,
    parse_timestamp,
    posting_clause,
    timestamp_label,
)
from tests.vn.tables import table

# The day of the publication line beside the update line.
DAY = date(2024, 11, 23)


@pytest.mark.parametrize(("text", "expected"), table("stamps.tsv"))
def test_is_stamp_table(text: str, expected: str) -> None:
    assert is_stamp(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("reading_times.tsv"))
def test_is_reading_time_table(text: str, expected: str) -> None:
    assert is_reading_time(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("day_lines.tsv"))
def test_is_day_line_table(text: str, expected: str) -> None:
    assert is_day_line(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("place_and_date_lines.tsv"))
def test_is_place_and_date_table(text: str, expected: str) -> None:
    assert is_place_and_date(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("timestamp_labels.tsv"))
def test_timestamp_label_table(text: str, expected: str) -> None:
    assert str(timestamp_label(text)) == expected


@pytest.mark.parametrize(("text", "expected"), table("relative.tsv"))
def test_is_relative_table(text: str, expected: str) -> None:
    assert is_relative(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected", "kind"), table("times_on.tsv"))
def test_parse_time_on_table(text: str, expected: str, kind: str) -> None:
    result = parse_time_on(text, DAY)
    assert ("None" if result.value is None else format_timestamp(result.value)) == expected
    assert result.kind == (kind or None)
    if result.value is not None:
        assert isinstance(result.value, datetime)
        assert result.value.tzinfo is VN_TZ


@pytest.mark.parametrize(("text", "expected"), table("posting_sentences.tsv"))
def test_posting_clause_table(text: str, expected: str) -> None:
    assert posting_clause(text) == (expected or None)


@pytest.mark.parametrize(("text", "expected"), table("editions.tsv"))
def test_names_an_edition_table(text: str, expected: str) -> None:
    assert names_an_edition(text) is (expected == "true")


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Cập nhật lúc 11:20", True),
        ("CẬP NHẬT: 08g45, 23/11/2024", True),
        ("Updated 11:20 AM", True),
        ("Lần cập nhật cuối ( Thứ năm, 21 Tháng 11 2024 09:15 )", True),
        ("Đăng lúc 07:45", False),
        ("Lượt xem: 5.210", False),
    ],
)
def test_mentions_update(text: str, mentions: bool) -> None:
    assert mentions_update(text) is mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-11-21 03:15:42", "2024-11-21T10:15:42+07:00"),  # Odoo's post_date, UTC
        ("2024-11-21T03:15", "2024-11-21T10:15:00+07:00"),
        ("2024-11-21T03:15:42+00:00", "2024-11-21T10:15:42+07:00"),  # says its zone: as read
        ("2024-11-21T03:15:42+07:00", "2024-11-21T03:15:42+07:00"),
        ("21/11/2024 03:15", "2024-11-21T03:15:00+07:00"),  # written for readers: local
        ("2024-11-21", "2024-11-21"),  # a date has no hour to move
    ],
)
def test_a_zone_less_machine_time_read_as_utc(text: str, expected: str) -> None:
    value = as_utc_if_zoneless(parse_timestamp(text), text)
    assert value is not None
    assert format_timestamp(value) == expected
