"""The words that head a box of links or tags on a Vietnamese news page ("Tin liên quan",
"Từ khóa:"): one vocabulary for the generic reader, which finds such boxes to leave out of the
article, and for the content reader, which drops such a line met inside the article's text."""

from __future__ import annotations

import re

from newscrawl import vn

# Folded (vn.fold) headings of related-article lists: the usual "tin/bài ... liên quan" family
# in all its combinations, and the shorter forms portals use alone.
_RELATED_SUBJECTS = ("tin", "bài", "bài viết", "các tin", "các bài", "các bài viết", "tin bài",
                     "tin tức", "video", "các video", "clip")  # fmt: skip
_RELATED_KINDS = ("liên quan", "cùng chuyên mục", "cùng chủ đề", "khác", "đã đưa")
# A portal's English edition: "Related news", "Other news".
_ENGLISH_RELATED = frozenset(
    {"related news", "related articles", "related posts", "related stories", "other news"}
    | {"more news", "more stories"}
)
_ACCENTED_RELATED = frozenset(
    {f"{subject} {kind}" for subject in _RELATED_SUBJECTS for kind in _RELATED_KINDS}
    | {"cùng chuyên mục"}
)
_ACCENTED_TAGS = frozenset({"từ khóa", "từ khoá", "thẻ", "chủ đề"})
# Each heading also as templates of the 2000s print it, without diacritics (`Tin lien quan`).
RELATED_HEADINGS = frozenset(
    _ACCENTED_RELATED | {vn.without_marks(h) for h in _ACCENTED_RELATED} | _ENGLISH_RELATED
)
TAG_LABELS = frozenset(  # (not `the`: unaccented `thẻ` is an English word)
    _ACCENTED_TAGS | {"tu khoa", "chu de"} | {"tags", "tag", "keywords"}
)
# Every heading starts with one of these letters and has a few words: a cheap test before
# folding a line to look it up. Words, not characters: the source's indentation and decomposed
# text make a heading longer, not wordier. Two more than the longest, for a colon standing apart
# ("Từ khóa :") or a token of invisible characters that cleaning drops.
_FIRST_LETTERS = frozenset(heading[0] for heading in RELATED_HEADINGS | TAG_LABELS)
_MAX_WORDS = 2 + max(len(heading.split()) for heading in RELATED_HEADINGS | TAG_LABELS)
# What editors set before a heading pasted into the text: `>> Tin liên quan:`, `» Xem thêm:`.
_LEADING_MARKS = " \t\n>»›•·-+*"
# A line inside the text that starts a tag list or a "see also" box ("Từ khóa: a, b").
_BOX_LINE = re.compile(
    r"^(?:(?:xem thêm|đọc thêm)\s*(?::|$)|(?:" + "|".join(sorted(TAG_LABELS)) + r")\s*:)", re.I
)


def heading_kind(text: str) -> str | None:
    """ "related" or "tags" for a heading of such a box, else None."""
    stripped = text.lstrip(_LEADING_MARKS)
    if stripped[:1].lower() not in _FIRST_LETTERS or len(text.split(None, _MAX_WORDS)) > _MAX_WORDS:
        return None
    key = vn.fold(stripped).rstrip(" :")
    if key in RELATED_HEADINGS:
        return "related"
    return "tags" if key in TAG_LABELS else None


def is_box_line(text: str) -> bool:
    """A line of the article's text that belongs to a box of links or tags instead."""
    return (
        heading_kind(text) is not None or _BOX_LINE.match(text.lstrip(_LEADING_MARKS)) is not None
    )
