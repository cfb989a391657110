"""Footnote numbers typed into the text: a journal's `…hợp tác xã”(1).`, `…năm 2018(3).`, or the
same in `<sup>(2)</sup>` (the page layer joins it to the word), with the notes themselves as
paragraphs at the end (`(1) Văn kiện Đại hội…, tr.125`). The numbers are marks a reader skips,
not words; the notes stay.

A series' note closes a part of it after its signature (`Kỳ sau: …`, `(Còn nữa)`): text too.

A number is taken for a mark only when it is glued to the word before it and a paragraph of
the text opens with it: `Điều (1)` or `(1)` in a sentence of a page without notes stays.
"""

from __future__ import annotations

import re

_NOTE_OPENING = re.compile(r"\((\d{1,3})\)\s")
_GLUED_MARK = re.compile(r"(?<=[^\s(\[])\((\d{1,3})\)")


def without_note_marks(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the footnote numbers that refer to notes opening paragraphs."""
    notes = {m.group(1) for p in paragraphs if (m := _NOTE_OPENING.match(p)) is not None}
    if not notes:
        return paragraphs
    return [p if _NOTE_OPENING.match(p) else _unmarked(p, notes) for p in paragraphs]


def _unmarked(paragraph: str, notes: set[str]) -> str:
    if "(" not in paragraph:
        return paragraph
    return _GLUED_MARK.sub(lambda m: "" if m.group(1) in notes else m.group(0), paragraph)


# `Kỳ sau: …`, `Kỳ cuối: …`, `Kỳ 3: …`, `Bài 2: …`, `Bài tiếp: …`; `(Còn nữa)`, `(Còn tiếp)`.
_SERIES_NOTE = re.compile(
    r"(?:(?:kỳ|bài) (?:sau|tới|tiếp|cuối|\d{1,2}) ?:\s*\S|\((?:còn nữa|còn tiếp)\)$)", re.IGNORECASE
)


def is_series_note(line: str) -> bool:
    """Does the line announce a series' next part (`Kỳ cuối: Hướng đi nào …?`, `(Còn nữa)`)?"""
    return _SERIES_NOTE.match(line.strip()) is not None
