"""The fixed parts of a Vietnamese administrative document (văn bản hành chính), as a commune or
a department posts its notices: the national motto, the issuing body and the document's number,
the place and date line, the document's kind in capitals, and after the text the signature
(`TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH` / `(Đã ký)` / the name) and the list of recipients
(`Nơi nhận:`). The layout is set by decree (Nghị định 30/2020/NĐ-CP), so a posted notice keeps it
whatever the site's markup.

Limits: lines of more than 120 characters are no part; the document's kinds are the common
ones (`THÔNG BÁO`, `QUYẾT ĐỊNH`, `KẾ HOẠCH`, ...), written in capitals.
"""

from __future__ import annotations

import re
from typing import Literal

from newscrawl.vn.text import clean_text, fold

DocumentPart = Literal["motto", "dateline", "kind", "addressees", "signing", "recipients"]

_MAX_CHARS = 120
_MOTTO_LINES = ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc")
# A party body's documents name the party where the state's print the motto (Hướng dẫn
# 36-HD/VPTW), and a youth union body's the union, underlined.
_PARTY_MOTTOS = (
    "Đảng Cộng sản Việt Nam",
    "Đoàn TNCS Hồ Chí Minh",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
)
# Each line, or both on one when a `<br>` between them is read as a space.
_MOTTO = frozenset(fold(line) for line in (*_MOTTO_LINES, " ".join(_MOTTO_LINES), *_PARTY_MOTTOS))
_DASHES = str.maketrans("–—", "--")
# `Vũ Hội, ngày 25 tháng 11 năm 2024`: the place, then the date in words.
_DATELINE = re.compile(
    r"[^\W\d_][^,\d]{1,40}, ngày +\d{1,2} +tháng +\d{1,2} +năm +\d{4}\.?", re.IGNORECASE
)
_KINDS = frozenset(
    {"THÔNG BÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH", "BÁO CÁO", "GIẤY MỜI", "TỜ TRÌNH", "CÔNG VĂN",
     "NGHỊ QUYẾT", "CHỈ THỊ", "HƯỚNG DẪN", "THƯ MỜI", "THƯ NGỎ", "THƯ KHEN", "THƯ CHÚC MỪNG",
     "THƯ CẢM ƠN", "THƯ THĂM HỎI", "THƯ KÊU GỌI",
     "LỜI KÊU GỌI", "CÔNG ĐIỆN", "BIÊN BẢN", "CHƯƠNG TRÌNH", "QUY CHẾ", "PHƯƠNG ÁN",
     "THÔNG CÁO", "THÔNG CÁO BÁO CHÍ"}
)  # fmt: skip
# A signing mark before the post or body signed for, in capitals: `TM.` (on behalf of), `KT.`
# (signing for), `TL.`, `TUQ.` (by order, by delegation), `Q.` (acting); `Q.Anh` is initials.
# Or a post in capitals signing alone (`CHỦ TỊCH`, `PHÓ GIÁM ĐỐC`).
_SIGNING = re.compile(r"(?:TM|KT|TL|TUQ|Q)\. ?(?=\S)")
_POSTS = frozenset(
    {"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
     "BÍ THƯ", "PHÓ BÍ THƯ", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG",
     "PHÓ TRƯỞNG PHÒNG", "CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "GIÁM ĐỐC SỞ", "PHÓ CHÁNH VĂN PHÒNG",
     "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "TỔNG CỤC TRƯỞNG"}
    # the head of a unit named before `TRƯỞNG`: a ranger station (`HẠT TRƯỞNG`), a border post,
    # a team, a station
    | {f"{deputy}{unit} TRƯỞNG" for deputy in ("", "PHÓ ")
       for unit in ("HẠT", "ĐỒN", "ĐỘI", "TRẠM", "XÃ ĐỘI")}
)  # fmt: skip
# A head's post in capitals, the body after the title (`TRƯỞNG CÔNG AN XÃ`, `CHỈ HUY TRƯỞNG`,
# `CHÁNH ÁN`); the surname is `TRƯƠNG`, without the tone.
_HEADS = ("TRƯỞNG ", "PHÓ TRƯỞNG ", "CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "CHÁNH ÁN",
          "PHÓ CHÁNH ÁN", "VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "THỦ TRƯỞNG", "TỔNG GIÁM ĐỐC",
          "PHÓ TỔNG GIÁM ĐỐC")  # fmt: skip
_MAX_POST_WORDS = 8
_SENTENCE_END = (".", "!", "?", ";")
_RECIPIENTS = re.compile(r"nơi nhận ?:", re.IGNORECASE)
_ADDRESSED = re.compile(r"kính gửi ?:", re.IGNORECASE)
_MAX_MOTTO_CHARS = 80  # both motto lines together; a paragraph of text is longer
_MOTTO_WORDS = (
    "CỘNG HÒA",
    "CỘNG HOÀ",
    "Cộng hòa",
    "Cộng hoà",
    "Độc lập",
    "ĐỘC LẬP",
    "CỘNG SẢN",
    "Cộng sản",
    "ĐOÀN TNCS",
    "Đoàn TNCS",
)


def document_part(text: str) -> DocumentPart | None:
    """Which fixed part of an administrative document the line is, if any."""
    line = clean_text(text[: 2 * _MAX_CHARS])
    if len(text) <= 2 * _MAX_CHARS and _opens_with_kind(line):
        return "kind"  # (its subject may be long: `THÔNG BÁO Kết luận của đồng chí …`)
    if not line or len(line) > _MAX_CHARS:
        return None
    if fold(line.translate(_DASHES)).strip(" .") in _MOTTO:
        return "motto"
    if _DATELINE.fullmatch(line):
        return "dateline"
    if line.rstrip(" .:") in _KINDS:
        return "kind"
    if signing_mark_end(line) or is_post(line):
        return "signing"
    if _RECIPIENTS.match(line):
        return "recipients"
    if _ADDRESSED.match(line) or (line.endswith(" điện:") and line[: -len(" điện:")].isupper()):
        return "addressees"  # (`Kính gửi:`; a dispatch's `CHỦ TỊCH UBND TỈNH điện:`)
    return None


# A numbered part of the document's text: by a Roman or an Arabic number (`I. MỤC ĐÍCH, YÊU
# CẦU`, `1) Đối tượng`), or an article, chapter or part by its number (`Điều 1.`, `Chương II`).
_NUMBERED_PART = re.compile(
    r"(?:[IVX]{1,5}|[0-9]{1,2})[.)] |(?:Điều|Chương|Phần|Mục) (?:[0-9]{1,3}|[IVX]{1,5})\b"
)


def opens_numbered_part(text: str) -> bool:
    """Does the line open a numbered part of the document's text (after its kind and subject:
    `I. MỤC ĐÍCH, YÊU CẦU` is the text's, however bold)? A date (`27/7/2024`) is no number."""
    return _NUMBERED_PART.match(clean_text(text[:_MAX_CHARS])) is not None


def signing_mark_end(line: str) -> int:
    """Where the signing mark opening the line ends (`KT. CHỦ TỊCH` -> 4), 0 if none opens it."""
    mark = _SIGNING.match(line)
    return mark.end() if mark is not None and line[mark.end() :].split()[0].isupper() else 0


def _opens_with_kind(line: str) -> bool:
    """The kind with its subject after it, when a `<br>` between them is read as a space
    (`THÔNG BÁO Tuyển dụng viên chức năm 2024`): no sentence."""
    if line.endswith(_SENTENCE_END) or not line[:1].isupper():
        return False
    return any(line.startswith(kind + " ") for kind in _KINDS)


# A letter's kinds, in capitals: `THƯ CẢM ƠN`, `THƯ NGỎ`, `LỜI KÊU GỌI`.
_LETTERS = ("THƯ ", "LỜI ")


def names_a_letter(line: str) -> bool:
    """Does the line open with a letter's kind in capitals (`THƯ CẢM ƠN`, `LỜI KÊU GỌI`), as
    a letter without the motto is headed?"""
    return clean_text(line).startswith(_LETTERS)


def may_be_motto(text: str) -> bool:
    """A short line holding the motto's words, as written (no cleanup): a cheap look before
    `document_part`."""
    return len(text) <= _MAX_MOTTO_CHARS and any(word in text for word in _MOTTO_WORDS)


def is_post(line: str) -> bool:
    """Is the line a post in capitals, as a signing block prints it over the name (`PHÓ GIÁM
    ĐỐC`, `TRƯỞNG CÔNG AN XÃ`)?"""
    if line in _POSTS or (line.startswith("PHÓ ") and line[4:] in _POSTS):
        return True  # (a deputy's post: `PHÓ CHI CỤC TRƯỞNG`)
    return line.startswith(_HEADS) and line.isupper() and len(line.split()) <= _MAX_POST_WORDS
