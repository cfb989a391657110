"""Credit labels: the roles a Vietnamese byline names (`Tin, ảnh:`, `Biên tập:`, `Nguồn:`,
`Giọng đọc:`), and which of them credit the text itself rather than its pictures, its sound or
its layout (`Phóng viên:` does, `Ảnh:` and `Trình bày:` do not).
"""

from __future__ import annotations

import re

from newscrawl.vn._patterns import ENGLISH_GLOSS, START_OF_WORD
from newscrawl.vn.text import clean_text, fold_cleaned

# What may stand around a name or a label and is no part of it.
DECOR = " \t-–—•·*.,;:|_=~"
# A label opens a line: its first words are all that is read.
_LABEL_LIMIT = 200
_COUNT = re.compile(r"[0-9][0-9.,]*")
_I = re.IGNORECASE

_ROLE_WORD = (
    r"(?:tin|bài|bài viết|ảnh|hình ảnh|video|clip|ghi|nội dung|ghi chép|ký sự|phóng sự|đồ họa"
    r"|đồ hoạ|thiết kế|trình bày|thực hiện|dựng phim|quay phim|kỹ thuật|infographic|podcast"
    r"|âm thanh|dựng|kịch bản|sản xuất|dữ liệu|minh họa|minh hoạ|lời|flycam"
    r"|giọng đọc|người đọc|dẫn chương trình|phát thanh viên|tường thuật"
    r"|news|photo|photos)"  # (an English edition's, a translated `Tin, ảnh:`: `News, photos:`)
)
_ROLE_JOINER = r"(?: ?[,/&+] ?| và | - )"
# A literary page credits its writer by the piece's genre, with a colon or with `của` (`Truyện
# ngắn của Nguyễn Hữu Tâm`, `Thơ: Đỗ Thu Hằng`). A bare `Truyện` stays out: `Truyện của làng`.
_GENRES = (
    "truyện ngắn", "truyện cực ngắn", "truyện vừa", "truyện dài", "truyện ký", "tiểu thuyết",
    "thơ", "chùm thơ", "trường ca",
    "tản văn", "tùy bút", "tuỳ bút", "bút ký", "tạp văn", "tiểu phẩm",
)  # fmt: skip
# (`tac gia`, `nguon`: the labels as templates of the 2000s print them, without diacritics.)
ROLE = re.compile(
    START_OF_WORD
    + r"(?:(?P<editor>biên tập viên|biên tập|btv|duyệt bài|kiểm duyệt|hiệu đính|chủ biên"
    + r"|edited by|editor"
    + r"|thư ký tòa soạn|tổng biên tập|người duyệt tin|người duyệt|duyệt tin)"
    + r"|(?P<source>nguồn tin|nguồn bài|nguồn|nguon|theo|source)"
    + rf"|(?P<role>{_ROLE_WORD}(?:{_ROLE_JOINER}{_ROLE_WORD}){{0,4}}"
    + r"|tác giả bài viết|tác giả|tac gia|người đăng|tổng hợp|biên dịch|người dịch|lược dịch"
    + r"|dịch|biên soạn|sưu tầm|người viết|người soạn tin|người soạn|soạn tin"
    + r"|người thực hiện|nhóm thực hiện|nhóm tác giả|nhóm phóng viên|nhóm pv|phóng viên|pv|ctv"
    + r"|cộng tác viên|dự báo viên|người dự báo|giáo viên|gv"
    + r"|nhiếp ảnh|author|text|reporter|translated by|translator|written by"
    + rf"|(?P<genre>{'|'.join(_GENRES)})))"
    + ENGLISH_GLOSS
    + r"(?: ?: ?|(?(genre) của |(?!)))",
    _I,
)
_SPLIT_ROLES = re.compile(_ROLE_JOINER, _I)
# The roles of whoever wrote, reported, gathered or translated the words.
_TEXT_ROLES = frozenset(
    fold_cleaned(role)
    for role in (
        "tin", "bài", "bài viết", "ghi", "nội dung", "ghi chép", "ký sự", "phóng sự", "thực hiện",
        "tường thuật",  # (a live report's reporters)
        "kịch bản", "lời", "tác giả bài viết", "tác giả", "tac gia", "người đăng", "tổng hợp",
        "biên dịch", "người dịch", "lược dịch", "dịch", "biên soạn", "sưu tầm", "người viết",
        "người thực hiện", "nhóm thực hiện", "nhóm tác giả", "nhóm phóng viên", "nhóm pv",
        "phóng viên", "pv", "ctv",
        "cộng tác viên", "author", "text", "reporter", "news", "translated by", "translator",
        "written by",
        "người soạn tin", "người soạn", "soạn tin",
        "dự báo viên", "người dự báo",  # (a weather bulletin's forecaster wrote it)
        "giáo viên", "gv",  # (a school's teacher signing its news: `GV: Lê Thị Mai Anh`)
        *_GENRES,
    )
)  # fmt: skip


def opens_with_role(text: str, *, named: bool = True) -> bool:
    """Does this line credit someone by role (`Nội dung: Hoàng Yến`, `Ảnh: Quang Minh`)? With
    `named=False`, the role's label alone (`<b>Nguồn:</b>`, the name in the next element)."""
    line = clean_text(text[:_LABEL_LIMIT])
    role = ROLE.match(line)
    if role is None or not named:
        return role is not None
    # (A number names no one: a forum member's `Bài viết: 812`, the posts they wrote.)
    name = line[role.end() :].strip(DECOR)
    return bool(name) and _COUNT.fullmatch(name) is None


def credits_the_text(text: str) -> bool:
    """Does the line open with a label crediting who wrote the text or where it comes from
    (`Tác giả:`, `Phóng viên:`, `Nguồn:`, `Bài, ảnh:`, `Thực hiện:`), rather than one crediting
    only its pictures (`Ảnh:`), its sound or layout (`Giọng đọc:`, `Trình bày:`), or an editor
    (`Biên tập:`)? A header's label is taken for the article's credit only then."""
    role = ROLE.match(clean_text(text[:_LABEL_LIMIT]))
    if role is None or role.group("editor"):
        return False
    if role.group("source"):
        return True
    return any(fold_cleaned(part) in _TEXT_ROLES for part in _SPLIT_ROLES.split(role["role"]))


def credits_only_the_media(text: str) -> bool:
    """Does every line of the byline credit the pictures, the sound or the layout by their
    roles (`Ảnh: Trần Khải`), none the text? Its writer is then named elsewhere, if at all."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(
        opens_with_role(line) and not credits_the_text(line) and not _edits(line) for line in lines
    )


def _edits(line: str) -> bool:
    role = ROLE.match(clean_text(line[:_LABEL_LIMIT]))
    return role is not None and role.group("editor") is not None
