"""The regular expressions and word tables behind `timestamps`.

They run on the cleaned text lower-cased (`text.lower_same_length`), without IGNORECASE: a
pattern that starts with a literal or a character class lets `re` skip ahead to where a match
can start, which an IGNORECASE alternation cannot. ` ?` stands where a page may or may not put
a space. Every quantifier is bounded or runs over characters its neighbours cannot match, so
no pattern backtracks more than a constant amount per position, whatever the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

LETTER = r"[^\W\d_]"
END_OF_WORD = rf"(?!{LETTER})"
START_OF_WORD = rf"(?<!{LETTER})"
# A bilingual site glosses a label in English after a slash (Drupal's `Tác giả / Authors`,
# `Nguồn / Source`): read with the label, before its colon.
ENGLISH_GLOSS = r"(?: ?/ ?[a-z]+(?: [a-z]+)?)?"

VI_NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
VI_MONTHS = {**VI_NUMBER_WORDS, "giêng": 1, "mười một": 11, "mười hai": 12, "chạp": 12}
EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# Python's weekday(): Monday is 0. "Thứ 2" is Monday, "Chủ nhật" Sunday.
VI_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tư": 2, "bốn": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5}
EN_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tues", "tue"),
            ("wednesday", "wed"),
            ("thursday", "thurs", "thur", "thu"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}


def alternation(words: Iterable[str]) -> str:
    """Longest first, so that "mười một" wins over "mười"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_VI_MONTH = f"(?:{alternation(VI_MONTHS)})"
_EN_MONTH = f"(?:{alternation(EN_MONTHS)})" + r"\.?" + END_OF_WORD
_YEAR4 = r"[0-9]{4}(?![0-9])"

# Matched at the start of a digit run (so never inside a number).
DIGIT_DATE = re.compile(
    # 2022-09-22, 2022/09/22
    r"(?P<iy>[0-9]{4})(?P<isep>[/.\-])(?P<im>[0-9]{1,2})(?P=isep)(?P<id>[0-9]{1,2})(?![0-9])"
    # 22/09/2022, 22.09.2022, 22-9-2022, 22 / 09 / 2022, 22/09/22, 22/09/202219:44 (time glued)
    r"|(?P<d>[0-9]{1,2})(?P<sep> ?/ ?|[.\-])(?P<m>[0-9]{1,2})(?P=sep)"
    r"(?:(?P<y>[0-9]{4})(?:(?![0-9])|(?=[0-9]{1,2}[:hg]))|(?P<yy>[0-9]{2})(?![0-9]|[/.\-][0-9]))"
    # 22 tháng 7 năm 2023, 22 tháng 7, 2023, 26 tháng 10 2020, 22 tháng bảy 2023, 22 thg 7,
    # My Opera's ordinal dot: 17. Tháng hai 2008
    rf"|(?P<ld>[0-9]{{1,2}})\.? ?(?:tháng|thg|th\.?) ?(?P<lm>[0-9]{{1,2}}|{_VI_MONTH})"
    rf"(?: ?[,/\-] ?(?:năm )?| năm | )(?P<ly>{_YEAR4})"
    # 22 september 2022, 22 sep, 2022
    rf"|(?P<ed>[0-9]{{1,2}})(?:st|nd|rd|th)? (?P<em>{_EN_MONTH}),? (?P<ey>{_YEAR4})"
)
# Dates that start with the month: "tháng mười 26, 2020" (WordPress "F j, Y"), "Thg10 14, 2024"
# (.NET's Vietnamese culture, "MMM d, yyyy"), "september 22".
WORD_DATE = re.compile(
    rf"(?:(?:tháng|thg) ?(?P<fm>[0-9]{{1,2}}|{_VI_MONTH}) (?P<fd>[0-9]{{1,2}}), ?(?P<fy>{_YEAR4})"
    # (Multiply's `Mar 12, '10`: the year's two digits after an apostrophe.)
    rf"|(?P<fem>{_EN_MONTH}) (?P<fed>[0-9]{{1,2}})(?:st|nd|rd|th)?,? "
    rf"(?P<fey>{_YEAR4}|'[0-9]{{2}}(?![0-9])))"
)
YEAR4 = re.compile(r"[0-9]{4}|'[0-9]{2}")  # (what a word date's year may be: a cheap look)

_PERIOD = r"a\.?m\.?|p\.?m\.?|sa|ch|sáng|trưa|chiều|tối|đêm"
_OFFSET = (
    r"(?: ?[(\[]? ?(?:"
    r"(?P<gmt>gmt|utc)(?: ?(?P<gs>[+\-−]) ?(?P<gh>[0-9]{1,2})(?::?(?P<gm>[0-9]{2}))?)?"
    + END_OF_WORD
    + r"|(?P<z>z)"
    + END_OF_WORD
    + r"|(?P<os>[+\-−])(?P<oh>[0-9]{2})(?::?(?P<om>[0-9]{2}))?(?![0-9/.\-])"
    r") ?[)\]]?)?"
)
# A zone printed after the date when the time comes first: "16:22, 20/11/2024 (GMT+7)".
ZONE_AFTER = re.compile(_OFFSET)
_TIME_BODY = (
    r"(?:"
    r":(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2})(?:[.,][0-9]{1,9})?)?"
    rf"| ?(?:h|g|giờ){END_OF_WORD}(?: ?(?P<mi2>[0-9]{{1,2}})(?: ?(?:phút|ph|p|m){END_OF_WORD}|')?)?"
    r")(?![0-9])"
    rf"(?: ?(?P<ap>{_PERIOD}){END_OF_WORD})?"
) + _OFFSET
# 19:44:07, 9h30, 9 giờ 30 phút, 04:44 pm, 7:44 ch, 08:43[gmt+7], 12:44:07z, 19:44 (gmt+07:00)
# The hour's first digit comes before its lookbehind, so that `re` can skip ahead to a digit.
TIME = re.compile(r"(?P<h>[0-9](?<![0-9.:][0-9])[0-9]?)" + _TIME_BODY)
# PHP's `date('Y-m-dTH:i:s')`, a common slip for `Y-m-d\TH:i:s`, prints the zone's abbreviation
# where ISO 8601's `T` belongs: "2024-11-22+0716:25:00" (NukeViet's `article:published_time` on
# thousands of Vietnamese sites), "2024-11-22UTC09:25:00"; the hour follows at once.
_ZONE_FOR_T = r"(?P<zn>ict|utc|gmt)|(?P<zs>[+\-])(?P<zh>[0-9]{2})(?P<zm>[0-9]{2})?(?=[0-9]{2}:)"
# What may stand between a date and the time after it: "22/09/2022 | 19:44", "..., lúc 19:44",
# "2022-09-22t19:44", nothing. Matched at the date's end, so no lookbehind for the hour.
TIME_AFTER = re.compile(
    rf"(?:t|{_ZONE_FOR_T}|[ ,|\-–—/;·•]{{0,4}}(?:(?:vào )?(?:lúc|hồi) ?|at )?)(?P<h>[0-9]{{1,2}})"
    + _TIME_BODY
)
# A lunar date printed between a date and its time, which the time is read past:
# "22/11/2024 (22/10 âm lịch) 08:30", "(nhằm ngày 22/10 năm giáp thìn)", "| 22/10 âm lịch |".
# A year of the sexagenary cycle (stem and branch) marks a lunar date as surely as "âm lịch".
_STEM = r"(?:giáp|ất|bính|đinh|mậu|kỷ|kỉ|canh|tân|nhâm|quý|quí)"
_BRANCH = r"(?:tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)"
_LUNAR_WORD = rf"(?:âm lịch|al\b|nhằm |{_STEM} {_BRANCH}{END_OF_WORD})"
LUNAR_ASIDE = re.compile(
    rf"[ ,|\-–—]{{0,4}}(?:\((?=[^()]{{0,48}}?{_LUNAR_WORD})[^()]{{1,60}}\)"
    rf"|[0-9]{{1,2}}/[0-9]{{1,2}}(?:/[0-9]{{4}})? (?:âm lịch|al\b))"
)
# A lunar date written first, the solar one in brackets after it (a clan's or a pagoda's site:
# "mùng 6 tháng Giêng năm Ất Tỵ (03/02/2025)"), matched up to the bracket; `LUNAR_MARK` tells
# it lunar: a month only that calendar names so, a year of the cycle, or "âm lịch".
LUNAR_BEFORE = re.compile(
    r"(?:(?:ngày|mùng|mồng) )?[0-9]{1,2} tháng (?:giêng|chạp|một|hai|ba|tư|năm|sáu|bảy|tám|chín"
    rf"|mười(?: một)?|[0-9]{{1,2}})(?: năm {_STEM} {_BRANCH})?(?: (?:âm lịch|al))? ?\($"
)
LUNAR_MARK = re.compile(rf"giêng|chạp|âm lịch|\bal\b|{_STEM} {_BRANCH}")
# Between a time and the date after it: "13:42 28/09/2025", "19:44 ngày 22/9/2022".
GAP_TIME_DATE = re.compile(r"[ ,|\-–—/;·•]{0,4}(?:ngày ?)?")
# Between a weekday and what follows it: "thứ 5, ", "thứ năm - ", "chủ nhật: ", "thứ bảy, ngày ".
GAP_WEEKDAY = re.compile(r"[ ,|\-–—:.;]{0,4}(?:ngày ?)?")
# A weekday after the date: "22/09/2022 (thứ năm)".
GAP_DATE_WEEKDAY = re.compile(r"[ ,(\-–]{0,3}")
# Between "hôm qua" and its time, either way round: "hôm qua lúc 10:30", "10:30 hôm qua".
GAP_DAY_WORD = re.compile(r"[ ,|\-–—]{0,4}(?:lúc ?)?")

# Word boundaries are checked by the caller: a leading lookbehind would stop `re` from
# skipping ahead to the first letter.
WEEKDAY = re.compile(
    r"(?:thứ ?(?:(?P<wn>[2-7])"
    + rf"|(?P<ww>{alternation(VI_WEEKDAY_WORDS)}){END_OF_WORD})"
    + rf"|(?P<cn>chủ ?nhật|cn){END_OF_WORD}"
    + r"|t(?P<tn>[2-7])(?![0-9])"
    + rf"|(?P<en>{alternation(EN_WEEKDAYS)})\.?{END_OF_WORD})"
)

_REL_NUMBER = rf"[0-9]{{1,4}}|{alternation(VI_NUMBER_WORDS)}"
_REL_UNIT = r"giây|phút|giờ|tiếng|ngày|tuần|tháng|năm"
# About, nearly, over (Redmine's `cách đây hơn 2 năm`, its `about 2 years ago`)
_ABOUT = "khoảng |gần |hơn |chừng |độ "
_EN_UNIT = r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
RELATIVE = re.compile(
    START_OF_WORD
    + "(?:"
    + rf"(?:{_ABOUT})?(?P<n>{_REL_NUMBER}) ?(?P<u>{_REL_UNIT})(?: đồng hồ)? trước{END_OF_WORD}"
    + rf"|cách đây (?:{_ABOUT})?(?P<n2>{_REL_NUMBER}) ?(?P<u2>{_REL_UNIT}){END_OF_WORD}"
    + rf"|(?P<en>[0-9]{{1,4}}) ?(?P<eu>{_EN_UNIT}) ago{END_OF_WORD}"
    + rf"|(?P<now>vừa xong|vừa mới đăng|vừa mới|mới đây|vừa đăng|just now){END_OF_WORD}"
    + rf"|(?P<day>hôm nay|hôm qua|hôm kia|today|yesterday){END_OF_WORD}"
    + ")"
)
# A relative timestamp needs one of these; checking for them first is cheaper than the regex.
RELATIVE_HINTS = ("trước", "cách đây", "ago", "vừa", "mới đây", "hôm", "today", "yesterday", "now")
# English units by their first three letters ("hr" and "hrs" are hours too).
EN_UNITS = {
    "sec": "giây",
    "min": "phút",
    "hou": "giờ",
    "hr": "giờ",
    "hrs": "giờ",
    "day": "ngày",
    "wee": "tuần",
    "mon": "tháng",
    "yea": "năm",
}
DAY_WORDS = {"hôm nay": 0, "today": 0, "hôm qua": 1, "yesterday": 1, "hôm kia": 2}

_MODIFIED_LABELS = (
    "lần cập nhật cuối|cập nhật|cập nhập|cap nhat|updated|update"
    "|last modified|modified|chỉnh sửa|sửa đổi|sửa lúc|hiệu chỉnh"
    "|lần sửa cuối|sửa lần cuối|last edited|edited"  # (a forum's edit note under the post)
)
# An update's label words, to look for in a lower-cased line before the line is read (a few
# substring searches cost less than one case-blind alternation).
MODIFIED_WORDS = tuple(_MODIFIED_LABELS.split("|"))
# Labels of a date that is not the article's own: when an event takes place, a deadline, a
# life's dates (`Thời gian: 06:30, Chủ Nhật, 08/12/2024` under an event's headline), the day a
# forum's member joined (phpBB's `Ngày tham gia: 14 Th3 2012`, XenForo's `Tham gia ngày:`,
# beside every post), a document's own dates (issued, signed, in force: a portal's table of a
# decision's fields above the post's), a journal paper's manuscript dates (received, reviewed,
# accepted, over `Ngày xuất bản:`).
_EVENT_LABELS = (
    "thời gian|thời điểm|thời hạn|hạn chót|hạn nộp|khai mạc|bế mạc|diễn ra|tổ chức vào"
    "|tổ chức lúc|sinh ngày|ngày sinh|từ trần|mất ngày|ngày tham gia|tham gia ngày|tham gia từ"
    "|đã tham gia|tham gia(?= ?:)|đã đăng ký|ngày đăng ký|đăng ký|registered|joined"
    "|hoạt động cuối|lần hoạt động cuối|truy cập lần cuối|lần truy cập cuối|last active"
    "|ngày ban hành|ban hành ngày|ngày hiệu lực|hiệu lực từ|ngày ký"
    "|ngày nhận bài|ngày phản biện|ngày duyệt đăng|ngày chấp nhận đăng|ngày chấp nhận"
)
LABEL = re.compile(
    f"(?:(?P<modified>{_MODIFIED_LABELS})|(?P<event>{_EVENT_LABELS})"
    + "|(?P<published>ngày đăng|đăng ngày|đăng lúc|đăng vào|đăng tải|được đăng|đăng(?= ?:)"
    + "|ngày xuất bản|xuất bản|ngày phát hành|phát hành|ngày gửi|gửi lúc|gửi ngày|gửi vào"
    + "|posted|published)"
    # The day the CMS created the item (Joomla's `Ngày tạo`), before its publication's.
    + "|(?P<created>ngày tạo|tạo ngày|tạo lúc|created))"
    + END_OF_WORD
)
DIGIT_RUN = re.compile(r"[0-9]+")
