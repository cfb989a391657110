"""Captions: the photo credit split off, everything else left in the caption."""

from __future__ import annotations

import pytest

from newscrawl.vn import Caption, parse_caption
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
    buried = "Ảnh: Vũ Minh. " + "Toàn cảnh hội nghị. " * 30
    assert parse_caption(buried).credit is None
