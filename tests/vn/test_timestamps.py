"""Timestamps: the table of real-world shapes, then the contract around it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from newscrawl.vn import (
    VN_TZ,
    clean_text,
    day_of,
    format_timestamp,
    month_first_dates,
    parse_timestamp,
    parse_timestamp_detailed,
)
from tests.vn.tables import table

# A Wednesday morning: the relative rows and the future checks are read against it.
REFERENCE = datetime(2025, 11, 26, 10, 0, tzinfo=VN_TZ)


@pytest.mark.parametrize(("text", "expected", "warnings", "kind"), table("timestamps.tsv"))
def test_table(text: str, expected: str, warnings: str, kind: str) -> None:
    result = parse_timestamp_detailed(text, reference=REFERENCE)
    shown = "None" if result.value is None else format_timestamp(result.value)
    assert shown == expected
    assert result.warnings == tuple(w for w in warnings.split(",") if w)
    assert result.kind == (kind or None)
    assert parse_timestamp(text, reference=REFERENCE) == result.value
    if isinstance(result.value, datetime):
        assert result.value.tzinfo is VN_TZ
    elif result.value is not None:
        assert type(result.value) is date


def test_portal_conventions() -> None:
    assert parse_timestamp("Thứ 5, 22/09/2022 | 19:44:07") == datetime(
        2022, 9, 22, 19, 44, 7, tzinfo=VN_TZ
    )
    assert parse_timestamp("Thứ 3, 06/12/2022, 08:43[GMT+7]") == datetime(
        2022, 12, 6, 8, 43, tzinfo=VN_TZ
    )
    mismatch = parse_timestamp_detailed("Thứ 4, 22/09/2022 | 19:44:07")
    assert mismatch.value == datetime(2022, 9, 22, 19, 44, 7, tzinfo=VN_TZ)
    assert mismatch.warnings == ("weekday_mismatch",)
    assert parse_timestamp("22.09.2022 | 16:46 PM") == datetime(2022, 9, 22, 16, 46, tzinfo=VN_TZ)
    assert parse_timestamp("667 lượt xem") is None
    assert parse_timestamp("Thứ 3, 01/10/2024 | 00:00:00") == date(2024, 10, 1)


@pytest.mark.parametrize(
    "text", ["13 giờ trước", "Hôm qua lúc 21:30", "vừa xong", "hôm nay", "3 hours ago"]
)
def test_relative_needs_a_reference(text: str) -> None:
    assert parse_timestamp_detailed(text) == parse_timestamp_detailed("")
    assert parse_timestamp(text, reference=REFERENCE) is not None


def test_naive_reference_is_vietnam_time() -> None:
    naive = REFERENCE.replace(tzinfo=None)
    assert parse_timestamp("2 giờ trước", reference=naive) == datetime(
        2025, 11, 26, 8, 0, tzinfo=VN_TZ
    )


def test_reference_at_another_offset_is_converted() -> None:
    utc = REFERENCE.astimezone(UTC)  # 03:00 UTC is 10:00 in Vietnam
    assert parse_timestamp("hôm qua", reference=utc) == date(2025, 11, 25)


def test_future_check_uses_reference_plus_one_day() -> None:
    just_inside = parse_timestamp_detailed("27/11/2025 10:00", reference=REFERENCE)
    assert just_inside.value == datetime(2025, 11, 27, 10, 0, tzinfo=VN_TZ)
    just_outside = parse_timestamp_detailed("27/11/2025 10:01", reference=REFERENCE)
    assert just_outside.value is None
    assert just_outside.warnings == ("in_future",)
    assert parse_timestamp("22/09/2099 19:44") is not None  # no reference, no future check


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ngày đăng: 22/09/2022 | Lượt xem: 1082", "22/09/2022"),
        ("Thời sự - Thứ 5, 22/09/2022 | 19:44:07 Chia sẻ", "Thứ 5, 22/09/2022 | 19:44:07"),
        ("Cập nhật lúc 13:42 ngày 28/09/2025", "13:42 ngày 28/09/2025"),
        ("Thứ 3, 06/12/2022, 08:43[GMT+7]", "Thứ 3, 06/12/2022, 08:43[GMT+7]"),
        ("Th&#7913; 5,&nbsp;22/09/2022", "Thứ 5, 22/09/2022"),
        ("Tin cũ: Hôm qua lúc 21:30", "Hôm qua lúc 21:30"),
        # the zone after the date, when the time comes first: its own, and in the span
        ("Đăng lúc: 16:22, 20/11/2024 (GMT+7) | In", "16:22, 20/11/2024 (GMT+7)"),
        # the lunar date a clan's site gives first, the solar one in brackets after it: both
        ("Ngày đăng: mùng 6 tháng Giêng năm Ất Tỵ (03/02/2025)",
         "mùng 6 tháng Giêng năm Ất Tỵ (03/02/2025"),
        ("Ngày 15 tháng Chạp (14/01/2024) | Lượt xem: 12", "Ngày 15 tháng Chạp (14/01/2024"),
        ("Lễ giỗ Tổ ngày 10 tháng 3 âm lịch (18/4/2024)", "ngày 10 tháng 3 âm lịch (18/4/2024"),
        # a bracketed date after words of no lunar date is the date alone
        ("Hội nghị tháng 4 (18/4/2024)", "18/4/2024"),
    ],
)  # fmt: skip
def test_span_points_into_the_cleaned_text(text: str, found: str) -> None:
    start, end = parse_timestamp_detailed(text, reference=REFERENCE).span or (0, 0)
    assert clean_text(text)[start:end] == found


def test_no_timestamp_has_no_span_kind_or_warning() -> None:
    result = parse_timestamp_detailed("Lãnh đạo Sở phát biểu tại hội nghị.")
    assert (result.value, result.warnings, result.kind, result.span) == (None, (), None, None)


def test_a_timestamp_must_start_within_the_text_limit() -> None:
    filler = "Lãnh đạo Sở phát biểu tại hội nghị. "
    assert parse_timestamp(filler * 50 + "22/09/2022") == date(2022, 9, 22)
    assert parse_timestamp(filler * 60 + "22/09/2022") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2022, 9, 22, 19, 44, 7, tzinfo=VN_TZ), "2022-09-22T19:44:07+07:00"),
        (datetime(2022, 9, 22, 19, 44, tzinfo=VN_TZ), "2022-09-22T19:44:00+07:00"),
        (datetime(2022, 9, 22, 12, 44, 7, tzinfo=UTC), "2022-09-22T19:44:07+07:00"),
        (
            datetime(2022, 9, 22, 7, 44, 7, tzinfo=timezone(timedelta(hours=-5))),
            "2022-09-22T19:44:07+07:00",
        ),
        (datetime(2022, 9, 22, 19, 44, 7), "2022-09-22T19:44:07+07:00"),
        (datetime(2022, 9, 22, 19, 44, 7, 999_999, tzinfo=VN_TZ), "2022-09-22T19:44:07+07:00"),
        (date(2022, 9, 22), "2022-09-22"),
    ],
    ids=["vn", "no-seconds", "utc", "minus-five", "naive", "microseconds", "date"],
)
def test_format_timestamp(value: datetime | date, expected: str) -> None:
    assert format_timestamp(value) == expected


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (date(2024, 3, 5), date(2024, 3, 5)),
        (datetime(2024, 3, 5, 23, 30, tzinfo=VN_TZ), date(2024, 3, 5)),
        # 20:00 UTC is already the next morning in Vietnam.
        (datetime(2024, 3, 4, 20, 0, tzinfo=UTC), date(2024, 3, 5)),
        # A time without an offset is a time on the page: +07:00.
        (datetime(2024, 3, 4, 20, 0), date(2024, 3, 4)),
        (datetime.max.replace(tzinfo=UTC), date.max),  # no day after the last one
    ],
)  # fmt: skip
def test_day_of(value: datetime | date, day: date) -> None:
    assert day_of(value) == day


@pytest.mark.parametrize(("text", "expected"), table("month_first.tsv"))
def test_month_first_table(text: str, expected: str) -> None:
    """An en-US server prints month first: `11/5/2024` is 5 November on such a page."""
    value = parse_timestamp(text, month_first=True)
    assert (None if value is None else format_timestamp(value)) == expected
    detailed = parse_timestamp_detailed(text, month_first=True)
    assert detailed.value == value


@pytest.mark.parametrize(("texts", "month_first"), table("date_order.tsv"))
def test_month_first_dates_table(texts: str, month_first: str) -> None:
    assert month_first_dates(texts.split("|")) is (month_first == "true")
