"""Text cleanup and the matching key."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscrawl.vn import clean_multiline, clean_tag, clean_text, fold
from newscrawl.vn.text import (
    _NOT_CLEAN,
    PRINTABLE_BUT_NOT_CLEAN,
    WHITESPACE_BUT_SPACE,
    is_single_spaced,
)
from tests.vn.tables import table

_CLEANERS = {"clean_text": clean_text, "clean_multiline": clean_multiline, "clean_tag": clean_tag}


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
        # A `<title>` types straight quotes where the headline sets typographic ones
        ('"Cây cầu mơ ước" của người dân', "“Cây cầu mơ ước” của người dân"),
        ("'Cây cầu' mơ ước", "‘Cây cầu’ mơ ước"),
        ("«Cây cầu» mơ ước", '"Cây cầu" mơ ước'),
        ("Nông dân 'bám' ruộng", "Nông dân ’bám’ ruộng"),
    ],
    ids=["oa", "uy", "oe", "uy-start", "quy", "case", "nfd", "entities", "punctuation",
         "double-quotes", "single-quotes", "guillemets", "apostrophes"],
)  # fmt: skip
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


def test_whitespace_but_space_is_what_str_split_splits_on_besides_the_space() -> None:
    listed = re.compile(f"[{WHITESPACE_BUT_SPACE}]")
    wrong = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if (chr(code).isspace() and code != 0x20) != bool(listed.match(chr(code)))
    ]
    assert wrong == []


def test_printable_text_needs_no_cleaning_but_for_the_one_listed_character() -> None:
    """`clean_text` and `is_single_spaced` skip their regex scans for printable text."""
    everything = [chr(code) for code in range(sys.maxunicode + 1)]
    printable_not_clean = [c for c in everything if c.isprintable() and _NOT_CLEAN.match(c)]
    assert printable_not_clean == [PRINTABLE_BUT_NOT_CLEAN]
    printable_spaces = [c for c in everything if c.isspace() and c != " " and c.isprintable()]
    assert printable_spaces == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thái\u034fBình", "TháiBình"),
        ("Thái\u00adBình", "TháiBình"),
        ("Thái\u200bBình", "TháiBình"),
        ("Thái\xa0Bình", "Thái Bình"),
        ("Thái\tBình", "Thái Bình"),
    ],
    ids=["grapheme-joiner", "soft-hyphen", "zero-width-space", "no-break-space", "tab"],
)
def test_clean_text_cleans_inside_otherwise_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


# "\x1e" is how the page layer marks a <br> (dom.BR).
_SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\xa0", "\u2009", "\u3000", "\x1e", "\x1c"])


@given(st.lists(st.one_of(st.text(max_size=5), _SPACES), max_size=12).map("".join))
def test_single_spaced_is_told_as_splitting_would_tell(text: str) -> None:
    assert is_single_spaced(text) is (text == " ".join(text.split()))
