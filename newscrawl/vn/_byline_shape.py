"""What a byline's lines look like before they are read: the cheap rejections of
`looks_like_byline` (dates and counters have digits, sentences many lower-case words, a report's
sections a Roman numeral), and the source line's label."""

from __future__ import annotations

import re

from newscrawl.vn import _names as n
from newscrawl.vn._patterns import END_OF_WORD, ENGLISH_GLOSS

# (`Theo dõi chúng tôi`, "follow us", and `Theo đó`, "accordingly", credit no one.)
SOURCE_LINE = re.compile(
    r"(?:theo(?! (?:dõi|doi|đó|do)"
    + END_OF_WORD
    + r")|nguồn tin|nguồn bài|nguồn ảnh|nguồn|nguon|source)"
    + END_OF_WORD
    + ENGLISH_GLOSS
    + r" ?:? ?(?P<rest>\S.*)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"[0-9]")
# A byline has few lower-case words: "và", a role ("Tin, ảnh:"), an office ("Tỉnh đoàn").
_MAX_LOWER_WORDS = 5
# The original's date after a source (`Nguồn: Sächsische Zeitung (20.11.2024)`): no counter.
_DATED_NOTE = re.compile(r" ?\((?:ngày )?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)")
# A Roman numeral numbering a section; no Vietnamese surname opens with `I`, and `V.` and `X.`
# may be initials (`V.Thành`).
_SECTION_NUMBER = re.compile(r"(?:VIII|VII|III|II|IV|VI|IX|I)\. ")


def shaped_unlike_a_byline(cleaned: str, lines: list[str]) -> bool:
    """Is the text no byline by its shape alone: a digit (but in the original's date after a
    source), more lower-case words than a byline has (counted a line at a time: a name's office
    on the next line has its own), or a section's number (`I. TÌNH HÌNH THỜI TIẾT`)?"""
    if _DIGIT.search(_DATED_NOTE.sub("", cleaned)):
        return True
    if any(
        _lower_words(line, after_a_line=i > 0) > _MAX_LOWER_WORDS for i, line in enumerate(lines)
    ):
        return True
    return _SECTION_NUMBER.match(cleaned) is not None


def _lower_words(line: str, *, after_a_line: bool) -> int:
    """Lower-case words of a line; none for an office's name on its own line, in brackets
    (`(Trung tâm Văn hóa, Thông tin và Thể thao huyện)`) or under the name (`Phòng Quản lý Khoa
    học và Hợp tác quốc tế`), read as the name's affiliation, or after a source's label
    (`Nguồn: Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh`)."""
    bare = line.strip()
    if bare.startswith("(") and bare.endswith(")"):
        return 0
    if after_a_line and bare[:1].isupper() and n.is_affiliation(bare):
        return 0
    if (source := SOURCE_LINE.fullmatch(bare)) is not None and _labelled_office(bare, source):
        return 0
    return sum(word[0].islower() for word in line.split())


def _labelled_office(line: str, source: re.Match[str]) -> bool:
    """`Nguồn: <an office or an outlet>`: a name with lower-case words, after a colon label."""
    if ":" not in line[: source.start("rest")]:
        return False
    return n.classify(source.group("rest")) in ("affiliation", "outlet")
