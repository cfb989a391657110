"""View counts and Vietnamese numbers."""

from __future__ import annotations

import pytest

from newscrawl.vn import parse_number, parse_view_count, parse_view_count_detailed
from tests.vn.tables import table


@pytest.mark.parametrize(("text", "expected", "labelled"), table("view_counts.tsv"))
def test_view_count_table(text: str, expected: str, labelled: str) -> None:
    result = parse_view_count_detailed(text)
    assert result.value == (None if expected == "None" else int(expected))
    assert result.labelled is (labelled == "true")
    assert parse_view_count(text) == result.value


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
