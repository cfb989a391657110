"""View counts and Vietnamese numbers."""

from __future__ import annotations

import pytest

from newscrawl import vn
from newscrawl.vn import mentions_views, parse_number, parse_view_count, parse_view_count_detailed
from tests.vn.tables import table


@pytest.mark.parametrize(("text", "expected", "labelled"), table("view_counts.tsv"))
def test_view_count_table(text: str, expected: str, labelled: str) -> None:
    result = parse_view_count_detailed(text)
    assert result.value == (None if expected == "None" else int(expected))
    assert result.labelled is (labelled == "true")
    assert parse_view_count(text) == result.value


@pytest.mark.parametrize(("text", "expected"), table("visits.tsv"))
def test_visits_table(text: str, expected: str) -> None:
    assert str(vn.parse_visits(text)) == expected


@pytest.mark.parametrize(("text", "expected"), table("picture_counts.tsv"))
def test_picture_count_table(text: str, expected: str) -> None:
    assert vn.is_picture_count(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("numbers.tsv"))
def test_number_table(text: str, expected: str) -> None:
    value = parse_number(text)
    if expected == "None":
        assert value is None
    else:
        assert value == (float(expected) if "." in expected else int(expected))
        assert type(value) is (float if "." in expected else int)


def test_portal_conventions() -> None:
    assert parse_view_count("667 lượt xem") == 667
    assert parse_view_count("12,636 lượt xem") == 12636
    assert parse_view_count("43,3 triệu") == 43_300_000
    assert parse_view_count("1,2 nghìn") == 1200
    assert parse_view_count("1.234 lượt xem") == 1234
    assert parse_number("43,3 triệu") == 43_300_000


@pytest.mark.parametrize(
    "text", ["Lượt xem", "Lượt xem: đang cập nhật", "Lượt xem: --", "Lượt xem: 12,5"]
)
def test_a_label_without_a_readable_number_is_reported(text: str) -> None:
    result = parse_view_count_detailed(text)
    assert (result.value, result.warnings, result.labelled) == (None, ("views_unparsed",), True)


@pytest.mark.parametrize("text", ["667 lượt xem", "👁 12,636", "Lượt tải: 12", ""])
def test_a_readable_or_absent_count_has_no_warning(text: str) -> None:
    assert parse_view_count_detailed(text).warnings == ()


def test_digit_runs_too_long_for_a_count_are_no_number() -> None:
    assert parse_view_count("1" * 5000 + " lượt xem") is None
    assert parse_number("9" * 5000) is None


# Where the counter starts and ends in its text: what stands before it may be another value of
# the same meta line (the time it was posted), what follows it the line's next counter.
COUNTERS = {
    "time before the label": ("07:45 Lượt xem: 612", "Lượt xem: 612"),
    "label first": ("Lượt xem: 612", "Lượt xem: 612"),
    "number before the label": ("667 lượt xem", "667 lượt xem"),
    "words before the number": ("Bài viết đã có hơn 1.234 lượt đọc", "hơn 1.234 lượt đọc"),
    "date before the number": ("21/11/2024 1.234 views", "1.234 views"),
    "another counter after it": ("Lượt xem: 1.234 Bình luận: 3", "Lượt xem: 1.234"),
    "a unit after the number": ("Đã xem 1832 lần", "Đã xem 1832 lần"),
    "a unit, then another counter": ("Lượt xem 412 lần, 3 bình luận", "Lượt xem 412 lần"),
    "a button after the label": ("1.234 lượt xem | In bài", "1.234 lượt xem"),
    "a multiplier": ("Lượt xem: 1,2 nghìn", "Lượt xem: 1,2 nghìn"),
    "a label holding no number": ("Lượt xem: --", "Lượt xem: --"),
}


@pytest.mark.parametrize(("text", "counter"), COUNTERS.values(), ids=COUNTERS.keys())
def test_where_the_counter_stands(text: str, counter: str) -> None:
    result = parse_view_count_detailed(text)
    assert result.start is not None
    assert text[result.start : result.end] == counter


def test_no_counter_starts_nowhere() -> None:
    assert parse_view_count_detailed("Thứ Năm, 21/11/2024").start is None
    assert parse_view_count_detailed("1.234").start is None  # a bare number: no label to start at
    assert parse_view_count_detailed("Lượt xem: --").end is None  # no number to end with


@pytest.mark.parametrize(
    ("line", "mentioned"),
    [
        ("Lượt xem: --", True),
        ("(1234 lượt)", True),
        ("Lượt nghe: 1 205", True),
        ("👁 2.345", True),
        ("Hits: 345", True),
        ("Ngày đăng: 22/11/2024", False),
        ("Bình luận (3)", False),
    ],
)
def test_a_line_that_may_count_views_mentions_them(line: str, mentioned: bool) -> None:
    assert mentions_views(line) is mentioned
