"""Captions: the photo credit split off, everything else left in the caption."""

from __future__ import annotations

import pytest

from newscrawl.vn import Caption, ends_with_photo_credit, is_dedication, parse_caption
from tests.vn.tables import table


@pytest.mark.parametrize(("text", "caption", "credit"), table("captions.tsv"))
def test_caption_table(text: str, caption: str, credit: str) -> None:
    assert parse_caption(text) == Caption(caption or None, credit or None)


def test_portal_conventions() -> None:
    assert parse_caption("Lãnh đạo Sở phát biểu tại hội nghị. Ảnh: Vũ Minh") == Caption(
        "Lãnh đạo Sở phát biểu tại hội nghị.", "Vũ Minh"
    )
    assert parse_caption("Múa rồng - lân tại lễ hội.") == Caption("Múa rồng - lân tại lễ hội.")
    assert parse_caption("Ảnh: TTXVN") == Caption(None, "TTXVN")


def test_a_credit_is_only_looked_for_at_the_end() -> None:
    long_caption = "Toàn cảnh hội nghị. " * 30 + "Ảnh: Vũ Minh"
    assert parse_caption(long_caption).credit == "Vũ Minh"
    buried = "Toàn cảnh hội nghị. " * 15 + "Ảnh: Vũ Minh. " + "Toàn cảnh hội nghị. " * 15
    assert parse_caption(buried).credit is None
    # a credit set in front is read there, however long the caption after it
    assert parse_caption("Ảnh: Vũ Minh. " + "Toàn cảnh hội nghị. " * 30).credit == "Vũ Minh"


@pytest.mark.parametrize(
    ("line", "credits_a_photo"),
    [
        ("Nhà vườn xã Hồng Nam cắt tỉa cành nhãn. Ảnh: Đức Thắng", True),
        ("Anh Toản thu hoạch tôm càng xanh trên ruộng lúa. (Ảnh: Minh Anh)", True),
        ("Tiết mục hát chèo của đội văn nghệ xóm 5. Ảnh: Thu Hương", True),
        ("Biểu đồ tăng trưởng kinh tế. Đồ hoạ: Quang Huy", True),
        ("Cầu La Tiến nhìn từ trên cao. Ảnh TTXVN", True),
        ("Ngư dân kéo lưới trên biển Thái Thụy. Ảnh, video: Quang Huy", True),
        ("Ảnh: Đức Thắng", False),  # a credit alone: no words of its own
        ("Bài: Thu Hà - Ảnh: Văn Đông", False),  # the byline
        ("Thực hiện: Minh Hà - Đồ họa: Quang Huy", False),
        ("Giá lúa tăng mạnh trong tuần qua. Nguồn: Sở Công Thương", False),  # a source of text
        ("Xem diễn biến trận đấu. Video: VTV", False),
        ("Người dân được hướng dẫn cách chụp ảnh: đứng thẳng, nhìn vào máy.", False),
        ("Toàn cảnh hội nghị. Ảnh minh họa", False),
    ],
)
def test_a_line_ending_in_a_photo_credit(line: str, credits_a_photo: bool) -> None:
    assert ends_with_photo_credit(line) is credits_a_photo


@pytest.mark.parametrize(("text", "expected"), table("dedications.tsv"))
def test_is_dedication_table(text: str, expected: str) -> None:
    assert is_dedication(text) is (expected == "true")
