"""The words around a timestamp in a post's meta line: who posted it, an edit note naming its
editor, an update's label set apart by a dash or a comma, and the label of the page's own clock.
They tell how much of a line the timestamp owns (`pages.generic.stamps`)."""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text
from newscrawl.vn.times import mentions_update

# A poster's label, which may stand alone before the name in an element of its own (Blogger's
# `Đăng bởi`); Joomla 1.0's and Mambo's credit row under the headline names the writer so,
# `Viết bởi Hoàng Lâm`, no colon.
_WRITER_WORDS = r"viết bởi|written by"
_POSTER_WORDS = rf"(?:đăng|gửi) bởi|posted by|{_WRITER_WORDS}"
_POSTER_LABEL = re.compile(_POSTER_WORDS, re.IGNORECASE)
_WRITER = re.compile(rf"(?:{_WRITER_WORDS})\b", re.IGNORECASE)
# A post-meta line names who posted, before or after the date: `Posted on November 21, 2024 by
# admin in Văn hóa`, `21/11/2024 bởi Thu Hà`, `Ngày đăng: 04/12/2024 - Người đăng: admin`, Plone's
# `bởi Name — đăng 21/11/2024 08:30`.
_POSTER = re.compile(rf"(?:{_POSTER_WORDS}|by|bởi|người đăng)\s*:?\s", re.IGNORECASE)
# A poster's word after the time, or its `CH`/`PM` mark: `15:30 CH By Minh Anh`.
_POSTER_AFTER_TIME = re.compile(r"(?<=[0-9] )(?:\S+ )?(?P<by>bởi|by)\s", re.IGNORECASE)
# An edit note names its editor without a posting word: `Bài viết được haidang_phuot chỉnh sửa`.
_POST_EDITED = re.compile(r"bài (?:viết )?(?:này )?được ", re.IGNORECASE)
_MAX_EDIT_LABEL_CHARS = 60
# A dash or a comma before an update's label sets it apart as `|` does: `Ngày đăng: 28/11/2024
# 15:42 - Ngày cập nhật: 28/11/2024 17:05`, `Đăng lúc 15:42 28/11/2024, cập nhật lúc 17:05 …`.
# (Its time, too: `- cập nhật liên tục trong ngày` is a note, and the line no header's.)
_UPDATE_APART = re.compile(r"\s*[-–,;]\s+(?=(?:ngày |lần )?cập nhật\D{0,12}\d)", re.IGNORECASE)
# An edit's reason after its note's time (vBulletin's `Lý do: Bổ sung ảnh`).
_EDIT_REASON = re.compile(r"(?:lý do|reason)\s*:", re.IGNORECASE)
# The page's own clock is labelled as "today"; a publication line never is.
_CLOCK_LABEL = re.compile(r"(?:^|\W)(?:hôm nay|today|bây giờ)\b", re.IGNORECASE)


def opens_with_poster(text: str) -> bool:
    """Does the text open with a posting word before a name (`bởi Thu Hà`, `Posted by admin`,
    `Người đăng: admin`, SMF's `gửi bởi songxanh88`)?"""
    return _POSTER.match(clean_text(text)) is not None


def is_poster_label(text: str) -> bool:
    """Is the text a poster's label alone, before the name in an element of its own (Blogger's
    `Đăng bởi`, `Posted by:`)?"""
    return _POSTER_LABEL.fullmatch(clean_text(text).rstrip(":").strip()) is not None


def opens_with_writer(text: str) -> bool:
    """Does the text open with `Viết bởi` (`Written by`), the label alone or before the name
    (Joomla 1.0's `Viết bởi Hoàng Lâm`; Webflow's `<div>Viết bởi</div>` over the name)?"""
    stripped = text.lstrip()
    if stripped[:1] not in ("V", "v", "W", "w"):
        return False  # (a cheap look first: most texts asked open otherwise)
    return _WRITER.match(clean_text(stripped)) is not None


def poster_after_time(text: str) -> str | None:
    """The poster's credit after a time in the text, from its posting word (Sitefinity's `Thg10
    14, 2024, 15:30 CH By Minh Anh` -> `By Minh Anh`), or None."""
    found = _POSTER_AFTER_TIME.search(text := clean_text(text))
    return text[found.start("by") :] if found is not None else None


def names_its_editor(text: str) -> bool:
    """Is the text an edit note's label naming its editor, longer than a label (Discuz's `Bài
    này được sửa lần cuối bởi nongdan_vinhlac vào`, `Bài viết được haidang_phuot chỉnh sửa lần
    cuối lúc`)? Its time follows."""
    text = clean_text(text)
    if len(text) > _MAX_EDIT_LABEL_CHARS or any(c.isdigit() for c in text):
        return False
    credited = _POSTER.search(text) is not None or _POST_EDITED.match(text) is not None
    return credited and mentions_update(text)


def gives_the_edits_reason(text: str) -> bool:
    """Does the text give an edit's reason after its note's time (`Lý do: Bổ sung ảnh`)?"""
    return _EDIT_REASON.match(clean_text(text)) is not None


def split_at_update(text: str) -> list[str]:
    """The text's parts, split before an update's label that a dash or a comma sets apart
    (`Ngày đăng: 28/11/2024 15:42` and `Ngày cập nhật: 28/11/2024 17:05`)."""
    return _UPDATE_APART.split(clean_text(text))


def labels_the_clock(text: str) -> bool:
    """Does the text label the page's own clock (`Hôm nay:`, `Today`, `Bây giờ là`)?"""
    return _CLOCK_LABEL.search(clean_text(text)) is not None
