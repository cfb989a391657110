"""Credit labels: which lines open with a role, and which roles credit the text itself."""

from __future__ import annotations

import pytest

from newscrawl.vn import credits_only_the_media, credits_the_text, opens_with_role
from tests.vn.tables import table


@pytest.mark.parametrize(("text", "expected"), table("opens_with_role.tsv"))
def test_opens_with_role_table(text: str, expected: str) -> None:
    assert opens_with_role(text) is (expected == "true")


def test_a_roles_label_alone_opens_a_credit_whose_name_follows() -> None:
    assert opens_with_role("Nguồn:", named=False)
    assert opens_with_role("Giọng đọc :", named=False)
    assert not opens_with_role("Giọng đọc:")
    assert not opens_with_role("Tin vui:", named=False)


@pytest.mark.parametrize(("text", "expected"), table("credits_the_text.tsv"))
def test_credits_the_text_table(text: str, expected: str) -> None:
    assert credits_the_text(text) is (expected == "true")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Ảnh: Trần Khải", True),
        ("Ảnh: Trần Khải\nTrình bày: Thu Hằng", True),
        ("Giọng đọc: Minh Hằng", True),
        ("Bài, ảnh: Trần Khải", False),  # the text's writer too
        ("Ảnh: Trần Khải\nNguồn: Báo Thái Bình", False),  # the text's source
        ("Biên tập: Hải Yến", False),  # an editor, no one the metadata would stand in for
        ("Trần Khải", False),  # a name alone signs the text
    ],
)
def test_a_byline_may_credit_only_the_pictures_sound_or_layout(byline: str, expected: bool) -> None:
    assert credits_only_the_media(byline) is expected
