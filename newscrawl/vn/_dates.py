"""Year, month and day from a `DIGIT_DATE` or `WORD_DATE` match, as the page wrote them."""

from __future__ import annotations

import re

from newscrawl.vn import _patterns as p

# Years a news timestamp may have; outside them a digit group is no year ("1.2.3456").
YEARS = range(1900, 2100)


def year_month_day(m: re.Match[str], text: str) -> tuple[int, int, int] | None:
    """Year, month, day as written, or None when the numbers cannot be a date at all."""
    y, mo, d = _digit_ymd(m, text) if m.re is p.DIGIT_DATE else _word_ymd(m, text)
    if y not in YEARS or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    return y, mo, d


def _digit_ymd(m: re.Match[str], text: str) -> tuple[int, int, int]:
    g = m.group
    if g("iy"):
        return int(g("iy")), int(g("im")), int(g("id"))
    if g("d"):
        d, mo = int(g("d")), int(g("m"))
        y = int(g("y")) if g("y") else _century(int(g("yy")))
        if mo > 12 and d <= 12 and "/" in g("sep"):  # unambiguously US order: 09/22/2022
            return y, d, mo
        return y, mo, d
    if g("ld"):
        return int(g("ly")), _vi_month(m, "lm", text), int(g("ld"))
    return int(g("ey")), p.EN_MONTHS[g("em").rstrip(".")], int(g("ed"))


def _word_ymd(m: re.Match[str], text: str) -> tuple[int, int, int]:
    g = m.group
    if g("fd"):
        return int(g("fy")), _vi_month(m, "fm", text), int(g("fd"))
    return int(g("fey")), p.EN_MONTHS[g("fem").rstrip(".")], int(g("fed"))


def _vi_month(m: re.Match[str], group: str, text: str) -> int:
    word = m.group(group)
    if word.isdigit():
        return int(word)
    # "năm" is also the word for "year": "6 tháng năm 2022" is six months of 2022, while the
    # month May is written with a capital, "22 tháng Năm 2022".
    if word == "năm" and not text[m.start(group)].isupper():
        return 0
    return p.VI_MONTHS[word]


def _century(yy: int) -> int:
    return 2000 + yy if yy < 70 else 1900 + yy
