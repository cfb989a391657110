"""A pager's words and a members' wall's calls: one row per form seen."""

from __future__ import annotations

import pytest

from newscrawl.vn.pager_words import (
    calls_to_sign_up,
    names_the_next_page,
    reads_as_pager,
    turns_the_page,
)
from tests.vn.tables import nfd


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("2", True),  # a page's number
        ("Trang sau", True),
        ("Tiếp theo »", True),  # its arrow beside the words
        ("«", True),
        ("‹ Trước", True),
        ("Next", True),
        (nfd("Trang trước"), True),  # decomposed
        (" 3 ", True),  # the template's spaces
        ("2024", True),  # (any number: the pager's box tells)
        ("Sau khi sáp nhập", False),  # a headline's first word
    ],
)
def test_turns_the_page(text: str, turn: bool) -> None:
    assert turns_the_page(text) is turn


@pytest.mark.parametrize(
    ("text", "pager"),
    [
        ("Trang: 1 2 3 Trang sau »", True),  # an article split over pages
        ("« Trang trước | 1 | 2 | 3 | Trang sau »", True),
        ("Pages: 1 2 … 9 Next", True),
        (nfd("Trang: 1 2 3 Trang sau »"), True),  # decomposed
        ("Trang 2: Những người giữ lửa", False),  # a part's title
        ("1 2 3", True),
        ("Sau 3 năm, xã Vũ Hội về đích nông thôn mới", False),
    ],
)
def test_reads_as_pager(text: str, pager: bool) -> None:
    assert reads_as_pager(text) is pager


@pytest.mark.parametrize(
    ("text", "next_page"),
    [
        ("Trang sau", True),  # a section's listing
        ("Tiếp »", True),
        ("›", True),
        ("Next »", True),
        (nfd("Tiếp"), True),  # decomposed
        ("Tiếp&nbsp;&raquo;", True),  # entity-encoded as the template leaves it
        ("Trang trước", False),
        ("Tiếp tục đẩy mạnh chuyển đổi số", False),  # a headline
    ],
)
def test_names_the_next_page(text: str, next_page: bool) -> None:
    assert names_the_next_page(text) is next_page


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("Đăng ký ngay", True),  # a paywall's prompt
        ("Đăng nhập", True),
        ("Subscribe »", True),
        ("→ Trở thành hội viên", True),
        (nfd("Đăng ký gói"), True),  # decomposed
        ("Đăng ký kết hôn trực tuyến", False),  # a public service's link
        ("Xem thêm", False),
    ],
)
def test_calls_to_sign_up(text: str, call: bool) -> None:
    assert calls_to_sign_up(text) is call
