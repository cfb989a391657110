"""Year, month and day from a `DIGIT_DATE` or `WORD_DATE` match, as the page wrote them; a lunar
date written before the solar one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscrawl.vn import _patterns as p

# Years a news timestamp may have; outside them a digit group is no year ("1.2.3456").
YEARS = range(1900, 2100)


def year_month_day(
    m: re.Match[str], text: str, month_first: bool = False
) -> tuple[int, int, int] | None:
    """Year, month, day as written, or None when the numbers cannot be a date at all."""
    y, mo, d = _digit_ymd(m, text, month_first) if m.re is p.DIGIT_DATE else _word_ymd(m, text)
    if y not in YEARS or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    return y, mo, d


def _digit_ymd(m: re.Match[str], text: str, month_first: bool) -> tuple[int, int, int]:
    g = m.group
    if g("iy"):
        return int(g("iy")), int(g("im")), int(g("id"))
    if g("d"):
        d, mo = int(g("d")), int(g("m"))
        y = int(g("y")) if g("y") else _century(int(g("yy")))
        if d <= 12 and "/" in g("sep") and (mo > 12 or month_first):  # US order: 09/22/2022
            return y, d, mo
        return y, mo, d
    if g("ld"):
        return int(g("ly")), _vi_month(m, "lm", text), int(g("ld"))
    return int(g("ey")), p.EN_MONTHS[g("em").rstrip(".")], int(g("ed"))


def _word_ymd(m: re.Match[str], text: str) -> tuple[int, int, int]:
    g = m.group
    if g("fd"):
        return int(g("fy")), _vi_month(m, "fm", text), int(g("fd"))
    year = g("fey")
    full = _century(int(year[1:])) if year.startswith("'") else int(year)
    return full, p.EN_MONTHS[g("fem").rstrip(".")], int(g("fed"))


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


# A numeric date written with slashes, day or month first: `11/5/2024`, `21/11/2024`.
_SLASHED = re.compile(r"(?<![0-9/])([0-9]{1,2})/([0-9]{1,2})/(?:[0-9]{4})(?![0-9/])")


def month_first_dates(texts: Iterable[str]) -> bool:
    """Do a page's numeric dates put the month first, as a server set to the en-US culture
    prints them (`11/21/2024 8:30:00 AM`)? Yes when one of them reads only that way (its second
    number over 12) and none reads only day first; a page of ambiguous dates is day first."""
    month_first = False
    for text in texts:
        for first, second in _SLASHED.findall(text):
            a, b = int(first), int(second)
            if a > 12 >= b:
                return False
            month_first = month_first or b > 12 >= a
    return month_first


def lunar_date_before(low: str, start: int, lookbehind: int) -> int:
    """Where a lunar date before the bracketed date at `start` starts (`mùng 6 tháng giêng năm
    ất tỵ (03/02/2025)`): the timestamp shows both. `start` itself when there is none."""
    lunar = p.LUNAR_BEFORE.search(low, max(0, start - lookbehind), start)
    if lunar is None or p.LUNAR_MARK.search(lunar.group()) is None:
        return start
    return lunar.start()
