"""The article's properties printed as the first lines of its text: a page's fields, each a
label over its value (Notion's page properties, `Ngày đăng` over `3 tháng 12, 2024` and
`Chuyên mục` over `Trò chuyện`), or a labelled line (`Chuyên mục: Trò chuyện`); and a forum's
edit note over the post.

The header's readers take their values (the timeline the date, the section reader the section);
in the text they are no paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence

from newscrawl import vn
from newscrawl.pages.blocks import TextBlock
from newscrawl.pages.closing import stamp_line

_MAX_SECTION_CHARS = 40  # a section's name (`Trò chuyện`, `Văn hóa - Thể thao`)
# Between a property's label and its value: a colon, or the border of a grid's cells.
_SEPARATORS = (":", " | ")


def is_bare_label(text: str) -> bool:
    """Is the line a timestamp's or the section's label alone, its value in a box of its own?"""
    return vn.timestamp_label(text) is not None or vn.labels_the_category(_without_colon(text))


def opening_properties(texts: Sequence[TextBlock]) -> int:
    """How many of the text's first blocks are the article's properties."""
    count = 0
    while count < len(texts):
        text = texts[count].text
        if vn.timestamp_label(text) is not None:
            count += 1  # (its value, a bare timestamp, made no text block)
        elif vn.labels_the_category(_without_colon(text)):
            count += 1 + (count + 1 < len(texts) and _names_a_section(texts[count + 1].text))
        elif _labelled_field(text) or _edit_note(text):
            count += 1
        else:
            break
    return count


def _edit_note(text: str) -> bool:
    """A forum's edit note over the post's text, closed by its time (Discuz's `Bài này được sửa
    lần cuối bởi nongdan_vinhlac vào 2024-10-14 09:02`): the update, no text."""
    return stamp_line(text, ("modified",))


def _labelled_field(text: str) -> bool:
    """A property on a line of its own, its label before a colon or in a grid's cell of its own
    (`Chuyên mục: Trò chuyện`, `Ngày đăng | 3 tháng 12, 2024`)."""
    label, value = _split_field(text)
    if value is None:
        return False
    if vn.timestamp_label(label) is not None:
        return vn.is_stamp(value)
    return vn.labels_the_category(label) and _names_a_section(value)


def _split_field(text: str) -> tuple[str, str | None]:
    for separator in _SEPARATORS:
        label, found, value = text.partition(separator)
        if found:
            return label, value
    return text, None


def _names_a_section(text: str) -> bool:
    name = text.strip()
    return 0 < len(name) <= _MAX_SECTION_CHARS and not name.endswith((".", "?", "!"))


def _without_colon(text: str) -> str:
    return text.strip().removesuffix(":").rstrip()
