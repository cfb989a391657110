"""A dateline naming the paper or the agency, opening an article's first paragraph.

Vietnamese papers open the standfirst with their own name before a dash: in parentheses
(`(TTXVN) - `, `(Báo Nghệ Tĩnh) - `, `(Chinhphu.vn) - `; after the place a wire story was filed
from, `Tokyo (TTXVN) - `) or as a bare abbreviation (`TTO - `, `QĐND - `, `VOV.VN - `,
`VTV.vn - `). The paragraphs under it do not open so, so a first
paragraph that does is the standfirst, marked or not. A place before a dash (`Thái Bình -
Sáng 3/1, …`) is not read as one: a person and a role open a sentence the same way (`Ông Nguyễn
Văn Đông - Chủ tịch UBND xã …`).
"""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text

_DASH = r"\s*[-–—]\s+\S"
# A name of one to four words, abbreviations or a domain, in parentheses; a wire story puts the
# place it was filed from before it (`Tokyo (TTXVN) - `), in capitalised words.
_IN_PARENTHESES = re.compile(
    r"(?P<place>(?:[^\W\d_]+ ){1,3})?"
    r"\(\s*(?P<name>[^\W\d_][\w.]*(?: [\w.]+){0,3})\s*\)" + _DASH
)
# A person's form of address opens a name, not a place: `Anh Nguyễn Văn Hùng (Vũ Thư) - …`.
_ADDRESSES = frozenset({"Ông", "Bà", "Anh", "Chị", "Em", "Cô", "Chú", "Bác", "Cụ", "Thầy"})
# An abbreviation in capitals, with its domain if any: `TTO`, `SGGPO`, `VOV.VN`, `VTV.vn`.
_ABBREVIATION = re.compile(r"[A-ZĐ][A-ZĐ0-9]{1,7}(?:\.(?:vn|VN|Vn|net|com))?" + _DASH)


def opens_with_dateline(text: str) -> bool:
    """Does the text open with the paper's or the agency's dateline (`(TTXVN) - …`)?"""
    cleaned = clean_text(text)
    in_parentheses = _IN_PARENTHESES.match(cleaned)
    if in_parentheses is not None:
        place = in_parentheses["place"]
        words = place.split() if place is not None else []
        if words and (words[0] in _ADDRESSES or not all(w[0].isupper() for w in words)):
            return False
        return in_parentheses["name"][0].isupper()
    return _ABBREVIATION.match(cleaned) is not None
