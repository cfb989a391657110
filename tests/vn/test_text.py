"""Text cleanup and the matching key."""

from __future__ import annotations

import pytest

from newscrawl.vn import clean_multiline, clean_text, fold
from tests.vn.tables import table

_CLEANERS = {"clean_text": clean_text, "clean_multiline": clean_multiline}


@pytest.mark.parametrize(("function", "text", "expected"), table("text.tsv"))
def test_text_table(function: str, text: str, expected: str) -> None:
    assert _CLEANERS[function](text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hoà", "Hòa"),
        ("Thuỷ", "Thủy"),
        ("khoẻ", "khỏe"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("Qúy", "Quý"),
        ("HOÀ BÌNH", "hòa bình"),
        ("Tha\u0301i Bi\u0300nh", "thái bình"),
        ("Th&aacute;i&nbsp;B&igrave;nh", "Thái Bình"),
        ("Hòa,", "hoà,"),
    ],
    ids=["oa", "uy", "oe", "uy-start", "quy", "case", "nfd", "entities", "punctuation"],
)
def test_fold_equates(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Hòa", "Hoa"), ("Hoàng", "Hoang"), ("Thủy", "Thùy"), ("Hoàng", "Hòang"), ("Đào", "Dao")],
    ids=["tone", "closed-syllable", "different-tone", "closed-syllable-misplaced", "d-bar"],
)
def test_fold_keeps_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_clean_text_keeps_tone_placement_as_written() -> None:
    assert clean_text("Hoà") == "Hoà"
    assert clean_text("Hòa") == "Hòa"
