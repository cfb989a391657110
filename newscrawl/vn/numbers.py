"""Vietnamese numbers and view counts: `43,3 triệu` -> 43300000, `12,636 lượt xem` -> 12636.

In Vietnamese text `.` (or a space: `1 205`) groups thousands and `,` is the decimal mark.
View counts are integers, so there a comma followed by exactly three digits and no multiplier
word groups thousands, the way the portal writes `12,636 lượt xem`.

Limits: a view-count label is looked for in the first 2,000 characters of the cleaned text
(of the first 20,000 of the input); a bare number, with no label, only in a text shorter than
that; `parse_number` reads texts of at most 400 characters; a digit run longer than 15 digits is
no number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from newscrawl.vn._patterns import END_OF_WORD, alternation
from newscrawl.vn.text import clean_text, lower_same_length

TEXT_LIMIT = 2_000
RAW_LIMIT = 20_000
NUMBER_LIMIT = 400

_MULTIPLIERS = {
    "nghìn": 10**3,
    "ngàn": 10**3,
    "k": 10**3,
    "thousand": 10**3,
    "triệu": 10**6,
    "tr": 10**6,
    "million": 10**6,
    "tỷ": 10**9,
    "tỉ": 10**9,
    "billion": 10**9,
}
# A capital M or B is a multiplier ("1.2M views"), and N, `nghìn` (Wix's Vietnamese `2,1 N
# lượt xem`); a lower-case m would be metres.
_CAPITAL_MULTIPLIERS = {"M": 10**6, "B": 10**9, "N": 10**3}
_CAPITALS = "|".join(_CAPITAL_MULTIPLIERS)
_MULT = rf"(?P<mult>{alternation(_MULTIPLIERS)}|(?-i:{_CAPITALS})){END_OF_WORD}"
# In the lower-cased text M and m look alike: `_count` tells them apart in the text as written.
_LOWER_CAPITALS = frozenset(letter.lower() for letter in _CAPITAL_MULTIPLIERS)
_MULT_LOWER = rf"(?P<mult>{alternation(_MULTIPLIERS)}|{_CAPITALS.lower()}){END_OF_WORD}"
# Thousands are grouped by `.` or `,`, or by a space (`1 205`; a no-break or thin space is a
# space once the text is cleaned), whose groups must then all have three digits.
_DIGITS = (
    r"(?<![0-9.,])(?P<num>[0-9]{1,3}(?: [0-9]{3})+|[0-9]{1,15}(?:[.,][0-9]{1,15}){0,6})"
    r"(?![0-9]|[.,][0-9])"
)
_QUALIFIER = r"(?:(?:hơn|khoảng|gần|trên|dưới|chừng|xấp xỉ|hàng|~|≈) ?)?"
_VALUE = rf"{_QUALIFIER}{_DIGITS}(?: ?{_MULT})?\+?"

_I = re.IGNORECASE
_TERM = re.compile(rf"{_DIGITS}(?: ?{_MULT})?", _I)
_NUMBER_TEXT = re.compile(rf"(?P<neg>[-−])?{_QUALIFIER}(?P<terms>[0-9].*?)\+?", _I)
# Run on the lower-cased text, so that `re` can skip ahead to an "l", "đ", "s" or "v"; the
# word boundary before the label is checked by the caller for the same reason.
# `Hits` is Joomla's label, which many Vietnamese Joomla sites never translated.
_VIEW_LABEL = re.compile(
    r"(?:số lượt xem|lượt xem(?: bài(?: viết)?)?|luot xem|lượt đọc|lượt views?|lượt nghe|đã xem"
    r"|đã đọc|số lần xem|lần xem|số lần đọc|lần đọc|views?|hits"
    r"|xem(?= ?: ?[0-9])"  # (`Xem: 56` labels a count; `Xem thêm` does not)
    r"|đọc(?= [0-9][0-9.,]* lần)"  # (SMF's `Đọc 1532 lần`; `Đọc 5 phút` is a reading time)
    r"|lượt(?= ?[)\]]| ?$)"  # (`(1234 lượt)` closing its line; `8.000 lượt hội viên` is no count)
    r"|👁\ufe0f?)" + END_OF_WORD  # (the eye typed as an emoji, an eye icon's glyph)
)
# Words every views label holds one of (`lượt`, `xem`, `đọc`, `hits`, an eye), to tell at once
# the lines that cannot be counters (`mentions_views`).
_VIEW_WORDS = ("xem", "đọc", "nghe", "lượt", "luot", "view", "read", "listen", "hits", "👁")
_VIEW_WORD = re.compile("|".join(_VIEW_WORDS))
_VALUE_LOWER = rf"{_QUALIFIER}{_DIGITS}(?: ?{_MULT_LOWER})?\+?"
_AFTER_LABEL = re.compile(rf" ?(?P<colon>[:：=(])? ?(?:là )?{_VALUE_LOWER}")
_BEFORE_LABEL = re.compile(rf"{_VALUE_LOWER} ?")
_BARE = re.compile(rf"[\W_]*{_VALUE}[\W_]*", _I)
_HAS_DIGIT = re.compile(r"[0-9]")
# `Đã xem 1832 lần`: times; `Lượt xem: 12.636 lượt`: the label's word again.
_UNIT = re.compile(r" ?(?:lần|lượt)(?![^\W\d_])")


@dataclass(frozen=True, slots=True)
class ViewCountResult:
    value: int | None = None
    warnings: tuple[str, ...] = ()
    # A views label ("lượt xem", "Lượt đọc", "views") was present: a bare number may be anything.
    labelled: bool = False
    # Where the labelled counter starts in the cleaned text (its number or its label, whichever
    # comes first): what stands before it (`07:45 Lượt xem: 612`) is not the counter's.
    start: int | None = None
    # And where it ends, its unit included (`Đã xem 1832 lần`; None without a number): what
    # follows may be the next counter.
    end: int | None = None


def parse_number(text: str) -> int | float | None:
    """A number as Vietnamese text writes it: `1.234` -> 1234, `43,3 triệu`, `1 tỷ 200 triệu`."""
    if len(text) > NUMBER_LIMIT:
        return None
    m = _NUMBER_TEXT.fullmatch(clean_text(text))
    if m is None:
        return None
    value = _sum_terms(m.group("terms"), comma_groups=False)
    if value is None:
        return None
    if m.group("neg"):
        value = -value
    return int(value) if value == value.to_integral_value() else float(value)


def mentions_views(text: str) -> bool:
    """Could the line be a views counter? A substring test, before any reading."""
    low = text.lower()
    # One regex scan for the ten words: asked of most short texts of every page, and a
    # generator of `in` tests costs twice as much.
    return _VIEW_WORD.search(low) is not None


# Joomla's hits as its Vietnamese pack labels them; sites use the same words for their own
# visit counters (`Tổng lượt truy cập: 1.234.567`), so only the line's place tells them apart.
# A photo story's meta line counts its pictures (`6 ảnh`, `12 hình ảnh`, `8 photos`).
_PICTURE_COUNT = re.compile(r"[1-9][0-9]{0,2} (?:ảnh|hình ảnh|hình|photos?)", re.IGNORECASE)


def is_picture_count(text: str) -> bool:
    """Is the line only how many pictures the article shows (`6 ảnh`)? No text of it."""
    return _PICTURE_COUNT.fullmatch(text.strip()) is not None


_VISITS = re.compile(r"lượt truy cập ?:? ?")


def parse_visits(text: str) -> int | None:
    """`Lượt truy cập: 2731` -> 2731: the whole line the label and a count, else None."""
    s = clean_text(text[:NUMBER_LIMIT])
    label = _VISITS.match(lower_same_length(s))
    if label is None:
        return None
    count = parse_number(s[label.end() :])
    return count if isinstance(count, int) and count >= 0 else None


def parse_view_count(text: str) -> int | None:
    """`667 lượt xem`, `Lượt xem: 1.082`, `12,636 lượt xem`, `1,2 nghìn` -> int, else None."""
    return parse_view_count_detailed(text).value


def parse_view_count_detailed(text: str) -> ViewCountResult:
    """The count, `views_unparsed` when a label holds no readable number, and the label flag."""
    whole = clean_text(text[:RAW_LIMIT])
    s = whole[:TEXT_LIMIT]
    low = lower_same_length(s)
    labels = [
        m for m in _VIEW_LABEL.finditer(low) if m.start() == 0 or not low[m.start() - 1].isalpha()
    ]
    if not labels:
        complete = len(text) <= RAW_LIMIT and len(whole) <= TEXT_LIMIT
        bare = _BARE.fullmatch(s) if complete and _HAS_DIGIT.search(s) else None
        return ViewCountResult(_count(bare, s) if bare else None)
    for label in labels:
        number = _number_by(low, label)
        value = _count(number, s)
        if number is not None and value is not None:
            start, end = min(label.start(), number.start()), max(label.end(), number.end())
            unit = _UNIT.match(low, end)
            end = unit.end() if unit is not None else end
            return ViewCountResult(value, labelled=True, start=start, end=end)
    return ViewCountResult(None, ("views_unparsed",), labelled=True, start=labels[0].start())


def _number_by(s: str, label: re.Match[str]) -> re.Match[str] | None:
    """The number a views label belongs to: after a colon, else just before, else just after."""
    after = _AFTER_LABEL.match(s, label.end())
    if after is not None and after.group("colon"):
        return after
    before = list(_BEFORE_LABEL.finditer(s, max(0, label.start() - 40), label.start()))
    if before and before[-1].end() == label.start():
        return before[-1]
    return after


def _count(m: re.Match[str] | None, s: str) -> int | None:
    """The count in a number match; `s` is the text as written, where `M` and `m` differ."""
    if m is None:
        return None
    mult = s[m.start("mult") : m.end("mult")] if m.group("mult") else None
    if mult in _LOWER_CAPITALS:  # (`5 m`: metres, no millions)
        return None
    number = _decimal(m.group("num").replace(" ", ""), comma_groups=mult is None)
    if number is None:
        return None
    if mult is None:
        return int(number) if number == number.to_integral_value() else None
    return int((number * _multiplier(mult)).quantize(Decimal(1), ROUND_HALF_UP))


def _sum_terms(text: str, *, comma_groups: bool) -> Decimal | None:
    """`1 tỷ 200 triệu`: terms with falling multipliers, nothing else between them."""
    total, pos, last = Decimal(0), 0, None
    for m in _TERM.finditer(text):
        if text[pos : m.start()].strip() or (last is not None and last <= 1):
            return None
        mult = m.group("mult")
        factor = _multiplier(mult) if mult else 1
        digits = m.group("num").replace(" ", "")
        number = _decimal(digits, comma_groups=comma_groups and mult is None)
        if number is None or (last is not None and factor >= last):
            return None
        total, pos, last = total + number * factor, m.end(), factor
    return total if last is not None and not text[pos:].strip() else None


def _multiplier(word: str) -> int:
    if word in _CAPITAL_MULTIPLIERS:
        return _CAPITAL_MULTIPLIERS[word]
    return _MULTIPLIERS[word.lower()]


def _decimal(digits: str, *, comma_groups: bool) -> Decimal | None:
    """`1.234` and `1,234,567` group thousands, `43,3` is a decimal; malformed groups -> None."""
    separators = [c for c in digits if c in ".,"]
    if not separators:
        return Decimal(digits)
    decimal_mark = separators[-1]
    if len(set(separators)) == 2:
        if separators.count(decimal_mark) != 1:
            return None
        whole, fraction = digits.rsplit(decimal_mark, 1)
        grouped = _grouped(whole)
        return None if grouped is None else Decimal(f"{grouped}.{fraction}")
    whole, _, fraction = digits.partition(decimal_mark)
    groups_thousands = len(separators) > 1 or (
        len(fraction) == 3 and (decimal_mark == "." or comma_groups)
    )
    if groups_thousands:
        grouped = _grouped(digits)
        return None if grouped is None else Decimal(grouped)
    return Decimal(f"{whole}.{fraction}")


def _grouped(digits: str) -> str | None:
    """`1.234.567` -> `1234567`; None unless every group after the first has three digits."""
    groups = re.split(r"[.,]", digits)
    if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        return None
    return "".join(groups)
