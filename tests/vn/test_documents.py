"""The fixed parts of an administrative document: motto, place and date, kind, signature."""

from __future__ import annotations

import pytest

from newscrawl.vn import document_part, may_be_motto, opens_numbered_part
from tests.vn.tables import table


@pytest.mark.parametrize(("text", "part"), table("documents.tsv"))
def test_document_part_table(text: str, part: str) -> None:
    assert document_part(text) == (part or None)


@pytest.mark.parametrize(("text", "expected"), table("numbered_parts.tsv"))
def test_opens_numbered_part_table(text: str, expected: str) -> None:
    assert opens_numbered_part(text) is (expected == "true")


@pytest.mark.parametrize(
    ("text", "may_be"),
    [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("Độc lập - Tự do - Hạnh phúc", True),
        ("ĐOÀN TNCS HỒ CHÍ MINH", True),  # a youth union body's letterhead, a party body's:
        ("ĐẢNG CỘNG SẢN VIỆT NAM", True),  # (each in its place of the national motto)
        ("Tin tức - Sự kiện", False),
        ("Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập khai sinh nước Việt Nam"
         " Dân chủ Cộng hòa.", False),  # a sentence naming them: longer than both lines
    ],
)  # fmt: skip
def test_may_be_motto(text: str, may_be: bool) -> None:
    assert may_be_motto(text) is may_be
