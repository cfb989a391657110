"""Image captions: the photo credit split from the caption (`... . Ảnh: Vũ Minh`).

A credit is only taken at the end of the caption, after a sentence end, a dash or inside
parentheses, and only when it reads as a credit (names, acronyms, a domain, `Internet`, `Tư
liệu`): a ` - ` or parentheses inside the caption (`Múa rồng - lân`, `xã Quỳnh Sơn (Quỳnh Phụ)`)
stay in it, and so does `Ảnh minh họa`.

Limits: a credit must start within the last 300 characters of the cleaned caption (the whole
caption is cleaned, since it is returned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscrawl.vn._names import is_affiliation, is_outlet, is_person
from newscrawl.vn._patterns import END_OF_WORD
from newscrawl.vn.roles import opens_with_role
from newscrawl.vn.text import clean_text, fold, fold_cleaned

TAIL_LIMIT = 300
_I = re.IGNORECASE

# What a credit is labelled with; a caption holding none of them has no credit, told at once.
_LABELS = (
    "ảnh", "hình", "hình ảnh", "nguồn ảnh", "nguồn", "photo", "ảnh minh họa", "ảnh minh hoạ",
    "ảnh tư liệu", "ảnh chụp màn hình", "đồ họa", "đồ hoạ", "video",
    # a story's or a poem's illustrator: `Minh họa: Đào Hải Phong`, `Tranh minh họa: Lê Sa Long`
    "minh họa", "minh hoạ", "tranh minh họa", "tranh minh hoạ",
)  # fmt: skip
# One credit for the picture and the clip beside it: `Ảnh, video:`, `Ảnh - Video:`, `Ảnh/Clip:`,
# `Ảnh và video:`.
# A bilingual site's `Ảnh/Photo:` is one label too.
_PHOTO_AND_CLIP = r"ảnh ?(?:[-–,/+&]|và) ?(?:video|clip|photo)|photo ?/ ?ảnh"
_LABEL = f"(?P<label>{_PHOTO_AND_CLIP}|{'|'.join(_LABELS)})"
_PHOTO_AND_CLIP_LABEL = re.compile(_PHOTO_AND_CLIP)
# Where a credit may start: the whole caption, after a sentence end, a dash, or a bracket.
# (Tạp chí Cộng sản sets its credits off by an underscore: `…, tháng 8-2024 _Ảnh: TTXVN`.)
_BEFORE = r"(?:^|(?<=[.!?…\"”'’]) ?| ?[-–—|_] ?| ?(?P<open>[(\[]) ?| (?=(?-i:[ẢNPHĐV])))"
_CREDIT = re.compile(
    rf"{_BEFORE}{_LABEL} ?: ?(?P<credit>[^()\[\]:]+?)(?(open) ?[)\]]|)(?P<dot> ?\.)? ?$", _I
)
# "(Ảnh Vũ Minh)", ". Ảnh TTXVN" without a colon: only when a name follows.
_CREDIT_NO_COLON = re.compile(
    r"(?:(?<=[.!?…]) ?| ?[-–—] ?| ?(?P<open>[(\[]) ?)(?P<label>ảnh|photo)"
    + END_OF_WORD
    + r" (?P<credit>[^()\[\].]+?)(?(open) ?[)\]]|)(?P<dot> ?\.)? ?$",
    _I,
)
# A credit set in front, its own sentence before the caption's (`Ảnh: Minh Hà. Lãnh đạo …`),
# opening with a label's first letter (most captions do not: told at once).
_LABEL_INITIALS = frozenset(label[0] for label in _LABELS)
_CREDIT_IN_FRONT = re.compile(rf"{_LABEL} ?: ?(?P<credit>[^:()]{{2,60}}?)(?P<dot>\.) +(?=\S)", _I)
# Lower-case words a credit may hold besides names.
_CREDIT_WORDS = frozenset(
    fold(w)
    for w in (
        "tư", "liệu", "internet", "st", "sưu", "tầm", "minh", "họa", "hoạ", "chụp", "màn",
        "hình", "và", "theo", "nguồn", "tl", "ctv", "pv", "tổng", "hợp", "của", "nhân", "vật",
        "cung", "cấp", "facebook", "fb", "nhóm", "phóng", "viên", "clip", "video", "tác", "giả",
        "gia", "đình",  # (a family's archive: `Tư liệu gia đình`, `Gia đình cung cấp`)
    )
)  # fmt: skip
_SHORT_CREDIT_WORDS = 3
_CREDIT_SPLIT = re.compile(r"[\s/,;&()\-–—]+")
_ILLUSTRATION = frozenset(fold(w) for w in ("minh họa", "minh hoạ", "ảnh minh họa"))
# What every photo label holds, and how far from the end it stands at most (a credit of 80).
_PHOTO_WORDS = ("ảnh", "hình", "photo", "đồ h")
_PHOTO_TAIL = 100
_PHOTO_LABELS = frozenset(
    fold(w) for w in ("ảnh", "hình", "hình ảnh", "nguồn ảnh", "photo", "ảnh tư liệu", "đồ họa")
)


@dataclass(frozen=True, slots=True)
class Caption:
    # The caption without its credit, final full stop kept; None when it was only a credit.
    text: str | None = None
    credit: str | None = None


def parse_caption(text: str) -> Caption:
    s = clean_text(text)
    if not s:
        return Caption()
    m = _credit(s)
    if m is not None:
        return _split(s, m)
    front = _CREDIT_IN_FRONT.match(s) if s[:1].lower() in _LABEL_INITIALS else None
    if front is not None and _reads_as_credit(front, colon=True):
        return Caption(s[front.end() :], front.group("credit").strip())
    return Caption(s)


def ends_with_photo_credit(text: str) -> bool:
    """Does the line end in a picture's credit after words of its own (`Nhà vườn cắt tỉa cành
    nhãn. Ảnh: Đức Thắng`, `... (Ảnh: Minh Anh)`)? Vietnamese papers credit the photographer
    in the caption and nowhere in the text, so such a line under a picture captions it, however
    the page styles it. (`Nguồn:` and `Video:` credit text and clips as well: not enough; and
    `Bài: Thu Hà - Ảnh: Văn Đông` is the byline.)"""
    s = clean_text(text)
    tail = s[-_PHOTO_TAIL:].lower()
    if not any(word in tail for word in _PHOTO_WORDS):
        return False  # most lines: no photo's label near their end, told in one pass
    m = _credit(s)
    if m is None:
        return False
    label = fold_cleaned(m.group("label"))
    if label not in _PHOTO_LABELS and _PHOTO_AND_CLIP_LABEL.fullmatch(label) is None:
        return False
    own = s[: m.start()]
    return any(c.isalpha() for c in own) and not opens_with_role(own)


def _credit(s: str) -> re.Match[str] | None:
    start = max(0, len(s) - TAIL_LIMIT)
    tail = s[start:].lower()
    if not any(label in tail for label in _LABELS):
        return None  # most captions credit no one: two regex scans spared
    for pattern in (_CREDIT, _CREDIT_NO_COLON):
        m = pattern.search(s, start)
        if m is not None and _reads_as_credit(m, colon=pattern is _CREDIT):
            return m
    return None


def _reads_as_credit(m: re.Match[str], *, colon: bool) -> bool:
    credit = m.group("credit").strip(" .")
    if not credit or fold_cleaned(credit) in _ILLUSTRATION or len(credit) > 80:
        return False
    if not colon:
        return m.start() > 0 and (is_person(credit) or is_outlet(credit))
    words = [w for w in _CREDIT_SPLIT.split(credit) if w]
    if not words or len(words) > 10:
        return False  # (signs alone name no one: `Ảnh:&`)
    # A credit names someone: mostly capitalised words, or an office ("Sở Xây dựng cung cấp",
    # "Công an tỉnh"). A caption behind "Ảnh:" is a sentence, with more lower-case words.
    # (A short credit may be half lower case: an office, `Đoàn trường`.)
    lower = sum(not _credit_word(w) for w in words)
    upper = len(words) - lower
    if len(words) <= _SHORT_CREDIT_WORDS and words[0][0].isupper() and lower <= upper:
        return True
    return lower == 0 or lower < upper or is_affiliation(credit)


def _credit_word(word: str) -> bool:
    return (
        word[0].isupper() or word[0].isdigit() or "." in word or fold_cleaned(word) in _CREDIT_WORDS
    )


def _split(s: str, m: re.Match[str]) -> Caption:
    credit = m.group("credit").strip(" .")
    caption = s[: m.start()].rstrip(" -–—|_")
    if caption.endswith("..") and not caption.endswith("..."):
        caption = caption[:-1]  # (a full stop typed twice before the credit, not an ellipsis)
    label = m.group("label")
    if not caption and fold_cleaned(label).startswith(fold_cleaned("ảnh minh")):
        caption = label
    if caption and m.group("dot") and not caption.endswith((".", "!", "?", "…")):
        caption += "."  # "... hội nghị (Ảnh: TTXVN)." keeps its full stop
    return Caption(caption or None, credit)


# A dedication under a poem's title or picture (`Kính tặng mẹ`, `Thân tặng những người bạn
# lính`): the writer's words to someone, never a caption. Bare `Tặng` only before a person
# (`Tặng em, …`: `Tặng quà cho các hộ nghèo` gives gifts).
_DEDICATION = re.compile(
    r"(?:(?:kính|thân|thương|viết|trân trọng|thành kính) (?:tặng|dâng)|kính dâng"
    r"|tặng (?:mẹ|cha|bố|ba|má|em|anh|chị|bạn|người|ông|bà|con|thầy|cô)\b)",
    re.IGNORECASE,
)
_MAX_DEDICATION_CHARS = 80


def is_dedication(text: str) -> bool:
    """Is the line a dedication (`Kính tặng mẹ`), no caption of the picture above it?"""
    line = clean_text(text[: 2 * _MAX_DEDICATION_CHARS])
    return len(line) <= _MAX_DEDICATION_CHARS and _DEDICATION.match(line) is not None
