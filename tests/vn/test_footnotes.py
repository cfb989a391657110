"""Footnote numbers typed into the text are marks, not words; the notes they refer to stay."""

from __future__ import annotations

import pytest

from newscrawl.vn import is_series_note, without_note_marks

_NOTES = ["(1) Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, t.I, tr.125.", "(2) Niên giám."]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("…mà nòng cốt là hợp tác xã”(1). Nền kinh tế(2) tăng.",
         "…mà nòng cốt là hợp tác xã”. Nền kinh tế tăng."),
        ("Doanh thu tăng 12% so với năm 2018(2).", "Doanh thu tăng 12% so với năm 2018."),
        ("Xem mục (1) ở trên.", "Xem mục (1) ở trên."),  # not glued: words of the text
        ("Theo khoản 2(3), chưa có ghi chú.", "Theo khoản 2(3), chưa có ghi chú."),  # no note (3)
    ],
)  # fmt: skip
def test_note_marks_glued_to_a_word_are_dropped(paragraph: str, expected: str) -> None:
    assert without_note_marks([paragraph, *_NOTES]) == [expected, *_NOTES]


def test_without_notes_nothing_is_a_mark() -> None:
    text = "Sản lượng đạt 2.947 tấn(1), vượt kế hoạch."
    assert without_note_marks([text]) == [text]


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Kỳ cuối: Hướng đi nào cho chiếu cói Hới?", True),
        ("Kỳ sau: Những người giữ nghề", True),
        ("Kỳ 3: Lời giải cho bài toán nước sạch", True),
        ("Bài 2: Ngổn ngang công trình dở dang", True),
        ("Bài tiếp: Cần cơ chế đặc thù", True),
        ("(Còn nữa)", True),
        ("(Còn tiếp)", True),
        ("Bài và ảnh: Hoàng Lan", False),  # a credit
        ("Kỳ họp thứ 24 HĐND tỉnh khóa XVII bế mạc.", False),  # a sentence about a session
        ("Bài học từ mô hình này là gì?", False),
    ],
)  # fmt: skip
def test_a_series_note_announces_the_next_part(line: str, note: bool) -> None:
    assert is_series_note(line) is note
