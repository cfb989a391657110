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
# The original's date after a source (`Nguồn: Sächsische Zeitung (20.11.2024)`, `(Giáo phận
# Thái Bình 10/03/2024)`): no counter.
_DATED_NOTE = re.compile(
    r" ?\((?:ngày )?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)"
    r"|,? \d{1,2}[./-]\d{1,2}[./-]\d{4}(?=\)(?:\n|$))"
)
# A Roman numeral numbering a section; no Vietnamese surname opens with `I`, and `V.` and `X.`
# may be initials (`V.Thành`).
_SECTION_NUMBER = re.compile(r"(?:VIII|VII|III|II|IV|VI|IX|I)\. ")
_MAX_OFFICE_WORDS = 16  # (`Nguyên chiến sĩ Đại đội 3, Tiểu đoàn 1, Trung đoàn 48, Sư đoàn 320B`)


def shaped_unlike_a_byline(cleaned: str, lines: list[str]) -> bool:
    """Is the text no byline by its shape alone: a digit (but in the original's date after a
    source, or in the office under the name, a soldier's `Đại đội 3, Tiểu đoàn 1`), more
    lower-case words than a byline has (counted a line at a time: a name's office on the next
    line has its own), or a section's number (`I. TÌNH HÌNH THỜI TIẾT`)?"""
    shaped = [line for i, line in enumerate(lines) if not (i and _office_line(line))]
    if _DIGIT.search(_DATED_NOTE.sub("", "\n".join(shaped))):
        return True
    if any(_lower_words(line) > _MAX_LOWER_WORDS for line in shaped):
        return True
    return _SECTION_NUMBER.match(cleaned) is not None


def _office_line(line: str) -> bool:
    """An office's name on its own line under the name (`Phòng Quản lý Khoa học và Hợp tác quốc
    tế`), read as the name's affiliation."""
    bare = line.strip()
    return (
        bare[:1].isupper()
        and not bare.endswith((".", "!", "?", ":"))  # (a sentence: `Hội nghị thu hút …`)
        and len(bare.split()) <= _MAX_OFFICE_WORDS
        and n.is_affiliation(bare)
    )


def _lower_words(line: str) -> int:
    """Lower-case words of a line; none for an office's name in brackets on its own line
    (`(Trung tâm Văn hóa, Thông tin và Thể thao huyện)`), read as the name's affiliation, or
    after a source's label (`Nguồn: Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh`)."""
    bare = line.strip()
    if bare.startswith("(") and bare.endswith(")"):
        return 0
    if (source := SOURCE_LINE.fullmatch(bare)) is not None and _labelled_office(bare, source):
        return 0
    return sum(word[0].islower() for word in line.split())


def _labelled_office(line: str, source: re.Match[str]) -> bool:
    """`Nguồn: <an office or an outlet>`: a name with lower-case words, after a colon label."""
    if ":" not in line[: source.start("rest")]:
        return False
    return n.classify(source.group("rest")) in ("affiliation", "outlet")
