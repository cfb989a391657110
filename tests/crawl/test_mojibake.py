"""Text stored double-encoded (UTF-8 read as windows-1252 and saved again as UTF-8) is restored;
text that only looks like it is left alone."""

from __future__ import annotations

import pytest

from newscrawl.mojibake import repair


def _garble(text: str) -> str:
    """What a database move does: each UTF-8 byte read as windows-1252, the five bytes that
    code page lacks passed through as the C1 controls of the same number."""
    return "".join(
        bytes([byte]).decode("cp1252") if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(byte)
        for byte in text.encode("utf-8")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kết công tác Mặt trận năm 2024",
        "Đồng chí Trần Văn Thịnh báo cáo kết quả",  # Đ: 0x90 is none of windows-1252's
        "Ban Thường trực MTTQ xã",  # ờ: 0x9D
        "Chiều 16/9, Ủy ban Mặt trận Tổ quốc xã Vũ Hội",
        "Trao nhà “Đại đoàn kết” cho hộ nghèo",  # quotation marks: 0x9C and 0x9D
        "và 12 hội viên",  # à: Ã and a no-break space
    ],
)
def test_garbled_vietnamese_is_restored(text: str) -> None:
    assert repair(_garble(text)) == text


def test_a_page_mixing_garbled_and_sound_text_is_restored_where_garbled() -> None:
    page = f"<li>{_garble('Tổng kết năm 2024')}</li><li>Hội nghị ngày 20/11</li>"
    assert repair(page) == "<li>Tổng kết năm 2024</li><li>Hội nghị ngày 20/11</li>"


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kết công tác Mặt trận năm 2024",  # sound Vietnamese
        "NGÃ BA ĐỒNG VĂN",  # a real Ã
        "Café « Thu Hà » — ©2024",  # Latin-1 letters and signs, no garbling
        "Giá: 5€ – 10€",
    ],
)
def test_sound_text_is_left_alone(text: str) -> None:
    assert repair(text) is None


def test_a_sound_character_beside_a_garbled_word_stays() -> None:
    assert repair(_garble("Tổng kết xã") + "\xa0» Trang") == "Tổng kết xã\xa0» Trang"
